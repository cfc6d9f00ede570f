"""What's due: follow-ups, action items, next steps and milestones, soonest first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.services.due import DEFAULT_DUE_DAYS
from resume_builder.ui import settings as keys
from resume_builder.ui.models.due import (
    Column,
    DueFilterProxy,
    DueModel,
    DueRoles,
    when_text,
)
from resume_builder.ui.navigation import PAGE_OF_KIND, open_record
from resume_builder.ui.views.base import CareerView, ViewContext
from resume_builder.ui.widgets.readable import centred_readable

#: the choices of the Show box, in days ahead; 0 is everything with a date
DAY_CHOICES = (7, 14, 30, 0)


def days_wanted(stored: int) -> int | None:
    """The days ahead a stored choice means (None: everything dated); an unknown one is the
    default.
    """
    if stored not in DAY_CHOICES:
        stored = DEFAULT_DUE_DAYS
    return stored or None


def open_due_record(widget: QWidget, record_kind: str, record_id: str) -> bool:
    """Opens the record a due entry names on its page (an action item on its meeting's).

    When the page cannot select it (a filter there hides it, say) the page is shown all the
    same, so a double-click always leads somewhere; False then, and without a window.
    """
    page = PAGE_OF_KIND.get(record_kind)
    if not page:
        return False
    if open_record(widget, page, record_id):
        return True
    window = widget.window()
    entries = getattr(window, "sidebar_entries", None)
    if entries is not None and page in [entry.key for entry in entries()]:
        window.show_view(page)
    return False


class DueView(CareerView):
    """What's due: follow-ups, action items, next steps and milestones, soonest first.

    Enter or a double-click opens the entry's record on its page.
    """

    key = "due"

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(context, parent)
        self.model = DueModel(self.store, days_wanted(keys.DUE_DAYS.get()), today, self)
        self.proxy = DueFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("dueFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter what is due (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter what is due by words"))
        self.days_combo = QComboBox()
        self.days_combo.setObjectName("dueDays")
        for days in DAY_CHOICES:
            text = self.tr("Next %n day(s)", "", days) if days else self.tr("Everything dated")
            self.days_combo.addItem(text, days)
        self.days_combo.setCurrentIndex(self.days_combo.findData(self.model.within_days or 0))
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.days_combo)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("dueSummary")
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addSpacing(12)
        bar.addWidget(show_label)
        bar.addWidget(self.days_combo)

        self.table = QTableView()
        self.table.setObjectName("dueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("What's due"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the texts they hold: resizing to contents would measure every row.
        metrics = self.table.fontMetrics()
        samples = {
            Column.DUE: "Wed, Dec 30, 2026",
            Column.WHEN: when_text(-30),
            Column.KIND: "Action item  ",
            Column.FROM: "Career conversation with",
        }
        bold = QFont(self.table.font())
        bold.setBold(True)  # an overdue row's When is bold
        for column, sample in samples.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            measure = QFontMetrics(bold) if column == Column.WHEN else metrics
            width = max(measure.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 16)
            # The kind column shows its icon before the words.
            extra = 44 if column == Column.KIND else 20
            self.table.setColumnWidth(column, width + extra)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("dueEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addLayout(centred_readable(self.empty_label))
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stack, 1)

        self.filter_edit.textChanged.connect(self.proxy.set_words)
        self.days_combo.currentIndexChanged.connect(self._on_days_combo_current_index_changed)
        self.table.activated.connect(self._on_table_activated)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.refreshed.connect(self._update_state)
        self.proxy.rowsInserted.connect(self._update_state)
        self.proxy.rowsRemoved.connect(self._update_state)
        self._current: str | None = None
        self._update_state()

    # ----------------------------------------------------------------- opening
    def open_index(self, index: QModelIndex) -> bool:
        """Opens the record of a (proxy) row on its page; False when the window has none."""
        if not index.isValid():
            return False
        return open_due_record(
            self, index.data(DueRoles.RecordKindRole), index.data(DueRoles.RecordIdRole)
        )

    def open_current(self) -> bool:
        """Opens the selected entry's record."""
        return self.open_index(self.table.currentIndex())

    def select_record(self, record_id: str) -> bool:
        """Selects the entry that opens a record; False when it is not listed or filtered out."""
        index = self.proxy.index_of(record_id)
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def texts(self, column: int) -> list[str]:
        """One column's texts, top to bottom, as shown."""
        return [self.proxy.index(row, column).data() for row in range(self.proxy.rowCount())]

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("What's Due")

    def focus_filter(self) -> bool:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
        return True

    def save_state(self, settings: QSettings) -> None:
        keys.view_header(keys.DUE_VIEW).set(self.table.horizontalHeader().saveState(), settings)

    def restore_state(self, settings: QSettings) -> None:
        header = keys.view_header(keys.DUE_VIEW).get(settings)
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        wanted = days_wanted(keys.DUE_DAYS.get(settings)) or 0
        self.days_combo.setCurrentIndex(max(0, self.days_combo.findData(wanted)))

    # ----------------------------------------------------------------- slots
    def _on_days_combo_current_index_changed(self, _index: int) -> None:
        days = self.days_combo.currentData()
        keys.DUE_DAYS.set(days)
        self.model.set_within_days(days or None)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_index(index)

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        self._current = index.data(DueRoles.RecordIdRole) if index.isValid() else None

    def _restore_current(self) -> None:
        # A refresh resets the list: the entry the user was on stays selected.
        if self._current:
            self.select_record(self._current)

    def _update_state(self, *_args) -> None:
        listed, overdue = self.model.counts()
        days = self.model.within_days
        if listed:
            self.stack.setCurrentIndex(1)
            if days:
                text = self.tr("%n due in the next %1 days", "", listed).replace("%1", str(days))
            else:
                text = self.tr("%n dated and open", "", listed)
            if overdue:
                text += " · " + self.tr("%n overdue", "", overdue)
            self.summary_label.setText(text)
            return
        self.stack.setCurrentIndex(0)
        self.summary_label.setText("")
        if days:
            nothing = self.tr("Nothing due in the next %n day(s).", "", days)
        else:
            nothing = self.tr("Nothing dated is open.")
        self.empty_label.setText(
            nothing
            + "\n\n"
            + self.tr(
                "Meetings' follow-up dates, action items with a due date, the next steps of "
                "your applications and the milestones of your plan show up here, overdue ones "
                "first."
            )
        )
