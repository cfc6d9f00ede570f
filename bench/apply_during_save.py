"""How long an edit on the UI thread takes while a background save is writing to a slow disk.

Run: QT_QPA_PLATFORM=offscreen python bench/apply_during_save.py [--count 2000] [--rounds 7]

Each round edits one accomplishment, starts the career store's background save (the path the
window uses) with a writer slowed to --delay seconds, waits until that writer is writing, then
times one `CareerStore.apply()` on this (the UI) thread and waits for the save to end. A window
that waits for the disk shows the write's duration here; one that does not shows milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from resume_builder.domain.models import Accomplishment  # noqa: E402
from resume_builder.storage import repository as repository_module  # noqa: E402
from resume_builder.storage.atomic import atomic_write_bytes  # noqa: E402
from resume_builder.storage.repository import Repository  # noqa: E402
from resume_builder.ui.store import CareerStore  # noqa: E402


class SlowWriter:
    """Writes like the real writer after sleeping; says when a write has begun."""

    def __init__(self, delay_s: float):
        self.delay_s = delay_s
        self.writing = threading.Event()

    def __call__(self, path: Path, data: bytes) -> None:
        self.writing.set()
        time.sleep(self.delay_s)
        atomic_write_bytes(path, data)


def install(repository: Repository, writer: SlowWriter) -> None:
    """Slows the repository's writes (older code has no writer hook: patch the module)."""
    if hasattr(repository, "writer"):
        repository.writer = writer
    else:
        repository_module.atomic_write_bytes = writer


def wait_until(condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the save did not finish")
        QCoreApplication.processEvents()
        time.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--delay", type=float, default=0.5)
    options = parser.parse_args()
    app = QCoreApplication([])  # noqa: F841 - the store's timers and signals need one
    with tempfile.TemporaryDirectory() as folder:
        repository = Repository.open(Path(folder))
        repository.put_many(
            [Accomplishment(headline=f"Cut cost {i} by 20%") for i in range(options.count)]
        )
        store = CareerStore(repository)
        writer = SlowWriter(options.delay)
        install(repository, writer)
        target = store.records(Accomplishment)[0]
        applies, saves = [], []
        for round_no in range(options.rounds):
            store.apply(put=[target.copy(headline=f"Round {round_no} start")])
            writer.writing.clear()
            saved_at = time.perf_counter()
            store.save_soon_now()
            if not writer.writing.wait(10):
                raise TimeoutError("the save never reached the writer")
            start = time.perf_counter()
            store.apply(put=[target.copy(headline=f"Round {round_no} during the save")])
            applies.append((time.perf_counter() - start) * 1000)
            store._timer.stop()  # one save per round: the edit waits for the next round's
            wait_until(lambda: not store._saving)
            saves.append((time.perf_counter() - saved_at) * 1000)
        store.flush()
        repository.close()
    print(f"apply() on the UI thread during a save slowed by {options.delay:.1f} s")
    print(f"({options.count:,} accomplishments, {options.rounds} rounds), ms")
    print(f"{'apply latency, median':<32} {statistics.median(applies):9.2f}")
    print(f"{'apply latency, max':<32} {max(applies):9.2f}")
    print(f"{'background save, median':<32} {statistics.median(saves):9.1f}")


if __name__ == "__main__":
    main()
