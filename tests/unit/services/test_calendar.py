"""The job-search calendar: which records become entries, their times, UIDs and the file."""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo

import icalendar
import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    ActionItem,
    CareerPlan,
    Meeting,
    Milestone,
    Person,
    StatusChange,
    Target,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.ics import render_calendar
from resume_builder.services.calendar import (
    PAST_DAYS,
    CalendarError,
    calendar_entries,
    write_calendar,
)

TODAY = dt.date(2026, 12, 2)
STOCKHOLM = ZoneInfo("Europe/Stockholm")
STAMP = "2026-11-20T08:15:00+00:00"


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


def snapshot(*records) -> CareerSnapshot:
    return CareerSnapshot.from_records(list(records))


def parsed(snap: CareerSnapshot, **options) -> icalendar.Calendar:
    entries = calendar_entries(snap, TODAY, options.pop("within_days", None), **options)
    return icalendar.Calendar.from_ical(render_calendar(entries))


def components(cal: icalendar.Calendar) -> list:
    return [c for c in cal.walk() if c.name in ("VEVENT", "VTODO")]


def by_summary(cal: icalendar.Calendar) -> dict:
    return {str(c["SUMMARY"]): c for c in components(cal)}


def meeting(title: str, when: str, at: str = "", **fields) -> Meeting:
    return Meeting(title=title, date=day(when), time=at, updated=STAMP, **fields)


def test_a_timed_meeting_is_at_its_local_time_in_utc_and_one_hour_long():
    winter = meeting("Recruiter call", "2026-12-08", "14:30")
    summer = meeting("Interview", "2027-06-10", "09:00")
    cal = parsed(snapshot(winter, summer), zone=STOCKHOLM)
    events = by_summary(cal)
    assert events["Recruiter call"]["DTSTART"].dt == dt.datetime(2026, 12, 8, 13, 30, tzinfo=dt.UTC)
    assert events["Recruiter call"]["DTEND"].dt == dt.datetime(2026, 12, 8, 14, 30, tzinfo=dt.UTC)
    # summer time: two hours ahead of UTC, not one
    assert events["Interview"]["DTSTART"].dt == dt.datetime(2027, 6, 10, 7, 0, tzinfo=dt.UTC)


