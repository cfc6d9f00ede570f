"""The concept thesaurus: professional concepts and every wording of each, found in token streams.

A posting says "continuous delivery" where the record says "CI/CD"; both name one concept. The
concepts live in resources/concepts/concepts.tsv (see the README beside it). Every wording is
read into index keys by the same tokenizer and stemmer as accomplishments (`text.term_keys`),
so a concept is found in a posting's tokens and in an accomplishment's keys alike, longest
wording first: "customer relationship management" is CRM, not stakeholder relations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from resume_builder import paths
from resume_builder.services.tailoring.text import KEYS, TOKEN, term_keys

if TYPE_CHECKING:
    from resume_builder.services.tailoring.results import Requirement

SEPARATOR = "\x1f"  # between index keys in a joined text, as the index joins them
# Stands for a name's words in an accomplishment's concept keys: no wording holds it, and no
# wording spans it.
NAME_BARRIER = "\x1e"
# The last word of an organisation's or an event's name: "the Health and Social Care
# Inspectorate", "the Nordic Marketing Awards". Such a name's words ("social care") are none of
# the person's work; a team's or a unit's name ("the Site Reliability Engineering team") is.
ORGANISATION_WORDS = (
    "Inspectorate",
    "Commission",
    "Authority",
    "Agency",
    "Council",
    "Association",
    "Federation",
    "Institute",
    "Foundation",
    "Society",
    "Ministry",
    "University",
    "College",
    "Trust",
    "Fund",
    "Bank",
    "Union",
    "Club",
    "Court",
    "Parliament",
    "Summit",
    "Conference",
    "Congress",
    "Award",
    "Awards",
    "Prize",
    "Inc",
    "Ltd",
    "AB",
    "plc",
    "GmbH",
    "Myndigheten",
    "Inspektionen",
    "Förbundet",
    "Förening",
    "Föreningen",
    "Universitet",
    "Högskola",
)
_ORGANISATION_SET = frozenset(ORGANISATION_WORDS)
_ORGANISATION_WORD = re.compile(r"\b(?:" + "|".join(ORGANISATION_WORDS) + r")\b")
# Two or more capitalised words in a row (each with a lower-case letter, or one of the
# organisation words), a connector allowed between two.
_CAPITALISED = r"(?:[A-ZÅÄÖ][a-zåäöéüæø][^\W\d_]*|" + "|".join(ORGANISATION_WORDS) + ")"
_NAME = re.compile(
    _CAPITALISED + r"(?:(?:[ \t-]+(?:and|of|for|the|och|för|i|&))?[ \t-]+" + _CAPITALISED + ")+"
)
_WORD_GAP = re.compile(r"[ \t-]+")

COLUMNS = ("id", "domain", "en", "sv", "abbreviations", "spellings", "related")
DOMAINS = (
    "it",
    "management",
    "marketing",
    "sales",
    "finance",
    "operations",
    "hr",
    "healthcare",
    "public",
)


@dataclass(frozen=True)
class Concept:
    """One professional concept and the ways people write it.

    Attributes:
        id: a stable name ("infrastructure_as_code").
        domain: one of DOMAINS.
        names_en: English names, the first being the label shown.
        names_sv: Swedish names.
        abbreviations: "IaC", "CI/CD".
        spellings: other spellings of the names (British or American).
        related: closely related terms that count as a mention ("Terraform").

    """

    id: str
    domain: str
    names_en: tuple[str, ...]
    names_sv: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()
    related: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The name shown for the concept."""
        return self.names_en[0] if self.names_en else self.id

    def wordings(self) -> tuple[str, ...]:
        """Every wording that counts as a mention, names first."""
        return self.names_en + self.names_sv + self.abbreviations + self.spellings + self.related


@dataclass(frozen=True)
class ConceptSpan:
    """Where a concept is mentioned in a sequence of index keys: keys[start:end]."""

    start: int
    end: int
    concept_id: str
    wording: str


