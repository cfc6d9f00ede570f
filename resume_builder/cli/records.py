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
    from resume_builder.domain.models import Accomplishment, Role
    from resume_builder.services.demo import write_demo
    from resume_builder.storage.repository import Repository

    with Repository.open(data_dir) as repository:
        if repository.count(Accomplishment) or repository.count(Role):
            raise CliError(
                f"{data_dir} already holds a career record; the demo is only written into an "
                "empty data folder"
            )
        write_demo(repository)
        counts = repository.counts()
    print(
        f"Wrote the demo career to {data_dir}: {with_count(counts['role'], 'role', 'roles')}, "
        f"{with_count(counts['accomplishment'], 'accomplishment', 'accomplishments')}, "
        f"{with_count(counts['skill'], 'skill', 'skills')}."
    )
    return 0


def _cmd_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Accomplishment, Role, Skill, format_period
    from resume_builder.domain.models import sort_key_newest_first as newest_first

    repository = open_read_only(data_dir)
    roles = {r.id: r for r in repository.all(Role)}
    skills = {s.id: s for s in repository.all(Skill)}
    rows: list[dict] = []
    if args.kind == "accomplishments":
        for item in sorted(repository.all(Accomplishment), key=newest_first):
            row = item.to_dict()
            role = roles.get(item.role_id or "")
            row["role"] = role.label() if role else ""
            row["skills"] = [skills[s].name for s in item.skill_ids if s in skills]
            rows.append(row)
        lines = [
            f"{r['date'] or '-':<10} {r['impact']} {r['headline']}"
            + (f"  [{', '.join(r['skills'])}]" if r["skills"] else "")
            for r in rows
        ]
    elif args.kind == "roles":
        ordered = sorted(roles.values(), key=newest_first)
        rows = [r.to_dict() for r in ordered]
        lines = [f"{format_period(r.start, r.end):<22} {r.title} — {r.employer}" for r in ordered]
    else:
        counts: dict[str, int] = {}
        for item in repository.all(Accomplishment):
            for skill_id in item.skill_ids:
                counts[skill_id] = counts.get(skill_id, 0) + 1
        ordered = sorted(skills.values(), key=lambda s: s.name.casefold())
        for skill in ordered:
            row = skill.to_dict()
            row["accomplishments"] = counts.get(skill.id, 0)
            rows.append(row)
        lines = [
            f"{s.name:<28} {s.category:<14} {counts.get(s.id, 0):>3}"
            + (f"  (also: {', '.join(s.aliases)})" if s.aliases else "")
            for s in ordered
        ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(lines) if lines else f"No {args.kind} yet.")
    return 0
