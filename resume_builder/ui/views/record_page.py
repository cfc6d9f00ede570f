"""A filterable, sortable list of one kind of record beside a form that edits the selected one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import Record
from resume_builder.ui import settings as keys
from resume_builder.ui.commands import add_records, delete_records
from resume_builder.ui.forms import (
    EditorScrollArea,
    FieldSpec,
    RecordForm,
    layout_tab_stops,
    set_tab_chain,
)
from resume_builder.ui.models.records import (
    Column,
    RecordFilterProxyModel,
    RecordListModel,
    RecordRoles,
)
from resume_builder.ui.views.base import CareerView

#: the red of RecordForm's error border, so the message and the field match
PROBLEM_COLOUR = "#c0392b"
#: the window's Add action (main_window.py); shown in empty-state messages
ADD_SHORTCUT = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N)


@dataclass(frozen=True)
class PageTexts:
    """The translated words a RecordPage needs for its kind of record.

    Attributes:
        plural: lower-case plural noun ("roles") for accessible names.
        add_command: undo text of an add ("Add Role"); also the empty state's button.
        delete_command: n -> undo text of deleting n records ("Delete 2 Roles").
        empty: what the list is for and how to add one, shown when there are no records.
        select_hint: shown in the editor while nothing is selected.

    """

    plural: str
    add_command: str
    delete_command: Callable[[int], str]
    empty: str
    select_hint: str


def select_only_row(table: QTableView, index) -> bool:
    """Makes a (proxy) index's row the only selected one and scrolls to it; False if hidden."""
    if not index.isValid():
        return False
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)
    return True


class ColumnFitter(QObject):
    """Gives a table's naming column the room, and the other columns the width they want.

    The naming column (a headline, a title) stretches and keeps at least `name_share` of the
    width, so it never collapses to "…"; the others get their preferred width (a width the
    user dragged, else `preferred(column)`, else their content's) and, when the table is too
    narrow for all of that, the widest of them are cut to a fair share and elide. Widths the
    user chose give way last.
    """

    def __init__(
        self,
        table: QTableView,
        name_column: int = 0,
        preferred: Callable[[int], int] | None = None,
        name_share: float = 0.4,
    ):
        super().__init__(table)
        self.table = table
        self.name_column = name_column
        self.preferred = preferred
        self.name_share = name_share
        #: column -> the width the user dragged it to (or restored from their settings)
        self.user_widths: dict[int, int] = {}
        self._fitting = False
        self._width = -1
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        self.apply_resize_modes()
        header.sectionResized.connect(self._on_header_section_resized)
        table.viewport().installEventFilter(self)
        # Changes come in bursts (a reset, a filter, typing): fit once they are done.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        if preferred is None:
            # Content widths: few records per page, so a look at the rows is cheap.
            table.verticalHeader().setResizeContentsPrecision(200)
            model = table.model()
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.layoutChanged,
                model.dataChanged,
            ):
                signal.connect(self._timer.start)

    def apply_resize_modes(self) -> None:
        """The naming column stretches; the others are sized here, or by the user's drag."""
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == self.name_column
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(column, mode)

    def adopt_current_widths(self) -> None:
        """Takes the columns' present widths (restored settings) as the user's own."""
        header = self.table.horizontalHeader()
        self.apply_resize_modes()  # restoreState brings back the modes of older versions too
        self.user_widths = {
            column: header.sectionSize(column)
            for column in range(header.count())
            if column != self.name_column
        }
        self.fit()

    def fit(self) -> None:
        """Sizes the columns for the table's present width."""
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        if available <= 0:
            return
        columns = [
            c
            for c in range(header.count())
            if c != self.name_column and not header.isSectionHidden(c)
        ]
        # No other column grows wider than the naming one may be: it stays the widest.
        cap = max(int(available * self.name_share) - 1, 1)
        wanted = {c: min(self._wanted_width(c), cap) for c in columns}
        room = available - int(available * self.name_share)
        if sum(wanted.values()) > room:
            chosen = {c: w for c, w in wanted.items() if c in self.user_widths}
            others = {c: w for c, w in wanted.items() if c not in chosen}
            if sum(chosen.values()) <= room and others:
                wanted = {**chosen, **self._shrunk(others, room - sum(chosen.values()))}
            else:
                wanted = self._shrunk(wanted, room)
        self._fitting = True
        try:
            for column, width in wanted.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _shrunk(self, widths: dict[int, int], room: int) -> dict[int, int]:
        # Fair shares, narrowest first: a date or a count keeps its width whole, and only
        # the columns wider than their share (long text) are cut to it and elide.
        least = self.table.fontMetrics().horizontalAdvance("MMM")
        shrunk: dict[int, int] = {}
        left = max(room, 0)
        order = sorted(widths, key=widths.get)
        for position, column in enumerate(order):
            share = left // (len(order) - position)
            shrunk[column] = max(least, min(widths[column], share))
            left -= min(widths[column], share)
        return shrunk

    def _wanted_width(self, column: int) -> int:
        if column in self.user_widths:
            return self.user_widths[column]
        header = self.table.horizontalHeader()
        if self.preferred is not None:
            return self.preferred(column)
        return max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.table.viewport().width() != self._width:
            self._width = self.table.viewport().width()
            self.fit()
        return super().eventFilter(watched, event)

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != self.name_column:
            self.user_widths[column] = new


