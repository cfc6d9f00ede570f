"""Pictures for the photo tests, drawn with Pillow (no files in the repository)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw


def portrait_bytes(width: int = 900, height: int = 1200, fmt: str = "JPEG", **save) -> bytes:
    """A portrait-shaped picture: a face-coloured oval on blue, a dark body below."""
    mode = "RGBA" if fmt == "PNG" and save.pop("transparent", False) else "RGB"
    image = Image.new(
        mode, (width, height), (120, 150, 190, 0) if mode == "RGBA" else (120, 150, 190)
    )
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.28, height * 0.17, width * 0.72, height * 0.54), fill=(230, 200, 170))
    draw.rectangle((width * 0.17, height * 0.58, width * 0.83, height), fill=(40, 60, 90))
    buffer = io.BytesIO()
    image.save(buffer, fmt, **save)
    return buffer.getvalue()


def write_portrait(path, **kwargs) -> None:
    """Writes `portrait_bytes(**kwargs)` to `path`."""
    path.write_bytes(portrait_bytes(**kwargs))
