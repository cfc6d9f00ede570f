"""The career plan: what each milestone's measure counts, and whether the pace makes the date.

A measure is counted from the career record as it stands; the pace compares the count with
a straight line from nothing on the day the plan started to the goal on the milestone's due
day. Every rule the plan page and `resume-builder plan show` use is here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    CareerPlan,
    Meeting,
    Milestone,
    Person,
    Role,
    Target,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.applications import ever_applied
from resume_builder.services.conversations import as_day, last_day

#: the states of a milestone, as the plan page and the command line name them
DONE, ON_TRACK, BEHIND, OVERDUE, OPEN = "done", "on_track", "behind", "overdue", "open"


def has_star(accomplishment: Accomplishment) -> bool:
    """Whether the accomplishment tells its story: the situation or task, the action and the
    result are all written.
    """
    return bool(
        (accomplishment.situation.strip() or accomplishment.task.strip())
        and accomplishment.action.strip()
        and accomplishment.result.strip()
    )


@dataclass(frozen=True)
class CmdCompleteness:
    """How much of the Career Management Document is complete, role by role."""

    complete_roles: int
    roles: int
    #: the roles with no accomplishment yet, or with one whose STAR detail is missing
    incomplete: tuple[Role, ...]

    @property
    def percent(self) -> int:
        """The share of complete roles, rounded down (100 only when every role is)."""
        return 100 if not self.roles else self.complete_roles * 100 // self.roles


def cmd_completeness(
    roles: Iterable[Role], accomplishments: Iterable[Accomplishment]
) -> CmdCompleteness:
    """A role is complete when it has accomplishments and every one has STAR detail."""
    roles = list(roles)
    by_role: dict[str, list[Accomplishment]] = {}
    for accomplishment in accomplishments:
        if accomplishment.role_id:
            by_role.setdefault(accomplishment.role_id, []).append(accomplishment)
    incomplete = tuple(
        r for r in roles if not by_role.get(r.id) or not all(map(has_star, by_role[r.id]))
    )
    return CmdCompleteness(len(roles) - len(incomplete), len(roles), incomplete)


def resumes_ready(targets: Iterable[Target]) -> int:
    """Targets (not archived) with a résumé exported for them."""
    return sum(1 for t in targets if not t.archived and any(e.kind == "resume" for e in t.exports))


def recruiter_conversations(meetings: Iterable[Meeting], today: date) -> int:
    """Recruiter meetings held so far (one planned for later does not count yet)."""
    return sum(
        1
        for m in meetings
        if m.kind == "recruiter" and m.date is not None and as_day(m.date) <= today
    )


def references_lined_up(people: Iterable[Person]) -> int:
    """People who give a reference and agreed to."""
    return sum(1 for p in people if p.gives_reference and p.reference_agreed)


def applications_sent(targets: Iterable[Target]) -> int:
    """Applications ever sent (archived ones too: they were sent)."""
    return sum(1 for t in targets if ever_applied(t))


def measure_count(measure: str, snapshot: CareerSnapshot, today: date) -> int:
    """What the measure counts in the career record today (a percentage for cmd_complete)."""
    if measure == "cmd_complete":
        return cmd_completeness(snapshot.roles, snapshot.accomplishments).percent
    if measure == "resumes_ready":
        return resumes_ready(snapshot.targets)
    if measure == "recruiter_conversations":
        return recruiter_conversations(snapshot.meetings, today)
    if measure == "references":
        return references_lined_up(snapshot.people)
    if measure == "applications_sent":
        return applications_sent(snapshot.targets)
    return 0


def plan_start(plan: CareerPlan | None, today: date) -> date:
    """The day the pace is measured from: the plan's start, else the day it was made."""
    if plan is not None and plan.started is not None:
        return as_day(plan.started) or today
    if plan is not None:
        try:
            return date.fromisoformat(plan.created[:10])
        except ValueError:
            pass
    return today


