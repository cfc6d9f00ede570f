"""The start page: what is due, the plan and the applications at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resume_builder.ui.views.base import CareerView, ViewContext


class StartView(CareerView):
    """The start page: what is due, the plan and the applications at a glance."""

    key = "start"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start")))

    def title(self) -> str:
        return self.tr("Start")
