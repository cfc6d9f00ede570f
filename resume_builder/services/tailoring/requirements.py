"""Reading a job posting into requirements: sections, skills, acronyms, phrases and terms."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from resume_builder.domain.models import Skill
from resume_builder.services.tailoring.concepts import ConceptSpan, name_spans, thesaurus
from resume_builder.services.tailoring.index import AccomplishmentIndex, plain_idf, ranking_weight
from resume_builder.services.tailoring.posting_words import posting_words
from resume_builder.services.tailoring.results import Requirement
from resume_builder.services.tailoring.text import (
    STEMS,
    SURFACES,
    SWEDISH_TOKENS,
    TOKEN,
    is_ambiguous,
    posting_language,
    term_keys,
)

# Commas, colons, brackets and sentence ends separate phrases; a dot inside "Node.js" does not.
_CHUNK_BREAK = re.compile(r"[,;:!?()\[\]|•–—\"“”]|\.(?=\s|$)|\s-\s")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_ACRONYM_IGNORE = frozenset({"AB", "CV", "OK", "HQ", "FAQ", "PS", "NB"})


# Requirement weights by kind. A known skill weighs like a phrase: it also gets the skill tags'
# evidence at rank time, and weighed more, the many skills a posting names in passing drowned
# the phrases and terms that say what the job is about.
KIND_WEIGHT = {"skill": 2.0, "phrase": 2.0, "acronym": 2.0, "term": 1.0}
MAX_PHRASES = 12
MAX_TERMS = 12
MAX_CONCEPTS = 20
# A thesaurus concept is specific by nature: it weighs this much more than a phrase or term.
CONCEPT_SPECIFICITY = 1.25
# A phrase holding a generic word ("handle escalations") says less than one of specific words.
GENERIC_PART = 0.8
# What is asked for only under "nice to have" weighs this share of what the job needs.
NICE_WEIGHT = 0.7
# Said this often, a requirement is a must-have wherever it stands.
MUST_REPEATS = 3
# Share of a record's distinct words spelt with å, ä or ö from which it counts as Swedish.
SWEDISH_RECORD_SHARE = 0.03


@dataclass
class _Token:
    surface: str
    key: str
    raw: str
    chunk: int  # tokens in different chunks never form a phrase
    run: int  # a stop word or a filler word between tokens ends a run
    section: str | None  # "must", "nice" or None ("skip" sections yield no tokens)
    before: str = ""  # the word just before it in its chunk, stop words included, lowercase
    name: bool = False  # inside a name ("the Health and Social Care Inspectorate")


def _cue(text: str, cues: Iterable[str]) -> bool:
    return any(cue in text for cue in cues)


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped[0] in "-*•·–" or len(stripped) > 70:
        return False
    return stripped.endswith(":") or (len(stripped.split()) <= 6 and stripped[-1] not in ".,;")


def _is_shouting(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _writes_swedish(index: AccomplishmentIndex) -> bool:
    """Whether some of the user's accomplishments are in Swedish.

    Swedish content words often hold å, ä or ö (förbättrade, minskade, ökade); an English record
    has them only in the odd place name.
    """
    keys = index.vocabulary()
    swedish = sum(1 for key in keys if "å" in key or "ä" in key or "ö" in key)
    return swedish >= SWEDISH_RECORD_SHARE * len(keys) > 0


def _translated(raw: str, surface: str) -> tuple[str, ...] | None:
    """English tokens for a Swedish posting word, or None to keep the word as it is.

    Acronyms, names with symbols and filler are kept.
    """
    if (
        not surface.isalpha()
        or len(surface) < 3
        or (raw.isupper() and len(raw) > 1)
        or surface in posting_words().filler
    ):
        return None
    return SWEDISH_TOKENS[surface] or None


def _in_english(
    pairs: list[tuple[str, str]], known: Container[str]
) -> tuple[list[tuple[str, str]], bool]:
    """The pairs read into English, and whether some word is now in both languages.

    A word in `known` (the keys of a record partly written in Swedish) is kept and given its
    English too: the record may say it either way ("månadsbokslut", "month-end close").
    Translated words keep the Swedish raw form: its capital still marks a name.
    """
    result = []
    both = False
    for surface, raw in pairs:
        english = _translated(raw, surface)
        if english is None:
            result.append((surface, raw))
            continue
        if STEMS[surface] in known and english != (surface,):
            result.append((surface, raw))
            both = True
        result.extend((word, raw) for word in english)
    return result, both


def _is_skipped(heading: str) -> bool:
    """Whether a heading (casefolded) opens a section about the employer, not the job."""
    lists = posting_words()
    words = re.findall(r"[\w']+", heading)
    text = " ".join(words)
    if any(text == c or (" " in c and text.startswith(c + " ")) for c in lists.skip_headings):
        return True
    return len(words) >= 2 and words[0] == "about" and words[1] not in lists.about_the_job


def _scan_posting(posting: str, known: Container[str] | None = None) -> list[_Token]:
    """The posting's content tokens with their chunk, run and section.

    Args:
        posting: the posting's text.
        known: index keys of the user's record; given for a Swedish posting, whose words are
            then read through the Swedish glossary into the English the record is written in.

    """
    lists = posting_words()
    filler = lists.filler
    tokens: list[_Token] = []
    mode: str | None = None
    chunk = run = 0
    for line in posting.splitlines():
        low = line.casefold()
        section = mode
        if _is_heading(line):
            if _cue(low, lists.nice):
                mode = "nice"
            elif _cue(low, lists.must):
                mode = "must"
            elif _is_skipped(low):
                mode = "skip"
            elif line.strip().endswith(":") or _cue(low, lists.neutral):
                mode = None
            section = mode
        elif mode == "skip":
            pass  # "a bonus programme" among the benefits is no nice-to-have
        elif _cue(low, lists.nice):
            section = "nice"  # "Terraform is a plus" inside any other section
        elif _cue(low, lists.must_inline):
            section = "must"
        if section == "skip":
            continue
        # Headings in capitals would otherwise keep their stop words as "acronyms".
        shouting = _is_shouting(line)
        names = name_spans(line)
        for offset, piece in _pieces(line):
            chunk += 1
            run += 1
            before = ""
            for match in TOKEN.finditer(piece):
                raw = match.group()
                at = offset + match.start()
                in_name = any(start <= at < end for start, end in names)
                surfaces = SURFACES[raw.lower() if shouting else raw]
                if not surfaces:
                    run += 1
                    before = raw.lower()
                    continue
                pairs = [(surface, raw) for surface in surfaces]
                both = False
                if known is not None:
                    pairs, both = _in_english(pairs, known)
                # "SLOs/error budgets" offers alternatives: no phrase spans the slash, nor the
                # Swedish word and its English.
                alternatives = both or ("/" in raw and len(pairs) > 1)
                for surface, source in pairs:
                    if surface in filler:
                        run += 1
                    key = STEMS[surface]
                    tokens.append(
                        _Token(surface, key, source, chunk, run, section, before, in_name)
                    )
                    if surface in filler or alternatives:
                        run += 1
                before = raw.lower()
    return tokens


def _pieces(line: str) -> list[tuple[int, str]]:
    """The line cut at _CHUNK_BREAK, each piece with the offset it starts at."""
    pieces, at = [], 0
    for match in _CHUNK_BREAK.finditer(line):
        pieces.append((at, line[at : match.start()]))
        at = match.end()
    pieces.append((at, line[at:]))
    return pieces


def _find(tokens: list[_Token], keys: tuple[str, ...], starts: dict[str, list[int]]) -> list[int]:
    """Start positions where `keys` occur in order within one chunk."""
    found = []
    n = len(keys)
    for i in starts.get(keys[0], ()):
        if i + n > len(tokens):
            continue
        if all(tokens[i + j].key == keys[j] for j in range(1, n)) and (
            tokens[i].chunk == tokens[i + n - 1].chunk
        ):
            found.append(i)
    return found


def _section_of(tokens: list[_Token], positions: Iterable[int], count: int = 1) -> bool:
    """Must-have: said in a must-have section or line, or said MUST_REPEATS times."""
    return count >= MUST_REPEATS or any(tokens[i].section == "must" for i in positions)


def _section_factor(tokens: list[_Token], positions: Iterable[int]) -> float:
    """NICE_WEIGHT for a requirement only ever said as a nice-to-have, 1 otherwise."""
    return NICE_WEIGHT if all(tokens[i].section == "nice" for i in positions) else 1.0


def _generic(surface: str) -> bool:
    return surface in posting_words().generic


def extract_requirements(
    posting: str, skills: Sequence[Skill], index: AccomplishmentIndex | None = None
) -> list[Requirement]:
    """What a job posting asks for: known skills, phrases, acronyms and significant terms.

    Args:
        posting: the posting's text.
        skills: the user's skills; a posting mentioning any name or alias finds the skill.
        index: the user's accomplishments; when given, words rare in them weigh more and
            phrases they also use are kept even when the posting says them once.

    Returns:
        Requirements, must-haves first, then by weight.

    """
    known = None
    if posting_language(posting) == "sv":
        known = index.vocabulary() if index is not None and _writes_swedish(index) else frozenset()
    tokens = _scan_posting(posting, known)
    starts: dict[str, list[int]] = defaultdict(list)
    for i, token in enumerate(tokens):
        starts[token.key].append(i)
    covered: set[int] = set()
    requirements: list[Requirement] = []

    for skill in skills:
        spans: dict[int, int] = {}
        for wording in skill.names():
            keys = term_keys(wording)
            if not keys:
                continue
            for i in _find(tokens, keys, starts):
                if is_ambiguous(wording) and tokens[i].raw != wording:
                    continue
                spans[i] = max(spans.get(i, 0), len(keys))
        if not spans:
            continue
        positions = {i + j for i, n in spans.items() for j in range(n)}
        covered |= positions
        count = len(spans)
        requirements.append(
            Requirement(
                term=skill.name,
                kind="skill",
                skill_id=skill.id,
                weight=_weight("skill", count, _section_factor(tokens, spans)),
                must_have=_section_of(tokens, spans, count),
                count=count,
                variants=tuple(skill.names()),
            )
        )

    requirements += _concept_requirements(tokens, covered, index)

    # Acronyms: written in capitals in running text.
    acronyms: dict[str, list[int]] = defaultdict(list)
    for i, token in enumerate(tokens):
        if i in covered or token.raw in _ACRONYM_IGNORE or not _ACRONYM.match(token.raw):
            continue
        if _generic(token.surface):
            continue
        if sum(c.isupper() for c in token.raw) >= 2:
            acronyms[token.raw].append(i)
    for acronym, positions in acronyms.items():
        covered.update(positions)
        rarity = _rarity(index, (tokens[positions[0]].key,)) * _section_factor(tokens, positions)
        requirements.append(
            Requirement(
                term=acronym,
                kind="acronym",
                weight=_weight("acronym", len(positions), rarity),
                must_have=_section_of(tokens, positions, len(positions)),
                count=len(positions),
            )
        )

    requirements += _phrases(tokens, covered, index)
    requirements += _terms(tokens, covered, index)
    requirements.sort(key=lambda r: (not r.must_have, -r.weight, r.term.casefold()))
    return requirements


def _written(tokens: list[_Token], span: ConceptSpan) -> str:
    """How the posting writes a concept: "IaC" as written, words lowercase."""
    words = tokens[span.start : span.end]
    raw = words[0].raw
    if len(words) == 1 and raw.casefold() == words[0].surface and raw[1:] != raw[1:].lower():
        return raw
    return " ".join(w.surface for w in words)


def _concept_requirements(
    tokens: list[_Token], covered: set[int], index: AccomplishmentIndex | None
) -> list[Requirement]:
    """Requirements for the thesaurus concepts the posting names, said once or more.

    A concept is specific enough to be a requirement at its first mention, and it matches an
    accomplishment that names it in other words. The user's skills were read first: their
    wordings are covered and so win over the thesaurus.
    """
    found: dict[str, list[ConceptSpan]] = defaultdict(list)
    filler = posting_words().filler
    for span in thesaurus().spans([t.key for t in tokens]):
        inside = range(span.start, span.end)
        if tokens[span.start].chunk != tokens[span.end - 1].chunk or not covered.isdisjoint(inside):
            continue
        if all(tokens[i].name for i in inside):
            continue  # "Social Care" in the inspectorate's name asks for no social care
        # A word that says nothing in a posting is no mention there, whatever its stem shares
        # with a wording ("experience" and "experiments"); "project management" still is one.
        word = tokens[span.start].surface
        if span.end - span.start == 1 and (_generic(word) or word in filler):
            continue
        found[span.concept_id].append(span)
    result: list[tuple[Requirement, list[int]]] = []
    for concept_id, spans in found.items():
        written = Counter(_written(tokens, s) for s in spans)
        term = written.most_common(1)[0][0]
        positions = [i for s in spans for i in range(s.start, s.end)]
        if len(term_keys(term)) > 1:
            kind = "phrase"
        elif _ACRONYM.match(term) or term[1:] != term[1:].lower():
            kind = "acronym"
        else:
            kind = "term"
        factor = (
            _rarity(index, tuple(tokens[i].key for i in range(spans[0].start, spans[0].end)))
            * CONCEPT_SPECIFICITY
            * _section_factor(tokens, positions)
        )
        requirement = Requirement(
            term=term,
            kind=kind,
            weight=_weight(kind, len(spans), factor),
            must_have=_section_of(tokens, positions, len(spans)),
            count=len(spans),
            variants=tuple(written) if len(written) > 1 else (),
            concepts=(concept_id,),
        )
        result.append((requirement, positions))
    result.sort(key=lambda pair: -ranking_weight(pair[0]))
    for _, positions in result[:MAX_CONCEPTS]:
        covered.update(positions)
    return [requirement for requirement, _ in result[:MAX_CONCEPTS]]


def _weight(kind: str, count: int, rarity: float) -> float:
    return round(KIND_WEIGHT[kind] * (1.0 + 0.5 * math.log(count)) * rarity, 2)


def _rarity(index: AccomplishmentIndex | None, keys: tuple[str, ...]) -> float:
    """0.5..1: how rare a wording is in the user's own accomplishments (an offline IDF prior)."""
    if index is None or not index.size:
        return 1.0
    df = index.document_frequency(keys)
    return 0.5 + 0.5 * plain_idf(index.size, df) / plain_idf(index.size, 0)


