"""Composition root of the window: paths, repository and services wired into the MainWindow."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from resume_builder import APP_ID, APP_NAME, __version__

# The storage layer is imported inside the functions that open a folder: run_gui holds the
# cycle collector off while it imports and builds the window, and that includes storage.

# Strings here are translated with literal QCoreApplication.translate("app", "...") calls:
# pyside6-lupdate reads only those, and a tr() wrapper would file them under no context.

#: how long a second launch keeps asking a window that holds the lock but does not answer yet
#: (it may still be starting)
HANDOVER_WAIT_S = 3.0

#: set (to anything) for a window that closes itself, the normal way, once its folder is open
#: and its first page is up: how packaging/smoke_test.py proves a frozen build starts and quits
QUIT_AFTER_START_ENV = "RESUME_BUILDER_QUIT_AFTER_START"


class HandedOver(Exception):
    """A window already open on the data folder came to the front instead."""


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings uses (or the one that already exists)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    return app


def open_repository_interactively(data_dir: Path, parent=None, lock=None):
    """Opens the data folder, explaining any problem in a dialog; None when the user gives up.

    `lock` is the folder's storage.lock.DataFolderLock if the caller took it already.
    Returns the storage.repository.Repository, or None.
    """
    from resume_builder.storage.errors import (
        CorruptDatabaseError,
        LockedError,
        NewerSchemaError,
        StorageError,
    )
    from resume_builder.storage.repository import Repository, restore_backup

    while True:
        try:
            return Repository.open(data_dir, lock=lock)
        except LockedError:
            _explain_locked(data_dir, parent)
            return None
        except NewerSchemaError as exc:
            QMessageBox.critical(
                parent, QCoreApplication.translate("app", "Newer data format"), str(exc)
            )
            return None
        except CorruptDatabaseError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("app", "Damaged database"),
                str(exc),
                parent=parent,
            )
            restore = None
            if exc.newest_backup is not None:
                restore = box.addButton(
                    QCoreApplication.translate("app", "Restore Newest Backup"),
                    QMessageBox.ButtonRole.AcceptRole,
                )
            empty = box.addButton(
                QCoreApplication.translate("app", "Start Empty"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.addButton(
                QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole
            )
            box.exec()
            clicked = box.clickedButton()
            if restore is not None and clicked is restore:
                try:
                    restore_backup(data_dir, exc.newest_backup)
                except (StorageError, OSError, ValueError) as error:
                    QMessageBox.critical(
                        parent, QCoreApplication.translate("app", "Restore failed"), str(error)
                    )
                    return None
                continue
            if clicked is empty:
                continue  # the damaged file was moved aside; opening again starts empty
            return None
        except StorageError as exc:
            QMessageBox.critical(parent, APP_NAME, str(exc))
            return None


def take_folder_lock(data_dir: Path, parent=None):
    """The data folder's lock, taken before any window exists; None if it is not to be had.

    A window open on the folder holds it: then that window is asked to come to the front
    (HandedOver is raised), or the person is told who holds it.
    """
    from resume_builder.storage.errors import LockedError
    from resume_builder.storage.lock import DataFolderLock

    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
    except LockedError:
        _explain_locked(data_dir, parent)
        return None
    except OSError as exc:  # a folder that cannot be made or written
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    return lock


def _explain_locked(data_dir: Path, parent) -> None:
    """Someone holds the folder: its window comes to the front (HandedOver), or a dialog."""
    if _hand_over(data_dir, HANDOVER_WAIT_S):
        raise HandedOver from None
    # Someone holds the folder but no window answers: the command line writing, or
    # a window that hangs. Which process it is means nothing to a person.
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("app", "Already open"),
        QCoreApplication.translate(
            "app",
            "Resume Builder is already using %1, in another window or in a command "
            "that is writing to it. Close it or wait for the command to finish, or "
            "use another data folder.",
        ).replace("%1", str(data_dir)),
    )


def run_gui(data_dir: Path, demo: bool = False) -> int:
    """Shows the main window on a data folder (or on a temporary demo copy) until it closes."""
    app = make_application()
    # Starting makes many thousands of objects, modules and widgets that hold no garbage
    # cycles, and the cycle collector would run over all of them again and again (10 ms on
    # an empty folder, 30 ms on 5,000 accomplishments). It is held off until the window is
    # up, and everything made until then is kept out of its later runs.
    collector = _PausedCollector()
    demo_dir = None
    try:
        from resume_builder.ui.i18n import chosen_language, install_translators

        install_translators(app, chosen_language())
        if demo:
            from resume_builder.services.demo import write_demo
            from resume_builder.storage.repository import Repository

            demo_dir = Path(tempfile.mkdtemp(prefix="resume-builder-demo-"))
            data_dir = demo_dir
            with Repository.open(demo_dir) as seed:
                write_demo(seed)
        # Before any window exists: a window open on the folder holds its lock, and a second
        # launch hands over to it (or says who holds it) without flashing a window of its own.
        try:
            lock = take_folder_lock(data_dir)
        except HandedOver:
            return _say_handed_over()
        if lock is None:
            return 1
        try:
            return _run_window(app, data_dir, lock, demo, collector)
        finally:
            lock.release()  # the repository gave it up already, unless it never opened
    finally:
        collector.resume()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _run_window(app, data_dir: Path, lock, demo: bool, collector) -> int:
    """Shows the window at once, opening the folder (its lock held) in the first pass after."""
    from resume_builder import logs

    # Only once the folder is ours: two windows never write (or rotate) one log.
    logs.set_up_logging(data_dir)
    from resume_builder.ui.crash import install_for_window
    from resume_builder.ui.main_window import MainWindow

    # The sidebar, menus and status bar, saying the folder is opening; the records and the
    # first page come in the first event-loop pass, so the window does not wait for the disk.
    window = MainWindow.opening(data_dir, demo=demo)
    # An exception nobody planned for: logged, the work saved, an apology with a report.
    crash_handler = install_for_window(window)
    servers = []
    outcome = {"code": None}

    def open_folder() -> None:
        try:
            repository = open_repository_interactively(data_dir, window, lock=lock)
        except HandedOver:  # the lock was lost between tries, to another window
            _say_handed_over()
            repository, outcome["code"] = None, 0
        if repository is None:
            if outcome["code"] is None:
                outcome["code"] = 1
            # Hidden, not closed: closing the last window would queue a quit of its own, which
            # a later event loop would then obey. Nothing was read, so nothing is lost.
            window.hide()
            app.exit(outcome["code"])
            return
        if not window.isVisible():  # closed while a dialog was open
            repository.close()
            return
        window.open_repository(repository)
        collector.resume()
        # Listening for a second launch needs QtNetwork, which the window does not
        # (meanwhile a second launch finds the lock held and keeps asking for HANDOVER_WAIT_S).
        servers.append(_listen_for_launches(data_dir, window))
        if os.environ.get(QUIT_AFTER_START_ENV):
            QTimer.singleShot(0, window, window.close)
            return
        # The welcome dialog runs an event loop of its own: offered once the page is up.
        QTimer.singleShot(0, window, window.offer_welcome_if_empty)

    window.show()
    # Queued after the show: the window is painted before the disk is read.
    QTimer.singleShot(0, window, open_folder)
    code = app.exec()
    crash_handler.uninstall()
    for server in servers:
        server.close()
    window.shutdown()
    logs.stop_logging()
    return code if outcome["code"] is None else outcome["code"]


class _PausedCollector:
    """Holds Python's cycle collector off from now until `resume()` (see run_gui)."""

    def __init__(self):
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._paused = True

    def resume(self) -> None:
        """Moves what exists now out of the collector's way, and lets it run again (once)."""
        if not self._paused:
            return
        self._paused = False
        # Frozen objects are still freed when nothing refers to them; the collector only
        # stops looking at them for cycles, which start-up made none of.
        gc.freeze()
        if self._was_enabled:
            gc.enable()


def _listen_for_launches(data_dir: Path, window):
    """Brings `window` to the front whenever another launch on `data_dir` asks."""
    from resume_builder.ui.single_instance import InstanceServer

    server = InstanceServer(data_dir, window)
    server.raise_requested.connect(window.bring_to_front)
    server.listen()  # without it (no socket allowed) a second launch gets the message
    return server


def _hand_over(data_dir: Path, wait_s: float) -> bool:
    """Asks a window open on `data_dir` to come to the front, for up to `wait_s` seconds."""
    from resume_builder.ui.single_instance import ask_running_window_to_raise

    deadline = time.monotonic() + wait_s
    while True:
        if ask_running_window_to_raise(data_dir):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def _say_handed_over() -> int:
    print(
        QCoreApplication.translate(
            "app",
            "Resume Builder is already open on this data folder; its window was brought to "
            "the front.",
        )
    )
    return 0
