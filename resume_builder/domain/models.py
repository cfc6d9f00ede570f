"""The career record as plain dataclasses: profile, roles, accomplishments, skills and more.

Field names cover every field of the JSON Resume schema (v1.0.0) so that an import and an
export can be lossless; anything a file carries that we have no field for goes to `extra`.
"""

from __future__ import annotations

import typing
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any, ClassVar, TypeVar

from resume_builder.domain.dates import (
    PRESENT,
    DateError,
    EndDate,
    PartialDate,
    format_date,
    parse_date,
    parse_end,
)

IMPACT_MIN, IMPACT_MAX, IMPACT_DEFAULT = 1, 5, 3


class RecordError(ValueError):
    """A stored or imported record that does not fit the model; says which field and why."""


def new_id() -> str:
    """A fresh, globally unique record id."""
    return uuid.uuid4().hex


def now_iso() -> str:
    """The current time as an ISO 8601 UTC timestamp, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class Link:
    """A profile on the web (JSON Resume `basics.profiles`)."""

    network: str = ""
    username: str = ""
    url: str = ""


@dataclass
class Record:
    """Base of every stored record: a stable id and fields we could not place."""

    KIND: ClassVar[str] = ""
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data."""
        return {f.name: _encode(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        """Builds a record from stored data; unknown keys are kept in `extra`.

        Raises:
            RecordError: a value has the wrong type or is not a valid date.

        """
        if not isinstance(data, dict):
            raise RecordError(f"a {cls.KIND or cls.__name__} must be an object, not {data!r:.40}")
        decoders = _decoders(cls)
        kwargs: dict[str, Any] = {}
        unknown: dict[str, Any] = {}
        for name, value in data.items():
            decoder = decoders.get(name)
            if decoder is None:
                unknown[name] = value
                continue
            try:
                kwargs[name] = decoder(value)
            except (TypeError, ValueError) as exc:
                raise RecordError(f"{cls.KIND or cls.__name__} field “{name}”: {exc}") from None
        if unknown:
            kwargs["extra"] = {**kwargs.get("extra", {}), **unknown}
        record = cls(**kwargs)
        record.validate()
        return record

    def validate(self) -> None:
        """Raises RecordError when a field breaks a rule of the model."""
        if not isinstance(self.id, str) or not self.id:
            raise RecordError(f"{self.KIND} has no id")

    def copy(self: R, **changes: Any) -> R:
        """A copy with some fields changed."""
        return replace(self, **changes)


R = TypeVar("R", bound=Record)


@cache
def _decoders(cls: type) -> dict[str, Callable[[Any], Any]]:
    """One decoding function per field, worked out once per class (loading is hot)."""
    hints = typing.get_type_hints(cls)
    return {f.name: _decoder_for(hints[f.name]) for f in fields(cls)}


def _decoder_for(hint: Any) -> Callable[[Any], Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        return _decode_str
    if origin is list and args == (str,):
        return _decode_str_list
    if hint == PartialDate | None:
        return _decode_date
    if hint == EndDate | None:
        return _decode_end
    if hint is int or hint is bool or hint is dict or origin is dict:
        return lambda value: _decode(hint, value)
    if args and type(None) in args and len(args) == 2:
        inner = _decoder_for(next(a for a in args if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    return lambda value: _decode(hint, value)


def _decode_date(value: Any) -> PartialDate | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"expected a date as text, got {value!r:.40}")
    try:
        return parse_date(value)
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _decode_end(value: Any) -> EndDate | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"expected a date as text, got {value!r:.40}")
    try:
        return parse_end(value)
    except DateError as exc:
        raise ValueError(str(exc)) from None


def _decode_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    raise TypeError(f"expected text, got {type(value).__name__}")


def _decode_str_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"expected text, got {type(item).__name__}")
    return list(value)


def _encode(value: Any) -> Any:
    if isinstance(value, PartialDate) or value is PRESENT:
        return value.iso()
    if isinstance(value, Link):
        return {"network": value.network, "username": value.username, "url": value.url}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {type(value).__name__}")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, got {value!r:.40}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected a whole number, got {value!r:.40}")
        return value
    if hint == PartialDate | None:
        try:
            return parse_date(value)
        except DateError as exc:
            raise ValueError(str(exc)) from None
    if hint == EndDate | None:
        try:
            return parse_end(value)
        except DateError as exc:
            raise ValueError(str(exc)) from None
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {type(value).__name__}")
        (item,) = args
        if item is Link:
            return [_decode_link(v) for v in value]
        return [_decode(item, v) for v in value]
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {type(value).__name__}")
        return dict(value)
    if args and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        return None if value is None else _decode(inner, value)
    raise TypeError(f"cannot read a value of type {hint!r}")  # pragma: no cover - model bug


def _decode_link(value: Any) -> Link:
    if not isinstance(value, dict):
        raise TypeError("a link must be an object with network, username and url")
    return Link(
        network=_decode(str, value.get("network")),
        username=_decode(str, value.get("username")),
        url=_decode(str, value.get("url")),
    )


def _check_period(record: Record, start: PartialDate | None, end: Any) -> None:
    # An end known only to the year or month means the end of that period: 2019-05 – 2019 is fine.
    if start is not None and isinstance(end, PartialDate) and end.upper_key() < start.sort_key():
        raise RecordError(f"{record.KIND} ends ({end}) before it starts ({start})")


@dataclass
class Profile(Record):
    """Who the documents are about (JSON Resume `basics`)."""

    KIND: ClassVar[str] = "profile"
    name: str = ""
    headline: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    image: str = ""
    summary: str = ""
    location: str = ""  # the line a résumé shows, e.g. "Stockholm, Sweden"
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country_code: str = ""
    region: str = ""
    links: list[Link] = field(default_factory=list)


@dataclass
class Role(Record):
    """A position held at an employer (JSON Resume `work`)."""

    KIND: ClassVar[str] = "role"
    employer: str = ""
    title: str = ""
    location: str = ""
    url: str = ""
    start: PartialDate | None = None
    end: EndDate | None = None  # PRESENT while the role is current
    description: str = ""  # the one-line scope: team, budget, reach
    employer_description: str = ""

    @property
    def is_current(self) -> bool:
        """True while the role has no end."""
        return self.end is PRESENT

    def validate(self) -> None:
        super().validate()
        _check_period(self, self.start, self.end)

    def label(self) -> str:
        """A short name for pickers and lists: "Title, Employer"."""
        return ", ".join(part for part in (self.title, self.employer) if part) or "(untitled role)"


@dataclass
class Accomplishment(Record):
    """One result the person can prove; the headline is the résumé bullet."""

    KIND: ClassVar[str] = "accomplishment"
    headline: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    metrics: list[str] = field(default_factory=list)
    date: PartialDate | None = None
    role_id: str | None = None
    skill_ids: list[str] = field(default_factory=list)
    impact: int = IMPACT_DEFAULT
    evidence: list[str] = field(default_factory=list)
    notes: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def validate(self) -> None:
        super().validate()
        if not IMPACT_MIN <= self.impact <= IMPACT_MAX:
            raise RecordError(
                f"accomplishment impact {self.impact} is not between {IMPACT_MIN} and {IMPACT_MAX}"
            )

    def full_text(self) -> str:
        """Every piece of prose in the record, for searching."""
        parts = [self.headline, self.situation, self.task, self.action, self.result, self.notes]
        return "\n".join(parts + self.metrics + self.evidence)


@dataclass
class Skill(Record):
    """A skill that accomplishments prove; aliases let "k8s" find Kubernetes."""

    KIND: ClassVar[str] = "skill"
    name: str = ""
    category: str = ""
    aliases: list[str] = field(default_factory=list)
    level: str = ""

    def validate(self) -> None:
        super().validate()
        if not self.name.strip():
            raise RecordError("a skill needs a name")

    def names(self) -> list[str]:
        """The name followed by every alias."""
        return [self.name, *self.aliases]


def skill_name_key(name: str) -> str:
    """How skill names and aliases compare: "K8s " and "k8s" are the same name."""
    return name.strip().casefold()


def find_skill(skills: Iterable[Skill], name: str) -> Skill | None:
    """The skill among `skills` whose name or an alias is `name`, or None."""
    wanted = skill_name_key(name)
    for skill in skills:
        if any(skill_name_key(n) == wanted for n in skill.names()):
            return skill
    return None


@dataclass
class Education(Record):
    """A degree or course of study (JSON Resume `education`)."""

    KIND: ClassVar[str] = "education"
    institution: str = ""
    url: str = ""
    area: str = ""
    study_type: str = ""
    start: PartialDate | None = None
    end: EndDate | None = None
    score: str = ""
    courses: list[str] = field(default_factory=list)
    location: str = ""

    def validate(self) -> None:
        super().validate()
        _check_period(self, self.start, self.end)


@dataclass
class Certification(Record):
    """A certificate (JSON Resume `certificates`)."""

    KIND: ClassVar[str] = "certification"
    name: str = ""
    issuer: str = ""
    date: PartialDate | None = None
    expires: PartialDate | None = None
    url: str = ""
    credential_id: str = ""


@dataclass
class Award(Record):
    """An award (JSON Resume `awards`)."""

    KIND: ClassVar[str] = "award"
    title: str = ""
    awarder: str = ""
    date: PartialDate | None = None
    summary: str = ""


@dataclass
class Publication(Record):
    """A publication or talk (JSON Resume `publications`)."""

    KIND: ClassVar[str] = "publication"
    name: str = ""
    publisher: str = ""
    release_date: PartialDate | None = None
    url: str = ""
    summary: str = ""


@dataclass
class Language(Record):
    """A spoken language (JSON Resume `languages`)."""

    KIND: ClassVar[str] = "language"
    language: str = ""
    fluency: str = ""


@dataclass
class Interest(Record):
    """An interest (JSON Resume `interests`)."""

    KIND: ClassVar[str] = "interest"
    name: str = ""
    keywords: list[str] = field(default_factory=list)


@dataclass
class Project(Record):
    """A project (JSON Resume `projects`)."""

    KIND: ClassVar[str] = "project"
    name: str = ""
    description: str = ""
    highlights: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    start: PartialDate | None = None
    end: EndDate | None = None
    url: str = ""
    roles: list[str] = field(default_factory=list)
    entity: str = ""
    type: str = ""

    def validate(self) -> None:
        super().validate()
        _check_period(self, self.start, self.end)


@dataclass
class Volunteer(Record):
    """Volunteer work (JSON Resume `volunteer`)."""

    KIND: ClassVar[str] = "volunteer"
    organization: str = ""
    position: str = ""
    url: str = ""
    start: PartialDate | None = None
    end: EndDate | None = None
    summary: str = ""
    highlights: list[str] = field(default_factory=list)

    def validate(self) -> None:
        super().validate()
        _check_period(self, self.start, self.end)


@dataclass
class Reference(Record):
    """A reference (JSON Resume `references`)."""

    KIND: ClassVar[str] = "reference"
    name: str = ""
    reference: str = ""
    contact: str = ""


TARGET_EXPORT_KINDS = ("resume", "letter")


@dataclass
class TargetExport:
    """One document sent out for a target: when, what, how and where it was saved."""

    when: str = field(default_factory=now_iso)
    kind: str = "resume"  # "resume" or "letter"
    format: str = "pdf"
    template: str = ""
    language: str = "en"
    file: str = ""
    pages: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "when": self.when,
            "kind": self.kind,
            "format": self.format,
            "template": self.template,
            "language": self.language,
            "file": self.file,
            "pages": self.pages,
        }

    @classmethod
    def from_dict(cls, data: Any) -> TargetExport:
        """Reads one stored export entry.

        Raises:
            RecordError: the entry is not an object or a value has the wrong type.

        """
        if not isinstance(data, dict):
            raise RecordError(f"an export entry must be an object, not {data!r:.40}")
        pages = data.get("pages")
        if pages is not None and (isinstance(pages, bool) or not isinstance(pages, int)):
            raise RecordError(f"an export entry's pages must be a whole number, not {pages!r:.20}")
        values = {}
        for name in ("when", "kind", "format", "template", "language", "file"):
            if name not in data:
                continue  # the field's default
            value = data[name]
            if not isinstance(value, str):
                raise RecordError(f"an export entry's {name} must be text, not {value!r:.40}")
            values[name] = value
        return cls(pages=pages, **values)


