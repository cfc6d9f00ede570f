"""Where the profile photo sits in a contact block: one geometry for the PDF and the DOCX.

The photo is fitted into the template's box (photo_width_mm × photo_height_mm) with its
shape kept, at the top right of the text area, level with the name. The name, headline and
contact lines keep to the room on its left, so they stay plain one-column text in reading
order; a centred block keeps as much room on its left too, so it stays centred on the page.
Both renderers start what follows the contact block below the photo.
"""

from __future__ import annotations

from resume_builder.export.document import Contact
from resume_builder.export.style import Style

#: the space between the contact text and the photo
PHOTO_GAP_MM = 6.0


def photo_size_mm(style: Style, pixels: tuple[int, int]) -> tuple[float, float]:
    """The photo's printed (width, height) in millimetres: as big as the template's box
    allows with its shape kept.
    """
    width_px, height_px = pixels
    box_w, box_h = style.photo_width_mm, style.photo_height_mm
    if width_px <= 0 or height_px <= 0:
        return box_w, box_h
    scale = min(box_w / width_px, box_h / height_px)
    return round(width_px * scale, 2), round(height_px * scale, 2)


def has_photo(contact: Contact | None) -> bool:
    """True when the contact block carries a photo to draw."""
    return contact is not None and bool(contact.photo)


def text_indents_mm(style: Style, photo_width_mm: float) -> tuple[float, float]:
    """The room kept free (left, right) of the contact text beside a photo this wide."""
    beside = photo_width_mm + PHOTO_GAP_MM
    return (beside if style.contact_align == "center" else 0.0), beside
