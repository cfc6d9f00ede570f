"""The Export dialog's right column: the PDF as it will print, its page count, and its fit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from resume_builder.services.documents import ExportResult
from resume_builder.ui.fit_words import describe_cuts, describe_fit, pages_text
from resume_builder.ui.icons import icon
from resume_builder.ui.widgets.pdf_pages import PdfPages

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


class PreviewPanel(QWidget):
    """The preview's pages (or a sentence saying what to add), a zoom, and the fit report."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        #: the fit report's look (FIT_OK, FIT_ATTENTION, FIT_WARNING) and its full item list
        self.fit_level = FIT_OK
        self.fit_details = ""
        self._build_widgets()
        self._build_layout()
        self.zoom_combo.currentIndexChanged.connect(self._on_zoom_combo_changed)

    def _build_widgets(self) -> None:
        translate = QCoreApplication.translate
        self.pages = PdfPages()
        self.pages.setMinimumWidth(420)
        self.view = self.pages.view
        self.view.setObjectName("exportPreview")
        self.view.setAccessibleName(translate("ExportDialog", "Preview"))
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
        self.zoom_combo.addItem(
            translate("ExportDialog", "Fit width"), QPdfView.ZoomMode.FitToWidth
        )
        self.zoom_combo.addItem(
            translate("ExportDialog", "Whole page"), QPdfView.ZoomMode.FitInView
        )
        self.zoom_combo.setAccessibleName(translate("ExportDialog", "Zoom"))

        self.title = QLabel(translate("ExportDialog", "Preview"))
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
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
        self.format_note.hide()

        self.fit_icon = QLabel()
        self.fit_icon.setPixmap(icon("warning").pixmap(QSize(18, 18)))
        self.fit_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.fit_icon.hide()
        self.fit_label = QLabel()
        self.fit_label.setObjectName("exportFit")
        self.fit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_label.setWordWrap(True)
        self.fit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_layout(self) -> None:
        right = QVBoxLayout(self)
        right.setContentsMargins(8, 0, 0, 0)
        right.setSpacing(6)
        header = QHBoxLayout()
        header.addWidget(self.title)
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
        frame_layout.addWidget(self.pages)
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

    # ------------------------------------------------------------------ what is shown
    def show_format_note(self, fmt: str) -> None:
        """For a format other than PDF, what the file keeps of the PDF on show."""
        translate = QCoreApplication.translate
        notes = {
            "docx": translate(
                "ExportDialog",
                "The preview shows the PDF layout. The Word file has the same content in the "
                "same order; Word sets the type itself, so line and page breaks may differ.",
            ),
            "md": translate(
                "ExportDialog",
                "The preview shows the PDF layout. The Markdown file has the same content in "
                "the same order, without page layout.",
            ),
            "txt": translate(
                "ExportDialog",
                "The preview shows the PDF layout. The plain text file has the same content in "
                "the same order, without page layout.",
            ),
            "json": translate(
                "ExportDialog",
                "The preview shows the PDF layout. The JSON Resume file holds the same records "
                "as data for other tools and websites.",
            ),
        }
        self.format_note.setText(notes.get(fmt, ""))
        self.format_note.setVisible(fmt in notes)

    def show_missing(self, text: str | None) -> None:
        """A sentence instead of a blank page, and no fit claimed; None brings the page back."""
        empty = text is not None
        self.pages.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.fit_box.setVisible(not empty)
        if empty:
            self.empty_label.setText(text)
            self.pages_label.clear()
            self.fit_label.clear()

    def show_result(self, result: ExportResult, page_size: str) -> None:
        """The new PDF, its page count and paper, and its fit report with the whole list."""
        pages = result.pages or 0
        self.pages_label.setText(f"{pages_text(pages)} · {page_size}")
        fit = result.fit
        text = describe_fit(fit) if fit is not None else pages_text(pages) + "."
        if result.warnings:
            text += "\n" + "\n".join(result.warnings)
        self.fit_label.setText(text)
        # The report names only the first item; the whole list is a hover away.
        would_drop = list(getattr(fit, "would_drop", []) or [])
        left_out = list(getattr(fit, "left_out", []) or [])
        translate = QCoreApplication.translate
        if would_drop:
            details = (
                translate("ExportDialog", "To reach the target, leave out:")
                + "\n• "
                + "\n• ".join(would_drop)
            )
        elif left_out and fit is not None and not fit.fits:
            # The target cannot be reached: this is what the best attempt left out.
            details = (
                translate("ExportDialog", "Left out to come closest to the target:")
                + "\n• "
                + "\n• ".join(left_out)
            )
        elif left_out:
            details = (
                translate("ExportDialog", "Left out to fit the target:")
                + "\n• "
                + "\n• ".join(left_out)
            )
        else:
            details = ""
        # After the list, why each thing went, the way a recruiter would explain the cut.
        reasons = describe_cuts(fit) if fit is not None else ""
        if reasons:
            details = (details + "\n\n" if details else "") + reasons
        self.fit_box.setToolTip(details)
        self.fit_details = details
        if fit is not None and not fit.fits:
            self._set_fit_look(FIT_WARNING)
        elif left_out:
            self._set_fit_look(FIT_ATTENTION)
        else:
            self._set_fit_look(FIT_OK)
        self.pages.show_pdf(bytes(result.data))

    def show_problem(self, text: str) -> None:
        """Why there is no new preview, where the fit report goes."""
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

    @Slot(int)
    def _on_zoom_combo_changed(self, _index: int) -> None:
        self.view.setZoomMode(self.zoom_combo.currentData())
