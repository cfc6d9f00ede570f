"""The window goes on screen before the data folder is read; the folder's lock is taken first."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from resume_builder import app as app_module
from resume_builder.domain.models import Accomplishment
from resume_builder.storage.lock import DataFolderLock
from resume_builder.storage.repository import Repository, database_path
from resume_builder.ui.main_window import MainWindow
from resume_builder.ui.views.base import CareerView


def _main_windows() -> list[MainWindow]:
    # Windows of earlier tests may wait for their deleteLater: only those on screen count.
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def _with_one_record(data_dir: Path) -> None:
    # A folder with something in it: an empty one would offer the welcome dialog.
    with Repository.open(data_dir) as repository:
        repository.put(Accomplishment(headline="Cut the build time in half"))


@pytest.fixture
def gui(qapp, english_afterwards):
    """run_gui in this process; its gc.freeze() is undone afterwards."""
    yield app_module.run_gui
    gc.unfreeze()


def test_an_opening_window_has_no_records_until_given_its_repository(qtbot, data_dir):
    _with_one_record(data_dir)
    window = MainWindow.opening(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(10)  # its first event-loop passes: no page can be built without the records
    assert window.is_opening and window.current_view() is None
    assert data_dir.name in window.windowTitle()
    assert "Opening" in window.statusBar().currentMessage()
    assert window.quit_action.isEnabled()
    for action in (window.new_action, window.find_action, window.export_action):
        assert not action.isEnabled()
    assert not window.sidebar.isEnabled()

    window.open_repository(Repository.open(data_dir))
    assert not window.is_opening
    assert isinstance(window.pages.currentWidget(), CareerView)  # built at once: on screen
    assert window.export_action.isEnabled() and window.find_action.isEnabled()
    assert window.sidebar.isEnabled() and window.statusBar().currentMessage() == ""
    assert "1 accomplishments" in window.counts_label.text() or "1 accomplishment" in (
        window.counts_label.text()
    )
    window.close()
    window.shutdown()
    DataFolderLock(data_dir).acquire()  # given up


def test_a_window_closed_while_opening_closes_and_never_touches_the_folder(qtbot, data_dir):
    window = MainWindow.opening(data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    window.shutdown()
    assert not database_path(data_dir).exists()


def test_run_gui_shows_the_window_before_it_reads_the_folder(gui, data_dir, monkeypatch):
    _with_one_record(data_dir)
    seen = {}
    real_open = app_module.open_repository_interactively

    def open_(folder, parent=None, lock=None):
        windows = _main_windows()
        seen["on screen while opening"] = [w.isVisible() and w.is_opening for w in windows]
        seen["lock held"] = lock is not None and lock.held
        seen["parent"] = parent
        return real_open(folder, parent, lock=lock)

    monkeypatch.setattr(app_module, "open_repository_interactively", open_)

    def after_opening():
        (window,) = _main_windows()
        seen["records"] = window.store.count(Accomplishment)
        seen["page"] = isinstance(window.pages.currentWidget(), CareerView)
        window.close()

    # Queued before run_gui queues the opening: this runs in the pass after it.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, after_opening))
    assert gui(data_dir) == 0
    assert seen["on screen while opening"] == [True]
    assert seen["lock held"] and isinstance(seen["parent"], MainWindow)
    assert seen["records"] == 1 and seen["page"]
    DataFolderLock(data_dir).acquire()  # given up at the end


def test_a_locked_folder_gets_its_message_and_no_window(gui, data_dir, monkeypatch):
    monkeypatch.setattr(app_module, "HANDOVER_WAIT_S", 0.0)
    said = []

    def critical(parent, title, text, *args):
        said.append((title, text, len(_main_windows())))
        return QMessageBox.StandardButton.Ok

    made = []
    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(MainWindow, "showEvent", lambda self, event: made.append(self))
    with DataFolderLock(data_dir):  # another process, as far as flock is concerned
        assert gui(data_dir) == 1
    assert said == [("Already open", said[0][1], 0)] and str(data_dir) in said[0][1]
    assert made == []  # no window was ever shown


def test_a_damaged_database_asks_over_the_opening_window_and_quit_closes(gui, data_dir, when_modal):
    database_path(data_dir).write_bytes(b"not a database at all")
    seen = {}

    def quit_(box: QMessageBox) -> None:
        parent = box.parentWidget()
        seen["over"] = isinstance(parent, MainWindow) and parent.isVisible() and parent.is_opening
        seen["title"] = box.windowTitle()
        (quit_button,) = [b for b in box.buttons() if b.text() == "Quit"]
        quit_button.click()

    when_modal(QMessageBox, quit_)
    assert gui(data_dir) == 1
    assert seen["over"] and seen["title"] == "Damaged database"
    assert _main_windows() == []
    with DataFolderLock(data_dir):  # nothing holds the folder afterwards
        pass
