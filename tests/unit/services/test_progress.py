"""Progress over a period: the period, grouping by action, skill and role, the update note."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from resume_builder.domain.dates import PartialDate as P
from resume_builder.domain.models import Meeting
from resume_builder.services import progress
from tests.unit.services.conversation_career import TODAY, conversation_career


@pytest.fixture(scope="module")
def records():
    return conversation_career()


def _headlines(items):
    return [a.headline.split()[0] for a in items]


def test_this_quarter_runs_from_its_first_day_to_today():
    assert progress.this_quarter(TODAY) == progress.Period(date(2026, 10, 1), TODAY)
    assert progress.this_quarter(date(2026, 3, 31)).start == date(2026, 1, 1)


def test_since_the_last_career_conversation_held_so_far(records):
    period = progress.since_last_career_conversation(records.meetings, TODAY)
    assert period == progress.Period(date(2026, 9, 15), TODAY)
    # A career conversation planned for later is not held yet.
    planned = Meeting(kind="career_conversation", date=P(2026, 12, 1))
    later = progress.since_last_career_conversation([*records.meetings, planned], TODAY)
    assert later == period
    assert progress.since_last_career_conversation([], TODAY) is None
    assert progress.default_period([], TODAY) == progress.this_quarter(TODAY)


def test_a_chosen_range_reads_vague_dates_and_refuses_bad_ones():
    assert progress.period_between("2026-04", "2026-04") == progress.Period(
        date(2026, 4, 1), date(2026, 4, 30)
    )
    assert progress.period_between("2026-05-02", None, TODAY).end == TODAY
    with pytest.raises(progress.PeriodError, match="day 30 does not exist in 2026-02"):
        progress.period_between("2026-02-30", "2026-03-01")
    with pytest.raises(progress.PeriodError, match="ends .2026-01-31. before it starts"):
        progress.period_between("2026-03", "2026-01")


def test_a_date_known_to_the_year_counts_only_for_a_whole_year():
    quarter = progress.Period(date(2026, 10, 1), date(2026, 12, 31))
    year = progress.Period(date(2026, 1, 1), date(2026, 12, 31))
    assert not progress.in_period(P(2026), quarter)
    assert progress.in_period(P(2026), year)
    assert progress.in_period(P(2026, 9), progress.Period(date(2026, 9, 15), TODAY))
    assert not progress.in_period(None, year)


def test_grouping_by_action_puts_each_proof_under_its_action(records):
    period = progress.period_between("2026-04-01", "2026-11-20")
    actions, other = progress.by_action(records, period, TODAY)
    assert [a.action.text for a in actions] == [
        "Lead the vendor consolidation",
        "Present the operations dashboard to the board",
        "Coach two team leads",
    ]
    assert [a.status for a in actions] == ["done", "overdue", "open"]
    assert _headlines(actions[0].proofs) == ["Renegotiated"]
    assert actions[1].proofs == ()
    assert _headlines(actions[2].proofs) == ["Coached"]
    assert _headlines(other) == ["Cut", "Replaced"]


def test_an_action_done_before_the_period_is_left_out_and_proofs_outside_it_too(records):
    period = progress.Period(date(2026, 11, 1), TODAY)
    actions, other = progress.by_action(records, period, TODAY)
    assert "Lead the vendor consolidation" not in [a.action.text for a in actions]
    assert other == []


def test_grouping_by_skill_and_by_role(records):
    period = progress.period_between("2026-01-01", "2026-12-31")
    groups, other = progress.by_skill(records, period)
    assert [g.title for g in groups] == ["ITIL", "Coaching", "Vendor management"]
    assert _headlines(groups[0].items) == ["Cut", "Led"]
    assert _headlines(other) == ["Replaced"]
    content = progress.progress_content(records, period, by="role", today=TODAY)
    assert [g.title for g in content.groups] == ["Head of IT Operations"]
    assert content.count == 5 and content.other == ()
    with pytest.raises(progress.PeriodError, match="unknown grouping"):
        progress.progress_content(records, period, by="mood")


def test_the_update_note_greets_the_manager_reports_progress_and_what_is_next(records):
    period = progress.period_between("2026-04-01", None, TODAY)
    note = progress.update_note(records, period, today=TODAY)
    lines = note.splitlines()
    assert lines[0] == "Hi Anna,"
    assert lines[2] == "Here is a short update on my progress since 1 April 2026:"
    bullets = lines[3 : lines.index("", 3)]
    assert 3 <= len(bullets) <= 5
    assert bullets[0] == (
        "- Done: Lead the vendor consolidation — Renegotiated the network outsourcing "
        "contract, saving €1.3M a year"
    )
    # The contract is told with its action, not twice.
    assert sum("Renegotiated" in line for line in lines) == 1
    assert bullets[1].startswith("- Cut priority-1 incidents")  # impact 4 before 3 and 2
    nexts = lines[lines.index("What is next:") + 1 :]
    # Its day has passed on 20 November: it is overdue, not still ahead.
    assert nexts[0] == (
        "- Present the operations dashboard to the board (overdue since 10 November 2026)"
    )
    assert nexts[1] == "- Coach two team leads (by 15 December 2026)"
    assert lines[-2:] == ["Best regards,", "Dana Lindqvist"]


def test_the_update_note_in_swedish_and_without_a_manager(records):
    period = progress.Period(date(2026, 9, 15), TODAY)
    swedish = progress.update_note(records, period, language="sv", today=TODAY)
    assert swedish.startswith("Hej Anna!\n\nHär är en kort lägesrapport sedan 15 september 2026:")
    assert "Härnäst:" in swedish and "(försenad sedan 10 november 2026)" in swedish
    assert "(senast 15 december 2026)" in swedish
    nobody = replace(records, people=tuple(p for p in records.people if p.name != "Anna Berg"))
    assert progress.update_note(nobody, period, today=TODAY).startswith("Hi,\n")
    empty = progress.update_note(records, progress.Period(date(2020, 1, 1), date(2020, 1, 2)))
    assert empty.splitlines()[2] == "No new results recorded yet."


def test_a_period_with_no_results_and_no_agreed_actions_has_no_progress(records):
    old = progress.Period(date(2020, 1, 1), date(2020, 1, 2))
    assert progress.has_progress(records, old)  # the manager's agreed actions still count
    none_agreed = replace(records, action_items=())
    assert not progress.has_progress(none_agreed, old)
    assert progress.has_progress(none_agreed, progress.Period(date(2026, 4, 1), TODAY))


def test_actions_agreed_with_a_recruiter_are_no_progress_to_report_upwards(records):
    from resume_builder.domain.models import ActionItem

    interview = next(m for m in records.meetings if m.kind == "interview")
    sent = ActionItem(
        meeting_id=interview.id,
        text="Send the recruiter my résumé",
        done=True,
        done_on=P(2026, 11, 6),
    )
    due = ActionItem(meeting_id=interview.id, text="Book the second interview", due=P(2026, 11, 1))
    more = replace(records, action_items=(*records.action_items, sent, due))
    period = progress.period_between("2026-04-01", None, TODAY)
    note = progress.update_note(more, period, today=TODAY)
    assert "recruiter" not in note and "second interview" not in note
    actions, _ = progress.by_action(more, period, TODAY)
    assert len(actions) == 3
