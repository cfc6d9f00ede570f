"""The import preview's models: the plan's records by action, and a résumé's unplaced lines."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from resume_builder.services.importing.files import record_label
from resume_builder.services.importing.plan import ImportPlan, PlanItem
from resume_builder.services.importing.unplaced import UnplacedText
from resume_builder.ui.models.headers import horizontal_header
from resume_builder.ui.tooltips import plain_tooltip

#: the preview's groups, in the order they are shown
ACTION_ORDER = ("add", "update", "match", "skip")
COLUMNS = 4  # Record, Kind, Why, From
# A group row's internalId is 0; a record row's is its group's row + 1 (ids are unsigned).
_GROUP = 0


class ImportPlanRole(IntEnum):
    """Roles beyond Qt's own."""

    ACTION = Qt.ItemDataRole.UserRole + 1  # a group's action ("add"), on any row
    ITEM = Qt.ItemDataRole.UserRole + 2  # a record row's PlanItem


class ImportPlanModel(QAbstractItemModel):
    """Two levels: one row per action that has records, its records below it.

    The words shown (group titles, kind names, headers) come from the dialog, which
    translates them.
    """

    def __init__(
        self,
        plan: ImportPlan,
        headers: list[str],
        group_title: Callable[[str, int], str],
        kind_name: Callable[[str], str],
        parent=None,
    ):
        super().__init__(parent)
        self._headers = list(headers)
        self._group_title = group_title
        self._kind_name = kind_name
        self._groups: list[tuple[str, list[PlanItem]]] = []
        for action in ACTION_ORDER:
            items = [i for i in plan.items if i.action == action]
            if items:
                self._groups.append((action, items))

    # ------------------------------------------------------------------ lookups
    def actions(self) -> list[str]:
        """The shown groups' actions, top to bottom."""
        return [action for action, _ in self._groups]

    def group_index(self, action: str) -> QModelIndex:
        """The index of an action's group row (invalid when the plan has none)."""
        for row, (name, _) in enumerate(self._groups):
            if name == action:
                return self.index(row, 0)
        return QModelIndex()

    def group_counts(self) -> dict[str, int]:
        """How many records each shown group holds, by action."""
        return {action: len(items) for action, items in self._groups}

    # ------------------------------------------------------------------ Qt interface
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child=None) -> QModelIndex:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return COLUMNS

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        return horizontal_header(self._headers, section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            action, items = self._groups[index.row()]
            if role == ImportPlanRole.ACTION:
                return action
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._group_title(action, len(items))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        action, items = self._groups[index.internalId() - 1]
        item = items[index.row()]
        if role == ImportPlanRole.ACTION:
            return action
        if role == ImportPlanRole.ITEM:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            # Deliberately rich text with the label escaped: a tooltip guesses its format,
            # and user text such as "<b>x</b>" must show as typed.
            return plain_tooltip(record_label(item.record))
        return None

    def _cell(self, item: PlanItem, column: int) -> str:
        if column == 0:
            return record_label(item.record)
        if column == 1:
            return self._kind_name(item.record.KIND)
        if column == 2:
            return item.reason
        return item.source

    def set_plan(self, plan: ImportPlan) -> None:
        """Shows another plan (the same file with lines placed by hand)."""
        self.beginResetModel()
        self._groups = []
        for action in ACTION_ORDER:
            items = [i for i in plan.items if i.action == action]
            if items:
                self._groups.append((action, items))
        self.endResetModel()


class UnplacedLinesModel(QAbstractTableModel):
    """The lines the résumé reader could not place, and where the user put each.

    Columns: where in the file, the text, and the role it is given to (or the dialog's word
    for skipping it). The dialog owns the choices and calls `set_assignments` when one changes.
    """

    WHERE, TEXT, PLACED = range(3)

    def __init__(
        self,
        lines: list[UnplacedText],
        headers: list[str],
        skipped: str,
        parent=None,
    ):
        super().__init__(parent)
        self._lines = list(lines)
        self._headers = list(headers)
        self._skipped = skipped
        self._placed: dict[int, str] = {}  # row -> the label of its role

    def set_assignments(self, labels: dict[int, str]) -> None:
        """Row -> the label of the role its line is given to; rows left out are skipped."""
        self._placed = dict(labels)
        if self._lines:
            self.dataChanged.emit(
                self.index(0, self.PLACED), self.index(len(self._lines) - 1, self.PLACED)
            )

    def line_at(self, row: int) -> UnplacedText:
        """The unplaced line of a row."""
        return self._lines[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        return horizontal_header(self._headers, section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.WHERE:
                return line.where
            if index.column() == self.TEXT:
                return line.text
            return self._placed.get(index.row(), self._skipped)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TEXT:
            return plain_tooltip(line.text)
        placed = index.column() == self.PLACED and index.row() in self._placed
        if role == Qt.ItemDataRole.FontRole and placed:
            font = QFont()
            font.setBold(True)
            return font
        return None
