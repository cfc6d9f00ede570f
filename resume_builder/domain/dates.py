"""Partial dates ("2019", "2019-05", "2019-05-14"), the open end "present", and the one reader
of dates as people write them ("May 2019", "05/2019", "14 maj 2019").

The editors, the importers, the command line and the database all read dates through
`parse_date` / `parse_end`, so a form accepted in one place is accepted everywhere, and a
refusal always says what was typed and which forms work. Stored text is always `iso()`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, total_ordering

from resume_builder.domain.months import FULL_MONTHS, SHORT_MONTHS

# The stored form, tried first: the database holds thousands of these and nothing else.
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")

#: words for "still going on", English and Swedish, plus the ones the documents print in
#: German, French and Spanish, so that a résumé's "nu" or "heute" reads back as an open end
PRESENT_WORDS = frozenset(
    {
        *("present", "current", "now", "today", "ongoing", "to date", "till date"),
        *("nu", "pågående", "idag", "i dag", "tills vidare", "tillsvidare", "pågår"),
        *("heute", "aujourd'hui", "actualidad", "actual", "presente"),
        # Norwegian and Danish ("2019 – dags dato", "2019 – nå"), as Nordic résumés print it
        *("dags dato", "nå"),
    }
)

_ACCEPTED = (
    "write a year (2019), a month (2019-05, 05/2019 or May 2019) or a day (2019-05-14, "
    "14 May 2019 or May 14, 2019)"
)
_LONGEST_QUOTE = 40  # a pasted paragraph is not repeated whole in the sentence


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
        """Reads a date as a person writes it (see `parse_date`); raises DateError otherwise."""
        value = _read(text, end=False)
        if value is None:
            raise DateError(f"“” is not a date: {_ACCEPTED}")
        assert isinstance(value, PartialDate)
        return value

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
    """Reads an optional date as a person writes it; empty text is no date.

    Accepted, case-insensitive, in English, Swedish, German, French or Spanish: "2019",
    "2019-05", "2019-5", "2019-05-14", "2019/05", "05/2019", "05.2019", "May 2019",
    "Sept. 2021", "maj 2019", "14 May 2019", "May 14, 2019", "14/05/2019", "14.05.2019" and an
    ISO date-time (its day, as written). "05/06/2019" is refused rather than guessed: the
    order of day and month is not known.

    Raises:
        DateError: the text is no date, an impossible one or an ambiguous one; the message
            quotes the text and names the forms that work.

    """
    value = _read(text, end=False)
    assert value is None or isinstance(value, PartialDate)
    return value


def parse_end(text: str | None) -> EndDate | None:
    """Reads an optional end date: a date as `parse_date` reads it, or "present" in its words."""
    return _read(text, end=True)


def format_date(value: PartialDate | _Present | None) -> str:
    """The stored text of an optional date ("" when there is none)."""
    return "" if value is None else value.iso()


# ------------------------------------------------------------------------------ reading
class _Refusal(Exception):
    """Why a text that looks like a date is none (completes the DateError sentence)."""


def _fold(text: str) -> str:
    """Lower case without accents, so "März", "marz" and "MÄRZ" are one word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _month_words() -> dict[str, int]:
    words: dict[str, int] = {}
    clashes: set[str] = set()

    def add(word: str, number: int) -> None:
        if words.setdefault(word, number) != number:
            clashes.add(word)  # "jui" starts both juin and juillet: it names neither

    for names in SHORT_MONTHS.values():
        for number, name in enumerate(names, start=1):
            add(_fold(name).rstrip("."), number)
    for names in FULL_MONTHS.values():
        for number, name in enumerate(names, start=1):
            folded = _fold(name)
            for length in range(3, len(folded) + 1):  # "Sept", "Septem": a start of the name
                add(folded[:length], number)
    return {word: number for word, number in words.items() if word not in clashes}


