"""The PDF renderer's own flowables: paragraphs that wrap once, bullets that stay whole, the
title-and-dates line, and a keep-with-next chain that does not waste a page.
"""

from __future__ import annotations

from typing import Any

# A bullet this short moves whole to the next page rather than leave a line or two behind;
# longer ones (a CMD story, a pasted paragraph) split, or a page could never hold them.
_MAX_UNSPLIT_BULLET_LINES = 5
# Points held back when judging whether a heading and the start of a long block fit: the
# estimate must err towards moving to the next page, never towards a stranded heading.
_SPLIT_MARGIN = 2.0

_CLASSES: Any = None
# What reportlab's Paragraph.wrap (and its breakLines) sets on the paragraph: the broken lines,
# the size, and the fragments, which breaking a many-font paragraph replaces by its words.
_WRAP_STATE = (
    "width",
    "height",
    "blPara",
    "frags",
    "_wrapWidths",
    "_width_max",
    "_splitLongWordCount",
    "_hyphenations",
)


def flowable_classes() -> Any:
    """The renderer's own flowables, defined on first use so importing this module stays light.

    Returns:
        A namespace with WrapOnceParagraph, BulletParagraph, TitleDatesLine, KeepWithNext
        and WritingSpace.

    """
    global _CLASSES
    if _CLASSES is not None:
        return _CLASSES
    from types import SimpleNamespace

    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable, KeepTogether
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus.flowables import _listWrapOn

    def _give_last_line_a_word(paragraph: Any) -> None:
        """A one-word last line reads as a stray: the line above gives it its last word,
        which always fits beside a lone word, so the paragraph keeps its line count.

        One-font lines (reportlab's kind 0) are word lists; lines in several fonts (kind 1: a
        bold title, then plain text) are runs of text, and the word moves from the end of the
        line's last run to the start of the next line's first.
        """
        lines_info = getattr(paragraph, "blPara", None)
        if lines_info is None or len(lines_info.lines) < 2:
            return
        if getattr(lines_info, "kind", 1) == 1:
            _move_last_word_down(lines_info.lines)
            return
        lines = lines_info.lines
        last_space, last = lines[-1]
        before_space, before = lines[-2]
        if len(last) != 1 or len(before) < 3:
            return
        font, size = lines_info.fontName, lines_info.fontSize
        word = before[-1]
        moved = stringWidth(word + " ", font, size)
        if moved > last_space:
            return
        lines[-2] = (before_space + moved, before[:-1])
        lines[-1] = (last_space - moved, [word, *last])

    def _move_last_word_down(lines: list[Any]) -> None:
        """`_give_last_line_a_word` for mixed-font lines (FragLines of ParaFrags)."""
        before, last = lines[-2], lines[-1]

        def words(line: Any) -> list[str]:
            return "".join(getattr(f, "text", "") for f in line.words).split()

        if len(words(last)) != 1 or len(words(before)) < 3 or not before.words:
            return
        giver, taker = before.words[-1], last.words[0] if last.words else None
        text = getattr(giver, "text", "").rstrip()
        head, _, word = text.rpartition(" ")
        # Only plain text runs: a run that draws something else (an image, a link's anchor)
        # or holds a single word stays as it is.
        if not head.strip() or hasattr(giver, "cbDefn") or taker is None:
            return
        if hasattr(taker, "cbDefn"):
            return
        font, size = giver.fontName, giver.fontSize
        freed = stringWidth(" " + word, font, size)
        needed = stringWidth(word + " ", font, size)
        if needed > last.extraSpace:
            return
        before.words[-1] = giver.clone(text=head)
        same_look = all(
            getattr(taker, name, None) == getattr(giver, name, None)
            for name in ("fontName", "fontSize", "textColor", "rise", "link", "underline")
        )
        if same_look:
            last.words[0] = taker.clone(text=f"{word} {taker.text.lstrip()}")
        else:
            last.words.insert(0, giver.clone(text=word + " "))
        before.extraSpace += freed
        last.extraSpace -= needed
        before.wordCount -= 1
        last.wordCount += 1

    class WrapOnceParagraph(RLParagraph):
        """A paragraph that breaks its lines once per width.

        reportlab wraps a paragraph again whenever asked: a keep-with-next chain is wrapped
        as a whole and then each of its parts again, and a table wraps its cells again after
        every split. Breaking lines is most of the cost of a long document, and the result
        depends on the width alone.
        """

        _rb_wrapped: tuple[float, tuple[float, float]] | None = None
        #: (a LayoutCache, this paragraph's key in it): the renders of one fit share their
        #: paragraphs' line breaks; None: not shared
        _rb_layout: tuple[dict, tuple] | None = None

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            # reportlab's split drops blPara (the broken lines) when it moves a paragraph on.
            cached = self._rb_wrapped
            if cached is not None and cached[0] == avail_width and hasattr(self, "blPara"):
                return cached[1]
            shared = None
            if self._rb_layout is not None:
                layout, key = self._rb_layout
                shared = layout.get((key, avail_width))
            if shared is not None:
                # The lines are only read from here on (drawn, or cut by a split into new
                # paragraphs), so one draft's may serve the next.
                self.__dict__.update(shared[0])
                size = shared[1]
            else:
                size = super().wrap(avail_width, avail_height)
                self._rb_after_wrap()
                if self._rb_layout is not None and "blPara" in self.__dict__:
                    state = {n: self.__dict__[n] for n in _WRAP_STATE if n in self.__dict__}
                    layout[key, avail_width] = (state, size)
            self._rb_wrapped = (avail_width, size)
            return size

        def _rb_after_wrap(self) -> None:
            """Adjusts the freshly broken lines (nothing here)."""

    class TextParagraph(WrapOnceParagraph):
        """Running text (a summary, a letter's paragraph): no one word alone on its last line."""

        def _rb_after_wrap(self) -> None:
            _give_last_line_a_word(self)

    class BulletParagraph(WrapOnceParagraph):
        """A paragraph that moves whole to the next page unless it is long, and does not end
        with one word alone on its last line.
        """

        def _rb_after_wrap(self) -> None:
            _give_last_line_a_word(self)

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            if not hasattr(self, "blPara"):
                self.wrap(avail_width, avail_height)
            if len(self.blPara.lines) <= _MAX_UNSPLIT_BULLET_LINES:
                return []
            return super().split(avail_width, avail_height)

    class LabelledParagraph(WrapOnceParagraph):
        """A one-font paragraph with a bold label drawn in the room its first line leaves.

        The label is drawn first, on the first line's baseline, so text extractors read
        "Label: text" in order; a continuation on the next page has neither label nor room.
        """

        _rb_label: tuple[str, str] | None = None

        def _rb_after_wrap(self) -> None:
            # A story's paragraph ("Result: …") is one font with its label drawn beside it.
            _give_last_line_a_word(self)

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            parts = super().split(avail_width, avail_height)
            if len(parts) == 2 and parts[0] is not self:
                parts[0]._rb_label = self._rb_label
                parts[1]._rb_label = None
            return parts

        def draw(self) -> None:
            if self._rb_label is not None:
                from reportlab import rl_config

                label, font = self._rb_label
                style = self.style
                size = style.fontSize
                if getattr(rl_config, "paraFontSizeHeightOffset", 1):
                    baseline = self.height - size
                else:
                    baseline = self.height - getattr(self.blPara, "ascent", size)
                text = self.canv.beginText()
                text.setFillColor(style.textColor)
                text.setFont(font, size, style.leading)
                text.setTextOrigin(style.leftIndent, baseline)
                text.textOut(label)
                self.canv.drawText(text)
            super().draw()

    class TitleDatesLine(Flowable):
        """An entry's bold title on the left and its dates right-aligned on the same baseline.

        Drawn as plain strings rather than a two-cell table of paragraphs: a paragraph ends
        with a move to the next line, which makes text extractors (pypdf, ATS parsers) put the
        dates on a line of their own instead of after the title.
        """

        def __init__(
            self,
            title: str,
            dates: str,
            *,
            title_font: str,
            dates_font: str,
            size: float,
            leading: float,
            color: str,
            script_fonts: dict[str, str] | None = None,
        ) -> None:
            super().__init__()
            self.title, self.dates = title, dates
            # Arabic or Hebrew stretches (already in visual order) are drawn in these fonts.
            self.script_fonts = script_fonts or {}
            self.title_font, self.dates_font = title_font, dates_font
            self.size, self.leading, self.color = size, leading, color
            #: the signs drawn in script_fonts["math"] (Noto Sans Math)
            self.math_chars: frozenset[str] = frozenset()
            self._title_lines: list[str] = []
            self._date_lines: list[str] = []

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            # The dates take what they need (a long range may wrap within 40% of the line);
            # the title wraps in the rest, a gap away from them.
            natural = stringWidth(self.dates, self.dates_font, self.size)
            date_width = min(natural, avail_width * 0.4)
            gap = 12.0 if self.dates else 0.0
            if not self.dates:
                self._date_lines = []
            elif natural <= date_width:
                # Never split at exactly the natural width: rounding would wrap the last word.
                self._date_lines = [self.dates]
            else:
                self._date_lines = simpleSplit(self.dates, self.dates_font, self.size, date_width)
            self._title_lines = simpleSplit(
                self.title, self.title_font, self.size, avail_width - date_width - gap
            )
            lines = max(len(self._title_lines), len(self._date_lines), 1)
            self.width = avail_width
            self.height = self.leading * lines
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            # One text object positioned with Tm only: canvas.drawString would end each string
            # with a move to the next line (T*), which extractors take for a line break.
            text = canvas.beginText()
            text.setFillColor(self.color)
            # First baseline one font size below the top, as a reportlab Paragraph sets it,
            # so the line sits exactly where a paragraph of the same size would.
            baseline = self.height - self.size
            text.setFont(self.title_font, self.size, self.leading)
            for number, line in enumerate(self._title_lines):
                text.setTextOrigin(0, baseline - number * self.leading)
                self._text_out(text, line, self.title_font, bold=True)
            text.setFont(self.dates_font, self.size, self.leading)
            for number, line in enumerate(self._date_lines):
                width = stringWidth(line, self.dates_font, self.size)
                text.setTextOrigin(self.width - width, baseline - number * self.leading)
                self._text_out(text, line, self.dates_font, bold=False)
            canvas.drawText(text)

        def _text_out(self, text: Any, line: str, font: str, *, bold: bool) -> None:
            if not self.script_fonts:
                text.textOut(line)
                return
            from reportlab.lib.fonts import tt2ps

            from resume_builder.export.fonts import fallback_glyphs
            from resume_builder.export.scripts import font_stretches

            def covers(script: str, char: str) -> bool:
                return ord(char) in fallback_glyphs(script)

            math_font = self.script_fonts.get("math")
            for piece, script in font_stretches(line, covers):
                face = self.script_fonts.get(script) if script else None
                face = tt2ps(face, int(bold), 0) if face else font
                if script or not math_font:
                    text.setFont(face, self.size, self.leading)
                    text.textOut(piece)
                    continue
                # An arrow or minus sign the template's font lacks: drawn in Noto Sans Math.
                for char_run, in_math in _math_runs(piece, self.math_chars):
                    text.setFont(math_font if in_math else face, self.size, self.leading)
                    text.textOut(char_run)
            text.setFont(font, self.size, self.leading)

    def _math_runs(text: str, math_chars: frozenset[str]) -> list[tuple[str, bool]]:
        runs: list[tuple[str, bool]] = []
        for char in text:
            math = char in math_chars
            if runs and runs[-1][1] == math:
                runs[-1] = (runs[-1][0] + char, math)
            else:
                runs.append((char, math))
        return runs

    class KeepWithNext(KeepTogether):
        """A keepWithNext chain (headings, then the block they introduce) kept on one page.

        reportlab's KeepTogether moves the whole chain to the next page whenever it does not
        fit, so a heading followed by a very long bullet would leave most of a page empty;
        here the chain stays if its heading lines and a legal first part of the last block
        (at least two lines of a long bullet) fit.
        """

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
                self.wrap(avail_width, avail_height)
            content = self._content
            if avail_height < self._H and len(content) > 1:
                *head, last = content
                _, head_height = _listWrapOn(head, avail_width, self.canv)
                room = (
                    avail_height
                    - head[0].getSpaceBefore()
                    - head_height
                    - last.getSpaceBefore()
                    - _SPLIT_MARGIN
                )
                if room > 0:
                    last.wrapOn(self.canv, avail_width, room)
                    if last.splitOn(self.canv, avail_width, room):
                        return content[:]
            return super().split(avail_width, avail_height)

    class WritingSpace(Flowable):
        """A table whose rows share what the page leaves below it: room to write in.

        Wrapped with a page's worth of room or more (inside a keep-with-next chain, which
        measures with no limit), it asks for its smallest height, so a heading still travels
        with it; drawn, it stretches its rows over the rest of the frame.
        """

        def __init__(self, make_table: Any, rows: int, min_row: float, header: float) -> None:
            super().__init__()
            self._make_table = make_table
            self._rows = rows
            self._min_row = min_row
            self._header = header
            self._table: Any = None

        def _smallest(self) -> float:
            return self._header + self._rows * self._min_row

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            smallest = self._smallest()
            if avail_height >= 1e6 or avail_height < smallest:
                row = self._min_row
            else:
                # A point held back: the table must never be a hair too tall for its frame.
                row = max(self._min_row, (avail_height - self._header - 1.0) / self._rows)
            self._table = self._make_table(row)
            self.width, self.height = self._table.wrap(avail_width, avail_height)
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            return []

        def draw(self) -> None:
            self._table.drawOn(self.canv, 0, 0)

    _CLASSES = SimpleNamespace(
        WritingSpace=WritingSpace,
        WrapOnceParagraph=WrapOnceParagraph,
        BulletParagraph=BulletParagraph,
        TextParagraph=TextParagraph,
        LabelledParagraph=LabelledParagraph,
        TitleDatesLine=TitleDatesLine,
        KeepWithNext=KeepWithNext,
    )
    return _CLASSES
