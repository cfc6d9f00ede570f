"""Drafting a cover letter for a target from the user's own records, never from invention.

The draft is plain text the user edits (paragraphs apart by a blank line, results as "• "
lines), kept in `Target.letter` and turned into a document by `export.builders`. Every claim
in it is the user's: the pitch is the first-person paragraph they wrote (on the target, else
on the profile; `suggest_pitch` drafts one from their roles, results and skills) and the
results come from the records. The résumé summary is never pasted in: it is written in the
third person for a résumé ("Makes systems…") and reads wrong in a letter signed "I". The
template's own sentences (resources/letters/<language>.toml) only greet, name the role,
introduce the list and sign off. A connective sentence that praised the person ("I am a
passionate expert") would put words in their mouth that no record proves, so the templates
hold none.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from resume_builder.domain.models import Accomplishment, Role, Target
from resume_builder.domain.options import LetterOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.letter_words import (
    FALLBACK_LANGUAGE,
    LETTER_LANGUAGES,
    letter_template,
    pitch_template,
    subject_line,
)

__all__ = [
    "BULLET",
    "FALLBACK_LANGUAGE",
    "LETTER_LANGUAGES",
    "LETTER_TEMPLATES",
    "draft_for_target",
    "draft_letter",
    "letter_options",
    "letter_template",
    "pitch_for",
    "pitch_template",
    "strongest_results",
    "subject_line",
    "suggest_pitch",
]

#: What starts a result's line in the draft (the document builder reads it back as a bullet).
BULLET = "• "


class _Templates(Mapping[str, dict[str, str]]):
    """LETTER_TEMPLATES: language -> sentences, read from the resource files when asked."""

    def __getitem__(self, language: str) -> dict[str, str]:
        if language not in LETTER_LANGUAGES:
            raise KeyError(language)
        return letter_template(language)

    def __iter__(self) -> Iterator[str]:
        return iter(LETTER_LANGUAGES)

    def __len__(self) -> int:
        return len(LETTER_LANGUAGES)


#: The fixed sentences of a letter, per language (read from resources/letters/).
LETTER_TEMPLATES: Mapping[str, dict[str, str]] = _Templates()


def pitch_for(target: Target, snapshot: CareerSnapshot) -> str:
    """The pitch a target's letter uses: the target's own, else the profile's, else empty."""
    return target.pitch.strip() or snapshot.profile.pitch.strip()


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

    Paragraphs: greeting, an opening naming the role and company, the pitch (the target's,
    else the profile's; left out when both are blank; never the résumé summary), the
    best-matching results the pitch does not already tell as "• " lines after one
    introducing sentence, a closing, and the sign-off with the profile name. The subject
    line is not part of the text: the document adds it (`subject_line`), in the language
    it is exported in.

    Args:
        target: the job the letter is for (its company, title and pitch are used).
        snapshot: the records (the profile's name and pitch are used).
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

    pitch = pitch_for(target, snapshot)
    if pitch:
        paragraphs.append(pitch)

    # A result the pitch already tells (as `suggest_pitch` writes it) is not listed twice.
    told = pitch.casefold()
    results = [
        line
        for line in (
            _one_line((wording.get(item.id) or "").strip() or item.headline) for item in best
        )
        if line and _told_form(line).casefold() not in told
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


def _told_form(headline: str) -> str:
    # How a pitch quotes a headline: without its closing full stop (the frame adds one).
    return headline.rstrip(" .")


def _small_first(text: str) -> str:
    """A headline to follow "I": its first letter made small unless the word is an acronym.

    "Cut incidents by half" -> "cut incidents by half"; "ITIL rollout…" and "Azure…" of
    one capital letter followed by a small one are told apart only by the second letter, so
    a word whose second letter is a capital ("ITIL", "VMware" stays) keeps its case.
    """
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1].isupper() or not first.isalpha()):
        return text
    return text[:1].lower() + text[1:]


def _listed(names: Sequence[str], conjunction: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def _role_of(best: Sequence[Accomplishment], snapshot: CareerSnapshot) -> Role | None:
    """The role the pitch names: the top result's, else the current or latest one."""
    by_id = {role.id: role for role in snapshot.roles}
    for item in best:
        if item.role_id in by_id:
            return by_id[item.role_id]
    roles = sorted(
        (role for role in snapshot.roles if role.title.strip() or role.employer.strip()),
        key=lambda role: (role.is_current, role.start.sort_key() if role.start else (0, 0, 0)),
    )
    return roles[-1] if roles else None


def suggest_pitch(
    snapshot: CareerSnapshot,
    best: Sequence[Accomplishment],
    *,
    language: str = "en",
    skill_count: int = 3,
) -> str:
    """A first-person pitch drafted from the user's own records, for them to rewrite.

    Up to three sentences, each made of one fact and a fixed frame of the letter's language:
    the role of the top result (else the current or latest role) with its employer, the top
    result's headline as written (in English and Swedish after "I"/"Jag" with its first
    letter made small), and the skills the best results prove, most often proved first. The
    résumé summary is never used: it is written in the third person. A fact the records
    lack leaves its sentence out; no records at all give an empty pitch.

    Args:
        snapshot: the records (roles and skills).
        best: the accomplishments the letter cites, best first (see
            `targets.best_accomplishments`).
        language: the language of the frames; one without a template gets English.
        skill_count: how many skills the last sentence names at most.

    Returns:
        The pitch as one paragraph of plain text, or "" when the records give nothing.

    """
    frames = pitch_template(language)
    sentences: list[str] = []
    role = _role_of(best, snapshot)
    if role is not None and role.title.strip() and role.employer.strip():
        key = "role_current" if role.is_current else "role_past"
        sentences.append(
            frames[key].format(title=_one_line(role.title), employer=_one_line(role.employer))
        )
    headlines = [_told_form(_one_line(item.headline)) for item in best]
    headlines = [line for line in headlines if line]
    if headlines:
        result = _small_first(headlines[0]) if frames.get("lower_result") else headlines[0]
        sentences.append(frames["result"].format(result=result))
    names = {skill.id: _one_line(skill.name) for skill in snapshot.skills if skill.name.strip()}
    proved: dict[str, int] = {}
    for item in best:
        for skill_id in dict.fromkeys(item.skill_ids):  # a skill counted once per result
            if skill_id in names:
                proved[skill_id] = proved.get(skill_id, 0) + 1
    order = sorted(proved, key=lambda i: -proved[i])[:skill_count]  # stable: first seen first
    if order:
        listed = _listed([names[i] for i in order], frames["and"])
        sentences.append(frames["skills"].format(skills=listed))
    return " ".join(sentences)


def strongest_results(snapshot: CareerSnapshot, count: int = 3) -> list[Accomplishment]:
    """The user's results a pitch with no job in view starts from: highest impact, newest first.

    For the profile's pitch, which every letter falls back to; a target's pitch is drafted from
    the results chosen for that job instead. Results with no headline are left out.
    """
    told = [item for item in snapshot.accomplishments if item.headline.strip()]
    newest = sorted(told, key=lambda a: a.date.sort_key() if a.date else (0, 0, 0), reverse=True)
    return sorted(newest, key=lambda a: -a.impact)[:count]


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
