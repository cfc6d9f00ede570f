"""The career record: profile, roles, accomplishments, skills and every other résumé section."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from resume_builder.domain.dates import PRESENT, EndDate, PartialDate
from resume_builder.domain.record import Link, Record, RecordError, _check_period, now_iso

IMPACT_MIN, IMPACT_MAX, IMPACT_DEFAULT = 1, 5, 3


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
    #: a cover letter's first-person paragraph ("I run IT operations that…"); the summary is
    #: the résumé's, in the third person, so a letter never quotes it
    pitch: str = ""
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
    #: the id of what it belongs to: a role, a project or a volunteering record (the name is
    #: older than projects and volunteering owning results; services/owners.py resolves it)
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

    def is_expired_on(self, day: date) -> bool:
        """Whether the certificate has lapsed by `day`.

        One with no expiry never expires. An expiry known only to the month (or the year)
        holds to that month's (year's) last day, as a card saying "valid to 03/2024" does;
        a full date holds through that day.
        """
        if self.expires is None:
            return False
        return (day.year, day.month, day.day) > self.expires.upper_key()


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
    # Its results are accomplishments that name it as their owner (Accomplishment.role_id).
    keywords: list[str] = field(default_factory=list)
    start: PartialDate | None = None
    end: EndDate | None = None
    url: str = ""
    roles: list[str] = field(default_factory=list)
    entity: str = ""
    type: str = ""

    @property
    def is_current(self) -> bool:
        """True while the project has no end."""
        return self.end is PRESENT

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
    # Its results are accomplishments that name it as their owner (Accomplishment.role_id).

    @property
    def is_current(self) -> bool:
        """True while the volunteering has no end."""
        return self.end is PRESENT

    def validate(self) -> None:
        super().validate()
        _check_period(self, self.start, self.end)
