"""Background jobs: runs an export generator on a QThreadPool and reports back through signals.

Threads of the window (a fixed, documented few):

- `app_pool()`: the one pool every background job of the window runs on (previews, exports,
  the tailoring index, imports, word lists);
- the career store's save thread (`ui/store.py`): one thread, so saves stay in order.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from resume_builder.export.builders import CareerSnapshot
from resume_builder.export.style import StyleError
from resume_builder.services.documents import (
    ExportCancelled,
    ExportError,
    ExportRequest,
    ExportResult,
    export_document,
)

log = logging.getLogger(__name__)

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


class ImportSignals(QObject):
    """What an import worker reports, on the UI thread."""

    finished = Signal(object)  # the ImportPlan
    failed = Signal(str)  # a sentence for the user naming the file and the problem


class ImportWorker(QRunnable):
    """Parses an import file and plans it against a snapshot on a pool thread.

    Nothing is written here: the plan goes back to the UI thread for the preview.
    """

    def __init__(self, kind: str, path: Path, snapshot: CareerSnapshot, read=None):
        super().__init__()
        if not isinstance(snapshot, CareerSnapshot):
            raise TypeError("ImportWorker needs a CareerSnapshot, not a live store")
        self.kind = kind
        self.path = Path(path)
        self.snapshot = snapshot
        self._read = read
        self.signals = ImportSignals()  # created on the UI thread, so slots run there
        self.setAutoDelete(False)

    def run(self) -> None:
        from resume_builder.services.importing.files import plan_import, read_import

        try:
            parsed = (self._read or read_import)(self.kind, self.path)
            plan = plan_import(parsed, self.snapshot)
        except ValueError as exc:  # ImportFileError, and record rules the importer missed
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            where = exc.filename or self.path
            self.signals.failed.emit(f"Cannot read {where}: {exc.strerror or exc}.")
        except Exception as exc:  # noqa: BLE001 - a bug: logged, and a sentence for the user
            log.exception("import of %s failed", self.path)
            self.signals.failed.emit(f"{self.path.name} could not be imported ({exc}).")
        else:
            self.signals.finished.emit(plan)


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
        """Asks the newest job to stop at its next step; one still queued never starts."""
        self._cancel_newest()

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
