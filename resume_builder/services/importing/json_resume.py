"""JSON Resume v1.0.0 import: a file (ours or any tool's) to incoming records and their places."""

# The importer only parses; `plan.make_plan` decides what is new. Our own full export carries
# record ids and every field JSON Resume lacks under "x-resume-builder", so importing it gives
# back the same records; another tool's file gives roles with their highlights as
# accomplishments and skills from the skills' keywords. Text stays text: HTML is kept literal,
# and URLs and paths are never opened.

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NoReturn

from resume_builder.domain.dates import (
    PRESENT,
    DateError,
    EndDate,
    PartialDate,
    parse_date,
    parse_end,
)
from resume_builder.domain.models import (
    IMPACT_MAX,
    IMPACT_MIN,
    RECORD_TYPES,
    Accomplishment,
    Award,
    Certification,
    Education,
    Interest,
    Language,
    Link,
    Profile,
    Project,
    Publication,
    Record,
    RecordError,
    Reference,
    Role,
    Skill,
    Volunteer,
    new_id,
    now_iso,
    skill_name_key,
)
from resume_builder.export.json_resume import EXTENSION_KEY
from resume_builder.services.importing.plan import ImportFileError

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
_MB = 1024 * 1024

# Kinds of field values: how a JSON value becomes a model value.
TEXT, TEXTS, DATE, END = "text", "texts", "date", "end"

# Per section: JSON key -> (model attribute, kind). A key of the same name in the item's
# extension wins over the standard one (our export puts exact values there when the schema
# cannot hold them: odd dates, text that is not a URL, an open end).
_SECTIONS: dict[str, tuple[type[Record], dict[str, tuple[str, str]]]] = {
    "volunteer": (
        Volunteer,
        {
            "organization": ("organization", TEXT),
            "position": ("position", TEXT),
            "url": ("url", TEXT),
            "startDate": ("start", DATE),
            "endDate": ("end", END),
            "summary": ("summary", TEXT),
            "highlights": ("highlights", TEXTS),
        },
    ),
    "education": (
        Education,
        {
            "institution": ("institution", TEXT),
            "url": ("url", TEXT),
            "area": ("area", TEXT),
            "studyType": ("study_type", TEXT),
            "startDate": ("start", DATE),
            "endDate": ("end", END),
            "score": ("score", TEXT),
            "courses": ("courses", TEXTS),
        },
    ),
    "awards": (
        Award,
        {
            "title": ("title", TEXT),
            "date": ("date", DATE),
            "awarder": ("awarder", TEXT),
            "summary": ("summary", TEXT),
        },
    ),
    "certificates": (
        Certification,
        {
            "name": ("name", TEXT),
            "date": ("date", DATE),
            "issuer": ("issuer", TEXT),
            "url": ("url", TEXT),
        },
    ),
    "publications": (
        Publication,
        {
            "name": ("name", TEXT),
            "publisher": ("publisher", TEXT),
            "releaseDate": ("release_date", DATE),
            "url": ("url", TEXT),
            "summary": ("summary", TEXT),
        },
    ),
    "languages": (Language, {"language": ("language", TEXT), "fluency": ("fluency", TEXT)}),
    "interests": (Interest, {"name": ("name", TEXT), "keywords": ("keywords", TEXTS)}),
    "references": (Reference, {"name": ("name", TEXT), "reference": ("reference", TEXT)}),
    "projects": (
        Project,
        {
            "name": ("name", TEXT),
            "description": ("description", TEXT),
            "highlights": ("highlights", TEXTS),
            "keywords": ("keywords", TEXTS),
            "startDate": ("start", DATE),
            "endDate": ("end", END),
            "url": ("url", TEXT),
            "roles": ("roles", TEXTS),
            "entity": ("entity", TEXT),
            "type": ("type", TEXT),
        },
    ),
}
_WORK_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("employer", TEXT),
    "position": ("title", TEXT),
    "url": ("url", TEXT),
    "location": ("location", TEXT),
    "description": ("employer_description", TEXT),
    "startDate": ("start", DATE),
    "endDate": ("end", END),
    "summary": ("description", TEXT),
}
# Fields JSON Resume has no place for, which our export keeps in the extension only.
_EXTENSION_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "education": {"location": ("location", TEXT)},
    "certificates": {"expires": ("expires", DATE), "credentialId": ("credential_id", TEXT)},
    "references": {"contact": ("contact", TEXT)},
}
# Names older JSON Resume files (before v1.0.0) used, read when the current name is absent.
_OLD_NAMES: dict[str, dict[str, str]] = {
    "work": {"name": "company", "url": "website"},
    "volunteer": {"url": "website"},
    "education": {"score": "gpa"},
    "publications": {"url": "website"},
    "projects": {"url": "website"},
}
_BASICS_FIELDS: dict[str, str] = {
    "name": "name",
    "label": "headline",
    "image": "image",
    "email": "email",
    "phone": "phone",
    "url": "url",
    "summary": "summary",
}
_LOCATION_FIELDS: dict[str, str] = {
    "address": "address",
    "postalCode": "postal_code",
    "city": "city",
    "countryCode": "country_code",
    "region": "region",
}
_ACCOMPLISHMENT_TEXT = ("headline", "situation", "task", "action", "result", "notes")
_ACCOMPLISHMENT_TEXTS = ("metrics", "evidence")
# Keys of any item's extension that the importer reads; any other key is kept in `extra`.
_EXTENSION_KNOWN = {"id", "extra"}
# Meta values a full export writes afresh every time, so they describe the file, not the career.
_REGENERATED_META = {"canonical", "version", "lastModified", EXTENSION_KEY}