@dataclass
class Target(Record):
    """One job posting the person applies for, and the résumé and letter cut for it.

    The posting's requirements are worked out from its text each time; `removed_terms`,
    `added_terms` and `must_have` keep the user's corrections to them, so a re-read posting
    (or a new skill) never loses what the user decided. The résumé keeps its own choice and
    order of accomplishments, and its own wording of a bullet, without touching the master
    accomplishment.
    """

    KIND: ClassVar[str] = "target"
    name: str = ""  # what the user calls it; empty: "Title — Company"
    company: str = ""
    title: str = ""
    posting: str = ""
    link: str = ""
    location: str = ""
    notes: str = ""
    archived: bool = False
    #: requirement terms the user struck from the extracted list (compared ignoring case)
    removed_terms: list[str] = field(default_factory=list)
    #: requirements the user added, as typed
    added_terms: list[str] = field(default_factory=list)
    #: case-folded term -> True (must have) or False (nice to have), where the user said so
    must_have: dict[str, bool] = field(default_factory=dict)
    #: accomplishment ids on this résumé, in the order shown; None until the user chooses
    selected_ids: list[str] | None = None
    #: accomplishment id -> the bullet's wording for this target only
    rewordings: dict[str, str] = field(default_factory=dict)
    headline: str = ""  # empty: the profile's headline
    summary: str = ""  # empty: the profile's summary
    hidden_role_ids: list[str] = field(default_factory=list)
    page_target: int | None = 2
    letter: str = ""  # the cover letter as the user wrote it; empty until drafted
    exports: list[TargetExport] = field(default_factory=list)
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def validate(self) -> None:
        super().validate()
        if self.page_target is not None and not 1 <= self.page_target <= 20:
            raise RecordError(f"a target's page target {self.page_target} is not between 1 and 20")
        for key, text in self.rewordings.items():
            if not isinstance(key, str) or not isinstance(text, str):
                raise RecordError(f"target field “rewordings”: {text!r:.40} is not text")
        for key, mark in self.must_have.items():
            if not isinstance(key, str) or not isinstance(mark, bool):
                raise RecordError(f"target field “must_have”: {mark!r:.40} is not true or false")

    def label(self) -> str:
        """How lists name the target: its name, or "Title — Company"."""
        if self.name.strip():
            return self.name.strip()
        return " — ".join(p for p in (self.title.strip(), self.company.strip()) if p) or (
            "(untitled target)"
        )

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["exports"] = [e.to_dict() for e in self.exports]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Target:
        if isinstance(data, dict) and "exports" in data:
            raw = data["exports"]
            if not isinstance(raw, list):
                raise RecordError("target field “exports”: expected a list")
            exports = [TargetExport.from_dict(e) for e in raw]
            target = super().from_dict({k: v for k, v in data.items() if k != "exports"})
            target.exports = exports
            return target
        return super().from_dict(data)


