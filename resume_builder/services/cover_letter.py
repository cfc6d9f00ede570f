"""Drafting a cover letter for a target from the user's own records, never from invention.

The draft is plain text the user edits (paragraphs apart by a blank line, results as "• "
lines), kept in `Target.letter` and turned into a document by `export.builders`. Every claim
in it is the user's: the summary and the accomplishments come from the records, and the
template's own sentences only greet, name the role, introduce the list and sign off. A
connective sentence that praised the person ("I am a passionate expert") would put words in
their mouth that no record proves, so the templates hold none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from resume_builder.domain.models import Accomplishment, Target
from resume_builder.domain.options import LetterOptions
from resume_builder.domain.snapshot import CareerSnapshot

#: The fixed sentences of a letter, per language. Placeholders: {company}, {title}. Each
#: sentence with a placeholder has a twin without it, used when that part is unknown, so a
#: letter never reads "the  role at ." Translating the letter means adding one dict here.
LETTER_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "greeting_company": "Dear Hiring Team at {company},",
        "greeting": "Dear Hiring Manager,",
        "opening_title_company": "I am writing to apply for the {title} role at {company}.",
        "opening_title": "I am writing to apply for the {title} role.",
        "opening_company": "I am writing to apply for a role at {company}.",
        "opening": "I am writing to apply for the open role you have advertised.",
        "results_intro": "Here are some results from my career that match what you are asking for:",
        "closing_company": (
            "I would welcome the chance to talk about how I could contribute at {company}. "
            "Thank you for your time and consideration."
        ),
        "closing": (
            "I would welcome the chance to talk about how I could contribute. "
            "Thank you for your time and consideration."
        ),
        "sign_off": "Kind regards,",
    },
    "sv": {
        "greeting_company": "Till rekryteringsansvarig på {company},",
        "greeting": "Till rekryteringsansvarig,",
        "opening_title_company": "Jag söker härmed tjänsten som {title} hos {company}.",
        "opening_title": "Jag söker härmed tjänsten som {title}.",
        "opening_company": "Jag söker härmed en tjänst hos {company}.",
        "opening": "Jag söker härmed den utannonserade tjänsten.",
        "results_intro": "Här är några resultat från min karriär som motsvarar det ni efterfrågar:",
        "closing_company": (
            "Jag berättar gärna mer om hur jag skulle kunna bidra hos {company}. Tack för er tid."
        ),
        "closing": "Jag berättar gärna mer om hur jag skulle kunna bidra. Tack för er tid.",
        "sign_off": "Med vänliga hälsningar",
    },
}
#: The language a letter falls back to when its own has no template yet.
FALLBACK_LANGUAGE = "en"
#: What starts a result's line in the draft (the document builder reads it back as a bullet).
BULLET = "• "


def letter_template(language: str) -> dict[str, str]:
    """The letter sentences of a language, or the English ones when it has none."""
    return LETTER_TEMPLATES.get(language, LETTER_TEMPLATES[FALLBACK_LANGUAGE])


def _one_line(text: str) -> str:
    # A title or headline typed with a line break would split the sentence or the bullet.
    return " ".join(text.split())


def draft_letter(
    target: Target,
    snapshot: CareerSnapshot,
    best: Sequence[Accomplishment],
    *,
    rewordings: Mapping[str, str] | None = None,
    language: str = "en",
    today: date | None = None,
) -> str:
    """A first draft of the cover letter for a target, made only of the user's records.

    Paragraphs: greeting, an opening naming the role and company, the summary (the target's,
    else the profile's; left out when both are blank), the best-matching results as "• "
    lines after one introducing sentence, a closing, and the sign-off with the profile name.

    Args:
        target: the job the letter is for (its company, title and summary are used).
        snapshot: the records (the profile's name and summary are used).
        best: the accomplishments to cite, in order (see `targets.best_accomplishments`).
        rewordings: accomplishment id -> the wording to use instead of the headline; None
            uses the target's own rewordings.
        language: the letter's language; one without a template gets English.
        today: not written into the text: the document dates the letter when it is
            exported (see `export.builders.build_cover_letter`), so a draft kept for weeks
            never carries a stale date. Accepted so callers pass the same day to both.

    Returns:
        The letter as plain text, paragraphs separated by one blank line, no trailing newline.

    """
    del today  # see Args: the date belongs to the exported document, not to the text
    words = letter_template(language)
    wording = target.rewordings if rewordings is None else rewordings
    company = _one_line(target.company)
    title = _one_line(target.title)

    paragraphs: list[str] = []
    if company:
        paragraphs.append(words["greeting_company"].format(company=company))
    else:
        paragraphs.append(words["greeting"])
    key = "opening" + ("_title" if title else "") + ("_company" if company else "")
    paragraphs.append(words[key].format(title=title, company=company))

    summary = target.summary.strip() or snapshot.profile.summary.strip()
    if summary:
        paragraphs.append(summary)

    results = [
        line
        for line in (
            _one_line((wording.get(item.id) or "").strip() or item.headline) for item in best
        )
        if line
    ]
    if results:
        lines = [words["results_intro"]] + [BULLET + line for line in results]
        paragraphs.append("\n".join(lines))

    paragraphs.append(
        words["closing_company"].format(company=company) if company else words["closing"]
    )
    name = _one_line(snapshot.profile.name)
    paragraphs.append(words["sign_off"] + ("\n" + name if name else ""))
    return "\n\n".join(paragraphs)


def draft_for_target(
    target: Target,
    snapshot: CareerSnapshot,
    chosen: Sequence[str],
    *,
    language: str = "en",
    today: date | None = None,
) -> str:
    """A fresh draft citing the first three accomplishments on the target's résumé."""
    from resume_builder.services.targets import best_accomplishments

    best = best_accomplishments(chosen, snapshot)
    return draft_letter(target, snapshot, best, language=language, today=today)


def letter_options(
    target: Target,
    snapshot: CareerSnapshot,
    chosen: Sequence[str],
    *,
    language: str = "en",
    today: date | None = None,
) -> LetterOptions:
    """The letter a target stands for: the user's own text, else a fresh draft."""
    text = target.letter
    if not text.strip():
        text = draft_for_target(target, snapshot, chosen, language=language, today=today)
    return LetterOptions(
        text=text, company=target.company, title=target.title, language=language, today=today
    )