def test_meeting_times_default_to_the_machines_time_zone(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        cal = parsed(snapshot(meeting("Call", "2026-12-08", "09:00")))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert by_summary(cal)["Call"]["DTSTART"].dt == dt.datetime(2026, 12, 8, 14, tzinfo=dt.UTC)


def test_a_meeting_without_a_time_is_all_day_and_one_dated_to_the_month_is_left_out():
    cal = parsed(snapshot(meeting("Lunch", "2026-12-09"), meeting("Some time", "2026-12")))
    events = by_summary(cal)
    assert list(events) == ["Lunch"]
    assert events["Lunch"]["DTSTART"].dt == dt.date(2026, 12, 9)
    assert events["Lunch"]["DTEND"].dt == dt.date(2026, 12, 10)


def test_past_meetings_go_back_30_days_and_the_horizon_limits_what_is_ahead():
    edge = TODAY - dt.timedelta(days=PAST_DAYS)
    records = (
        meeting("Last month", edge.isoformat()),
        meeting("Too long ago", (edge - dt.timedelta(days=1)).isoformat()),
        meeting("Next week", "2026-12-09"),
        meeting("Next year", "2027-03-01"),
    )
    assert set(by_summary(parsed(snapshot(*records)))) == {"Last month", "Next week", "Next year"}
    limited = parsed(snapshot(*records), within_days=14)
    assert set(by_summary(limited)) == {"Last month", "Next week"}


def test_a_meeting_names_its_people_target_and_agenda():
    person = Person(name="Jonas Lund")
    target = Target(name="Havsvind Energi")
    talk = meeting(
        "Call, first",
        "2026-12-08",
        kind="recruiter",
        person_ids=[person.id],
        target_id=target.id,
        agenda="The role; the process",
    )
    event = components(parsed(snapshot(person, target, talk)))[0]
    assert str(event["SUMMARY"]) == "Call, first"
    assert str(event["DESCRIPTION"]) == (
        "Recruiter\nWith: Jonas Lund\nAbout: Havsvind Energi\n\nAgenda:\nThe role; the process"
    )
    assert [str(c) for c in event["CATEGORIES"].cats] == ["Job search", "Meeting"]
    assert event["DTSTAMP"].dt == dt.datetime(2026, 11, 20, 8, 15, tzinfo=dt.UTC)


def due_records():
    talk = meeting("Talk with Karin", "2026-11-25", follow_up=day("2026-12-10"))
    return (
        talk,
        ActionItem(meeting_id=talk.id, text="Send the runbook", due=day("2026-12-04")),
        ActionItem(meeting_id=talk.id, text="Already done", due=day("2026-12-05"), done=True),
        Target(
            name="Acme",
            status="interviewing",
            next_step="Send references",
            next_step_date=day("2026-12-07"),
        ),
        Target(
            name="Closed",
            status="rejected",
            next_step="Nothing",
            next_step_date=day("2026-12-07"),
        ),
        Milestone(title="Ten applications", due=day("2027-02")),
    )


def test_what_is_due_is_an_all_day_event_on_its_day():
    events = by_summary(parsed(snapshot(*due_records())))
    assert set(events) == {
        "Talk with Karin",
        "Follow up: Talk with Karin",
        "Send the runbook",
        "Send references (Acme)",
        "Milestone: Ten applications",
    }
    assert events["Follow up: Talk with Karin"]["DTSTART"].dt == dt.date(2026, 12, 10)
    assert str(events["Send the runbook"]["DESCRIPTION"]) == "From: Talk with Karin"
    assert str(events["Send references (Acme)"]["DESCRIPTION"]) == (
        "Application: Acme\nStatus: interviewing"
    )
    # due "2027-02" means by the end of February
    assert events["Milestone: Ten applications"]["DTSTART"].dt == dt.date(2027, 2, 28)
    assert all(c.name == "VEVENT" for c in events.values())


def test_a_follow_up_held_is_no_longer_due():
    talk = meeting("Talk", "2026-11-25", follow_up=day("2026-12-10"))
    later = meeting("Follow-up talk", "2026-12-09", follows_id=talk.id)
    assert set(by_summary(parsed(snapshot(talk, later)))) == {"Talk", "Follow-up talk"}


def test_as_todos_what_is_due_is_a_todo_and_what_was_done_lately_is_completed():
    records = due_records()
    cal = parsed(snapshot(*records), as_todos=True)
    todos = {str(c["SUMMARY"]): c for c in cal.walk("VTODO")}
    assert set(todos) == {
        "Follow up: Talk with Karin",
        "Send the runbook",
        "Already done",
        "Send references (Acme)",
        "Milestone: Ten applications",
    }
    assert [str(c["SUMMARY"]) for c in cal.walk("VEVENT")] == ["Talk with Karin"]
    assert todos["Send the runbook"]["DUE"].dt == dt.date(2026, 12, 4)
    assert str(todos["Send the runbook"]["STATUS"]) == "NEEDS-ACTION"
    done = todos["Already done"]
    assert str(done["STATUS"]) == "COMPLETED"
    assert done["COMPLETED"].dt == dt.datetime.fromisoformat(records[2].updated)
    # an event and a to-do for the same record may not share a UID
    events = {str(c["UID"]) for c in parsed(snapshot(*records)).walk("VEVENT")}
    assert not events & {str(c["UID"]) for c in todos.values()}


def test_a_milestone_ticked_done_with_a_day_is_completed_that_day():
    milestone = Milestone(
        title="CMD complete", due=day("2026-12-20"), done=True, done_on=day("2026-11-30")
    )
    cal = parsed(snapshot(CareerPlan(deadline=day("2027-06")), milestone), as_todos=True)
    todo = cal.walk("VTODO")[0]
    assert str(todo["STATUS"]) == "COMPLETED"
    assert todo["COMPLETED"].dt == dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
    # as events, done milestones are not listed at all
    assert components(parsed(snapshot(milestone))) == []


def test_uids_stay_the_same_when_the_dates_and_titles_change():
    records = due_records()
    first = {str(c["UID"]) for c in components(parsed(snapshot(*records)))}
    talk, action, _, acme, *_ = records
    talk.title, talk.follow_up, talk.date = "Renamed", day("2026-12-14"), day("2026-11-26")
    action.due = day("2026-12-06")
    acme.next_step_date = day("2026-12-08")
    second = {str(c["UID"]) for c in components(parsed(snapshot(*records)))}
    assert first == second
    assert len(first) == 5
    assert all(uid.endswith("@resume-builder") for uid in first)


def test_exporting_unchanged_data_twice_gives_the_same_bytes():
    records = due_records()
    first = render_calendar(calendar_entries(snapshot(*records), TODAY))
    a_day_later = render_calendar(calendar_entries(snapshot(*records), TODAY + dt.timedelta(1)))
    assert first == a_day_later


def test_a_moved_application_keeps_its_next_step_uid_and_status_text():
    acme = Target(name="Acme", next_step="Call", next_step_date=day("2026-12-07"))
    before = components(parsed(snapshot(acme)))[0]
    acme.status = "screening"
    acme.history = [StatusChange("screening", "2026-12-01", "")]
    after = components(parsed(snapshot(acme)))[0]
    assert before["UID"] == after["UID"]
    assert str(after["DESCRIPTION"]).endswith("Status: screening")


def test_write_calendar_writes_the_file_and_counts_the_entries(tmp_path):
    path = tmp_path / "job-search.ics"
    count = write_calendar(path, snapshot(*due_records()), TODAY)
    assert count == 5
    assert len(components(icalendar.Calendar.from_ical(path.read_bytes()))) == 5
    assert os.listdir(tmp_path) == ["job-search.ics"]


def test_write_calendar_into_a_missing_folder_says_so_and_writes_nothing(tmp_path):
    path = tmp_path / "nowhere" / "job-search.ics"
    with pytest.raises(CalendarError, match="the folder .*nowhere does not exist"):
        write_calendar(path, snapshot(*due_records()), TODAY)
    assert list(tmp_path.iterdir()) == []


def test_write_calendar_onto_a_folder_refuses(tmp_path):
    with pytest.raises(CalendarError, match="is a folder"):
        write_calendar(tmp_path, snapshot(*due_records()), TODAY)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    old = tmp_path / "old.ics"
    old.write_bytes(b"old")
    too_long = tmp_path / ("x" * 300 + ".ics")  # refused by the file system, even for root
    with pytest.raises(CalendarError, match="cannot write"):
        write_calendar(too_long, snapshot(*due_records()), TODAY)
    assert os.listdir(tmp_path) == ["old.ics"]
    assert old.read_bytes() == b"old"