def parse_json_resume(data: bytes, source_name: str) -> tuple[list[Record], dict[str, str]]:
    """Reads a JSON Resume file into incoming records and where each came from.

    Args:
        data: the file's bytes (UTF-8, a byte-order mark allowed).
        source_name: the file's name, for messages.

    Returns:
        The records (ids from the file's extension where it has them, fresh ones otherwise;
        accomplishments point at the roles and skills in the same list) and a map from record
        id to its place in the file ("work[2]", "work[2].highlights[3]").

    Raises:
        ImportFileError: the file is too big, not UTF-8, not JSON, nested too deeply, or a
            value has the wrong type or is not a date; the message names the file and place.

    """
    document = _load(data, source_name)
    reader = _Reader(source_name)
    reader.read(document)
    return reader.records, reader.sources


# ----------------------------------------------------------------------------- bytes to JSON
def _load(data: bytes, source_name: str) -> dict[str, Any]:
    """The file's top-level object, after the checks that must come before or during parsing."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            f"{source_name} is {_megabytes(len(data))} MB; the limit is {MAX_BYTES // _MB} MB"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = " (it looks like UTF-16)" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise ImportFileError(
            f"{source_name} is not UTF-8 text{hint}: byte {exc.start} cannot be read; "
            "save it as UTF-8 and try again"
        ) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"{source_name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        # The C parser gives up at the interpreter's recursion limit (about 1,000 levels).
        raise ImportFileError(
            f"{source_name} is nested too deeply (more than {MAX_DEPTH} levels)"
        ) from None
    except ValueError as exc:
        # A number too long to convert, or NaN/Infinity (which JSON does not have).
        raise ImportFileError(f"{source_name} is not valid JSON: {exc}") from None
    if not isinstance(document, dict):
        raise ImportFileError(
            f"{source_name} must hold a JSON object at the top, not {_kind(document)}"
        )
    _check_tree(document, source_name)
    return document


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


def _megabytes(size: int) -> str:
    return f"{size / _MB:.1f}".removesuffix(".0")


def _check_tree(document: dict[str, Any], source_name: str) -> None:
    """Rejects nesting deeper than MAX_DEPTH and mends lone surrogates, without recursion.

    A JSON escape can spell half of a UTF-16 pair; such text cannot be saved as
    UTF-8 later, so each one becomes U+FFFD now.
    """
    stack: list[tuple[Any, int, str]] = [(document, 1, "")]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            shown = path if len(path) <= 80 else path[:77] + "…"
            raise ImportFileError(
                f"{source_name} is nested too deeply (more than {MAX_DEPTH} levels) at {shown}"
            )
        if isinstance(node, dict):
            if any(not _is_clean(k) for k in node):
                mended = {_mend(k): v for k, v in node.items()}
                node.clear()
                node.update(mended)
            for key, value in node.items():
                if isinstance(value, str):
                    if not _is_clean(value):
                        node[key] = _mend(value)
                elif isinstance(value, dict | list):
                    stack.append((value, depth + 1, f"{path}.{key}" if path else key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, str):
                    if not _is_clean(value):
                        node[index] = _mend(value)
                elif isinstance(value, dict | list):
                    stack.append((value, depth + 1, f"{path}[{index}]"))


def _is_clean(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _mend(text: str) -> str:
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


def _kind(value: Any) -> str:
    """How a JSON value is named in messages."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return "null"


