"""Rules of the Meetings view and the career-conversation planner.

What the window would otherwise decide for itself lives here, so the window, the command line
and the documents agree: which accomplishments are offered as talking points, who "the
manager" of a meeting is, which earlier meetings a meeting may follow up, how an action item
is added, moved and marked done, and how far the actions of a followed-up meeting have come.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Record,
)
from resume_builder.domain.people import CAREER_CONVERSATION
from resume_builder.services.conversations import as_day, is_overdue, items_of_meeting

#: how far back the talking points reach, in months
TALKING_POINT_MONTHS = 12
#: how many talking points are offered
TALKING_POINT_LIMIT = 8
#: the number of actions a career conversation should end with, at most ("two or three")
ADVISED_ACTIONS = 3

DONE, OVERDUE, OPEN = "done", "overdue", "open"


def _months_back(today: date, months: int) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    day = min(today.day, _last_day(year, month))
    return date(year, month, day)


def _last_day(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def talking_points(
    accomplishments: Iterable[Accomplishment],
    today: date | None = None,
    months: int = TALKING_POINT_MONTHS,
    limit: int | None = TALKING_POINT_LIMIT,
) -> list[Accomplishment]:
    """The last `months` months' accomplishments with the most impact, newest first among equals.

    An accomplishment counts from the first day its date may mean, so one dated only "2025"
    is in the window of June 2026 only if 2025's first day is; undated ones and ones dated
    after `today` are not offered (they cannot be told as done).
    """
    today = today or date.today()
    since = _months_back(today, months)
    recent = [
        a
        for a in accomplishments
        if a.date is not None and since <= as_day(a.date) <= today and a.headline.strip()
    ]
    recent.sort(key=lambda a: (-a.impact, tuple(-x for x in a.date.sort_key()), a.headline))
    return recent if limit is None else recent[:limit]


def offered_talking_points(
    meeting: Meeting,
    accomplishments: Iterable[Accomplishment],
    today: date | None = None,
) -> list[Accomplishment]:
    """What the planner lists: the suggestions (see talking_points_day for the twelve months),
    then any picked one no longer suggested.

    A point picked months ago stays listed (it may be unpicked); a deleted one is gone.
    """
    accomplishments = list(accomplishments)
    offered = talking_points(accomplishments, talking_points_day(meeting, today))
    shown = {a.id for a in offered}
    by_id = {a.id: a for a in accomplishments}
    for picked in meeting.talking_point_ids:
        if picked not in shown and picked in by_id:
            offered.append(by_id[picked])
            shown.add(picked)
    return offered


def talking_points_day(meeting: Meeting, today: date | None = None) -> date:
    """The day the talking points reach back from: the meeting's, once it has taken place.

    A meeting still to come is prepared with everything up to today; one in the past offered
    what was there to tell then, so reopening it months later shows the same suggestions.
    """
    today = today or date.today()
    held = as_day(meeting.date)
    return held if held is not None and held < today else today


def talking_points_window(meeting: Meeting, today: date | None = None) -> tuple[date, date]:
    """The first and last day whose accomplishments the planner suggests as talking points:
    the twelve months before the meeting once held, before today while it is to come.
    """
    until = talking_points_day(meeting, today)
    return _months_back(until, TALKING_POINT_MONTHS), until


def older_picked_points(
    meeting: Meeting,
    accomplishments: Iterable[Accomplishment],
    today: date | None = None,
) -> list[Accomplishment]:
    """The talking points picked that the window no longer suggests (older or undated ones,
    or ones past the suggestion limit); offered_talking_points lists them after the rest.
    """
    accomplishments = list(accomplishments)
    suggested = {a.id for a in talking_points(accomplishments, talking_points_day(meeting, today))}
    by_id = {a.id: a for a in accomplishments}
    return [
        by_id[i]
        for i in dict.fromkeys(meeting.talking_point_ids)
        if i in by_id and i not in suggested
    ]


def toggle_talking_point(meeting: Meeting, accomplishment_id: str, picked: bool) -> list[str]:
    """The meeting's talking points after picking (appended: told last) or unpicking one."""
    ids = [i for i in meeting.talking_point_ids if i != accomplishment_id]
    if picked:
        ids.append(accomplishment_id)
    return ids


def people_of(meeting: Meeting, people: Iterable[Person]) -> list[Person]:
    """The meeting's people that still exist, in the meeting's order."""
    by_id = {p.id: p for p in people}
    return [by_id[i] for i in meeting.person_ids if i in by_id]


def manager_of(meeting: Meeting, people: Iterable[Person]) -> Person | None:
    """Whom the career conversation is with: its first manager, else its first person."""
    met = people_of(meeting, people)
    managers = [p for p in met if p.relationship.strip().casefold() == "manager"]
    if managers:
        return managers[0]
    return met[0] if met else None


def first_name(person: Person | None) -> str:
    """The name an e-mail greets a person by: the first word of the name ("" when unknown)."""
    if person is None or not person.name.strip():
        return ""
    return person.name.split()[0]


def meeting_order(meeting: Meeting) -> tuple:
    """A sort key putting meetings newest first (by date, then time); undated ones last."""
    if meeting.date is None:
        return (1, (0, 0, 0), "", meeting.title)
    flipped = "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in meeting.time)
    return (0, tuple(-x for x in meeting.date.sort_key()), flipped, meeting.title)


