"""Item models of the Targets view's Application tab: its status history and its linked records.

The rows are worked out by services.applications (history_of, meetings_for) and the tab; the
models only show them, each linked row carrying the id of the record it opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from resume_builder.domain.models import StatusChange
from resume_builder.ui.models.applications import status_label
from resume_builder.ui.models.meetings import CheckRow
from resume_builder.ui.models.records import ItemIndex, RecordRoles, list_item_flags
from resume_builder.ui.models.targets import RowsTableModel
from resume_builder.ui.tooltips import plain_tooltip

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate

#: the history's column of notes, the one that takes the room
NOTE_COLUMN = 2


class StatusHistoryModel(RowsTableModel):
    """An application's status changes, newest first: the day, the status, the note."""

    def __init__(self, parent=None):
        super().__init__(
            [
                translate("TargetsView", "Day"),
                translate("TargetsView", "Status"),
                translate("TargetsView", "Note"),
            ],
            parent,
        )

    def set_history(self, changes: Sequence[StatusChange]) -> None:
        """Shows these changes (given oldest first, as history_of gives them)."""
        rows = [(c.on, status_label(c.status), c.note) for c in reversed(changes)]
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        return list_item_flags(index)

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, RecordRoles.SortRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NOTE_COLUMN:
            return plain_tooltip(text) if text.strip() else None  # a long note is cut
        return None


class LinkedRowsModel(RowsTableModel):
    """Rows that each stand for a record (a contact, a meeting): its texts, and its id under
    RecordIdRole for opening it.
    """

    def __init__(self, headers: list[str], name_column: int = 0, parent=None):
        super().__init__(headers, parent)
        self.name_column = name_column

    def set_rows(self, rows: Iterable[CheckRow]) -> None:
        """Shows these rows, in this order."""
        rows = list(rows)
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def record_ids(self) -> list[str]:
        """The ids of the rows, top to bottom."""
        return [row.record_id for row in self._rows]

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        return list_item_flags(index)

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        text = row.texts[column] if column < len(row.texts) else ""
        if role in (Qt.ItemDataRole.DisplayRole, RecordRoles.SortRole):
            return text
        if role == RecordRoles.RecordIdRole:
            return row.record_id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.name_column:
            return plain_tooltip(text) if text.strip() else None
        return None
