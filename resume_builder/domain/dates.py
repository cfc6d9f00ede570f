"""Partial dates ("2019", "2019-05", "2019-05-14") and the open end "present"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import total_ordering

_PATTERN = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
PRESENT_WORDS = frozenset({"present", "current", "now", "today", "ongoing"})


class DateError(ValueError):
    """A text that is not a partial date; the message says what was expected."""


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day.

    Ordering compares the known parts first; a date known only to the year sorts before
    any month of that year, which is what a reverse-chronological list needs.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise DateError(f"year {self.year} is out of range")
        if self.month is None and self.day is not None:
            raise DateError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"month {self.month} is not between 1 and 12")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month or 1)[1]
            if not 1 <= self.day <= last:
                raise DateError(f"day {self.day} does not exist in {self.year}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; raises DateError otherwise."""
        match = _PATTERN.match(text or "")
        if not match:
            raise DateError(
                f"“{text}” is not a date: write a year (2019), a month (2019-05) or a day "
                "(2019-05-14)"
            )
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    def iso(self) -> str:
        """The date as text in the same partial form it was given."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def sort_key(self) -> tuple[int, int, int]:
        """A key that orders dates; unknown parts count as the start of the period."""
        return (self.year, self.month or 0, self.day or 0)

    def upper_key(self) -> tuple[int, int, int]:
        """A key for the last day the date could mean (the end of a year or month)."""
        return (self.year, self.month or 12, self.day or 31)

    def __str__(self) -> str:
        return self.iso()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()


class _Present:
    """The open end of a period that is still going on."""

    _instance: _Present | None = None

    def __new__(cls) -> _Present:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def iso(self) -> str:
        return "present"

    def sort_key(self) -> tuple[int, int, int]:
        return (9999, 12, 31)

    def __repr__(self) -> str:
        return "PRESENT"

    def __str__(self) -> str:
        return "present"

    def __reduce__(self) -> str:
        return "PRESENT"


PRESENT = _Present()
EndDate = PartialDate | _Present


def parse_date(text: str | None) -> PartialDate | None:
    """Reads an optional partial date; empty text is no date."""
    if text is None or not str(text).strip():
        return None
    return PartialDate.parse(str(text))


def parse_end(text: str | None) -> EndDate | None:
    """Reads an optional end date that may also be "present"."""
    if text is not None and str(text).strip().lower() in PRESENT_WORDS:
        return PRESENT
    return parse_date(text)


def format_date(value: PartialDate | _Present | None) -> str:
    """The stored text of an optional date ("" when there is none)."""
    return "" if value is None else value.iso()
