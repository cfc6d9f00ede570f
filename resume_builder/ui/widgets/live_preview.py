"""A document preview that follows edits: typeset on a worker a moment after the last change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resume_builder.export.builders import CareerSnapshot
from resume_builder.services.documents import ExportRequest, ExportResult
from resume_builder.ui.views.export_dialog import describe_fit, pages_text
from resume_builder.ui.widgets.pdf_pages import PdfPages
from resume_builder.ui.workers import ExportWorker, WorkerKeeper

#: how long edits must pause before the document is typeset again
DELAY_MS = 400


class LivePreview(QWidget):
    """The PDF of whatever `make_request()` describes, with its page count and fit.

    `make_request` returns the request and a snapshot to typeset, or None when there is
    nothing to show. Call `schedule()` after anything it depends on changed, and `stop()`
    before the widget goes (it waits for a typesetting in progress).
    """

    #: a fresh preview is on screen (its result is in `result`)
    ready = Signal()
    #: the preview could not be made; the reason
    failed = Signal(str)

    def __init__(
        self,
        make_request: Callable[[], tuple[ExportRequest, CareerSnapshot] | None],
        templates_dir: Path,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.make_request = make_request
        self.templates_dir = Path(templates_dir)
        #: the PDF on show, and the result it came with
        self.data = b""
        self.result: ExportResult | None = None
        self.pages = PdfPages()
        self.pages.loaded.connect(self.ready)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        # One thread: a stale preview and the next one never typeset at the same time.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._keeper = WorkerKeeper(self._pool)
        self._worker: ExportWorker | None = None
        self._running: set[ExportWorker] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)
        self._stopped = False

    def schedule(self) -> None:
        """Typesets again once changes have paused (only while the preview is visible)."""
        if self._stopped:
            return
        if self._worker is not None:
            self._worker.cancel()
            self._pool.tryTake(self._worker)
        self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.schedule()

    def stop(self) -> None:
        """Cancels what is pending and waits for a typesetting in progress."""
        self._stopped = True
        self._timer.stop()
        for worker in list(self._running):
            worker.cancel()
            self._pool.tryTake(worker)
        self._pool.waitForDone()

    @Slot()
    def _start(self) -> None:
        if not self.isVisible() or self._stopped:
            return  # shown again later: showEvent schedules it then
        made = self.make_request()
        if made is None:
            self.status.setText("")
            return
        request, snapshot = made
        worker = ExportWorker(request, snapshot, self.templates_dir)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.signals.cancelled.connect(self._on_worker_cancelled)
        self._worker = worker
        self._running.add(worker)
        self.status.setText(self.tr("Updating the preview…"))
        self._pool.start(worker)

    def _take_sender(self) -> tuple[ExportWorker | None, bool]:
        signals = self.sender()
        worker = next((w for w in self._running if w.signals is signals), None)
        current = worker is not None and worker is self._worker and not worker.is_cancelled
        self._running.discard(worker)
        self._keeper.retire(worker)
        if worker is self._worker:
            self._worker = None
        return worker, current

    @Slot(object)
    def _on_worker_finished(self, result: ExportResult) -> None:
        _worker, current = self._take_sender()
        if not current:
            return  # typeset from older edits: a newer preview is on its way
        self.result = result
        self.data = bytes(result.data)
        if result.fit is not None:
            text = describe_fit(result.fit)
        else:
            text = pages_text(result.pages or 0) + "."
        self.status.setText(text)
        self.pages.show_pdf(self.data)

    @Slot(str)
    def _on_worker_failed(self, reason: str) -> None:
        _worker, current = self._take_sender()
        if current:
            self.status.setText(self.tr("The preview could not be made: %1").replace("%1", reason))
            self.failed.emit(reason)

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._take_sender()
