"""What's due: follow-ups, action items, next steps and milestones, soonest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resume_builder.ui.views.base import CareerView, ViewContext


class DueView(CareerView):
    """What's due: follow-ups, action items, next steps and milestones, soonest first."""

    key = "due"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What's Due")))

    def title(self) -> str:
        return self.tr("What's Due")
