"""An exception nobody planned for: logged, the work saved, an apology with a report to copy."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from resume_builder.domain.models import Accomplishment
from resume_builder.storage.repository import Repository
from resume_builder.ui import crash

SECRET = "Cut the cloud bill by 41 percent at Nordlys"


@pytest.fixture
def window(open_window):
    window = open_window()
    handler = crash.install_for_window(window)
    yield window, handler
    handler.uninstall()
    if handler.dialog is not None:
        handler.dialog.close()


def _break(message: str):
    raise RuntimeError(message)


def _fail_in_a_slot(qtbot, handler, message: str):
    """Clicks a button whose slot raises; returns the dialog the handler shows."""
    button = QPushButton("Break")
    button.clicked.connect(lambda: _break(message))
    with qtbot.waitSignal(handler.shown, timeout=3000) as blocker:
        button.click()
    button.deleteLater()
    return blocker.args[0]


@pytest.mark.qt_no_exception_capture
def test_a_failing_slot_saves_first_and_shows_a_copyable_report(window, qtbot, tmp_path):
    window, handler = window
    item = Accomplishment(headline=SECRET)
    window.store.apply(put=[item])  # unsaved: the save is still waiting for its timer
    assert window.store.has_unsaved_changes

    dialog = _fail_in_a_slot(qtbot, handler, "the table lost its model")

    assert dialog.isVisible()
    assert dialog.windowTitle() == "Something Went Wrong"
    assert dialog.saved_label.text() == "Your work is saved."
    # saved before the dialog showed: the database on disk holds the edit
    with Repository.open(tmp_path / "data", read_only=True) as reread:
        assert [a.headline for a in reread.all(Accomplishment)] == [SECRET]
    report = dialog.text.toPlainText()
    assert "RuntimeError: the table lost its model" in report
    assert "test_crash.py" in report  # the traceback, for whoever fixes it
    assert SECRET not in report


@pytest.mark.qt_no_exception_capture
def test_a_failure_quoting_the_users_text_leaves_that_line_out(window, qtbot):
    window, handler = window
    window.store.apply(put=[Accomplishment(headline=SECRET)])
    dialog = _fail_in_a_slot(qtbot, handler, f"could not typeset {SECRET!r}")
    report = dialog.text.toPlainText()
    assert SECRET not in report
    assert "left out" in report
    assert "_break" in report  # the rest of the traceback stays
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report


@pytest.mark.qt_no_exception_capture
def test_the_same_failure_again_does_not_stack_dialogs(window, qtbot):
    window, handler = window
    first = _fail_in_a_slot(qtbot, handler, "once")
    first.accept()
    qtbot.waitUntil(lambda: handler.dialog is None)

    button = QPushButton()
    button.clicked.connect(lambda: _break("once"))
    shown = []
    handler.shown.connect(shown.append)
    for _ in range(3):
        button.click()
    qtbot.wait(50)
    assert shown == []  # the log has them; one apology for one fault is enough


@pytest.mark.qt_no_exception_capture
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_failure_on_another_thread_reaches_the_window(window, qtbot):
    window, handler = window

    def worker():
        raise ValueError("a background job broke")

    with qtbot.waitSignal(handler.shown, timeout=3000) as blocker:
        thread = threading.Thread(target=worker, name="job")
        thread.start()
        thread.join()
    assert "ValueError: a background job broke" in blocker.args[0].text.toPlainText()


def test_uninstall_puts_the_earlier_hooks_back(window):
    _window, handler = window
    assert sys.excepthook == handler._hook
    handler.uninstall()
    assert sys.excepthook != handler._hook
    assert threading.excepthook != handler._thread_hook


def test_when_saving_fails_the_dialog_says_so(qtbot):
    handler = crash.CrashHandler(None, save=lambda: "the disk is full", report=lambda text: text)
    try:
        raise KeyError("x")
    except KeyError:
        info = sys.exc_info()
    handler._on_failure(info)
    try:
        assert "the disk is full" in handler.dialog.saved_label.text()
        assert "KeyError" in handler.dialog.text.toPlainText()
    finally:
        handler.dialog.close()
