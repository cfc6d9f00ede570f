"""Applications as rows: one shared model for the board's columns and the table, and its proxies.

Every rule is services.applications'; the model only keeps, per row, what those rules worked
out (last activity, days quiet, stale) so that painting and filtering never scan meetings. A
row is read again when its target, its meetings or its organisation change, or when the number
of days after which an application is stale changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import STATUSES, Meeting, Organisation, Target
from resume_builder.services import applications as rules
from resume_builder.ui.models.people import day_number
from resume_builder.ui.models.records import ItemIndex, RecordRoles

#: the keys that move a selected card to the next / previous status column
NEXT_COLUMN_KEYS = QKeySequence("Ctrl+Shift+Right")
PREVIOUS_COLUMN_KEYS = QKeySequence("Ctrl+Shift+Left")

#: what a dragged card carries: the target ids, one per line
TARGET_MIME_TYPE = "application/x-resume-builder-target-ids"

#: a stale card or row: amber, see-through, readable on light and dark palettes (the tooltip
#: says it in words too, never colour alone)
STALE_COLOUR = QColor(230, 159, 0, 70)


def status_label(status: str) -> str:
    """The translated name of an application status ("interviewing" -> "Interviewing")."""
    labels = {
        "interested": QCoreApplication.translate("ApplicationStatus", "Interested"),
        "applied": QCoreApplication.translate("ApplicationStatus", "Applied"),
        "screening": QCoreApplication.translate("ApplicationStatus", "Screening"),
        "interviewing": QCoreApplication.translate("ApplicationStatus", "Interviewing"),
        "offer": QCoreApplication.translate("ApplicationStatus", "Offer"),
        "accepted": QCoreApplication.translate("ApplicationStatus", "Accepted"),
        "rejected": QCoreApplication.translate("ApplicationStatus", "Rejected"),
        "withdrawn": QCoreApplication.translate("ApplicationStatus", "Withdrawn"),
    }
    return labels.get(status, status)


def kind_label(kind: str) -> str:
    """The translated name of a kind of application."""
    labels = {
        "external": QCoreApplication.translate("ApplicationKind", "External"),
        "internal": QCoreApplication.translate("ApplicationKind", "Internal"),
    }
    return labels.get(kind, kind)


class ApplicationRoles(IntEnum):
    """The roles the applications model adds (the record id and sort roles are the records')."""

    RecordIdRole = RecordRoles.RecordIdRole
    SortRole = RecordRoles.SortRole
    StatusRole = Qt.ItemDataRole.UserRole + 10
    StaleRole = Qt.ItemDataRole.UserRole + 11
    DaysQuietRole = Qt.ItemDataRole.UserRole + 12
    CompanyRole = Qt.ItemDataRole.UserRole + 13
    NextStepRole = Qt.ItemDataRole.UserRole + 14
    #: a card's first line: the target's own name, or its title (the company has a line of its
    #: own, so "Title — Company" would say it twice)
    CardTitleRole = Qt.ItemDataRole.UserRole + 15


class Column(IntEnum):
    """The table's columns, in order."""

    APPLICATION = 0
    ORGANISATION = 1
    STATUS = 2
    KIND = 3
    LAST_ACTIVITY = 4
    DAYS_QUIET = 5
    NEXT_STEP = 6
    NEXT_STEP_DATE = 7


#: len(Column), which an IntEnum works out on every call
COLUMN_COUNT = len(Column)


@dataclass(frozen=True)
class ApplicationRow:
    """One application with what the rules worked out for it at the last refresh."""

    target: Target
    organisation: str
    last_activity: date
    days_quiet: int
    stale: bool
    #: what a filter compares, worked out once (services.applications.prepare)
    prepared: rules.PreparedApplication


class ApplicationsModel(QAbstractTableModel):
    """Every application (a target not archived) as a row, in the order the store gives them.

    `today` gives the day the rules count from; `stale_days` when an open application stands out.
    """

    def __init__(
        self,
        store,
        stale_days: int = rules.DEFAULT_STALE_DAYS,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.stale_days = stale_days
        self._meetings: dict[str, list[Meeting]] = {}
        self._organisations: dict[str, str] = {}
        self._ids: list[str] = []
        self._rows: dict[str, ApplicationRow] = {}
        # worked out again on demand after any change
        self._positions: dict[str, int] | None = None
        self._buckets: dict[str, list[ApplicationRow]] | None = None
        #: the column and order the rows are kept in (None: the store's order)
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = [
            self.tr("Application"),
            self.tr("Organisation"),
            self.tr("Status"),
            self.tr("Kind"),
            self.tr("Last activity"),
            self.tr("Days quiet"),
            self.tr("Next step"),
            self.tr("Next step date"),
        ]
        self._index_meetings()
        self._index_organisations()
        self._load()
        store.records_changed.connect(self._on_store_records_changed)
        store.records_removed.connect(self._on_store_records_removed)

    # ----------------------------------------------------------------- reading
    def _index_meetings(self) -> None:
        by_target: dict[str, list[Meeting]] = {}
        for meeting in self.store.records(Meeting):
            if meeting.target_id:
                by_target.setdefault(meeting.target_id, []).append(meeting)
        self._meetings = by_target

    def _index_organisations(self) -> None:
        self._organisations = {o.id: o.name for o in self.store.records(Organisation)}

    def _row_for(self, target: Target, today: date) -> ApplicationRow:
        meetings = self._meetings.get(target.id, ())
        last = rules.last_activity(target, meetings, today)
        organisation = self._organisations.get(target.organisation_id or "", "")
        return ApplicationRow(
            target=target,
            organisation=organisation,
            last_activity=last,
            days_quiet=rules.days_quiet(target, meetings, today),
            stale=rules.is_stale(target, meetings, self.stale_days, today),
            prepared=rules.prepare(target, organisation),
        )

    def _load(self) -> None:
        today = self.today()
        shown = rules.applications(self.store.records(Target))
        self._ids = [t.id for t in shown]
        self._rows = {t.id: self._row_for(t, today) for t in shown}
        self._forget_order()

    def meetings_of(self, target_id: str) -> list[Meeting]:
        """The meetings held (or planned) about an application, as last indexed."""
        return list(self._meetings.get(target_id, ()))

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def row_at(self, row: int) -> ApplicationRow | None:
        """The application of a row, or None for a row out of range."""
        if not 0 <= row < len(self._ids):
            return None
        return self._rows[self._ids[row]]

    def row_of(self, target_id: str) -> int:
        """The row of an application, or -1."""
        if self._positions is None:
            self._positions = {target_id: row for row, target_id in enumerate(self._ids)}
        return self._positions.get(target_id, -1)

    def rows(self) -> list[ApplicationRow]:
        """Every application's row, in the model's order."""
        return [self._rows[target_id] for target_id in self._ids]

    def rows_with_status(self, status: str) -> list[ApplicationRow]:
        """The rows of one status, in the model's order (a board column's candidates)."""
        if self._buckets is None:
            buckets: dict[str, list[ApplicationRow]] = {}
            for target_id in self._ids:
                row = self._rows[target_id]
                buckets.setdefault(row.target.status, []).append(row)
            self._buckets = buckets
        return self._buckets.get(status, [])

    def _forget_order(self) -> None:
        self._positions = None
        self._buckets = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keeps the rows in a column's order from now on (the table's header asks).

        The model sorts, once, in Python: a proxy sorting 2,000 rows would call back into
        Python for every comparison each time a filter brings rows back.
        """
        if not 0 <= column < len(Column):
            self._sort = None
            return
        self._sort = (column, order)
        self._resort()

    def _resort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        ordered = sorted(
            self._ids,
            key=lambda i: self._sort_key(self._rows[i], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        if ordered == self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        position = {target_id: row for row, target_id in enumerate(ordered)}
        after = [
            self.index(position[self._ids[i.row()]], i.column())
            if i.isValid() and 0 <= i.row() < len(self._ids)
            else QModelIndex()
            for i in before
        ]
        self._ids = ordered
        self._forget_order()
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]
        return None

    def stale_reason(self, row: ApplicationRow) -> str:
        """Why an application stands out ("" when it does not)."""
        if not row.stale:
            return ""
        return self.tr("No change for %n day(s)", "", row.days_quiet)

    def next_step_text(self, row: ApplicationRow) -> str:
        """The next step with its date ("Call Maria · 14 Mar 2026"), or ""."""
        target = row.target
        parts = (target.next_step.strip(), format_date(target.next_step_date))
        return " · ".join(p for p in parts if p)

    def _text(self, row: ApplicationRow, column: int) -> str:
        target = row.target
        if column == Column.APPLICATION:
            return target.label()
        if column == Column.ORGANISATION:
            return target.company or row.organisation
        if column == Column.STATUS:
            return status_label(target.status)
        if column == Column.KIND:
            return kind_label(target.kind)
        if column == Column.LAST_ACTIVITY:
            return row.last_activity.isoformat()
        if column == Column.DAYS_QUIET:
            return str(row.days_quiet)
        if column == Column.NEXT_STEP:
            return target.next_step
        return format_date(target.next_step_date)

    def _sort_key(self, row: ApplicationRow, column: int) -> Any:
        if column == Column.STATUS:
            return STATUSES.index(row.target.status)
        if column == Column.LAST_ACTIVITY:
            return row.last_activity.toordinal()
        if column == Column.DAYS_QUIET:
            return row.days_quiet
        if column == Column.NEXT_STEP_DATE:
            return day_number(row.target.next_step_date)
        return self._text(row, column).casefold()

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._rows[self._ids[index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == ApplicationRoles.SortRole:
            return self._sort_key(row, column)
        if role == ApplicationRoles.RecordIdRole:
            return row.target.id
        if role == ApplicationRoles.StatusRole:
            return row.target.status
        if role == ApplicationRoles.StaleRole:
            return row.stale
        if role == ApplicationRoles.DaysQuietRole:
            return row.days_quiet
        if role == ApplicationRoles.CompanyRole:
            return self._text(row, Column.ORGANISATION)
        if role == ApplicationRoles.NextStepRole:
            return self.next_step_text(row)
        if role == ApplicationRoles.CardTitleRole:
            target = row.target
            return target.name.strip() or target.title.strip() or target.label()
        if role == Qt.ItemDataRole.BackgroundRole and row.stale:
            return STALE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.stale_reason(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS_QUIET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ----------------------------------------------------------------- drag and drop
    def mimeTypes(self) -> list[str]:
        return [TARGET_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(self._ids[i.row()] for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(TARGET_MIME_TYPE, QByteArray("\n".join(ids).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    # ----------------------------------------------------------------- following the store
    def set_stale_days(self, days: int) -> None:
        """Changes after how many quiet days an open application is stale, and repaints."""
        if days == self.stale_days:
            return
        self.stale_days = days
        self.refresh_all()

    def refresh_all(self) -> None:
        """Works every row out again (meetings, organisations or the day changed)."""
        today = self.today()
        self._rows = {i: self._row_for(self._rows[i].target, today) for i in self._ids}
        self._buckets = None
        if self._ids:
            last = self.index(len(self._ids) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self._resort()

    def _on_store_records_changed(self, kind: str, ids: list) -> None:
        if kind == Meeting.KIND:
            self._index_meetings()
            self.refresh_all()
        elif kind == Organisation.KIND:
            self._index_organisations()
            self.refresh_all()
        elif kind == Target.KIND:
            self._follow_targets(ids)

    def _on_store_records_removed(self, kind: str, ids: list) -> None:
        if kind in (Meeting.KIND, Organisation.KIND):
            self._on_store_records_changed(kind, ids)
        elif kind == Target.KIND:
            self._remove(set(ids))

    def _remove(self, gone: set[str]) -> None:
        # From the bottom up, so the rows still to remove keep their numbers.
        for row in reversed(range(len(self._ids))):
            if self._ids[row] in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[self._ids[row]]
                del self._ids[row]
                self._forget_order()
                self.endRemoveRows()

    def _follow_targets(self, ids: list) -> None:
        today = self.today()
        hidden = set()
        for target_id in dict.fromkeys(ids):
            target = self.store.get(Target, target_id)
            if target is None or not rules.applications([target]):
                hidden.add(target_id)
                continue
            fresh = self._row_for(target, today)
            if target_id in self._rows:
                self._rows[target_id] = fresh
                self._buckets = None
                row = self.row_of(target_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
            else:
                row = len(self._ids)
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.append(target_id)
                self._rows[target_id] = fresh
                self._forget_order()
                self.endInsertRows()
        if hidden:
            self._remove(hidden)
        self._resort()


def target_ids_of(mime: QMimeData | None) -> list[str]:
    """The target ids a dragged card carries (none for anything else)."""
    if mime is None or not mime.hasFormat(TARGET_MIME_TYPE):
        return []
    text = bytes(mime.data(TARGET_MIME_TYPE).data()).decode(errors="replace")
    return [line for line in text.splitlines() if line]
