"""Gentle writing hints for accomplishment bullets: action verb, numbers, length, voice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from resume_builder.domain.word_lists import read_word_list

ACTION_VERBS_FILE = "action_verbs.txt"
WEAK_PHRASES_FILE = "weak_phrases.txt"

MIN_WORDS = 8
MAX_WORDS = 35
MAX_CHARS = 240

# Bullet glyphs, dashes, quotes and opening brackets people paste in front of a bullet; they
# are not part of the first word.
_LEADING = re.compile(r"[\s\-‐‑‒–—―•·∙◦‣▪▫▸▹►▶●○■□◆◇*>\"'“”‘’„‚«»‹›`(\[{]*")
# Letters only, so "32%" or "$1M" is never taken for a verb; inner hyphens and apostrophes
# keep "co-founded" and "re-engineered" whole.
_WORD = re.compile(r"[^\W\d_]+(?:['’‐-][^\W\d_]+)*")
_TOKEN = re.compile(r"\S+")
# A word is any run of non-space text holding a letter or digit, so a lone "–" or "•" does
# not count towards the length.
_COUNTED_WORD = re.compile(r"\S*[^\W_]\S*")

# An alternation for the pattern below; plain words, so no escaping is needed.
_SPELLED_NUMBERS = (
    "zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions"
    "|dozen|dozens|double|doubled|doubling|twice|triple|tripled|tripling|quadruple"
    "|quadrupled|halve|halved|halving|half|percent|twofold|threefold|fourfold|fivefold"
    "|tenfold|hundredfold"
)
# "one" and a bare "third" are left out on purpose: "one of the first" and "third-party" are no
# measurable results.
_MEASURABLE = re.compile(
    r"\d|%|[$€£¥₹]|\b(?:kr|sek|nok|dkk|usd|eur|gbp|per\s+cent|a\s+third|"
    + _SPELLED_NUMBERS
    + r")\b",
    re.IGNORECASE,
)

# Contractions ("I'm", "we've") belong to the pronoun; "i.e." and "I/O" do not.
_PRONOUN = re.compile(
    r"(?<![\w'’./&‐-])(i|me|my|mine|myself|we|our|ours|ourselves|us)"
    r"(?:['’](?:m|ve|d|ll|re))?(?![\w'’/&‐-]|\.\w)",
    re.IGNORECASE,
)
_SENTENCE_END = ".!?…"
# Typographic apostrophes and hyphens as typed by word processors, mapped to the list's ASCII.
_ASCII_PUNCTUATION = str.maketrans({"’": "'", "‐": "-"})
_CLOSING = "\"'”’)]}»›"

# Tried in order when the user's own list lacks them, so the suggestion reads naturally.
_PREFERRED_SUGGESTIONS = ("reduced", "led", "built", "delivered", "launched", "automated")


class HintKind(StrEnum):
    """What a hint is about; the value is stable text for settings and tests.

    A StrEnum, so each member is also its plain string value (HintKind.EMPTY == "empty").
    """

    EMPTY = "empty"
    ACTION_VERB = "action_verb"
    MEASURABLE = "measurable"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    FIRST_PERSON = "first_person"
    WEAK_PHRASE = "weak_phrase"


@dataclass(frozen=True)
class Hint:
    """One suggestion about a bullet.

    Attributes:
        kind: What the hint is about.
        message: One gentle English sentence that gives the reason.
        start: Index in the headline where the text the hint is about starts, or -1 when
            the hint is about the whole text.
        end: Index just past that text, or -1 when the hint is about the whole text.

    """

    kind: HintKind
    message: str
    start: int = -1
    end: int = -1


def _normalise_phrase(text: str) -> str:
    return " ".join(text.casefold().split())


def _read_entries(path: Path) -> list[str]:
    """The entries of a word list, lowercased and with their spaces folded."""
    return [_normalise_phrase(entry) for entry in read_word_list(path)]


class WritingHints:
    """Checks an accomplishment bullet against a few résumé-writing rules.

    The patterns are compiled once here because check() runs on every keystroke.
    """

    def __init__(self, action_verbs: frozenset[str], weak_phrases: tuple[str, ...]) -> None:
        """Prepares the checks.

        Args:
            action_verbs: Verbs that make a strong first word; compared case-insensitively.
            weak_phrases: Phrases to discourage anywhere in the bullet; compared
                case-insensitively as whole words, whatever whitespace separates the words.

        """
        self._verbs = frozenset(_normalise_phrase(verb) for verb in action_verbs if verb.strip())
        phrases = {_normalise_phrase(phrase) for phrase in weak_phrases if phrase.strip()}
        # Longest first, so the alternation prefers "helped with" to "helped" at one spot.
        ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
        self._weak_pattern = (
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)
                + r")(?!\w)",
                re.IGNORECASE,
            )
            if ordered
            else None
        )
        self._action_verb_message = self._make_action_verb_message()

    @classmethod
    def from_files(cls, verbs_path: Path, weak_path: Path) -> WritingHints:
        """Builds the checks from two word lists.

        Args:
            verbs_path: One action verb a line; blank lines and "#" lines are skipped.
            weak_path: One weak phrase a line; blank lines and "#" lines are skipped.

        Returns:
            The ready checker.

        Raises:
            OSError: If a file cannot be read.
            UnicodeDecodeError: If a file is not UTF-8.

        """
        return cls(frozenset(_read_entries(verbs_path)), tuple(_read_entries(weak_path)))

    def _make_action_verb_message(self) -> str:
        suggestions = [verb for verb in _PREFERRED_SUGGESTIONS if verb in self._verbs]
        suggestions += sorted(self._verbs - set(suggestions))
        examples = [verb[:1].upper() + verb[1:] for verb in suggestions[:2]]
        if len(examples) == 2:
            return (
                f"Start with a strong action verb such as “{examples[0]}” or “{examples[1]}”: "
                "recruiters skim the first word."
            )
        if examples:
            return (
                f"Start with a strong action verb such as “{examples[0]}”: recruiters skim "
                "the first word."
            )
        return "Start with a strong action verb: recruiters skim the first word."

    def check(self, headline: str) -> list[Hint]:
        """Lists what could make the bullet stronger.

        Hints come in a fixed order: action verb, measurable result, length, first person,
        then weak phrases in the order they appear.

        Args:
            headline: The bullet as typed, bullet characters and all.

        Returns:
            The hints, with spans indexing into headline itself; an empty list for a good
            bullet, and a single EMPTY hint when there is nothing but whitespace and bullet
            characters.

        """
        text = headline or ""
        lead_end = _LEADING.match(text).end()
        if lead_end == len(text):
            return [Hint(HintKind.EMPTY, "Describe what you achieved in one sentence.")]

        hints: list[Hint] = []
        verb_hint = self._check_action_verb(text, lead_end)
        if verb_hint:
            hints.append(verb_hint)
        if not _MEASURABLE.search(text):
            hints.append(
                Hint(
                    HintKind.MEASURABLE,
                    "Consider adding a number or measurable result, such as a percentage, "
                    "an amount or the time saved: figures make an achievement concrete.",
                )
            )
        length_hint = _check_length(text)
        if length_hint:
            hints.append(length_hint)
        pronoun_hint = _check_first_person(text, lead_end)
        if pronoun_hint:
            hints.append(pronoun_hint)
        hints.extend(self._check_weak_phrases(text))
        return hints

    def _check_action_verb(self, text: str, lead_end: int) -> Hint | None:
        word = _WORD.match(text, lead_end)
        if word and word.group().translate(_ASCII_PUNCTUATION).casefold() in self._verbs:
            return None
        # Underline the first word, or the first token when it is not a word ("32%").
        span = word or _TOKEN.match(text, lead_end)
        return Hint(HintKind.ACTION_VERB, self._action_verb_message, span.start(), span.end())

    def _check_weak_phrases(self, text: str) -> list[Hint]:
        if self._weak_pattern is None:
            return []
        hints = []
        seen: set[str] = set()
        for match in self._weak_pattern.finditer(text):
            phrase = _normalise_phrase(match.group())
            if phrase in seen:
                continue
            seen.add(phrase)
            hints.append(
                Hint(
                    HintKind.WEAK_PHRASE,
                    "Consider saying directly what you did and what changed instead of "
                    f"“{match.group()}”, which describes a duty rather than a result.",
                    match.start(),
                    match.end(),
                )
            )
        return hints


def _check_length(text: str) -> Hint | None:
    words = len(_COUNTED_WORD.findall(text))
    chars = len(text.strip())
    noun = "word" if words == 1 else "words"
    if words < MIN_WORDS:
        return Hint(
            HintKind.TOO_SHORT,
            f"This bullet has {words} {noun}; consider adding what you did and what it "
            f"changed, in about {MIN_WORDS} to {MAX_WORDS} words.",
        )
    if words > MAX_WORDS:
        return Hint(
            HintKind.TOO_LONG,
            f"This bullet has {words} {noun}; consider trimming it to about {MAX_WORDS} or "
            "splitting it in two, so it stays easy to skim.",
        )
    if chars > MAX_CHARS:
        return Hint(
            HintKind.TOO_LONG,
            f"This bullet has {words} {noun} but {chars} characters; consider trimming it "
            f"under {MAX_CHARS} characters, so it fits on two lines.",
        )
    return None


def _check_first_person(text: str, lead_end: int) -> Hint | None:
    for match in _PRONOUN.finditer(text):
        pronoun = match.group(1)
        if pronoun.casefold() == "us" and not (
            pronoun == "us" or (pronoun == "Us" and _starts_sentence(text, match.start(), lead_end))
        ):
            # "US" is the country, and "Us" mid-sentence is a capitalised name, not a pronoun.
            continue
        return Hint(
            HintKind.FIRST_PERSON,
            f"Consider leaving out “{match.group()}”: résumé bullets read best without "
            "first-person pronouns, since the résumé is already about you.",
            match.start(),
            match.end(),
        )
    return None


def _starts_sentence(text: str, index: int, lead_end: int) -> bool:
    if index <= lead_end:
        return True
    before = index - 1
    while before >= 0 and (text[before].isspace() or text[before] in _CLOSING):
        before -= 1
    return before >= 0 and text[before] in _SENTENCE_END


def load_default_hints(data_dir: Path) -> WritingHints:
    """Builds the checker from the word lists shipped with the app.

    Args:
        data_dir: The folder holding action_verbs.txt and weak_phrases.txt.

    Returns:
        The ready checker.

    Raises:
        OSError: If a list cannot be read.

    """
    return WritingHints.from_files(data_dir / ACTION_VERBS_FILE, data_dir / WEAK_PHRASES_FILE)
