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
        for action in (self.import_action, self.import_folder_action):
            action.setEnabled(not busy)

    def _on_import_worker_failed(self, message: str) -> None:
        self._import_keeper.retire(self._import_worker)
        self._import_worker = None
        self._set_importing(False)
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Cannot Import"), message)

    def _on_import_worker_finished(self, plan) -> None:
        from resume_builder.ui.views.import_backup import ImportPreviewDialog

        worker, self._import_worker = self._import_worker, None
        self._import_keeper.retire(worker)
        self._set_importing(False)
        self.statusBar().clearMessage()
        dialog = ImportPreviewDialog(plan, self)
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
        from resume_builder.domain.models import RECORD_TYPE_BY_KIND, RecordError
        from resume_builder.ui.commands import ChangeRecordsCommand

        after = plan.records_to_write()
        if not after:
            return False
        try:
            for record in after:
                record.validate()
        except RecordError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot Import"),
                self.tr("%1 cannot be imported: %2")
                .replace("%1", plan.source_name)
                .replace("%2", str(exc)),
            )
            return False
        error = self.store.flush()  # the backup must hold what the user sees now
        if error:
            QMessageBox.warning(self, self.tr("Could not save"), error)
            return False
        repository = self.store.repository
        try:
            repository.backups.take(repository.path, "pre-import")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot Import"),
                self.tr("No backup could be taken first, so nothing was imported: %s")
                % (exc.strerror or exc),
            )
            return False
        before = []
        for item in plan.items:
            if item.action == "update" and item.existing_id:
                current = self.store.get(RECORD_TYPE_BY_KIND[item.record.KIND], item.existing_id)
                if current is not None:
                    before.append(current)
        text = (
            self.tr("Import LinkedIn Export")
            if kind == "linkedin"
            else self.tr("Import JSON Resume")
        )
        self.undo_stack.push(ChangeRecordsCommand(self.store, text, before, after))
        self.statusBar().showMessage(
            self.tr("Imported %n records; Undo removes them.", "", len(after)), 8000
        )
        return True

    def import_into_folder(self, plan, kind: str, source, folder: Path) -> None:
        """Imports into another data folder (a new career record) and says where it went."""
        from resume_builder.services.documents import snapshot_of
        from resume_builder.services.importing.files import plan_import, read_import
        from resume_builder.services.importing.plan import apply_plan
        from resume_builder.storage.errors import StorageError
        from resume_builder.storage.repository import Repository

        folder = Path(folder)
        if folder.resolve() == Path(self.store.repository.data_dir).resolve():
            self.import_into_current(plan, kind)
            return
        try:
            with Repository.open(folder) as repository:
                if source is not None:
                    # planned again against that folder's own records
                    plan = plan_import(read_import(kind, Path(source)), snapshot_of(repository))
                written = apply_plan(plan, repository)
        except (StorageError, ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot Import"), str(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Import Finished"),
            self.tr(
                "%n record(s) were imported into %1. Start Resume Builder with "
                "--data-dir on that folder to work with them.",
                "",
                written,
            ).replace("%1", str(folder)),
        )

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
        import zipfile

        from resume_builder.services.backup_archive import read_backup_zip, restore_backup_zip
        from resume_builder.storage.errors import StorageError
        from resume_builder.storage.fileformat import decode
        from resume_builder.storage.repository import Repository, restore_backup

        source = Path(source)
        try:  # checked before the window lets go of anything
            if zipfile.is_zipfile(source):
                read_backup_zip(source)
            else:
                decode(source.read_bytes())
        except (ValueError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(
                self,
                self.tr("Restore failed"),
                self.tr("%1 cannot be restored: %2")
                .replace("%1", str(source))
                .replace("%2", reason),
            )
            return False
        error = self.store.flush()
        if error:
            QMessageBox.warning(self, self.tr("Could not save"), error)
            return False
        repository = self.store.repository
        data_dir = Path(repository.data_dir)
        repository.close()  # the restore takes the folder's lock itself
        problem = ""
        try:
            if zipfile.is_zipfile(source):
                restore_backup_zip(data_dir, source)
            else:
                restore_backup(data_dir, source)
        except (StorageError, ValueError, OSError) as exc:
            problem = (
                self.tr("%1 cannot be restored: %2")
                .replace("%1", str(source))
                .replace("%2", str(exc))
            )
        try:
            reopened = Repository.open(data_dir)
        except StorageError as exc:
            QMessageBox.critical(self, self.tr("Restore failed"), str(exc))
            self.close()
            return False
        self.replace_repository(reopened)
        if problem:
            QMessageBox.warning(self, self.tr("Restore failed"), problem)
            return False
        self.statusBar().showMessage(
            self.tr("Restored %s; the previous database was backed up first.") % source.name, 8000
        )
        return True
