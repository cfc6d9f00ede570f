"""The restore workflow, once for the window and the command line: check the backup completely,
keep pre-restore copies of what it replaces, then restore the database and its companions.

A backup is a portable ZIP (`backup --out`: database, dictionary, preferences.json, manifest)
or one of the automatic .json backups (the database alone). Nothing is changed until the whole
backup has been read and checked; then, under the data folder's lock, the current database,
dictionary and preferences.json are copied into backups/ as "pre-restore" and replaced.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from resume_builder.services.backup_archive import BackupArchiveError, read_backup_zip
from resume_builder.storage.backups import Backup, BackupFolder
from resume_builder.storage.fileformat import IntegrityError, decode
from resume_builder.storage.repository import BACKUP_DIR, restore_database_bytes


class RestoreError(ValueError):
    """A backup that cannot be restored; the message is one sentence naming the file."""


@dataclass(frozen=True)
class CheckedBackup:
    """A backup read and checked in full, ready to restore."""

    source: Path
    database: bytes
    companions: dict[str, bytes] = field(default_factory=dict)
    manifest: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did, for the window's status bar and the command line."""

    source: Path
    pre_restore: Backup | None  # the replaced database, or None when there was none sound
    companion_copies: tuple[Path, ...]  # the replaced dictionary / preferences.json, kept
    restored_companions: tuple[str, ...]

    def sentence(self, data_dir: Path) -> str:
        """One line saying what was restored and where the replaced files were kept."""
        parts = [f"Restored {self.source.name} into {data_dir}."]
        if self.pre_restore is not None:
            parts.append(f"The previous database was backed up to {self.pre_restore.path}.")
        if self.companion_copies:
            kept = ", ".join(str(p) for p in self.companion_copies)
            parts.append(f"The replaced {_names(self.companion_copies)} were kept as {kept}.")
        return " ".join(parts)


def _names(paths: tuple[Path, ...]) -> str:
    names = sorted({p.name.split("-", 1)[0] + p.suffix for p in paths})
    return " and ".join(names)


def check_backup(source: Path) -> CheckedBackup:
    """Reads a .zip or .json backup completely and checks it; nothing is written.

    Raises:
        RestoreError: the file is missing, unreadable, not a backup or damaged.

    """
    source = Path(source)
    if not source.is_file():
        raise RestoreError(f"There is no backup file {source}.")
    try:
        if zipfile.is_zipfile(source):
            database, companions, manifest = read_backup_zip(source)
            return CheckedBackup(source, database, companions, manifest)
        database = source.read_bytes()
        decode(database)
    except BackupArchiveError as exc:
        raise RestoreError(str(exc)) from None
    except IntegrityError as exc:
        raise RestoreError(f"{source} cannot be restored: {exc}.") from None
    except OSError as exc:
        raise RestoreError(f"Cannot read the backup {source}: {exc.strerror or exc}.") from None
    return CheckedBackup(source, database)


def newest_good_backup(data_dir: Path) -> Path:
    """The newest automatic backup that passes its integrity check.

    Raises:
        RestoreError: there is none.

    """
    folder = Path(data_dir) / BACKUP_DIR
    newest = BackupFolder(folder).newest_good()
    if newest is None:
        raise RestoreError(f"There is no good backup in {folder}.")
    return newest.path


def restore_from(data_dir: Path, backup: Path | CheckedBackup) -> RestoreOutcome:
    """Makes a backup the data folder's database (and dictionary and preferences), keeping
    pre-restore copies of everything it replaces.

    The repository of `data_dir` must be closed: the restore takes the folder's lock.

    Raises:
        RestoreError: the backup cannot be restored; nothing was changed.
        LockedError: another process (the app) holds the data folder.

    """
    checked = backup if isinstance(backup, CheckedBackup) else check_backup(backup)
    kept: list[Path] = []
    try:
        previous = restore_database_bytes(
            Path(data_dir), checked.database, checked.companions, kept
        )
    except IntegrityError as exc:  # checked already; only a file changed meanwhile gets here
        raise RestoreError(f"{checked.source} cannot be restored: {exc}.") from None
    except OSError as exc:
        raise RestoreError(
            f"Could not restore {checked.source} into {data_dir}: {exc.strerror or exc}."
        ) from None
    return RestoreOutcome(checked.source, previous, tuple(kept), tuple(sorted(checked.companions)))
