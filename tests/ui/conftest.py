"""Fixtures the window tests share: data folder, repository, store, window, language, dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from resume_builder.domain.models import Record
from resume_builder.services.demo import write_demo
from resume_builder.storage.repository import Repository
from resume_builder.ui.i18n import TRANSLATOR_PREFIX, install_translators
from resume_builder.ui.main_window import MainWindow
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.base import ViewContext


@contextmanager
def _untranslated_afterwards(app: QApplication) -> Iterator[None]:
    """Whatever language the body installs or switches to, afterwards the app is untranslated."""
    locale = QLocale()
    try:
        yield
    finally:
        for translator in app.findChildren(QTranslator):
            if translator.objectName().startswith(TRANSLATOR_PREFIX):
                app.removeTranslator(translator)
                # Gone from the app's children now, not at the next event loop: a later
                # language switch must not take it as still installed.
                translator.setParent(None)
        QLocale.setDefault(locale)


@contextmanager
def _interface_language(app: QApplication, language: str) -> Iterator[list[QTranslator]]:
    with _untranslated_afterwards(app):
        yield install_translators(app, language)


@pytest.fixture(params=["en", "sv"])
def language(request, qapp) -> Iterator[str]:
    """The interface language of one test, installed as the app does at start-up."""
    with _interface_language(qapp, request.param):
        yield request.param


@pytest.fixture
def english(qapp) -> Iterator[list[QTranslator]]:
    """English with its plural forms installed, as at start-up; the installed translators."""
    with _interface_language(qapp, "en") as translators:
        yield translators


@pytest.fixture
def swedish(qapp) -> Iterator[list[QTranslator]]:
    """Swedish for one test; the installed translators."""
    with _interface_language(qapp, "sv") as translators:
        yield translators


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:
    """For a test that switches language itself: the next test starts untranslated again."""
    with _untranslated_afterwards(qapp):
        yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The test's data folder (empty)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def repository(data_dir) -> Iterator[Repository]:
    """The repository on the data folder, closed after the test."""
    repo = Repository.open(data_dir)
    yield repo
    repo.close()


@pytest.fixture
def store(qapp, repository) -> Iterator[CareerStore]:
    """The window's record store over the repository."""
    career = CareerStore(repository)
    yield career
    career.flush()  # lets a background save finish before the folder goes away


@pytest.fixture
def context(store) -> ViewContext:
    """What a view is built from: the store and an undo stack of its own."""
    return ViewContext(store, QUndoStack())


@pytest.fixture
def demo_context(qapp, repository) -> Iterator[ViewContext]:
    """A view's context over the demo career (written before the store reads the folder)."""
    write_demo(repository)
    career = CareerStore(repository)
    yield ViewContext(career, QUndoStack())
    career.flush()


@pytest.fixture
def open_window(qtbot, data_dir) -> Iterator[Callable[..., MainWindow]]:
    """Opens the main window on the data folder, shown and active (window shortcuts need that).

    `open_window(records, demo=False)` stores the demo career (when asked) and then `records`
    before the window opens. A window the test has not closed is closed and shut down after it,
    so a failing test leaves no data folder locked.
    """
    opened: list[MainWindow] = []

    def open_(records: Iterable[Record] = (), *, demo: bool = False) -> MainWindow:
        repository = Repository.open(data_dir)
        if demo:
            write_demo(repository)
        records = list(records)
        if records:
            repository.apply(put=records)
        window = MainWindow(repository)
        opened.append(window)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield open_
    for window in reversed(opened):
        if window.isVisible():
            window.close()
            window.shutdown()


def when_modal_shown(kind: type, act: Callable[[Any], None]) -> None:
    """Once a modal widget of `kind` is up, calls `act(widget)`: what `when_modal` gives, for
    helpers that are plain functions.
    """

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def when_modal() -> Callable[[type, Callable[[Any], None]], None]:
    """`when_modal(kind, act)`: once a modal widget of `kind` is up, calls `act(widget)`.

    Call it before whatever opens the widget: a modal dialog runs its own event loop, so the
    test's next line only runs after the dialog has closed.
    """
    return when_modal_shown
