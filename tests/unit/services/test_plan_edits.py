"""The plan page's edits: a new plan, a new milestone after the others, ticking one done."""

from __future__ import annotations

from datetime import date

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Milestone
from resume_builder.services.plan import milestone_marked_done, new_milestone, new_plan

TODAY = date(2026, 3, 14)


def test_a_new_plan_starts_today_with_no_deadline_yet():
    plan = new_plan(TODAY)
    assert plan.started == PartialDate(2026, 3, 14)
    assert plan.deadline is None
    plan.validate()


def test_a_new_milestone_goes_after_the_others():
    assert new_milestone([]).position == 0
    others = [Milestone(position=0), Milestone(position=4), Milestone(position=2)]
    added = new_milestone(others, "Ten applications")
    assert (added.position, added.title, added.measure, added.done) == (
        5,
        "Ten applications",
        "",
        False,
    )


def test_ticking_sets_done_and_today_and_unticking_clears_both():
    open_one = Milestone(title="Résumés ready")
    done = milestone_marked_done(open_one, True, TODAY)
    assert (done.done, done.done_on) == (True, PartialDate(2026, 3, 14))
    assert open_one.done is False  # the record itself is not changed
    again = milestone_marked_done(done, False, TODAY)
    assert (again.done, again.done_on) == (False, None)


def test_a_day_already_kept_is_not_replaced_and_no_change_is_the_same_record():
    earlier = Milestone(done=False, done_on=PartialDate(2026, 1, 2))
    assert milestone_marked_done(earlier, True, TODAY).done_on == PartialDate(2026, 1, 2)
    ticked = Milestone(done=True, done_on=PartialDate(2026, 1, 2))
    assert milestone_marked_done(ticked, True, TODAY) is ticked
