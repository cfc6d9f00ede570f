"""Document jobs: typesetting a preview or writing an export on the pool, one lifecycle for both."""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.style import StyleError
from resume_builder.services.documents import (
    ExportCancelled,
    ExportError,
    ExportRequest,
    ExportResult,
    export_document,
)
from resume_builder.ui.workers.pool import WorkerKeeper, app_pool

log = logging.getLogger(__name__)

#: an export job: (request, snapshot, templates folder) -> generator of (fraction, message)
ExportJob = Callable[
    [ExportRequest, CareerSnapshot, Path], Generator[tuple[float, str], bool | None, ExportResult]
]


class WorkerSignals(QObject):
    """What a worker reports; lives on the UI thread, so connected slots run there."""

    progressed = Signal(float, str)  # fraction done (0..1), what is happening (service words)
    finished = Signal(object)  # the ExportResult
    failed = Signal(str)  # why, as a clause for the user (without the "could not export" part)
    cancelled = Signal()


class ExportWorker(QRunnable):
    """Runs one export generator to the end on a pool thread; cancel() stops it between steps.

    It never touches widgets or the store: it gets an immutable snapshot and its own copy of
    the request, both taken on the UI thread.
    """

    def __init__(
        self,
        request: ExportRequest,
        snapshot: CareerSnapshot,
        templates_dir: Path,
        job: ExportJob = export_document,
    ):
        super().__init__()
        if not isinstance(snapshot, CareerSnapshot):
            # A store or repository here would be read from a pool thread while the UI edits it.
            raise TypeError("ExportWorker needs a CareerSnapshot, not a live store")
        # The builders fill in parts of the request; a deep copy keeps the dialog's own apart.
        self.request = copy.deepcopy(request)
        self.snapshot = snapshot
        self.templates_dir = Path(templates_dir)
        self._job = job
        self._cancel = threading.Event()
        # Set as run() returns: an owner going away waits for its own jobs, not the whole pool.
        self._left_run = threading.Event()
        # Created here, on the UI thread, so queued signals are delivered to the UI thread.
        self.signals = WorkerSignals()
        # The pool must not delete the runnable while the UI may still ask it to cancel.
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Asks the job to stop at its next step (thread-safe; a finished job ignores it)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait_until_done(self, timeout_s: float | None = None) -> bool:
        """Waits until run() has returned (True), or the timeout passed (False)."""
        return self._left_run.wait(timeout_s)

    def has_left_run(self) -> bool:
        """True once run() has returned, or once the worker was taken off the pool's queue."""
        return self._left_run.is_set()

    def taken_off_queue(self) -> None:
        """Marks a worker the pool gave back before running it: it will never run."""
        self._left_run.set()

    def run(self) -> None:
        try:
            self._run_job()
        finally:
            self._left_run.set()

    def _run_job(self) -> None:
        if self._cancel.is_set():
            self.signals.cancelled.emit()
            return
        try:
            generator = self._job(self.request, self.snapshot, self.templates_dir)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost in a thread
            self._report_failure(exc)
            return
        try:
            fraction, message = next(generator)
            while True:
                self.signals.progressed.emit(float(fraction), str(message))
                fraction, message = generator.send(self._cancel.is_set())
        except StopIteration as stop:
            self.signals.finished.emit(stop.value)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001
            self._report_failure(exc)
        finally:
            generator.close()

    def _report_failure(self, exc: Exception) -> None:
        if isinstance(exc, ExportError | StyleError):
            self.signals.failed.emit(str(exc))
        elif isinstance(exc, OSError):
            where = f" ({exc.filename})" if exc.filename else ""
            self.signals.failed.emit(f"{exc.strerror or exc}{where}")
        else:
            # A bug, not a user error: keep the traceback for the log, give the user a sentence.
            log.exception("export job failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")


