"""A generic table model over the store's records of one type, its filter proxy, and counts."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Record, sort_key_newest_first
from resume_builder.services import listing

ItemIndex = QModelIndex | QPersistentModelIndex


class RecordRoles(IntEnum):
    """Item data roles the record models add to Qt's own."""

    RecordIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2


def list_item_flags(index, editable: bool = False) -> Qt.ItemFlag:
    """The flags of a cell in a flat table: selectable rows, edited elsewhere (or in place)."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    flags |= Qt.ItemFlag.ItemNeverHasChildren
    return flags | Qt.ItemFlag.ItemIsEditable if editable else flags


@dataclass(frozen=True)
class Column:
    """One column of a RecordListModel.

    Attributes:
        header: the translated header text.
        text: record -> the plain text the cell shows.
        sort_key: record -> a str, int or float to sort by (the text when None); Qt compares
            these as QVariants, so one column must always return the same type.
        tooltip: record -> tooltip text; keep user text out of it, tooltips may render HTML.
        decoration: record -> a QColor (drawn as a swatch) or an icon, or None.
        align_right: True for numbers.

    """

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    decoration: Callable[[Any], Any] | None = None
    align_right: bool = False


class RecordListModel(QAbstractTableModel):
    """The records of one type as rows, kept in step with the store one change at a time.

    Rows stay in `order_key` order (or the order they arrived in) so that an unsorted view
    already shows, say, roles newest first. Columns that show data of other kinds (a role's
    accomplishment count) name those kinds in `dependencies`; a change there repaints the
    table through dataChanged, never a reset.
    """

    #: above this many new rows at once (an import), one reset is cheaper than row inserts
    BULK_INSERT = 200

    def __init__(
        self,
        store,
        record_type: type[Record],
        columns: list[Column],
        *,
        order_key: Callable[[Any], Any] | None = None,
        dependencies: Iterable[str] = (),
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.record_type = record_type
        self.columns = list(columns)
        self.order_key = order_key
        self.dependencies = frozenset(dependencies)
        self._ids: list[str] = []
        self._keys: list[Any] = []  # parallel to _ids while order_key is set
        self._search_text: dict[str, str] = {}
        self._load()
        store.records_changed.connect(self._on_store_records_changed)
        store.records_removed.connect(self._on_store_records_removed)

    # ----------------------------------------------------------------- reading
    def _load(self) -> None:
        records = self.store.records(self.record_type)
        if self.order_key is not None:
            records.sort(key=self.order_key)
            self._keys = [self.order_key(r) for r in records]
        self._ids = [r.id for r in records]
        self._search_text.clear()

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        return list_item_flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def record_at(self, row: int) -> Record | None:
        """The record shown in a row, or None for a row out of range."""
        if not 0 <= row < len(self._ids):
            return None
        return self.store.get(self.record_type, self._ids[row])

    def row_of(self, record_id: str) -> int:
        """The row of a record, or -1."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def search_text(self, row: int) -> str:
        """Every column's text of a row, case-folded, for the filter (cached per record)."""
        record_id = self._ids[row]
        text = self._search_text.get(record_id)
        if text is None:
            record = self.store.get(self.record_type, record_id)
            text = "\n".join(c.text(record) for c in self.columns).casefold() if record else ""
            self._search_text[record_id] = text
        return text

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == RecordRoles.RecordIdRole:
            return self._ids[index.row()]
        record = self.record_at(index.row())
        if record is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(record)
        if role == RecordRoles.SortRole:
            return column.sort_key(record) if column.sort_key else column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ----------------------------------------------------------------- following the store
    def refresh_all(self) -> None:
        """Repaints every cell (after something the columns read has changed)."""
        self._search_text.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def _on_store_records_changed(self, kind: str, ids: list) -> None:
        if kind in self.dependencies:
            self.refresh_all()
        if kind != self.record_type.KIND:
            return
        ids = list(dict.fromkeys(ids))  # a record put twice in one change is still one row
        rows = {record_id: row for row, record_id in enumerate(self._ids)}
        new = [i for i in ids if i not in rows]
        if len(new) > self.BULK_INSERT:
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        for record_id in ids:
            if record_id in rows:
                self._update_row(record_id)
        for record_id in new:
            self._insert_row(record_id)

    def _on_store_records_removed(self, kind: str, ids: list) -> None:
        if kind in self.dependencies:
            self.refresh_all()
        if kind != self.record_type.KIND:
            return
        gone = set(ids)
        # From the bottom up, so the rows still to remove keep their numbers.
        for row in reversed(range(len(self._ids))):
            if self._ids[row] in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._search_text.pop(self._ids[row], None)
                del self._ids[row]
                if self.order_key is not None:
                    del self._keys[row]
                self.endRemoveRows()

    def _insert_row(self, record_id: str) -> None:
        record = self.store.get(self.record_type, record_id)
        if record is None:
            return
        if self.order_key is None:
            row = len(self._ids)
        else:
            key = self.order_key(record)
            row = bisect.bisect_right(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, record_id)
        if self.order_key is not None:
            self._keys.insert(row, key)
        self.endInsertRows()

    def _update_row(self, record_id: str) -> None:
        row = self._ids.index(record_id)
        self._search_text.pop(record_id, None)
        record = self.store.get(self.record_type, record_id)
        if self.order_key is not None and record is not None:
            key = self.order_key(record)
            if key != self._keys[row]:
                others = self._keys[:row] + self._keys[row + 1 :]
                target = bisect.bisect_right(others, key)
                if target != row:
                    # beginMoveRows counts the destination before the move is done.
                    destination = target + 1 if target > row else target
                    self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
                    del self._ids[row]
                    self._ids.insert(target, record_id)
                    self._keys = others
                    self._keys.insert(target, key)
                    self.endMoveRows()
                    row = target
                else:
                    self._keys[row] = key
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))


