"""The Export dialog's message boxes, made alike: plain text, closed before the dialog goes on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def message_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A box showing `text` as typed: a file or template name is never read as markup."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tell(parent: QWidget, icon: QMessageBox.Icon, title: str, sentence: str) -> None:
    """Shows a sentence with a Close button until the user closes it."""
    box = message_box(parent, icon, title, sentence)
    close = box.addButton(QMessageBox.StandardButton.Close)
    answer(box, close)


def answer(box: QMessageBox, default: QAbstractButton) -> QAbstractButton | None:
    """Shows the box until it is answered; Enter and Escape both give `default`.

    Returns the button clicked (None when the box was closed some other way).
    """
    box.setDefaultButton(default)
    box.setEscapeButton(default)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked
