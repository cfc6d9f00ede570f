"""The career-conversation planner: five steps (ask, position, listen, act, follow up).

Each step has a few words of advice and the fields of the meeting it fills; step 4 holds the
meeting's action items and step 5 the follow-up review, which the coordinator puts there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import Accomplishment, Meeting, Person
from resume_builder.services import planner as rules
from resume_builder.ui.commands import ChangeRecordsCommand
from resume_builder.ui.forms import FieldSpec, RecordForm
from resume_builder.ui.models.meetings import CheckListModel, CheckRow
from resume_builder.ui.views.record_page import ColumnFitter


def _prompt(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("stepPrompt")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class StepTabs(QTabWidget):
    """Tabs as tall as the step shown, not as the tallest step: a short step leaves no gap."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, index: int) -> None:
        # The stack behind the tabs leaves pages of an ignored size out of its minimum size.
        for i in range(self.count()):
            page = self.widget(i)
            vertical = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.updateGeometry()

    def _around_pages(self) -> int:
        """The height of the bar and frame QTabWidget puts around its tallest page."""
        tallest = max(self.widget(i).sizeHint().height() for i in range(self.count()))
        return super().sizeHint().height() - tallest

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        page = self.currentWidget()
        if page is None:
            return hint
        return QSize(hint.width(), self._around_pages() + page.sizeHint().height())

    def heightForWidth(self, width: int) -> int:
        # Word-wrapped advice makes the layout ask this rather than sizeHint: the current
        # page's height for the width, not the tallest page's.
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        page_height = (
            page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
        )
        return self._around_pages() + page_height