class ReadOnlyRecordTable(QAbstractTableModel):
    """A small read-only table of the records that belong to one owner (a person, an
    organisation), read again whenever a kind of record it shows changes.

    A subclass says its headers, how to read the owner's rows and what a cell shows, and which
    kinds of record it watches.
    """

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.owner_id: str | None = None
        self._rows: list[Any] = []
        store.records_changed.connect(self._on_store_changed)
        store.records_removed.connect(self._on_store_changed)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def read_rows(self, owner_id: str) -> list[Any]:
        """The owner's records, in the order shown."""
        raise NotImplementedError

    def cell(self, record: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def watches(self, kind: str) -> bool:
        """Whether a change to records of `kind` can change the rows."""
        raise NotImplementedError

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        return list_item_flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == RecordRoles.RecordIdRole:
            return record.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            role = Qt.ItemDataRole.DisplayRole
        return self.cell(record, index.column(), role)

    def record_at(self, row: int) -> Any:
        """The record of a row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def texts(self, column: int) -> list[str]:
        """One column's texts, top to bottom, as shown."""
        return [self.data(self.index(row, column)) for row in range(self.rowCount())]

    def show_owner(self, owner_id: str | None) -> None:
        """Lists this owner's records (None: none)."""
        self.owner_id = owner_id
        self.reload()

    def reload(self) -> None:
        """Reads the owner's records again."""
        rows = self.read_rows(self.owner_id) if self.owner_id is not None else []
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if self.owner_id is not None and self.watches(kind):
            self.reload()


class RecordFilterProxyModel(QSortFilterProxyModel):
    """Sorts by RecordRoles.SortRole and filters on every column, ignoring case.

    A row stays when its text, in any column, contains every word typed in the filter.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(RecordRoles.SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def filter_text(self) -> str:
        """The filter as typed."""
        return " ".join(self._words)

    def set_filter_text(self, text: str) -> None:
        """Shows only the rows containing every word of `text` (all rows when it is blank)."""
        words = text.casefold().split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ItemIndex) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        if isinstance(source, RecordListModel):
            # The cached text keeps a keystroke cheap on long lists.
            haystack = source.search_text(source_row)
        else:
            haystack = "\n".join(
                str(source.index(source_row, c, source_parent).data() or "")
                for c in range(source.columnCount(source_parent))
            ).casefold()
        return all(word in haystack for word in self._words)


class AccomplishmentTally(QObject):
    """Per-role and per-skill counts of accomplishments (services.listing), worked out lazily
    and dropped when accomplishments change.

    Create it before the models that read it: Qt calls slots in the order they were
    connected, so it forgets stale counts before those models ask again.
    """

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._tally: listing.AccomplishmentTally | None = None
        store.records_changed.connect(self._on_store_changed)
        store.records_removed.connect(self._on_store_changed)

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind == Accomplishment.KIND:
            self._tally = None

    def _counts(self) -> listing.AccomplishmentTally:
        if self._tally is None:
            self._tally = listing.tally_accomplishments(self.store.records(Accomplishment))
        return self._tally

    def for_role(self, role_id: str) -> int:
        """How many accomplishments belong to a role."""
        return self._counts().by_role.get(role_id, 0)

    def for_skill(self, skill_id: str) -> int:
        """How many accomplishments are tagged with a skill."""
        return self._counts().by_skill.get(skill_id, 0)

    def newest_for_skill(self, skill_id: str) -> PartialDate | None:
        """The date of the newest dated accomplishment tagged with a skill."""
        return self._counts().newest_by_skill.get(skill_id)


class RoleAccomplishmentsModel(QAbstractListModel):
    """The headlines of one role's accomplishments, newest first (read-only).

    A change to accomplishments resets the list: a role holds tens of them, not thousands.
    """

    def __init__(self, store, empty_headline: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.role_id: str | None = None
        self._empty_headline = empty_headline
        self._items: list[Accomplishment] = []
        store.records_changed.connect(self._on_store_changed)
        store.records_removed.connect(self._on_store_changed)

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
            if index.isValid()
            else (Qt.ItemFlag.NoItemFlags)
        )

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.headline or self._empty_headline
        if role == RecordRoles.RecordIdRole:
            return item.id
        return None

    def set_role(self, role_id: str | None) -> None:
        """Lists this role's accomplishments (None: none)."""
        self.role_id = role_id
        self.reload()

    def headlines(self) -> list[str]:
        """The texts listed, in order."""
        return [self.data(self.index(row)) for row in range(self.rowCount())]

    def reload(self) -> None:
        """Reads the role's accomplishments again."""
        items: list[Accomplishment] = []
        if self.role_id is not None:
            items = [a for a in self.store.records(Accomplishment) if a.role_id == self.role_id]
            items.sort(key=sort_key_newest_first)
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind == Accomplishment.KIND:
            self.reload()


def date_sort_text(value: Any) -> str:
    """A (partial) date or "present" as text that sorts in time order; "" sorts first."""
    if value is None:
        return ""
    year, month, day = value.sort_key()
    return f"{year:04d}-{month:02d}-{day:02d}"


def period_sort_text(start: Any, end: Any) -> str:
    """Text that sorts periods by their end (an open end last), then by their start."""
    return f"{date_sort_text(end or start)}|{date_sort_text(start)}"
