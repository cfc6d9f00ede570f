"""The main window: sidebar of views, shared actions, undo stack, autosave and settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from resume_builder import APP_NAME, __version__
from resume_builder.domain.models import Accomplishment, Role, Skill
from resume_builder.ui.icons import icon
from resume_builder.ui.shortcuts import WindowShortcutFilter
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.base import CareerView, ViewContext
from resume_builder.ui.window_fit import fit_window
from resume_builder.ui.workers import WorkerKeeper


def default_view_classes() -> list[type[CareerView]]:
    """The pages of the sidebar, in order (later issues append theirs here)."""
    from resume_builder.ui.views import registry

    return registry.view_classes()


class MainWindow(QMainWindow):
    """Hosts the views; owns the undo stack and the window-wide actions."""

    #: another launch on the same data folder was redirected to this window
    brought_to_front = Signal()

    def __init__(self, repository, demo: bool = False, view_classes=None, parent=None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.undo_stack = QUndoStack(self)
        self._view_classes = list(view_classes or default_view_classes())
        self._writing_hints = _make_writing_hints()
        self._import_pool = QThreadPool(self)
        self._import_worker = None
        self._import_keeper = WorkerKeeper(self._import_pool)
        self._install_store(repository)
        self.demo = demo
        self._fitted_on_show = False
        self.setWindowTitle(self._window_title())
        self.setWindowIcon(icon("app"))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(240)
        self.pages = QStackedWidget()
        self.views: list[CareerView] = []
        self._create_views()
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1240])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._shortcut_filter = WindowShortcutFilter(self, self.undo_action, self.redo_action)
        self._build_menus()
        self._build_toolbar()
        self.save_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.save_label)

        self._connect_store()
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())

        self._restore_settings()
        self._on_store_changed()
        self._on_store_saved()
        self._update_actions()

    def _install_store(self, repository) -> None:
        self.store = CareerStore(repository, self)
        self.context = ViewContext(
            store=self.store,
            undo_stack=self.undo_stack,
            spell_checker=_make_spell_checker(repository.data_dir, self),
            writing_hints=self._writing_hints,
        )

    def _create_views(self) -> None:
        for view_class in self._view_classes:
            view = view_class(self.context, self)
            view.actions_changed.connect(self._update_actions)
            self.views.append(view)
            self.pages.addWidget(view)
            item = QListWidgetItem(icon(view.icon_name()), view.title())
            item.setData(Qt.ItemDataRole.UserRole, view.key)
            self.sidebar.addItem(item)

    def _connect_store(self) -> None:
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self.store.saved.connect(self._on_store_saved)
        self.store.save_failed.connect(self._on_store_save_failed)

    def replace_repository(self, repository) -> None:
        """Shows another repository's records: a new store and new views; undo starts afresh.

        The old repository must already be closed (a restore replaced its file on disk).
        """
        self._save_settings()
        current = self.current_view()
        current_key = current.key if current is not None else ""
        old_store, old_views = self.store, self.views
        old_checker = self.context.spell_checker
        self.undo_stack.clear()  # its commands act on the old store
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for view in old_views:
            self.pages.removeWidget(view)
            view.deleteLater()
        self.views = []
        old_store.blockSignals(True)
        self._install_store(repository)
        self._create_views()
        self._connect_store()
        self.sidebar.blockSignals(False)
        settings = QSettings()
        for view in self.views:
            view.restore_state(settings)
        self.show_view(current_key or 0)
        self.pages.setCurrentIndex(max(self.sidebar.currentRow(), 0))
        old_store.deleteLater()
        if old_checker is not None and hasattr(old_checker, "deleteLater"):
            old_checker.deleteLater()
        self._on_store_changed()
        self._on_store_saved()
        self._update_actions()

    # ----------------------------------------------------------------- actions
    def _action(self, text, slot, shortcut=None, icon_name=None, tip="") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setStatusTip(tip)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.quick_capture_action = self._action(
            self.tr("&Quick Capture…"),
            self.quick_capture,
            QKeySequence.StandardKey.New,
            "capture",
            self.tr("Record an accomplishment in one line, from anywhere"),
        )
        self.new_action = self._action(
            self.tr("&Add"),
            self._on_new_triggered,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N),
            "add",
            self.tr("Add a record to the current view"),
        )
        # --- Export (export dialog) ---
        self.export_action = self._action(
            self.tr("&Export…"),
            self.show_export,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E),
            "export",
            self.tr("Export a résumé or the Career Management Document as PDF, Word or text"),
        )
        # --- end Export ---
        self.delete_action = self._action(
            self.tr("&Delete"),
            self._on_delete_triggered,
            QKeySequence.StandardKey.Delete,
            "delete",
            self.tr("Delete the selected records (can be undone)"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = [QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z)]
        for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if keys not in redo_keys:  # a key listed twice would be an ambiguous shortcut
                redo_keys.append(keys)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setIcon(icon("redo"))
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.find_action = self._action(
            self.tr("&Find"),
            self._on_find_triggered,
            QKeySequence.StandardKey.Find,
            "search",
            self.tr("Filter the current view"),
        )
        self.save_copy_action = self._action(
            self.tr("Save a &Copy As…"),
            self.save_copy,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S),
            None,
            self.tr("Write the whole database to another file"),
        )
        self.import_action = self._action(
            self.tr("&Import…"),
            self.choose_import_file,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I),
            None,
            self.tr("Import a JSON Resume file or a LinkedIn data export (ZIP), with a preview"),
        )
        self.import_folder_action = self._action(
            self.tr("Import LinkedIn Export &Folder…"),
            self.choose_import_folder,
            None,
            None,
            self.tr("Import the extracted folder of a LinkedIn data export, with a preview"),
        )
        self.backup_action = self._action(
            self.tr("&Back Up…"),
            self.back_up,
            None,
            None,
            self.tr("Save the whole career record and your dictionary in one ZIP file"),
        )
        self.restore_action = self._action(
            self.tr("&Restore…"),
            self.show_backups,
            None,
            None,
            self.tr("Restore an automatic backup or a backup file"),
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            self.show_preferences,
            # Windows and X11 define no Preferences key; Ctrl+, is what their apps use too.
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)],
            None,
            self.tr("Choose the language, the defaults of new documents and the reminders"),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, None, self.tr("Quit")
        )
        self.about_action = self._action(
            self.tr("&About %s") % APP_NAME, self.show_about, None, "app", ""
        )
        # --- Help (Preferences and Help) ---
        from resume_builder.ui.views import help as help_dialogs

        self.guide_action = self._action(
            self.tr("User &Guide"),
            lambda: help_dialogs.show_user_guide(self),
            QKeySequence.StandardKey.HelpContents,
            None,
            self.tr("Read how to capture, tailor and export, without leaving the app"),
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"),
            lambda: help_dialogs.show_shortcuts(self),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Slash),
            None,
            self.tr("List every keyboard shortcut of the window"),
        )
        self.report_action = self._action(
            self.tr("&Report a Problem…"),
            lambda: help_dialogs.report_problem(self),
            None,
            None,
            self.tr("Copy the versions, the platform and the log's end for a problem report"),
        )
        # --- end Help ---
        self.view_actions = []
        for index, view in enumerate(self.views):
            action = self._action(
                view.title(),
                lambda _checked=False, i=index: self.show_view(i),
                QKeySequence(f"Ctrl+{index + 1}") if index < 9 else None,
                view.icon_name(),
                self.tr("Show %s") % view.title(),
            )
            self.view_actions.append(action)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.quick_capture_action)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.export_action)  # Export
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.find_action)
        view_menu = menu.addMenu(self.tr("&View"))
        for action in self.view_actions:
            view_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)  # Help
        help_menu.addAction(self.shortcuts_action)  # Help
        help_menu.addAction(self.report_action)  # Help
        help_menu.addSeparator()  # Help
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.quick_capture_action, self.new_action, self.delete_action):
            bar.addAction(action)
        bar.addAction(self.export_action)  # Export
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)

    # ----------------------------------------------------------------- views
    def current_view(self) -> CareerView | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, CareerView) else None

    def show_view(self, index_or_key) -> None:
        """Switches to a view by index or key."""
        if isinstance(index_or_key, str):
            keys = [v.key for v in self.views]
            index_or_key = keys.index(index_or_key) if index_or_key in keys else 0
        self.sidebar.setCurrentRow(index_or_key)

    def view(self, key: str) -> CareerView:
        """The view with this key."""
        return next(v for v in self.views if v.key == key)

    @Slot(int)
    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)
            self._update_actions()

    def _update_actions(self) -> None:
        view = self.current_view()
        self.new_action.setEnabled(bool(view and view.can_add()))
        self.delete_action.setEnabled(bool(view and view.can_delete()))
        self.find_action.setEnabled(view is not None)

    def _on_new_triggered(self) -> None:
        view = self.current_view()
        if view and view.can_add():
            view.add_new()

    def _on_delete_triggered(self) -> None:
        view = self.current_view()
        if view and view.can_delete():
            view.delete_selected()

    def _on_find_triggered(self) -> None:
        view = self.current_view()
        if view is not None:
            view.focus_filter()

    def quick_capture(self) -> None:
        """Opens the one-line capture dialog from any view (Ctrl+N)."""
        from resume_builder.ui.views.quick_capture import QuickCaptureDialog

        dialog = QuickCaptureDialog(self.context, self)
        dialog.exec()

    # --- Export (export dialog) ---
    def show_export(self) -> None:
        """Opens the Export dialog (Ctrl+E) on the current records."""
        from resume_builder.ui.views.export_dialog import ExportDialog

        view = self.current_view()
        if view is not None and view.export_current():
            return  # the view's own document (a target's résumé or letter)
        dialog = ExportDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()  # its preview document and worker pool go with it

    # --- end Export ---

    # ----------------------------------------------------------------- saving and status
    def _on_store_changed(self, *_args) -> None:
        # One plural message per count, so each noun agrees with its number in translation.
        counts = (
            self.tr("%n accomplishments", "", self.store.count(Accomplishment)),
            self.tr("%n roles", "", self.store.count(Role)),
            self.tr("%n skills", "", self.store.count(Skill)),
        )
        self.counts_label.setText(" · ".join(counts))
        self.save_label.setText(self.tr("Saving…"))

    def _on_store_saved(self) -> None:
        if not self.store.has_unsaved_changes:
            self.save_label.setText(self.tr("All changes saved"))

    def _on_store_save_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Not saved"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not save"), message, parent=self)
        retry = box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        elsewhere = box.addButton(self.tr("Save a Copy As…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is retry:
            self.store.save_soon_now()
        elif box.clickedButton() is elsewhere:
            self.save_copy()

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

    def show_preferences(self) -> None:
        """The Preferences dialog; a new language takes effect at once, without a restart."""
        from resume_builder.ui.views.preferences import PreferencesDialog, apply_preferences

        repository = self.store.repository
        dialog = PreferencesDialog(repository.data_dir, repository.backups.folder, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            apply_preferences(self, dialog)
        dialog.deleteLater()

    def offer_welcome_if_empty(self) -> None:
        """On a first run (nothing stored at all) offers an empty start, the demo or import."""
        from resume_builder.ui.views.welcome import WelcomeDialog, is_empty

        if self.demo or not is_empty(self.store):
            return
        dialog = WelcomeDialog(self.context, self)
        dialog.exec()
        if dialog.choice == WelcomeDialog.DEMO:
            self.show_view("accomplishments")
        elif dialog.choice == WelcomeDialog.IMPORT:
            self.choose_import_file()

    # ----------------------------------------------------------------- import
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
        from resume_builder.ui.workers import ImportWorker

        if self._import_worker is not None:
            return  # one at a time; the actions are disabled meanwhile
        kind = kind or guess_kind(path)
        worker = ImportWorker(kind, path, snapshot_of(self.store))
        worker.signals.finished.connect(self._on_import_worker_finished)
        worker.signals.failed.connect(self._on_import_worker_failed)
        self._import_worker = worker
        self._set_importing(True)
        self.statusBar().showMessage(self.tr("Reading %s…") % path.name)
        self._import_pool.start(worker)

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

    # ----------------------------------------------------------------- backup and restore
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

    def show_about(self) -> None:
        """The About dialog."""
        QMessageBox.about(
            self,
            self.tr("About %s") % APP_NAME,
            self.tr(
                "<h3>%1 %2</h3><p>Record your work accomplishments and build tailored résumés "
                "and a Career Management Document, offline.</p><p>Your data stays on this "
                "computer: %3</p>"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", str(self.store.repository.data_dir).replace("<", "&lt;")),
        )

    # ----------------------------------------------------------------- settings and closing
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        # The saved size may come from a bigger monitor: what does not fit is shrunk onto this one.
        fit_window(self, first_start=not restored)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for view in self.views:
            view.restore_state(settings)
        self.show_view(str(settings.value("window/view", self.views[0].key if self.views else "")))
        if self.sidebar.currentRow() < 0 and self.views:
            self.show_view(0)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        view = self.current_view()
        if view is not None:
            settings.setValue("window/view", view.key)
        for each in self.views:
            each.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        error = self.store.flush()
        if error:
            answer = QMessageBox.warning(
                self,
                self.tr("Could not save"),
                error + "\n\n" + self.tr("Quit anyway and lose the unsaved changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        for view in self.views:
            view.stop_work()
        event.accept()

    def shutdown(self) -> None:
        """Releases the data folder after the window closed."""
        self._shortcut_filter.remove()
        self.store.flush()
        self.store.repository.close()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted_on_show:
            # The window manager's frame is known only now; keep the title bar on screen.
            self._fitted_on_show = True
            QTimer.singleShot(0, self._fit_after_show)

    def _fit_after_show(self) -> None:
        fit_window(self, first_start=False)

    def bring_to_front(self) -> None:
        """Shows, raises and activates the window: another launch on this data folder asked."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(
            self.tr("Resume Builder was started again on this data folder; here is its window."),
            10000,
        )
        self.brought_to_front.emit()

    def _window_title(self) -> str:
        """The data folder's name, then the application's: Qt appends no second one to this."""
        if self.demo:
            name = self.tr("Demo career")
        else:
            folder = Path(self.store.repository.data_dir)
            name = folder.name or str(folder)
        return f"{name} — {APP_NAME}"


def _make_writing_hints():
    from resume_builder import paths
    from resume_builder.domain.hints import load_default_hints

    return load_default_hints(paths.resource("data"))


def _make_spell_checker(data_dir, parent):
    from resume_builder.ui.settings import SPELLING_LANGUAGE
    from resume_builder.ui.spelling import SpellChecker

    # The user's own words live with their data, so they travel with a backup.
    return SpellChecker(data_dir / "dictionary.txt", parent, language=SPELLING_LANGUAGE.get())
