"""The words the résumé cutter knows (resources/data/resume_sections.toml) and its date finder."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from resume_builder import paths
from resume_builder.domain.dates import (
    PRESENT_WORDS,
    DateError,
    EndDate,
    PartialDate,
    parse_date,
    parse_end,
)
from resume_builder.services.importing.resume_file.lines import Line

SECTIONS = (
    "summary",
    "experience",
    "education",
    "skills",
    "certifications",
    "languages",
    "projects",
    "volunteering",
    "other",
)


@dataclass(frozen=True)
class Vocabulary:
    """Section headings (folded text -> section) and the cue words of titles, degrees, schools
    and employers (a company's legal form).
    """

    headings: dict[str, str]
    title: frozenset[str]
    degree: frozenset[str]
    school: frozenset[str]
    employer: frozenset[str]
    places: frozenset[str]
    #: labels of the person's details (the name's among them), folded
    contact_labels: frozenset[str] = frozenset()
    name_labels: frozenset[str] = frozenset()
    #: labels that make the languages beside them the person's mother tongue
    native_labels: frozenset[str] = frozenset()
    address_labels: frozenset[str] = frozenset()
    #: a label with one of these in it introduces languages ("Other language(s)")
    language_words: frozenset[str] = frozenset()
    document_titles: frozenset[str] = frozenset()


def fold(text: str) -> str:
    """Lower case, single spaces, no trailing colon or bullet: how headings are compared."""
    return " ".join(text.replace("&", "and").casefold().strip(" :：\t").split())


@cache
def vocabulary() -> Vocabulary:
    """The cue words, read once from the data file."""
    with paths.resource("data", "resume_sections.toml").open("rb") as handle:
        data = tomllib.load(handle)
    headings = {fold(word): key for key in SECTIONS for word in data["headings"][key]}
    headings.update((fold(word), "header") for word in data["headings"]["contact"])
    cues, labels = data["cues"], data["labels"]
    names = frozenset(fold(w) for w in labels["name"])
    return Vocabulary(
        headings,
        frozenset(cues["title"]),
        frozenset(cues["degree"]),
        frozenset(cues["school"]),
        frozenset(cues["employer"]),
        frozenset(cues["places"]),
        contact_labels=names | {fold(w) for w in (*labels["contact"], *labels["address"])},
        name_labels=names,
        native_labels=frozenset(fold(w) for w in labels["native"]),
        address_labels=frozenset(fold(w) for w in labels["address"]),
        language_words=frozenset(fold(w) for w in labels["language_words"]),
        document_titles=frozenset(fold(w) for w in labels["document_titles"]),
    )


def words(text: str) -> set[str]:
    """The lower-case words of a text, for cue lookups."""
    return set(re.findall(r"[^\W_]+(?:[.-][^\W_]+)*", text.casefold()))


def has_cue(text: str, cues: frozenset[str], *, compounds: bool = False) -> bool:
    """Whether a word of the text, or a phrase of it, is one of the cues; with `compounds`,
    also a word that ends in a cue of six letters or more (Swedish writes "Handelshögskolan"
    and "Sophiahemmets högskola" alike).
    """
    folded = text.casefold()
    found = words(text)
    if found & cues or any(" " in cue and cue in folded for cue in cues):
        return True
    return compounds and any(
        word.endswith(cue) for word in found for cue in cues if len(cue) >= 6 and " " not in cue
    )


# A date as people write them; `domain.dates` decides whether it is one.
_DATE = r"(?:[^\W\d_]{3,10}\.?\s+\d{4}|\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2}(?!\d)|\d{4})(?!\d)"
_PRESENT = "|".join(sorted((re.escape(w) for w in PRESENT_WORDS), key=len, reverse=True))
_RANGE = re.compile(
    rf"(?<![\w/.-])(?P<start>{_DATE})\s*(?:[-–—‒―]|to|till|until|tills|→)\s*"
    rf"(?P<end>{_DATE}|{_PRESENT})(?![\w])",
    re.IGNORECASE,
)
_SINCE = re.compile(rf"(?:since|sedan|from|från)\s+(?P<start>{_DATE})(?![\w])", re.IGNORECASE)
_PERIOD_WORDS = frozenset({"from", "från", "between", "mellan", "period", "perioden"})
_SINGLE = re.compile(rf"(?<![\w/.-])(?P<start>{_DATE})(?![\w/.-])", re.IGNORECASE)


@dataclass
class FoundDates:
    """A period found in a line and the line without it."""

    start: PartialDate | None
    end: EndDate | None
    rest: str
    single: bool = False  # one date only, not a range


def find_dates(text: str) -> FoundDates | None:
    """The first date range ("Sep 2021 – nu", "2019–present", "03/2019 - 05/2020") in a text,
    else "since 2019", else one date standing alone; each date read by `domain.dates`.
    """
    for pattern, single in ((_RANGE, False), (_SINCE, False), (_SINGLE, True)):
        position = 0
        while (match := pattern.search(text, position)) is not None:
            # a match that is no date ("Ltd 2018" looks like "Sep 2018") is tried again one
            # character on, so that the period inside it ("2018 – 2021") is still found
            position = match.start() + 1
            try:
                start = parse_date(match.group("start"))
                end = None if single else _end(match, pattern is _SINCE)
            except DateError:
                continue
            if start is None or (start.year < 1950 or start.year > 2100):
                continue
            rest = (text[: match.start()] + " " + text[match.end() :]).strip()
            rest = re.sub(r"[(\[]\s*[)\]]", "", rest)  # the brackets the dates stood in
            rest = " ".join(rest.replace("\t", " \t ").split(" ")).strip(" ,|·–—-\t")
            if rest.casefold() in _PERIOD_WORDS:
                rest = ""  # "From 2017 to 2019": the word belongs to the period
            return FoundDates(start, end, rest, single)
    return None


def _end(match: re.Match[str], since: bool) -> EndDate | None:
    if since:
        from resume_builder.domain.dates import PRESENT

        return PRESENT
    return parse_end(match.group("end"))


def section_of(line: Line) -> str | None:
    """The section a heading line opens, if its whole text is a known heading."""
    text = line.text
    if len(text) > 45 or line.bullet:
        return None
    folded = fold(text)
    if re.fullmatch(r"(?:[^\W\d_] ){3,}[^\W\d_]", folded):  # "E X P E R I E N C E"
        folded = folded.replace(" ", "")
    return vocabulary().headings.get(folded)
