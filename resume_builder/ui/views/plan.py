"""The career plan: the deadline, its milestones and whether the pace will make the date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.job_search import DEADLINE_KINDS, MEASURES
from resume_builder.domain.models import Accomplishment, CareerPlan, Milestone, Role
from resume_builder.services import plan as rules
from resume_builder.ui import settings as keys
from resume_builder.ui.commands import ChangeRecordsCommand, add_records, delete_records
from resume_builder.ui.forms import EditorScrollArea, FieldSpec, RecordForm, set_tab_chain
from resume_builder.ui.models.plan import (
    PROGRESS,
    TITLE,
    MilestonesModel,
    PlanRoles,
    measure_label,
    state_colour,
)
from resume_builder.ui.models.records import RecordRoles
from resume_builder.ui.views.base import CareerView, ViewContext
from resume_builder.ui.views.record_page import PROBLEM_COLOUR, ColumnFitter, select_only_row
from resume_builder.ui.widgets.readable import centred_readable

#: how many lines the notes fields show
NOTES_LINES = 3
#: the most a goal may be (a count of applications or conversations)
MOST_GOAL = 999


class ProgressDelegate(QStyledItemDelegate):
    """Draws a milestone's progress as a bar with its words ("3 of 5") on it."""

    #: a bar narrower than this shows too little of its fill to read at a glance
    MINIMUM_WIDTH = 110

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        # The words sit on the bar with room to spare at both ends, never cut by its frame.
        words = option.fontMetrics.horizontalAdvance(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(max(hint.width(), words + 36, self.MINIMUM_WIDTH), hint.height())

    def paint(self, painter, option, index) -> None:
        fraction = index.data(PlanRoles.FractionRole)
        if fraction is None:
            super().paint(painter, option, index)
            return
        # The row's selection and alternate colours first, then the bar inside the cell.
        background = type(option)(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        bar = QStyleOptionProgressBar()
        if widget is not None:
            bar.initFrom(widget)
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.minimum, bar.maximum = 0, 100
        bar.progress = round(fraction * 100)
        bar.text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)


class PlanView(CareerView):
    """The deadline, the weeks left and the pace; the milestones and an editor for each."""

    key = "plan"

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(context, parent)
        self.today = today
        self.model = MilestonesModel(self.store, today, self)
        self.model.done_toggled.connect(self.set_done)

        # ---- the empty state: no plan yet
        self.empty_label = QLabel(
            self.tr(
                "No plan yet. Set the date your role ends, or the date you want to have moved "
                "by, and the milestones on the way: a complete CMD, résumés ready, recruiter "
                "conversations, references lined up, applications sent. This page then counts "
                "the weeks left and says whether your pace will make the date."
            )
        )
        self.empty_label.setObjectName("planEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_deadline_button = QPushButton(self.tr("&Set the deadline"))
        self.set_deadline_button.setObjectName("setDeadline")
        self.set_deadline_button.clicked.connect(self.create_plan)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addLayout(centred_readable(self.empty_label))
        empty_layout.addWidget(self.set_deadline_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        # ---- the headline
        self.headline_label = QLabel()
        self.headline_label.setObjectName("planHeadline")
        self.headline_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline_label.setFont(font)
        self.cmd_label = QLabel()
        self.cmd_label.setObjectName("cmdCompleteness")
        self.cmd_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cmd_label.setWordWrap(True)

        # ---- the milestones
        self.milestones_title = QLabel(self.tr("&Milestones"))
        self._bold(self.milestones_title)
        self.table = QTableView()
        self.table.setObjectName("milestonesTable")
        self.table.setAccessibleName(self.tr("Milestones"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.milestones_title.setBuddy(self.table)
        self.column_fitter = ColumnFitter(self.table, name_column=TITLE, name_share=0.4)
        self.no_milestones_label = QLabel(
            self.tr(
                "No milestones yet. Add the steps towards the deadline, each with a due date "
                "and, where the app can count it, a measure."
            )
        )
        self.no_milestones_label.setObjectName("noMilestones")
        self.no_milestones_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add milestone"))
        self.add_button.setObjectName("addMilestone")
        self.add_button.clicked.connect(self.add_milestone)
        self.remove_button = QPushButton(self.tr("&Remove milestone"))
        self.remove_button.setObjectName("removeMilestone")
        self.remove_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.milestones_title)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.no_milestones_label)
        left_layout.addLayout(buttons)

        # ---- the editors: the plan's deadline, the selected milestone
        self.plan_title = QLabel(self.tr("Deadline"))
        self._bold(self.plan_title)
        self.plan_form = RecordForm(context, CareerPlan, self._plan_specs())
        self.plan_form.setObjectName("planForm")
        self.milestone_title = QLabel(self.tr("Milestone"))
        self._bold(self.milestone_title)
        self.milestone_hint = QLabel(self.tr("Select a milestone to edit it."))
        self.milestone_hint.setObjectName("milestoneHint")
        self.milestone_hint.setWordWrap(True)
        self.milestone_form = RecordForm(context, Milestone, self._milestone_specs())
        self.milestone_form.setObjectName("milestoneForm")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("planProblems")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user text
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem_label.hide()
        for form in (self.plan_form, self.milestone_form):
            for name in ("notes",):
                widget = form.widgets[name]
                line = widget.fontMetrics().lineSpacing()
                widget.setMinimumHeight(line * NOTES_LINES + 14)
                widget.setMaximumHeight(line * (NOTES_LINES + 2) + 14)
            form.problems_changed.connect(self._on_form_problems_changed)
        self.milestone_form.command_texts["title"] = self.tr("Rename Milestone")
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.plan_title)
        editor_layout.addWidget(self.plan_form)
        editor_layout.addWidget(self.milestone_title)
        editor_layout.addWidget(self.milestone_hint)
        editor_layout.addWidget(self.milestone_form)
        editor_layout.addWidget(self.problem_label)
        editor_layout.addStretch(1)
        self.scroll = EditorScrollArea()
        self.scroll.setWidget(editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("planSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.headline_label)
        content_layout.addWidget(self.cmd_label)
        content_layout.addWidget(self.splitter, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.report_changed.connect(self._update)
        self.model.modelReset.connect(self._keep_selection)
        self.milestone_form.record_set.connect(self._update_milestone_editor)
        self.store.records_changed.connect(self._on_store_changed)
        self._update()

    # ----------------------------------------------------------------- building
    def _bold(self, label: QLabel) -> None:
        font = label.font()
        font.setBold(True)
        label.setFont(font)

    def _plan_specs(self) -> list[FieldSpec]:
        kind_labels = {
            "role_ends": self.tr("My role ends"),
            "move_by": self.tr("I want to move by"),
        }
        return [
            FieldSpec(
                "deadline",
                self.tr("&Deadline"),
                "date",
                tooltip=self.tr("The day the role ends, or the day you want to have moved by"),
            ),
            FieldSpec(
                "deadline_kind",
                self.tr("&What it is"),
                "choice",
                choices=tuple((kind, kind_labels.get(kind, kind)) for kind in DEADLINE_KINDS),
            ),
            FieldSpec(
                "started",
                self.tr("S&tarted"),
                "date",
                tooltip=self.tr("The pace is measured from this day"),
            ),
            FieldSpec("notes", self.tr("&Notes"), "text"),
        ]

    def _milestone_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec(
                "title",
                self.tr("T&itle"),
                placeholder=self.tr("Five recruiter conversations"),
            ),
            FieldSpec("due", self.tr("D&ue"), "date"),
            FieldSpec(
                "measure",
                self.tr("Mea&sure"),
                "choice",
                choices=tuple((measure, measure_label(measure)) for measure in MEASURES),
                tooltip=self.tr("What the app counts for its progress; or tick it by hand"),
            ),
            FieldSpec(
                "goal",
                self.tr("&Goal"),
                "int",
                minimum=1,
                maximum=MOST_GOAL,
                tooltip=self.tr("How many, or for a complete CMD the share of roles in per cent"),
            ),
            FieldSpec("notes", self.tr("N&otes"), "text"),
        ]

    # ----------------------------------------------------------------- queries
    def plan(self) -> CareerPlan | None:
        """The career plan (there is at most one), or None."""
        plans = self.store.records(CareerPlan)
        return plans[0] if plans else None

    def current_milestone(self) -> Milestone | None:
        """The milestone in the editor, or None."""
        return self.store.get(Milestone, self.milestone_form.record_id)

    def headline_text(self) -> str:
        """The headline: "34 weeks left · on pace", or what is missing for it."""
        report = self.model.report
        if report.deadline is None:
            return self.tr("Set the deadline to see the weeks left")
        if report.days_left is not None and report.days_left < 0:
            return self.tr("The deadline has passed")
        weeks = self.tr("%n week(s) left", "", report.weeks_left)
        pace = self.tr("on pace") if report.on_pace else self.tr("behind pace")
        return f"{weeks} · {pace}"

    def cmd_text(self) -> str:
        """How complete the CMD is: "CMD 62 % complete: 5 of 8 roles have STAR detail"."""
        completeness = rules.cmd_completeness(
            self.store.records(Role), self.store.records(Accomplishment)
        )
        return (
            self.tr("CMD %1 % complete: %2 of %n role(s) have STAR detail", "", completeness.roles)
            .replace("%1", str(completeness.percent))
            .replace("%2", str(completeness.complete_roles))
        )

    # ----------------------------------------------------------------- edits
    def create_plan(self) -> CareerPlan:
        """Makes the plan (started today) as one undoable step and puts the cursor in its
        deadline.
        """
        plan = self.plan()
        if plan is None:
            plan = rules.new_plan(self.today())
            self.undo_stack.push(add_records(self.store, [plan], self.tr("Set the Deadline")))
        self._update()
        widget = self.plan_form.widgets["deadline"]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return plan

    def add_milestone(self) -> Milestone:
        """Adds a milestone after the others, selects it and puts the cursor in its title."""
        milestone = rules.new_milestone(self.store.records(Milestone))
        self.undo_stack.push(add_records(self.store, [milestone], self.tr("Add Milestone")))
        self.select_record(milestone.id)
        widget = self.milestone_form.widgets["title"]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return milestone

    def set_done(self, milestone_id: str, done: bool) -> None:
        """Ticks a milestone done (today) or open again, as one undo step."""
        milestone = self.store.get(Milestone, milestone_id)
        if milestone is None or milestone.done == done:
            return
        after = rules.milestone_marked_done(milestone, done, self.today())
        text = self.tr("Tick Milestone Done") if done else self.tr("Untick Milestone")
        self.undo_stack.push(ChangeRecordsCommand(self.store, text, [milestone], [after]))

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Plan")

    def icon_name(self) -> str:
        return "plan"

    def can_add(self) -> bool:
        return True

    def add_new(self) -> None:
        """The window's Add: the plan first, then its milestones."""
        if self.plan() is None:
            self.create_plan()
        else:
            self.add_milestone()

    def can_delete(self) -> bool:
        return self.stack.currentIndex() == 1 and self.current_milestone() is not None

    def delete_selected(self) -> None:
        """Removes the selected milestone as one undoable step (no question asked: undo)."""
        milestone = self.current_milestone()
        if milestone is None:
            return
        row = self.model.row_of(milestone.id)
        self.undo_stack.push(delete_records(self.store, [milestone], self.tr("Remove Milestone")))
        if self.model.rowCount():
            self._select_row(min(row, self.model.rowCount() - 1))

    def select_record(self, milestone_id: str) -> bool:
        """Selects a milestone's row; False when there is no such milestone."""
        row = self.model.row_of(milestone_id)
        return row >= 0 and self._select_row(row)

    def save_state(self, settings: QSettings) -> None:
        keys.view_splitter(keys.PLAN_VIEW).set(self.splitter.saveState(), settings)

    def restore_state(self, settings: QSettings) -> None:
        splitter = keys.view_splitter(keys.PLAN_VIEW).get(settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    # ----------------------------------------------------------------- showing
    def _select_row(self, row: int) -> bool:
        return select_only_row(self.table, self.model.index(row, 0))

    def _update(self) -> None:
        plan = self.plan()
        self.stack.setCurrentIndex(0 if plan is None else 1)
        if plan is not None and self.plan_form.record_id != plan.id:
            self.plan_form.set_record(plan.id)
        elif plan is None and self.plan_form.record_id is not None:
            self.plan_form.set_record(None)
        self.headline_label.setText(self.headline_text())
        colour = state_colour(
            rules.ON_TRACK if self.model.report.on_pace else rules.BEHIND, self.palette()
        )
        self.headline_label.setStyleSheet(
            f"color: {colour.name()};" if colour and self.model.report.deadline else ""
        )
        self.cmd_label.setText(self.cmd_text())
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.no_milestones_label.setVisible(not has_rows)
        if self.current_milestone() is None and self.milestone_form.record_id is not None:
            self.milestone_form.set_record(None)
        self._update_milestone_editor()
        self.actions_changed.emit()

    def _update_milestone_editor(self, *_args) -> None:
        milestone = self.current_milestone()
        self.milestone_hint.setVisible(milestone is None)
        self.milestone_form.setVisible(milestone is not None)
        self.remove_button.setEnabled(milestone is not None)
        if milestone is not None:
            # A goal means nothing for a milestone ticked by hand.
            self.milestone_form.layout_.setRowVisible(
                self.milestone_form.widgets["goal"], bool(milestone.measure)
            )
        self._update_tab_order()

    def _update_tab_order(self) -> None:
        set_tab_chain(
            [
                self.table,
                self.add_button,
                self.remove_button,
                *self.plan_form.tab_stops(),
                *self.milestone_form.tab_stops(),
            ]
        )

    def _keep_selection(self) -> None:
        """After the rows were read again, the milestone being edited stays selected."""
        milestone_id = self.milestone_form.record_id
        if milestone_id is not None and self.model.row_of(milestone_id) >= 0:
            row = self.model.row_of(milestone_id)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # ----------------------------------------------------------------- slots
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        milestone_id = current.data(RecordRoles.RecordIdRole) if current.isValid() else None
        if milestone_id is not None and milestone_id != self.milestone_form.record_id:
            self.milestone_form.set_record(milestone_id)
        self.actions_changed.emit()

    def _on_form_problems_changed(self) -> None:
        problems = [*self.plan_form.problems.values(), *self.milestone_form.problems.values()]
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind == Milestone.KIND:
            self._update_milestone_editor()
