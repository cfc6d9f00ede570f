"""The first-run welcome: start empty, load the demo career, or import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout

from resume_builder import APP_NAME
from resume_builder.domain.models import RECORD_TYPES, Accomplishment, Role
from resume_builder.services.demo import demo_records
from resume_builder.ui.commands import ChangeRecordsCommand
from resume_builder.ui.placeholders import fill


def is_empty(store) -> bool:
    """True when the career record holds nothing at all."""
    return not any(store.count(t) for t in RECORD_TYPES)


class WelcomeDialog(QDialog):
    """Shown when the database is empty; the demo loads as one undoable step, import previews."""

    START_EMPTY, DEMO, IMPORT = 0, 1, 2

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.choice = self.START_EMPTY
        self.setWindowTitle(self.tr("Welcome to %s") % APP_NAME)
        self.setObjectName("welcome")
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Keep the complete record of your working life here: every role and every "
                "result you can prove, with the story and numbers behind it. Résumés and your "
                "Career Management Document are cut from it.\n\nYour data stays on this computer."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_button = QCommandLinkButton(
            self.tr("Start with an empty record"),
            self.tr("Add your roles, then capture accomplishments with Ctrl+N."),
        )
        # The demo is built here, so the button names what a click loads, counted from it.
        self._demo = demo_records()
        roles = sum(isinstance(r, Role) for r in self._demo)
        accomplishments = sum(isinstance(r, Accomplishment) for r in self._demo)
        self.demo_button = QCommandLinkButton(
            self.tr("Explore a demo career"),
            fill(
                self.tr("Load a fictional career with %1 and %2; Undo removes it."),
                self.tr("%n role(s)", "", roles),
                self.tr("%n accomplishment(s)", "", accomplishments),
            ),
        )
        self.import_button = QCommandLinkButton(
            self.tr("Import a résumé…"),
            self.tr(
                "Bring in a JSON Resume file or a LinkedIn data export; you see what will be "
                "added before anything is written."
            ),
        )
        self.empty_button.clicked.connect(self.accept)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.empty_button, self.demo_button, self.import_button):
            layout.addWidget(button)
        self.empty_button.setFocus()

    def resizeEvent(self, event) -> None:
        # The buttons' descriptions wrap, so the height they need depends on the width: a
        # minimum height from the narrowest layout would let a window manager (or a narrower
        # width) squeeze the last button's text off the bottom.
        super().resizeEvent(event)
        needed = self.layout().totalHeightForWidth(event.size().width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def _on_import_button_clicked(self) -> None:
        self.choice = self.IMPORT  # the window runs the import once this dialog is gone
        self.accept()

    def _on_demo_button_clicked(self) -> None:
        self.choice = self.DEMO
        self.context.undo_stack.push(
            ChangeRecordsCommand(self.context.store, self.tr("Load Demo Career"), [], self._demo)
        )
        self.accept()
