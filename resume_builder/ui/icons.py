"""SVG icons from resources/icons, crisp at any scale; tinted to the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from resume_builder import paths


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/NAME.svg (an empty icon if there is none)."""
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
