"""The People page: who the career is talked over with, when each was last met, who went quiet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import Meeting, Person
from resume_builder.domain.people import RELATIONSHIPS
from resume_builder.ui import settings as keys
from resume_builder.ui.forms import FieldSpec
from resume_builder.ui.models.people import (
    ContactIndex,
    PeopleProxyModel,
    PersonItemsModel,
    PersonMeetingsModel,
    people_columns,
    relationship_label,
)
from resume_builder.ui.models.records import RecordRoles
from resume_builder.ui.navigation import open_record
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.meetings.list import kind_label
from resume_builder.ui.views.record_page import ColumnFitter, PageHostView, PageTexts, RecordPage

#: the most rows a person's meetings or action items show before their table scrolls
MOST_ROWS_SHOWN = 6
#: the columns of people_columns() a narrow list leaves out first
ORGANISATION_COLUMN = 2
TITLE_COLUMN = 3
#: the columns shown whole at any width: relationship, last contact, days since
WHOLE_COLUMNS = (1, 4, 5)
#: how many average characters an organisation or title shows before it is left out
LEAST_CHARACTERS = 10
#: how many average characters of an e-mail or a LinkedIn address the editor's fields show
FIELD_CHARACTERS = 50
#: how many lines of notes (and of a reference's words) show before their box scrolls
NOTES_LINES = 5


class PeopleView(PageHostView):
    """People as a list and a form; below it their meetings and action items, read-only.

    A row stands out when the person was not contacted for the number of days chosen above
    the list (kept in the window's settings).
    """

    key = "people"

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(context, parent)
        self.today = today
        # Before the page's model, so old meetings are forgotten before the table repaints.
        self.contacts = ContactIndex(self.store, today, self)
        self.proxy = PeopleProxyModel(self.contacts, keys.PEOPLE_STALE_DAYS.default, self)
        texts = PageTexts(
            plural=self.tr("people"),
            add_command=self.tr("Add Person"),
            delete_command=lambda n: self.tr("Delete %n Person(s)", "", n),
            empty=self.tr(
                "No people yet. Add your manager, the leaders who know your work, mentors, "
                "recruiters and references: note when you last talked, and see who has gone "
                "quiet."
            ),
            select_hint=self.tr("Select a person to edit them."),
        )
        self.page = RecordPage(
            context,
            Person,
            people_columns(self.contacts),
            self._specs(),
            texts,
            keys.PEOPLE_VIEW,
            order_key=lambda p: p.name.casefold(),
            dependencies=(Meeting.KIND,),
            proxy=self.proxy,
            parent=self,
        )
        self.form = self.page.form
        # Six columns in the narrow list of a small window: the dates must not be the ones cut.
        self.page.column_fitter.name_share = 0.34
        self.page.table.viewport().installEventFilter(self)
        self._make_prose_taller()
        self._keep_fields_readable()
        # Widths follow the names and dates shown: fit again after the model changes.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._refit_columns)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
            self.proxy.dataChanged,
        ):
            signal.connect(self._fit_timer.start)
        self.form.command_texts["last_contact"] = self.tr("Edit Last Contact")
        self._put_latest_meeting_beside_last_contact()

        self.summary_label = QLabel()
        self.summary_label.setObjectName("peopleSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stale_spin = QSpinBox()
        self.stale_spin.setObjectName("staleDays")
        self.stale_spin.setRange(1, 3650)
        self.stale_spin.setValue(self.proxy.stale_days)
        self._update_stale_suffix(self.stale_spin.value())
        self.stale_spin.setAccessibleName(self.tr("Stand out after this many days without contact"))
        self.stale_spin.setToolTip(
            self.tr("People not contacted for longer than this are marked in the list")
        )
        stale_label = QLabel(self.tr("Stan&d out after"))
        stale_label.setBuddy(self.stale_spin)
        self.stale_spin.valueChanged.connect(self._on_stale_spin_value_changed)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary_label, 1)
        top.addWidget(stale_label)
        top.addWidget(self.stale_spin)

        self.meetings_model = PersonMeetingsModel(self.store, kind_label, today, self)
        self.items_model = PersonItemsModel(self.store, today, self)
        self.meetings_title = QLabel(self.tr("&Meetings with them"))
        self.meetings_table = self._small_table("personMeetings", self.meetings_model, 2)
        self.meetings_table.setAccessibleName(self.tr("Meetings with this person"))
        self.meetings_table.activated.connect(self._on_meetings_table_activated)
        self.meetings_title.setBuddy(self.meetings_table)
        self.no_meetings_label = self._note(self.tr("No meetings with them on record yet."))
        self.items_title = QLabel(self.tr("A&ction items"))
        self.items_table = self._small_table("personActionItems", self.items_model, 0)
        self.items_table.setAccessibleName(self.tr("Action items from meetings with this person"))
        self.items_title.setBuddy(self.items_table)
        self.no_items_label = self._note(self.tr("Nothing agreed in meetings with them yet."))
        for widget in (
            self.meetings_title,
            self.meetings_table,
            self.no_meetings_label,
            self.items_title,
            self.items_table,
            self.no_items_label,
        ):
            self.page.editor_layout.addWidget(widget)
        self.page.editor_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.page)
        self.setTabOrder(self.stale_spin, self.page.filter_edit)

        self.page.selection_changed.connect(self.actions_changed)
        self.page.current_record_changed.connect(self._on_page_current_record_changed)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        for model in (self.meetings_model, self.items_model):
            model.modelReset.connect(self._update_lists)
        self._on_page_current_record_changed(None)
        self._update_summary()

    # ----------------------------------------------------------------- building
    def _specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("&Name"), placeholder=self.tr("Alex Morgan")),
            FieldSpec(
                "relationship",
                self.tr("&Relationship"),
                "combo",
                choices=tuple((key, relationship_label(key)) for key in RELATIONSHIPS),
                placeholder=self.tr("Pick one or type your own"),
                tooltip=self.tr("Pick from the list, or type your own words (“skip-level”)"),
            ),
            FieldSpec("organisation", self.tr("&Organisation")),
            FieldSpec("title", self.tr("&Title"), placeholder=self.tr("VP of Engineering")),
            FieldSpec("email", self.tr("&E-mail"), placeholder="name@example.com"),
            FieldSpec("phone", self.tr("&Phone")),
            FieldSpec(
                "linkedin", self.tr("&LinkedIn"), placeholder="https://www.linkedin.com/in/…"
            ),
            FieldSpec("notes", self.tr("Note&s"), "text"),
            FieldSpec("is_reference", self.tr("&Would be a reference"), "bool"),
            FieldSpec(
                "reference_for",
                self.tr("Re&ference for"),
                placeholder=self.tr("The platform migration; leading a team of 12"),
                tooltip=self.tr("What they would vouch for"),
            ),
            FieldSpec(
                "reference_quote",
                self.tr("T&heir words"),
                "text",
                tooltip=self.tr("What they said or wrote about your work, as a reference quotes"),
            ),
            FieldSpec(
                "last_contact",
                self.tr("L&ast contact"),
                "date",
                tooltip=self.tr(
                    "When you last talked, if not in a meeting on record; a newer meeting counts"
                ),
            ),
        ]

    def _put_latest_meeting_beside_last_contact(self) -> None:
        """Puts the date of a newer meeting beside the last-contact field, in the same row."""
        edit = self.form.widgets["last_contact"]
        form_layout = self.form.layout_
        row, _role = form_layout.getWidgetPosition(edit)
        taken = form_layout.takeRow(row)
        self.latest_meeting_label = QLabel()
        self.latest_meeting_label.setObjectName("latestMeeting")
        self.latest_meeting_label.setTextFormat(Qt.TextFormat.PlainText)
        self.latest_meeting_label.setWordWrap(True)
        beside = QWidget(self.form)
        # Under the field rather than to its right: a narrow editor has no room for both.
        row_layout = QVBoxLayout(beside)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(2)
        row_layout.addWidget(edit)
        row_layout.addWidget(self.latest_meeting_label)
        form_layout.insertRow(row, taken.labelItem.widget(), beside)

    def _small_table(self, name: str, model, name_column: int) -> QTableView:
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
        table.column_fitter = ColumnFitter(table, name_column=name_column)
        return table

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _make_prose_taller(self) -> None:
        """Notes and a reference's words show a few lines, not a slot with a scroll bar."""
        for name in ("notes", "reference_quote"):
            widget = self.form.widgets[name]
            line = widget.fontMetrics().lineSpacing()
            widget.setMinimumHeight(line * NOTES_LINES + 14)
            # A little taller where there is room, not so tall the editor scrolls for it.
            widget.setMaximumHeight(line * (NOTES_LINES + 3) + 14)

    def field_width(self) -> int:
        """How wide the editor's fields are kept: an e-mail or a LinkedIn address shows whole."""
        edit = self.form.widgets["email"]
        return edit.fontMetrics().averageCharWidth() * FIELD_CHARACTERS + 12

    def _keep_fields_readable(self) -> None:
        """The editor is never narrower than its fields need; labels go above them if need be."""
        scroll = self.page.scroll
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        extra = self._editor_margins() + bar + 2 * scroll.frameWidth()
        scroll.setMinimumWidth(self.field_width() + extra)
        # A field too wide to sit beside its label goes under it; a check box stays beside.
        self.form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, widget in self.form.widgets.items():
            if name != "is_reference":
                widget.setMinimumWidth(self.field_width())

    def _editor_margins(self) -> int:
        """The editor's and its form's side margins together: what a field's row lacks."""
        outer = self.page.editor_layout.contentsMargins()
        inner = self.form.layout_.contentsMargins()
        return outer.left() + outer.right() + inner.left() + inner.right()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.page.table.viewport():
            self._fit_columns_to_width(event.size().width())
        return super().eventFilter(watched, event)

    def _refit_columns(self) -> None:
        self._fit_columns_to_width(self.page.table.viewport().width())

    def _fit_columns_to_width(self, width: int) -> None:
        """Leaves out Title, then Organisation, when the list is too narrow for every column.

        Both are in the form beside it; the name, relationship and dates stay whole, their
        headers too. When a column is cut, the name is as wide as the longest name needs
        (and still the widest column); the rest goes to the columns that were cut.
        """
        if width <= 0:
            return
        table = self.page.table
        header = table.horizontalHeader()
        fitter = self.page.column_fitter
        natural = {
            column: fitter.user_widths.get(
                column, max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            )
            for column in range(header.count())
        }
        least = {
            column: max(
                header.sectionSizeHint(column),
                table.fontMetrics().averageCharWidth() * LEAST_CHARACTERS,
            )
            for column in (ORGANISATION_COLUMN, TITLE_COLUMN)
        }
        widest_whole = max(natural[column] for column in WHOLE_COLUMNS)
        name = max(natural[0], widest_whole + 1)
        base = name + sum(natural[column] for column in WHOLE_COLUMNS)
        show_organisation = base + least[ORGANISATION_COLUMN] <= width
        show_title = show_organisation and base + sum(least.values()) <= width
        for column, shown in ((TITLE_COLUMN, show_title), (ORGANISATION_COLUMN, show_organisation)):
            if header.isSectionHidden(column) == shown:
                header.setSectionHidden(column, not shown)
        others = [c for c in range(1, header.count()) if not header.isSectionHidden(c)]
        if name + sum(natural[c] for c in others) > width:
            # The narrowest name column that, with the others no wider, fills the list.
            while name < width and name + sum(min(natural[c], name - 1) for c in others) < width:
                name += 1
        fitter.name_share = min((name + 0.5) / width, 1.0)
        fitter.fit()

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("People")

    def icon_name(self) -> str:
        return "people"

    def select_record(self, person_id: str) -> bool:
        """Selects a person's row (to show them from another page); False if hidden."""
        return self.page.select_record(person_id)

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        keys.PEOPLE_STALE_DAYS.set(self.stale_spin.value(), settings)

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        days = keys.PEOPLE_STALE_DAYS.get(settings)
        if self.stale_spin.minimum() <= days <= self.stale_spin.maximum():
            self.stale_spin.setValue(days)

    # ----------------------------------------------------------------- what the page says
    def summary_text(self) -> str:
        """What the page says above the list: "12 relationships · 3 not contacted in 90 days"."""
        people = self.store.records(Person)
        text = self.tr("%n relationship(s)", "", len(people))
        if people:
            days = self.proxy.stale_days
            stale = sum(1 for p in people if self.contacts.is_stale(p, days))
            quiet = self.tr("%n not contacted in %1 days", "", stale).replace("%1", str(days))
            text = f"{text} · {quiet}"
        return text

    def _update_summary(self) -> None:
        self.summary_label.setText(self.summary_text())

    def _update_latest_meeting(self) -> None:
        person = self.page.current_record()
        derived = self.contacts.last_contact(person) if person is not None else None
        newer = derived is not None and derived != person.last_contact
        self.latest_meeting_label.setText(
            self.tr("Latest meeting: %s") % format_date(derived) if newer else ""
        )
        self.latest_meeting_label.setVisible(newer)

    def _update_lists(self) -> None:
        shown = self.meetings_model.person_id is not None
        for title, table, note in (
            (self.meetings_title, self.meetings_table, self.no_meetings_label),
            (self.items_title, self.items_table, self.no_items_label),
        ):
            rows = table.model().rowCount()
            title.setVisible(shown)
            table.setVisible(shown and rows > 0)
            note.setVisible(shown and rows == 0)
            # As tall as its rows, up to a few: the editor's own scroll bar does the rest.
            header = table.horizontalHeader().sizeHint().height()
            row_height = table.verticalHeader().defaultSectionSize()
            frame = 2 * table.frameWidth()
            table.setFixedHeight(header + frame + row_height * max(1, min(rows, MOST_ROWS_SHOWN)))
        self.page.update_tab_order()

    # ----------------------------------------------------------------- meetings page
    def open_meeting(self, meeting_id: str) -> bool:
        """Shows a meeting on the Meetings page, when the window has one that can select it."""
        return open_record(self, "meetings", meeting_id)

    # ----------------------------------------------------------------- slots
    def _on_meetings_table_activated(self, index: QModelIndex) -> None:
        meeting_id = index.data(RecordRoles.RecordIdRole)
        if meeting_id:
            self.open_meeting(meeting_id)

    def _update_stale_suffix(self, days: int) -> None:
        # "1 day", "90 days": the number is the box's, the words around it follow it.
        self.stale_spin.setSuffix(self.tr("%n day(s)", "", days).replace(str(days), "", 1))

    def _on_stale_spin_value_changed(self, days: int) -> None:
        self.proxy.set_stale_days(days)
        self._update_summary()
        self._update_stale_suffix(days)

    def _on_page_current_record_changed(self, person_id: str | None) -> None:
        self.meetings_model.set_person(person_id)
        self.items_model.set_person(person_id)
        self._update_latest_meeting()
        self._update_lists()

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind in (Person.KIND, Meeting.KIND):
            self._update_summary()
            self._update_latest_meeting()
