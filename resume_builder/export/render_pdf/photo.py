"""The contact block with the profile photo at its top right, as reportlab flowables.

The photo reaches reportlab as bytes through an ImageReader, never as a path or a URL in
markup, so `untrusting_reportlab()` still holds. The text and the photo sit in a borderless
one-row table: the text is drawn first, so a PDF reader extracts the name, headline and
contact lines just as without a photo, and the row is as tall as the taller of the two.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from resume_builder.export.document import Contact
from resume_builder.export.photo import photo_size_mm, text_indents_mm
from resume_builder.export.render_pdf.styles import MM
from resume_builder.export.style import Style

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def photo_flowable(data: bytes, width: float, height: float) -> Flowable:
    """The photo drawn at `width` × `height` points (a page-counting draft skips the drawing,
    which moves nothing).
    """
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable

    class PhotoFlowable(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.width, self.height = width, height

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            if getattr(self.canv, "_rb_counting", False):
                return
            reader = ImageReader(io.BytesIO(data))
            self.canv.drawImage(reader, 0, 0, self.width, self.height)

    return PhotoFlowable()


def text_width_beside_photo(style: Style, contact: Contact, width: float) -> float:
    """The width (points) the contact text has beside the photo."""
    photo_w, _ = photo_size_mm(style, contact.photo_pixels)
    left, right = text_indents_mm(style, photo_w)
    return width - (left + right) * MM


def contact_with_photo(
    style: Style, contact: Contact, text: list[Flowable], width: float
) -> list[Flowable]:
    """The contact text flowables and the photo side by side, in one table `width` wide."""
    from reportlab.platypus import Table, TableStyle

    photo_w, photo_h = photo_size_mm(style, contact.photo_pixels)
    left, right = text_indents_mm(style, photo_w)
    photo = photo_flowable(contact.photo, photo_w * MM, photo_h * MM)
    text_width = width - (left + right) * MM
    row: list[Any] = [text, photo]
    widths = [text_width, right * MM]
    if left:
        row.insert(0, "")
        widths.insert(0, left * MM)
    table = Table([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]
