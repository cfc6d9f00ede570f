"""Builders: career records in, a neutral document tree out (résumé and Career Management Document).

Builders decide content and order; renderers decide looks. A builder never reads storage: it
gets a `CareerSnapshot`, an immutable copy taken by the caller.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Profile,
    Role,
    Skill,
    newest_first,
)

# re-exported for callers that still import them from here
from resume_builder.domain.options import (  # noqa: F401
    DEFAULT_BULLET_BUDGET,
    LetterOptions,
    ResumeOptions,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.document import (
    Block,
    Bullet,
    Contact,
    Document,
    DocumentMeta,
    Entry,
    Paragraph,
    Run,
    Section,
    Table,
    inline_text,
    plain,
)
from resume_builder.export.locale import (
    count_of,
    format_date,
    format_full_date,
    format_period,
    heading,
)
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text

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


# ----------------------------------------------------------------------------- helpers
def _contact(profile: Profile) -> Contact:
    items: list[Run] = []
    if profile.email:
        items.append(Run(profile.email, link=f"mailto:{profile.email}"))
    if profile.phone:
        items.append(Run(profile.phone))
    location = profile.location or ", ".join(p for p in (profile.city, profile.region) if p)
    if location:
        items.append(Run(location))
    if profile.url:
        items.append(Run(_display_url(profile.url), link=profile.url))
    for link in profile.links:
        if link.url:
            items.append(Run(_display_url(link.url), link=link.url))
    return Contact(name=profile.name or "", headline=profile.headline, items=items)


def _display_url(url: str) -> str:
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
    return url.rstrip("/")


def _date_key(item: Accomplishment) -> tuple[int, int, int]:
    return _optional_key(item.date)


def rank_for_resume(items: list[Accomplishment], today: date | None = None) -> list[Accomplishment]:
    """Orders a role's accomplishments for a résumé: impact first, then recency."""
    today = today or date.today()

    def score(item: Accomplishment) -> tuple[float, tuple[int, int, int]]:
        age_years = today.year - item.date.year if item.date else 10
        recency = max(0.0, 1.0 - age_years / 15)
        return (item.impact + recency, _date_key(item))

    return sorted(items, key=score, reverse=True)


def _role_entry(role: Role, children: list[Block], language: str, style: Style) -> Entry:
    """A role as an entry: title, employer, location, dates and its one-line scope."""
    return Entry(
        title=role.title,
        organisation=role.employer,
        location=role.location,
        dates=format_period(role.start, role.end, language, style.date_format),
        scope=role.description,
        children=children,
        record_id=role.id,
    )


def _optional_key(value: PartialDate | None) -> tuple[int, int, int]:
    return value.sort_key() if value is not None else (0, 0, 0)


def _titled_bullet(title: str, *details: str) -> Bullet:
    """A bullet "Title — detail, detail" with the title bold (certificates, awards, talks)."""
    rest = ", ".join(d for d in details if d)
    return Bullet([Run(title, bold=True)] + plain(f" — {rest}" if rest else ""))


def _label_paragraph(label: str, text: str, style: str = "body") -> Paragraph:
    return Paragraph([Run(f"{label}: ", bold=True), Run(text)], style=style)


