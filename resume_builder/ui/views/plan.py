"""The career plan: the deadline, its milestones and the pace."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resume_builder.ui.views.base import CareerView, ViewContext


class PlanView(CareerView):
    """The career plan: the deadline, its milestones and the pace."""

    key = "plan"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Plan")))

    def title(self) -> str:
        return self.tr("Plan")
