"""The action items of a meeting: a table, an editor for the selected one, and its proof."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import Accomplishment, ActionItem
from resume_builder.services import planner
from resume_builder.ui.commands import ChangeRecordsCommand, EditFieldCommand, add_records
from resume_builder.ui.commands import delete_records as delete_command
from resume_builder.ui.forms import FieldSpec, RecordForm
from resume_builder.ui.models.action_items import PROOF, TEXT, ActionItemsModel
from resume_builder.ui.models.meetings import CheckRow
from resume_builder.ui.models.records import RecordRoles
from resume_builder.ui.views.meetings.pickers import CheckListDialog
from resume_builder.ui.views.record_page import PROBLEM_COLOUR, ColumnFitter, select_only_row


class OneLineDelegate(QStyledItemDelegate):
    """Draws a cell on one line, elided, in a table whose action column wraps."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


def wrap_only_column(table: QTableView, column: int) -> None:
    """Lets `column` (the action's sentence) wrap, its row as tall as it needs; every other
    column stays on one line and elides, its whole text in its tooltip.
    """
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    delegate = OneLineDelegate(table)
    for other in range(table.model().columnCount()):
        if other != column:
            table.setItemDelegateForColumn(other, delegate)


# the most of an action table's width its proof column takes; the action has the rest
PROOF_SHARE = 0.22


def fit_action_columns(table: QTableView, text_column: int, proof_column: int) -> ColumnFitter:
    """The action's text takes the room: the proof column gets at most PROOF_SHARE of the
    width (its headlines elide, whole in their tooltip) and the others what they need.
    """
    header = table.horizontalHeader()

    def preferred(column: int) -> int:
        wanted = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        if column == proof_column:
            wanted = min(wanted, int(table.viewport().width() * PROOF_SHARE))
        return wanted

    fitter = ColumnFitter(table, name_column=text_column, preferred=preferred, name_share=0.4)
    model = table.model()
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
        signal.connect(fitter._timer.start)
    return fitter


