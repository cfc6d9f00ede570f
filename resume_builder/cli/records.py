"""`demo` and `list`: write the demo career, print stored records."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from resume_builder.cli.common import CliError, open_read_only
from resume_builder.export.locale import with_count

LIST_KINDS = ("accomplishments", "roles", "skills")


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    """`demo` and `list KIND`."""
    demo = commands.add_parser(
        "demo", parents=[common], help="write the demo career into a data folder"
    )
    demo.set_defaults(handler=_cmd_demo)

    listing = commands.add_parser(
        "list", parents=[common], help="print stored records (accomplishments, roles, skills)"
    )
    listing.add_argument("kind", choices=LIST_KINDS)
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_cmd_list)


def _cmd_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.demo_folder import FolderHoldsCareer, write_demo_into_empty
    from resume_builder.storage.repository import Repository

    with Repository.open(data_dir) as repository:
        try:
            counts = write_demo_into_empty(repository)
        except FolderHoldsCareer as exc:
            raise CliError(str(exc)) from None
    print(
        f"Wrote the demo career to {data_dir}: {with_count(counts['role'], 'role', 'roles')}, "
        f"{with_count(counts['accomplishment'], 'accomplishment', 'accomplishments')}, "
        f"{with_count(counts['skill'], 'skill', 'skills')}, "
        f"{with_count(counts.get('person', 0), 'person', 'people')}, "
        f"{with_count(counts.get('meeting', 0), 'meeting', 'meetings')}, "
        f"{with_count(counts.get('target', 0), 'application', 'applications')}, "
        f"{with_count(counts.get('organisation', 0), 'organisation', 'organisations')} and "
        f"{with_count(counts.get('milestone', 0), 'milestone', 'milestones')} in the career plan."
    )
    return 0


def _cmd_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import (
        Accomplishment,
        Project,
        Role,
        Skill,
        Volunteer,
        format_period,
    )
    from resume_builder.services import listing

    repository = open_read_only(data_dir)
    if args.kind == "accomplishments":
        owners = [*repository.all(Role), *repository.all(Project), *repository.all(Volunteer)]
        found = listing.accomplishment_rows(
            repository.all(Accomplishment), owners, repository.all(Skill)
        )
        rows = [row.to_dict() for row in found]
        lines = [
            f"{r['date'] or '-':<10} {r['impact']} {r['headline']}"
            + (f"  [{', '.join(r['skills'])}]" if r["skills"] else "")
            for r in rows
        ]
    elif args.kind == "roles":
        ordered = listing.roles_newest_first(repository.all(Role))
        rows = [r.to_dict() for r in ordered]
        lines = [f"{format_period(r.start, r.end):<22} {r.title} — {r.employer}" for r in ordered]
    else:
        skills = listing.skill_rows(repository.all(Skill), repository.all(Accomplishment))
        rows = [row.to_dict() for row in skills]
        lines = [
            f"{r.skill.name:<28} {r.skill.category:<14} {r.uses:>3}"
            + (f"  (also: {', '.join(r.skill.aliases)})" if r.skill.aliases else "")
            for r in skills
        ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(lines) if lines else f"No {args.kind} yet.")
    return 0
