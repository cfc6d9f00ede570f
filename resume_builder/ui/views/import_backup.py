"""The Import Preview dialog and the Backups dialog of the File menu, and the window's side of
the import and restore workflows (services/importing/workflow.py, services/restore.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.importing.plan import ImportPlan
from resume_builder.services.importing.resume_file.assign import (
    assign_unplaced,
    assignable_roles,
)
from resume_builder.storage.backups import Backup
from resume_builder.ui.models.backups import INTEGRITY, BackupListModel
from resume_builder.ui.models.import_plan import (
    ACTION_ORDER,
    ImportPlanModel,
    UnplacedLinesModel,
)

__all__ = ["ACTION_ORDER", "BackupsDialog", "ImportPreviewDialog"]


class ImportPreviewDialog(QDialog):
    """Shows what an import would do, grouped by action, and where to import it.

    A résumé's lines that its reader could not place are listed on their own; the user may
    give one to a role (of the file, or one already stored) as a bullet, or leave it out, and
    `plan` is the file's plan with those choices (services/importing/resume_file/assign.py).
    """

    CURRENT, NEW_FOLDER = 0, 1

    def __init__(
        self,
        plan: ImportPlan,
        parent: QWidget | None = None,
        existing: CareerSnapshot | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.read_plan = plan  # as the file was read; the choices are made again from it
        self.plan = plan
        self.existing = existing
        self.assignments: dict[int, str | None] = {}
        self.role_choices = assignable_roles(plan, existing)
        self.new_folder: Path | None = None
        self.setWindowTitle(self.tr("Import Preview"))
        self.setMinimumSize(760, 520)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = ImportPlanModel(
            plan,
            [self.tr("Record"), self.tr("Kind"), self.tr("Why"), self.tr("From")],
            self._group_title,
            self.kind_name,
            self,
        )
        self.tree = QTreeView()
        self.tree.setObjectName("importTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        # The record takes the room; the kind is as wide as its longest word; where it came
        # from ("page 1, line 4; …" or a JSON path) keeps a fixed width the user can drag.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 260)  # "placed by you under …" names its role
        header.resizeSection(3, 240)
        # What the file held in another shape, and how it was read: one line each, readable
        # and copyable, below the records.
        self.warnings_title = QLabel()
        self.warnings_title.setObjectName("importWarningsTitle")
        self.warnings_title.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = QPlainTextEdit()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setReadOnly(True)
        self.warnings.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.warnings.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.unplaced_panel = self._unplaced_panel()

        self.into_current = QRadioButton(self.tr("Into the &current career record"))
        self.into_new = QRadioButton(self.tr("Into a &new data folder…"))
        self.into_current.setChecked(True)
        self.destination = QButtonGroup(self)
        self.destination.addButton(self.into_current, self.CURRENT)
        self.destination.addButton(self.into_new, self.NEW_FOLDER)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if self.unplaced_panel is None:
            layout.addWidget(self.tree, 1)
        else:
            split = QSplitter(Qt.Orientation.Vertical)
            split.setChildrenCollapsible(False)
            split.addWidget(self.tree)
            split.addWidget(self.unplaced_panel)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            layout.addWidget(split, 1)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings)
        layout.addWidget(self.into_current)
        layout.addWidget(self.into_new)
        layout.addWidget(self.buttons)
        self._fill()

    def _unplaced_panel(self) -> QWidget | None:
        """The list of unplaced lines and the role box that places the selected ones."""
        if not self.plan.unplaced:
            self.unplaced_model = None
            return None
        panel = QWidget()
        self.unplaced_title = QLabel(
            self.tr(
                "%n line(s) the reader could not place: select one and choose a role to keep "
                "it as an accomplishment of that role, or leave it out",
                "",
                len(self.plan.unplaced),
            )
        )
        self.unplaced_title.setObjectName("unplacedTitle")
        self.unplaced_title.setTextFormat(Qt.TextFormat.PlainText)
        self.unplaced_title.setWordWrap(True)
        self.unplaced_model = UnplacedLinesModel(
            self.plan.unplaced,
            [self.tr("Where"), self.tr("Text"), self.tr("Placed as")],
            self.tr("Left out"),
            self,
        )
        self.unplaced_view = QTreeView()
        self.unplaced_view.setObjectName("unplacedLines")
        self.unplaced_view.setRootIsDecorated(False)
        self.unplaced_view.setUniformRowHeights(True)
        self.unplaced_view.setModel(self.unplaced_model)
        self.unplaced_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unplaced_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.unplaced_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 240)
        header.setStretchLastSection(False)

        self.role_box = QComboBox()
        self.role_box.setObjectName("unplacedRole")
        self.role_box.addItem(self.tr("Leave it out"), None)
        for choice in self.role_choices:
            text = (
                self.tr("%1 (in this file)")
                if choice.from_file
                else self.tr("%1 (already in your record)")
            ).replace("%1", choice.label)
            self.role_box.addItem(text, choice.role_id)
        self.role_box.setEnabled(False)
        self.role_box.setToolTip(
            self.tr("The selected lines become accomplishments of this role when you import.")
        )
        role_label = QLabel(self.tr("Place the selected lines as bullets of:"))
        role_label.setBuddy(self.role_box)
        self.role_box.activated.connect(self._on_role_box_activated)
        self.unplaced_view.selectionModel().selectionChanged.connect(
            self._on_unplaced_view_selection_changed
        )

        row = QHBoxLayout()
        row.addWidget(role_label)
        row.addWidget(self.role_box, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unplaced_title)
        layout.addWidget(self.unplaced_view, 1)
        layout.addLayout(row)
        return panel

    def _selected_unplaced(self) -> list[int]:
        rows = self.unplaced_view.selectionModel().selectedRows()
        return sorted({index.row() for index in rows})

    def _on_unplaced_view_selection_changed(self, *_) -> None:
        rows = self._selected_unplaced()
        self.role_box.setEnabled(bool(rows))
        if rows:  # show the first selected line's choice (activated fires only on the user's)
            found = self.role_box.findData(self.assignments.get(rows[0]))
            self.role_box.setCurrentIndex(max(found, 0))

    def _on_role_box_activated(self, position: int) -> None:
        role_id = self.role_box.itemData(position)
        for row in self._selected_unplaced():
            if role_id is None:
                self.assignments.pop(row, None)
            else:
                self.assignments[row] = role_id
        self.place_lines(dict(self.assignments))

    def place_lines(self, assignments: dict[int, str | None]) -> None:
        """Makes the plan again from the file's, with these lines given to these roles."""
        self.assignments = {row: role for row, role in assignments.items() if role is not None}
        self.plan = assign_unplaced(self.read_plan, self.assignments, self.existing)
        labels = {c.role_id: c.label for c in self.role_choices}
        self.unplaced_model.set_assignments(
            {row: labels[role] for row, role in self.assignments.items()}
        )
        self.model.set_plan(self.plan)
        self._fill()
        # another folder is planned again from the file, where these choices do not exist
        self.into_new.setEnabled(not self.assignments)
        self.into_new.setToolTip(
            self.tr("Lines you placed are kept only in an import into the current career record.")
            if self.assignments
            else ""
        )
        if self.assignments:
            self.into_current.setChecked(True)

    def group_titles(self) -> dict[str, str]:
        """The translated title of each action's group."""
        return {
            "add": self.tr("Will add"),
            "update": self.tr("Will update"),
            "match": self.tr("Already there"),
            "skip": self.tr("Skipped"),
        }

    def kind_name(self, kind: str) -> str:
        """A record kind as the interface names it."""
        names = {
            "profile": self.tr("Profile"),
            "role": self.tr("Role"),
            "accomplishment": self.tr("Accomplishment"),
            "skill": self.tr("Skill"),
            "education": self.tr("Education"),
            "certification": self.tr("Certificate"),
            "award": self.tr("Award"),
            "publication": self.tr("Publication"),
            "language": self.tr("Language"),
            "interest": self.tr("Interest"),
            "project": self.tr("Project"),
            "volunteer": self.tr("Volunteering"),
            "person": self.tr("Person"),
            "meeting": self.tr("Meeting"),
            "action_item": self.tr("Action item"),
        }
        return names.get(kind, kind)

    def _group_title(self, action: str, count: int) -> str:
        return (
            self.tr("%1 (%2)", "a preview group and how many records it holds")
            .replace("%1", self.group_titles()[action])
            .replace("%2", str(count))
        )

    def _fill(self) -> None:
        for row, action in enumerate(self.model.actions()):
            self.tree.setExpanded(self.model.index(row, 0), action != "match")
        to_write = len(self.plan.records_to_write())
        matched = sum(1 for i in self.plan.items if i.action == "match")
        skipped = sum(1 for i in self.plan.items if i.action == "skip")
        summary = (
            self.tr("%1: %2 to add or update, %3 already there, %4 skipped.")
            .replace("%1", self.plan.source_name)
            .replace("%2", str(to_write))
            .replace("%3", str(matched))
            .replace("%4", str(skipped))
        )
        if not to_write:
            summary += " " + self.tr("Everything in the file is already there.")
        self.summary.setText(summary)
        prefix = f"{self.plan.source_name}: "
        listed = {u.warning for u in self.plan.unplaced}  # they have their own list
        lines = [w.removeprefix(prefix) for w in self.plan.warnings if w not in listed]
        self.warnings_title.setText(
            self.tr(
                "%n warning(s): what the file holds in another shape, and how it was read",
                "",
                len(lines),
            )
        )
        self.warnings.setPlainText("\n".join(lines))
        for widget in (self.warnings_title, self.warnings):
            widget.setVisible(bool(lines))
        self.import_button.setEnabled(to_write > 0)
        if not to_write:
            self.import_button.setToolTip(self.tr("Everything in the file is already there."))

    def group_counts(self) -> dict[str, int]:
        """How many records each shown group holds, by action."""
        return self.model.group_counts()

    def group_titles_shown(self) -> list[str]:
        """The group rows' text, top to bottom, as the tree shows them."""
        root = QModelIndex()
        return [self.model.index(r, 0, root).data() for r in range(self.model.rowCount(root))]

    def labels_in(self, action: str) -> list[str]:
        """The records' labels in one group, as the tree shows them."""
        group = self.model.group_index(action)
        return [self.model.index(r, 0, group).data() for r in range(self.model.rowCount(group))]

    def choice(self) -> int:
        """CURRENT or NEW_FOLDER."""
        return self.destination.checkedId()

    def _on_buttons_accepted(self) -> None:
        if self.choice() == self.NEW_FOLDER:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a Data Folder for the Import")
            )
            if not folder:
                return
            self.new_folder = Path(folder)
        self.accept()


