"""Tailoring: read a job posting's requirements, rank accomplishments against them, report gaps."""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from resume_builder import paths
from resume_builder.domain.models import IMPACT_DEFAULT, Accomplishment, Skill

# Symbolic skill names first: at one position the regex takes the first alternative that fits, so
# "C++" and "C#" win over the plain word "C", and ".NET" keeps its leading dot. Words may carry
# inner dots, slashes and ampersands (Node.js, CI/CD, R&D); _surface() decides which to keep.
_TOKEN = re.compile(r"(?<![\w.])(?i:\.net)\b|[A-Za-z]\+\+|[A-Za-z]#(?![\w#])|\w+(?:[./&]\w+)*")
# Commas, colons, brackets and sentence ends separate phrases; a dot inside "Node.js" does not.
_CHUNK_BREAK = re.compile(r"[,;:!?()\[\]|•–—\"“”]|\.(?=\s|$)|\s-\s")
_KEEP_SINGLE = frozenset("cr0123456789")  # C and R are languages; SOC 2 needs its digit
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_SEP = "\x1f"  # joins index keys; never inside a token
_ACRONYM_IGNORE = frozenset({"AB", "CV", "OK", "HQ", "FAQ", "PS", "NB"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words every posting uses that say nothing about the job: they end phrases and are never terms.
_FILLER = _words(
    """
    ability able apply applicant candidate candidates company competitive day days degree
    demonstrated deep ensure environment excellent experience experienced familiar
    familiarity good great help ideal ideally join key knowledge like looking love make
    must need needed new nice offer opportunity plus preferred preferably proven relevant
    required requirement requirements responsibilities responsible role salary skill skills
    solid strong team teams understanding want way well within work working world year years
    bonus including etc yes bring get using use used across ways hands hiring together
    similar practical real cross clear clearly calm structured genuinely matters thing things
    something someone lot lots part idea ideas detail details minutes hours weeks months time
    fluent language languages travel culture passion passionate opinion informed mandate
    influence every many much several various multiple large scale
    one two three four five six seven eight nine ten eleven twelve
    erfarenhet erfarenheter kunskap kunskaper arbete arbetet god goda gärna minst års vana
    roll rollen tjänst tjänsten söker möjlighet möjligheter bra stark starka erbjuder
    meriterande krav fram exempel samt både även enligt inklusive tillsammans ansvara
    ansvarar ansvarig säkerställa arbetsuppgifter obehindrat talar skriver trygg
    strukturerad kommande åren del hitta ta två tre fyra fem sex sju åtta nio tio flera
    """
)
# Nouns that end in -ing; other -ing words usually start a verb phrase, not a term.
_ING_NOUNS = _words(
    """
    engineering marketing accounting training testing networking monitoring planning pricing
    scheduling budgeting hiring onboarding sourcing billing consulting licensing reporting
    forecasting modelling modeling logging provisioning outsourcing offboarding recruiting
    patching tuning alerting scripting troubleshooting balancing clustering caching routing
    switching auditing benchmarking profiling packaging versioning hosting computing
    processing warehousing tracing ticketing invoicing purchasing contracting insourcing
    staffing coaching mentoring
    """
)

_NICE_CUES = (
    "nice to have",
    "nice-to-have",
    "bonus",
    "a plus",
    "is a plus",
    "preferred",
    "desirable",
    "meriterande",
    "meriter",
    "good to have",
)
_MUST_CUES = (
    "must have",
    "must-have",
    "required",
    "requirement",
    "you have",
    "you bring",
    "you will have",
    "qualifications",
    "essential",
    "mandatory",
    "looking for",
    "who you are",
    "about you",
    "vi söker",
    "krav",
    "du har",
    "kvalifikationer",
)
# Said in passing ("we are looking for someone who...") these words are no section of their own;
# only the unmistakable ones mark a single line as a must-have.
_MUST_INLINE_CUES = ("must have", "must-have", "required", "mandatory", "essential", "ett krav")
# Headings of sections about the employer rather than the job: the company blurb, benefits and
# how to apply. A "learning budget", a "company car" or the employer's own customers there are
# no requirements, so these sections' words are left out entirely. A one-word cue must be the
# whole heading ("Apply", not "Application security"); longer ones start it.
_SKIP_HEADINGS = (
    "we offer",
    "what we offer",
    "our offer",
    "benefits",
    "perks",
    "apply",
    "apply now",
    "how to apply",
    "application",
    "interested",
    "about us",
    "who we are",
    "vi erbjuder",
    "förmåner",
    "ansökan",
    "ansök",
    "intresserad",
    "om oss",
    "om företaget",
)
# "About Northwind" is the company blurb; "About the role" and "About you" are the job.
_ABOUT_THE_JOB = frozenset({"the", "you", "your", "this", "role", "position", "job", "team"})
_NEUTRAL_CUES = (
    "about the",
    "responsibilities",
    "what you will do",
    "what you'll do",
    "you will",
    "the role",
    "om tjänsten",
    "arbetsuppgifter",
)

# Requirement weights by kind. A known skill weighs like a phrase: it also gets the skill tags'
# evidence at rank time, and weighed more, the many skills a posting names in passing drowned
# the phrases and terms that say what the job is about.
KIND_WEIGHT = {"skill": 2.0, "phrase": 2.0, "acronym": 2.0, "term": 1.0}
MAX_PHRASES = 12
MAX_TERMS = 12
# Share of a record's distinct words spelt with å, ä or ö from which it counts as Swedish.
SWEDISH_RECORD_SHARE = 0.03

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
        variants: every wording that counts as a mention (a skill's name and aliases);
            empty means the term itself.

    """

    term: str
    kind: str = "term"
    skill_id: str | None = None
    weight: float = 1.0
    must_have: bool = False
    count: int = 1
    variants: tuple[str, ...] = ()

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
        }


@dataclass(frozen=True)
class Suggestion:
    """A ranked accomplishment and the requirements that explain its place."""

    accomplishment_id: str
    headline: str
    score: float
    matched: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready data."""
        return {
            "id": self.accomplishment_id,
            "headline": self.headline,
            "score": self.score,
            "matched": list(self.matched),
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


# ------------------------------------------------------------------------------------ tokens


def _data_lines(name: str) -> list[str]:
    text = paths.resource("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _stop_words_of(language: str) -> frozenset[str]:
    return frozenset(line.casefold() for line in _data_lines(f"stopwords_{language}.txt"))


@cache
def stop_words() -> frozenset[str]:
    """English and Swedish stop words from resources/data."""
    return _stop_words_of("en") | _stop_words_of("sv")


def posting_language(text: str) -> str:
    """The language of a posting: "sv" when it has more Swedish than English stop words.

    Stop words are the most frequent words of a language, so their share tells two languages
    apart in a few dozen words; English product names in a Swedish posting do not tip it.
    """
    english, swedish = _stop_words_of("en"), _stop_words_of("sv")
    en = sv = 0
    for word in re.findall(r"\w+", text.casefold()):
        # Words both lists hold ("i", "under", "man") say nothing either way.
        if word in english:
            en += word not in swedish
        elif word in swedish:
            sv += 1
    return "sv" if sv > en else "en"


@cache
def _stemmer():
    # English Snowball: postings and the demo career are English; Swedish text is left mostly
    # intact by it, which keeps matching exact there rather than wrong.
    return _snowball("english")


@cache
def _swedish_stemmer():
    return _snowball("swedish")


def _snowball(language: str):
    # Imported on first use: the window imports this module at start, and loading every
    # Snowball language takes longer than the whole module.
    import snowballstemmer

    return snowballstemmer.stemmer(language)


@cache
def _glossary_sv() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Swedish words to English tokens: by exact word, and by Swedish stem for inflections."""
    exact: dict[str, tuple[str, ...]] = {}
    stems: dict[str, tuple[str, ...]] = {}
    stem = _swedish_stemmer().stemWord
    for line in _data_lines("glossary_sv.txt"):
        swedish, _, english = line.partition("=")
        word, tokens = swedish.strip().casefold(), tuple(tokenize(english))
        if word and tokens:
            exact[word] = tokens
            # The first entry keeps a shared stem: "leda" and "ledare" both stem to "led".
            stems.setdefault(stem(word), tokens)
    return exact, stems


class _SwedishCache(dict):
    """Swedish word -> English tokens (via the glossary and compound splitting), or ()."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        result = self[word] = _swedish_lookup(word) or _decompound(word)
        return result


def _swedish_lookup(word: str) -> tuple[str, ...]:
    exact, stems = _glossary_sv()
    found = exact.get(word)
    if found is None:
        found = stems.get(_swedish_stemmer().stemWord(word), ())
    return found


def _decompound(word: str) -> tuple[str, ...]:
    """A Swedish compound as its parts' English: "nätverksleverantörer" -> network suppliers.

    Swedish writes compounds as one word, often with a linking "s" or "e" between the parts
    (leverantörs-styrning, tjänste-hantering). The longest known first part wins, and the rest
    must be known or split in turn, so a word no parts explain stays untranslated.
    """
    if len(word) < 6:
        return ()
    for cut in range(len(word) - 3, 2, -1):
        head, tail = word[:cut], word[cut:]
        first = _swedish_lookup(head)
        if not first and head[-1] in "se" and len(head) > 3:
            first = _swedish_lookup(head[:-1])
        if first:
            rest = _SWEDISH[tail]
            if rest:
                return first + rest
    return ()


_SWEDISH = _SwedishCache()


class _StemCache(dict):
    def __missing__(self, word: str) -> str:
        stem = _stemmer().stemWord(word) if len(word) > 3 and word.isalpha() else word
        self[word] = stem
        return stem


class _SurfaceCache(dict):
    def __missing__(self, raw: str) -> tuple[str, ...]:
        surfaces = _surface(raw)
        self[raw] = surfaces
        return surfaces


class _KeyCache(dict):
    def __missing__(self, raw: str) -> tuple[str, ...]:
        keys = tuple(_STEMS[s] for s in _SURFACES[raw])
        self[raw] = keys
        return keys


_STEMS = _StemCache()
_SURFACES = _SurfaceCache()
# Raw token (case kept) -> index keys. The vocabulary is small, so caching makes indexing a
# dictionary look-up per token.
_KEYS = _KeyCache()


def _surface(raw: str) -> tuple[str, ...]:
    """The lowercase tokens one regex match stands for; () for a stop word."""
    low = raw.lower()
    if "/" in low:
        parts = raw.split("/")
        # CI/CD, TCP/IP, UI/UX and 24/7 are names; "Linux/Windows" is two words.
        if len(parts) == 2 and all(0 < len(p) <= 3 for p in parts):
            return (low,)
        return tuple(s for p in parts if p for s in _surface(p))
    if "&" in low:
        parts = raw.split("&")
        if all(0 < len(p) <= 2 for p in parts):  # R&D, M&A, AT&T
            return (low,)
        return tuple(s for p in parts if p for s in _surface(p))
    if "." in low:
        return (low,)  # Node.js, ASP.NET, 1.5M
    if low in stop_words() and not (len(raw) > 1 and raw.isupper()):
        return ()  # an upper-case "IT" is information technology, not a pronoun
    if len(low) == 1 and low not in _KEEP_SINGLE:
        return ()
    return (low,)


def tokenize(text: str) -> list[str]:
    """Lowercase tokens of a text without stop words, symbolic skill names kept whole.

    "C++", "C#", ".NET", "CI/CD", "Node.js", "k8s", "R" and "Go" are single tokens; "ISO 27001"
    and "SOC 2" are two. English and Swedish stop words are dropped, except an upper-case
    acronym that spells one ("IT").

    Args:
        text: any prose.

    Returns:
        The tokens in order.

    """
    return [s for raw in _TOKEN.findall(text) for s in _SURFACES[raw]]


def term_keys(text: str) -> tuple[str, ...]:
    """The index keys (stemmed tokens) of a text, as the ranker matches them."""
    return tuple(k for raw in _TOKEN.findall(text) for k in _KEYS[raw])


# ------------------------------------------------------------------------------ requirements


@dataclass
class _Token:
    surface: str
    key: str
    raw: str
    chunk: int  # tokens in different chunks never form a phrase
    run: int  # a stop word or a filler word between tokens ends a run
    section: str | None  # "must", "nice" or None ("skip" sections yield no tokens)


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
    keys = index._postings
    swedish = sum(1 for key in keys if "å" in key or "ä" in key or "ö" in key)
    return swedish >= SWEDISH_RECORD_SHARE * len(keys) > 0


def _translated(raw: str, surface: str, known: Container[str]) -> tuple[str, ...] | None:
    """English tokens for a Swedish posting word, or None to keep the word as it is.

    Words in `known` (the keys of a record partly written in Swedish) are kept: that record
    matches a Swedish posting as it stands. So are acronyms, names with symbols and filler.
    """
    if (
        not surface.isalpha()
        or len(surface) < 3
        or (raw.isupper() and len(raw) > 1)
        or surface in _FILLER
        or _STEMS[surface] in known
    ):
        return None
    return _SWEDISH[surface] or None


def _in_english(pairs: list[tuple[str, str]], known: Container[str]) -> list[tuple[str, str]]:
    # Translated words keep the Swedish raw form: its capital still marks a name.
    result = []
    for surface, raw in pairs:
        english = _translated(raw, surface, known)
        if english is None:
            result.append((surface, raw))
        else:
            result.extend((word, raw) for word in english)
    return result


def _is_skipped(heading: str) -> bool:
    """Whether a heading (casefolded) opens a section about the employer, not the job."""
    words = re.findall(r"[\w']+", heading)
    text = " ".join(words)
    if any(text == cue or (" " in cue and text.startswith(cue + " ")) for cue in _SKIP_HEADINGS):
        return True
    return len(words) >= 2 and words[0] == "about" and words[1] not in _ABOUT_THE_JOB


def _scan_posting(posting: str, known: Container[str] | None = None) -> list[_Token]:
    """The posting's content tokens with their chunk, run and section.

    Args:
        posting: the posting's text.
        known: index keys of the user's record; given for a Swedish posting, whose words are
            then read through the Swedish glossary into the English the record is written in.

    """
    tokens: list[_Token] = []
    mode: str | None = None
    chunk = run = 0
    for line in posting.splitlines():
        low = line.casefold()
        section = mode
        if _is_heading(line):
            if _cue(low, _NICE_CUES):
                mode = "nice"
            elif _cue(low, _MUST_CUES):
                mode = "must"
            elif _is_skipped(low):
                mode = "skip"
            elif line.strip().endswith(":") or _cue(low, _NEUTRAL_CUES):
                mode = None
            section = mode
        elif mode == "skip":
            pass  # "a bonus programme" among the benefits is no nice-to-have
        elif _cue(low, _NICE_CUES):
            section = "nice"  # "Terraform is a plus" inside any other section
        elif _cue(low, _MUST_INLINE_CUES):
            section = "must"
        if section == "skip":
            continue
        # Headings in capitals would otherwise keep their stop words as "acronyms".
        shouting = _is_shouting(line)
        for piece in _CHUNK_BREAK.split(line):
            chunk += 1
            run += 1
            for raw in _TOKEN.findall(piece):
                surfaces = _SURFACES[raw.lower() if shouting else raw]
                if not surfaces:
                    run += 1
                    continue
                pairs = [(surface, raw) for surface in surfaces]
                if known is not None:
                    pairs = _in_english(pairs, known)
                # "SLOs/error budgets" offers alternatives: no phrase spans the slash.
                alternatives = "/" in raw and len(pairs) > 1
                for surface, source in pairs:
                    if surface in _FILLER:
                        run += 1
                    tokens.append(_Token(surface, _STEMS[surface], source, chunk, run, section))
                    if surface in _FILLER or alternatives:
                        run += 1
    return tokens


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


def _ambiguous(wording: str) -> bool:
    # "Go", "R" or "DR" in lower case is an English word or noise: only the exact casing counts.
    return wording.isalpha() and len(wording) <= 2


def _section_of(tokens: list[_Token], positions: Iterable[int]) -> bool:
    return any(tokens[i].section == "must" for i in positions)


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
        known = index._postings if index is not None and _writes_swedish(index) else frozenset()
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
                if _ambiguous(wording) and tokens[i].raw != wording:
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
                weight=_weight("skill", count, 1.0),
                must_have=_section_of(tokens, spans),
                count=count,
                variants=tuple(skill.names()),
            )
        )

    # Acronyms: written in capitals in running text.
    acronyms: dict[str, list[int]] = defaultdict(list)
    for i, token in enumerate(tokens):
        if i in covered or token.raw in _ACRONYM_IGNORE or not _ACRONYM.match(token.raw):
            continue
        if sum(c.isupper() for c in token.raw) >= 2:
            acronyms[token.raw].append(i)
    for acronym, positions in acronyms.items():
        covered.update(positions)
        rarity = _rarity(index, (tokens[positions[0]].key,))
        requirements.append(
            Requirement(
                term=acronym,
                kind="acronym",
                weight=_weight("acronym", len(positions), rarity),
                must_have=_section_of(tokens, positions),
                count=len(positions),
            )
        )

    requirements += _phrases(tokens, covered, index)
    requirements += _terms(tokens, covered, index)
    requirements.sort(key=lambda r: (not r.must_have, -r.weight, r.term.casefold()))
    return requirements


def _weight(kind: str, count: int, rarity: float) -> float:
    return round(KIND_WEIGHT[kind] * (1.0 + 0.5 * math.log(count)) * rarity, 2)


def _rarity(index: AccomplishmentIndex | None, keys: tuple[str, ...]) -> float:
    """0.5..1: how rare a wording is in the user's own accomplishments (an offline IDF prior)."""
    if index is None or not index.size:
        return 1.0
    df = index.document_frequency(keys)
    return 0.5 + 0.5 * _idf(index.size, df) / _idf(index.size, 0)


def _significant(token: _Token) -> bool:
    s = token.surface
    return (
        s not in _FILLER
        and not s.replace(".", "").isdigit()
        and (len(s) >= 3 or not s.isalpha())
        and not any(c.isdigit() for c in s[:1])
    )


def _noun_ish(words: Sequence[_Token]) -> bool:
    first, last = words[0].surface, words[-1].surface
    if first.endswith("ing") and first not in _ING_NOUNS:
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
    result = [
        Requirement(
            term=surfaces[keys].most_common(1)[0][0],
            kind="phrase",
            weight=_weight("phrase", len(positions), _rarity(index, keys)),
            must_have=_section_of(tokens, positions),
            count=len(positions),
        )
        for keys, positions in kept
    ]
    # Ranked as rank() weighs them, so the cap drops a passing mention before a must-have.
    result.sort(key=lambda r: -r.weight * (MUST_HAVE_BOOST if r.must_have else 1.0))
    chosen = result[:MAX_PHRASES]
    for keys, positions in kept:
        if any(r.term == surfaces[keys].most_common(1)[0][0] for r in chosen):
            covered.update(i + j for i in positions for j in range(len(keys)))
    return chosen


def _terms(
    tokens: list[_Token], covered: set[int], index: AccomplishmentIndex | None
) -> list[Requirement]:
    positions: dict[str, list[int]] = defaultdict(list)
    for i, token in enumerate(tokens):
        if (
            i not in covered
            and _significant(token)
            and token.surface.isalpha()
            and _noun_ish([token])
        ):
            positions[token.key].append(i)
    result = []
    for key, where in positions.items():
        words = [tokens[i] for i in where]
        must = _section_of(tokens, where)
        if len(where) < 2 and not (must and len(key) >= 4):
            continue
        df = index.document_frequency((key,)) if index is not None else 0
        # A word always capitalised mid-text is a name (the employer, a city), not a skill,
        # unless the user's own record uses it too.
        if df == 0 and all(w.raw[:1].isupper() for w in words):
            continue
        rarity = _rarity(index, (key,)) if df else 0.6
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
    result.sort(key=lambda r: -r.weight * (MUST_HAVE_BOOST if r.must_have else 1.0))
    return result[:MAX_TERMS]


# ------------------------------------------------------------------------------------ index


def _idf(size: int, df: int) -> float:
    return math.log(1.0 + (size - df + 0.5) / (df + 0.5))


def _saturated_idf(size: int, df: int) -> float:
    """BM25's idf with diminishing returns: idf·(1+c)/(idf+c) for c = SATURATION.

    A word only one bullet uses is strong evidence, but in plain BM25 it outweighs a word half
    the bullets use five to ten times over, so one rare word could carry a bullet past others
    that answer several requirements. Extraction already weighs rare words up (`_rarity`), so
    here their edge is kept but flattened. Applied to idf rather than to each document's
    score, it costs one multiplication per document, as plain idf does.
    """
    idf = _idf(size, df)
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
        self._skill_docs: dict[str, list[int]] = defaultdict(list)
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
            snapshot: has `accomplishments` and, optionally, `roles` for undated ones.

        Returns:
            The index.

        """
        roles = {r.id: r for r in getattr(snapshot, "roles", ())}
        return cls.from_accomplishments(snapshot.accomplishments, roles)

    @classmethod
    def from_accomplishments(
        cls, accomplishments: Iterable[Accomplishment], roles: dict | None = None
    ) -> AccomplishmentIndex:
        """Indexes accomplishments; `roles` by id date the undated ones by their role."""
        index = cls()
        roles = roles or {}
        findall, keys_of = _TOKEN.findall, _KEYS
        lengths: list[int] = []
        all_counts: list[Counter] = []
        for d, item in enumerate(accomplishments):
            head = [k for raw in findall(item.headline) for k in keys_of[raw]]
            body_text = "\n".join(
                (item.situation, item.task, item.action, item.result, item.notes, *item.metrics)
            )
            body = [k for raw in findall(body_text) for k in keys_of[raw]]
            counts = Counter(body)
            for key in head:
                counts[key] += HEADLINE_WEIGHT
            all_counts.append(counts)
            lengths.append(len(body) + HEADLINE_WEIGHT * len(head))
            index.ids.append(item.id)
            index.headlines.append(item.headline)
            index._head_text.append(_SEP + _SEP.join(head) + _SEP)
            index._body_text.append(_SEP + _SEP.join(body) + _SEP)
            index._impact.append(1.0 + IMPACT_STEP * ((item.impact or IMPACT_DEFAULT) - 3))
            index._when.append(_year_of(item, roles))
            for skill_id in item.skill_ids:
                index._skill_docs[skill_id].append(d)
        index.position = {id_: d for d, id_ in enumerate(index.ids)}
        average = (sum(lengths) / len(lengths)) if lengths else 1.0
        norm = [K1 * (1.0 - B + B * n / (average or 1.0)) for n in lengths]
        index._norm = norm
        # The length-normalised BM25 part is fixed per posting: working it out here, in the one
        # pass that fills the posting lists, keeps rank() to a multiplication by idf.
        top = K1 + 1.0
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for d, counts in enumerate(all_counts):
            n = norm[d]
            for key, tf in counts.items():
                entry = postings.get(key)
                if entry is None:
                    entry = postings[key] = ([], [])
                entry[0].append(d)
                entry[1].append(tf * top / (tf + n))
        index._postings = postings
        return index

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
            # Only documents holding the rarest word can hold the phrase; str.count over the
            # joined keys does the positional check in C.
            rarest = min((e[0] for e in entries if e), key=len)
            needle = _SEP + _SEP.join(keys) + _SEP
            heads, bodies = self._head_text, self._body_text
            for d in rarest:
                tf = HEADLINE_WEIGHT * heads[d].count(needle) + bodies[d].count(needle)
                if tf:
                    result[d] = tf
        self._phrase_cache[keys] = result
        return result

    def requirement_scores(self, requirement: Requirement) -> dict[int, float]:
        """Per document position, how strongly it answers one requirement (0 never listed)."""
        cache_key = (requirement.wordings(), requirement.skill_id)
        cached = self._score_cache.get(cache_key)
        if cached is not None:
            return cached
        scores: dict[int, float] = {}
        norm, size = self._norm, self.size
        for wording in requirement.wordings():
            if requirement.kind == "skill" and _ambiguous(wording):
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

    def factors(self, today: date | None = None) -> list[float]:
        """Per document, the impact and recency multiplier."""
        # Full credit up to `fresh`, then RECENCY_STEP less a year down to RECENCY_FLOOR; one
        # comprehension, as the first ranking after indexing pays for all 10,000 of these.
        fresh = _year_float(today or date.today()) - RECENCY_FREE_YEARS
        return [
            impact
            * (
                UNDATED_FACTOR
                if when is None
                else max(RECENCY_FLOOR, 1.0 - RECENCY_STEP * max(0.0, fresh - when))
            )
            for impact, when in zip(self._impact, self._when, strict=True)
        ]

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
            weight = requirement.weight * (MUST_HAVE_BOOST if requirement.must_have else 1.0)
            for d, value in scores.items():
                totals[d] += weight * value
        factors = self._factors_for(today)
        scored = [
            (total * factor, d)
            for d, (total, factor) in enumerate(zip(totals, factors, strict=True))
            if total
        ]
        best = (
            heapq.nlargest(top, scored, key=lambda x: (x[0], -x[1]))
            if top is not None
            else sorted(scored, key=lambda x: (-x[0], x[1]))
        )
        # Explanations only for what is returned: most documents never need one.
        suggestions = [
            Suggestion(
                self.ids[d],
                self.headlines[d],
                round(score, 3),
                [r.term for r, scores in per_requirement if d in scores],
            )
            for score, d in best
        ]
        return suggestions, len(scored)

    def _factors_for(self, today: date | None) -> list[float]:
        key = today or date.today()
        cached = getattr(self, "_factor_cache", None)
        if cached is None or cached[0] != key:
            cached = (key, self.factors(key))
            self._factor_cache = cached
        return cached[1]


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


# ---------------------------------------------------------------------------------- coverage


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
