"""What the window does when code fails in a way nobody planned for.

An exception that escapes a slot reaches `sys.excepthook`. The window's hook writes it to the
log (resume_builder/logs.py already does), saves the database if it can, and shows a short
apology with a report the user can copy into a message. The same failure repeating (a paint
event, a timer) shows the dialog once, not once a frame.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def failure_text(info: ExcInfo) -> str:
    """The traceback as text, in English, as the log holds it."""
    return "".join(traceback.format_exception(*info)).rstrip() + "\n"


def _signature(info: ExcInfo) -> tuple[str, str]:
    """What makes two failures "the same one": the kind and where it was raised."""
    kind, _value, tb = info
    where = ""
    while tb is not None:
        where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return kind.__name__, where


class CrashDialog(QDialog):
    """An apology, whether the work was saved, and a report to copy."""

    def __init__(self, saved: str, report: str, parent: QWidget | None = None):
        # The help view's widgets are imported only when a dialog is due: the window starts
        # without them.
        from resume_builder.ui.views.help import button_row, report_text

        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("Something Went Wrong"))
        self.report = report
        apology = QLabel(
            self.tr(
                "Sorry, Resume Builder ran into a problem it did not expect. You can go on "
                "working; if it happens again, copy this report into your message with what you "
                "were doing."
            )
        )
        apology.setWordWrap(True)
        self.saved_label = QLabel(saved)
        self.saved_label.setObjectName("crashSaved")
        self.saved_label.setWordWrap(True)
        self.text = report_text(report, "crashReport", self.tr("Report"))
        self.copied_label = QLabel()
        self.copy_button = QPushButton(self.tr("&Copy Report"))
        self.copy_button.setObjectName("crashCopy")
        self.copy_button.clicked.connect(self.copy)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(apology)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(button_row(self.copied_label, self.copy_button, close))
        self.resize(720, 480)
        close.setFocus()

    def copy(self) -> None:
        """Puts the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report)
        self.copied_label.setText(self.tr("Copied to the clipboard."))


class _Relay(QObject):
    """Carries a failure from any thread to the UI thread."""

    failed = Signal(object)


class CrashHandler(QObject):
    """Installed as `sys.excepthook` while the window runs.

    `save` saves the database and returns "" or why it could not; `report` builds the text to
    copy from the failure's traceback (it may leave out what the user wrote).
    """

    #: a dialog was shown (tests wait for it)
    shown = Signal(object)

    def __init__(
        self,
        parent_window: QWidget,
        save: Callable[[], str],
        report: Callable[[str], str],
    ):
        super().__init__(parent_window)
        self.window = parent_window
        self.save = save
        self.report = report
        self.dialog: CrashDialog | None = None
        self._seen: set[tuple[str, str]] = set()
        self._previous_hook = None
        self._previous_thread_hook = None
        self._relay = _Relay(self)
        self._relay.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Becomes sys.excepthook (and threading.excepthook), chaining to the hooks before."""
        if self._previous_hook is not None:
            return
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        """Puts the earlier hooks back."""
        if self._previous_hook is None:
            return
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = None
        self._previous_thread_hook = None

    def _hook(self, kind, value, tb) -> None:
        previous = self._previous_hook or sys.__excepthook__
        previous(kind, value, tb)  # the log and stderr get it as before
        if issubclass(kind, KeyboardInterrupt):
            return
        self._relay.failed.emit((kind, value, tb))

    def _thread_hook(self, args) -> None:
        previous = self._previous_thread_hook or threading.__excepthook__
        previous(args)
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        log.error(
            "Uncaught exception in thread %s",
            getattr(args.thread, "name", "?"),
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self._relay.failed.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def _on_failure(self, info: ExcInfo) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        signature = _signature(info)
        if signature in self._seen or self.dialog is not None:
            return  # the same failure again, or one already on screen: the log has it
        self._seen.add(signature)
        try:
            problem = self.save()
        except Exception:  # noqa: BLE001 - the failure may be in saving itself
            log.exception("Saving after an unexpected error failed")
            problem = "?"
        if problem:
            saved = self.tr("Your latest changes could not be saved: %1").replace("%1", problem)
        else:
            saved = self.tr("Your work is saved.")
        try:
            text = self.report(failure_text(info))
        except Exception:  # noqa: BLE001 - never fail while reporting a failure
            text = failure_text(info)
        dialog = CrashDialog(saved, text, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        self.shown.emit(dialog)

    def _on_dialog_finished(self, _result: int) -> None:
        # Let the next, different failure show; the dialog deletes itself after the loop.
        QTimer.singleShot(0, self._forget_dialog)

    def _forget_dialog(self) -> None:
        self.dialog = None


def install_for_window(window) -> CrashHandler:
    """The crash handler of a main window: saves its store, reports without the user's text."""

    def save() -> str:
        store = window.store  # None while the window is still opening its folder
        return store.flush() if store is not None else ""

    def report(failure: str) -> str:
        # Imported when a failure is reported, not with the window.
        from resume_builder.services.problem_report import without_own_text
        from resume_builder.ui.views import help as help_view

        store = window.store  # None while the window is still opening its folder
        texts = help_view.own_texts(store) if store is not None else []
        names = help_view.own_names(store) if store is not None else []
        # an exception's message can quote a field; such a line is left out like the log's
        failure_lines = without_own_text(failure.splitlines(), texts, names)
        details = help_view.problem_report(window.data_dir, texts, names)
        return "What failed:\n" + "\n".join(failure_lines) + "\n\n" + details

    handler = CrashHandler(window, save, report)
    handler.install()
    return handler
