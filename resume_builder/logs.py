"""The window's log: a few small rotating files in the data folder's logs/ for problem reports.

Messages name files, counts and versions, never what the user wrote: a report of a problem
carries the log's tail, and an accomplishment's text is no business of whoever reads it.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from resume_builder import APP_NAME, __version__, paths

#: one file stays small enough to read and to paste; three old ones are kept beside it
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
HANDLER_NAME = "resume_builder.file"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


def set_up_logging(data_dir: Path) -> Path:
    """Sends our INFO (and everyone's WARNING) messages to the data folder's log; its path.

    Calling it again (another data folder) replaces the earlier file handler.
    """
    path = paths.log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    stop_logging()
    handler = _RotatingFileHandler(path, MAX_BYTES, BACKUP_COUNT)
    handler.set_name(HANDLER_NAME)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    # Libraries stay at the root's WARNING; our own INFO lines say what the app was doing.
    logging.getLogger("resume_builder").setLevel(logging.INFO)
    _log_uncaught_exceptions()
    log.info(
        "%s %s starting; Python %s on %s",
        APP_NAME,
        __version__,
        ".".join(str(part) for part in sys.version_info[:3]),
        _system(),
    )
    return path


def _system() -> str:
    """The system, its release and the machine ("Linux 6.1.0-18-amd64 x86_64").

    Not platform.platform(): it asks `uname -p` in a subprocess while the window starts; and
    os.uname() where there is one, sparing the platform module's import (~2 ms).
    """
    if hasattr(os, "uname"):
        name = os.uname()
        return f"{name.sysname} {name.release} {name.machine}"
    import platform  # Windows: no os.uname

    return f"{platform.system()} {platform.release()} {platform.machine()}"


class _RotatingFileHandler(logging.FileHandler):
    """Appends to a file and, when the next line would pass `max_bytes`, moves it to .1 (.1 to
    .2, and so on, keeping `backup_count`), as logging.handlers.RotatingFileHandler does.

    Not that one: logging.handlers imports socket and pickle for its network handlers, about
    6 ms of the window's start, to write to a file.
    """

    def __init__(self, path: Path, max_bytes: int, backup_count: int):
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            line = self.format(record) + self.terminator
            if self.stream.tell() + len(line.encode("utf-8")) > self.max_bytes:
                self._roll_over()
        except Exception:  # noqa: BLE001 - logging never raises into the app (Handler's way)
            self.handleError(record)
            return
        super().emit(record)

    def _roll_over(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for number in range(self.backup_count - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if self.backup_count > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def stop_logging() -> None:
    """Closes the log file (at exit, or before a test's folder goes)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    previous = getattr(sys.excepthook, "_logs_to_file", None)
    if previous is not None:
        sys.excepthook = previous


def tail(path: Path, lines: int = 50) -> list[str]:
    """The last `lines` lines of a log file ([] when there is none yet)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            # Lines are short; 400 bytes a line is plenty and keeps a big file cheap to read.
            handle.seek(max(0, size - lines * 400))
            data = handle.read()
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace").splitlines()
    if len(data) < size and text:
        text = text[1:]  # the first line was cut by the seek
    return text[-lines:]


def _log_uncaught_exceptions() -> None:
    """A crash in a slot reaches sys.excepthook: put it in the log too, then print it as before."""
    previous = sys.excepthook
    if getattr(previous, "_logs_to_file", None) is not None:
        return

    def hook(kind, value, traceback) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.error("Uncaught exception", exc_info=(kind, value, traceback))
        previous(kind, value, traceback)

    hook._logs_to_file = previous  # type: ignore[attr-defined]  # what stop_logging puts back
    sys.excepthook = hook
