"""What is due: the one list of follow-ups, action items, next steps and milestones that the
start page, the What's due page, the status bar and `resume-builder due` show.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    ActionItem,
    CareerPlan,
    Meeting,
    Milestone,
    Profile,
    Target,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.due import DEFAULT_DUE_DAYS, KINDS, Due, due_counts, due_list

TODAY = date(2026, 3, 14)


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


def snapshot(**records) -> CareerSnapshot:
    return CareerSnapshot(profile=Profile(name="Jo"), **records)


def in_days(n: int) -> PartialDate:
    when = TODAY + timedelta(days=n)
    return PartialDate(when.year, when.month, when.day)


def texts(entries: list[Due]) -> list[str]:
    return [d.text for d in entries]


# ------------------------------------------------------------------------ what each entry is
def test_each_kind_of_entry_names_its_record_and_where_it_comes_from():
    talk = Meeting(title="Call Ulla", kind="recruiter", follow_up=in_days(3))
    action = ActionItem(meeting_id=talk.id, text="Send the CV", due=in_days(2))
    job = Target(
        name="Havsvind CTO", status="applied", next_step="Call back", next_step_date=in_days(4)
    )
    goal = Milestone(title="Ten applications", due=in_days(5), measure="applications_sent", goal=10)
    plan = CareerPlan(started=day("2026-01-01"))
    entries = due_list(
        snapshot(
            meetings=(talk,), action_items=(action,), targets=(job,), milestones=(goal,), plan=plan
        ),
        TODAY,
    )
    assert entries == [
        Due("action", in_days(2), "Send the CV", "Call Ulla", "action_item", action.id, False),
        Due("follow_up", in_days(3), "Call Ulla", "Call Ulla", "meeting", talk.id, False),
        Due("next_step", in_days(4), "Call back", "Havsvind CTO", "target", job.id, False),
        Due("milestone", in_days(5), "Ten applications", "", "milestone", goal.id, False),
    ]  # fmt: skip


def test_a_next_step_without_words_is_named_by_the_application():
    job = Target(title="CTO", company="Havsvind", status="applied", next_step_date=in_days(1))
    (entry,) = due_list(snapshot(targets=(job,)), TODAY)
    assert (entry.text, entry.context) == ("CTO — Havsvind", "CTO — Havsvind")


def test_an_action_item_set_outside_any_meeting_has_no_context():
    (entry,) = due_list(
        snapshot(action_items=(ActionItem(text="Update LinkedIn", due=in_days(1)),)), TODAY
    )
    assert (entry.kind, entry.context) == ("action", "")


# ----------------------------------------------------------------------------- the order
def test_overdue_first_whatever_their_age_then_soonest_first():
    items = (
        ActionItem(text="in five days", due=in_days(5)),
        ActionItem(text="a month late", due=in_days(-30)),
        ActionItem(text="today", due=in_days(0)),
        ActionItem(text="yesterday", due=in_days(-1)),
        ActionItem(text="tomorrow", due=in_days(1)),
    )
    entries = due_list(snapshot(action_items=items), TODAY)
    assert texts(entries) == ["a month late", "yesterday", "today", "tomorrow", "in five days"]
    assert [d.overdue for d in entries] == [True, True, False, False, False]  # today is not late


def test_a_tie_on_the_day_lists_the_kinds_in_their_order_then_by_text():
    when = in_days(2)
    talk = Meeting(title="Follow up Ulla", follow_up=when)
    items = (ActionItem(text="b action", due=when), ActionItem(text="a action", due=when))
    job = Target(name="Havsvind", status="screening", next_step="Next step", next_step_date=when)
    goal = Milestone(title="Milestone", due=when)
    entries = due_list(
        snapshot(milestones=(goal,), targets=(job,), action_items=items, meetings=(talk,)), TODAY
    )
    assert [(d.kind, d.text) for d in entries] == [
        ("follow_up", "Follow up Ulla"),
        ("action", "a action"),
        ("action", "b action"),
        ("next_step", "Next step"),
        ("milestone", "Milestone"),
    ]
    assert KINDS == ("follow_up", "action", "next_step", "milestone")


def test_a_month_only_date_is_listed_by_its_last_day_as_its_days_left_count():
    # “April” is due by 30 April, 47 days ahead: it follows “10 April” (27 days), which the
    # list says is sooner, and a definite 30 April comes before it.
    items = (
        ActionItem(text="some time in April", due=day("2026-04")),
        ActionItem(text="30 April", due=day("2026-04-30")),
        ActionItem(text="10 April", due=day("2026-04-10")),
    )
    entries = due_list(snapshot(action_items=items), TODAY, within_days=None)
    assert texts(entries) == ["10 April", "30 April", "some time in April"]
    assert [d.days_left(TODAY) for d in entries] == [27, 47, 47]


# ---------------------------------------------------------------------------- how far ahead
def test_the_list_looks_two_weeks_ahead_unless_told():
    assert DEFAULT_DUE_DAYS == 14
    items = (
        ActionItem(text="in 14 days", due=in_days(14)),
        ActionItem(text="in 15 days", due=in_days(15)),
        ActionItem(text="long overdue", due=in_days(-200)),
    )
    records = snapshot(action_items=items)
    assert texts(due_list(records, TODAY)) == ["long overdue", "in 14 days"]
    assert texts(due_list(records, TODAY, within_days=0)) == ["long overdue"]
    assert texts(due_list(records, TODAY, within_days=None)) == [
        "long overdue",
        "in 14 days",
        "in 15 days",
    ]


def test_a_month_only_date_shows_once_its_month_begins_within_the_horizon():
    # It may fall due on the month's first day, so it is not left out of the list until then.
    april = snapshot(action_items=(ActionItem(text="April", due=day("2026-04")),))
    assert texts(due_list(april, date(2026, 3, 18))) == ["April"]
    assert texts(due_list(april, date(2026, 3, 17))) == []


# ------------------------------------------------------------------------ what is left out
def test_undated_and_done_action_items_are_not_due():
    items = (
        ActionItem(text="done", due=in_days(-3), done=True, done_on=in_days(-4)),
        ActionItem(text="undated"),
        ActionItem(text="open", due=in_days(-3)),
    )
    assert texts(due_list(snapshot(action_items=items), TODAY)) == ["open"]


def test_a_follow_up_met_by_a_meeting_that_follows_it_is_not_due():
    first = Meeting(title="First talk", follow_up=in_days(-2))
    pending = Meeting(title="Second talk", follow_up=in_days(3))
    followed = Meeting(title="Follow-up held", follows_id=first.id)
    assert texts(due_list(snapshot(meetings=(first, pending, followed)), TODAY)) == ["Second talk"]
    assert texts(due_list(snapshot(meetings=(first, pending)), TODAY)) == [
        "First talk",
        "Second talk",
    ]


@pytest.mark.parametrize(
    ("fields", "listed"),
    [
        ({"status": "interviewing"}, True),
        ({"status": "interested"}, True),
        ({"status": "rejected"}, False),
        ({"status": "accepted"}, False),
        ({"status": "withdrawn"}, False),
        ({"status": "applied", "archived": True}, False),
        ({"status": "applied", "next_step_date": None}, False),
    ],
)
def test_only_open_applications_still_shown_have_a_next_step_due(fields, listed):
    job = Target(name="Job", next_step="Call", **{"next_step_date": in_days(1), **fields})
    assert bool(due_list(snapshot(targets=(job,)), TODAY)) is listed


def test_done_and_undated_milestones_are_not_due():
    plan = CareerPlan(started=day("2026-01-01"))
    ticked = Milestone(title="ticked", due=in_days(2), done=True)
    met = Milestone(title="met", due=in_days(2), measure="applications_sent", goal=1)
    undated = Milestone(title="undated")
    unmet = Milestone(title="unmet", due=in_days(-1), measure="applications_sent", goal=2)
    records = snapshot(
        plan=plan,
        milestones=(ticked, met, undated, unmet),
        targets=(Target(name="Sent", status="applied"),),  # one application: "met" is met
    )
    (entry,) = due_list(records, TODAY)
    assert (entry.text, entry.overdue) == ("unmet", True)


# -------------------------------------------------------------------- partial dates and counts
def test_a_month_only_date_is_overdue_only_once_the_month_is_over():
    march = snapshot(action_items=(ActionItem(text="March", due=day("2026-03")),))
    (entry,) = due_list(march, TODAY)
    assert not entry.overdue and entry.days_left(TODAY) == 17  # to 31 March
    (later,) = due_list(march, date(2026, 4, 1))
    assert later.overdue and later.days_left(date(2026, 4, 1)) == -1


def test_days_left_count_to_the_last_day_a_vague_date_may_mean():
    def left(text: str) -> int:
        return Due("action", day(text), "", "", "action_item", "", False).days_left(TODAY)

    assert left("2026-03-14") == 0
    assert left("2026-03-10") == -4
    assert left("2026-02") == -14  # 28 February
    assert left("2026") == 292  # 31 December


@pytest.mark.parametrize("kind", ["next_step", "milestone"])
def test_next_steps_and_milestones_are_overdue_after_their_last_day_too(kind):
    if kind == "next_step":
        records = snapshot(
            targets=(Target(name="Job", status="applied", next_step_date=day("2026-03")),)
        )
    else:
        records = snapshot(milestones=(Milestone(title="Ask", due=day("2026-03")),))
    assert not due_list(records, TODAY)[0].overdue
    assert due_list(records, date(2026, 4, 1))[0].overdue


def test_the_counts_are_everything_listed_and_the_overdue_among_them():
    items = (
        ActionItem(text="late", due=in_days(-1)),
        ActionItem(text="later", due=in_days(-9)),
        ActionItem(text="soon", due=in_days(1)),
    )
    assert due_counts(due_list(snapshot(action_items=items), TODAY)) == (3, 2)
    assert due_counts([]) == (0, 0)
