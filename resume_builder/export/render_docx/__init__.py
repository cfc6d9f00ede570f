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
    pages: int | None = None,
) -> DocxReport:
    """Writes `document` as a DOCX file that Word, LibreOffice and ATS parsers read alike.

    Args:
        document: the neutral tree to draw.
        style: fonts, sizes, colours and spacing (from a template).
        target: a file path (written crash-safely) or a binary stream to write into.
        page_size: "A4" or "Letter" (case-insensitive).
        pages: the pages the PDF layout of the same document takes, when known (a fit
            counted them): the Word file breaks its pages alike, so a one-page document gets
            no running footer, as its PDF has none (Word's fields cannot leave a footer out
            by the page count in a way LibreOffice follows).

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
    spacing = define_styles(doc, style, text_width_mm, language)

    from resume_builder.export.render_docx.contents import places_for

    places = places_for(document, style, page_size)
    writer = Writer(doc, style, cleaner, text_width_mm, spacing, places)
    if document.contact is not None:
        writer.contact(document.contact)
    for section in document.sections:
        writer.section(section, depth=0)
    rtl_scripts: set[str] = set()
    if cleaner.saw_rtl:
        from resume_builder.export.render_docx.rtl import mark_right_to_left

        rtl_scripts = mark_right_to_left(doc.element.body)
    if pages != 1:
        add_footer(doc, document.meta, style, cleaner.line(document.meta.footer).strip())
    _embed_fonts(doc, document, style, cleaner.saw_non_ascii, rtl_scripts)

    from resume_builder.export.render_docx.embedded_fonts import save_document

    if isinstance(target, Path):
        from resume_builder.storage.atomic import atomic_write_bytes

        buffer = io.BytesIO()
        save_document(doc, buffer)
        atomic_write_bytes(target, buffer.getvalue())
    else:
        save_document(doc, target)
    return DocxReport(warnings=cleaner.warnings())


# --- fonts -----------------------------------------------------------------------------------


def _embed_fonts(
    doc: DocxDocument,
    document: Document,
    style: Style,
    saw_non_ascii: bool,
    rtl_scripts: set[str],
) -> None:
    """Embeds the faces the document is set in, and Noto Sans Math for the signs the
    template's fonts lack (each stretch of them becomes a run in that font, as in the PDF).
    """
    from resume_builder.export.render_docx.embedded_fonts import (
        bundled_face,
        embed_fonts,
        fallback_face,
        math_characters,
        set_math_runs,
    )

    faces = [
        bundled_face(family, bold, italic) for family, bold, italic in _faces_used(document, style)
    ]
    if saw_non_ascii:
        math = math_characters(sorted({style.body_font, style.heading_font}))
        roots = [doc.element.body, *(s.footer._element for s in doc.sections)]
        if any([set_math_runs(root, math) for root in roots]):
            faces.append(fallback_face("math"))
    for script in sorted(rtl_scripts):
        faces.extend(fallback_face(script, bold) for bold in (False, True))
    embed_fonts(doc, faces)


def _faces_used(document: Document, style: Style) -> list[tuple[str, bool, bool]]:
    """The faces (family, bold, italic) the Word styles and the runs of `document` ask for.

    The name and headings are bold in the heading family; the body (the headline and the
    entry titles too, as in the PDF) is regular, bold where a run is, and italic for scope
    lines and italic runs.
    Each face embedded is half a megabyte, so only these go into the file.
    """
    from resume_builder.export.document import Bullet, Entry, Paragraph

    body, heading = style.body_font, style.heading_font
    faces = {(body, False, False), (body, True, False), (heading, True, False)}
    runs = list(document.contact.items) if document.contact else []
    for block in document.walk():
        if isinstance(block, Paragraph | Bullet):
            runs.extend(block.runs)
        elif isinstance(block, Entry) and block.scope.strip():
            faces.add((body, False, True))
    faces.update((body, run.bold, True) for run in runs if run.italic and run.text.strip())
    return sorted(faces)


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
