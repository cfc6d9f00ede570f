"""The accomplishments table model: one row per accomplishment, kept sorted, texts cached."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import IMPACT_MAX, Accomplishment, Role, Skill
from resume_builder.ui.models.accomplishments.owners import OWNER_KINDS, find_owner, owner_text
from resume_builder.ui.models.records import list_item_flags
from resume_builder.ui.tooltips import plain_tooltip

# Above this many rows in one change, one wide signal plus a re-sort is cheaper than a signal
# (and a binary search) per row.
_BULK_CHANGE = 64

_NO_DATE = (0, 0, 0)
_ROOT = QModelIndex()


class Column(IntEnum):
    """The table's columns, in order."""

    HEADLINE = 0
    ROLE = 1
    DATE = 2
    SKILLS = 3
    IMPACT = 4


class AccomplishmentRoles(IntEnum):
    """Custom item data roles of the accomplishments model."""

    RecordIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    SearchTextRole = Qt.ItemDataRole.UserRole + 3
    SkillIdsRole = Qt.ItemDataRole.UserRole + 4
    RoleIdRole = Qt.ItemDataRole.UserRole + 5
    ImpactRole = Qt.ItemDataRole.UserRole + 6


class RowInfo:
    """What one row shows and is searched and sorted by, worked out once per change.

    Attributes:
        id: The accomplishment's id.
        record: The accomplishment (the store's shared object: never change it).
        search: Every text of the accomplishment, its role and skills, casefolded; worked out
            when first asked for (the first filter), not while the window opens.
        role_text: The role's label, or "" without a role.
        skills_text: The skill names, comma-separated, in the accomplishment's order.
        skill_ids: The skill ids, as a set for the "all of these skills" filter.
        first_day: The earliest day the (partial) date can mean, as (y, m, d); None undated.
        last_day: The latest day the date can mean, as (y, m, d); None when undated.
        keys: The primary sort key of each column.

    """

    __slots__ = (
        "id",
        "record",
        "_search",
        "_role",
        "_skills",
        "role_text",
        "skills_text",
        "skill_ids",
        "first_day",
        "last_day",
        "keys",
    )

    def __init__(
        self,
        record: Accomplishment,
        role: Role | None,
        skills: list[Skill],
        role_text: str | None = None,
    ):
        self.id = record.id
        self.record = record
        self._search: str | None = None
        self._role = role
        self._skills = skills
        if role_text is None:
            role_text = role.label() if role is not None else ""
        self.role_text = role_text
        self.skills_text = ", ".join([skill.name for skill in skills])
        self.skill_ids = frozenset(record.skill_ids)
        date = record.date
        if date is None:
            self.first_day = self.last_day = None
            date_key = _NO_DATE
        else:
            date_key = date.sort_key()
            self.first_day, self.last_day = period_of(date)
        self.keys = (
            record.headline.casefold(),
            role_text.casefold(),
            date_key,
            self.skills_text.casefold(),
            record.impact,
        )

    @property
    def search(self) -> str:
        """Every text of the row, casefolded (see the class)."""
        if self._search is None:
            record, role, date = self.record, self._role, self.record.date
            parts = [record.full_text(), date.iso() if date else ""]
            if role is not None:
                parts += [role.title, role.employer, role.location]
            for skill in self._skills:
                parts += skill.names()
            # Words never hold a newline, so joining fields by one stops a match across fields.
            self._search = "\n".join(parts).casefold()
        return self._search

    def sort_key(self, column: int) -> tuple:
        """The key that orders rows by `column`; ties fall back to date, then headline."""
        keys = self.keys
        # Plain indexes: this runs n log n times per sort, and enum look-ups cost.
        return (keys[column], keys[2], keys[0])


