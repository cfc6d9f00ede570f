"""People as rows, with who has gone quiet; a person's meetings and action items (read-only).

The rules (last contact, stale, overdue) are services.conversations'; these models only index
the store's meetings per person, so a table of people does not scan every meeting per cell.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from resume_builder.domain.dates import PartialDate, format_date
from resume_builder.domain.models import ActionItem, Meeting, Person
from resume_builder.services import conversations
from resume_builder.ui.icons import icon
from resume_builder.ui.models.records import (
    Column,
    ItemIndex,
    ReadOnlyRecordTable,
    RecordFilterProxyModel,
    RecordListModel,
)

#: the row colour of someone not contacted for a while: amber, see-through, so the text stays
#: readable on light and dark palettes; the tooltip and an icon say it too, never colour alone
STALE_COLOUR = QColor(230, 159, 0, 70)


def relationship_label(value: str) -> str:
    """The translated name of a fixed relationship ("manager"), or the user's own words."""
    labels = {
        "manager": QCoreApplication.translate("Relationships", "Manager"),
        "senior_leader": QCoreApplication.translate("Relationships", "Senior leader"),
        "mentor": QCoreApplication.translate("Relationships", "Mentor"),
        "advocate": QCoreApplication.translate("Relationships", "Advocate"),
        "recruiter": QCoreApplication.translate("Relationships", "Recruiter"),
        "reference": QCoreApplication.translate("Relationships", "Reference"),
        "peer": QCoreApplication.translate("Relationships", "Peer"),
        "other": QCoreApplication.translate("Relationships", "Other"),
    }
    return labels.get(value, value)


def plain_tooltip(text: str) -> str | None:
    """A tooltip showing the user's text in full and as typed (a tooltip may read it as HTML)."""
    return f"<p>{html.escape(text)}</p>" if text.strip() else None


def day_number(value: PartialDate | None) -> int:
    """A date as one sortable number (20261120); no date is -1, older than any."""
    if value is None:
        return -1
    year, month, day = value.sort_key()
    return year * 10000 + month * 100 + day


class ContactIndex(QObject):
    """Each person's meetings, indexed when first asked and forgotten when meetings change.

    Make it before the models that read it: Qt calls slots in the order they were connected,
    so it forgets old meetings before those models repaint.
    """

    def __init__(self, store, today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self._by_person: dict[str, list[Meeting]] | None = None
        store.records_changed.connect(self._on_store_changed)
        store.records_removed.connect(self._on_store_changed)

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind == Meeting.KIND:
            self._by_person = None

    def meetings_of(self, person_id: str) -> list[Meeting]:
        """The meetings naming the person (in no particular order)."""
        if self._by_person is None:
            index: dict[str, list[Meeting]] = {}
            for meeting in self.store.records(Meeting):
                for named in dict.fromkeys(meeting.person_ids):
                    index.setdefault(named, []).append(meeting)
            self._by_person = index
        return self._by_person.get(person_id, [])

    def last_contact(self, person: Person) -> PartialDate | None:
        """services.conversations.last_contact over the person's meetings."""
        return conversations.last_contact(person, self.meetings_of(person.id), self.today())

    def days_since(self, person: Person) -> int | None:
        """Whole days since the last contact; None when there is none on record."""
        return conversations.days_since_contact(person, self.meetings_of(person.id), self.today())

    def is_stale(self, person: Person, stale_days: int) -> bool:
        """services.conversations.is_stale over the person's meetings."""
        return conversations.is_stale(person, self.meetings_of(person.id), stale_days, self.today())


def people_columns(contacts: ContactIndex) -> list[Column]:
    """The People table's columns: name, relationship, organisation, title, last contact, days."""

    def days_text(person: Person) -> str:
        days = contacts.days_since(person)
        return "" if days is None else str(days)

    def days_key(person: Person) -> int:
        days = contacts.days_since(person)
        return 10**7 if days is None else days  # never: longer ago than anyone

    return [
        Column(QCoreApplication.translate("PeopleModel", "Name"), lambda p: p.name),
        Column(
            QCoreApplication.translate("PeopleModel", "Relationship"),
            lambda p: relationship_label(p.relationship),
        ),
        Column(QCoreApplication.translate("PeopleModel", "Organisation"), lambda p: p.organisation),
        Column(QCoreApplication.translate("PeopleModel", "Title"), lambda p: p.title),
        Column(
            QCoreApplication.translate("PeopleModel", "Last contact"),
            lambda p: (
                format_date(contacts.last_contact(p))
                or QCoreApplication.translate("PeopleModel", "never")
            ),
            sort_key=lambda p: day_number(contacts.last_contact(p)),
        ),
        Column(
            QCoreApplication.translate("PeopleModel", "Days since"),
            days_text,
            sort_key=days_key,
            align_right=True,
        ),
    ]


class PeopleProxyModel(RecordFilterProxyModel):
    """Filters and sorts people; rows of those not contacted for `stale_days` stand out."""

    #: the column that carries the warning icon: "Days since", whose header leaves it room
    WARNING_COLUMN = 5

    def __init__(self, contacts: ContactIndex, stale_days: int, parent: QObject | None = None):
        super().__init__(parent)
        self.contacts = contacts
        self.stale_days = stale_days
        self._warning = icon("warning")

    def set_stale_days(self, days: int) -> None:
        """Changes after how many days without contact a row stands out, and repaints."""
        if days == self.stale_days:
            return
        self.stale_days = days
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )

    def person_at(self, index: ItemIndex) -> Person | None:
        """The person of a (proxy) index's row."""
        source = self.sourceModel()
        if not index.isValid() or not isinstance(source, RecordListModel):
            return None
        return source.record_at(self.mapToSource(index).row())

    def stale_reason(self, person: Person) -> str:
        """Why a row stands out ("" when it does not)."""
        if not self.contacts.is_stale(person, self.stale_days):
            return ""
        days = self.contacts.days_since(person)
        if days is None:
            return self.tr("No contact on record")
        return self.tr("Not contacted for %n day(s)", "", days)

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole) or (
            role == Qt.ItemDataRole.DecorationRole and index.column() == self.WARNING_COLUMN
        ):
            person = self.person_at(index)
            reason = self.stale_reason(person) if person is not None else ""
            if reason:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return STALE_COLOUR
                if role == Qt.ItemDataRole.ToolTipRole:
                    return reason
                return self._warning
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # A column dragged narrower than its header still names itself, on hover.
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return super().headerData(section, orientation, role)


