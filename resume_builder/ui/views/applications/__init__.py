"""The Applications page: every target by where it stands, as a board and as a table.

The coordinator holds the one applications model both tabs show, the filter bar they share, and
the moves: the board asks, services.applications decides, and each move is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import Target
from resume_builder.services import applications as rules
from resume_builder.ui import settings as keys
from resume_builder.ui.commands import ChangeRecordsCommand
from resume_builder.ui.models.applications import ApplicationsModel, status_label
from resume_builder.ui.navigation import open_record
from resume_builder.ui.views.applications.board import ApplicationsBoard
from resume_builder.ui.views.applications.filters import ApplicationFilterBar
from resume_builder.ui.views.applications.table import ApplicationsTable
from resume_builder.ui.views.base import CareerView, ViewContext

BOARD_TAB, TABLE_TAB = 0, 1


class ApplicationsView(CareerView):
    """The applications board and table: every target by where it stands."""

    key = "applications"

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(context, parent)
        self.today = today
        self.model = ApplicationsModel(self.store, rules.DEFAULT_STALE_DAYS, today, self)
        self.filter_bar = ApplicationFilterBar(self)
        self.board = ApplicationsBoard(self.model, self)
        self.table = ApplicationsTable(self.model, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("applicationsTabs")
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.table, self.tr("T&able"))

        self.empty_label = QLabel(
            self.tr(
                "No applications yet. Every target you keep is an application: add one on the "
                "Targets page, then follow it here from interested to offer."
            )
        )
        self.empty_label.setObjectName("applicationsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.targets_button = QPushButton(self.tr("Go to &Targets"))
        self.targets_button.clicked.connect(self._on_targets_button_clicked)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.targets_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.filter_bar)
        content_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._wanted = rules.ApplicationFilter()
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.filter_bar.stale_days_changed.connect(self.model.set_stale_days)
        self.board.move_requested.connect(self.move_applications)
        self.board.open_requested.connect(self.open_target)
        self.table.open_requested.connect(self.open_target)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_empty)
        self._update_empty()

    # ----------------------------------------------------------------- moves
    def move_applications(self, target_ids: list, status: str) -> bool:
        """Moves applications to `status`, dated today, as one undoable step.

        A move the rules refuse is explained in a message box and nothing changes.
        """
        before, after = [], []
        for target_id in target_ids:
            target = self.store.get(Target, target_id)
            if target is None or target.status == status:
                continue
            try:
                moved = rules.moved(target, status, today=self.today())
            except rules.ApplicationError as exc:
                self._say_refused(str(exc))
                return False
            before.append(target)
            after.append(moved)
        if not after:
            return False
        label = status_label(status)
        if len(after) == 1:
            text = self.tr("Move “%1” to %2").replace("%1", after[0].label()).replace("%2", label)
        else:
            text = self.tr("Move %n Application(s) to %1", "", len(after)).replace("%1", label)
        self.undo_stack.push(ChangeRecordsCommand(self.store, text, before, after))
        if self.tabs.currentIndex() == BOARD_TAB:
            self.board.select(after[0].id)
        return True

    def _say_refused(self, sentence: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot Move Application"),
            sentence,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("refusedMove")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the sentence names the user's target
        box.exec()
        box.deleteLater()

    def open_target(self, target_id: str) -> bool:
        """Shows the target on the Targets page (when the window has one)."""
        return open_record(self, "targets", target_id)

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Applications")

    def focus_filter(self) -> bool:
        if self.stack.currentIndex() == 0:
            return False
        self.filter_bar.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.text_edit.selectAll()
        return True

    def select_record(self, target_id: str) -> bool:
        """Selects an application on the tab shown; False when it is hidden or archived."""
        if self.tabs.currentIndex() == TABLE_TAB:
            return self.table.select(target_id)
        return self.board.select(target_id)

    def save_state(self, settings: QSettings) -> None:
        keys.APPLICATIONS_STALE_DAYS.set(self.filter_bar.stale_spin.value(), settings)
        keys.APPLICATIONS_TAB.set(self.tabs.currentIndex(), settings)
        keys.view_header(keys.APPLICATIONS_VIEW).set(
            self.table.horizontalHeader().saveState(), settings
        )

    def restore_state(self, settings: QSettings) -> None:
        spin = self.filter_bar.stale_spin
        days = keys.APPLICATIONS_STALE_DAYS.get(settings)
        if spin.minimum() <= days <= spin.maximum():
            spin.setValue(days)
        tab = keys.APPLICATIONS_TAB.get(settings)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        header = keys.view_header(keys.APPLICATIONS_VIEW).get(settings)
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    # ----------------------------------------------------------------- slots
    def _update_empty(self, *_args) -> None:
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)

    def _on_filter_bar_filter_changed(self, wanted: rules.ApplicationFilter) -> None:
        # Only the tab on screen filters at each keystroke; the other catches up when shown.
        self._wanted = wanted
        if self.tabs.currentIndex() == TABLE_TAB:
            self.table.proxy.set_application_filter(wanted)
        else:
            self.board.set_application_filter(wanted)

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._on_filter_bar_filter_changed(self._wanted)

    def _on_targets_button_clicked(self) -> None:
        show_view = getattr(self.window(), "show_view", None)
        if show_view is not None and self.window() is not self:
            show_view("targets")
