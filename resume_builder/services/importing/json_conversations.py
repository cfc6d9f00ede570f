"""The conversations and the job search in a JSON Resume file, and plain references.

Our full export carries every person, organisation, target, meeting, action item and
milestone, and the career plan, whole under meta's "x-resume-builder"; they are read back as
they were stored. A `references` item is a person marked as a reference, unless it names (by
id) a person read whole already. Another tool's references, and those of exports made before
people existed (their contact aside), become people marked as references.
"""

from __future__ import annotations

from typing import Any

from resume_builder.domain.models import (
    ActionItem,
    CareerPlan,
    Meeting,
    Milestone,
    Organisation,
    Person,
    Record,
    RecordError,
    Target,
)
from resume_builder.export.json_resume import EXTENSION_KEY
from resume_builder.services.importing.json_fields import REFERENCE_ASIDE, REFERENCE_FIELDS, TEXT
from resume_builder.storage.fileformat import split_contact

#: meta's extension key -> the kind it holds, in the order they are read
KINDS: tuple[tuple[str, type[Record]], ...] = (
    ("people", Person),
    ("organisations", Organisation),
    ("targets", Target),
    ("meetings", Meeting),
    ("action_items", ActionItem),
    ("milestones", Milestone),
)
#: meta's extension key of the career plan: one object, as a career record has one plan
PLAN_KEY = "plan"


def read_conversations(reader, places: list[tuple[dict[str, Any], str]]) -> set[str]:
    """Reads every person, organisation, target, meeting, action item and milestone of our
    extension, and its plan (`places`: where the file has it, with the prefix of each place);
    returns the ids of the people read.
    """
    people: set[str] = set()
    for holder, prefix in places:
        if holder.get(PLAN_KEY) is not None:
            where = f"{prefix}{EXTENSION_KEY}.{PLAN_KEY}"

            def read_plan(entry=holder[PLAN_KEY], where=where) -> None:
                reader.add_record(_whole_record(reader, CareerPlan, entry, where), where)

            reader.guarded(where, read_plan)
        for key, kind in KINDS:
            where = f"{prefix}{EXTENSION_KEY}.{key}"
            for number, entry in enumerate(reader.items(holder, key, where)):
                item_where = f"{where}[{number}]"

                def read(entry=entry, kind=kind, item_where=item_where) -> None:
                    record = _whole_record(reader, kind, entry, item_where)
                    reader.add_record(record, item_where)
                    if isinstance(record, Person):
                        people.add(record.id)

                reader.guarded(item_where, read)
    return people


def _whole_record(reader, kind: type[Record], entry: Any, where: str) -> Record:
    entry = dict(reader.item(entry))
    entry["id"] = reader.record_id(entry, where)
    try:
        return kind.from_dict(entry)
    except RecordError as exc:
        reader.skip(str(exc))


def read_reference(reader, item: Any, where: str, people: set[str]) -> None:
    """One `references` item: a person marked as a reference, unless it is one of `people`."""
    item = reader.item(item)
    extension = reader.extension(item, where)
    identifier = extension.get("id")
    if isinstance(identifier, str) and identifier in people:
        return  # the person came whole from meta
    name = reader.value(item, extension, "name", TEXT, where)
    quote = reader.value(item, extension, "reference", TEXT, where)
    contact = reader.text(extension.get("contact"), f"{where}.{EXTENSION_KEY}.contact")
    email, phone, notes = split_contact(contact)
    extra = reader.extra(item, extension, set(REFERENCE_FIELDS), set(REFERENCE_ASIDE), where)
    person = Person(
        id=reader.record_id(extension, f"{where}.{EXTENSION_KEY}"),
        extra=extra,
        name=name,
        relationship="reference",
        is_reference=True,
        reference_quote=quote,
        email=email,
        phone=phone,
        notes=notes,
    )
    reader.add_record(person, where)
