"""Organisations to scout: who works there, the postings seen, the applications made.

A target belongs to an organisation when it is linked to it by id, or (not linked to any)
when its company is the organisation's name; a person when the organisation names them, or
their own organisation is its name. Names are unique, compared ignoring case and spacing.
"""

from __future__ import annotations

from collections.abc import Iterable

from resume_builder.domain.models import Organisation, Person, Target
from resume_builder.services.applications import ever_applied


class OrganisationError(ValueError):
    """An organisation that cannot be found or made; the message says why."""


def name_key(name: str) -> str:
    """How organisation names are compared: case and spacing do not matter."""
    return " ".join(name.casefold().split())


def postings_of(organisation: Organisation, targets: Iterable[Target]) -> list[Target]:
    """The targets (postings seen) of the organisation, in the order kept."""
    key = name_key(organisation.name)
    return [
        t
        for t in targets
        if t.organisation_id == organisation.id
        or (not t.organisation_id and key and name_key(t.company) == key)
    ]


def applications_of(organisation: Organisation, targets: Iterable[Target]) -> list[Target]:
    """The organisation's postings that were applied to."""
    return [t for t in postings_of(organisation, targets) if ever_applied(t)]


def people_at(organisation: Organisation, people: Iterable[Person]) -> list[Person]:
    """The people the organisation names, then those who work there by their own record."""
    people = list(people)
    by_id = {p.id: p for p in people}
    named = [by_id[i] for i in organisation.person_ids if i in by_id]
    key = name_key(organisation.name)
    there = [
        p
        for p in people
        if p.id not in organisation.person_ids and key and name_key(p.organisation) == key
    ]
    return named + there


def organisation_of(target: Target, organisations: Iterable[Organisation]) -> Organisation | None:
    """The organisation the target belongs to (see the module's rule), or None."""
    organisations = list(organisations)
    for organisation in organisations:
        if organisation.id == target.organisation_id:
            return organisation
    if target.organisation_id:
        return None
    key = name_key(target.company)
    return next((o for o in organisations if key and name_key(o.name) == key), None)


def by_priority(organisations: Iterable[Organisation]) -> list[Organisation]:
    """Organisations most wanted first (priority 1 first), then by name."""
    return sorted(organisations, key=lambda o: (o.priority, name_key(o.name)))


def check_organisation_name(
    organisations: Iterable[Organisation], name: str, other_than: str | None = None
) -> str:
    """The name, trimmed, when no other organisation has it.

    Raises:
        OrganisationError: the name is empty, or another organisation has it.

    """
    name = " ".join(name.split())
    if not name:
        raise OrganisationError("an organisation needs a name")
    for organisation in organisations:
        if organisation.id != other_than and name_key(organisation.name) == name_key(name):
            raise OrganisationError(
                f"there is already an organisation called “{organisation.name}”"
            )
    return name


def find_organisation(organisations: Iterable[Organisation], name: str) -> Organisation:
    """The organisation with this name (ignoring case and spacing), or the only one whose
    name contains it.

    Raises:
        OrganisationError: none, or more than one, answers to the name.

    """
    organisations = list(organisations)
    key = name_key(name)
    if not key:
        raise OrganisationError("give the organisation's name")
    exact = [o for o in organisations if name_key(o.name) == key]
    if exact:
        return exact[0]
    partial = [o for o in organisations if key in name_key(o.name)]
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        names = ", ".join(f"“{o.name}”" for o in partial)
        raise OrganisationError(f"more than one organisation matches “{name}”: {names}")
    raise OrganisationError(f"there is no organisation “{name}”")
