"""What is due, as rows: the model behind the What's Due page, the start page's panel and the
status bar's count, its filter proxy, and the watch on the calendar day.

Every rule is services.due's: the model asks `due_list` again (over a snapshot of the store)
shortly after the records change and when the day changes, and shows the entries in the order
it gives them, overdue first, then soonest.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import RECORD_TYPES
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.due import DEFAULT_DUE_DAYS, Due, due_counts, due_list
from resume_builder.ui.icons import icon
from resume_builder.ui.models.records import ItemIndex, RecordRoles

#: an overdue row: red, see-through, readable on light and dark palettes (the When column says
#: it in words too, never colour alone)
OVERDUE_COLOUR = QColor(220, 50, 47, 60)

#: how long after a change of the records the list is worked out again: typing in an editor
#: changes a record per keystroke, and one list a moment later serves them all
REFRESH_DELAY_MS = 150

#: the kinds of record whose changes can change what is due (milestones count roles,
#: accomplishments, people, meetings and targets); a skill or a course cannot
_RELEVANT_KINDS = frozenset(
    {
        "meeting",
        "action_item",
        "target",
        "milestone",
        "career_plan",
        "person",
        "role",
        "accomplishment",
        "profile",
    }
)

#: the icon of each kind of entry (resources/icons)
KIND_ICONS = {
    "follow_up": "meetings",
    "action": "capture",
    "next_step": "applications",
    "milestone": "plan",
}


def kind_label(kind: str) -> str:
    """The translated name of a kind of due entry ("next_step" -> "Next step")."""
    labels = {
        "follow_up": QCoreApplication.translate("DueKind", "Follow-up"),
        "action": QCoreApplication.translate("DueKind", "Action item"),
        "next_step": QCoreApplication.translate("DueKind", "Next step"),
        "milestone": QCoreApplication.translate("DueKind", "Milestone"),
    }
    return labels.get(kind, kind)


class DueWhen(QObject):
    """The words for how far off an entry is.

    A class of its own so that its tr() calls are read by lupdate as plurals: a module-level
    translate() with a count is filed as one form, and Swedish would say "1 dagar".
    """

    def text(self, days_left: int) -> str:
        """The words for an entry due in `days_left` days (negative: overdue)."""
        if days_left == 0:
            return self.tr("today")
        if days_left == 1:
            return self.tr("tomorrow")
        if days_left > 0:
            return self.tr("in %n day(s)", "", days_left)
        return self.tr("%n day(s) overdue", "", -days_left)


_DUE_WHEN: DueWhen | None = None


def when_text(days_left: int) -> str:
    """How far off an entry is, in words: "today", "tomorrow", "in 3 days", "2 days overdue"."""
    global _DUE_WHEN  # one QObject for every row, made once a translator can be asked
    if _DUE_WHEN is None:
        _DUE_WHEN = DueWhen()
    return _DUE_WHEN.text(days_left)


def _short_date_format(locale: QLocale) -> str:
    """The locale's long date with short names ("ddd d MMM yyyy"): words a person reads at a
    glance, in the order the locale puts them, without "Wednesday" and "December" in full.
    """
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return pattern.replace("dddd", "ddd").replace("MMMM", "MMM")


def date_text(value: PartialDate, locale: QLocale | None = None) -> str:
    """A due date as the interface's language writes it; a month or a year stays one."""
    locale = locale or QLocale()
    year, month, day = value.year, value.month, value.day
    if month is None:
        return str(year)
    if day is None:
        return locale.toString(QDate(year, month, 1), "MMMM yyyy")
    return locale.toString(QDate(year, month, day), _short_date_format(locale))


def store_snapshot(store) -> CareerSnapshot:
    """Every record of the store in one snapshot (what due_list and plan_report read)."""
    records = []
    for record_type in RECORD_TYPES:
        records.extend(store.records(record_type))
    return CareerSnapshot.from_records(records)


