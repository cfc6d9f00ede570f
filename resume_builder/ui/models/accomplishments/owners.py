"""What an accomplishment belongs to, as the window names it: roles, projects, volunteering."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resume_builder.domain.models import Project, Role, Volunteer
from resume_builder.services.owners import Owner, owner_name

#: the store's kinds an accomplishment can belong to (a change to one relabels its rows)
OWNER_KINDS = frozenset({Role.KIND, Project.KIND, Volunteer.KIND})


def owner_text(owner: Owner | None) -> str:
    """The owner as pickers and the table name it, translated: a role by its label, a project
    as "Project: name", volunteering as "Volunteering: position, organisation"; "" for none.
    """
    if owner is None:
        return ""
    name = owner_name(owner)
    if isinstance(owner, Project):
        return QCoreApplication.translate("AccomplishmentOwners", "Project: %1").replace("%1", name)
    if isinstance(owner, Volunteer):
        text = QCoreApplication.translate("AccomplishmentOwners", "Volunteering: %1")
        return text.replace("%1", name)
    return name


def owner_choices(store) -> list[tuple[str, str]]:
    """(id, label) of everything an accomplishment can belong to, as the pickers list them:
    the roles by label, then the projects, then the volunteering (each by name, any case).
    """
    choices: list[tuple[str, str]] = []
    for kind in (Role, Project, Volunteer):
        owners = sorted(store.records(kind), key=lambda r: owner_name(r).casefold())
        choices.extend((owner.id, owner_text(owner)) for owner in owners)
    return choices


def find_owner(store, owner_id: str | None) -> Owner | None:
    """The role, project or volunteering record with this id in the store, or None."""
    if not owner_id:
        return None
    for kind in (Role, Project, Volunteer):
        found = store.get(kind, owner_id)
        if found is not None:
            return found
    return None
