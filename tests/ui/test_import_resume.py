"""File → Import Résumé (DOCX or PDF)…: the preview of a Word résumé, then one undoable import."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt

from resume_builder.domain.models import Accomplishment, Role
from tests.ui.test_import_backup import choose_file, wait_for_preview


def _word_resume(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Robin Ek", style="Title")
    document.add_paragraph("robin@example.com · +46 70 222 33 44")
    document.add_heading("Erfarenhet", level=1)
    document.add_paragraph("IT-chef | Tallbo Logistik AB | Göteborg | mars 2019 – nu").runs[
        0
    ].bold = True
    document.add_paragraph("Halverade antalet incidenter på ett år", style="List Bullet")
    document.add_paragraph("Flyttade 80 servrar till molnet", style="List Bullet")
    document.add_heading("Intressen", level=1)
    document.add_paragraph("Segling")
    document.save(path)
    return path


def test_a_word_resume_is_previewed_with_its_unplaced_lines_then_imported_and_undone(
    qtbot, open_window, monkeypatch, data_dir, tmp_path
):
    path = _word_resume(tmp_path / "cv.docx")
    window = open_window()
    assert window.import_resume_action in window.menuBar().actions()[0].menu().actions()
    choose_file(monkeypatch, path)
    window.import_resume_action.trigger()
    preview = wait_for_preview(qtbot, window)
    window.resize(1280, 800)
    preview.resize(1000, 700)
    labels = set(preview.labels_in("add"))
    assert "IT-chef, Tallbo Logistik AB" in labels
    assert "Halverade antalet incidenter på ett år" in labels
    unplaced = preview.unplaced_model
    assert "Segling" in [unplaced.line_at(r).text for r in range(unplaced.rowCount())]
    assert unplaced.index(0, 0).data().startswith("page 1, line ")

    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Undo Import Résumé"
    (role,) = window.store.records(Role)
    assert (role.title, role.employer, role.location) == (
        "IT-chef",
        "Tallbo Logistik AB",
        "Göteborg",
    )
    bullets = window.store.records(Accomplishment)
    assert {b.role_id for b in bullets} == {role.id} and len(bullets) == 2
    assert any(b.reason == "pre-import" for b in window.store.repository.backups.list())
    window.undo_action.trigger()
    assert window.store.records(Role) == [] and window.store.records(Accomplishment) == []


def test_a_bad_resume_file_is_a_sentence_in_a_dialog(qtbot, open_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_import_backup import answer_next_box

    empty = tmp_path / "cv.pdf"
    empty.write_bytes(b"")
    window = open_window()
    choose_file(monkeypatch, empty)
    seen: dict = {}
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    window.import_resume_action.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=15000)
    assert seen["text"] == "cv.pdf is empty (0 bytes)."
    assert window.import_resume_action.isEnabled()


def test_an_unplaced_line_is_given_to_a_role_in_the_preview_then_imported_and_undone(
    qtbot, open_window, monkeypatch, data_dir, tmp_path
):
    path = _word_resume(tmp_path / "cv.docx")
    window = open_window()
    choose_file(monkeypatch, path)
    window.import_resume_action.trigger()
    preview = wait_for_preview(qtbot, window)
    view, box = preview.unplaced_view, preview.role_box
    texts = [view.model().index(r, 1).data() for r in range(view.model().rowCount())]
    row = texts.index("Segling")
    assert view.model().index(row, 2).data() == "Left out"
    assert "Segling" not in preview.warnings.toPlainText()  # listed once, in its own list
    assert not box.isEnabled()

    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.isEnabled() and box.currentText() == "Leave it out"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the first role, as a user picks it from the box
    assert box.currentText() == "IT-chef, Tallbo Logistik AB (in this file)"
    assert view.model().index(row, 2).data() == "IT-chef, Tallbo Logistik AB"
    assert "Segling" in preview.labels_in("add")
    assert not preview.into_new.isEnabled()
    preview.resize(1000, 700)
    preview.grab().save("/tmp/n_preview.png")

    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    (role,) = window.store.records(Role)
    bullets = {b.headline: b for b in window.store.records(Accomplishment)}
    assert bullets["Segling"].role_id == role.id and len(bullets) == 3
    window.undo_action.trigger()
    assert window.store.records(Role) == [] and window.store.records(Accomplishment) == []


def test_a_line_placed_then_left_out_again_adds_nothing(qtbot, tmp_path):
    from resume_builder.domain.models import Profile
    from resume_builder.domain.snapshot import CareerSnapshot
    from resume_builder.services.importing.files import plan_import, read_import
    from resume_builder.ui.views.import_backup import ImportPreviewDialog

    stored = Role(title="Sjökapten", employer="Rederi AB")
    existing = CareerSnapshot(profile=Profile(), roles=(stored,))
    plan = plan_import(read_import("resume", _word_resume(tmp_path / "cv.docx")), existing)
    preview = ImportPreviewDialog(plan, existing=existing)
    qtbot.addWidget(preview)
    view, box = preview.unplaced_view, preview.role_box
    texts = [view.model().index(r, 1).data() for r in range(view.model().rowCount())]
    view.setCurrentIndex(view.model().index(texts.index("Segling"), 0))
    added = len(preview.labels_in("add"))
    assert box.findText("Sjökapten, Rederi AB (already in your record)") == 2
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)
    (item,) = [i for i in preview.plan.items if i.record.KIND == "accomplishment"][-1:]
    assert item.record.headline == "Segling" and item.record.role_id == stored.id
    assert len(preview.labels_in("add")) == added + 1
    qtbot.keyClick(box, Qt.Key.Key_Home)
    assert len(preview.labels_in("add")) == added
    assert view.model().index(texts.index("Segling"), 2).data() == "Left out"
    assert preview.into_new.isEnabled()


def test_the_unplaced_lines_model_passes_the_model_tester(qtmodeltester, tmp_path):
    from resume_builder.domain.models import Profile
    from resume_builder.domain.snapshot import CareerSnapshot
    from resume_builder.services.importing.files import plan_import, read_import
    from resume_builder.ui.models.import_plan import UnplacedLinesModel

    plan = plan_import(
        read_import("resume", _word_resume(tmp_path / "cv.docx")), CareerSnapshot(Profile())
    )
    model = UnplacedLinesModel(plan.unplaced, ["Where", "Text", "Placed as"], "out")
    qtmodeltester.check(model)
    model.set_assignments({0: "IT-chef"})
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "IT-chef" and model.rowCount() == len(plan.unplaced)
