"""Export of the career record as a JSON Resume v1.0.0 document (https://jsonresume.org/schema)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Link,
    Record,
    Role,
    Skill,
    sort_key_newest_first,
)
from resume_builder.export.builders import CareerSnapshot
from resume_builder.storage.atomic import atomic_write_bytes

SCHEMA_VERSION = "v1.0.0"
SCHEMA_CANONICAL = "https://jsonresume.org/schema"
SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
#: the key, on any item, that carries what JSON Resume has no field for
EXTENSION_KEY = "x-resume-builder"

# The schema's `iso8601` definition only admits years 1000-2999; other years go to the extension.
_ISO8601 = re.compile(
    r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"
)
# Validators check `format: uri` as "scheme:rest"; a bare host gets https:// rather than dropped.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S*$")
_BARE_HOST = re.compile(r"^[^\s/:@]+\.[^\s/:@]+(?:[/?#]\S*)?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def to_json_resume(
    snapshot: CareerSnapshot,
    *,
    selected_ids: list[str] | None = None,
    last_modified: datetime | None = None,
) -> dict[str, Any]:
    """The snapshot as a JSON Resume v1.0.0 document, ready for `json.dumps`.

    Empty texts and lists are left out. Roles list their accomplishments' headlines as
    highlights; accomplishment detail (STAR, metrics, notes) stays in the app, since JSON
    Resume is for carrying the résumé itself elsewhere. Values with no JSON Resume field go
    under an "x-resume-builder" key on the item they belong to.

    Args:
        snapshot: the records to export.
        selected_ids: accomplishment ids to use as highlights, in this order; None uses
            every accomplishment of each role, newest first.
        last_modified: the time for `meta.lastModified`; None is now.

    Returns:
        The document as plain dicts, lists and strings.

    """
    data: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": _basics(snapshot)}
    sections: dict[str, list[dict[str, Any]]] = {
        "work": _work(snapshot, selected_ids),
        "volunteer": [_volunteer(v) for v in _newest_first(snapshot.volunteer)],
        "education": [_education(e) for e in _newest_first(snapshot.education)],
        "awards": [_award(a) for a in _by_date(snapshot.awards, "date")],
        "certificates": [_certificate(c) for c in _by_date(snapshot.certifications, "date")],
        "publications": [_publication(p) for p in _by_date(snapshot.publications, "release_date")],
        "skills": _skills(snapshot.skills),
        "languages": [
            _item(lang, language=lang.language, fluency=lang.fluency) for lang in snapshot.languages
        ],
        "interests": [_item(i, name=i.name, keywords=i.keywords) for i in snapshot.interests],
        "references": [_reference(r) for r in snapshot.references],
        "projects": [_project(p) for p in _newest_first(snapshot.projects)],
    }
    for key, items in sections.items():
        items = [item for item in items if item]
        if items:
            data[key] = items
    moment = (last_modified or datetime.now(UTC)).astimezone(UTC)
    data["meta"] = {
        "canonical": SCHEMA_CANONICAL,
        "version": SCHEMA_VERSION,
        # The schema asks for YYYY-MM-DDThh:mm:ss; UTC so two machines agree.
        "lastModified": moment.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    return data


def write_json_resume(data: dict[str, Any], target: Path | BinaryIO) -> None:
    """Writes a JSON Resume document as UTF-8 JSON, indented by two spaces.

    Args:
        data: the document from `to_json_resume`.
        target: a file path (replaced atomically) or a binary stream to write into.

    """
    payload = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if isinstance(target, Path):
        atomic_write_bytes(target, payload)
    else:
        target.write(payload)


# ----------------------------------------------------------------------------- sections
def _basics(snapshot: CareerSnapshot) -> dict[str, Any]:
    profile = snapshot.profile
    extension: dict[str, Any] = {}
    email = profile.email.strip()
    if email and not _EMAIL.match(email):
        # Not an address a validator accepts: kept, but outside the checked field.
        extension["email"], email = profile.email, ""
    basics = _item(
        profile,
        extension,
        name=profile.name,
        label=profile.headline,
        image=profile.image,
        email=email,
        phone=profile.phone,
        url=_uri(profile.url, "url", extension),
        summary=profile.summary,
        location=_tidy(
            {
                "address": profile.address,
                "postalCode": profile.postal_code,
                "city": profile.city,
                "countryCode": profile.country_code,
                "region": profile.region,
            }
        ),
        profiles=[_profile_link(link) for link in profile.links],
    )
    if profile.location.strip():
        # The one-line location a résumé shows ("Stockholm, Sweden") has no JSON Resume field.
        basics.setdefault(EXTENSION_KEY, {})["location"] = profile.location
    return basics


def _profile_link(link: Link) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    item = _tidy(
        {
            "network": link.network,
            "username": link.username,
            "url": _uri(link.url, "url", extension),
        }
    )
    if extension:
        item[EXTENSION_KEY] = extension
    return item


def _work(snapshot: CareerSnapshot, selected_ids: list[str] | None) -> list[dict[str, Any]]:
    by_role: dict[str, list[Accomplishment]] = {}
    for item in snapshot.accomplishments:
        if item.role_id is not None:
            by_role.setdefault(item.role_id, []).append(item)
    position = None if selected_ids is None else {aid: i for i, aid in enumerate(selected_ids)}
    work = []
    for role in _newest_first(snapshot.roles):
        items = by_role.get(role.id, [])
        if position is None:
            # Newest first; undated ones last, in the order they were recorded.
            items = sorted(items, key=lambda a: _date_rank(a.date))
        else:
            items = sorted((a for a in items if a.id in position), key=lambda a: position[a.id])
        work.append(_role(role, [a.headline for a in items if a.headline.strip()]))
    return work


def _role(role: Role, highlights: list[str]) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    return _item(
        role,
        extension,
        name=role.employer,
        position=role.title,
        url=_uri(role.url, "url", extension),
        location=role.location,
        description=role.employer_description,
        startDate=_date(role.start, "startDate", extension),
        endDate=_date(role.end, "endDate", extension),
        summary=role.description,
        highlights=highlights,
    )


def _volunteer(record: Any) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    return _item(
        record,
        extension,
        organization=record.organization,
        position=record.position,
        url=_uri(record.url, "url", extension),
        startDate=_date(record.start, "startDate", extension),
        endDate=_date(record.end, "endDate", extension),
        summary=record.summary,
        highlights=record.highlights,
    )


def _education(record: Any) -> dict[str, Any]:
    extension: dict[str, Any] = {"location": record.location}
    return _item(
        record,
        extension,
        institution=record.institution,
        url=_uri(record.url, "url", extension),
        area=record.area,
        studyType=record.study_type,
        startDate=_date(record.start, "startDate", extension),
        endDate=_date(record.end, "endDate", extension),
        score=record.score,
        courses=record.courses,
    )


def _award(record: Any) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    return _item(
        record,
        extension,
        title=record.title,
        date=_date(record.date, "date", extension),
        awarder=record.awarder,
        summary=record.summary,
    )


def _certificate(record: Any) -> dict[str, Any]:
    extension: dict[str, Any] = {
        "expires": _iso(record.expires),
        "credentialId": record.credential_id,
    }
    return _item(
        record,
        extension,
        name=record.name,
        date=_full_date(record.date, extension),
        issuer=record.issuer,
        url=_uri(record.url, "url", extension),
    )


def _publication(record: Any) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    return _item(
        record,
        extension,
        name=record.name,
        publisher=record.publisher,
        releaseDate=_date(record.release_date, "releaseDate", extension),
        url=_uri(record.url, "url", extension),
        summary=record.summary,
    )


def _reference(record: Any) -> dict[str, Any]:
    return _item(record, {"contact": record.contact}, name=record.name, reference=record.reference)


def _project(record: Any) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    return _item(
        record,
        extension,
        name=record.name,
        description=record.description,
        highlights=record.highlights,
        keywords=record.keywords,
        startDate=_date(record.start, "startDate", extension),
        endDate=_date(record.end, "endDate", extension),
        url=_uri(record.url, "url", extension),
        roles=record.roles,
        entity=record.entity,
        type=record.type,
    )


def _skills(skills: Iterable[Skill]) -> list[dict[str, Any]]:
    """One entry per category (keywords = the skills' names); uncategorised skills alone."""
    groups: dict[str, list[Skill]] = {}
    entries: list[tuple[str, dict[str, Any]]] = []
    for skill in skills:
        if skill.category.strip():
            # "Cloud" and "cloud " are one category; the first spelling names it.
            groups.setdefault(skill.category.strip().casefold(), []).append(skill)
        else:
            entry = _item(skill, name=skill.name, level=skill.level, keywords=skill.aliases)
            entries.append((skill.name.casefold(), entry))
    for members in groups.values():
        levels = {s.level for s in members}
        shared = levels.pop() if len(levels) == 1 else ""
        entry = _tidy(
            {
                "name": members[0].category.strip(),
                "level": shared,
                "keywords": [s.name for s in members],
            }
        )
        if len({s.level for s in members}) > 1 or any(s.aliases or s.extra for s in members):
            # Per-skill levels and aliases would be lost in the group: keep them aside.
            entry[EXTENSION_KEY] = {
                "skills": [
                    _tidy(
                        {
                            "name": s.name,
                            "level": s.level,
                            "aliases": s.aliases,
                            "extra": s.extra,
                        }
                    )
                    for s in members
                ]
            }
        entries.append((members[0].category.strip().casefold(), entry))
    # Categories and lone skills in alphabetical order, like the résumé's skills section.
    return [entry for _, entry in sorted(entries, key=lambda pair: pair[0])]


# ----------------------------------------------------------------------------- helpers
def _item(record: Record, extension: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """A tidy JSON Resume item, plus the extension (and the record's `extra`) when not empty."""
    item = _tidy(fields)
    aside = _tidy(dict(extension or {}))
    if record.extra:
        aside["extra"] = record.extra
    if aside:
        item[EXTENSION_KEY] = aside
    return item


def _tidy(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields without empty texts, lists, objects and Nones."""
    tidy: dict[str, Any] = {}
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, str) and not value.strip():
            continue
        if isinstance(value, list):
            value = [v for v in value if not (isinstance(v, str) and not v.strip())]
            value = [v for v in value if v != {}]
            if not value:
                continue
        if isinstance(value, dict) and not value:
            continue
        tidy[key] = value
    return tidy


def _iso(value: Any) -> str | None:
    """A stored date as text, or None when absent or open ("present" has no JSON form)."""
    return value.iso() if isinstance(value, PartialDate) else None


def _date(value: Any, key: str, extension: dict[str, Any]) -> str | None:
    """An ISO partial date for a JSON Resume date field; one the schema rejects goes aside."""
    text = _iso(value)
    if text is None or _ISO8601.match(text):
        return text
    extension[key] = text
    return None


def _full_date(value: Any, extension: dict[str, Any]) -> str | None:
    """A certificate date: v1.0.0 declares `format: date`, so a year or month becomes its
    first day and the precise partial date is kept aside.
    """
    text = _date(value, "date", extension)
    if text is None or len(text) == 10:
        return text
    extension["date"] = text
    return f"{text}-01" if len(text) == 7 else f"{text}-01-01"


def _uri(text: str, key: str, extension: dict[str, Any]) -> str | None:
    """A URL the schema's `format: uri` accepts; a bare host gets https://, anything else
    (not a URL at all) is kept aside rather than making the document invalid.
    """
    url = text.strip()
    if not url or _URI.match(url):
        return url or None
    if _BARE_HOST.match(url):
        return f"https://{url}"
    extension[key] = text
    return None


def _newest_first(records: Iterable[Any]) -> list[Any]:
    return sorted(records, key=sort_key_newest_first)


def _date_rank(value: PartialDate | None) -> tuple[int, ...]:
    """Sort key for newest first with undated records last."""
    if value is None:
        return (1, 0, 0, 0)
    return (0, *(-x for x in value.sort_key()))


def _by_date(records: Iterable[Any], attribute: str) -> list[Any]:
    return sorted(records, key=lambda r: _date_rank(getattr(r, attribute)))
