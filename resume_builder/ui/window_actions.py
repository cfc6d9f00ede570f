"""The main window's actions, menus and toolbar: defined once, with standard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence

from resume_builder import APP_NAME
from resume_builder.ui.icons import icon


def _help():
    from resume_builder.ui.views import help as help_dialogs

    return help_dialogs


class WindowActions:
    """Part of MainWindow: builds its window-wide actions, the menu bar and the toolbar.

    The window provides the slots the actions call and `sidebar_entries()` for the View menu.
    """

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

    def show_meeting_brief(self):
        """Opens the meeting-brief dialog (views/conversation_exports.py)."""
        from resume_builder.ui.views.conversation_exports import open_brief_dialog

        return open_brief_dialog(self, self.context)

    def show_progress_pack(self):
        """Opens the progress-pack dialog, with its update note."""
        from resume_builder.ui.views.conversation_exports import open_progress_dialog

        return open_progress_dialog(self, self.context)

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
        self.brief_action = self._action(
            self.tr("&Meeting Brief…"),
            self.show_meeting_brief,
            tip=self.tr("Export the brief for a meeting or a target as PDF or Word"),
        )
        self.progress_action = self._action(
            self.tr("Pr&ogress Pack…"),
            self.show_progress_pack,
            tip=self.tr("Export a period's progress and copy the update note for your manager"),
        )
        self.calendar_action = self._action(
            self.tr("Export Ca&lendar…"),
            self.export_calendar,
            tip=self.tr(
                "Write meetings and what is due as an .ics file to import into your own calendar"
            ),
        )
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
        self.import_resume_action = self._action(
            self.tr("Import &Résumé (DOCX or PDF)…"),
            self.choose_import_resume,
            None,
            None,
            self.tr("Read a résumé you already have (Word or PDF) into roles and accomplishments"),
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
        self.guide_action = self._action(
            self.tr("User &Guide"),
            lambda: _help().show_user_guide(self),
            QKeySequence.StandardKey.HelpContents,
            None,
            self.tr("Read how to capture, tailor and export, without leaving the app"),
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"),
            self._show_shortcuts,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Slash),
            None,
            self.tr("List every keyboard shortcut of the window"),
        )
        self.report_action = self._action(
            self.tr("&Report a Problem…"),
            lambda: _help().report_problem(self),
            None,
            None,
            self.tr("Copy the versions, the platform and the log's end for a problem report"),
        )
        # --- end Help ---
        self.view_actions = []
        for index, entry in enumerate(self.sidebar_entries()):
            action = self._action(
                entry.title,
                lambda _checked=False, i=index: self.show_view(i),
                # The start page comes first, on Ctrl+0; the N-th page after it is Ctrl+N.
                QKeySequence(f"Ctrl+{index}") if index <= 9 else None,
                entry.icon_name,
                self.tr("Show %s") % entry.title,
            )
            self.view_actions.append(action)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.quick_capture_action)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.export_action)  # Export
        file_menu.addAction(self.brief_action)
        file_menu.addAction(self.progress_action)
        file_menu.addAction(self.calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_folder_action)
        file_menu.addAction(self.import_resume_action)
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

    def _show_shortcuts(self) -> None:
        # The list names each page's own shortcuts too, so pages not shown yet are built.
        self.build_every_view()
        _help().show_shortcuts(self)
