"""The profile photo in a DOCX: a picture floating at the top right, beside the contact text.

python-docx only adds pictures inline; an inline picture would sit in a line of the name and
push it down, so the inline drawing is turned into an anchored one, square-wrapped with text
on its left only. Its paragraphs stay plain paragraphs (python-docx, Word and an ATS read the
name, headline and contact lines as before). What follows the contact block starts below the
photo, as in the PDF, by space below the block's last paragraph: the lines have exact heights
(render_docx/styles.py), so the block's height is known. (A clearing break would do it in
Word, but LibreOffice 7.4 lets the next paragraph flow beside the photo anyway.)
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from resume_builder.export.document import Contact
from resume_builder.export.photo import PHOTO_GAP_MM, photo_size_mm
from resume_builder.export.style import Style

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph as DocxParagraph

_EMU_PER_MM = 36000


def add_floating_photo(paragraph: DocxParagraph, style: Style, contact: Contact) -> None:
    """Anchors the photo to `paragraph` (the name's), at the top right of the text area."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Mm

    width, height = photo_size_mm(style, contact.photo_pixels)
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(contact.photo), width=Mm(width), height=Mm(height))
    drawing = run._r.find(qn("w:drawing"))
    inline = drawing.find(qn("wp:inline"))
    gap = int(PHOTO_GAP_MM * _EMU_PER_MM)
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="{gap}" distR="0" '
        'simplePos="0" relativeHeight="251658240" behindDoc="0" locked="1" '
        'layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        "</wp:anchor>"
    )
    # The schema's order: extent, effectExtent, the wrap, then what the inline one holds.
    anchor.append(inline.find(qn("wp:extent")))
    anchor.append(parse_xml(f'<wp:effectExtent {nsdecls("wp")} l="0" t="0" r="0" b="0"/>'))
    anchor.append(parse_xml(f'<wp:wrapSquare {nsdecls("wp")} wrapText="left"/>'))
    for name in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        part = inline.find(qn(name))
        if part is not None:
            anchor.append(part)
    drawing.remove(inline)
    drawing.append(anchor)


def space_to_clear_photo(style: Style, contact: Contact, text_height: float) -> float:
    """The space (points) the contact block's last paragraph needs below it so that what
    follows starts below the photo, as in the PDF (none when the text is the taller).

    Args:
        style: the template, for the photo's box.
        contact: the contact block, for the photo's shape.
        text_height: the contact paragraphs' height down to the last one's last line.

    """
    _, height_mm = photo_size_mm(style, contact.photo_pixels)
    return max(0.0, height_mm * 72 / 25.4 - text_height)
