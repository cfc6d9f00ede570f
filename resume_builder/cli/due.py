"""`due` and `calendar`: what falls due next, on screen or as a file for the user's calendar."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from resume_builder.cli.common import CliError, open_read_only
from resume_builder.cli.output import clip, print_json
from resume_builder.export.locale import with_count

#: the kinds of entry as the listing words them
KIND_WORDS = {
    "follow_up": "follow-up",
    "action": "action",
    "next_step": "next step",
    "milestone": "milestone",
}


#: services.due.DEFAULT_DUE_DAYS, which a test holds this to
DEFAULT_DAYS = 14


def _days(text: str) -> int:
    """A --days value: a whole number of days, 0 or more."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number of days") from None
    if days < 0:
        raise argparse.ArgumentTypeError(f"{days} days ahead is in the past; give 0 or more")
    return days


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    """`due` and `calendar`."""
    due = commands.add_parser(
        "due",
        parents=[common],
        help="what is due: follow-ups, action items, next steps and milestones",
        description="The list the app's What's due page shows: open follow-ups, action items "
        "with a due date, the next steps of open applications and unmet milestones. Overdue "
        "ones come first whatever their age, then the soonest. Works while the app is open.",
    )
    ahead = due.add_mutually_exclusive_group()
    ahead.add_argument(
        "--days",
        type=_days,
        metavar="N",
        # services.due.DEFAULT_DUE_DAYS; importing it here would slow every command's start
        help=f"how many days ahead to look (default: {DEFAULT_DAYS}; 0: due today and overdue)",
    )
    ahead.add_argument(
        "--all", action="store_true", help="everything open with a date, however far ahead"
    )
    due.add_argument("--json", action="store_true", help="print JSON for scripts")
    due.set_defaults(handler=_cmd_due)

    calendar = commands.add_parser(
        "calendar",
        parents=[common],
        help="write meetings and what is due as an .ics file for your own calendar",
        description="Write an iCalendar (.ics) file to import into your calendar: meetings "
        "from the last 30 days on (at their time in this machine's time zone, else all day) "
        "and everything `resume-builder due --all` lists, as all-day entries on their day. "
        "Importing a newer file updates the entries of an earlier one instead of adding "
        "copies. Works while the app is open.",
    )
    calendar.add_argument(
        "--out", required=True, metavar="FILE.ics", help="the file to write (replaced whole)"
    )
    calendar.add_argument(
        "--days",
        type=_days,
        default=None,
        metavar="N",
        help="only what falls due up to N days ahead (default: every date ahead)",
    )
    calendar.add_argument(
        "--todos",
        action="store_true",
        help="write what is due as to-dos (VTODO) for a task list, with what was done "
        "lately marked completed (many calendars, Google Calendar among them, ignore to-dos)",
    )
    calendar.set_defaults(handler=_cmd_calendar)


def _when(days_left: int) -> str:
    if days_left < 0:
        return with_count(-days_left, "day overdue", "days overdue")
    if days_left == 0:
        return "today"
    if days_left == 1:
        return "tomorrow"
    return f"in {days_left} days"


def _cmd_due(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.due import DEFAULT_DUE_DAYS, due_counts, due_list

    within = None if args.all else (DEFAULT_DUE_DAYS if args.days is None else args.days)
    today = date.today()
    entries = due_list(snapshot_of(open_read_only(data_dir)), today, within)
    if args.json:
        print_json(
            [
                {
                    "kind": d.kind,
                    "due": d.due.iso(),
                    "days_left": d.days_left(today),
                    "overdue": d.overdue,
                    "text": d.text,
                    "context": d.context,
                    "record_kind": d.record_kind,
                    "record_id": d.record_id,
                }
                for d in entries
            ]
        )
        return 0
    span = "with any date" if within is None else _span(within, today)
    total, overdue = due_counts(entries)
    if not entries:
        print(f"Nothing is due {span}." + ("" if within is None else " (--all looks further.)"))
        return 0
    late = f", {overdue} overdue" if overdue else ""
    print(f"{with_count(total, 'thing', 'things')} due {span}{late}:")
    rows = [
        [
            d.due.iso(),
            _when(d.days_left(today)),
            KIND_WORDS.get(d.kind, d.kind),
            clip(d.text, 60) or "(no text)",
            f"({clip(d.context, 40)})" if d.context and d.context != d.text else "",
        ]
        for d in entries
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  " + "  ".join([*cells, row[-1]]).rstrip())
    return 0


def _span(within: int, today: date) -> str:
    if within == 0:
        return "today"
    return f"by {(today + timedelta(days=within)).isoformat()}"


def _cmd_calendar(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.calendar import PAST_DAYS, CalendarError, write_calendar
    from resume_builder.services.documents import snapshot_of

    path = Path(args.out).expanduser()
    snapshot = snapshot_of(open_read_only(data_dir))
    today = date.today()
    try:
        count = write_calendar(path, snapshot, today, args.days, as_todos=args.todos)
    except CalendarError as error:
        raise CliError(str(error)) from None
    since = (today - timedelta(days=PAST_DAYS)).isoformat()
    until = "on any date ahead" if args.days is None else _span(args.days, today)
    print(
        f"Wrote {with_count(count, 'entry', 'entries')} to {path}: meetings from {since} "
        f"and what is due {until}."
    )
    print("Import it into your calendar; importing a newer file updates these entries.")
    return 0
