"""A wrapped sentence in the middle of a page, at a line length a person can read."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel

#: about seventy letters to a line, as a book sets them
READABLE_CHARACTERS = 80


def centred_readable(label: QLabel) -> QHBoxLayout:
    """A row that holds `label` centred, wrapped at a readable width.

    Stretches on both sides rather than an alignment flag: a word-wrapped label placed with an
    alignment gets its one-line height and cuts off the lines below.
    """
    label.setWordWrap(True)
    label.setMaximumWidth(label.fontMetrics().averageCharWidth() * READABLE_CHARACTERS)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label, 1000)
    row.addStretch(1)
    return row
