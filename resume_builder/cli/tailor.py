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
    from resume_builder.services import tailoring
    from resume_builder.services.documents import snapshot_of

    if args.top < 1:
        raise CliError("--top must be at least 1")
    if args.target is not None:
        return _tailor_target(args, data_dir)
    posting = read_posting(args.job_file)
    snapshot = snapshot_of(open_read_only(data_dir))
    index = tailoring.AccomplishmentIndex.build(snapshot)
    requirements = tailoring.extract_requirements(posting, snapshot.skills, index)
    # Scripts get every accomplishment (id and headline) in rank order, the text only the top N.
    ranking = index.rank(requirements)
    chosen = ranking[: args.top]
    report = tailoring.coverage(requirements, [s.accomplishment_id for s in chosen], index)
    if args.json:
        print_json(
            {
                "requirements": [r.to_dict() for r in requirements],
                "top": args.top,
                "ranking": [s.to_dict() for s in _with_unranked(ranking, snapshot)],
                "coverage": report.to_dict(),
            }
        )
        return 0
    print_requirements(requirements)
    print_best(chosen, len(snapshot.accomplishments))
    print_coverage(f"Coverage of the top {len(chosen)}", report)
    return 0


def _tailor_target(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.targets import tailor_target

    repository = open_read_only(data_dir)
    target = find_target(repository, args.target)
    snapshot = snapshot_of(repository)
    tailoring = tailor_target(target, snapshot)
    if args.json:
        print_json(
            {
                "target": {"id": target.id, "name": target.name, "label": target.label()},
                "requirements": [r.to_dict() for r in tailoring.requirements],
                "top": args.top,
                "ranking": [s.to_dict() for s in _with_unranked(tailoring.ranked, snapshot)],
                "chosen": list(tailoring.chosen),
                "coverage": tailoring.coverage.to_dict(),
            }
        )
        return 0
    print(f"Target “{target.label()}”{' (archived)' if target.archived else ''}\n")
    print_requirements(tailoring.requirements)
    print_best(tailoring.ranked[: args.top], len(snapshot.accomplishments))
    print()
    print_chosen(target, tailoring.chosen, snapshot)
    print_coverage(
        f"Coverage of the résumé's {len(tailoring.chosen)}", tailoring.coverage, mark_must=True
    )
    return 0


def _with_unranked(ranking: list, snapshot) -> list:
    """The ranking followed by every accomplishment that matched nothing (score 0)."""
    from resume_builder.services.tailoring import Suggestion

    ranked_ids = {s.accomplishment_id for s in ranking}
    return ranking + [
        Suggestion(item.id, item.headline, 0.0, [])
        for item in snapshot.accomplishments
        if item.id not in ranked_ids
    ]
