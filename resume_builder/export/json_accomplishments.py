"""Accomplishments in a JSON Resume export: as their owners' highlights, and in full.

What `json_resume` and the importer agree on: an owner's (a role's, a project's or a
volunteering record's) highlights are its accomplishments' headlines in one order, and the full
export carries each accomplishment's every field; plus the small helpers both modules use.
"""

from __future__ import annotations

from typing import Any

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment
from resume_builder.domain.snapshot import CareerSnapshot


def owned_accomplishments(
    snapshot: CareerSnapshot, selected_ids: list[str] | None
) -> dict[str, list[Accomplishment]]:
    """Owner id (a role, project or volunteering record) -> its accomplishments as its
    highlights list them: all of them newest first (undated ones last, in the order they were
    recorded), or only the selected ones in the order chosen.
    """
    by_owner: dict[str, list[Accomplishment]] = {}
    for item in snapshot.accomplishments:
        if item.role_id is not None:
            by_owner.setdefault(item.role_id, []).append(item)
    if selected_ids is None:
        return {
            owner: sorted(items, key=lambda a: date_rank(a.date))
            for owner, items in by_owner.items()
        }
    position = {aid: i for i, aid in enumerate(selected_ids)}
    return {
        owner: sorted((a for a in items if a.id in position), key=lambda a: position[a.id])
        for owner, items in by_owner.items()
    }


def headlines(items: list[Accomplishment]) -> list[str]:
    """The highlights a list of accomplishments makes: blank headlines make no bullet (the full
    detail still carries them).
    """
    return [a.headline for a in items if a.headline.strip()]


def accomplishment_detail(item: Accomplishment, skill_names: dict[str, str]) -> dict[str, Any]:
    """Every field of an accomplishment; skills by name, since ids mean nothing to a reader
    and names are how an import finds (or creates) the skill again. Links to skills that no
    longer exist are dropped.
    """
    return {
        "id": item.id,
        **tidy(
            {
                "headline": item.headline,
                "situation": item.situation,
                "task": item.task,
                "action": item.action,
                "result": item.result,
                "metrics": item.metrics,
                "date": iso_date(item.date),
                "skills": [skill_names[s] for s in item.skill_ids if s in skill_names],
            },
            keep_blank=True,
        ),
        "impact": item.impact,
        **tidy(
            {
                "evidence": item.evidence,
                "notes": item.notes,
                "created": item.created,
                "updated": item.updated,
                "extra": item.extra,
            },
            keep_blank=True,
        ),
    }


def loose_accomplishments(snapshot: CareerSnapshot) -> list[dict[str, Any]]:
    """Accomplishments with no owner (or an owner that is gone), newest first."""
    role_ids = {r.id for r in (*snapshot.roles, *snapshot.projects, *snapshot.volunteer)}
    skill_names = {skill.id: skill.name for skill in snapshot.skills}
    loose = [a for a in snapshot.accomplishments if a.role_id not in role_ids]
    return [
        accomplishment_detail(a, skill_names)
        for a in sorted(loose, key=lambda a: date_rank(a.date))
    ]


def tidy(fields: dict[str, Any], *, keep_blank: bool = False) -> dict[str, Any]:
    """The fields without empty texts, lists, objects and Nones.

    With `keep_blank` (the lossless form) only truly empty values go: text of spaces and
    lists with blank entries stay exactly as they are.
    """
    tidy: dict[str, Any] = {}
    for key, value in fields.items():
        if value is None or value == "" or value == [] or value == {}:
            continue
        if keep_blank:
            tidy[key] = value
            continue
        if isinstance(value, str) and not value.strip():
            continue
        if isinstance(value, list):
            value = [v for v in value if not (isinstance(v, str) and not v.strip())]
            value = [v for v in value if v != {}]
            if not value:
                continue
        tidy[key] = value
    return tidy


def iso_date(value: Any) -> str | None:
    """A stored date as text, or None when absent or open ("present" has no JSON form)."""
    return value.iso() if isinstance(value, PartialDate) else None


def date_rank(value: PartialDate | None) -> tuple[int, ...]:
    """Sort key for newest first with undated records last."""
    if value is None:
        return (1, 0, 0, 0)
    return (0, *(-x for x in value.sort_key()))