RECORD_TYPES: tuple[type[Record], ...] = (
    Profile,
    Role,
    Accomplishment,
    Skill,
    Education,
    Certification,
    Award,
    Publication,
    Language,
    Interest,
    Project,
    Volunteer,
    Reference,
    Target,
)
RECORD_TYPE_BY_KIND: dict[str, type[Record]] = {t.KIND: t for t in RECORD_TYPES}


def format_period(start: PartialDate | None, end: EndDate | None) -> str:
    """The period as text like "2019-05 – present"; empty when nothing is known."""
    left, right = format_date(start), format_date(end)
    if left and right:
        return f"{left} – {right}"
    return left or right


def newest_first(records: Iterable[Any]) -> list[Any]:
    """Records ordered newest first (by end, then start or date), as résumés list them."""
    return sorted(records, key=sort_key_newest_first)


def sort_key_newest_first(record: Any) -> tuple:
    """Orders records newest first by end, then start, then date, for reverse-chronology."""
    end = getattr(record, "end", None)
    start = getattr(record, "start", None) or getattr(record, "date", None)
    end_key = end.sort_key() if end is not None else (start.sort_key() if start else (0, 0, 0))
    start_key = start.sort_key() if start else (0, 0, 0)
    return tuple(-x for x in end_key) + tuple(-x for x in start_key)