class ActionItemsPanel(QWidget):
    """What was agreed in the meeting, each with a due date, done or not, and its proof."""

    #: the number of items shown changed
    count_changed = Signal(int)

    def __init__(self, context, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.undo_stack = context.undo_stack
        self.today = today
        self.meeting_id: str | None = None

        self.title_label = QLabel(self.tr("Action items"))
        self.title_label.setObjectName("actionItemsTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.model = ActionItemsModel(self.store, self, today)
        self.model.done_toggled.connect(self.set_done)
        self.table = QTableView()
        self.table.setObjectName("actionItemsTable")
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        wrap_only_column(self.table, TEXT)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(260)
        # The action's text takes the room; due date, tick and proof get what they need.
        fit_action_columns(self.table, TEXT, PROOF)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.add_button = QPushButton(self.tr("Add &action"))
        self.add_button.setObjectName("addActionItem")
        self.add_button.clicked.connect(self.add_item)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button = QPushButton(self.tr("Remo&ve"))
        self.delete_button.setObjectName("deleteActionItem")
        self.delete_button.setAccessibleName(self.tr("Remove the action"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        specs = [
            FieldSpec(
                "text",
                self.tr("Ac&tion"),
                placeholder=self.tr("Lead the Q3 cost review and present it to the board"),
            ),
            FieldSpec("due", self.tr("Due &by"), "date"),
        ]
        self.form = RecordForm(context, ActionItem, specs)
        self.form.setObjectName("actionItemForm")
        self.form.problems_changed.connect(self._on_form_problems_changed)
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.setObjectName("markDone")
        self.done_button.clicked.connect(self._on_done_clicked)
        self.proof_button = QPushButton(self.tr("&Link proof…"))
        self.proof_button.setObjectName("linkProof")
        self.proof_button.setToolTip(self.tr("Choose the accomplishments that show it was done"))
        self.proof_button.clicked.connect(self.link_proof)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.done_button)
        item_buttons.addWidget(self.proof_button)
        item_buttons.addStretch(1)
        self.form.layout_.addRow(item_buttons)
        self.proof_label = QLabel()
        self.proof_label.setObjectName("proofLabel")
        self.proof_label.setTextFormat(Qt.TextFormat.PlainText)
        self.proof_label.setWordWrap(True)
        self.form.layout_.addRow(self.tr("Proof:"), self.proof_label)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("actionProblemLabel")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.problem_label)

        for signal in (self.model.modelReset, self.model.dataChanged):
            signal.connect(self._update_state)
        self._update_state()

    # ----------------------------------------------------------------- contents
    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.model.set_meeting(meeting_id)
        if self.model.rowCount():
            self.select_item(self.model.item_at(0).id)
        else:
            self.form.set_record(None)
        self._update_state()

    def current_item(self) -> ActionItem | None:
        return self.store.get(ActionItem, self.form.record_id)

    def select_item(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        return row >= 0 and select_only_row(self.table, self.model.index(row, 0))

    def _on_current_changed(self, current, _previous) -> None:
        item_id = current.data(RecordRoles.RecordIdRole) if current.isValid() else None
        if item_id != self.form.record_id:
            self.form.set_record(item_id)
        self._update_state()

    def _update_state(self, *_args) -> None:
        item = self.current_item()
        if item is None and self.form.record_id is not None:
            self.form.set_record(None)
        has_meeting = self.meeting_id is not None
        row = self.model.row_of(item.id) if item is not None else -1
        self.add_button.setEnabled(has_meeting)
        self.delete_button.setEnabled(item is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.form.setVisible(item is not None)
        if item is not None:
            self.done_button.setText(self.tr("Mark &open") if item.done else self.tr("&Mark done"))
            proofs = planner.proofs_of(item, self.store.records(Accomplishment))
            self.proof_label.setText(
                "\n".join(f"• {p.headline}" for p in proofs) or self.tr("None linked yet")
            )
        self.count_changed.emit(self.model.rowCount())

    def _on_form_problems_changed(self) -> None:
        self.problem_label.setText("\n".join(self.form.problems.values()))
        self.problem_label.setVisible(bool(self.form.problems))

    # ----------------------------------------------------------------- edits
    def add_item(self) -> ActionItem | None:
        """Adds an action after the others, selects it and puts the cursor in its text."""
        if self.meeting_id is None:
            return None
        item = planner.new_action_item(self.meeting_id, self.store.records(ActionItem))
        self.undo_stack.push(add_records(self.store, [item], self.tr("Add Action Item")))
        self.select_item(item.id)
        widget = self.form.widgets["text"]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return item

    def delete_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.model.row_of(item.id)
        self.undo_stack.push(delete_command(self.store, [item], self.tr("Remove Action Item")))
        if self.model.rowCount():
            self.select_item(self.model.item_at(min(row, self.model.rowCount() - 1)).id)

    def move_current(self, step: int) -> None:
        item = self.current_item()
        if item is None:
            return
        change = planner.moved_item(item, self.store.records(ActionItem), step)
        if change.after:
            self.undo_stack.push(
                ChangeRecordsCommand(
                    self.store, self.tr("Move Action Item"), change.before, change.after
                )
            )
            self.select_item(item.id)

    def set_done(self, item_id: str, done: bool) -> None:
        """Marks an item done (today) or open again, as one undo step."""
        item = self.store.get(ActionItem, item_id)
        if item is None or item.done == done:
            return
        after = planner.marked_done(item, done, self.today)
        text = self.tr("Mark Action Done") if done else self.tr("Mark Action Open")
        self.undo_stack.push(ChangeRecordsCommand(self.store, text, [item], [after]))

    def _on_done_clicked(self) -> None:
        item = self.current_item()
        if item is not None:
            self.set_done(item.id, not item.done)

    def proof_dialog(self) -> CheckListDialog | None:
        """The picker of proving accomplishments for the selected item (not yet shown)."""
        item = self.current_item()
        return proof_dialog(self.store, item, self.window()) if item is not None else None

    def link_proof(self) -> None:
        item = self.current_item()
        if item is not None:
            link_proof(self.context, item, self.window())
        self._update_state()


def proof_dialog(store, item: ActionItem, parent: QWidget | None) -> CheckListDialog:
    """The picker of the accomplishments that prove an action, its proofs ticked (not shown)."""
    rows = [
        CheckRow(a.id, (a.headline, format_date(a.date)))
        for a in planner.proof_candidates(store.records(Accomplishment))
    ]
    return CheckListDialog(
        QCoreApplication.translate("ActionItemsPanel", "Link Proof"),
        QCoreApplication.translate(
            "ActionItemsPanel",
            "Tick the accomplishments that show this action was done. Over-deliver: "
            "a result with a number speaks loudest.",
        ),
        [
            QCoreApplication.translate("ActionItemsPanel", "Accomplishment"),
            QCoreApplication.translate("ActionItemsPanel", "Date"),
        ],
        rows,
        item.proof_ids,
        parent,
    )


def link_proof(context, item: ActionItem, parent: QWidget | None) -> None:
    """Asks which accomplishments prove the action; the choice is one undo step."""
    dialog = proof_dialog(context.store, item, parent)
    if dialog.exec():
        ids = dialog.checked_ids()
        if ids != item.proof_ids:
            context.undo_stack.push(
                EditFieldCommand(
                    context.store,
                    item,
                    "proof_ids",
                    ids,
                    QCoreApplication.translate("ActionItemsPanel", "Link Proof"),
                )
            )
    dialog.deleteLater()