def period_of(date: PartialDate) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last day a partial date can mean ("2019" is 2019-01-01 to 2019-12-31).

    Days are compared as tuples only, so the last day of every month can safely be 31.
    """
    return (date.year, date.month or 1, date.day or 1), date.upper_key()


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


class AccomplishmentTableModel(QAbstractTableModel):
    """Every accomplishment of the store, one per row.

    The model keeps its rows in the order it was last sorted by (`sort()`), inserting and
    moving rows as records change, so a proxy on top never has to sort 10,000 rows through
    Python comparisons. Each row's texts are cached in a `RowInfo` until the record, its role
    or one of its skills changes.
    """

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        #: record ids in row order (replaced, never mutated, by a re-sort)
        self.ids: list[str] = []
        self._row_index: dict[str, int] | None = None
        #: record id -> RowInfo, for every row, rebuilt as soon as anything it shows changes
        self.infos: dict[str, RowInfo] = {}
        #: role id -> the role (None when gone) and its label, looked up once per reload
        self._roles: dict[str, tuple[Role | None, str]] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = {
            Column.HEADLINE: self.tr("Headline"),
            Column.ROLE: self.tr("Role"),
            Column.DATE: self.tr("Date"),
            Column.SKILLS: self.tr("Skills"),
            Column.IMPACT: self.tr("Impact"),
        }
        self._empty_headline = self.tr("(no headline yet)")
        store.records_changed.connect(self._on_store_records_changed)
        store.records_removed.connect(self._on_store_records_removed)
        self.reload()

    # ----------------------------------------------------------------- Qt interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return list_item_flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[Column(section)]
            if role == Qt.ItemDataRole.ToolTipRole and section == Column.IMPACT:
                return self.tr("How much the result mattered, from 1 to 5")
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        info = self.infos[self.ids[index.row()]]
        record = info.record
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.HEADLINE:
                return (
                    _one_line(record.headline) if record.headline.strip() else self._empty_headline
                )
            if column == Column.ROLE:
                return info.role_text
            if column == Column.DATE:
                return record.date.iso() if record.date else ""
            if column == Column.SKILLS:
                return info.skills_text
            return str(record.impact)
        if role == AccomplishmentRoles.RecordIdRole:
            return record.id
        if role == AccomplishmentRoles.SortRole:
            key = info.keys[column]
            if column == Column.DATE:
                return "%04d-%02d-%02d" % key  # noqa: UP031 - zero-padded, sorts as text
            return key
        if role == AccomplishmentRoles.SearchTextRole:
            return info.search
        if role == AccomplishmentRoles.SkillIdsRole:
            return list(record.skill_ids)
        if role == AccomplishmentRoles.RoleIdRole:
            return record.role_id
        if role == AccomplishmentRoles.ImpactRole:
            return record.impact
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.HEADLINE and record.headline.strip():
                # Tooltips guess at rich text: escape, so "<b>" in a bullet stays visible text.
                return plain_tooltip(record.headline)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.HEADLINE and not record.headline.strip():
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.DATE, Column.IMPACT):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.IMPACT:
            return (
                self.tr("Impact %1 of %2")
                .replace("%1", str(record.impact))
                .replace("%2", str(IMPACT_MAX))
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Orders the rows by a column (-1 keeps the current order) and keeps them so."""
        if column == self._sort_column and order == self._sort_order:
            return  # rows are kept in this order as they change; views ask twice per click
        self._sort_column = column if 0 <= column < len(Column) else -1
        self._sort_order = order
        if self._sort_column >= 0:
            self._resort()

    # ----------------------------------------------------------------- reading
    @property
    def sort_column(self) -> int:
        """The column the rows are kept sorted by, or -1."""
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        """The direction of that sort."""
        return self._sort_order

    def record_id(self, row: int) -> str:
        """The id of the accomplishment in a row."""
        return self.ids[row]

    def row_of(self, record_id: str | None) -> int:
        """The row of an accomplishment, or -1."""
        if self._row_index is None:
            self._row_index = {rid: row for row, rid in enumerate(self.ids)}
        return self._row_index.get(record_id, -1) if record_id is not None else -1

    def index_of(self, record_id: str | None, column: int = 0) -> QModelIndex:
        """The index of an accomplishment (invalid when it is not in the model)."""
        row = self.row_of(record_id)
        return self.index(row, column) if row >= 0 else QModelIndex()

    def row_info(self, row: int) -> RowInfo:
        """The cached texts and keys of a row."""
        return self.infos[self.ids[row]]

    def info(self, record_id: str) -> RowInfo:
        """The cached texts and keys of an accomplishment in the model."""
        return self.infos[record_id]

    def row_infos(self) -> list[RowInfo]:
        """Every row's info, in row order."""
        infos = self.infos
        return [infos[rid] for rid in self.ids]

    def reload(self) -> None:
        """Reads every accomplishment again (at start; a change never needs it)."""
        self.beginResetModel()
        self._roles.clear()
        records = self.store.records(Accomplishment)
        # Thousands of new small objects would set off the cycle collector again and again,
        # doubling the time, and none of them can form a cycle. (The search texts wait for
        # the first filter: building them all would hold up the window's opening.)
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.infos = {record.id: self._build_info(record) for record in records}
        finally:
            if collecting:
                gc.enable()
        self.ids = list(self.infos)
        self._row_index = None
        if self._sort_column >= 0:
            self.ids = self._sorted(self.ids)
        self.endResetModel()

    def touch(self, record_id: str) -> None:
        """Says a row changed, so proxies look at it again (e.g. when it is no longer pinned)."""
        row = self.row_of(record_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # ----------------------------------------------------------------- building rows
    def _build_info(self, record: Accomplishment) -> RowInfo:
        get = self.store.get
        role = None
        role_text = ""
        if record.role_id is not None:
            roles = self._roles
            if record.role_id not in roles:
                found = get(Role, record.role_id)
                if found is not None:
                    roles[record.role_id] = (found, found.label())
                else:
                    # a project or volunteering record: its label, and no role's fields
                    owner = find_owner(self.store, record.role_id)
                    roles[record.role_id] = (None, owner_text(owner))
            role, role_text = roles[record.role_id]
        skills = [skill for skill in (get(Skill, sid) for sid in record.skill_ids) if skill]
        return RowInfo(record, role, skills, role_text)

    def _rebuild(self, record_id: str) -> None:
        record = self.store.get(Accomplishment, record_id)
        if record is not None:
            self.infos[record_id] = self._build_info(record)

    # ----------------------------------------------------------------- sorting
    def _key_func(self) -> Callable[[str], tuple]:
        column = self._sort_column
        infos = self.infos
        return lambda rid: infos[rid].sort_key(column)

    def _sorted(self, ids: list[str]) -> list[str]:
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        column, infos = self._sort_column, self.infos
        # Each key made once in one tight pass: sorted() then only looks them up.
        keys = {rid: infos[rid].sort_key(column) for rid in ids}
        return sorted(ids, key=keys.__getitem__, reverse=descending)

    def _resort(self) -> None:
        new_ids = self._sorted(self.ids)
        if new_ids == self.ids:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self.ids
        self.ids = new_ids
        self._row_index = None
        persistent = self.persistentIndexList()
        moved = [self.index(self.row_of(old_ids[i.row()]), i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _goes_after(self, key: tuple, other: tuple) -> bool:
        """True when a row with `key` belongs strictly after one with `other`."""
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return key < other
        return key > other

    def _insert_position(self, key: tuple, ids: list[str]) -> int:
        """Where a row with this key goes in `ids` (after its equals, like a stable sort)."""
        key_of = self._key_func()
        low, high = 0, len(ids)
        while low < high:
            middle = (low + high) // 2
            if self._goes_after(key_of(ids[middle]), key):
                high = middle
            else:
                low = middle + 1
        return low

    def _reposition(self, record_id: str) -> None:
        """Moves one changed row to where the sort wants it."""
        row = self.row_of(record_id)
        key_of = self._key_func()
        key = key_of(record_id)
        ids = self.ids
        in_place = (row == 0 or not self._goes_after(key_of(ids[row - 1]), key)) and (
            row == len(ids) - 1 or not self._goes_after(key, key_of(ids[row + 1]))
        )
        if in_place:
            return
        others = ids[:row] + ids[row + 1 :]
        position = self._insert_position(key, others)
        # beginMoveRows counts the destination in the old rows, where this row still is.
        destination = position if position <= row else position + 1
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return
        others.insert(position, record_id)
        self.ids = others
        self._row_index = None
        self.endMoveRows()

    # ----------------------------------------------------------------- store changes
    def _emit_rows_changed(self, rows: Iterable[int], first: int, last: int) -> None:
        rows = sorted(set(rows))
        if not rows:
            return
        if len(rows) > _BULK_CHANGE:
            ranges = [(rows[0], rows[-1])]
        else:
            ranges = []
            for row in rows:
                if ranges and ranges[-1][1] == row - 1:
                    ranges[-1] = (ranges[-1][0], row)
                else:
                    ranges.append((row, row))
        for top, bottom in ranges:
            self.dataChanged.emit(self.index(top, first), self.index(bottom, last))

    def _on_store_records_changed(self, kind: str, ids: list) -> None:
        if kind == Accomplishment.KIND:
            self._accomplishments_put(ids)
        elif kind in OWNER_KINDS:
            self._roles_changed(set(ids))
        elif kind == Skill.KIND:
            self._skills_changed(set(ids))

    def _on_store_records_removed(self, kind: str, ids: list) -> None:
        if kind == Accomplishment.KIND:
            self._accomplishments_removed(ids)
        elif kind in OWNER_KINDS:
            self._roles_changed(set(ids))
        elif kind == Skill.KIND:
            self._skills_changed(set(ids))

    def _accomplishments_put(self, ids: list[str]) -> None:
        known = [rid for rid in ids if self.row_of(rid) >= 0]
        new = [rid for rid in dict.fromkeys(ids) if self.row_of(rid) < 0]
        for rid in ids:
            self._rebuild(rid)
        if known:
            self._emit_rows_changed((self.row_of(rid) for rid in known), 0, len(Column) - 1)
            if self._sort_column >= 0:
                if len(known) > _BULK_CHANGE:
                    self._resort()
                else:
                    for rid in known:
                        self._reposition(rid)
        if not new:
            return
        if self._sort_column < 0 or len(new) > _BULK_CHANGE:
            first = len(self.ids)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.ids = self.ids + new
            self._row_index = None
            self.endInsertRows()
            if self._sort_column >= 0:
                self._resort()
            return
        key_of = self._key_func()
        for rid in new:
            position = self._insert_position(key_of(rid), self.ids)
            self.beginInsertRows(QModelIndex(), position, position)
            self.ids = self.ids[:position] + [rid] + self.ids[position:]
            self._row_index = None
            self.endInsertRows()

    def _accomplishments_removed(self, ids: list[str]) -> None:
        rows = sorted({self.row_of(rid) for rid in ids} - {-1}, reverse=True)
        # Contiguous runs, last first, so earlier row numbers stay valid while removing.
        ranges: list[list[int]] = []
        for row in rows:
            if ranges and ranges[-1][0] == row + 1:
                ranges[-1][0] = row
            else:
                ranges.append([row, row])
        for top, bottom in ranges:
            self.beginRemoveRows(QModelIndex(), top, bottom)
            self.ids = self.ids[:top] + self.ids[bottom + 1 :]
            self._row_index = None
            self.endRemoveRows()
        for rid in ids:
            self.infos.pop(rid, None)

    def _roles_changed(self, role_ids: set[str]) -> None:
        for rid in role_ids:
            self._roles.pop(rid, None)
        infos = self.infos
        affected = [
            row for row, rid in enumerate(self.ids) if infos[rid].record.role_id in role_ids
        ]
        self._refresh_rows(affected, Column.ROLE)

    def _skills_changed(self, skill_ids: set[str]) -> None:
        infos = self.infos
        affected = [
            row
            for row, rid in enumerate(self.ids)
            if not infos[rid].skill_ids.isdisjoint(skill_ids)
        ]
        self._refresh_rows(affected, Column.SKILLS)

    def _refresh_rows(self, rows: list[int], column: Column) -> None:
        if not rows:
            return
        for row in rows:
            self._rebuild(self.ids[row])
        self._emit_rows_changed(rows, column, column)
        if self._sort_column == column:
            self._resort()