class BackupsDialog(QDialog):
    """Lists the automatic backups; restoring one (or a file) is confirmed first."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backups")
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(640, 420)
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Resume Builder keeps a backup every day and before every import, restore and "
                "upgrade. Restoring one first backs up the current database."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        reasons = {
            "daily": self.tr("Daily"),
            "pre-import": self.tr("Before an import"),
            "pre-restore": self.tr("Before a restore"),
            "pre-migration": self.tr("Before an upgrade"),
            "manual": self.tr("By hand"),
        }
        self.model = BackupListModel(
            backups,
            [self.tr("Taken"), self.tr("Reason"), self.tr("Records"), self.tr("Integrity")],
            lambda reason: reasons.get(reason, reason),
            lambda error: self.tr("Good") if error is None else self.tr("Damaged: %s") % error,
            self,
        )
        self.table = QTreeView()
        self.table.setObjectName("backupList")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.header()
        header.setSectionResizeMode(INTEGRITY, QHeaderView.ResizeMode.Stretch)
        for column in range(INTEGRITY):  # a full date and time, never "2026-11-23 18:…"
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("There are no automatic backups yet."))
        self.empty.setVisible(not backups)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.from_file_button = QPushButton(self.tr("Restore from &File…"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.from_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.from_file_button.clicked.connect(self._on_from_file_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _on_table_selection_changed(self, *_) -> None:
        self.restore_button.setEnabled(bool(self._selected_rows()))

    def _on_table_double_clicked(self, index) -> None:
        if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsSelectable:
            self._confirm(self.model.path_at(index.row()))

    def _on_restore_button_clicked(self) -> None:
        rows = self._selected_rows()
        if rows:
            self._confirm(self.model.path_at(rows[0]))

    def _on_from_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from File"),
            "",
            self.tr("Backups (*.zip *.json);;All files (*)"),
        )
        if path:
            self._confirm(Path(path))

    def _confirm(self, path: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore Backup"),
            self.tr(
                "Replace the current career record with %s? The current database is backed "
                "up first, and the window reloads."
            )
            % path.name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = path
            self.accept()


# ----------------------------------------------------------------------------- window workflows
# The window's side of the import and restore workflows: the services decide what happens and
# in which order; these only add the window's way to apply (an undo command), its questions
# and its messages. The sentences keep the main window's translation context, named in each
# call so that lupdate finds them.


class ImportOutcomeTexts(QObject):
    """The window's sentences on what an import wrote (tr() calls, so plural forms are found)."""

    def imported(self, count: int) -> str:
        """The status line after importing into the open career record."""
        return self.tr("Imported %n records; Undo removes them.", "", count)

    def imported_into(self, count: int, folder: Path) -> str:
        """The message after importing into another data folder."""
        return self.tr(
            "%n record(s) were imported into %1. Start Resume Builder with "
            "--data-dir on that folder to work with them.",
            "",
            count,
        ).replace("%1", str(folder))


