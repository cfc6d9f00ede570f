"""The career plan's milestones as a table: done, title, due, measure, progress and state.

The counts and the pace are services.plan's (plan_report); this model asks for the report again
when the records it counts change, and shows it. Ticking "done" asks for the change through
`done_toggled`: the view makes it an undo step, the model only shows what the store holds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import (
    Accomplishment,
    CareerPlan,
    Meeting,
    Milestone,
    Person,
    Profile,
    Role,
    Target,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services import plan as rules
from resume_builder.ui.models.records import ItemIndex, RecordRoles, list_item_flags
from resume_builder.ui.models.targets import check_state, is_checked
from resume_builder.ui.tooltips import plain_tooltip

DONE, TITLE, DUE, MEASURE, PROGRESS, STATE = range(6)

#: the plan's own records: a change to them is shown at once
PLAN_KINDS = frozenset({CareerPlan.KIND, Milestone.KIND})
#: the records the measures count: a change there is counted again once the burst is over
COUNTED_KINDS = frozenset({Role.KIND, Accomplishment.KIND, Target.KIND, Meeting.KIND, Person.KIND})

#: each state's colour on a light palette and on a dark one; the state is written in words too
STATE_COLOURS = {
    rules.DONE: ("#2e7d32", "#81c784"),
    rules.ON_TRACK: ("#1565c0", "#90caf9"),
    rules.BEHIND: ("#a35a00", "#ffb74d"),
    rules.OVERDUE: ("#c0392b", "#ef9a9a"),
}


class PlanRoles(IntEnum):
    """The item data roles the milestones model adds."""

    #: progress as a share of the goal, 0.0 to 1.0 (the progress bar's length)
    FractionRole = Qt.ItemDataRole.UserRole + 20
    #: the state's key (rules.DONE, rules.BEHIND, ...)
    StateRole = Qt.ItemDataRole.UserRole + 21


def measure_label(measure: str) -> str:
    """The translated name of what a milestone's progress is counted from."""
    labels = {
        "": QCoreApplication.translate("PlanMeasures", "Ticked by hand"),
        "cmd_complete": QCoreApplication.translate("PlanMeasures", "CMD complete (%)"),
        "resumes_ready": QCoreApplication.translate("PlanMeasures", "Résumés ready"),
        "recruiter_conversations": QCoreApplication.translate(
            "PlanMeasures", "Recruiter conversations"
        ),
        "references": QCoreApplication.translate("PlanMeasures", "References lined up"),
        "applications_sent": QCoreApplication.translate("PlanMeasures", "Applications sent"),
    }
    return labels.get(measure, measure)


def state_label(state: str) -> str:
    """The translated name of a milestone's state."""
    labels = {
        rules.DONE: QCoreApplication.translate("PlanStates", "Done"),
        rules.ON_TRACK: QCoreApplication.translate("PlanStates", "On track"),
        rules.BEHIND: QCoreApplication.translate("PlanStates", "Behind"),
        rules.OVERDUE: QCoreApplication.translate("PlanStates", "Overdue"),
        rules.OPEN: QCoreApplication.translate("PlanStates", "Open"),
    }
    return labels.get(state, state)


def state_colour(state: str, palette: QPalette) -> QColor | None:
    """The state's text colour, readable on the palette's background (None: the usual)."""
    pair = STATE_COLOURS.get(state)
    if pair is None:
        return None
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(pair[1] if dark else pair[0])


def progress_text(progress: rules.MilestoneProgress) -> str:
    """How far a milestone has come: "3 of 5", "62 of 80 %", or done / not yet."""
    milestone = progress.milestone
    if not milestone.measure:
        if milestone.done:
            return QCoreApplication.translate("PlanProgress", "Done")
        return QCoreApplication.translate("PlanProgress", "Not yet")
    if milestone.measure == "cmd_complete":
        return (
            QCoreApplication.translate("PlanProgress", "%1 of %2 %")
            .replace("%1", str(progress.count))
            .replace("%2", str(progress.goal))
        )
    return (
        QCoreApplication.translate("PlanProgress", "%1 of %2")
        .replace("%1", str(min(progress.count, 10**6)))
        .replace("%2", str(progress.goal))
    )


