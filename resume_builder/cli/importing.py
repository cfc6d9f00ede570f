"""`import jsonresume|linkedin|resume FILE`: bring records in from another program's file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resume_builder.cli.common import CliError, sentence
from resume_builder.export.locale import with_count


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`import FORMAT FILE [--dry-run]`."""
    importing = commands.add_parser(
        "import",
        parents=[common],
        help="import a JSON Resume file, a LinkedIn data export or a DOCX/PDF résumé",
    )
    formats = importing.add_subparsers(dest="import_kind", metavar="FORMAT", required=True)
    for kind, what, help_text in (
        ("jsonresume", "FILE", "import a JSON Resume file (resume.json)"),
        ("linkedin", "ZIP_OR_FOLDER", "import a LinkedIn data export (the ZIP or its folder)"),
        ("resume", "FILE", "import a résumé you already have (DOCX or PDF), read offline"),
    ):
        parser_ = formats.add_parser(kind, parents=[common], help=help_text)
        parser_.add_argument("file", metavar=what)
        parser_.add_argument(
            "--dry-run", action="store_true", help="show what would be imported; write nothing"
        )
        parser_.set_defaults(handler=_cmd_import)


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    """Reads, plans and applies through the import workflow; each warning names the file and
    the place, on stderr, before the plan and the result on stdout.
    """
    from resume_builder.services.importing.workflow import import_file

    source = Path(args.file)
    try:
        outcome = import_file(args.import_kind, source, data_dir, dry_run=args.dry_run)
    except ValueError as exc:  # ImportFileError, ImportRefused: one sentence, nothing written
        raise CliError(sentence(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from None
    for warning in outcome.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print("\n".join(outcome.report(data_dir)))
    if outcome.warnings:
        noun = with_count(len(outcome.warnings), "warning", "warnings")
        print(f"{noun}: each one above names its place in {source.name}.")
    return 0
