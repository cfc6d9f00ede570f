"""The demo career: a fictional IT leader's full record for `--demo`, screenshots and tests.

The career itself is data, in resources/demo/career_<language>.json; this module reads it,
checks it and builds fresh records from it.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date
from functools import cache
from typing import Any, TypeVar

from resume_builder import paths
from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    RECORD_TYPE_BY_KIND,
    Accomplishment,
    Profile,
    Record,
    RecordError,
    Role,
    Skill,
)
from resume_builder.storage.repository import Repository

_SECTIONS = ("about", "told_in_year", "profile", "skills", "roles", "accomplishments", "background")
# Kinds the background list may hold: everything around the roles, nothing that links to them.
_BACKGROUND_KINDS = frozenset(RECORD_TYPE_BY_KIND) - {"profile", "role", "skill", "accomplishment"}


R = TypeVar("R", bound=Record)


class DemoError(ValueError):
    """The demo data file does not describe a career the model accepts; says where."""


def demo_records(today: date | None = None) -> list[Record]:
    """Every record of the demo career, freshly built.

    Ids are new on every call; everything else is the same each time. All dates lie on or
    before `today` (default: the current date) except a certificate's future expiry; for a
    `today` before the year the career is told in, the whole career moves back by whole years.

    Raises:
        DemoError: the data file cannot be read or does not describe a valid career.

    """
    return career_records(_career_file(), today or date.today())


def career_records(career: Any, today: date) -> list[Record]:
    """The records a parsed career file describes, as seen from `today`.

    Raises:
        DemoError: a part is missing, an accomplishment names an unknown role or skill, or a
            value is one the model refuses.

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
    accomplishments = []
    for item in career["accomplishments"]:
        links = {"role_id": _role_id(roles, item), "skill_ids": _skill_ids(skills, item)}
        rest = {k: v for k, v in item.items() if k not in ("role", "skills")}
        accomplishments.append(_record(Accomplishment, {**rest, **links}, "accomplishments"))
    background = [_background_record(item) for item in career["background"]]
    records = [
        _record(Profile, career["profile"], "profile"),
        *roles.values(),
        *skills.values(),
        *accomplishments,
        *background,
    ]
    return [_moved_back(record, years_back) for record in records]


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
    for section in ("skills", "roles", "accomplishments", "background"):
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
    rest = {k: v for k, v in item.items() if k != "kind"}
    return _record(RECORD_TYPE_BY_KIND[kind], rest, "background")


def _text(item: dict[str, Any], key: str, section: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise DemoError(f"demo career, {section}: every entry needs a {key}")
    return value


def _role_id(roles: dict[str, Role], item: dict[str, Any]) -> str:
    key = _text(item, "role", "accomplishments")
    if key not in roles:
        raise DemoError(f"demo career, accomplishments: no role has the key {key!r}")
    return roles[key].id


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
