"""The profile photo: a chosen picture checked, turned upright and made into a small JPEG.

Nothing is stored until the picture has been read whole and made into the copy that is kept,
so a file that is not a picture, or one too big or too small, changes nothing: the error's
sentence says what is wrong with it. The copy is a JPEG at most PHOTO_MAX_PIXELS on its long
side (a few dozen kilobytes), small enough that saving the database with it stays quick.
"""

from __future__ import annotations

import io
from pathlib import Path

from resume_builder.domain.photo import PHOTO_MAX_DATA, PHOTO_MAX_PIXELS, Photo
from resume_builder.services.records import Change

#: the biggest file read: a phone's photo is a few megabytes; anything far bigger is not one
MAX_FILE_BYTES = 40 * 1024 * 1024
#: the most pixels a picture may have before it is decoded (a "decompression bomb" guard)
MAX_SOURCE_PIXELS = 80_000_000
#: the fewest pixels on the short side that still print sharp enough at a photo's size
MIN_SIDE_PIXELS = 100
#: the picture formats read (what cameras, phones and image editors write)
#: (Pillow's JPEG reader also reads the MPO JPEGs some cameras and phones write)
READABLE_FORMATS = ("JPEG", "PNG", "WEBP", "BMP", "TIFF")
#: the file endings a file chooser offers
FILE_PATTERNS = ("*.jpg", "*.jpeg", "*.png", "*.webp", "*.bmp", "*.tif", "*.tiff")
JPEG_QUALITY = 85


class PhotoError(ValueError):
    """A picture that cannot be the profile photo; the message says which file and why."""


def prepare_photo(path: Path) -> Photo:
    """The photo record made from a picture file: upright, at most PHOTO_MAX_PIXELS on its
    long side, a JPEG on white where the picture was transparent.

    Raises:
        PhotoError: the file cannot be read, is not a picture in a readable format, is too
            big or too small, or is damaged.

    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PhotoError(
                f"{path.name} is {size / 1024 / 1024:.0f} MB; a photo for a résumé must be "
                f"under {MAX_FILE_BYTES // 1024 // 1024} MB"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise PhotoError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    return photo_from_bytes(raw, path.name)


def photo_from_bytes(raw: bytes, name: str) -> Photo:
    """The photo record made from a picture's bytes (see `prepare_photo`).

    Raises:
        PhotoError: as `prepare_photo`.

    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not raw:
        raise PhotoError(f"{name} is empty")
    try:
        # The formats are named so that no other decoder of Pillow's gets to read the file.
        with Image.open(io.BytesIO(raw), formats=list(READABLE_FORMATS)) as image:
            width, height = image.size
            if width * height > MAX_SOURCE_PIXELS:
                raise PhotoError(
                    f"{name} is {width}×{height} pixels, too big to be a photo; "
                    "make it smaller first"
                )
            if min(width, height) < MIN_SIDE_PIXELS:
                raise PhotoError(
                    f"{name} is only {width}×{height} pixels; a photo on a résumé needs at "
                    f"least {MIN_SIDE_PIXELS} pixels on each side to print sharp"
                )
            if image.format == "JPEG":
                # A camera's JPEG is decoded at a fraction of its size, which is quick; the
                # copy kept is smaller still.
                image.draft("RGB", (PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS))
            image.load()
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS), Image.Resampling.LANCZOS)
            flat = _on_white(upright)
    except PhotoError:
        raise
    except UnidentifiedImageError:
        raise PhotoError(
            f"{name} is not a picture this app can read; choose a JPEG or PNG photo"
        ) from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise PhotoError(f"{name} is damaged and cannot be read as a picture ({exc})") from None
    buffer = io.BytesIO()
    flat.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    photo = Photo.of_bytes(buffer.getvalue(), flat.width, flat.height, source_name=name)
    if len(photo.data) > PHOTO_MAX_DATA:  # not seen at this size and quality; kept as a guard
        raise PhotoError(f"{name} stays too big to keep even made smaller")
    return photo


def _on_white(image):
    """The picture in RGB, its transparent parts on white (paper's colour)."""
    from PIL import Image

    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def set_photo(current: list[Photo], photo: Photo) -> Change:
    """The change that makes `photo` the one photo (any other is removed)."""
    return Change(before=list(current), after=[photo])


def remove_photo(current: list[Photo]) -> Change:
    """The change that removes the photo (an empty change when there is none)."""
    return Change(before=list(current), after=[])
