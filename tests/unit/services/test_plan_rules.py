"""The career plan's rules: what each measure counts, whether a milestone keeps pace, and the
figures the plan page and `resume-builder plan show` print.

(Making a plan or a milestone and ticking one done are in test_plan_edits.py.)
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.job_search import MEASURES
from resume_builder.domain.models import (
    Accomplishment,
    CareerPlan,
    Meeting,
    Milestone,
    Person,
    Profile,
    Role,
    StatusChange,
    Target,
    TargetExport,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.plan import (
    BEHIND,
    DONE,
    ON_TRACK,
    OPEN,
    OVERDUE,
    cmd_completeness,
    has_star,
    measure_count,
    milestone_progress,
    milestones_in_order,
    plan_report,
    plan_start,
)

TODAY = date(2026, 3, 14)
START = date(2026, 1, 1)


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


def star(role: Role | None, **missing: str) -> Accomplishment:
    parts = {"situation": "Outages", "action": "Led the move", "result": "No downtime", **missing}
    return Accomplishment(
        headline="Moved the data centre", role_id=role.id if role else None, **parts
    )


def sent(n: int) -> tuple[Target, ...]:
    """n applications sent."""
    return tuple(Target(title=f"Role {i}", status="applied") for i in range(n))


def snapshot(**records) -> CareerSnapshot:
    return CareerSnapshot(profile=Profile(name="Dana"), **records)


def counted(goal: int, due: str | None, measure: str = "applications_sent", **fields) -> Milestone:
    return Milestone(
        title=f"{goal} sent", measure=measure, goal=goal, due=day(due) if due else None, **fields
    )


# ---------------------------------------------------------------------- the CMD's measure
@pytest.mark.parametrize(
    ("fields", "told"),
    [
        ({}, True),
        ({"situation": "", "task": "Cut costs"}, True),  # the task stands in for the situation
        ({"situation": "", "task": " "}, False),
        ({"action": "  "}, False),
        ({"result": ""}, False),
    ],
)
def test_a_story_needs_situation_or_task_action_and_result(fields, told):
    assert has_star(star(None, **fields)) is told


def test_a_role_is_complete_with_accomplishments_that_all_tell_their_story():
    whole, half, empty = Role(title="CIO"), Role(title="IT manager"), Role(title="Analyst")
    items = [
        star(whole),
        star(whole, task="Budget"),
        star(half),
        star(half, result=""),
        star(None, action=""),  # no role: counts for none
    ]
    found = cmd_completeness([whole, half, empty], items)
    assert (found.complete_roles, found.roles) == (1, 3)
    assert found.incomplete == (half, empty)
    assert found.percent == 33  # rounded down: 100 only when every role is complete


def test_with_no_roles_there_is_nothing_left_to_complete():
    assert cmd_completeness([], [star(None)]).percent == 100
    assert cmd_completeness([Role()], []).percent == 0


# ----------------------------------------------------------------------------- measures
def career() -> CareerSnapshot:
    """A career where every measure counts a different number."""
    whole, half, empty = Role(title="CIO"), Role(title="IT manager"), Role(title="Analyst")
    resume = TargetExport(when="2026-02-01T10:00:00+00:00", kind="resume")
    letter = TargetExport(when="2026-02-01T10:00:00+00:00", kind="letter")
    targets = (
        Target(title="A", status="applied", exports=[resume]),
        Target(title="B", exports=[letter]),  # only a letter: no résumé ready
        Target(title="C", status="rejected", archived=True, exports=[resume]),
        Target(title="D", status="offer", exports=[resume]),
        Target(
            title="E",
            history=[
                StatusChange("applied", "2026-02-01"),
                StatusChange("interested", "2026-02-02"),
            ],
        ),
    )
    meetings = (
        Meeting(kind="recruiter", date=day("2026-02-10")),
        Meeting(kind="recruiter", date=day("2026-03-14")),  # today: held
        Meeting(kind="recruiter", date=day("2026-02")),  # a month gone by
        Meeting(kind="recruiter", date=day("2026-03-20")),  # planned: not yet
        Meeting(kind="recruiter", date=None),
        Meeting(kind="interview", date=day("2026-02-10")),
    )
    people = (
        Person(name="Agreed", is_reference=True, reference_agreed=True),
        Person(name="Not asked yet", is_reference=True),
        Person(name="Agreed, not a reference", reference_agreed=True),
        Person(name="By relationship", relationship="reference", reference_agreed=True),
        *(Person(name=f"Agreed {i}", is_reference=True, reference_agreed=True) for i in range(3)),
    )
    return snapshot(
        roles=(whole, half, empty),
        accomplishments=(star(whole), star(half, action="")),
        targets=targets,
        meetings=meetings,
        people=people,
    )


COUNTS = {
    "": 0,  # ticked by hand: nothing to count
    "cmd_complete": 33,  # a percentage of roles
    "resumes_ready": 2,  # archived ones and letters aside
    "recruiter_conversations": 3,  # held by today
    "references": 5,  # marked or by relationship, and agreed
    "applications_sent": 4,  # archived ones too, and one moved back to interested
}


def test_every_measure_has_its_expected_count():
    assert set(COUNTS) == set(MEASURES)  # a new measure needs its own case here


@pytest.mark.parametrize("measure", MEASURES)
def test_each_measure_counts_what_it_names(measure):
    assert measure_count(measure, career(), TODAY) == COUNTS[measure]


def test_a_recruiter_meeting_counts_once_its_day_comes():
    later = snapshot(meetings=(Meeting(kind="recruiter", date=day("2026-03-20")),))
    assert measure_count("recruiter_conversations", later, TODAY) == 0
    assert measure_count("recruiter_conversations", later, date(2026, 3, 20)) == 1


# ------------------------------------------------------------------------ the pace's start
def test_the_pace_runs_from_the_plans_start_else_the_day_it_was_made_else_today():
    assert plan_start(CareerPlan(started=day("2026-02")), TODAY) == date(2026, 2, 1)
    made = CareerPlan(started=None, created="2026-01-20T08:00:00+00:00")
    assert plan_start(made, TODAY) == date(2026, 1, 20)
    assert plan_start(CareerPlan(started=None, created="?"), TODAY) == TODAY
    assert plan_start(None, TODAY) == TODAY


# ------------------------------------------------------------------------ a milestone's state
def progress(milestone: Milestone, applications: int = 0, today: date = TODAY, start=START):
    return milestone_progress(milestone, snapshot(targets=sent(applications)), today, start)


def test_met_by_the_count_or_ticked_by_hand_is_done():
    met = progress(counted(3, "2026-02-01"), applications=3)  # even past its day
    assert (met.state, met.met, met.fraction, met.count) == (DONE, True, 1.0, 3)
    ticked = progress(counted(10, "2026-06-30", done=True), applications=2)
    assert (ticked.state, ticked.fraction, ticked.count) == (DONE, 1.0, 2)
    over = progress(counted(3, None), applications=5)
    assert over.state == DONE and over.fraction == 1.0


def test_unmet_past_its_day_is_overdue_ticked_by_hand_or_counted():
    assert progress(counted(3, "2026-03-13"), applications=2).state == OVERDUE
    by_hand = Milestone(title="Talk to Ulla", due=day("2026-03-01"))
    assert progress(by_hand).state == OVERDUE


def test_a_month_only_due_date_runs_to_the_months_last_day():
    in_march = progress(counted(3, "2026-03"), applications=2)
    assert in_march.due == date(2026, 3, 31) and in_march.state == BEHIND
    assert progress(counted(3, "2026-02"), applications=2).state == OVERDUE


def test_on_track_when_the_share_done_keeps_up_with_the_share_of_time_gone():
    # 1 January to 31 May is 150 days; by 14 March 72 have gone: 10 × 72/150 = 4.8 expected.
    ahead = progress(counted(10, "2026-05-31"), applications=5)
    assert ahead.state == ON_TRACK and ahead.expected == pytest.approx(4.8)
    assert ahead.fraction == 0.5 and ahead.goal == 10 and ahead.due == date(2026, 5, 31)
    behind = progress(counted(10, "2026-05-31"), applications=4)
    assert behind.state == BEHIND and not behind.met


def test_due_today_and_unmet_is_behind_not_yet_overdue():
    found = progress(counted(3, "2026-03-14"), applications=2)
    assert found.state == BEHIND and found.expected == 3


def test_a_plan_starting_later_expects_nothing_yet():
    found = progress(counted(10, "2026-12-31"), start=date(2026, 4, 1))
    assert found.state == ON_TRACK and found.expected == 0


def test_a_due_day_before_the_start_expects_the_whole_goal():
    found = progress(counted(10, "2026-03-20"), applications=9, start=date(2026, 4, 1))
    assert found.state == BEHIND and found.expected == 10


def test_undated_or_ticked_by_hand_and_not_done_is_open():
    undated = progress(counted(10, None), applications=2)
    assert (undated.state, undated.expected, undated.due) == (OPEN, None, None)
    assert undated.fraction == 0.2
    by_hand = progress(Milestone(title="Talk to Ulla", due=day("2026-04-30")))
    assert (by_hand.state, by_hand.count, by_hand.goal, by_hand.fraction) == (OPEN, 0, 1, 0.0)


@given(
    span=st.integers(min_value=1, max_value=400),
    data=st.data(),
)
def test_behind_exactly_when_the_share_done_is_below_the_share_of_time_gone(span, data):
    elapsed = data.draw(st.integers(min_value=0, max_value=span))
    goal = data.draw(st.integers(min_value=1, max_value=12))
    count = data.draw(st.integers(min_value=0, max_value=goal - 1))
    due = START + timedelta(days=span)
    milestone = counted(goal, due.isoformat())
    found = progress(milestone, applications=count, today=START + timedelta(days=elapsed))
    # count / goal < elapsed / span, in whole numbers
    assert found.state == (BEHIND if count * span < goal * elapsed else ON_TRACK)


# ------------------------------------------------------------------------------- the report
def test_the_report_counts_weeks_to_the_deadline_and_the_milestones_met():
    plan = CareerPlan(started=day("2026-01-01"), deadline=day("2026-06"))
    milestones = (
        counted(4, "2026-05-31", position=0),
        counted(2, "2026-04-30", position=1),
        Milestone(title="Talk to Ulla", position=2, done=True),
    )
    report = plan_report(snapshot(plan=plan, milestones=milestones, targets=sent(2)), TODAY)
    assert report.deadline == date(2026, 6, 30)  # a month-only deadline is its last day
    assert (report.days_left, report.weeks_left, report.met) == (108, 15, 2)
    assert [p.milestone for p in report.milestones] == [
        milestones[1],
        milestones[0],
        milestones[2],
    ]  # soonest first, undated last
    # 2 of 4 by 31 May, with 72 of 150 days gone (1.92 expected): on pace.
    assert report.on_pace


@pytest.mark.parametrize(("days", "weeks"), [(14, 2), (13, 1), (7, 1), (6, 0), (0, 0), (-3, 0)])
def test_weeks_left_are_whole_weeks_never_negative(days, weeks):
    plan = CareerPlan(
        started=day("2026-01-01"), deadline=day((TODAY + timedelta(days)).isoformat())
    )
    report = plan_report(snapshot(plan=plan), TODAY)
    assert (report.days_left, report.weeks_left) == (days, weeks)


def test_off_pace_when_a_milestone_is_behind_or_overdue_or_the_deadline_passed():
    plan = CareerPlan(started=day("2026-01-01"), deadline=day("2026-12-31"))
    behind = snapshot(plan=plan, milestones=(counted(10, "2026-05-31"),), targets=sent(4))
    assert not plan_report(behind, TODAY).on_pace
    overdue = snapshot(plan=plan, milestones=(Milestone(title="Ask", due=day("2026-03-01")),))
    assert not plan_report(overdue, TODAY).on_pace
    open_only = snapshot(plan=plan, milestones=(Milestone(title="Ask"),))
    assert plan_report(open_only, TODAY).on_pace
    passed = CareerPlan(started=day("2025-01-01"), deadline=day("2026-03-13"))
    late = plan_report(snapshot(plan=passed), TODAY)
    assert (late.days_left, late.weeks_left, late.on_pace) == (-1, 0, False)


def test_without_a_plan_there_is_no_deadline_and_nothing_off_pace():
    report = plan_report(snapshot(), TODAY)
    assert (report.plan, report.deadline, report.days_left, report.weeks_left) == (
        None,
        None,
        None,
        None,
    )
    assert report.milestones == () and report.met == 0 and report.on_pace


def test_milestones_soonest_first_undated_last_then_in_the_users_order():
    june_second = Milestone(title="b", due=day("2026-06-15"), position=1)
    june_first = Milestone(title="a", due=day("2026-06-15"), position=0)
    april = Milestone(title="c", due=day("2026-04-01"), position=5)
    undated_late = Milestone(title="d", position=9)
    undated_early = Milestone(title="e", position=2)
    ordered = milestones_in_order([undated_late, june_second, april, undated_early, june_first])
    assert ordered == [april, june_first, june_second, undated_early, undated_late]
