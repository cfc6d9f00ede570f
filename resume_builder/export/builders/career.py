"""The Career Management Document: every role, project and volunteering record and their stories."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from resume_builder.domain.models import Accomplishment, Project, newest_first
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.background import background_sections, proofs_by_skill
from resume_builder.export.builders.common import (
    contact_block,
    date_key,
    label_paragraph,
    role_entry,
)
from resume_builder.export.content_language import tag_content_language
from resume_builder.export.document import (
    Block,
    Bullet,
    Contents,
    Document,
    DocumentMeta,
    Entry,
    Paragraph,
    Run,
    Section,
    Table,
    contents_rows,
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

#: a table of contents is made when it has at least this many lines
_LEAST_CONTENTS_LINES = 3


def build_career_document(
    snapshot: CareerSnapshot, style: Style, language: str = "en", today: date | None = None
) -> Document:
    """The Career Management Document: every role and accomplishment with its full story,
    a skills index (skill -> the accomplishments that prove it) and a one-page overview.

    `today` is the day certificates are marked expired on (None: the day it is made).
    """
    profile = snapshot.profile
    fmt = style.date_format
    roles = newest_first(snapshot.roles)
    # Projects and volunteering own results as roles do: told the same way, after the roles.
    others = [*newest_first(snapshot.projects), *newest_first(snapshot.volunteer)]
    skills = {s.id: s for s in snapshot.skills}
    owner_ids = {r.id for r in (*roles, *others)}
    by_role: dict[str | None, list[Accomplishment]] = defaultdict(list)
    for item in snapshot.accomplishments:
        by_role[item.role_id if item.role_id in owner_ids else None].append(item)

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
    for owner in others:
        owned = by_role.get(owner.id, [])
        if owned:
            name = owner.name if isinstance(owner, Project) else owner.organization
            overview.append(
                Bullet(
                    [Run(name, bold=True)]
                    + plain(
                        f" — {format_period(owner.start, owner.end, language, fmt)}, "
                        f"{count_of(len(owned), 'accomplishment', language)}"
                    )
                )
            )
    top = sorted(snapshot.accomplishments, key=lambda a: (a.impact, date_key(a)), reverse=True)[:5]
    if top:
        overview.append(
            Paragraph([Run(heading("top_results", language), bold=True)], keep_with_next=True)
        )
        overview.extend(Bullet(plain(item.headline)) for item in top)
    proofs = proofs_by_skill(snapshot)
    evidence = {skill_id: len(items) for skill_id, items in proofs.items()}
    proven = sorted((s for s in snapshot.skills if s.id in evidence), key=lambda s: -evidence[s.id])
    if proven:
        names = ", ".join(f"{s.name} ({evidence[s.id]})" for s in proven[:12])
        overview.append(label_paragraph(heading("proven_skills", language), names))

    sections = [Section("overview", heading("overview", language), overview)]
    # On a page of its own after the overview: what the rest holds and where, for a document
    # of tens of pages (its lines are made by the renderer, which knows the pages).
    contents = Contents()
    sections.append(
        Section("contents", heading("contents", language), [contents], page_break_before=True)
    )

    def story(item: Accomplishment) -> list[Block]:
        blocks: list[Block] = [Bullet([Run(item.headline, bold=True)], outline=True)]
        facts = [
            format_date(item.date, language, fmt),
            f"{heading('impact', language)} {item.impact}/5",
        ]
        facts_line = Paragraph(plain(" · ".join(f for f in facts if f)), style="muted")
        blocks.append(facts_line)
        for key, text in (
            ("situation", item.situation),
            ("task", item.task),
            ("action", item.action),
            ("result", item.result),
        ):
            if text.strip():
                blocks.append(label_paragraph(heading(key, language), text))
        if item.metrics:
            blocks.append(label_paragraph(heading("metrics", language), "; ".join(item.metrics)))
        names = [skills[s].name for s in item.skill_ids if s in skills]
        if names:
            blocks.append(
                label_paragraph(heading("skills_used", language), ", ".join(names), "small")
            )
        if item.evidence:
            blocks.append(
                label_paragraph(heading("evidence", language), " · ".join(item.evidence), "small")
            )
        if item.notes.strip():
            blocks.append(label_paragraph(heading("notes", language), item.notes, "small"))
        # The headline and its "date · impact" line travel with the story's first lines; with
        # no story the chain ends there, or a section of bare results would be one chain,
        # which the page breaks anywhere (a role's title left at a page's foot).
        facts_line.keep_with_next = len(blocks) > 2
        return blocks

    def stories(owner_id: str | None) -> list[Block]:
        children: list[Block] = []
        for item in sorted(by_role.get(owner_id, []), key=date_key, reverse=True):
            children.extend(story(item))
        return children

    entries: list[Block] = []
    for role in roles:
        # What the employer is (its business, size, reach) reads before what was done there.
        about: list[Block] = []
        if role.employer_description.strip():
            about.append(
                Paragraph(plain(role.employer_description), style="muted", keep_with_next=True)
            )
        entries.append(role_entry(role, about + stories(role.id), language, style))
    if by_role.get(None):
        entries.append(Entry(title="—", children=stories(None)))
    if entries:
        sections.append(
            Section("experience", heading("experience", language), entries, page_break_before=True)
        )
    background = background_sections(
        snapshot,
        style,
        language,
        for_cmd=True,
        owned={owner.id: stories(owner.id) for owner in others},
        today=today,
    )
    # A section of projects and one of volunteering, each record with its stories, right
    # after the roles: results, wherever they were won, before the indexes and the rest.
    for key in ("projects", "volunteer"):
        if key in background:
            sections.append(background.pop(key))

    index_rows: list[tuple[str, str]] = []
    for skill in sorted(snapshot.skills, key=lambda s: s.name.casefold()):
        items = sorted(proofs.get(skill.id, []), key=date_key, reverse=True)
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
                        page_refs=heading("page_abbr", language),
                    )
                ],
                page_break_before=True,
            )
        )

    background.pop("skills", None)  # the skills index says more
    for key in style.section_order:
        if key in background:
            sections.append(background[key])

    title = heading("career_management_document", language)
    # Tagged in the language the user wrote the records in, whatever the headings' language.
    document = tag_content_language(
        Document(
            meta=DocumentMeta(
                title=f"{title} — {profile.name}".strip(" —"),
                author=profile.name,
                language=language,
                subject=title,
                footer=f"{heading('confidential', language)} · "
                f"{format_full_date(today or date.today(), language)}",
                page_label=heading("page_of", language),
                outline=True,
            ),
            contact=contact_block(profile),
            sections=sections,
        )
    )
    contents.rows = contents_rows(document)
    if len(contents.rows) < _LEAST_CONTENTS_LINES:
        # Only an overview (and maybe one more section): a contents page would be a page more
        # to turn, not a way through the document.
        document.sections = [s for s in document.sections if s.key != "contents"]
    return document
