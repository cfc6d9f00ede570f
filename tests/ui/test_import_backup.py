"""File → Import with its preview, Back Up… and Restore… as a user meets them."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from resume_builder.domain.models import RECORD_TYPES, Accomplishment, Role
from resume_builder.export.json_resume import to_json_resume
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import snapshot_of
from resume_builder.services.importing.files import read_import
from resume_builder.services.importing.plan import ImportFileError
from resume_builder.storage.repository import Repository
from resume_builder.ui.commands import delete_records
from resume_builder.ui.views.import_backup import BackupsDialog, ImportPreviewDialog
from tests.ui.conftest import when_modal_shown
from tests.ui.test_main_window import close_window, run_dialog

JSON_RESUME_MODULE = "resume_builder.services.importing.json_resume"


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

    def click(box):
        seen["text"] = box.text()
        box.button(button).click()

    when_modal_shown(QMessageBox, click)


def records_of(window) -> dict[str, set[str]]:
    return {t.KIND: {r.id for r in window.store.records(t)} for t in RECORD_TYPES}


def test_import_preview_groups_then_import_and_undo(
    qtbot, open_window, monkeypatch, data_dir, demo_json_resume
):
    parsed = read_import("jsonresume", demo_json_resume)
    window = open_window()
    choose_file(monkeypatch, demo_json_resume)
    window.import_action.trigger()
    preview = wait_for_preview(qtbot, window)

    counts = preview.group_counts()
    assert counts == {"add": len(parsed.records) - 1, "update": 1}  # the empty profile fills
    titles = preview.group_titles_shown()
    assert titles == [f"Will add ({counts['add']})", "Will update (1)"]
    labels = set(preview.labels_in("add"))
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
    assert again.group_titles_shown()[0].startswith("Already there")
    assert not again.import_button.isEnabled()
    assert again.summary.text().endswith("Everything in the file is already there.")
    again.reject()

    window.undo_action.trigger()
    assert all(not ids for ids in records_of(window).values())


def test_import_errors_are_a_sentence(qtbot, open_window, monkeypatch, data_dir, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"basics": ', encoding="utf-8")
    window = open_window()
    choose_file(monkeypatch, broken)
    seen: dict = {}
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=15000)
    assert "broken.json" in seen["text"]
    assert all(not ids for ids in records_of(window).values())
    assert window.import_action.isEnabled()


def test_import_into_a_new_data_folder(
    qtbot, open_window, monkeypatch, data_dir, tmp_path, demo_json_resume
):
    window = open_window()
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


def test_back_up_then_restore_from_the_backups_dialog(
    qtbot, open_window, monkeypatch, data_dir, tmp_path
):
    window = open_window(demo=True)
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
        assert dialog.model.rowCount() >= 1  # the daily backup
        assert dialog.model.index(0, 3).data() == "Good"
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


def test_restore_an_automatic_backup_from_the_list(
    qtbot, open_window, monkeypatch, data_dir, demo_json_resume
):
    window = open_window()
    choose_file(monkeypatch, demo_json_resume)
    window.import_action.trigger()
    qtbot.mouseClick(wait_for_preview(qtbot, window).import_button, Qt.MouseButton.LeftButton)
    window.store.flush()
    assert window.store.records(Role)

    def restore_pre_import(dialog):
        model = dialog.model
        row = next(
            r for r in range(model.rowCount()) if model.index(r, 1).data() == "Before an import"
        )
        assert model.index(row, 3).data() == "Good" and model.index(row, 2).data() == "0"
        dialog.table.setCurrentIndex(model.index(row, 0))
        assert dialog.restore_button.isEnabled()
        answer_next_box(QMessageBox.StandardButton.Yes, {})
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window.restore_action.trigger, restore_pre_import)
    assert all(not ids for ids in records_of(window).values())


def test_a_damaged_backup_file_is_refused_and_nothing_changes(
    qtbot, open_window, monkeypatch, data_dir, tmp_path
):
    window = open_window(demo=True)
    before = records_of(window)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    seen: dict = {}
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    assert not window.restore_from(bad)
    assert "bad.zip" in seen["text"]
    assert records_of(window) == before


def test_welcome_import_button_opens_the_import_flow(
    qtbot, open_window, monkeypatch, data_dir, demo_json_resume
):
    window = open_window()
    choose_file(monkeypatch, demo_json_resume)

    def choose_import(dialog):
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window.offer_welcome_if_empty, choose_import)
    preview = wait_for_preview(qtbot, window)
    assert "add" in preview.group_counts()
    preview.reject()


# --- Models, forgiving imports and the window's side of the workflows ---------------------------
FORGIVABLE = {
    "basics": [{"name": "Kari Nordmann", "location": "Oslo"}],
    "work": [
        {
            "name": "Fjord Retail",
            "position": "Data Lead",
            "startDate": "March 2020",
            "endDate": "2019",
            "highlights": "Cut nightly ETL from 6 h to 40 min",
        },
        {"name": "Nordic Logistics", "position": "Engineer", "startDate": "2019-13"},
    ],
}


@pytest.fixture
def forgivable(tmp_path) -> Path:
    path = tmp_path / "forgivable.json"
    path.write_text(json.dumps(FORGIVABLE), encoding="utf-8")
    return path


def test_the_preview_model_passes_the_model_tester(
    qtmodeltester, qtbot, demo_json_resume, tmp_path
):
    from resume_builder.services.importing.files import plan_import
    from resume_builder.ui.models.import_plan import ImportPlanModel, ImportPlanRole

    repo = Repository.open(tmp_path / "half")
    parsed = read_import("jsonresume", demo_json_resume)
    repo.apply(put=[r for r in parsed.records if isinstance(r, Role)][:2])
    plan = plan_import(read_import("jsonresume", demo_json_resume), snapshot_of(repo))
    repo.close()
    model = ImportPlanModel(
        plan, ["Record", "Kind", "Why", "From"], lambda a, n: f"{a} ({n})", str.upper
    )
    qtmodeltester.check(model)
    assert set(model.actions()) >= {"add", "match", "update"}
    group = model.group_index("match")
    assert model.rowCount(group) == model.group_counts()["match"] == 2
    first = model.index(0, 1, group)
    assert first.data() == "ROLE" and first.data(ImportPlanRole.ACTION) == "match"
    assert model.parent(first) == group.siblingAtColumn(0)
    assert model.index(0, 0, group).data(ImportPlanRole.ITEM).action == "match"


def test_the_backups_model_passes_the_model_tester_and_a_damaged_one_cannot_be_chosen(
    qtmodeltester, qtbot, tmp_path
):
    from resume_builder.ui.models.backups import BackupListModel, BackupRole

    with Repository.open(tmp_path / "data") as repo:
        good = repo.backups.take(repo.path, "manual")
        bad = repo.backups.take(repo.path, "pre-import")
    bad.path.write_bytes(b"damaged")
    backups = [good, bad]
    model = BackupListModel(
        backups,
        ["Taken", "Reason", "Records", "Integrity"],
        str.title,
        lambda error: "Good" if error is None else f"Damaged: {error}",
    )
    qtmodeltester.check(model)
    states = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert states[0] == "Good" and states[1].startswith("Damaged: ")
    assert model.index(1, 0).data(BackupRole.GOOD) is False
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    dialog = BackupsDialog(backups)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    assert not dialog.restore_button.isEnabled()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.restore_button.isEnabled()


def test_a_forgivable_file_shows_its_warnings_in_the_preview_and_imports(
    qtbot, open_window, monkeypatch, data_dir, forgivable
):
    window = open_window()
    choose_file(monkeypatch, forgivable)
    window.import_action.trigger()
    preview = wait_for_preview(qtbot, window)
    assert preview.warnings.isVisible() and preview.warnings_title.isVisible()
    assert preview.warnings_title.text().startswith("5 warning")  # English plural: the .qm
    assert len(preview.warnings.toPlainText().splitlines()) == 5
    lines = preview.warnings.toPlainText().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "basics",
        "basics.location",
        "work[0]",
        "work[0].highlights",
        "work[1].startDate",
    ]
    assert any("“2019-13” is not a date" in line for line in lines)
    assert not any(line.startswith("forgivable.json") for line in lines)  # the summary names it
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    roles = {r.employer: r for r in window.store.records(Role)}
    assert set(roles) == {"Fjord Retail", "Nordic Logistics"}
    assert roles["Fjord Retail"].end is None and roles["Nordic Logistics"].start is None
    assert [a.headline for a in window.store.records(Accomplishment)] == [
        "Cut nightly ETL from 6 h to 40 min"
    ]
    assert window.store.profile().city == "Oslo"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.json", b"", "empty.json is empty; a JSON Resume file is one JSON object"),
        ("theme.json", b'{"theme": "elegant"}', "theme.json has none of the sections"),
    ],
)
def test_a_file_holding_nothing_is_refused_with_its_sentence_and_nothing_changes(
    qtbot, open_window, monkeypatch, data_dir, tmp_path, name, content, expected
):
    window = open_window(demo=True)
    before = records_of(window)
    database = (data_dir / "resume.json").read_bytes()
    path = tmp_path / name
    path.write_bytes(content)
    choose_file(monkeypatch, path)
    seen: dict = {}
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=15000)
    assert seen["text"].startswith(expected)
    assert visible_preview(window) is None
    assert records_of(window) == before
    assert (data_dir / "resume.json").read_bytes() == database


def test_the_window_side_of_the_import_workflow_backs_up_then_pushes_one_undo_step(
    qtbot, open_window, data_dir, forgivable
):
    from resume_builder.services.importing.files import plan_import
    from resume_builder.ui.views.import_backup import import_into_current

    window = open_window()
    plan = plan_import(read_import("jsonresume", forgivable), snapshot_of(window.store))
    assert import_into_current(window, plan, "jsonresume")
    assert window.undo_action.text() == "&Undo Import JSON Resume"
    assert len(window.store.records(Role)) == 2
    assert any(b.reason == "pre-import" for b in window.store.repository.backups.list())
    window.undo_action.trigger()
    assert not window.store.records(Role)


def test_the_window_side_of_the_restore_workflow_restores_companions_and_refuses_bad_files(
    qtbot, open_window, data_dir, tmp_path
):
    from resume_builder.services.backup_archive import write_backup_zip
    from resume_builder.ui.views.import_backup import restore_into_window

    window = open_window(demo=True)
    (data_dir / "dictionary.txt").write_text("Lindqvist\n", encoding="utf-8")
    before = records_of(window)
    archive = tmp_path / "carry.zip"
    window.store.flush()
    write_backup_zip(window.store.repository, archive)
    window.undo_stack.push(delete_records(window.store, window.store.records(Role), "Delete"))
    (data_dir / "dictionary.txt").write_text("Later\n", encoding="utf-8")

    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{}")
    seen: dict = {}
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    assert not restore_into_window(window, bad)
    assert "bad.json cannot be restored" in seen["text"]
    assert not window.store.records(Role)  # unchanged: still as the user left it

    assert restore_into_window(window, archive)
    assert records_of(window) == before
    assert (data_dir / "dictionary.txt").read_text(encoding="utf-8") == "Lindqvist\n"
    kept = [p for p in (data_dir / "backups").iterdir() if p.name.startswith("dictionary-")]
    assert [p.read_text(encoding="utf-8") for p in kept] == ["Later\n"]