class Thesaurus:
    """Concepts by id, and a matcher from index-key sequences to the concepts they mention."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts: dict[str, Concept] = {}
        # keys -> (concept id, the wording as written); the first concept to claim keys keeps
        # them, and `clashes` lists the others so a data test can refuse them.
        self._by_keys: dict[tuple[str, ...], tuple[str, str]] = {}
        self.clashes: list[tuple[str, str, str]] = []
        for concept in concepts:
            self.concepts[concept.id] = concept
            for wording in concept.wordings():
                keys = term_keys(wording)
                if not keys:
                    continue
                owner = self._by_keys.get(keys)
                if owner is None:
                    self._by_keys[keys] = (concept.id, wording)
                elif owner[0] != concept.id:
                    self.clashes.append((wording, owner[0], concept.id))
        # "patient_safety.infection_control" is a narrower concept of patient_safety.
        self.children: dict[str, tuple[str, ...]] = {}
        for concept_id in self.concepts:
            parent = parent_of(concept_id)
            if parent is not None:
                self.children[parent] = (*self.children.get(parent, ()), concept_id)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for keys in self._by_keys:
            by_first.setdefault(keys[0], []).append(keys)
        for candidates in by_first.values():
            candidates.sort(key=len, reverse=True)  # longest wording first
        self._by_first = by_first
        #: The first key of some wording: a text holding none of these mentions no concept.
        self.first_keys = frozenset(by_first)
        # Numbers some wording holds ("ISO 27001", "3-statement model"): kept when concepts are
        # read from a text without its other numbers.
        self.number_keys = frozenset(k for keys in self._by_keys for k in keys if k.isdigit())
        #: One match of text.TOKEN -> its index keys as concepts are read: without numbers
        #: that no wording holds.
        self.concept_keys = _ConceptKeys(self.number_keys)
        self._joined = {SEPARATOR.join(keys): owner for keys, owner in self._by_keys.items()}
        self._pattern: re.Pattern[str] | None = None

    def __len__(self) -> int:
        return len(self.concepts)

    def spans(self, keys: Sequence[str]) -> list[ConceptSpan]:
        """The concept mentions in a key sequence, left to right, longest wording first.

        Mentions never overlap: where "customer relationship management" matches, the
        "relationship management" inside it does not.
        """
        found: list[ConceptSpan] = []
        by_first, by_keys = self._by_first, self._by_keys
        first = self.first_keys
        n = len(keys)
        end = 0
        # Most keys start no wording: look only where one might begin.
        for i in [i for i, key in enumerate(keys) if key in first]:
            if i < end:
                continue
            for candidate in by_first[keys[i]]:
                size = len(candidate)
                if i + size <= n and (size == 1 or tuple(keys[i : i + size]) == candidate):
                    concept_id, wording = by_keys[candidate]
                    found.append(ConceptSpan(i, i + size, concept_id, wording))
                    end = i + size
                    break
        return found

    def count_in(self, keys: Sequence[str], into: dict[str, float], weight: float = 1.0) -> None:
        """Adds `weight` to `into[concept id]` for every mention in `keys`."""
        if self.first_keys.isdisjoint(keys):
            return
        for span in self.spans(keys):
            into[span.concept_id] = into.get(span.concept_id, 0.0) + weight

    def count_joined(self, joined: str, into: dict[str, float], weight: float = 1.0) -> None:
        """As `count_in`, for keys joined by SEPARATOR and framed by it (the index's texts).

        One regular expression over the whole text finds the mentions: it runs in C, where
        looking at each key in Python took a third of a second for 10,000 accomplishments.
        """
        if self._pattern is None:
            self._pattern = re.compile(
                re.escape(SEPARATOR) + "(" + _trie_pattern(self._joined) + ")(?=" + SEPARATOR + ")"
            )
        joined_owner = self._joined
        for found in self._pattern.findall(joined):
            concept_id = joined_owner[found][0]
            into[concept_id] = into.get(concept_id, 0.0) + weight

    def keys_outside_names(self, text: str, raws: Sequence[str] = ()) -> list[str] | None:
        """A text's concept keys with each name's words (`name_spans`) as one NAME_BARRIER;
        None when it holds no name.

        "Led the Health and Social Care Inspectorate visit" mentions no social care. A name
        that is itself a wording ("Care Quality Commission", a related term) stays.
        """
        if raws and _ORGANISATION_SET.isdisjoint(raws):
            return None  # the text's tokens, when given, tell at once (a set test in C)
        names = name_spans(text)
        if not names:
            return None
        keys_of = self.concept_keys.__getitem__
        keys: list[str] = []
        inside: list[str] = []
        names.append((len(text) + 1, len(text) + 1))
        at = 0
        for match in TOKEN.finditer(text):
            while match.start() >= names[at][1]:
                keys.extend(self._name_keys(inside))
                inside = []
                at += 1
            if match.start() >= names[at][0]:
                inside.extend(keys_of(match.group()))
            else:
                keys.extend(keys_of(match.group()))
        keys.extend(self._name_keys(inside))
        return keys

    def _name_keys(self, inside: list[str]) -> list[str]:
        if not inside:
            return []
        spans = self.spans(inside)
        if len(spans) == 1 and spans[0].end - spans[0].start == len(inside):
            return inside
        return [NAME_BARRIER]

    def family(self, concept_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What a mention of a concept answers: itself and its narrower concepts, in full; its
        broader concept and that one's other narrower concepts, in part.

        A posting asking for patient safety is answered by a bullet on infection control; one
        asking for pressure injuries is answered by a bullet on pressure ulcers, and less by one
        on hand hygiene or on patient safety in general.
        """
        full = (concept_id, *self.children.get(concept_id, ()))
        parent = parent_of(concept_id)
        if parent is None:
            return full, ()
        near = (parent, *(c for c in self.children.get(parent, ()) if c != concept_id))
        return full, near

    def concepts_in(self, text: str) -> tuple[str, ...]:
        """The ids of the concepts a text mentions, in order of first mention."""
        return tuple(dict.fromkeys(s.concept_id for s in self.spans(term_keys(text))))

    def wording_in(self, concept_id: str, keys: Sequence[str]) -> str | None:
        """The concept's wording that `keys` holds (the longest), or None."""
        for span in self.spans(keys):
            if span.concept_id == concept_id:
                return span.wording
        return None

    def label(self, concept_id: str) -> str:
        """The concept's shown name; the id itself for an unknown id."""
        concept = self.concepts.get(concept_id)
        return concept.label if concept else concept_id


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names an organisation or an event: character ranges of capitalised runs
    that end in one of ORGANISATION_WORDS.

    A text's first word is capitalised whatever it is ("Led", "Set"): a run it opens is a name
    from the next word on.
    """
    if _ORGANISATION_WORD.search(text) is None:
        return []
    spans = []
    for match in _NAME.finditer(text):
        start, end = match.span()
        if not text[:start].strip():
            gap = _WORD_GAP.search(text, start, end)
            inner = _NAME.match(text, gap.end(), end) if gap else None
            if inner is None:
                continue
            start = inner.start()
        last = text[start:end].split()[-1].split("-")[-1]
        if last in ORGANISATION_WORDS:
            spans.append((start, end))
    return spans


def parent_of(concept_id: str) -> str | None:
    """The broader concept a narrower one's id names ("patient_safety" for
    "patient_safety.infection_control"), or None.
    """
    parent, dot, _ = concept_id.rpartition(".")
    return parent if dot else None


class _ConceptKeys(dict):
    """Raw token -> its keys without the numbers no wording holds, filled on first use."""

    def __init__(self, numbers: frozenset[str]) -> None:
        super().__init__()
        self._numbers = numbers

    def __missing__(self, raw: str) -> tuple[str, ...]:
        numbers = self._numbers
        keys = self[raw] = tuple(k for k in KEYS[raw] if not k.isdigit() or k in numbers)
        return keys


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, the longest where several fit.

    The words share prefixes in a character trie, so the engine follows one branch per
    character instead of trying thousands of alternatives in turn; a greedy optional tail
    prefers the longer wording ("ci/cd" over "ci").
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _values(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def read_concepts(path: Path) -> list[Concept]:
    """The concepts of a thesaurus file: tab-separated COLUMNS, "|" between values, "#" comments.

    Raises:
        ValueError: a line without seven columns, a repeated id, an unknown domain or a
            narrower concept ("parent.child") before its broader one, naming the file and line.

    """
    concepts: list[Concept] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(
                f"{path.name}, line {number}: {len(cells)} columns, {len(COLUMNS)} wanted "
                f"({', '.join(COLUMNS)})"
            )
        concept_id, domain = cells[0].strip(), cells[1].strip()
        if not concept_id or concept_id in seen:
            raise ValueError(f"{path.name}, line {number}: the id {concept_id!r} is not unique")
        if domain not in DOMAINS:
            raise ValueError(f"{path.name}, line {number}: unknown domain {domain!r}")
        parent = parent_of(concept_id)
        if parent is not None and parent not in seen:
            raise ValueError(
                f"{path.name}, line {number}: {concept_id!r} is narrower than {parent!r}, "
                "which no line above defines"
            )
        seen.add(concept_id)
        en, sv, abbreviations, spellings, related = (_values(c) for c in cells[2:])
        concepts.append(Concept(concept_id, domain, en, sv, abbreviations, spellings, related))
    return concepts


@cache
def thesaurus() -> Thesaurus:
    """The thesaurus the app ships, read once."""
    return Thesaurus(read_concepts(paths.resource("concepts", "concepts.tsv")))


def requirement_concepts(requirement: Requirement) -> tuple[str, ...]:
    """The concepts a requirement names: its own, or those its wordings mention.

    A skill names none: its name and aliases are the user's own thesaurus and win over ours
    ("AWS" and "Azure" are one concept here, two skills to someone who has both).
    """
    if requirement.concepts:
        return requirement.concepts
    if requirement.kind == "skill":
        return ()
    return _concepts_of_wordings(requirement.wordings())


@lru_cache(maxsize=4096)
def _concepts_of_wordings(wordings: tuple[str, ...]) -> tuple[str, ...]:
    found = thesaurus().concepts_in
    return tuple(dict.fromkeys(c for w in wordings for c in found(w)))
