"""Small pieces the Accomplishments page's parts share: plain labels, roles by label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from resume_builder.domain.models import Role


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label that never reads its text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


def roles_by_label(store) -> list[Role]:
    """The store's roles as the pickers list them: by label, any case."""
    return sorted(store.records(Role), key=lambda r: r.label().casefold())
