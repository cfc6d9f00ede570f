"""Draws the neutral document tree as a Word file built on real, restyled Word styles."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from resume_builder.export.document import (
    Block,
    Bullet,
    Contact,
    Document,
    Entry,
    Inline,
    Paragraph,
    Run,
    Section,
    Table,
)
from resume_builder.export.fonts import FAMILY_NAMES
from resume_builder.export.links import safe_link
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text_counted

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.styles.style import BaseStyle
    from docx.text.paragraph import Paragraph as DocxParagraph

PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "LETTER": (215.9, 279.4),
}

CONTACT_SEPARATOR = " · "

# Paragraph and character styles this renderer adds beside Word's built-in ones.
STYLE_HEADLINE = "Subtitle"
STYLE_CONTACT = "Contact"
STYLE_ENTRY_DETAILS = "Entry Details"
STYLE_ENTRY_SCOPE = "Entry Scope"
STYLE_ENTRY_DATES = "Entry Dates"
STYLE_SMALL = "Small Text"
STYLE_MUTED = "Muted Text"
STYLE_TABLE_TEXT = "Table Text"
STYLE_TABLE_HEADING = "Table Heading"
STYLE_HYPERLINK = "Hyperlink"

# The order OOXML requires inside w:rPr and w:pPr; Word rejects a file whose children are out
# of order, so elements this module adds by hand are inserted before their successors.
_RPR_ORDER = (
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
_PPR_ORDER = (
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)

# Left and right padding inside table cells (1.9 mm, Word's own default).
_TABLE_CELL_PADDING_TWIPS = 108


@dataclass
class DocxReport:
    """What a DOCX render noticed without failing: sentences for the user."""

    warnings: list[str] = field(default_factory=list)


class _TextCleaner:
    """Cleans user text as every format does (export/text.py) and counts what it removed:
    the control characters python-docx refuses (an XML file cannot hold them) make one warning.
    """

    def __init__(self) -> None:
        self.dropped = 0

    def body(self, text: str) -> str:
        """Running text: every kind of line end is a line break."""
        cleaned, count = clean_text_counted(text)
        self.dropped += count
        return cleaned

    def line(self, text: str) -> str:
        """One-line text (titles, dates, headings): a break would split an ATS field, so it
        becomes a space.
        """
        cleaned, count = clean_text_counted(text, keep_newlines=False)
        self.dropped += count
        return cleaned.strip()

    def warnings(self) -> list[str]:
        if not self.dropped:
            return []
        if self.dropped == 1:
            return ["1 character that a DOCX cannot hold was left out"]
        return [f"{self.dropped} characters that a DOCX cannot hold were left out"]


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
    size_key = page_size.strip().upper()
    if size_key not in PAGE_SIZES_MM:
        raise ValueError(f"unknown page size “{page_size}” (use A4 or Letter)")

    # Imported here: python-docx and lxml cost start-up time every CLI command would pay.
    import docx

    cleaner = _TextCleaner()
    doc = docx.Document()
    page_width, page_height = PAGE_SIZES_MM[size_key]
    text_width_mm = page_width - style.margin_left_mm - style.margin_right_mm
    _set_page(doc, style, page_width, page_height)
    language = cleaner.line(document.meta.language)
    _set_properties(doc, document, cleaner, language)
    _define_styles(doc, style, text_width_mm, language)

    writer = _Writer(doc, style, cleaner, text_width_mm)
    if document.contact is not None:
        writer.contact(document.contact)
    for section in document.sections:
        writer.section(section, depth=0)

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
    doc: DocxDocument, document: Document, cleaner: _TextCleaner, language: str
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


# --- styles --------------------------------------------------------------------------------


def _hex(colour: str) -> str:
    """A style colour (#rrggbb) as Word writes it (RRGGBB); unexpected values become black."""
    digits = colour.lstrip("#")
    if len(digits) == 6 and all(c in "0123456789abcdefABCDEF" for c in digits):
        return digits.upper()
    return "000000"


def _insert_ordered(parent: Any, child: Any, order: tuple[str, ...]) -> None:
    """Puts `child` where the schema order wants it among `parent`'s children."""
    from docx.oxml.ns import qn

    tag = next(t for t in order if qn(t) == child.tag)
    parent.insert_element_before(child, *order[order.index(tag) + 1 :])


def _set_run_properties(
    style: BaseStyle,
    *,
    family: str | None = None,
    size: float | None = None,
    colour: str | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    underline: bool | None = None,
    language: str = "",
) -> None:
    """Replaces a style's run properties with exactly these (None: inherit).

    Built-in styles from python-docx's template point at theme fonts and theme colours, which
    win over plain names; rebuilding the element removes them. Complex-script twins (bCs, iCs,
    szCs, cs font) are set too, or Hebrew and Arabic text would keep Word's defaults.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = style.element
    for old in element.findall(qn("w:rPr")):
        element.remove(old)
    rpr = OxmlElement("w:rPr")

    def add(tag: str, **attributes: str) -> None:
        child = OxmlElement(tag)
        for name, value in attributes.items():
            child.set(qn(f"w:{name}"), value)
        rpr.append(child)

    if family is not None:
        add("w:rFonts", ascii=family, hAnsi=family, eastAsia=family, cs=family)
    if bold is not None:
        add("w:b", val="1" if bold else "0")
        add("w:bCs", val="1" if bold else "0")
    if italic is not None:
        add("w:i", val="1" if italic else "0")
        add("w:iCs", val="1" if italic else "0")
    if colour is not None:
        add("w:color", val=_hex(colour))
    if size is not None:
        half_points = str(max(2, round(size * 2)))
        add("w:sz", val=half_points)
        add("w:szCs", val=half_points)
    if underline is not None:
        add("w:u", val="single" if underline else "none")
    if language:
        add("w:lang", val=language)
    # w:rPr sits after w:pPr in a style; appending keeps that order since tblPr etc. are absent
    # from the paragraph and character styles this is used on.
    element.append(rpr)


def _reset_paragraph_properties(style: BaseStyle) -> None:
    """Strips a built-in style's paragraph look, keeping what gives it meaning.

    The outline level makes headings navigable and the numbering makes list styles lists;
    borders, contextual spacing and odd spacings of the template go.
    """
    from docx.oxml.ns import qn

    ppr = style.element.find(qn("w:pPr"))
    if ppr is None:
        return
    keep = {qn("w:numPr"), qn("w:outlineLvl")}
    for child in list(ppr):
        if child.tag not in keep:
            ppr.remove(child)


def _paragraph_style(doc: DocxDocument, name: str) -> Any:
    """A paragraph style by name, added (based on Normal) when the template lacks it."""
    from docx.enum.style import WD_STYLE_TYPE

    try:
        return doc.styles[name]
    except KeyError:
        new = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        new.base_style = doc.styles["Normal"]
        new.quick_style = True
        return new


def _line_spacing(format_: Any, size: float, multiple: float) -> None:
    """Leading as the style means it: a multiple of the font size.

    "At least" rather than exact: an exact value would clip tall letters and emoji.
    """
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    format_.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    format_.line_spacing = Pt(round(size * multiple, 1))


def _bottom_rule(style: BaseStyle, colour: str) -> None:
    """A thin line under every paragraph of the style (a paragraph border, not a drawing)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:pBdr")):
        ppr.remove(old)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")  # eighths of a point: a 0.75 pt line
    bottom.set(qn("w:space"), "2")  # points between the text and the line
    bottom.set(qn("w:color"), _hex(colour))
    border.append(bottom)
    _insert_ordered(ppr, border, _PPR_ORDER)


def _define_styles(doc: DocxDocument, style: Style, text_width_mm: float, language: str) -> None:
    """Restyles Word's built-in styles (and adds a few) from the template's values."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    # The same family names the PDF renderer embeds; Word and LibreOffice find them by name.
    body_font = FAMILY_NAMES.get(style.body_font, FAMILY_NAMES["serif"])
    heading_font = FAMILY_NAMES.get(style.heading_font, FAMILY_NAMES["serif"])
    styles = doc.styles
    contact_alignment = (
        WD_ALIGN_PARAGRAPH.CENTER if style.contact_align == "center" else WD_ALIGN_PARAGRAPH.LEFT
    )

    _set_document_defaults(doc, body_font, language)

    normal = styles["Normal"]
    _reset_paragraph_properties(normal)
    _set_run_properties(
        normal,
        family=body_font,
        size=style.body_size,
        colour=style.text_color,
        language=language,
    )
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(round(style.body_size * 0.3, 1))
    _line_spacing(normal.paragraph_format, style.body_size, style.line_spacing)
    normal.paragraph_format.widow_control = True

    title = styles["Title"]
    _reset_paragraph_properties(title)
    _set_run_properties(
        title, family=heading_font, size=style.name_size, colour=style.accent_color, bold=True
    )
    title.paragraph_format.alignment = contact_alignment
    title.paragraph_format.space_after = Pt(2)
    _line_spacing(title.paragraph_format, style.name_size, 1.15)
    title.paragraph_format.keep_with_next = True

    headline = styles[STYLE_HEADLINE]
    _reset_paragraph_properties(headline)
    _set_run_properties(
        headline,
        family=heading_font,
        size=style.headline_size,
        colour=style.muted_color,
        italic=False,
    )
    headline.paragraph_format.alignment = contact_alignment
    headline.paragraph_format.space_after = Pt(2)
    headline.paragraph_format.keep_with_next = True

    contact = _paragraph_style(doc, STYLE_CONTACT)
    _set_run_properties(contact, size=style.small_size + 0.5)
    contact.paragraph_format.alignment = contact_alignment
    contact.paragraph_format.space_after = Pt(4)

    heading_1 = styles["Heading 1"]
    _reset_paragraph_properties(heading_1)
    _set_run_properties(
        heading_1,
        family=heading_font,
        size=style.heading_size,
        colour=style.accent_color,
        bold=True,
    )
    heading_1.paragraph_format.space_before = Pt(style.section_space_before)
    heading_1.paragraph_format.space_after = Pt(style.section_space_after)
    heading_1.paragraph_format.keep_with_next = True
    heading_1.paragraph_format.keep_together = True
    _line_spacing(heading_1.paragraph_format, style.heading_size, 1.15)
    if style.heading_rule:
        _bottom_rule(heading_1, style.rule_color)

    heading_2 = styles["Heading 2"]
    _reset_paragraph_properties(heading_2)
    _set_run_properties(
        heading_2,
        family=heading_font,
        size=style.entry_title_size,
        colour=style.text_color,
        bold=True,
    )
    heading_2.paragraph_format.space_before = Pt(style.entry_space_before)
    heading_2.paragraph_format.space_after = Pt(0)
    heading_2.paragraph_format.keep_with_next = True
    heading_2.paragraph_format.keep_together = True
    _line_spacing(heading_2.paragraph_format, style.entry_title_size, style.line_spacing)
    # The dates sit at the right margin after a tab, so a parser still sees two fields.
    heading_2.paragraph_format.tab_stops.add_tab_stop(Mm(text_width_mm), WD_TAB_ALIGNMENT.RIGHT)

    dates = _character_style(doc, STYLE_ENTRY_DATES)
    _set_run_properties(dates, family=body_font, size=style.body_size, bold=False)

    details = _paragraph_style(doc, STYLE_ENTRY_DETAILS)
    _set_run_properties(details, colour=style.muted_color)
    details.paragraph_format.space_after = Pt(0)
    details.paragraph_format.keep_together = True

    scope = _paragraph_style(doc, STYLE_ENTRY_SCOPE)
    _set_run_properties(scope, colour=style.muted_color, italic=True)
    scope.paragraph_format.space_after = Pt(1)
    scope.paragraph_format.keep_together = True

    small = _paragraph_style(doc, STYLE_SMALL)
    _set_run_properties(small, size=style.small_size)
    _line_spacing(small.paragraph_format, style.small_size, style.line_spacing)

    muted = _paragraph_style(doc, STYLE_MUTED)
    _set_run_properties(muted, colour=style.muted_color)

    for level, name in enumerate(("List Bullet", "List Bullet 2")):
        bullet = styles[name]
        _reset_paragraph_properties(bullet)  # drops contextualSpacing, which eats bullet_space
        bullet.paragraph_format.space_before = Pt(0)
        bullet.paragraph_format.space_after = Pt(style.bullet_space)
        # A bullet of two or three lines reads as one thought: keep it on one page.
        bullet.paragraph_format.keep_together = True
        _style_bullet_numbering(doc, bullet, style, level, body_font)

    table_text = _paragraph_style(doc, STYLE_TABLE_TEXT)
    _set_run_properties(table_text, size=style.small_size + 0.5)
    table_text.paragraph_format.space_before = Pt(1)
    table_text.paragraph_format.space_after = Pt(1)
    table_heading = _paragraph_style(doc, STYLE_TABLE_HEADING)
    table_heading.base_style = table_text
    _set_run_properties(table_heading, bold=True)
    table_heading.paragraph_format.keep_with_next = True
    _restyle_table_grid(doc, style)

    hyperlink = _character_style(doc, STYLE_HYPERLINK)
    _set_run_properties(hyperlink, colour=style.accent_color, underline=False)


def _character_style(doc: DocxDocument, name: str) -> Any:
    from docx.enum.style import WD_STYLE_TYPE

    try:
        return doc.styles[name]
    except KeyError:
        return doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)


def _set_document_defaults(doc: DocxDocument, family: str, language: str) -> None:
    """Plain font names and the document language in w:docDefaults.

    The template's defaults name theme fonts (Calibri, Cambria) and en-US; anything not based
    on Normal (table styles, the page number field) would otherwise fall back to them.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles_element = doc.styles.element
    rpr = styles_element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    for tag in ("w:rFonts", "w:lang"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), family)
    _insert_ordered(rpr, fonts, _RPR_ORDER)
    if language:
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), language)
        _insert_ordered(rpr, lang, _RPR_ORDER)


