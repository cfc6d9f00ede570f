"""What tailoring hands back: requirements, ranked suggestions and a coverage report."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Requirement:
    """One thing a posting asks for.

    Attributes:
        term: the words shown to the user (a skill's name for a skill).
        kind: "skill", "phrase", "acronym" or "term".
        skill_id: the matched skill, for kind "skill".
        weight: how much the requirement counts in ranking and coverage.
        must_have: asked for under "must have", "required" or "you have".
        count: how often the posting mentions it.
        variants: every wording that counts as a mention (a skill's name and aliases, or
            the posting's wordings of one concept); empty means the term itself.
        concepts: ids of the thesaurus concepts the requirement names; empty means those its
            wordings mention (see `concepts.Thesaurus.concepts_in`).

    """

    term: str
    kind: str = "term"
    skill_id: str | None = None
    weight: float = 1.0
    must_have: bool = False
    count: int = 1
    variants: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()

    def wordings(self) -> tuple[str, ...]:
        """The texts that count as a mention of this requirement."""
        return self.variants or (self.term,)

    def to_dict(self) -> dict:
        """JSON-ready data."""
        return {
            "term": self.term,
            "kind": self.kind,
            "skill_id": self.skill_id,
            "weight": self.weight,
            "must_have": self.must_have,
            "count": self.count,
            "concepts": list(self.concepts),
        }


@dataclass(frozen=True)
class Suggestion:
    """A ranked accomplishment and the requirements that explain its place.

    Attributes:
        accomplishment_id: the accomplishment.
        headline: its headline.
        score: its relevance.
        matched: the terms of the requirements it answers.
        via: for a requirement answered only through a concept, its term -> the wording of
            that concept the accomplishment uses ("IaC" -> "infrastructure as code").

    """

    accomplishment_id: str
    headline: str
    score: float
    matched: list[str] = field(default_factory=list)
    via: dict[str, str] = field(default_factory=dict)

    def explained(self) -> list[str]:
        """The matched terms, a concept match as "IaC ≈ infrastructure as code"."""
        return [f"{t} ≈ {self.via[t]}" if t in self.via else t for t in self.matched]

    def to_dict(self) -> dict:
        """JSON-ready data."""
        return {
            "id": self.accomplishment_id,
            "headline": self.headline,
            "score": self.score,
            "matched": list(self.matched),
            "via": dict(self.via),
        }


@dataclass
class Coverage:
    """How well a set of chosen accomplishments answers a posting.

    Attributes:
        covered: requirements some chosen accomplishment matches.
        missing: the gap list.
        score: 0-100, the share of requirement weight covered (must-haves count double).
        suggestions: per missing requirement's term, up to three other accomplishments that
            would close the gap.

    """

    covered: list[Requirement]
    missing: list[Requirement]
    score: int
    suggestions: dict[str, list[Suggestion]]

    def to_dict(self) -> dict:
        """JSON-ready data."""
        return {
            "score": self.score,
            "covered": [r.term for r in self.covered],
            "missing": [
                {
                    "term": r.term,
                    "must_have": r.must_have,
                    "suggestions": [s.to_dict() for s in self.suggestions.get(r.term, [])],
                }
                for r in self.missing
            ],
        }