def due_key(entry: Due) -> tuple[str, str, str]:
    """What tells one entry from another across refreshes: its kind and its record."""
    return entry.kind, entry.record_kind, entry.record_id


class DayWatcher(QObject):
    """Says when the calendar day changes: a timer set to just after the next midnight.

    `today` gives the day (tests give their own); `check()` compares it with the day last seen,
    so a timer that fires late (a computer that slept) still tells the new day once.
    """

    day_changed = Signal()

    def __init__(self, today: Callable[[], date] = date.today, parent: QObject | None = None):
        super().__init__(parent)
        self.today = today
        self._day = today()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._arm()

    def _arm(self) -> None:
        now = datetime.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), time())
        # A second past midnight, so the clock has surely turned; within an hour at most,
        # so a clock set by hand or a time-zone change is followed soon enough.
        wait = min((midnight - now).total_seconds() + 1, 3600)
        self.timer.start(max(1000, int(wait * 1000)))

    def check(self) -> None:
        """Tells `day_changed` if the day is not the one last seen, and sets the next timer."""
        day = self.today()
        if day != self._day:
            self._day = day
            self.day_changed.emit()
        self._arm()


class DueRoles(IntEnum):
    """The roles the due model adds (the record id and sort roles are the records')."""

    RecordIdRole = RecordRoles.RecordIdRole
    SortRole = RecordRoles.SortRole
    #: "meeting", "action_item", "target" or "milestone": the record an entry opens
    RecordKindRole = Qt.ItemDataRole.UserRole + 20
    OverdueRole = Qt.ItemDataRole.UserRole + 21
    DaysLeftRole = Qt.ItemDataRole.UserRole + 22
    #: "follow_up", "action", "next_step" or "milestone"
    KindRole = Qt.ItemDataRole.UserRole + 23
    #: one line for a narrow list: "in 3 days · Call Jonas"
    SummaryRole = Qt.ItemDataRole.UserRole + 24


class Column(IntEnum):
    """The table's columns, in order."""

    DUE = 0
    WHEN = 1
    KIND = 2
    WHAT = 3
    FROM = 4


