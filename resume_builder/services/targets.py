"""Targets: one job posting each, its corrected requirements, and the résumé cut for it.

The window and the command line both go through these functions, so a target tailored in the
window exports the same résumé from `resume-builder export resume --target NAME`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from resume_builder.domain.models import (
    STATUSES,
    Accomplishment,
    Record,
    Skill,
    StatusChange,
    Target,
    TargetExport,
    find_skill,
    new_id,
    newest_first,
    now_iso,
)
from resume_builder.export.builders import DEFAULT_BULLET_BUDGET, CareerSnapshot, ResumeOptions
from resume_builder.services.tailoring import (
    KIND_WEIGHT,
    AccomplishmentIndex,
    Coverage,
    Requirement,
    Suggestion,
    coverage,
    extract_requirements,
    term_keys,
)

R = TypeVar("R", bound=Record)

#: how many of the best-ranked accomplishments a new target's résumé starts with
DEFAULT_PICKS = 12


class TargetError(ValueError):
    """A target that cannot be found or made; the message says why."""


def term_key(term: str) -> str:
    """How requirement terms are compared: case and spacing do not matter."""
    return " ".join(term.casefold().split())


def added_requirement(term: str, skills: Sequence[Skill]) -> Requirement:
    """A requirement the user typed: a known skill (by name or alias) or a term of its own.

    The user's own words weigh like a phrase the posting repeats: they chose to add it.
    """
    skill = find_skill(skills, term)
    if skill is not None:
        return Requirement(
            term=skill.name,
            kind="skill",
            skill_id=skill.id,
            weight=KIND_WEIGHT["skill"],
            variants=tuple(skill.names()),
        )
    words = term.strip()
    kind = "phrase" if len(term_keys(words)) > 1 else "term"
    return Requirement(term=words, kind=kind, weight=KIND_WEIGHT["phrase"])


def target_requirements(
    target: Target, skills: Sequence[Skill], index: AccomplishmentIndex | None
) -> list[Requirement]:
    """The posting's requirements with the user's corrections applied, must-haves first.

    Args:
        target: the target with its posting and corrections.
        skills: the user's skills, for matching names and aliases.
        index: the user's accomplishments, for weighing rare words (optional).

    Returns:
        Extracted requirements the user kept, then the ones the user added; a term the user
        marked must-have (or not) carries that mark.

    """
    removed = {term_key(t) for t in target.removed_terms}
    result: list[Requirement] = []
    seen: set[str] = set()
    extracted = extract_requirements(target.posting, skills, index) if target.posting else []
    for requirement in extracted:
        key = term_key(requirement.term)
        if key in removed or key in seen:
            continue
        seen.add(key)
        result.append(requirement)
    for term in target.added_terms:
        key = term_key(term)
        if not key or key in seen or key in removed:
            continue
        requirement = added_requirement(term, skills)
        # "k8s" shows as Kubernetes: striking Kubernetes strikes what the user typed too.
        if term_key(requirement.term) in seen or term_key(requirement.term) in removed:
            continue
        seen.add(key)
        seen.add(term_key(requirement.term))
        result.append(requirement)
    marks = {term_key(k): bool(v) for k, v in target.must_have.items()}
    result = [
        replace(r, must_have=marks[term_key(r.term)]) if term_key(r.term) in marks else r
        for r in result
    ]
    # Must-haves first, each group in the order it was found or added.
    return [r for r in result if r.must_have] + [r for r in result if not r.must_have]


def chosen_ids(
    target: Target,
    ranked: Sequence[Suggestion],
    known: Iterable[str],
    role_of: Mapping[str, str | None] | None = None,
    role_order: Sequence[str] = (),
) -> list[str]:
    """The accomplishments on the target's résumé, in order.

    The user's choice when there is one (ids of since-deleted accomplishments dropped).
    Otherwise the best-ranked ones, at most DEFAULT_PICKS; given each accomplishment's role
    and the roles newest first, each role takes no more than a résumé gives it (more for
    recent roles), so the best matches of an older role still get their lines.

    Args:
        target: the target.
        ranked: suggestions, best first.
        known: ids of the accomplishments that exist.
        role_of: accomplishment id -> role id (None: no limit per role).
        role_order: role ids, newest first.

    """
    known = set(known)
    if target.selected_ids is not None:
        return [i for i in target.selected_ids if i in known]
    budget = DEFAULT_BULLET_BUDGET
    limits = {role: budget[min(rank, len(budget) - 1)] for rank, role in enumerate(role_order)}
    taken: Counter[str | None] = Counter()
    picks: list[str] = []
    for suggestion in ranked:
        if len(picks) == DEFAULT_PICKS:
            break
        accomplishment_id = suggestion.accomplishment_id
        if accomplishment_id not in known:
            continue
        if role_of is not None:
            if accomplishment_id not in role_of:
                continue
            role = role_of[accomplishment_id]
            if taken[role] >= limits.get(role, budget[-1]):
                continue
            taken[role] += 1
        picks.append(accomplishment_id)
    return picks


@dataclass
class Tailoring:
    """Everything the window and the command line show for one target."""

    requirements: list[Requirement]
    #: the accomplishments that match, best first (the best `top` when tailored with one)
    ranked: list[Suggestion]
    chosen: list[str]
    coverage: Coverage
    #: how many accomplishments match in all
    matches: int = 0


def tailor(
    target: Target,
    skills: Sequence[Skill],
    index: AccomplishmentIndex,
    find_accomplishment: Callable[[str], Accomplishment | None],
    role_order: Sequence[str],
    *,
    today: date | None = None,
    top: int | None = None,
) -> Tailoring:
    """Requirements, ranking, the chosen bullets and their coverage, for one target.

    Args:
        target: the target with its posting and corrections.
        skills: the user's skills.
        index: every accomplishment, indexed.
        find_accomplishment: id -> the accomplishment, or None when it is gone.
        role_order: role ids, newest first (a first choice spreads over them).
        today: the date recency is measured from (default: today).
        top: rank only this many in full (the rest are counted).

    """
    requirements = target_requirements(target, skills, index)
    ranked, matches = index.rank_counted(requirements, today=today, top=top)
    role_of = {}
    for suggestion in ranked:
        item = find_accomplishment(suggestion.accomplishment_id)
        if item is not None:  # gone since the index was built: never chosen
            role_of[suggestion.accomplishment_id] = item.role_id
    chosen = chosen_ids(target, ranked, index.position, role_of, role_order)
    report = coverage(requirements, chosen, index, today=today)
    return Tailoring(requirements, ranked, chosen, report, matches)


def tailor_target(
    target: Target,
    snapshot: CareerSnapshot,
    index: AccomplishmentIndex | None = None,
    *,
    today: date | None = None,
) -> Tailoring:
    """`tailor()` over a snapshot of the records, every match ranked."""
    by_id = {a.id: a for a in snapshot.accomplishments}
    return tailor(
        target,
        snapshot.skills,
        index or AccomplishmentIndex.build(snapshot),
        by_id.get,
        [r.id for r in newest_first(snapshot.roles)],
        today=today,
    )


def resume_options(
    target: Target,
    chosen: Sequence[str],
    *,
    language: str = "en",
    page_target: int | None | str = "target",
    today: date | None = None,
    skill_ids: list[str] | None = None,
) -> ResumeOptions:
    """The résumé options a target stands for.

    Args:
        target: the target.
        chosen: accomplishment ids in order (see `chosen_ids`).
        language: the document's language.
        page_target: overrides the target's page target when given (None: no target).
        today: the date the résumé is made on.
        skill_ids: the skills it lists, in order (see
            `services.asked_for.resume_skill_ids`); None: all proven.

    """
    return ResumeOptions(
        language=language,
        headline=target.headline.strip() or None,
        summary=target.summary.strip() or None,
        selected_ids=list(chosen),
        # The best-ranked choice (the user has not chosen yet) may shorten itself to fit.
        fit_choice=target.selected_ids is None,
        rewordings={k: v for k, v in target.rewordings.items() if v.strip()},
        hidden_role_ids=set(target.hidden_role_ids),
        page_target=target.page_target if page_target == "target" else page_target,
        skill_ids=skill_ids,
        today=today,
    )


def find_target(targets: Iterable[Target], name: str) -> Target:
    """The target a user means by a name: its name, its label, its title or its company.

    An exact (case-insensitive) name or label wins; a title or company counts only when it
    picks out one target.

    Raises:
        TargetError: no target, or more than one, answers to the name.

    """
    targets = list(targets)
    wanted = term_key(name)
    if not wanted:
        raise TargetError("give the target's name")
    for test in (
        lambda t: term_key(t.name) == wanted or term_key(t.label()) == wanted,
        lambda t: wanted in (term_key(t.title), term_key(t.company)),
    ):
        found = [t for t in targets if test(t)]
        live = [t for t in found if not t.archived] or found
        if len(live) == 1:
            return live[0]
        if len(live) > 1:
            # Same-named targets are told apart by the day they were made.
            names = ", ".join(f"“{t.label()}” (created {t.created[:10]})" for t in live)
            raise TargetError(f"more than one target is called “{name}”: {names}")
    if not targets:
        raise TargetError(f"there is no target “{name}”: there are no targets yet")
    names = ", ".join(f"“{t.label()}”" for t in targets if not t.archived)
    raise TargetError(f"there is no target “{name}”; the targets are: {names or '(all archived)'}")


class TargetNameMissing(TargetError):
    """A target that needs a name was given none."""

    def __init__(self) -> None:
        super().__init__("give the target a name")


class TargetNameTaken(TargetError):
    """Another active target already answers to the name; `holder` is that target."""

    def __init__(self, name: str, holder: Target) -> None:
        super().__init__(
            f"there is already a target called “{holder.label()}”; choose another name"
        )
        self.name = name
        self.holder = holder


class TargetUnarchiveBlocked(TargetError):
    """An archived target cannot come back: an active one holds its name (`holder`)."""

    def __init__(self, target: Target, holder: Target) -> None:
        super().__init__(
            f"another target is called “{holder.label()}”; archive it first, so that names "
            "stay unique"
        )
        self.target = target
        self.holder = holder


def clean_name(name: str) -> str:
    """A name as it is stored: no spaces at either end, runs of spaces as one."""
    return " ".join(name.split())


def name_holder(
    targets: Iterable[Target], name: str, *, besides: str | None = None
) -> Target | None:
    """The active target that already answers to `name` (its name or its label), or None.

    Names are compared as `find_target` matches them: case and spacing do not matter.
    Archived targets keep their names out of the way; `besides` is the id of the target
    being named, which never collides with itself.
    """
    wanted = term_key(name)
    if not wanted:
        return None
    for other in targets:
        if other.archived or other.id == besides:
            continue
        if wanted in (term_key(other.name), term_key(other.label())):
            return other
    return None


def check_target_name(
    targets: Iterable[Target],
    name: str,
    *,
    besides: str | None = None,
    required: bool = True,
) -> str:
    """The name cleaned, when no other active target answers to it.

    Args:
        targets: every target (archived ones are skipped).
        name: the name wanted.
        besides: the id of the target being renamed.
        required: an empty name is refused (the command line); otherwise it stands for
            "call it by its title and company" and is accepted.

    Raises:
        TargetNameMissing: the name is empty and `required`.
        TargetNameTaken: another active target answers to the name.

    """
    cleaned = clean_name(name)
    if not cleaned:
        if required:
            raise TargetNameMissing()
        return ""
    holder = name_holder(targets, cleaned, besides=besides)
    if holder is not None:
        raise TargetNameTaken(cleaned, holder)
    return cleaned


def free_target_name(targets: Iterable[Target], base: str, *, copy_word: str = "copy") -> str:
    """A name no target has yet, for a copy of `base`: "Base (copy)", then "Base (copy 2)"…

    Archived targets count too, so the copy's name never blocks bringing one of them back.
    `copy_word` is the word in the user's language.
    """
    taken = set()
    for other in targets:
        taken.add(term_key(other.name))
        taken.add(term_key(other.label()))
    base = clean_name(base)
    number = 1
    while True:
        suffix = f"({copy_word})" if number == 1 else f"({copy_word} {number})"
        candidate = f"{base} {suffix}" if base else suffix
        if term_key(candidate) not in taken:
            return candidate
        number += 1


def duplicate_target(
    target: Target,
    targets: Iterable[Target] = (),
    *,
    name: str | None = None,
    copy_word: str = "copy",
) -> Target:
    """A new target that starts from another: same choices and wording, no exports yet.

    Args:
        target: the target to copy.
        targets: every stored target; the copy's name is unique among them.
        name: the copy's name (checked with `check_target_name`); default: a free
            "Name (copy)", "Name (copy 2)", … after the original's name or label.
        copy_word: the word for "copy" in the user's language.

    Raises:
        TargetError: `name` is empty or taken.

    """
    targets = list(targets)
    if name is None:
        name = free_target_name(targets, target.label(), copy_word=copy_word)
    else:
        name = check_target_name(targets, name)
    stamp = now_iso()
    return replace(
        target,
        id=new_id(),
        name=name,
        archived=False,
        removed_terms=list(target.removed_terms),
        added_terms=list(target.added_terms),
        must_have=dict(target.must_have),
        selected_ids=None if target.selected_ids is None else list(target.selected_ids),
        rewordings=dict(target.rewordings),
        hidden_role_ids=list(target.hidden_role_ids),
        exports=[],
        extra=dict(target.extra),
        # A new application for the same kind of job starts at the beginning: the
        # organisation, kind and contacts are kept; its steps and history are its own.
        status=STATUSES[0],
        history=[StatusChange(STATUSES[0], date.today().isoformat(), "")],
        contact_ids=list(target.contact_ids),
        next_step="",
        next_step_date=None,
        created=stamp,
        updated=stamp,
    )


def renamed_target(targets: Iterable[Target], target: Target, name: str) -> Target:
    """The target under a new name (empty: called by its title and company again).

    Raises:
        TargetNameTaken: another active target answers to the name.

    """
    cleaned = check_target_name(targets, name, besides=target.id, required=False)
    return replace(target, name=cleaned, updated=now_iso())


def with_archived(targets: Iterable[Target], target: Target, archived: bool) -> Target:
    """The target archived, or back from the archive when its name is still free.

    Raises:
        TargetUnarchiveBlocked: an active target answers to the archived one's name.

    """
    if not archived and target.archived:
        holder = name_holder(targets, target.label(), besides=target.id)
        if holder is not None:
            raise TargetUnarchiveBlocked(target, holder)
    return replace(target, archived=archived, updated=now_iso())


def export_entry(request, result) -> TargetExport:
    """What a finished export (an ExportRequest and its ExportResult) leaves on the target."""
    return TargetExport(
        kind=request.kind,
        format=request.format,
        template=request.template,
        language=request.language,
        file=str(Path(result.path).resolve()) if result.path else "",
        pages=result.pages,
    )


def with_export(target: Target, entry: TargetExport) -> Target:
    """The target with one more export recorded."""
    return replace(target, exports=[*target.exports, entry], updated=now_iso())


def with_export_history(
    records: Sequence[R], current_of: Callable[[str], Target | None]
) -> list[R]:
    """The records an undo or redo puts back, each target with the exports it has now.

    Undo restores whole records, but the exports say what was sent to whom: they are history,
    not an edit (and so is the look they were made with). Undoing a headline typed before an
    export must not take the export away, nor bring back one that is gone; recording an export
    is no undo step at all.

    Args:
        records: the records a command saved (targets among them are copied, not changed).
        current_of: target id -> the target as stored now, or None when it is not stored.

    """
    result: list[R] = []
    for record in records:
        if isinstance(record, Target):
            current = current_of(record.id)
            if current is not None and (
                current.exports != record.exports or current.look != record.look
            ):
                # the look an export left is remembered with it, not undone with an edit
                record = replace(record, exports=list(current.exports), look=dict(current.look))
        result.append(record)
    return result


def best_accomplishments(
    chosen: Sequence[str], snapshot: CareerSnapshot, count: int = 3
) -> list[Accomplishment]:
    """The first `count` chosen accomplishments, as records (for the cover letter)."""
    by_id = {a.id: a for a in snapshot.accomplishments}
    return [by_id[i] for i in chosen if i in by_id][:count]