class _ReadOnlyTable(ReadOnlyRecordTable):
    """A small read-only table of one person's records, read again on every change."""

    #: the kinds of record whose change means the rows must be read again
    WATCHED: frozenset[str] = frozenset()

    def __init__(self, store, today: Callable[[], date] = date.today, parent=None):
        super().__init__(store, parent)
        self.today = today

    @property
    def person_id(self) -> str | None:
        """The person whose records are listed."""
        return self.owner_id

    def read(self, person_id: str) -> list[Any]:
        raise NotImplementedError

    def read_rows(self, owner_id: str) -> list[Any]:
        return self.read(owner_id)

    def watches(self, kind: str) -> bool:
        return kind in self.WATCHED

    def set_person(self, person_id: str | None) -> None:
        """Lists this person's records (None: none)."""
        self.show_owner(person_id)


class PersonMeetingsModel(_ReadOnlyTable):
    """The meetings with one person, newest first: date, kind, title.

    `kind_label` names a kind of meeting as the Meetings page does.
    """

    WATCHED = frozenset({Meeting.KIND})

    def __init__(
        self,
        store,
        kind_label: Callable[[str], str],
        today: Callable[[], date] = date.today,
        parent=None,
    ):
        super().__init__(store, today, parent)
        self.kind_label = kind_label

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Title"),
        ]

    def read(self, person_id: str) -> list[Meeting]:
        return conversations.meetings_with(person_id, self.store.records(Meeting))

    def cell(self, meeting: Meeting, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_date(meeting.date)  # the time is in the tooltip: room for the title
            if column == 1:
                return self.kind_label(meeting.kind)
            return meeting.title or self.tr("(untitled meeting)")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                day = conversations.as_day(meeting.date)
                planned = day is not None and day > self.today()
                parts = (format_date(meeting.date), meeting.time, self.tr("Planned") * planned)
                return " · ".join(part for part in parts if part)
            if column == 2:
                return plain_tooltip(meeting.title)
        return None


class PersonItemsModel(_ReadOnlyTable):
    """The action items agreed in meetings with one person, soonest due first."""

    WATCHED = frozenset({Meeting.KIND, ActionItem.KIND})

    def headers(self) -> list[str]:
        return [self.tr("Action"), self.tr("Due"), self.tr("State")]

    def read(self, person_id: str) -> list[ActionItem]:
        return conversations.items_of_person(
            person_id, self.store.records(Meeting), self.store.records(ActionItem)
        )

    def is_overdue(self, item: ActionItem) -> bool:
        """services.conversations.is_overdue, as of the model's today."""
        return conversations.is_overdue(item, self.today())

    def cell(self, item: ActionItem, column: int, role: int) -> Any:
        overdue = self.is_overdue(item)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.text or self.tr("(no text)")
            if column == 1:
                return format_date(item.due)
            if item.done:
                return self.tr("Done")
            return self.tr("Overdue") if overdue else self.tr("Open")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip(item.text)
        if role == Qt.ItemDataRole.DecorationRole and column == 2 and overdue:
            return icon("warning")
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return STALE_COLOUR
        return None
