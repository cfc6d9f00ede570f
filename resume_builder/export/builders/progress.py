"""The progress pack: a period's accomplishments grouped by agreed action, by skill or by role.

services/progress.py decides the period, which accomplishments fall in it and how they group;
this builder lays the result out as a short document for a follow-up or a performance review.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from resume_builder.domain.models import Accomplishment, Profile
from resume_builder.export.builders.brief import ActionProgress, action_entry, item_bullet
from resume_builder.export.document import (
    Block,
    Contact,
    Document,
    DocumentMeta,
    Entry,
    Paragraph,
    Section,
    plain,
)
from resume_builder.export.locale import conversation_word, count_of, format_full_date
from resume_builder.export.style import Style

GROUPINGS = ("action", "skill", "role")


@dataclass(frozen=True)
class ProgressGroup:
    """A skill's or a role's accomplishments of the period."""

    title: str
    organisation: str = ""
    dates: str = ""
    items: tuple[Accomplishment, ...] = ()
    record_id: str = ""


@dataclass(frozen=True)
class ProgressContent:
    """Everything a progress pack shows, chosen by services.progress."""

    profile: Profile
    start: date
    end: date
    by: str = "action"
    actions: tuple[ActionProgress, ...] = ()
    groups: tuple[ProgressGroup, ...] = ()
    #: the period's accomplishments in no group (no action proves it, no skill, no role)
    other: tuple[Accomplishment, ...] = ()
    #: how many accomplishments the period holds
    count: int = 0
    language: str = "en"


def period_text(start: date, end: date, language: str) -> str:
    """The period as "1 October 2026 – 31 December 2026"."""
    return f"{format_full_date(start, language)} – {format_full_date(end, language)}"


def build_progress(content: ProgressContent, style: Style) -> Document:
    """The progress pack as a document tree: the period, then the groups, then other results."""
    language = content.language
    word = conversation_word
    profile = content.profile
    summary = [period_text(content.start, content.end, language)]
    summary.append(count_of(content.count, "accomplishment", language))
    if content.by == "action" and content.actions:
        done = sum(1 for a in content.actions if a.status == "done")
        summary.append(f"{done}/{len(content.actions)} {word('actions_done', language)}")
    sections = [
        Section(
            "period",
            word("period", language),
            [Paragraph(plain(" · ".join(summary)))],
        )
    ]
    if content.by == "action":
        entries: list[Block] = [
            action_entry(a, language, style, "no_proof_yet") for a in content.actions
        ]
        if entries:
            sections.append(Section("actions", word("agreed_actions", language), entries))
    else:
        key = "by_skill" if content.by == "skill" else "by_role"
        entries = [
            Entry(
                title=group.title,
                organisation=group.organisation,
                dates=group.dates,
                children=[item_bullet(item, language, style) for item in group.items],
                record_id=group.record_id,
            )
            for group in content.groups
        ]
        if entries:
            sections.append(Section(key, word(key, language), entries))
    if content.other:
        sections.append(
            Section(
                "other",
                word("other_results", language),
                [item_bullet(item, language, style) for item in content.other],
            )
        )
    title = word("progress_pack", language)
    return Document(
        meta=DocumentMeta(
            title=f"{title} — {profile.name}".strip(" —"),
            author=profile.name,
            language=language,
            subject=f"{title}: {period_text(content.start, content.end, language)}",
        ),
        contact=Contact(name=profile.name or title, headline=title),
        sections=sections,
    )
