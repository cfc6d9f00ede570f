"""Coverage: which requirements the chosen accomplishments answer, and what would close the gaps."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from datetime import date

from resume_builder.services.tailoring.index import AccomplishmentIndex
from resume_builder.services.tailoring.results import Coverage, Requirement, Suggestion


def coverage(
    requirements: Sequence[Requirement],
    chosen_ids: Iterable[str],
    index: AccomplishmentIndex,
    *,
    today: date | None = None,
) -> Coverage:
    """Which requirements the chosen accomplishments cover, the gaps, and how to close them.

    Args:
        requirements: the posting's requirements.
        chosen_ids: ids of the accomplishments on the résumé.
        index: the index of every accomplishment.
        today: the date recency is measured from (default: today).

    Returns:
        The coverage report; must-have requirements count double in the score.

    """
    chosen = {index.position[i] for i in chosen_ids if i in index.position}
    factors = index._factors_for(today)
    covered, missing = [], []
    suggestions: dict[str, list[Suggestion]] = {}
    total = gained = 0.0
    for requirement in requirements:
        weight = requirement.weight * (2.0 if requirement.must_have else 1.0)
        total += weight
        scores = index.requirement_scores(requirement)
        if chosen.intersection(scores):
            covered.append(requirement)
            gained += weight
            continue
        missing.append(requirement)
        others = heapq.nlargest(3, ((v * factors[d], d) for d, v in scores.items()))
        suggestions[requirement.term] = [
            Suggestion(index.ids[d], index.headlines[d], round(v, 3), [requirement.term])
            for v, d in others
        ]
    score = round(100 * gained / total) if total else 100
    return Coverage(covered, missing, score, suggestions)
