"""Storage failures, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base of every storage failure; str() is a sentence for the user."""


class CorruptDatabaseError(StorageError):
    """The database file cannot be trusted; it was moved aside (when opened for writing)."""

    def __init__(self, path: Path, reason: str, moved_to: Path | None, newest_backup: Path | None):
        self.path = path
        self.reason = reason
        self.moved_to = moved_to
        self.newest_backup = newest_backup
        message = f"The database {path} is damaged: {reason}."
        if moved_to is not None:
            message += f" It was moved aside to {moved_to} and has not been changed."
        if newest_backup is not None:
            message += f" The newest good backup is {newest_backup.name}."
        else:
            message += " No good backup was found."
        super().__init__(message)


class NewerSchemaError(StorageError):
    """The file was written by a newer version of the app."""

    def __init__(self, path: Path, found: int, supported: int):
        self.path, self.found, self.supported = path, found, supported
        super().__init__(
            f"The database {path} was written by a newer version of Resume Builder "
            f"(data format {found}; this version understands up to {supported}). "
            "Update the app to edit it; it can only be read here."
        )


class LockedError(StorageError):
    """Another running instance holds the data folder."""

    def __init__(self, data_dir: Path, holder: str):
        self.data_dir, self.holder = data_dir, holder
        super().__init__(
            f"Resume Builder is already open on {data_dir} ({holder}). "
            "Close it first, or use another data folder."
        )


class ReadOnlyError(StorageError):
    """A write was attempted on a repository opened read-only."""


class SaveError(StorageError):
    """A save failed; the edits are still in memory and can be saved again or elsewhere."""

    def __init__(self, path: Path, cause: OSError):
        self.path, self.cause = path, cause
        super().__init__(
            f"Could not save to {path}: {describe_os_error(cause)}. Your changes are kept in "
            "memory; free some space or fix the permission and retry, or save a copy elsewhere."
        )


def describe_os_error(error: OSError) -> str:
    """A short human description of why a file operation failed."""
    import errno

    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EFBIG: "the file is larger than the system allows",
        errno.EACCES: "permission denied",
        errno.EPERM: "the operation is not permitted",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder does not exist",
    }
    return reasons.get(error.errno or -1, error.strerror or str(error))
