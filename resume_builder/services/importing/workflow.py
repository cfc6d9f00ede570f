"""The import workflow, once for the window and the command line: validate, back up, apply.

A refused import changes nothing; an accepted one is all or nothing (every record is checked
before the backup, and the records are written in one save); the backup comes first. The
window applies through an undo command, the command line straight into the repository: both
pass through `run_import`, which only lets them choose how the checked records are written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from resume_builder.domain.models import Profile, Record, RecordError
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.locale import with_count
from resume_builder.services.importing.files import (
    ParsedImport,
    describe_plan,
    plan_import,
    read_import,
)
from resume_builder.services.importing.plan import ImportFileError, ImportPlan
from resume_builder.storage.backups import Backup


class ImportRefused(ValueError):
    """An import that was not applied; the message is one sentence, and nothing changed."""


@dataclass
class ImportOutcome:
    """What an import did (or, for a dry run, would do)."""

    plan: ImportPlan
    written: int = 0
    backup: Backup | None = None
    dry_run: bool = False
    warnings: list[str] = field(default_factory=list)

    def report(self, data_dir: Path) -> list[str]:
        """The lines the command line prints after the warnings: the plan, then the result."""
        lines = describe_plan(self.plan)
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        elif not self.written:
            lines.append("Nothing to import: everything in the file is already there.")
        else:
            records = with_count(self.written, "record", "records")
            where = f" (backup: {self.backup.path})" if self.backup else ""
            lines.append(
                f"Imported {records} into {data_dir}; the database was backed up first{where}."
            )
        return lines


def checked_records(plan: ImportPlan) -> list[Record]:
    """The records the plan would write, each checked against the model's rules.

    Raises:
        ImportRefused: a record breaks a rule; nothing may be written.

    """
    records = plan.records_to_write()
    for record in records:
        try:
            record.validate()
        except RecordError as exc:
            raise ImportRefused(f"{plan.source_name} cannot be imported: {exc}.") from None
    return records


def run_import(
    plan: ImportPlan,
    repository,
    *,
    apply: Callable[[list[Record]], None] | None = None,
    save_pending: Callable[[], str] | None = None,
) -> ImportOutcome:
    """Applies a plan: checks every record, takes a "pre-import" backup, then writes.

    Args:
        plan: the plan to apply (made against this repository's records).
        repository: where the backup is taken, and (without `apply`) what is written to.
        apply: writes the checked records instead of `repository.apply` (the window pushes
            an undo command); it must write all of them in one save or none.
        save_pending: saves what is not on disk yet, so that the backup holds what the user
            sees; returns "" or the sentence saying why it could not.

    Raises:
        ImportRefused: a record breaks a rule, the pending edits or the backup could not be
            saved; nothing was written.

    """
    records = checked_records(plan)
    if not records:
        return ImportOutcome(plan, warnings=list(plan.warnings))
    if save_pending is not None:
        problem = save_pending()
        if problem:
            raise ImportRefused(problem)
    try:
        backup = repository.backups.take(repository.path, "pre-import")
    except OSError as exc:
        raise ImportRefused(
            f"No backup could be taken first, so nothing was imported: {exc.strerror or exc}."
        ) from None
    if apply is None:
        repository.apply(put=records)
    else:
        apply(records)
    return ImportOutcome(plan, len(records), backup, warnings=list(plan.warnings))


def import_file(
    kind: str,
    source: Path,
    data_dir: Path,
    *,
    dry_run: bool = False,
    parsed: ParsedImport | None = None,
) -> ImportOutcome:
    """Reads a file, plans it against the data folder's records and (unless a dry run)
    applies it there: the command line's import, and the window's import into another folder.

    Raises:
        ImportFileError: the file cannot be imported (it holds nothing, or cannot be read).
        ImportRefused: the plan could not be applied; nothing was written.
        StorageError: the data folder cannot be opened (another process holds it).

    """
    from resume_builder.services.documents import snapshot_of
    from resume_builder.storage.repository import Repository, database_path

    data_dir = Path(data_dir)
    database = database_path(data_dir)
    if Path(source).resolve() == database.resolve():
        # Opening the folder would read the file as the database, and a JSON Resume is no
        # database: it would be set aside as damaged and nothing imported.
        raise ImportFileError(
            f"{source} is where this data folder keeps its own database ({database.name}): "
            "move the file out of the folder, or import it into another --data-dir"
        )
    parsed = parsed or read_import(kind, Path(source))
    if dry_run:
        if database.exists():
            with Repository.open(data_dir, read_only=True) as repository:
                snapshot = snapshot_of(repository)
        else:
            snapshot = CareerSnapshot(profile=Profile())
        plan = plan_import(parsed, snapshot)
        return ImportOutcome(plan, dry_run=True, warnings=list(plan.warnings))
    with Repository.open(data_dir) as repository:
        plan = plan_import(parsed, snapshot_of(repository))
        return run_import(plan, repository)
