"""Rules over people, meetings and action items: last contact, who has gone quiet, what is due.

The window and the command line both ask these functions; neither works any of it out itself.
Dates are PartialDates; a meeting known only to the month counts from the month's first day
for "last contact" and its last day for "overdue", so a vague date never makes a false alarm.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import RELATIONSHIPS, ActionItem, Meeting, Person, Record

R = TypeVar("R", bound=Record)

#: people not contacted for this many days stand out, unless the user chose another number
DEFAULT_STALE_DAYS = 90


def _day(value: PartialDate, *, latest: bool = False) -> date:
    """The calendar day a partial date stands for: its first day, or with `latest` its last."""
    month = value.month or (12 if latest else 1)
    if value.day is not None:
        return date(value.year, month, value.day)
    if not latest:
        return date(value.year, month, 1)
    if month == 12:
        return date(value.year, 12, 31)
    return date(value.year, month + 1, 1) - timedelta(days=1)


def as_day(value: PartialDate | None) -> date | None:
    """The first calendar day of a partial date (None stays None)."""
    return None if value is None else _day(value)


def last_day(value: PartialDate | None) -> date | None:
    """The last calendar day a partial date may mean (None stays None): "2026-06" is 30 June."""
    return None if value is None else _day(value, latest=True)


def meetings_with(person_id: str, meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings that name the person, newest first (undated ones last)."""
    named = [m for m in meetings if person_id in m.person_ids]
    return sorted(named, key=_meeting_order)


def _meeting_order(meeting: Meeting) -> tuple:
    if meeting.date is None:
        return (1, (0, 0, 0), "")
    return (0, tuple(-x for x in meeting.date.sort_key()), _negated_time(meeting.time))


def _negated_time(time: str) -> str:
    # "14:30" sorts after "09:00"; newest first wants the reverse, so each digit is flipped.
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in time)


def last_contact(
    person: Person, meetings: Iterable[Meeting], today: date | None = None
) -> PartialDate | None:
    """The later of the date set by hand and the newest meeting with the person so far.

    A meeting planned for later is not a contact yet; `today` defaults to the current date.
    """
    today = today or date.today()
    best = person.last_contact
    for meeting in meetings:
        if person.id not in meeting.person_ids or meeting.date is None:
            continue
        if _day(meeting.date) > today:
            continue
        if best is None or meeting.date.sort_key() > best.sort_key():
            best = meeting.date
    return best


def days_since_contact(
    person: Person, meetings: Iterable[Meeting], today: date | None = None
) -> int | None:
    """Whole days since the last contact; None when there has been none on record.

    A vague contact counts from its last day, but never from after today: "June" seen on
    15 June is 0 days ago, not -15.
    """
    today = today or date.today()
    last = last_contact(person, meetings, today)
    return None if last is None else max(0, (today - _day(last, latest=True)).days)


def is_stale(
    person: Person,
    meetings: Iterable[Meeting],
    stale_days: int = DEFAULT_STALE_DAYS,
    today: date | None = None,
) -> bool:
    """True when the person was last contacted more than `stale_days` ago, or never."""
    days = days_since_contact(person, meetings, today)
    return days is None or days > stale_days


def items_of_meeting(meeting_id: str, items: Iterable[ActionItem]) -> list[ActionItem]:
    """The meeting's action items in their order."""
    return sorted((i for i in items if i.meeting_id == meeting_id), key=lambda i: i.position)


def items_of_person(
    person_id: str, meetings: Iterable[Meeting], items: Iterable[ActionItem]
) -> list[ActionItem]:
    """The action items agreed in meetings with the person, soonest due first."""
    meeting_ids = {m.id for m in meetings if person_id in m.person_ids}
    return sorted((i for i in items if i.meeting_id in meeting_ids), key=_due_order)


def _due_order(item: ActionItem) -> tuple:
    return (item.due is None, item.due.sort_key() if item.due else (0, 0, 0), item.position)


def is_overdue(item: ActionItem, today: date | None = None) -> bool:
    """Not done, and its due date (its last day, when vague) has passed."""
    today = today or date.today()
    return not item.done and item.due is not None and _day(item.due, latest=True) < today


@dataclass(frozen=True)
class DueItem:
    """One thing to do: an action item or a meeting's follow-up, with when it falls due."""

    kind: str  # "action" or "follow_up"
    due: PartialDate
    text: str
    meeting_id: str
    action_id: str | None
    overdue: bool


