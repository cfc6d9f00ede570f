"""An import plan: what a file would add, what matches records already there, what is skipped.

Importers only parse: they return the incoming records (with fresh ids, accomplishments
pointing at incoming roles and skills). `make_plan` compares them with the career record and
decides, and `apply_plan` writes the whole plan in one save after a backup, or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from resume_builder.domain.dates import PartialDate
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
    Profile,
    Project,
    Publication,
    Record,
    Role,
    Skill,
    Target,
    Volunteer,
    skill_name_key,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.locale import with_count
from resume_builder.services.importing.links import Links
from resume_builder.services.importing.unplaced import UnplacedText
from resume_builder.services.organisations import name_key

Action = Literal["add", "match", "update", "skip"]


class ImportFileError(ValueError):
    """A file that cannot be imported; the message names the file and the place of the problem."""


@dataclass
class PlanItem:
    """One incoming record and what the import would do with it."""

    record: Record
    action: Action
    reason: str = ""  # why it matches or is skipped, for the preview
    existing_id: str | None = None  # the record it matches (or updates)
    source: str = ""  # where in the file it came from ("work[2]", "Positions.csv row 5")


@dataclass
class ImportPlan:
    """Everything an import would do, for the preview; nothing is written until applied."""

    source_name: str
    items: list[PlanItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: what the reader of a résumé could not place (each is also one of the warnings)
    unplaced: list[UnplacedText] = field(default_factory=list)

    def records_to_write(self) -> list[Record]:
        """The records an apply would put: additions and updates."""
        return [i.record for i in self.items if i.action in ("add", "update")]

    def counts(self) -> dict[str, dict[str, int]]:
        """Action -> record kind -> how many."""
        table: dict[str, dict[str, int]] = {}
        for item in self.items:
            kinds = table.setdefault(item.action, {})
            kinds[item.record.KIND] = kinds.get(item.record.KIND, 0) + 1
        return table

    def summary(self) -> str:
        """One line for the command line: "adds 1 role, 40 accomplishments; matches …"."""
        parts = []
        for action, verb in (
            ("add", "adds"),
            ("update", "updates"),
            ("match", "matches"),
            ("skip", "skips"),
        ):
            kinds = self.counts().get(action)
            if kinds:
                counted = (_counted_kind(n, k) for k, n in sorted(kinds.items()))
                parts.append(verb + " " + ", ".join(counted))
        return "; ".join(parts) or "nothing to import"


# English names of the record kinds that are not the kind plus "s" ("1 role", "2 roles").
_KIND_NOUNS = {
    "education": ("education entry", "education entries"),
    "volunteer": ("volunteer position", "volunteer positions"),
}


def _counted_kind(count: int, kind: str) -> str:
    singular, plural = _KIND_NOUNS.get(kind, (kind, f"{kind}s"))
    return with_count(count, singular, plural)


def _key(*parts: object) -> tuple:
    return tuple(str(p or "").strip().casefold() for p in parts)


# How records of each kind are recognised as "the same" as one already stored: these fields,
# and for the kinds in _WHEN also the start, compared at the precision both dates have.
_IDENTITY: dict[type, Callable[[Record], tuple]] = {
    Role: lambda r: _key(r.employer, r.title),
    Education: lambda r: _key(r.institution, r.area, r.study_type),
    Certification: lambda r: _key(r.name, r.issuer),
    Award: lambda r: _key(r.title, r.awarder),
    Publication: lambda r: _key(r.name, r.publisher),
    Language: lambda r: _key(r.language),
    Interest: lambda r: _key(r.name),
    Project: lambda r: _key(r.name),
    Volunteer: lambda r: _key(r.organization, r.position),
    # a person by name; an unnamed one (a reference known only by their words) by those
    Person: lambda r: _key(r.name, "" if r.name.strip() else r.reference_quote),
    # target names are unique (services.targets), and so are organisation names
    # (services.organisations, ignoring case and spacing)
    Target: lambda r: _key(r.name),
    Organisation: lambda r: (name_key(r.name),),
    # a milestone by what it is and when it is due
    Milestone: lambda r: _key(r.title, r.due.iso() if r.due else ""),
}
_WHEN: dict[type, Callable[[Record], PartialDate | None]] = {
    Role: lambda r: r.start,
    Education: lambda r: r.start,
    Project: lambda r: r.start,
    Volunteer: lambda r: r.start,
}


def same_date(first: PartialDate | None, second: PartialDate | None) -> bool:
    """Whether two dates can be the same day, compared at the precision both have.

    "2021-09-01" is "2021-09" and "2021"; "2021-09" is not "2021-10". No date is only the
    same as no date: a role without a start is never folded into one that has a start.
    """
    if first is None or second is None:
        return first is second
    if first.year != second.year:
        return False
    if first.month is None or second.month is None:
        return True
    if first.month != second.month:
        return False
    return first.day is None or second.day is None or first.day == second.day


class _Known:
    """Records of one kind by identity, found again by an incoming record's identity."""

    def __init__(self, kind: type) -> None:
        self.identity = _IDENTITY[kind]
        self.when = _WHEN.get(kind)
        self.by_key: dict[tuple, list[Record]] = {}

    def add(self, record: Record) -> None:
        self.by_key.setdefault(self.identity(record), []).append(record)

    def find(self, record: Record) -> Record | None:
        candidates = self.by_key.get(self.identity(record), [])
        if self.when is None:
            return candidates[0] if candidates else None
        date = self.when(record)
        return next((c for c in candidates if same_date(self.when(c), date)), None)


