"""People, meetings, action items and the job search in a JSON Resume export.

JSON Resume knows only `references` ({name, reference}): the people marked as references go
there, their words as the reference. Everything else about people, and every meeting, action
item, target (an application, with its status history), organisation, the career plan and its
milestones, is ours alone: a full export carries them whole under meta's "x-resume-builder"
(the schema allows extra keys in `meta`), so an import gives back the same records.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import Any

from resume_builder.domain.models import Person, Record
from resume_builder.domain.snapshot import CareerSnapshot


def reference_text(person: Person) -> str:
    """What a reference says: their own words, or else what they would vouch for."""
    return person.reference_quote if person.reference_quote.strip() else person.reference_for


def references(snapshot: CareerSnapshot, full: bool, extension_key: str) -> list[dict[str, Any]]:
    """The JSON Resume `references`: one per person who gives a reference (marked as one, or
    the relationship Reference: Person.gives_reference), in their order.

    The full form names the person's id aside: the person travels whole in meta, and the id
    tells an import that this reference is that person.
    """
    items = []
    for person in snapshot.references:
        item = {"name": person.name, "reference": reference_text(person)}
        if full:
            item[extension_key] = {"id": person.id}
        else:
            item = {k: v for k, v in item.items() if v.strip()}
        if item:
            items.append(item)
    return items


def conversation_detail(snapshot: CareerSnapshot) -> dict[str, Any]:
    """Every person, organisation, target, meeting, action item and milestone whole, and the
    plan, for meta's extension (empty kinds and no plan left out).
    """
    detail: dict[str, Any] = {}
    for key, records in (
        ("people", snapshot.people),
        ("organisations", snapshot.organisations),
        ("targets", snapshot.targets),
        ("meetings", snapshot.meetings),
        ("action_items", snapshot.action_items),
        ("milestones", snapshot.milestones),
    ):
        if records:
            detail[key] = [record_detail(r) for r in records]
    if snapshot.plan is not None:
        # one plan per career record: an object, not a list of one
        detail["plan"] = record_detail(snapshot.plan)
    return detail


def record_detail(record: Record) -> dict[str, Any]:
    """A record as stored, without the fields that hold their default (an import puts the
    default back): exact, and short enough to read. The entries of a list of parts (a
    target's status changes and the documents sent for it) leave out their empty values (an
    empty text, no number) where their reader puts the same back.
    """
    data = _without_defaults(record, record.to_dict())
    for spec in fields(record):
        parts = getattr(record, spec.name)
        if spec.name in data and isinstance(parts, list) and parts and is_dataclass(parts[0]):
            data[spec.name] = [_part_detail(part) for part in parts]
    return data


def _part_detail(part: Any) -> dict[str, Any]:
    """A part of a record as its reader needs it: an empty value is left out only when reading
    the part without it gives the same part (a status change reads a missing note as "", a
    document sent reads a missing time as now, so an empty one is kept).
    """
    data = part.to_dict()
    for name in [k for k, v in data.items() if v in ("", None)]:
        fewer = {k: v for k, v in data.items() if k != name}
        if type(part).from_dict(fewer) == part:
            data = fewer
    return data


def _without_defaults(record: Record, data: dict[str, Any]) -> dict[str, Any]:
    """`data` (the record as JSON) without the fields that hold their default."""
    data = dict(data)
    for spec in fields(record):
        if spec.name == "id":
            continue
        if spec.default is not MISSING:
            default = spec.default
        elif spec.default_factory is not MISSING:
            default = spec.default_factory()
            if not isinstance(default, list | dict):
                # a stamp made now (created, updated): "equal to the default" only means made
                # this second, and the import would stamp it afresh; it is always written
                continue
        else:
            continue
        if data.get(spec.name) == default:  # no default is a date: no encoding to mind
            del data[spec.name]
    return data
