"""The job search as a calendar file: meetings, follow-ups, next steps, milestones, actions.

What goes in, so that importing the file into the user's own calendar is useful and safe to
repeat:

- Meetings with a whole date, from `PAST_DAYS` days ago up to the horizon: a meeting with a
  time ("HH:MM") is a one-hour event at that time in the machine's time zone (written in
  UTC); one without a time is an all-day event. A meeting dated only to the month is left
  out: no calendar can place it.
- Everything `services.due.due_list` lists (open follow-ups, action items, application next
  steps and milestones; overdue ones whatever their age, since they are still open): each is
  an all-day entry on the day it falls due; one due "2026-06" is due by 30 June.
- By default these are events, which every calendar shows (many, Google Calendar among them,
  drop to-dos on import). With `as_todos` they are to-dos (VTODO) instead, for task lists, and an
  action item or milestone done lately (due within `PAST_DAYS` days ago or later) is written
  as COMPLETED, so importing again ticks it off.

Each entry's UID is made from the record's kind, its id and which of its dates it is (a
meeting is both a meeting and a follow-up), never from the date itself: a second export
updates the entries of the first instead of adding copies. DTSTAMP is the record's last
change, and nothing depends on today but which entries are in, so exporting unchanged data
twice gives the same bytes. A calendar keeps what an earlier import put there: an entry left
out of a later file (done, deleted) stays until it is deleted in the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import ActionItem, Meeting, Milestone, Record, Target
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.ics import CalendarEntry, render_calendar
from resume_builder.services.conversations import as_day, last_day
from resume_builder.services.due import Due, due_list
from resume_builder.services.plan import DONE, milestone_progress, plan_start
from resume_builder.storage.atomic import atomic_write_bytes

#: meetings held up to this many days ago are still written (to check what was said when)
PAST_DAYS = 30

#: how long a meeting with a start time is shown; meetings keep no end time
MEETING_LENGTH = dt.timedelta(hours=1)

#: every UID ends with this, so they never collide with another program's
UID_DOMAIN = "resume-builder"

#: the category every entry carries, so the user can find (or hide) them in their calendar
CATEGORY = "Job search"

#: the stamp of a record whose own stamps cannot be read: fixed, so the bytes stay the same
_FALLBACK_STAMP = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

#: which of a record's dates an entry is, as its UID and its category name it
_ROLES = {
    "follow_up": ("follow-up", "Follow-up"),
    "action": ("action-item", "Action item"),
    "next_step": ("next-step", "Next step"),
    "milestone": ("milestone", "Milestone"),
}


class CalendarError(Exception):
    """The calendar file could not be written; the message is one sentence saying why."""


def entry_uid(role: str, record_id: str, *, as_todo: bool = False) -> str:
    """The UID of a record's entry: the same on every export, whatever its date becomes.

    A to-do gets its own UID: an event and a to-do may not share one in a calendar.
    """
    return f"{role}-{record_id}{'-todo' if as_todo else ''}@{UID_DOMAIN}"


def calendar_entries(
    snapshot: CareerSnapshot,
    today: dt.date | None = None,
    within_days: int | None = None,
    *,
    zone: dt.tzinfo | None = None,
    as_todos: bool = False,
) -> list[CalendarEntry]:
    """The calendar's entries (see the module's rules), soonest first.

    Args:
        snapshot: the career record.
        today: the day the export is made (default: the current date).
        within_days: how many days ahead to look; None: every date ahead.
        zone: the time zone meeting times are in (default: the machine's).
        as_todos: write what is due as to-dos rather than all-day events.

    """
    today = today or dt.date.today()
    horizon = None if within_days is None else today + dt.timedelta(days=within_days)
    entries = list(_meeting_entries(snapshot, today, horizon, zone))
    entries.extend(_due_entries(snapshot, today, within_days, as_todos))
    if as_todos:
        entries.extend(_done_entries(snapshot, today, horizon))
    return sorted(entries, key=lambda e: (_sort_day(e.start), e.start.isoformat(), e.uid))


def write_calendar(
    path: Path,
    snapshot: CareerSnapshot,
    today: dt.date | None = None,
    within_days: int | None = None,
    *,
    zone: dt.tzinfo | None = None,
    as_todos: bool = False,
) -> int:
    """Writes the calendar file whole (or leaves what was there); returns how many entries.

    Raises:
        CalendarError: the folder does not exist, cannot be written, or the path is a folder.

    """
    path = Path(path)
    entries = calendar_entries(snapshot, today, within_days, zone=zone, as_todos=as_todos)
    data = render_calendar(entries)
    try:
        if path.is_dir():
            raise CalendarError(
                f"{path} is a folder; give the calendar file's name, e.g. job-search.ics"
            )
        if not path.parent.is_dir():
            raise CalendarError(f"cannot write {path}: the folder {path.parent} does not exist")
        atomic_write_bytes(path, data)
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise CalendarError(f"cannot write {path}: {reason}") from None
    return len(entries)


# --------------------------------------------------------------------------- the entries
def _meeting_entries(
    snapshot: CareerSnapshot, today: dt.date, horizon: dt.date | None, zone: dt.tzinfo | None
) -> Iterable[CalendarEntry]:
    people = {p.id: p for p in snapshot.people}
    targets = {t.id: t for t in snapshot.targets}
    earliest = today - dt.timedelta(days=PAST_DAYS)
    for meeting in snapshot.meetings:
        if meeting.date is None or meeting.date.day is None:
            continue
        day = as_day(meeting.date)
        if day is None or day < earliest or (horizon is not None and day > horizon):
            continue
        start: dt.date | dt.datetime = day
        if meeting.time:
            start = _local_time(day, meeting.time, zone)
        yield CalendarEntry(
            uid=entry_uid("meeting", meeting.id),
            summary=meeting.title.strip() or _words(meeting.kind).capitalize() or "Meeting",
            start=start,
            stamp=_stamp(meeting),
            description=_meeting_description(meeting, people, targets),
            categories=(CATEGORY, "Meeting"),
            all_day=not isinstance(start, dt.datetime),
            duration=MEETING_LENGTH,
        )


def _local_time(day: dt.date, time: str, zone: dt.tzinfo | None) -> dt.datetime:
    hours, minutes = (int(part) for part in time.split(":"))
    naive = dt.datetime.combine(day, dt.time(hours, minutes))
    # astimezone() on a naive time reads it as the machine's local time, DST included.
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


def _meeting_description(meeting: Meeting, people: dict, targets: dict[str, Target]) -> str:
    lines = [_words(meeting.kind).capitalize()] if meeting.kind else []
    names = [people[i].name for i in meeting.person_ids if i in people and people[i].name]
    if names:
        lines.append("With: " + ", ".join(names))
    target = targets.get(meeting.target_id or "")
    if target is not None:
        lines.append(f"About: {target.label()}")
    if meeting.agenda.strip():
        lines.extend(["", "Agenda:", meeting.agenda.strip()])
    return "\n".join(lines)


def _due_entries(
    snapshot: CareerSnapshot, today: dt.date, within_days: int | None, as_todos: bool
) -> Iterable[CalendarEntry]:
    records = _records_by_id(snapshot)
    for due in due_list(snapshot, today, within_days):
        role, category = _ROLES[due.kind]
        record = records.get(due.record_id)
        yield CalendarEntry(
            uid=entry_uid(role, due.record_id, as_todo=as_todos),
            summary=_due_summary(due),
            start=last_day(due.due) or today,
            stamp=_stamp(record),
            description=_due_description(due, record),
            categories=(CATEGORY, category),
            as_todo=as_todos,
            status="NEEDS-ACTION" if as_todos else "",
        )


def _done_entries(
    snapshot: CareerSnapshot, today: dt.date, horizon: dt.date | None
) -> Iterable[CalendarEntry]:
    """Action items and milestones done whose due day is recent or ahead, as done to-dos."""
    earliest = today - dt.timedelta(days=PAST_DAYS)

    def in_window(due: PartialDate | None) -> dt.date | None:
        day = last_day(due)
        if day is None or day < earliest or (horizon is not None and day > horizon):
            return None
        return day

    meetings = {m.id: m for m in snapshot.meetings}
    for item in snapshot.action_items:
        day = in_window(item.due)
        if not item.done or day is None:
            continue
        meeting = meetings.get(item.meeting_id)
        source = f"From: {meeting.title}" if meeting is not None and meeting.title else ""
        yield _done_entry("action-item", "Action item", item, item.text, day, source)
    start = plan_start(snapshot.plan, today)
    for milestone in snapshot.milestones:
        day = in_window(milestone.due)
        if day is None:
            continue
        if milestone_progress(milestone, snapshot, today, start).state != DONE:
            continue
        summary = f"Milestone: {milestone.title}"
        yield _done_entry("milestone", "Milestone", milestone, summary, day, milestone.notes)


def _done_entry(
    role: str,
    category: str,
    record: ActionItem | Milestone,
    summary: str,
    day: dt.date,
    description: str,
) -> CalendarEntry:
    stamp = _stamp(record)
    done_day = as_day(record.done_on)
    # The day it was done, when the user gave one; else the record's last change.
    completed = stamp if done_day is None else dt.datetime.combine(done_day, dt.time(12), dt.UTC)
    return CalendarEntry(
        uid=entry_uid(role, record.id, as_todo=True),
        summary=summary,
        start=day,
        stamp=stamp,
        description=description.strip(),
        categories=(CATEGORY, category),
        as_todo=True,
        status="COMPLETED",
        completed=completed,
    )


def _due_summary(due: Due) -> str:
    if due.kind == "follow_up":
        return f"Follow up: {due.text or 'a meeting'}"
    if due.kind == "milestone":
        return f"Milestone: {due.text}"
    if due.kind == "next_step" and due.text != due.context:
        return f"{due.text} ({due.context})"
    return due.text


def _due_description(due: Due, record: Record | None) -> str:
    lines = []
    if due.kind == "action" and due.context:
        lines.append(f"From: {due.context}")
    elif due.kind == "follow_up":
        lines.append("Book the follow-up meeting")
    elif due.kind == "next_step":
        lines.append(f"Application: {due.context}")
        if isinstance(record, Target) and record.status:
            lines.append(f"Status: {_words(record.status)}")
    elif isinstance(record, Milestone) and record.notes.strip():
        lines.append(record.notes.strip())
    return "\n".join(lines)


# --------------------------------------------------------------------------- helpers
def _records_by_id(snapshot: CareerSnapshot) -> dict[str, Record]:
    records: dict[str, Record] = {}
    for group in (snapshot.meetings, snapshot.action_items, snapshot.targets, snapshot.milestones):
        records.update((r.id, r) for r in group)
    return records


def _stamp(record: Record | None) -> dt.datetime:
    """When the record last changed (its `updated`, else `created`), in UTC."""
    for name in ("updated", "created"):
        text = getattr(record, name, "")
        try:
            moment = dt.datetime.fromisoformat(text)
        except (TypeError, ValueError):
            continue
        return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    return _FALLBACK_STAMP


def _sort_day(start: dt.date | dt.datetime) -> dt.date:
    return start.date() if isinstance(start, dt.datetime) else start


def _words(key: str) -> str:
    return key.replace("_", " ")
