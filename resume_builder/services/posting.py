"""A job posting read from a file, and what tailoring to it (or to a target) reports.

The command line prints these results and the window can show them: which posting files are
accepted, the ranking with every unmatched accomplishment after the matches, the coverage of
the best few, and a target's chosen bullets as they will read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from resume_builder.domain.models import Accomplishment, Target
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.owners import Owner, owner_label
from resume_builder.services.tailoring import (
    AccomplishmentIndex,
    Coverage,
    Requirement,
    Suggestion,
    coverage,
    extract_requirements,
)


class PostingError(ValueError):
    """A posting file that cannot be used; the message says why and what to do."""


def posting_text(data: bytes, source: str) -> str:
    """The text of a posting file's bytes: UTF-8, with or without a byte order mark.

    Args:
        data: the file's bytes.
        source: how the file is named in a sentence ("posting.txt", "standard input").

    Raises:
        PostingError: the bytes are not UTF-8, hold NUL bytes (a word processor's file, not
            text) or nothing but spaces.

    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PostingError(f"{source} is not UTF-8 text; save the posting as plain text") from None
    if "\x00" in text:
        raise PostingError(f"{source} is not text; save the posting as plain text")
    if not text.strip():
        raise PostingError(f"{source} is empty; paste the job posting into it")
    return text


def read_posting_file(path: Path | str) -> str:
    """A posting's text from a file (see `posting_text` for what is accepted).

    Raises:
        PostingError: there is no such file, it cannot be read, or it is no usable text.

    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PostingError(f"there is no job posting file {path}") from None
    except OSError as exc:
        raise PostingError(f"cannot read {path}: {exc.strerror or exc}") from None
    return posting_text(data, str(path))


def with_unranked(
    ranking: Sequence[Suggestion], accomplishments: Iterable[Accomplishment]
) -> list[Suggestion]:
    """The ranking followed by every accomplishment that matched nothing, at score 0.

    A script then gets every accomplishment once, the matches first in rank order and the
    rest in the order given.
    """
    ranked_ids = {s.accomplishment_id for s in ranking}
    return list(ranking) + [
        Suggestion(item.id, item.headline, 0.0, [])
        for item in accomplishments
        if item.id not in ranked_ids
    ]


@dataclass
class TailorReport:
    """What tailoring to a posting or a target shows.

    requirements: the posting's requirements (a target's with the user's corrections).
    best: the best-ranked matches, at most `top`.
    ranking: every accomplishment: the matches best first, then the unmatched at score 0.
    coverage: how well the bullets cover the requirements: the best `top` for a posting, the
        chosen bullets for a target.
    total: how many accomplishments there are.
    chosen: a target's bullets in résumé order (None for a posting).
    """

    requirements: list[Requirement]
    best: list[Suggestion]
    ranking: list[Suggestion]
    coverage: Coverage
    total: int
    chosen: list[str] | None = None


def _check_top(top: int) -> None:
    if top < 1:
        raise ValueError("at least one accomplishment must be shown")


def tailor_posting(snapshot: CareerSnapshot, posting: str, *, top: int = 10) -> TailorReport:
    """Ranks the accomplishments against a posting's text; the coverage is of the best `top`.

    Raises:
        ValueError: `top` is below 1.

    """
    _check_top(top)
    index = AccomplishmentIndex.build(snapshot)
    requirements = extract_requirements(posting, snapshot.skills, index)
    ranked = index.rank(requirements)
    best = ranked[:top]
    report = coverage(requirements, [s.accomplishment_id for s in best], index)
    return TailorReport(
        requirements=requirements,
        best=best,
        ranking=with_unranked(ranked, snapshot.accomplishments),
        coverage=report,
        total=len(snapshot.accomplishments),
    )


def tailor_for_target(target: Target, snapshot: CareerSnapshot, *, top: int = 10) -> TailorReport:
    """A target's requirements, ranking and chosen bullets; the coverage is of those bullets.

    Raises:
        ValueError: `top` is below 1.

    """
    from resume_builder.services.targets import tailor_target

    _check_top(top)
    tailoring = tailor_target(target, snapshot)
    return TailorReport(
        requirements=tailoring.requirements,
        best=tailoring.ranked[:top],
        ranking=with_unranked(tailoring.ranked, snapshot.accomplishments),
        coverage=tailoring.coverage,
        total=len(snapshot.accomplishments),
        chosen=list(tailoring.chosen),
    )


def chosen_by_user(target: Target) -> bool:
    """Whether the user chose the résumé's bullets (else they are the best-ranked ones)."""
    return target.selected_ids is not None


@dataclass(frozen=True)
class ChosenBullet:
    """One bullet on a target's résumé.

    headline: the accomplishment's master wording.
    wording: this target's own wording, or "" (spaces alone are no wording).
    role: the label of the role it appears under ("" when it has none).
    """

    accomplishment_id: str
    headline: str
    wording: str
    role: str = ""

    @property
    def text(self) -> str:
        """What the résumé says: the target's wording, else the master."""
        return self.wording or self.headline

    @property
    def reworded(self) -> bool:
        return bool(self.wording)


def chosen_bullets(
    target: Target,
    chosen: Sequence[str],
    accomplishments: Iterable[Accomplishment],
    roles: Iterable[Owner] = (),
) -> list[ChosenBullet]:
    """The target's chosen bullets in order, as they read; ids of deleted ones are skipped.

    `roles` are the records they may belong to: roles, projects and volunteering.
    """
    by_id = {a.id: a for a in accomplishments}
    labels = {r.id: owner_label(r) for r in roles}
    bullets = []
    for accomplishment_id in chosen:
        accomplishment = by_id.get(accomplishment_id)
        if accomplishment is None:
            continue
        bullets.append(
            ChosenBullet(
                accomplishment_id,
                accomplishment.headline,
                target.rewordings.get(accomplishment_id, "").strip(),
                labels.get(accomplishment.role_id or "", ""),
            )
        )
    return bullets
