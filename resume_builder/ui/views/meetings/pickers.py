"""A dialog to tick several records (people, proving accomplishments), filtered as you type."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.ui.models.meetings import CheckListModel, CheckRow
from resume_builder.ui.models.records import RecordFilterProxyModel
from resume_builder.ui.views.record_page import ColumnFitter

#: the size the dialog opens at, where the screen has the room
WIDTH, HEIGHT = 900, 520


def dialog_size(widget: QWidget) -> tuple[int, int]:
    """WIDTH x HEIGHT, or the most of the screen's free area a dialog should take."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return WIDTH, HEIGHT
    free = screen.availableGeometry()
    return min(WIDTH, free.width() * 9 // 10), min(HEIGHT, free.height() * 9 // 10)


class CheckListDialog(QDialog):
    """Tick rows of a list; OK gives the ticked ids in the order they were ticked."""

    def __init__(
        self,
        title: str,
        explanation: str,
        headers: Sequence[str],
        rows: Iterable[CheckRow],
        checked: Iterable[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = CheckListModel(headers, self)
        self.model.set_rows(rows, checked)
        self.proxy = RecordFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        label = QLabel(explanation)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("pickerFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.table = QTableView()
        self.table.setObjectName("pickerTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(title)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        ColumnFitter(self.table, name_column=0)
        # Space ticks the current row, as in a list of check boxes.
        self.table.activated.connect(self._toggle)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        # Headlines are long: room for them (and a grip to widen it further); each cell's
        # whole text is its tooltip where it is cut.
        self.setSizeGripEnabled(True)
        self.resize(*dialog_size(self))
        self.filter_edit.setFocus()

    def _toggle(self, index) -> None:
        first = index.siblingAtColumn(0)
        state = first.data(Qt.ItemDataRole.CheckStateRole)
        checked = state == Qt.CheckState.Checked or state == Qt.CheckState.Checked.value
        self.proxy.setData(
            first,
            Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def checked_ids(self) -> list[str]:
        """The ticked ids, in the order they were ticked."""
        return self.model.checked_ids()

    def keyPressEvent(self, event) -> None:
        # Ctrl+Return saves a dialog, as everywhere in the app.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return
        super().keyPressEvent(event)
