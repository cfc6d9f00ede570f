"""The Export dialog's bottom row while it works: progress, what is happening, the buttons; and
the messages an export ends with.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from resume_builder.services.documents import ExportResult
from resume_builder.ui.fit_words import pages_text
from resume_builder.ui.icons import icon
from resume_builder.ui.views.export_dialog.messages import answer, message_box, tell
from resume_builder.ui.views.export_dialog.plan import sentence_end


class RunBar(QWidget):
    """Progress and status on the left, Cancel Export / Export… / Close on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        translate = QCoreApplication.translate
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
        self.export_button = QPushButton(icon("export"), translate("ExportDialog", "&Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.export_tip())
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(translate("ExportDialog", "Cancel Export"))
        self.cancel_button.setObjectName("exportCancelButton")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.cancel_button.hide()  # after addButton, which shows it; visible while exporting

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_bar)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.buttons)

    @staticmethod
    def export_tip() -> str:
        return QCoreApplication.translate(
            "ExportDialog", "Choose where to save the document (Ctrl+Return)"
        )

    def set_exporting(self, running: bool, can_export: bool) -> None:
        """Cancel Export while a file is made; Export and Close when not."""
        self.export_button.setEnabled(not running and can_export)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def set_busy(self, text: str, fraction: float) -> None:
        self.progress_bar.show()
        self.progress_bar.setValue(round(max(0.0, min(1.0, fraction)) * 100))
        self.status_label.setText(text)

    def set_idle(self) -> None:
        self.progress_bar.hide()
        if self.status_label.text() == self.updating_text():
            self.status_label.clear()

    @staticmethod
    def updating_text() -> str:
        return QCoreApplication.translate("ExportDialog", "Updating the preview…")

    @staticmethod
    def step_text(message: str) -> str:
        """An export step in the interface language (the service names its steps in English)."""
        translate = QCoreApplication.translate
        steps = {
            "Building the document": translate("ExportDialog", "Building the document…"),
            "Typesetting": translate("ExportDialog", "Typesetting…"),
            "Checking the page target": translate("ExportDialog", "Checking the page target…"),
            "Fitting the page target": translate("ExportDialog", "Fitting the page target…"),
            "Writing the file": translate("ExportDialog", "Writing the file…"),
            "Done": translate("ExportDialog", "Done"),
        }
        return steps.get(message, message)


def show_saved(parent: QWidget, result: ExportResult) -> None:
    """Says where the file went, with Open File and Open Folder."""
    translate = QCoreApplication.translate
    path = Path(result.path) if result.path else None
    box = message_box(
        parent,
        QMessageBox.Icon.Information,
        translate("ExportDialog", "Export Finished"),
        translate("ExportDialog", "The document was saved as “%1”.").replace(
            "%1", path.name if path else ""
        ),
    )
    details = [str(path.parent)] if path else []
    if result.pages:
        details.append(pages_text(result.pages))
    details.extend(result.warnings)
    box.setInformativeText("\n".join(details))
    open_file = box.addButton(
        translate("ExportDialog", "Open File"), QMessageBox.ButtonRole.ActionRole
    )
    open_folder = box.addButton(
        translate("ExportDialog", "Open Folder"), QMessageBox.ButtonRole.ActionRole
    )
    clicked = answer(box, box.addButton(QMessageBox.StandardButton.Close))
    if path is not None and clicked is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif path is not None and clicked is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def failure_sentence(reason: str) -> str:
    """The sentence a failed export shows: the service's clause after a fixed beginning."""
    return QCoreApplication.translate(
        "ExportDialog", "The document could not be exported: %1"
    ).replace("%1", sentence_end(reason))


def show_failed(parent: QWidget, sentence: str) -> None:
    """The failure in a message the user closes."""
    tell(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExportDialog", "Export Failed"),
        sentence,
    )
