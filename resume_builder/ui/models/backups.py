"""The Backups dialog's model: one row per automatic backup, checked when the list is made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from resume_builder.storage.backups import Backup
from resume_builder.storage.fileformat import IntegrityError
from resume_builder.ui.models.headers import horizontal_header

TAKEN, REASON, RECORDS, INTEGRITY = range(4)


class BackupRole(IntEnum):
    """Roles beyond Qt's own."""

    PATH = Qt.ItemDataRole.UserRole + 1  # the backup file, as a Path
    GOOD = Qt.ItemDataRole.UserRole + 2  # whether it passed its integrity check


@dataclass(frozen=True)
class _Row:
    backup: Backup
    records: str
    state: str
    good: bool


class BackupListModel(QAbstractTableModel):
    """Backups newest first; a damaged one is listed but cannot be selected.

    The words shown come from the dialog, which translates them: `reason_name` names a
    reason, `state_name(error)` says "Good" (error None) or why the backup is damaged.
    """

    def __init__(
        self,
        backups: list[Backup],
        headers: list[str],
        reason_name: Callable[[str], str],
        state_name: Callable[[str | None], str],
        parent=None,
    ):
        super().__init__(parent)
        self._headers = list(headers)
        self._reason_name = reason_name
        self._rows: list[_Row] = []
        for backup in backups:
            try:
                meta = backup.verify()
            except (OSError, IntegrityError) as exc:
                self._rows.append(_Row(backup, "", state_name(str(exc)), False))
            else:
                records = str(sum(meta.counts.values()))
                self._rows.append(_Row(backup, records, state_name(None), True))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        return horizontal_header(self._headers, section, orientation, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].good:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == BackupRole.PATH:
            return row.backup.path
        if role == BackupRole.GOOD:
            return row.good
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == TAKEN:  # a full date and time, never "2026-11-23 18:…"
                return row.backup.taken_at.strftime("%Y-%m-%d %H:%M:%S")
            if column == REASON:
                return self._reason_name(row.backup.reason)
            if column == RECORDS:
                return row.records
            return row.state
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == RECORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def path_at(self, row: int) -> Path:
        """The backup file shown in a row."""
        return self._rows[row].backup.path
