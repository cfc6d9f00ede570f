"""The tailoring index of the newest accomplishments, built on the pool when it is large."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from resume_builder.ui.workers.pool import WorkerKeeper, app_pool

log = logging.getLogger(__name__)


class IndexSignals(QObject):
    """What an index job reports, on the UI thread."""

    built = Signal(object, int)  # the AccomplishmentIndex, the generation it was built for


class IndexJob(QRunnable):
    """Builds the tailoring index of one snapshot of the accomplishments on a pool thread.

    Records are never changed in place (an edit replaces them), so the lists taken on the UI
    thread are a safe snapshot for the worker.
    """

    def __init__(self, accomplishments: list, roles: dict, generation: int):
        super().__init__()
        self.accomplishments = list(accomplishments)
        self.roles = dict(roles)
        self.generation = generation
        self.signals = IndexSignals()  # created on the UI thread, so slots run there
        self._left_run = threading.Event()
        self.setAutoDelete(False)

    def wait_until_done(self, timeout_s: float | None = None) -> bool:
        """Waits until run() has returned (True), or the timeout passed (False)."""
        return self._left_run.wait(timeout_s)

    def has_left_run(self) -> bool:
        """True once run() has returned (the keeper may let the job go)."""
        return self._left_run.is_set()

    def run(self) -> None:
        from resume_builder.services.tailoring import AccomplishmentIndex

        try:
            built = AccomplishmentIndex.from_accomplishments(self.accomplishments, self.roles)
        except Exception:  # noqa: BLE001 - a bug: logged; the last index keeps serving
            log.exception("building the tailoring index failed")
        else:
            self.signals.built.emit(built, self.generation)
        finally:
            self._left_run.set()


class AccomplishmentIndexer(QObject):
    """Keeps the tailoring index of the newest records: a small record is indexed at once, a
    large one on the application pool, one job at a time.

    `records()` gives (accomplishments, roles by id) as stored now; `invalidate()` says they
    changed. A job's result is taken only when it was built for the newest records: an older
    one is dropped and a job for the newest starts, so the view never ranks accomplishments
    that are gone while the last good index keeps serving.
    """

    #: an index for the newest records is ready
    built = Signal()

    def __init__(
        self,
        records: Callable[[], tuple[list, dict]],
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.records = records
        self._pool = pool if pool is not None else app_pool()
        self._keeper = WorkerKeeper(self._pool)
        #: from this many accomplishments on, the index is built on a worker
        self.background_from = 2000
        #: the newest index taken (possibly for older records while a job runs)
        self.index = None
        self.generation = 0
        self._built_for = -1
        self._job: IndexJob | None = None

    @property
    def current(self) -> bool:
        """True when the index is for the newest records."""
        return self.index is not None and self._built_for == self.generation

    @property
    def building(self) -> bool:
        return self._job is not None

    def invalidate(self) -> None:
        """The accomplishments or roles changed: the index is stale."""
        self.generation += 1

    def get(self):
        """The index of the newest records, built now for a small record.

        For a large one: the last index (None before the first) while a job builds the new one.
        """
        if self.current:
            return self.index
        accomplishments, roles = self.records()
        if len(accomplishments) < self.background_from:
            from resume_builder.services.tailoring import AccomplishmentIndex

            self.index = AccomplishmentIndex.from_accomplishments(accomplishments, roles)
            self._built_for = self.generation
            return self.index
        if self._job is None:
            self._start(accomplishments, roles)
        return self.index

    def wait(self, timeout_s: float | None = None) -> bool:
        """Waits for a running job to leave its thread (before the window goes)."""
        job, self._job = self._job, None
        if job is None:
            return True
        done = job.wait_until_done(timeout_s)
        self._keeper.retire(job)
        return done

    def _start(self, accomplishments: list, roles: dict) -> None:
        job = IndexJob(accomplishments, roles, self.generation)
        job.signals.built.connect(self._on_job_built)
        self._job = job
        # Held by the keeper too, so the job outlives a view deleted while it runs (a
        # language switch rebuilds the window).
        self._keeper.keep(job)
        self._pool.start(job)

    def _on_job_built(self, index, generation: int) -> None:
        job = self._job
        if job is None or job.signals is not self.sender():
            return  # waited for and forgotten
        self._job = None
        self._keeper.retire(job)
        if generation != self.generation:
            self._start(*self.records())  # built for records since changed: dropped
            return
        self.index = index
        self._built_for = generation
        self.built.emit()
