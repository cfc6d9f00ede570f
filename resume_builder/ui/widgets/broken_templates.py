"""A warning line naming the template files that could not be used, and why.

The Export dialog (every reason, one a line) and Preferences (one line) show the same words,
read from the one catalog (export/catalog.py), so a broken file is named alike everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from resume_builder.export.catalog import BrokenTemplate
from resume_builder.ui.icons import icon


class BrokenTemplatesNote(QWidget):
    """A warning sign and a text; hidden while no template is broken.

    `name` is the object name of the box; its label is `name` without the trailing "Box".
    `detailed` puts each file's reason on a line of its own; otherwise one line names the
    files and the tooltip gives the reasons.
    """

    def __init__(
        self,
        broken: Sequence[BrokenTemplate],
        *,
        name: str,
        detailed: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(name)
        label_name = name.removesuffix("Box")
        self.setStyleSheet(
            f"#{name} {{ background: #fff7e6; border: 1px solid #f0d9a8; border-radius: 4px; }}"
            f" #{label_name} {{ color: #6b4a00; }}"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(8)
        sign = QLabel()
        sign.setPixmap(icon("warning").pixmap(QSize(16, 16)))
        sign.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setObjectName(label_name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(sign)
        row.addWidget(self.label, 1)
        if broken:
            heading = self.tr("%n template file(s) could not be used:", "", len(broken))
            if detailed:
                self.label.setText(heading + "\n" + "\n".join(f"• {b.reason}" for b in broken))
                self.setToolTip("\n".join(str(b.path) for b in broken))
            else:
                self.label.setText(heading + " " + ", ".join(b.path.name for b in broken))
                self.setToolTip("\n".join(b.reason for b in broken))
        self.setVisible(bool(broken))

    def add_line(self, text: str) -> None:
        """Adds a sentence under what the note says, and shows it."""
        current = self.label.text()
        self.label.setText(f"{current}\n{text}" if current else text)
        self.setVisible(True)
