"""The Application tab: where one application stands and what happened to it.

Its status and the history of every change, its kind and organisation, the people it is talked
over with, the meetings held for it, the next step, the salary asked, notes, and the documents
sent. Every rule is services.applications'; every edit is one undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import PureWindowsPath
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import (
    APPLICATION_KINDS,
    STATUSES,
    Meeting,
    Organisation,
    Person,
    Target,
    now_iso,
)
from resume_builder.services import applications as rules
from resume_builder.services.conversations import meetings_newest_first
from resume_builder.services.organisations import name_key, organisation_of
from resume_builder.services.planner import ordered_people
from resume_builder.ui.commands import ChangeRecordsCommand
from resume_builder.ui.forms import (
    EditorScrollArea,
    FieldSpec,
    FormLabel,
    RecordForm,
    set_tab_chain,
)
from resume_builder.ui.models.applications import kind_label, status_label
from resume_builder.ui.models.meetings import CheckRow
from resume_builder.ui.models.people import relationship_label
from resume_builder.ui.models.records import RecordRoles
from resume_builder.ui.models.target_application import (
    NOTE_COLUMN,
    LinkedRowsModel,
    StatusHistoryModel,
)
from resume_builder.ui.models.targets import local_time
from resume_builder.ui.navigation import open_record
from resume_builder.ui.views.meetings.list import kind_label as meeting_kind_label
from resume_builder.ui.views.meetings.list import when_text
from resume_builder.ui.views.meetings.pickers import CheckListDialog
from resume_builder.ui.views.record_page import PROBLEM_COLOUR
from resume_builder.ui.views.targets.parts import section_title, table_on

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate

#: keys that, on a closed status list, would step to another status (and record a move each)
_BROWSING_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}

#: rows a short table shows before it scrolls
_SHORT_TABLE_ROWS = 4


class StatusCombo(QComboBox):
    """The statuses, where only a choice made in the open list counts.

    A closed combo box steps to the next entry on an arrow key, a letter or the wheel; here
    every step would be a move recorded in the history. So those keys open the list (a letter
    then goes to it, to find the status), and the wheel scrolls the tab instead.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        letter = bool(text) and text.isprintable() and not text.isspace()
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) and (
            event.key() in _BROWSING_KEYS or letter
        ):
            self.showPopup()
            if letter:
                forwarded = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), text)
                QApplication.sendEvent(self.view(), forwarded)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        event.ignore()


class ApplicationForm(RecordForm):
    """The tab's plain fields; the organisation's choices follow the Organisation records."""

    def set_choices(self, name: str, choices: Sequence[tuple[Any, str]]) -> None:
        """Replaces the entries of a choice field, keeping the record's value selected."""
        combo = self.widgets[name]
        current = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        if current == list(choices):
            return
        self._loading = True
        try:
            combo.clear()
            for value, label in choices:
                combo.addItem(label, value)
            record = self.record()
            self._write(self.spec(name), getattr(record, name) if record is not None else None)
        finally:
            self._loading = False


def _short(table: QTableView) -> QTableView:
    """A table as tall as a few rows: the tab holds several, and it scrolls as a whole."""
    rows = _SHORT_TABLE_ROWS
    height = table.verticalHeader().defaultSectionSize() * rows
    height += table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setMinimumHeight(height)
    table.setMaximumHeight(height + table.verticalHeader().defaultSectionSize() * 2)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table


