"""Draws the neutral document tree as a Word file built on real, restyled Word styles.

The package's parts: `styles` defines the Word styles from a template, `writer` appends the
tree's blocks in reading order. This module sets up the page and the file's properties.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from resume_builder.export.document import Document
from resume_builder.export.paper import PAPER_MM, paper_mm
from resume_builder.export.render_docx.footer import add_footer
from resume_builder.export.render_docx.styles import define_styles
from resume_builder.export.render_docx.writer import CONTACT_SEPARATOR, TextCleaner, Writer
from resume_builder.export.style import Style

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

__all__ = ["CONTACT_SEPARATOR", "PAGE_SIZES_MM", "DocxReport", "render_docx"]

#: each paper size in millimetres (width, height)
PAGE_SIZES_MM = PAPER_MM


@dataclass
class DocxReport:
    """What a DOCX render noticed without failing: sentences for the user."""

    warnings: list[str] = field(default_factory=list)


def render_docx(
    document: Document,
    style: Style,
    target: Path | BinaryIO,
    *,
    page_size: str = "A4",
) -> DocxReport:
    """Writes `document` as a DOCX file that Word, LibreOffice and ATS parsers read alike.

    Args:
        document: the neutral tree to draw.
        style: fonts, sizes, colours and spacing (from a template).
        target: a file path (written crash-safely) or a binary stream to write into.
        page_size: "A4" or "Letter" (case-insensitive).

    Returns:
        A report whose warnings say what text had to be left out.

    Raises:
        ValueError: `page_size` is not a known page size.
        OSError: the file cannot be written.

    """
    page_width, page_height = paper_mm(page_size)

    # Imported here: python-docx and lxml cost start-up time every CLI command would pay.
    import docx

    cleaner = TextCleaner()
    doc = docx.Document()
    text_width_mm = page_width - style.margin_left_mm - style.margin_right_mm
    _set_page(doc, style, page_width, page_height)
    language = cleaner.line(document.meta.language)
    _set_properties(doc, document, cleaner, language)
    define_styles(doc, style, text_width_mm, language)

    writer = Writer(doc, style, cleaner, text_width_mm)
    if document.contact is not None:
        writer.contact(document.contact)
    for section in document.sections:
        writer.section(section, depth=0)
    if cleaner.saw_rtl:
        from resume_builder.export.render_docx.rtl import mark_right_to_left

        mark_right_to_left(doc.element.body)
    add_footer(doc, document.meta, style, cleaner.line(document.meta.footer).strip())

    if isinstance(target, Path):
        from resume_builder.storage.atomic import atomic_write_bytes

        buffer = io.BytesIO()
        doc.save(buffer)
        atomic_write_bytes(target, buffer.getvalue())
    else:
        doc.save(target)
    return DocxReport(warnings=cleaner.warnings())


# --- page and properties -------------------------------------------------------------------


def _set_page(doc: DocxDocument, style: Style, width_mm: float, height_mm: float) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Mm(width_mm)
        section.page_height = Mm(height_mm)
        section.top_margin = Mm(style.margin_top_mm)
        section.bottom_margin = Mm(style.margin_bottom_mm)
        section.left_margin = Mm(style.margin_left_mm)
        section.right_margin = Mm(style.margin_right_mm)
        # Header and footer sit inside the top and bottom margins, not below a fixed 12.7 mm.
        section.header_distance = Mm(min(8.0, style.margin_top_mm / 2))
        section.footer_distance = Mm(min(8.0, style.margin_bottom_mm / 2))


def _set_properties(
    doc: DocxDocument, document: Document, cleaner: TextCleaner, language: str
) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE

    meta = document.meta
    properties = doc.core_properties

    # python-docx refuses core property values longer than 255 characters.
    def short(text: str) -> str:
        return cleaner.line(text)[:255]

    properties.title = short(meta.title)
    properties.author = short(meta.author)
    properties.subject = short(meta.subject)
    properties.keywords = short(", ".join(k for k in meta.keywords if k))
    properties.language = language[:255]
    properties.comments = ""
    properties.last_modified_by = properties.author
    properties.revision = 1
    # The template's own dates (2013) would otherwise be every résumé's creation date.
    now = datetime.now(UTC).replace(microsecond=0)
    properties.created = now
    properties.modified = now
    # The template carries a thumbnail of a blank page, which file managers would show.
    package_rels = doc.part.package.rels
    for relationship_id, relationship in list(package_rels.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package_rels[relationship_id]
