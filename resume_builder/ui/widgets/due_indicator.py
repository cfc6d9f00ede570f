"""The status bar's count of what is due ("3 due · 1 overdue"); a click opens What's Due.

The window makes it before it has its records, so the due model (and the services behind it)
is imported only when a store is given; the count follows the store a moment after it changes
and the day when it turns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from resume_builder.ui.icons import icon


class DueIndicator(QToolButton):
    """A flat button with the due count; `open_requested` when clicked."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setObjectName("dueIndicator")
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.today = today
        self.model = None  # a ui.models.due.DueModel once there is a store
        self._store = None  # the store given, until the model is made for it
        self.clicked.connect(self.open_requested)
        self.hide()  # until there is something to count

    def set_store(self, store) -> None:
        """Counts what is due in `store` from now on (a new store replaces the old one).

        The count is first worked out in the next event-loop pass: the window's first paint
        does not wait for it.
        """
        self._store = store
        QTimer.singleShot(0, self, self._attach)

    def _attach(self) -> None:
        from resume_builder.ui.models.due import DueModel

        store, self._store = self._store, None
        if store is None or (self.model is not None and self.model.store is store):
            return
        if self.model is not None:
            # Its store goes too (a restore replaced the repository); nothing more to count.
            self.model.refreshed.disconnect(self.update_count)
            self.model.deleteLater()
        self.model = DueModel(store, today=self.today, parent=self)
        self.model.refreshed.connect(self.update_count)
        self.update_count()

    def counts(self) -> tuple[int, int]:
        """(due in the next days, overdue among them), as shown."""
        return self.model.counts() if self.model is not None else (0, 0)

    def update_count(self) -> None:
        """Shows the model's counts."""
        listed, overdue = self.counts()
        self.setVisible(self.model is not None)
        days = self.model.within_days if self.model is not None else 0
        if not listed:
            self.setText(self.tr("Nothing due"))
            self.setIcon(icon("due"))
            self.setToolTip(self.tr("Nothing is due in the next %n day(s)", "", days))
            return
        text = self.tr("%n due", "", listed)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.setText(text)
        self.setIcon(icon("warning" if overdue else "due"))
        self.setToolTip(
            self.tr("Due in the next %n day(s), or overdue: click to see what", "", days)
        )
        self.setAccessibleName(text)