def earlier_meetings(meeting: Meeting, meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings this one may follow up: others dated no later than it, newest first.

    Without a date of its own, any other dated meeting may be the earlier one. A meeting that
    already follows this one up (directly or further down) is left out, so the chain has no loop.
    """
    meetings = list(meetings)
    after_this = _followers(meeting.id, meetings)
    found = []
    for other in meetings:
        if other.id == meeting.id or other.id in after_this or other.date is None:
            continue
        if meeting.date is not None and other.date.sort_key() > meeting.date.upper_key():
            continue
        found.append(other)
    return sorted(found, key=meeting_order)


def _followers(meeting_id: str, meetings: list[Meeting]) -> set[str]:
    found: set[str] = set()
    frontier = {meeting_id}
    while frontier:
        frontier = {m.id for m in meetings if m.follows_id in frontier and m.id not in found}
        found |= frontier
    return found


def open_action_count(meeting_id: str, items: Iterable[ActionItem]) -> int:
    """How many of the meeting's action items are not done."""
    return sum(1 for i in items if i.meeting_id == meeting_id and not i.done)


def too_many_actions(count: int) -> bool:
    """True when a career conversation has more actions than can be visibly delivered."""
    return count > ADVISED_ACTIONS


def new_action_item(meeting_id: str, items: Iterable[ActionItem], text: str = "") -> ActionItem:
    """A new action item placed after the meeting's others."""
    positions = [i.position for i in items if i.meeting_id == meeting_id]
    return ActionItem(meeting_id=meeting_id, text=text, position=max(positions, default=-1) + 1)


def marked_done(item: ActionItem, done: bool, today: date | None = None) -> ActionItem:
    """The item done (on `today`, unless it already has a day) or open again (no day)."""
    if done == item.done:
        return item
    if not done:
        return replace(item, done=False, done_on=None)
    today = today or date.today()
    done_on = item.done_on or PartialDate(today.year, today.month, today.day)
    return replace(item, done=True, done_on=done_on)


@dataclass(frozen=True)
class Change:
    """Records before and after an edit, for one undo step."""

    before: list[Record]
    after: list[Record]


def moved_item(item: ActionItem, items: Iterable[ActionItem], step: int) -> Change:
    """Swaps the item with its neighbour `step` places away (-1 up, +1 down) in its meeting.

    Positions are renumbered 0, 1, 2... on the way, so gaps or ties left by deletes or imports
    never stop a move. Nothing changes at either end.
    """
    ordered = items_of_meeting(item.meeting_id, items)
    ids = [i.id for i in ordered]
    if item.id not in ids:
        return Change([], [])
    row = ids.index(item.id)
    other = row + step
    if not 0 <= other < len(ordered):
        return Change([], [])
    ordered[row], ordered[other] = ordered[other], ordered[row]
    before = [i for n, i in enumerate(ordered) if i.position != n]
    return Change(
        before, [replace(i, position=n) for n, i in enumerate(ordered) if i.position != n]
    )


def follow_up_meeting(meeting: Meeting, title: str) -> Meeting:
    """The career conversation that follows `meeting` up: on its follow-up date, same people
    and target, and `follows_id` naming it, so it reviews its actions.
    """
    return Meeting(
        title=title,
        kind=CAREER_CONVERSATION,
        date=meeting.follow_up,
        person_ids=list(meeting.person_ids),
        target_id=meeting.target_id,
        follows_id=meeting.id,
        aim_level=meeting.aim_level,
        open_conversation=meeting.open_conversation,
    )


def proofs_of(item: ActionItem, accomplishments: Iterable[Accomplishment]) -> list[Accomplishment]:
    """The accomplishments that prove an action, in the order linked; deleted ones skipped."""
    by_id = {a.id: a for a in accomplishments}
    return [by_id[i] for i in item.proof_ids if i in by_id]


@dataclass(frozen=True)
class ActionProgress:
    """How far one action of an earlier meeting has come, with what proves it."""

    item: ActionItem
    #: DONE, OVERDUE or OPEN
    state: str
    proofs: tuple[Accomplishment, ...]


def action_state(item: ActionItem, today: date | None = None) -> str:
    """DONE, OVERDUE (not done and past its due date) or OPEN."""
    if item.done:
        return DONE
    return OVERDUE if is_overdue(item, today) else OPEN


def follow_up_progress(
    meeting: Meeting,
    meetings: Iterable[Meeting],
    items: Iterable[ActionItem],
    accomplishments: Iterable[Accomplishment],
    today: date | None = None,
) -> list[ActionProgress]:
    """At a follow-up: every action of the meeting it follows up, with its state and proofs.

    Empty when the meeting follows none up, or the earlier meeting is gone.
    """
    if not meeting.follows_id or not any(m.id == meeting.follows_id for m in meetings):
        return []
    accomplishments = list(accomplishments)
    return [
        ActionProgress(item, action_state(item, today), tuple(proofs_of(item, accomplishments)))
        for item in items_of_meeting(meeting.follows_id, items)
    ]


def proof_candidates(accomplishments: Iterable[Accomplishment]) -> list[Accomplishment]:
    """The accomplishments a proof picker lists: newest first, undated last."""
    return sorted(
        accomplishments,
        key=lambda a: (a.date is None, tuple(-x for x in a.date.sort_key()) if a.date else ()),
    )


def ordered_people(people: Sequence[Person]) -> list[Person]:
    """People as a picker lists them: by name, ignoring case."""
    return sorted(people, key=lambda p: (p.name.casefold(), p.id))