_WORD = r"([^\W\d_]+)\.?"  # a month name, maybe abbreviated with a dot
_YEAR = r"(\d{4})"
_FORM_PATTERNS = (
    (r"(\d{4})[/.](\d{1,2})", "ym"),  # 2019/05, 2019.05
    (r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})", "y-md"),  # 2019/05/14
    # ISO date-time: the day as written, whatever the zone ("2019-05-14T10:00:00Z")
    (
        r"(\d{4})-(\d{1,2})-(\d{1,2})[t ]([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
        r"(?:z|[+-]\d{2}(?::?\d{2})?)?",
        "ymd",
    ),
    (r"(\d{1,2})[/.-](\d{4})", "my"),  # 05/2019, 5/2019, 05.2019
    (r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", "ab-y"),  # 14/05/2019, 14.05.2019
    (rf"{_WORD},? {_YEAR}", "My"),  # May 2019, Sept. 2021, oktober 2020
    # 14 May 2019, 14. Mai 2019, 1er mai 2019, 14 de mayo de 2019
    (rf"(\d{{1,2}})(?:\.|st|nd|rd|th|er)? (?:de )?{_WORD},? (?:de )?{_YEAR}", "dMy"),
    (rf"{_WORD} (\d{{1,2}})(?:st|nd|rd|th)?,? {_YEAR}", "Mdy"),  # May 14, 2019
)


@cache
def _forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    # Compiled on first use: the command line reads only stored ISO dates and starts faster.
    return tuple((re.compile(pattern), parts) for pattern, parts in _FORM_PATTERNS)


_PRESENT_FOLDED = frozenset(_fold(word) for word in PRESENT_WORDS)


def _read(text: str | None, *, end: bool) -> PartialDate | _Present | None:
    if text is None:
        return None
    cleaned = " ".join(str(text).split())
    if not cleaned:
        return None
    iso = _ISO.fullmatch(cleaned)
    try:
        if iso:
            year, month, day = iso.groups()
            return _date(year, month, day)
        folded = _fold(cleaned)
        if folded in _PRESENT_FOLDED:
            if end:
                return PRESENT
            raise _Refusal(f"“{cleaned}” can only end a period")
        for pattern, parts in _forms():
            match = pattern.fullmatch(folded)
            if match:
                return _from_parts(parts, match.groups())
    except _Refusal as refusal:
        raise _refused(cleaned, end, str(refusal)) from None
    raise _refused(cleaned, end, "")


def _from_parts(parts: str, groups: tuple[str, ...]) -> PartialDate:
    if parts == "ym":
        return _date(groups[0], groups[1])
    if parts == "y-md":
        return _date(groups[0], groups[2], groups[3])
    if parts == "ymd":
        return _date(*groups[:3])
    if parts == "my":
        return _date(groups[1], groups[0])
    if parts == "ab-y":
        first, separator, second, year = groups
        day, month = _day_and_month(int(first), separator, int(second), int(year))
        return _date(year, str(month), str(day))
    if parts == "My":
        return _date(groups[1], _month_named(groups[0]))
    if parts == "dMy":
        return _date(groups[2], _month_named(groups[1]), groups[0])
    return _date(groups[2], _month_named(groups[0]), groups[1])  # "Mdy"


def _day_and_month(first: int, separator: str, second: int, year: int) -> tuple[int, int]:
    """Which of two numbers before a year is the month: only one order may be possible."""
    if separator == ".":
        return first, second  # 14.05.2019: day first wherever dots are written
    orders = {(d, m) for d, m in ((first, second), (second, first)) if 1 <= m <= 12}
    if not orders:
        raise _Refusal(f"neither {first} nor {second} is a month")
    if len(orders) > 1:
        one = f"{first} {FULL_MONTHS['en'][second - 1]} {year}"
        other = f"{FULL_MONTHS['en'][first - 1]} {second}, {year}"
        raise _Refusal(f"it could be {one} or {other}: the order of day and month is unclear")
    return orders.pop()


def _month_named(word: str) -> str:
    number = _month_words().get(word)
    if number is None:
        raise _Refusal(f"“{word}” is not the name of a month")
    return str(number)


def _date(year: str, month: str | None = None, day: str | None = None) -> PartialDate:
    if month is not None and not 1 <= int(month) <= 12:
        raise _Refusal(f"there is no month {int(month)}")
    try:
        return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
    except DateError as exc:
        raise _Refusal(str(exc)) from None


def _refused(text: str, end: bool, reason: str) -> DateError:
    quoted = text if len(text) <= _LONGEST_QUOTE else text[: _LONGEST_QUOTE - 1] + "…"
    accepted = _ACCEPTED + (", or “present” while it goes on" if end else "")
    because = f" ({reason})" if reason else ""
    return DateError(f"“{quoted}” is not a date{because}: {accepted}")
