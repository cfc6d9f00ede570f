"""The sections a résumé and the CMD share: education, certifications, skills and the rest."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date

from resume_builder.domain.models import Accomplishment, Certification, Skill, newest_first
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.common import optional_key, titled_bullet
from resume_builder.export.document import Block, Bullet, Entry, Paragraph, Run, Section, plain
from resume_builder.export.locale import format_date, format_period, heading, section_heading_words
from resume_builder.export.style import Style


def background_sections(
    snapshot: CareerSnapshot,
    style: Style,
    language: str,
    *,
    for_cmd: bool,
    owned: Mapping[str, list[Block]] | None = None,
    today: date | None = None,
    include_expired: bool = True,
    skill_ids: Sequence[str] | None = None,
    left_out_ids: AbstractSet[str] = frozenset(),
    skills_one_line: int | None = None,
) -> dict[str, Section]:
    """Every section beside experience that has records, by section key.

    Args:
        snapshot: the records.
        style: the document style (its date format).
        language: the language of headings and dates.
        for_cmd: whether the sections are for the CMD (education lists its courses there).
        owned: project or volunteering record id -> what goes under its entry: its
            accomplishments as the document tells them (bullets on a résumé, stories in the
            CMD); a record not in it shows none.
        today: the day certificates are expired or not on (None: the day it is made).
        include_expired: whether a résumé lists certificates that have lapsed (the CMD
            always does, marked as expired, with its expiry and credential id).
        skill_ids: the skills to list, in this order (a résumé cut for a posting: see
            `services.asked_for.resume_skill_ids`); None lists every skill the record proves.
        left_out_ids: certificates left out (by fitting a page target).
        skills_one_line: each skills group shortened to fit one line of about this many
            characters (see `skills_paragraphs`); None: every skill.

    """
    fmt = style.date_format
    sections: dict[str, Section] = {}
    owned = owned or {}

    def put(key: str, blocks: list[Block]) -> None:
        # A section with nothing in it is left out of the document.
        if blocks:
            sections[key] = Section(key, heading(key, language), blocks)

    def period_entry(record, title, organisation, scope, lines, location="") -> Entry:
        return Entry(
            title=title,
            organisation=organisation,
            location=location,
            dates=format_period(record.start, record.end, language, fmt),
            scope=scope,
            children=[Bullet(plain(line)) for line in lines],
            record_id=record.id,
        )

    def owner_entry(record, title, organisation, scope) -> Entry:
        entry = period_entry(record, title, organisation, scope, ())
        entry.children = list(owned.get(record.id, ()))
        return entry

    put(
        "education",
        [
            period_entry(
                e,
                ", ".join(p for p in (e.study_type, e.area) if p) or e.institution,
                e.institution if (e.study_type or e.area) else "",
                e.score,
                e.courses if for_cmd else (),
                e.location,
            )
            for e in newest_first(snapshot.education)
        ],
    )
    day = today or date.today()
    put(
        "certifications",
        [
            _certification_bullet(c, language, fmt, day, for_cmd=for_cmd)
            for c in shown_certifications(snapshot, day, for_cmd or include_expired)
            if c.id not in left_out_ids
        ],
    )
    put("skills", skills_paragraphs(snapshot, skill_ids, language, one_line=skills_one_line))
    put(
        "projects",
        [owner_entry(p, p.name, p.entity, p.description) for p in newest_first(snapshot.projects)],
    )
    put(
        "publications",
        [
            titled_bullet(p.name, p.publisher, format_date(p.release_date, language, fmt))
            for p in snapshot.publications
        ],
    )
    put(
        "awards",
        [
            titled_bullet(a.title, a.awarder, format_date(a.date, language, fmt))
            for a in snapshot.awards
        ],
    )
    put(
        "volunteer",
        [
            owner_entry(
                v,
                v.position or v.organization,
                v.organization if v.position else "",
                v.summary,
            )
            for v in newest_first(snapshot.volunteer)
        ],
    )
    put(
        "languages",
        _joined_paragraphs(
            f"{lang.language} ({lang.fluency})" if lang.fluency else lang.language
            for lang in snapshot.languages
        ),
    )
    put("references", _reference_paragraphs(snapshot))
    put("interests", _joined_paragraphs(i.name for i in snapshot.interests if i.name))
    return sections


def _certification_bullet(
    cert: Certification, language: str, fmt: str, day: date, *, for_cmd: bool
) -> Bullet:
    """A certificate as "Name — issuer, date"; the CMD adds when it expires (or that it has,
    since when) and its credential id, the facts a reader checks it by.
    """
    details = [cert.issuer, format_date(cert.date, language, fmt)]
    if for_cmd:
        if cert.expires is not None:
            key = "expired" if cert.is_expired_on(day) else "expires"
            details.append(f"{heading(key, language)} {format_date(cert.expires, language, fmt)}")
        if cert.credential_id.strip():
            details.append(f"{heading('credential_id', language)} {cert.credential_id.strip()}")
    return titled_bullet(cert.name, *details)


def _reference_paragraphs(snapshot: CareerSnapshot) -> list[Block]:
    """One paragraph per person who gives a reference (Person.gives_reference: marked as one,
    or the relationship Reference): the name in bold, then their words (or, when there are
    none yet, what they would vouch for).
    """
    paragraphs: list[Block] = []
    for person in snapshot.references:
        words = person.reference_quote.strip() or person.reference_for.strip()
        name = person.name.strip()
        if name:
            paragraphs.append(
                Paragraph([Run(name, bold=True)] + plain(": " + words if words else ""))
            )
        elif words:
            paragraphs.append(Paragraph(plain(words)))
    return paragraphs


def _joined_paragraphs(parts: Iterable[str]) -> list[Block]:
    """The parts joined by middle dots as one paragraph; none when there are no parts."""
    text = " · ".join(parts)
    return [Paragraph(plain(text))] if text else []


def proofs_by_skill(snapshot: CareerSnapshot) -> dict[str, list[Accomplishment]]:
    """Skill id -> the accomplishments tagged with it (only skills with at least one)."""
    proofs: dict[str, list[Accomplishment]] = defaultdict(list)
    for item in snapshot.accomplishments:
        for skill_id in item.skill_ids:
            proofs[skill_id].append(item)
    return proofs


def skills_paragraphs(
    snapshot: CareerSnapshot,
    skill_ids: Sequence[str] | None = None,
    language: str = "en",
    *,
    one_line: int | None = None,
) -> list[Block]:
    """Skills by category.

    Without `skill_ids`: every skill of the record, the best proven first in each category
    (then those no accomplishment is tagged with yet, by name: a skill the person listed, say
    from an imported résumé, is theirs to show), categories by name. With them: those skills
    only, in that order, each category where its first skill stands, so the skills a posting
    asks for lead. A group named like a section is labelled as skills (see `category_label`).
    With `one_line` (about the characters a line holds), each group keeps only the skills
    that fit on its one line, in that order (the best proven or most asked for first), and
    always its first.
    """
    evidence = {skill_id: len(items) for skill_id, items in proofs_by_skill(snapshot).items()}
    by_category: dict[str, list[Skill]] = defaultdict(list)
    if skill_ids is not None:
        by_id = {skill.id: skill for skill in snapshot.skills}
        for skill_id in dict.fromkeys(skill_ids):
            if skill_id in by_id:
                by_category[by_id[skill_id].category].append(by_id[skill_id])
        categories = list(by_category)  # in order of first appearance
    else:
        for skill in snapshot.skills:
            by_category[skill.category].append(skill)
        for skills in by_category.values():
            skills.sort(key=lambda s: (-evidence.get(s.id, 0), s.name.casefold()))
        categories = sorted(by_category, key=lambda c: (c == "", c.casefold()))
    paragraphs: list[Block] = []
    for category in categories:
        label = category_label(category, language)
        skills = by_category[category]
        if one_line is not None:
            room = one_line - (len(label) + 2 if category else 0)
            kept = skills[:1]
            used = len(skills[0].name) if skills else 0
            for skill in skills[1:]:
                used += 2 + len(skill.name)
                if used > room:
                    break
                kept.append(skill)
            skills = kept
        names = ", ".join(s.name for s in skills)
        runs = [Run(f"{label}: ", bold=True), Run(names)] if category else [Run(names)]
        paragraphs.append(Paragraph(runs))
    return paragraphs


def category_label(category: str, language: str) -> str:
    """A skills group's label as a document prints it.

    A group named like a section ("Languages", "Projects") would read to an applicant-tracking
    system as that section's heading, cutting the skills after it into the wrong section; it
    is told apart as skills: "Languages (skills)".
    """
    if category.strip().casefold() in section_heading_words():
        return f"{category} ({heading('skills', language).casefold()})"
    return category


def shown_certifications(
    snapshot: CareerSnapshot, today: date, include_expired: bool
) -> list[Certification]:
    """The certificates a document lists, newest first: the expired ones only when asked for
    (a résumé leaves them out by default; the CMD keeps them, marked).
    """
    return [
        c
        for c in sorted(snapshot.certifications, key=lambda c: optional_key(c.date), reverse=True)
        if include_expired or not c.is_expired_on(today)
    ]
