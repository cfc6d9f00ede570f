"""The main window: sidebar of views, shared actions, undo stack, autosave and settings.

Pages are built when first shown: the sidebar, the menus, the status bar and every action
exist from the start, and the window goes on screen with them; the page it opens on is built
(and its module imported) in the first event-loop pass after that, so the first paint does not
wait for its widgets and models. Anything that asks for a page before then (an action, a
shortcut, `view()`, `current_view()`) builds it at once, as it does any page not shown yet.
Actions and menus live in `window_actions`, import, backup and restore in `window_transfers`.

The app's start shows `MainWindow.opening(data_dir)` before the database is read, and gives it
the repository with `open_repository()` in the first event-loop pass (see app.run_gui); the
domain and the store are imported only then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget

from resume_builder import APP_NAME, __version__
from resume_builder.ui import settings as keys
from resume_builder.ui.icons import icon
from resume_builder.ui.sidebar import Sidebar, SidebarEntry
from resume_builder.ui.views.base import CareerView, ViewContext
from resume_builder.ui.when_first_used import make_spell_checker, make_writing_hints
from resume_builder.ui.widgets.due_indicator import DueIndicator
from resume_builder.ui.window_actions import WindowActions
from resume_builder.ui.window_fit import fit_window
from resume_builder.ui.window_transfers import WindowTransfers

#: how long quitting waits for background jobs that were asked to stop (they stop between
#: steps; one reading a big import file may need a moment)
QUIT_WAIT_MS = 5000


class _Page:
    """One sidebar page: how to build its view, and the view once built."""

    def __init__(self, entry: SidebarEntry, load, view: CareerView | None = None):
        self.entry = entry
        self.load = load
        self.view = view


class MainWindow(WindowActions, WindowTransfers, QMainWindow):
    """Hosts the views; owns the undo stack and the window-wide actions."""

    #: another launch on the same data folder was redirected to this window
    brought_to_front = Signal()

    def __init__(
        self, repository, demo: bool = False, view_classes=None, parent=None, *, _data_dir=None
    ):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.undo_stack = QUndoStack(self)
        self._selecting = False  # the window, not the user, is moving the sidebar's row
        # Given classes (tests, tools) are built at once; the registry's pages when shown.
        self._view_classes = list(view_classes) if view_classes else None
        self._writing_hints = make_writing_hints()
        # None while the window is opening its data folder (see `opening()`)
        self.store = None
        self.context = None
        self.data_dir = Path(repository.data_dir if repository is not None else _data_dir)
        self.demo = demo
        if repository is not None:
            self._install_store(repository)
        self._fitted_on_show = False
        self.setWindowTitle(self._window_title())
        self.setWindowIcon(icon("app"))

        self.sidebar = Sidebar()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(240)
        self.pages = QStackedWidget()
        self._pages: list[_Page] = []
        self._forgotten_keys: set[str] = set()  # pages whose views a rebuild took away
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
        # Installed once the window is up (see _after_first_show): before that no key can
        # reach it, and an application filter made early would load every Qt class.
        self._shortcut_filter = None  # a ui.shortcuts.WindowShortcutFilter
        self._build_menus()
        self._build_toolbar()
        self.save_label = QLabel()
        self.counts_label = QLabel()
        self.due_indicator = DueIndicator(self)
        self.due_indicator.open_requested.connect(self._on_due_indicator_open_requested)
        self.statusBar().addPermanentWidget(self.due_indicator)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.save_label)

        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._waiting_actions: list = []  # disabled until the folder is open
        if self.store is None:
            self._wait_for_records()
        else:
            self._connect_store()

        self._restore_settings()
        if self.store is not None:
            self._on_store_changed()
            self._on_store_saved()
        self._update_actions()

    @classmethod
    def opening(cls, data_dir: Path, demo: bool = False) -> MainWindow:
        """A window with its sidebar, menus and status bar, still opening `data_dir`.

        It can go on screen at once; `open_repository()` gives it the records and builds its
        first page. Until then only Quit works (every other action needs the records).
        """
        return cls(None, demo=demo, _data_dir=data_dir)

    @property
    def is_opening(self) -> bool:
        """True until the window has its repository."""
        return self.store is None

    def _wait_for_records(self) -> None:
        self._waiting_actions = [
            action
            for action in self.actions()
            if action is not self.quit_action and action.isEnabled()
        ]
        for action in self._waiting_actions:
            action.setEnabled(False)
        self.sidebar.setEnabled(False)
        self.statusBar().showMessage(self.tr("Opening %s…") % str(self.data_dir))

    def open_repository(self, repository) -> None:
        """Gives a window made by `opening()` its records, and builds the page on screen."""
        if self.store is not None:
            raise RuntimeError("the window has its repository already")
        self._install_store(repository)
        self._connect_store()
        for action in self._waiting_actions:
            action.setEnabled(True)
        self._waiting_actions = []
        self.sidebar.setEnabled(True)
        self.statusBar().clearMessage()
        self.setWindowTitle(self._window_title())
        self._on_store_changed()
        self._on_store_saved()
        self._update_actions()
        if self._fitted_on_show:  # on screen already: its page is wanted now
            self.current_view()
            self._update_actions()

    def _install_store(self, repository) -> None:
        from resume_builder.ui.store import CareerStore

        self.data_dir = Path(repository.data_dir)
        self.store = CareerStore(repository, self)
        self.context = ViewContext(
            store=self.store,
            undo_stack=self.undo_stack,
            spell_checker=make_spell_checker(repository.data_dir, self),
            writing_hints=self._writing_hints,
        )

    def _connect_store(self) -> None:
        self.due_indicator.set_store(self.store)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self.store.saved.connect(self._on_store_saved)
        self.store.save_failed.connect(self._on_store_save_failed)

    def replace_repository(self, repository) -> None:
        """Shows another repository's records: a new store and new views; undo starts afresh.

        The old repository must already be closed (a restore replaced its file on disk).
        """
        self._save_settings()
        current_key = self.current_key()
        old_store = self.store
        old_checker = self.context.spell_checker
        self.undo_stack.clear()  # its commands act on the old store
        self.sidebar.blockSignals(True)
        old_store.blockSignals(True)
        self._install_store(repository)
        self._create_views()
        self._connect_store()
        self.sidebar.blockSignals(False)
        self.show_view(current_key or 0)
        old_store.deleteLater()
        if old_checker is not None and hasattr(old_checker, "deleteLater"):
            old_checker.deleteLater()
        self._on_store_changed()
        self._on_store_saved()
        self._update_actions()

    # ----------------------------------------------------------------- pages
    def _create_views(self) -> None:
        """Lists the pages afresh, on the current context.

        Pages built before are built again at once (a rebuild in another language made them
        all); the others wait until shown. Given classes are always built at once.
        """
        rebuild = {page.entry.key for page in self._pages if page.view is not None}
        rebuild |= self._forgotten_keys
        self._forgotten_keys = set()
        self._discard_views()
        if self._view_classes is not None:
            for view_class in self._view_classes:
                view = self._make_view(view_class)
                entry = SidebarEntry(view.key, view.title(), view.icon_name())
                self._pages.append(_Page(entry, view_class, view))
                self.pages.addWidget(view)
        else:
            from resume_builder.ui.views.registry import view_specs

            for spec in view_specs():
                entry = SidebarEntry(spec.key, spec.title(), spec.icon_name)
                self._pages.append(_Page(entry, spec.load))
                self.pages.addWidget(QWidget())  # stands in until the page is first shown
        self.sidebar.set_entries([page.entry for page in self._pages])
        for index, page in enumerate(self._pages):
            if page.entry.key in rebuild:
                self._built(index)

    def _discard_views(self) -> None:
        for page in self._pages:
            if page.view is not None:
                page.view.stop_work()
        while self.pages.count():
            widget = self.pages.widget(0)
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self._pages = []

    def _make_view(self, view_class) -> CareerView:
        view = view_class(self.context, self)
        view.actions_changed.connect(self._update_actions)
        return view

    def _built(self, index: int) -> CareerView:
        """The view of page `index`, built (and its settings restored) on first use."""
        page = self._pages[index]
        if page.view is None:
            view = self._make_view(page.load())
            view.restore_state(QSettings())
            stand_in = self.pages.widget(index)
            was_current = stand_in is not None and stand_in is self.pages.currentWidget()
            self.pages.insertWidget(index, view)
            if stand_in is not None and stand_in is not view:
                self.pages.removeWidget(stand_in)
                stand_in.deleteLater()
            page.view = view
            if was_current:  # the page on screen was waiting for its view
                self.pages.setCurrentIndex(index)
                self._update_actions()
        return page.view

    def build_every_view(self) -> list[CareerView]:
        """Builds the pages not shown yet; returns every page's view, in sidebar order."""
        return [self._built(index) for index in range(len(self._pages))]

    @property
    def views(self) -> list[CareerView]:
        """Every page's view, in sidebar order (pages not shown yet are built now)."""
        return self.build_every_view()

    @views.setter
    def views(self, views: list[CareerView]) -> None:
        # Only emptying is meaningful: the caller removed the views and lists new ones next.
        if views:
            raise ValueError("views are made by the window; only [] may be assigned")
        for page in self._pages:
            if page.view is not None:
                self._forgotten_keys.add(page.entry.key)
            page.view = None

    def built_views(self) -> list[CareerView]:
        """The views built so far (the others have nothing to save or stop)."""
        return [page.view for page in self._pages if page.view is not None]

    def sidebar_entries(self) -> list[SidebarEntry]:
        """The pages as the sidebar and the View menu list them."""
        return [page.entry for page in self._pages]

    def current_view(self) -> CareerView | None:
        """The view of the page on screen (built now if it waits for the first event loop).

        None while the window is opening its data folder: no page can be built before.
        """
        if self.store is None:
            return None
        index = self.pages.currentIndex()
        return self._built(index) if 0 <= index < len(self._pages) else None

    def current_key(self) -> str:
        """The key of the page on screen, built or not ("" when there is none)."""
        index = self.pages.currentIndex()
        return self._pages[index].entry.key if 0 <= index < len(self._pages) else ""

    def _index_of(self, index_or_key) -> int:
        if isinstance(index_or_key, str):
            keys = [page.entry.key for page in self._pages]
            return keys.index(index_or_key) if index_or_key in keys else 0
        return index_or_key

    def show_view(self, index_or_key) -> None:
        """Switches to a view by index or key (building it the first time)."""
        index = self._index_of(index_or_key)
        if not 0 <= index < len(self._pages):
            return
        self._built(index)
        self._select_page(index)

    def _select_page(self, index: int) -> None:
        """Makes page `index` current; a page not built yet shows its stand-in until asked for."""
        self._selecting = True
        try:
            self.sidebar.setCurrentRow(index)
        finally:
            self._selecting = False
        self.pages.setCurrentIndex(index)
        self._update_actions()

    def view(self, key: str) -> CareerView:
        """The view with this key (built if it was not yet)."""
        index = next(i for i, page in enumerate(self._pages) if page.entry.key == key)
        return self._built(index)

    @Slot(int)
    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row >= 0 and not self._selecting and self.store is not None:
            self._built(row)
            self.pages.setCurrentIndex(row)
            self._update_actions()

    def _update_actions(self) -> None:
        if self.store is None:  # opening: nothing to add to, delete or find yet
            for action in (self.new_action, self.delete_action, self.find_action):
                action.setEnabled(False)
            return
        widget = self.pages.currentWidget()
        if widget is not None and not isinstance(widget, CareerView):
            # A stand-in for the page the window opens on, until the first event loop builds
            # it; Add and Find build it when used before then (nothing is selected in it yet).
            self.new_action.setEnabled(True)
            self.delete_action.setEnabled(False)
            self.find_action.setEnabled(True)
            return
        view = widget
        self.new_action.setEnabled(bool(view and view.can_add()))
        self.delete_action.setEnabled(bool(view and view.can_delete()))
        self.find_action.setEnabled(view is not None)

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
        from resume_builder.domain.models import Accomplishment, Person, Role, Skill

        # One plural message per count, so each noun agrees with its number in translation.
        counts = (
            self.tr("%n accomplishments", "", self.store.count(Accomplishment)),
            self.tr("%n roles", "", self.store.count(Role)),
            self.tr("%n skills", "", self.store.count(Skill)),
        )
        people = self.store.count(Person)
        if people:  # the People page's count; a career without people keeps the shorter line
            counts += (self.tr("%n relationships", "", people),)
        self.counts_label.setText(" · ".join(counts))
        self.save_label.setText(self.tr("Saving…"))

    def _on_due_indicator_open_requested(self) -> None:
        self.show_view("due")

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
        geometry = keys.WINDOW_GEOMETRY.get(settings)
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        # The saved size may come from a bigger monitor: what does not fit is shrunk onto this one.
        fit_window(self, first_start=not restored)
        state = keys.WINDOW_STATE.get(settings)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = keys.WINDOW_SPLITTER.get(settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        for view in self.built_views():  # the others restore theirs when built
            view.restore_state(settings)
        first = self._pages[0].entry.key if self._pages else ""
        index = self._index_of(keys.WINDOW_VIEW.get(settings) or first)
        if 0 <= index < len(self._pages):
            # Built in the first event loop after the window shows (or when asked for first).
            self._select_page(index)

    def _save_settings(self) -> None:
        settings = QSettings()
        keys.WINDOW_GEOMETRY.set(self.saveGeometry(), settings)
        keys.WINDOW_STATE.set(self.saveState(), settings)
        keys.WINDOW_SPLITTER.set(self.splitter.saveState(), settings)
        key = self.current_key()
        if key:
            keys.WINDOW_VIEW.set(key, settings)
        for each in self.built_views():
            each.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        if self.store is None:  # closed while opening: nothing was read, nothing to save
            event.accept()
            return
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
        for view in self.built_views():
            view.stop_work()
        _wait_for_background_jobs()
        event.accept()

    def shutdown(self) -> None:
        """Releases the data folder after the window closed."""
        if self._shortcut_filter is not None:
            self._shortcut_filter.remove()
        _wait_for_background_jobs()
        if self.store is None:
            return  # it never opened its folder (run_gui releases the lock it took)
        self.store.flush()
        self.store.repository.close()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted_on_show:
            self._fitted_on_show = True
            QTimer.singleShot(0, self, self._after_first_show)

    def _after_first_show(self) -> None:
        """The first event-loop pass with the window on screen: what could wait for it."""
        if self._shortcut_filter is None:
            # Imported only now: its Qt classes and enums cost ~3 ms before the first paint.
            from resume_builder.ui.shortcuts import WindowShortcutFilter

            self._shortcut_filter = WindowShortcutFilter(self, self.undo_action, self.redo_action)
        self.current_view()  # the page the window opened on, if nothing asked for it yet
        # The window manager's frame is known only now; keep the title bar on screen.
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
            folder = self.data_dir
            name = folder.name or str(folder)
        return f"{name} — {APP_NAME}"


def _wait_for_background_jobs() -> None:
    """Lets the application pool's jobs end (their owners asked them to stop); never hangs."""
    import sys

    workers = sys.modules.get("resume_builder.ui.workers")
    if workers is None:
        return  # no job was ever started
    pool = workers.app_pool()
    pool.clear()  # queued jobs that never started need not run now
    pool.waitForDone(QUIT_WAIT_MS)
