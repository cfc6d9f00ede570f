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
    preview.grab().save("/tmp/k_import_resume_preview.png")
    labels = set(preview.labels_in("add"))
    assert "IT-chef, Tallbo Logistik AB" in labels
    assert "Halverade antalet incidenter på ett år" in labels
    assert "page 1, line " in preview.warnings.toPlainText()
    assert "Segling" in preview.warnings.toPlainText()

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
