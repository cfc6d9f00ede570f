"""The Accomplishments page: a filterable, sortable table and the editor of the selected one.

The page is a coordinator: the filter bar (`filter_bar`) sets the proxy's filters, the editor
(`editor`) edits the one selected; this module holds the table and ties selection, adding and
deleting together.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import Accomplishment, Project, Role, Volunteer
from resume_builder.services.records import ANY_ROLE, default_role_id
from resume_builder.ui import settings as keys
from resume_builder.ui.commands import add_records, delete_records
from resume_builder.ui.forms import layout_tab_stops, set_tab_chain, tab_stops
from resume_builder.ui.models.accomplishments import (
    AccomplishmentFilterProxy,
    AccomplishmentTableModel,
    Column,
)
from resume_builder.ui.models.accomplishments.owners import OWNER_KINDS
from resume_builder.ui.views.accomplishments.common import plain_label
from resume_builder.ui.views.accomplishments.editor import AccomplishmentEditor, HintList
from resume_builder.ui.views.accomplishments.filter_bar import (
    AccomplishmentFilterBar,
    SkillFilterButton,
)
from resume_builder.ui.views.base import CareerView, ViewContext
from resume_builder.ui.views.record_page import ColumnFitter, select_only_row

__all__ = ["AccomplishmentsView", "HintList", "SkillFilterButton"]


class AccomplishmentsView(CareerView):
    """Every accomplishment in a table that filters as you type, and an editor beside it."""

    key = "accomplishments"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.model = AccomplishmentTableModel(self.store, self)
        # Newest first is how a career record is read. Sorted before the proxy and the table
        # are attached: sorted after, the proxy would map every row twice (~5 ms on 5,000).
        self.model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.proxy = AccomplishmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        self.filter_bar = AccomplishmentFilterBar(self.store, self.proxy, self)
        bar = self.filter_bar
        # The filters as the page's own, for the window, its shortcuts and the tests.
        self.filter_edit = bar.filter_edit
        self.skill_filter = bar.skill_filter
        self.role_filter = bar.role_filter
        self.date_from_edit = bar.date_from_edit
        self.date_to_edit = bar.date_to_edit
        self.impact_filter = bar.impact_filter
        self.clear_filters_button = bar.clear_filters_button
        self.count_label = bar.count_label
        layout.addWidget(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("accomplishmentsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_table_area())
        self.editor = self.editor_scroll = AccomplishmentEditor(self.context, self)
        editor = self.editor
        self.editor_stack = editor.editor_stack
        self.editor_placeholder = editor.editor_placeholder
        self.form = editor.form
        self.headline_edit = editor.headline_edit
        self.hint_list = editor.hint_list
        self.open_link_button = editor.open_link_button
        self.skill_tags = editor.skill_tags
        self.splitter.addWidget(editor)
        # The bullet is what a user scans: the table gets two thirds of the room.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 480])
        layout.addWidget(self.splitter, 1)

        self.proxy.filters_changed.connect(bar.update_count)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(bar.update_count)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_empty_state)
        self.table.selectionModel().selectionChanged.connect(
            self._on_selection_model_selection_changed
        )
        self.store.records_changed.connect(self._on_store_records_changed)
        self.store.records_removed.connect(self._on_store_records_changed)
        bar.update_count()
        self._update_empty_state()
        set_tab_chain(self.tab_stops())

    def title(self) -> str:
        return self.tr("Accomplishments")

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes: the filters left to right, the table, the editor top to bottom."""
        return [
            *layout_tab_stops(self.filter_bar.layout()),
            self.table,
            *tab_stops(self.editor_stack),
        ]

    def showEvent(self, event: QShowEvent) -> None:
        set_tab_chain(self.tab_stops())
        super().showEvent(event)

    def icon_name(self) -> str:
        return "accomplishments"

    # ----------------------------------------------------------------- building
    def _build_table_area(self) -> QWidget:
        self.table_stack = QStackedWidget(self)
        self.table = QTableView(self.table_stack)
        self.table.setObjectName("accomplishmentsTable")
        self.table.setAccessibleName(self.tr("Accomplishments"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the editor instead of walking the cells.
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed heights spare the header per-row work when a filter adds or hides thousands.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Wide enough for the header in the interface language ("Genomslag" is longer).
        impact = str(self.model.headerData(Column.IMPACT, Qt.Orientation.Horizontal))
        widths = {
            Column.ROLE: 150,
            Column.DATE: self.fontMetrics().horizontalAdvance("0000-00-00") + 24,
            Column.SKILLS: 150,
            Column.IMPACT: self.fontMetrics().horizontalAdvance(impact) + 30,
        }
        # Fixed preferred widths, never the content's: measuring 10,000 rows costs a filter's
        # whole time budget. The headline stretches; the rest shrink in a narrow window.
        self.column_fitter = ColumnFitter(
            self.table, Column.HEADLINE, preferred=lambda column: widths.get(column, 100)
        )
        # The order the model was sorted in (a sort asked again is a no-op).
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table_stack.addWidget(self.table)

        self.empty_label = plain_label(
            self.tr(
                "No accomplishments yet. Press Ctrl+N to capture one in a line, or Add to "
                "write one with its full story."
            ),
            self.table_stack,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.table_stack.addWidget(self.empty_label)
        return self.table_stack

    # ----------------------------------------------------------------- hooks
    def focus_filter(self) -> bool:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
        return True

    def can_add(self) -> bool:
        return True

    def add_new(self) -> None:
        accomplishment = Accomplishment(role_id=self.new_role_id())
        # Pinned first, so the new row shows whatever the filters say about an empty record.
        self.proxy.set_pinned_id(accomplishment.id)
        self.undo_stack.push(
            add_records(self.store, [accomplishment], self.tr("Add Accomplishment"))
        )
        self.select_record(accomplishment.id)
        self.headline_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_role_id(self) -> str | None:
        """The role Add gives a new accomplishment (see default_role_id)."""
        shown: set[str | None] | None = None
        if self.proxy.is_filtering() and self.filter_bar.role_filter_value() is ANY_ROLE:
            shown = set()
            for row in range(self.proxy.rowCount()):
                source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
                record = self.store.get(Accomplishment, self.model.record_id(source))
                if record is not None and record.headline:  # a blank new one says nothing
                    shown.add(record.role_id)
        ids = self.selected_ids()
        selected = self.store.get(Accomplishment, ids[0]) if len(ids) == 1 else None
        return default_role_id(
            self.store.records(Role),
            self.filter_bar.role_filter_value(),
            shown or None,
            selected,
            [*self.store.records(Project), *self.store.records(Volunteer)],
        )

    def can_delete(self) -> bool:
        return bool(self.selected_ids())

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        records = [r for r in (self.store.get(Accomplishment, i) for i in ids) if r is not None]
        if not records:
            return
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        text = (
            self.tr("Delete Accomplishment")
            if len(records) == 1
            else self.tr("Delete %n Accomplishments", "", len(records))
        )
        self.undo_stack.push(delete_records(self.store, records, text))
        # Select what now sits where the first deleted row was, for quick keyboard clean-up.
        if self.proxy.rowCount():
            row = min(min(rows), self.proxy.rowCount() - 1)
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def save_state(self, settings: QSettings) -> None:
        keys.view_splitter(keys.ACCOMPLISHMENTS_VIEW).set(self.splitter.saveState(), settings)
        header = self.table.horizontalHeader()
        keys.view_header(keys.ACCOMPLISHMENTS_VIEW).set(header.saveState(), settings)

    def restore_state(self, settings: QSettings) -> None:
        splitter = keys.view_splitter(keys.ACCOMPLISHMENTS_VIEW).get(settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header_state = keys.view_header(keys.ACCOMPLISHMENTS_VIEW).get(settings)
        header = self.table.horizontalHeader()
        if not header_state.isEmpty() and header.restoreState(header_state):
            self.column_fitter.adopt_current_widths()
            self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    # ----------------------------------------------------------------- selection
    def selected_ids(self) -> list[str]:
        """The ids of the selected accomplishments, in table order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.record_id(self.proxy.mapToSource(index).row()) for index in rows]

    def select_record(self, record_id: str) -> bool:
        """Selects one accomplishment and scrolls to it; False when it is not shown."""
        return select_only_row(self.table, self.proxy.mapFromSource(self.model.index_of(record_id)))

    def _on_selection_model_selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.proxy.set_pinned_id(ids[0])
            self.editor.show_record(ids[0])
        else:
            if not ids:
                self.proxy.set_pinned_id(None)
            # With several rows selected the pin stays, so no selected row vanishes.
            self.editor.show_record(None, selected=len(ids))
        self.actions_changed.emit()

    # ----------------------------------------------------------------- the editor's links
    def evidence_links(self) -> list[str]:
        """The evidence lines of the accomplishment being edited."""
        return self.editor.evidence_links()

    def link_to_open(self):
        """The evidence line under the cursor, else the first one, as a URL (or None)."""
        return self.editor.link_to_open()

    def open_evidence_link(self) -> None:
        """Opens the chosen evidence link with the system's handler."""
        self.editor.open_evidence_link()

    # ----------------------------------------------------------------- filters
    def clear_filters(self) -> None:
        """Resets every filter and shows all accomplishments."""
        self.filter_bar.clear_filters()

    def _update_empty_state(self, *_args) -> None:
        self.table_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty_label)

    def _on_store_records_changed(self, kind: str, _ids: list) -> None:
        if kind in OWNER_KINDS:
            self.filter_bar.refresh_roles()
            self.editor.fill_role_picker()
