"""The lines of a résumé as its readers see them: text with the layout cues the cutter uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: a bullet mark at the start of a line; "-", "*" and "1." need a space after them
# a control character where a letter should be is a symbol font's glyph without a Unicode
# name (LaTeX's \textbullet comes out as U+0088): at the start of a line it is the bullet
BULLET_MARK = re.compile(
    r"^\s*(?:[•●▪◦‣∙·➢➤►✓✔■□○◆\uf0b7\uf0a7\x80-\x9f]\s*|[-–—*+]\s+|\d{1,2}[.)]\s+)"
)


@dataclass
class Line:
    """One line (a PDF text line, a DOCX paragraph) and how it looks.

    Attributes:
        text: the text; a tab stands where the layout leaves a wide gap (a right-aligned date).
        page: the page it is on, from 1.
        number: its line on that page, from 1 (for a DOCX, its paragraph on that page).
        heading: set in a heading style, or in a larger font than the body text.
        title: the document's title style or its largest font (the name, usually).
        bold: every letter of it is bold.
        lead_bold: it starts with a bold run ("Languages:" before a list).
        bullet: a list item (a list style, numbering, or a bullet mark before the text).
        x: where it starts (PDF points); 0 for a DOCX.
        size: its font size in points (0 when unknown).
        cells: where each of its tab-parted cells starts (PDF points); empty for a DOCX.
        chips: the text with " · " where pieces stand an em or more apart (items set side by
            side, as skills chips are); empty when it has no such gap.
        fields: the text with a tab where the style changes at a comma ("Lead Designer",
            bold, then ", Harbourside Bank" slanted): the fields of an entry's heading set in
            one line; empty when it has no such change (and for a DOCX).

    """

    text: str
    page: int
    number: int
    heading: bool = False
    title: bool = False
    bold: bool = False
    bullet: bool = False
    lead_bold: bool = False
    x: float = 0.0
    size: float = 0.0
    cells: tuple[float, ...] = ()
    chips: str = ""
    fields: str = ""

    @property
    def where(self) -> str:
        """Its place, as warnings name it: "page 1, line 14"."""
        return f"page {self.page}, line {self.number}"


def strip_bullet(text: str) -> tuple[str, bool]:
    """The text without a leading bullet mark, and whether it had one."""
    match = BULLET_MARK.match(text)
    if match:
        return text[match.end() :].strip(), True
    return text.strip(), False