class RecordPage(QWidget):
    """Filter box and sortable table of one record type, with a form for the selected record.

    Extra widgets for the selected record go into `editor_layout`, below the form.
    `settings_key` starts the keys of its splitter and header: one of the *_VIEW names of
    ui/settings.py (or a key made from one with `view_key`).
    """

    #: the selected rows changed (the window may enable Delete)
    selection_changed = Signal()
    #: the record in the editor changed (its id, or None)
    current_record_changed = Signal(object)

    def __init__(
        self,
        context,
        record_type: type[Record],
        columns: list[Column],
        specs: list[FieldSpec],
        texts: PageTexts,
        settings_key: str,
        *,
        order_key: Callable[[Any], Any] | None = None,
        dependencies: Iterable[str] = (),
        new_record: Callable[[], Record] | None = None,
        form_class: type[RecordForm] = RecordForm,
        proxy: RecordFilterProxyModel | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.undo_stack = context.undo_stack
        self.record_type = record_type
        self.texts = texts
        self.settings_key = settings_key
        self.new_record = new_record or record_type

        self.model = RecordListModel(
            self.store,
            record_type,
            columns,
            order_key=order_key,
            dependencies=dependencies,
            parent=self,
        )
        self.proxy = proxy or RecordFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter %s") % texts.plural)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)

        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setAccessibleName(texts.plural.capitalize())
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Tab leaves the list for the editor instead of walking the cells.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The first column names the record and takes the room; the others fit their content.
        self.column_fitter = ColumnFitter(self.table, name_column=0)
        header.setSectionsMovable(True)
        header.setSortIndicatorClearable(True)  # a third click returns to the natural order
        self.table.setSortingEnabled(True)
        # Unsorted at first, so the model's natural order (e.g. newest first) shows.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.activated.connect(lambda _index: self.focus_first_field())

        self.empty_label = QLabel(
            texts.empty
            + "\n\n"
            + self.tr("Use Add (%s) or the button below.")
            % ADD_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(texts.add_command)
        self.empty_button.setObjectName("emptyAddButton")
        self.empty_button.setAccessibleName(texts.add_command)
        self.empty_button.clicked.connect(self.add_new)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.empty_button)
        button_row.addStretch(1)
        empty_layout.addLayout(button_row)
        empty_layout.addStretch(2)

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(empty)
        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter_edit)
        list_layout.addWidget(self.list_stack)

        self.hint_label = QLabel(texts.select_hint)
        self.hint_label.setObjectName("selectHint")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        self.form = form_class(context, record_type, specs)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user text
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem_label.setAccessibleName(self.tr("Problems"))
        self.problem_label.hide()
        editor = QWidget()
        self.editor_layout = QVBoxLayout(editor)
        self.editor_layout.addWidget(self.hint_label)
        self.editor_layout.addWidget(self.form)
        self.editor_layout.addWidget(self.problem_label)
        self.scroll = EditorScrollArea()
        self.scroll.setWidget(editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("recordSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.update_tab_order()

        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentChanged.connect(self._on_selection_changed)
        self.form.record_set.connect(self._on_form_record_set)
        self.form.problems_changed.connect(self._on_form_problems_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_empty_state)
        self._update_empty_state()
        self._on_form_record_set(None)

    # ----------------------------------------------------------------- queries
    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, top to bottom."""
        rows = sorted(self.table.selectionModel().selectedRows(0), key=lambda i: i.row())
        return [i.data(RecordRoles.RecordIdRole) for i in rows]

    def current_record(self) -> Record | None:
        """The record in the editor, or None."""
        return self.form.record()

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes: filter, list, the form's fields, then what the view added below."""
        return [self.filter_edit, self.table, *layout_tab_stops(self.editor_layout)]

    # ----------------------------------------------------------------- focus
    def update_tab_order(self) -> None:
        """Puts the Tab chain in the order on screen (again after a view added widgets)."""
        set_tab_chain(self.tab_stops())

    def showEvent(self, event: QShowEvent) -> None:
        # Views add their own widgets below the form after building the page.
        self.update_tab_order()
        super().showEvent(event)

    # ----------------------------------------------------------------- actions
    def select_record(self, record_id: str) -> bool:
        """Selects a record's row (only that one) and scrolls to it; False if it is hidden."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        return select_only_row(self.table, self.proxy.mapFromSource(self.model.index(row, 0)))

    def focus_first_field(self) -> None:
        """Puts the cursor in the editor's first field."""
        if self.form.specs and self.form.isEnabled():
            widget = self.form.widgets[self.form.specs[0].name]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def focus_filter(self) -> bool:
        """Puts the cursor in the filter box."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
        return True

    def add_new(self) -> Record:
        """Adds a new record as one undoable step, selects it and opens it for editing."""
        record = self.new_record()
        self.undo_stack.push(add_records(self.store, [record], self.texts.add_command))
        if not self.select_record(record.id):
            self.filter_edit.clear()  # the filter hid the new, still blank, record
            self.select_record(record.id)
        self.focus_first_field()
        return record

    def can_delete(self) -> bool:
        """True while rows are selected."""
        return self.table.selectionModel().hasSelection()

    def delete_selected(self) -> None:
        """Deletes every selected record as one undoable step (no question asked: undo)."""
        records = [self.store.get(self.record_type, i) for i in self.selected_ids()]
        records = [r for r in records if r is not None]
        if not records:
            return
        rows = [i.row() for i in self.table.selectionModel().selectedRows(0)]
        first_row = min(rows) if rows else 0
        self.undo_stack.push(
            delete_records(self.store, records, self.texts.delete_command(len(records)))
        )
        # Keep the keyboard user in the list: select the row that took the first one's place.
        remaining = self.proxy.rowCount()
        if remaining:
            index = self.proxy.index(min(first_row, remaining - 1), 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # ----------------------------------------------------------------- settings
    def save_state(self, settings: QSettings) -> None:
        """Stores the splitter and the table header (widths, order, sorting)."""
        keys.view_splitter(self.settings_key).set(self.splitter.saveState(), settings)
        keys.view_header(self.settings_key).set(self.table.horizontalHeader().saveState(), settings)

    def restore_state(self, settings: QSettings) -> None:
        """Restores what save_state stored."""
        splitter = keys.view_splitter(self.settings_key).get(settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header_state = keys.view_header(self.settings_key).get(settings)
        if not header_state.isEmpty():
            header = self.table.horizontalHeader()
            if header.restoreState(header_state):
                self.column_fitter.adopt_current_widths()
            # restoreState sets the indicator without sorting the proxy.
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    # ----------------------------------------------------------------- slots
    def _on_selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        if ids:
            current = self.table.currentIndex()
            current_id = current.data(RecordRoles.RecordIdRole) if current.isValid() else None
            wanted = current_id if current_id in ids else ids[0]
            if wanted != self.form.record_id:
                self.form.set_record(wanted)
        elif self.store.get(self.record_type, self.form.record_id) is None:
            self.form.set_record(None)
        # With nothing selected the editor keeps its record: a filter hiding the row being
        # typed in must not pull the form away from under the cursor.
        self.selection_changed.emit()

    def _on_form_record_set(self, record_id: str | None) -> None:
        self.hint_label.setVisible(record_id is None)
        # An empty, greyed form shows its examples as if they were data: hide it instead.
        self.form.setVisible(record_id is not None)
        self.current_record_changed.emit(record_id)

    def _on_form_problems_changed(self) -> None:
        lines = []
        for name, message in self.form.problems.items():
            label = self.form.spec(name).label.replace("&", "")
            lines.append(f"{label}: {message}")
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))

    def _update_empty_state(self, *_args) -> None:
        empty = self.model.rowCount() == 0
        self.list_stack.setCurrentIndex(1 if empty else 0)
        self.filter_edit.setEnabled(not empty)


class PageHostView(CareerView):
    """A view whose window actions (Add, Delete, Find) act on a RecordPage.

    Subclasses set `self.page`, or override `current_page()` when they hold several.
    """

    page: RecordPage

    def current_page(self) -> RecordPage:
        """The page the window's actions act on."""
        return self.page

    def focus_filter(self) -> bool:
        return self.current_page().focus_filter()

    def can_add(self) -> bool:
        return True

    def add_new(self) -> None:
        self.current_page().add_new()

    def can_delete(self) -> bool:
        return self.current_page().can_delete()

    def delete_selected(self) -> None:
        self.current_page().delete_selected()

    def save_state(self, settings: QSettings) -> None:
        self.current_page().save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.current_page().restore_state(settings)
