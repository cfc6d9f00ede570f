"""The Application tab's status panel: where the application stands, its next move, its history.

A move goes through services.applications.moved: a move the rules refuse is explained under
the day and note it was given, and the status box shows where the application still stands.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import STATUSES, Target, now_iso
from resume_builder.services import applications as rules
from resume_builder.ui.commands import ChangeRecordsCommand
from resume_builder.ui.forms import FormLabel
from resume_builder.ui.models.applications import status_label
from resume_builder.ui.models.target_application import NOTE_COLUMN, StatusHistoryModel
from resume_builder.ui.views.record_page import PROBLEM_COLOUR
from resume_builder.ui.views.targets.parts import section_title, table_on

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate

#: keys that, on a closed status list, would step to another status (and record a move each)
_BROWSING_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}

#: rows a short table shows before it scrolls
SHORT_TABLE_ROWS = 4


def short_table(table: QTableView) -> QTableView:
    """A table as tall as a few rows: the tab holds several, and it scrolls as a whole."""
    row = table.verticalHeader().defaultSectionSize()
    height = row * SHORT_TABLE_ROWS
    height += table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setMinimumHeight(height)
    table.setMaximumHeight(height + row * 2)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table


class StatusCombo(QComboBox):
    """The statuses, where only a choice made in the open list counts.

    A closed combo box steps to the next entry on an arrow key, a letter or the wheel; here
    every step would be a move recorded in the history. So those keys open the list (a letter
    then goes to it, to find the status), and the wheel scrolls the tab instead.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        letter = bool(text) and text.isprintable() and not text.isspace()
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) and (
            event.key() in _BROWSING_KEYS or letter
        ):
            self.showPopup()
            if letter:
                forwarded = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), text)
                QApplication.sendEvent(self.view(), forwarded)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        event.ignore()


class DayEdit(QDateEdit):
    """A day with a calendar to pick from, which Tab leaves at once.

    A date edit's Tab goes from year to month to day before it leaves: three presses to
    get past one field, where every other date in the window takes one. The arrows still
    move between the parts.
    """

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class StatusPanel(QWidget):
    """The status, the day and note of the next change, why a move was refused, the history.

    `tab` is the Application tab: it knows the target shown, the day, and the window's
    undo stack.
    """

    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self._showing = False  # True while the box is set from the record, not by the user
        self.combo = StatusCombo()
        self.combo.setObjectName("applicationStatus")
        self.combo.setAccessibleName(translate("TargetsView", "Status"))
        self.combo.setToolTip(
            translate(
                "TargetsView",
                "Choose where the application stands now: the change is recorded in its "
                "history, dated as below",
            )
        )
        for status in STATUSES:
            self.combo.addItem(status_label(status), status)
        self.combo.activated.connect(self._on_combo_activated)
        self.since_label = QLabel()
        self.since_label.setObjectName("statusSince")
        self.date_edit = DayEdit()
        self.date_edit.setObjectName("statusDate")
        self.date_edit.setAccessibleName(translate("TargetsView", "Day of the change"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setToolTip(
            translate(
                "TargetsView",
                "The day the next change happened (today unless you say otherwise); set it "
                "before choosing the status",
            )
        )
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("statusNote")
        self.note_edit.setAccessibleName(translate("TargetsView", "Note on the change"))
        self.note_edit.setPlaceholderText(translate("TargetsView", "(optional) note on the change"))
        self.note_edit.setClearButtonEnabled(True)
        self.problem = QLabel()
        self.problem.setObjectName("statusProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it names the target
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem.hide()
        self.history_model = StatusHistoryModel(self)
        self.history_table = short_table(
            table_on(
                self.history_model,
                "statusHistory",
                translate("TargetsView", "Status history"),
                name_column=NOTE_COLUMN,
                name_share=0.5,
            )
        )

        status_row = QHBoxLayout()
        status_row.addWidget(self.combo, 1)
        status_row.addWidget(self.since_label)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.note_edit, 1)
        status_name = FormLabel(translate("TargetsView", "&Status"))
        status_name.setBuddy(self.combo)
        dated = FormLabel(translate("TargetsView", "Change &dated"))
        dated.setBuddy(self.date_edit)
        #: the grid's labels, made as wide as the form's below so the fields line up
        self.labels = [status_name, dated]
        grid = QFormLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.addRow(status_name, status_row)
        grid.addRow(dated, date_row)
        # The refusal is a row of its own outside the grid: a form's row does not grow with
        # a label's wrapped lines, so a long sentence was drawn over the rows around it.
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(section_title(translate("TargetsView", "Where it stands"), self.combo))
        box.addLayout(grid)
        box.addWidget(self.problem)
        box.addWidget(
            section_title(translate("TargetsView", "H&istory, newest first"), self.history_table)
        )
        box.addWidget(self.history_table)

    def tab_stops(self) -> list[QWidget]:
        """The panel's fields in the order Tab visits them."""
        return [self.combo, self.date_edit, self.note_edit, self.history_table]

    def start_afresh(self) -> None:
        """The next change is dated today, has no note, and nothing was refused."""
        self.note_edit.clear()
        self.date_edit.setDate(QDate(self.tab.today()))
        self.say_refused(None)

    def show_target(self, target: Target | None) -> None:
        """Shows where the application stands and its history (None: nothing)."""
        self._showing = True
        try:
            status = target.status if target is not None else STATUSES[0]
            self.combo.setCurrentIndex(max(0, self.combo.findData(status)))
        finally:
            self._showing = False
        if target is None:
            self.since_label.clear()
            self.history_model.set_history([])
            return
        today = self.tab.today()
        self.since_label.setText(
            translate("TargetsView", "since %1").replace(
                "%1", rules.status_since(target, today).isoformat()
            )
        )
        self.history_model.set_history(rules.history_of(target, today))

    def _on_combo_activated(self, index: int) -> None:
        if not self._showing:
            self.move_to(self.combo.itemData(index))

    def move_to(self, status: str) -> bool:
        """Moves the application to `status` on the day and with the note shown, as one
        undoable step; a move the rules refuse is explained and the status shown again.
        """
        target = self.tab.target()
        if target is None:
            return False
        if status == target.status:
            self.say_refused(None)
            return False
        on = self.date_edit.date().toPython()
        try:
            after = rules.moved(target, status, on, self.note_edit.text(), today=self.tab.today())
        except rules.ApplicationError as exc:
            self.say_refused(str(exc))
            self.show_target(target)  # the box shows where the application still stands
            return False
        text = (
            translate("TargetsView", "Move “%1” to %2")
            .replace("%1", target.label())
            .replace("%2", status_label(status))
        )
        self.tab.host.undo_stack.push(
            ChangeRecordsCommand(
                self.tab.store, text, [target], [replace(after, updated=now_iso())]
            )
        )
        # The day and the note were this change's; the next one starts afresh.
        self.start_afresh()
        return True

    def say_refused(self, sentence: str | None) -> None:
        """Shows why a move was refused, or hides the last reason (None)."""
        self.problem.setText(sentence or "")
        self.problem.setVisible(bool(sentence))
