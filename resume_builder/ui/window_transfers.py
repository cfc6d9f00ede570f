"""The main window's file work: import with a preview, backups, restore, a copy elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox


class WindowTransfers:
    """Part of MainWindow: moves career records in and out of its data folder.

    Parsing an import runs on the application's thread pool; everything that writes goes
    through the store (one undoable step) or through a data folder's own repository.
    """

    _import_worker = None
    _import_keeper = None

    def save_copy(self) -> None:
        """Writes the whole database to a file the user picks."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a Copy As"), "resume-copy.json", self.tr("Database (*.json)")
        )
        if not path:
            return
        from resume_builder.storage.errors import SaveError

        try:
            self.store.repository.save_copy(path)
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
        else:
            self.statusBar().showMessage(self.tr("Copy written to %s") % path, 5000)

    def export_calendar(self) -> None:
        """Writes meetings and what is due as an .ics file the user picks (services.calendar)."""
        from resume_builder.services.calendar import CalendarError, write_calendar
        from resume_builder.services.documents import snapshot_of
        from resume_builder.ui import settings as keys

        folder = keys.CALENDAR_LAST_FOLDER.get() or keys.EXPORT_LAST_FOLDER.get()
        suggested = Path(folder or Path.home()) / "job-search.ics"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Calendar"), str(suggested), self.tr("iCalendar (*.ics)")
        )
        if not path:
            return
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(".ics")  # calendars recognise the file by its ending
        # A few kilobytes, written whole or not at all: quick enough for the UI thread.
        try:
            count = write_calendar(path, snapshot_of(self.store))
        except CalendarError as exc:
            QMessageBox.warning(self, self.tr("Could not export the calendar"), str(exc))
            return
        keys.CALENDAR_LAST_FOLDER.set(str(path.parent))
        message = self.tr("%n calendar entries written to %1", "", count)
        self.statusBar().showMessage(message.replace("%1", path.name), 8000)

    def choose_import_file(self) -> None:
        """Asks for a JSON Resume file or a LinkedIn ZIP, then reads it off the UI thread."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            "",
            self.tr(
                "JSON Resume or LinkedIn export (*.json *.zip);;JSON Resume (*.json);;"
                "LinkedIn data export (*.zip);;All files (*)"
            ),
        )
        if path:
            self.start_import(Path(path))

    def choose_import_folder(self) -> None:
        """Asks for the extracted folder of a LinkedIn data export."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import LinkedIn Export Folder"))
        if folder:
            self.start_import(Path(folder), "linkedin")

    def choose_import_resume(self) -> None:
        """Asks for a Word or PDF résumé; it is read offline and shown in the import preview."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Résumé"),
            "",
            self.tr("Résumé (*.docx *.pdf);;Word document (*.docx);;PDF (*.pdf);;All files (*)"),
        )
        if path:
            self.start_import(Path(path), "resume")

    def start_import(self, path: Path, kind: str | None = None) -> None:
        """Parses and plans an import on a pool thread; the preview opens when it is done."""
        from resume_builder.services.documents import snapshot_of
        from resume_builder.services.importing.files import guess_kind
        from resume_builder.ui.workers import ImportWorker, WorkerKeeper, app_pool

        if self._import_worker is not None:
            return  # one at a time; the actions are disabled meanwhile
        kind = kind or guess_kind(path)
        worker = ImportWorker(kind, path, snapshot_of(self.store))
        worker.signals.finished.connect(self._on_import_worker_finished)
        worker.signals.failed.connect(self._on_import_worker_failed)
        self._import_worker = worker
        self._set_importing(True)
        self.statusBar().showMessage(self.tr("Reading %s…") % path.name)
        if self._import_keeper is None:
            self._import_keeper = WorkerKeeper(app_pool())
        app_pool().start(worker)

    def _set_importing(self, busy: bool) -> None:
        for action in (self.import_action, self.import_folder_action, self.import_resume_action):
            action.setEnabled(not busy)

    def _on_import_worker_failed(self, message: str) -> None:
        self._import_keeper.retire(self._import_worker)
        self._import_worker = None
        self._set_importing(False)
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Cannot Import"), message)

    def _on_import_worker_finished(self, plan) -> None:
        from resume_builder.services.documents import snapshot_of
        from resume_builder.ui.views.import_backup import ImportPreviewDialog

        worker, self._import_worker = self._import_worker, None
        self._import_keeper.retire(worker)
        self._set_importing(False)
        self.statusBar().clearMessage()
        dialog = ImportPreviewDialog(plan, self, snapshot_of(self.store))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kind = worker.kind if worker is not None else "jsonresume"
        source = worker.path if worker is not None else None
        dialog.accepted.connect(lambda: self._on_import_preview_accepted(dialog, kind, source))
        dialog.open()

    def _on_import_preview_accepted(self, dialog, kind: str, source) -> None:
        if dialog.new_folder is not None:
            self.import_into_folder(dialog.plan, kind, source, dialog.new_folder)
        else:
            self.import_into_current(dialog.plan, kind)

    def import_into_current(self, plan, kind: str) -> bool:
        """Applies a plan as one undoable step, after a pre-import backup."""
        from resume_builder.ui.views.import_backup import import_into_current

        return import_into_current(self, plan, kind)

    def import_into_folder(self, plan, kind: str, source, folder: Path) -> None:
        """Imports into another data folder (a new career record) and says where it went."""
        from resume_builder.ui.views.import_backup import import_into_folder

        import_into_folder(self, plan, kind, source, folder)

    def back_up(self) -> None:
        """Saves the career record and the user dictionary in a ZIP file the user picks."""
        from datetime import date

        from resume_builder.services.backup_archive import BackupArchiveError, write_backup_zip

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back Up"),
            f"resume-builder-backup-{date.today():%Y-%m-%d}.zip",
            self.tr("ZIP archive (*.zip)"),
        )
        if not path:
            return
        error = self.store.flush()
        if error:
            QMessageBox.warning(self, self.tr("Could not save"), error)
            return
        try:
            write_backup_zip(self.store.repository, Path(path))
        except (BackupArchiveError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Could not back up"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Backup written to %s") % path, 8000)

    def show_backups(self) -> None:
        """The Backups dialog; restoring one replaces the record and reloads the window."""
        from resume_builder.ui.views.import_backup import BackupsDialog

        dialog = BackupsDialog(self.store.repository.backups.list(), self)
        dialog.exec()
        chosen = dialog.chosen
        dialog.deleteLater()
        if chosen is not None:
            self.restore_from(chosen)

    def restore_from(self, source: Path) -> bool:
        """Restores a backup (.zip or .json) into this data folder and reloads the window."""
        from resume_builder.ui.views.import_backup import restore_into_window

        return restore_into_window(self, source)
