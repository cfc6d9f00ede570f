"""Placing by hand what the résumé reader could not: an unplaced line given to a role.

The rule: an unplaced line assigned to role R becomes an accomplishment of R in the plan
(its headline the line's text), and its warning leaves the plan's warnings; a line left
unassigned (skipped) stays a warning and is not written. R is a role the import adds, a
stored role the import matched, or any stored role. The preview calls `assign_unplaced`
again from the plan as it was read each time a choice changes, so choices can be undone
before Apply.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from resume_builder.domain.models import Accomplishment, Role
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.importing.plan import ImportPlan, PlanItem

__all__ = ["RoleChoice", "assign_unplaced", "assignable_roles"]


@dataclass(frozen=True)
class RoleChoice:
    """A role an unplaced line may be given to.

    Attributes:
        role_id: the id its accomplishments point at (the stored id of a matched role).
        label: how the preview names it ("Title, Employer").
        from_file: whether it is one of the file's roles (added or matched), else a stored one.

    """

    role_id: str
    label: str
    from_file: bool


def assignable_roles(plan: ImportPlan, existing: CareerSnapshot | None = None) -> list[RoleChoice]:
    """The roles an unplaced line may be given to: the file's roles first (in the file's
    order), then the stored roles the file does not name. A role the plan skips (named twice
    in the file) is offered once, as the first of its name.
    """
    choices: list[RoleChoice] = []
    seen: set[str] = set()
    for item in plan.items:
        if not isinstance(item.record, Role) or item.action not in ("add", "match", "update"):
            continue
        role_id = item.existing_id if item.action != "add" and item.existing_id else item.record.id
        if role_id not in seen:
            seen.add(role_id)
            choices.append(RoleChoice(role_id, item.record.label(), True))
    stored = existing.roles if existing is not None else ()
    # the latest first: a line left over is most often from the role the résumé starts with
    for role in sorted(stored, key=_start_key, reverse=True):
        if role.id not in seen:
            seen.add(role.id)
            choices.append(RoleChoice(role.id, role.label(), False))
    return choices


def assign_unplaced(
    plan: ImportPlan,
    assignments: Mapping[int, str | None],
    existing: CareerSnapshot | None = None,
) -> ImportPlan:
    """The plan with each assigned unplaced line made an accomplishment of its role.

    Args:
        plan: the plan as the file was read (its `unplaced` lines none assigned yet).
        assignments: an index into `plan.unplaced` -> the id of the role it is given to (one
            of `assignable_roles`), or None to skip it.
        existing: the stored records, to match a line that is already a bullet of that role.

    Returns:
        A new plan (the given one is not changed): an "add" item per assigned line ("match"
        when the role already has that bullet, "skip" when the file gives it that bullet
        twice), without those lines' warnings; the unplaced lines are kept, for choosing again.

    Raises:
        ValueError: an index that is no unplaced line, or a role that is not assignable.

    """
    labels = {c.role_id: c.label for c in assignable_roles(plan, existing)}
    stored = {
        (a.role_id, _folded(a.headline)): a.id
        for a in (existing.accomplishments if existing is not None else ())
    }
    planned = {
        (i.record.role_id, _folded(i.record.headline))
        for i in plan.items
        if isinstance(i.record, Accomplishment) and i.action in ("add", "match")
    }
    items = list(plan.items)
    taken: set[str] = set()
    for index, role_id in sorted(assignments.items()):
        if not 0 <= index < len(plan.unplaced):
            raise ValueError(f"there is no unplaced line {index}")
        if role_id is None:
            continue
        if role_id not in labels:
            raise ValueError(f"{role_id!r} is not a role the line can be given to")
        line = plan.unplaced[index]
        record = Accomplishment(headline=line.text, role_id=role_id)
        key = (role_id, _folded(line.text))
        if key in stored:
            item = PlanItem(
                record, "match", "the same bullet is already under this role", stored[key]
            )
        elif key in planned:
            item = PlanItem(record, "skip", "the file already gives this role that bullet")
        else:
            item = PlanItem(record, "add", f"placed by you under {labels[role_id]}")
        planned.add(key)
        items.append(replace(item, source=line.where))
        taken.add(line.warning)
    return replace(
        plan,
        items=items,
        warnings=[w for w in plan.warnings if w not in taken],
        unplaced=list(plan.unplaced),
    )


def _start_key(role: Role) -> tuple[int, int]:
    start = role.start
    return (start.year, start.month or 0) if start is not None else (0, 0)


def _folded(text: str) -> str:
    return text.strip().casefold()
