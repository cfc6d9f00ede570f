"""A PDF shown from bytes, page under page, that keeps the reader's place when replaced."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QTimer, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class PdfPages(QWidget):
    """The pages of a PDF held in memory; `show_pdf()` replaces them with new bytes."""

    #: the new PDF is loaded and on screen
    loaded = Signal()
    #: the bytes were no PDF Qt could read
    unreadable = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # The document is made before the view, so it is deleted before it too: a document
        # closing itself signals the view, which must still be there to hear it.
        self.pdf = QPdfDocument(self)
        self.pdf.statusChanged.connect(self._on_pdf_status_changed)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(14)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._buffer: QBuffer | None = None
        self._restore_scroll: int | None = None

    def show_pdf(self, data: bytes) -> None:
        """Shows a new PDF where the old one was, at the same scroll position."""
        scroll = self.view.verticalScrollBar()
        # Keep the reader's place when only a detail changed (a bullet, the template).
        self._restore_scroll = scroll.value() if self.pdf.pageCount() else None
        self.pdf.close()
        old_buffer = self._buffer
        buffer = QBuffer(self.pdf)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.pdf.load(buffer)
        if old_buffer is not None:
            old_buffer.close()
            old_buffer.deleteLater()

    @Slot(QPdfDocument.Status)
    def _on_pdf_status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            if self._restore_scroll is not None:
                value = self._restore_scroll
                QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(value))
            self.loaded.emit()
        elif status == QPdfDocument.Status.Error:
            self.unreadable.emit()
