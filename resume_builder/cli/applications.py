"""`application list|move`: where each application stands, and moving one to a new status."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from resume_builder.cli.common import CliError, find_target, open_for_writing, open_read_only
from resume_builder.cli.output import clip, print_json, shell_quote
from resume_builder.export.locale import with_count


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`application ACTION …`."""
    application = commands.add_parser(
        "application",
        parents=[common],
        help="your applications: list them by status, move one to a new status",
        description="An application is a target with a status ("
        + ", ".join(_statuses())
        + ") and the history of its changes. `list` works while the app is open; `move` "
        "refuses while the app has the data folder open.",
    )
    actions = application.add_subparsers(dest="application_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="every application (archived targets aside), in the board's order",
        description="One line per application, grouped by status in the board's order, the "
        "most recently active first: name, status, kind, organisation, the day it reached "
        "its status, days quiet (marked stale past 21 days while open) and the next step.",
    )
    listing.add_argument(
        "--status", metavar="STATUS", help="only the applications with this status"
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_cmd_application_list)

    move = actions.add_parser(
        "move",
        parents=[common],
        help="move an application to a new status (added to its history)",
        description="Move an application to a new status, as dragging its card on the board "
        "does. Any status may follow any other (move back to correct a mistake), except that "
        "an accepted application is final; the move is dated today unless --date says "
        "otherwise, neither after today nor before its last change.",
    )
    move.add_argument("name", metavar="NAME", help="the target's name, title or company")
    move.add_argument("--to", required=True, metavar="STATUS", help="the new status")
    move.add_argument(
        "--date", metavar="DAY", help="the day it happened, e.g. 2026-03-14 (default: today)"
    )
    move.add_argument("--note", default="", metavar="TEXT", help="a note kept with the change")
    move.set_defaults(handler=_cmd_application_move)


def _statuses() -> tuple[str, ...]:
    from resume_builder.domain.models import STATUSES

    return STATUSES


def _refused(error: Exception) -> CliError:
    return CliError(str(error))


def _cmd_application_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import STATUSES, Meeting, Organisation, Target
    from resume_builder.services import applications as rules
    from resume_builder.services.organisations import organisation_of

    status = ""
    if args.status is not None:
        try:
            status = rules.parse_status(args.status)
        except rules.ApplicationError as error:
            raise _refused(error) from None
    repository = open_read_only(data_dir)
    meetings = repository.all(Meeting)
    organisations = repository.all(Organisation)
    today = date.today()
    shown = [
        t for t in rules.applications(repository.all(Target)) if not status or t.status == status
    ]
    active = {t.id: rules.last_activity(t, meetings, today) for t in shown}
    shown.sort(key=lambda t: t.label().casefold())
    shown.sort(key=lambda t: active[t.id], reverse=True)
    shown.sort(key=lambda t: STATUSES.index(t.status))
    rows = []
    for t in shown:
        organisation = organisation_of(t, organisations)
        rows.append(
            {
                "id": t.id,
                "name": t.name,
                "label": t.label(),
                "title": t.title,
                "company": t.company,
                "organisation": organisation.name if organisation is not None else None,
                "status": t.status,
                "kind": t.kind,
                "since": rules.status_since(t, today).isoformat(),
                "last_activity": active[t.id].isoformat(),
                "days_quiet": rules.days_quiet(t, meetings, today),
                "stale": rules.is_stale(t, meetings, today=today),
                "next_step": t.next_step,
                "next_step_date": t.next_step_date.iso() if t.next_step_date else None,
                "history": [c.to_dict() for c in rules.history_of(t, today)],
            }
        )
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(_nothing_listed(status))
        return 0
    table = []
    for row in rows:
        quiet = with_count(row["days_quiet"], "day quiet", "days quiet")
        step = " ".join(p for p in (row["next_step_date"], clip(row["next_step"], 40)) if p)
        table.append(
            [
                clip(row["label"]),
                row["status"],
                row["kind"],
                clip(row["organisation"] or row["company"], 24) or "-",
                f"since {row['since']}",
                quiet + (" (stale)" if row["stale"] else ""),
                f"next: {step}" if step else "no next step",
            ]
        )
    _print_table(table)
    return 0


def _nothing_listed(status: str) -> str:
    if status:
        return (
            f"No application has the status {status}; `resume-builder application list` shows all."
        )
    return (
        "No applications yet; each target is one "
        "(`resume-builder target create --name NAME --job-file POSTING.txt`)."
    )


def _cmd_application_move(args: argparse.Namespace, data_dir: Path) -> int:
    from dataclasses import replace

    from resume_builder.domain.record import now_iso
    from resume_builder.services import applications as rules

    # The values are checked before the data folder is opened, so a typo never waits for,
    # or is refused by, the window's lock.
    try:
        status = rules.parse_status(args.to)
        on = rules.parse_day(args.date) if args.date is not None else None
    except rules.ApplicationError as error:
        raise _refused(error) from None
    today = date.today()
    with open_for_writing(data_dir) as repository:
        target = find_target(repository, args.name)
        try:
            changed = rules.moved(target, status, on, args.note, today)
        except rules.ApplicationError as error:
            raise _refused(error) from None
        repository.put(replace(changed, updated=now_iso()))
    when = (on or today).isoformat()
    print(f"Moved “{target.label()}” from {target.status} to {status} on {when}.")
    if status == rules.FINAL_STATUS:
        print("An accepted application is final: it does not move again.")
    else:
        back = f"resume-builder application move {shell_quote(target.label())} --to {target.status}"
        print(f"Moved by mistake? `{back}` moves it back.")
    if rules.is_closed(changed) and target.next_step_date is not None:
        print("Its next step is no longer listed as due.")
    return 0


def _print_table(rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