def import_into_current(window, plan: ImportPlan, kind: str) -> bool:
    """Applies a plan to the open career record as one undoable step, after a backup."""
    from resume_builder.domain.models import RECORD_TYPE_BY_KIND
    from resume_builder.services.importing.workflow import ImportRefused, run_import
    from resume_builder.ui.commands import ChangeRecordsCommand

    store = window.store

    def apply(after: list) -> None:
        before = []
        for item in plan.items:
            if item.action == "update" and item.existing_id:
                current = store.get(RECORD_TYPE_BY_KIND[item.record.KIND], item.existing_id)
                if current is not None:
                    before.append(current)
        if kind == "linkedin":
            text = QCoreApplication.translate("MainWindow", "Import LinkedIn Export")
        elif kind == "resume":
            text = QCoreApplication.translate("MainWindow", "Import Résumé")
        else:
            text = QCoreApplication.translate("MainWindow", "Import JSON Resume")
        window.undo_stack.push(ChangeRecordsCommand(store, text, before, after))

    try:
        outcome = run_import(plan, store.repository, apply=apply, save_pending=store.flush)
    except ImportRefused as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Cannot Import"), str(exc)
        )
        return False
    if not outcome.written:
        return False
    window.statusBar().showMessage(ImportOutcomeTexts().imported(outcome.written), 8000)
    return True


