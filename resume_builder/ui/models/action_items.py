"""The action items of one meeting as a table: text, due date, done, and the proving results."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import Accomplishment, ActionItem
from resume_builder.services.conversations import is_overdue, items_of_meeting
from resume_builder.services.planner import proofs_of
from resume_builder.ui.models.meetings import OVERDUE_COLOUR
from resume_builder.ui.models.records import ItemIndex, RecordRoles, list_item_flags
from resume_builder.ui.models.targets import check_state, is_checked
from resume_builder.ui.tooltips import plain_tooltip

TEXT, DUE, DONE, PROOF = range(4)


class ActionItemsModel(QAbstractTableModel):
    """One meeting's action items in their order, kept in step with the store.

    Ticking "Done" asks for the change through `done_toggled` (the view makes it an undo
    step); the model only shows what the store holds. Overdue items are red and bold.
    """

    done_toggled = Signal(str, bool)

    def __init__(self, store, parent: QObject | None = None, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.meeting_id: str | None = None
        self.today = today
        self._items: list[ActionItem] = []
        self._headers = [
            QCoreApplication.translate("ActionItemsModel", "Action"),
            QCoreApplication.translate("ActionItemsModel", "Due"),
            QCoreApplication.translate("ActionItemsModel", "Done"),
            QCoreApplication.translate("ActionItemsModel", "Proof"),
        ]
        store.records_changed.connect(self._on_store_changed)
        store.records_removed.connect(self._on_store_changed)

    def set_meeting(self, meeting_id: str | None) -> None:
        """Lists this meeting's items (None: none)."""
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        items = []
        if self.meeting_id is not None:
            items = items_of_meeting(self.meeting_id, self.store.records(ActionItem))
        if [i.id for i in items] == [i.id for i in self._items]:
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, PROOF))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item_at(self, row: int) -> ActionItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[ActionItem]:
        return list(self._items)

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self._items) if i.id == item_id), -1)

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind in (ActionItem.KIND, Accomplishment.KIND):
            self.reload()

    # ----------------------------------------------------------------- Qt
    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

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
        if index.isValid() and index.column() == DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        overdue = is_overdue(item, self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == TEXT:
                return item.text or QCoreApplication.translate("ActionItemsModel", "(no text yet)")
            if column == DUE:
                return format_date(item.due)
            if column == DONE:
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return (
                        QCoreApplication.translate("ActionItemsModel", "done")
                        if item.done
                        else QCoreApplication.translate("ActionItemsModel", "not done")
                    )
                return ""  # the tick says it; the day is in the tooltip
            proofs = proofs_of(item, self.store.records(Accomplishment))
            return "; ".join(p.headline for p in proofs)
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return check_state(item.done)
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column in (TEXT, DUE):
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == DONE and item.done_on:
            return QCoreApplication.translate("ActionItemsModel", "Done on %s") % format_date(
                item.done_on
            )
        if role == Qt.ItemDataRole.ToolTipRole and overdue and column in (TEXT, DUE):
            return QCoreApplication.translate(
                "ActionItemsModel", "Overdue: its due date has passed"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, PROOF):
            # The columns are narrow in a small window: the whole text on hover.
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return plain_tooltip(text) if text else None
        if role == RecordRoles.RecordIdRole:
            return item.id
        return None

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != DONE:
            return False
        self.done_toggled.emit(item.id, is_checked(value))
        return True