def make_plan(
    incoming: list[Record],
    existing: CareerSnapshot,
    source_name: str,
    sources: dict[str, str] | None = None,
) -> ImportPlan:
    """Compares incoming records with the stored ones.

    Roles match on employer, title and start date (at the precision both dates have);
    skills on name or alias; accomplishments on headline within the same role; people on
    id, else name, and only against the stored ones (two people of a file are two people, see
    _PeopleMatcher); organisations on name; milestones on title and due day; the career plan
    as _plan_career_plan says; other records on their identifying fields. Matched records are
    not written; references of added records (an accomplishment's role and skills, an
    organisation's people, a target's organisation and contacts, a meeting's and an action
    item's links) are pointed at what they matched.
    """
    sources = sources or {}
    plan = ImportPlan(source_name)
    remap: dict[str, str] = {}  # incoming id -> stored id it matched

    def add(
        record: Record,
        action: Action,
        reason: str = "",
        existing_id: str | None = None,
        source_id: str | None = None,
    ):
        source = sources.get(source_id or record.id, "")
        plan.items.append(PlanItem(record, action, reason, existing_id, source))

    # Skills first: accomplishments point at them.
    stored_names: dict[str, Skill] = {}
    for skill in existing.skills:
        for name in skill.names():
            stored_names.setdefault(skill_name_key(name), skill)
    incoming_names: dict[str, Skill] = {}
    for record in incoming:
        if not isinstance(record, Skill):
            continue
        match = next(
            (
                stored_names[skill_name_key(n)]
                for n in record.names()
                if skill_name_key(n) in stored_names
            ),
            None,
        )
        twin = next(
            (
                incoming_names[skill_name_key(n)]
                for n in record.names()
                if skill_name_key(n) in incoming_names
            ),
            None,
        )
        if match is not None:
            remap[record.id] = match.id
            add(record, "match", f"same name or alias as the skill “{match.name}”", match.id)
        elif twin is not None:
            remap[record.id] = twin.id
            add(record, "skip", f"the file names “{twin.name}” twice")
        else:
            for name in record.names():
                incoming_names[skill_name_key(name)] = record
            add(record, "add")

    stored_by_kind: dict[type, _Known] = {kind: _Known(kind) for kind in _IDENTITY}
    for kind, known in stored_by_kind.items():
        for stored in _stored(existing, kind):
            known.add(stored)
    seen: dict[type, _Known] = {kind: _Known(kind) for kind in _IDENTITY}
    people = _PeopleMatcher(existing.people, plan, incoming)
    for record in incoming:
        if type(record) not in _IDENTITY:
            continue
        if isinstance(record, Person):
            people.plan(record, remap, add)
            continue
        match = stored_by_kind[type(record)].find(record)
        twin = seen[type(record)].find(record)
        if match is not None:
            remap[record.id] = match.id
            add(record, "match", "already in your record", match.id)
        elif twin is not None:
            remap[record.id] = twin.id
            add(record, "skip", "appears twice in the file")
        else:
            seen[type(record)].add(record)
            add(record, "add")

    stored_headlines = {
        (a.role_id, a.headline.strip().casefold()): a.id for a in existing.accomplishments
    }
    incoming_headlines: dict[tuple, str] = {}
    for record in incoming:
        if not isinstance(record, Accomplishment):
            continue
        moved = replace(
            record,
            role_id=remap.get(record.role_id, record.role_id) if record.role_id else None,
            skill_ids=list(dict.fromkeys(remap.get(s, s) for s in record.skill_ids)),
        )
        key = (moved.role_id, moved.headline.strip().casefold())
        if not moved.headline.strip():
            add(moved, "skip", "it has no text")
        elif key in stored_headlines:
            remap[record.id] = stored_headlines[key]
            add(moved, "match", "the same bullet is already under this role")
        elif key in incoming_headlines:
            remap[record.id] = incoming_headlines[key]
            add(moved, "skip", "appears twice in the file")
        else:
            incoming_headlines[key] = record.id
            add(moved, "add")

    _plan_career_plan(incoming, existing, remap, add)
    _point_search_links(plan, existing, remap)
    _plan_conversations(incoming, existing, remap, add, plan)

    for record in incoming:
        if isinstance(record, Profile):
            current = existing.profile
            if not any((current.name, current.email, current.headline, current.summary)):
                add(
                    replace(record, id=current.id),
                    "update",
                    "your profile was empty",
                    current.id,
                    record.id,
                )
            else:
                filled = {
                    name: getattr(record, name)
                    for name in (
                        "name",
                        "headline",
                        "email",
                        "phone",
                        "url",
                        "summary",
                        "location",
                        "city",
                        "region",
                        "country_code",
                        "postal_code",
                        "address",
                        "image",
                    )
                    if not getattr(current, name) and getattr(record, name)
                }
                links = current.links or record.links
                if filled or links != current.links:
                    add(
                        replace(current, **filled, links=list(links)),
                        "update",
                        "fills the empty fields of your profile: " + ", ".join(filled)
                        if filled
                        else "adds your profile links",
                        current.id,
                        record.id,
                    )
                else:
                    add(record, "skip", "your profile already has these details", current.id)
    return plan


