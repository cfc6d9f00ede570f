"""`plan show`: the career plan's deadline, the weeks left, the pace and every milestone."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from resume_builder.cli.common import open_read_only
from resume_builder.cli.output import clip, print_json
from resume_builder.export.locale import with_count

#: the milestone states as the listing words them
STATE_WORDS = {
    "done": "done",
    "on_track": "on track",
    "behind": "behind",
    "overdue": "overdue",
    "open": "open",
}

#: what each measure counts, as the listing words it ("" is ticked by hand)
MEASURE_WORDS = {
    "": "ticked by hand",
    "cmd_complete": "of the CMD complete",
    "resumes_ready": "résumés ready",
    "recruiter_conversations": "recruiter conversations",
    "references": "references lined up",
    "applications_sent": "applications sent",
}


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`plan show`."""
    plan = commands.add_parser(
        "plan",
        parents=[common],
        help="the career plan: its deadline, the pace and each milestone's progress",
        description="The career plan the app's Plan page keeps. Works while the app is open.",
    )
    actions = plan.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show",
        parents=[common],
        help="the deadline, weeks left, pace and every milestone",
        description="The plan's deadline and the weeks left, whether the pace makes it, and "
        "each milestone (soonest due first) with its measure, what it counts today against "
        "its goal, and its state: done, on track, behind (the count is below a steady pace "
        "from the plan's start to the due day), overdue or open.",
    )
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(handler=_cmd_plan_show)


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _cmd_plan_show(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.plan import plan_report

    snapshot = snapshot_of(open_read_only(data_dir))
    report = plan_report(snapshot, date.today())
    if args.json:
        print_json(_report_data(report))
        return 0
    plan = report.plan
    if plan is None and not report.milestones:
        print("No career plan yet; the app's Plan page sets its deadline and milestones.")
        return 0
    print(_deadline_line(report))
    total = len(report.milestones)
    pace = "on pace" if report.on_pace else "behind the pace"
    print(f"Pace: {pace}; {report.met} of {with_count(total, 'milestone', 'milestones')} met.")
    if not report.milestones:
        print("No milestones yet; the app's Plan page adds them.")
        return 0
    print("Milestones:")
    for progress in report.milestones:
        print("  " + _milestone_line(progress))
    return 0


def _deadline_line(report) -> str:
    plan = report.plan
    if report.deadline is None:
        return "Deadline: none set."
    what = "the role ends" if plan is not None and plan.deadline_kind == "role_ends" else "move by"
    days = report.days_left
    if days < 0:
        left = f"passed {with_count(-days, 'day', 'days')} ago"
    else:
        weeks = with_count(report.weeks_left, "week", "weeks")
        left = f"{weeks} left ({with_count(days, 'day', 'days')})"
    return f"Deadline: {report.deadline.isoformat()} ({what}), {left}."


def _milestone_line(progress) -> str:
    milestone = progress.milestone
    due = _iso(progress.due) or "no date"
    state = STATE_WORDS.get(progress.state, progress.state)
    if milestone.measure:
        counted = MEASURE_WORDS.get(milestone.measure, milestone.measure)
        measure = f"{progress.count}/{progress.goal} {counted}"
        if milestone.measure == "cmd_complete":  # a percentage, not a count
            measure = f"{progress.count}% {counted} (goal {progress.goal}%)"
        if progress.expected is not None and progress.state in ("on_track", "behind"):
            measure += f" (a steady pace: {progress.expected:.0f} by today)"
    else:
        measure = "done" if milestone.done else MEASURE_WORDS[""]
    return f"{due:<10}  {state:<8}  {clip(milestone.title, 40) or '(untitled)'}  — {measure}"


def _report_data(report) -> dict:
    plan = report.plan
    return {
        "deadline": _iso(report.deadline),
        "deadline_kind": plan.deadline_kind if plan is not None else None,
        "started": plan.started.iso() if plan is not None and plan.started else None,
        "days_left": report.days_left,
        "weeks_left": report.weeks_left,
        "on_pace": report.on_pace,
        "met": report.met,
        "milestones": [
            {
                "id": p.milestone.id,
                "title": p.milestone.title,
                "due": _iso(p.due),
                "measure": p.milestone.measure,
                "goal": p.goal,
                "count": p.count,
                "expected": None if p.expected is None else round(p.expected, 2),
                "state": p.state,
                "progress": round(p.fraction, 4),
                "done": p.milestone.done,
                "notes": p.milestone.notes,
            }
            for p in report.milestones
        ],
    }
