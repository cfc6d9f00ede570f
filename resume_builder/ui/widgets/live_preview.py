"""A document preview that follows edits: typeset on a worker a moment after the last change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.documents import ExportRequest, ExportResult
from resume_builder.ui.fit_words import describe_fit, pages_text
from resume_builder.ui.widgets.pdf_pages import PdfPages
from resume_builder.ui.workers import ExportJob, PreviewJobs, app_pool

#: how long edits must pause before the document is typeset again
DELAY_MS = 400


class LivePreview(QWidget):
    """The PDF of whatever `make_request()` describes, with its page count and fit.

    `make_request` returns the request and a snapshot to typeset, or None when there is
    nothing to show. Call `schedule()` after anything it depends on changed, and `stop()`
    before the widget goes (it waits for its own typesetting in progress, on the
    application's pool).
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
        job: ExportJob | None = None,
    ):
        super().__init__(parent)
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
        extra = {"job": job} if job is not None else {}
        self.jobs = PreviewJobs(
            make_request, templates_dir, app_pool(), DELAY_MS, self._may_start, self, **extra
        )
        self.jobs.started.connect(self._on_jobs_started)
        self.jobs.finished.connect(self._on_jobs_finished)
        self.jobs.failed.connect(self._on_jobs_failed)
        self._stopped = False
        # True from show_message() until the next preview starts: no older page comes back.
        self._cleared = False

    def schedule(self) -> None:
        """Typesets again once changes have paused (only while the preview is visible)."""
        if not self._stopped:
            self.jobs.schedule()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.schedule()

    def stop(self) -> None:
        """Cancels what is pending and waits for a typesetting in progress."""
        self._stopped = True
        self.jobs.stop()
        self.jobs.wait()

    def show_message(self, text: str) -> None:
        """Says why there is no page to show, instead of it; the next preview brings it back."""
        # A typesetting still running describes the document as it was: it must not come
        # back over the message.
        self.jobs.cancel()
        self._cleared = True
        self.result = None
        self.data = b""
        self.status.setText(text)
        self.pages.hide()

    def _may_start(self) -> bool:
        # Hidden, nobody looks: showEvent schedules it when the preview is shown again.
        return self.isVisible() and not self._stopped

    @Slot()
    def _on_jobs_started(self) -> None:
        self._cleared = False
        self.status.setText(self.tr("Updating the preview…"))

    @Slot(object)
    def _on_jobs_finished(self, result: ExportResult) -> None:
        if self._cleared or self._stopped:
            return  # made before the message or the stop: no longer what the page shows
        self.result = result
        self.data = bytes(result.data)
        if result.fit is not None:
            text = describe_fit(result.fit)
        else:
            text = pages_text(result.pages or 0) + "."
        self.status.setText(text)
        self.pages.show()
        self.pages.show_pdf(self.data)

    @Slot(str)
    def _on_jobs_failed(self, reason: str) -> None:
        self.status.setText(self.tr("The preview could not be made: %1").replace("%1", reason))
        self.failed.emit(reason)
