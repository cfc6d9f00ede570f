"""The Accomplishments page: a filterable, sortable table and the editor of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from resume_builder.domain.dates import DateError, parse_date
from resume_builder.domain.hints import Hint
from resume_builder.domain.models import (
    IMPACT_MAX,
    IMPACT_MIN,
    Accomplishment,
    Role,
    Skill,
)
from resume_builder.services.records import default_role_id
from resume_builder.ui.commands import add_records, delete_records
from resume_builder.ui.forms import (
    EditorScrollArea,
    FieldSpec,
    FormLabel,
    RecordForm,
    layout_tab_stops,
    set_tab_chain,
    tab_stops,
)
from resume_builder.ui.hint_messages import HintMessages
from resume_builder.ui.models.accomplishments import (
    ANY_ROLE,
    NO_ROLE,
    AccomplishmentFilterProxy,
    AccomplishmentTableModel,
    Column,
)
from resume_builder.ui.tooltips import plain_tooltip
from resume_builder.ui.views.base import CareerView, ViewContext
from resume_builder.ui.views.record_page import ColumnFitter, select_only_row
from resume_builder.ui.widgets.skill_tags import SkillTagEditor

_INVALID_STYLE = "border: 1px solid #c0392b;"
_SETTINGS_SPLITTER = "accomplishments/splitter"
_SETTINGS_HEADER = "accomplishments/header"


def _plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label that never reads its text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class HintList(QWidget):
    """The live writing hints of a headline: one small icon and sentence per hint."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Writing hints"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self._layout.setSpacing(2)
        self.rows: list[tuple[QLabel, QLabel]] = []
        size = self.fontMetrics().height()
        style = self.style()
        self._hint_pixmap = style.standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation
        ).pixmap(QSize(size, size))
        self._ok_pixmap = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(
            QSize(size, size)
        )
        self._ok_text = self.tr("No suggestions: this bullet reads well.")
        self._wording = HintMessages(self)

    def set_hints(self, hints: list[Hint], headline: str) -> None:
        """Shows these hints of `headline` (a reassuring line when there are none)."""
        lines = [(self._hint_pixmap, self._wording.message(hint, headline)) for hint in hints] or [
            (self._ok_pixmap, self._ok_text)
        ]
        while len(self.rows) < len(lines):
            row = QWidget(self)
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            icon = QLabel(row)
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            icon.setAccessibleName(self.tr("Hint"))
            text = _plain_label(parent=row)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            box.addWidget(icon)
            box.addWidget(text, 1)
            self._layout.addWidget(row)
            self.rows.append((icon, text))
        for index, (icon, text) in enumerate(self.rows):
            visible = index < len(lines)
            icon.parentWidget().setVisible(visible)
            if visible:
                pixmap, message = lines[index]
                icon.setPixmap(pixmap)
                if text.text() != message:
                    text.setText(message)
                    text.setAccessibleName(message)

    def messages(self) -> list[str]:
        """The sentences shown now, in order."""
        return [text.text() for icon, text in self.rows if not icon.parentWidget().isHidden()]