def _style_bullet_numbering(
    doc: DocxDocument, bullet: BaseStyle, style: Style, level: int, family: str
) -> None:
    """Redraws the bullet of a list style's numbering: glyph, font and indents.

    The template's bullets use the Symbol font's private-use glyph, which LibreOffice and
    fonts without Symbol show as a box; a real "•" (or "–" nested) in the body font does not.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    ppr = bullet.element.find(qn("w:pPr"))
    num_id_element = None if ppr is None else ppr.find(f"{qn('w:numPr')}/{qn('w:numId')}")
    if num_id_element is None:
        return
    numbering = doc.part.numbering_part.element
    num_id = num_id_element.get(qn("w:val"))
    abstract_ids = numbering.xpath(f"./w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val")
    if not abstract_ids:
        return
    levels = numbering.xpath(
        f"./w:abstractNum[@w:abstractNumId='{abstract_ids[0]}']/w:lvl[@w:ilvl='0']"
    )
    if not levels:
        return
    lvl = levels[0]
    indent = Mm(style.bullet_indent_mm * (level + 1))
    hanging = Mm(style.bullet_indent_mm * 0.7)
    for tag in ("w:lvlText", "w:lvlJc", "w:pPr", "w:rPr", "w:suff"):
        for old in lvl.findall(qn(tag)):
            lvl.remove(old)

    def element(tag: str, **attributes: str) -> Any:
        new = OxmlElement(tag)
        for name, value in attributes.items():
            new.set(qn(f"w:{name}"), value)
        return new

    # Schema order inside w:lvl: start numFmt lvlRestart pStyle isLgl suff lvlText
    # lvlPicBulletId legacy lvlJc pPr rPr. The kept children all come before suff, and the
    # template's list levels have no picture bullet or legacy settings to collide with.
    lvl.append(element("w:suff", val="tab"))
    lvl.append(element("w:lvlText", val="–" if level else "•"))
    lvl.append(element("w:lvlJc", val="left"))
    ppr_level = element("w:pPr")
    tabs = element("w:tabs")
    tabs.append(element("w:tab", val="num", pos=str(indent.twips)))
    ppr_level.append(tabs)
    ppr_level.append(element("w:ind", left=str(indent.twips), hanging=str(hanging.twips)))
    lvl.append(ppr_level)
    rpr_level = element("w:rPr")
    rpr_level.append(element("w:rFonts", ascii=family, hAnsi=family, cs=family, hint="default"))
    rpr_level.append(element("w:color", val=_hex(style.muted_color if level else style.text_color)))
    lvl.append(rpr_level)


def _restyle_table_grid(doc: DocxDocument, style: Style) -> None:
    """Table Grid with thin lines in the rule colour instead of black."""
    from docx.oxml.ns import qn

    try:
        grid = doc.styles["Table Grid"]
    except KeyError:
        return
    for border in grid.element.iter(qn("w:tblBorders")):
        for side in border:
            side.set(qn("w:color"), _hex(style.rule_color))
            side.set(qn("w:sz"), "4")
    for margins in grid.element.iter(qn("w:tblCellMar")):
        for side in margins:
            if side.tag in (qn("w:top"), qn("w:bottom")):
                side.set(qn("w:w"), "29")  # about 0.5 mm above and below the cell text
            else:
                side.set(qn("w:w"), str(_TABLE_CELL_PADDING_TWIPS))


# --- content -------------------------------------------------------------------------------


class _Writer:
    """Appends the blocks of the tree to a python-docx document in reading order."""

    def __init__(
        self, doc: DocxDocument, style: Style, cleaner: _TextCleaner, text_width_mm: float
    ) -> None:
        self.doc = doc
        self.style = style
        self.clean = cleaner
        self.text_width_mm = text_width_mm
        self._top_sections = 0  # top-level sections written so far

    def contact(self, contact: Contact) -> None:
        name = self.clean.line(contact.name)
        if name:
            self.doc.add_paragraph(name, style="Title")
        headline = self.clean.line(contact.headline)
        if headline:
            self.doc.add_paragraph(headline, style=STYLE_HEADLINE)
        items = [
            Run(self.clean.line(item.text), item.bold, item.italic, self.clean.line(item.link))
            for item in contact.items
        ]
        items = [item for item in items if item.text]
        if items:
            paragraph = self.doc.add_paragraph(style=STYLE_CONTACT)
            for index, item in enumerate(items):
                if index:
                    paragraph.add_run(CONTACT_SEPARATOR)
                self._add_run(paragraph, item, clean=False)

    def section(self, section: Section, depth: int) -> None:
        title = self.clean.line(section.title)
        if not title and depth == 0:
            self._untitled_section(section)
            self._top_sections += 1
            return
        if depth == 0:
            self._top_sections += 1
        if title:
            if depth == 0 and self.style.heading_upper:
                # Capitals in the text itself, not w:caps: an ATS reads the stored letters.
                title = title.upper()
            paragraph = self.doc.add_paragraph(
                title, style="Heading 1" if depth == 0 else "Heading 2"
            )
            paragraph.paragraph_format.keep_with_next = True
            if section.page_break_before:
                paragraph.paragraph_format.page_break_before = True
        self.blocks(section.children, depth + 1)

    def _untitled_section(self, section: Section) -> None:
        """A top-level section without a heading (a letter's paragraph), set apart by space.

        With no heading to set it apart, a blank line of body text does, as between a
        letter's paragraphs; the first one under the contact block (a letter's date) gets
        two, as a letter's date sits apart from its letterhead. The space goes on its first
        paragraph as direct formatting: the paragraph keeps its style (Normal, List Bullet).
        """
        from docx.oxml.ns import qn
        from docx.shared import Pt
        from docx.text.paragraph import Paragraph as DocxParagraph

        body = self.doc.element.body
        before = len(body.findall(qn("w:p")))
        # Only the contact block can have been written before the first top-level section.
        under_contact = before > 0 and not self._top_sections
        self.blocks(section.children, 1)
        added = body.findall(qn("w:p"))[before:]
        if not added:
            return
        line = self.style.body_size * self.style.line_spacing
        first = DocxParagraph(added[0], self.doc._body)
        first.paragraph_format.space_before = Pt(round(line * (2 if under_contact else 1), 1))

    def blocks(self, blocks: list[Block], depth: int) -> None:
        for block in blocks:
            if isinstance(block, Section):
                self.section(block, depth)
            elif isinstance(block, Entry):
                self.entry(block, depth)
            elif isinstance(block, Bullet):
                self.bullet(block)
            elif isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Table):
                self.table(block)

    def entry(self, entry: Entry, depth: int) -> None:
        title = self.clean.line(entry.title)
        dates = self.clean.line(entry.dates)
        scope = self.clean.body(entry.scope).strip()
        lines: list[DocxParagraph] = []
        if title or dates:
            heading = self.doc.add_paragraph(style="Heading 2")
            if title:
                heading.add_run(title)
            if dates:
                # Title, tab and dates in three runs: parsers that read runs, and people who
                # edit the file, both see the dates as their own field.
                heading.add_run("\t")
                heading.add_run(dates, style=STYLE_ENTRY_DATES)
            lines.append(heading)
        organisation = self.clean.line(entry.organisation)
        location = self.clean.line(entry.location)
        if organisation or location:
            line = self.doc.add_paragraph(style=STYLE_ENTRY_DETAILS)
            if organisation:
                line.add_run(organisation)
            if organisation and location:
                line.add_run(CONTACT_SEPARATOR)
            if location:
                line.add_run(location)
            lines.append(line)
        if scope:
            lines.append(self.doc.add_paragraph(scope, style=STYLE_ENTRY_SCOPE))
        # Chain the heading lines to each other and to the first bullet, so a role heading
        # never stands alone at the bottom of a page; the last line of an entry without
        # children is left free, or whole sections of short entries would glue together.
        for index, line in enumerate(lines):
            if entry.children or index < len(lines) - 1:
                line.paragraph_format.keep_with_next = True
        self.blocks(entry.children, depth + 1)

    def bullet(self, bullet: Bullet) -> None:
        runs = self._clean_runs(bullet.runs)
        if not runs:
            return
        paragraph = self.doc.add_paragraph(
            style="List Bullet 2" if bullet.level >= 1 else "List Bullet"
        )
        for run in runs:
            self._add_run(paragraph, run, clean=False)

    def paragraph(self, block: Paragraph) -> None:
        runs = self._clean_runs(block.runs)
        if not runs:
            return
        style_name = {"small": STYLE_SMALL, "muted": STYLE_MUTED}.get(block.style, "Normal")
        paragraph = self.doc.add_paragraph(style=style_name)
        for run in runs:
            self._add_run(paragraph, run, clean=False)
        if block.keep_with_next:
            paragraph.paragraph_format.keep_with_next = True

    def table(self, table: Table) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm

        rows = [table.header, *table.rows]
        body = self.doc.element.body
        content = [child for child in body if child.tag != qn("w:sectPr")]
        if content and content[-1].tag == qn("w:tbl"):
            # Word merges two tables that touch into one; a paragraph keeps them apart.
            self.doc.add_paragraph(style="Normal")
        word_table = self.doc.add_table(rows=len(rows), cols=2)
        word_table.style = self.doc.styles["Table Grid"]
        word_table.alignment = WD_TABLE_ALIGNMENT.LEFT
        word_table.autofit = False
        widths = (Mm(self.text_width_mm * 0.32), Mm(self.text_width_mm * 0.68))
        for column, width in zip(word_table.columns, widths, strict=True):
            column.width = width
        # In the file's compatibility mode (Word 2010) the indent is measured to the cell
        # text, so without it the left border would stick out into the margin by one cell
        # padding; an indent of exactly that padding lines the borders up with the headings.
        indent = OxmlElement("w:tblInd")
        indent.set(qn("w:w"), str(_TABLE_CELL_PADDING_TWIPS))
        indent.set(qn("w:type"), "dxa")
        word_table._tbl.tblPr.insert_element_before(
            indent,
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
            "w:tblPrChange",
        )
        for row_index, (row, values) in enumerate(zip(word_table.rows, rows, strict=True)):
            tr_pr = row._tr.get_or_add_trPr()
            # A row split over two pages loses its left cell's meaning; and the header row
            # repeats on each page a long index runs over.
            tr_pr.append(OxmlElement("w:cantSplit"))
            if row_index == 0:
                tr_pr.append(OxmlElement("w:tblHeader"))
            paragraph_style = STYLE_TABLE_HEADING if row_index == 0 else STYLE_TABLE_TEXT
            for cell, width, value in zip(row.cells, widths, values, strict=True):
                cell.width = width
                lines = self.clean.body(value).split("\n") or [""]
                first = cell.paragraphs[0]
                first.style = self.doc.styles[paragraph_style]
                first.add_run(lines[0])
                for line in lines[1:]:
                    # One paragraph per line: a break inside one paragraph reads as one item.
                    cell.add_paragraph(line, style=paragraph_style)

    def _clean_runs(self, runs: Inline) -> list[Run]:
        cleaned = [
            Run(self.clean.body(run.text), run.bold, run.italic, self.clean.line(run.link))
            for run in runs
        ]
        return [run for run in cleaned if run.text]

    def _add_run(self, paragraph: DocxParagraph, run: Run, *, clean: bool = True) -> None:
        text = self.clean.body(run.text) if clean else run.text
        if not text:
            return
        # Only web and e-mail targets become links; anything else (javascript:, file:, tel:)
        # stays plain text, as Word would otherwise offer to open it.
        href = safe_link(run.link)
        if href:
            self._add_hyperlink(paragraph, run, text, href)
            return
        word_run = paragraph.add_run(text)
        if run.bold:
            word_run.bold = True
        if run.italic:
            word_run.italic = True

    def _add_hyperlink(self, paragraph: DocxParagraph, run: Run, text: str, href: str) -> None:
        """A real w:hyperlink to `href` around a run that keeps the plain visible text."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        relationship_id = paragraph.part.relate_to(
            href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True
        )
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), relationship_id)
        hyperlink.set(qn("w:history"), "1")
        word_run = paragraph.add_run(text, style=STYLE_HYPERLINK)
        if run.bold:
            word_run.bold = True
        if run.italic:
            word_run.italic = True
        # add_run appended the run to the paragraph; moving it into the hyperlink keeps its
        # formatting and text handling (tabs, breaks) from python-docx.
        hyperlink.append(word_run._r)
        paragraph._p.append(hyperlink)
