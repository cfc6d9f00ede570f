"""Cell formatting of the DOCX tables: the PDF's rule under a header row, in Word's terms."""

from __future__ import annotations

from typing import Any

from resume_builder.export.render_docx.styles import (
    HEADER_RULE_EIGHTHS,
    TABLE_CELL_BOTTOM,
    TABLE_LINE_GAP,
)


def rule_below(cell: Any, colour: str) -> None:
    """The PDF's rule under a table's header row: a 0.6 pt line in the rule colour.

    The line takes no room in the PDF, but Word and LibreOffice add a border's width to its
    row: the cell's padding below the text is that much smaller, so the row is as tall as
    the PDF's and the pages of a long table break where the PDF's do.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(HEADER_RULE_EIGHTHS))
    bottom.set(qn("w:space"), "0")
    bottom.set(qn("w:color"), colour.lstrip("#").upper())
    borders.append(bottom)
    # Schema order in w:tcPr: tcW, gridSpan, vMerge, tcBorders, shd, noWrap, tcMar, ...
    properties.insert_element_before(
        borders, "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign"
    )
    margins = OxmlElement("w:tcMar")
    padding = OxmlElement("w:bottom")
    below = TABLE_CELL_BOTTOM - TABLE_LINE_GAP - HEADER_RULE_EIGHTHS / 8
    padding.set(qn("w:w"), str(round(below * 20)))
    padding.set(qn("w:type"), "dxa")
    margins.append(padding)
    properties.insert_element_before(
        margins, "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
    )
