"""The Organisations page: the places worth working for, the list a job search starts from."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import Organisation, Person, Target
from resume_builder.services import organisations as rules
from resume_builder.services.planner import ordered_people
from resume_builder.ui import settings as keys
from resume_builder.ui.commands import EditFieldCommand
from resume_builder.ui.forms import FieldSpec
from resume_builder.ui.models.meetings import CheckRow
from resume_builder.ui.models.organisations import (
    OrganisationIndex,
    OrganisationPeopleModel,
    OrganisationPostingsModel,
    order_key,
    organisation_columns,
    priority_label,
)
from resume_builder.ui.models.people import relationship_label
from resume_builder.ui.models.records import RecordRoles
from resume_builder.ui.navigation import open_record
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.meetings.pickers import CheckListDialog
from resume_builder.ui.views.record_page import ColumnFitter, PageHostView, PageTexts, RecordPage

#: the most rows the people or postings table shows before it scrolls
MOST_ROWS_SHOWN = 5
#: how many lines the prose fields (why, what it is like, notes) show
PROSE_LINES = 3
#: the only kinds of address the website link opens: a typed "file:" or script is no website
WEB_SCHEMES = ("http", "https")


def website_url(text: str) -> QUrl | None:
    """The web address a website field names ("northwind.example" is http), or None."""
    text = text.strip()
    if not text:
        return None
    url = QUrl.fromUserInput(text)
    if not url.isValid() or url.scheme() not in WEB_SCHEMES or not url.host():
        return None
    return url


class OrganisationsView(PageHostView):
    """Organisations as a list and a form; below it the people there and the postings seen."""

    key = "organisations"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        # Before the page's model, so old counts are forgotten before the table repaints.
        self.index = OrganisationIndex(self.store, self)
        texts = PageTexts(
            plural=self.tr("organisations"),
            add_command=self.tr("Add Organisation"),
            delete_command=lambda n: self.tr("Delete %n Organisation(s)", "", n),
            empty=self.tr(
                "No organisations yet. List the places you would like to work for: why each "
                "attracts you, what it is like, who you know there and the postings you have "
                "seen. A search starts from this list."
            ),
            select_hint=self.tr("Select an organisation to edit it."),
        )
        self.page = RecordPage(
            context,
            Organisation,
            organisation_columns(self.index),
            self._specs(),
            texts,
            keys.ORGANISATIONS_VIEW,
            order_key=order_key,
            dependencies=(Person.KIND, Target.KIND),
            parent=self,
        )
        self.form = self.page.form
        self.form.guards["name"] = self._name_objection
        self.form.command_texts["name"] = self.tr("Rename Organisation")
        self._make_prose_fit()
        self._put_link_under_website()

        self.summary_label = QLabel()
        self.summary_label.setObjectName("organisationsSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("&Add organisation"))
        self.add_button.setObjectName("addOrganisation")
        self.add_button.clicked.connect(self.add_new)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.add_button)

        self.people_model = OrganisationPeopleModel(self.store, self.index, self)
        self.postings_model = OrganisationPostingsModel(self.store, self.index, self)
        self.people_title = QLabel(self.tr("People &there"))
        self.people_table = self._small_table("organisationPeople", self.people_model)
        self.people_table.setAccessibleName(self.tr("People at this organisation"))
        self.people_table.activated.connect(self._on_people_table_activated)
        self.people_title.setBuddy(self.people_table)
        self.no_people_label = self._note(
            self.tr("Nobody yet: choose the people you know there from People.")
        )
        self.choose_button = QPushButton(self.tr("C&hoose people…"))
        self.choose_button.setObjectName("chooseOrganisationPeople")
        self.choose_button.setAccessibleName(self.tr("Choose the people at this organisation"))
        self.choose_button.clicked.connect(self.choose_people)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        self.postings_title = QLabel(self.tr("Postings and a&pplications"))
        self.postings_summary = self._note("")
        self.postings_summary.setObjectName("postingsSummary")
        self.postings_table = self._small_table("organisationPostings", self.postings_model)
        self.postings_table.setAccessibleName(self.tr("Postings seen at this organisation"))
        self.postings_table.activated.connect(self._on_postings_table_activated)
        self.postings_title.setBuddy(self.postings_table)
        for title in (self.people_title, self.postings_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        editor = self.page.editor_layout
        editor.addWidget(self.people_title)
        editor.addWidget(self.people_table)
        editor.addWidget(self.no_people_label)
        editor.addLayout(choose_row)
        editor.addWidget(self.postings_title)
        editor.addWidget(self.postings_summary)
        editor.addWidget(self.postings_table)
        editor.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.page)
        self.setTabOrder(self.add_button, self.page.filter_edit)

        self.page.selection_changed.connect(self.actions_changed)
        self.page.current_record_changed.connect(self._on_page_current_record_changed)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        for model in (self.people_model, self.postings_model):
            model.modelReset.connect(self._update_lists)
        model = self.page.model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._update_add_button)
        self._on_page_current_record_changed(None)
        self._update_summary()
        self._update_add_button()

    # ----------------------------------------------------------------- building
    def _specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("&Name"), placeholder=self.tr("Northwind Traders")),
            FieldSpec(
                "priority",
                self.tr("P&riority"),
                "choice",
                choices=tuple((p, priority_label(p)) for p in (1, 2, 3)),
                tooltip=self.tr("How much you want to work there: high ones lead the list"),
            ),
            FieldSpec(
                "why",
                self.tr("&Why it attracts you"),
                "text",
                placeholder=self.tr("Runs its IT as a product organisation; growing in Europe"),
            ),
            FieldSpec(
                "like",
                self.tr("What it is &like"),
                "text",
                placeholder=self.tr("Already works the way I want mine to"),
            ),
            FieldSpec("location", self.tr("Lo&cation"), placeholder=self.tr("Stockholm")),
            FieldSpec("website", self.tr("Web&site"), placeholder="https://www.northwind.example"),
            FieldSpec("notes", self.tr("N&otes"), "text"),
        ]

    def _make_prose_fit(self) -> None:
        """The prose fields show a few lines each, so the lists below stay on a laptop screen."""
        for name in ("why", "like", "notes"):
            widget = self.form.widgets[name]
            line = widget.fontMetrics().lineSpacing()
            widget.setMinimumHeight(line * PROSE_LINES + 14)
            widget.setMaximumHeight(line * (PROSE_LINES + 2) + 14)

    def _put_link_under_website(self) -> None:
        """A link under the website field; it opens the browser only when clicked."""
        edit = self.form.widgets["website"]
        form_layout = self.form.layout_
        row, _role = form_layout.getWidgetPosition(edit)
        taken = form_layout.takeRow(row)
        self.website_link = QLabel()
        self.website_link.setObjectName("websiteLink")
        self.website_link.setTextFormat(Qt.TextFormat.RichText)
        self.website_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.website_link.setOpenExternalLinks(False)  # opened here, and only web addresses
        self.website_link.linkActivated.connect(self._on_website_link_activated)
        beside = QWidget(self.form)
        row_layout = QVBoxLayout(beside)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(2)
        row_layout.addWidget(edit)
        row_layout.addWidget(self.website_link)
        form_layout.insertRow(row, taken.labelItem.widget(), beside)

    def _small_table(self, name: str, model) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setToolTip(self.tr("Enter or double-click opens it on its own page"))
        table.column_fitter = ColumnFitter(table, name_column=0)
        return table

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Organisations")

    def icon_name(self) -> str:
        return "organisations"

    def select_record(self, organisation_id: str) -> bool:
        """Selects an organisation's row (to show it from another page); False if hidden."""
        return self.page.select_record(organisation_id)

    # ----------------------------------------------------------------- rules
    def _name_objection(self, organisation: Organisation, name: str) -> str | None:
        """Why a typed name cannot be stored (empty, or another organisation's), or None."""
        others = self.store.records(Organisation)
        try:
            rules.check_organisation_name(others, name, other_than=organisation.id)
        except rules.OrganisationError:
            taken = next(
                (
                    o
                    for o in others
                    if o.id != organisation.id
                    and rules.name_key(name)
                    and rules.name_key(o.name) == rules.name_key(name)
                ),
                None,
            )
            if taken is None:
                return self.tr("An organisation needs a name.")
            return self.tr("There is already an organisation called “%1”.").replace(
                "%1", taken.name
            )
        return None

    # ----------------------------------------------------------------- people there
    def people_dialog(self) -> CheckListDialog | None:
        """The picker of the people there, ticked with those named (not yet shown)."""
        organisation = self.page.current_record()
        if organisation is None:
            return None
        rows = [
            CheckRow(
                p.id, (p.name or p.label(), relationship_label(p.relationship), p.organisation)
            )
            for p in ordered_people(self.store.records(Person))
        ]
        return CheckListDialog(
            self.tr("People at the Organisation"),
            self.tr(
                "Tick the people you know there, or who can introduce you. Add people on the "
                "People page first if they are not listed."
            ),
            [self.tr("Name"), self.tr("Relationship"), self.tr("Organisation")],
            rows,
            organisation.person_ids,
            self.window(),
        )

    def choose_people(self) -> None:
        """Asks who is there; the choice is one undoable step."""
        dialog = self.people_dialog()
        if dialog is None:
            return
        if dialog.exec():
            organisation = self.page.current_record()
            existing = {p.id for p in self.store.records(Person)}
            ticked = dialog.checked_ids()
            if organisation is not None:
                # Those named before keep their places; the newly ticked follow.
                kept = [i for i in organisation.person_ids if i in ticked and i in existing]
                ids = kept + [i for i in ticked if i not in kept and i in existing]
                if ids != organisation.person_ids:
                    self.undo_stack.push(
                        EditFieldCommand(
                            self.store,
                            organisation,
                            "person_ids",
                            ids,
                            self.tr("Choose People There"),
                        )
                    )
        dialog.deleteLater()

    # ----------------------------------------------------------------- what the page says
    def summary_text(self) -> str:
        """What the page says above the list: "5 organisations · 2 high priority"."""
        organisations = self.store.records(Organisation)
        text = self.tr("%n organisation(s) to scout", "", len(organisations))
        high = sum(1 for o in organisations if o.priority == 1)
        if high:
            text = f"{text} · " + self.tr("%n high priority", "", high)
        return text

    def _update_summary(self) -> None:
        self.summary_label.setText(self.summary_text())

    def _update_add_button(self, *_args) -> None:
        # The empty state has a button of its own: one "Add" on screen, not two.
        self.add_button.setVisible(self.page.model.rowCount() > 0)

    def _update_link(self) -> None:
        organisation = self.page.current_record()
        url = website_url(organisation.website) if organisation is not None else None
        self.website_link.setVisible(url is not None)
        if url is not None:
            address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
            self.website_link.setText(
                f'<a href="{html.escape(address, quote=True)}">'
                # Short words, the address in the tooltip: a long address must not widen the form.
                + html.escape(self.tr("Open the website"))
                + "</a>"
            )
            self.website_link.setToolTip(html.escape(url.toDisplayString()))
        else:
            self.website_link.setText("")

    def _update_lists(self, *_args) -> None:
        organisation = self.page.current_record()
        shown = organisation is not None
        people = self.people_model.rowCount()
        postings = self.postings_model.rowCount()
        for widget in (self.people_title, self.choose_button, self.postings_title):
            widget.setVisible(shown)
        self.people_table.setVisible(shown and people > 0)
        self.no_people_label.setVisible(shown and people == 0)
        self.postings_summary.setVisible(shown)
        self.postings_table.setVisible(shown and postings > 0)
        if shown:
            applied = len(self.index.applications_of(organisation))
            if postings:
                seen = self.tr("%n posting(s) seen", "", postings)
                self.postings_summary.setText(
                    f"{seen} · " + self.tr("%n application(s) made", "", applied)
                )
            else:
                self.postings_summary.setText(
                    self.tr(
                        "No postings yet: a target on the Targets page that names this "
                        "organisation shows here."
                    )
                )
        for table, rows in ((self.people_table, people), (self.postings_table, postings)):
            # As tall as its rows, up to a few: the editor's own scroll bar does the rest.
            header = table.horizontalHeader().sizeHint().height()
            row_height = table.verticalHeader().defaultSectionSize()
            frame = 2 * table.frameWidth()
            table.setFixedHeight(header + frame + row_height * max(1, min(rows, MOST_ROWS_SHOWN)))
        self.page.update_tab_order()

    # ----------------------------------------------------------------- slots
    def _on_website_link_activated(self, address: str) -> None:
        url = website_url(address)
        if url is not None:
            QDesktopServices.openUrl(url)

    def _on_people_table_activated(self, index: QModelIndex) -> None:
        person_id = index.data(RecordRoles.RecordIdRole)
        if person_id:
            open_record(self, "people", person_id)

    def _on_postings_table_activated(self, index: QModelIndex) -> None:
        target_id = index.data(RecordRoles.RecordIdRole)
        if target_id:
            open_record(self, "targets", target_id)

    def _on_page_current_record_changed(self, organisation_id: str | None) -> None:
        self.people_model.set_organisation(organisation_id)
        self.postings_model.set_organisation(organisation_id)
        self._update_link()
        self._update_lists()

    def _on_store_changed(self, kind: str, ids: list) -> None:
        if kind == Organisation.KIND:
            self._update_summary()
            if self.page.form.record_id in ids:
                self._update_link()
