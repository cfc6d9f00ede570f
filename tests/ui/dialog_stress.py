"""Opens and closes every dialog of the window many times in one run, collecting garbage between.

Run as a program (`python tests/ui/dialog_stress.py ROUNDS`), not under pytest: the suite's own
collect-after-each-test fixture must not be there to hide a wrapper that outlives its C++ object.
Prints one line per dialog kind with how often it opened, then "ok"; any abort (such as
shiboken's std::bad_typeid during garbage collection) kills the process with a non-zero status.

A dialog is whatever a window action or a view's button opens when its text ends with an
ellipsis (the platform convention for "opens a dialog"), plus the About box, the User Guide and
the Keyboard Shortcuts list, which open windows without one.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

ELLIPSES = ("…", "...")
#: actions that open a window although their text has no ellipsis
WITHOUT_ELLIPSIS = ("about", "guide", "shortcuts")
#: actions and buttons left alone: they quit, or change records without asking first
SKIPPED = ("quit",)


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def _opens_dialog(text: str) -> bool:
    plain = _plain(text).lower()
    if any(word in plain for word in SKIPPED):
        return False
    return plain.endswith(ELLIPSES) or any(word in plain for word in WITHOUT_ELLIPSIS)


class Closer:
    """Closes whatever dialog is up, a moment after it opens (modal loops included)."""

    def __init__(self, window: QWidget):
        self.window = window
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self.close_one)
        self.timer.start()

    def close_one(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog | QMessageBox):
                self.seen.append(type(widget).__name__)
                widget.reject()
            elif widget.isWindow() and widget.windowTitle():
                self.seen.append(type(widget).__name__)
                widget.close()


def _settle(app: QApplication, rounds: int = 3, collect: bool = True) -> None:
    for _ in range(rounds):
        app.processEvents()
    if collect:
        gc.collect()


def _window_triggers(window) -> list[tuple[str, object]]:
    """(label, trigger) for the window's own dialog-opening actions."""
    return [
        (f"action {_plain(a.text())}", a.trigger)
        for a in window.findChildren(QAction)
        if a.parent() is window and a.isEnabled() and a.text() and _opens_dialog(a.text())
    ]


def _select_first_rows(view: QWidget) -> None:
    """Makes a record current in each list of the view, so that record actions are enabled."""
    for item_view in view.findChildren(QAbstractItemView):
        model = item_view.model()
        if item_view.isVisible() and model is not None and model.rowCount() > 0:
            item_view.setCurrentIndex(model.index(0, 0))


def _view_triggers(view: QWidget) -> list[tuple[str, object]]:
    """(label, trigger) for what opens a dialog on the view as it shows now."""
    found: list[tuple[str, object]] = []
    for action in view.findChildren(QAction):
        if action.isEnabled() and action.text() and _opens_dialog(action.text()):
            found.append((f"action {_plain(action.text())}", action.trigger))
    for button in view.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled() and _opens_dialog(button.text()):
            found.append((f"button {_plain(button.text())}", button.click))
    return found


def _each_tab(view: QWidget):
    """Shows each tab of the view's tab widgets in turn (once with none of them, if none)."""
    tabs = [t for t in view.findChildren(QTabWidget) if t.isVisible()]
    if not tabs:
        yield
        return
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            if tab_widget.isTabEnabled(index):
                tab_widget.setCurrentIndex(index)
                yield


def _current_view(window) -> QWidget | None:
    pages = getattr(window, "pages", None)
    if isinstance(pages, QStackedWidget):
        return pages.currentWidget()
    # the stack of screens is the outermost visible one
    stacks = [s for s in window.findChildren(QStackedWidget) if s.isVisible()]
    outer = [s for s in stacks if not any(o.isAncestorOf(s) for o in stacks if o is not s)]
    return outer[0].currentWidget() if outer else window.centralWidget()


def _view_actions(window) -> list[QAction]:
    """The View menu's entries: one per screen of the window, each built when first shown."""
    for menu in window.menuBar().findChildren(QMenu):
        if _plain(menu.title()).lower() in ("view", "visa"):
            return [a for a in menu.actions() if a.text() and not a.isSeparator()]
    return []


def _a_target():
    """A target with a posting, so that the Targets view shows its tabs and their buttons."""
    from resume_builder.domain.models import Target

    posting = Path(__file__).resolve().parents[1] / "data/postings/01-head-of-it-operations.txt"
    return Target(
        company="Borealis Retail Group",
        title="Head of IT Operations",
        posting=posting.read_text(encoding="utf-8"),
    )


def main(rounds: int) -> int:
    from resume_builder.app import make_application
    from resume_builder.services.demo import write_demo
    from resume_builder.storage.repository import Repository

    app = make_application()
    data_dir = Path(tempfile.mkdtemp(prefix="dialog-stress-"))
    with Repository.open(data_dir) as seed:
        write_demo(seed)
        seed.put(_a_target())
    from resume_builder.ui.main_window import MainWindow

    window = MainWindow(Repository.open(data_dir))
    window.resize(1366, 768)
    window.show()
    closer = Closer(window)
    opened: Counter[str] = Counter()
    view_actions = _view_actions(window)

    def run(label: str, trigger) -> None:
        trigger()  # a modal dialog runs its loop here until the closer rejects it
        _settle(app)
        opened[label] += 1

    sample = Path(__file__).resolve().parents[1] / "data/jsonresume/kari_nordmann.json"

    def import_preview() -> None:
        before = closer.seen.count("ImportPreviewDialog")
        window.start_import(sample)  # read on the pool; the preview opens when it is read
        deadline = time.monotonic() + 10
        while closer.seen.count("ImportPreviewDialog") == before and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)

    def welcome() -> None:
        from resume_builder.ui.views.welcome import WelcomeDialog

        dialog = WelcomeDialog(window.context, window)
        dialog.exec()
        dialog.deleteLater()

    for number in range(rounds):
        if number == 1:
            # Every page is built by now. What the first round left alive (the window, its
            # pages, the demo's records) is set aside, so that each later collection looks at
            # what the dialogs made since: a full collection of the whole app took 40 ms, and
            # there is one after every dialog.
            gc.collect()
            gc.freeze()
        for label, trigger in _window_triggers(window):
            run(label, trigger)
        run("import preview", import_preview)
        run("welcome", welcome)
        for view_action in view_actions:
            view_action.trigger()
            # Garbage is collected after each dialog closes, where the dialogs' wrappers die;
            # showing a page or a tab only needs its events handled.
            _settle(app, collect=False)
            view = _current_view(window)
            if view is None:
                continue
            _select_first_rows(view)
            for _tab in _each_tab(view):
                _settle(app, collect=False)
                for label, trigger in _view_triggers(view):
                    run(f"{_plain(view_action.text())}: {label}", trigger)
        _settle(app)
    closer.timer.stop()
    window.close()
    if hasattr(window, "shutdown"):
        window.shutdown()
    window.deleteLater()
    window = None  # the last reference, so the collection below can take it
    _settle(app, 5)
    for label, count in sorted(opened.items()):
        print(f"{count:4d}  {label}")
    print(f"closed {len(closer.seen)} windows:")
    for name, count in sorted(Counter(closer.seen).items()):
        print(f"{count:6d}  {name}")
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
