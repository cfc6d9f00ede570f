"""The story lines under a bullet, as our own CMD prints them: labelled parts of that result.

A Career Management Document prints each accomplishment as its headline (a bullet), a
"date · Impact 3/5" line, then labelled lines: Situation, Task, Action, Result, Metrics,
Skills, Evidence and Notes, in any of the document languages (export.locale). Read back, each
is a field of the accomplishment above it, never a new entry (a dated line would otherwise
open a role). Its overview, contents and skills index repeat what is printed elsewhere
(cmd_section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from resume_builder.domain.models import IMPACT_MAX, IMPACT_MIN, Accomplishment
from resume_builder.export.locale import LANGUAGES, heading
from resume_builder.services.importing.resume_file.vocabulary import find_dates, fold

#: the accomplishment's fields a label names, by the locale's heading key
_FIELDS = {
    "situation": "situation",
    "task": "task",
    "action": "action",
    "result": "result",
    "metrics": "metrics",
    "skills_used": "skills",
    "evidence": "evidence",
    "notes": "notes",
}


@dataclass(frozen=True)
class StoryPart:
    """One story line: which part it is ("situation" … "impact") and its text."""

    part: str
    text: str


@cache
def _labels() -> dict[str, str]:
    return {
        fold(heading(key, language)): name
        for key, name in _FIELDS.items()
        for language in LANGUAGES
    }


@cache
def _impact_line() -> re.Pattern[str]:
    words = sorted({heading("impact", language) for language in LANGUAGES}, key=len, reverse=True)
    names = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^(?:(?P<date>.+?)\s+·\s+)?(?:{names})\s+(?P<level>\d)\s*/\s*5$", re.I)


@cache
def _cmd_headings() -> dict[str, str]:
    return {
        fold(heading(key, language)): key
        for key in ("overview", "contents", "skills_index")
        for language in LANGUAGES
    }


def cmd_section(text: str) -> str | None:
    """The CMD's own section a heading line opens: "overview" (the profile's summary, then
    counts, roles and the highest-impact results again), "contents" (the sections and roles
    with their pages) or "skills_index" (each skill with the headlines that prove it); all
    repeat what the document prints elsewhere.
    """
    return _cmd_headings().get(fold(text)) if len(text) <= 45 else None


def story_part(text: str) -> StoryPart | None:
    """The story part a line is ("Task: …", "Nov 2026 · Impact 3/5"), or None."""
    text = text.strip()
    match = re.match(r"^([^\W\d_][^:：]{0,24})[:：]\s*(.*)$", text, re.S)
    if match and fold(match.group(1)) in _labels():
        return StoryPart(_labels()[fold(match.group(1))], match.group(2).strip())
    if _impact_line().match(text):
        return StoryPart("impact", text)
    return None


def story_accomplishment(
    headline: str, parts: list[StoryPart], owner_id: str, skill_id
) -> Accomplishment:
    """The accomplishment a bullet and its story lines make.

    Args:
        headline: the bullet's text.
        parts: its story lines, in order.
        owner_id: the role, project or volunteering it belongs to.
        skill_id: a skill's name -> the id of the incoming skill of that name.

    """
    accomplishment = Accomplishment(headline=headline, role_id=owner_id)
    for part in parts:
        if part.part == "impact":
            match = _impact_line().match(part.text)
            level = int(match.group("level"))
            if IMPACT_MIN <= level <= IMPACT_MAX:
                accomplishment.impact = level
            found = find_dates(match.group("date") or "")
            if found is not None and found.single and not found.rest.strip():
                accomplishment.date = found.start
        elif part.part == "metrics":
            accomplishment.metrics += [m.strip() for m in part.text.split(";") if m.strip()]
        elif part.part == "evidence":
            accomplishment.evidence += [e.strip() for e in part.text.split(" · ") if e.strip()]
        elif part.part == "skills":
            names = [n.strip() for n in part.text.split(",") if n.strip()]
            ids = [skill_id(name) for name in names]
            accomplishment.skill_ids = list(dict.fromkeys(accomplishment.skill_ids + ids))
        else:
            before = getattr(accomplishment, part.part)
            setattr(accomplishment, part.part, f"{before} {part.text}".strip())
    return accomplishment
