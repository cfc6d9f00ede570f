"""The accomplishment index: BM25 over headlines and stories, skill tags, impact and recency."""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, KeysView, Sequence
from datetime import date
from itertools import chain, compress, repeat
from operator import add, mul

from resume_builder.domain.models import IMPACT_DEFAULT, Accomplishment
from resume_builder.services.tailoring.concepts import SEPARATOR, requirement_concepts, thesaurus
from resume_builder.services.tailoring.results import Requirement, Suggestion
from resume_builder.services.tailoring.text import KEYS, TOKEN, is_ambiguous, term_keys

_SEP = SEPARATOR  # joins index keys; never inside a token

# BM25 with the usual constants; the headline counts twice because it is the bullet a reader sees.
K1, B = 1.2, 0.75
HEADLINE_WEIGHT = 2
MUST_HAVE_BOOST = 1.5
# A skill tag is explicit evidence, worth about a text mention of a rare word.
SKILL_TAG_WEIGHT = 1.5
# idf becomes idf·(1+c)/(idf+c): a little above plain idf for common words (idf < 1), about
# 0.4 of it for a word one bullet in hundreds uses (idf ≈ 5). Positive and finite.
SATURATION = 2.0
# Impact (1..5) and recency only nudge the order: relevance must dominate.
IMPACT_STEP = 0.05
RECENCY_FREE_YEARS = 2.0
RECENCY_STEP = 0.015
RECENCY_FLOOR = 0.85
UNDATED_FACTOR = 0.95
# A mention of the requirement's concept in other words ("CI/CD" for "continuous delivery")
# counts this much of a mention in the requirement's own words: it is evidence, but the
# thesaurus may join terms a recruiter would keep apart.
CONCEPT_WEIGHT = 0.6
# A mention of a neighbouring concept (the broader one, or another narrower one of it: "hand
# hygiene" for "pressure injuries", both patient safety) counts this share of a mention of the
# requirement's own.
NEAR_SHARE = 0.5
# From this many accomplishments on, concepts are found by one regular expression per text.
REGEX_FROM = 1000
# A result of a role (or project, or volunteering) that answers the posting well is likelier
# to be one a recruiter picks than an equal match from an unrelated role: the job whose
# results answer the posting is the experience it asks for. A matching accomplishment gains
# this share of its owner's context, the sum of the owner's CONTEXT_BEST best totals over
# CONTEXT_BEST (so a project of two results lends less than a role of many).
CONTEXT_WEIGHT = 0.6
CONTEXT_BEST = 5


def ranking_weight(requirement: Requirement) -> float:
    """How much a requirement counts when ranking: its weight, a must-have's boosted."""
    return requirement.weight * (MUST_HAVE_BOOST if requirement.must_have else 1.0)


def plain_idf(size: int, df: int) -> float:
    """BM25's inverse document frequency of a word `df` of `size` accomplishments hold."""
    return math.log(1.0 + (size - df + 0.5) / (df + 0.5))


def _saturated_idf(size: int, df: int) -> float:
    """BM25's idf with diminishing returns: idf·(1+c)/(idf+c) for c = SATURATION.

    A word only one bullet uses is strong evidence, but in plain BM25 it outweighs a word half
    the bullets use five to ten times over, so one rare word could carry a bullet past others
    that answer several requirements. Extraction already weighs rare words up (`_rarity`), so
    here their edge is kept but flattened. Applied to idf rather than to each document's
    score, it costs one multiplication per document, as plain idf does.
    """
    idf = plain_idf(size, df)
    return idf * (1.0 + SATURATION) / (idf + SATURATION)