class ExportJobs(QObject):
    """One lifecycle for document jobs on a pool: start, progress, cancel, stale results, keeper.

    Only the newest job reports; one overtaken by a newer `start()` is cancelled and whatever
    it still sends is dropped. `wait()` waits for this owner's own jobs only, so closing a
    dialog never waits for another view's work on the shared pool. A result the newest job
    delivers after a late cancel is still reported (the file is written); `PreviewJobs`
    drops it instead, since a newer preview is on its way.
    """

    #: a job began (it may still wait for a free thread)
    started = Signal()
    #: how far the newest job is (0..1), and its step in the service's words
    progressed = Signal(float, str)
    #: the newest job's ExportResult
    finished = Signal(object)
    #: the newest job failed; the reason as a clause
    failed = Signal(str)
    #: the newest job stopped at a cancel; nothing was written
    cancelled = Signal()
    #: a job left the pool and no newer one is running
    ended = Signal()

    #: whether a result the newest job sends after being cancelled is dropped
    drops_cancelled_results = False

    def __init__(
        self,
        templates_dir: Path,
        pool: QThreadPool | None = None,
        job: ExportJob = export_document,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.templates_dir = Path(templates_dir)
        self._pool = pool if pool is not None else app_pool()
        self._job = job
        self._keeper = WorkerKeeper(self._pool)
        self._worker: ExportWorker | None = None
        #: the request of the newest job (the job's own copy), kept after it ends
        self.request: ExportRequest | None = None
        # Workers stay referenced until they report their end, so Python never frees one that
        # a pool thread is still running.
        self._running: set[ExportWorker] = set()

    @property
    def running(self) -> bool:
        """True while the newest job is queued or running."""
        return self._worker is not None

    def start(self, request: ExportRequest, snapshot: CareerSnapshot) -> ExportWorker:
        """Starts a job on the pool; a job still running is cancelled and will not report."""
        self._cancel_newest()
        worker = ExportWorker(request, snapshot, self.templates_dir, job=self._job)
        worker.signals.progressed.connect(self._on_worker_progressed)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.signals.cancelled.connect(self._on_worker_cancelled)
        self._worker = worker
        self.request = worker.request
        self._running.add(worker)
        # Held by the keeper too, so a worker outlives an owner deleted while it runs.
        self._keeper.keep(worker)
        self.started.emit()
        self._pool.start(worker)
        return worker

    def cancel(self) -> None:
        """Asks the newest job to stop at its next step; one still queued never starts.

        A job taken off the queue never runs, so it cannot say it was cancelled: `cancelled`
        is emitted here for it, or whoever waits for it (the export dialog) would wait forever.
        """
        worker = self._worker
        self._cancel_newest()
        if worker is not None and worker.has_left_run and worker not in self._running:
            self.cancelled.emit()

    def stop(self) -> None:
        """Cancels every job of this owner (then `wait()` for those already running)."""
        for worker in list(self._running):
            self._cancel_worker(worker)

    def wait(self, timeout_s: float | None = None) -> bool:
        """Waits until this owner's jobs have left their threads; False if one is still there."""
        done = all(worker.wait_until_done(timeout_s) for worker in list(self._running))
        for worker in list(self._running):
            # Nothing they still send matters now; the keeper holds them for their thread.
            self._running.discard(worker)
            self._keeper.retire(worker)
        self._worker = None
        return done

    def _cancel_newest(self) -> None:
        if self._worker is not None:
            self._cancel_worker(self._worker)

    def _cancel_worker(self, worker: ExportWorker) -> None:
        worker.cancel()
        if self._pool.tryTake(worker):
            # Taken off the queue before it ran: it will never report, so forget it now.
            worker.taken_off_queue()
            self._forget(worker)
            self._report_end()

    def _forget(self, worker: ExportWorker | None) -> None:
        self._running.discard(worker)
        self._keeper.retire(worker)
        if worker is not None and worker is self._worker:
            self._worker = None

    def _take_sender(self, *, cancelled_too: bool = False) -> bool | None:
        """Forgets the worker that sent the signal: True when its news is to be reported,
        False when it is stale, None when the worker is no longer this owner's (after `wait()`).
        """
        signals = self.sender()
        worker = next((w for w in self._running if w.signals is signals), None)
        if worker is None:
            return None
        report = worker is self._worker and (
            cancelled_too or not (worker.is_cancelled and self.drops_cancelled_results)
        )
        self._forget(worker)
        return report

    def _on_worker_progressed(self, fraction: float, message: str) -> None:
        signals = self.sender()
        worker = self._worker
        if worker is not None and worker.signals is signals and not worker.is_cancelled:
            self.progressed.emit(fraction, message)

    def _on_worker_finished(self, result: ExportResult) -> None:
        self._report(self._take_sender(), self.finished, result)

    def _on_worker_failed(self, reason: str) -> None:
        self._report(self._take_sender(), self.failed, reason)

    def _on_worker_cancelled(self) -> None:
        self._report(self._take_sender(cancelled_too=True), self.cancelled)

    def _report(self, report: bool | None, signal, *args) -> None:
        if report is None:
            return
        if report:
            signal.emit(*args)
        self._report_end()

    def _report_end(self) -> None:
        if self._worker is None:
            self.ended.emit()


class PreviewJobs(ExportJobs):
    """Typesets a preview a moment after the last change; only the newest reports.

    `make_job` returns the request and snapshot to typeset, or None when there is nothing to
    show; `may_start` can hold a preview back (while the owner exports, or while hidden). A
    job overtaken by a newer `schedule()` is cancelled and its result dropped, even one that
    finished just before the cancel reached it.
    """

    drops_cancelled_results = True

    def __init__(
        self,
        make_job: Callable[[], tuple[ExportRequest, CareerSnapshot] | None],
        templates_dir: Path,
        pool: QThreadPool | None,
        delay_ms: int,
        may_start: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
        job: ExportJob = export_document,
    ):
        super().__init__(templates_dir, pool, job=job, parent=parent)
        self.make_job = make_job
        self.may_start = may_start
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.start_now)

    def schedule(self) -> None:
        """Typesets again once changes have paused for the delay."""
        self.cancel()
        if not self._stopped:
            self._timer.start()

    def cancel(self) -> None:
        """Drops the pending preview; one still waiting in the pool never starts."""
        self._timer.stop()
        super().cancel()

    def stop(self) -> None:
        """Cancels every preview job for good (the owner then calls `wait()`): the owner is
        going, and a start still queued for it must find nothing to do.
        """
        self._stopped = True
        self._timer.stop()
        super().stop()

    def start_now(self) -> None:
        """Starts typesetting at once (unless held back or there is nothing to show)."""
        if self._stopped or not self.may_start():
            return
        made = self.make_job()
        if made is None:
            return
        self.start(*made)
