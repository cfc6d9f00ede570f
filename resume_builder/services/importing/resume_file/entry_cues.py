"""Two cues of an entry's heading that its layout gives: the place set right-aligned across
from the dates, and the order of title and employer that a section keeps for every entry.
"""

from __future__ import annotations

import re

from resume_builder.domain.models import Role, Volunteer
from resume_builder.services.importing.resume_file.lines import Line

# one to three words, each capitalised: "Västerås", "Täby", "New York"
_PLACE = re.compile(r"[^\W\d_][^\W\d_.'-]*(?: [^\W\d_][^\W\d_.'-]*){0,2}")


def right_place(head: list[Line], parts: list[tuple[str, Line]], dated: Line | None) -> int:
    """The index in `parts` of the place, when the heading is two lines or more that each end
    in a cell set apart at the right, and the dates end one of them: the other's last cell
    ("Mälardalens Byggpartner AB ... Västerås" over "Projektledare ... Sep 2021 – nu", as
    moderncv's banking style and many templates set it). -1 when there is none.
    """
    if dated is None or len(head) < 2:
        return -1
    for line in head:
        text = line.fields or line.text
        if line is dated or "\t" not in text:
            continue
        cell = text.rpartition("\t")[2].strip()
        own = [i for i, (_, of) in enumerate(parts) if of is line]
        if own and parts[own[-1]][0] == cell and cell[:1].isupper() and _PLACE.fullmatch(cell):
            return own[-1]
    return -1


class SectionOrder:
    """The order of title and employer in a section's headings, learnt from the entries the
    cue words decide (a company's legal form, a title word) and given to those they do not:
    a résumé sets every entry of a section alike.
    """

    def __init__(self) -> None:
        self._votes: dict[str, list[bool]] = {}
        self._open: dict[str, list[Role | Volunteer]] = {}

    def note(self, section: str, record: Role | Volunteer, swapped: bool | None) -> None:
        """One entry's order: swapped (employer first), not, or None when no cue decided."""
        if swapped is None:
            self._open.setdefault(section, []).append(record)
        else:
            self._votes.setdefault(section, []).append(swapped)

    def settle(self) -> None:
        """Turns each undecided entry round when most decided ones of its section were."""
        for section, records in self._open.items():
            votes = self._votes.get(section, [])
            if 2 * sum(votes) <= len(votes):
                continue
            for record in records:
                if isinstance(record, Role) and record.employer:
                    record.title, record.employer = record.employer, record.title
                elif isinstance(record, Volunteer) and record.organization:
                    record.position, record.organization = record.organization, record.position