class _PeopleMatcher:
    """People match the stored ones by id, else by name (an unnamed one by their words).

    Two people of the file are two records (our export gives each its id), so none is skipped
    as a copy of another: the file's people match only what is stored. Of several stored
    people with one name, each incoming one takes the same id's, else one not taken yet; when
    the file has more people of a name than the record, the extra ones match a person already
    taken, and the preview and a warning say so (nothing is added or dropped silently).
    """

    def __init__(self, stored: tuple[Person, ...], plan: ImportPlan, incoming: list) -> None:
        self.by_id = {p.id: p for p in stored}
        # stored people the file names by id are theirs, never another's by name
        self.reserved = {r.id for r in incoming if isinstance(r, Person) and r.id in self.by_id}
        self.known = _Known(Person)
        for person in stored:
            self.known.add(person)
        self.taken: set[str] = set()
        self.warned: set[tuple] = set()
        self.plan_ = plan

    def plan(self, record: Person, remap: dict[str, str], add: Callable) -> None:
        key = self.known.identity(record)
        candidates = self.known.by_key.get(key, [])
        match = self.by_id.get(record.id)
        if match is None:
            free = (c for c in candidates if c.id not in self.taken | self.reserved)
            match = next(free, None)
        shared = match is None and bool(candidates)
        if shared:
            match = candidates[0]
        if match is None:
            add(record, "add")
            return
        remap[record.id] = match.id
        self.taken.add(match.id)
        if shared:
            name = record.name.strip() or "(unnamed)"
            add(
                record,
                "match",
                f"another “{name}” in the file matches them too",
                match.id,
            )
            if key not in self.warned:
                self.warned.add(key)
                self.plan_.warnings.append(
                    f"{self.plan_.source_name}: more people are called “{name}” in the file "
                    f"than in your record ({len(candidates)}); the extra ones match one already "
                    "matched and are not added"
                )
            return
        filled = _reference_filled(match, record)
        if filled is not None:
            add(filled, "update", "marks them as a reference", match.id, record.id)
        else:
            add(record, "match", "already in your record", match.id)