# ----------------------------------------------------------------------------- résumé
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
    by_role: dict[str | None, list[Accomplishment]] = defaultdict(list)
    for item in snapshot.accomplishments:
        by_role[item.role_id].append(item)

    chosen: dict[str, list[Accomplishment]] = {}
    if options.selected_ids is not None:
        position = {aid: i for i, aid in enumerate(options.selected_ids)}
        for role in roles:
            picked = [a for a in by_role.get(role.id, []) if a.id in position]
            chosen[role.id] = sorted(picked, key=lambda a: position[a.id])
    else:
        for rank, role in enumerate(roles):
            budget = options.bullet_budget[min(rank, len(options.bullet_budget) - 1)]
            ranked = rank_for_resume(by_role.get(role.id, []), options.today)[:budget]
            chosen[role.id] = [a for a in ranked if a.id not in options.omitted_ids]

    sections: dict[str, Section] = {}
    summary = profile.summary if options.summary is None else options.summary
    if summary.strip():
        sections["summary"] = Section(
            "summary", heading("summary", language), [Paragraph(plain(summary))]
        )

    entries: list[Block] = []
    for role in roles:
        bullets: list[Block] = [
            Bullet(plain(options.rewordings.get(a.id) or a.headline)) for a in chosen[role.id]
        ]
        entries.append(_role_entry(role, bullets, language, style))
    if entries:
        sections["experience"] = Section("experience", heading("experience", language), entries)

    sections.update(_background_sections(snapshot, style, language, for_cmd=False))

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
        ),
        contact=_contact(
            profile if options.headline is None else _with_headline(profile, options.headline)
        ),
        sections=[sections[key] for key in order],
    )
    # Least important first: the sections a recruiter misses least, then the oldest roles'
    # weakest bullets, and the newest roles' best bullets last.
    removable: list[str] = [SECTION_PREFIX + key for key in OPTIONAL_SECTIONS if key in order]
    for role in reversed(roles):
        removable.extend(a.id for a in reversed(chosen[role.id]))
    return ResumeContent(document, removable)


def _with_headline(profile: Profile, headline: str) -> Profile:
    return profile.copy(headline=headline)


