"""Rolling backups of the database file: daily, and before every risky operation."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from resume_builder.storage.atomic import atomic_write_bytes
from resume_builder.storage.fileformat import IntegrityError, Meta, decode

KEEP_PER_REASON = 14
_NAME = re.compile(r"^resume-(\d{8}-\d{6})-([a-z-]+)\.json$")


@dataclass(frozen=True)
class Backup:
    """One backup file and what its name says about it."""

    path: Path
    taken_at: datetime
    reason: str  # "daily", "pre-migration", "pre-import", "pre-restore", "manual"

    def verify(self) -> Meta:
        """Reads the backup's integrity header; raises IntegrityError if it is damaged."""
        meta, _ = decode(self.path.read_bytes())
        return meta


def _taken_at(stamp: str) -> datetime | None:
    """The moment in a backup's name ("20240131-235959"); None when it is no real date.

    Sliced, not datetime.strptime(): that imports _strptime while the window opens its folder.
    """
    try:
        return datetime(
            int(stamp[0:4]),
            int(stamp[4:6]),
            int(stamp[6:8]),
            int(stamp[9:11]),
            int(stamp[11:13]),
            int(stamp[13:15]),
        )
    except ValueError:
        return None


class BackupFolder:
    """The backups/ folder beside the database, pruned to the newest few of each reason."""

    def __init__(self, folder: Path, clock: Callable[[], datetime] = datetime.now):
        self.folder = folder
        self._clock = clock

    def list(self) -> list[Backup]:
        """Every backup, newest first."""
        found = []
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                match = _NAME.match(path.name)
                taken = _taken_at(match.group(1)) if match else None
                if taken is not None:
                    found.append(Backup(path, taken, match.group(2)))
        return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)

    def newest_good(self) -> Backup | None:
        """The newest backup whose content passes the integrity check."""
        for backup in self.list():
            try:
                backup.verify()
            except (OSError, IntegrityError):
                continue
            return backup
        return None

    def take(self, source: Path, reason: str) -> Backup | None:
        """Copies `source` into the folder under a name saying when and why; None if no source."""
        if not source.exists():
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        now = self._clock().replace(microsecond=0)
        target = self.folder / f"resume-{now:%Y%m%d-%H%M%S}-{reason}.json"
        while target.exists():  # two backups within one second: the later one moves on a second
            now += timedelta(seconds=1)
            target = self.folder / f"resume-{now:%Y%m%d-%H%M%S}-{reason}.json"
        atomic_write_bytes(target, source.read_bytes())
        self.prune(reason)
        return Backup(target, now, reason)

    def take_companion(self, source: Path, reason: str) -> Path | None:
        """Copies a small file of the data folder (the dictionary, preferences.json) into the
        folder as "dictionary-20261202-010203-pre-restore.txt"; None if there is no source.

        Such copies are not database backups: `list()` leaves them out. The newest
        KEEP_PER_REASON of each file and reason are kept.
        """
        if not source.is_file():
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        now = self._clock().replace(microsecond=0)

        def named(moment: datetime) -> Path:
            return self.folder / f"{source.stem}-{moment:%Y%m%d-%H%M%S}-{reason}{source.suffix}"

        target = named(now)
        while target.exists():
            now += timedelta(seconds=1)
            target = named(now)
        atomic_write_bytes(target, source.read_bytes())
        copies = sorted(self.companion_copies(source.name, reason), reverse=True)
        for old in copies[KEEP_PER_REASON:]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def companion_copies(self, name: str, reason: str) -> list[Path]:
        """The kept copies of the data folder's file `name` taken for `reason`, oldest first."""
        stem, suffix = Path(name).stem, Path(name).suffix
        pattern = re.compile(
            rf"^{re.escape(stem)}-\d{{8}}-\d{{6}}-{re.escape(reason)}{re.escape(suffix)}$"
        )
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if pattern.match(p.name))

    def take_daily(self, source: Path) -> Backup | None:
        """Takes today's backup unless one exists already."""
        today = self._clock().date()
        if any(b.reason == "daily" and b.taken_at.date() == today for b in self.list()):
            return None
        return self.take(source, "daily")

    def prune(self, reason: str, keep: int = KEEP_PER_REASON) -> None:
        """Deletes all but the newest `keep` backups taken for `reason`."""
        for old in [b for b in self.list() if b.reason == reason][keep:]:
            with contextlib.suppress(OSError):
                old.path.unlink()
