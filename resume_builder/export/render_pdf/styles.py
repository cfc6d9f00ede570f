"""Page sizes and the reportlab paragraph styles of a PDF, all derived from one Style."""

from __future__ import annotations

from typing import Any

from resume_builder.export.paper import PAPER_MM
from resume_builder.export.style import Style, line_height

#: points per millimetre
MM = 72.0 / 25.4
#: each paper size in points (width, height)
PAGE_SIZES: dict[str, tuple[float, float]] = {
    name: (round(width * MM, 4), round(height * MM, 4))
    for name, (width, height) in PAPER_MM.items()
}


def paragraph_styles(style: Style, font: Any) -> dict[str, Any]:
    """The reportlab paragraph styles a document uses, all derived from one Style."""
    from reportlab.lib.colors import toColor
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    body, heading = style.body_font, style.heading_font
    align = TA_CENTER if style.contact_align == "center" else TA_LEFT
    spacing = style.line_spacing

    colours: dict[str, Any] = {}

    def colour(text: str) -> Any:
        # A colour given as text is parsed again (with ast.parse) each time a paragraph
        # line is drawn; parsed once here, it is reused as an object.
        if text not in colours:
            colours[text] = toColor(text)
        return colours[text]

    def make(name: str, size: float, **values: Any) -> ParagraphStyle:
        values.setdefault("fontName", font(body))
        values["textColor"] = colour(values.get("textColor", style.text_color))
        values.setdefault("leading", line_height(size, spacing))
        values.setdefault("alignment", TA_LEFT)
        # No orphans or widows: a paragraph that splits leaves at least two lines on each page.
        return ParagraphStyle(name, fontSize=size, allowOrphans=0, allowWidows=0, **values)

    indent = style.bullet_indent_mm * MM
    return {
        "name": make(
            "name",
            style.name_size,
            fontName=font(heading, bold=True),
            textColor=style.accent_color,
            leading=line_height(style.name_size, 1.2),
            alignment=align,
        ),
        "headline": make(
            "headline",
            style.headline_size,
            textColor=style.muted_color,
            alignment=align,
            spaceBefore=1,
        ),
        "contact": make(
            "contact",
            style.small_size,
            alignment=align,
            spaceBefore=3,
            spaceAfter=2,
        ),
        "heading": make(
            "heading",
            style.heading_size,
            fontName=font(heading, bold=True),
            textColor=style.accent_color,
            leading=line_height(style.heading_size, 1.2),
            spaceBefore=style.section_space_before,
            spaceAfter=0 if style.heading_rule else style.section_space_after,
        ),
        "subheading": make(
            "subheading",
            style.entry_title_size,
            fontName=font(heading, bold=True),
            textColor=style.accent_color,
            spaceBefore=style.entry_space_before,
            spaceAfter=1,
        ),
        "organisation": make(
            "organisation", style.body_size, textColor=style.muted_color, spaceBefore=0.5
        ),
        "scope": make(
            "scope",
            style.small_size,
            fontName=font(body, italic=True),
            textColor=style.muted_color,
        ),
        "bullet": make(
            "bullet",
            style.body_size,
            leftIndent=indent,
            bulletIndent=indent * 0.3,
            bulletFontName=font(body),
            spaceBefore=style.bullet_space,
        ),
        "bullet_nested": make(
            "bullet_nested",
            style.body_size,
            leftIndent=indent * 2,
            bulletIndent=indent * 1.3,
            bulletFontName=font(body),
            spaceBefore=style.bullet_space,
        ),
        "body": make("body", style.body_size),
        "small": make("small", style.small_size),
        "muted": make("muted", style.body_size, textColor=style.muted_color),
        "table_header": make("table_header", style.small_size, fontName=font(body, bold=True)),
        "table_cell": make("table_cell", style.small_size),
    }
