"""The applications table: every application as a row, filtered by the bar and sortable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from resume_builder.ui.models.application_lists import ApplicationsTableProxy
from resume_builder.ui.models.applications import (
    ApplicationRoles,
    ApplicationsModel,
    Column,
)
from resume_builder.ui.views.record_page import ColumnFitter


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
        # Preferred widths from the texts a column holds: measuring the contents would read
        # every row at every keystroke of the filter. The name takes the room; on a narrow
        # window the widest others give way and elide.
        metrics = self.fontMetrics()
        samples = {
            Column.ORGANISATION: "Organisation name ab",
            Column.STATUS: "Interviewing",
            Column.KIND: "External",
            Column.LAST_ACTIVITY: "2026-12-31",
            Column.DAYS_QUIET: "9999",
            Column.NEXT_STEP_DATE: "2026-12-31",
            Column.NEXT_STEP: "Call the recruiter back",
        }

        def preferred(column: int) -> int:
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            sample = samples.get(column, "")
            return (
                max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 16) + 20
            )

        self.column_fitter = ColumnFitter(self, name_column=Column.APPLICATION, preferred=preferred)
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
