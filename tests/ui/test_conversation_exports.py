"""The meeting-brief and progress-pack dialogs, opened from the File menu and used as a person
would: pick, export, read the file back, copy the update note."""

from __future__ import annotations

import io

import docx
import pypdf
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from resume_builder.domain.models import Meeting, Profile
from resume_builder.ui.views.conversation_exports import BriefDialog, ProgressDialog
from tests.unit.services.conversation_career import career_records


def _open(window, qtbot, action, kind):
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or _top(kind), kind))
    dialog = _top(kind)
    return dialog


def _top(kind):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind)), None)


def _records():
    records = career_records()
    # The window shows the profile from the repository's profile slot.
    return [r for r in records if not isinstance(r, Profile)], next(
        r for r in records if isinstance(r, Profile)
    )


def test_the_brief_of_an_interview_exported_from_the_menu_reads_back(open_window, qtbot, tmp_path):
    records, profile = _records()
    interview = next(r for r in records if isinstance(r, Meeting) and r.kind == "interview")
    window = open_window([profile, *records])
    assert window.brief_action in window.menuBar().actions()[0].menu().actions()
    dialog = _open(window, qtbot, window.brief_action, BriefDialog)
    dialog.meeting_box.setCurrentIndex(dialog.meeting_box.findData(interview.id))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    out = tmp_path / "interview brief.pdf"
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, str(out))
    with qtbot.waitSignal(dialog.jobs.finished, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.exists()
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    order = ["Interview at Kvarnby", "Pitch", "Sara Lind", "Stories to tell", "ITIL", "Notes"]
    # Templates may set headings in capitals: compare ignoring case.
    positions = [text.casefold().index(part.casefold()) for part in order]
    assert positions == sorted(positions)
    assert str(out) in dialog.status_label.text()
    assert len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages) <= 2

    # The same brief as Word, for the target alone.
    dialog.meeting_box.setCurrentIndex(0)
    dialog.target_box.setCurrentIndex(1)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    assert dialog.file_edit.text().endswith(".docx")
    with qtbot.waitSignal(dialog.jobs.finished, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    word = docx.Document(str(tmp_path / "interview brief.docx"))
    paragraphs = [p.text for p in word.paragraphs]
    assert "Dana Lindqvist" in paragraphs
    assert any("Kvarnby" in p for p in paragraphs)
    table_text = [c.text for t in word.tables for row in t.rows for c in row.cells]
    itil = table_text.index("ITIL")
    assert table_text[itil + 1] == "Led the yearly disaster-recovery test"
    assert "— gap" in table_text  # a requirement nothing in the record proves
    dialog.close()


def test_the_progress_pack_exports_and_its_update_note_goes_to_the_clipboard(
    open_window, qtbot, tmp_path
):
    records, profile = _records()
    window = open_window([profile, *records])
    dialog = _open(window, qtbot, window.progress_action, ProgressDialog)
    assert dialog.period_box.currentData() == "since_conversation"
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("range"))
    assert dialog.from_edit.isEnabled()
    dialog.from_edit.setDate(dialog.from_edit.date().fromString("2026-04-01", "yyyy-MM-dd"))
    note = dialog.note_view.toPlainText()
    assert note.startswith("Hi Anna,")
    assert "Done: Lead the vendor consolidation" in note

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == note
    assert note.rstrip().endswith("Dana Lindqvist")

    dialog.group_box.setCurrentIndex(dialog.group_box.findData("action"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("txt"))
    out = tmp_path / "progress.txt"
    dialog.file_edit.setText(str(out))
    with qtbot.waitSignal(dialog.jobs.finished, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = out.read_text(encoding="utf-8")
    assert text.index("Lead the vendor consolidation") < text.index("Renegotiated the network")
    assert text.index("AGREED ACTIONS") < text.index("OTHER RESULTS")

    # Swedish documents get a Swedish note.
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("sv"))
    assert dialog.note_view.toPlainText().startswith("Hej Anna!")
    dialog.close()


def test_on_an_empty_folder_the_dialogs_say_what_is_missing_and_offer_no_export(open_window, qtbot):
    window = open_window([])
    brief = _open(window, qtbot, window.brief_action, BriefDialog)
    assert brief.meeting_box.itemText(0) == "No meetings yet"
    assert brief.target_box.itemText(0) == "No targets yet"
    assert not brief.export_button.isEnabled()
    assert "nothing to make a brief for yet" in brief.status_label.text()
    brief.close()
    dialog = _open(window, qtbot, window.progress_action, ProgressDialog)
    assert dialog.note_view.toPlainText() == ""
    assert not dialog.export_button.isEnabled() and not dialog.copy_button.isEnabled()
    assert dialog.status_label.text().startswith("Nothing to report for this period")
    # Sentence case, as the app's other buttons.
    assert dialog.copy_button.text() == "&Copy update note"
    dialog.close()


def test_a_brief_needs_a_meeting_or_a_target_before_it_can_be_exported(open_window, qtbot):
    records, profile = _records()
    window = open_window([profile, *records])
    dialog = _open(window, qtbot, window.brief_action, BriefDialog)
    assert dialog.export_button.isEnabled()
    dialog.meeting_box.setCurrentIndex(0)
    dialog.target_box.setCurrentIndex(0)
    assert not dialog.export_button.isEnabled()
    assert dialog.status_label.text() == "Choose a meeting or a target for the brief."
    dialog.target_box.setCurrentIndex(1)
    assert dialog.export_button.isEnabled() and dialog.status_label.text() == ""
    dialog.close()


def test_in_a_swedish_interface_the_documents_are_swedish_and_so_are_their_names(
    swedish, open_window, qtbot
):
    records, profile = _records()
    window = open_window([profile, *records])
    brief = _open(window, qtbot, window.brief_action, BriefDialog)
    assert brief.language() == "sv"
    assert brief.file_edit.text().endswith("Dana Lindqvist - Mötesunderlag.pdf")
    brief.language_box.setCurrentIndex(brief.language_box.findData("en"))
    assert brief.file_edit.text().endswith("Dana Lindqvist - Brief.pdf")
    brief.close()
    dialog = _open(window, qtbot, window.progress_action, ProgressDialog)
    assert dialog.language() == "sv"
    assert dialog.file_edit.text().endswith("Dana Lindqvist - Lägesrapport.pdf")
    assert dialog.note_view.toPlainText().startswith("Hej Anna!")
    dialog.close()


def test_a_chosen_range_never_ends_before_it_starts(open_window, qtbot):
    records, profile = _records()
    window = open_window([profile, *records])
    dialog = _open(window, qtbot, window.progress_action, ProgressDialog)
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("range"))
    dialog.from_edit.setDate(QDate(2026, 1, 1))
    dialog.to_edit.setDate(QDate(2026, 3, 31))
    assert dialog.to_edit.date() == QDate(2026, 3, 31)
    dialog.to_edit.setDate(QDate(2025, 12, 1))  # before From: To stops at From
    assert dialog.to_edit.date() == QDate(2026, 1, 1)
    dialog.from_edit.setDate(QDate(2026, 6, 1))  # From moved past To: To follows
    assert dialog.to_edit.date() == QDate(2026, 6, 1)
    period = dialog.period()
    assert (period.start.isoformat(), period.end.isoformat()) == ("2026-06-01", "2026-06-01")
    # back to a named period: its own dates come back whole, whatever From was
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("quarter"))
    quarter = dialog.period()
    assert dialog.from_edit.date().toPython() == quarter.start
    assert dialog.to_edit.date().toPython() == quarter.end
    dialog.close()
