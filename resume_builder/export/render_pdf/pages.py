"""Page furniture of a PDF: the running footer ("name · Page 2 of 3") and the bookmarks.

The footer needs the page count, which is only known once every page is laid out. The canvas
here keeps each finished page back until the document is saved, then draws the footers with
the count and writes the pages out: one layout pass instead of two. Bookmarks made while a
page is held back are kept with that page, so each points at the page it was made on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from resume_builder.export.text import clean_text


@dataclass(frozen=True)
class Footer:
    """What the footer says and how it looks.

    Attributes:
        text: the left part (the name, or "Confidential · 2 December 2026"); may be empty.
        page_label: the right part with "{page}" and "{pages}" in it; empty: no numbers.
        font, size, color: the face (a registered reportlab name), its size and colour.
        left, right, baseline: where it sits (points from the page's left and bottom).

    """

    text: str
    page_label: str
    font: str
    size: float
    color: Any
    left: float
    right: float
    baseline: float

    def draw(self, canvas: Any, page: int, pages: int) -> None:
        """Draws the footer of page `page` of `pages` (nothing on a one-page document).

        The page is drawn already; the name goes at the start of its text and the page label
        at the end, so each page's text opens with whose it is and closes with its number. A
        reader that joins pages without a line break (pdf.js's text content, as OpenResume's
        parser reads it) then runs one page's label into the next page's name, a footer line
        of their own, instead of into the heading or the role that starts the next page.
        """
        if pages < 2:
            return
        text = clean_text(self.text, keep_newlines=False).strip()
        if text:
            start = len(canvas._code)
            self._draw(canvas, lambda: canvas.drawString(self.left, self.baseline, text))
            # reportlab keeps the page's operators in _code: move the name's to the front.
            name = canvas._code[start:]
            del canvas._code[start:]
            canvas._code[0:0] = name
        if self.page_label:
            label = self.page_label.format(page=page, pages=pages)
            self._draw(canvas, lambda: canvas.drawRightString(self.right, self.baseline, label))

    def _draw(self, canvas: Any, draw: Callable[[], None]) -> None:
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(self.color)
        draw()
        canvas.restoreState()


def counting_canvas() -> Any:
    """A reportlab canvas class that only counts pages: each page's drawing is dropped when
    the page ends, and nothing is assembled or saved (fitting a page target typesets a dozen
    drafts to count their pages; the footer, in the bottom margin, moves nothing).
    """
    from reportlab.pdfgen.canvas import Canvas

    class CountingCanvas(Canvas):
        #: flowables that only draw (a photo) skip their drawing on a counting canvas
        _rb_counting = True

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._startPage()

        def save(self) -> None:
            pass

        def bookmarkPage(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802 - reportlab
            pass

        def addOutlineEntry(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802 - reportlab
            pass

        def showOutline(self) -> None:  # noqa: N802 - reportlab API
            pass

    return CountingCanvas


def counting_frame(*args: Any, **kwargs: Any) -> Any:
    """A reportlab Frame that places flowables without drawing them, for counting pages.

    Drawing is most of a draft's time (every line's glyphs are looked up and formatted), and
    where a flowable goes depends only on its wrap and split, which still run: the pages are
    the same as when drawn.
    """
    from reportlab.platypus import Frame

    class CountingFrame(Frame):
        def add(self, flowable: Any, canv: Any, trySplit: int = 0) -> int:  # noqa: N803
            flowable.drawOn = _no_drawing  # an instance attribute, taken back below
            try:
                return Frame._add(self, flowable, canv, trySplit)
            finally:
                del flowable.drawOn

        _add = add

    return CountingFrame(*args, **kwargs)


def _no_drawing(*args: Any, **kwargs: Any) -> None:
    pass


def footer_canvas(footer: Footer | None, before_save: Callable[[Any], None] | None = None) -> Any:
    """A reportlab canvas class that draws `footer` on every page and defers bookmarks so
    they point at the right page, and calls `before_save` with itself once every page is
    laid out (to define what pages drew by name: the contents' page numbers); the plain
    canvas when there is neither.
    """
    from reportlab.pdfgen.canvas import Canvas

    if footer is None and before_save is None:
        return Canvas

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._rb_held: list[tuple[dict[str, Any], list[tuple[str, tuple, dict]]]] = []
            self._rb_marks: list[tuple[str, tuple, dict]] = []

        def bookmarkPage(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - reportlab
            self._rb_marks.append(("bookmarkPage", args, kwargs))

        def addOutlineEntry(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - reportlab
            self._rb_marks.append(("addOutlineEntry", args, kwargs))

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._rb_held.append((dict(self.__dict__), self._rb_marks))
            self._rb_marks = []
            self._startPage()

        def save(self) -> None:
            pages = len(self._rb_held)
            for number, (state, marks) in enumerate(self._rb_held, start=1):
                self.__dict__.update(state)
                for name, args, kwargs in marks:
                    getattr(Canvas, name)(self, *args, **kwargs)
                if footer is not None:
                    footer.draw(self, number, pages)
                Canvas.showPage(self)
            self._rb_held = []
            if before_save is not None:
                before_save(self)
            Canvas.save(self)

    return FooterCanvas


def deferred_flowable(make: Callable[[], list[Any]]) -> Any:
    """A flowable that becomes the flowables `make()` returns when the frame reaches it.

    What it makes can then use what the pages before it found out (the page each story is
    on, for the skills index's page references) within the one layout pass.
    """
    from reportlab.platypus.flowables import Flowable

    made: list[list[Any]] = []

    class Deferred(Flowable):
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            # Taller than any room left, so the frame asks to split it: into what it makes.
            return avail_width, avail_height + 1

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            # Made once: a keep-together chain may ask again at the same place, and the
            # pieces of a long index are costly to make.
            if not made:
                made.append(make())
            return made[0]

        def draw(self) -> None:  # never drawn itself
            pass

    return Deferred()
