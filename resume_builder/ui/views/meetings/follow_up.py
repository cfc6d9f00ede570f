"""Step 5 of the planner: the follow-up date, the earlier meeting's progress, the next meeting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import Accomplishment, ActionItem, Meeting
from resume_builder.services import planner
from resume_builder.services.conversations import follow_ups_of
from resume_builder.ui.commands import ChangeRecordsCommand
from resume_builder.ui.models.meetings import ProgressModel, ProgressRow
from resume_builder.ui.models.records import RecordRoles
from resume_builder.ui.views.meetings.action_items import (
    fit_action_columns,
    link_proof,
    wrap_only_column,
)
from resume_builder.ui.views.meetings.list import meeting_label


class FollowUpReview(QWidget):
    """The progress of every action agreed in the meeting this one follows up, with its proof,
    and a button that plans (or opens) the meeting that will follow this one up.
    """

    #: the user asked for the follow-up meeting of this meeting (planned if there is none)
    follow_up_requested = Signal(str)

    def __init__(self, context, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.today = today
        self.meeting_id: str | None = None

        self.progress_title = QLabel()
        self.progress_title.setObjectName("progressTitle")
        self.progress_title.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_title.setWordWrap(True)
        self.model = ProgressModel(
            [self.tr("Action"), self.tr("Due"), self.tr("Progress"), self.tr("Proof")], self
        )
        self.model.done_toggled.connect(self.set_done)
        self.table = QTableView()
        self.table.setObjectName("progressTable")
        self.table.setAccessibleName(self.tr("Progress of the earlier actions"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        wrap_only_column(self.table, 0)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(260)
        # The action says what was agreed: it takes the room, the rest get what they need.
        fit_action_columns(self.table, 0, 3)

        self.plan_button = QPushButton(self.tr("&Plan the follow-up meeting"))
        self.plan_button.setObjectName("planFollowUp")
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.plan_hint = QLabel()
        self.plan_hint.setObjectName("planHint")
        self.plan_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addWidget(self.plan_hint, 1)

        self.proof_button = QPushButton(self.tr("&Link proof…"))
        self.proof_button.setObjectName("reviewLinkProof")
        self.proof_button.setToolTip(
            self.tr("Choose the accomplishments that show the selected action was done")
        )
        self.proof_button.clicked.connect(self.link_proof)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        proof_row = QHBoxLayout()
        proof_row.addWidget(self.proof_button)
        proof_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.progress_title)
        layout.addWidget(self.table)
        layout.addLayout(proof_row)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self.refresh()

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind in (Meeting.KIND, ActionItem.KIND, Accomplishment.KIND):
            self.refresh()

    def follower(self) -> Meeting | None:
        """The meeting that follows this one up, if one is planned."""
        followers = follow_ups_of(self.meeting_id, self.store.records(Meeting))
        return followers[0] if followers else None

    def refresh(self) -> None:
        meeting = self.store.get(Meeting, self.meeting_id)
        if meeting is None:
            self.model.set_rows([])
            return
        follower = self.follower()
        if follower is not None:
            self.plan_button.setText(self.tr("&Open the follow-up meeting"))
            self.plan_hint.setText(meeting_label(follower))
        else:
            self.plan_button.setText(self.tr("&Plan the follow-up meeting"))
            self.plan_hint.setText(
                self.tr("It is dated on the follow-up date and reviews these actions.")
                if meeting.follow_up is not None
                else self.tr("Set the follow-up date first.")
            )
        self.plan_button.setEnabled(follower is not None or meeting.follow_up is not None)
        earlier = self.store.get(Meeting, meeting.follows_id)
        progress = planner.follow_up_progress(
            meeting,
            self.store.records(Meeting),
            self.store.records(ActionItem),
            self.store.records(Accomplishment),
            self.today,
        )
        states = {
            planner.DONE: self.tr("Done"),
            planner.OVERDUE: self.tr("Overdue"),
            planner.OPEN: self.tr("Open"),
        }
        self.model.set_rows(
            ProgressRow(
                p.item.id,
                p.item.text,
                format_date(p.item.due),
                p.item.done,
                p.state,
                states[p.state],
                "; ".join(a.headline for a in p.proofs) or self.tr("no proof yet"),
            )
            for p in progress
        )
        visible = earlier is not None
        self.progress_title.setVisible(visible)
        self.table.setVisible(visible and bool(progress))
        self.proof_button.setVisible(visible and bool(progress))
        self._update_buttons()
        if earlier is not None:
            self.progress_title.setText(
                self.tr("Progress on what was agreed in “%s”:") % meeting_label(earlier)
                if progress
                else self.tr("Nothing was agreed in “%s”.") % meeting_label(earlier)
            )

    def progress_texts(self) -> list[tuple[str, str, str]]:
        """(action, progress, proof) of each row, as shown."""
        return [(r.text, r.state_text, r.proofs) for r in self.model.rows()]

    def set_done(self, item_id: str, done: bool) -> None:
        item = self.store.get(ActionItem, item_id)
        if item is None or item.done == done:
            return
        after = planner.marked_done(item, done, self.today)
        text = self.tr("Mark Action Done") if done else self.tr("Mark Action Open")
        self.context.undo_stack.push(ChangeRecordsCommand(self.store, text, [item], [after]))

    def selected_item(self) -> ActionItem | None:
        """The earlier action selected in the progress table."""
        current = self.table.currentIndex()
        item_id = current.data(RecordRoles.RecordIdRole) if current.isValid() else None
        return self.store.get(ActionItem, item_id)

    def _update_buttons(self, *_args) -> None:
        self.proof_button.setEnabled(self.selected_item() is not None)

    def link_proof(self) -> None:
        """Links the selected earlier action to the accomplishments that prove it."""
        item = self.selected_item()
        if item is not None:
            link_proof(self.context, item, self.window())

    def _on_plan_clicked(self) -> None:
        if self.meeting_id is not None:
            self.follow_up_requested.emit(self.meeting_id)
