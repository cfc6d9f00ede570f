"""The Meetings page: the list of conversations, the editor, and the career-conversation planner.

This module puts the parts together: the list (list.py), the meeting's form and people
(editor.py), its action items (action_items.py), the planner's five steps (planner.py) and the
follow-up review (follow_up.py). A career conversation shows the planner, with the action
items in its step 4; any other kind shows them under the form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import ActionItem, Meeting, Person, Target
from resume_builder.domain.people import CAREER_CONVERSATION
from resume_builder.services import planner as rules
from resume_builder.ui import settings as keys
from resume_builder.ui.commands import add_records
from resume_builder.ui.forms import FieldSpec, FormLabel
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.meetings.action_items import ActionItemsPanel
from resume_builder.ui.views.meetings.editor import MeetingForm, PeopleField
from resume_builder.ui.views.meetings.follow_up import FollowUpReview
from resume_builder.ui.views.meetings.list import (
    TITLE_COLUMN,
    kind_labels,
    meeting_columns,
    meeting_label,
    page_texts,
)
from resume_builder.ui.views.meetings.planner import PlannerPanel
from resume_builder.ui.views.record_page import PROBLEM_COLOUR, PageHostView, RecordPage

#: the percentage of the page's width the list gets until the user drags the splitter
LIST_SHARE = 42
#: the list's narrow columns (people, open actions) and the widths below which they go
NARROW_HIDDEN = ((3, 540), (4, 400))

#: the fields a career conversation shows in its planner steps instead of the form
PLANNER_FIELDS = ("feedback", "follow_up")


class MeetingsView(PageHostView):
    """Meetings as a list and an editor; a career conversation is planned step by step."""

    key = "meetings"

    def __init__(
        self, context: ViewContext, parent: QWidget | None = None, today: date | None = None
    ):
        super().__init__(context, parent)
        self.today = today
        none = self.tr("(none)")
        specs = [
            FieldSpec("date", self.tr("&Date"), "date", placeholder=self.tr("2026-03-14")),
            FieldSpec("time", self.tr("T&ime"), placeholder=self.tr("14:30")),
            FieldSpec("kind", self.tr("&Kind"), "choice", choices=tuple(kind_labels().items())),
            FieldSpec("title", self.tr("&Title"), placeholder=self.tr("Career talk with Alex")),
            FieldSpec("target_id", self.tr("Ta&rget"), "choice", choices=((None, none),)),
            FieldSpec(
                "follows_id",
                self.tr("F&ollows up"),
                "choice",
                choices=((None, none),),
                tooltip=self.tr("The earlier meeting whose actions this one reviews"),
            ),
        ]
        self.page = RecordPage(
            context,
            Meeting,
            meeting_columns(self.store),
            specs,
            page_texts(lambda n: self.tr("Delete %n Meeting(s)", "", n)),
            keys.MEETINGS_VIEW,
            order_key=rules.meeting_order,
            dependencies=(Person.KIND, ActionItem.KIND),
            new_record=self._new_meeting,
            form_class=MeetingForm,
            parent=self,
        )
        self.form: MeetingForm = self.page.form
        prose_specs = [
            FieldSpec("agenda", self.tr("A&genda"), "text"),
            FieldSpec("notes", self.tr("&Notes"), "text"),
            FieldSpec("feedback", self.tr("&Feedback heard (verbatim)"), "text"),
            FieldSpec(
                "follow_up", self.tr("Follo&w-up date"), "date", placeholder=self.tr("2026-03-14")
            ),
            FieldSpec("questions", self.tr("&Questions to ask"), "text"),
            FieldSpec(
                "practical",
                self.tr("Practica&l notes"),
                "text",
                placeholder=self.tr("Notice period, salary expectations, travel"),
            ),
        ]
        # The prose comes after the planner: the steps are what a career conversation is for.
        self.notes_form = MeetingForm(context, Meeting, prose_specs)
        self.notes_form.setObjectName("meetingNotesForm")
        # Prose gets the editor's whole width, its label above it.
        self.notes_form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        # The title names a meeting; the date comes first because the list is a log.
        fitter = self.page.column_fitter
        fitter.name_column = TITLE_COLUMN
        # No column may be wider than the title's share: a third lets a date and time be whole.
        fitter.name_share = 0.34
        fitter.apply_resize_modes()
        fitter.fit()
        self.page.table.viewport().installEventFilter(self)
        # The editor holds the planner and its tables: it gets the larger share. A splitter
        # the user dragged and the app saved is restored over this.
        splitter = self.page.splitter
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        #: the splitter is the user's (restored from the settings, or already shared out)
        self._splitter_settled = False
        splitter.installEventFilter(self)

        self.people_field = PeopleField(context)
        people_label = FormLabel(self.tr("&People"))
        people_label.setBuddy(self.people_field.choose_button)
        self.form.layout_.insertRow(4, people_label, self.people_field)

        self.planner = PlannerPanel(context, today=today)
        self.planner.setObjectName("planner")
        self.actions_panel = ActionItemsPanel(context, today=today)
        self.actions_panel.count_changed.connect(self.planner.show_action_advice)
        self.review = FollowUpReview(context, today=today)
        self.review.follow_up_requested.connect(self.open_follow_up)
        self.planner.follow_layout.addWidget(self.review)
        self.planner_problems = QLabel()
        self.planner_problems.setObjectName("plannerProblems")
        self.planner_problems.setTextFormat(Qt.TextFormat.PlainText)
        self.planner_problems.setWordWrap(True)
        self.planner_problems.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.planner_problems.hide()
        #: the forms on the meeting besides the page's own, whose problems show below the planner
        self.other_forms = [*self.planner.forms, self.notes_form]
        for form in self.other_forms:
            form.problems_changed.connect(self._on_planner_problems_changed)
        self.other_actions = QWidget()
        self.other_layout = QVBoxLayout(self.other_actions)
        self.other_layout.setContentsMargins(0, 0, 0, 0)
        self.brief_button = QPushButton(self.tr("&Brief…"))
        self.brief_button.setObjectName("briefButton")
        self.brief_button.setToolTip(
            self.tr("Export a one- or two-page brief to bring to this meeting (PDF or Word)")
        )
        self.brief_button.clicked.connect(self.open_brief)
        brief_row = QHBoxLayout()
        brief_row.addStretch(1)
        brief_row.addWidget(self.brief_button)
        self.page.editor_layout.insertLayout(2, brief_row)
        self.page.editor_layout.addWidget(self.planner)
        self.page.editor_layout.addWidget(self.planner_problems)
        self.page.editor_layout.addWidget(self.other_actions)
        self.page.editor_layout.addWidget(self.notes_form)
        self.page.editor_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

        self.page.selection_changed.connect(self.actions_changed)
        self.page.current_record_changed.connect(self._on_current_record_changed)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self._career = None
        self._on_current_record_changed(None)

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Meetings")

    def icon_name(self) -> str:
        return "meetings"

    def export_current(self) -> bool:
        """Ctrl+E on this page opens the brief of the selected meeting."""
        if self.current_meeting() is None:
            return False
        self.open_brief()
        return True

    def open_brief(self):
        """Opens the brief export for the selected meeting; returns the dialog (or None)."""
        meeting = self.current_meeting()
        if meeting is None:
            return None
        # Imported when first used: the document dialogs are not needed to open the page.
        from resume_builder.ui.views.conversation_exports import open_brief_dialog

        return open_brief_dialog(self.window(), self.context, meeting.id)

    # ----------------------------------------------------------------- the meeting shown
    def current_meeting(self) -> Meeting | None:
        return self.page.current_record()

    def select_record(self, record_id: str) -> bool:
        """Selects a meeting, or an action item's meeting and then the item (ui.navigation
        opens both kinds here); the list's filter is cleared if it hid the meeting.
        """
        item = self.store.get(ActionItem, record_id)
        meeting_id = item.meeting_id if item is not None else record_id
        if self.store.get(Meeting, meeting_id) is None:
            return False
        if not self.page.select_record(meeting_id):
            self.page.filter_edit.clear()
            if not self.page.select_record(meeting_id):
                return False
        return item is None or self.actions_panel.select_item(item.id)

    def _new_meeting(self) -> Meeting:
        today = self.today or date.today()
        return Meeting(date=PartialDate(today.year, today.month, today.day))

    def restore_state(self, settings) -> None:
        if not keys.view_splitter(self.page.settings_key).get(settings).isEmpty():
            self._splitter_settled = True  # the saved splitter wins over the default share
        super().restore_state(settings)

    def _share_splitter(self) -> None:
        """Gives the list LIST_SHARE of the width and the editor the rest, once."""
        splitter = self.page.splitter
        total = splitter.width() - splitter.handleWidth()
        if self._splitter_settled or total <= 0:
            return
        self._splitter_settled = True
        splitter.setSizes([total * LIST_SHARE // 100, total - total * LIST_SHARE // 100])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.page.splitter and event.type() == QEvent.Type.Resize:
            self._share_splitter()
        if watched is self.page.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns_to_width(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_columns_to_width(self, width: int) -> None:
        """Leaves out People, then To do, when the list is too narrow for every column, so
        the date and kind stay whole; both are in the editor beside it.
        """
        header = self.page.table.horizontalHeader()
        changed = False
        for column, narrowest in NARROW_HIDDEN:
            hidden = width < narrowest
            if header.isSectionHidden(column) != hidden:
                header.setSectionHidden(column, hidden)
                changed = True
        if changed:
            self.page.column_fitter.fit()

    def _on_current_record_changed(self, meeting_id: str | None) -> None:
        # Another meeting is read from its top, not from where the last one was left.
        self.page.scroll.verticalScrollBar().setValue(0)
        self.people_field.set_meeting(meeting_id)
        self.notes_form.set_record(meeting_id)
        self.notes_form.setVisible(meeting_id is not None)
        self.brief_button.setVisible(meeting_id is not None)
        self.planner.set_meeting(meeting_id)
        self.actions_panel.set_meeting(meeting_id)
        self.review.set_meeting(meeting_id)
        self._refresh_choices()
        self._update_mode()
        self.page.update_tab_order()
        # The editor grew (a planner, a table): once laid out, give it the width it needs.
        QTimer.singleShot(0, self, self.fit_editor)

    def fit_editor(self) -> None:
        """Widens the editor to its minimum width, taking it from the list, if it is narrower."""
        splitter = self.page.splitter
        sizes = splitter.sizes()
        need = self.page.scroll.minimumSizeHint().width()
        if len(sizes) == 2 and 0 < sizes[1] < need:
            total = sum(sizes)
            splitter.setSizes([max(total - need, 0), need])

    def _on_store_changed(self, kind: str, ids: list) -> None:
        if kind == Target.KIND or kind == Meeting.KIND:
            self._refresh_choices()
        if kind == Meeting.KIND and self.form.record_id in ids:
            self._update_mode()

    def _refresh_choices(self) -> None:
        none = self.tr("(none)")
        targets = sorted(self.store.records(Target), key=lambda t: t.label().casefold())
        self.form.set_choices("target_id", [(None, none)] + [(t.id, t.label()) for t in targets])
        meeting = self.current_meeting()
        earlier = rules.earlier_meetings(meeting, self.store.records(Meeting)) if meeting else []
        choices = [(None, none)] + [(m.id, meeting_label(m)) for m in earlier]
        follows = self.store.get(Meeting, meeting.follows_id) if meeting else None
        if follows is not None and follows not in earlier:
            choices.append((follows.id, meeting_label(follows)))  # keep what is stored on view
        self.form.set_choices("follows_id", choices)

    def is_career_conversation(self) -> bool:
        meeting = self.current_meeting()
        return meeting is not None and meeting.kind == CAREER_CONVERSATION

    def _update_mode(self) -> None:
        career = self.is_career_conversation()
        shown = self.current_meeting() is not None
        self.planner.setVisible(shown and career)
        self.other_actions.setVisible(shown and not career)
        for name in PLANNER_FIELDS:
            self.notes_form.set_row_visible(name, not career)
        if career == self._career:
            return
        self._career = career
        # The action items live in step 4 of a career conversation, under the form otherwise.
        if career:
            self.planner.act_layout.addWidget(self.actions_panel)
        else:
            self.other_layout.addWidget(self.actions_panel)
        self.actions_panel.show()  # a widget given a new parent is hidden until shown
        self.page.update_tab_order()

    def _on_planner_problems_changed(self) -> None:
        lines = [
            f"{form.spec(name).label.replace('&', '')}: {message}"
            for form in self.other_forms
            for name, message in form.problems.items()
        ]
        self.planner_problems.setText("\n".join(lines))
        self.planner_problems.setVisible(bool(lines))

    # ----------------------------------------------------------------- follow-up
    def open_follow_up(self, meeting_id: str) -> Meeting | None:
        """Selects the meeting that follows this one up, planning it first if there is none."""
        meeting = self.store.get(Meeting, meeting_id)
        if meeting is None:
            return None
        follower = self.review.follower()
        if follower is None:
            title = (
                self.tr("Follow-up: %s") % meeting.title.strip()
                if meeting.title.strip()
                else self.tr("Follow-up career conversation")
            )
            follower = rules.follow_up_meeting(meeting, title)
            self.undo_stack.push(
                add_records(self.store, [follower], self.tr("Plan Follow-up Meeting"))
            )
        if not self.page.select_record(follower.id):
            self.page.filter_edit.clear()
            self.page.select_record(follower.id)
        return follower
