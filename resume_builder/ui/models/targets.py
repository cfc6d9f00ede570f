"""Item models of the Targets view's list and résumé tab: the target list's filter, the roles
a target's résumé shows, and the documents sent for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import IntEnum
from pathlib import PureWindowsPath
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from resume_builder.domain.models import Role, TargetExport
from resume_builder.ui.models.records import (
    ItemIndex,
    RecordFilterProxyModel,
    RecordListModel,
    list_item_flags,
)
from resume_builder.ui.tooltips import plain_tooltip

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate


class TargetItemRole(IntEnum):
    """Item data roles of the Targets view's models."""

    #: the accomplishment or role id a row stands for
    ID = Qt.ItemDataRole.UserRole
    #: the requirement term a row stands for
    TERM = Qt.ItemDataRole.UserRole + 1
    #: the file an export row names
    PATH = Qt.ItemDataRole.UserRole + 2


def check_state(checked: bool) -> Qt.CheckState:
    """The check state a tick shows."""
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


def is_checked(value: Any) -> bool:
    """True for a check state as setData gets it (an enum or its int)."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value


def local_time(stamp: str) -> tuple[str, str]:
    """A stored UTC timestamp as the user's local date, and local date and time."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp[:10], stamp.replace("T", " ")[:16]  # as stored, rather than nothing
    return f"{moment:%Y-%m-%d}", f"{moment:%Y-%m-%d %H:%M}"


class RowsTableModel(QAbstractTableModel):
    """A flat table of `_rows` under the column titles `_headers`, for the Targets view's tables.

    Subclasses fill both and answer `data`; the counts, the titles and the row lookup are here.
    """

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self._headers = headers
        self._rows: list = []

    def row_at(self, row: int):
        """The row's item, or None outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class TargetFilterProxyModel(RecordFilterProxyModel):
    """The filter of a record list, which also hides archived targets unless asked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_archived = False

    def set_show_archived(self, show: bool) -> None:
        """Shows or hides archived targets."""
        if show == self.show_archived:
            return
        self.beginFilterChange()
        self.show_archived = show
        self.endFilterChange(RecordFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        source = self.sourceModel()
        if not self.show_archived and isinstance(source, RecordListModel):
            record = source.record_at(source_row)
            if record is not None and record.archived:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class RolesShownModel(QAbstractListModel):
    """The roles, newest first, each ticked while the target's résumé shows it.

    Ticking asks (`role_toggled`); the target's record says, and `set_roles` shows it.
    """

    #: the user ticked (True) or unticked (False) a role: its id
    role_toggled = Signal(str, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._roles: list[Role] = []
        self._hidden: set[str] = set()

    def set_roles(self, roles: Sequence[Role], hidden: set[str]) -> None:
        """Shows these roles (newest first), unticked where hidden."""
        ids = [r.id for r in roles]
        if ids == [r.id for r in self._roles]:
            self._roles, self._hidden = list(roles), set(hidden)
            if ids:
                self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))
            return
        self.beginResetModel()
        self._roles, self._hidden = list(roles), set(hidden)
        self.endResetModel()

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roles)

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        flags = list_item_flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._roles):
            return None
        record = self._roles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.label()
        if role == Qt.ItemDataRole.CheckStateRole:
            return check_state(record.id not in self._hidden)
        if role == TargetItemRole.ID:
            return record.id
        return None

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        self.role_toggled.emit(self._roles[index.row()].id, is_checked(value))
        return True


#: the exports table's columns: the template's and the file's
TEMPLATE_COLUMN, FILE_COLUMN = 2, 3


class ExportsModel(RowsTableModel):
    """The documents sent for a target, newest first: when, what, format, template, file."""

    def __init__(self, parent=None):
        super().__init__(
            [
                translate("TargetsView", "When"),
                translate("TargetsView", "Document"),
                translate("TargetsView", "Template"),
                translate("TargetsView", "File"),
            ],
            parent,
        )
        #: each row's moment (local date and time) and whole path, for its tooltips
        self._tips: list[tuple[str, str]] = []
        self._files: list[str] = []

    def set_exports(self, exports: Sequence[TargetExport], templates: Mapping[str, str]) -> None:
        """Shows these exports (as stored: oldest first), templates by their shown names."""
        names = {
            "resume": translate("TargetsView", "Résumé"),
            "letter": translate("TargetsView", "Cover letter"),
        }
        rows, tips, files = [], [], []
        for entry in reversed(exports):
            day, moment = local_time(entry.when)
            # A narrow table shows the day and the file's name; the hour and the folder are
            # a hover away. (A Windows path reads right here too, say from a restored backup.)
            rows.append(
                [
                    day,
                    # One column for what and how ("Résumé · PDF"): at 1024 pixels a fifth
                    # column cut every other one short.
                    f"{names.get(entry.kind, entry.kind)} · {entry.format.upper()}",
                    templates.get(entry.template, entry.template),
                    PureWindowsPath(entry.file).name if entry.file else "",
                ]
            )
            tips.append((moment, entry.file))
            files.append(entry.file)
        if rows == self._rows and files == self._files:
            return
        self.beginResetModel()
        self._rows, self._tips, self._files = rows, tips, files
        self.endResetModel()

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        return list_item_flags(index)

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == TargetItemRole.PATH:
            return self._files[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (0, FILE_COLUMN):
            moment, path = self._tips[index.row()]
            return plain_tooltip(moment if index.column() == 0 else path) or None
        return None
