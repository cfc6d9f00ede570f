"""The stored records as lists: in which order, with which labels, and how much each is used.

`resume-builder list` prints these rows; the window's Experience and Skills pages count
accomplishments per role and per skill by the same `tally_accomplishments`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from resume_builder.domain.models import (
    Accomplishment,
    PartialDate,
    Role,
    Skill,
    sort_key_newest_first,
)
from resume_builder.services.owners import Owner, owner_label


@dataclass
class AccomplishmentTally:
    """How many accomplishments each role holds and each skill proves, and the newest date.

    by_role: role id (None: no role) -> accomplishments in it.
    by_skill: skill id -> accomplishments tagged with it (a skill given twice counts once).
    newest_by_skill: skill id -> the date of the newest dated accomplishment tagged with it.
    """

    by_role: dict[str | None, int] = field(default_factory=dict)
    by_skill: dict[str, int] = field(default_factory=dict)
    newest_by_skill: dict[str, PartialDate] = field(default_factory=dict)


def tally_accomplishments(accomplishments: Iterable[Accomplishment]) -> AccomplishmentTally:
    """Counts the accomplishments per role and per skill (see AccomplishmentTally)."""
    tally = AccomplishmentTally()
    for item in accomplishments:
        tally.by_role[item.role_id] = tally.by_role.get(item.role_id, 0) + 1
        for skill_id in dict.fromkeys(item.skill_ids):
            tally.by_skill[skill_id] = tally.by_skill.get(skill_id, 0) + 1
            newest = tally.newest_by_skill.get(skill_id)
            if item.date is not None and (newest is None or newest < item.date):
                tally.newest_by_skill[skill_id] = item.date
    return tally


@dataclass(frozen=True)
class AccomplishmentRow:
    """An accomplishment with the label of its role and the names of its skills.

    role: the owner's label ("" without one, or when it is gone).
    skills: the names of its skills that exist, in the accomplishment's order.
    """

    accomplishment: Accomplishment
    role: str
    skills: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The stored record with "role" and "skills" (names) in place of ids alone."""
        data = self.accomplishment.to_dict()
        data["role"] = self.role
        data["skills"] = list(self.skills)
        return data


def accomplishment_rows(
    accomplishments: Iterable[Accomplishment],
    roles: Iterable[Owner] = (),
    skills: Iterable[Skill] = (),
) -> list[AccomplishmentRow]:
    """Every accomplishment, newest first, with its owner's label (a role, or "Project: …" /
    "Volunteering: …" among `roles`) and its skills' names.
    """
    role_labels = {r.id: owner_label(r) for r in roles}
    skill_names = {s.id: s.name for s in skills}
    return [
        AccomplishmentRow(
            item,
            role_labels.get(item.role_id or "", ""),
            tuple(skill_names[s] for s in item.skill_ids if s in skill_names),
        )
        for item in sorted(accomplishments, key=sort_key_newest_first)
    ]


def roles_newest_first(roles: Iterable[Role]) -> list[Role]:
    """The roles as a résumé lists them: the current and latest first."""
    return sorted(roles, key=sort_key_newest_first)


@dataclass(frozen=True)
class SkillRow:
    """A skill and how many accomplishments prove it."""

    skill: Skill
    uses: int

    def to_dict(self) -> dict[str, Any]:
        """The stored record with "accomplishments": how many are tagged with it."""
        data = self.skill.to_dict()
        data["accomplishments"] = self.uses
        return data


def skill_rows(
    skills: Iterable[Skill], accomplishments: Iterable[Accomplishment]
) -> list[SkillRow]:
    """Every skill by name (case ignored), with how many accomplishments prove it."""
    uses = tally_accomplishments(accomplishments).by_skill
    ordered = sorted(skills, key=lambda s: s.name.casefold())
    return [SkillRow(skill, uses.get(skill.id, 0)) for skill in ordered]
