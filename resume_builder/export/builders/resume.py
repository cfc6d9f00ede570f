"""The résumé: the strongest, most recent results per role, project and volunteering record."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Role, newest_first
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.background import background_sections, shown_certifications
from resume_builder.export.builders.common import (
    contact_block,
    rank_for_resume,
    role_entry,
)
from resume_builder.export.content_language import tag_content_language
from resume_builder.export.document import (
    Block,
    Bullet,
    Document,
    DocumentMeta,
    Paragraph,
    Run,
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
)
#: marks a section key among accomplishment ids in `ResumeContent.removable`
SECTION_PREFIX = "section:"
#: the removable item that puts each skills group on one line
SKILLS_ONE_LINE = "skills:one-line"
#: a removable item "scope:<role id>": that role's one-line scope under its heading
SCOPE_PREFIX = "scope:"
#: a removable item "earlier:<role id>": that role's line under "Earlier career"
EARLIER_PREFIX = "earlier:"
#: the removable item that keeps only the summary's first SUMMARY_SENTENCES sentences
SUMMARY_SHORT = "summary:short"
SUMMARY_SENTENCES = 2
#: a page-targeted résumé lists roles that ended more than this many years ago in one line each
EARLIER_CAREER_YEARS = 15
#: roles that ended at most this many years ago (or go on) are recent: their first
#: RECENT_BULLETS bullets stay before an older role keeps any
RECENT_YEARS = 10
RECENT_BULLETS = 3

#: why a removable item may go, the least important first (see `ResumeContent.why`)
WHY_BEYOND_BUDGET = "beyond_budget"  # a role's bullet past what a résumé lists for its rank
WHY_SECTION = "section"  # an optional section, missed least
WHY_CERT_UNASKED = "cert_unasked"  # a certificate the posting does not ask for
WHY_SKILLS = "skills"  # skills groups shortened to one line each
WHY_SCOPE = "scope"  # a role's scope line, the oldest role's first
WHY_SUMMARY = "summary"  # the summary cut to its first sentences
WHY_EARLIER_LINE = "earlier_line"  # a role's one line under "Earlier career", the oldest first
WHY_OLDER_BULLET = "older_bullet"  # a bullet of a role that is not recent
WHY_EXTRA_BULLET = "extra_bullet"  # a recent role's bullet after its first three
WHY_CERT_ASKED = "cert_asked"  # a certificate relevant to the target
WHY_RECENT_BULLET = "recent_bullet"  # one of a recent role's first three bullets
#: how much each reason weighs: fitting puts back nothing of a lighter kind while something
#: heavier is still left out (so no older bullet returns while a recent role's third is out)
WHY_WEIGHT = {
    WHY_BEYOND_BUDGET: 0,
    WHY_SECTION: 0,
    WHY_CERT_UNASKED: 0,
    WHY_SKILLS: 1,
    WHY_SCOPE: 1,
    WHY_SUMMARY: 1,
    WHY_EARLIER_LINE: 2,
    WHY_OLDER_BULLET: 2,
    WHY_EXTRA_BULLET: 2,
    WHY_CERT_ASKED: 3,
    WHY_RECENT_BULLET: 4,
}


@dataclass
class ResumeContent:
    """The résumé document and, for the fit report, the bullets in the order they would go."""

    document: Document
    #: what can go to save space, least important first: "section:<key>", SKILLS_ONE_LINE,
    #: accomplishment ids or certificate ids
    removable: list[str] = field(default_factory=list)
    #: removable item -> why it may go (a WHY_* key)
    why: dict[str, str] = field(default_factory=dict)
    #: removable bullet or certificate -> the record it belongs to, as a reader names it
    #: ("Acme AB (2009–2012)", a certificate's name)
    owner: dict[str, str] = field(default_factory=dict)
    #: the roles listed one line each under "Earlier career"
    earlier_roles: list[Role] = field(default_factory=list)


def is_earlier_career(role: Role, today: date) -> bool:
    """Whether a role ended more than EARLIER_CAREER_YEARS years before `today`."""
    end = role.end
    return isinstance(end, PartialDate) and today.year - end.year > EARLIER_CAREER_YEARS


def is_recent(role: Role, today: date) -> bool:
    """Whether a role goes on, has no end, or ended at most RECENT_YEARS years ago."""
    end = role.end
    return (
        end is PRESENT
        or not isinstance(end, PartialDate)
        or today.year - end.year <= (RECENT_YEARS)
    )


def role_years(role: Role) -> str:
    """A role's years as "2009–2012" ("2009", "2021–" while it goes on)."""
    start = role.start.year if role.start is not None else None
    end = role.end.year if isinstance(role.end, PartialDate) else None
    if start is None:
        return str(end) if end is not None else ""
    if end is None:
        return f"{start}–" if role.end is PRESENT else str(start)
    return str(start) if start == end else f"{start}–{end}"