@dataclass(frozen=True)
class MilestoneProgress:
    """One milestone as the plan page shows it."""

    milestone: Milestone
    #: what the measure counts now; for a milestone ticked by hand, 1 when done else 0
    count: int
    goal: int
    state: str
    #: what a steady pace would have reached by today (None without a due date or measure)
    expected: float | None
    due: date | None

    @property
    def fraction(self) -> float:
        """Progress as a share of the goal, 0 to 1."""
        if self.milestone.done:
            return 1.0
        return min(1.0, self.count / self.goal) if self.goal else 1.0

    @property
    def met(self) -> bool:
        """Done by hand, or the count reached the goal."""
        return self.state == DONE


def milestone_progress(
    milestone: Milestone, snapshot: CareerSnapshot, today: date, start: date
) -> MilestoneProgress:
    """Counts the milestone's measure and says whether the pace makes its due day.

    Met (ticked, or the count at the goal) is done; past its due day unmet is overdue;
    otherwise a counted milestone is on track when the count is at least what a straight
    line from 0 on `start` to the goal on the due day reaches today, and behind when not.
    A milestone ticked by hand and not done yet is open.
    """
    counted = bool(milestone.measure)
    goal = milestone.goal if counted else 1
    count = measure_count(milestone.measure, snapshot, today) if counted else int(milestone.done)
    due = last_day(milestone.due) if milestone.due else None
    expected = None
    if milestone.done or count >= goal:
        state = DONE
    elif due is not None and due < today:
        state = OVERDUE
    elif counted and due is not None:
        span = (due - start).days
        elapsed = (today - start).days
        expected = goal if span <= 0 else goal * max(0, min(elapsed, span)) / span
        state = ON_TRACK if count >= expected else BEHIND
    else:
        state = OPEN
    return MilestoneProgress(milestone, count, goal, state, expected, due)


@dataclass(frozen=True)
class PlanReport:
    """The plan page's figures: the deadline, the weeks left, every milestone and the pace."""

    plan: CareerPlan | None
    deadline: date | None
    days_left: int | None
    milestones: tuple[MilestoneProgress, ...]

    @property
    def weeks_left(self) -> int | None:
        """Whole weeks to the deadline (0 in its last week or after it)."""
        return None if self.days_left is None else max(0, self.days_left) // 7

    @property
    def met(self) -> int:
        """How many milestones are met."""
        return sum(1 for m in self.milestones if m.met)

    @property
    def on_pace(self) -> bool:
        """No milestone is behind or overdue, and the deadline has not passed."""
        if self.days_left is not None and self.days_left < 0:
            return False
        return not any(m.state in (BEHIND, OVERDUE) for m in self.milestones)


def milestones_in_order(milestones: Iterable[Milestone]) -> list[Milestone]:
    """Milestones soonest due first (undated last), then in the order the user set."""
    return sorted(
        milestones,
        key=lambda m: (m.due is None, m.due.sort_key() if m.due else (0, 0, 0), m.position),
    )


def plan_report(snapshot: CareerSnapshot, today: date | None = None) -> PlanReport:
    """The plan and its milestones, counted today."""
    today = today or date.today()
    plan = snapshot.plan
    start = plan_start(plan, today)
    deadline = last_day(plan.deadline) if plan is not None and plan.deadline else None
    days_left = None if deadline is None else (deadline - today).days
    progress = tuple(
        milestone_progress(m, snapshot, today, start)
        for m in milestones_in_order(snapshot.milestones)
    )
    return PlanReport(plan, deadline, days_left, progress)


def day_of(today: date) -> PartialDate:
    """A calendar day as the partial date records keep."""
    return PartialDate(today.year, today.month, today.day)


def new_plan(today: date) -> CareerPlan:
    """A plan started today, its deadline still to be set."""
    return CareerPlan(started=day_of(today))


def new_milestone(milestones: Iterable[Milestone], title: str = "") -> Milestone:
    """A milestone placed after the others (ticked by hand until a measure is chosen)."""
    positions = [m.position for m in milestones]
    return Milestone(title=title, position=max(positions, default=-1) + 1)


def milestone_marked_done(milestone: Milestone, done: bool, today: date) -> Milestone:
    """The milestone ticked done on `today` (a day it already has is kept), or open again
    with no day.
    """
    if done == milestone.done:
        return milestone
    if not done:
        return replace(milestone, done=False, done_on=None)
    return replace(milestone, done=True, done_on=milestone.done_on or day_of(today))
