"""Tailoring's words: tokens, stop words, stems and the Swedish glossary a posting is read with."""

from __future__ import annotations

import re
from functools import cache

from resume_builder import paths
from resume_builder.domain.word_lists import read_word_list

# Symbolic skill names first: at one position the regex takes the first alternative that fits, so
# "C++" and "C#" win over the plain word "C", and ".NET" keeps its leading dot. A lone letter
# joined to a word by a hyphen is one word ("e-commerce", "e-tjänster", "C-suite", "x-ray"):
# read apart, the letter was dropped and "e-learning" matched any "learning". Words may carry
# inner dots, slashes and ampersands (Node.js, CI/CD, R&D); _surface() decides which to keep.
# As read: (?<![\w.])(?i:\.net)\b | [A-Za-z]\+\+ | [A-Za-z]#(?![\w#]) |
# (?<![\w-])[^\W\d_]-[^\W\d_]\w* | \w+(?:[./&]\w+)*.
# Written with the first character taken by one class, so the engine skips the spaces and
# punctuation between tokens in C instead of trying four alternatives at each (a third off
# indexing's tokenizing); each branch then checks, looking back, which character it began on.
# tests/unit/services/test_tailoring_speed.py holds it to the plain form.
TOKEN = re.compile(
    r"[.\w](?:(?<=[A-Za-z])(?:\+\+|#(?![\w#]))|(?<=[^\W\d_])(?<![\w-].)-[^\W\d_]\w*+"
    r"|(?<=\w)\w*+(?:[./&]\w+)*+"
    r"|(?<=\.)(?<![\w.]\.)(?i:net)\b)"
)
_KEEP_SINGLE = frozenset("cr0123456789")  # C and R are languages; SOC 2 needs its digit


def _data_lines(name: str) -> list[str]:
    return read_word_list(paths.resource("data", name))


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


# Definite and genitive endings the Swedish stemmer leaves on a word after a vowel
# ("sjukfrånvaron", "ärendenas", "bemanningen"): tried off, longest first, when the word as it
# stands is unknown.
_SWEDISH_ENDINGS = ("nas", "ens", "ets", "na", "en", "et", "ns", "ts", "n", "t", "s")


def _swedish_lookup(word: str) -> tuple[str, ...]:
    exact, stems = _glossary_sv()
    stem = _swedish_stemmer().stemWord
    bases = (
        word[: -len(e)] for e in _SWEDISH_ENDINGS if word.endswith(e) and len(word) - len(e) > 3
    )
    for candidate in (word, *bases):
        found = exact.get(candidate) or stems.get(stem(candidate))
        if found:
            return found
    return ()


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
            rest = SWEDISH_TOKENS[tail]
            if rest:
                return first + rest
    return ()


# A Swedish posting word -> the English tokens it means:
SWEDISH_TOKENS = _SwedishCache()


class _StemCache(dict):
    def __missing__(self, word: str) -> str:
        if len(word) > 3 and word.isalpha():
            stem = _stemmer().stemWord(word)
        elif word[1:2] == "-" and len(word) > 5 and word[2:].isalpha():
            stem = word[:2] + _stemmer().stemWord(word[2:])  # e-services, e-service: e-servic
        else:
            stem = word
        self[word] = stem
        return stem


class _SurfaceCache(dict):
    def __missing__(self, raw: str) -> tuple[str, ...]:
        surfaces = _surface(raw)
        self[raw] = surfaces
        return surfaces


class _KeyCache(dict):
    def __missing__(self, raw: str) -> tuple[str, ...]:
        keys = tuple(STEMS[s] for s in SURFACES[raw])
        self[raw] = keys
        return keys


# The look-ups the package's other parts share. Lowercase token -> its stem (its index key):
STEMS = _StemCache()
# One match of TOKEN (case kept) -> the lowercase tokens it stands for:
SURFACES = _SurfaceCache()
# Raw token (case kept) -> index keys. The vocabulary is small, so caching makes indexing a
# dictionary look-up per token.
KEYS = _KeyCache()


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
    return [s for raw in TOKEN.findall(text) for s in SURFACES[raw]]


def term_keys(text: str) -> tuple[str, ...]:
    """The index keys (stemmed tokens) of a text, as the ranker matches them."""
    return tuple(k for raw in TOKEN.findall(text) for k in KEYS[raw])


def is_ambiguous(wording: str) -> bool:
    """Whether a skill's wording is also an everyday word ("Go", "R", "DR"): only its exact
    casing counts as a mention.
    """
    return wording.isalpha() and len(wording) <= 2
