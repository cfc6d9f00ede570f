"""The hidden switch the frozen build's smoke test uses: the window starts, then quits itself."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from resume_builder import app as app_module
from resume_builder.domain.models import Accomplishment
from resume_builder.storage.lock import DataFolderLock
from resume_builder.storage.repository import Repository
from resume_builder.ui.main_window import MainWindow
from resume_builder.ui.views.base import CareerView


def _main_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


@pytest.fixture
def gui(qapp, english_afterwards):
    """run_gui in this process; its gc.freeze() is undone afterwards."""
    yield app_module.run_gui
    gc.unfreeze()


def test_the_switch_closes_the_window_once_its_first_page_is_up(gui, data_dir, monkeypatch):
    # A folder with a record: an empty one would offer the welcome dialog without the switch.
    with Repository.open(data_dir) as repository:
        repository.put(Accomplishment(headline="Cut the build time in half"))
    monkeypatch.setenv(app_module.QUIT_AFTER_START_ENV, "1")
    seen = {}
    real_open = MainWindow.open_repository

    def open_repository(window, repository):
        real_open(window, repository)
        seen["page"] = isinstance(window.pages.currentWidget(), CareerView)
        seen["records"] = window.store.count(Accomplishment)

    monkeypatch.setattr(MainWindow, "open_repository", open_repository)

    def rescue() -> None:  # without the switch the window stays: close it, and fail below
        seen["still open"] = True
        for window in _main_windows():
            window.close()

    # A timer of the test's own, stopped after: a singleShot would fire in a later test.
    timer = QTimer(singleShot=True, interval=5_000)
    timer.timeout.connect(rescue)
    timer.start()
    try:
        assert gui(data_dir) == 0
    finally:
        timer.stop()
    assert "still open" not in seen
    assert seen == {"page": True, "records": 1}
    assert _main_windows() == []
    DataFolderLock(data_dir).acquire()  # the folder was given up
