"""Organisations as rows (priority, people, postings, applications) and one's people and postings.

The rules (who works there, which targets are its postings, which were applied to) are
services.organisations'; these models only keep their answers per organisation, worked out once
per change, so a table of organisations does not scan every target per cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from resume_builder.domain.models import Organisation, Person, Target
from resume_builder.services import organisations as rules
from resume_builder.services.applications import ever_applied
from resume_builder.ui.models.applications import status_label
from resume_builder.ui.models.people import relationship_label
from resume_builder.ui.models.records import Column, ReadOnlyRecordTable
from resume_builder.ui.tooltips import plain_tooltip

#: the kinds whose change can change what an organisation's row counts
WATCHED_KINDS = frozenset({Organisation.KIND, Person.KIND, Target.KIND})


def priority_label(priority: int) -> str:
    """The translated name of a priority (1 is the most wanted)."""
    labels = {
        1: QCoreApplication.translate("OrganisationPriority", "High"),
        2: QCoreApplication.translate("OrganisationPriority", "Medium"),
        3: QCoreApplication.translate("OrganisationPriority", "Low"),
    }
    return labels.get(priority, str(priority))


def order_key(organisation: Organisation) -> tuple[int, str]:
    """The page's natural order: most wanted first, then by name (services.by_priority's)."""
    return organisation.priority, rules.name_key(organisation.name)


class OrganisationIndex(QObject):
    """Each organisation's people, postings and applications, worked out when first asked and
    forgotten when organisations, people or targets change.

    Make it before the models that read it: Qt calls slots in the order they were connected,
    so it forgets old answers before those models repaint.
    """

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._people: dict[str, list[Person]] = {}
        self._postings: dict[str, list[Target]] = {}
        store.records_changed.connect(self._on_store_changed)
        store.records_removed.connect(self._on_store_changed)

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind in WATCHED_KINDS:
            self._people.clear()
            self._postings.clear()

    def people_at(self, organisation: Organisation) -> list[Person]:
        """services.organisations.people_at over the store's people."""
        found = self._people.get(organisation.id)
        if found is None:
            found = rules.people_at(organisation, self.store.records(Person))
            self._people[organisation.id] = found
        return found

    def postings_of(self, organisation: Organisation) -> list[Target]:
        """services.organisations.postings_of over the store's targets."""
        found = self._postings.get(organisation.id)
        if found is None:
            found = rules.postings_of(organisation, self.store.records(Target))
            self._postings[organisation.id] = found
        return found

    def applications_of(self, organisation: Organisation) -> list[Target]:
        """The postings applied to (services.organisations.applications_of's rule)."""
        return rules.applications_of(organisation, self.postings_of(organisation))

    def applications_made(self, organisation: Organisation) -> str:
        """The Applied column's tooltip; a tr() call, so lupdate files it as a plural."""
        return self.tr("Applications made: %n", "", len(self.applications_of(organisation)))


def organisation_columns(index: OrganisationIndex) -> list[Column]:
    """The Organisations table's columns: name, priority, location, and three counts."""

    def count(value: int) -> str:
        return str(value) if value else ""

    return [
        Column(
            QCoreApplication.translate("OrganisationsModel", "Name"),
            lambda o: (
                o.name or QCoreApplication.translate("OrganisationsModel", "(unnamed organisation)")
            ),
            sort_key=lambda o: rules.name_key(o.name),
        ),
        Column(
            QCoreApplication.translate("OrganisationsModel", "Priority"),
            lambda o: priority_label(o.priority),
            sort_key=lambda o: o.priority,
        ),
        Column(QCoreApplication.translate("OrganisationsModel", "Location"), lambda o: o.location),
        Column(
            QCoreApplication.translate("OrganisationsModel", "People"),
            lambda o: count(len(index.people_at(o))),
            sort_key=lambda o: len(index.people_at(o)),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("OrganisationsModel", "Postings"),
            lambda o: count(len(index.postings_of(o))),
            sort_key=lambda o: len(index.postings_of(o)),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("OrganisationsModel", "Applied"),
            lambda o: count(len(index.applications_of(o))),
            sort_key=lambda o: len(index.applications_of(o)),
            tooltip=index.applications_made,
            align_right=True,
        ),
    ]


class _OrganisationRecordsModel(ReadOnlyRecordTable):
    """A small read-only table of one organisation's records, read again on every change."""

    def __init__(self, store, index: OrganisationIndex, parent: QObject | None = None):
        # The index was made first, so it has forgotten old answers when these read again.
        super().__init__(store, parent)
        self.organisation_index = index

    @property
    def organisation_id(self) -> str | None:
        """The organisation whose records are listed."""
        return self.owner_id

    def read(self, organisation: Organisation) -> list[Any]:
        raise NotImplementedError

    def read_rows(self, owner_id: str) -> list[Any]:
        organisation = self.store.get(Organisation, owner_id)
        return self.read(organisation) if organisation is not None else []

    def watches(self, kind: str) -> bool:
        return kind in WATCHED_KINDS

    def set_organisation(self, organisation_id: str | None) -> None:
        """Lists this organisation's records (None: none)."""
        self.show_owner(organisation_id)


class OrganisationPeopleModel(_OrganisationRecordsModel):
    """The people at one organisation: those it names, then those whose record says so."""

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Relationship"), self.tr("Title")]

    def read(self, organisation: Organisation) -> list[Person]:
        return list(self.organisation_index.people_at(organisation))

    def cell(self, person: Person, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return person.name or self.tr("(unnamed person)")
            if column == 1:
                return relationship_label(person.relationship)
            return person.title
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip(person.label())
        return None


class OrganisationPostingsModel(_OrganisationRecordsModel):
    """The postings seen at one organisation, and where each application stands."""

    def headers(self) -> list[str]:
        return [self.tr("Posting"), self.tr("Status")]

    def read(self, organisation: Organisation) -> list[Target]:
        return list(self.organisation_index.postings_of(organisation))

    def cell(self, target: Target, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return target.title.strip() or target.label()
            if ever_applied(target):
                return status_label(target.status)
            return self.tr("Seen, not applied")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip(target.label())
        return None
