"""What is due: follow-ups, action items, application next steps and milestones, in one list.

The start page, the What's due view, the status bar's count and `resume-builder due` all
show this list; each entry names the record that opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.applications import next_step_due
from resume_builder.services.conversations import as_day, due_items, last_day
from resume_builder.services.plan import DONE, milestone_progress, plan_start

#: how far ahead the list looks unless told otherwise
DEFAULT_DUE_DAYS = 14

#: the kinds of entry, in the order a tie on the day lists them
KINDS = ("follow_up", "action", "next_step", "milestone")


@dataclass(frozen=True)
class Due:
    """One thing due: what, by when, and the record that opens it."""

    kind: str  # one of KINDS
    due: PartialDate
    text: str
    #: where it comes from: the meeting's title, the application's name
    context: str
    #: the record to open: "meeting", "action_item", "target" or "milestone", and its id
    record_kind: str
    record_id: str
    overdue: bool

    def days_left(self, today: date) -> int:
        """Days until it falls due (negative once overdue), counted to its last day."""
        return ((last_day(self.due) or today) - today).days


def due_list(
    snapshot: CareerSnapshot, today: date | None = None, within_days: int | None = DEFAULT_DUE_DAYS
) -> list[Due]:
    """Everything open with a date up to `within_days` days ahead (None: any date), overdue
    ones first, then soonest first.

    A vague date (a month, a year) is listed once its first day is within `within_days`, is
    overdue only after its last day, and takes its place in the list by that last day.
    """
    today = today or date.today()
    meetings = {m.id: m for m in snapshot.meetings}
    found: list[Due] = []
    for item in due_items(snapshot.meetings, snapshot.action_items, today):
        meeting = meetings.get(item.meeting_id)
        context = meeting.title if meeting is not None else ""
        if item.kind == "action":
            found.append(
                Due(
                    "action",
                    item.due,
                    item.text,
                    context,
                    "action_item",
                    item.action_id or "",
                    item.overdue,
                )
            )
        else:
            found.append(
                Due(
                    "follow_up",
                    item.due,
                    item.text,
                    context,
                    "meeting",
                    item.meeting_id,
                    item.overdue,
                )
            )
    for target in snapshot.targets:
        when = next_step_due(target)
        if when is None:
            continue
        text = target.next_step.strip() or target.label()
        found.append(
            Due(
                "next_step",
                when,
                text,
                target.label(),
                "target",
                target.id,
                (last_day(when) or today) < today,
            )
        )
    start = plan_start(snapshot.plan, today)
    for milestone in snapshot.milestones:
        if milestone.due is None:
            continue
        progress = milestone_progress(milestone, snapshot, today, start)
        if progress.state == DONE:
            continue
        found.append(
            Due(
                "milestone",
                milestone.due,
                milestone.title,
                "",
                "milestone",
                milestone.id,
                (last_day(milestone.due) or today) < today,
            )
        )
    if within_days is not None:
        horizon = today + timedelta(days=within_days)
        found = [d for d in found if d.overdue or (as_day(d.due) or today) <= horizon]
    # By the last day a date may mean, the day its "in N days" counts to: "April" follows
    # "10 April" (and a definite 30 April), as the days left shown beside them say.
    return sorted(
        found, key=lambda d: (not d.overdue, d.due.upper_key(), KINDS.index(d.kind), d.text)
    )


def due_counts(entries: list[Due]) -> tuple[int, int]:
    """(everything listed, how many of them are overdue), for the status bar."""
    return len(entries), sum(1 for d in entries if d.overdue)