def _reference_filled(stored: Person, incoming: Person) -> Person | None:
    """A stored person the file names as a reference, marked so and given the file's words
    (and contact details) where theirs are empty; None when that changes nothing.
    """
    if not incoming.is_reference:
        return None
    filled = replace(
        stored,
        is_reference=True,
        **{
            name: getattr(incoming, name)
            for name in ("reference_quote", "reference_for", "email", "phone")
            if not getattr(stored, name).strip() and getattr(incoming, name).strip()
        },
    )
    return None if filled == stored else filled


def _plan_career_plan(
    incoming: list[Record], existing: CareerSnapshot, remap: dict[str, str], add: Callable
) -> None:
    """A career record has one plan: the file's is added when there is none yet, matches the
    stored one when it is that plan (its id, or the same deadline and start), and is skipped
    otherwise rather than replace the user's own.
    """

    def same(first: CareerPlan, second: CareerPlan) -> bool:
        return first.id == second.id or (
            (first.deadline, first.deadline_kind, first.started)
            == (second.deadline, second.deadline_kind, second.started)
        )

    stored = existing.plan
    for number, record in enumerate(r for r in incoming if isinstance(r, CareerPlan)):
        if stored is not None and same(record, stored):
            remap[record.id] = stored.id
            add(record, "match", "already in your record", stored.id)
        elif stored is not None:
            add(record, "skip", "your record has a career plan of its own; it has one plan")
        elif number:
            add(record, "skip", "the file has more than one career plan; the first is imported")
        else:
            add(record, "add")


def _point_search_links(plan: ImportPlan, existing: CareerSnapshot, remap: dict[str, str]) -> None:
    """Points the people of an added organisation, and the organisation and contacts of an added
    target, at the stored records they matched; a link to a record neither in the file nor
    stored is left out, with a warning (see links.Links).
    """

    def ids(values: list[str]) -> list[str]:
        return list(dict.fromkeys(remap.get(v, v) for v in values))

    def planned(kind: type, stored: tuple[Record, ...]) -> set[str]:
        added = {
            i.record.id
            for i in plan.items
            if isinstance(i.record, kind) and i.action in ("add", "update")
        }
        return added | {r.id for r in stored}

    known = Links(plan.source_name, plan.warnings)
    known.people = planned(Person, existing.people)
    known.organisations = planned(Organisation, existing.organisations)
    for item in plan.items:
        if item.action != "add":
            continue
        if isinstance(item.record, Organisation):
            moved = replace(item.record, person_ids=ids(item.record.person_ids))
            item.record = known.organisation_links(moved)
        elif isinstance(item.record, Target):
            organisation = item.record.organisation_id
            moved = replace(
                item.record,
                organisation_id=remap.get(organisation, organisation) if organisation else None,
                contact_ids=ids(item.record.contact_ids),
            )
            item.record = known.target_links(moved)


