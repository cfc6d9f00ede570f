"""Portable backups: the database, the user dictionary and a manifest in one ZIP file."""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

from resume_builder import __version__
from resume_builder.storage.atomic import atomic_write_bytes
from resume_builder.storage.backups import Backup
from resume_builder.storage.fileformat import IntegrityError, decode
from resume_builder.storage.repository import DB_NAME

DICTIONARY_NAME = "dictionary.txt"
#: the document defaults and reminder periods (services/preferences.py) travel with the record
PREFERENCES_NAME = "preferences.json"
#: the data folder's small files a backup carries beside the database
COMPANION_NAMES = (DICTIONARY_NAME, PREFERENCES_NAME)
MANIFEST_NAME = "manifest.json"
ARCHIVE_FORMAT = "resume-builder-backup"
#: a backup archive is a handful of small files; anything far bigger is not one of ours
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = {
    DB_NAME: 200 * 1024 * 1024,
    DICTIONARY_NAME: 8 * 1024 * 1024,
    PREFERENCES_NAME: 1024 * 1024,
}
MAX_MANIFEST_BYTES = 64 * 1024
MAX_ENTRIES = 64


class BackupArchiveError(ValueError):
    """A backup archive that cannot be written or restored; the message names the file."""


def write_backup_zip(repository, target: Path) -> dict:
    """Writes the repository's database, dictionary and a manifest to `target`, atomically.

    The saved file is used when nothing is pending; otherwise the in-memory state is encoded,
    so the archive always holds what the user sees. Returns the manifest.

    Raises:
        BackupArchiveError: the archive could not be written.

    """
    target = Path(target)
    path = Path(repository.path)
    saved = path.exists() and not repository.dirty
    database = path.read_bytes() if saved else repository.encode()
    try:
        meta, _ = decode(database)
    except IntegrityError as exc:
        raise BackupArchiveError(f"The database {path} cannot be backed up: {exc}.") from None
    manifest = {
        "format": ARCHIVE_FORMAT,
        "app_version": __version__,
        "schema_version": meta.schema_version,
        "save_counter": meta.save_counter,
        "counts": meta.counts,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2, ensure_ascii=False))
        archive.writestr(DB_NAME, database)
        for name in COMPANION_NAMES:
            companion = Path(repository.data_dir) / name
            if companion.is_file():
                archive.writestr(name, companion.read_bytes())
    try:
        atomic_write_bytes(target, buffer.getvalue())
    except OSError as exc:
        raise BackupArchiveError(
            f"Could not write the backup {target}: {exc.strerror or exc}."
        ) from None
    return manifest


def read_backup_zip(source: Path) -> tuple[bytes, dict[str, bytes], dict]:
    """Reads and checks a backup archive without extracting anything to disk.

    Returns:
        The database bytes, the companion files by name (the dictionary) and the manifest
        (empty when the archive has none).

    Raises:
        BackupArchiveError: the file is missing, too big, not a ZIP, hostile or damaged.

    """
    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise BackupArchiveError(
            f"Cannot read the backup {source}: {exc.strerror or exc}."
        ) from None
    if size > MAX_ARCHIVE_BYTES:
        raise BackupArchiveError(
            f"The backup {source} is {size // (1024 * 1024)} MB, too big to be a backup of "
            "Resume Builder."
        )
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise BackupArchiveError(
                    f"The backup {source} holds {len(entries)} files; a backup of Resume "
                    "Builder holds only a few."
                )
            names = {entry.filename for entry in entries}
            if DB_NAME not in names:
                raise BackupArchiveError(
                    f"The backup {source} has no {DB_NAME}; it is not a backup of Resume Builder."
                )
            database = _read_member(archive, DB_NAME, MAX_MEMBER_BYTES[DB_NAME], source)
            companions = {}
            for name in COMPANION_NAMES:
                if name in names:
                    companions[name] = _read_member(archive, name, MAX_MEMBER_BYTES[name], source)
            manifest: dict = {}
            if MANIFEST_NAME in names:
                raw = _read_member(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES, source)
                try:
                    loaded = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    loaded = None
                if not isinstance(loaded, dict):
                    raise BackupArchiveError(f"The manifest in the backup {source} is damaged.")
                manifest = loaded
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise BackupArchiveError(
            f"The backup {source} is not a readable ZIP file ({exc})."
        ) from None
    except OSError as exc:
        raise BackupArchiveError(
            f"Cannot read the backup {source}: {exc.strerror or exc}."
        ) from None
    try:
        decode(database)
    except IntegrityError as exc:
        raise BackupArchiveError(
            f"The {DB_NAME} in the backup {source} is damaged: {exc}."
        ) from None
    for name, content in companions.items():
        try:
            text = content.decode("utf-8")
            if name == PREFERENCES_NAME and not isinstance(json.loads(text), dict):
                raise ValueError
        except UnicodeDecodeError:
            raise BackupArchiveError(
                f"The {name} in the backup {source} is not UTF-8 text."
            ) from None
        except ValueError:
            raise BackupArchiveError(f"The {name} in the backup {source} is damaged.") from None
    return database, companions, manifest


def restore_backup_zip(data_dir: Path, source: Path) -> Backup | None:
    """Makes a backup archive the data folder's database (and dictionary and preferences).

    The archive is checked completely first; then the restore workflow (services/restore.py)
    keeps pre-restore copies and replaces the files under the data folder's lock. Returns the
    database's pre-restore backup.

    Raises:
        BackupArchiveError: the archive cannot be restored; nothing was changed.
        LockedError: the app holds the data folder.

    """
    from resume_builder.services.restore import CheckedBackup, restore_from  # imports this

    database, companions, manifest = read_backup_zip(source)
    checked = CheckedBackup(Path(source), database, companions, manifest)
    return restore_from(Path(data_dir), checked).pre_restore


def _read_member(archive: zipfile.ZipFile, name: str, limit: int, source: Path) -> bytes:
    """One member's bytes, reading at most `limit` + 1 (declared sizes can lie)."""
    try:
        with archive.open(name) as handle:
            data = handle.read(limit + 1)
    except (RuntimeError, NotImplementedError) as exc:  # encrypted, unknown compression
        raise BackupArchiveError(
            f"The {name} in the backup {source} cannot be read ({exc})."
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise BackupArchiveError(f"The {name} in the backup {source} is damaged ({exc}).") from None
    if len(data) > limit:
        raise BackupArchiveError(
            f"The {name} in the backup {source} is larger than {limit // (1024 * 1024)} MB."
        )
    return data
