"""`import jsonresume|linkedin FILE`: bring records in from another program's file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resume_builder.cli.common import CliError, sentence
from resume_builder.export.locale import with_count


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`import FORMAT FILE [--dry-run]`."""
    importing = commands.add_parser(
        "import", parents=[common], help="import a JSON Resume file or a LinkedIn data export"
    )
    formats = importing.add_subparsers(dest="import_kind", metavar="FORMAT", required=True)
    for kind, what, help_text in (
        ("jsonresume", "FILE", "import a JSON Resume file (resume.json)"),
        ("linkedin", "ZIP_OR_FOLDER", "import a LinkedIn data export (the ZIP or its folder)"),
    ):
        parser_ = formats.add_parser(kind, parents=[common], help=help_text)
        parser_.add_argument("file", metavar=what)
        parser_.add_argument(
            "--dry-run", action="store_true", help="show what would be imported; write nothing"
        )
        parser_.set_defaults(handler=_cmd_import)


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.export.builders import CareerSnapshot
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.importing.files import describe_plan, plan_import, read_import
    from resume_builder.services.importing.plan import apply_plan
    from resume_builder.storage.repository import Repository, database_path

    source = Path(args.file)
    try:
        parsed = read_import(args.import_kind, source)
    except ValueError as exc:  # ImportFileError and the record rules
        raise CliError(sentence(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from None
    for warning in parsed.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.dry_run:
        if database_path(data_dir).exists():
            snapshot = snapshot_of(Repository.open(data_dir, read_only=True))
        else:
            from resume_builder.domain.models import Profile

            snapshot = CareerSnapshot(profile=Profile())
        plan = plan_import(parsed, snapshot)
        print("\n".join(describe_plan(plan)))
        print("Dry run: nothing was written.")
        return 0
    with Repository.open(data_dir) as repository:
        plan = plan_import(parsed, snapshot_of(repository))
        print("\n".join(describe_plan(plan)))
        try:
            written = apply_plan(plan, repository)
        except ValueError as exc:
            raise CliError(f"{source.name} cannot be imported: {sentence(exc)}") from None
        newest = repository.backups.list()
    if not written:
        print("Nothing to import: everything in the file is already there.")
    else:
        backup = next((b for b in newest if b.reason == "pre-import"), None)
        where = f" (backup: {backup.path})" if backup else ""
        records = with_count(written, "record", "records")
        print(f"Imported {records} into {data_dir}; the database was backed up first{where}.")
    return 0