def earlier_career_line(role: Role) -> Paragraph:
    """An earlier role on one line: the title bold, the employer and the years in runs of
    their own (an applicant-tracking system reads them apart).
    """
    runs = [Run(role.title or role.employer, bold=True)]
    if role.employer and role.title:
        runs.append(Run(f" · {role.employer}"))
    years = role_years(role)
    if years:
        runs.append(Run(f" · {years}"))
    return Paragraph(runs)


def build_resume(snapshot: CareerSnapshot, style: Style, options: ResumeOptions) -> ResumeContent:
    """A reverse-chronological résumé: contact, summary, experience with the strongest bullets
    of each role (more for recent roles), then the other sections that have content.

    A résumé with a page target is one a reader skims: roles that ended more than
    EARLIER_CAREER_YEARS years before `options.today` are listed under "Earlier career", one
    line each (title, employer, years, no bullets), as a recruiter would cut them; the newest
    role always keeps its entry. Without a page target (the whole record) every role keeps it.
    """
    language = options.language
    profile = snapshot.profile
    today = options.today or date.today()
    roles = [r for r in newest_first(snapshot.roles) if r.id not in options.hidden_role_ids]
    earlier: list[Role] = []
    if options.page_target is not None:
        earlier = [r for r in roles[1:] if is_earlier_career(r, today)]
        roles = [r for r in roles if r not in earlier]
        earlier = [r for r in earlier if EARLIER_PREFIX + r.id not in options.omitted_ids]
    # Projects and volunteering tell their results as roles do, under their own entries.
    others = [*newest_first(snapshot.projects), *newest_first(snapshot.volunteer)]
    by_role: dict[str | None, list[Accomplishment]] = defaultdict(list)
    for item in snapshot.accomplishments:
        by_role[item.role_id].append(item)

    chosen: dict[str, list[Accomplishment]] = {}
    beyond: set[str] = set()  # bullets past their role's budget, which a page target may keep
    if options.selected_ids is not None:
        position = {aid: i for i, aid in enumerate(options.selected_ids)}
        for owner in (*roles, *others):
            picked = [a for a in by_role.get(owner.id, []) if a.id in position]
            chosen[owner.id] = sorted(picked, key=lambda a: position[a.id])
    else:
        budgets = options.bullet_budget
        ranks = [*enumerate(roles), *((len(budgets), o) for o in others)]
        # A résumé fitted to a page target offers every bullet of its roles.
        fitted = options.offer_past_budget and options.page_target is not None
        offered = {role.id for role in roles} if fitted else set()
        for rank, owner in ranks:
            # A project or volunteering record gets what the oldest role gets.
            budget = budgets[min(rank, len(budgets) - 1)]
            ranked = rank_for_resume(by_role.get(owner.id, []), options.today)
            if owner.id in offered:
                # With a page target the fit decides: a role's bullets past its budget (and
                # past a recent role's first three) are the first bullets to go, and fill
                # the room a page has left.
                keep = max(budget, RECENT_BULLETS if is_recent(owner, today) else 0)
                beyond.update(a.id for a in ranked[keep:])
            else:
                ranked = ranked[:budget]
            chosen[owner.id] = [a for a in ranked if a.id not in options.omitted_ids]

    def bullets_of(owner_id: str) -> list[Block]:
        return [Bullet(plain(options.rewordings.get(a.id) or a.headline)) for a in chosen[owner_id]]

    sections: dict[str, Section] = {}
    full_summary = profile.summary if options.summary is None else options.summary
    summary = full_summary
    if SUMMARY_SHORT in options.omitted_ids:
        summary = first_sentences(summary, SUMMARY_SENTENCES)
    if summary.strip():
        sections["summary"] = Section(
            "summary", heading("summary", language), [Paragraph(plain(summary))]
        )

    entries: list[Block] = []
    for role in roles:
        entry = role_entry(role, bullets_of(role.id), language, style)
        if SCOPE_PREFIX + role.id in options.omitted_ids:
            entry.scope = ""
        entries.append(entry)
    if entries:
        sections["experience"] = Section("experience", heading("experience", language), entries)
    if earlier:
        sections["earlier_career"] = Section(
            "earlier_career",
            heading("earlier_career", language),
            [earlier_career_line(role) for role in earlier],
        )

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
            left_out_ids=options.omitted_ids,
            skills_one_line=skills_line_length(style) if options.compact_skills else None,
        )
    )

    order = [
        key
        for key in style.section_order
        if key in sections and key not in options.omitted_sections
    ]
    if "earlier_career" in sections:
        # Right under the roles it continues.
        at = order.index("experience") + 1 if "experience" in order else 0
        order.insert(at, "earlier_career")
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
            profile if options.headline is None else _with_headline(profile, options.headline),
            snapshot.photo if style.photo else None,
        ),
        sections=[sections[key] for key in order],
    )
    tag_content_language(document)  # tagged in the language the user wrote it in
    content = ResumeContent(document, earlier_roles=earlier)
    # A section the template keeps (a European CV's languages) is neither cut nor shortened.
    cuttable = [key for key in order if key not in style.kept_sections]
    _removable(content, snapshot, options, roles, chosen, beyond, cuttable, today, full_summary)
    return content


