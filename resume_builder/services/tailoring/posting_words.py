"""The word lists a job posting is read with (resources/data), read once on first use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from resume_builder import paths
from resume_builder.domain.word_lists import read_word_list


@dataclass(frozen=True)
class PostingWords:
    """The word lists a posting is read with, from resources/data."""

    filler: frozenset[str]  # words every posting uses: they end phrases and are never terms
    generic: frozenset[str]  # words no requirement on their own, and phrases of such words
    ing_nouns: frozenset[str]  # -ing words that are nouns; other -ing words start a verb phrase
    nice: tuple[str, ...]
    must: tuple[str, ...]
    must_inline: tuple[str, ...]
    skip_headings: tuple[str, ...]
    about_the_job: frozenset[str]
    neutral: tuple[str, ...]
    verb_forms: frozenset[str]  # base forms of the résumé action verbs: "train", "improve"
    verb_cues: frozenset[str]  # words after which such a form is a verb ("to", "will", "and")


_SECTION_CUES = ("nice", "must", "must_inline", "skip_headings", "about_the_job", "neutral")


@cache
def posting_words() -> PostingWords:
    """The lists, read on first use and kept: the window imports this module at start-up."""
    import tomllib  # here, not at the top: it costs more to import than this module

    path = paths.resource("data", "posting_sections.toml")
    cues = tomllib.loads(path.read_text(encoding="utf-8"))
    if set(cues) != set(_SECTION_CUES) or not all(
        isinstance(v, list) and all(isinstance(c, str) for c in v) for v in cues.values()
    ):
        wanted = ", ".join(_SECTION_CUES)
        raise ValueError(f"{path.name} needs exactly {wanted}, each a list of text")
    filler = [
        word
        for language in ("en", "sv")
        for word in read_word_list(paths.resource("data", f"filler_{language}.txt"))
    ]
    generic = [
        word.casefold()
        for language in ("en", "sv")
        for word in read_word_list(paths.resource("data", f"generic_{language}.txt"))
    ]
    return PostingWords(
        filler=frozenset(filler),
        generic=frozenset(generic),
        ing_nouns=frozenset(read_word_list(paths.resource("data", "ing_nouns_en.txt"))),
        nice=tuple(cues["nice"]),
        must=tuple(cues["must"]),
        must_inline=tuple(cues["must_inline"]),
        skip_headings=tuple(cues["skip_headings"]),
        about_the_job=frozenset(cues["about_the_job"]),
        neutral=tuple(cues["neutral"]),
        verb_forms=_base_forms(read_word_list(paths.resource("data", "action_verbs.txt")))
        | frozenset(read_word_list(paths.resource("data", "irregular_verbs_en.txt"))),
        verb_cues=frozenset(read_word_list(paths.resource("data", "verb_cues_en.txt"))),
    )


def _base_forms(past: Iterable[str]) -> frozenset[str]:
    """The base forms a past-tense verb may have: "trained" -> "train", "improved" -> "improve".

    Over-generating is harmless: a form is only used where the posting says it after a verb cue.
    """
    forms: set[str] = set()
    for verb in past:
        if not verb.endswith("ed"):
            continue
        forms.update((verb[:-2], verb[:-1]))  # "trained", "improved"
        if len(verb) > 4 and verb[-3] == verb[-4]:
            forms.add(verb[:-3])  # "planned"
        if verb.endswith("ied"):
            forms.add(verb[:-3] + "y")  # "applied"
    return frozenset(forms)