# ----------------------------------------------------------------------------- JSON to records
class _Reader:
    """Walks the document, collecting records, their places and the skills they name."""

    def __init__(self, source_name: str) -> None:
        self.source_name = source_name
        self.records: list[Record] = []
        self.sources: dict[str, str] = {}
        self._ids: set[str] = set()
        self._skills: list[Skill] = []
        # Accomplishments whose skills are named: resolved once every skill is known.
        self._skill_names: list[tuple[Accomplishment, list[str], str]] = []
        self._accomplishments: list[Accomplishment] = []

    def fail(self, message: str) -> NoReturn:
        raise ImportFileError(f"{self.source_name}: {message}")

    # ------------------------------------------------------------------ document
    def read(self, document: dict[str, Any]) -> None:
        profile = self._basics(document)
        self._work(document)
        for section, (cls, spec) in _SECTIONS.items():
            for index, item in enumerate(self._objects(document, section)):
                self._generic(section, index, item, cls, spec)
        self._skills_section(document)
        self._loose(document)
        meta = self._meta(document)
        unknown = {
            key: value
            for key, value in document.items()
            if key not in ("$schema", "basics", "work", "skills", "meta", EXTENSION_KEY)
            and key not in _SECTIONS
        }
        if unknown or meta:
            if profile is None:
                profile = Profile()
                self._add(profile, "basics")
            if meta:
                _merge_into(profile.extra, "meta", meta)
            if unknown:
                # Sections other tools invent ("hobbies", "x-theme") travel with the profile.
                _merge_into(profile.extra, "document", unknown)
        self._resolve_skills()
        # Profile first, then roles, ..., the order a preview lists them in.
        self.records.sort(key=lambda r: _ORDER.index(type(r)))

    def _add(self, record: Record, where: str) -> None:
        try:
            record.validate()
        except RecordError as exc:
            self.fail(f"{where}: {exc}")
        self.records.append(record)
        self.sources[record.id] = where

    def _id(self, holder: dict[str, Any], where: str) -> str:
        """The record id the file carries, so a re-import matches; a fresh one otherwise or when
        the file uses an id twice (two records must never share one).
        """
        value = holder.get("id")
        if value is not None and (not isinstance(value, str) or not value.strip()):
            kind = "blank text" if isinstance(value, str) else _kind(value)
            self.fail(f"{where}.id must be non-blank text, not {kind}")
        identifier = value if value and value not in self._ids else new_id()
        self._ids.add(identifier)
        return identifier

    def _fresh_id(self) -> str:
        identifier = new_id()
        self._ids.add(identifier)
        return identifier

    # ------------------------------------------------------------------ basics and meta
    def _basics(self, document: dict[str, Any]) -> Profile | None:
        if document.get("basics") is None:
            return None
        basics = self._object(document["basics"], "basics")
        extension = self._extension(basics, "basics")
        values: dict[str, Any] = {}
        for key, attribute in _BASICS_FIELDS.items():
            values[attribute] = self._value(basics, extension, key, TEXT, "basics")
        values["location"] = self._text(extension.get("location"), f"basics.{EXTENSION_KEY}")
        extra = self._extra(
            basics,
            extension,
            set(_BASICS_FIELDS) | {"location", "profiles"},
            {"email", "url", "location"},
            "basics",
        )
        if basics.get("location") is not None:
            location = self._object(basics["location"], "basics.location")
            for key, attribute in _LOCATION_FIELDS.items():
                values[attribute] = self._text(location.get(key), f"basics.location.{key}")
            leftover = {k: v for k, v in location.items() if k not in _LOCATION_FIELDS}
            if leftover:
                extra["location"] = leftover
        links: list[Link] = []
        leftovers: list[dict[str, Any]] = []
        for index, item in enumerate(self._objects(basics, "profiles", "basics.profiles")):
            where = f"basics.profiles[{index}]"
            aside = self._extension(item, where)
            links.append(
                Link(
                    network=self._text(item.get("network"), f"{where}.network"),
                    username=self._text(item.get("username"), f"{where}.username"),
                    url=self._value(item, aside, "url", TEXT, where),
                )
            )
            leftover = {
                k: v
                for k, v in item.items()
                if k not in ("network", "username", "url", EXTENSION_KEY)
            }
            leftover.update({k: v for k, v in aside.items() if k != "url"})
            leftovers.append(leftover)
        if any(leftovers):
            extra["profiles"] = leftovers
        profile = Profile(extra=extra, links=links, **values)
        self._add(profile, "basics")
        return profile

    def _meta(self, document: dict[str, Any]) -> dict[str, Any]:
        """The meta values worth keeping: all of another tool's, none that our export rewrites."""
        if document.get("meta") is None:
            return {}
        meta = self._object(document["meta"], "meta")
        ours = isinstance(meta.get(EXTENSION_KEY), dict)
        return {k: v for k, v in meta.items() if not (ours and k in _REGENERATED_META)}

    # ------------------------------------------------------------------ work
    def _work(self, document: dict[str, Any]) -> None:
        for index, item in enumerate(self._objects(document, "work")):
            where = f"work[{index}]"
            extension = self._extension(item, where)
            role = self._record(Role, "work", item, extension, _WORK_FIELDS, where)
            self._add(role, where)
            highlights = self._texts(item.get("highlights"), f"{where}.highlights")
            detail = extension.get("accomplishments")
            if detail is None:
                for number, headline in enumerate(highlights):
                    self._highlight(headline, role.id, f"{where}.highlights[{number}]")
                continue
            detail_where = f"{where}.{EXTENSION_KEY}.accomplishments"
            if not isinstance(detail, list):
                self.fail(f"{detail_where} must be a list, not {_kind(detail)}")
            place = {
                h: f"{where}.highlights[{n}]" for n, h in reversed(list(enumerate(highlights)))
            }
            headlines: set[str] = set()
            for number, entry in enumerate(detail):
                item_where = f"{detail_where}[{number}]"
                accomplishment = self._accomplishment(entry, role.id, item_where)
                headlines.add(accomplishment.headline)
                self._add(accomplishment, place.get(accomplishment.headline, item_where))
            # A highlight another tool added to our file has no detail yet: a plain bullet.
            for number, headline in enumerate(highlights):
                if headline not in headlines:
                    self._highlight(headline, role.id, f"{where}.highlights[{number}]")

    def _highlight(self, headline: str, role_id: str, where: str) -> None:
        accomplishment = Accomplishment(id=new_id(), headline=headline, role_id=role_id)
        self._add(accomplishment, where)

    def _accomplishment(self, entry: Any, role_id: str | None, where: str) -> Accomplishment:
        entry = self._object(entry, where)
        values: dict[str, Any] = {}
        for key in _ACCOMPLISHMENT_TEXT:
            values[key] = self._text(entry.get(key), f"{where}.{key}")
        for key in _ACCOMPLISHMENT_TEXTS:
            values[key] = self._texts(entry.get(key), f"{where}.{key}")
        values["date"] = self._date(entry.get("date"), f"{where}.date")
        for key in ("created", "updated"):
            values[key] = self._text(entry.get(key), f"{where}.{key}") or now_iso()
        impact = entry.get("impact")
        if impact is not None:
            if isinstance(impact, bool) or not isinstance(impact, int):
                self.fail(f"{where}.impact must be a whole number, not {_kind(impact)}")
            if not IMPACT_MIN <= impact <= IMPACT_MAX:
                self.fail(f"{where}.impact: {impact} is not between {IMPACT_MIN} and {IMPACT_MAX}")
            values["impact"] = impact
        extra = self._extra_object(entry.get("extra"), f"{where}.extra")
        known = {*_ACCOMPLISHMENT_TEXT, *_ACCOMPLISHMENT_TEXTS}
        known |= {"id", "date", "created", "updated", "impact", "extra", "skills"}
        extra.update({k: v for k, v in entry.items() if k not in known})
        accomplishment = Accomplishment(
            id=self._id(entry, where), role_id=role_id, extra=extra, **values
        )
        names = self._texts(entry.get("skills"), f"{where}.skills")
        if names:
            self._skill_names.append((accomplishment, names, where))
        return accomplishment

    def _loose(self, document: dict[str, Any]) -> None:
        """Accomplishments without a role: in meta's extension (where our export puts them,
        as the schema allows no extra key at the top) or in a top-level extension.
        """
        places = []
        meta = document.get("meta")
        if isinstance(meta, dict) and meta.get(EXTENSION_KEY) is not None:
            places.append((self._object(meta[EXTENSION_KEY], f"meta.{EXTENSION_KEY}"), "meta."))
        if document.get(EXTENSION_KEY) is not None:
            places.append((self._object(document[EXTENSION_KEY], EXTENSION_KEY), ""))
        for holder, prefix in places:
            entries = holder.get("accomplishments")
            if entries is None:
                continue
            where = f"{prefix}{EXTENSION_KEY}.accomplishments"
            if not isinstance(entries, list):
                self.fail(f"{where} must be a list, not {_kind(entries)}")
            for number, entry in enumerate(entries):
                item_where = f"{where}[{number}]"
                self._add(self._accomplishment(entry, None, item_where), item_where)

    # ------------------------------------------------------------------ skills
    def _skills_section(self, document: dict[str, Any]) -> None:
        for index, item in enumerate(self._objects(document, "skills")):
            where = f"skills[{index}]"
            extension = self._extension(item, where)
            name = self._text(item.get("name"), f"{where}.name")
            level = self._text(item.get("level"), f"{where}.level")
            keywords = self._texts(item.get("keywords"), f"{where}.keywords")
            detail = extension.get("skills")
            leftover = {
                k: v
                for k, v in item.items()
                if k not in ("name", "level", "keywords", EXTENSION_KEY)
            }
            leftover.update(
                {k: v for k, v in extension.items() if k not in _EXTENSION_KNOWN | {"skills"}}
            )
            shared_extra = {**self._extra_object(extension.get("extra"), f"{where}.extra")}
            shared_extra.update(leftover)
            if detail is not None:
                self._skill_details(detail, name, keywords, level, shared_extra, where)
            elif keywords:
                # A JSON Resume skill with keywords is a group: each keyword is a skill.
                for number, keyword in enumerate(keywords):
                    self._skill(
                        keyword,
                        name,
                        level,
                        [],
                        dict(shared_extra),
                        None,
                        f"{where}.keywords[{number}]",
                    )
            else:
                self._skill(name, "", level, [], shared_extra, None, where)

    def _skill_details(
        self,
        detail: Any,
        name: str,
        keywords: list[str],
        level: str,
        shared_extra: dict[str, Any],
        where: str,
    ) -> None:
        detail_where = f"{where}.{EXTENSION_KEY}.skills"
        if not isinstance(detail, list):
            self.fail(f"{detail_where} must be a list, not {_kind(detail)}")
        named: set[str] = set()
        for number, entry in enumerate(detail):
            entry_where = f"{detail_where}[{number}]"
            entry = self._object(entry, entry_where)
            skill_name = self._text(entry.get("name"), f"{entry_where}.name")
            if "category" in entry:
                category = self._text(entry.get("category"), f"{entry_where}.category")
            else:
                # A full export always names the category of a grouped skill; a tailored one
                # (no ids) leaves it to the entry's name.
                category = "" if "id" in entry else name
            extra = self._extra_object(entry.get("extra"), f"{entry_where}.extra")
            extra.update(
                {
                    k: v
                    for k, v in entry.items()
                    if k not in ("id", "name", "category", "level", "aliases", "extra")
                }
            )
            extra.update(shared_extra)
            self._skill(
                skill_name,
                category,
                self._text(entry.get("level"), f"{entry_where}.level"),
                self._texts(entry.get("aliases"), f"{entry_where}.aliases"),
                extra,
                entry,
                entry_where,
            )
            named.update(self._skills[-1].names() if skill_name.strip() else ())
        # A keyword another tool added to our file: a new skill in that group. (A lone skill's
        # keywords are its aliases.)
        for number, keyword in enumerate(keywords):
            if keyword not in named:
                self._skill(keyword, name, level, [], {}, None, f"{where}.keywords[{number}]")

    def _skill(
        self,
        name: str,
        category: str,
        level: str,
        aliases: list[str],
        extra: dict[str, Any],
        extension: dict[str, Any] | None,
        where: str,
    ) -> None:
        if not name.strip():
            return  # a blank keyword names nothing
        skill = Skill(
            id=self._id(extension or {}, where) if extension else self._fresh_id(),
            name=name,
            category=category,
            level=level,
            aliases=aliases,
            extra=extra,
        )
        self._add(skill, where)
        self._skills.append(skill)

    def _resolve_skills(self) -> None:
        """Points accomplishments at the skills they name: the exact name first, then any name
        or alias ignoring case; a name the file has no skill for becomes a new skill.
        """
        exact: dict[str, str] = {}
        loose: dict[str, str] = {}
        for skill in self._skills:
            exact.setdefault(skill.name, skill.id)
            for alias in skill.names():
                loose.setdefault(skill_name_key(alias), skill.id)
        for accomplishment, names, where in self._skill_names:
            ids: list[str] = []
            for number, name in enumerate(names):
                found = exact.get(name) or loose.get(skill_name_key(name))
                if found is None and name.strip():
                    self._skill(name, "", "", [], {}, None, f"{where}.skills[{number}]")
                    found = exact.setdefault(name, self._skills[-1].id)
                    loose.setdefault(skill_name_key(name), found)
                if found is not None and found not in ids:
                    ids.append(found)
            accomplishment.skill_ids = ids

    # ------------------------------------------------------------------ other sections
    def _generic(
        self,
        section: str,
        index: int,
        item: dict[str, Any],
        cls: type[Record],
        spec: dict[str, tuple[str, str]],
    ) -> None:
        where = f"{section}[{index}]"
        extension = self._extension(item, where)
        record = self._record(cls, section, item, extension, spec, where)
        self._add(record, where)

    def _record(
        self,
        cls: type[Record],
        section: str,
        item: dict[str, Any],
        extension: dict[str, Any],
        spec: dict[str, tuple[str, str]],
        where: str,
    ) -> Record:
        old_names = _OLD_NAMES.get(section, {})
        used_old: set[str] = set()
        values: dict[str, Any] = {}
        for key, (attribute, kind) in spec.items():
            old = old_names.get(key)
            if key not in item and key not in extension and old in item:
                used_old.add(old)
                key = old
            values[attribute] = self._value(item, extension, key, kind, where)
        for key, (attribute, kind) in _EXTENSION_FIELDS.get(section, {}).items():
            values[attribute] = self._convert(
                kind, extension.get(key), f"{where}.{EXTENSION_KEY}.{key}"
            )
        # Other tools leave out the end of what is still going on (themes show "Present");
        # our full export marks the open end itself, so there no end means none is known.
        open_end = values.get("start") is not None and "endDate" not in item
        if "end" in values and values["end"] is None and open_end and "id" not in extension:
            values["end"] = PRESENT
        aside_known = {"accomplishments"} if section == "work" else set()
        aside_known |= set(spec) | set(_EXTENSION_FIELDS.get(section, {}))
        known = set(spec) | used_old | ({"highlights"} if section == "work" else set())
        extra = self._extra(item, extension, known, aside_known, where)
        identifier = self._id(extension, f"{where}.{EXTENSION_KEY}")
        return cls(id=identifier, extra=extra, **values)

    # ------------------------------------------------------------------ values
    def _value(
        self, item: dict[str, Any], extension: dict[str, Any], key: str, kind: str, where: str
    ) -> Any:
        if key in extension:
            return self._convert(kind, extension[key], f"{where}.{EXTENSION_KEY}.{key}")
        return self._convert(kind, item.get(key), f"{where}.{key}")

    def _convert(self, kind: str, value: Any, where: str) -> Any:
        converters: dict[str, Callable[[Any, str], Any]] = {
            TEXT: self._text,
            TEXTS: self._texts,
            DATE: self._date,
            END: self._end,
        }
        return converters[kind](value, where)

    def _text(self, value: Any, where: str) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # a score or postal code written as a number
        self.fail(f"{where} must be text, not {_kind(value)}")

    def _texts(self, value: Any, where: str) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"{where} must be a list, not {_kind(value)}")
        return [
            self._text(v, f"{where}[{i}]") if v is not None else "" for i, v in enumerate(value)
        ]

    def _date(self, value: Any, where: str) -> PartialDate | None:
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(f"{where} must be a date as text, not {_kind(value)}")
        try:
            # The one reader of typed dates: "2019-05", "05/2019", "May 2019", a date-time.
            return parse_date(value)
        except DateError as exc:
            self.fail(f"{where}: {exc}")

    def _end(self, value: Any, where: str) -> EndDate | None:
        if isinstance(value, str) and not value.strip():
            return PRESENT  # an empty end is how some tools say "still going on"
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(f"{where} must be a date as text, not {_kind(value)}")
        try:
            return parse_end(value)
        except DateError as exc:
            self.fail(f"{where}: {exc}")

    # ------------------------------------------------------------------ structure
    def _object(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(f"{where} must be an object, not {_kind(value)}")
        return value

    def _objects(
        self, holder: dict[str, Any], key: str, where: str | None = None
    ) -> list[dict[str, Any]]:
        where = where or key
        value = holder.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"{where} must be a list, not {_kind(value)}")
        return [self._object(item, f"{where}[{i}]") for i, item in enumerate(value)]

    def _extension(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        value = item.get(EXTENSION_KEY)
        if value is None:
            return {}
        return self._object(value, f"{where}.{EXTENSION_KEY}")

    def _extra_object(self, value: Any, where: str) -> dict[str, Any]:
        if value is None:
            return {}
        return dict(self._object(value, where))

    def _extra(
        self,
        item: dict[str, Any],
        extension: dict[str, Any],
        known: set[str],
        aside_known: set[str],
        where: str,
    ) -> dict[str, Any]:
        """The record's `extra`: what our export kept there, plus every key of the item (and
        of its extension) that has no field here, so another tool's additions come back out
        on export.
        """
        extra = self._extra_object(extension.get("extra"), f"{where}.{EXTENSION_KEY}.extra")
        extra.update({k: v for k, v in item.items() if k not in known and k != EXTENSION_KEY})
        leftover = {k: v for k, v in extension.items() if k not in _EXTENSION_KNOWN | aside_known}
        if leftover:
            _merge_into(extra, EXTENSION_KEY, leftover)
        return extra


def _merge_into(extra: dict[str, Any], key: str, values: dict[str, Any]) -> None:
    """Adds values under extra[key], next to what an earlier export kept there."""
    existing = extra.get(key)
    extra[key] = {**existing, **values} if isinstance(existing, dict) else values


_ORDER = RECORD_TYPES  # the order records come out in: the model's own
