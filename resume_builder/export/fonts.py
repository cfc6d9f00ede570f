"""The bundled document fonts (Noto Serif and Noto Sans) and their registration with reportlab."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from resume_builder import paths

FAMILY_NAMES = {"serif": "Noto Serif", "sans": "Noto Sans"}

# File stems under resources/fonts/; the faces are named NotoSerif-Bold.ttf and so on.
_FILE_STEMS = {"serif": "NotoSerif", "sans": "NotoSans"}
_FACES = {
    (False, False): "Regular",
    (True, False): "Bold",
    (False, True): "Italic",
    (True, True): "BoldItalic",
}

# reportlab keeps fonts in a process-wide registry; parsing one Noto TTF costs 10-25 ms, so
# each face is registered at most once per process, and only when a document asks for it.
_registered_faces: set[str] = set()
_registered_families: set[str] = set()
_lock = threading.Lock()


def font_path(family: str, bold: bool = False, italic: bool = False) -> Path:
    """The TTF file of one face of a bundled family.

    Args:
        family: "serif" or "sans", as a template names it.
        bold: the bold face.
        italic: the italic face.

    Returns:
        The path under resources/fonts/.

    Raises:
        ValueError: the family is not one of the bundled ones.

    """
    return paths.resource("fonts", reportlab_face_name(family, bold, italic) + ".ttf")


def reportlab_face_name(family: str, bold: bool = False, italic: bool = False) -> str:
    """The name a face is registered under with reportlab ("NotoSans-Bold").

    Worked out from the names alone: a renderer asks for it hundreds of times per document,
    and `font_path` resolves the install folder on disk each time.

    Raises:
        ValueError: the family is not one of the bundled ones.

    """
    try:
        stem = _FILE_STEMS[family]
    except KeyError:
        raise ValueError(f"unknown font family “{family}”: use “serif” or “sans”") from None
    return f"{stem}-{_FACES[(bold, italic)]}"


def register_reportlab_fonts(families: Iterable[str] = ("serif", "sans")) -> dict[str, str]:
    """Registers all four faces of the bundled families with reportlab, once per process.

    Each family also becomes a reportlab font family, so that `<b>` and `<i>` in a reportlab
    Paragraph switch to the real bold and italic faces (not a synthetic slant).

    Args:
        families: which families to register.

    Returns:
        The reportlab font name of the regular face of each requested family, by family key
        ("serif" -> "NotoSerif-Regular"); use it as a ParagraphStyle's fontName.

    Raises:
        ValueError: an unknown family.
        OSError: a font file is missing or unreadable.

    """
    wanted = list(dict.fromkeys(families))
    register_reportlab_faces(
        (family, bold, italic) for family in wanted for (bold, italic) in _FACES
    )
    return {family: reportlab_face_name(family) for family in wanted}


def register_reportlab_faces(faces: Iterable[tuple[str, bool, bool]]) -> None:
    """Registers only the given faces (family, bold, italic), once per process.

    A renderer that knows which faces a document uses registers just those, which keeps a
    command-line export's start-up short. The family mapping is always complete, so a face
    left out must not be used: reportlab would fail with a KeyError naming it.

    Raises:
        ValueError: an unknown family.
        OSError: a font file is missing or unreadable.

    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        for family, bold, italic in faces:
            name = reportlab_face_name(family, bold, italic)
            if name not in _registered_faces:
                pdfmetrics.registerFont(TTFont(name, str(font_path(family, bold, italic))))
                _registered_faces.add(name)
            if family not in _registered_families:
                pdfmetrics.registerFontFamily(
                    reportlab_face_name(family),
                    normal=reportlab_face_name(family),
                    bold=reportlab_face_name(family, bold=True),
                    italic=reportlab_face_name(family, italic=True),
                    boldItalic=reportlab_face_name(family, bold=True, italic=True),
                )
                _registered_families.add(family)


# Fonts for letters the main families lack, drawn run by run inside a paragraph of the
# template's font. Each has a regular and a bold face; an italic run uses the upright face
# (the Noto Arabic and Hebrew families have no italics, and those scripts rarely slant).
# Noto Sans Math draws the arrows and signs people type in résumés ("→", "−", "≤", "≈") that
# the Latin faces lack; it has no bold, so a bold arrow is drawn upright and regular.
FALLBACK_NAMES = {
    "arabic": "Noto Sans Arabic",
    "hebrew": "Noto Sans Hebrew",
    "math": "Noto Sans Math",
}
_FALLBACK_STEMS = {"arabic": "NotoSansArabic", "hebrew": "NotoSansHebrew", "math": "NotoSansMath"}
_FALLBACK_BOLD = {"arabic": True, "hebrew": True, "math": False}


def fallback_face_name(key: str, bold: bool = False) -> str:
    """The reportlab name of a fallback face ("NotoSansArabic-Bold").

    Raises:
        ValueError: not one of the bundled fallback fonts.

    """
    try:
        stem = _FALLBACK_STEMS[key]
    except KeyError:
        raise ValueError(f"no bundled fallback font “{key}”") from None
    return f"{stem}-{'Bold' if bold and _FALLBACK_BOLD[key] else 'Regular'}"


def fallback_font_path(key: str, bold: bool = False) -> Path:
    """The TTF file of a fallback face under resources/fonts/."""
    return paths.resource("fonts", fallback_face_name(key, bold) + ".ttf")


def register_fallback_font(key: str) -> str:
    """Registers a fallback font's faces with reportlab, once per process, as a family whose
    `<b>` switches to its bold face.

    Only called when a document holds text the fallback draws, so an ordinary export never
    parses these files.

    Returns:
        The reportlab name of the regular face, for `<font name=…>`.

    Raises:
        ValueError: an unknown fallback.
        OSError: a font file is missing or unreadable.

    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = fallback_face_name(key), fallback_face_name(key, bold=True)
    with _lock:
        for name, is_bold in ((regular, False), (bold, True)):
            if name not in _registered_faces:
                path = fallback_font_path(key, is_bold)
                pdfmetrics.registerFont(TTFont(name, str(path)))
                _registered_faces.add(name)
        if key not in _registered_families:
            pdfmetrics.registerFontFamily(
                regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
            )
            _registered_families.add(key)
    return regular


def fallback_glyphs(key: str) -> dict[int, int]:
    """The code points a fallback font has glyphs for (registering it if need be)."""
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(register_fallback_font(key)).face.charToGlyph
