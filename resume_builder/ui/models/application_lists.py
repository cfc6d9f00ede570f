"""What the Applications page shows of the shared model: the filtered table and the board's columns.

Filtering 2,000 applications must keep up with typing. Both parts filter on what the model
keeps per row (its stale flag and search text), so a keystroke costs one comparison per row:
the table through a proxy that leaves sorting to the model, each board column as a small list
model that works out its cards in one pass and tells its view only what came and went.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence

from resume_builder.services import applications as rules
from resume_builder.ui.models.applications import (
    NEXT_COLUMN_KEYS,
    PREVIOUS_COLUMN_KEYS,
    TARGET_MIME_TYPE,
    ApplicationRoles,
    ApplicationRow,
    ApplicationsModel,
    Column,
    target_ids_of,
)
from resume_builder.ui.models.records import ItemIndex


class _Filter:
    """An ApplicationFilter made ready for many rows: its staleness part is the row's flag."""

    def __init__(self, wanted: rules.ApplicationFilter):
        self.wanted = wanted
        self._stale_only = wanted.stale_only
        self._match = wanted.matcher()

    def accepts(self, row: ApplicationRow) -> bool:
        # Staleness was worked out by the rules at the model's last refresh: the rest of the
        # filter needs no meetings.
        if self._stale_only and not row.stale:
            return False
        return self._match(row.prepared)


class ApplicationsTableProxy(QSortFilterProxyModel):
    """The table's rows: those the filter bar lets through, in the order the model keeps.

    Sorting (a header click) is passed to the model, which sorts in one Python pass; this proxy
    stays unsorted, so a filter that brings rows back needs no comparisons.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._filter = _Filter(rules.ApplicationFilter())
        self._source: ApplicationsModel | None = None
        self.setDynamicSortFilter(True)

    def application_filter(self) -> rules.ApplicationFilter:
        """The filter in force."""
        return self._filter.wanted

    def set_application_filter(self, wanted: rules.ApplicationFilter) -> None:
        """Shows only the applications `wanted` lets through."""
        if wanted == self._filter.wanted:
            return
        self._filter = _Filter(wanted)
        # One layout change, not a removal per run of hidden rows: a status or staleness pick
        # hides thousands of rows in hundreds of runs, and the view and its header would
        # rework their rows for every run.
        self.invalidate()

    def setSourceModel(self, model) -> None:
        self._source = model if isinstance(model, ApplicationsModel) else None
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: ItemIndex) -> bool:
        row = self._source.row_at(source_row) if self._source is not None else None
        return row is not None and self._filter.accepts(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self._source
        if source is not None:
            source.sort(column, order)

    def target_id_at(self, index: ItemIndex) -> str | None:
        """The target id of a (proxy) index's row."""
        return index.data(ApplicationRoles.RecordIdRole) if index.isValid() else None

    def index_of(self, target_id: str) -> QModelIndex:
        """The first column's index of an application, or an invalid index when hidden."""
        source = self._source
        row = source.row_of(target_id) if source is not None else -1
        if row < 0:
            return QModelIndex()
        return self.mapFromSource(source.index(row, 0))


