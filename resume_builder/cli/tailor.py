"""`tailor`: rank accomplishments against a job posting or a stored target, report the gaps."""

from __future__ import annotations

import argparse
from pathlib import Path

from resume_builder.cli.common import CliError, find_target, open_read_only, read_posting
from resume_builder.cli.output import (
    print_best,
    print_chosen,
    print_coverage,
    print_json,
    print_requirements,
)


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`tailor --job-file POSTING.txt | --target NAME [--top N] [--json]`."""
    tailor = commands.add_parser(
        "tailor",
        parents=[common],
        help="rank accomplishments against a job posting and report the gaps",
    )
    posting = tailor.add_mutually_exclusive_group(required=True)
    posting.add_argument(
        "--job-file", metavar="POSTING.txt", help="the job posting as text (`-`: standard input)"
    )
    posting.add_argument(
        "--target",
        metavar="NAME",
        help="a stored target: its posting with your corrections and its chosen accomplishments",
    )
    tailor.add_argument(
        "--top",
        type=int,
        default=10,
        metavar="N",
        help="how many of the best-ranked accomplishments to show (10)",
    )
    tailor.add_argument("--json", action="store_true", help="print JSON for scripts")
    tailor.set_defaults(handler=_cmd_tailor)


def _cmd_tailor(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.posting import tailor_posting

    if args.top < 1:
        raise CliError("--top must be at least 1")
    if args.target is not None:
        return _tailor_target(args, data_dir)
    posting = read_posting(args.job_file)
    snapshot = snapshot_of(open_read_only(data_dir))
    report = tailor_posting(snapshot, posting, top=args.top)
    if args.json:
        # Scripts get every accomplishment (id and headline) in rank order, the text only the top N.
        print_json(
            {
                "requirements": [r.to_dict() for r in report.requirements],
                "top": args.top,
                "ranking": [s.to_dict() for s in report.ranking],
                "coverage": report.coverage.to_dict(),
            }
        )
        return 0
    print_requirements(report.requirements)
    print_best(report.best, report.total)
    print_coverage(f"Coverage of the top {len(report.best)}", report.coverage)
    return 0


def _tailor_target(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.posting import tailor_for_target

    repository = open_read_only(data_dir)
    target = find_target(repository, args.target)
    snapshot = snapshot_of(repository)
    report = tailor_for_target(target, snapshot, top=args.top)
    chosen = report.chosen or []
    if args.json:
        print_json(
            {
                "target": {"id": target.id, "name": target.name, "label": target.label()},
                "requirements": [r.to_dict() for r in report.requirements],
                "top": args.top,
                "ranking": [s.to_dict() for s in report.ranking],
                "chosen": chosen,
                "coverage": report.coverage.to_dict(),
            }
        )
        return 0
    print(f"Target “{target.label()}”{' (archived)' if target.archived else ''}\n")
    print_requirements(report.requirements)
    print_best(report.best, report.total)
    print()
    print_chosen(target, chosen, snapshot)
    print_coverage(f"Coverage of the résumé's {len(chosen)}", report.coverage, mark_must=True)
    return 0
