"""One running instance per data folder, with locks that die with their process."""

from __future__ import annotations

import contextlib
import os
import time
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
        handle.seek(0)
        handle.truncate()
        # Windows locks a byte range; write after it so the holder info stays readable.
        handle.write(b" " + _holder_json(os.getpid(), _host_name(), _utc_now()).encode())
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
        import json  # only when the folder is taken: the window's start does without it

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


def _utc_now() -> str:
    """The time now in UTC, to the second, as ISO 8601 ("2026-12-02T03:05:17+00:00")."""
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())


def _holder_json(pid: int, host: str, since: str) -> str:
    """The holder's details as a JSON object, written without the json module.

    Taking the lock is on the way to the window's first appearance, which loads neither json
    nor datetime yet; `describe_holder` reads this back with json. Every character outside
    printable ASCII is escaped, so any host name makes valid JSON.
    """

    def string(text: str) -> str:
        out = []
        for char in text:
            code = ord(char)
            if char in '"\\' or code < 0x20 or code > 0x7E:
                # a character beyond the BMP as its UTF-16 surrogate pair, as JSON spells it
                for unit in char.encode("utf-16-be").hex(" ", 2).split():
                    out.append("\\u" + unit)
            else:
                out.append(char)
        return '"' + "".join(out) + '"'

    return f'{{"pid": {int(pid)}, "host": {string(host)}, "since": {string(since)}}}'


def _host_name() -> str:
    """The name of the computer, without importing socket (or platform where os.uname exists)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform  # Windows: no os.uname

    return platform.node()
