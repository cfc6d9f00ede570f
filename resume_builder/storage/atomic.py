"""Crash-safe file writes: a whole new file or the old one, never a torn one."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

TEMP_MARK = ".tmp-"


def temp_name_for(path: Path) -> Path:
    """A temporary name beside `path` that `remove_stale_temps` recognises."""
    # os.urandom rather than secrets: the name needs no more, and secrets costs start-up time.
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Writes `data` to `path` so that a crash at any instant leaves the old or new content.

    The bytes go to a temporary file in the same folder, are flushed and fsynced, and the
    file then replaces the target in one rename; the folder is fsynced so the rename itself
    survives a power cut. On failure the temporary file is removed and the error re-raised.
    """
    temp = temp_name_for(path)
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Makes a rename in `folder` durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temps(path: Path) -> list[Path]:
    """Deletes temporary files a killed save left beside `path`; returns what was removed."""
    removed = []
    prefix = f".{path.name}{TEMP_MARK}"
    if not path.parent.is_dir():
        return removed
    for candidate in path.parent.iterdir():
        if candidate.name.startswith(prefix):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed
