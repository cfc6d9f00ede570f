"""JSON Resume v1.0.0 import: a file (ours or any tool's) to incoming records and their places."""

# The importer only parses; `plan.make_plan` decides what is new. Our own full export carries
# record ids and every field JSON Resume lacks under "x-resume-builder", so importing it gives
# back the same records; another tool's file gives roles, projects and volunteering with their
# highlights as accomplishments and skills from the skills' keywords. Text stays text: HTML is
# kept literal, and URLs and paths are never opened. What a person would read the same way is
# read with a warning naming its place (json_values.py); one item that cannot be read is
# skipped with a warning; only a file holding nothing to import is refused.

from __future__ import annotations

from typing import Any

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    IMPACT_DEFAULT,
    IMPACT_MAX,
    IMPACT_MIN,
    RECORD_TYPES,
    Accomplishment,
    Link,
    Profile,
    Record,
    RecordError,
    Role,
    Skill,
    new_id,
    now_iso,
    skill_name_key,
)
from resume_builder.export.json_resume import EXTENSION_KEY
from resume_builder.services.importing.json_conversations import (
    read_conversations,
    read_reference,
)
from resume_builder.services.importing.json_document import (
    EXPECTED,
    MAX_BYTES,
    MAX_DEPTH,
    kind_of,
    load_document,
)
from resume_builder.services.importing.json_fields import (
    ACCOMPLISHMENT_TEXT,
    ACCOMPLISHMENT_TEXTS,
    BASICS_FIELDS,
    EXTENSION_FIELDS,
    EXTENSION_KNOWN,
    KNOWN_SECTIONS,
    LOCATION_FIELDS,
    OLD_NAMES,
    OWNER_SECTIONS,
    REGENERATED_META,
    SECTIONS,
    TEXT,
    WORK_FIELDS,
)
from resume_builder.services.importing.json_values import SkipItem, ValueReader, merge_into
from resume_builder.services.importing.plan import ImportFileError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "parse_json_resume"]

_PROFILE_TEXT = (*BASICS_FIELDS.values(), *LOCATION_FIELDS.values(), "location", "pitch")


def parse_json_resume(
    data: bytes, source_name: str, warnings: list[str] | None = None
) -> tuple[list[Record], dict[str, str]]:
    """Reads a JSON Resume file into incoming records and where each came from.

    Args:
        data: the file's bytes (UTF-8, a byte-order mark allowed).
        source_name: the file's name, for messages.
        warnings: where the sentences about what was mended or left out are appended, each
            naming the file and the place ("resume.json: work[2].highlights: …").

    Returns:
        The records (ids from the file's extension where it has them, fresh ones otherwise;
        accomplishments point at the roles and skills in the same list) and a map from record
        id to its place in the file ("work[2]", "work[2].highlights[3]").

    Raises:
        ImportFileError: the file is too big, not UTF-8, not JSON, nested too deeply, not an
            object, or holds nothing to import; the message names the file.

    """
    found: list[str] = []
    document = load_document(data, source_name, found)
    reader = _Reader(source_name)
    reader.warnings = found
    reader.read(document)
    if not reader.holds_something():
        raise ImportFileError(reader.nothing_sentence(document))
    if warnings is not None:
        warnings.extend(reader.warnings)
    return reader.records, reader.sources


