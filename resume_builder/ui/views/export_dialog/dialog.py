"""The Export dialog: document options on the left, a live PDF preview and its page fit.

The coordinator: it joins the options, the preview panel and the run bar, and drives the one
job lifecycle of ui/workers.py for the preview (PreviewJobs) and the export (ExportJobs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from resume_builder import paths
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.catalog import load_catalog
from resume_builder.services.documents import (
    ExportRequest,
    ExportResult,
    snapshot_of,
    what_is_missing,
)
from resume_builder.services.exports import file_stem
from resume_builder.services.fit_report import FitReport
from resume_builder.services.preferences import load_preferences
from resume_builder.ui import settings as keys
from resume_builder.ui.fit_words import describe_fit
from resume_builder.ui.views.export_dialog.file_naming import ask_where_to_save, file_name
from resume_builder.ui.views.export_dialog.options import ExportOptions
from resume_builder.ui.views.export_dialog.plan import (
    DocumentPlan,
    file_words,
    missing_text,
    sentence_end,
)
from resume_builder.ui.views.export_dialog.preview_panel import PreviewPanel
from resume_builder.ui.views.export_dialog.run import (
    RunBar,
    failure_sentence,
    show_failed,
    show_saved,
)
from resume_builder.ui.workers import ExportJobs, PreviewJobs, app_pool

PREVIEW_DELAY_MS = 300


class ExportDialog(QDialog):
    """Choose a document, a template, a format and a language; see the PDF as it will print."""

    #: the preview PDF is loaded and shown (also after every re-render)
    preview_ready = Signal()
    #: the preview could not be rendered; the reason as shown under the preview
    preview_failed = Signal(str)
    #: an export wrote its file (the path), after the user closed the "done" message
    export_finished = Signal(object)
    #: an export could not be done; the sentence shown to the user
    export_failed = Signal(str)
    #: the user cancelled a running export; nothing was written
    export_cancelled = Signal()
    #: an export wrote its file: the request and the result (before the "done" message)
    document_exported = Signal(object, object)

    def __init__(
        self,
        context,
        parent: QWidget | None = None,
        templates_dir: Path | None = None,
        plan: DocumentPlan | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.plan = plan
        self.setWindowTitle(plan.title if plan is not None else self.tr("Export"))
        self.context = context
        self.store = context.store
        self.templates_dir = Path(templates_dir) if templates_dir else paths.templates_dir()
        #: the templates folder read once: usable styles, and broken files with their reasons
        self.catalog = load_catalog(self.templates_dir)

        #: the bytes of the PDF on show, for whoever wants to read them back
        self.preview_data = b""
        #: the last preview's result (pages and fit report)
        self.preview_result: ExportResult | None = None
        self._snapshot: CareerSnapshot | None = None
        #: why the chosen document would be a blank page (services.documents.EMPTY_*), or None
        self.missing: str | None = None

        self.options = ExportOptions(self.catalog, plan)
        self.preview = PreviewPanel()
        self.run_bar = RunBar()
        self._expose_parts()
        self._build_layout()
        # Known before the remembered look is shown: without a photo, none can be ticked.
        self.options.look_options.set_photo_available(self._current_snapshot().photo is not None)
        self.options.restore(load_preferences(self.store.repository.data_dir))
        self.preview.show_format_note(self.options.current_format())
        self._restore_geometry()

        # The export goes first: no preview starts while it runs, and one follows it.
        self.exports = ExportJobs(self.templates_dir, app_pool(), parent=self)
        self.previews = PreviewJobs(
            self._preview_job,
            self.templates_dir,
            app_pool(),
            PREVIEW_DELAY_MS,
            may_start=lambda: not self.exports.running,
            parent=self,
        )
        self._connect()
        # The first preview starts at once: nothing to debounce yet.
        QTimer.singleShot(0, self.previews.start_now)

    # ------------------------------------------------------------------ building
    def _expose_parts(self) -> None:
        # The widgets a user (and a test acting as one) reaches, by the names they had.
        options, preview, run = self.options, self.preview, self.run_bar
        self.kind_combo = options.kind_combo
        self.language_combo = options.language_combo
        self.page_target_combo = options.page_target_combo
        self.include_expired_box = options.include_expired_box
        self.template_picker = options.template_picker
        self.format_combo = options.format_combo
        self.page_size_combo = options.page_size_combo
        self.broken_label = options.broken_label
        self.preview_pages = preview.pages
        self.preview_view = preview.view
        self.preview_document = preview.pages.pdf
        self.empty_label = preview.empty_label
        self.zoom_combo = preview.zoom_combo
        self.pages_label = preview.pages_label
        self.format_note = preview.format_note
        self.fit_box = preview.fit_box
        self.fit_icon = preview.fit_icon
        self.fit_label = preview.fit_label
        self.progress_bar = run.progress_bar
        self.status_label = run.status_label
        self.export_button = run.export_button
        self.cancel_button = run.cancel_button
        self.close_button = run.close_button

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("exportSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.options)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.run_bar)

    def _connect(self) -> None:
        self.options.changed.connect(self._on_options_changed)
        self.options.format_changed.connect(self._on_options_format_changed)
        self.preview_pages.loaded.connect(self.preview_ready)
        self.preview_pages.unreadable.connect(self._on_preview_pages_unreadable)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.reject)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self.previews.started.connect(self._on_previews_started)
        self.previews.progressed.connect(self._on_previews_progressed)
        self.previews.finished.connect(self._on_previews_finished)
        self.previews.failed.connect(self._on_previews_failed)
        self.previews.ended.connect(self._on_previews_ended)
        self.exports.progressed.connect(self._on_exports_progressed)
        self.exports.finished.connect(self._on_exports_finished)
        self.exports.failed.connect(self._on_exports_failed)
        self.exports.cancelled.connect(self._on_exports_cancelled)
        for keys_pressed in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | keys_pressed), self)
            shortcut.activated.connect(self.export)

    # ------------------------------------------------------------------ options
    def current_request(self, fmt: str | None = None, output: Path | None = None) -> ExportRequest:
        """The request the options describe (the preview asks for PDF whatever the format)."""
        return self.options.request(fmt, output)

    def current_template(self) -> str:
        return self.options.current_template()

    @Slot()
    def _on_options_changed(self) -> None:
        self.preview.show_format_note(self.options.current_format())
        self.schedule_preview()

    @Slot()
    def _on_options_format_changed(self) -> None:
        # The preview is always the PDF of the same tree, so only the note changes.
        self.preview.show_format_note(self.options.current_format())

    @Slot()
    def _on_store_changed(self, *_args) -> None:
        # A record edited while the dialog is open: the preview follows it.
        self._snapshot = None
        self.schedule_preview()

    def _current_snapshot(self) -> CareerSnapshot:
        if self._snapshot is None:
            self._snapshot = snapshot_of(self.store)
        return self._snapshot

    # ------------------------------------------------------------------ preview
    def schedule_preview(self) -> None:
        """Re-renders the preview once the options have been still for a moment."""
        self.previews.schedule()

    def _preview_job(self):
        if not self.catalog.styles:
            self.preview.show_problem(self.tr("There are no templates to show."))
            self.export_button.setEnabled(False)  # nothing to typeset a file with either
            return None
        request, snapshot = self.current_request(fmt="pdf"), self._current_snapshot()
        self._show_missing(what_is_missing(request, snapshot))
        return None if self.missing is not None else (request, snapshot)

    def missing_text(self, reason: str) -> str:
        """What to add before the document has something to show."""
        return missing_text(reason)

    def _show_missing(self, reason: str | None) -> None:
        """A sentence instead of a blank page, no fit claimed, and no export of nothing."""
        self.missing = reason
        text = self.missing_text(reason) if reason is not None else None
        self.preview.show_missing(text)
        self.export_button.setEnabled(text is None and not self.exports.running)
        self.export_button.setToolTip(text if text is not None else RunBar.export_tip())
        if text is not None:
            self.preview_result = None
            self.preview_data = b""

    def fit_text(self, fit: FitReport) -> str:
        """The fit report in the interface language: what `FitReport.describe()` says."""
        return describe_fit(fit)

    @property
    def fit_level(self) -> str:
        return self.preview.fit_level

    @property
    def fit_details(self) -> str:
        return self.preview.fit_details

    @Slot()
    def _on_previews_started(self) -> None:
        if not self.exports.running:
            self.run_bar.set_busy(RunBar.updating_text(), 0.0)

    @Slot(float, str)
    def _on_previews_progressed(self, fraction: float, _step: str) -> None:
        if not self.exports.running:
            self.run_bar.set_busy(RunBar.updating_text(), fraction)

    @Slot()
    def _on_previews_ended(self) -> None:
        if not self.exports.running:
            self.run_bar.set_idle()

    @Slot(object)
    def _on_previews_finished(self, result: ExportResult) -> None:
        if self.missing is not None:
            return  # made before the records emptied: its page is no longer true
        self.preview_result = result
        self.preview_data = bytes(result.data)
        page_size = self.page_size_combo.currentText().split(" (")[0]
        self.preview.show_result(result, page_size)

    @Slot(str)
    def _on_previews_failed(self, reason: str) -> None:
        self.preview.show_problem(
            self.tr("The preview could not be made: %1").replace("%1", sentence_end(reason))
        )
        self.preview_failed.emit(reason)

    @Slot()
    def _on_preview_pages_unreadable(self) -> None:
        self.preview.show_problem(self.tr("The preview could not be shown."))
        self.preview_failed.emit(self.tr("The preview could not be shown."))

    # ------------------------------------------------------------------ exporting
    def default_file_name(self) -> str:
        """The profile's name, the kind of document (and a target's company), the format's
        extension: services.exports.file_stem in the interface's words.
        """
        kind = self.kind_combo.currentData()
        if self.plan is not None and self.plan.file_stem is not None:
            stem = self.plan.file_stem(kind)
        else:
            target = self.plan.target if self.plan is not None else None
            stem = file_stem(self.store.profile().name, kind, target, words=file_words())
        return file_name(stem, self.options.current_format())

    @Slot()
    def export(self) -> None:
        """Asks where to save, then exports on the worker with progress and a Cancel button."""
        if self.exports.running or not self.catalog.styles or self.missing is not None:
            return
        chosen = ask_where_to_save(
            self,
            self.default_file_name(),
            self.options.current_format(),
            self.options.allowed_formats(),
            self.kind_combo.currentText(),
            on_refused=self.status_label.setText,
        )
        if chosen is None:
            return
        path, fmt = chosen
        # The options follow the file: the export, the note and next time's choice.
        self.options.select_format(fmt)
        # The export goes first; the preview is made again when it is done.
        self.previews.cancel()
        self.exports.start(self.current_request(output=path), self._current_snapshot())
        self._set_exporting(True)
        self.run_bar.set_busy(self.tr("Starting the export…"), 0.0)

    @Slot()
    def cancel_export(self) -> None:
        """Stops the running export at its next step; no file is left behind."""
        if self.exports.running:
            # Said first: a job still queued is cancelled at once, and its news follows.
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))
            self.exports.cancel()

    @Slot(float, str)
    def _on_exports_progressed(self, fraction: float, step: str) -> None:
        self.run_bar.set_busy(RunBar.step_text(step), fraction)

    @Slot(object)
    def _on_exports_finished(self, result: ExportResult) -> None:
        self._end_export()
        self.document_exported.emit(self.exports.request, result)
        path = Path(result.path) if result.path else None
        self.status_label.setText(self.tr("Saved %1").replace("%1", path.name if path else ""))
        show_saved(self, result)
        self.export_finished.emit(path)

    @Slot(str)
    def _on_exports_failed(self, reason: str) -> None:
        self._end_export()
        sentence = failure_sentence(reason)
        self.status_label.setText(self.tr("Export failed."))
        show_failed(self, sentence)
        self.export_failed.emit(sentence)

    @Slot()
    def _on_exports_cancelled(self) -> None:
        self._end_export()
        self.status_label.setText(self.tr("Export cancelled; nothing was written."))
        self.export_cancelled.emit()

    def _end_export(self) -> None:
        self._set_exporting(False)
        if not self.previews.running:
            self.run_bar.set_idle()
        # Options may have changed meanwhile, or the export cancelled a preview: make it again.
        self.schedule_preview()

    def _set_exporting(self, running: bool) -> None:
        self.options.set_running(running)
        can_export = self.missing is None and bool(self.catalog.styles)
        self.run_bar.set_exporting(running, can_export=can_export)

    # ------------------------------------------------------------------ closing and settings
    def reject(self) -> None:
        # Escape during an export cancels the export, not the dialog.
        if self.exports.running:
            self.cancel_export()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._save_settings()
        self.previews.stop()
        self.exports.stop()
        # A job still typesetting finishes its current step; only this dialog's jobs are
        # waited for, not other work on the application's pool.
        self.previews.wait()
        self.exports.wait()
        super().done(result)

    def _restore_geometry(self) -> None:
        geometry = keys.EXPORT_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self._default_size())
        splitter = keys.EXPORT_SPLITTER.get()
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def _default_size(self) -> QSize:
        wanted = QSize(1300, 850)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        return wanted.boundedTo(screen.availableGeometry().size() * 0.92)

    def _save_settings(self) -> None:
        self.options.save()
        keys.EXPORT_GEOMETRY.set(self.saveGeometry())
        keys.EXPORT_SPLITTER.set(self.splitter.saveState())
