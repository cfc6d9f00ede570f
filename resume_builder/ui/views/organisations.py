"""Organisations to scout: the list a job search starts from."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resume_builder.ui.views.base import CareerView, ViewContext


class OrganisationsView(CareerView):
    """Organisations to scout: the list a job search starts from."""

    key = "organisations"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Organisations")))

    def title(self) -> str:
        return self.tr("Organisations")
