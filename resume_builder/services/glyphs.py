"""Which characters of which document field no bundled font can print, said before export."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from resume_builder.export import scripts
from resume_builder.export.document import Bullet, Document, Entry, Paragraph, Section
from resume_builder.export.fonts import (
    FAMILY_NAMES,
    fallback_glyphs,
    register_reportlab_faces,
    reportlab_face_name,
)
from resume_builder.export.render_pdf.markup import LOOKALIKES
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text

# Letters and signs every bundled family has (and the arrows and signs Noto Sans Math draws):
# a document of only these needs no font opened (a DOCX export would otherwise pay for
# reportlab and a TTF parse it does not use).
_SURELY_PRINTABLE = re.compile(
    "[\x00-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u00b7\u20ac"
    "\u2190\u2192\u2212\u2264\u2265\u2248]*"
)
_GLUE = "\u200d\ufe0e\ufe0f\u200e\u200f"


def printed_as(char: str) -> str:
    """What the PDF prints for a character no bundled font has (its name in brackets)."""
    return "[" + unicodedata.name(char, f"U+{ord(char):04X}").lower() + "]"


def fields(document: Document) -> Iterator[tuple[str, str]]:
    """Every user text of a document with a label saying where it comes from."""
    contact = document.contact
    if contact is not None:
        yield "Name", contact.name
        yield "Headline", contact.headline
        for item in contact.items:
            yield "Contact details", item.text
    for section in document.sections:
        yield from _section_fields(section, section.title or "Document")


def _section_fields(section: Section, where: str) -> Iterator[tuple[str, str]]:
    yield f"Section “{section.title}” heading", section.title
    yield from _block_fields(section.children, where)


def _block_fields(blocks: list, where: str) -> Iterator[tuple[str, str]]:
    bullet = 0
    for block in blocks:
        if isinstance(block, Entry):
            label = f"{where} “{block.title or block.organisation}”"
            yield f"{label} title", block.title
            yield f"{label} organisation", block.organisation
            yield f"{label} location", block.location
            yield f"{label} dates", block.dates
            yield f"{label} scope", block.scope
            yield from _block_fields(block.children, label)
        elif isinstance(block, Bullet):
            bullet += 1
            yield f"{where} bullet {bullet}", "".join(run.text for run in block.runs)
        elif isinstance(block, Paragraph):
            yield f"{where} text", "".join(run.text for run in block.runs)
        elif isinstance(block, Section):
            yield from _section_fields(block, f"{where} › {block.title}")


def missing_glyphs(document: Document, style: Style) -> list[tuple[str, str]]:
    """(field, characters) for each field holding characters no bundled font draws in this
    style's fonts (emoji, rare symbols); Arabic and Hebrew count as drawn (own fonts).
    """
    found: list[tuple[str, str]] = []
    glyphs: list[dict[int, int]] | None = None
    for label, text in fields(document):
        if not text or _SURELY_PRINTABLE.fullmatch(text):
            continue
        if glyphs is None:
            from reportlab.pdfbase import pdfmetrics

            families = dict.fromkeys((style.body_font, style.heading_font))
            register_reportlab_faces((family, False, False) for family in families)
            glyphs = [
                pdfmetrics.getFont(reportlab_face_name(family)).face.charToGlyph
                for family in families
            ]
        missing = ""
        for char in dict.fromkeys(clean_text(text)):
            if char.isspace() or char in _GLUE or "\ufe00" <= char <= "\ufe0f":
                continue
            if char in LOOKALIKES or all(ord(char) in table for table in glyphs):
                continue
            script = scripts.script_of(char)
            if script and ord(char) in fallback_glyphs(script):
                continue
            if ord(char) in fallback_glyphs("math"):  # arrows and signs: Noto Sans Math
                continue
            missing += char
        if missing:
            found.append((label, missing))
    return found


def glyph_warnings(document: Document, style: Style, fmt: str) -> list[str]:
    """One sentence per field with characters no bundled font has, for the export dialog and
    the CLI: "Experience “Engineer” bullet 2: 🚀 has no glyph in Noto Serif: printed as
    [rocket]". In a DOCX the text is kept as typed (Word may find a font for it).
    """
    font = FAMILY_NAMES.get(style.body_font, style.body_font)
    sentences = []
    for label, chars in missing_glyphs(document, style):
        for char in chars:
            if fmt == "pdf":
                shown = f"printed as {printed_as(char)}"
            else:
                shown = "kept as typed, but may show as a box where no font has it"
            sentences.append(f"{label}: {char} has no glyph in {font}: {shown}")
    return sentences
