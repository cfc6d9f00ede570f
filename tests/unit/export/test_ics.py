"""The RFC 5545 writer, read back with the icalendar parser."""

import datetime as dt

import icalendar
import pytest

from resume_builder.export.ics import CalendarEntry, render_calendar

STAMP = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def parse(data: bytes):
    return icalendar.Calendar.from_ical(data)


def test_special_characters_and_non_ascii_survive():
    summary = "Call Åsa; re: pay, \\ benefits"
    description = "Agenda:\r\n1. pay; 2. start date,\nthen \\ questions"
    entry = CalendarEntry("a@rb", summary, dt.date(2026, 12, 3), STAMP, description=description)
    events = parse(render_calendar([entry])).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [summary]
    assert str(events[0]["DESCRIPTION"]) == description.replace("\r\n", "\n")


def test_a_summary_is_one_line_and_control_characters_and_lone_surrogates_go():
    summary = "Call\nKarin\x00 \x1b[1m\ud800"
    data = render_calendar([CalendarEntry("f@rb", summary, dt.date(2026, 12, 3), STAMP)])
    assert str(parse(data).walk("VEVENT")[0]["SUMMARY"]) == "Call Karin [1m\ufffd"


def test_status_completed_location_and_categories():
    done = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
    entry = CalendarEntry(
        "g@rb",
        "Send the runbook",
        dt.date(2026, 12, 4),
        STAMP,
        categories=("Job search", "Action item, open"),
        as_todo=True,
        status="COMPLETED",
        completed=done,
        location="Office; room 2",
    )
    todo = parse(render_calendar([entry])).walk("VTODO")[0]
    assert str(todo["STATUS"]) == "COMPLETED"
    assert todo["COMPLETED"].dt == done
    assert str(todo["LOCATION"]) == "Office; room 2"
    assert [str(c) for c in todo["CATEGORIES"].cats] == ["Job search", "Action item, open"]


def test_a_naive_time_is_refused():
    entry = CalendarEntry("h@rb", "x", dt.date(2026, 12, 4), dt.datetime(2026, 12, 1, 9))
    with pytest.raises(ValueError, match="time-zone aware"):
        render_calendar([entry])


def test_long_lines_are_folded_at_75_octets_and_read_back_whole():
    summary = "Ö" * 120 + " long summary"
    data = render_calendar([CalendarEntry("b@rb", summary, dt.date(2026, 12, 3), STAMP)])
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    data.decode("utf-8")
    for line in data.split(b"\r\n"):
        line.decode("utf-8")  # no character split across a fold
    assert str(parse(data).walk("VEVENT")[0]["SUMMARY"]) == summary


def test_calendar_header_and_all_day_event_ends_next_day():
    data = render_calendar([CalendarEntry("c@rb", "Deadline", dt.date(2026, 12, 31), STAMP)])
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert b"METHOD:PUBLISH\r\n" in data and b"CALSCALE:GREGORIAN\r\n" in data
    event = parse(data).walk("VEVENT")[0]
    assert event["DTSTART"].dt == dt.date(2026, 12, 31)
    assert event["DTEND"].dt == dt.date(2027, 1, 1)
    assert event["DTSTAMP"].dt == STAMP


def test_timed_event_is_written_in_utc_and_todo_has_due():
    start = dt.datetime(2026, 7, 1, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    entries = [
        CalendarEntry("d@rb", "Meeting", start, STAMP, all_day=False),
        CalendarEntry("e@rb", "Milestone", dt.date(2027, 1, 1), STAMP, as_todo=True),
    ]
    data = render_calendar(entries)
    assert b"DTSTART:20260701T120000Z\r\n" in data
    cal = parse(data)
    assert cal.walk("VEVENT")[0]["DTEND"].dt == dt.datetime(2026, 7, 1, 13, 0, tzinfo=dt.UTC)
    assert cal.walk("VTODO")[0]["DUE"].dt == dt.date(2027, 1, 1)
