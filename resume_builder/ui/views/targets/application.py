"""The Application tab: where one application stands and what happened to it.

Its status and the history of every change (application_status), its kind, organisation, next
step, salary and notes (the form here), the people it is talked over with, the meetings held
for it and the documents sent (application_links). Every rule is services.applications';
every edit is one undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from resume_builder.domain.models import APPLICATION_KINDS, Meeting, Organisation, Person, Target
from resume_builder.services.organisations import name_key, organisation_of
from resume_builder.ui.forms import EditorScrollArea, FieldSpec, RecordForm, set_tab_chain
from resume_builder.ui.models.applications import kind_label
from resume_builder.ui.navigation import open_record
from resume_builder.ui.views.targets.application_links import LinksPanel
from resume_builder.ui.views.targets.application_status import StatusPanel

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate


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


def _specs() -> list[FieldSpec]:
    return [
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


class ApplicationTab(QWidget):
    """One application's life: status and history, links, next step, salary, notes, sent."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.store = host.store
        self.target_id: str | None = None
        self.status = StatusPanel(self)
        self.links = LinksPanel(self)
        self._build_form()
        self._lay_out()
        self._name_parts()
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self.set_target(None)

    def _build_form(self) -> None:
        self.form = ApplicationForm(self.host.context, Target, _specs())
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
        grid = self.form.layout_
        row, _role = grid.getWidgetPosition(combo)
        taken = grid.takeRow(row)
        pair = QWidget()
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.addWidget(combo, 1)
        pair_layout.addWidget(self.open_organisation_button)
        grid.insertRow(row, taken.labelItem.widget(), pair)

    def _lay_out(self) -> None:
        # The status grid's labels and the form's are as wide as the widest, so the fields
        # of the left column line up.
        grid = self.form.layout_
        labels = self.status.labels + [
            grid.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for row in range(grid.rowCount())
            if grid.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        ]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        left = QVBoxLayout()
        left.addWidget(self.status)
        left.addWidget(self.form)
        left.addStretch(1)
        content = QWidget()
        content.setObjectName("applicationContent")
        columns = QHBoxLayout(content)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addWidget(self.links, 1)
        self.scroll = EditorScrollArea()
        self.scroll.setObjectName("applicationScroll")
        self.scroll.setWidget(content)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.scroll)
        form = self.form.widgets
        set_tab_chain(
            [
                *self.status.tab_stops(),
                form["kind"],
                form["organisation_id"],
                self.open_organisation_button,
                form["next_step"],
                form["next_step_date"],
                form["salary"],
                form["notes"],
                *self.links.tab_stops(),
            ]
        )

    def _name_parts(self) -> None:
        """The widgets the view, its tests and its scripts reach by name."""
        self.status_combo = self.status.combo
        self.status_date = self.status.date_edit
        self.status_note = self.status.note_edit
        self.status_problem = self.status.problem
        self.since_label = self.status.since_label
        self.history_model = self.status.history_model
        self.history_table = self.status.history_table
        self.contacts_model = self.links.contacts_model
        self.contacts_table = self.links.contacts_table
        self.choose_contacts_button = self.links.choose_button
        self.remove_contact_button = self.links.remove_button
        self.meetings_model = self.links.meetings_model
        self.meetings_table = self.links.meetings_table
        self.meetings_empty = self.links.meetings_empty
        self.sent_label = self.links.sent_label
        self.show_sent_button = self.links.show_sent_button

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
        self.status.start_afresh()
        self.setEnabled(target_id is not None)
        self.refresh()

    def refresh(self) -> None:
        """Shows the stored application: status, history, links, meetings and files sent."""
        target = self.target()
        self.status.show_target(target)
        self.links.show_target(target)
        organisations = sorted(self.store.records(Organisation), key=lambda o: name_key(o.name))
        self.form.set_choices(
            "organisation_id",
            [(None, translate("TargetsView", "(none)"))]
            + [(o.id, o.name or translate("TargetsView", "(unnamed)")) for o in organisations],
        )
        # By the organisations' rule, a company of an organisation's name is its posting too.
        found = organisation_of(target, organisations) if target is not None else None
        self.open_organisation_button.setEnabled(found is not None)

    def move_to(self, status: str) -> bool:
        """Moves the application to `status` on the day and with the note shown (see
        StatusPanel.move_to).
        """
        return self.status.move_to(status)

    def remove_selected_contact(self) -> None:
        """Takes the selected person off the application's contacts (the person stays)."""
        self.links.remove_selected_contact()

    def open_organisation(self) -> bool:
        """Shows the application's organisation on its page."""
        target = self.target()
        if target is None:
            return False
        organisation = organisation_of(target, self.store.records(Organisation))
        return organisation is not None and open_record(self, "organisations", organisation.id)

    def _on_store_changed(self, kind: str, ids: list) -> None:
        if self.target_id is None:
            return
        if kind == Target.KIND and self.target_id not in ids:
            return
        if kind in (Target.KIND, Person.KIND, Meeting.KIND, Organisation.KIND):
            self.refresh()
