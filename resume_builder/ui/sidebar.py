"""The main window's sidebar: a list view of its pages over a small model."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from resume_builder.ui.icons import icon


class SidebarRole(IntEnum):
    """What the sidebar model answers beyond the display text and the icon."""

    KEY = Qt.ItemDataRole.UserRole + 1


class SidebarEntry(NamedTuple):
    """One page as the sidebar shows it."""

    key: str
    title: str
    icon_name: str

    def text(self) -> str:
        """The label shown (the name list items give it)."""
        return self.title


class SidebarModel(QAbstractListModel):
    """The pages of the window, one row each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[SidebarEntry] = []
        self._icons: dict[str, object] = {}

    def set_entries(self, entries: list[SidebarEntry]) -> None:
        """Shows these pages instead of the ones before."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> SidebarEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role == Qt.ItemDataRole.DecorationRole:
            if entry.icon_name not in self._icons:
                self._icons[entry.icon_name] = icon(entry.icon_name)
            return self._icons[entry.icon_name]
        if role == SidebarRole.KEY:
            return entry.key
        return None


class Sidebar(QListView):
    """Lists the pages; the current row is the page shown."""

    #: the current page changed (its row, or -1 when there is none)
    currentRowChanged = Signal(int)  # noqa: N815 - named like Qt's list widgets' signal

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(SidebarModel(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(22, 22))
        self.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)

    def set_entries(self, entries: list[SidebarEntry]) -> None:
        """Lists these pages (none is current until `setCurrentRow`)."""
        self.model().set_entries(entries)

    def clear(self) -> None:
        """Lists no page."""
        self.model().set_entries([])

    def count(self) -> int:
        return self.model().rowCount()

    def title(self, row: int) -> str:
        """The label of the page in `row`."""
        return self.model().entry(row).title

    def item(self, row: int) -> SidebarEntry:
        """The page listed in `row`."""
        return self.model().entry(row)

    def currentRow(self) -> int:  # noqa: N802 - the list widgets' name, for one idiom
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:  # noqa: N802
        """Makes `row` the current (and selected) page."""
        index = self.model().index(row, 0)
        if index.isValid():
            self.setCurrentIndex(index)

    def _on_selection_current_row_changed(self, current: QModelIndex, _previous) -> None:
        self.currentRowChanged.emit(current.row() if current.isValid() else -1)