def import_into_folder(window, plan: ImportPlan, kind: str, source, folder: Path) -> None:
    """Imports into another data folder (a new career record) and says where it went."""
    from resume_builder.services.importing.workflow import import_file, run_import
    from resume_builder.storage.errors import StorageError
    from resume_builder.storage.repository import Repository

    folder = Path(folder)
    if folder.resolve() == Path(window.store.repository.data_dir).resolve():
        import_into_current(window, plan, kind)
        return
    try:
        if source is not None:  # planned again against that folder's own records
            outcome = import_file(kind, Path(source), folder)
        else:
            with Repository.open(folder) as repository:
                outcome = run_import(plan, repository)
    except (StorageError, ValueError, OSError) as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Cannot Import"), str(exc)
        )
        return
    QMessageBox.information(
        window,
        QCoreApplication.translate("MainWindow", "Import Finished"),
        ImportOutcomeTexts().imported_into(outcome.written, folder),
    )


def restore_into_window(window, source: Path) -> bool:
    """Restores a backup (.zip or .json) into the window's data folder and reloads it."""
    from resume_builder.services.restore import RestoreError, check_backup, restore_from
    from resume_builder.storage.errors import StorageError
    from resume_builder.storage.repository import Repository

    source = Path(source)
    try:  # checked in full before the window lets go of anything
        checked = check_backup(source)
    except RestoreError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Restore failed"), str(exc)
        )
        return False
    error = window.store.flush()
    if error:
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Could not save"), error
        )
        return False
    repository = window.store.repository
    data_dir = Path(repository.data_dir)
    repository.close()  # the restore takes the folder's lock itself
    problem = ""
    try:
        restore_from(data_dir, checked)
    except (StorageError, ValueError) as exc:
        problem = str(exc)
    try:
        reopened = Repository.open(data_dir)
    except StorageError as exc:
        QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Restore failed"), str(exc)
        )
        window.close()
        return False
    window.replace_repository(reopened)
    if problem:
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Restore failed"), problem
        )
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "MainWindow", "Restored %s; the previous database was backed up first."
        )
        % source.name,
        8000,
    )
    return True
