"""Tooltips that show user text exactly as written."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """Rich text that shows `text` as typed, line breaks kept.

    A tooltip guesses whether its text is markup, so "<b>x</b>" in a bullet would show bold;
    escaped inside a paragraph it always shows as typed.
    """
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
