"""A career snapshot: every record a document may use, copied at one moment."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Award,
    CareerPlan,
    Certification,
    Education,
    Interest,
    Language,
    Meeting,
    Milestone,
    Organisation,
    Person,
    Photo,
    Profile,
    Project,
    Publication,
    Record,
    Role,
    Skill,
    Target,
    Volunteer,
)


@dataclass(frozen=True)
class CareerSnapshot:
    """Every record a document may use, copied at one moment (safe to hand to a thread)."""

    profile: Profile
    roles: tuple[Role, ...] = ()
    accomplishments: tuple[Accomplishment, ...] = ()
    skills: tuple[Skill, ...] = ()
    education: tuple[Education, ...] = ()
    certifications: tuple[Certification, ...] = ()
    awards: tuple[Award, ...] = ()
    publications: tuple[Publication, ...] = ()
    languages: tuple[Language, ...] = ()
    projects: tuple[Project, ...] = ()
    volunteer: tuple[Volunteer, ...] = ()
    interests: tuple[Interest, ...] = ()
    #: everyone the career is talked over with; those marked as references make the
    #: documents' References section
    people: tuple[Person, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    #: the job postings applied for (a meeting may be about one)
    targets: tuple[Target, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    #: the career plan (at most one) and its milestones
    plan: CareerPlan | None = None
    milestones: tuple[Milestone, ...] = ()
    #: the profile photo a résumé may show (None: the user has not chosen one)
    photo: Photo | None = None

    @property
    def references(self) -> tuple[Person, ...]:
        """The people who would be a reference, in the order they are kept."""
        return tuple(p for p in self.people if p.gives_reference)

    @classmethod
    def from_records(cls, records: list[Record]) -> CareerSnapshot:
        """Sorts a flat list of records into a snapshot (the first profile wins)."""
        by_type: dict[type, list[Record]] = defaultdict(list)
        for record in records:
            by_type[type(record)].append(record)
        profiles = by_type.get(Profile) or [Profile()]
        return cls(
            profile=profiles[0],
            roles=tuple(by_type[Role]),
            accomplishments=tuple(by_type[Accomplishment]),
            skills=tuple(by_type[Skill]),
            education=tuple(by_type[Education]),
            certifications=tuple(by_type[Certification]),
            awards=tuple(by_type[Award]),
            publications=tuple(by_type[Publication]),
            languages=tuple(by_type[Language]),
            projects=tuple(by_type[Project]),
            volunteer=tuple(by_type[Volunteer]),
            interests=tuple(by_type[Interest]),
            people=tuple(by_type[Person]),
            meetings=tuple(by_type[Meeting]),
            action_items=tuple(by_type[ActionItem]),
            targets=tuple(by_type[Target]),
            organisations=tuple(by_type[Organisation]),
            plan=(by_type.get(CareerPlan) or [None])[0],
            milestones=tuple(by_type[Milestone]),
            photo=_usable_photo(by_type.get(Photo, [])),
        )


def _usable_photo(photos: list[Record]) -> Photo | None:
    """The first photo that holds an image (a damaged one counts as none)."""
    for photo in photos:
        if isinstance(photo, Photo) and photo.image_bytes():
            return photo
    return None
