"""The meeting editor's parts: a form with choices that change, and the people picker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from resume_builder.domain.models import Meeting, Person
from resume_builder.services.planner import ordered_people, people_of
from resume_builder.ui.commands import EditFieldCommand
from resume_builder.ui.forms import FieldSpec, RecordForm
from resume_builder.ui.models.meetings import CheckRow
from resume_builder.ui.models.people import relationship_label
from resume_builder.ui.views.meetings.pickers import CheckListDialog


class MeetingForm(RecordForm):
    """A RecordForm whose combo boxes can be refilled (targets, earlier meetings) and whose
    time field is stored when left, like a date: "14:3" on the way to "14:30" is no time.
    """

    def _make_widget(self, spec: FieldSpec) -> QWidget:
        if spec.name != "time":
            return super()._make_widget(spec)
        widget = QLineEdit(self)
        widget.setPlaceholderText(spec.placeholder)
        widget.setMaxLength(5)
        widget.editingFinished.connect(lambda: self._commit(spec))
        widget.editingFinished.connect(self._close_merge)
        return widget

    def _typing_not_stored(self, widget) -> bool:
        # As for a date: until the time is stored, Ctrl+Z undoes its typing in the field.
        if widget is self.widgets.get("time"):
            record = self.record()
            stored = record.time if record is not None else ""
            return widget.isUndoAvailable() and widget.text() != stored
        return super()._typing_not_stored(widget)

    def has_field(self, name: str) -> bool:
        return name in self.widgets

    def set_choices(self, name: str, choices: Sequence[tuple[Any, str]]) -> None:
        """Replaces the entries of a choice field, keeping the record's value selected."""
        combo = self.widgets[name]
        current = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        if current == list(choices):
            return
        self._loading = True
        try:
            combo.clear()
            for value, label in choices:
                combo.addItem(label, value)
            record = self.record()
            self._write(self.spec(name), getattr(record, name) if record is not None else None)
        finally:
            self._loading = False

    def set_row_visible(self, name: str, visible: bool) -> None:
        """Shows or hides a field with its label."""
        self.layout_.setRowVisible(self.widgets[name], visible)


class PeopleField(QWidget):
    """The people of a meeting: their names, and a button to choose them from People.

    A person deleted meanwhile is simply not named; the meeting keeps no trace of them once
    the people are chosen again.
    """

    changed = Signal()

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.meeting_id: str | None = None
        self.names_label = QLabel()
        self.names_label.setObjectName("meetingPeople")
        self.names_label.setTextFormat(Qt.TextFormat.PlainText)
        self.names_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("choosePeople")
        self.choose_button.setAccessibleName(self.tr("Choose the people of the meeting"))
        self.choose_button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.names_label, 1)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def meeting(self) -> Meeting | None:
        return self.store.get(Meeting, self.meeting_id)

    def names(self) -> list[str]:
        """The names shown, in the meeting's order."""
        meeting = self.meeting()
        if meeting is None:
            return []
        return [p.name or p.label() for p in people_of(meeting, self.store.records(Person))]

    def refresh(self) -> None:
        names = self.names()
        self.names_label.setText(", ".join(names) if names else self.tr("Nobody chosen yet"))
        self.changed.emit()

    def _on_store_changed(self, kind: str, ids: list) -> None:
        if kind == Person.KIND or (kind == Meeting.KIND and self.meeting_id in ids):
            self.refresh()

    def dialog(self) -> CheckListDialog:
        """The picker, ticked with the meeting's people (not yet shown)."""
        meeting = self.meeting()
        rows = [
            CheckRow(
                p.id, (p.name or p.label(), relationship_label(p.relationship), p.organisation)
            )
            for p in ordered_people(self.store.records(Person))
        ]
        return CheckListDialog(
            self.tr("People in the Meeting"),
            self.tr(
                "Tick everyone who takes part. Add people on the People page first if "
                "they are not listed."
            ),
            [self.tr("Name"), self.tr("Relationship"), self.tr("Organisation")],
            rows,
            meeting.person_ids if meeting else [],
            self.window(),
        )

    def choose(self) -> None:
        meeting = self.meeting()
        if meeting is None:
            return
        dialog = self.dialog()
        if dialog.exec():
            existing = {p.id for p in self.store.records(Person)}
            # The ticked people in the meeting's order first, then the newly ticked ones.
            ticked = dialog.checked_ids()
            kept = [i for i in meeting.person_ids if i in ticked and i in existing]
            ids = kept + [i for i in ticked if i not in kept and i in existing]
            if ids != meeting.person_ids:
                self.context.undo_stack.push(
                    EditFieldCommand(
                        self.store, meeting, "person_ids", ids, self.tr("Choose People")
                    )
                )
        dialog.deleteLater()
