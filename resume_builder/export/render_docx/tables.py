"""The DOCX tables' rows and cells, padded and ruled as the PDF's, in Word's terms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from resume_builder.export.document import Table
from resume_builder.export.render_docx.styles import (
    HEADER_RULE_EIGHTHS,
    HEADER_RULE_GAP_POINTS,
    PPR_ORDER,
    TABLE_CELL_BOTTOM,
    TABLE_LINE_GAP,
    insert_ordered,
)

#: a row of a Word table: its cells' lines, whether it starts its group and whether it ends it
TableLine = tuple[list[list[str]], bool, bool]


def table_lines(table: Table, clean: Callable[[str], str]) -> list[TableLine]:
    """The table's rows as the PDF draws them: the header, then one row per line of each
    row's second cell, the first cell's text on the first of them (a skill above its stories).

    A page can then end between any two lines, as in the PDF, while a row is never split:
    LibreOffice would split one inside a paragraph, whatever its widow and orphan control.
    """

    def lines(value: str) -> list[str]:
        return [line for line in clean(value).split("\n") if line.strip()]

    rows: list[TableLine] = [([lines(cell) for cell in table.header], True, True)]
    for left, right in table.rows:
        items = lines(right) or [""]
        for number, item in enumerate(items):
            rows.append(
                ([lines(left) if not number else [], [item]], not number, item is items[-1])
            )
    return rows


def pad_cell(cell: Any, first: bool, last: bool, final: bool) -> None:
    """A body cell padded as the PDF pads its row: the lines of one group sit as close as a
    paragraph's (no padding between them, and no rule), the group as a whole padded as any
    row; the table's last row, with no rule below, keeps the rule's width in its padding.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins: dict[str, float] = {}
    if not first:
        margins["w:top"] = 0
    if final:
        margins["w:bottom"] = TABLE_CELL_BOTTOM - TABLE_LINE_GAP
    elif not last:
        margins["w:bottom"] = 0
    properties = cell._tc.get_or_add_tcPr()
    # The thin rule between groups is the bottom border of a group's last line alone: the
    # top of every row has none, so no row boundary has two borders for LibreOffice to
    # choose between (under a repeated header row it takes the lower row's top border).
    borders = OxmlElement("w:tcBorders")
    for side, ruled in (("w:top", False), ("w:bottom", last)):
        if not ruled:
            border = OxmlElement(side)
            border.set(qn("w:val"), "nil")
            borders.append(border)
    properties.insert_element_before(
        borders, "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign"
    )
    if margins:
        _set_margins(properties, margins)


def rule_below(cell: Any, colour: str) -> None:
    """The PDF's rule under a table's header row, as a bottom border of the header's text.

    The line takes no room in the PDF. A paragraph's border takes its width in Word and
    LibreOffice, always the same: a cell's border does not (LibreOffice lets the row below
    a repeated header row decide the border between them), so the header row would be a
    different height on the first page than on the others. The border's gap and width,
    with the space below the text, add up to the PDF's padding under the header.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    none = OxmlElement("w:bottom")
    none.set(qn("w:val"), "nil")
    borders.append(none)
    properties.insert_element_before(
        borders, "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign"
    )
    # No padding right of a header's text either (it is short), so the rule runs on into the
    # next column, unbroken across the table as the PDF's.
    _set_margins(properties, {"w:bottom": 0, "w:right": 0})
    paragraph_properties = cell.paragraphs[0]._p.get_or_add_pPr()
    paragraph_borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(HEADER_RULE_EIGHTHS))
    bottom.set(qn("w:space"), str(HEADER_RULE_GAP_POINTS))
    bottom.set(qn("w:color"), colour.lstrip("#").upper())
    paragraph_borders.append(bottom)
    insert_ordered(paragraph_properties, paragraph_borders, PPR_ORDER)


def _set_margins(properties: Any, points: dict[str, float]) -> None:
    """A cell's own padding (w:tcMar) on the sides given, in points."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tcMar")
    for side in ("w:top", "w:left", "w:bottom", "w:right"):  # the schema's order
        if side in points:
            margin = OxmlElement(side)
            margin.set(qn("w:w"), str(round(points[side] * 20)))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
    properties.insert_element_before(
        margins, "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
    )
