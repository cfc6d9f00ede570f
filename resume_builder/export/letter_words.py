"""The fixed words of a cover letter in each document language, read from resources/letters/.

One TOML file per language holds the subject line, greeting, opening, the sentence that
introduces the results, closing and sign-off (`[letter]`), and the frames of a suggested
pitch (`[pitch]`). Here in export/ so that the document builder can write the subject line
in the language a letter is exported in; services/cover_letter.py drafts the text from them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from resume_builder import paths

#: The languages a letter has its own words in (resources/letters/<language>.toml), the
#: document languages of export/locale.py.
LETTER_LANGUAGES = ("en", "sv", "de", "fr", "es")
#: The language a letter falls back to when its own has no template yet.
FALLBACK_LANGUAGE = "en"


@cache
def _letter_file(language: str) -> dict[str, dict[str, Any]]:
    import tomllib  # here, not at the top: only a letter needs it

    path = paths.resource("letters", f"{language}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def letter_template(language: str) -> dict[str, str]:
    """The fixed sentences of a letter in a language, or the English ones when it has none.

    Keys: subject*, greeting*, opening*, results_intro, closing*, sign_off; a key ending in
    _title or _company is the twin used when that part is known (see resources/letters/).
    """
    if language not in LETTER_LANGUAGES:
        language = FALLBACK_LANGUAGE
    return dict(_letter_file(language)["letter"])


def pitch_template(language: str) -> dict[str, Any]:
    """The frames of a suggested pitch in a language (English when it has none)."""
    if language not in LETTER_LANGUAGES:
        language = FALLBACK_LANGUAGE
    return dict(_letter_file(language)["pitch"])


def subject_line(title: str, company: str, language: str = "en") -> str:
    """The letter's subject line: "Application: Head of IT, Northwind" in its language."""
    words = letter_template(language)
    title, company = " ".join(title.split()), " ".join(company.split())
    key = "subject" + ("_title" if title else "") + ("_company" if company else "")
    return words[key].format(title=title, company=company)
