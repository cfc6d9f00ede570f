"""RFC 5545 calendar files from plain entries: events and to-dos, folded and escaped.

Text goes through the documents' `clean_text` first (no control characters, no lone
surrogates), then is escaped as RFC 5545 TEXT. Times are written in UTC ("Z"), so the file
needs no VTIMEZONE; all-day entries are floating dates, the same day wherever it is read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from resume_builder.export.text import clean_text

PRODID = "-//Resume Builder//Job search calendar//EN"
FOLD_OCTETS = 75


@dataclass(frozen=True)
class CalendarEntry:
    """One event or to-do. `start` is a date (all-day) or an aware datetime.

    For a to-do `start` is when it is due. `stamp` (DTSTAMP) should come from the record's
    last change, so an unchanged record is written with the same bytes each time.
    """

    uid: str
    summary: str
    start: dt.date | dt.datetime
    stamp: dt.datetime
    description: str = ""
    categories: tuple[str, ...] = ()
    all_day: bool = True
    duration: dt.timedelta = dt.timedelta(hours=1)
    as_todo: bool = False
    location: str = ""
    #: a to-do's STATUS (NEEDS-ACTION, COMPLETED...) or an event's (CONFIRMED...); empty: none
    status: str = ""
    #: when a to-do was done (COMPLETED); it must be aware
    completed: dt.datetime | None = None


def escape_text(value: str, *, keep_newlines: bool = True) -> str:
    """A TEXT value, cleaned (see `clean_text`), with backslash, semicolon, comma and
    newlines escaped; without `keep_newlines` line breaks become spaces.
    """
    value = clean_text(value, keep_newlines=keep_newlines)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """A content line folded at 75 octets, never inside a UTF-8 character, CRLF-ended."""
    out: list[bytes] = []
    current = b""
    limit = FOLD_OCTETS
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current)
            current = b" "
            limit = FOLD_OCTETS
        current += encoded
    out.append(current)
    return b"\r\n".join(out) + b"\r\n"


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("calendar times must be time-zone aware")
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _entry_lines(entry: CalendarEntry) -> list[str]:
    component = "VTODO" if entry.as_todo else "VEVENT"
    lines = [f"BEGIN:{component}", f"UID:{entry.uid}", f"DTSTAMP:{_utc(entry.stamp)}"]
    lines.append(f"SUMMARY:{escape_text(entry.summary, keep_newlines=False)}")
    if entry.description:
        lines.append(f"DESCRIPTION:{escape_text(entry.description)}")
    if entry.location:
        lines.append(f"LOCATION:{escape_text(entry.location, keep_newlines=False)}")
    if entry.categories:
        categories = (escape_text(c, keep_newlines=False) for c in entry.categories)
        lines.append("CATEGORIES:" + ",".join(categories))
    if entry.status:
        lines.append(f"STATUS:{entry.status}")
    if entry.as_todo and entry.completed is not None:
        lines.append(f"COMPLETED:{_utc(entry.completed)}")
    start = entry.start
    timed = isinstance(start, dt.datetime) and not entry.all_day
    if entry.as_todo:
        if timed:
            lines.append(f"DUE:{_utc(start)}")
        else:
            lines.append(f"DUE;VALUE=DATE:{_day(_as_date(start))}")
    elif timed:
        lines.append(f"DTSTART:{_utc(start)}")
        lines.append(f"DTEND:{_utc(start + entry.duration)}")
    else:
        day = _as_date(start)
        lines.append(f"DTSTART;VALUE=DATE:{_day(day)}")
        lines.append(f"DTEND;VALUE=DATE:{_day(day + dt.timedelta(days=1))}")
    lines.append(f"END:{component}")
    return lines


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def render_calendar(entries: list[CalendarEntry] | tuple[CalendarEntry, ...]) -> bytes:
    """The whole VCALENDAR as bytes, ready to write."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for entry in entries:
        lines.extend(_entry_lines(entry))
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)
