"""Preferences: the interface language (the rest of the settings are the window's own state)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from resume_builder.ui.i18n import LANGUAGE_KEY, LANGUAGES, SYSTEM


class PreferencesDialog(QDialog):
    """Settings pages load() from and save() to QSettings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        note = QLabel(self.tr("A new language takes effect the next time the app starts."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        form.addRow(note)
        form.addRow(buttons)
        self.load()

    def load(self) -> None:
        index = self.language.findData(str(QSettings().value(LANGUAGE_KEY, SYSTEM)))
        self.language.setCurrentIndex(max(index, 0))

    def save(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())

    def accept(self) -> None:
        self.save()
        super().accept()
