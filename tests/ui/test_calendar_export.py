"""File → Export Calendar…: the window writes the job-search calendar where the user says."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import icalendar
from PySide6.QtWidgets import QFileDialog, QMessageBox

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Meeting
from resume_builder.ui import settings as keys


def save_as(monkeypatch, path):
    """Answers the save dialog with `path`; returns the (folder-and-name) it suggested."""
    asked = []

    def fake(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_export_calendar_writes_the_file_and_says_how_many(
    qtbot, open_window, tmp_path, monkeypatch
):
    soon = (date.today() + timedelta(days=3)).isoformat()
    interview = Meeting(title="Interview, Acme", date=PartialDate.parse(soon), time="09:30")
    window = open_window([interview], demo=True)
    assert window.calendar_action in window.menuBar().actions()[0].menu().actions()
    folder = tmp_path / "exports"
    folder.mkdir()
    keys.EXPORT_LAST_FOLDER.set(str(folder))
    asked = save_as(monkeypatch, folder / "mine")  # no ending: .ics is added

    window.calendar_action.trigger()

    assert asked == [str(folder / "job-search.ics")]
    written = folder / "mine.ics"
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    entries = [c for c in calendar.walk() if c.name == "VEVENT"]
    summaries = {str(e["SUMMARY"]) for e in entries}
    assert "Interview, Acme" in summaries and len(summaries) > 1  # the demo's too
    (timed,) = [e for e in entries if str(e["SUMMARY"]) == "Interview, Acme"]
    local = datetime.combine(date.fromisoformat(soon), time(9, 30)).astimezone()
    assert timed["DTSTART"].dt == local
    assert window.statusBar().currentMessage() == (
        f"{len(entries)} calendar entries written to mine.ics"
    )
    assert keys.CALENDAR_LAST_FOLDER.get() == str(folder)
    # the next export starts where this one went
    asked = save_as(monkeypatch, folder / "again.ics")
    window.calendar_action.trigger()
    assert asked == [str(folder / "job-search.ics")]
    assert (folder / "again.ics").read_bytes() == written.read_bytes()


def test_export_calendar_into_a_missing_folder_warns_and_writes_nothing(
    qtbot, open_window, tmp_path, monkeypatch, when_modal
):
    window = open_window(demo=True)
    save_as(monkeypatch, tmp_path / "gone" / "job-search.ics")
    warned = []

    def read_and_close(box: QMessageBox) -> None:
        warned.append((box.windowTitle(), box.text()))
        box.accept()

    when_modal(QMessageBox, read_and_close)
    window.calendar_action.trigger()

    assert warned == [
        (
            "Could not export the calendar",
            f"cannot write {tmp_path / 'gone' / 'job-search.ics'}: the folder "
            f"{tmp_path / 'gone'} does not exist",
        )
    ]
    assert not (tmp_path / "gone").exists()
    assert keys.CALENDAR_LAST_FOLDER.get() == ""
