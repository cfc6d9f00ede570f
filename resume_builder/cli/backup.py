"""`backup` and `restore`: list, take, write and restore backups of the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from resume_builder.cli.common import CliError, open_read_only, sentence
from resume_builder.export.locale import with_count


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    """`backup [--out FILE.zip] | backup list|create|restore` and `restore FILE`."""
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="list, take or restore backups; --out FILE.zip writes a portable backup",
    )
    backup.add_argument(
        "--out",
        metavar="FILE.zip",
        help="write a portable backup (database, dictionary, manifest) to this ZIP file",
    )
    backup.set_defaults(handler=_cmd_backup_zip)
    actions = backup.add_subparsers(dest="backup_action", metavar="ACTION")
    actions.add_parser("list", parents=[common], help="list backups, newest first").set_defaults(
        handler=_cmd_backup_list
    )
    create = actions.add_parser(
        "create", parents=[common], help="take a backup now (into backups/, or --out FILE.zip)"
    )
    create.add_argument(
        "--out", metavar="FILE.zip", default=argparse.SUPPRESS, help="write a portable ZIP backup"
    )
    create.set_defaults(handler=_cmd_backup_create)
    restore = actions.add_parser(
        "restore", parents=[common], help="make a backup the current database"
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", help="the backup file to restore")
    which.add_argument("--latest", action="store_true", help="restore the newest good backup")
    restore.set_defaults(handler=_cmd_backup_restore)


def add_restore_parser(commands, common: argparse.ArgumentParser) -> None:
    """`restore FILE`: a .zip from `backup --out` or a .json backup."""
    top_restore = commands.add_parser(
        "restore",
        parents=[common],
        help="make a backup (a .zip from `backup --out` or a .json backup) the current database",
    )
    top_restore.add_argument("file", help="the backup to restore")
    top_restore.set_defaults(handler=_cmd_restore)


def _cmd_backup_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.storage.backups import BackupFolder
    from resume_builder.storage.fileformat import IntegrityError
    from resume_builder.storage.repository import BACKUP_DIR

    backups = BackupFolder(data_dir / BACKUP_DIR).list()
    if not backups:
        print(f"No backups in {data_dir / BACKUP_DIR}.")
    for backup in backups:
        try:
            meta = backup.verify()
            state = with_count(sum(meta.counts.values()), "record", "records")
        except (OSError, IntegrityError) as exc:
            state = f"DAMAGED: {exc}"
        print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.reason:<14} {state}  {backup.path}")
    return 0


def _cmd_backup_zip(args: argparse.Namespace, data_dir: Path) -> int:
    if not args.out:
        raise CliError(
            "say what to do: `backup --out FILE.zip`, `backup list`, `backup create` or "
            "`backup restore FILE`"
        )
    from resume_builder.services.backup_archive import BackupArchiveError, write_backup_zip

    repository = open_read_only(data_dir)  # reading is allowed while the app is open
    target = Path(args.out)
    try:
        manifest = write_backup_zip(repository, target)
    except BackupArchiveError as exc:
        raise CliError(str(exc)) from None
    total = sum(manifest["counts"].values())
    print(f"Backup written to {target} ({with_count(total, 'record', 'records')}).")
    return 0


def _cmd_backup_create(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.storage.repository import Repository

    if getattr(args, "out", None):
        return _cmd_backup_zip(args, data_dir)
    with Repository.open(data_dir) as repository:
        backup = repository.backups.take(repository.path, "manual")
    print(f"Backup written to {backup.path}." if backup else "Nothing to back up yet.")
    return 0


def _cmd_backup_restore(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.restore import newest_good_backup

    try:
        source = newest_good_backup(data_dir) if args.latest else Path(args.file)
    except ValueError as exc:
        raise CliError(sentence(exc)) from None
    return _restore(source, data_dir)


def _cmd_restore(args: argparse.Namespace, data_dir: Path) -> int:
    return _restore(Path(args.file), data_dir)


def _restore(source: Path, data_dir: Path) -> int:
    """The restore workflow (services/restore.py) for a .zip or a .json backup."""
    from resume_builder.services.restore import restore_from

    try:
        outcome = restore_from(data_dir, source)
    except ValueError as exc:  # RestoreError: one sentence, nothing changed
        raise CliError(sentence(exc)) from None
    print(outcome.sentence(data_dir))
    return 0
