"""A long table's pieces that head each page they start with the table's header row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: makes the table of rows [start, stop) of a long table, with its header row or without
MakePiece = Callable[[int, int, bool], Any]


def page_headed_piece(make: MakePiece, start: int, stop: int) -> Any:
    """Rows [start, stop) of a long table, headed by the table's header row where they start
    a page, and where they run over onto the next one, as a word processor repeats a
    table's header row (the DOCX's does: w:tblHeader).

    A long table is laid out as a stack of short ones (see StoryBuilder._table); reportlab
    repeats a table's header row only on the pages that one table runs over. Where a piece
    goes, and so whether it is at the top of a page, is known only when the frame places it.
    """
    from reportlab.platypus import Flowable

    class PageHeadedPiece(Flowable):
        def __init__(self, start: int, stop: int) -> None:
            super().__init__()
            self.start, self.stop = start, stop
            self._tables: dict[bool, Any] = {}
            self._placed: Any = None

        def _table(self) -> Any:
            # The frame that places or splits a flowable sets itself on it first.
            frame = getattr(self, "_frame", None)
            headed = bool(frame is not None and frame._atTop)
            if headed not in self._tables:
                self._tables[headed] = make(self.start, self.stop, headed)
            return self._tables[headed]

        def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
            return self._table().getSpaceBefore()

        def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
            return self._table().getSpaceAfter()

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self._placed = self._table()
            return self._placed.wrap(avail_width, avail_height)

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            table = self._table()
            parts = table.split(avail_width, avail_height)
            if table.repeatRows:
                return parts  # a headed table's rest has its header row: reportlab's repeat
            if len(parts) < 2:
                # Not one row fits, or (at a near tie with the frame's own measure) all of
                # them: either way the piece goes whole to the next page, headed there.
                return []
            # The rest starts the next page: a piece of its own, headed there.
            placed = len(parts[0]._cellvalues)
            return [
                make(self.start, self.start + placed, False),
                PageHeadedPiece(self.start + placed, self.stop),
            ]

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
            self._placed.drawOn(canvas, x, y, _sW)

    return PageHeadedPiece(start, stop)
