"""Applications: where each target stands, how it moves, and which have gone quiet.

An application is a Target with a status and the history of its changes (domain/target.py).
Every rule about them is here, for the board, the table and the command line alike: which
moves are allowed, the day a move is dated, what counts as activity, when an application is
stale, and how the table filters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from resume_builder.domain.dates import DateError, PartialDate
from resume_builder.domain.models import (
    APPLICATION_KINDS,
    CLOSED_STATUSES,
    STATUSES,
    Meeting,
    StatusChange,
    Target,
)

#: an open application with no change for this many days stands out, unless the user chose
DEFAULT_STALE_DAYS = 21

#: the status no application moves out of: the job was taken
FINAL_STATUS = "accepted"


class ApplicationError(ValueError):
    """A move or a value the rules refuse; the message says what is wrong and what would do."""


def parse_status(text: str) -> str:
    """The status a user names ("Interviewing", " offer "), as it is stored.

    Raises:
        ApplicationError: no status has that name.

    """
    key = "_".join(text.strip().casefold().replace("-", " ").split())
    if key in STATUSES:
        return key
    raise ApplicationError(f"“{text.strip()}” is not a status; use one of: {', '.join(STATUSES)}")


def parse_kind(text: str) -> str:
    """An application's kind as a user names it: external or internal.

    Raises:
        ApplicationError: it is neither.

    """
    key = text.strip().casefold()
    if key in APPLICATION_KINDS:
        return key
    raise ApplicationError(
        f"“{text.strip()}” is not a kind of application; use {' or '.join(APPLICATION_KINDS)}"
    )


#: how a refusal of a day ends: the form that works
_WRITE_A_DAY = "write the day as YYYY-MM-DD, like 2026-03-14"
#: the reason inside the date reader's refusal, "“x” is not a date (reason): …"
_DATE_REFUSAL_REASON = re.compile(r"is not a date \((.+?)\):")


def parse_day(text: str) -> date:
    """A day as a user writes it (2026-03-14, 14 March 2026...): a whole date, not a month.

    Raises:
        ApplicationError: the text is not a date, or names only a year or a month.

    """
    shown = text.strip()
    if not shown:
        raise ApplicationError(f"no date was given: {_WRITE_A_DAY}")
    try:
        value = PartialDate.parse(shown)
    except DateError as exc:
        # The date reader's own sentence also lists years and months, which a move cannot
        # take; only its reason (an impossible month, say) is worth repeating.
        reason = _DATE_REFUSAL_REASON.search(str(exc))
        because = f" ({reason.group(1)})" if reason else ""
        raise ApplicationError(f"“{shown}” is not a date{because}: {_WRITE_A_DAY}") from None
    if value.day is None or value.month is None:
        raise ApplicationError(f"“{shown}” names no day: {_WRITE_A_DAY}")
    return date(value.year, value.month, value.day)


def is_closed(target: Target) -> bool:
    """Whether the application has ended (accepted, rejected or withdrawn)."""
    return target.status in CLOSED_STATUSES


def _created_day(target: Target, today: date) -> date:
    try:
        return date.fromisoformat(target.created[:10])
    except ValueError:
        return today


def history_of(target: Target, today: date | None = None) -> list[StatusChange]:
    """The status changes, oldest first; one never moved was "interested" since it was made."""
    if target.history:
        return list(target.history)
    made = _created_day(target, today or date.today())
    return [StatusChange(target.status, made.isoformat(), "")]


def status_since(target: Target, today: date | None = None) -> date:
    """The day the application reached its current status."""
    return date.fromisoformat(history_of(target, today)[-1].on)


def last_activity(
    target: Target, meetings: Iterable[Meeting] = (), today: date | None = None
) -> date:
    """The last day anything happened: its latest status change, or a meeting held about it.

    A meeting planned for later is not activity yet.
    """
    today = today or date.today()
    latest = status_since(target, today)
    for meeting in meetings:
        if meeting.target_id != target.id or meeting.date is None:
            continue
        month = meeting.date.month or 1
        held = date(meeting.date.year, month, meeting.date.day or 1)
        if latest < held <= today:
            latest = held
    return latest


def days_quiet(target: Target, meetings: Iterable[Meeting] = (), today: date | None = None) -> int:
    """Whole days since the application's last activity (never negative)."""
    today = today or date.today()
    return max(0, (today - last_activity(target, meetings, today)).days)


def is_stale(
    target: Target,
    meetings: Iterable[Meeting] = (),
    stale_days: int = DEFAULT_STALE_DAYS,
    today: date | None = None,
) -> bool:
    """An open application with no activity for more than `stale_days` days."""
    return not is_closed(target) and days_quiet(target, meetings, today) > stale_days