def _swedish(word: str) -> bool:
    """Whether a posting word kept as it is is Swedish: spelt with å, ä or ö, or in the glossary."""
    return any(c in word for c in "åäö") or bool(SWEDISH_TOKENS[word])


def _significant(token: _Token) -> bool:
    s = token.surface
    return (
        s not in posting_words().filler
        and not s.replace(".", "").isdigit()
        and (len(s) >= 3 or not s.isalpha())
        and not any(c.isdigit() for c in s[:1])
    )


def _noun_ish(words: Sequence[_Token]) -> bool:
    first, last = words[0].surface, words[-1].surface
    # An English -ing word opens a verb phrase; a Swedish one is a noun (felsökning, ledning).
    if first.endswith("ing") and first not in posting_words().ing_nouns and not _swedish(first):
        return False
    return not (first.endswith("ed") or last.endswith("ly") or last.endswith("ed"))


def _phrases(
    tokens: list[_Token], covered: set[int], index: AccomplishmentIndex | None
) -> list[Requirement]:
    found: dict[tuple[str, ...], list[int]] = defaultdict(list)
    surfaces: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for n in (3, 2):
        for i in range(len(tokens) - n + 1):
            words = tokens[i : i + n]
            if words[0].run != words[-1].run or any(i + j in covered for j in range(n)):
                continue
            if not all(_significant(w) for w in words) or not _noun_ish(words):
                continue
            if all(_generic(w.surface) for w in words) or _generic(
                " ".join(w.surface for w in words)
            ):
                continue  # "team player", "professional level"
            keys = tuple(w.key for w in words)
            found[keys].append(i)
            surfaces[keys][" ".join(w.surface for w in words)] += 1
    kept: list[tuple[tuple[str, ...], list[int]]] = []
    for keys, positions in found.items():
        in_corpus = index is not None and index.document_frequency(keys) > 0
        # Capitalised every time and unknown to the user's record: a name, not a requirement.
        named = all(tokens[i + j].raw[:1].isupper() for i in positions for j in range(len(keys)))
        if (len(positions) >= 2 and not named) or in_corpus:
            kept.append((keys, positions))
    # A pair inside a kept triple that is never said on its own adds nothing.
    triples = [(k, p) for k, p in kept if len(k) == 3]
    kept = [
        (k, p)
        for k, p in kept
        if len(k) == 3
        or not any(len(p) <= len(tp) and (k == tk[:2] or k == tk[1:]) for tk, tp in triples)
    ]
    result = []
    for keys, positions in kept:
        term = surfaces[keys].most_common(1)[0][0]
        spread = [i + j for i in positions for j in range(len(keys))]
        specificity = GENERIC_PART if any(_generic(w) for w in term.split()) else 1.0
        factor = _rarity(index, keys) * specificity * _section_factor(tokens, spread)
        result.append(
            Requirement(
                term=term,
                kind="phrase",
                weight=_weight("phrase", len(positions), factor),
                must_have=_section_of(tokens, positions, len(positions)),
                count=len(positions),
            )
        )
    # Ranked as rank() weighs them, so the cap drops a passing mention before a must-have.
    result.sort(key=lambda r: -ranking_weight(r))
    chosen = result[:MAX_PHRASES]
    for keys, positions in kept:
        if any(r.term == surfaces[keys].most_common(1)[0][0] for r in chosen):
            covered.update(i + j for i in positions for j in range(len(keys)))
    return chosen