def due_items(
    meetings: Iterable[Meeting],
    items: Iterable[ActionItem],
    today: date | None = None,
    within_days: int | None = None,
) -> list[DueItem]:
    """Open action items and follow-ups with a date, overdue first, then soonest first.

    A follow-up counts until a meeting that follows the meeting up exists. `within_days`
    leaves out what falls due later than that many days from today.
    """
    today = today or date.today()
    meetings = list(meetings)
    followed = {m.follows_id for m in meetings if m.follows_id}
    found: list[DueItem] = []
    for item in items:
        if item.done or item.due is None:
            continue
        found.append(
            DueItem(
                "action", item.due, item.text, item.meeting_id, item.id, is_overdue(item, today)
            )
        )
    for meeting in meetings:
        if meeting.follow_up is None or meeting.id in followed:
            continue
        overdue = _day(meeting.follow_up, latest=True) < today
        found.append(
            DueItem("follow_up", meeting.follow_up, meeting.title, meeting.id, None, overdue)
        )
    if within_days is not None:
        horizon = today + timedelta(days=within_days)
        found = [d for d in found if _day(d.due) <= horizon]
    return sorted(found, key=lambda d: (not d.overdue, d.due.sort_key(), d.kind, d.text))


# --------------------------------------------------------------------------- for listings
@dataclass(frozen=True)
class Contact:
    """A person with their last contact (see `last_contact`) and the days since it."""

    person: Person
    last_contact: PartialDate | None
    days_since: int | None


def people_by_last_contact(
    people: Iterable[Person], meetings: Iterable[Meeting], today: date | None = None
) -> list[Contact]:
    """Everyone with their last contact, the most recent first; never contacted last (each
    group by name).
    """
    today = today or date.today()
    meetings = list(meetings)
    found = []
    for person in people:
        last = last_contact(person, meetings, today)
        days = None if last is None else days_since_contact(person, meetings, today)
        found.append(Contact(person, last, days))

    def order(contact: Contact) -> tuple:
        name = contact.person.name.strip().casefold()
        if contact.last_contact is None:
            return (1, (0, 0, 0), name)
        return (0, tuple(-x for x in contact.last_contact.sort_key()), name)

    return sorted(found, key=order)


def meetings_newest_first(meetings: Iterable[Meeting]) -> list[Meeting]:
    """Meetings newest first (by date, then time); undated ones last, as they were kept."""
    return sorted(meetings, key=_meeting_order)


def follow_ups_of(meeting_id: str, meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings that follow this one up (their `follows_id` names it), newest first
    (undated ones last); none for an empty id.
    """
    if not meeting_id:
        return []
    return meetings_newest_first(m for m in meetings if m.follows_id == meeting_id)


def open_items(meeting_id: str, items: Iterable[ActionItem]) -> list[ActionItem]:
    """The meeting's action items not done yet, in their order."""
    return [i for i in items_of_meeting(meeting_id, items) if not i.done]


def relationship_from_text(text: str) -> str:
    """A relationship as a person types it: one of RELATIONSHIPS when it names one ("Senior
    leader", "senior-leader"), else their own words, trimmed.
    """
    words = " ".join(text.split())
    key = words.casefold().replace("-", "_").replace(" ", "_")
    return key if key in RELATIONSHIPS else words


#: an id given by its start must have at least this many characters
MIN_ID_PREFIX = 6


class UnknownRecord(ValueError):
    """No record, or more than one, answers to the id given; the message says which."""


def find_by_id(records: Iterable[R], wanted: str, what: str) -> R:
    """The record with this id, or the only one whose id starts with it (six characters at
    least, so that a short guess never picks a record by chance).

    Args:
        records: where to look.
        wanted: the id or its start, as the user gave it.
        what: the kind of record, for the messages ("person", "meeting").

    Raises:
        UnknownRecord: nothing, or more than one record, answers to `wanted`.

    """
    records = list(records)
    wanted = wanted.strip()
    if not wanted:
        raise UnknownRecord(f"give the {what}'s id")
    for record in records:
        if record.id == wanted:
            return record
    if len(wanted) < MIN_ID_PREFIX:
        raise UnknownRecord(
            f"no {what} has the id “{wanted}”; give the whole id or at least "
            f"{MIN_ID_PREFIX} of its first characters"
        )
    found = [r for r in records if r.id.casefold().startswith(wanted.casefold())]
    if len(found) > 1:
        raise UnknownRecord(f"more than one {what} has an id starting “{wanted}”; give more of it")
    if not found:
        raise UnknownRecord(f"no {what} has an id starting “{wanted}”")
    return found[0]
