"""The Export dialog: document options on the left, a live PDF preview and its page fit."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from resume_builder import paths
from resume_builder.export.builders import CareerSnapshot, ResumeOptions
from resume_builder.export.locale import LANGUAGES
from resume_builder.services.documents import (
    EMPTY_CMD,
    EMPTY_LETTER,
    EXTENSIONS,
    FORMATS,
    PAGE_SIZES,
    ExportRequest,
    ExportResult,
    FitReport,
    FormatNotOffered,
    file_and_format,
    snapshot_of,
    what_is_missing,
)
from resume_builder.services.preferences import load_preferences, paper_size
from resume_builder.ui.fit_words import describe_fit, pages_text
from resume_builder.ui.icons import icon
from resume_builder.ui.widgets.pdf_pages import PdfPages
from resume_builder.ui.widgets.template_list import TEMPLATE_KEY_ROLE, TemplateList, load_templates
from resume_builder.ui.workers import ExportWorker, PreviewJobs, WorkerKeeper

SETTINGS_GROUP = "export"
LAST_FOLDER_KEY = "export/last_folder"
PREVIEW_DELAY_MS = 300
#: the colour of a fit report over its page target (the same red the record forms use)
WARNING_COLOUR = "#c0392b"
#: how the fit report looks: neutral, content left out to fit, over the page target
FIT_OK, FIT_ATTENTION, FIT_WARNING = "ok", "attention", "warning"
_FIT_BOX = "#exportFitBox {{ background: {0}; border: 1px solid {1}; border-radius: 4px; }}"
_FIT_STYLES = {
    FIT_OK: _FIT_BOX.format("#f3f5f7", "#dde2e7"),
    FIT_ATTENTION: _FIT_BOX.format("#fff7e6", "#f0d9a8") + " #exportFit { color: #6b4a00; }",
    FIT_WARNING: _FIT_BOX.format("#fdf0ee", "#f2c4bd")
    + f" #exportFit {{ color: {WARNING_COLOUR}; }}",
}
#: characters no file system accepts in a name (Windows is the strictest)
_UNSAFE_IN_FILE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

#: the documents the general dialog offers
GENERAL_KINDS = ("resume", "cmd")


@dataclass
class DocumentPlan:
    """The documents of one target, offered by the dialog instead of the general ones.

    Attributes:
        title: the window title ("Export for Northwind Retail").
        kinds: (kind, label) pairs, e.g. the target's résumé and its cover letter.
        kind: the kind shown first.
        complete: fills a request's résumé or letter options from the target, as it is now.
        file_stem: kind -> the default file name without extension.
        page_target: the target's page target, shown first.
        formats: kind -> the formats it can be saved as (all when missing).

    """

    title: str
    kinds: list[tuple[str, str]]
    kind: str
    complete: Callable[[ExportRequest], ExportRequest]
    file_stem: Callable[[str], str]
    page_target: int | None = 2
    formats: dict[str, tuple[str, ...]] = field(default_factory=dict)


def missing_text(reason: str) -> str:
    """What to add before a document has something to show (services.documents.EMPTY_*).

    The Targets page's previews say the same as this dialog, so the words live here once.
    """
    if reason == EMPTY_CMD:
        return QCoreApplication.translate(
            "ExportDialog",
            "The Career Management Document has nothing to show yet. Add a role on the "
            "Experience page or an accomplishment first.",
        )
    if reason == EMPTY_LETTER:
        return QCoreApplication.translate(
            "ExportDialog",
            "The cover letter has no text yet. Draft it from its template on the target's "
            "Cover Letter tab, or write it there, first.",
        )
    return QCoreApplication.translate(
        "ExportDialog",
        "The résumé has nothing to show yet. Add a role on the Experience page, your "
        "education on the Background page or a summary on the Profile page first.",
    )


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
        self.styles = load_templates(self.templates_dir)

        #: the bytes of the PDF on show, for whoever wants to read them back
        self.preview_data = b""
        #: the last preview's result (pages and fit report)
        self.preview_result: ExportResult | None = None
        self._snapshot: CareerSnapshot | None = None
        self._export_worker: ExportWorker | None = None
        # Workers stay referenced until they report their end, so Python never frees one that
        # a pool thread is still running.
        self._running: set[ExportWorker] = set()
        # One thread: a stale preview and the next one never typeset at the same time, which
        # keeps the two cores of a modest machine for the window and the current job.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._keeper = WorkerKeeper(self._pool)
        #: the fit report's look (FIT_OK, FIT_ATTENTION, FIT_WARNING) and its full item list
        self.fit_level = FIT_OK
        self.fit_details = ""
        #: why the chosen document would be a blank page (services.documents.EMPTY_*), or None
        self.missing: str | None = None

        self._build_widgets()
        self._build_layout()
        self._restore_settings()
        self._connect()
        self._update_option_states()

        # Previews share the export's one thread: the export goes first, then a fresh preview.
        self.previews = PreviewJobs(
            self._preview_job,
            self.templates_dir,
            self._pool,
            PREVIEW_DELAY_MS,
            may_start=lambda: self._export_worker is None,
            parent=self,
        )
        self.previews.started.connect(self._on_previews_started)
        self.previews.progressed.connect(self._on_previews_progressed)
        self.previews.finished.connect(self._on_preview_finished)
        self.previews.failed.connect(self._on_preview_failed)
        self.previews.ended.connect(self._on_previews_ended)
        # The first preview starts at once: nothing to debounce yet.
        QTimer.singleShot(0, self.previews.start_now)

    # ------------------------------------------------------------------ building
    def _build_widgets(self) -> None:
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("exportKind")
        if self.plan is not None:
            for kind, label in self.plan.kinds:
                self.kind_combo.addItem(label, kind)
        else:
            kind_names = {
                "resume": self.tr("Résumé"),
                "cmd": self.tr("Career Management Document"),
            }
            for kind in GENERAL_KINDS:
                self.kind_combo.addItem(kind_names[kind], kind)
            self.kind_combo.setToolTip(
                self.tr(
                    "A résumé is the short, tailored story for one reader; the Career "
                    "Management Document is your complete private record."
                )
            )

        self.template_list = TemplateList()
        self.template_list.setObjectName("exportTemplates")
        self.template_list.setAccessibleName(self.tr("Template"))
        self.template_list.set_templates(self.styles, self.templates_dir)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        self._format_names = {
            "pdf": self.tr("PDF"),
            "docx": self.tr("Word (DOCX)"),
            "md": self.tr("Markdown"),
            "txt": self.tr("Plain text"),
            "json": self.tr("JSON Resume"),
        }
        for fmt in FORMATS:
            self.format_combo.addItem(self._format_names[fmt], fmt)

        self.page_size_combo = QComboBox()
        self.page_size_combo.setObjectName("exportPageSize")
        size_names = {
            "A4": self.tr("A4 (210 × 297 mm)"),
            "Letter": self.tr("US Letter (8.5 × 11 in)"),
        }
        for size in PAGE_SIZES:
            self.page_size_combo.addItem(size_names.get(size, size), size)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("exportLanguage")
        # Each language in its own name: the reader's language, not the interface's.
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(
            self.tr(
                "The language of headings and dates in the document; your own text stays as "
                "you wrote it."
            )
        )

        self.page_target_combo = QComboBox()
        self.page_target_combo.setObjectName("exportPageTarget")
        self.page_target_combo.addItem(self.tr("1 page"), 1)
        self.page_target_combo.addItem(self.tr("2 pages"), 2)
        self.page_target_combo.setToolTip(
            self.tr("How long the résumé should be; the preview says what would have to go.")
        )

        self.preview_pages = PdfPages()
        self.preview_pages.setMinimumWidth(420)
        self.preview_pages.loaded.connect(self.preview_ready)
        self.preview_pages.unreadable.connect(self._on_preview_pages_unreadable)
        self.preview_view = self.preview_pages.view
        self.preview_view.setObjectName("exportPreview")
        self.preview_view.setAccessibleName(self.tr("Preview"))
        self.preview_document = self.preview_pages.pdf
        # Shown instead of a blank page when the document has nothing to show yet.
        self.empty_label = QLabel()
        self.empty_label.setObjectName("exportEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.empty_label.hide()

        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("exportZoom")
        self.zoom_combo.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom_combo.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))

        self.preview_title = QLabel(self.tr("Preview"))
        title_font = self.preview_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.preview_title.setFont(title_font)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("exportPages")
        self.pages_label.setEnabled(False)  # muted: a detail beside the title

        self.format_note = QLabel()
        self.format_note.setObjectName("exportFormatNote")
        self.format_note.setTextFormat(Qt.TextFormat.PlainText)
        self.format_note.setWordWrap(True)
        note_font = self.format_note.font()
        note_font.setPointSizeF(note_font.pointSizeF() * 0.92)
        self.format_note.setFont(note_font)
        self.format_note.setStyleSheet(
            "QLabel { background: #eef3fb; color: #2c3e50; border: 1px solid #cfdcee;"
            " border-radius: 4px; padding: 5px 8px; }"
        )

        self.fit_icon = QLabel()
        self.fit_icon.setPixmap(icon("warning").pixmap(QSize(18, 18)))
        self.fit_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.fit_icon.hide()
        self.fit_label = QLabel()
        self.fit_label.setObjectName("exportFit")
        self.fit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_label.setWordWrap(True)
        self.fit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("exportProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(180)
        self.progress_bar.setFixedHeight(10)
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(icon("export"), self.tr("&Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Choose where to save the document (Ctrl+Return)"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel Export"))
        self.cancel_button.setObjectName("exportCancelButton")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.cancel_button.hide()  # after addButton, which shows it; visible while exporting

    def _build_layout(self) -> None:
        options = QWidget()
        options.setObjectName("exportOptions")
        left = QVBoxLayout(options)
        left.setContentsMargins(0, 0, 10, 0)
        left.setSpacing(8)

        document_form = self._form()
        document_form.addRow(self._buddy(self.tr("&Document:"), self.kind_combo), self.kind_combo)
        document_form.addRow(
            self._buddy(self.tr("&Language:"), self.language_combo), self.language_combo
        )
        self.page_target_label = self._buddy(self.tr("Page tar&get:"), self.page_target_combo)
        document_form.addRow(self.page_target_label, self.page_target_combo)
        file_form = self._form()
        file_form.addRow(self._buddy(self.tr("&Format:"), self.format_combo), self.format_combo)
        file_form.addRow(
            self._buddy(self.tr("Page si&ze:"), self.page_size_combo), self.page_size_combo
        )

        left.addWidget(self._heading(self.tr("Content")))
        left.addLayout(document_form)
        left.addSpacing(8)
        left.addWidget(self._heading(self.tr("&Template"), self.template_list))
        left.addWidget(self.template_list)
        left.addSpacing(8)
        left.addWidget(self._heading(self.tr("File")))
        left.addLayout(file_form)
        left.addStretch(1)
        # One column of labels for both forms, so their fields line up.
        labels = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for form in (document_form, file_form)
            for row in range(form.rowCount())
        ]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        options.setMinimumWidth(300)

        preview = QWidget()
        right = QVBoxLayout(preview)
        right.setContentsMargins(8, 0, 0, 0)
        right.setSpacing(6)
        header = QHBoxLayout()
        header.addWidget(self.preview_title)
        header.addSpacing(6)
        header.addWidget(self.pages_label)
        header.addStretch(1)
        header.addWidget(self.zoom_combo)
        right.addLayout(header)
        right.addWidget(self.format_note)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.addWidget(self.preview_pages)
        frame_layout.addWidget(self.empty_label)
        right.addWidget(frame, 1)
        self.fit_box = QFrame()
        self.fit_box.setObjectName("exportFitBox")
        fit_row = QHBoxLayout(self.fit_box)
        fit_row.setContentsMargins(8, 6, 8, 6)
        fit_row.setSpacing(8)
        fit_row.addWidget(self.fit_icon)
        fit_row.addWidget(self.fit_label, 1)
        self.fit_box.setStyleSheet(_FIT_STYLES[FIT_OK])
        right.addWidget(self.fit_box)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("exportSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(options)
        self.splitter.addWidget(preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 900])

        bottom = QHBoxLayout()
        bottom.addWidget(self.progress_bar)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _heading(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _connect(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._on_option_changed)
        self.template_list.currentRowChanged.connect(self._on_option_changed)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.page_size_combo.currentIndexChanged.connect(self._on_option_changed)
        self.language_combo.currentIndexChanged.connect(self._on_option_changed)
        self.page_target_combo.currentIndexChanged.connect(self._on_option_changed)
        self.zoom_combo.currentIndexChanged.connect(self._on_zoom_combo_changed)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.reject)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | keys), self)
            shortcut.activated.connect(self.export)

    # ------------------------------------------------------------------ options
    def current_request(self, fmt: str | None = None, output: Path | None = None) -> ExportRequest:
        """The request the options describe (the preview asks for PDF whatever the format)."""
        kind = self.kind_combo.currentData()
        target = self.page_target_combo.currentData() if kind == "resume" else None
        language = self.language_combo.currentData()
        request = ExportRequest(
            kind=kind,
            format=fmt or self.format_combo.currentData(),
            template=self.current_template(),
            language=language,
            page_size=self.page_size_combo.currentData(),
            output=output,
            resume=ResumeOptions(language=language, page_target=target),
        )
        return self.plan.complete(request) if self.plan is not None else request

    def current_template(self) -> str:
        item = self.template_list.currentItem()
        return str(item.data(TEMPLATE_KEY_ROLE)) if item is not None else "classic"

    def _update_option_states(self) -> None:
        is_resume = self.kind_combo.currentData() == "resume"
        self.page_target_combo.setEnabled(is_resume)
        self.page_target_label.setEnabled(is_resume)
        allowed = self._allowed_formats()
        model = self.format_combo.model()
        for row in range(self.format_combo.count()):
            item = model.item(row)
            item.setEnabled(self.format_combo.itemData(row) in allowed)
        if self.format_combo.currentData() not in allowed:
            _select_data(self.format_combo, allowed[0])
        fmt = self.format_combo.currentData()
        notes = {
            "docx": self.tr(
                "The preview shows the PDF layout. The Word file has the same content in the "
                "same order; Word sets the type itself, so line and page breaks may differ."
            ),
            "md": self.tr(
                "The preview shows the PDF layout. The Markdown file has the same content in "
                "the same order, without page layout."
            ),
            "txt": self.tr(
                "The preview shows the PDF layout. The plain text file has the same content in "
                "the same order, without page layout."
            ),
            "json": self.tr(
                "The preview shows the PDF layout. The JSON Resume file holds the same records "
                "as data for other tools and websites."
            ),
        }
        self.format_note.setText(notes.get(fmt, ""))
        self.format_note.setVisible(fmt in notes)

    def _allowed_formats(self) -> tuple[str, ...]:
        if self.plan is None:
            return FORMATS
        return self.plan.formats.get(self.kind_combo.currentData(), FORMATS)

    @Slot(int)
    def _on_format_combo_changed(self, _index: int) -> None:
        # The preview is always the PDF of the same tree, so only the note changes.
        self._update_option_states()

    @Slot()
    def _on_option_changed(self, *_args) -> None:
        self._update_option_states()
        self.schedule_preview()

    @Slot(int)
    def _on_zoom_combo_changed(self, _index: int) -> None:
        self.preview_view.setZoomMode(self.zoom_combo.currentData())

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
        if not self.styles:
            self._show_preview_problem(self.tr("There are no templates to show."))
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
        empty = reason is not None
        self.preview_pages.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.fit_box.setVisible(not empty)
        self.export_button.setEnabled(not empty and self._export_worker is None)
        if empty:
            text = self.missing_text(reason)
            self.empty_label.setText(text)
            self.export_button.setToolTip(text)
            self.pages_label.clear()
            self.fit_label.clear()
            self.preview_result = None
            self.preview_data = b""
        else:
            self.export_button.setToolTip(
                self.tr("Choose where to save the document (Ctrl+Return)")
            )

    @Slot()
    def _on_previews_started(self) -> None:
        self._set_busy(self.tr("Updating the preview…"), 0.0)

    @Slot(float)
    def _on_previews_progressed(self, fraction: float) -> None:
        if self._export_worker is None:
            self._set_busy(self.tr("Updating the preview…"), fraction)

    @Slot()
    def _on_previews_ended(self) -> None:
        if self._export_worker is None:
            self._set_idle()

    def _worker_of_sender(self) -> ExportWorker | None:
        signals = self.sender()
        return next((w for w in self._running if w.signals is signals), None)

    def _finish(self, worker: ExportWorker | None) -> None:
        self._running.discard(worker)
        self._keeper.retire(worker)
        if not self.previews.running and self._export_worker is None:
            self._set_idle()

    @Slot(float, str)
    def _on_worker_progressed(self, fraction: float, message: str) -> None:
        worker = self._worker_of_sender()
        if worker is not None and worker is self._export_worker and not worker.is_cancelled:
            self._set_busy(self._step_text(message), fraction)

    @Slot(object)
    def _on_preview_finished(self, result: ExportResult) -> None:
        if self.missing is not None:
            return  # made before the records emptied: its page is no longer true
        self.preview_result = result
        self.preview_data = bytes(result.data)
        self._show_fit(result)
        self._load_preview(self.preview_data)

    @Slot(str)
    def _on_preview_failed(self, reason: str) -> None:
        self._show_preview_problem(
            self.tr("The preview could not be made: %1").replace("%1", _sentence(reason))
        )
        self.preview_failed.emit(reason)

    @Slot()
    def _on_worker_cancelled(self) -> None:
        worker = self._worker_of_sender()
        was_export = worker is not None and worker is self._export_worker
        self._finish(worker)
        if was_export:
            self._end_export()
            self.status_label.setText(self.tr("Export cancelled; nothing was written."))
            self.export_cancelled.emit()

    def _load_preview(self, data: bytes) -> None:
        self.preview_pages.show_pdf(data)

    @Slot()
    def _on_preview_pages_unreadable(self) -> None:
        self._show_preview_problem(self.tr("The preview could not be shown."))
        self.preview_failed.emit(self.tr("The preview could not be shown."))

    def _show_fit(self, result: ExportResult) -> None:
        pages = result.pages or 0
        page_size = self.page_size_combo.currentText().split(" (")[0]
        self.pages_label.setText(f"{self._pages_text(pages)} · {page_size}")
        fit = result.fit
        text = self.fit_text(fit) if fit is not None else self._pages_text(pages) + "."
        if result.warnings:
            text += "\n" + "\n".join(result.warnings)
        self.fit_label.setText(text)
        # The report names only the first item; the whole list is a hover away.
        would_drop = list(getattr(fit, "would_drop", []) or [])
        left_out = list(getattr(fit, "left_out", []) or [])
        if would_drop:
            details = self.tr("To reach the target, leave out:") + "\n• " + "\n• ".join(would_drop)
        elif left_out:
            details = self.tr("Left out to fit the target:") + "\n• " + "\n• ".join(left_out)
        else:
            details = ""
        self.fit_box.setToolTip(details)
        self.fit_details = details
        if fit is not None and not fit.fits:
            self._set_fit_look(FIT_WARNING)
        elif left_out:
            self._set_fit_look(FIT_ATTENTION)
        else:
            self._set_fit_look(FIT_OK)

    def _show_preview_problem(self, text: str) -> None:
        self.fit_label.setText(text)
        self.fit_box.setToolTip("")
        self.fit_details = ""
        self._set_fit_look(FIT_WARNING)

    def _set_fit_look(self, level: str) -> None:
        """Neutral (ok), attention (content was left out) or warning (over the target)."""
        self.fit_level = level
        self.fit_label.setProperty("warning", level == FIT_WARNING)
        self.fit_box.setStyleSheet(_FIT_STYLES[level])
        self.fit_icon.setPixmap(
            icon("hint" if level == FIT_ATTENTION else "warning").pixmap(18, 18)
        )
        self.fit_icon.setVisible(level != FIT_OK)

    def fit_text(self, fit: FitReport) -> str:
        """The fit report in the interface language: what `FitReport.describe()` says."""
        return describe_fit(fit)

    def _pages_text(self, pages: int) -> str:
        return pages_text(pages)

    # ------------------------------------------------------------------ exporting
    def default_file_name(self) -> str:
        """The profile's name, the kind of document and the format's extension."""
        kind = self.kind_combo.currentData()
        if self.plan is not None:
            stem = self.plan.file_stem(kind)
        else:
            kind_words = {
                "resume": self.tr("Résumé"),
                "cmd": self.tr("Career Management Document"),
            }
            name = self.store.profile().name.strip() or self.tr("Career")
            stem = f"{name} - {kind_words[kind]}"
        stem = " ".join(_UNSAFE_IN_FILE_NAME.sub(" ", stem).split()).strip(". ")
        return f"{stem}.{EXTENSIONS[self.format_combo.currentData()]}"

    def _file_filter(self, fmt: str) -> str:
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "docx": self.tr("Word document (*.docx)"),
            "md": self.tr("Markdown (*.md)"),
            "txt": self.tr("Plain text (*.txt)"),
            "json": self.tr("JSON Resume (*.json)"),
        }
        return filters[fmt]

    @Slot()
    def export(self) -> None:
        """Asks where to save, then exports on the worker with progress and a Cancel button."""
        if self._export_worker is not None or not self.styles:
            return
        if self.missing is not None:
            return
        settings = QSettings()
        folder = str(settings.value(LAST_FOLDER_KEY, "") or "")
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        offered = self._allowed_formats()
        filters = {self._file_filter(f): f for f in offered}
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Document"),
            str(Path(folder) / self.default_file_name()),
            ";;".join(filters),
            self._file_filter(self.format_combo.currentData()),
        )
        if not chosen:
            return
        fmt = filters.get(chosen_filter, self.format_combo.currentData())
        try:
            path, fmt = file_and_format(chosen, fmt, offered)
        except FormatNotOffered as exc:
            self._refuse_format(exc.format, offered)
            return
        # The options follow the file: the export, the note and next time's choice.
        _select_data(self.format_combo, fmt)
        settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        # The export goes first; the preview is made again when it is done.
        self.previews.cancel()
        worker = ExportWorker(
            self.current_request(output=path), self._current_snapshot(), self.templates_dir
        )
        worker.signals.progressed.connect(self._on_worker_progressed)
        worker.signals.finished.connect(self._on_export_finished)
        worker.signals.failed.connect(self._on_export_failed)
        worker.signals.cancelled.connect(self._on_worker_cancelled)
        self._export_worker = worker
        self._running.add(worker)
        self._set_exporting(True)
        self._set_busy(self.tr("Starting the export…"), 0.0)
        self._pool.start(worker)

    def _refuse_format(self, fmt: str, offered: tuple[str, ...]) -> None:
        names = ", ".join(self._format_names[f] for f in offered)
        sentence = self.tr("“%1” cannot be saved as %2. Choose one of: %3.")
        sentence = (
            sentence.replace("%1", self.kind_combo.currentText())
            .replace("%2", self._format_names[fmt])
            .replace("%3", names)
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export"), sentence, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        box.deleteLater()
        self.status_label.setText(sentence)

    @Slot()
    def cancel_export(self) -> None:
        """Stops the running export at its next step; no file is left behind."""
        if self._export_worker is not None:
            self._export_worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    @Slot(object)
    def _on_export_finished(self, result: ExportResult) -> None:
        worker = self._worker_of_sender()
        self._finish(worker)
        if worker is not self._export_worker:
            return
        self._end_export()
        path = Path(result.path) if result.path else None
        if worker is not None:
            self.document_exported.emit(worker.request, result)
        self.status_label.setText(self.tr("Saved %1").replace("%1", path.name if path else ""))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export Finished"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("The document was saved as “%1”.").replace("%1", path.name if path else "")
        )
        details = [str(path.parent)] if path else []
        if result.pages:
            details.append(self._pages_text(result.pages))
        details.extend(result.warnings)
        box.setInformativeText("\n".join(details))
        open_file = box.addButton(self.tr("Open File"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if path is not None and clicked is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif path is not None and clicked is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        self.export_finished.emit(path)

    @Slot(str)
    def _on_export_failed(self, reason: str) -> None:
        worker = self._worker_of_sender()
        self._finish(worker)
        if worker is not self._export_worker:
            return
        self._end_export()
        sentence = self.tr("The document could not be exported: %1").replace(
            "%1", _sentence(reason)
        )
        self.status_label.setText(self.tr("Export failed."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export Failed"), sentence, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        box.deleteLater()
        self.export_failed.emit(sentence)

    def _end_export(self) -> None:
        self._keeper.retire(self._export_worker)
        self._export_worker = None
        self._set_exporting(False)
        if not self.previews.running:
            self._set_idle()
        # Options may have changed meanwhile, or the export cancelled a preview: make it again.
        self.schedule_preview()

    def _set_exporting(self, running: bool) -> None:
        for widget in (
            self.kind_combo,
            self.template_list,
            self.format_combo,
            self.page_size_combo,
            self.language_combo,
            self.export_button,
        ):
            widget.setEnabled(not running)
        if not running:
            self.export_button.setEnabled(self.missing is None)
            self._update_option_states()
        else:
            self.page_target_combo.setEnabled(False)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def _set_busy(self, text: str, fraction: float) -> None:
        self.progress_bar.show()
        self.progress_bar.setValue(round(max(0.0, min(1.0, fraction)) * 100))
        self.status_label.setText(text)

    def _set_idle(self) -> None:
        self.progress_bar.hide()
        if self.status_label.text() in (self.tr("Updating the preview…"),):
            self.status_label.clear()

    def _step_text(self, message: str) -> str:
        steps = {
            "Building the document": self.tr("Building the document…"),
            "Typesetting": self.tr("Typesetting…"),
            "Checking the page target": self.tr("Checking the page target…"),
            "Fitting the page target": self.tr("Fitting the page target…"),
            "Writing the file": self.tr("Writing the file…"),
            "Done": self.tr("Done"),
        }
        return steps.get(message, message)

    # ------------------------------------------------------------------ closing and settings
    def reject(self) -> None:
        # Escape during an export cancels the export, not the dialog.
        if self._export_worker is not None:
            self.cancel_export()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._save_settings()
        self.previews.stop()
        for worker in list(self._running):
            worker.cancel()
            self._pool.tryTake(worker)
        # A job still typesetting finishes its current step; the pool must be idle before the
        # dialog (and the workers it keeps alive) can go.
        self._pool.waitForDone()
        super().done(result)

    def _restore_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        # Preferences' document defaults, until the user picks otherwise here (and the CLI's too)
        defaults = load_preferences(self.store.repository.data_dir)
        if self.plan is None:
            _select_data(self.kind_combo, settings.value("kind", "resume"))
            pages = _as_int(settings.value("page_target", defaults.page_target))
            if pages is not None and self.page_target_combo.findData(pages) < 0:
                self.page_target_combo.addItem(self.tr("%n page(s)", "", pages), pages)
            _select_data(self.page_target_combo, pages)
        else:
            _select_data(self.kind_combo, self.plan.kind)
            target = self.plan.page_target
            if target is not None and self.page_target_combo.findData(target) < 0:
                self.page_target_combo.addItem(self.tr("%n page(s)", "", target), target)
            _select_data(self.page_target_combo, target)
        _select_data(self.format_combo, settings.value(self._format_key(), "pdf"))
        _select_data(self.page_size_combo, settings.value("page_size", paper_size(defaults)))
        _select_data(self.language_combo, settings.value("language", "en"))
        template = str(settings.value("template", defaults.template))
        rows = [
            self.template_list.item(r).data(TEMPLATE_KEY_ROLE)
            for r in range(self.template_list.count())
        ]
        self.template_list.setCurrentRow(rows.index(template) if template in rows else 0)
        geometry = settings.value("geometry")
        splitter = settings.value("splitter")
        settings.endGroup()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(self._default_size())
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _format_key(self) -> str:
        # A Word file sent for one target must not make the next general export a Word file.
        return "format" if self.plan is None else "target_format"

    def _default_size(self) -> QSize:
        wanted = QSize(1300, 850)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        return wanted.boundedTo(screen.availableGeometry().size() * 0.92)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        if self.plan is None:
            # A target's own choices are its own; the general dialog keeps its defaults.
            settings.setValue("kind", self.kind_combo.currentData())
            settings.setValue("page_target", self.page_target_combo.currentData())
        settings.setValue("template", self.current_template())
        settings.setValue(self._format_key(), self.format_combo.currentData())
        settings.setValue("page_size", self.page_size_combo.currentData())
        settings.setValue("language", self.language_combo.currentData())
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("splitter", self.splitter.saveState())
        settings.endGroup()


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _as_int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _sentence(reason: str) -> str:
    """A service's clause ("could not write …") as the end of a sentence."""
    reason = reason.strip() or "unknown reason"
    return reason if reason.endswith((".", "!", "?")) else reason + "."
