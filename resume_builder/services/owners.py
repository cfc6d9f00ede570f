"""What an accomplishment belongs to: a role, a project or a volunteering record.

An accomplishment's `role_id` names its owner's id whatever the owner's kind (the stored
field kept its name: files, exports and every caller read it already). These functions are
the one place that says which record that id is, how owners are listed and named.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from resume_builder.domain.models import Accomplishment, Project, Role, Volunteer, newest_first

#: the kinds of record an accomplishment can belong to, in the order pickers list them
Owner = Role | Project | Volunteer
OWNER_TYPES: tuple[type, ...] = (Role, Project, Volunteer)


def owners(snapshot: Any) -> list[Owner]:
    """Every record an accomplishment can belong to: roles newest first, then projects, then
    volunteering (each newest first).

    Args:
        snapshot: a CareerSnapshot, or anything with `roles`, `projects` and `volunteer`.

    """
    return [
        *newest_first(getattr(snapshot, "roles", ())),
        *newest_first(getattr(snapshot, "projects", ())),
        *newest_first(getattr(snapshot, "volunteer", ())),
    ]


def owners_by_id(snapshot: Any) -> dict[str, Owner]:
    """Owner id -> the role, project or volunteering record."""
    return {owner.id: owner for owner in owners(snapshot)}


def owner_of(accomplishment: Accomplishment, snapshot: Any) -> Owner | None:
    """The role, project or volunteering record the accomplishment belongs to; None when it
    has none or its owner is gone.
    """
    if not accomplishment.role_id:
        return None
    for kind in ("roles", "projects", "volunteer"):
        for owner in getattr(snapshot, kind, ()):
            if owner.id == accomplishment.role_id:
                return owner
    return None


def owner_kind(owner: Owner) -> str:
    """The owner's kind: "role", "project" or "volunteer" (the record's KIND)."""
    return owner.KIND


def owner_name(owner: Owner) -> str:
    """The owner's own name: "Title, Employer", the project's name, "Position, Organisation"."""
    if isinstance(owner, Project):
        return owner.name.strip() or "(untitled project)"
    if isinstance(owner, Volunteer):
        parts = (owner.position.strip(), owner.organization.strip())
        return ", ".join(p for p in parts if p) or "(untitled volunteering)"
    return owner.label()


#: how a label names the kind of a non-role owner (English; the window translates its own)
_KIND_PREFIX = {"project": "Project", "volunteer": "Volunteering"}


def owner_label(owner: Owner | None) -> str:
    """The owner as pickers and lists name it: a role by its label, the others with their kind
    ("Project: Fika app", "Volunteering: Mentor, Women in Tech"); "" without an owner.
    """
    if owner is None:
        return ""
    prefix = _KIND_PREFIX.get(owner.KIND)
    name = owner_name(owner)
    return f"{prefix}: {name}" if prefix else name


def owner_labels(snapshot: Any) -> dict[str, str]:
    """Owner id -> its label, for every role, project and volunteering record."""
    return {owner.id: owner_label(owner) for owner in owners(snapshot)}


def accomplishments_by_owner(
    accomplishments: Iterable[Accomplishment], owner_ids: Iterable[str]
) -> dict[str | None, list[Accomplishment]]:
    """Accomplishments grouped by owner id, in the order given; those without an owner, or
    whose owner is not among `owner_ids`, under None.
    """
    known = set(owner_ids)
    grouped: dict[str | None, list[Accomplishment]] = {}
    for item in accomplishments:
        key = item.role_id if item.role_id in known else None
        grouped.setdefault(key, []).append(item)
    return grouped
