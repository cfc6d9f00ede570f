"""The brief for a meeting: what goes into it, and exporting it through the document engine.

A brief is made for a meeting (its people, target, questions and practical notes) or for a
target alone. The best-matching accomplishments of a target are the ones tailoring ranks
highest (services.targets.tailor_target, the ranking the Targets view shows); without a target
they are the highest-impact recent ones, ordered as a résumé orders them. The window's brief
dialog and `resume-builder export brief` both go through `brief_content` and `export_brief`.
"""

from __future__ import annotations

import heapq
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from resume_builder.domain.models import (
    CAREER_CONVERSATION,
    RECORD_TYPES,
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Target,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.brief import (
    ActionProgress,
    BriefContent,
    EvidenceRow,
    Story,
    build_brief,
)
from resume_builder.export.builders.common import rank_for_resume
from resume_builder.export.document import Document
from resume_builder.export.locale import conversation_word
from resume_builder.export.style import Style
from resume_builder.services.conversations import (
    UnknownRecord,
    find_by_id,
    is_overdue,
    items_of_meeting,
)
from resume_builder.services.documents import (
    ExportCancelled,
    ExportError,
    ExportResult,
    load_template,
    render,
)
from resume_builder.services.exports import file_stem
from resume_builder.services.owners import owner_labels

#: the formats a brief or a progress pack is written in on paper
PAPER_FORMATS = ("pdf", "docx")
#: how many stories a brief tells: fewer beside a requirements table, to stay within two pages
STORIES_WITH_TARGET = 3
STORIES_WITHOUT_TARGET = 4
MAX_TALKING_POINTS = 5
#: rows of the requirements-versus-evidence table, and proofs named per requirement
MAX_REQUIREMENTS = 8
PROOFS_PER_REQUIREMENT = 1
MAX_GAPS = 8
#: the pages a brief fits on, notes space included, in every template and format
BRIEF_PAGES = 2
#: what fitting a brief on its pages never cuts below: stories told, requirements shown
MIN_STORIES = 2
MIN_REQUIREMENTS = 4
#: the line height a brief is measured with to fit its DOCX: Word and LibreOffice give the
#: bundled Noto fonts at least their ascent plus descent (1.36 em), more than a template's
#: leading, and a little more again in headings and table cells (measured in LibreOffice)
DOCX_LINE_HEIGHT = 1.45


class BriefError(ExportError):
    """A brief that cannot be made (an unknown meeting, no meeting and no target)."""


@dataclass(frozen=True)
class ConversationRecords:
    """The career and the conversations around it, copied at one moment (safe for a thread)."""

    career: CareerSnapshot
    people: tuple[Person, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    targets: tuple[Target, ...] = ()


def conversation_records(source) -> ConversationRecords:
    """Copies every record out of a repository (or the window's CareerStore)."""
    records = []
    for record_type in RECORD_TYPES:
        if hasattr(source, "records"):
            records.extend(source.records(record_type))
        else:
            records.extend(source.all(record_type))
    return ConversationRecords(
        career=CareerSnapshot.from_records(records),
        people=tuple(r for r in records if isinstance(r, Person)),
        meetings=tuple(r for r in records if isinstance(r, Meeting)),
        action_items=tuple(r for r in records if isinstance(r, ActionItem)),
        targets=tuple(r for r in records if isinstance(r, Target)),
    )


def find_meeting(meetings: Iterable[Meeting], wanted: str) -> Meeting:
    """The meeting with this id, or the only one whose id starts with it (the rule of
    services.conversations.find_by_id, which every command that names a record follows).

    Raises:
        BriefError: no meeting, or more than one, answers to it.

    """
    try:
        return find_by_id(meetings, wanted, "meeting")
    except UnknownRecord as exc:
        raise BriefError(str(exc)) from None


def best_matches(
    records: ConversationRecords,
    target: Target | None,
    count: int,
    *,
    today: date | None = None,
) -> list[Accomplishment]:
    """A target's best-matching accomplishments, best first, as tailoring ranks them;
    without a target, the highest-impact recent ones (impact, then recency, as on a résumé).
    """
    snapshot = records.career
    if target is None:
        return rank_for_resume(list(snapshot.accomplishments), today)[:count]
    from resume_builder.services.targets import tailor_target

    by_id = {a.id: a for a in snapshot.accomplishments}
    ranked = tailor_target(target, snapshot, today=today).ranked
    return [by_id[s.accomplishment_id] for s in ranked if s.accomplishment_id in by_id][:count]


def requirements_evidence(
    target: Target, snapshot: CareerSnapshot, *, today: date | None = None
) -> tuple[list[EvidenceRow], list[str]]:
    """Each requirement of the target (must-haves first) with the accomplishments that prove
    it best, and the requirements nothing in the record proves (the gaps).

    Evidence is what the tailoring index scores for the requirement, weighed by impact and
    recency as the ranking weighs them; the table keeps the first MAX_REQUIREMENTS.
    """
    from resume_builder.services.tailoring import AccomplishmentIndex
    from resume_builder.services.targets import target_requirements

    index = AccomplishmentIndex.build(snapshot)
    factors = index.factors(today)
    rows: list[EvidenceRow] = []
    gaps: list[str] = []
    for requirement in target_requirements(target, snapshot.skills, index):
        scores = index.requirement_scores(requirement)
        best = heapq.nlargest(
            PROOFS_PER_REQUIREMENT, ((v * factors[d], d) for d, v in scores.items())
        )
        proofs = tuple(index.headlines[d] for _, d in best)
        if not proofs:
            gaps.append(requirement.term)
        if len(rows) < MAX_REQUIREMENTS:
            rows.append(EvidenceRow(requirement.term, requirement.must_have, proofs))
    return rows, gaps[:MAX_GAPS]


def action_status(item: ActionItem, today: date | None = None) -> str:
    """Where an action stands: "done", "overdue" or "open"."""
    if item.done:
        return "done"
    return "overdue" if is_overdue(item, today) else "open"


def review_of(
    records: ConversationRecords, meeting: Meeting, *, today: date | None = None
) -> list[ActionProgress]:
    """A follow-up's review: the actions agreed in the meeting it follows, in their order,
    each with where it stands and the accomplishments that prove it (newest first).
    """
    if not meeting.follows_id:
        return []
    by_id = {a.id: a for a in records.career.accomplishments}
    review = []
    for item in items_of_meeting(meeting.follows_id, records.action_items):
        proofs = [by_id[i] for i in dict.fromkeys(item.proof_ids) if i in by_id]
        proofs.sort(key=lambda a: a.date.sort_key() if a.date else (0, 0, 0), reverse=True)
        review.append(ActionProgress(item, action_status(item, today), tuple(proofs)))
    return review


def people_for(
    records: ConversationRecords, meeting: Meeting | None, target: Target | None
) -> list[Person]:
    """The people a brief is about: the meeting's (a deleted one is left out), or, for a
    target alone, the people who work at its company.
    """
    by_id = {p.id: p for p in records.people}
    if meeting is not None:
        return [by_id[i] for i in meeting.person_ids if i in by_id]
    if target is None or not target.company.strip():
        return []
    company = target.company.strip().casefold()
    return [p for p in records.people if p.organisation.strip().casefold() == company]


def brief_content(
    records: ConversationRecords,
    *,
    meeting: Meeting | None = None,
    target: Target | None = None,
    language: str = "en",
    today: date | None = None,
) -> BriefContent:
    """What the brief shows for a meeting, or for a target alone.

    The meeting's own target is used when no other is given (and it still exists). A career
    conversation's picked talking points are its stories, in their order; otherwise the
    stories are the best matches (see `best_matches`).

    Raises:
        BriefError: neither a meeting nor a target was given.

    """
    if meeting is None and target is None:
        raise BriefError("a brief is made for a meeting or a target: give one")
    snapshot = records.career
    if target is None and meeting is not None and meeting.target_id:
        target = next((t for t in records.targets if t.id == meeting.target_id), None)
    by_id = {a.id: a for a in snapshot.accomplishments}
    roles = owner_labels(snapshot)
    picked: list[Accomplishment] = []
    if meeting is not None and meeting.kind == CAREER_CONVERSATION:
        picked = [by_id[i] for i in meeting.talking_point_ids if i in by_id][:MAX_TALKING_POINTS]
    if picked:
        chosen = picked
    else:
        count = STORIES_WITH_TARGET if target is not None else STORIES_WITHOUT_TARGET
        chosen = best_matches(records, target, count, today=today)
    evidence: list[EvidenceRow] = []
    gaps: list[str] = []
    if target is not None:
        evidence, gaps = requirements_evidence(target, snapshot, today=today)
    profile = snapshot.profile
    return BriefContent(
        profile=profile,
        headline=(target.headline.strip() if target else "") or profile.headline,
        summary=(target.summary.strip() if target else "") or profile.summary,
        meeting=meeting,
        people=tuple(people_for(records, meeting, target)),
        target=target,
        stories=tuple(Story(a, roles.get(a.role_id or "", "")) for a in chosen),
        talking_points=bool(picked),
        evidence=tuple(evidence),
        gaps=tuple(gaps),
        review=tuple(review_of(records, meeting, today=today)) if meeting else (),
        language=language,
    )


@dataclass
class BriefRequest:
    """A brief to export: for which meeting or target, how and where."""

    meeting_id: str | None = None
    target_id: str | None = None
    format: str = "pdf"
    template: str = "classic"
    language: str = "en"
    page_size: str = "A4"
    output: Path | None = None
    today: date | None = None
    records: ConversationRecords | None = field(default=None, repr=False)


def document_file_stem(profile_name: str, kind: str, language: str) -> str:
    """The default file name, without its ending, of a brief or progress pack ("brief" or
    "progress"), in the document's language: "Dana Lindqvist - Mötesunderlag".
    """
    words = {
        "career": conversation_word("file_career", language),
        kind: conversation_word(f"file_{kind}", language),
    }
    return file_stem(profile_name.strip(), kind, words=words)


def check_paper_format(fmt: str, offered: Sequence[str] = PAPER_FORMATS) -> None:
    """Raises an ExportError unless the format is one the document is written in."""
    if fmt not in offered:
        raise ExportError(f"unknown format “{fmt}”; choose one of: {', '.join(offered)}")


def write_document(
    document: Document, style: Style, fmt: str, page_size: str, output: Path | None
) -> Generator[tuple[float, str], bool | None, ExportResult]:
    """Typesets a built document and writes it atomically; yields progress, cancellable."""
    if (yield 0.5, "Typesetting"):
        raise ExportCancelled
    data, pages, warnings = render(document, style, fmt, page_size)
    if output is not None:
        if (yield 0.9, "Writing the file"):
            raise ExportCancelled
        from resume_builder.storage.atomic import atomic_write_bytes

        try:
            atomic_write_bytes(Path(output), data)
        except OSError as exc:
            raise ExportError(f"could not write {output}: {exc.strerror or exc}") from None
    yield 1.0, "Done"
    return ExportResult(output, data, pages, None, warnings)


def build_for_request(request: BriefRequest, style: Style | None = None) -> Document:
    """The brief's document tree for a request (the records travel on the request)."""
    records = request.records
    if records is None:
        raise BriefError("the brief has no records to be made from")
    meeting = find_meeting(records.meetings, request.meeting_id) if request.meeting_id else None
    target = None
    if request.target_id:
        target = next((t for t in records.targets if t.id == request.target_id), None)
        if target is None:
            raise BriefError("the brief's target was deleted meanwhile")
    content = brief_content(
        records, meeting=meeting, target=target, language=request.language, today=request.today
    )
    style = style or Style()
    return build_brief(fit_brief(content, style, request.page_size), style)


def fit_brief(content: BriefContent, style: Style, page_size: str = "A4") -> BriefContent:
    """The brief's content cut to fit `BRIEF_PAGES` pages with room for notes, in PDF and DOCX.

    The brief is typeset as a PDF with the line height a DOCX gets (the taller of the two),
    and while it runs over, the last story goes (down to `MIN_STORIES`), then the last
    requirement (down to `MIN_REQUIREMENTS`). Both formats carry the same content.
    """
    measure = replace(style, line_spacing=max(style.line_spacing, DOCX_LINE_HEIGHT))
    while True:
        _, pages, _ = render(build_brief(content, measure), measure, "pdf", page_size)
        if pages is None or pages <= BRIEF_PAGES:
            return content
        if len(content.stories) > MIN_STORIES:
            content = replace(content, stories=content.stories[:-1])
        elif len(content.evidence) > MIN_REQUIREMENTS:
            content = replace(content, evidence=content.evidence[:-1])
        else:
            return content


def export_brief(
    request: BriefRequest, snapshot: CareerSnapshot | None, templates_dir: Path
) -> Generator[tuple[float, str], bool | None, ExportResult]:
    """Exports a brief step by step, as `documents.export_document` does a résumé.

    `snapshot` is accepted for the window's job runner, which hands every job one; the
    brief's own records (career included) travel on the request.
    """
    del snapshot
    check_paper_format(request.format)
    style = load_template(templates_dir, request.template)
    if (yield 0.1, "Building the document"):
        raise ExportCancelled
    document = build_for_request(request, style)
    return (
        yield from write_document(
            document, style, request.format, request.page_size, request.output
        )
    )