def snapshot_for_plan(store) -> CareerSnapshot:
    """The records the plan counts, copied from the store (not the whole career)."""
    records = []
    for record_type in (Profile, Role, Accomplishment, Target, Meeting, Person, CareerPlan):
        records.extend(store.records(record_type))
    records.extend(store.records(Milestone))
    return CareerSnapshot.from_records(records)


class MilestonesModel(QAbstractTableModel):
    """The plan's milestones in services.plan.milestones_in_order, with the plan's report."""

    #: a milestone's tick was clicked: its id and the wanted state
    done_toggled = Signal(str, bool)
    #: the report was worked out again (the headline follows it)
    report_changed = Signal()

    def __init__(
        self,
        store,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.report = rules.plan_report(snapshot_for_plan(store), today())
        self._rows = list(self.report.milestones)
        self._headers = [
            self.tr("Done"),
            self.tr("Milestone"),
            self.tr("Due"),
            self.tr("Measure"),
            self.tr("Progress"),
            self.tr("State"),
        ]
        # Typing in an accomplishment elsewhere changes a count: count once per burst.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self.reload)
        store.records_changed.connect(self._on_store_changed)
        store.records_removed.connect(self._on_store_changed)

    # ----------------------------------------------------------------- reading
    def reload(self) -> None:
        """Works the report out again and shows it."""
        self._recount.stop()
        self.report = rules.plan_report(snapshot_for_plan(self.store), self.today())
        rows = list(self.report.milestones)
        if [r.milestone.id for r in rows] == [r.milestone.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, STATE))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        self.report_changed.emit()

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind in PLAN_KINDS:
            self.reload()
        elif kind in COUNTED_KINDS:
            self._recount.start()

    def progress_at(self, row: int) -> rules.MilestoneProgress | None:
        """The milestone and its count shown in a row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, milestone_id: str) -> int:
        """The row of a milestone, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.milestone.id == milestone_id), -1)

    def texts(self, column: int) -> list[str]:
        """One column's texts, top to bottom, as shown."""
        return [self.data(self.index(row, column)) for row in range(self.rowCount())]

    # ----------------------------------------------------------------- Qt
    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        flags = list_item_flags(index)
        if index.isValid() and index.column() == DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        progress = self.progress_at(index.row()) if index.isValid() else None
        if progress is None:
            return None
        milestone = progress.milestone
        column = index.column()
        if role == RecordRoles.RecordIdRole:
            return milestone.id
        if role == PlanRoles.FractionRole:
            return progress.fraction
        if role == PlanRoles.StateRole:
            return progress.state
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(progress, column, role)
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return check_state(milestone.done)
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATE, DUE):
            if column == DUE and progress.state != rules.OVERDUE:
                return None
            return state_colour(progress.state, QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(progress, column)
        return None

    def _text(self, progress: rules.MilestoneProgress, column: int, role: int) -> str:
        milestone = progress.milestone
        if column == DONE:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("done") if milestone.done else self.tr("not done")
            return ""  # the tick says it
        if column == TITLE:
            return milestone.title or self.tr("(untitled milestone)")
        if column == DUE:
            return format_date(milestone.due)
        if column == MEASURE:
            return measure_label(milestone.measure)
        if column == PROGRESS:
            return progress_text(progress)
        return state_label(progress.state)

    def _tooltip(self, progress: rules.MilestoneProgress, column: int) -> str | None:
        milestone = progress.milestone
        if column == DONE and milestone.done_on:
            return self.tr("Done on %s") % format_date(milestone.done_on)
        if column == TITLE and milestone.title:
            return plain_tooltip(milestone.title)
        if (
            column == STATE
            and progress.expected is not None
            and progress.state
            in (
                rules.ON_TRACK,
                rules.BEHIND,
            )
        ):
            # Why on track or behind: what a steady pace would have reached by today.
            return self.tr("A steady pace would be at %1 by today").replace(
                "%1", f"{progress.expected:.1f}".rstrip("0").rstrip(".")
            )
        return None

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        progress = self.progress_at(index.row()) if index.isValid() else None
        if progress is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != DONE:
            return False
        self.done_toggled.emit(progress.milestone.id, is_checked(value))
        return True
