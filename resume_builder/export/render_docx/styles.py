"""The Word styles of a résumé DOCX: Word's built-in styles restyled from one Style, and ours."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resume_builder.export.fonts import FAMILY_NAMES
from resume_builder.export.style import Style

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.styles.style import BaseStyle

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

# Left and right padding inside table cells (1.9 mm, Word's own default).
TABLE_CELL_PADDING_TWIPS = 108


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
    insert_ordered(ppr, border, PPR_ORDER)


def _heading_style(
    heading: BaseStyle,
    *,
    family: str,
    size: float,
    colour: str,
    space_before: float,
    space_after: float,
    line_spacing: float,
) -> BaseStyle:
    """Restyles a built-in heading: bold, kept whole and with what follows it."""
    from docx.shared import Pt

    _reset_paragraph_properties(heading)
    _set_run_properties(heading, family=family, size=size, colour=colour, bold=True)
    heading.paragraph_format.space_before = Pt(space_before)
    heading.paragraph_format.space_after = Pt(space_after)
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.keep_together = True
    _line_spacing(heading.paragraph_format, size, line_spacing)
    return heading


def define_styles(doc: DocxDocument, style: Style, text_width_mm: float, language: str) -> None:
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

    heading_1 = _heading_style(
        styles["Heading 1"],
        family=heading_font,
        size=style.heading_size,
        colour=style.accent_color,
        space_before=style.section_space_before,
        space_after=style.section_space_after,
        line_spacing=1.15,
    )
    if style.heading_rule:
        _bottom_rule(heading_1, style.rule_color)

    heading_2 = _heading_style(
        styles["Heading 2"],
        family=heading_font,
        size=style.entry_title_size,
        colour=style.text_color,
        space_before=style.entry_space_before,
        space_after=0,
        line_spacing=style.line_spacing,
    )
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
                side.set(qn("w:w"), str(TABLE_CELL_PADDING_TWIPS))
