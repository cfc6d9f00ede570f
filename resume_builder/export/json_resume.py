"""Export of the career record as a JSON Resume v1.0.0 document (https://jsonresume.org/schema)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from resume_builder.domain.dates import PRESENT
from resume_builder.domain.models import (
    Accomplishment,
    Link,
    Record,
    Role,
    Skill,
    newest_first,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.json_accomplishments import (
    accomplishment_detail,
    date_rank,
    headlines,
    iso_date,
    loose_accomplishments,
    owned_accomplishments,
    tidy,
)
from resume_builder.export.json_conversations import conversation_detail, references
from resume_builder.export.text import fix_surrogates
from resume_builder.storage.atomic import atomic_write_bytes

SCHEMA_VERSION = "v1.0.0"
SCHEMA_CANONICAL = "https://jsonresume.org/schema"
SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
#: the key, on any item, that carries what JSON Resume has no field for
EXTENSION_KEY = "x-resume-builder"
#: `meta["x-resume-builder"]["format"]` of a full (lossless) export
FULL_FORMAT = 1

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

    Roles, projects and volunteering records list their accomplishments' headlines as
    highlights, so any JSON Resume tool shows them. Values with no JSON Resume field go under
    an "x-resume-builder" key on the item they belong to (the schema allows extra keys on
    items and in `meta`, not at the top level).

    Two forms:
    - Full (``selected_ids is None``): lossless, for moving the whole record to another copy of
      the app. Every item carries its record id; each work, project and volunteer item
      carries its accomplishments in full (STAR, metrics, skills by name, impact, evidence,
      notes, timestamps) in highlight order; accomplishments without an owner, and every
      person, organisation, target (with its status, history and links), meeting, action
      item and milestone, and the career plan, go to ``meta["x-resume-builder"]``
      (`references` are the people marked as references, each naming its person's id); every
      skill keeps its id, category, level and aliases; text is kept exactly (blank and
      untrimmed values too); an open end is marked "present".
    - Tailored (a list of ids): a résumé, not a backup. Only the chosen highlights, no ids and
      no accomplishment detail; only values the schema cannot hold (odd dates, non-URL links)
      and each record's `extra` go aside. Of people only the references' names and words
      go out; meetings and the job search never do.

    The profile's id is never written: a database has one profile, and an import fills the
    one that is there.

    Args:
        snapshot: the records to export.
        selected_ids: accomplishment ids to use as highlights, in this order; None exports
            everything (every accomplishment of each role, newest first) in the full form.
        last_modified: the time for `meta.lastModified`; None is now.

    Returns:
        The document as plain dicts, lists and strings.

    """
    full = selected_ids is None
    owned = owned_accomplishments(snapshot, selected_ids)
    skill_names = {skill.id: skill.name for skill in snapshot.skills}
    data: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": _basics(snapshot, full)}
    sections: dict[str, list[dict[str, Any]]] = {
        "work": _work(snapshot, selected_ids, owned),
        "volunteer": [
            _volunteer(v, full, owned.get(v.id, []), skill_names)
            for v in newest_first(snapshot.volunteer)
        ],
        "education": [_education(e, full) for e in newest_first(snapshot.education)],
        "awards": [_award(a, full) for a in _by_date(snapshot.awards, "date")],
        "certificates": [_certificate(c, full) for c in _by_date(snapshot.certifications, "date")],
        "publications": [
            _publication(p, full) for p in _by_date(snapshot.publications, "release_date")
        ],
        "skills": _skills(snapshot.skills, full),
        "languages": [
            _item(lang, None, full, language=lang.language, fluency=lang.fluency)
            for lang in snapshot.languages
        ],
        "interests": [
            _item(i, None, full, name=i.name, keywords=i.keywords) for i in snapshot.interests
        ],
        "references": references(snapshot, full, EXTENSION_KEY),
        "projects": [
            _project(p, full, owned.get(p.id, []), skill_names)
            for p in newest_first(snapshot.projects)
        ],
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
    if full:
        # Marks the file as a full export, so an import knows the meta values above are ours
        # (rewritten on every export) rather than the user's.
        aside: dict[str, Any] = {"format": FULL_FORMAT}
        loose = loose_accomplishments(snapshot)
        if loose:
            aside["accomplishments"] = loose
        # People, meetings, action items and the job search: JSON Resume has no place for them.
        aside.update(conversation_detail(snapshot))
        data["meta"][EXTENSION_KEY] = aside
    return data


def write_json_resume(data: dict[str, Any], target: Path | BinaryIO) -> None:
    """Writes a JSON Resume document as UTF-8 JSON, indented by two spaces.

    Args:
        data: the document from `to_json_resume`.
        target: a file path (replaced atomically) or a binary stream to write into.

    """
    # Text is kept exactly (the full form is a backup), except a lone surrogate, which UTF-8
    # cannot encode: it is replaced as in every document (export/text.py).
    payload = fix_surrogates(json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if isinstance(target, Path):
        atomic_write_bytes(target, payload)
    else:
        target.write(payload)


# ----------------------------------------------------------------------------- sections
def _basics(snapshot: CareerSnapshot, full: bool) -> dict[str, Any]:
    profile = snapshot.profile
    extension: dict[str, Any] = {}
    email = profile.email.strip()
    if email and not _EMAIL.match(email):
        # Not an address a validator accepts: kept, but outside the checked field.
        extension["email"], email = profile.email, ""
    elif full and email != profile.email:
        extension["email"] = profile.email  # spaces around it: the exact text travels aside
    basics = _item(
        profile,
        extension,
        full,
        with_id=False,
        name=profile.name,
        label=profile.headline,
        image=profile.image,
        email=email,
        phone=profile.phone,
        url=_uri(profile.url, "url", extension, full),
        summary=profile.summary,
        location=tidy(
            {
                "address": profile.address,
                "postalCode": profile.postal_code,
                "city": profile.city,
                "countryCode": profile.country_code,
                "region": profile.region,
            },
            keep_blank=full,
        ),
        profiles=[_profile_link(link, full) for link in profile.links],
    )
    if profile.location.strip() or (full and profile.location):
        # The one-line location a résumé shows ("Stockholm, Sweden") has no JSON Resume field.
        basics.setdefault(EXTENSION_KEY, {})["location"] = profile.location
    if profile.pitch.strip() or (full and profile.pitch):
        # The cover letter's first-person pitch has no JSON Resume field either.
        basics.setdefault(EXTENSION_KEY, {})["pitch"] = profile.pitch
    return basics


def _profile_link(link: Link, full: bool) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    item = tidy(
        {
            "network": link.network,
            "username": link.username,
            "url": _uri(link.url, "url", extension, full),
        },
        keep_blank=full,
    )
    if extension:
        item[EXTENSION_KEY] = extension
    return item


def _work(
    snapshot: CareerSnapshot,
    selected_ids: list[str] | None,
    owned: dict[str, list[Accomplishment]],
) -> list[dict[str, Any]]:
    full = selected_ids is None
    skill_names = {skill.id: skill.name for skill in snapshot.skills}
    work = []
    for role in newest_first(snapshot.roles):
        items = owned.get(role.id, [])
        detail = [accomplishment_detail(a, skill_names) for a in items] if full else []
        work.append(_role(role, headlines(items), detail, full))
    return work


def _with_detail(
    item: dict[str, Any],
    items: list[Accomplishment],
    skill_names: dict[str, str],
    full: bool,
) -> dict[str, Any]:
    """The item with its accomplishments in full in its extension (the full form only)."""
    if full and items:
        detail = [accomplishment_detail(a, skill_names) for a in items]
        item.setdefault(EXTENSION_KEY, {})["accomplishments"] = detail
    return item


def _role(
    role: Role, highlights: list[str], detail: list[dict[str, Any]], full: bool
) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    item = _item(
        role,
        extension,
        full,
        name=role.employer,
        position=role.title,
        url=_uri(role.url, "url", extension, full),
        location=role.location,
        description=role.employer_description,
        startDate=_date(role.start, "startDate", extension, full),
        endDate=_date(role.end, "endDate", extension, full),
        summary=role.description,
        highlights=highlights,
    )
    if detail:
        item.setdefault(EXTENSION_KEY, {})["accomplishments"] = detail
    return item


def _volunteer(
    record: Any, full: bool, items: list[Accomplishment], skill_names: dict[str, str]
) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    item = _item(
        record,
        extension,
        full,
        organization=record.organization,
        position=record.position,
        url=_uri(record.url, "url", extension, full),
        startDate=_date(record.start, "startDate", extension, full),
        endDate=_date(record.end, "endDate", extension, full),
        summary=record.summary,
        highlights=headlines(items),
    )
    return _with_detail(item, items, skill_names, full)


def _education(record: Any, full: bool) -> dict[str, Any]:
    extension: dict[str, Any] = {"location": record.location}
    return _item(
        record,
        extension,
        full,
        institution=record.institution,
        url=_uri(record.url, "url", extension, full),
        area=record.area,
        studyType=record.study_type,
        startDate=_date(record.start, "startDate", extension, full),
        endDate=_date(record.end, "endDate", extension, full),
        score=record.score,
        courses=record.courses,
    )


def _award(record: Any, full: bool) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    return _item(
        record,
        extension,
        full,
        title=record.title,
        date=_date(record.date, "date", extension, full),
        awarder=record.awarder,
        summary=record.summary,
    )


def _certificate(record: Any, full: bool) -> dict[str, Any]:
    extension: dict[str, Any] = {
        "expires": iso_date(record.expires),
        "credentialId": record.credential_id,
    }
    return _item(
        record,
        extension,
        full,
        name=record.name,
        date=_full_date(record.date, extension, full),
        issuer=record.issuer,
        url=_uri(record.url, "url", extension, full),
    )


def _publication(record: Any, full: bool) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    return _item(
        record,
        extension,
        full,
        name=record.name,
        publisher=record.publisher,
        releaseDate=_date(record.release_date, "releaseDate", extension, full),
        url=_uri(record.url, "url", extension, full),
        summary=record.summary,
    )


def _project(
    record: Any, full: bool, items: list[Accomplishment], skill_names: dict[str, str]
) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    item = _item(
        record,
        extension,
        full,
        name=record.name,
        description=record.description,
        highlights=headlines(items),
        keywords=record.keywords,
        startDate=_date(record.start, "startDate", extension, full),
        endDate=_date(record.end, "endDate", extension, full),
        url=_uri(record.url, "url", extension, full),
        roles=record.roles,
        entity=record.entity,
        type=record.type,
    )
    return _with_detail(item, items, skill_names, full)


def _skills(skills: Iterable[Skill], full: bool) -> list[dict[str, Any]]:
    """One entry per category (keywords = the skills' names); uncategorised skills alone.

    The full form lists every skill of an entry in its extension with id, exact category,
    level, aliases and extra; the tailored form only when the group would lose a level or an
    alias.
    """
    groups: dict[str, list[Skill]] = {}
    entries: list[tuple[str, dict[str, Any]]] = []
    for skill in skills:
        if skill.category.strip():
            # "Cloud" and "cloud " are one category; the first spelling names it.
            groups.setdefault(skill.category.strip().casefold(), []).append(skill)
        elif full:
            entry = tidy(
                {"name": skill.name, "level": skill.level, "keywords": skill.aliases},
                keep_blank=True,
            )
            entry[EXTENSION_KEY] = {"skills": [_skill_detail(skill)]}
            entries.append((skill.name.casefold(), entry))
        else:
            entry = _item(
                skill, None, False, name=skill.name, level=skill.level, keywords=skill.aliases
            )
            entries.append((skill.name.casefold(), entry))
    for members in groups.values():
        levels = {s.level for s in members}
        shared = levels.pop() if len(levels) == 1 else ""
        entry = tidy(
            {
                "name": members[0].category.strip(),
                "level": shared,
                "keywords": [s.name for s in members],
            }
        )
        if full:
            entry[EXTENSION_KEY] = {"skills": [_skill_detail(s) for s in members]}
        elif len({s.level for s in members}) > 1 or any(s.aliases or s.extra for s in members):
            # Per-skill levels and aliases would be lost in the group: keep them aside.
            entry[EXTENSION_KEY] = {
                "skills": [
                    tidy(
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


def _skill_detail(skill: Skill) -> dict[str, Any]:
    return {
        "id": skill.id,
        **tidy(
            {
                "name": skill.name,
                "category": skill.category,
                "level": skill.level,
                "aliases": skill.aliases,
                "extra": skill.extra,
            },
            keep_blank=True,
        ),
    }


# ----------------------------------------------------------------------------- helpers
def _item(
    record: Record,
    extension: dict[str, Any] | None,
    full: bool,
    *,
    with_id: bool = True,
    **fields: Any,
) -> dict[str, Any]:
    """A tidy JSON Resume item, plus the extension (and the record's `extra`) when not empty;
    the full form also keeps blank text and carries the record's id.
    """
    item = tidy(fields, keep_blank=full)
    aside = tidy(dict(extension or {}), keep_blank=full)
    if full and with_id:
        aside = {"id": record.id, **aside}
    if record.extra:
        aside["extra"] = record.extra
    if aside:
        item[EXTENSION_KEY] = aside
    return item


def _date(value: Any, key: str, extension: dict[str, Any], full: bool = False) -> str | None:
    """An ISO partial date for a JSON Resume date field; one the schema rejects goes aside.

    The full form marks an open end as "present" aside, so that "still going on" and "end
    not known" stay apart (the schema's field can only be left out).
    """
    if full and value is PRESENT:
        extension[key] = PRESENT.iso()
    text = iso_date(value)
    if text is None or _ISO8601.match(text):
        return text
    extension[key] = text
    return None


def _full_date(value: Any, extension: dict[str, Any], full: bool = False) -> str | None:
    """A certificate date: v1.0.0 declares `format: date`, so a year or month becomes its
    first day and the precise partial date is kept aside.
    """
    text = _date(value, "date", extension, full)
    if text is None or len(text) == 10:
        return text
    extension["date"] = text
    return f"{text}-01" if len(text) == 7 else f"{text}-01-01"


def _uri(text: str, key: str, extension: dict[str, Any], full: bool = False) -> str | None:
    """A URL the schema's `format: uri` accepts; a bare host gets https://, anything else
    (not a URL at all) is kept aside rather than making the document invalid. The full form
    also keeps the exact text aside whenever the field had to change it.
    """
    url = text.strip()
    if not url or _URI.match(url):
        result = url or None
    elif _BARE_HOST.match(url):
        result = f"https://{url}"
    else:
        extension[key] = text
        return None
    if full and text and result != text:
        extension[key] = text
    return result


def _by_date(records: Iterable[Any], attribute: str) -> list[Any]:
    return sorted(records, key=lambda r: date_rank(getattr(r, attribute)))
