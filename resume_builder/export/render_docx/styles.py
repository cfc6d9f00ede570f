"""The Word styles of a résumé DOCX: Word's built-in styles restyled from one Style, and ours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from resume_builder.export.fonts import FAMILY_NAMES
from resume_builder.export.style import Style, line_height

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.styles.style import BaseStyle

# Paragraph and character styles this renderer adds beside Word's built-in ones.
STYLE_HEADLINE = "Subtitle"
STYLE_SUBHEADING = "Subsection Heading"
STYLE_CONTACT = "Contact"
STYLE_ENTRY_DETAILS = "Entry Details"
STYLE_ENTRY_SCOPE = "Entry Scope"
STYLE_ENTRY_DATES = "Entry Dates"
STYLE_SMALL = "Small Text"
STYLE_MUTED = "Muted Text"
STYLE_TABLE_TEXT = "Table Text"
STYLE_TABLE_HEADING = "Table Heading"
STYLE_HYPERLINK = "Hyperlink"

#: the share of the text width a line may run into the right margin (see define_styles)
SPACE_SHRINK_ROOM = 0.006
#: the rule under a section heading as the PDF draws it: 1.5 pt below the text, 5/8 pt thick
#: (Word's border widths are eighths of a point: with 0.6 pt, the space after the heading was
#: 4.475 pt, which Word stores as 4.45, and LibreOffice gained a fortieth of a point a heading)
RULE_GAP = 1.5
RULE_THICKNESS = 0.625
# Word's border sits a whole number of points below the text and is eighths of a point
# thick: the rest of the PDF's gap and thickness goes into the space after the heading.
_RULE_SPACE_POINTS = 1
_RULE_EIGHTHS = 5


# The order OOXML requires inside w:rPr and w:pPr; Word rejects a file whose children are out
# of order, so elements this module adds by hand are inserted before their successors.
RPR_ORDER = (
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
PPR_ORDER = (
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

# The padding right of a table cell's text (the PDF's 8 pt); the text starts at the cell's
# left edge, under the headings.
TABLE_CELL_PADDING_TWIPS = 160
#: the thin line between the rows of a table (the PDF's), and how thick it is
ROW_RULE_COLOUR = "D0D0D0"
ROW_RULE_EIGHTHS = 2  # eighths of a point: the PDF's 0.25 pt
#: the heavier rule under a table's header row (the PDF's is 0.6 pt), whole points below
#: the text: with the header's space below (TABLE_LINE_GAP) they fill the PDF's 3 pt padding
HEADER_RULE_EIGHTHS = 4
HEADER_RULE_GAP_POINTS = 2
#: points between the lines of one table cell, and above and below a cell's text, as the
#: PDF's rows (one per line) are padded
TABLE_LINE_GAP = 0.5
TABLE_CELL_TOP = 2.5
TABLE_CELL_BOTTOM = 3.0


def _hex(colour: str) -> str:
    """A style colour (#rrggbb) as Word writes it (RRGGBB); unexpected values become black."""
    digits = colour.lstrip("#")
    if len(digits) == 6 and all(c in "0123456789abcdefABCDEF" for c in digits):
        return digits.upper()
    return "000000"


def insert_ordered(parent: Any, child: Any, order: tuple[str, ...]) -> None:
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


def _spacing(style: BaseStyle, before: float, after: float, leading: float) -> None:
    """Spaces above and below in points, and exact line spacing: each line is `leading` tall,
    as a line of the PDF is, whatever the font's own ascent and descent.
    """
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    format_ = style.paragraph_format
    format_.space_before = Pt(before)
    format_.space_after = Pt(after)
    format_.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    format_.line_spacing = Pt(round(leading, 2))


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
    bottom.set(qn("w:sz"), str(_RULE_EIGHTHS))  # eighths of a point
    bottom.set(qn("w:space"), str(_RULE_SPACE_POINTS))  # points between the text and the line
    bottom.set(qn("w:color"), _hex(colour))
    border.append(bottom)
    insert_ordered(ppr, border, PPR_ORDER)


def _heading_style(
    heading: BaseStyle,
    *,
    family: str,
    size: float,
    colour: str,
) -> BaseStyle:
    """Restyles a built-in heading: bold, kept whole and with what follows it."""
    _reset_paragraph_properties(heading)
    _set_run_properties(heading, family=family, size=size, colour=colour, bold=True)
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.keep_together = True
    return heading


@dataclass(frozen=True)
class Spacing:
    """The space above and below each paragraph style, in points, as the PDF sets it.

    The PDF lets the larger of two touching spaces stand (reportlab overlaps a paragraph's
    space after with the next one's space before) where Word adds them, so the writer gives a
    paragraph a smaller space before of its own where the one above leaves space after.
    """

    before: dict[str, float]
    after: dict[str, float]


def define_styles(doc: DocxDocument, style: Style, text_width_mm: float, language: str) -> Spacing:
    """Restyles Word's built-in styles (and adds a few) from the template's values.

    Sizes, leading and spaces are the PDF renderer's (render_pdf/styles.py), with exact line
    spacing, so that Word and LibreOffice break the lines and the pages where the PDF does.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm

    # The same family names the PDF renderer embeds (and this one embeds: see embedded_fonts).
    body_font = FAMILY_NAMES.get(style.body_font, FAMILY_NAMES["serif"])
    heading_font = FAMILY_NAMES.get(style.heading_font, FAMILY_NAMES["serif"])
    styles = doc.styles
    contact_alignment = (
        WD_ALIGN_PARAGRAPH.CENTER if style.contact_align == "center" else WD_ALIGN_PARAGRAPH.LEFT
    )
    spacing = Spacing(before={}, after={})
    leading = style.line_spacing

    def space(
        paragraph_style: BaseStyle,
        name: str,
        size: float,
        before: float,
        after: float,
        lines: float,
    ) -> None:
        _spacing(paragraph_style, before, after, line_height(size, lines))
        spacing.before[name], spacing.after[name] = before, after

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
    space(normal, "Normal", style.body_size, 0, 0, leading)
    # reportlab lets the spaces of a line shrink by up to 5% to fit one more word, Word and
    # LibreOffice do not: lines reach this far into the right margin (about 1 mm: what 5% of
    # a line's spaces add up to), or the DOCX would break lines, and pages, earlier than the PDF.
    normal.paragraph_format.right_indent = -Mm(text_width_mm * SPACE_SHRINK_ROOM)
    normal.paragraph_format.widow_control = True

    title = styles["Title"]
    _reset_paragraph_properties(title)
    _set_run_properties(
        title, family=heading_font, size=style.name_size, colour=style.accent_color, bold=True
    )
    title.paragraph_format.alignment = contact_alignment
    space(title, "Title", style.name_size, 0, 0, 1.2)
    title.paragraph_format.keep_with_next = True

    headline = styles[STYLE_HEADLINE]
    _reset_paragraph_properties(headline)
    _set_run_properties(
        headline,
        family=body_font,
        size=style.headline_size,
        colour=style.muted_color,
        italic=False,
    )
    headline.paragraph_format.alignment = contact_alignment
    space(headline, STYLE_HEADLINE, style.headline_size, 1, 0, leading)
    headline.paragraph_format.keep_with_next = True

    contact = _paragraph_style(doc, STYLE_CONTACT)
    _set_run_properties(contact, size=style.small_size)
    contact.paragraph_format.alignment = contact_alignment
    space(contact, STYLE_CONTACT, style.small_size, 3, 2, leading)

    heading_after = style.section_space_after
    if style.heading_rule:
        heading_after += RULE_GAP + RULE_THICKNESS - _RULE_SPACE_POINTS - _RULE_EIGHTHS / 8
    heading_1 = _heading_style(
        styles["Heading 1"],
        family=heading_font,
        size=style.heading_size,
        colour=style.accent_color,
    )
    space(
        heading_1, "Heading 1", style.heading_size, style.section_space_before, heading_after, 1.2
    )
    if style.heading_rule:
        _bottom_rule(heading_1, style.rule_color)

    # An entry's title line (the PDF's title-and-dates line: the body family in bold).
    heading_2 = _heading_style(
        styles["Heading 2"],
        family=body_font,
        size=style.entry_title_size,
        colour=style.text_color,
    )
    space(heading_2, "Heading 2", style.entry_title_size, style.entry_space_before, 0, leading)
    # The dates sit at the right margin after a tab, so a parser still sees two fields.
    heading_2.paragraph_format.tab_stops.add_tab_stop(Mm(text_width_mm), WD_TAB_ALIGNMENT.RIGHT)

    # A titled part inside a section: the PDF's subheading, in the accent colour.
    # Based on Heading 2, so it sits at the entries' level in the navigation pane.
    subheading = _paragraph_style(doc, STYLE_SUBHEADING)
    subheading.base_style = heading_2
    _set_run_properties(
        subheading, family=heading_font, size=style.entry_title_size, colour=style.accent_color
    )
    space(
        subheading, STYLE_SUBHEADING, style.entry_title_size, style.entry_space_before, 1, leading
    )

    dates = _character_style(doc, STYLE_ENTRY_DATES)
    _set_run_properties(dates, family=body_font, size=style.entry_title_size, bold=False)

    details = _paragraph_style(doc, STYLE_ENTRY_DETAILS)
    _set_run_properties(details, colour=style.muted_color)
    space(details, STYLE_ENTRY_DETAILS, style.body_size, 0.5, 0, leading)
    details.paragraph_format.keep_together = True

    scope = _paragraph_style(doc, STYLE_ENTRY_SCOPE)
    _set_run_properties(scope, size=style.small_size, colour=style.muted_color, italic=True)
    space(scope, STYLE_ENTRY_SCOPE, style.small_size, 0, 0, leading)
    scope.paragraph_format.keep_together = True

    small = _paragraph_style(doc, STYLE_SMALL)
    _set_run_properties(small, size=style.small_size)
    space(small, STYLE_SMALL, style.small_size, 0, 0, leading)

    muted = _paragraph_style(doc, STYLE_MUTED)
    _set_run_properties(muted, colour=style.muted_color)
    space(muted, STYLE_MUTED, style.body_size, 0, 0, leading)

    for level, name in enumerate(("List Bullet", "List Bullet 2")):
        bullet = styles[name]
        _reset_paragraph_properties(bullet)  # drops contextualSpacing, which eats bullet_space
        space(bullet, name, style.body_size, style.bullet_space, 0, leading)
        # A bullet of a few lines reads as one thought: keep it on one page.
        bullet.paragraph_format.keep_together = True
        _style_bullet_numbering(doc, bullet, style, level, body_font)

    # A table cell's line: the PDF's rows of one line each, 0.5 pt apart (see the writer).
    table_text = _paragraph_style(doc, STYLE_TABLE_TEXT)
    _set_run_properties(table_text, size=style.small_size)
    space(table_text, STYLE_TABLE_TEXT, style.small_size, 0, TABLE_LINE_GAP, leading)
    table_heading = _paragraph_style(doc, STYLE_TABLE_HEADING)
    table_heading.base_style = table_text
    _set_run_properties(table_heading, bold=True)
    space(table_heading, STYLE_TABLE_HEADING, style.small_size, 0, TABLE_LINE_GAP, leading)
    table_heading.paragraph_format.keep_with_next = True
    _restyle_table_grid(doc, style)

    hyperlink = _character_style(doc, STYLE_HYPERLINK)
    _set_run_properties(hyperlink, colour=style.accent_color, underline=False)
    return spacing


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
    insert_ordered(rpr, fonts, RPR_ORDER)
    if language:
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), language)
        insert_ordered(rpr, lang, RPR_ORDER)


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
    """Table Grid drawn as the PDF's tables are: no box, a thin grey line between rows (the
    writer adds the heavier rule under the header row), the text flush with the headings.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    try:
        grid = doc.styles["Table Grid"]
    except KeyError:
        return
    for border in grid.element.iter(qn("w:tblBorders")):
        for side in border:
            if side.tag == qn("w:insideH"):
                side.set(qn("w:val"), "single")
                side.set(qn("w:color"), ROW_RULE_COLOUR)
                side.set(qn("w:sz"), str(ROW_RULE_EIGHTHS))
            else:
                side.set(qn("w:val"), "nil")
    # A reportlab rule takes no room, but a Word border adds its width to the row it ends
    # (a quarter point a row: a line every forty rows of an index); the padding below the
    # text gives that width back.
    padding = {
        qn("w:top"): _twips(TABLE_CELL_TOP),
        qn("w:bottom"): _twips(TABLE_CELL_BOTTOM - TABLE_LINE_GAP - ROW_RULE_EIGHTHS / 8),
        qn("w:left"): 0,
        qn("w:start"): 0,
        qn("w:right"): TABLE_CELL_PADDING_TWIPS,
        qn("w:end"): TABLE_CELL_PADDING_TWIPS,
    }
    for margins in grid.element.iter(qn("w:tblCellMar")):
        for side in margins:
            side.set(qn("w:w"), str(padding.get(side.tag, 0)))
            side.set(qn("w:type"), "dxa")
        present = {side.tag for side in margins}
        for tag in ("w:top", "w:bottom"):
            if qn(tag) not in present:
                side = OxmlElement(tag)
                side.set(qn("w:w"), str(padding[qn(tag)]))
                side.set(qn("w:type"), "dxa")
                margins.insert(0 if tag == "w:top" else len(margins), side)


def _twips(points: float) -> int:
    return round(points * 20)