def check_move(target: Target, to: str, on: date, today: date | None = None) -> None:
    """Raises ApplicationError when the rules refuse moving the application to `to` on `on`.

    Any status may follow any other, backwards too (a move made by mistake is corrected by
    moving back), except that an accepted application is final, a move needs a new status,
    and a move is dated neither after today nor before the change it follows.
    """
    today = today or date.today()
    if to not in STATUSES:
        raise ApplicationError(f"“{to}” is not a status; use one of: {', '.join(STATUSES)}")
    label = target.label()
    if target.status == FINAL_STATUS:
        # Neither the window's undo (gone once the app is closed) nor the command line can
        # take an acceptance back, so name what can be done: a new application.
        raise ApplicationError(
            f"“{label}” was accepted on {status_since(target, today).isoformat()}, so it cannot "
            f"move to {to}: an accepted application does not move (if the job fell through, "
            "add a new target for the next application)"
        )
    if to == target.status:
        raise ApplicationError(f"“{label}” is already {to}")
    if on > today:
        raise ApplicationError(
            f"a move cannot be dated {on.isoformat()}, after today ({today.isoformat()})"
        )
    since = status_since(target, today)
    if on < since:
        raise ApplicationError(
            f"“{label}” became {target.status} on {since.isoformat()}; a move after that "
            f"cannot be dated {on.isoformat()}"
        )


def moved(
    target: Target, to: str, on: date | None = None, note: str = "", today: date | None = None
) -> Target:
    """The application moved to status `to` on day `on` (today by default), with the change
    added to its history.

    Raises:
        ApplicationError: the move is refused (see `check_move`).

    """
    today = today or date.today()
    on = on or today
    check_move(target, to, on, today)
    history = history_of(target, today)
    history.append(StatusChange(to, on.isoformat(), note.strip()))
    return replace(target, status=to, history=history)


def ever_applied(target: Target) -> bool:
    """Whether the application was ever sent: its status or any step of its history is past
    "interested".
    """
    return target.status != "interested" or any(c.status != "interested" for c in target.history)


def applications(targets: Iterable[Target]) -> list[Target]:
    """The applications a board and table show: every target not archived."""
    return [t for t in targets if not t.archived]


def status_counts(targets: Iterable[Target]) -> dict[str, int]:
    """How many applications are in each status, every status named (0 where none)."""
    counts = Counter(t.status for t in applications(targets))
    return {status: counts.get(status, 0) for status in STATUSES}


@dataclass(frozen=True)
class ApplicationFilter:
    """What the applications table shows: each part empty (or False) lets everything through."""

    status: str = ""
    #: an organisation's name, or part of it, matched against the target's company
    organisation: str = ""
    kind: str = ""
    stale_only: bool = False
    #: words that must all appear in the name, title, company, next step or notes
    text: str = ""

    def matches(
        self,
        target: Target,
        meetings: Iterable[Meeting] = (),
        stale_days: int = DEFAULT_STALE_DAYS,
        today: date | None = None,
        organisation_name: str = "",
        haystack: str | None = None,
    ) -> bool:
        """Whether the table shows the application.

        `organisation_name` is the name of the organisation record the target is linked to,
        matched as its company is. `haystack` is the target's search_text() when the caller
        keeps it (a window filtering thousands of rows per keystroke does).
        """
        prepared = prepare(target, organisation_name, haystack)
        if not self.matcher()(prepared):
            return False
        return not self.stale_only or is_stale(target, meetings, stale_days, today)

    def matcher(self) -> Callable[[PreparedApplication], bool]:
        """The filter, staleness aside, as one test per application, its own words and
        organisation read once: a window runs it over thousands of rows per keystroke.
        """
        status, kind = self.status, self.kind
        # Spacing does not matter, as it does not for organisation names
        # (services.organisations.name_key): "Havsvind  Energi" is Havsvind Energi.
        organisation = _spaced(self.organisation)
        words = self.text.casefold().split()

        def match(application: PreparedApplication) -> bool:
            target = application.target
            if status and target.status != status:
                return False
            if kind and target.kind != kind:
                return False
            if organisation and not any(organisation in p for p in application.places):
                return False
            haystack = application.haystack
            return all(word in haystack for word in words)

        return match


@dataclass(frozen=True)
class PreparedApplication:
    """An application with what a filter compares, worked out once."""

    target: Target
    #: its company and its organisation record's name, casefolded with single spaces
    places: tuple[str, str]
    #: search_text(target)
    haystack: str


def prepare(
    target: Target, organisation_name: str = "", haystack: str | None = None
) -> PreparedApplication:
    """What ApplicationFilter.matcher compares of an application."""
    return PreparedApplication(
        target,
        (_spaced(target.company), _spaced(organisation_name)),
        search_text(target) if haystack is None else haystack,
    )


def _spaced(text: str) -> str:
    return " ".join(text.casefold().split())


def search_text(target: Target) -> str:
    """What an application filter's words are looked for in, casefolded: name, title,
    company, next step and notes.
    """
    return " ".join(
        (target.label(), target.title, target.company, target.next_step, target.notes)
    ).casefold()


def next_step_due(target: Target) -> PartialDate | None:
    """The next step's date of an open application; None when closed or undated."""
    if is_closed(target) or target.archived or not target.next_step_date:
        return None
    return target.next_step_date


def meetings_for(target: Target, meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings held (or planned) about the application, in the order kept."""
    return [m for m in meetings if m.target_id == target.id]
