"""The application rules the board, the table and `resume-builder application` share: names
of statuses and days, moves and their history, activity, staleness and the table's filter.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    CLOSED_STATUSES,
    STATUSES,
    Meeting,
    StatusChange,
    Target,
)
from resume_builder.services.applications import (
    DEFAULT_STALE_DAYS,
    ApplicationError,
    ApplicationFilter,
    applications,
    check_move,
    days_quiet,
    ever_applied,
    history_of,
    is_stale,
    last_activity,
    meetings_for,
    moved,
    next_step_due,
    parse_day,
    parse_kind,
    parse_status,
    search_text,
    status_counts,
    status_since,
)

TODAY = date(2026, 3, 14)
MADE = "2026-01-05T09:30:00+00:00"


def application(status: str = "interested", history: tuple[tuple[str, str], ...] = (), **fields):
    """A target made on 5 January 2026, with its history given as (status, day) pairs."""
    changes = [StatusChange(s, on, "") for s, on in history]
    fields = {"title": "Head of IT", "company": "Havsvind", "created": MADE, **fields}
    return Target(status=status, history=changes, **fields)


def meeting_about(target: Target, when: PartialDate | None) -> Meeting:
    return Meeting(title="Call", kind="recruiter", date=when, target_id=target.id)


# ------------------------------------------------------------------------ names and days
@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Interviewing", "interviewing"), (" offer ", "offer"), ("WITHDRAWN", "withdrawn")],
)
def test_a_status_is_read_whatever_its_case_and_spacing(typed, stored):
    assert parse_status(typed) == stored


def test_an_unknown_status_is_refused_naming_it_and_every_status():
    with pytest.raises(ApplicationError) as refused:
        parse_status("  hired ")
    message = str(refused.value)
    assert message.startswith("“hired” is not a status")
    assert all(status in message for status in STATUSES)


def test_a_kind_is_external_or_internal():
    assert parse_kind(" Internal ") == "internal"
    assert parse_kind("external") == "external"
    with pytest.raises(ApplicationError, match="“freelance” is not a kind of application; use"):
        parse_kind("freelance")


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-03-14", date(2026, 3, 14)),
        (" 14 March 2026 ", date(2026, 3, 14)),
        ("March 14, 2026", date(2026, 3, 14)),
    ],
)
def test_a_day_is_read_as_people_write_it(typed, day):
    assert parse_day(typed) == day


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("soon", "“soon” is not a date: write the day as YYYY-MM-DD, like 2026-03-14"),
        (
            "2026-13-01",
            "“2026-13-01” is not a date (there is no month 13): write the day as YYYY-MM-DD, "
            "like 2026-03-14",
        ),
        (
            "2026-02-30",
            "“2026-02-30” is not a date (day 30 does not exist in 2026-02): write the day as "
            "YYYY-MM-DD, like 2026-03-14",
        ),
        ("2026-05", "“2026-05” names no day: write the day as YYYY-MM-DD, like 2026-03-14"),
        ("2026", "“2026” names no day: write the day as YYYY-MM-DD, like 2026-03-14"),
        ("  ", "no date was given: write the day as YYYY-MM-DD, like 2026-03-14"),
    ],
)
def test_a_bad_day_is_one_sentence_naming_it_and_the_form_wanted(typed, expected):
    with pytest.raises(ApplicationError) as refused:
        parse_day(typed)
    message = str(refused.value)
    assert message == expected
    assert message.count("is not a date") <= 1  # it used to say so twice
    assert "a year (2019)" not in message  # a move takes a whole day, not a year or a month


# ------------------------------------------------------------------------------ history
def test_one_never_moved_has_been_interested_since_it_was_made():
    target = application()
    assert history_of(target, TODAY) == [StatusChange("interested", "2026-01-05", "")]
    assert status_since(target, TODAY) == date(2026, 1, 5)


def test_one_without_a_readable_creation_day_counts_from_today():
    target = replace(application(), created="")
    assert status_since(target, TODAY) == TODAY


def test_the_current_status_counts_from_the_latest_change():
    target = application("screening", (("applied", "2026-02-01"), ("screening", "2026-02-20")))
    assert status_since(target, TODAY) == date(2026, 2, 20)
    assert [c.status for c in history_of(target, TODAY)] == ["applied", "screening"]


# ------------------------------------------------------------------------------- moves
def test_a_move_keeps_every_change_with_its_day_and_note():
    target = application()
    first = moved(target, "applied", date(2026, 2, 1), note="  sent via the portal ", today=TODAY)
    second = moved(first, "interviewing", date(2026, 3, 1), today=TODAY)
    assert second.status == "interviewing"
    assert history_of(second, TODAY) == [
        StatusChange("interested", "2026-01-05", ""),  # the day it was made, kept
        StatusChange("applied", "2026-02-01", "sent via the portal"),
        StatusChange("interviewing", "2026-03-01", ""),
    ]
    assert target.status == "interested" and target.history == []  # the record is untouched
    assert [c.status for c in first.history] == ["interested", "applied"]


def test_a_move_is_dated_today_unless_told():
    after = moved(application(), "applied", today=TODAY)
    assert after.history[-1] == StatusChange("applied", "2026-03-14", "")


def test_a_move_back_is_allowed_to_correct_a_mistake():
    target = application("offer", (("applied", "2026-02-01"), ("offer", "2026-03-10")))
    back = moved(target, "interviewing", date(2026, 3, 10), today=TODAY)
    assert back.status == "interviewing"
    assert [c.status for c in back.history] == ["applied", "offer", "interviewing"]


@pytest.mark.parametrize("to", [s for s in STATUSES if s != "accepted"])
def test_an_accepted_application_is_final_and_the_refusal_says_what_to_do(to):
    target = application("accepted", (("offer", "2026-02-20"), ("accepted", "2026-03-01")))
    with pytest.raises(ApplicationError) as refused:
        check_move(target, to, TODAY, TODAY)
    message = str(refused.value)
    assert message.startswith(
        f"“Head of IT — Havsvind” was accepted on 2026-03-01, so it cannot move to {to}: "
        "an accepted application does not move"
    )
    # There is no undo on the command line (nor after the window was closed): it names a way.
    assert "undo" not in message.casefold()
    assert "add a new target" in message


def test_a_move_needs_a_new_status():
    target = application("applied", (("applied", "2026-02-01"),))
    with pytest.raises(ApplicationError, match="^“Head of IT — Havsvind” is already applied$"):
        moved(target, "applied", today=TODAY)


def test_a_move_to_an_unknown_status_is_refused():
    with pytest.raises(ApplicationError, match="“hired” is not a status"):
        moved(application(), "hired", today=TODAY)


def test_a_move_dated_after_today_is_refused():
    with pytest.raises(ApplicationError) as refused:
        moved(application(), "applied", TODAY + timedelta(days=1), today=TODAY)
    assert str(refused.value) == "a move cannot be dated 2026-03-15, after today (2026-03-14)"


def test_a_move_dated_before_the_last_change_is_refused_but_the_same_day_is_not():
    target = application("applied", (("applied", "2026-02-01"),))
    with pytest.raises(ApplicationError) as refused:
        moved(target, "screening", date(2026, 1, 31), today=TODAY)
    assert str(refused.value) == (
        "“Head of IT — Havsvind” became applied on 2026-02-01; a move after that cannot be "
        "dated 2026-01-31"
    )
    same_day = moved(target, "screening", date(2026, 2, 1), today=TODAY)
    assert same_day.history[-1].on == "2026-02-01"


def test_a_first_move_cannot_be_dated_before_the_application_was_made():
    with pytest.raises(ApplicationError, match="became interested on 2026-01-05"):
        moved(application(), "applied", date(2026, 1, 4), today=TODAY)


@given(
    steps=st.lists(
        st.tuples(st.sampled_from(STATUSES), st.integers(min_value=0, max_value=40)),
        max_size=12,
    )
)
def test_any_sequence_of_allowed_moves_keeps_the_history_in_order(steps):
    # Each step is (status, days after the last change); refused ones change nothing.
    target = application()
    for to, gap in steps:
        on = status_since(target, TODAY) + timedelta(days=gap)
        try:
            after = moved(target, to, on, today=TODAY)
        except ApplicationError:
            refused_because = target.status == "accepted" or to == target.status or on > TODAY
            assert refused_because
            continue
        assert len(after.history) == len(history_of(target, TODAY)) + 1
        target = after
    days = [c.on for c in history_of(target, TODAY)]
    assert days == sorted(days)
    assert history_of(target, TODAY)[-1].status == target.status
    assert all(
        a.status != b.status for a, b in zip(target.history, target.history[1:], strict=False)
    )
    assert "accepted" not in [c.status for c in target.history[:-1]]  # accepted is final


# ------------------------------------------------------------------- activity and staleness
def test_a_meeting_held_after_the_last_change_is_the_last_activity():
    target = application("applied", (("applied", "2026-02-01"),))
    meetings = [
        meeting_about(target, PartialDate(2026, 2, 20)),
        meeting_about(target, PartialDate(2026, 1, 10)),  # before the change: not the latest
    ]
    assert last_activity(target, meetings, TODAY) == date(2026, 2, 20)
    assert days_quiet(target, meetings, TODAY) == 22


def test_a_planned_meeting_undated_one_or_one_about_another_application_is_no_activity():
    target = application("applied", (("applied", "2026-02-01"),))
    other = application()
    meetings = [
        meeting_about(target, PartialDate(2026, 3, 20)),  # planned for later
        meeting_about(target, None),
        meeting_about(other, PartialDate(2026, 3, 1)),
    ]
    assert last_activity(target, meetings, TODAY) == date(2026, 2, 1)


def test_a_meeting_known_only_by_its_month_counts_from_the_months_first_day():
    target = application("applied", (("applied", "2026-01-20"),))
    assert last_activity(target, [meeting_about(target, PartialDate(2026, 2))], TODAY) == date(
        2026, 2, 1
    )


def test_days_quiet_is_never_negative():
    target = application("applied", (("applied", "2026-03-20"),))  # dated ahead, by hand
    assert days_quiet(target, [], TODAY) == 0


def test_stale_means_more_than_the_chosen_days_without_activity():
    last = TODAY - timedelta(days=DEFAULT_STALE_DAYS)
    just = application("applied", (("applied", last.isoformat()),))
    assert days_quiet(just, [], TODAY) == 21 and not is_stale(just, [], today=TODAY)
    older = application("applied", (("applied", (last - timedelta(days=1)).isoformat()),))
    assert is_stale(older, [], today=TODAY)
    assert not is_stale(older, [], stale_days=30, today=TODAY)


def test_staleness_counts_from_the_latest_of_change_and_meeting():
    target = application("applied", (("applied", "2026-01-10"),))
    assert is_stale(target, [], today=TODAY)
    talked = [meeting_about(target, PartialDate(2026, 3, 1))]
    assert not is_stale(target, talked, today=TODAY)


@pytest.mark.parametrize("status", CLOSED_STATUSES)
def test_a_closed_application_is_never_stale(status):
    target = application(status, (("applied", "2025-01-10"), (status, "2025-02-01")))
    assert days_quiet(target, [], TODAY) > 365
    assert not is_stale(target, [], stale_days=0, today=TODAY)


def test_ever_applied_looks_at_the_history_too():
    assert not ever_applied(application())
    assert ever_applied(application("applied", (("applied", "2026-02-01"),)))
    # moved back to interested after applying: it was still sent
    back = application("interested", (("applied", "2026-02-01"), ("interested", "2026-02-02")))
    assert ever_applied(back)


# ------------------------------------------------------------------------- board and table
def test_archived_targets_are_not_applications_nor_counted():
    shown = application("applied")
    archived = application("applied", archived=True)
    assert applications([shown, archived]) == [shown]
    counts = status_counts([shown, archived, application("offer")])
    assert list(counts) == list(STATUSES)  # every status named, in the board's order
    assert counts["applied"] == 1 and counts["offer"] == 1 and counts["interested"] == 0
    assert status_counts([]) == dict.fromkeys(STATUSES, 0)


def test_an_empty_filter_shows_everything():
    assert ApplicationFilter().matches(application(), today=TODAY)


def test_the_filter_by_status_and_kind():
    internal = application("screening", kind="internal")
    assert ApplicationFilter(status="screening").matches(internal, today=TODAY)
    assert not ApplicationFilter(status="applied").matches(internal, today=TODAY)
    assert ApplicationFilter(kind="internal").matches(internal, today=TODAY)
    assert not ApplicationFilter(kind="external").matches(internal, today=TODAY)


def test_the_filter_by_organisation_matches_part_of_the_company_or_the_linked_name():
    target = application(company="Havsvind Energi AB")
    assert ApplicationFilter(organisation=" havsvind ").matches(target, today=TODAY)
    assert not ApplicationFilter(organisation="Lumora").matches(target, today=TODAY)
    assert ApplicationFilter(organisation="Lumora").matches(
        target, today=TODAY, organisation_name="Lumora Group"
    )
    spaced = application(company="Havsvind  Energi AB ")  # typed with a double space
    assert ApplicationFilter(organisation="havsvind energi").matches(spaced, today=TODAY)
    assert ApplicationFilter(organisation="Havsvind   Energi").matches(target, today=TODAY)
    assert ApplicationFilter(organisation="   ").matches(target, today=TODAY)  # nothing asked
    nameless = application(company="")
    assert not ApplicationFilter(organisation="Lumora").matches(nameless, today=TODAY)


def test_the_filter_words_must_all_appear_in_name_title_company_next_step_or_notes():
    target = application(
        name="Havsvind CTO", next_step="Send references to Ulla", notes="Hybrid, Malmö"
    )
    assert search_text(target) == search_text(target).casefold()
    for words in ("cto", "ULLA malmö", "head of it", "havsvind references"):
        assert ApplicationFilter(text=words).matches(target, today=TODAY), words
    assert not ApplicationFilter(text="ulla stockholm").matches(target, today=TODAY)


def test_the_filter_uses_the_haystack_the_caller_keeps():
    target = application()
    # The window passes the search text it keeps; the filter must not work it out again.
    assert ApplicationFilter(text="kept").matches(target, today=TODAY, haystack="what is kept")
    assert not ApplicationFilter(text="havsvind").matches(target, today=TODAY, haystack="else")


def test_the_filter_for_stale_only():
    quiet = application("applied", (("applied", "2026-01-10"),))
    recent = application("applied", (("applied", "2026-03-10"),))
    stale_only = ApplicationFilter(stale_only=True)
    assert stale_only.matches(quiet, today=TODAY)
    assert not stale_only.matches(recent, today=TODAY)
    assert not stale_only.matches(quiet, stale_days=90, today=TODAY)
    talked = [meeting_about(quiet, PartialDate(2026, 3, 12))]
    assert not stale_only.matches(quiet, talked, today=TODAY)


def test_every_part_of_the_filter_must_match():
    target = application("applied", (("applied", "2026-01-10"),), kind="internal")
    assert ApplicationFilter("applied", "havs", "internal", True, "head").matches(
        target, today=TODAY
    )
    assert not ApplicationFilter("applied", "havs", "external", True, "head").matches(
        target, today=TODAY
    )


# ------------------------------------------------------------------- next steps and meetings
def test_the_next_step_is_due_only_for_an_open_dated_application_not_archived():
    when = PartialDate(2026, 3, 20)
    assert next_step_due(application("applied", next_step_date=when)) == when
    assert next_step_due(application("applied")) is None
    assert next_step_due(application("rejected", next_step_date=when)) is None
    assert next_step_due(application("applied", next_step_date=when, archived=True)) is None


def test_the_meetings_of_an_application_in_the_order_kept():
    target, other = application(), application()
    later = meeting_about(target, PartialDate(2026, 3, 1))
    earlier = meeting_about(target, PartialDate(2026, 2, 1))
    elsewhere = meeting_about(other, PartialDate(2026, 2, 15))
    assert meetings_for(target, [later, elsewhere, earlier]) == [later, earlier]
    assert meetings_for(target, []) == []
