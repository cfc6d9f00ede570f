"""The demo career: a fictional IT leader's full record for `--demo`, screenshots and tests.

The career itself is data, in resources/demo/career_<language>.json; this module reads it,
checks it and builds fresh records from it. Records name each other by key (a role, a
skill's name, a person, a meeting, an accomplishment); ids are made fresh on every load and the
keys resolved here. The career is told as of a year; the conversations around it (people's last
contact, meetings, action items), the job search (the applications' histories and next steps,
the plan and its milestones) and the latest few results are told in days from today, so they
stay current.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date, timedelta
from functools import cache
from typing import Any, TypeVar

from resume_builder import paths
from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    RECORD_TYPE_BY_KIND,
    Accomplishment,
    ActionItem,
    CareerPlan,
    Meeting,
    Milestone,
    Organisation,
    Person,
    Profile,
    Record,
    RecordError,
    Role,
    Skill,
    Target,
)
from resume_builder.storage.repository import Repository

_SECTIONS = (
    "about",
    "told_in_year",
    "profile",
    "skills",
    "roles",
    "accomplishments",
    "background",
    "targets",
    "people",
    "organisations",
    "meetings",
    "plan",
    "milestones",
)
_LISTS = (
    "skills",
    "roles",
    "accomplishments",
    "background",
    "targets",
    "people",
    "organisations",
    "meetings",
    "milestones",
)
# Kinds the background list may hold: everything around the roles that links to nothing and
# has no section (with keys) of its own.
_BACKGROUND_KINDS = frozenset(RECORD_TYPE_BY_KIND) - {
    "profile",
    "role",
    "skill",
    "accomplishment",
    "target",
    "person",
    "meeting",
    "action_item",
    "organisation",
    "career_plan",
    "milestone",
    "photo",
}

#: background kinds that own accomplishments (and so may have a key they are named by)
_OWNER_KINDS = frozenset({"project", "volunteer"})

R = TypeVar("R", bound=Record)


class DemoError(ValueError):
    """The demo data file does not describe a career the model accepts; says where."""


def demo_records(today: date | None = None) -> list[Record]:
    """Every record of the demo career, freshly built.

    Ids are new on every call; everything else is the same each time. The career's dates lie
    on or before `today` (default: the current date) except a certificate's future expiry; for
    a `today` before the year the career is told in, the whole career moves back by whole years.
    The conversations are dated in days from `today`: past meetings, one overdue action, and
    follow-ups, due dates and an interview still ahead. So is the job search: applications
    whose histories lie in the past (one of them gone quiet, one at an offer), their next
    steps, and a plan started weeks ago whose deadline is about nine months ahead.

    Raises:
        DemoError: the data file cannot be read or does not describe a valid career.

    """
    return career_records(_career_file(), today or date.today())


def career_records(career: Any, today: date) -> list[Record]:
    """The records a parsed career file describes, as seen from `today`.

    Raises:
        DemoError: a part is missing, a key is unknown or used twice (an accomplishment's role
            or skill, a meeting's person, target, talking point or earlier meeting, an action's
            proof, a target's organisation or contact, an organisation's person), or a value is
            one the model refuses.

    """
    _check_sections(career)
    years_back = max(0, career["told_in_year"] - today.year)
    skills = {
        _text(item, "name", "skills"): _record(Skill, item, "skills") for item in career["skills"]
    }
    roles: dict[str, Role] = {}
    for item in career["roles"]:
        fields_only = {k: v for k, v in item.items() if k != "key"}
        roles[_text(item, "key", "roles")] = _record(Role, fields_only, "roles")
    # A project or volunteering record with a key owns the accomplishments that name it.
    background: list[Record] = []
    owners: dict[str, Record] = dict(roles)
    for item in career["background"]:
        record = _background_record(item)
        if "key" in item:
            owners[_new_key(owners, item, "background")] = record
        background.append(record)
    accomplishments = []
    accomplishment_ids: dict[str, str] = {}
    # the latest results are told in days from today, like the conversations they prove
    dated_from_today: set[str] = set()
    for item in career["accomplishments"]:
        links = {"role_id": _role_id(owners, item), "skill_ids": _skill_ids(skills, item)}
        rest = {k: v for k, v in item.items() if k not in ("key", "role", "skills")}
        from_today = _is_days(item.get("date"))
        if from_today:
            rest = _days_from(today, rest, f"accomplishments {item.get('key')!r}")
        accomplishment = _record(Accomplishment, {**rest, **links}, "accomplishments")
        if "key" in item:
            key = _new_key(accomplishment_ids, item, "accomplishments")
            accomplishment_ids[key] = accomplishment.id
        if from_today:
            dated_from_today.add(accomplishment.id)
        accomplishments.append(accomplishment)
    records = [
        _record(Profile, career["profile"], "profile"),
        *roles.values(),
        *skills.values(),
        *accomplishments,
        *background,
    ]
    return [
        *(r if r.id in dated_from_today else _moved_back(r, years_back) for r in records),
        *_conversations(career, accomplishment_ids, today),
        *_plan(career, today),
    ]


def write_demo(repository: Repository, *, today: date | None = None) -> None:
    """Puts the demo records into an (empty) repository in one batch, i.e. one save.

    Raises:
        ValueError: the repository already holds roles or accomplishments; a second career
            mixed into the first would help nobody.

    """
    if repository.count(Role) or repository.count(Accomplishment):
        raise ValueError("the demo career is only written into an empty data folder")
    records = demo_records(today)
    profile = next(r for r in records if isinstance(r, Profile))
    with repository.batch():
        repository.set_profile(profile)
        repository.put_many(r for r in records if not isinstance(r, Profile))


@cache
def _career_file(language: str = "en") -> dict[str, Any]:
    """The parsed data file, read once per process; records are built from it on every call."""
    path = paths.resource("demo", f"career_{language}.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DemoError(f"cannot read the demo career {path.name}: {exc}") from None


def _check_sections(data: Any) -> None:
    if not isinstance(data, dict) or set(data) != set(_SECTIONS):
        found = ", ".join(sorted(data)) if isinstance(data, dict) else type(data).__name__
        raise DemoError(f"the demo career needs exactly {', '.join(_SECTIONS)}; found {found}")
    if isinstance(data["told_in_year"], bool) or not isinstance(data["told_in_year"], int):
        raise DemoError("the demo career's told_in_year must be a year")
    if not isinstance(data["plan"], dict):
        raise DemoError("the demo career's plan must be an object")
    for section in _LISTS:
        if not isinstance(data[section], list) or not all(
            isinstance(item, dict) for item in data[section]
        ):
            raise DemoError(f"the demo career's {section} must be a list of objects")


def _record(record_type: type[R], data: Any, section: str) -> R:
    """A record built and validated by the model; a key it does not know is a typo, not extra."""
    if not isinstance(data, dict):
        raise DemoError(f"the demo career's {section} must be an object")
    try:
        record = record_type.from_dict(data)
    except RecordError as exc:
        raise DemoError(f"demo career, {section}: {exc}") from None
    if record.extra:
        unknown = ", ".join(sorted(record.extra))
        raise DemoError(f"demo career, {section}: {record.KIND} has no field {unknown}")
    return record


def _background_record(item: dict[str, Any]) -> Record:
    kind = item.get("kind")
    if kind not in _BACKGROUND_KINDS:
        raise DemoError(f"demo career, background: {kind!r} is not a kind of record it may hold")
    if "key" in item and kind not in _OWNER_KINDS:
        raise DemoError(f"demo career, background: a {kind} owns no accomplishments: no key")
    rest = {k: v for k, v in item.items() if k not in ("kind", "key")}
    return _record(RECORD_TYPE_BY_KIND[kind], rest, "background")


def _text(item: dict[str, Any], key: str, section: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise DemoError(f"demo career, {section}: every entry needs a {key}")
    return value


def _new_key(known: dict[str, Any], item: dict[str, Any], section: str) -> str:
    key = _text(item, "key", section)
    if key in known:
        raise DemoError(f"demo career, {section}: the key {key!r} is used twice")
    return key


def _conversations(
    career: dict[str, Any], accomplishment_ids: dict[str, str], today: date
) -> list[Record]:
    """The targets, people, organisations, meetings and action items, dated from `today` and
    linked by key.
    """
    person_ids: dict[str, str] = {}
    people = []
    for item in career["people"]:
        key = _new_key(person_ids, item, "people")
        place = f"people {key!r}"
        person = _record(Person, _days_from(today, _without_key(item), place), place)
        person_ids[key] = person.id
        people.append(person)
    organisation_ids: dict[str, str] = {}
    organisations = []
    for item in career["organisations"]:
        key = _new_key(organisation_ids, item, "organisations")
        place = f"organisations {key!r}"
        links = {"person_ids": _ids(person_ids, item.get("people", []), "person", place)}
        rest = {k: v for k, v in item.items() if k not in ("key", "people")}
        organisation = _record(Organisation, {**rest, **links}, place)
        organisation_ids[key] = organisation.id
        organisations.append(organisation)
    target_ids: dict[str, str] = {}
    targets = []
    for item in career["targets"]:
        key = _new_key(target_ids, item, "targets")
        target = _target(item, organisation_ids, person_ids, today, f"targets {key!r}")
        target_ids[key] = target.id
        targets.append(target)
    meeting_ids: dict[str, str] = {}
    meetings: list[Meeting] = []
    actions: list[ActionItem] = []
    for item in career["meetings"]:
        key = _new_key(meeting_ids, item, "meetings")
        place = f"meetings {key!r}"
        # a meeting can only follow one told before it: the loop knows no later ids yet
        links = {
            "person_ids": _ids(person_ids, item.get("people", []), "person", place),
            "target_id": _id(target_ids, item.get("target"), "target", place),
            "follows_id": _id(meeting_ids, item.get("follows"), "earlier meeting", place),
            "talking_point_ids": _ids(
                accomplishment_ids, item.get("talking_points", []), "accomplishment", place
            ),
        }
        linking = ("key", "people", "target", "follows", "talking_points", "actions")
        rest = {k: v for k, v in item.items() if k not in linking}
        meeting = _record(Meeting, {**_days_from(today, rest, place), **links}, place)
        meeting_ids[key] = meeting.id
        meetings.append(meeting)
        agreed = item.get("actions", [])
        if not isinstance(agreed, list) or not all(isinstance(a, dict) for a in agreed):
            raise DemoError(f"demo career, {place}: actions must be a list of objects")
        for position, action in enumerate(agreed):
            actions.append(_action(action, meeting.id, position, accomplishment_ids, today, place))
    return [*targets, *people, *organisations, *meetings, *actions]


def _target(
    item: dict[str, Any],
    organisation_ids: dict[str, str],
    person_ids: dict[str, str],
    today: date,
    place: str,
) -> Target:
    """One application: its organisation and contacts by key, its history, next step and the
    résumés sent for it dated in days from today.
    """
    links = {
        "organisation_id": _id(organisation_ids, item.get("organisation"), "organisation", place),
        "contact_ids": _ids(person_ids, item.get("contacts", []), "person", place),
    }
    rest = {k: v for k, v in item.items() if k not in ("key", "organisation", "contacts")}
    rest = _days_from(today, rest, place)
    for name, stamp in (("history", "on"), ("exports", "when")):
        entries = rest.get(name, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise DemoError(f"demo career, {place}: {name} must be a list of objects")
        if any(stamp not in e for e in entries):
            raise DemoError(f"demo career, {place}: every entry of {name} needs its {stamp}")
        dated = [_days_from(today, e, place, (stamp,)) for e in entries]
        if name == "exports":
            # a résumé goes out in the morning; the day is what the story needs
            dated = [{**e, "when": f"{e['when']}T09:00:00+00:00"} for e in dated]
        if name in rest:
            rest[name] = dated
    return _record(Target, {**rest, **links}, place)


def _plan(career: dict[str, Any], today: date) -> list[Record]:
    """The career plan and its milestones, dated in days from today."""
    plan = _record(CareerPlan, _days_from(today, career["plan"], "plan"), "plan")
    milestones = []
    for position, item in enumerate(career["milestones"]):
        place = f"milestones {position + 1}"
        milestones.append(
            _record(Milestone, {**_days_from(today, item, place), "position": position}, place)
        )
    return [plan, *milestones]


def _action(
    item: dict[str, Any],
    meeting_id: str,
    position: int,
    accomplishment_ids: dict[str, str],
    today: date,
    meeting_place: str,
) -> ActionItem:
    place = f"{meeting_place}, action {position + 1}"
    links = {
        "meeting_id": meeting_id,
        "position": position,
        "proof_ids": _ids(accomplishment_ids, item.get("proof", []), "accomplishment", place),
    }
    rest = {k: v for k, v in item.items() if k != "proof"}
    return _record(ActionItem, {**_days_from(today, rest, place), **links}, place)


def _without_key(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "key"}


#: the conversations' and the search's dates, written in the data file as whole days from today
_DAYS_FROM_TODAY = (
    "last_contact",
    "date",
    "follow_up",
    "due",
    "done_on",
    "next_step_date",
    "deadline",
    "started",
)


def _is_days(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _days_from(
    today: date, item: dict[str, Any], place: str, names: tuple[str, ...] = _DAYS_FROM_TODAY
) -> dict[str, Any]:
    """The item with its dates (`names`), written as days from today, turned into calendar
    days.
    """
    dated = dict(item)
    for name in names:
        value = item.get(name)
        if value is None:
            continue
        if not _is_days(value):
            raise DemoError(
                f"demo career, {place}: {name} must be a whole number of days from today,"
                f" not {value!r}"
            )
        dated[name] = (today + timedelta(days=value)).isoformat()
    return dated


def _ids(ids: dict[str, str], keys: Any, what: str, place: str) -> list[str]:
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise DemoError(f"demo career, {place}: the {what} keys must be a list of text")
    return [_id(ids, key, what, place) for key in keys]


def _id(ids: dict[str, str], key: Any, what: str, place: str) -> Any:
    if key is None:
        return None
    if not isinstance(key, str) or key not in ids:
        raise DemoError(f"demo career, {place}: no {what} has the key {key!r}")
    return ids[key]


def _role_id(owners: dict[str, Record], item: dict[str, Any]) -> str:
    """The id of the role, project or volunteering record an accomplishment names by key."""
    key = _text(item, "role", "accomplishments")
    if key not in owners:
        raise DemoError(f"demo career, accomplishments: no role or project has the key {key!r}")
    return owners[key].id


def _skill_ids(skills: dict[str, Skill], item: dict[str, Any]) -> list[str]:
    names = item.get("skills", [])
    if not isinstance(names, list):
        raise DemoError("demo career, accomplishments: skills must be a list of skill names")
    unknown = [name for name in names if name not in skills]
    if unknown:
        raise DemoError(f"demo career, accomplishments: no skill is named {unknown[0]!r}")
    return [skills[name].id for name in names]


def _moved_back(record: R, years: int) -> R:
    """The record with every date `years` earlier (the career as seen from an earlier today)."""
    if not years:
        return record
    moved = {
        f.name: PartialDate(value.year - years, value.month, value.day)
        for f in fields(record)
        if isinstance(value := getattr(record, f.name), PartialDate)
    }
    return replace(record, **moved)
