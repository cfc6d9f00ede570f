"""Item models of the Meetings view: check lists (people, proofs, talking points) and progress.

The meetings list itself is a RecordListModel (models/records.py) with the view's columns; the
action items table is in models/action_items.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from resume_builder.ui.models.records import ItemIndex, RecordRoles, list_item_flags
from resume_builder.ui.models.targets import check_state, is_checked
from resume_builder.ui.tooltips import plain_tooltip

#: the red the window marks problems with, for overdue actions
OVERDUE_COLOUR = QColor("#c0392b")
#: the green of a done action
DONE_COLOUR = QColor("#2e7d32")


@dataclass(frozen=True)
class CheckRow:
    """One row of a CheckListModel: the record it stands for and the texts of its columns."""

    record_id: str
    texts: tuple[str, ...]


class CheckListModel(QAbstractTableModel):
    """Rows with a check box in the first column; checking one says so through `toggled`.

    The model keeps its own set of checked ids, so a dialog can read them when it is
    accepted; a view whose every tick is an undo step sets them again from the record.
    """

    #: a row's check box was clicked: its record id and whether it is now checked
    toggled = Signal(str, bool)

    def __init__(self, headers: Sequence[str], parent: QObject | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[CheckRow] = []
        self._checked: list[str] = []  # in the order they were checked

    # ----------------------------------------------------------------- contents
    def set_rows(self, rows: Iterable[CheckRow], checked: Iterable[str] = ()) -> None:
        """Shows these rows with these ids ticked (in that order)."""
        rows = list(rows)
        checked = list(dict.fromkeys(checked))
        if rows == self._rows:
            self.set_checked(checked)
            return
        self.beginResetModel()
        self._rows = rows
        self._checked = checked
        self.endResetModel()

    def set_checked(self, checked: Iterable[str]) -> None:
        """Ticks exactly these ids, repainting the rows whose tick changed."""
        checked = list(dict.fromkeys(checked))
        changed = set(checked) ^ set(self._checked)
        order_changed = checked != self._checked
        self._checked = checked
        for row, item in enumerate(self._rows):
            if item.record_id in changed or order_changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def checked_ids(self) -> list[str]:
        """The ticked ids, in the order they were ticked (those no longer listed included)."""
        return list(self._checked)

    def record_ids(self) -> list[str]:
        """The ids listed, in order."""
        return [r.record_id for r in self._rows]

    def row_of(self, record_id: str) -> int:
        """The row of a record, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.record_id == record_id), -1)

    # ----------------------------------------------------------------- Qt
    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        flags = list_item_flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.texts[column] if column < len(row.texts) else ""
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return check_state(row.record_id in self._checked)
        if role == RecordRoles.RecordIdRole:
            return row.record_id
        if role == RecordRoles.SortRole:
            return row.texts[column] if column < len(row.texts) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.texts:
            return plain_tooltip(row.texts[0])
        return None

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        record_id = self._rows[index.row()].record_id
        checked = is_checked(value)
        ids = [i for i in self._checked if i != record_id]
        if checked:
            ids.append(record_id)
        self.set_checked(ids)
        self.toggled.emit(record_id, checked)
        return True


@dataclass(frozen=True)
class ProgressRow:
    """One earlier action as the follow-up shows it (texts already translated)."""

    item_id: str
    text: str
    due: str
    done: bool
    state: str  # planner.DONE, OVERDUE or OPEN
    state_text: str
    proofs: str


class ProgressModel(QAbstractTableModel):
    """At a follow-up: the earlier meeting's actions, how far each has come, and the proof.

    The state column has a tick: ticking asks through `done_toggled` (the view makes the
    undo step). Overdue rows are red and bold, done ones green.
    """

    done_toggled = Signal(str, bool)

    def __init__(self, headers: Sequence[str], parent: QObject | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[ProgressRow] = []

    def set_rows(self, rows: Iterable[ProgressRow]) -> None:
        rows = list(rows)
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[ProgressRow]:
        return list(self._rows)

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == 2:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (row.text, row.due, row.state_text, row.proofs)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (0, 3):
            # The columns are narrow in a small window: the whole text on hover.
            return plain_tooltip(row.text if index.column() == 0 else row.proofs)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 2:
            return check_state(row.done)
        if role == RecordRoles.RecordIdRole:
            return row.item_id
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return {"overdue": OVERDUE_COLOUR, "done": DONE_COLOUR}.get(row.state)
        if role == Qt.ItemDataRole.FontRole and row.state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 2:
            return False
        self.done_toggled.emit(self._rows[index.row()].item_id, is_checked(value))
        return True
