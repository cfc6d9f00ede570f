"""A period that wrapped in a narrow margin of labels, joined again beside its entry.

moderncv sets an entry's dates right-aligned in a margin a sixth of the page wide, so
"03/2016 – 12/2018" breaks after its dash: "03/2016 –" stands beside the entry's heading and
"12/2018" beside the line below it (the first bullet). The end belongs with the start; the
line below keeps its own text.
"""

from __future__ import annotations

import re

from resume_builder.services.importing.resume_file.vocabulary import find_dates

_OPEN_DASH = re.compile(r"[-–—]\s*$")


def periods_rejoined(rows: list[list], labels: float | None) -> list[list]:
    """Rows (pieces left to right, top first) with the end of a period that wrapped in the
    margin left of `labels` moved up beside its start; rows left empty are dropped.
    """
    if labels is None:
        return rows
    for above, below in zip(rows, rows[1:], strict=False):
        head = [p for p in above if p.x < labels]
        tail = [p for p in below if p.x < labels]
        if not head or not tail or len(tail) == len(below):
            continue
        start, end = _text(head), _text(tail)
        if not _OPEN_DASH.search(start) or len(end.split()) > 3:
            continue
        before, after = find_dates(start), find_dates(f"{start} {end}")
        if after is None or after.single or after.rest:
            continue
        if before is not None and not before.single:
            continue
        tail[0].text = " " + tail[0].text.lstrip()  # a word apart from the dash above it
        at = above.index(head[-1]) + 1
        above[at:at] = tail
        for piece in tail:
            below.remove(piece)
    return [row for row in rows if row]


def _text(pieces: list) -> str:
    return " ".join(p.text.strip() for p in pieces)
