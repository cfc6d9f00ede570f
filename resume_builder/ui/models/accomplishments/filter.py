"""The accomplishments filter proxy: words, skills, role, date range and minimum impact."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import IMPACT_MAX, IMPACT_MIN
from resume_builder.services.records import ANY_ROLE, NO_ROLE
from resume_builder.ui.models.accomplishments.table import (
    AccomplishmentTableModel,
    RowInfo,
    period_of,
)


class AccomplishmentFilterProxy(QSortFilterProxyModel):
    """Filters accomplishments by words, skills, role, date range and minimum impact.

    A keystroke over 10,000 rows stays within a few milliseconds of Python plus Qt's own
    pass: when a filter changes, the accepted ids are worked out in a few tight passes over
    the source's cached search texts (only over the rows still shown when the filter only
    got stricter), and `filterAcceptsRow` merely looks the row up. Rows that change later
    are judged one by one. Sorting is handed to the source model (see
    `AccomplishmentTableModel`), whose row order this proxy keeps.
    """

    #: some filter changed (the view enables "Clear filters" and updates its count)
    filters_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._source: AccomplishmentTableModel | None = None
        self._words: tuple[str, ...] = ()
        self._text = ""
        self._skill_ids: frozenset[str] = frozenset()
        self._role_id: str | None = ANY_ROLE
        self._date_from: PartialDate | None = None
        self._date_to: PartialDate | None = None
        self._min_impact = IMPACT_MIN
        self._pinned: str | None = None
        # Ids that pass the filters (or are pinned), and ids changed since that was worked out.
        self._accepted: set[str] = set()
        self._stale: set[str] = set()
        self.setDynamicSortFilter(True)

    # ----------------------------------------------------------------- source
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, AccomplishmentTableModel):
            raise TypeError("AccomplishmentFilterProxy needs an AccomplishmentTableModel")
        if self._source is not None:
            self._source.dataChanged.disconnect(self._on_source_data_changed)
            self._source.rowsInserted.disconnect(self._on_source_rows_inserted)
        # Connected before QSortFilterProxyModel's own handlers, so changed rows are marked
        # stale by the time it asks about them.
        model.dataChanged.connect(self._on_source_data_changed)
        model.rowsInserted.connect(self._on_source_rows_inserted)
        self._source = model
        self._accepted = set(model.infos)
        self._stale = set()
        super().setSourceModel(model)
        if self.is_filtering() or self._pinned is not None:
            self._refilter()
        else:
            # Setting the source judged every row already, and all of them pass: a second
            # pass over thousands of rows would only repeat it.
            self.filters_changed.emit()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()):
        self._stale.update(self._source.ids[top_left.row() : bottom_right.row() + 1])

    def _on_source_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._stale.update(self._source.ids[first : last + 1])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts by a column: the source reorders itself with cached keys (dates by time,
        impact by number), far quicker than a proxy comparing pairs through Python.
        """
        if self._source is not None:
            self._source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        rid = self._source.ids[source_row]
        if rid in self._stale:
            self._stale.discard(rid)
            if rid == self._pinned or self._accepts(self._source.infos[rid]):
                self._accepted.add(rid)
            else:
                self._accepted.discard(rid)
        return rid in self._accepted

    # ----------------------------------------------------------------- filters
    @property
    def filter_text(self) -> str:
        """The words typed in the filter box."""
        return self._text

    @property
    def skill_ids(self) -> frozenset[str]:
        """Skills every shown accomplishment has."""
        return self._skill_ids

    @property
    def role_id(self) -> str | None:
        """The role filter: ANY_ROLE, NO_ROLE or a role id."""
        return self._role_id

    @property
    def date_range(self) -> tuple[PartialDate | None, PartialDate | None]:
        """The (from, to) dates, each None when open."""
        return self._date_from, self._date_to

    @property
    def min_impact(self) -> int:
        """The lowest impact shown."""
        return self._min_impact

    def is_filtering(self) -> bool:
        """True when any filter hides something."""
        return bool(
            self._words
            or self._skill_ids
            or self._role_id is not ANY_ROLE
            or self._date_from
            or self._date_to
            or self._min_impact > IMPACT_MIN
        )

    def set_filter_text(self, text: str) -> None:
        """Shows accomplishments containing every word of `text`, in any field, any case."""
        words = tuple(dict.fromkeys(text.casefold().split()))
        self._text = text
        if words == self._words:
            return
        # Typing on ("kub" -> "kube") only hides rows: every old word is inside a new one.
        stricter = all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._refilter(stricter)

    def set_skill_ids(self, skill_ids: Iterable[str]) -> None:
        """Shows accomplishments that have all of these skills."""
        skill_ids = frozenset(skill_ids)
        if skill_ids != self._skill_ids:
            stricter = skill_ids >= self._skill_ids
            self._skill_ids = skill_ids
            self._refilter(stricter)

    def set_role_id(self, role_id: str | None) -> None:
        """Shows one role's accomplishments (NO_ROLE: those without one; ANY_ROLE: all)."""
        if role_id != self._role_id:
            stricter = self._role_id is ANY_ROLE
            self._role_id = role_id
            self._refilter(stricter)

    def set_date_range(self, date_from: PartialDate | None, date_to: PartialDate | None) -> None:
        """Shows accomplishments whose date falls in the range; partial dates count whole.

        "2019" to "2020-03" keeps everything from 1 January 2019 to 31 March 2020, and an
        accomplishment dated just "2019" is kept by a range starting in 2019-06. Undated
        accomplishments are hidden while either end is set.
        """
        if (date_from, date_to) != (self._date_from, self._date_to):
            self._date_from, self._date_to = date_from, date_to
            self._refilter()

    def set_min_impact(self, impact: int) -> None:
        """Shows accomplishments of at least this impact."""
        impact = max(IMPACT_MIN, min(IMPACT_MAX, int(impact)))
        if impact != self._min_impact:
            stricter = impact > self._min_impact
            self._min_impact = impact
            self._refilter(stricter)

    def clear_filters(self) -> None:
        """Shows everything again."""
        self._text, self._words = "", ()
        self._skill_ids = frozenset()
        self._role_id = ANY_ROLE
        self._date_from = self._date_to = None
        self._min_impact = IMPACT_MIN
        self._refilter()

    def set_pinned_id(self, record_id: str | None) -> None:
        """Keeps one accomplishment visible whatever the filters (the one being edited).

        Without this, editing away the word the list is filtered by would make the row
        vanish under the user's cursor, and a new record would never appear.
        """
        old, self._pinned = self._pinned, record_id
        source = self._source
        if old == record_id or source is None:
            return
        if record_id is not None and record_id not in self._accepted:
            self._accepted.add(record_id)
            source.touch(record_id)  # hidden until now: let the proxy ask again
        if old is not None and old in source.infos and not self._accepts(source.infos[old]):
            self._stale.add(old)
            source.touch(old)

    @property
    def pinned_id(self) -> str | None:
        """The accomplishment kept visible, or None."""
        return self._pinned

    # ----------------------------------------------------------------- judging rows
    def _accepts(self, info: RowInfo) -> bool:
        """The filters' verdict on one row (the pin aside)."""
        search = info.search
        for word in self._words:
            if word not in search:
                return False
        if self._skill_ids and not self._skill_ids <= info.skill_ids:
            return False
        record = info.record
        if self._role_id is not ANY_ROLE and (record.role_id or NO_ROLE) != self._role_id:
            return False
        if record.impact < self._min_impact:
            return False
        if self._date_from is not None or self._date_to is not None:
            if info.first_day is None:
                return False
            if self._date_from is not None and info.last_day < period_of(self._date_from)[0]:
                return False
            if self._date_to is not None and info.first_day > period_of(self._date_to)[1]:
                return False
        return True

    def _passing(self, candidates: Iterable[RowInfo]) -> set[str]:
        """The ids among `candidates` that pass every filter, one tight pass per filter."""
        rows = candidates
        for word in self._words:
            rows = [i for i in rows if word in i.search]
        if self._skill_ids:
            skills = self._skill_ids
            rows = [i for i in rows if skills <= i.skill_ids]
        if self._role_id is not ANY_ROLE:
            role_id = self._role_id
            rows = [i for i in rows if (i.record.role_id or NO_ROLE) == role_id]
        if self._min_impact > IMPACT_MIN:
            impact = self._min_impact
            rows = [i for i in rows if i.record.impact >= impact]
        if self._date_from is not None or self._date_to is not None:
            low = period_of(self._date_from)[0] if self._date_from else (0, 0, 0)
            high = period_of(self._date_to)[1] if self._date_to else (10_000, 0, 0)
            rows = [i for i in rows if i.first_day and i.last_day >= low and i.first_day <= high]
        return {i.id for i in rows}

    def _refilter(self, stricter: bool = False) -> None:
        source = self._source
        if source is not None:
            infos = source.infos
            if not self.is_filtering():
                accepted = set(infos)
            elif stricter:
                # Nothing hidden can come back: judge only what is shown or changed.
                candidates = self._accepted | self._stale
                accepted = self._passing([infos[rid] for rid in candidates if rid in infos])
            else:
                accepted = self._passing(infos.values())
            if self._pinned in infos:
                accepted.add(self._pinned)
            self._accepted, self._stale = accepted, set()
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filters_changed.emit()
