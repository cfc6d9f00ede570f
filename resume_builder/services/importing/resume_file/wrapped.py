"""PDF lines that a résumé tool wrapped, joined again: a bullet's or a paragraph's next line,
a heading broken after a separator or inside its period.
"""

from __future__ import annotations

import re

from resume_builder.services.importing.resume_file.lines import Line
from resume_builder.services.importing.resume_file.vocabulary import find_dates, section_of

# a line cannot end in "of" or "och", nor in a separator that waits for the next item
_DANGLING = re.compile(r"\s(?:of|in|at|for|and|the|i|på|för|och|vid|[|·•])$|,$", re.IGNORECASE)
_OPEN_DASH = re.compile(r"\s[-–—]\s*$")


def joined(lines: list[Line]) -> list[Line]:
    """PDF lines with a wrapped bullet or paragraph joined: a line that starts under the text
    of the bullet above it (or, in prose, at the same x in the same font) continues it.
    """
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            # "MSc Data Science, University of" / "Edinburgh, 2017"; "Lead | Brightwater |" /
            # "London | 2020 – now"
            previous is not None
            and not line.bullet
            and line.page == previous.page
            and abs(line.x - previous.x) < 2
            and abs(line.size - previous.size) < 0.5
            and "\t" not in previous.text
            and _DANGLING.search(previous.text)
        ):
            previous.text, previous.chips, previous.fields = f"{previous.text} {line.text}", "", ""
            continue
        if previous is not None and line.page == previous.page and open_range(previous, line):
            # "Analytics Lead | Brightwater | 03/2020 –" / "present": a period wrapped at its dash
            previous.text, previous.chips, previous.fields = f"{previous.text} {line.text}", "", ""
            continue
        if (
            previous is not None
            and line.x
            and not line.bullet
            and not line.heading
            and line.page == previous.page
            and "\t" not in line.text
            and "\t" not in previous.text
            and section_of(line) is None
            and section_of(previous) is None
            and abs(line.size - previous.size) < 0.5
            and line.bold == previous.bold
            # a bold line continues only a bold bullet (a headline wrapped in our CMD)
            and (not (line.bold or line.lead_bold) or (previous.bullet and previous.bold))
            and find_dates(line.text) is None
            and (
                (previous.bullet and line.x > previous.x + 2)
                or (
                    not previous.bullet and abs(line.x - previous.x) < 2 and len(previous.text) > 60
                )
            )
        ):
            # a résumé tool breaks a line at a hyphen the word has ("customer-facing") far
            # more often than it hyphenates a word, so the hyphen is kept
            glue = "" if previous.text.endswith(("-", "‐")) else " "
            previous.text, previous.chips = (previous.text + glue + line.text).strip(), ""
            previous.fields = ""
            continue
        joined.append(Line(**vars(line)))
    return joined


def open_range(previous: Line, line: Line) -> bool:
    """Whether `line` is the end of a period that `previous` starts and leaves open at its
    dash: a short line, in the same font, that completes a date range.
    """
    if not _OPEN_DASH.search(previous.text) or len(line.text.split()) > 3:
        return False
    if abs(line.size - previous.size) >= 0.5 or line.bullet:
        return False
    before = find_dates(previous.text)
    after = find_dates(f"{previous.text} {line.text}")
    return after is not None and not after.single and (before is None or before.single)
