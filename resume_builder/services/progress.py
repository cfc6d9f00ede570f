"""Progress over a period: the pack for a follow-up or review, and the update note to a manager.

The period is this quarter, the time since the last career conversation, or a range the user
gives. The period's accomplishments are grouped by the actions agreed (an action's proof_ids),
by skill or by role; the update note is a greeting, three to five bullets of progress and what
is next. The window's progress dialog and the command line both ask these functions.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from resume_builder.domain.dates import DateError, PartialDate
from resume_builder.domain.models import (
    CAREER_CONVERSATION,
    Accomplishment,
    ActionItem,
    Meeting,
    newest_first,
)
from resume_builder.export.builders.brief import ActionProgress, day_text
from resume_builder.export.builders.progress import (
    GROUPINGS,
    ProgressContent,
    ProgressGroup,
    build_progress,
)
from resume_builder.export.locale import conversation_word, format_period
from resume_builder.export.style import Style
from resume_builder.services.briefs import (
    ConversationRecords,
    action_status,
    check_paper_format,
    write_document,
)
from resume_builder.services.conversations import as_day, is_overdue, last_contact
from resume_builder.services.documents import ExportCancelled, ExportError, ExportResult
from resume_builder.services.documents import load_template as _load_template

#: the formats a progress pack is written in
PROGRESS_FORMATS = ("pdf", "docx", "txt")
#: bullets of progress in an update note, at most and (when the period has them) at least
NOTE_MOST_BULLETS = 5
NOTE_DONE_ACTIONS = 3
NOTE_NEXT_ITEMS = 3
#: the ways a period is chosen
PERIOD_KINDS = ("quarter", "since_conversation", "range")


class PeriodError(ExportError):
    """A period that cannot be used (a date that does not exist, an end before the start)."""


@dataclass(frozen=True)
class Period:
    """A span of calendar days, both ends included."""

    start: date
    end: date

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def _last_day(value: PartialDate) -> date:
    month = value.month or 12
    if value.day is not None:
        return date(value.year, month, value.day)
    following = date(value.year + 1, 1, 1) if month == 12 else date(value.year, month + 1, 1)
    return following - timedelta(days=1)


def this_quarter(today: date | None = None) -> Period:
    """The calendar quarter today is in, up to today."""
    today = today or date.today()
    first_month = 3 * ((today.month - 1) // 3) + 1
    return Period(date(today.year, first_month, 1), today)


def last_career_conversation(
    meetings: Iterable[Meeting], today: date | None = None
) -> Meeting | None:
    """The newest career conversation held by today (a planned one is not held yet)."""
    today = today or date.today()
    held = [
        m
        for m in meetings
        if m.kind == CAREER_CONVERSATION and m.date is not None and as_day(m.date) <= today
    ]
    return max(held, key=lambda m: (m.date.sort_key(), m.time), default=None)


def since_last_career_conversation(
    meetings: Iterable[Meeting], today: date | None = None
) -> Period | None:
    """From the last career conversation to today; None when none has been held."""
    today = today or date.today()
    meeting = last_career_conversation(meetings, today)
    return None if meeting is None else Period(as_day(meeting.date), today)


def default_period(meetings: Iterable[Meeting], today: date | None = None) -> Period:
    """Since the last career conversation when there was one, else this quarter."""
    return since_last_career_conversation(meetings, today) or this_quarter(today)


def period_between(start: str | date, end: str | date | None = None, today=None) -> Period:
    """A chosen range; text dates may be vague ("2026-04" starts on the 1st, ends on the 30th).

    A missing end is today.

    Raises:
        PeriodError: a date that does not exist (2026-02-30), or the end before the start.

    """
    try:
        first = start if isinstance(start, date) else as_day(PartialDate.parse(start))
        if end is None:
            last = today or date.today()
        else:
            last = end if isinstance(end, date) else _last_day(PartialDate.parse(end))
    except DateError as exc:
        raise PeriodError(str(exc)) from None
    if last < first:
        raise PeriodError(f"the period ends ({last.isoformat()}) before it starts ({first})")
    return Period(first, last)


def in_period(value: PartialDate | None, period: Period) -> bool:
    """Whether a date falls in the period.

    A date known to the month counts when the month overlaps the period; one known only to
    the year counts only for a period that holds the whole year, so a vague "2026" does not
    show up in every quarter's report.
    """
    if value is None:
        return False
    first, last = as_day(value), _last_day(value)
    if value.month is None:
        return period.start <= first and last <= period.end
    return first <= period.end and last >= period.start


def period_accomplishments(
    accomplishments: Iterable[Accomplishment], period: Period
) -> list[Accomplishment]:
    """The accomplishments dated in the period, newest first."""
    return newest_first(a for a in accomplishments if in_period(a.date, period))


def _due_order(item: ActionItem) -> tuple:
    return (item.due is None, item.due.sort_key() if item.due else (0, 0, 0), item.position)


#: meetings whose actions are agreed with the manager (a recruiter's or an interview's are not)
MANAGER_MEETING_KINDS = (CAREER_CONVERSATION, "one_to_one", "performance_review")


def agreed_actions(records: ConversationRecords) -> list[ActionItem]:
    """The actions agreed with the manager: those of career conversations, one-to-ones and
    performance reviews, or of any meeting with a person whose relationship is "manager".
    What was agreed with a recruiter or in an interview is no progress to report upwards.
    """
    managers = {p.id for p in records.people if p.relationship == "manager"}
    meetings = {
        m.id
        for m in records.meetings
        if m.kind in MANAGER_MEETING_KINDS or managers.intersection(m.person_ids)
    }
    return [i for i in records.action_items if i.meeting_id in meetings]


def actions_of_period(items: Iterable[ActionItem], period: Period) -> list[ActionItem]:
    """The actions a period reports on: all but those done before it began, soonest due first."""
    kept = [
        i
        for i in items
        if not (i.done and i.done_on is not None and _last_day(i.done_on) < period.start)
    ]
    return sorted(kept, key=_due_order)


def by_action(
    records: ConversationRecords, period: Period, today: date | None = None
) -> tuple[list[ActionProgress], list[Accomplishment]]:
    """Each action of the period with its proving accomplishments dated in the period, and
    the period's accomplishments no action names ("Other results").
    """
    found = period_accomplishments(records.career.accomplishments, period)
    by_id = {a.id: a for a in found}
    proven: set[str] = set()
    actions = []
    for item in actions_of_period(agreed_actions(records), period):
        proofs = newest_first(by_id[i] for i in dict.fromkeys(item.proof_ids) if i in by_id)
        proven.update(a.id for a in proofs)
        actions.append(ActionProgress(item, action_status(item, today), tuple(proofs)))
    return actions, [a for a in found if a.id not in proven]


def by_skill(
    records: ConversationRecords, period: Period
) -> tuple[list[ProgressGroup], list[Accomplishment]]:
    """The period's accomplishments under each skill they prove (most proven skill first);
    those tagged with no skill go to "Other results".
    """
    found = period_accomplishments(records.career.accomplishments, period)
    skills = {s.id: s for s in records.career.skills}
    groups: dict[str, list[Accomplishment]] = {}
    other = []
    for item in found:
        tags = [s for s in dict.fromkeys(item.skill_ids) if s in skills]
        if not tags:
            other.append(item)
        for skill_id in tags:
            groups.setdefault(skill_id, []).append(item)
    order = sorted(groups, key=lambda s: (-len(groups[s]), skills[s].name.casefold()))
    return [
        ProgressGroup(skills[s].name, items=tuple(groups[s]), record_id=s) for s in order
    ], other


def by_role(
    records: ConversationRecords, period: Period, style: Style, language: str
) -> tuple[list[ProgressGroup], list[Accomplishment]]:
    """The period's accomplishments under their roles, newest role first; those of no role
    (or a deleted one) go to "Other results".
    """
    found = period_accomplishments(records.career.accomplishments, period)
    groups: list[ProgressGroup] = []
    placed: set[str] = set()
    for role in newest_first(records.career.roles):
        items = tuple(a for a in found if a.role_id == role.id)
        if items:
            placed.update(a.id for a in items)
            groups.append(
                ProgressGroup(
                    role.title,
                    role.employer,
                    format_period(role.start, role.end, language, style.date_format),
                    items,
                    role.id,
                )
            )
    return groups, [a for a in found if a.id not in placed]


def progress_content(
    records: ConversationRecords,
    period: Period,
    *,
    by: str = "action",
    language: str = "en",
    style: Style | None = None,
    today: date | None = None,
) -> ProgressContent:
    """What the progress pack shows for a period, grouped `by` action, skill or role.

    Raises:
        PeriodError: an unknown grouping.

    """
    if by not in GROUPINGS:
        raise PeriodError(f"unknown grouping “{by}”; choose one of: {', '.join(GROUPINGS)}")
    style = style or Style()
    count = len(period_accomplishments(records.career.accomplishments, period))
    actions: list[ActionProgress] = []
    groups: list[ProgressGroup] = []
    if by == "action":
        actions, other = by_action(records, period, today)
    elif by == "skill":
        groups, other = by_skill(records, period)
    else:
        groups, other = by_role(records, period, style, language)
    return ProgressContent(
        profile=records.career.profile,
        start=period.start,
        end=period.end,
        by=by,
        actions=tuple(actions),
        groups=tuple(groups),
        other=tuple(other),
        count=count,
        language=language,
    )


def manager_first_name(records: ConversationRecords, today: date | None = None) -> str:
    """The first name of the manager (relationship "manager"), the one met last when there
    are several; "" when there is none.
    """
    managers = [p for p in records.people if p.relationship == "manager" and p.name.strip()]
    if not managers:
        return ""

    def contact_key(person) -> tuple:
        last = last_contact(person, records.meetings, today)
        return last.sort_key() if last is not None else (0, 0, 0)

    return max(managers, key=contact_key).name.split()[0]


def has_progress(records: ConversationRecords, period: Period) -> bool:
    """Whether a progress pack or an update note for the period has anything to tell: an
    accomplishment of the period, or an action agreed with the manager.
    """
    if agreed_actions(records):
        return True
    return bool(period_accomplishments(records.career.accomplishments, period))


def note_bullets(records: ConversationRecords, period: Period, language: str = "en") -> list[str]:
    """The progress an update note reports: actions done in the period, then the period's
    highest-impact accomplishments (not already told as an action's proof), at most five.
    """
    word = conversation_word
    found = period_accomplishments(records.career.accomplishments, period)
    in_period_ids = {a.id for a in found}
    bullets: list[str] = []
    told: set[str] = set()
    for item in actions_of_period(agreed_actions(records), period):
        if len(bullets) == NOTE_DONE_ACTIONS:
            break
        if not item.done or not item.text.strip():
            continue
        done_here = (
            in_period(item.done_on, period)
            if item.done_on
            else bool(in_period_ids.intersection(item.proof_ids))
        )
        if done_here:
            text = item.text.strip()
            proof = next((a for a in found if a.id in item.proof_ids), None)
            if proof is not None and proof.headline.strip():
                text = f"{text} — {proof.headline.strip()}"
            bullets.append(word("note_done", language).format(text=text))
            told.update(item.proof_ids)
    ranked = sorted(
        (a for a in found if a.id not in told and a.headline.strip()),
        key=lambda a: (a.impact, a.date.sort_key() if a.date else (0, 0, 0)),
        reverse=True,
    )
    bullets.extend(a.headline.strip() for a in ranked[: NOTE_MOST_BULLETS - len(bullets)])
    return bullets


def next_items(
    records: ConversationRecords, language: str = "en", today: date | None = None
) -> list[str]:
    """What is next: the open actions, soonest due first (undated last), at most three; one
    whose day has passed says it is overdue, not that it is due by then.
    """
    style = Style()
    lines = []
    for item in sorted((i for i in agreed_actions(records) if not i.done), key=_due_order):
        if not item.text.strip():
            continue
        if item.due is not None:
            when = day_text(item.due, language, style)
            key = "note_next_overdue" if is_overdue(item, today) else "note_next_item"
            lines.append(conversation_word(key, language).format(text=item.text.strip(), date=when))
        else:
            lines.append(item.text.strip())
        if len(lines) == NOTE_NEXT_ITEMS:
            break
    return lines


def update_note(
    records: ConversationRecords,
    period: Period,
    *,
    language: str = "en",
    today: date | None = None,
) -> str:
    """The plain-text update to paste into an e-mail to the manager between meetings."""
    today = today or date.today()
    word = conversation_word
    style = Style()
    name = manager_first_name(records, today)
    greeting = (
        word("note_greeting", language).format(name=name)
        if name
        else word("note_greeting_anyone", language)
    )
    start = day_text(
        PartialDate(period.start.year, period.start.month, period.start.day), language, style
    )
    if period.end >= today:
        intro = word("note_intro", language).format(date=start)
    else:
        end = day_text(
            PartialDate(period.end.year, period.end.month, period.end.day), language, style
        )
        intro = word("note_intro_period", language).format(start=start, end=end)
    parts = [greeting, ""]
    bullets = note_bullets(records, period, language)
    if bullets:
        parts.append(intro)
        parts.extend(f"- {b}" for b in bullets)
    else:
        parts.append(word("note_nothing", language))
    upcoming = next_items(records, language, today)
    if upcoming:
        parts.extend(["", word("note_next", language)])
        parts.extend(f"- {line}" for line in upcoming)
    parts.extend(["", word("note_sign_off", language)])
    if records.career.profile.name.strip():
        parts.append(records.career.profile.name.strip())
    return "\n".join(parts) + "\n"


@dataclass
class ProgressRequest:
    """A progress pack to export: the period, the grouping, how and where."""

    start: date
    end: date
    by: str = "action"
    format: str = "pdf"
    template: str = "classic"
    language: str = "en"
    page_size: str = "A4"
    output: Path | None = None
    today: date | None = None
    records: ConversationRecords | None = field(default=None, repr=False)


def export_progress(
    request: ProgressRequest, snapshot, templates_dir: Path
) -> Generator[tuple[float, str], bool | None, ExportResult]:
    """Exports a progress pack step by step (PDF, DOCX or plain text).

    `snapshot` is accepted for the window's job runner; the records travel on the request.
    """
    del snapshot
    check_paper_format(request.format, PROGRESS_FORMATS)
    if request.records is None:
        raise PeriodError("the progress pack has no records to be made from")
    style = _load_template(templates_dir, request.template)
    if (yield 0.1, "Building the document"):
        raise ExportCancelled
    content = progress_content(
        request.records,
        Period(request.start, request.end),
        by=request.by,
        language=request.language,
        style=style,
        today=request.today,
    )
    document = build_progress(content, style)
    return (
        yield from write_document(
            document, style, request.format, request.page_size, request.output
        )
    )