class AccomplishmentIndex:
    """Accomplishments prepared for ranking: keys, term frequencies, lengths and skill tags.

    Build it once per snapshot with `build()`; `rank()` and `coverage()` then touch only the
    posting lists of the requirements' words.
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.headlines: list[str] = []
        self.position: dict[str, int] = {}
        # Keys joined by _SEP and framed by it, so a phrase is a substring match.
        self._head_text: list[str] = []
        self._body_text: list[str] = []
        # key -> documents and, in step, their BM25 term part tf·(k1+1)/(tf+norm); idf is
        # applied at rank time. Two flat lists rather than a list of pairs: no
        # million tuples for the garbage collector to walk while ranking, and dict(zip()) runs
        # in C.
        self._postings: dict[str, tuple[list[int], list[float]]] = {}
        self._norm: list[float] = []
        self._impact: list[float] = []
        self._when: list[float | None] = []  # year as a float, for recency
        # Per document, which of the distinct (impact, year) pairs it has: a few hundred pairs
        # for 10,000 documents, so `factors()` works out each once and copies them out in C.
        self._pair_of: list[int] = []
        self._pairs: list[tuple[float, float | None]] = []
        self._skill_docs: dict[str, list[int]] = defaultdict(list)
        # Per document, the number of its owner (role, project or volunteering); the unowned
        # ones the number after the last owner's. Per owner, its documents.
        self._owner: list[int] = []
        self._owner_docs: list[list[int]] = []
        # concept id -> documents and their BM25 term parts, as _postings holds for keys.
        self._concepts: dict[str, tuple[list[int], list[float]]] = {}
        # concept id -> document -> its score through the concept (idf and CONCEPT_WEIGHT in).
        self._concept_scores: dict[str, dict[int, float]] = {}
        self._phrase_cache: dict[tuple[str, ...], dict[int, int]] = {}
        self._score_cache: dict[tuple, dict[int, float]] = {}

    @property
    def size(self) -> int:
        """How many accomplishments are indexed."""
        return len(self.ids)

    @classmethod
    def build(cls, snapshot) -> AccomplishmentIndex:
        """Indexes every accomplishment of a CareerSnapshot (or anything with the same fields).

        Args:
            snapshot: has `accomplishments` and, optionally, `roles`, `projects` and
                `volunteer` to date the undated ones by.

        Returns:
            The index.

        """
        # An undated result of a project or volunteering is dated by it, as one of a role is.
        owners = (
            *getattr(snapshot, "roles", ()),
            *getattr(snapshot, "projects", ()),
            *getattr(snapshot, "volunteer", ()),
        )
        roles = {r.id: r for r in owners}
        return cls.from_accomplishments(snapshot.accomplishments, roles)

    @classmethod
    def from_accomplishments(
        cls, accomplishments: Iterable[Accomplishment], roles: dict | None = None
    ) -> AccomplishmentIndex:
        """Indexes accomplishments; `roles` by id date the undated ones by their role."""
        index = cls()
        roles = roles or {}
        if not isinstance(accomplishments, Sequence):
            accomplishments = list(accomplishments)
        concepts = thesaurus()
        # The thesaurus's one regular expression takes a fifth of a second to compile and then
        # finds concepts four times faster than a look at each key: worth it for big records.
        count = concepts.count_joined if len(accomplishments) >= REGEX_FROM else None
        first_keys = concepts.first_keys
        findall, keys_of, concept_keys_of = TOKEN.findall, KEYS, concepts.concept_keys
        # A token's keys come from a cache; chain and map splice them in C, where a nested
        # comprehension paid a Python step per key.
        flat = chain.from_iterable
        lengths: list[int] = []
        all_counts: list[Counter] = []
        concept_counts: list[dict[str, float]] = []
        pair_numbers: dict[tuple[float, float | None], int] = {}
        owner_docs: dict[str, list[int]] = {}  # owner id -> its documents, in first-seen order
        owners: list[str | None] = []
        for d, item in enumerate(accomplishments):
            head_raws = findall(item.headline)
            story = "\n".join(
                (item.situation, item.task, item.action, item.result, item.notes, *item.metrics)
            )
            body_raws = findall(story)
            head = list(flat(map(keys_of.__getitem__, head_raws)))
            body = list(flat(map(keys_of.__getitem__, body_raws)))
            # Counted in C; keys in the order of their first mention, body first, as before.
            counts = Counter(body + head * HEADLINE_WEIGHT)
            all_counts.append(counts)
            lengths.append(len(body) + HEADLINE_WEIGHT * len(head))
            index.ids.append(item.id)
            index.headlines.append(item.headline)
            head_text = _SEP + _SEP.join(head) + _SEP
            body_text = _SEP + _SEP.join(body) + _SEP
            index._head_text.append(head_text)
            index._body_text.append(body_text)
            found: dict[str, float] = {}
            # A number inside a wording is a detail of it: "interviewed 25 users" is user
            # research, "led a team of 6" team leadership. Concepts are read without numbers.
            # A name ("the Health and Social Care Inspectorate") mentions no concept but itself.
            concept_head = concepts.keys_outside_names(item.headline, head_raws)
            head_named = concept_head is not None
            if concept_head is None:
                concept_head = list(flat(map(concept_keys_of.__getitem__, head_raws)))
            concept_body = concepts.keys_outside_names(story, body_raws) if body_raws else None
            body_named = concept_body is not None
            if concept_body is None:
                concept_body = list(flat(map(concept_keys_of.__getitem__, body_raws)))
            if count is None:
                concepts.count_in(concept_head, found, HEADLINE_WEIGHT)
                concepts.count_in(concept_body, found)
            else:
                if head_named or len(concept_head) != len(head):
                    head_text = _SEP + _SEP.join(concept_head) + _SEP
                if body_named or len(concept_body) != len(body):
                    body_text = _SEP + _SEP.join(concept_body) + _SEP
                # a text holding no wording's first key mentions no concept: a set test in C
                # spares the expression most of the texts
                if not first_keys.isdisjoint(concept_head):
                    count(head_text, found, HEADLINE_WEIGHT)
                if not first_keys.isdisjoint(concept_body):
                    count(body_text, found)
            concept_counts.append(found)
            impact = 1.0 + IMPACT_STEP * ((item.impact or IMPACT_DEFAULT) - 3)
            when = _year_of(item, roles)
            index._impact.append(impact)
            index._when.append(when)
            pair = (impact, when)
            number = pair_numbers.get(pair)
            if number is None:
                number = pair_numbers[pair] = len(pair_numbers)
            index._pair_of.append(number)
            for skill_id in item.skill_ids:
                index._skill_docs[skill_id].append(d)
            owners.append(item.role_id)
            if item.role_id:
                owner_docs.setdefault(item.role_id, []).append(d)
        owner_number = {owner: n for n, owner in enumerate(owner_docs)}
        index._owner_docs = list(owner_docs.values())
        unowned = len(owner_number)  # the owner after the last, with no context
        index._owner = [owner_number.get(owner, unowned) for owner in owners]
        index.position = {id_: d for d, id_ in enumerate(index.ids)}
        index._pairs = list(pair_numbers)
        average = (sum(lengths) / len(lengths)) if lengths else 1.0
        norm = [K1 * (1.0 - B + B * n / (average or 1.0)) for n in lengths]
        index._norm = norm
        index._postings = _posting_lists(all_counts, norm)
        by_concept = index._concepts = _posting_lists(concept_counts, norm)
        # A concept's scores depend on nothing a posting says: worked out here, they cost the
        # first ranking after indexing nothing but a dictionary copy.
        size = len(index.ids)
        index._concept_scores = {
            concept_id: dict(
                zip(
                    docs,
                    map((CONCEPT_WEIGHT * _saturated_idf(size, len(docs))).__mul__, parts),
                    strict=True,
                )
            )
            for concept_id, (docs, parts) in by_concept.items()
        }
        return index

    def concepts_of(self, requirement: Requirement) -> tuple[str, ...]:
        """The concepts a requirement names (see `concepts.requirement_concepts`)."""
        return requirement_concepts(requirement)

    def _families(self, requirement: Requirement) -> tuple[list[str], list[str]]:
        """The concepts that answer a requirement in full and in part (`Thesaurus.family`)."""
        family = thesaurus().family
        full: list[str] = []
        near: list[str] = []
        for concept_id in self.concepts_of(requirement):
            whole, part = family(concept_id)
            full.extend(whole)
            near.extend(part)
        return list(dict.fromkeys(full)), [c for c in dict.fromkeys(near) if c not in full]

    def concept_frequency(self, concept_id: str) -> int:
        """How many accomplishments mention a concept, in any of its wordings."""
        entry = self._concepts.get(concept_id)
        return len(entry[0]) if entry else 0

    def vocabulary(self) -> KeysView[str]:
        """Every index key some accomplishment holds."""
        return self._postings.keys()

    def document_frequency(self, keys: tuple[str, ...]) -> int:
        """How many accomplishments contain these keys in this order."""
        if len(keys) == 1:
            entry = self._postings.get(keys[0])
            return len(entry[0]) if entry else 0
        return len(self._phrase_counts(keys))

    def _phrase_counts(self, keys: tuple[str, ...]) -> dict[int, int]:
        cached = self._phrase_cache.get(keys)
        if cached is not None:
            return cached
        entries = [self._postings.get(k) for k in keys]
        result: dict[int, int] = {}
        if all(entries):
            # Only documents holding every word can hold the phrase: the rarest word's list,
            # narrowed by a set intersection in C, often halves what str.count must look at
            # ("incident" and "management" are both common, rarely side by side). str.count
            # over the joined keys then does the positional check in C.
            lists = sorted((e[0] for e in entries if e), key=len)
            common = set(lists[0]).intersection(*lists[1:])
            candidates = list(filter(common.__contains__, lists[0]))  # ascending, as before
            needle = _SEP + _SEP.join(keys) + _SEP
            in_heads = map(str.count, map(self._head_text.__getitem__, candidates), repeat(needle))
            in_bodies = map(str.count, map(self._body_text.__getitem__, candidates), repeat(needle))
            for d, head, body in zip(candidates, in_heads, in_bodies, strict=True):
                tf = HEADLINE_WEIGHT * head + body
                if tf:
                    result[d] = tf
        self._phrase_cache[keys] = result
        return result

    def requirement_scores(self, requirement: Requirement) -> dict[int, float]:
        """Per document position, how strongly it answers one requirement (0 never listed)."""
        cache_key = _cache_key(requirement)
        cached = self._score_cache.get(cache_key)
        if cached is not None:
            return cached
        scores: dict[int, float] = {}
        norm, size = self._norm, self.size
        for wording in requirement.wordings():
            if requirement.kind == "skill" and is_ambiguous(wording):
                continue  # "Go" in prose is a verb; the skill tag speaks for the language
            keys = term_keys(wording)
            if not keys:
                continue
            if len(keys) == 1:
                docs, parts = self._postings.get(keys[0]) or ((), ())
            else:
                counts = self._phrase_counts(keys)
                docs = list(counts)
                top = K1 + 1.0
                parts = [tf * top / (tf + norm[d]) for d, tf in counts.items()]
            if not docs:
                continue
            values = map(_saturated_idf(size, len(docs)).__mul__, parts)
            if not scores:
                scores = dict(zip(docs, values, strict=True))
                continue
            for d, value in zip(docs, values, strict=True):
                if value > scores.get(d, 0.0):
                    scores[d] = value  # the best wording counts, not the sum of synonyms
        full, near = self._families(requirement)
        through = [found for found in map(self._concept_scores.get, full) if found]
        nearby = [found for found in map(self._concept_scores.get, near) if found]
        if through or nearby:
            # A document that names the requirement in its own words is scored by those: an
            # exact mention outweighs a concept mention, which outweighs a mention of a
            # neighbouring concept, so they need no comparing, and dict.update keeps the merge
            # in C for the thousands of documents a concept reaches.
            merged: dict[int, float] = {}
            for found in nearby:
                merged.update(zip(found, map(NEAR_SHARE.__mul__, found.values()), strict=True))
            for found in through:
                merged.update(found)
            merged.update(scores)
            scores = merged
        if requirement.skill_id:
            tagged = self._skill_docs.get(requirement.skill_id, ())
            if tagged:
                # Tag and mention are two signs of one skill: the stronger counts, so a bullet
                # tagged with many of the posting's skills cannot outrank one that proves the
                # posting's main asks in words.
                bonus = SKILL_TAG_WEIGHT * _saturated_idf(size, len(tagged))
                get = scores.get
                for d in tagged:
                    if bonus > get(d, 0.0):
                        scores[d] = bonus
        self._score_cache[cache_key] = scores
        return scores

    def _concept_match(self, requirement: Requirement, d: int) -> str | None:
        """The concept's wording document `d` answers a requirement with, when it answers
        through a concept only: no skill tag, no wording of the requirement's own.

        Worked out for the few suggestions shown rather than kept while scoring thousands.
        """
        if requirement.skill_id and _holds(self._skill_docs.get(requirement.skill_id, ()), d):
            return None
        text = self._head_text[d] + self._body_text[d]
        for wording in requirement.wordings():
            if requirement.kind == "skill" and is_ambiguous(wording):
                continue
            keys = term_keys(wording)
            if keys and _SEP + _SEP.join(keys) + _SEP in text:
                return None
        full, near = self._families(requirement)
        for concept_id in (*full, *near):
            docs = (self._concepts.get(concept_id) or ((),))[0]
            if _holds(docs, d):
                return self._written_in(concept_id, d, text)
        return None

    def _written_in(self, concept_id: str, d: int, text: str) -> str:
        """How document `d` words a concept: the headline's own words where it holds it.

        Keys alone would show a stem, or a Swedish wording with the same stem as the English
        ("databaser", "databases").
        """
        concepts = thesaurus()
        raws = TOKEN.findall(self.headlines[d])
        # Without numbers, as the index found the concepts.
        numbers = concepts.number_keys
        owners = [
            n for n, raw in enumerate(raws) for k in KEYS[raw] if not k.isdigit() or k in numbers
        ]
        keys = [k for raw in raws for k in KEYS[raw] if not k.isdigit() or k in numbers]
        for span in concepts.spans(keys):
            if span.concept_id == concept_id:
                return " ".join(raws[owners[span.start] : owners[span.end - 1] + 1])
        keys = [k for k in text.split(_SEP) if k and (not k.isdigit() or k in numbers)]
        return concepts.wording_in(concept_id, keys) or concepts.label(concept_id)

    def factors(self, today: date | None = None) -> list[float]:
        """Per document, the impact and recency multiplier."""
        # Full credit up to `fresh`, then RECENCY_STEP less a year down to RECENCY_FLOOR. Worked
        # out once per distinct (impact, year) pair and copied out in C: the first ranking after
        # indexing pays for all 10,000 documents' factors.
        fresh = _year_float(today or date.today()) - RECENCY_FREE_YEARS
        values = [
            impact
            * (
                UNDATED_FACTOR
                if when is None
                else max(RECENCY_FLOOR, 1.0 - RECENCY_STEP * max(0.0, fresh - when))
            )
            for impact, when in self._pairs
        ]
        return list(map(values.__getitem__, self._pair_of))

    def rank(
        self,
        requirements: Sequence[Requirement],
        *,
        today: date | None = None,
        top: int | None = None,
    ) -> list[Suggestion]:
        """Accomplishments ordered by relevance to the requirements, best first.

        Args:
            requirements: from `extract_requirements`, possibly edited by the user.
            today: the date recency is measured from (default: today).
            top: keep only this many.

        Returns:
            Suggestions with a score above zero, each naming the requirements it matches.

        """
        return self.rank_counted(requirements, today=today, top=top)[0]

    def rank_counted(
        self,
        requirements: Sequence[Requirement],
        *,
        today: date | None = None,
        top: int | None = None,
    ) -> tuple[list[Suggestion], int]:
        """`rank()` and how many accomplishments match at all (a list shows the best few)."""
        # A list indexed by document adds up faster than a dict; every score is above zero, so
        # a total of zero means no requirement matched.
        totals = [0.0] * self.size
        per_requirement = [(r, self.requirement_scores(r)) for r in requirements]
        for requirement, scores in per_requirement:
            weight = ranking_weight(requirement)
            for d, value in scores.items():
                totals[d] += weight * value
        scores = list(map(mul, self._with_context(totals), self._factors_for(today)))
        # The matching documents, by score and then by position (both keep the first of equal
        # scores), chosen in C: no (score, position) pair is built for each of 10,000 documents.
        matching = compress(range(self.size), totals)
        best = (
            heapq.nlargest(top, matching, key=scores.__getitem__)
            if top is not None
            else sorted(matching, key=scores.__getitem__, reverse=True)
        )
        # Explanations only for what is returned: most documents never need one.
        suggestions = [self._suggestion(d, scores[d], per_requirement) for d in best]
        return suggestions, self.size - totals.count(0.0)

    def _with_context(self, totals: list[float]) -> list[float]:
        """Totals with each matching document's share of its owner's context added.

        Only documents that match gain: a result that answers nothing stays out of the ranking
        however well its role answers, so every suggestion still names what it matches.
        """
        if not self._owner_docs:
            return totals
        share = CONTEXT_WEIGHT / CONTEXT_BEST
        get = totals.__getitem__
        # An owner's best totals, sorted in C (a document that matches nothing adds 0); the
        # unowned documents' owner, last, has no context.
        context = [
            share * sum(sorted(map(get, docs), reverse=True)[:CONTEXT_BEST])
            for docs in self._owner_docs
        ]
        context.append(0.0)
        lent = map(mul, map(context.__getitem__, self._owner), map(bool, totals))
        return list(map(add, totals, lent))

    def _suggestion(self, d: int, score: float, per_requirement: list) -> Suggestion:
        matched = [r for r, scores in per_requirement if d in scores]
        via = {}
        for requirement in matched:
            wording = self._concept_match(requirement, d)
            if wording is not None:
                via[requirement.term] = wording
        return Suggestion(
            self.ids[d], self.headlines[d], round(score, 3), [r.term for r in matched], via
        )

    def _factors_for(self, today: date | None) -> list[float]:
        key = today or date.today()
        cached = getattr(self, "_factor_cache", None)
        if cached is None or cached[0] != key:
            cached = (key, self.factors(key))
            self._factor_cache = cached
        return cached[1]


def _posting_lists(
    counts: Sequence[dict[str, float]], norm: Sequence[float]
) -> dict[str, tuple[list[int], list[float]]]:
    """Key -> the documents holding it, ascending, and in step their BM25 term parts.

    The length-normalised part tf·(k1+1)/(tf+norm) is fixed per document: worked out here, in
    the one pass that fills the lists, it leaves rank() a multiplication by idf. (A pass in C,
    map over each document's counts, measured slower: a document holds a few dozen keys, too
    few to pay for setting up the maps.)
    """
    postings: dict[str, tuple[list[int], list[float]]] = {}
    get, top = postings.get, K1 + 1.0
    for d, found in enumerate(counts):
        n = norm[d]
        for key, tf in found.items():
            entry = get(key)
            if entry is None:
                entry = postings[key] = ([], [])
            entry[0].append(d)
            entry[1].append(tf * top / (tf + n))
    return postings


def _holds(docs: Sequence[int], d: int) -> bool:
    """Whether an ascending list of document positions holds `d`."""
    at = bisect_left(docs, d)
    return at < len(docs) and docs[at] == d


def _cache_key(requirement: Requirement) -> tuple:
    return (requirement.wordings(), requirement.skill_id, requirement.concepts)


def _year_float(when) -> float:
    return when.year + ((when.month or 6) - 1) / 12.0


def _year_of(item: Accomplishment, roles: dict) -> float | None:
    if item.date is not None:
        return _year_float(item.date)
    role = roles.get(item.role_id or "")
    if role is None:
        return None
    end = getattr(role, "end", None)
    if end is not None and hasattr(end, "year"):
        return _year_float(end)
    if getattr(role, "is_current", False):
        return _year_float(date.today())
    return _year_float(role.start) if role.start is not None else None