def _background_sections(
    snapshot: CareerSnapshot, style: Style, language: str, *, for_cmd: bool
) -> dict[str, Section]:
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
        _titled_bullet(c.name, c.issuer, format_date(c.date, language, fmt))
        for c in sorted(snapshot.certifications, key=lambda c: _optional_key(c.date), reverse=True)
    ]
    if certifications:
        sections["certifications"] = Section(
            "certifications", heading("certifications", language), certifications
        )

    skills = _skills_paragraphs(snapshot)
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
        _titled_bullet(p.name, p.publisher, format_date(p.release_date, language, fmt))
        for p in snapshot.publications
    ]
    if publications:
        sections["publications"] = Section(
            "publications", heading("publications", language), publications
        )

    awards = [
        _titled_bullet(a.title, a.awarder, format_date(a.date, language, fmt))
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


def _proofs(snapshot: CareerSnapshot) -> dict[str, list[Accomplishment]]:
    """Skill id -> the accomplishments tagged with it (only skills with at least one)."""
    proofs: dict[str, list[Accomplishment]] = defaultdict(list)
    for item in snapshot.accomplishments:
        for skill_id in item.skill_ids:
            proofs[skill_id].append(item)
    return proofs


def _skills_paragraphs(snapshot: CareerSnapshot) -> list[Block]:
    """Skills by category, the best proven first; skills nothing proves are left out."""
    evidence = {skill_id: len(items) for skill_id, items in _proofs(snapshot).items()}
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


# ----------------------------------------------------------------------------- CMD
def build_career_document(snapshot: CareerSnapshot, style: Style, language: str = "en") -> Document:
    """The Career Management Document: every role and accomplishment with its full story,
    a skills index (skill -> the accomplishments that prove it) and a one-page overview.
    """
    profile = snapshot.profile
    fmt = style.date_format
    roles = newest_first(snapshot.roles)
    skills = {s.id: s for s in snapshot.skills}
    role_ids = {r.id for r in roles}
    by_role: dict[str | None, list[Accomplishment]] = defaultdict(list)
    for item in snapshot.accomplishments:
        by_role[item.role_id if item.role_id in role_ids else None].append(item)

    # Overview: the career at a glance.
    overview: list[Block] = []
    if profile.summary:
        overview.append(Paragraph(plain(profile.summary)))
    count_line = (
        f"{count_of(len(snapshot.accomplishments), 'accomplishment', language)} · "
        f"{count_of(len(roles), 'role', language)}"
    )
    overview.append(Paragraph(plain(count_line), style="muted"))
    for role in roles:
        overview.append(
            Bullet(
                [Run(role.title, bold=True)]
                + plain(
                    f" — {role.employer} ({format_period(role.start, role.end, language, fmt)}), "
                    f"{count_of(len(by_role.get(role.id, [])), 'accomplishment', language)}"
                )
            )
        )
    top = sorted(snapshot.accomplishments, key=lambda a: (a.impact, _date_key(a)), reverse=True)[:5]
    if top:
        overview.append(
            Paragraph([Run(heading("top_results", language), bold=True)], keep_with_next=True)
        )
        overview.extend(Bullet(plain(item.headline)) for item in top)
    proofs = _proofs(snapshot)
    evidence = {skill_id: len(items) for skill_id, items in proofs.items()}
    proven = sorted((s for s in snapshot.skills if s.id in evidence), key=lambda s: -evidence[s.id])
    if proven:
        names = ", ".join(f"{s.name} ({evidence[s.id]})" for s in proven[:12])
        overview.append(_label_paragraph(heading("proven_skills", language), names))

    sections = [Section("overview", heading("overview", language), overview)]

    def story(item: Accomplishment) -> list[Block]:
        blocks: list[Block] = [Bullet([Run(item.headline, bold=True)])]
        facts = [
            format_date(item.date, language, fmt),
            f"{heading('impact', language)} {item.impact}/5",
        ]
        blocks.append(Paragraph(plain(" · ".join(f for f in facts if f)), style="muted"))
        for key, text in (
            ("situation", item.situation),
            ("task", item.task),
            ("action", item.action),
            ("result", item.result),
        ):
            if text.strip():
                blocks.append(_label_paragraph(heading(key, language), text))
        if item.metrics:
            blocks.append(_label_paragraph(heading("metrics", language), "; ".join(item.metrics)))
        names = [skills[s].name for s in item.skill_ids if s in skills]
        if names:
            blocks.append(
                _label_paragraph(heading("skills_used", language), ", ".join(names), "small")
            )
        if item.evidence:
            blocks.append(
                _label_paragraph(heading("evidence", language), " · ".join(item.evidence), "small")
            )
        if item.notes.strip():
            blocks.append(_label_paragraph(heading("notes", language), item.notes, "small"))
        return blocks

    entries: list[Block] = []
    for role in roles:
        children: list[Block] = []
        for item in sorted(by_role.get(role.id, []), key=_date_key, reverse=True):
            children.extend(story(item))
        entries.append(_role_entry(role, children, language, style))
    unassigned = by_role.get(None, [])
    if unassigned:
        children = []
        for item in sorted(unassigned, key=_date_key, reverse=True):
            children.extend(story(item))
        entries.append(Entry(title="—", children=children))
    if entries:
        sections.append(
            Section("experience", heading("experience", language), entries, page_break_before=True)
        )

    index_rows: list[tuple[str, str]] = []
    for skill in sorted(snapshot.skills, key=lambda s: s.name.casefold()):
        items = sorted(proofs.get(skill.id, []), key=_date_key, reverse=True)
        index_rows.append((skill.name, "\n".join(a.headline for a in items) or "—"))
    if index_rows:
        sections.append(
            Section(
                "skills_index",
                heading("skills_index", language),
                [
                    Table(
                        (
                            heading("skills", language),
                            heading("accomplishments", language).capitalize(),
                        ),
                        index_rows,
                    )
                ],
                page_break_before=True,
            )
        )

    background = _background_sections(snapshot, style, language, for_cmd=True)
    background.pop("skills", None)  # the skills index says more
    for key in style.section_order:
        if key in background:
            sections.append(background[key])

    title = heading("career_management_document", language)
    return Document(
        meta=DocumentMeta(
            title=f"{title} — {profile.name}".strip(" —"),
            author=profile.name,
            language=language,
            subject=title,
        ),
        contact=_contact(profile),
        sections=sections,
    )


# ----------------------------------------------------------------------------- cover letter
_BULLET_LINE = re.compile(r"^(\s*)[•*-][ \t]+(?=\S)")


def _letter_blocks(text: str) -> list[list[Block]]:
    """The letter's text as groups of blocks, one group per blank-line-separated paragraph."""
    # Cleaned as the renderers will clean it (export/text.py), so a letter pasted from Word or
    # a mail keeps its paragraphs and no control character hides a bullet marker; a tab first
    # becomes four blanks, as it indents a nested bullet.
    text = clean_text(text.replace("\t", "    "))
    groups = (_paragraph_blocks(chunk) for chunk in re.split(r"\n\s*\n", text))
    return [blocks for blocks in groups if blocks]


def _paragraph_blocks(chunk: str) -> list[Block]:
    """One paragraph of a letter as blocks.

    A line starting with "• ", "- " or "* " is a bullet (indented by two or more blanks under
    another bullet: a nested one), an indented line after a bullet continues it, and other
    lines form running text whose line breaks are kept: the sign-off ("Kind regards," then
    the name) and an address depend on them.
    """
    blocks: list[Block] = []
    lines: list[str] = []  # running text not yet made into a paragraph
    for raw in chunk.split("\n"):
        line = raw.strip()
        if not line:
            continue
        marker = _BULLET_LINE.match(raw)
        previous = blocks[-1] if blocks and not lines else None
        if marker:
            if lines:
                blocks.append(Paragraph(plain("\n".join(lines))))
                lines = []
            nested = len(marker.group(1)) >= 2 and isinstance(previous, Bullet)
            blocks.append(Bullet(plain(raw[marker.end() :].strip()), level=int(nested)))
        elif raw[:1].isspace() and isinstance(previous, Bullet):
            # A wrapped bullet: its next line was indented to line up under the text.
            blocks[-1] = Bullet(plain(inline_text(previous.runs) + " " + line), previous.level)
        else:
            lines.append(line)
    if lines:
        blocks.append(Paragraph(plain("\n".join(lines))))
    return blocks


def build_cover_letter(snapshot: CareerSnapshot, style: Style, options: LetterOptions) -> Document:
    """A cover letter in the résumé's style: the same contact block, the date, then the text.

    Each paragraph of the letter becomes an untitled section, which every renderer sets apart
    by a blank line's space instead of a heading, so a letter has no headings or rules.

    Args:
        snapshot: the records (the profile gives the contact block and the author).
        style: the template, as for the résumé it goes with.
        options: the letter's text, company, role, language and date.

    Returns:
        The document tree: contact block, then untitled sections (the date, each paragraph).

    """
    del style  # a letter has no dated periods; the renderers apply the look
    language = options.language
    profile = snapshot.profile
    day = options.today or date.today()
    sections = [Section("letter_date", "", [Paragraph(plain(format_full_date(day, language)))])]
    groups = _letter_blocks(options.text)
    for number, blocks in enumerate(groups):
        # A sentence that introduces a list stays with the list's first item on a page, and
        # the closing paragraph with the sign-off, as a reader expects them together.
        for index, block in enumerate(blocks[:-1]):
            if isinstance(block, Paragraph) and isinstance(blocks[index + 1], Bullet):
                block.keep_with_next = True
        if number == len(groups) - 2 and isinstance(blocks[-1], Paragraph):
            blocks[-1].keep_with_next = True
        sections.append(Section(f"letter_{number + 1}", "", blocks))

    letter = heading("cover_letter", language)
    what = ", ".join(
        part for part in (_one_line(options.title), _one_line(options.company)) if part
    )
    title = f"{letter}: {what}" if what else letter
    return Document(
        meta=DocumentMeta(
            title=" — ".join(part for part in (_one_line(profile.name), title) if part),
            author=profile.name,
            language=language,
            subject=what or letter,
        ),
        contact=_contact(profile),
        sections=sections,
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())
