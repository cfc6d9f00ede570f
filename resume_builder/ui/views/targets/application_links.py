"""The Application tab's linked records: its contacts, the meetings held for it, the files sent.

Contacts are chosen from the People records with the meetings' picker; a contact or a meeting
opens on its own page. The files sent are one line each; the Résumé tab lists them in full.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PureWindowsPath

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import Meeting, Person, Target, now_iso
from resume_builder.services import applications as rules
from resume_builder.services.conversations import meetings_newest_first
from resume_builder.services.planner import ordered_people
from resume_builder.ui.models.meetings import CheckRow
from resume_builder.ui.models.people import relationship_label
from resume_builder.ui.models.records import RecordRoles
from resume_builder.ui.models.target_application import LinkedRowsModel
from resume_builder.ui.models.targets import local_time
from resume_builder.ui.navigation import open_record
from resume_builder.ui.views.meetings.list import kind_label as meeting_kind_label
from resume_builder.ui.views.meetings.pickers import CheckListDialog
from resume_builder.ui.views.targets.application_status import short_table
from resume_builder.ui.views.targets.parts import section_title, table_on

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate


def _person_row(person: Person) -> CheckRow:
    return CheckRow(
        person.id,
        (
            person.name or person.label(),
            relationship_label(person.relationship),
            person.organisation,
        ),
    )


def _people_headers() -> list[str]:
    return [
        translate("TargetsView", "Name"),
        translate("TargetsView", "Relationship"),
        translate("TargetsView", "Organisation"),
    ]


class LinksPanel(QWidget):
    """Who the application is talked over with, the meetings about it, and what was sent.

    `tab` is the Application tab: it knows the target shown and the host view's changes.
    """

    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.store = tab.store
        self.contacts_model = LinkedRowsModel(_people_headers(), parent=self)
        self.contacts_table = short_table(
            table_on(self.contacts_model, "targetContacts", translate("TargetsView", "Contacts"))
        )
        self.contacts_table.setToolTip(
            translate("TargetsView", "Double-click a person to open them on the People page")
        )
        self.contacts_table.activated.connect(self._on_contacts_table_activated)
        self.contacts_table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.choose_button = QPushButton(translate("TargetsView", "Choos&e…"))
        self.choose_button.setObjectName("chooseContacts")
        self.choose_button.setAccessibleName(
            translate("TargetsView", "Choose the application's contacts")
        )
        self.choose_button.clicked.connect(self.choose_contacts)
        self.remove_button = QPushButton(translate("TargetsView", "Re&move"))
        self.remove_button.setObjectName("removeContact")
        self.remove_button.setAccessibleName(
            translate("TargetsView", "Remove the selected contact")
        )
        self.remove_button.clicked.connect(self.remove_selected_contact)

        self.meetings_model = LinkedRowsModel(
            [
                translate("TargetsView", "Day"),
                translate("TargetsView", "Meeting"),
                translate("TargetsView", "Kind"),
            ],
            name_column=1,
            parent=self,
        )
        self.meetings_table = short_table(
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

        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.choose_button)
        contact_buttons.addWidget(self.remove_button)
        contact_buttons.addStretch(1)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.show_sent_button)
        sent_row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(section_title(translate("TargetsView", "&Contacts"), self.contacts_table))
        box.addWidget(self.contacts_table)
        box.addLayout(contact_buttons)
        box.addWidget(
            section_title(translate("TargetsView", "Meeti&ngs held for it"), self.meetings_table)
        )
        box.addWidget(self.meetings_table)
        box.addWidget(self.meetings_empty)
        box.addWidget(section_title(translate("TargetsView", "Sent"), self.show_sent_button))
        box.addWidget(self.sent_label)
        box.addLayout(sent_row)
        box.addStretch(1)

    def tab_stops(self) -> list[QWidget]:
        """The panel's fields in the order Tab visits them."""
        return [
            self.contacts_table,
            self.choose_button,
            self.remove_button,
            self.meetings_table,
            self.show_sent_button,
        ]

    def show_target(self, target: Target | None) -> None:
        """Shows the target's contacts, meetings and files sent (None: nothing)."""
        if target is None:
            self.contacts_model.set_rows([])
            self.meetings_model.set_rows([])
            self.sent_label.clear()
            self.update_buttons()
            return
        people = {p.id: p for p in self.store.records(Person)}
        self.contacts_model.set_rows(
            _person_row(people[i]) for i in target.contact_ids if i in people
        )
        meetings = meetings_newest_first(rules.meetings_for(target, self.store.records(Meeting)))
        self.meetings_model.set_rows(
            CheckRow(
                m.id,
                (
                    format_date(m.date),  # the day; its time is on the meeting's page
                    m.title.strip() or meeting_kind_label(m.kind),
                    meeting_kind_label(m.kind),
                ),
            )
            for m in meetings
        )
        # None yet: the sentence saying how one comes to be listed, not an empty table.
        self.meetings_table.setVisible(bool(meetings))
        self.meetings_empty.setVisible(not meetings)
        self.sent_label.setText(self._sent_text(target))
        self.update_buttons()

    def _sent_text(self, target: Target) -> str:
        """One line a document sent, newest first; or how one comes to be listed."""
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
            if entry.file:  # its name; the Résumé tab shows the folder (a Windows path too)
                parts.append(PureWindowsPath(entry.file).name)
            lines.append(" · ".join(parts))
        return "\n".join(lines)

    def update_buttons(self, *_args) -> None:
        target = self.tab.target()
        self.choose_button.setEnabled(target is not None)
        self.remove_button.setEnabled(
            target is not None and self.contacts_table.selectionModel().hasSelection()
        )
        self.show_sent_button.setEnabled(target is not None and bool(target.exports))

    # ----------------------------------------------------------------- contacts
    def choose_contacts(self) -> None:
        """Opens the people picker ticked with the contacts; OK stores the ticked ones."""
        target = self.tab.target()
        if target is None:
            return
        dialog = CheckListDialog(
            translate("TargetsView", "Contacts for the Application"),
            translate(
                "TargetsView",
                "Tick the people you talk this application over with: recruiters, the hiring "
                "manager, whoever referred you. Add people on the People page first if they "
                "are not listed.",
            ),
            _people_headers(),
            [_person_row(p) for p in ordered_people(self.store.records(Person))],
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
        target = self.tab.target()
        rows = self.contacts_table.selectionModel().selectedRows()
        if target is None or not rows:
            return
        gone = rows[0].data(RecordRoles.RecordIdRole)
        ids = [i for i in target.contact_ids if i != gone]
        self._set_contacts(target, ids, translate("TargetsView", "Remove Contact"))

    def _set_contacts(self, target: Target, ids: list[str], text: str) -> None:
        if ids != target.contact_ids:
            after = replace(target, contact_ids=ids, updated=now_iso())
            self.tab.host.push_change(text, target, after)

    # ----------------------------------------------------------------- opening
    def _on_contacts_table_activated(self, index: QModelIndex) -> None:
        person_id = index.data(RecordRoles.RecordIdRole)
        if person_id:
            open_record(self, "people", person_id)

    def _on_meetings_table_activated(self, index: QModelIndex) -> None:
        meeting_id = index.data(RecordRoles.RecordIdRole)
        if meeting_id:
            open_record(self, "meetings", meeting_id)

    def show_sent_documents(self) -> None:
        """Shows the Résumé tab's table of every file sent for the target."""
        host = self.tab.host
        host.tabs.setCurrentWidget(host.resume_tab)
        host.exports_table.setFocus(Qt.FocusReason.OtherFocusReason)
