"""The Import Preview dialog and the Backups dialog of the File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resume_builder.services.importing.files import record_label
from resume_builder.services.importing.plan import ImportPlan
from resume_builder.storage.backups import Backup
from resume_builder.storage.fileformat import IntegrityError
from resume_builder.ui.tooltips import plain_tooltip

#: the preview's groups, in the order they are shown
ACTION_ORDER = ("add", "update", "match", "skip")


class ImportPreviewDialog(QDialog):
    """Shows what an import would do, grouped by action, and where to import it."""

    CURRENT, NEW_FOLDER = 0, 1

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.plan = plan
        self.new_folder: Path | None = None
        self.setWindowTitle(self.tr("Import Preview"))
        self.setMinimumSize(760, 520)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Record"), self.tr("Kind"), self.tr("Why"), self.tr("From")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.warnings = QLabel()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)

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
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.into_current)
        layout.addWidget(self.into_new)
        layout.addWidget(self.buttons)
        self._fill()

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
            "reference": self.tr("Reference"),
        }
        return names.get(kind, kind)

    def _fill(self) -> None:
        titles = self.group_titles()
        for action in ACTION_ORDER:
            items = [i for i in self.plan.items if i.action == action]
            if not items:
                continue
            group = QTreeWidgetItem()
            group.setText(
                0,
                self.tr("%1 (%2)", "a preview group and how many records it holds")
                .replace("%1", titles[action])
                .replace("%2", str(len(items))),
            )
            group.setData(0, Qt.ItemDataRole.UserRole, action)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for item in items:
                child = QTreeWidgetItem(
                    [
                        record_label(item.record),
                        self.kind_name(item.record.KIND),
                        item.reason,
                        item.source,
                    ]
                )
                # Deliberately rich text with the label escaped: a tooltip guesses its format,
                # and user text such as "<b>x</b>" must show as typed.
                child.setToolTip(0, plain_tooltip(record_label(item.record)))
                group.addChild(child)
            self.tree.addTopLevelItem(group)
            group.setExpanded(action != "match")
        to_write = len(self.plan.records_to_write())
        matched = sum(1 for i in self.plan.items if i.action == "match")
        skipped = sum(1 for i in self.plan.items if i.action == "skip")
        self.summary.setText(
            self.tr("%1: %2 to add or update, %3 already there, %4 skipped.")
            .replace("%1", self.plan.source_name)
            .replace("%2", str(to_write))
            .replace("%3", str(matched))
            .replace("%4", str(skipped))
        )
        self.warnings.setText("\n".join(self.plan.warnings))
        self.warnings.setVisible(bool(self.plan.warnings))
        self.import_button.setEnabled(to_write > 0)
        if not to_write:
            self.import_button.setToolTip(self.tr("Everything in the file is already there."))

    @property
    def groups(self) -> dict[str, QTreeWidgetItem]:
        """The shown group rows by action, looked up in the tree each time.

        Not kept in an attribute: the tree deletes its items with the dialog, and a Python
        reference outliving them makes the garbage collector touch freed memory (an abort
        with std::bad_typeid).
        """
        groups = {}
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            groups[item.data(0, Qt.ItemDataRole.UserRole)] = item
        return groups

    def group_counts(self) -> dict[str, int]:
        """How many records each shown group holds, by action."""
        return {action: group.childCount() for action, group in self.groups.items()}

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
        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Taken"), self.tr("Reason"), self.tr("Records"), self.tr("Integrity")]
        )
        self.table.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in range(3):  # a full date and time, never "2026-11-23 18:…"
            self.table.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        reasons = {
            "daily": self.tr("Daily"),
            "pre-import": self.tr("Before an import"),
            "pre-restore": self.tr("Before a restore"),
            "pre-migration": self.tr("Before an upgrade"),
            "manual": self.tr("By hand"),
        }
        for backup in backups:
            try:
                meta = backup.verify()
            except (OSError, IntegrityError) as exc:
                records, state, good = "", self.tr("Damaged: %s") % exc, False
            else:
                records, state, good = str(sum(meta.counts.values())), self.tr("Good"), True
            row = QTreeWidgetItem(
                [
                    backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                    reasons.get(backup.reason, backup.reason),
                    records,
                    state,
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not good:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.table.addTopLevelItem(row)
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
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self._on_restore_button_clicked())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

    def _on_table_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def _on_restore_button_clicked(self) -> None:
        selected = self.table.selectedItems()
        if selected:
            self._confirm(Path(selected[0].data(0, Qt.ItemDataRole.UserRole)))

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