class DueModel(QAbstractTableModel):
    """The entries of services.due.due_list, overdue first, then soonest.

    `within_days` is how far ahead it looks (None: everything dated); `today` gives the day.
    The list follows the store a moment after it changes (`refresh()` works it out at once),
    and the day when it changes.
    """

    #: the list was worked out again (its counts may have changed)
    refreshed = Signal()

    def __init__(
        self,
        store,
        within_days: int | None = DEFAULT_DUE_DAYS,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.within_days = within_days
        self._entries: list[Due] = []
        self._day = today()
        self._headers = [
            self.tr("Due"),
            self.tr("When"),
            self.tr("Kind"),
            self.tr("What"),
            self.tr("From"),
        ]
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.day_watcher = DayWatcher(today, self)
        self.day_watcher.day_changed.connect(self.refresh)
        self._entries = self._work_out()
        store.records_changed.connect(self._on_store_records_changed)
        store.records_removed.connect(self._on_store_records_changed)

    # ----------------------------------------------------------------- reading
    def _work_out(self) -> list[Due]:
        self._day = self.today()
        return due_list(store_snapshot(self.store), self._day, self.within_days)

    def entries(self) -> list[Due]:
        """The entries shown, in order."""
        return list(self._entries)

    def counts(self) -> tuple[int, int]:
        """(entries listed, how many of them are overdue)."""
        return due_counts(self._entries)

    def entry_at(self, row: int) -> Due | None:
        """The entry of a row, or None for a row out of range."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, record_id: str) -> int:
        """The row of the first entry that opens this record, or -1."""
        for row, entry in enumerate(self._entries):
            if entry.record_id == record_id:
                return row
        return -1

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]
        return None

    def _text(self, entry: Due, column: int) -> str:
        if column == Column.DUE:
            return date_text(entry.due)
        if column == Column.WHEN:
            return when_text(entry.days_left(self._day))
        if column == Column.KIND:
            return kind_label(entry.kind)
        if column == Column.WHAT:
            return entry.text
        return entry.context

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == DueRoles.SortRole:
            # The rule's order for the dates, words for the rest.
            if column in (Column.DUE, Column.WHEN):
                return index.row()
            return self._text(entry, column).casefold()
        if role == DueRoles.RecordIdRole:
            return entry.record_id
        if role == DueRoles.RecordKindRole:
            return entry.record_kind
        if role == DueRoles.OverdueRole:
            return entry.overdue
        if role == DueRoles.DaysLeftRole:
            return entry.days_left(self._day)
        if role == DueRoles.KindRole:
            return entry.kind
        if role == DueRoles.SummaryRole:
            return f"{self._text(entry, Column.WHEN)} · {entry.text}"
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return icon(KIND_ICONS.get(entry.kind, "due"))
        if role == Qt.ItemDataRole.BackgroundRole and entry.overdue:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and entry.overdue and column == Column.WHEN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                kind_label(entry.kind),
                date_text(entry.due),
                when_text(entry.days_left(self._day)),
            ]
            lines = [" · ".join(parts), entry.text, entry.context]
            return "\n".join(line for line in lines if line)
        return None

    # ----------------------------------------------------------------- following changes
    def set_within_days(self, days: int | None) -> None:
        """Looks `days` ahead from now on (None: everything dated)."""
        if days == self.within_days:
            return
        self.within_days = days
        self.refresh()

    def refresh_soon(self) -> None:
        """Works the list out again a moment from now (once, however often asked)."""
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Works the list out again now: the rows change only where the entries did."""
        self._refresh_timer.stop()
        fresh = self._work_out()
        old_keys = [due_key(e) for e in self._entries]
        new_keys = [due_key(e) for e in fresh]
        if old_keys == new_keys:
            self._entries = fresh
            if fresh:
                last = self.index(len(fresh) - 1, len(Column) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            # Entries came, went or changed places: views keep their selection by record
            # (see the views' own reselecting), so a reset is what the list is.
            self.beginResetModel()
            self._entries = fresh
            self.endResetModel()
        self.refreshed.emit()

    def _on_store_records_changed(self, kind: str, _ids: list) -> None:
        if kind in _RELEVANT_KINDS:
            self.refresh_soon()


class DueFilterProxy(QSortFilterProxyModel):
    """The table's rows: those holding every word typed (in what, from or kind), sortable."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(DueRoles.SortRole)
        self.setDynamicSortFilter(True)

    def set_words(self, text: str) -> None:
        """Shows only the entries that hold every word of `text` (case and accents aside)."""
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ItemIndex) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        columns = (Column.WHAT, Column.FROM, Column.KIND, Column.WHEN)
        haystack = " ".join(
            str(source.index(source_row, c).data() or "") for c in columns
        ).casefold()
        return all(word in haystack for word in self._words)

    def index_of(self, record_id: str) -> QModelIndex:
        """The first column's index of the entry that opens this record, or an invalid index."""
        source = self.sourceModel()
        row = source.row_of(record_id) if isinstance(source, DueModel) else -1
        if row < 0:
            return QModelIndex()
        return self.mapFromSource(source.index(row, 0))


class FirstEntriesProxy(QSortFilterProxyModel):
    """The first `limit` entries in one column, for the start page's short list."""

    def __init__(self, limit: int = 6, parent: QObject | None = None):
        super().__init__(parent)
        self.limit = limit

    def filterAcceptsRow(self, source_row: int, source_parent: ItemIndex) -> bool:
        return source_row < self.limit

    def filterAcceptsColumn(self, source_column: int, source_parent: ItemIndex) -> bool:
        return source_column == Column.WHAT

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return super().data(index, DueRoles.SummaryRole)
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            kind = super().data(index, DueRoles.KindRole)
            return icon(KIND_ICONS.get(kind, "due"))
        return super().data(index, role)
