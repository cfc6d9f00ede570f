"""The applications table: every application as a row, filtered by the bar and sortable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from resume_builder.ui.models.applications import (
    ApplicationRoles,
    ApplicationsModel,
    ApplicationsTableProxy,
    Column,
)


class ApplicationsTable(QTableView):
    """The table over the shared model; Enter or a double-click opens the target."""

    open_requested = Signal(str)

    def __init__(self, model: ApplicationsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("applicationsTable")
        self.proxy = ApplicationsTableProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.DAYS_QUIET, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.APPLICATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NEXT_STEP, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the texts they hold: resizing to contents would measure every row
        # on every keystroke of the filter.
        metrics = self.fontMetrics()
        samples = {
            Column.ORGANISATION: "Organisation name ab",
            Column.STATUS: "Interviewing",
            Column.KIND: "External",
            Column.LAST_ACTIVITY: "2026-12-31",
            Column.DAYS_QUIET: "9999",
            Column.NEXT_STEP_DATE: "2026-12-31",
        }
        for column, sample in samples.items():
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 16)
            self.setColumnWidth(column, width + 20)
        self.setAccessibleName(self.tr("Applications"))
        self.activated.connect(self._on_activated)

    def current_target_id(self) -> str | None:
        """The target of the selected row, or None."""
        rows = self.selectionModel().selectedRows()
        return self.proxy.target_id_at(rows[0]) if rows else None

    def select(self, target_id: str) -> bool:
        """Selects an application's row; False when the filter hides it."""
        index = self.proxy.index_of(target_id)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def texts(self, column: int) -> list[str]:
        """One column's texts, top to bottom, as shown."""
        return [self.proxy.index(row, column).data() for row in range(self.proxy.rowCount())]

    def _on_activated(self, index: QModelIndex) -> None:
        target_id = index.data(ApplicationRoles.RecordIdRole)
        if target_id:
            self.open_requested.emit(target_id)
