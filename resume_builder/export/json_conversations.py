"""People, meetings, action items and targets in a JSON Resume export.

JSON Resume knows only `references` ({name, reference}): the people marked as references go
there, their words as the reference. Everything else about people, and every meeting, action
item and target (the job a meeting is about), is ours alone: a full export carries them whole
under meta's "x-resume-builder" (the schema allows extra keys in `meta`), so an import gives
back the same records.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
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


def conversation_detail(snapshot: CareerSnapshot) -> dict[str, list[dict[str, Any]]]:
    """Every person, target, meeting and action item whole, for meta's extension (empty kinds
    left out).
    """
    detail: dict[str, list[dict[str, Any]]] = {}
    for key, records in (
        ("people", snapshot.people),
        ("targets", snapshot.targets),
        ("meetings", snapshot.meetings),
        ("action_items", snapshot.action_items),
    ):
        if records:
            detail[key] = [record_detail(r) for r in records]
    return detail


def record_detail(record: Record) -> dict[str, Any]:
    """A record as stored, without the fields that hold their default (an import puts the
    default back): exact, and short enough to read.
    """
    data = record.to_dict()
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
