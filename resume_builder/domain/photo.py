"""The profile photo: one small image kept with the career record, off every document by default.

It is a record of its own, not a field of the profile: a profile edit (undo keeps a before and
an after) never copies it, the JSON Resume `image` (a web address an import may bring, which
is never fetched) stays what it is, and a backup carries it because it lives in the database.
The image is the copy `services.photo` made: a JPEG at most PHOTO_MAX_PIXELS on its long side.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import ClassVar

from resume_builder.domain.record import Record, RecordError

#: the long side, in pixels, of the copy kept (a 38 mm tall photo printed at over 500 dpi)
PHOTO_MAX_PIXELS = 800
#: the most stored data a photo may take (base64 text); a kept copy is far smaller
PHOTO_MAX_DATA = 1_000_000


@dataclass
class Photo(Record):
    """The photo a résumé may show in its contact block.

    Attributes:
        data: the JPEG's bytes in base64 (the database is JSON text).
        width: its width in pixels.
        height: its height in pixels.
        source_name: the name of the file it was made from ("me.jpg"), to tell it by.

    """

    KIND: ClassVar[str] = "photo"
    data: str = ""
    width: int = 0
    height: int = 0
    source_name: str = ""

    def validate(self) -> None:
        super().validate()
        if len(self.data) > PHOTO_MAX_DATA:
            raise RecordError(f"photo data is {len(self.data)} characters, over {PHOTO_MAX_DATA}")
        if self.data and (self.width <= 0 or self.height <= 0):
            raise RecordError("a photo needs its width and height in pixels")

    def image_bytes(self) -> bytes:
        """The JPEG's bytes (empty when there is no image or its data is damaged)."""
        try:
            return base64.b64decode(self.data, validate=True)
        except (binascii.Error, ValueError):
            return b""

    @classmethod
    def of_bytes(cls, jpeg: bytes, width: int, height: int, source_name: str = "") -> Photo:
        """A photo record holding these JPEG bytes."""
        return cls(
            data=base64.b64encode(jpeg).decode("ascii"),
            width=width,
            height=height,
            source_name=source_name,
        )
