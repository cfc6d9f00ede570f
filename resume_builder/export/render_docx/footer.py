"""The running footer of a Word file: "Dana Lindqvist · Page 2 of 3" with live page fields.

Word (and LibreOffice) fill PAGE and NUMPAGES as they lay the pages out, so the numbers are
right however the reader's fonts reflow the text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resume_builder.export.document import DocumentMeta
from resume_builder.export.render_docx.references import add_field
from resume_builder.export.style import Style

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

_FIELD = re.compile(r"\{(page|pages)\}")
_FIELD_CODES = {"page": "PAGE", "pages": "NUMPAGES"}


def add_footer(doc: DocxDocument, meta: DocumentMeta, style: Style, text: str) -> None:
    """Puts the footer text at the left and the page label, with fields, at the right.

    Args:
        doc: the document (one section).
        meta: the document's properties (its page label).
        style: the template (the small size and the muted colour).
        text: the footer's left part, already cleaned for Word.

    """
    if not text and not meta.page_label:
        return
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt, RGBColor

    section = doc.sections[0]
    paragraph = section.footer.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    width = section.page_width - section.left_margin - section.right_margin
    stops = paragraph.paragraph_format.tab_stops
    # The Footer style's own stops (centre 3.25", right 6.5") would catch the tab first.
    for inches in (3.25, 6.5):
        stops.add_tab_stop(Inches(inches), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    colour = RGBColor.from_string(style.muted_color.lstrip("#").upper())
    size = Pt(max(7.0, style.small_size - 1))

    def run(content: str = ""):
        added = paragraph.add_run(content)
        added.font.size = size
        added.font.color.rgb = colour
        return added

    if text:
        run(text)
    if meta.page_label:
        run("\t")
        position = 0
        for match in _FIELD.finditer(meta.page_label):
            if match.start() > position:
                run(meta.page_label[position : match.start()])
            # Shown as 1 until the reader's program lays the pages out.
            add_field(run, _FIELD_CODES[match.group(1)], "1")
            position = match.end()
        if position < len(meta.page_label):
            run(meta.page_label[position:])
