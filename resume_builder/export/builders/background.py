"""The sections a résumé and the CMD share: education, certifications, skills and the rest."""

from __future__ import annotations

from collections import defaultdict

from resume_builder.domain.models import Accomplishment, Skill, newest_first
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.common import optional_key, titled_bullet
from resume_builder.export.document import Block, Bullet, Entry, Paragraph, Run, Section, plain
from resume_builder.export.locale import format_date, format_period, heading
from resume_builder.export.style import Style


def background_sections(
    snapshot: CareerSnapshot, style: Style, language: str, *, for_cmd: bool
) -> dict[str, Section]:
    """Every section beside experience that has records, by section key."""
    fmt = style.date_format
    sections: dict[str, Section] = {}

    education = [
        Entry(
            title=", ".join(p for p in (e.study_type, e.area) if p) or e.institution,
            organisation=e.institution if (e.study_type or e.area) else "",
            location=e.location,
            dates=format_period(e.start, e.end, language, fmt),
            scope=e.score,
            children=[Bullet(plain(c)) for c in e.courses] if for_cmd else [],
            record_id=e.id,
        )
        for e in newest_first(snapshot.education)
    ]
    if education:
        sections["education"] = Section("education", heading("education", language), education)

    certifications = [
        titled_bullet(c.name, c.issuer, format_date(c.date, language, fmt))
        for c in sorted(snapshot.certifications, key=lambda c: optional_key(c.date), reverse=True)
    ]
    if certifications:
        sections["certifications"] = Section(
            "certifications", heading("certifications", language), certifications
        )

    skills = skills_paragraphs(snapshot)
    if skills:
        sections["skills"] = Section("skills", heading("skills", language), skills)

    projects = [
        Entry(
            title=p.name,
            organisation=p.entity,
            dates=format_period(p.start, p.end, language, fmt),
            scope=p.description,
            children=[Bullet(plain(h)) for h in p.highlights],
            record_id=p.id,
        )
        for p in newest_first(snapshot.projects)
    ]
    if projects:
        sections["projects"] = Section("projects", heading("projects", language), projects)

    publications = [
        titled_bullet(p.name, p.publisher, format_date(p.release_date, language, fmt))
        for p in snapshot.publications
    ]
    if publications:
        sections["publications"] = Section(
            "publications", heading("publications", language), publications
        )

    awards = [
        titled_bullet(a.title, a.awarder, format_date(a.date, language, fmt))
        for a in snapshot.awards
    ]
    if awards:
        sections["awards"] = Section("awards", heading("awards", language), awards)

    volunteer = [
        Entry(
            title=v.position or v.organization,
            organisation=v.organization if v.position else "",
            dates=format_period(v.start, v.end, language, fmt),
            scope=v.summary,
            children=[Bullet(plain(h)) for h in v.highlights],
            record_id=v.id,
        )
        for v in newest_first(snapshot.volunteer)
    ]
    if volunteer:
        sections["volunteer"] = Section("volunteer", heading("volunteer", language), volunteer)

    if snapshot.languages:
        text = " · ".join(
            f"{lang.language} ({lang.fluency})" if lang.fluency else lang.language
            for lang in snapshot.languages
        )
        sections["languages"] = Section(
            "languages", heading("languages", language), [Paragraph(plain(text))]
        )

    references = [
        Paragraph([Run(r.name, bold=True)] + plain((": " + r.reference) if r.reference else ""))
        if r.name
        else Paragraph(plain(r.reference))
        for r in snapshot.references
        if r.name or r.reference
    ]
    if references:
        sections["references"] = Section("references", heading("references", language), references)

    if snapshot.interests:
        text = " · ".join(i.name for i in snapshot.interests if i.name)
        if text:
            sections["interests"] = Section(
                "interests", heading("interests", language), [Paragraph(plain(text))]
            )
    return sections


def proofs_by_skill(snapshot: CareerSnapshot) -> dict[str, list[Accomplishment]]:
    """Skill id -> the accomplishments tagged with it (only skills with at least one)."""
    proofs: dict[str, list[Accomplishment]] = defaultdict(list)
    for item in snapshot.accomplishments:
        for skill_id in item.skill_ids:
            proofs[skill_id].append(item)
    return proofs


def skills_paragraphs(snapshot: CareerSnapshot) -> list[Block]:
    """Skills by category, the best proven first; skills nothing proves are left out."""
    evidence = {skill_id: len(items) for skill_id, items in proofs_by_skill(snapshot).items()}
    by_category: dict[str, list[Skill]] = defaultdict(list)
    for skill in snapshot.skills:
        if evidence.get(skill.id) or not snapshot.accomplishments:
            by_category[skill.category].append(skill)
    paragraphs: list[Block] = []
    for category in sorted(by_category, key=lambda c: (c == "", c.casefold())):
        names = ", ".join(
            s.name
            for s in sorted(
                by_category[category], key=lambda s: (-evidence.get(s.id, 0), s.name.casefold())
            )
        )
        runs = [Run(f"{category}: ", bold=True), Run(names)] if category else [Run(names)]
        paragraphs.append(Paragraph(runs))
    return paragraphs
