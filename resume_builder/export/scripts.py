"""Right-to-left scripts (Arabic, Hebrew) in documents: which text is RTL and how a PDF draws it.

A reportlab paragraph lays text out left to right and does not join Arabic letters, so a run of
Arabic or Hebrew is shaped (Arabic letters in their joined forms, by `arabic_reshaper`) and put
in visual order (by `python-bidi`, the Unicode bidirectional algorithm) before reportlab sees
it. Text extractors (pypdf, the parsers applicant-tracking systems use) read RTL glyphs drawn
this way back in logical order; Arabic comes back as presentation forms, which NFKC (what such
parsers normalise with) turns back into the letters typed.

Word and LibreOffice shape and order RTL text themselves: a DOCX only needs to say which runs
are right to left and which font draws them (see render_docx).
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Hebrew letters and points, and Hebrew presentation forms
HEBREW = "\u0590-\u05ff\ufb1d-\ufb4f"
#: Arabic, its supplements and presentation forms (Syriac, Thaana and N'Ko are not bundled)
ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_HEBREW_CHAR = re.compile(f"[{HEBREW}]")
_ARABIC_CHAR = re.compile(f"[{ARABIC}]")
_RTL_CHAR = re.compile(f"[{HEBREW}{ARABIC}]")
# A run of RTL text: RTL letters, with the blanks, digits and neutral punctuation between
# them; it starts and ends with an RTL letter, so "at شركة, then" keeps its comma outside.
_RUN_INSIDE = " \u00a00-9.,:;'\"()\\-\u2013\u2014%/&"
_RTL_RUN = re.compile(f"[{HEBREW}{ARABIC}](?:[{HEBREW}{ARABIC}{_RUN_INSIDE}]*[{HEBREW}{ARABIC}])?")
# Directional marks and embeddings: the bidi pass has used them, and no font has a glyph.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def has_rtl(text: str) -> bool:
    """Whether the text holds any Arabic or Hebrew letter."""
    return _RTL_CHAR.search(text) is not None


def script_of(text: str) -> str:
    """The script of an RTL run, by its first RTL letter: "arabic", "hebrew" or "" (none)."""
    match = _RTL_CHAR.search(text)
    if match is None:
        return ""
    return "hebrew" if _HEBREW_CHAR.match(match.group()) else "arabic"


def is_rtl_paragraph(text: str) -> bool:
    """Whether the first strong letter is RTL (the paragraph direction of the bidi rules)."""
    for char in text:
        if _RTL_CHAR.match(char):
            return True
        if char.isalpha():
            return False
    return False


def split_rtl_runs(text: str) -> list[tuple[str, str]]:
    """The text cut into (piece, script) pairs: script is "arabic" or "hebrew" for an RTL run,
    "" for the text between runs. Joined back, the pieces are the text.
    """
    pieces: list[tuple[str, str]] = []
    position = 0
    for match in _RTL_RUN.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], ""))
        pieces.append((match.group(), script_of(match.group())))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], ""))
    return pieces


def visual_order(run: str) -> str:
    """An RTL run as a left-to-right typesetter must draw it: Arabic letters joined, the
    whole in visual order, digits and embedded Latin left to right within it.

    Blanks become no-break spaces: the run is reordered as one line, so it must not be
    broken across lines (the first line would show its end).
    """
    from bidi import get_display

    if _ARABIC_CHAR.search(run):
        import arabic_reshaper

        run = arabic_reshaper.reshape(run)
    shown = get_display(run, base_dir="R")
    return _BIDI_CONTROLS.sub("", shown).replace(" ", "\u00a0")


def font_stretches(text: str, covers: Callable[[str, str], bool]) -> list[tuple[str, str]]:
    """Text (RTL runs already in visual order) cut into the stretches each font draws:
    (piece, "arabic" | "hebrew") for a fallback font, (piece, "") for the main one.

    The blanks and signs inside an RTL run stay with its font where that font has them
    (`covers(script, char)`): text extractors reverse each stretch of RTL glyphs on its own,
    so a run drawn in one piece comes back in order.
    """
    stretches: list[tuple[str, str]] = []

    def add(piece: str, script: str) -> None:
        if stretches and stretches[-1][1] == script:
            stretches[-1] = (stretches[-1][0] + piece, script)
        else:
            stretches.append((piece, script))

    for piece, script in split_rtl_runs(text):
        if not script:
            add(piece, "")
            continue
        for char in piece:
            add(char, script if _RTL_CHAR.match(char) or covers(script, char) else "")
    return stretches