class SkillFilterButton(QToolButton):
    """A button whose popup lists every skill with a check box; shows how many are checked."""

    selection_changed = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Filter by skills"))
        self.setToolTip(self.tr("Show only accomplishments that have all the checked skills"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Skills to filter by"))
        self.list.setMinimumWidth(220)
        self.list.itemChanged.connect(self._on_list_item_changed)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        # A list inside the menu keeps the popup open while several skills are checked.
        action.setDefaultWidget(self.list)
        menu.addAction(action)
        self.setMenu(menu)
        self._checked: list[str] = []
        self._filling = False
        self.refresh()

    def selected_ids(self) -> list[str]:
        """The checked skills' ids."""
        return list(self._checked)

    def set_selected_ids(self, skill_ids: list[str], notify: bool = True) -> None:
        """Checks exactly these skills."""
        wanted = set(skill_ids)
        self._filling = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                state = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self._update_checked(notify)

    def refresh(self) -> None:
        """Lists the store's skills again, keeping the checks of those that remain."""
        keep = set(self._checked)
        self._filling = True
        try:
            self.list.clear()
            for skill in sorted(self.store.records(Skill), key=lambda s: s.name.casefold()):
                item = QListWidgetItem(skill.name)
                item.setData(Qt.ItemDataRole.UserRole, skill.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = skill.id in keep
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        finally:
            self._filling = False
        rows = min(max(self.list.count(), 1), 14)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 8)
        self._update_checked(notify=True)

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self._update_checked(notify=True)

    def _update_checked(self, notify: bool) -> None:
        checked = [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        count = len(checked)
        self.setText(self.tr("Skills (%n)", "", count) if count else self.tr("Skills"))
        if checked != self._checked:
            self._checked = checked
            if notify:
                self.selection_changed.emit()


class AccomplishmentsView(CareerView):
    """Every accomplishment in a table that filters as you type, and an editor beside it."""

    key = "accomplishments"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.model = AccomplishmentTableModel(self.store, self)
        self.proxy = AccomplishmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        self.filter_bar = self._build_filter_bar()
        layout.addLayout(self.filter_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("accomplishmentsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_table_area())
        self.splitter.addWidget(self._build_editor())
        # The bullet is what a user scans: the table gets two thirds of the room.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 480])
        layout.addWidget(self.splitter, 1)

        self.proxy.filters_changed.connect(self._update_count)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_empty_state)
        self.table.selectionModel().selectionChanged.connect(
            self._on_selection_model_selection_changed
        )
        self.store.records_changed.connect(self._on_store_records_changed)
        self.store.records_removed.connect(self._on_store_records_changed)
        self._update_count()
        self._update_empty_state()
        self._show_record(None)
        set_tab_chain(self.tab_stops())

    def title(self) -> str:
        return self.tr("Accomplishments")

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes: the filters left to right, the table, the editor top to bottom."""
        return [*layout_tab_stops(self.filter_bar), self.table, *tab_stops(self.editor_stack)]

    def showEvent(self, event: QShowEvent) -> None:
        set_tab_chain(self.tab_stops())
        super().showEvent(event)

    def icon_name(self) -> str:
        return "accomplishments"

    # ----------------------------------------------------------------- building
    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("accomplishmentsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter (Ctrl+F)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter accomplishments"))
        self.filter_edit.setToolTip(
            self.tr("Shows accomplishments containing every word, in any field")
        )
        self.filter_edit.setMinimumWidth(120)  # the bar fits a 1024-pixel window
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        bar.addWidget(self.filter_edit, 2)

        self.skill_filter = SkillFilterButton(self.store, self)
        self.skill_filter.selection_changed.connect(self._on_skill_filter_selection_changed)
        bar.addWidget(self.skill_filter)

        self.role_filter = QComboBox(self)
        self.role_filter.setAccessibleName(self.tr("Filter by role"))
        # A long role title would set the window's minimum width: the box grows with the
        # room there is, and elides.
        self.role_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role_filter.setMinimumContentsLength(14)
        self.role_filter.setMaximumWidth(260)
        self._fill_role_filter()
        self.role_filter.currentIndexChanged.connect(self._on_role_filter_current_index_changed)
        bar.addWidget(self.role_filter, 1)

        self.date_from_edit = QLineEdit(self)
        self.date_from_edit.setPlaceholderText(self.tr("From (2019)"))
        self.date_from_edit.setAccessibleName(self.tr("From date"))
        self.date_to_edit = QLineEdit(self)
        self.date_to_edit.setPlaceholderText(self.tr("To (2021-06)"))
        self.date_to_edit.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.setToolTip(self.tr("A year, a month (2019-05) or a day (2019-05-14)"))
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self._on_date_edit_text_changed)
            bar.addWidget(edit)

        self.impact_filter = QComboBox(self)
        self.impact_filter.setAccessibleName(self.tr("Minimum impact"))
        self.impact_filter.addItem(self.tr("Any impact"), IMPACT_MIN)
        for impact in range(IMPACT_MIN + 1, IMPACT_MAX + 1):
            self.impact_filter.addItem(self.tr("Impact ≥ %1").replace("%1", str(impact)), impact)
        self.impact_filter.currentIndexChanged.connect(self._on_impact_filter_current_index_changed)
        bar.addWidget(self.impact_filter)

        self.clear_filters_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_filters_button)

        self.count_label = _plain_label(parent=self)
        self.count_label.setWordWrap(False)
        self.count_label.setAccessibleName(self.tr("Accomplishments shown"))
        bar.addWidget(self.count_label)
        return bar

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
        # Newest first is how a career record is read.
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table_stack.addWidget(self.table)

        self.empty_label = _plain_label(
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

    def _build_editor(self) -> QWidget:
        # The editor follows the pane's width and scrolls only vertically: its text wraps.
        self.editor_scroll = scroll = EditorScrollArea(self)
        scroll.setMinimumWidth(320)
        self.editor_stack = QStackedWidget()
        self.editor_placeholder = _plain_label()
        self.editor_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_placeholder.setMargin(24)
        self.editor_stack.addWidget(self.editor_placeholder)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        self.form = RecordForm(self.context, Accomplishment, self._field_specs(), page)
        self.form.problem.connect(self._on_form_problem)
        fields = self.form.widgets
        form_layout = self.form.layout_

        self.headline_edit = fields["headline"]
        self.hint_list = HintList(self.form)
        self.hint_list.setVisible(self.context.writing_hints is not None)
        row, _role = form_layout.getWidgetPosition(self.headline_edit)
        form_layout.insertRow(row + 1, "", self.hint_list)
        self.headline_edit.textChanged.connect(self._on_headline_edit_text_changed)

        self.open_link_button = QPushButton(self.tr("Open &Link"), self.form)
        self.open_link_button.setAccessibleName(self.tr("Open evidence link"))
        self.open_link_button.setToolTip(
            self.tr("Opens the link on the evidence line with the cursor, or the first one")
        )
        self.open_link_button.clicked.connect(self.open_evidence_link)
        link_row = QWidget(self.form)
        link_box = QHBoxLayout(link_row)
        link_box.setContentsMargins(0, 0, 0, 0)
        link_box.addWidget(self.open_link_button)
        link_box.addStretch(1)
        row, _role = form_layout.getWidgetPosition(fields["evidence"])
        form_layout.insertRow(row + 1, "", link_row)
        fields["evidence"].textChanged.connect(self._update_open_link_button)

        # The skills right under the bullet and its role, above the long story: tagging is
        # part of capturing a result, and the box was fifteen wheel notches down.
        self.skill_tags = SkillTagEditor(self.context, self.form)
        skills_label = FormLabel(self.tr("S&kills"), self.form)
        skills_label.setBuddy(self.skill_tags.line_edit)
        row, _role = form_layout.getWidgetPosition(fields["role_id"])
        form_layout.insertRow(row + 1, skills_label, self.skill_tags)

        page_layout.addWidget(self.form)
        page_layout.addStretch(1)
        self.editor_stack.addWidget(page)
        scroll.setWidget(self.editor_stack)
        return scroll

    def _field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec(
                "headline",
                self.tr("&Headline"),
                "text",
                self.tr("The résumé bullet: what you did and what changed, with a number"),
            ),
            FieldSpec("role_id", self.tr("R&ole"), "choice", choices=tuple(self._role_choices())),
            FieldSpec("date", self.tr("&Date"), "date"),
            FieldSpec(
                "impact",
                self.tr("Im&pact"),
                "int",
                minimum=IMPACT_MIN,
                maximum=IMPACT_MAX,
                tooltip=self.tr("How much it mattered: 1 small, 5 career-defining"),
            ),
            FieldSpec(
                "situation", self.tr("&Situation"), "text", self.tr("Where things stood, and why")
            ),
            FieldSpec("task", self.tr("&Task"), "text", self.tr("What you had to achieve")),
            FieldSpec("action", self.tr("&Action"), "text", self.tr("What you did, step by step")),
            FieldSpec("result", self.tr("&Result"), "text", self.tr("What changed, and for whom")),
            FieldSpec(
                "metrics",
                self.tr("&Metrics"),
                "lines",
                self.tr("One per line, e.g. 32% faster releases"),
            ),
            FieldSpec(
                "evidence",
                self.tr("&Evidence"),
                "lines",
                self.tr("Links or file paths that prove it, one per line"),
            ),
            FieldSpec("notes", self.tr("&Notes"), "text", self.tr("Anything else, just for you")),
        ]

    def _roles_sorted(self) -> list[Role]:
        return sorted(self.store.records(Role), key=lambda r: r.label().casefold())

    def _role_choices(self) -> list[tuple[str | None, str]]:
        return [(None, self.tr("No role"))] + [(r.id, r.label()) for r in self._roles_sorted()]

    def _fill_role_filter(self) -> None:
        current = self.role_filter.currentData() if self.role_filter.count() else ANY_ROLE
        self.role_filter.blockSignals(True)
        try:
            self.role_filter.clear()
            self.role_filter.addItem(self.tr("All roles"), ANY_ROLE)
            self.role_filter.addItem(self.tr("No role"), NO_ROLE)
            for role in self._roles_sorted():
                self.role_filter.addItem(role.label(), role.id)
            index = self.role_filter.findData(current) if current is not ANY_ROLE else 0
            self.role_filter.setCurrentIndex(max(index, 0))
        finally:
            self.role_filter.blockSignals(False)
        if self.role_filter.currentData() != current:
            self.proxy.set_role_id(self.role_filter.currentData())

    def _fill_role_picker(self) -> None:
        combo: QComboBox = self.form.widgets["role_id"]
        record = self.form.record()
        # The form commits on every index change; refilling the list is no edit.
        combo.blockSignals(True)
        try:
            combo.clear()
            for value, label in self._role_choices():
                combo.addItem(label, value)
            role_id = record.role_id if record is not None else None
            index = combo.findData(role_id) if role_id is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

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
        if self.proxy.is_filtering() and self.role_filter.currentData() is ANY_ROLE:
            shown = set()
            for row in range(self.proxy.rowCount()):
                source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
                record = self.store.get(Accomplishment, self.model.record_id(source))
                if record is not None and record.headline:  # a blank new one says nothing
                    shown.add(record.role_id)
        ids = self.selected_ids()
        selected = self.store.get(Accomplishment, ids[0]) if len(ids) == 1 else None
        return default_role_id(
            self.store.records(Role), self.role_filter.currentData(), shown or None, selected
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
        settings.setValue(_SETTINGS_SPLITTER, self.splitter.saveState())
        settings.setValue(_SETTINGS_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(_SETTINGS_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header_state = settings.value(_SETTINGS_HEADER)
        header = self.table.horizontalHeader()
        if header_state is not None and header.restoreState(header_state):
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
            self._show_record(ids[0])
        else:
            if not ids:
                self.proxy.set_pinned_id(None)
            # With several rows selected the pin stays, so no selected row vanishes.
            self._show_record(None, selected=len(ids))
        self.actions_changed.emit()

    def _show_record(self, record_id: str | None, selected: int = 0) -> None:
        if record_id is None:
            if selected:
                text = self.tr(
                    "%n accomplishments selected. Delete removes them all; select one to edit it.",
                    "",
                    selected,
                )
            else:
                text = self.tr(
                    "Select an accomplishment to see and edit its story, or press Add to "
                    "write a new one."
                )
            self.editor_placeholder.setText(text)
            self.editor_stack.setCurrentIndex(0)
        else:
            self.editor_stack.setCurrentIndex(1)
        if record_id != self.form.record_id:
            self.form.set_record(record_id)
            self._fill_role_picker()
            self.skill_tags.set_record(record_id)
        self._on_headline_edit_text_changed()
        self._update_open_link_button()

    # ----------------------------------------------------------------- editor
    def _on_headline_edit_text_changed(self) -> None:
        hints = self.context.writing_hints
        if hints is None or self.form.record_id is None:
            return
        headline = self.headline_edit.toPlainText()
        self.hint_list.set_hints(hints.check(headline), headline)

    def _on_form_problem(self, field: str, message: str) -> None:
        # The form puts the raw message in the tooltip, which Qt may read as rich text; the
        # message quotes what the user typed, so show it escaped.
        widget = self.form.widgets.get(field)
        if widget is not None:
            widget.setToolTip(plain_tooltip(message))

    def evidence_links(self) -> list[str]:
        """The evidence lines of the accomplishment being edited."""
        text = self.form.widgets["evidence"].toPlainText()
        return [line.strip() for line in text.splitlines() if line.strip()]

    def link_to_open(self) -> QUrl | None:
        """The evidence line under the cursor, else the first one, as a URL or local file."""
        edit = self.form.widgets["evidence"]
        line = edit.textCursor().block().text().strip()
        links = self.evidence_links()
        if not line:
            line = links[0] if links else ""
        if not line:
            return None
        url = QUrl.fromUserInput(line)
        return url if url.isValid() else None

    def open_evidence_link(self) -> None:
        """Opens the chosen evidence link with the system's handler."""
        url = self.link_to_open()
        if url is not None:
            QDesktopServices.openUrl(url)

    def _update_open_link_button(self) -> None:
        self.open_link_button.setEnabled(bool(self.evidence_links()))

    # ----------------------------------------------------------------- filters
    def _on_skill_filter_selection_changed(self) -> None:
        self.proxy.set_skill_ids(self.skill_filter.selected_ids())

    def _on_role_filter_current_index_changed(self, _index: int) -> None:
        self.proxy.set_role_id(self.role_filter.currentData())

    def _on_impact_filter_current_index_changed(self, _index: int) -> None:
        self.proxy.set_min_impact(self.impact_filter.currentData() or IMPACT_MIN)

    def _on_date_edit_text_changed(self, _text: str) -> None:
        bounds = []
        for edit in (self.date_from_edit, self.date_to_edit):
            try:
                bounds.append(parse_date(edit.text()))
            except DateError as exc:
                # Half-typed dates ("20") leave that end open until they read as a date.
                bounds.append(None)
                edit.setStyleSheet(_INVALID_STYLE)
                edit.setToolTip(plain_tooltip(str(exc)))
            else:
                edit.setStyleSheet("")
                edit.setToolTip(self.tr("A year, a month (2019-05) or a day (2019-05-14)"))
        self.proxy.set_date_range(*bounds)
        self._update_count()

    def clear_filters(self) -> None:
        """Resets every filter and shows all accomplishments."""
        widgets = (
            self.filter_edit,
            self.skill_filter,
            self.role_filter,
            self.date_from_edit,
            self.date_to_edit,
            self.impact_filter,
        )
        # One refilter for all, not one per widget.
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.filter_edit.clear()
            self.skill_filter.set_selected_ids([], notify=False)
            self.role_filter.setCurrentIndex(0)
            self.date_from_edit.clear()
            self.date_to_edit.clear()
            self.impact_filter.setCurrentIndex(0)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.setStyleSheet("")
        self.proxy.clear_filters()

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            # The locale's digit grouping: "1,234" in English reads as a decimal in Swedish.
            self.tr("%1 of %2 shown")
            .replace("%1", QLocale().toString(shown))
            .replace("%2", QLocale().toString(total))
        )
        invalid_dates = any(edit.styleSheet() for edit in (self.date_from_edit, self.date_to_edit))
        self.clear_filters_button.setEnabled(
            self.proxy.is_filtering() or bool(self.filter_edit.text()) or invalid_dates
        )

    def _update_empty_state(self, *_args) -> None:
        self.table_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty_label)

    def _on_store_records_changed(self, kind: str, _ids: list) -> None:
        if kind == Role.KIND:
            self._fill_role_filter()
            self._fill_role_picker()
        elif kind == Skill.KIND:
            self.skill_filter.refresh()
