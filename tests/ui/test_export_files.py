"""The Export dialog's files: the name typed picks the format, a target's format stays its own,
an empty record exports nothing, and no file is replaced unasked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Role
from resume_builder.storage.repository import Repository
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.export_dialog import ExportDialog
from tests.ui.test_export_dialog import (
    NAME,
    PREVIEW_TIMEOUT_MS,
    answer_message_box,
    docx_text,
    export_and_close,
    open_dialog,
    pdf_text,
)
from tests.ui.test_export_dialog import context as context  # noqa: F401 - fixtures
from tests.ui.test_export_dialog import dialog as dialog  # noqa: F401
from tests.ui.test_export_dialog import no_stray_message_boxes as no_stray_message_boxes  # noqa: F401
from tests.ui.test_export_dialog import save_typed as save_typed  # noqa: F401


# --------------------------------------------------------------------------- file names
def test_the_typed_name_picks_the_format_and_no_name_ends_twice(
    qtbot, dialog, save_typed, tmp_path
):
    out = tmp_path / "out"
    out.mkdir()
    dialog.kind_combo.setFocus()
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # the Career Management Document
    dialog.format_combo.setFocus()
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)  # PDF → Word, as after a Word export
    assert dialog.format_combo.currentData() == "docx"

    # The save dialog offers every format the document can be, the current one selected.
    asked = save_typed(out / "career-cmd.pdf")  # typed with .pdf, Word left selected
    written = export_and_close(qtbot, dialog)
    assert len(asked["filters"]) == 5
    for pattern in ("*.pdf", "*.docx", "*.md", "*.txt", "*.json"):
        assert sum(pattern in f for f in asked["filters"]) == 1, pattern
    assert "*.docx" in asked["selected"]
    assert written == out / "career-cmd.pdf"
    assert "OVERVIEW" in pdf_text(written.read_bytes()).upper()  # a real PDF of the CMD
    assert dialog.format_combo.currentData() == "pdf"  # the dialog's format followed the name

    # No extension typed: the file type chosen in the save dialog gives it.
    save_typed(out / "career-cmd", chosen_type="*.md")
    written = export_and_close(qtbot, dialog)
    assert written == out / "career-cmd.md"
    assert NAME in written.read_text(encoding="utf-8")
    assert dialog.format_combo.currentData() == "md"
    save_typed(out / "career-cmd.docx")
    written = export_and_close(qtbot, dialog)
    assert NAME in docx_text(written)
    assert sorted(p.name for p in out.iterdir()) == [
        "career-cmd.docx",
        "career-cmd.md",
        "career-cmd.pdf",
    ]


def test_a_targets_format_stays_with_targets(qtbot, context, save_typed, tmp_path):
    from resume_builder.domain.options import LetterOptions
    from resume_builder.ui.views.export_dialog import DocumentPlan

    def complete(request):
        request.letter = LetterOptions(text="Dear Northwind,\n\nI would like to help.")
        return request

    plan = DocumentPlan(
        title="Export for Northwind",
        kinds=[("resume", "Résumé for this target"), ("letter", "Cover letter")],
        kind="letter",
        complete=complete,
        file_stem=lambda kind: f"Dana - {kind} - Northwind",
        formats={"letter": ("pdf", "docx", "md", "txt")},
    )
    for_target = open_dialog(qtbot, context, plan)
    try:
        # A letter is never JSON: the save dialog does not offer it.
        formats = [
            for_target.format_combo.itemData(i)
            for i in range(for_target.format_combo.count())
            if for_target.format_combo.model().item(i).isEnabled()
        ]
        assert formats == ["pdf", "docx", "md", "txt"]
        for_target.format_combo.setFocus()
        qtbot.keyClick(for_target.format_combo, Qt.Key.Key_Down)  # Word
        assert for_target.default_file_name() == "Dana - letter - Northwind.docx"
        # Typed anyway, it is refused in a sentence and nothing is written.
        save_typed(tmp_path / "letter.json")
        seen: dict = {}
        answer_message_box(qtbot, "Close", seen)
        qtbot.mouseClick(for_target.export_button, Qt.MouseButton.LeftButton)
        assert seen["text"] == (
            "“Cover letter” cannot be saved as JSON Resume. "
            "Choose one of: PDF, Word (DOCX), Markdown, Plain text."
        )
        assert not (tmp_path / "letter.json").exists()
        assert for_target.format_combo.currentData() == "docx"
    finally:
        for_target.done(0)
    general = open_dialog(qtbot, context)
    try:
        assert general.format_combo.currentData() == "pdf"
        assert general.default_file_name() == f"{NAME} - Résumé.pdf"
    finally:
        general.done(0)
    again = open_dialog(qtbot, context, plan)
    try:
        assert again.format_combo.currentData() == "docx"  # the target's own choice is kept
    finally:
        again.done(0)


# --------------------------------------------------------------------------- empty records
@pytest.fixture
def empty_context(tmp_path, qapp):
    repository = Repository.open(tmp_path / "empty")
    store = CareerStore(repository)
    yield ViewContext(store=store, undo_stack=QUndoStack())
    store.flush()
    repository.close()


def test_an_empty_record_says_what_to_add_and_exports_nothing(
    qtbot, empty_context, save_typed, tmp_path
):
    dialog = ExportDialog(empty_context)
    qtbot.addWidget(dialog)
    asked = save_typed(tmp_path / "blank.pdf")
    try:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.empty_label.isVisible(), timeout=PREVIEW_TIMEOUT_MS)
        said = dialog.empty_label.text()
        assert "nothing to show" in said and "Experience" in said
        assert not dialog.preview_pages.isVisible()
        # No fit is claimed for a blank page, and there is nothing to export.
        assert not dialog.fit_box.isVisible() and "target" not in dialog.fit_label.text()
        assert dialog.pages_label.text() == ""
        assert not dialog.export_button.isEnabled()
        assert dialog.export_button.toolTip() == said
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert asked == {} and not (tmp_path / "blank.pdf").exists()

        dialog.kind_combo.setFocus()
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # the CMD is empty too
        qtbot.waitUntil(lambda: "Career Management Document" in dialog.empty_label.text())
        assert not dialog.export_button.isEnabled()

        # The first role: the page is there, with its fit, and Export works.
        role = Role(title="IT Manager", employer="Northwind", start=PartialDate(2020, 1))
        with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
            empty_context.store.apply(put=[role])
        assert dialog.preview_pages.isVisible() and not dialog.empty_label.isVisible()
        assert dialog.fit_box.isVisible() and dialog.export_button.isEnabled()
        assert "IT Manager" in pdf_text(dialog.preview_data)
    finally:
        dialog.done(0)


# --------------------------------------------------------------------------- overwrite safety
def test_a_name_typed_without_its_ending_never_replaces_a_file_unasked(
    qtbot, dialog, save_typed, tmp_path
):
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "cv.pdf"
    existing.write_bytes(b"the CV sent last week")
    save_typed(out / "cv")  # the save dialog saw "cv", which does not exist
    seen: dict = {}
    answer_message_box(qtbot, "Cancel", seen)
    finished: list = []
    dialog.export_finished.connect(finished.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "cv.pdf" in seen["text"] and "replace" in seen["text"]
    assert str(out) in seen["details"]
    assert existing.read_bytes() == b"the CV sent last week"
    assert not dialog.exports.running and finished == []
    assert dialog.export_button.isEnabled()

    # Asked again, the user replaces it: the export writes the new PDF there.
    save_typed(out / "cv")
    answer_message_box(qtbot, "Replace", seen)
    written = export_and_close(qtbot, dialog)
    assert written == existing
    assert NAME in pdf_text(existing.read_bytes())


def test_a_name_the_save_dialog_returned_whole_is_not_asked_about_twice(
    qtbot, dialog, save_typed, tmp_path
):
    existing = tmp_path / "cv.pdf"
    existing.write_bytes(b"old")
    save_typed(existing)  # the save dialog itself asked about this very file
    written = export_and_close(qtbot, dialog)  # only the "saved" message comes
    assert written == existing and NAME in pdf_text(existing.read_bytes())