class StatusColumnModel(QAbstractListModel):
    """One board column: the applications of one status that the filter lets through, the
    quietest first.

    It follows the applications model: after any change there, and after a filter change, it
    works out its cards again and tells the list only which came and went. A card dropped on
    the column asks to move there through `move_requested`; the view makes the undoable move
    (or says why the rules refuse it).
    """

    #: target ids, the status they were dropped on
    move_requested = Signal(list, str)

    def __init__(self, status: str, parent: QObject | None = None):
        super().__init__(parent)
        self.status = status
        self._applications: ApplicationsModel | None = None
        self._filter = _Filter(rules.ApplicationFilter())
        self._ids: list[str] = []

    # ----------------------------------------------------------------- source and filter
    def setSourceModel(self, model: ApplicationsModel) -> None:
        """Shows this status's applications of `model` (named as a proxy's, for symmetry)."""
        if self._applications is not None:
            for signal in self._source_signals(self._applications):
                signal.disconnect(self._on_source_changed)
        self.beginResetModel()
        self._applications = model
        self._ids = self._wanted_ids()
        self.endResetModel()
        for signal in self._source_signals(model):
            signal.connect(self._on_source_changed)

    def sourceModel(self) -> ApplicationsModel | None:
        """The applications model the column shows part of."""
        return self._applications

    @staticmethod
    def _source_signals(model: ApplicationsModel) -> list:
        return [
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
        ]

    def application_filter(self) -> rules.ApplicationFilter:
        """The filter in force."""
        return self._filter.wanted

    def set_application_filter(self, wanted: rules.ApplicationFilter) -> None:
        """Shows only the cards `wanted` lets through."""
        if wanted == self._filter.wanted:
            return
        self._filter = _Filter(wanted)
        self._show(self._wanted_ids())

    def _wanted_ids(self) -> list[str]:
        if self._applications is None:
            return []
        accepts = self._filter.accepts
        kept = [r for r in self._applications.rows_with_status(self.status) if accepts(r)]
        kept.sort(key=lambda r: r.days_quiet, reverse=True)  # stable: ties keep model order
        return [r.target.id for r in kept]

    def _show(self, wanted: list[str]) -> None:
        """Turns the cards shown into `wanted` by removing and inserting runs of rows."""
        if wanted == self._ids:
            return
        old = self._ids
        steps = SequenceMatcher(None, old, wanted, autojunk=False).get_opcodes()
        # From the end backwards, so the rows still to change keep their numbers.
        for tag, old_start, old_end, new_start, new_end in reversed(steps):
            if tag == "equal":
                continue
            if old_end > old_start:
                self.beginRemoveRows(QModelIndex(), old_start, old_end - 1)
                del self._ids[old_start:old_end]
                self.endRemoveRows()
            if new_end > new_start:
                self.beginInsertRows(QModelIndex(), old_start, old_start + new_end - new_start - 1)
                self._ids[old_start:old_start] = wanted[new_start:new_end]
                self.endInsertRows()

    def _on_source_changed(self, *_args) -> None:
        self._show(self._wanted_ids())
        if self._ids:  # what a card says may have changed (days quiet, next step)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    # ----------------------------------------------------------------- reading
    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def target_id_at(self, index: ItemIndex) -> str | None:
        """The target id of a card's index."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        return self._ids[index.row()]

    def index_of(self, target_id: str) -> QModelIndex:
        """A card's index, or an invalid index when the column does not show it."""
        try:
            return self.index(self._ids.index(target_id), 0)
        except ValueError:
            return QModelIndex()

    def _source_index(self, index: ItemIndex) -> QModelIndex:
        target_id = self.target_id_at(index)
        source = self._applications
        if target_id is None or source is None:
            return QModelIndex()
        return source.index(source.row_of(target_id), Column.APPLICATION)

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source_index = self._source_index(index)
        if not source_index.isValid():
            return None
        source = self._applications
        if role == Qt.ItemDataRole.ToolTipRole:
            # A card is narrow: its tooltip says it all, and how to move it.
            lines = [
                source.data(source_index, Qt.ItemDataRole.DisplayRole),
                source.data(source_index, ApplicationRoles.CompanyRole),
                source.data(source_index, ApplicationRoles.NextStepRole),
                source.data(source_index, Qt.ItemDataRole.ToolTipRole),
                self.tr("Drag to another column, or press %1 / %2 to move a column on")
                .replace("%1", NEXT_COLUMN_KEYS.toString(QKeySequence.SequenceFormat.NativeText))
                .replace(
                    "%2", PREVIOUS_COLUMN_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
                ),
            ]
            return "\n".join(line for line in lines if line)
        return source.data(source_index, role)

    # ----------------------------------------------------------------- drag and drop
    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        # Dropping on a card drops on its column.
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [TARGET_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        source = self._applications
        source_indexes = [self._source_index(i) for i in indexes]
        if source is None:
            return QMimeData()
        return source.mimeData([i for i in source_indexes if i.isValid()])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        ids = target_ids_of(data)
        source = self._applications
        if not ids or source is None:
            return False
        rows = [source.row_at(source.row_of(i)) for i in ids]
        return any(r is not None and r.target.status != self.status for r in rows)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.move_requested.emit(target_ids_of(data), self.status)
        # The move is made (or refused) by the view; nothing for the dragging list to remove.
        return False
