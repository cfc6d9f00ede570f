"""One running instance per data folder, with locks that die with their process."""

from __future__ import annotations

import contextlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from resume_builder.storage.errors import LockedError

LOCK_NAME = "resume-builder.lock"


class DataFolderLock:
    """An exclusive OS-level lock on a file in the data folder.

    The operating system drops the lock when the process ends, however it ends, so a crash
    never leaves a lock behind that blocks the next start: a lock file without a live
    holder is simply taken over.
    """

    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_NAME
        self._handle = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None

    def acquire(self) -> None:
        """Takes the lock or raises LockedError naming the holder."""
        if self._handle is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise LockedError(self.path.parent, self.describe_holder()) from None
        info = {
            "pid": os.getpid(),
            "host": _host_name(),
            "since": datetime.now(UTC).replace(microsecond=0).isoformat(),
        }
        handle.seek(0)
        handle.truncate()
        # Windows locks a byte range; write after it so the holder info stays readable.
        handle.write(b" " + json.dumps(info).encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Gives the lock up (also done by the OS when the process ends)."""
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self._handle.seek(0)
            self._handle.truncate()
            _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def describe_holder(self) -> str:
        """Who holds the lock, as far as the lock file tells."""
        try:
            info = json.loads(self.path.read_bytes().strip() or b"{}")
            return f"process {info['pid']} on {info['host']} since {info['since']}"
        except (OSError, ValueError, KeyError, TypeError):
            return "another process"

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _host_name() -> str:
    """The name of the computer, without importing socket (or platform where os.uname exists)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform  # Windows: no os.uname

    return platform.node()
