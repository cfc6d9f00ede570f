"""File → Import with its preview, Back Up… and Restore… as a user meets them."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from resume_builder.domain.models import RECORD_TYPES, Accomplishment, Role
from resume_builder.export.json_resume import to_json_resume
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import snapshot_of
from resume_builder.services.importing.files import read_import
from resume_builder.services.importing.plan import ImportFileError
from resume_builder.storage.repository import Repository
from resume_builder.ui.commands import delete_records
from resume_builder.ui.views.import_backup import BackupsDialog, ImportPreviewDialog
from tests.ui.test_main_window import close_window, open_window, run_dialog

JSON_RESUME_MODULE = "resume_builder.services.importing.json_resume"


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def json_resume_importer(monkeypatch):
    """The real JSON Resume importer, or (until it lands) a stub that reads our demo export."""
    try:
        __import__(JSON_RESUME_MODULE)
    except ImportError:
        stub = types.ModuleType(JSON_RESUME_MODULE)

        def parse_json_resume(data: bytes, source_name: str):
            try:
                json.loads(data)
            except ValueError as exc:
                raise ImportFileError(f"{source_name} is not valid JSON ({exc})") from None
            return demo_records(), {}

        stub.parse_json_resume = parse_json_resume
        monkeypatch.setitem(sys.modules, JSON_RESUME_MODULE, stub)


@pytest.fixture
def demo_json_resume(tmp_path) -> Path:
    """A JSON Resume file written by our own exporter from the demo career."""
    repo = Repository.open(tmp_path / "source")
    from resume_builder.services.demo import write_demo

    write_demo(repo)
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(to_json_resume(snapshot_of(repo))), encoding="utf-8")
    repo.close()
    return path


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def visible_preview(window) -> ImportPreviewDialog | None:
    shown = [d for d in window.findChildren(ImportPreviewDialog) if d.isVisible()]
    return shown[0] if shown else None


def wait_for_preview(qtbot, window) -> ImportPreviewDialog:
    qtbot.waitUntil(lambda: visible_preview(window) is not None, timeout=15000)
    return visible_preview(window)


def answer_next_box(button: QMessageBox.StandardButton, seen: dict) -> None:
    """Clicks a button of the next modal message box, whenever it opens."""

    def handle():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, handle)
            return
        seen["text"] = box.text()
        box.button(button).click()

    QTimer.singleShot(0, handle)


def records_of(window) -> dict[str, set[str]]:
    return {t.KIND: {r.id for r in window.store.records(t)} for t in RECORD_TYPES}


def test_import_preview_groups_then_import_and_undo(qtbot, monkeypatch, data_dir, demo_json_resume):
    parsed = read_import("jsonresume", demo_json_resume)
    window = open_window(qtbot, data_dir)
    choose_file(monkeypatch, demo_json_resume)
    window.import_action.trigger()
    preview = wait_for_preview(qtbot, window)

    counts = preview.group_counts()
    assert counts == {"add": len(parsed.records) - 1, "update": 1}  # the empty profile fills
    titles = [preview.tree.topLevelItem(i).text(0) for i in range(preview.tree.topLevelItemCount())]
    assert titles == [f"Will add ({counts['add']})", "Will update (1)"]
    labels = {
        preview.groups["add"].child(i).text(0) for i in range(preview.groups["add"].childCount())
    }
    assert any(a.headline in labels for a in parsed.records if isinstance(a, Accomplishment))
    assert str(len(parsed.records)) in preview.summary.text()
    assert preview.into_current.isChecked()

    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Undo Import JSON Resume"
    assert len(window.store.records(Role)) == 4
    assert len(window.store.records(Accomplishment)) >= 40
    assert window.store.profile().name == "Dana Lindqvist"
    backups = window.store.repository.backups.list()
    assert any(b.reason == "pre-import" for b in backups)

    # The same file again: nothing new, so nothing to import.
    window.import_action.trigger()
    again = wait_for_preview(qtbot, window)
    counts = again.group_counts()
    assert "add" not in counts and "update" not in counts
    assert counts["match"] >= len(parsed.records) - 1
    assert again.tree.topLevelItem(0).text(0).startswith("Already there")
    assert not again.import_button.isEnabled()
    again.reject()

    window.undo_action.trigger()
    assert all(not ids for ids in records_of(window).values())
    close_window(window)


def test_import_errors_are_a_sentence(qtbot, monkeypatch, data_dir, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"basics": ', encoding="utf-8")
    window = open_window(qtbot, data_dir)
    choose_file(monkeypatch, broken)
    seen: dict = {}
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=15000)
    assert "broken.json" in seen["text"]
    assert all(not ids for ids in records_of(window).values())
    assert window.import_action.isEnabled()
    close_window(window)


def test_import_into_a_new_data_folder(qtbot, monkeypatch, data_dir, tmp_path, demo_json_resume):
    window = open_window(qtbot, data_dir)
    target = tmp_path / "fresh"
    choose_file(monkeypatch, demo_json_resume)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    window.import_action.trigger()
    preview = wait_for_preview(qtbot, window)
    preview.into_new.setChecked(True)
    seen: dict = {}
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen)
    assert str(target) in seen["text"]
    assert all(not ids for ids in records_of(window).values())  # the open record is untouched
    with Repository.open(target) as fresh:
        assert len(fresh.all(Role)) == 4
        assert any(b.reason == "pre-import" for b in fresh.backups.list())
    close_window(window)


def test_back_up_then_restore_from_the_backups_dialog(qtbot, monkeypatch, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, demo_data=True)
    (data_dir / "dictionary.txt").write_text("Lindqvist\n", encoding="utf-8")
    before = records_of(window)
    archive = tmp_path / "carry.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(archive), ""))
    window.backup_action.trigger()
    assert archive.is_file()

    roles = window.store.records(Role)
    window.undo_stack.push(delete_records(window.store, roles, "Delete"))
    window.store.flush()
    (data_dir / "dictionary.txt").write_text("", encoding="utf-8")
    assert not window.store.records(Role)

    choose_file(monkeypatch, archive)

    def restore_from_file(dialog):
        assert isinstance(dialog, BackupsDialog)
        assert dialog.table.topLevelItemCount() >= 1  # the daily backup
        assert dialog.table.topLevelItem(0).text(3) == "Good"
        answer_next_box(QMessageBox.StandardButton.Yes, {})
        qtbot.mouseClick(dialog.from_file_button, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window.restore_action.trigger, restore_from_file)
    assert records_of(window) == before
    assert len(window.store.records(Role)) == 4
    assert window.undo_stack.count() == 0
    assert (data_dir / "dictionary.txt").read_text(encoding="utf-8") == "Lindqvist\n"
    assert any(b.reason == "pre-restore" for b in window.store.repository.backups.list())
    # the reloaded window still edits and saves
    window.view("accomplishments")
    window.undo_stack.push(delete_records(window.store, window.store.records(Role)[:1], "Delete"))
    assert window.store.flush() == ""
    close_window(window)
    with Repository.open(data_dir, read_only=True) as repo:
        assert len(repo.all(Role)) == 3


def test_restore_an_automatic_backup_from_the_list(qtbot, monkeypatch, data_dir, demo_json_resume):
    window = open_window(qtbot, data_dir)
    choose_file(monkeypatch, demo_json_resume)
    window.import_action.trigger()
    qtbot.mouseClick(wait_for_preview(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    window.store.flush()
    assert window.store.records(Role)

    def restore_pre_import(dialog):
        table = dialog.table
        rows = [table.topLevelItem(i) for i in range(table.topLevelItemCount())]
        row = next(r for r in rows if r.text(1) == "Before an import")
        assert row.text(3) == "Good" and row.text(2) == "0"
        table.setCurrentItem(row)
        assert dialog.restore_button.isEnabled()
        answer_next_box(QMessageBox.StandardButton.Yes, {})
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window.restore_action.trigger, restore_pre_import)
    assert all(not ids for ids in records_of(window).values())
    close_window(window)


def test_a_damaged_backup_file_is_refused_and_nothing_changes(
    qtbot, monkeypatch, data_dir, tmp_path
):
    window = open_window(qtbot, data_dir, demo_data=True)
    before = records_of(window)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    seen: dict = {}
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    assert not window.restore_from(bad)
    assert "bad.zip" in seen["text"]
    assert records_of(window) == before
    close_window(window)


def test_welcome_import_button_opens_the_import_flow(
    qtbot, monkeypatch, data_dir, demo_json_resume
):
    window = open_window(qtbot, data_dir)
    choose_file(monkeypatch, demo_json_resume)

    def choose_import(dialog):
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window.offer_welcome_if_empty, choose_import)
    preview = wait_for_preview(qtbot, window)
    assert "add" in preview.group_counts()
    preview.reject()
    close_window(window)