class _Reader(ValueReader):
    """Walks the document, collecting records, their places and the skills they name."""

    def __init__(self, source_name: str) -> None:
        super().__init__(source_name)
        self.records: list[Record] = []
        self.sources: dict[str, str] = {}
        self._ids: set[str] = set()
        self._skills: list[Skill] = []
        # Accomplishments whose skills are named: resolved once every skill is known.
        self._skill_names: list[tuple[Accomplishment, list[str], str]] = []
        self._skipped = 0

    # ------------------------------------------------------------------ document
    def read(self, document: dict[str, Any]) -> None:
        profile = self._guarded("basics", lambda: self._basics(document))
        for index, item in enumerate(self.items(document, "work")):
            self._guarded(f"work[{index}]", lambda i=index, v=item: self._work(i, v))
        places = self.extension_places(document)
        people = read_conversations(self, places)
        for index, item in enumerate(self.items(document, "references")):
            where = f"references[{index}]"
            self._guarded(where, lambda v=item, w=where: read_reference(self, v, w, people))
        for section, (cls, spec) in SECTIONS.items():
            for index, item in enumerate(self.items(document, section)):
                where = f"{section}[{index}]"
                self._guarded(
                    where,
                    lambda: self._section_item(cls, section, item, spec, where),  # noqa: B023
                )
        self._skills_section(document)
        self._loose(places)
        meta = self._meta(document)
        unknown = {
            key: value
            for key, value in document.items()
            if key not in KNOWN_SECTIONS and key not in ("$schema", "meta")
        }
        if unknown or meta:
            if profile is None:
                profile = Profile()
                self._add(profile, "basics")
            if meta:
                merge_into(profile.extra, "meta", meta)
            if unknown:
                # Sections other tools invent ("hobbies", "x-theme") travel with the profile.
                merge_into(profile.extra, "document", unknown)
        self._resolve_skills()
        # Profile first, then roles, ..., the order a preview lists them in.
        self.records.sort(key=lambda r: RECORD_TYPES.index(type(r)))

    def _section_item(
        self, cls: type[Record], section: str, item: Any, spec: dict, where: str
    ) -> None:
        item = self.item(item)
        extension = self.extension(item, where)
        record = self._record(cls, section, item, extension, spec, where)
        self._add(record, where)
        if section in OWNER_SECTIONS:
            # A project's or volunteering record's highlights are its accomplishments.
            self._owned(record.id, item, extension, where)

    def guarded(self, where: str, read: Any) -> Any:
        """Runs one item's reading; an item that cannot be read is skipped with a warning."""
        return self._guarded(where, read)

    def add_record(self, record: Record, where: str) -> None:
        """Adds a record read at `where` (skipped with a warning if it breaks a rule)."""
        self._add(record, where)

    def record_id(self, holder: dict[str, Any], where: str) -> str:
        """The id the file gives a record, or a fresh one (see `_id`)."""
        return self._id(holder, where)

    def _guarded(self, where: str, read: Any) -> Any:
        """Runs one item's reading; an item that cannot be read is skipped with a warning."""
        try:
            return read()
        except SkipItem as exc:
            self._skipped += 1
            self.warn(where, f"skipped: {exc}")
            return None

    def holds_something(self) -> bool:
        """Whether any record holds more than a carrier profile for unknown keys."""
        for record in self.records:
            if not isinstance(record, Profile):
                return True
            if record.links or any(getattr(record, name) for name in _PROFILE_TEXT):
                return True
        return False

    def nothing_sentence(self, document: dict[str, Any]) -> str:
        name = self.source_name
        if self._skipped:
            first = next(w for w in self.warnings if ": skipped: " in w)
            return f"{name} holds nothing that can be imported ({first.removeprefix(name + ': ')})"
        if not any(key in KNOWN_SECTIONS for key in document):
            return f"{name} has none of the sections of a JSON Resume; {EXPECTED}"
        return f"{name} holds nothing to import: its sections are empty; {EXPECTED}"

    def _add(self, record: Record, where: str) -> None:
        try:
            record.validate()
        except RecordError as exc:
            self.skip(str(exc))
        self.records.append(record)
        self.sources[record.id] = where

    def _id(self, holder: dict[str, Any], where: str) -> str:
        """The record id the file carries, so a re-import matches; a fresh one otherwise or when
        the file uses an id twice (two records must never share one).
        """
        value = holder.get("id")
        if value is not None and (not isinstance(value, str) or not value.strip()):
            kind = "blank text" if isinstance(value, str) else kind_of(value)
            self.warn(f"{where}.id", f"{kind} where an id belongs; a new id was given")
            value = None
        identifier = value if value and value not in self._ids else new_id()
        self._ids.add(identifier)
        return identifier

    def _fresh_id(self) -> str:
        identifier = new_id()
        self._ids.add(identifier)
        return identifier

    def _period(self, record: Record, where: str) -> None:
        """An end before the start is read as no end, with a warning: the start is the
        likelier to be right, and the record itself is worth having.
        """
        start, end = getattr(record, "start", None), getattr(record, "end", None)
        if (
            start is not None
            and isinstance(end, PartialDate)
            and end.upper_key() < start.sort_key()
        ):
            self.warn(where, f"ends ({end}) before it starts ({start}); the end was left empty")
            record.end = None

    # ------------------------------------------------------------------ basics and meta
    def _basics(self, document: dict[str, Any]) -> Profile | None:
        basics = document.get("basics")
        if basics is None:
            return None
        if isinstance(basics, list):
            if len(basics) != 1:
                self.skip(f"a list of {len(basics)} where one object belongs")
            self.warn("basics", "a list of one where an object belongs; read as that one")
            basics = basics[0]
        basics = self.item(basics)
        extension = self.extension(basics, "basics")
        values: dict[str, Any] = {}
        for key, attribute in BASICS_FIELDS.items():
            values[attribute] = self.value(basics, extension, key, TEXT, "basics")
        values["location"] = self.text(extension.get("location"), f"basics.{EXTENSION_KEY}")
        values["pitch"] = self.text(extension.get("pitch"), f"basics.{EXTENSION_KEY}")
        extra = self.extra(
            basics,
            extension,
            set(BASICS_FIELDS) | {"location", "profiles"},
            {"email", "url", "location", "pitch"},
            "basics",
        )
        location = basics.get("location")
        if isinstance(location, str):
            self.warn("basics.location", "text where an object belongs; read as the city")
            values["city"] = location
        elif location is not None:
            location = self.object_or_empty(location, "basics.location")
            for key, attribute in LOCATION_FIELDS.items():
                values[attribute] = self.text(location.get(key), f"basics.location.{key}")
            leftover = {k: v for k, v in location.items() if k not in LOCATION_FIELDS}
            if leftover:
                extra["location"] = leftover
        links: list[Link] = []
        leftovers: list[dict[str, Any]] = []
        for index, item in enumerate(self.items(basics, "profiles", "basics.profiles")):
            where = f"basics.profiles[{index}]"
            if not isinstance(item, dict):
                self.warn(where, f"skipped: {kind_of(item)} where an object belongs")
                continue
            aside = self.extension(item, where)
            links.append(
                Link(
                    network=self.text(item.get("network"), f"{where}.network"),
                    username=self.text(item.get("username"), f"{where}.username"),
                    url=self.value(item, aside, "url", TEXT, where),
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
        meta = self.object_or_empty(document.get("meta"), "meta")
        ours = isinstance(meta.get(EXTENSION_KEY), dict)
        return {k: v for k, v in meta.items() if not (ours and k in REGENERATED_META)}

    # ------------------------------------------------------------------ work
    def _work(self, index: int, item: Any) -> None:
        where = f"work[{index}]"
        item = self.item(item)
        extension = self.extension(item, where)
        role = self._record(Role, "work", item, extension, WORK_FIELDS, where)
        self._add(role, where)
        self._owned(role.id, item, extension, where)

    def _owned(
        self, owner_id: str, item: dict[str, Any], extension: dict[str, Any], where: str
    ) -> None:
        """The accomplishments of a work, project or volunteer item: in full from our
        extension, else (and for highlights another tool added) one per highlight.
        """
        highlights = self.texts(item.get("highlights"), f"{where}.highlights")
        detail = extension.get("accomplishments")
        if detail is None:
            for number, headline in enumerate(highlights):
                self._highlight(headline, owner_id, f"{where}.highlights[{number}]")
            return
        detail_where = f"{where}.{EXTENSION_KEY}.accomplishments"
        place = {h: f"{where}.highlights[{n}]" for n, h in reversed(list(enumerate(highlights)))}
        headlines: set[str] = set()
        for number, entry in enumerate(self.items(extension, "accomplishments", detail_where)):
            item_where = f"{detail_where}[{number}]"

            def read(entry=entry, item_where=item_where) -> None:
                accomplishment = self._accomplishment(entry, owner_id, item_where)
                headlines.add(accomplishment.headline)
                self._add(accomplishment, place.get(accomplishment.headline, item_where))

            self._guarded(item_where, read)
        # A highlight another tool added to our file has no detail yet: a plain bullet.
        for number, headline in enumerate(highlights):
            if headline not in headlines:
                self._highlight(headline, owner_id, f"{where}.highlights[{number}]")

    def _highlight(self, headline: str, role_id: str, where: str) -> None:
        accomplishment = Accomplishment(id=new_id(), headline=headline, role_id=role_id)
        self._add(accomplishment, where)

    def _accomplishment(self, entry: Any, role_id: str | None, where: str) -> Accomplishment:
        entry = self.item(entry)
        values: dict[str, Any] = {}
        for key in ACCOMPLISHMENT_TEXT:
            values[key] = self.text(entry.get(key), f"{where}.{key}")
        for key in ACCOMPLISHMENT_TEXTS:
            values[key] = self.texts(entry.get(key), f"{where}.{key}")
        values["date"] = self.date(entry.get("date"), f"{where}.date")
        for key in ("created", "updated"):
            values[key] = self.text(entry.get(key), f"{where}.{key}") or now_iso()
        impact = entry.get("impact")
        if impact is not None:
            if isinstance(impact, bool) or not isinstance(impact, int | float):
                self.warn(
                    f"{where}.impact",
                    f"{kind_of(impact)} where a whole number belongs; left at {IMPACT_DEFAULT}",
                )
            elif impact != int(impact) or not IMPACT_MIN <= impact <= IMPACT_MAX:
                self.warn(
                    f"{where}.impact",
                    f"{impact} is not a whole number between "
                    f"{IMPACT_MIN} and {IMPACT_MAX}; left at {IMPACT_DEFAULT}",
                )
            else:
                values["impact"] = int(impact)
        extra = self.extra_object(entry.get("extra"), f"{where}.extra")
        known = {*ACCOMPLISHMENT_TEXT, *ACCOMPLISHMENT_TEXTS}
        known |= {"id", "date", "created", "updated", "impact", "extra", "skills"}
        extra.update({k: v for k, v in entry.items() if k not in known})
        accomplishment = Accomplishment(
            id=self._id(entry, where), role_id=role_id, extra=extra, **values
        )
        names = self.texts(entry.get("skills"), f"{where}.skills")
        if names:
            self._skill_names.append((accomplishment, names, where))
        return accomplishment

    def extension_places(self, document: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
        """Where our whole-file extension is: in meta (where our export puts it, as the schema
        allows no extra key at the top) and at the top; each with the prefix of its place.
        """
        places = []
        meta = document.get("meta")
        if isinstance(meta, dict) and meta.get(EXTENSION_KEY) is not None:
            aside = self.object_or_empty(meta[EXTENSION_KEY], f"meta.{EXTENSION_KEY}")
            places.append((aside, "meta."))
        if document.get(EXTENSION_KEY) is not None:
            places.append((self.object_or_empty(document[EXTENSION_KEY], EXTENSION_KEY), ""))
        return places

    def _loose(self, places: list[tuple[dict[str, Any], str]]) -> None:
        """Accomplishments without a role: in meta's extension (where our export puts them,
        as the schema allows no extra key at the top) or in a top-level extension.
        """
        for holder, prefix in places:
            where = f"{prefix}{EXTENSION_KEY}.accomplishments"
            for number, entry in enumerate(self.items(holder, "accomplishments", where)):
                item_where = f"{where}[{number}]"
                self._guarded(
                    item_where,
                    lambda e=entry, w=item_where: self._add(self._accomplishment(e, None, w), w),
                )

    # ------------------------------------------------------------------ skills
    def _skills_section(self, document: dict[str, Any]) -> None:
        for index, item in enumerate(self.items(document, "skills")):
            where = f"skills[{index}]"
            self._guarded(where, lambda v=item, w=where: self._skill_group(self.item(v), w))

    def _skill_group(self, item: dict[str, Any], where: str) -> None:
        extension = self.extension(item, where)
        name = self.text(item.get("name"), f"{where}.name")
        level = self.text(item.get("level"), f"{where}.level")
        keywords = self.texts(item.get("keywords"), f"{where}.keywords")
        detail = extension.get("skills")
        leftover = {
            k: v for k, v in item.items() if k not in ("name", "level", "keywords", EXTENSION_KEY)
        }
        leftover.update(
            {k: v for k, v in extension.items() if k not in EXTENSION_KNOWN | {"skills"}}
        )
        shared_extra = {**self.extra_object(extension.get("extra"), f"{where}.extra")}
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
        named: set[str] = set()
        for number, entry in enumerate(self.items({"skills": detail}, "skills", detail_where)):
            entry_where = f"{detail_where}[{number}]"
            if not isinstance(entry, dict):
                self.warn(entry_where, f"skipped: {kind_of(entry)} where an object belongs")
                continue
            skill_name = self.text(entry.get("name"), f"{entry_where}.name")
            if "category" in entry:
                category = self.text(entry.get("category"), f"{entry_where}.category")
            else:
                # A full export always names the category of a grouped skill; a tailored one
                # (no ids) leaves it to the entry's name.
                category = "" if "id" in entry else name
            extra = self.extra_object(entry.get("extra"), f"{entry_where}.extra")
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
                self.text(entry.get("level"), f"{entry_where}.level"),
                self.texts(entry.get("aliases"), f"{entry_where}.aliases"),
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
    def _record(
        self,
        cls: type[Record],
        section: str,
        item: dict[str, Any],
        extension: dict[str, Any],
        spec: dict[str, tuple[str, str]],
        where: str,
    ) -> Record:
        old_names = OLD_NAMES.get(section, {})
        used_old: set[str] = set()
        values: dict[str, Any] = {}
        for key, (attribute, kind) in spec.items():
            old = old_names.get(key)
            if key not in item and key not in extension and old in item:
                used_old.add(old)
                key = old
            values[attribute] = self.value(item, extension, key, kind, where)
        for key, (attribute, kind) in EXTENSION_FIELDS.get(section, {}).items():
            values[attribute] = self.convert(
                kind, extension.get(key), f"{where}.{EXTENSION_KEY}.{key}"
            )
        # Other tools leave out the end of what is still going on (themes show "Present");
        # our full export marks the open end itself, so there no end means none is known.
        open_end = values.get("start") is not None and "endDate" not in item
        if "end" in values and values["end"] is None and open_end and "id" not in extension:
            values["end"] = PRESENT
        owns = section in OWNER_SECTIONS
        aside_known = {"accomplishments"} if owns else set()
        aside_known |= set(spec) | set(EXTENSION_FIELDS.get(section, {}))
        known = set(spec) | used_old | ({"highlights"} if owns else set())
        extra = self.extra(item, extension, known, aside_known, where)
        identifier = self._id(extension, f"{where}.{EXTENSION_KEY}")
        record = cls(id=identifier, extra=extra, **values)
        self._period(record, where)
        return record
