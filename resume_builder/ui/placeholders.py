"""Filling %1, %2… placeholders of translated strings with user text, safely."""

from __future__ import annotations

import re


def fill(text: str, *values: str) -> str:
    """Puts values in for %1, %2… in one pass, so a value holding "%2" is left as typed."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m[0],
        text,
    )