def _plan_conversations(
    incoming: list[Record],
    existing: CareerSnapshot,
    remap: dict[str, str],
    add: Callable,
    plan: ImportPlan,
) -> None:
    """Meetings match on kind, title, date and time; action items on their meeting and text.

    What they point at (people, accomplishments, an earlier meeting, their meeting) is pointed
    at the stored record it matched, as for the career's own records. A link to a record that
    is neither in the file nor stored is left out of what is written, with a warning naming
    the meeting (or action item) and what is missing.
    """

    def ids(values: list[str]) -> list[str]:
        return list(dict.fromkeys(remap.get(v, v) for v in values))

    def meeting_key(m: Meeting) -> tuple:
        return _key(m.kind, m.title, m.date.iso() if m.date else "", m.time)

    def planned(kind: type, stored: tuple[Record, ...]) -> set[str]:
        added = {
            i.record.id
            for i in plan.items
            if isinstance(i.record, kind) and i.action in ("add", "update")
        }
        return added | {r.id for r in stored}

    known = Links(plan.source_name, plan.warnings)
    known.people = planned(Person, existing.people)
    known.proofs = planned(Accomplishment, existing.accomplishments)
    known.targets = planned(Target, existing.targets)

    stored_meetings = {meeting_key(m): m.id for m in existing.meetings}
    seen: dict[tuple, str] = {}
    meetings = [r for r in incoming if isinstance(r, Meeting)]
    actions: list[tuple[Meeting, str, str]] = []
    for meeting in meetings:
        key = meeting_key(meeting)
        if key in stored_meetings:
            remap[meeting.id] = stored_meetings[key]
            actions.append((meeting, "match", "already in your record"))
        elif key in seen:
            remap[meeting.id] = seen[key]
            actions.append((meeting, "skip", "appears twice in the file"))
        else:
            seen[key] = meeting.id
            actions.append((meeting, "add", ""))
    known.meetings = set(seen.values()) | {m.id for m in existing.meetings}
    for meeting, action, reason in actions:
        moved = replace(
            meeting,
            person_ids=ids(meeting.person_ids),
            talking_point_ids=ids(meeting.talking_point_ids),
            follows_id=remap.get(meeting.follows_id, meeting.follows_id),
            target_id=remap.get(meeting.target_id, meeting.target_id),
        )
        if action == "add":
            moved = known.meeting_links(moved)
        add(moved, action, reason, remap.get(meeting.id) if action == "match" else None)

    stored_items = {(i.meeting_id, i.text.strip().casefold()) for i in existing.action_items}
    seen_items: set[tuple] = set()
    for item in incoming:
        if not isinstance(item, ActionItem):
            continue
        moved = replace(
            item,
            meeting_id=remap.get(item.meeting_id, item.meeting_id),
            proof_ids=ids(item.proof_ids),
        )
        key = (moved.meeting_id, moved.text.strip().casefold())
        if key in stored_items:
            add(moved, "match", "already in your record")
        elif key in seen_items:
            add(moved, "skip", "appears twice in the file")
        else:
            seen_items.add(key)
            add(known.item_links(moved), "add")


def _stored(snapshot: CareerSnapshot, kind: type) -> tuple[Record, ...]:
    return {
        Role: snapshot.roles,
        Education: snapshot.education,
        Certification: snapshot.certifications,
        Award: snapshot.awards,
        Publication: snapshot.publications,
        Language: snapshot.languages,
        Interest: snapshot.interests,
        Project: snapshot.projects,
        Volunteer: snapshot.volunteer,
        Person: snapshot.people,
        Target: snapshot.targets,
        Organisation: snapshot.organisations,
        Milestone: snapshot.milestones,
    }[kind]


def apply_plan(plan: ImportPlan, repository) -> int:
    """Writes the plan's additions and updates in one save, after a backup; returns how many.

    The workflow's `run_import` with nothing but the count: validate, back up, apply.
    """
    from resume_builder.services.importing.workflow import run_import  # it imports this module

    return run_import(plan, repository).written
