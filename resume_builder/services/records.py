"""Rules for career records: what a delete takes along, merging and naming skills, how well
a skill is proven, the role a new accomplishment starts in.

Each edit is worked out as a `Change`: the exact records before and after. The window's undo
commands wrap it (undo puts `before` back), and anything else that edits records can apply it
the same way; nothing here touches storage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import IntEnum

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Organisation,
    Person,
    Project,
    Record,
    Role,
    Skill,
    Target,
    Volunteer,
    find_skill,
    skill_name_key,
    sort_key_newest_first,
)

#: proof older than this many years no longer shows a skill is current
STALE_AFTER_YEARS = 3

#: Role filter values besides a role id: every accomplishment, or those without a role.
ANY_ROLE: str | None = None
NO_ROLE = ""


@dataclass(frozen=True)
class Change:
    """Records replaced by others: `before` goes, `after` takes its place.

    A record only in `after` is new; one only in `before` is removed. Applying `after` over
    `before` makes the edit, and `before` over `after` takes it back exactly.
    """

    before: list[Record] = field(default_factory=list)
    after: list[Record] = field(default_factory=list)

    @property
    def removed(self) -> list[Record]:
        """The records of `before` that `after` no longer holds."""
        kept = {(r.KIND, r.id) for r in self.after}
        return [r for r in self.before if (r.KIND, r.id) not in kept]

    @property
    def added(self) -> list[Record]:
        """The records of `after` that were not there before."""
        known = {(r.KIND, r.id) for r in self.before}
        return [r for r in self.after if (r.KIND, r.id) not in known]

    def is_empty(self) -> bool:
        """True when applying it would change nothing."""
        return self.before == self.after


def stamp_changed(before: Iterable[Record], after: Iterable[Record], stamp: str) -> list[Record]:
    """`after`, with each accomplishment that differs from its `before` stamped `updated`.

    An accomplishment the edit leaves as it was keeps its stamp; a new one gets `stamp` too.
    """
    earlier = {(r.KIND, r.id): r for r in before}
    return [
        replace(record, updated=stamp)
        if isinstance(record, Accomplishment) and record != earlier.get((record.KIND, record.id))
        else record
        for record in after
    ]


# --------------------------------------------------------------------------- adding, deleting
def add_records(records: Iterable[Record]) -> Change:
    """New records, nothing else touched."""
    return Change([], list(records))


def delete_records(
    records: Iterable[Record],
    accomplishments: Iterable[Accomplishment],
    meetings: Iterable[Meeting] = (),
    action_items: Iterable[ActionItem] = (),
    targets: Iterable[Target] = (),
    organisations: Iterable[Organisation] = (),
) -> Change:
    """Deletes `records` and lets everything that points at them let go.

    An accomplishment of a deleted role, project or volunteering record stays, without an
    owner (as the Accomplishments page's "No role" lists it); one tagged with a deleted
    skill keeps its other skills. For conversations (see `conversation_links`): a deleted
    meeting takes its action items along. Records deleted in the same step are simply gone.
    Pass the meetings and action items when the records may include people, meetings,
    accomplishments or targets, and the targets and organisations when they may include
    people or organisations (see `job_search_links`); the window's delete command always does.
    """
    records = list(records)
    ids = {(r.KIND, r.id) for r in records}
    role_ids = {r.id for r in records if isinstance(r, (Role, Project, Volunteer))}
    skill_ids = {r.id for r in records if isinstance(r, Skill)}
    before: list[Record] = list(records)
    after: list[Record] = []
    if role_ids or skill_ids:
        for item in accomplishments:
            if (item.KIND, item.id) in ids:
                continue
            if item.role_id in role_ids or not skill_ids.isdisjoint(item.skill_ids):
                before.append(item)
                after.append(
                    replace(
                        item,
                        role_id=None if item.role_id in role_ids else item.role_id,
                        skill_ids=[s for s in item.skill_ids if s not in skill_ids],
                    )
                )
    for links in (
        conversation_links(records, meetings, action_items),
        job_search_links(records, targets, organisations),
    ):
        before += links.before
        after += links.after
    return Change(before, after)


def job_search_links(
    records: Iterable[Record], targets: Iterable[Target], organisations: Iterable[Organisation]
) -> Change:
    """What deleting `records` does to the applications and organisations that name them.

    - a deleted person is no longer a contact of any application, nor one of the people an
      organisation names;
    - a deleted organisation no longer owns the applications linked to it (they keep their
      company's name, which may match another organisation).

    Returns only the targets and organisations that change.
    """
    records = list(records)
    doomed = {(r.KIND, r.id) for r in records}
    person_ids = {r.id for r in records if isinstance(r, Person)}
    organisation_ids = {r.id for r in records if isinstance(r, Organisation)}
    before: list[Record] = []
    after: list[Record] = []
    if person_ids or organisation_ids:
        for target in targets:
            if (target.KIND, target.id) in doomed:
                continue
            kept = replace(
                target,
                contact_ids=[p for p in target.contact_ids if p not in person_ids],
                organisation_id=None
                if target.organisation_id in organisation_ids
                else target.organisation_id,
            )
            if kept != target:
                before.append(target)
                after.append(kept)
    if person_ids:
        for organisation in organisations:
            if (organisation.KIND, organisation.id) in doomed:
                continue
            if not person_ids.isdisjoint(organisation.person_ids):
                before.append(organisation)
                after.append(
                    replace(
                        organisation,
                        person_ids=[p for p in organisation.person_ids if p not in person_ids],
                    )
                )
    return Change(before, after)


def conversation_links(
    records: Iterable[Record], meetings: Iterable[Meeting], action_items: Iterable[ActionItem]
) -> Change:
    """What deleting `records` does to the meetings and action items that name them.

    - a deleted person leaves the people of every meeting;
    - a deleted meeting takes its action items along, and a meeting that followed it up
      no longer follows anything;
    - a deleted accomplishment is no longer the proof of an action item, nor a meeting's
      talking point;
    - a deleted target is no longer the target of a meeting.

    Returns only the meetings and items that change (the deleted records themselves are not in
    it, except the action items a deleted meeting takes along, which are in `before` only).
    """
    records = list(records)
    doomed = {(r.KIND, r.id) for r in records}

    def ids_of(kind: type[Record]) -> set[str]:
        return {r.id for r in records if isinstance(r, kind)}

    person_ids, meeting_ids = ids_of(Person), ids_of(Meeting)
    proof_ids, target_ids = ids_of(Accomplishment), ids_of(Target)
    before: list[Record] = []
    after: list[Record] = []
    if meeting_ids or proof_ids:
        for item in action_items:
            if (item.KIND, item.id) in doomed:
                continue
            if item.meeting_id in meeting_ids:
                before.append(item)  # goes with its meeting
            elif not proof_ids.isdisjoint(item.proof_ids):
                before.append(item)
                after.append(
                    replace(item, proof_ids=[p for p in item.proof_ids if p not in proof_ids])
                )
    if person_ids or meeting_ids or proof_ids or target_ids:
        for meeting in meetings:
            if (meeting.KIND, meeting.id) in doomed:
                continue
            kept = replace(
                meeting,
                person_ids=[p for p in meeting.person_ids if p not in person_ids],
                follows_id=None if meeting.follows_id in meeting_ids else meeting.follows_id,
                talking_point_ids=[t for t in meeting.talking_point_ids if t not in proof_ids],
                target_id=None if meeting.target_id in target_ids else meeting.target_id,
            )
            if kept != meeting:
                before.append(meeting)
                after.append(kept)
    return Change(before, after)


# --------------------------------------------------------------------------- skills
def merge_skills(keep: Skill, drop: Skill, accomplishments: Iterable[Accomplishment]) -> Change:
    """Folds `drop` into `keep`: its accomplishments, its names (as aliases) and category follow.

    An accomplishment tagged with both ends up tagged once, where `keep` was.

    Raises:
        ValueError: `keep` and `drop` are the same skill.

    """
    if keep.id == drop.id:
        raise ValueError("a skill cannot be merged into itself")
    merged = replace(keep, aliases=list(keep.aliases), category=keep.category or drop.category)
    seen = {skill_name_key(n) for n in keep.names()}
    for name in drop.names():
        if skill_name_key(name) not in seen:
            merged.aliases.append(name)
            seen.add(skill_name_key(name))
    before: list[Record] = [keep, drop]
    after: list[Record] = [merged]
    for item in accomplishments:
        if drop.id in item.skill_ids:
            before.append(item)
            retagged = [keep.id if s == drop.id else s for s in item.skill_ids]
            after.append(replace(item, skill_ids=list(dict.fromkeys(retagged))))
    return Change(before, after)


def skill_named(skills: Iterable[Skill], name: str, other_than: str | None = None) -> Skill | None:
    """The skill (not `other_than`) whose name or alias is `name`: a rename to it would clash.

    Blank names clash with nothing (a blank name is refused on its own).
    """
    if not name.strip():
        return None
    return find_skill((s for s in skills if s.id != other_than), name)


def alias_clash(
    skills: Iterable[Skill], aliases: Iterable[str], skill_id: str | None
) -> tuple[str, Skill] | None:
    """The first alias that already names another skill, with that skill; None when none does."""
    others = [s for s in skills if s.id != skill_id]
    for alias in aliases:
        owner = skill_named(others, alias)
        if owner is not None:
            return alias, owner
    return None


def unique_skill_name(skills: Iterable[Skill], base: str) -> str:
    """`base`, or `base 2`, `base 3`… whichever no skill is called yet."""
    skills = list(skills)
    name, number = base, 1
    while find_skill(skills, name) is not None:
        number += 1
        name = f"{base} {number}"
    return name


def skills_for_names(
    skills: Iterable[Skill], names: Iterable[str]
) -> tuple[list[str], list[Skill]]:
    """The ids of the skills named (by name or alias), and the new skills the others need.

    Returns `(skill_ids, created)`: ids in the order named, each once; `created` holds a new
    skill for every name no existing skill answers to (two spellings of one new name make one).
    """
    known = list(skills)
    created: list[Skill] = []
    skill_ids: list[str] = []
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        skill = find_skill(known, name) or find_skill(created, name)
        if skill is None:
            skill = Skill(name=name)
            created.append(skill)
        if skill.id not in skill_ids:
            skill_ids.append(skill.id)
    return skill_ids, created


class Strength(IntEnum):
    """How well a skill is proven; the order is the sort order (weakest first)."""

    THIN = 0
    STALE = 1
    WELL_PROVEN = 2


def skill_strength(evidence: int, newest: PartialDate | None, today: date) -> Strength:
    """Thin with 0–1 accomplishments, stale when the newest proof is over three years old.

    An accomplishment without a date cannot make a skill stale.
    """
    if evidence <= 1:
        return Strength.THIN
    if newest is not None:
        cutoff = (today.year - STALE_AFTER_YEARS, today.month, today.day)
        # A date known only to the year or month might be its last day: judge it generously.
        if newest.upper_key() < cutoff:
            return Strength.STALE
    return Strength.WELL_PROVEN


# --------------------------------------------------------------------------- new accomplishments
def default_role_id(
    roles: Sequence[Role],
    role_filter: str | None = ANY_ROLE,
    shown_role_ids: set[str | None] | None = None,
    selected: Accomplishment | None = None,
    other_owners: Sequence[Record] = (),
) -> str | None:
    """The owner a new accomplishment starts in, so adding one rarely needs the role picker.

    In order: the role, project or volunteering record the list is filtered to (None for
    the `NO_ROLE` filter); the only role there is; the one owner of every row a filter left
    (`shown_role_ids`, None while nothing is filtered); the owner of the accomplishment
    selected, since a user reviewing a role or project adds its results one after another;
    else the newest role, since new results usually belong to the current job. No roles: no
    role. `other_owners` are the projects and volunteering records (never a fallback).
    """
    known = {role.id for role in roles} | {owner.id for owner in other_owners}
    if role_filter == NO_ROLE:
        return None
    if role_filter is not ANY_ROLE and role_filter in known:
        return role_filter
    if len(roles) == 1 and not other_owners:
        return roles[0].id
    if shown_role_ids is not None and len(shown_role_ids) == 1:
        (only,) = shown_role_ids
        if only in known:
            return only
    if selected is not None and selected.role_id in known:
        return selected.role_id
    return min(roles, key=sort_key_newest_first).id if roles else None
