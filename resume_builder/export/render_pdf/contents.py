"""A PDF's table of contents: a line per section and per record with stories, each with the
page it starts on, a dotted leader, and a link to it.

The contents come before the pages they point to, and the layout is one pass: each line's
page number is a form XObject drawn by name where the number goes and defined once every page
is laid out (reportlab lets a page use a form defined later). The numbers are right-aligned
in a column kept free for them, so the lines wrap the same whatever the numbers turn out to be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resume_builder.export.document import ContentsRow
from resume_builder.export.render_pdf.flowables import flowable_classes
from resume_builder.export.style import contents_line_looks, line_height

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

#: room on the right of each line for its page number (points), and the gap before it
_NUMBER_COLUMN = 24.0
_LEADER_GAP = 4.0


def destination(index: int) -> str:
    """The name of the PDF destination a contents line `index` links to."""
    return f"rbtoc{index}"


def _form_name(index: int) -> str:
    return f"rbtocpage{index}"


def contents_flowables(builder: Any, rows: list[ContentsRow]) -> list[Flowable]:
    """One flowable per line of the contents, drawn by `builder` (a StoryBuilder)."""
    style = builder.style
    line_class = contents_line_class(flowable_classes().TitleDatesLine)
    flowables: list[Flowable] = []
    looks = contents_line_looks([row.level for row in rows], style.body_size)
    for index, (row, look) in enumerate(zip(rows, looks, strict=True)):
        text = builder.shown_line(" ".join(builder.clean(row.text).split()))
        line = line_class(
            text,
            "",
            title_font=builder.font(style.body_font, bold=look.bold),
            dates_font=builder.font(style.body_font),
            size=style.body_size,
            leading=line_height(style.body_size, style.line_spacing),
            color=builder.body_color(),
            script_fonts=builder.script_fonts_for(text),
        )
        line.math_chars = frozenset(builder.math_chars)
        line.contents_index = index
        line.indent = look.indent
        line.number_font = builder.font(style.body_font)
        line.rule_color = style.muted_color
        line.spaceBefore = look.space_before
        line.keepWithNext = int(look.keep_with_next)
        flowables.append(line)
    return flowables


_LINE_CLASS: Any = None


def contents_line_class(title_line: Any) -> Any:
    """The contents line: a TitleDatesLine (the same wrapping and script handling as an
    entry's title) that leaves the number column free and draws leader, number and link.
    """
    global _LINE_CLASS
    if _LINE_CLASS is not None:
        return _LINE_CLASS
    from reportlab.pdfbase.pdfmetrics import stringWidth

    class ContentsLine(title_line):
        contents_index = 0
        indent = 0.0
        number_font = ""
        rule_color = "#808080"

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            room = avail_width - self.indent - _NUMBER_COLUMN - _LEADER_GAP
            _, height = super().wrap(max(room, 1.0), avail_height)
            self.width = avail_width
            return self.width, height

        def draw(self) -> None:
            from reportlab.lib.colors import HexColor

            canvas = self.canv
            canvas.saveState()
            canvas.translate(self.indent, 0)
            super().draw()
            canvas.restoreState()
            lines = self._title_lines or [""]
            baseline = self.height - self.size - (len(lines) - 1) * self.leading
            end = self.indent + stringWidth(lines[-1], self.title_font, self.size)
            number_left = self.width - _NUMBER_COLUMN
            if number_left - end > 2 * _LEADER_GAP:
                # Drawn as a dotted rule, not as dots of text, so the text reads cleanly back.
                canvas.saveState()
                canvas.setStrokeColor(HexColor(self.rule_color))
                canvas.setLineWidth(0.6)
                canvas.setLineCap(1)
                canvas.setDash([0.01, 2.6])
                canvas.line(end + _LEADER_GAP, baseline + 0.5, number_left, baseline + 0.5)
                canvas.restoreState()
            canvas.saveState()
            canvas.translate(self.width, baseline)
            canvas.doForm(_form_name(self.contents_index))
            canvas.restoreState()
            canvas.linkRect(
                "",
                destination(self.contents_index),
                (self.indent, 0, self.width, self.height),
                relative=1,
                thickness=0,
            )

    _LINE_CLASS = ContentsLine
    return _LINE_CLASS


def define_page_numbers(
    canvas: Any, rows: int, pages: dict[int, int], font: str, size: float, color: Any
) -> None:
    """Defines each contents line's page-number form, once the pages are known.

    A line whose target was never drawn (nothing of it printed) shows no number.
    """
    for index in range(rows):
        # The number is drawn right-aligned at the form's origin: the box reaches left.
        canvas.beginForm(_form_name(index), -_NUMBER_COLUMN, -size, 1, 2 * size)
        page = pages.get(index)
        if page is not None:
            canvas.setFont(font, size)
            canvas.setFillColor(color)
            canvas.drawRightString(0, 0, str(page))
        canvas.endForm()