def _only_a_verb(words: Sequence[_Token]) -> bool:
    """Whether the posting only ever says a word as a verb: "able to train", "plan and deliver".

    Such a word is something the job does, not a skill: as a term it matched every bullet
    opening with the same action verb ("Trained 80 nurses…"), whatever it was about. "The
    annual budget" keeps "budget" a noun, and so a requirement.
    """
    lists = posting_words()
    return all(
        w.surface in lists.verb_forms
        and (w.before in lists.verb_cues or not w.before or w.before.endswith("ly"))
        for w in words
    )


def _terms(
    tokens: list[_Token], covered: set[int], index: AccomplishmentIndex | None
) -> list[Requirement]:
    positions: dict[str, list[int]] = defaultdict(list)
    for i, token in enumerate(tokens):
        if (
            i not in covered
            and _significant(token)
            and token.surface.isalpha()
            and not _generic(token.surface)
            and _noun_ish([token])
        ):
            positions[token.key].append(i)
    result = []
    for key, where in positions.items():
        words = [tokens[i] for i in where]
        if _only_a_verb(words):
            continue
        must = _section_of(tokens, where, len(where))
        if len(where) < 2 and not (must and len(key) >= 4):
            continue
        df = index.document_frequency((key,)) if index is not None else 0
        # A word always capitalised mid-text is a name (the employer, a city), not a skill,
        # unless the user's own record uses it too.
        if df == 0 and all(w.raw[:1].isupper() for w in words):
            continue
        rarity = (_rarity(index, (key,)) if df else 0.6) * _section_factor(tokens, where)
        result.append(
            Requirement(
                term=Counter(w.surface for w in words).most_common(1)[0][0],
                kind="term",
                weight=_weight("term", len(where), rarity),
                must_have=must,
                count=len(where),
            )
        )
    # As for phrases: "patching" once under "Must have" outranks "customers" said twice.
    result.sort(key=lambda r: -ranking_weight(r))
    return result[:MAX_TERMS]
