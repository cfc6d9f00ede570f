"""The application's one thread pool, and the keeper that lets its finished jobs go safely."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool, QTimer

#: background jobs at once: one typesets while another builds an index or reads a file
APP_POOL_THREADS = 3

_app_pool: QThreadPool | None = None


def app_pool() -> QThreadPool:
    """The application's one thread pool for background jobs (created on first use)."""
    global _app_pool
    if _app_pool is None:
        _app_pool = QThreadPool()
        _app_pool.setMaxThreadCount(APP_POOL_THREADS)
        _app_pool.setObjectName("resume-builder-jobs")
    return _app_pool


class WorkerKeeper:
    """Keeps workers alive until their pool thread has really left `run()`.

    A worker's last signal reaches the UI thread while the pool thread may still be
    returning from `run()`; dropping the last Python reference in that slot would delete
    the QRunnable under the running thread and abort the process. Retired workers are let
    go only once the pool is idle; a shared pool may stay busy, so the keeper looks again
    a moment later instead of waiting for the next retirement. A worker kept from its start
    (`keep`) also outlives an owner deleted while it runs: it goes once it has left `run()`.
    """

    #: how often a keeper with retired workers looks whether the pool went idle
    RETRY_MS = 250

    def __init__(self, pool):
        self._pool = pool
        self._retired: list = []
        self._looking = False

    def keep(self, worker) -> None:
        """Holds a worker about to start until it has run and the pool is idle."""
        self.retire(worker)

    def retire(self, worker) -> None:
        """Holds a finished worker until the pool has no running thread."""
        if worker is not None and not any(w is worker for w in self._retired):
            self._retired.append(worker)
        self._release()

    def _release(self) -> None:
        self._looking = False
        try:
            idle = self._pool.activeThreadCount() == 0
        except RuntimeError:  # the pool was deleted, which waits for its threads first
            idle = True
        if idle:
            self._retired = [w for w in self._retired if _yet_to_leave_run(w)]
        if self._retired:
            self._looking = True
            # The timer's callable holds the keeper, so retired workers outlive their owner.
            QTimer.singleShot(self.RETRY_MS, self._look_again)

    def _look_again(self) -> None:
        if self._looking:
            self._release()


def _yet_to_leave_run(worker) -> bool:
    # Workers that cannot say (ImportWorker) are retired only at their end.
    has_left = getattr(worker, "has_left_run", None)
    return has_left is not None and not has_left()
