"""The applications board and table: every target by where it stands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resume_builder.ui.views.base import CareerView, ViewContext


class ApplicationsView(CareerView):
    """The applications board and table: every target by where it stands."""

    key = "applications"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Applications")))

    def title(self) -> str:
        return self.tr("Applications")