def _removable(content, snapshot, options, roles, chosen, beyond, order, today, summary) -> None:
    """Fills in what may go to fit a page target, least important first, and why.

    The order is a recruiter's: first the bullets past each role's budget that a page target
    offers (`beyond`), then the sections missed least and the certificates a posting does
    not ask for; then the skills shortened to one line per group, every role's scope line
    and the summary (`summary`, as the résumé would print it whole) beyond its first
    sentences, all before any bullet goes; then the lines under "Earlier career", the oldest
    first (a line from 1998 is missed less than a result from the last ten years), and the
    bullets of roles that are not recent and
    recent roles' bullets after their first three, the oldest role's weakest first; then the
    certificates the posting asks for; then the recent roles' first three bullets, every
    role's third before any second. Projects' and volunteering's bullets go with their
    sections.
    """

    def put(item: str, why: str, owner: str = "") -> None:
        content.removable.append(item)
        content.why[item] = why
        if owner:
            content.owner[item] = owner

    # Before anything the résumé would list without a page target: the bullets past a role's
    # budget (`beyond`), which fill what room is left once all else is back, the oldest
    # role's weakest first.
    for role in reversed(roles):
        for item in reversed(chosen[role.id]):
            if item.id in beyond:
                put(item.id, WHY_BEYOND_BUDGET)
    for key in OPTIONAL_SECTIONS:
        if key in order:
            put(SECTION_PREFIX + key, WHY_SECTION)
    shown_certs = []
    if "certifications" in order:
        # As the section lists them, newest first: the oldest goes first.
        shown = shown_certifications(snapshot, today, options.include_expired)
        shown_certs = [c for c in shown if c.id not in options.omitted_ids]
    relevant = options.relevant_certification_ids
    asked = [c for c in shown_certs if relevant is None or c.id in relevant]
    for cert in shown_certs:
        if cert not in asked:
            put(cert.id, WHY_CERT_UNASKED, cert.name)
    if "skills" in order and not options.compact_skills:
        put(SKILLS_ONE_LINE, WHY_SKILLS)
    recent = [role for role in roles if is_recent(role, today)] or roles[:1]

    def owner_of(role: Role) -> str:
        years = role_years(role)
        name = role.employer or role.title
        return f"{name} ({years})" if years else name

    # What a role was (its scope line) reads less than what was done in it: every scope line,
    # the oldest role's first, goes before a bullet; then a long summary keeps its opening.
    for role in reversed(roles):
        if role.description.strip():
            put(SCOPE_PREFIX + role.id, WHY_SCOPE, owner_of(role))
    if "summary" in order and first_sentences(summary, SUMMARY_SENTENCES) != " ".join(
        summary.split()
    ):
        put(SUMMARY_SHORT, WHY_SUMMARY)
    for role in reversed(content.earlier_roles):
        put(EARLIER_PREFIX + role.id, WHY_EARLIER_LINE)

    for role in reversed(roles):
        bullets = [item for item in chosen[role.id] if item.id not in beyond]
        kept = RECENT_BULLETS if role in recent else 0
        why = WHY_EXTRA_BULLET if role in recent else WHY_OLDER_BULLET
        for item in reversed(bullets[kept:]):
            put(item.id, why, owner_of(role))
    for cert in reversed(asked):
        put(cert.id, WHY_CERT_ASKED, cert.name)
    for place in reversed(range(RECENT_BULLETS)):
        for role in reversed(recent):
            if place < len(chosen[role.id]):
                put(chosen[role.id][place].id, WHY_RECENT_BULLET, owner_of(role))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÉ0-9“\"(])")
# a full stop that ends an abbreviation, not a sentence: "e.g.", "M.Sc.", "Inc.", "bl.a."
_ABBREVIATION = re.compile(
    r"(?:\b\w\.(?:\w\.)+|\b[A-Z]\.|\b(?:Inc|Ltd|Corp|Co|Dr|Mr|Mrs|Ms|Prof|St|vs|etc|approx|"
    r"incl|resp|ca|nr|tel)\.)$",
    re.IGNORECASE,
)


def first_sentences(text: str, count: int) -> str:
    """The first `count` sentences of a text, spaces made single (all of it when it has no
    more); a full stop after an abbreviation ("e.g.", "Inc.") ends no sentence.
    """
    sentences: list[str] = []
    for part in _SENTENCE_END.split(" ".join(text.split())):
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] += " " + part
        else:
            sentences.append(part)
    return " ".join(sentences[:count]).strip()


def skills_line_length(style: Style) -> int:
    """About how many characters of body text fit on one line of the narrower paper (A4).

    An estimate, on the safe side: a body font's average letter is about half its size wide,
    and "Label: " is bold.
    """
    width_mm = 210.0 - style.margin_left_mm - style.margin_right_mm
    return int(width_mm * 72 / 25.4 / (style.body_size * 0.56))


def _with_headline(profile: Profile, headline: str) -> Profile:
    return profile.copy(headline=headline)
