"""A target's edits made by hand: requirement corrections and the bullets on its résumé.

Each function returns the target as it is after the edit (the same object when nothing
changes), so the window's undo command holds the before and after, and the command line
makes the same edit the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from resume_builder.domain.models import Skill, Target, now_iso
from resume_builder.services.tailoring import Requirement
from resume_builder.services.targets import added_requirement, clean_name, term_key


def _shown_as(term: str, skills: Sequence[Skill]) -> str:
    """The key of the requirement a typed term shows as ("k8s" shows as Kubernetes)."""
    return term_key(added_requirement(term, skills).term)


def with_requirement_added(
    target: Target, term: str, skills: Sequence[Skill], requirements: Sequence[Requirement]
) -> Target:
    """The target asking for one more requirement, as the user typed it.

    A struck requirement of that name (or of the skill the term names) comes back instead;
    a requirement already in `requirements` (what the target asks for now) changes nothing,
    and the target itself is returned.
    """
    text = clean_name(term)
    if not text:
        return target
    keys = {term_key(text), _shown_as(text, skills)}
    removed = [t for t in target.removed_terms if term_key(t) not in keys]
    unstruck = len(removed) != len(target.removed_terms)
    if not unstruck and any(term_key(r.term) in keys for r in requirements):
        return target
    added = list(target.added_terms) if unstruck else [*target.added_terms, text]
    return replace(target, added_terms=added, removed_terms=removed, updated=now_iso())


def with_requirements_struck(
    target: Target, terms: Iterable[str], skills: Sequence[Skill]
) -> Target:
    """The target without these requirements (as shown), and without their must-have marks.

    A requirement the user added goes from the added list (found by the name it shows as:
    "k8s" is listed as Kubernetes); one the posting asks for is struck.
    """
    terms = [t for t in terms if term_key(t)]
    if not terms:
        return target
    keys = {term_key(t) for t in terms}
    shown_as = {t: _shown_as(t, skills) for t in target.added_terms}
    added = [t for t, shown in shown_as.items() if shown not in keys and term_key(t) not in keys]
    dropped = {key for t, key in shown_as.items() if t not in added}
    removed = list(target.removed_terms)
    removed += [t for t in terms if term_key(t) not in dropped]
    must = {k: v for k, v in target.must_have.items() if term_key(k) not in keys}
    return replace(
        target, added_terms=added, removed_terms=removed, must_have=must, updated=now_iso()
    )


def with_must_have(target: Target, term: str, must: bool) -> Target:
    """The target with a requirement marked must-have (True) or nice-to-have (False)."""
    marks = {k: v for k, v in target.must_have.items() if term_key(k) != term_key(term)}
    marks[term_key(term)] = bool(must)
    return replace(target, must_have=marks, updated=now_iso())


def with_requirements_restored(target: Target, terms: Iterable[str] | None = None) -> Target:
    """The target asking again for struck requirements: these terms, or every one (None)."""
    if terms is None:
        removed: list[str] = []
    else:
        keys = {term_key(t) for t in terms}
        removed = [t for t in target.removed_terms if term_key(t) not in keys]
    if removed == target.removed_terms:
        return target
    return replace(target, removed_terms=removed, updated=now_iso())


# ------------------------------------------------------------------------ the résumé's bullets
def with_chosen(target: Target, ids: Sequence[str]) -> Target:
    """The target with exactly these accomplishments on its résumé, in this order.

    From then on the choice is the user's: a new match no longer joins it by itself.
    """
    ids = list(dict.fromkeys(ids))  # an id twice would print the bullet twice
    if target.selected_ids == ids:
        return target
    return replace(target, selected_ids=ids, updated=now_iso())


def with_rewording(
    target: Target, accomplishment_id: str, master: str, typed: str, shown: Sequence[str]
) -> Target:
    """The target with its own wording of one bullet (the accomplishment stays as it is).

    Text left empty, or typed back to the master wording, drops the target's wording (the
    Original Wording button types nothing). A target still on the best-ranked bullets that
    gets a wording of its own keeps `shown` (the bullets listed now) as its choice, so the
    reworded bullet cannot drop off when the ranking changes.
    """
    text = " ".join(typed.split())
    wordings = dict(target.rewordings)
    dropped = not text or text == " ".join(master.split())
    if dropped:
        wordings.pop(accomplishment_id, None)
    else:
        wordings[accomplishment_id] = text
    if wordings == target.rewordings:
        return target
    selected = target.selected_ids
    if selected is None and not dropped:
        selected = list(shown)
    return replace(target, rewordings=wordings, selected_ids=selected, updated=now_iso())


def with_role_shown(target: Target, role_id: str, shown: bool) -> Target:
    """The target's résumé showing (True) or leaving out (False) one role."""
    hidden = [r for r in target.hidden_role_ids if r != role_id]
    if not shown:
        hidden.append(role_id)
    if hidden == target.hidden_role_ids:
        return target
    return replace(target, hidden_role_ids=hidden, updated=now_iso())
