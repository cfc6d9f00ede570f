"""The résumé: the strongest, most recent results per role, project and volunteering record."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from resume_builder.domain.models import Accomplishment, Profile, newest_first
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.background import background_sections
from resume_builder.export.builders.common import contact_block, rank_for_resume, role_entry
from resume_builder.export.content_language import tag_content_language
from resume_builder.export.document import (
    Block,
    Bullet,
    Document,
    DocumentMeta,
    Paragraph,
    Section,
    plain,
)
from resume_builder.export.locale import heading
from resume_builder.export.style import Style

#: sections a résumé can do without, the least missed first (for fitting a page target)
OPTIONAL_SECTIONS = (
    "interests",
    "references",
    "volunteer",
    "publications",
    "awards",
    "projects",
    "languages",
    "certifications",
)
#: marks a section key among accomplishment ids in `ResumeContent.removable`
SECTION_PREFIX = "section:"


@dataclass
class ResumeContent:
    """The résumé document and, for the fit report, the bullets in the order they would go."""

    document: Document
    #: what can go to save space, least important first: "section:<key>" or accomplishment ids
    removable: list[str]


def build_resume(snapshot: CareerSnapshot, style: Style, options: ResumeOptions) -> ResumeContent:
    """A reverse-chronological résumé: contact, summary, experience with the strongest bullets
    of each role (more for recent roles), then the other sections that have content.
    """
    language = options.language
    profile = snapshot.profile
    roles = [r for r in newest_first(snapshot.roles) if r.id not in options.hidden_role_ids]
    # Projects and volunteering tell their results as roles do, under their own entries.
    others = [*newest_first(snapshot.projects), *newest_first(snapshot.volunteer)]
    by_role: dict[str | None, list[Accomplishment]] = defaultdict(list)
    for item in snapshot.accomplishments:
        by_role[item.role_id].append(item)

    chosen: dict[str, list[Accomplishment]] = {}
    if options.selected_ids is not None:
        position = {aid: i for i, aid in enumerate(options.selected_ids)}
        for owner in (*roles, *others):
            picked = [a for a in by_role.get(owner.id, []) if a.id in position]
            chosen[owner.id] = sorted(picked, key=lambda a: position[a.id])
    else:
        budgets = options.bullet_budget
        ranks = [*enumerate(roles), *((len(budgets), o) for o in others)]
        for rank, owner in ranks:
            # A project or volunteering record gets what the oldest role gets.
            budget = budgets[min(rank, len(budgets) - 1)]
            ranked = rank_for_resume(by_role.get(owner.id, []), options.today)[:budget]
            chosen[owner.id] = [a for a in ranked if a.id not in options.omitted_ids]

    def bullets_of(owner_id: str) -> list[Block]:
        return [Bullet(plain(options.rewordings.get(a.id) or a.headline)) for a in chosen[owner_id]]

    sections: dict[str, Section] = {}
    summary = profile.summary if options.summary is None else options.summary
    if summary.strip():
        sections["summary"] = Section(
            "summary", heading("summary", language), [Paragraph(plain(summary))]
        )

    entries: list[Block] = []
    for role in roles:
        entries.append(role_entry(role, bullets_of(role.id), language, style))
    if entries:
        sections["experience"] = Section("experience", heading("experience", language), entries)

    owned = {owner.id: bullets_of(owner.id) for owner in others}
    sections.update(
        background_sections(
            snapshot,
            style,
            language,
            for_cmd=False,
            owned=owned,
            today=options.today,
            include_expired=options.include_expired,
            skill_ids=options.skill_ids,
        )
    )

    order = [
        key
        for key in style.section_order
        if key in sections and key not in options.omitted_sections
    ]
    document = Document(
        meta=DocumentMeta(
            title=f"{profile.name} — {profile.headline}".strip(" —") or "Résumé",
            author=profile.name,
            language=language,
            subject=options.headline or profile.headline,
            # Page 2 of a résumé printed and shuffled still says whose it is.
            footer=profile.name,
            page_label=heading("page_of", language),
        ),
        contact=contact_block(
            profile if options.headline is None else _with_headline(profile, options.headline)
        ),
        sections=[sections[key] for key in order],
    )
    tag_content_language(document)  # tagged in the language the user wrote it in
    # Least important first: the sections a recruiter misses least, then the oldest roles'
    # weakest bullets, and the newest roles' best bullets last.
    removable: list[str] = [SECTION_PREFIX + key for key in OPTIONAL_SECTIONS if key in order]
    # Projects' and volunteering's bullets go with their sections, which go before any bullet.
    for role in reversed(roles):
        removable.extend(a.id for a in reversed(chosen[role.id]))
    return ResumeContent(document, removable)


def _with_headline(profile: Profile, headline: str) -> Profile:
    return profile.copy(headline=headline)
