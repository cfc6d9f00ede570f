"""Composition root of the window: paths, repository and services wired into the MainWindow."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from resume_builder import APP_ID, APP_NAME, __version__
from resume_builder.storage.errors import (
    CorruptDatabaseError,
    LockedError,
    NewerSchemaError,
    StorageError,
)
from resume_builder.storage.repository import Repository, restore_backup

# Strings here are translated with literal QCoreApplication.translate("app", "...") calls:
# pyside6-lupdate reads only those, and a tr() wrapper would file them under no context.


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings uses (or the one that already exists)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    return app


def open_repository_interactively(data_dir: Path, parent=None) -> Repository | None:
    """Opens the data folder, explaining any problem in a dialog; None when the user gives up."""
    while True:
        try:
            return Repository.open(data_dir)
        except LockedError as exc:
            QMessageBox.critical(
                parent, QCoreApplication.translate("app", "Already open"), str(exc)
            )
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


def run_gui(data_dir: Path, demo: bool = False) -> int:
    """Shows the main window on a data folder (or on a temporary demo copy) until it closes."""
    app = make_application()
    from resume_builder.ui.i18n import chosen_language, install_translators

    install_translators(app, chosen_language())
    demo_dir = None
    if demo:
        from resume_builder.services.demo import write_demo

        demo_dir = Path(tempfile.mkdtemp(prefix="resume-builder-demo-"))
        data_dir = demo_dir
        with Repository.open(demo_dir) as seed:
            write_demo(seed)
    try:
        repository = open_repository_interactively(data_dir)
        if repository is None:
            return 1
        from resume_builder.ui.main_window import MainWindow

        window = MainWindow(repository, demo=demo)
        window.show()
        window.offer_welcome_if_empty()
        code = app.exec()
        window.shutdown()
        return code
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