class PlannerPanel(QWidget):
    """The five steps of a career conversation, and its "open conversation" variant."""

    def __init__(self, context, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.undo_stack = context.undo_stack
        self.today = today
        self.meeting_id: str | None = None
        self.forms: list[RecordForm] = []

        title = QLabel(self.tr("Career conversation planner"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.steps = StepTabs()
        self.steps.setObjectName("plannerSteps")
        self.steps.setDocumentMode(True)
        # Short tab names, so the five steps fit a narrow editor in every language; each
        # step says its whole name at its top, and the tab's tooltip says it too.
        self.steps.setUsesScrollButtons(False)
        self.steps.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.ask_page = self._ask_step()
        self.position_page = self._position_step()
        self.listen_page = self._listen_step()
        self.act_page, self.act_layout = self._act_step()
        self.follow_page, self.follow_layout = self._follow_step()
        #: (short tab name, whole name) of each step
        self.step_names = [
            (self.tr("1 Ask"), self.tr("Step 1 of 5: ask for the meeting")),
            (self.tr("2 Position"), self.tr("Step 2 of 5: position yourself")),
            (self.tr("3 Listen"), self.tr("Step 3 of 5: listen")),
            (self.tr("4 Act"), self.tr("Step 4 of 5: act on the feedback")),
            (self.tr("5 Follow up"), self.tr("Step 5 of 5: follow up")),
        ]
        pages = (self.ask_page, self.position_page, self.listen_page, self.act_page,
                 self.follow_page)  # fmt: skip
        for page, (name, whole) in zip(pages, self.step_names, strict=True):
            heading = QLabel(whole)
            heading.setObjectName("stepHeading")
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            page.layout().insertWidget(0, heading)
            index = self.steps.addTab(page, name)
            self.steps.setTabToolTip(index, whole)
        self.steps.setCurrentIndex(0)
        self.steps._on_current_changed(0)

        self.open_form = self._form(
            [
                FieldSpec(
                    "open_conversation",
                    self.tr("We agreed I may look &outside too"),
                    "bool",
                    tooltip=self.tr("You agreed to look outside while exploring inside"),
                ),
                FieldSpec("agreed", self.tr("What we a&greed"), "text"),
                FieldSpec(
                    "conditions",
                    self.tr("&Conditions"),
                    "text",
                    placeholder=self.tr("Keep it quiet until an offer; hand over the project"),
                ),
            ]
        )
        self.open_form.setObjectName("openConversationForm")
        # One check box saying what it means, not a label over a bare box.
        open_check = self.open_form.widgets["open_conversation"]
        open_check.setText(self.open_form.spec("open_conversation").label)
        label = self.open_form.layout_.labelForField(open_check)
        self.open_form.layout_.removeWidget(label)
        label.setParent(None)
        label.deleteLater()
        self.open_form.command_texts["open_conversation"] = self.tr("Edit Open Conversation")
        open_check.toggled.connect(self._update_open_rows)
        open_box = QGroupBox(self.tr("Open career conversation"))
        open_layout = QVBoxLayout(open_box)
        open_layout.addWidget(
            _prompt(
                self.tr(
                    "Agreed with your manager to look outside while you explore inside? Write "
                    "down what you agreed and on what conditions, so you both remember it the "
                    "same way."
                )
            )
        )
        open_layout.addWidget(self.open_form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.steps)
        layout.addWidget(open_box)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)

    # ----------------------------------------------------------------- building
    def _form(self, specs: list[FieldSpec]) -> RecordForm:
        form = RecordForm(self.context, Meeting, specs)
        if any(spec.kind == "text" for spec in specs):
            # Prose gets the step's whole width, its label above it.
            form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.forms.append(form)
        return form

    def _page(self, prompt: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_prompt(prompt))
        return page, layout

    def _holder(self, layout: QVBoxLayout) -> QVBoxLayout:
        """A place in a step for what the coordinator puts there, above the step's stretch."""
        holder = QVBoxLayout()
        holder.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(holder)
        layout.addStretch(1)
        return holder

    def _ask_step(self) -> QWidget:
        page, layout = self._page(
            self.tr(
                "Ask for the meeting as a talk about your career, not a complaint or a "
                "demand. Keep the request short and friendly, and let your manager pick the "
                "time."
            )
        )
        self.ask_form = self._form([FieldSpec("request_email", self.tr("&E-mail"), "text")])
        email = self.ask_form.widgets["request_email"]
        email.setMinimumHeight(email.fontMetrics().lineSpacing() * 9)
        email.setMaximumHeight(email.fontMetrics().lineSpacing() * 14)
        self.suggest_button = QPushButton(self.tr("&Suggest an e-mail"))
        self.suggest_button.setObjectName("suggestEmail")
        self.suggest_button.clicked.connect(self.suggest_email)
        self.copy_button = QPushButton(self.tr("Co&py e-mail"))
        self.copy_button.setObjectName("copyEmail")
        self.copy_button.clicked.connect(self.copy_email)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addWidget(self.ask_form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _position_step(self) -> QWidget:
        page, layout = self._page(
            self.tr(
                "Open with what you value in the job and in working with your manager. Say "
                "that you want to grow here for the long run, name the level you aim for, "
                "and ask what would get you there. Then bring two or three results as proof."
            )
        )
        self.position_form = self._form(
            [
                FieldSpec(
                    "appreciation",
                    self.tr("&Appreciation"),
                    "text",
                    placeholder=self.tr("What I enjoy in the job and value in your support"),
                ),
                FieldSpec(
                    "intent",
                    self.tr("Long-term &intent"),
                    "text",
                    placeholder=self.tr("I want to build my career here"),
                ),
                FieldSpec(
                    "aim_level",
                    self.tr("&Level aimed for"),
                    placeholder=self.tr("Director of IT Operations"),
                ),
                FieldSpec(
                    "question",
                    self.tr("The &question"),
                    "text",
                    placeholder=self.tr("What skills and results would get me there?"),
                ),
            ]
        )
        layout.addWidget(self.position_form)
        self.points_label = points_label = QLabel()
        points_label.setObjectName("talkingPointsHeading")
        points_label.setWordWrap(True)
        self.points_model = CheckListModel([self.tr("Accomplishment"), self.tr("Date"),
                                            self.tr("Impact")], self)  # fmt: skip
        self.points_model.toggled.connect(self._on_point_toggled)
        self.points_table = QTableView()
        self.points_table.setObjectName("talkingPoints")
        self.points_table.setAccessibleName(self.tr("Talking points"))
        self.points_table.setModel(self.points_model)
        self.points_table.verticalHeader().hide()
        self.points_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.points_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.points_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.points_table.setTabKeyNavigation(False)
        self.points_table.setWordWrap(False)
        self.points_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.points_table.setMinimumHeight(140)
        self.points_table.setMaximumHeight(220)
        ColumnFitter(self.points_table, name_column=0)
        points_label.setBuddy(self.points_table)
        self.no_points_label = _prompt(
            self.tr(
                "No accomplishments dated in these twelve months yet. Record your recent "
                "results on the Accomplishments page: they are what you bring to this talk."
            )
        )
        layout.addWidget(points_label)
        layout.addWidget(self.points_table)
        layout.addWidget(self.no_points_label)
        layout.addStretch(1)
        return page

    def _listen_step(self) -> QWidget:
        page, layout = self._page(
            self.tr(
                "Listen more than you talk. Write the feedback down in the words you heard, "
                "even when it stings, and ask what was meant when it is vague."
            )
        )
        self.listen_form = self._form(
            [
                FieldSpec("feedback", self.tr("&Feedback heard (verbatim)"), "text"),
                FieldSpec("asked_of_me", self.tr("&What was asked of me"), "text"),
            ]
        )
        layout.addWidget(self.listen_form)
        layout.addStretch(1)
        return page

    def _act_step(self) -> tuple[QWidget, QVBoxLayout]:
        page, layout = self._page(
            self.tr(
                "Turn the feedback into two or three visible actions, each with a due date. "
                "Fewer, done well and seen, beat many half done. Later, link each one to the "
                "accomplishments that prove it."
            )
        )
        self.advice_label = QLabel(
            self.tr(
                "More than three actions: consider keeping the two or three that matter most "
                "to your manager, so each one gets done and noticed."
            )
        )
        self.advice_label.setObjectName("tooManyActions")
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setWordWrap(True)
        self.advice_label.setStyleSheet("color: #9a6700;")
        self.advice_label.hide()
        layout.addWidget(self.advice_label)
        return page, self._holder(layout)

    def _follow_step(self) -> tuple[QWidget, QVBoxLayout]:
        page, layout = self._page(
            self.tr(
                "Agree on a date to review progress, four to eight weeks out. Until then, "
                "record each result as it happens; at the follow-up, show every action with "
                "its proof."
            )
        )
        self.follow_form = self._form(
            [
                FieldSpec(
                    "follow_up",
                    self.tr("&Follow-up date"),
                    "date",
                    placeholder=self.tr("2026-03-14"),
                )
            ]
        )
        layout.addWidget(self.follow_form)
        return page, self._holder(layout)

    # ----------------------------------------------------------------- showing a meeting
    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        for form in self.forms:
            form.set_record(meeting_id)
        self._update_open_rows()
        self.refresh_points()

    def meeting(self) -> Meeting | None:
        return self.store.get(Meeting, self.meeting_id)

    def _on_store_changed(self, kind: str, ids: list) -> None:
        if kind == Accomplishment.KIND or (kind == Meeting.KIND and self.meeting_id in ids):
            self.refresh_points()

    def refresh_points(self) -> None:
        meeting = self.meeting()
        if meeting is None:
            self.points_model.set_rows([])
            return
        self.points_label.setText(self.points_heading(meeting))
        offered = rules.offered_talking_points(
            meeting, self.store.records(Accomplishment), self.today
        )
        self.points_model.set_rows(
            (CheckRow(a.id, (a.headline, format_date(a.date), "★" * a.impact)) for a in offered),
            meeting.talking_point_ids,
        )
        self.points_table.setVisible(bool(offered))
        self.no_points_label.setVisible(not offered)

    def points_heading(self, meeting: Meeting) -> str:
        """Says which results are offered: the window the rule uses, and older picks if any."""
        since, until = rules.talking_points_window(meeting, self.today)
        older = rules.older_picked_points(meeting, self.store.records(Accomplishment), self.today)
        text = (
            self.tr("&Talking points: your results from %1 to %2, then older ones you picked")
            if older
            else self.tr("&Talking points: your results of the twelve months from %1 to %2")
        )
        return text.replace("%1", since.isoformat()).replace("%2", until.isoformat())

    def show_action_advice(self, count: int) -> None:
        """Says gently when more actions were agreed than can be visibly delivered."""
        self.advice_label.setVisible(rules.too_many_actions(count))

    def _update_open_rows(self, *_args) -> None:
        meeting = self.meeting()
        shown = meeting is not None and meeting.open_conversation
        for name in ("agreed", "conditions"):
            self.open_form.layout_.setRowVisible(self.open_form.widgets[name], shown)

    def _on_point_toggled(self, accomplishment_id: str, picked: bool) -> None:
        meeting = self.meeting()
        if meeting is None:
            return
        ids = rules.toggle_talking_point(meeting, accomplishment_id, picked)
        if ids != meeting.talking_point_ids:
            text = self.tr("Pick Talking Point") if picked else self.tr("Drop Talking Point")
            # A tick is a step of its own, never merged with the next one.
            after = replace(meeting, talking_point_ids=ids)
            self.undo_stack.push(ChangeRecordsCommand(self.store, text, [meeting], [after]))

    def picked_headlines(self) -> list[str]:
        """The talking points ticked, in the order they will be told."""
        meeting = self.meeting()
        if meeting is None:
            return []
        by_id = {a.id: a for a in self.store.records(Accomplishment)}
        return [by_id[i].headline for i in meeting.talking_point_ids if i in by_id]

    def point_row(self, accomplishment_id: str) -> int:
        return self.points_model.row_of(accomplishment_id)

    # ----------------------------------------------------------------- step 1: the e-mail
    def suggested_email(self) -> str:
        """The request for the meeting, greeting the manager and signed with the profile's name."""
        meeting = self.meeting()
        manager = rules.manager_of(meeting, self.store.records(Person)) if meeting else None
        name = rules.first_name(manager)
        greeting = self.tr("Hi %s,") % name if name else self.tr("Hi,")
        me = self.store.profile().name.strip()
        paragraphs = [
            self.tr("Subject: Time to discuss my career"),
            greeting,
            self.tr(
                "Could we set aside half an hour in the coming weeks to discuss my career? I "
                "enjoy my work here, and I would value your view on where I could grow and "
                "what it would take to get there."
            ),
            self.tr("Any time that suits you works for me."),
            "\n".join(part for part in (self.tr("Thank you,"), me) if part),
        ]
        return "\n\n".join(paragraphs) + "\n"

    def suggest_email(self) -> None:
        """Writes the suggested e-mail into the field, as one undo step."""
        meeting = self.meeting()
        if meeting is None:
            return
        text = self.suggested_email()
        if text != meeting.request_email:
            after = replace(meeting, request_email=text)
            self.undo_stack.push(
                ChangeRecordsCommand(self.store, self.tr("Suggest E-mail"), [meeting], [after])
            )

    def copy_email(self) -> None:
        """Puts the e-mail (the suggestion while the field is empty) on the clipboard."""
        meeting = self.meeting()
        if meeting is None:
            return
        QApplication.clipboard().setText(meeting.request_email or self.suggested_email())