class ApplicationTab(QWidget):
    """One application's life: status and history, links, next step, salary, notes, sent."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.store = host.store
        self.target_id: str | None = None
        self._showing = False  # True while the widgets are set from the record
        self._build_status()
        self._build_form()
        self._build_contacts()
        self._build_meetings()
        self._build_sent()
        self._lay_out()
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self.set_target(None)

    # ----------------------------------------------------------------- building
    def _build_status(self) -> None:
        self.status_combo = StatusCombo()
        self.status_combo.setObjectName("applicationStatus")
        self.status_combo.setAccessibleName(translate("TargetsView", "Status"))
        self.status_combo.setToolTip(
            translate(
                "TargetsView",
                "Choose where the application stands now: the change is recorded in its "
                "history, dated as below",
            )
        )
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.activated.connect(self._on_status_combo_activated)
        self.since_label = QLabel()
        self.since_label.setObjectName("statusSince")
        self.status_date = QDateEdit()
        self.status_date.setObjectName("statusDate")
        self.status_date.setAccessibleName(translate("TargetsView", "Day of the change"))
        self.status_date.setCalendarPopup(True)
        self.status_date.setDisplayFormat("yyyy-MM-dd")
        self.status_date.setToolTip(
            translate(
                "TargetsView",
                "The day the next change happened (today unless you say otherwise); set it "
                "before choosing the status",
            )
        )
        self.status_note = QLineEdit()
        self.status_note.setObjectName("statusNote")
        self.status_note.setAccessibleName(translate("TargetsView", "Note on the change"))
        self.status_note.setPlaceholderText(
            translate("TargetsView", "(optional) note on the change")
        )
        self.status_note.setClearButtonEnabled(True)
        self.status_problem = QLabel()
        self.status_problem.setObjectName("statusProblem")
        self.status_problem.setTextFormat(Qt.TextFormat.PlainText)  # it names the target
        self.status_problem.setWordWrap(True)
        self.status_problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.status_problem.hide()
        self.history_model = StatusHistoryModel(self)
        self.history_table = _short(
            table_on(
                self.history_model,
                "statusHistory",
                translate("TargetsView", "Status history"),
                name_column=NOTE_COLUMN,
                name_share=0.5,
            )
        )

    def _build_form(self) -> None:
        specs = [
            FieldSpec(
                "kind",
                translate("TargetsView", "&Kind"),
                "choice",
                choices=tuple((kind, kind_label(kind)) for kind in APPLICATION_KINDS),
                tooltip=translate(
                    "TargetsView", "External: another employer. Internal: a move where you work"
                ),
            ),
            FieldSpec(
                "organisation_id",
                translate("TargetsView", "Or&ganisation"),
                "choice",
                choices=((None, translate("TargetsView", "(none)")),),
            ),
            FieldSpec(
                "next_step",
                translate("TargetsView", "Ne&xt step"),
                placeholder=translate("TargetsView", "Send the references to the recruiter"),
            ),
            FieldSpec(
                "next_step_date",
                translate("TargetsView", "Next step &when"),
                "date",
                placeholder=translate("TargetsView", "2026-03-20, or March 2026"),
                tooltip=translate("TargetsView", "When the next step is due: What's Due lists it"),
            ),
            FieldSpec(
                "salary",
                translate("TargetsView", "Salar&y"),
                placeholder=translate("TargetsView", "SEK 85–95k a month, plus pension"),
                tooltip=translate("TargetsView", "The salary you ask for or were offered"),
            ),
            FieldSpec(
                "notes",
                translate("TargetsView", "N&otes"),
                "text",
                tooltip=translate("TargetsView", "The same notes as on the Posting tab"),
            ),
        ]
        self.form = ApplicationForm(self.host.context, Target, specs)
        self.form.setObjectName("applicationForm")
        self.form.command_texts.update(
            kind=translate("TargetsView", "Edit Kind of Application"),
            organisation_id=translate("TargetsView", "Link Organisation"),
            next_step=translate("TargetsView", "Edit Next Step"),
            next_step_date=translate("TargetsView", "Edit Next Step Date"),
            salary=translate("TargetsView", "Edit Salary Expectations"),
            notes=translate("TargetsView", "Edit Notes"),
        )
        self.form.widgets["notes"].setMaximumHeight(110)
        self.form.layout_.setContentsMargins(0, 0, 0, 0)  # in line with the status rows
        self.open_organisation_button = QPushButton(translate("TargetsView", "Open"))
        self.open_organisation_button.setObjectName("openOrganisation")
        self.open_organisation_button.setToolTip(
            translate("TargetsView", "Show the organisation on the Organisations page")
        )
        self.open_organisation_button.clicked.connect(self.open_organisation)
        # The organisation's row gets its Open button beside the choice.
        combo = self.form.widgets["organisation_id"]
        layout = self.form.layout_
        row, _role = layout.getWidgetPosition(combo)
        taken = layout.takeRow(row)
        pair = QWidget()
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.addWidget(combo, 1)
        pair_layout.addWidget(self.open_organisation_button)
        layout.insertRow(row, taken.labelItem.widget(), pair)

    def _build_contacts(self) -> None:
        self.contacts_model = LinkedRowsModel(
            [
                translate("TargetsView", "Name"),
                translate("TargetsView", "Relationship"),
                translate("TargetsView", "Organisation"),
            ],
            parent=self,
        )
        self.contacts_table = _short(
            table_on(self.contacts_model, "targetContacts", translate("TargetsView", "Contacts"))
        )
        self.contacts_table.setToolTip(
            translate("TargetsView", "Double-click a person to open them on the People page")
        )
        self.contacts_table.activated.connect(self._on_contacts_table_activated)
        self.contacts_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.choose_contacts_button = QPushButton(translate("TargetsView", "Choos&e…"))
        self.choose_contacts_button.setObjectName("chooseContacts")
        self.choose_contacts_button.setAccessibleName(
            translate("TargetsView", "Choose the application's contacts")
        )
        self.choose_contacts_button.clicked.connect(self.choose_contacts)
        self.remove_contact_button = QPushButton(translate("TargetsView", "Re&move"))
        self.remove_contact_button.setObjectName("removeContact")
        self.remove_contact_button.setAccessibleName(
            translate("TargetsView", "Remove the selected contact")
        )
        self.remove_contact_button.clicked.connect(self.remove_selected_contact)

    def _build_meetings(self) -> None:
        self.meetings_model = LinkedRowsModel(
            [
                translate("TargetsView", "When"),
                translate("TargetsView", "Meeting"),
                translate("TargetsView", "Kind"),
            ],
            name_column=1,
            parent=self,
        )
        self.meetings_table = _short(
            table_on(
                self.meetings_model,
                "targetMeetings",
                translate("TargetsView", "Meetings held for it"),
                name_column=1,
            )
        )
        self.meetings_table.setToolTip(
            translate("TargetsView", "Double-click a meeting to open it on the Meetings page")
        )
        self.meetings_table.activated.connect(self._on_meetings_table_activated)
        self.meetings_empty = QLabel(
            translate(
                "TargetsView",
                "No meetings yet. On the Meetings page, a meeting names the target it is about.",
            )
        )
        self.meetings_empty.setObjectName("targetMeetingsEmpty")
        self.meetings_empty.setWordWrap(True)

    def _build_sent(self) -> None:
        self.sent_label = QLabel()
        self.sent_label.setObjectName("sentDocuments")
        self.sent_label.setTextFormat(Qt.TextFormat.PlainText)  # file names are the user's
        self.sent_label.setWordWrap(True)
        self.show_sent_button = QPushButton(translate("TargetsView", "Show the &Files Sent"))
        self.show_sent_button.setObjectName("showSentDocuments")
        self.show_sent_button.setToolTip(
            translate("TargetsView", "The Résumé tab lists every file sent, and opens it")
        )
        self.show_sent_button.clicked.connect(self.show_sent_documents)

    def _lay_out(self) -> None:
        # The status rows go into the form's own grid, so every label lines up.
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo, 1)
        status_row.addWidget(self.since_label)
        date_row = QHBoxLayout()
        date_row.addWidget(self.status_date)
        date_row.addWidget(self.status_note, 1)
        grid = self.form.layout_
        status_name = FormLabel(translate("TargetsView", "&Status"))
        status_name.setBuddy(self.status_combo)
        dated = FormLabel(translate("TargetsView", "Change &dated"))
        dated.setBuddy(self.status_date)
        history_title = section_title(
            translate("TargetsView", "H&istory, newest first"), self.history_table
        )
        grid.insertRow(0, section_title(translate("TargetsView", "Where it stands"), self.status_combo))
        grid.insertRow(1, status_name, status_row)
        grid.insertRow(2, dated, date_row)
        grid.insertRow(3, self.status_problem)
        grid.insertRow(4, history_title)
        grid.insertRow(5, self.history_table)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addStretch(1)

        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.choose_contacts_button)
        contact_buttons.addWidget(self.remove_contact_button)
        contact_buttons.addStretch(1)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.show_sent_button)
        sent_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(section_title(translate("TargetsView", "&Contacts"), self.contacts_table))
        right.addWidget(self.contacts_table)
        right.addLayout(contact_buttons)
        right.addWidget(
            section_title(translate("TargetsView", "Meeti&ngs held for it"), self.meetings_table)
        )
        right.addWidget(self.meetings_table)
        right.addWidget(self.meetings_empty)
        right.addWidget(section_title(translate("TargetsView", "Sent"), self.show_sent_button))
        right.addWidget(self.sent_label)
        right.addLayout(sent_row)
        right.addStretch(1)

        content = QWidget()
        content.setObjectName("applicationContent")
        columns = QHBoxLayout(content)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.scroll = EditorScrollArea()
        self.scroll.setObjectName("applicationScroll")
        self.scroll.setWidget(content)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.scroll)
        form = self.form.widgets
        set_tab_chain(
            [
                self.status_combo,
                self.status_date,
                self.status_note,
                self.history_table,
                form["kind"],
                form["organisation_id"],
                self.open_organisation_button,
                form["next_step"],
                form["next_step_date"],
                form["salary"],
                form["notes"],
                self.contacts_table,
                self.choose_contacts_button,
                self.remove_contact_button,
                self.meetings_table,
                self.show_sent_button,
            ]
        )

    # ----------------------------------------------------------------- the target shown
    def today(self) -> date:
        """The day moves are dated by and checked against."""
        return self.host.today or date.today()

    def target(self) -> Target | None:
        """The application shown, or None."""
        return self.store.get(Target, self.target_id) if self.target_id else None

    def set_target(self, target_id: str | None) -> None:
        """Shows an application (None: nothing), its next change dated today, no note."""
        self.target_id = target_id
        self.form.set_record(target_id)
        self.status_note.clear()
        self.status_date.setDate(QDate(self.today()))
        self._say_refused(None)
        self.setEnabled(target_id is not None)
        self.refresh()

    def refresh(self) -> None:
        """Shows the stored application: status, history, links, meetings and sent files."""
        target = self.target()
        today = self.today()
        self._showing = True
        try:
            status = target.status if target is not None else STATUSES[0]
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        finally:
            self._showing = False
        if target is None:
            self.since_label.clear()
            self.history_model.set_history([])
            self.contacts_model.set_rows([])
            self.meetings_model.set_rows([])
            self.sent_label.clear()
            self._update_buttons()
            return
        self.since_label.setText(
            translate("TargetsView", "since %1").replace(
                "%1", rules.status_since(target, today).isoformat()
            )
        )
        self.history_model.set_history(rules.history_of(target, today))
        organisations = sorted(self.store.records(Organisation), key=lambda o: name_key(o.name))
        self.form.set_choices(
            "organisation_id",
            [(None, translate("TargetsView", "(none)"))]
            + [(o.id, o.name or translate("TargetsView", "(unnamed)")) for o in organisations],
        )
        people = {p.id: p for p in self.store.records(Person)}
        self.contacts_model.set_rows(
            CheckRow(
                p.id, (p.name or p.label(), relationship_label(p.relationship), p.organisation)
            )
            for p in (people[i] for i in target.contact_ids if i in people)
        )
        meetings = meetings_newest_first(rules.meetings_for(target, self.store.records(Meeting)))
        self.meetings_model.set_rows(
            CheckRow(
                m.id,
                (
                    when_text(m),
                    m.title.strip() or meeting_kind_label(m.kind),
                    meeting_kind_label(m.kind),
                ),
            )
            for m in meetings
        )
        self.meetings_empty.setVisible(not meetings)
        self.sent_label.setText(self._sent_text(target))
        self._update_buttons()

    def _sent_text(self, target: Target) -> str:
        """One line a document sent, newest first; or what to do to send one."""
        if not target.exports:
            return translate(
                "TargetsView",
                "Nothing sent yet. Export the résumé or the letter from their tabs, and each "
                "file is recorded here.",
            )
        names = {
            "resume": translate("TargetsView", "Résumé"),
            "letter": translate("TargetsView", "Cover letter"),
        }
        lines = []
        for entry in reversed(target.exports):
            day, _moment = local_time(entry.when)
            parts = [day, names.get(entry.kind, entry.kind), entry.format.upper()]
            if entry.file:
                parts.append(PureWindowsPath(entry.file).name)
            lines.append(" · ".join(parts))
        return "\n".join(lines)

    def _update_buttons(self, *_args) -> None:
        target = self.target()
        organisation = organisation_of(target, self.store.records(Organisation)) if target else None
        self.open_organisation_button.setEnabled(organisation is not None)
        self.choose_contacts_button.setEnabled(target is not None)
        self.remove_contact_button.setEnabled(
            target is not None and self.contacts_table.selectionModel().hasSelection()
        )
        self.show_sent_button.setEnabled(target is not None and bool(target.exports))

    def _on_store_changed(self, kind: str, ids: list) -> None:
        if self.target_id is None:
            return
        if kind == Target.KIND and self.target_id not in ids:
            return
        if kind in (Target.KIND, Person.KIND, Meeting.KIND, Organisation.KIND):
            self.refresh()

    # ----------------------------------------------------------------- the status
    def _on_status_combo_activated(self, index: int) -> None:
        if self._showing:
            return
        self.move_to(self.status_combo.itemData(index))

    def move_to(self, status: str) -> bool:
        """Moves the application to `status` on the day and with the note shown, as one
        undoable step; a move the rules refuse is explained and the status shown again.
        """
        target = self.target()
        if target is None:
            return False
        if status == target.status:
            self._say_refused(None)
            return False
        on = self.status_date.date().toPython()
        try:
            after = rules.moved(target, status, on, self.status_note.text(), today=self.today())
        except rules.ApplicationError as exc:
            self._say_refused(str(exc))
            self.refresh()  # the combo shows where the application still stands
            return False
        self._say_refused(None)
        text = (
            translate("TargetsView", "Move “%1” to %2")
            .replace("%1", target.label())
            .replace("%2", status_label(status))
        )
        self.host.undo_stack.push(
            ChangeRecordsCommand(self.store, text, [target], [replace(after, updated=now_iso())])
        )
        # The note and the day were this change's; the next one starts afresh.
        self.status_note.clear()
        self.status_date.setDate(QDate(self.today()))
        return True

    def _say_refused(self, sentence: str | None) -> None:
        self.status_problem.setText(sentence or "")
        self.status_problem.setVisible(bool(sentence))

    # ----------------------------------------------------------------- links
    def open_organisation(self) -> bool:
        """Shows the application's organisation on its page."""
        target = self.target()
        organisation = organisation_of(target, self.store.records(Organisation)) if target else None
        return organisation is not None and open_record(self, "organisations", organisation.id)

    def choose_contacts(self) -> None:
        """Opens the people picker ticked with the contacts; OK stores the ticked ones."""
        target = self.target()
        if target is None:
            return
        rows = [
            CheckRow(
                p.id, (p.name or p.label(), relationship_label(p.relationship), p.organisation)
            )
            for p in ordered_people(self.store.records(Person))
        ]
        dialog = CheckListDialog(
            translate("TargetsView", "Contacts for the Application"),
            translate(
                "TargetsView",
                "Tick the people you talk this application over with: recruiters, the hiring "
                "manager, whoever referred you. Add people on the People page first if they "
                "are not listed.",
            ),
            [
                translate("TargetsView", "Name"),
                translate("TargetsView", "Relationship"),
                translate("TargetsView", "Organisation"),
            ],
            rows,
            target.contact_ids,
            self.window(),
        )
        dialog.setObjectName("contactsPicker")
        if dialog.exec():
            existing = {p.id for p in self.store.records(Person)}
            ticked = dialog.checked_ids()
            # The contacts kept stay in their order; the newly ticked follow.
            kept = [i for i in target.contact_ids if i in ticked and i in existing]
            ids = kept + [i for i in ticked if i not in kept and i in existing]
            self._set_contacts(target, ids, translate("TargetsView", "Choose Contacts"))
        dialog.deleteLater()

    def remove_selected_contact(self) -> None:
        """Takes the selected person off the application's contacts (the person stays)."""
        target = self.target()
        rows = self.contacts_table.selectionModel().selectedRows()
        if target is None or not rows:
            return
        gone = rows[0].data(RecordRoles.RecordIdRole)
        ids = [i for i in target.contact_ids if i != gone]
        self._set_contacts(target, ids, translate("TargetsView", "Remove Contact"))

    def _set_contacts(self, target: Target, ids: list[str], text: str) -> None:
        if ids != target.contact_ids:
            self.host.push_change(text, target, replace(target, contact_ids=ids, updated=now_iso()))

    def _on_contacts_table_activated(self, index) -> None:
        person_id = index.data(RecordRoles.RecordIdRole)
        if person_id:
            open_record(self, "people", person_id)

    def _on_meetings_table_activated(self, index) -> None:
        meeting_id = index.data(RecordRoles.RecordIdRole)
        if meeting_id:
            open_record(self, "meetings", meeting_id)

    def show_sent_documents(self) -> None:
        """Shows the Résumé tab's table of every file sent for the target."""
        self.host.tabs.setCurrentWidget(self.host.resume_tab)
        self.host.exports_table.setFocus(Qt.FocusReason.OtherFocusReason)
