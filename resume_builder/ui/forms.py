"""Editor forms bound to one record: every change becomes an undoable EditFieldCommand.

A `RecordForm` shows the fields of the record it is given; typing pushes commands that merge
while the user keeps typing in the same field; when the record changes underneath (undo,
redo, another view) the widgets are refreshed without moving the cursor of the field in use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QWidget,
)

from resume_builder.domain.dates import DateError, format_date, parse_date, parse_end
from resume_builder.domain.models import Record
from resume_builder.ui.commands import EditFieldCommand

#: Ctrl+Shift+Z, the window's second Redo shortcut
REDO_ALTERNATIVE = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
)


def is_undo_or_redo(event: QKeyEvent) -> bool:
    """True for the keys of the window's Undo and Redo actions."""
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or event.keyCombination() == REDO_ALTERNATIVE
    )


@dataclass(frozen=True)
class FieldSpec:
    """One editable field.

    kind: "line" (one line of text), "text" (prose, spell-checked), "date" (partial date),
    "end" (partial date or "present"), "int" (spin box, with minimum/maximum), "lines" (a list
    of strings, one per line), "bool" (check box), "choice" (combo box of (value, label) pairs),
    "combo" (editable combo: picks a choice's value, or keeps the text typed when it names none).
    """

    name: str
    label: str
    kind: str = "line"
    placeholder: str = ""
    minimum: int = 0
    maximum: int = 100
    choices: tuple[tuple[Any, str], ...] = ()
    tooltip: str = ""


class PlainTextField(QPlainTextEdit):
    """A prose field whose Tab moves focus (a form is filled by keyboard) and that says when
    it loses focus, so typing can be committed as one step.
    """

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None, rows: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = self.fontMetrics().lineSpacing() * rows + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Return belongs to the dialog or window (save), never a new line.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()
            return
        super().keyPressEvent(event)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def tab_stops(widget: QWidget) -> list[QWidget]:
    """The widgets Tab should visit for `widget`: itself if it takes Tab, else those inside it.

    Inside a container its layout gives the order, which is the order on screen; without a
    layout the current focus chain does. An input's own parts (a spin box's line edit) are
    never stops of their own.
    """
    if _takes_tab(widget):
        return [widget]
    stops: list[QWidget] = []
    if not widget.findChildren(QWidget):
        return stops
    if widget.layout() is not None:
        return layout_tab_stops(widget.layout())
    current = widget.nextInFocusChain()
    while current is not None and current is not widget:
        if (
            widget.isAncestorOf(current)
            and _takes_tab(current)
            and not any(stop.isAncestorOf(current) for stop in stops)
        ):
            stops.append(current)
        current = current.nextInFocusChain()
    return stops


def layout_tab_stops(layout: QLayout) -> list[QWidget]:
    """The Tab stops of a layout's widgets and nested layouts, in the layout's order."""
    stops: list[QWidget] = []
    if isinstance(layout, QFormLayout):
        # A form's rows may have been inserted after its widgets were made: go by row.
        roles = (
            QFormLayout.ItemRole.LabelRole,
            QFormLayout.ItemRole.FieldRole,
            QFormLayout.ItemRole.SpanningRole,
        )
        items = [layout.itemAt(row, role) for row in range(layout.rowCount()) for role in roles]
    else:
        items = [layout.itemAt(index) for index in range(layout.count())]
    for item in items:
        if item is None:
            continue
        if item.widget() is not None:
            stops += tab_stops(item.widget())
        elif item.layout() is not None:
            stops += layout_tab_stops(item.layout())
    return stops


def set_tab_chain(widgets: Iterable[QWidget | None]) -> list[QWidget]:
    """Makes Tab visit these widgets in this order (None and non-stops skipped); returns them.

    Qt's default chain is the order widgets were created in, which puts late-built parts
    (a scroll area, a row inserted into a form) between fields.
    """
    chain = [w for w in widgets if w is not None and _takes_tab(w)]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return chain


class FormLabel(QLabel):
    """A form label that is never clipped: it is as wide as the ink of its letters.

    A QLabel is as wide as its text's advance, but letters such as "T", "y" or "f" reach past
    it in many fonts, so "Type of study" lost a sliver of its "T"; a pixel or two more
    covers a renderer that hints glyphs wider than their metrics.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._fit_ink()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_ink()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_ink()

    def _fit_ink(self) -> None:
        shown = self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        metrics = self.fontMetrics()
        ink = metrics.tightBoundingRect(shown)
        left = max(-ink.left(), 0) + 1
        right = max(ink.right() + 1 - metrics.horizontalAdvance(shown), 0) + 2
        self.setContentsMargins(left, 0, right, 0)


class EditorScrollArea(QScrollArea):
    """The scrolling pane of an editor: vertical only, never a Tab stop, follows the focus.

    The scroll area itself took Tab focus once, between the first and second fields, so the
    next typing was lost. It is never narrower than its editor needs, so nothing is cut off
    on the right, and whichever field gets the focus (Tab, a click, Add) is scrolled fully
    into view.
    """

    #: room kept above and below the focused field, so its label and border show too
    MARGIN = 12

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = self.contentsMargins()
        width = content.minimumSizeHint().width() + bar + margins.left() + margins.right()
        return QSize(max(hint.width(), width), hint.height())

    def keep_visible(self, widget: QWidget) -> None:
        """Scrolls so the whole of `widget` (a descendant of the content) shows.

        Not ensureWidgetVisible: for a text field that shows only the cursor's line, so a
        prose field at the bottom stayed cut in half.
        """
        content = self.widget()
        if content is None or not content.isAncestorOf(widget) or not widget.isVisible():
            return
        layout = content.layout()
        if layout is not None:
            layout.activate()  # a form shown a moment ago has no geometry yet
        top = widget.mapTo(content, QPoint(0, 0)).y() - self.MARGIN
        bottom = top + widget.height() + 2 * self.MARGIN
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        if top < bar.value() or bottom - top > height:
            bar.setValue(top)  # too tall to show whole: its top, where typing starts
        elif bottom > bar.value() + height:
            bar.setValue(bottom - height)

    def _on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is None or content is None or not content.isAncestorOf(new):
            return
        self.keep_visible(new)
        # Again once pending layouts have run (a field shown by the same click).
        # The field may be gone by then (a rebuilt chip or view): shiboken says so.
        QTimer.singleShot(
            0, self, lambda: shiboken6.isValid(new) and new.hasFocus() and self.keep_visible(new)
        )


class RecordForm(QWidget):
    """A QFormLayout of widgets for `specs`, bound to one record of `record_type`."""

    #: a field's text was refused (a bad date, a guard's objection); field name and a sentence
    problem = Signal(str, str)
    #: `problems` changed: a field's problem appeared or was fixed
    problems_changed = Signal()
    #: the record shown changed (its id, or None)
    record_set = Signal(object)

    PROBLEM_STYLE = "border: 1px solid #c0392b;"

    def __init__(self, context, record_type: type[Record], specs: list[FieldSpec], parent=None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.record_type = record_type
        self.specs = specs
        self.record_id: str | None = None
        self.widgets: dict[str, QWidget] = {}
        #: field -> the sentence explaining why its text is not stored, until it is fixed
        self.problems: dict[str, str] = {}
        #: field -> guard(record, value) returning a sentence when the value must be refused
        self.guards: dict[str, Callable[[Record, Any], str | None]] = {}
        #: field -> the undo text of its edits ("Rename Skill"); default "Edit <label>"
        self.command_texts: dict[str, str] = {}
        self._loading = False
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget = self._make_widget(spec)
            widget.setObjectName(f"field_{spec.name}")
            widget.setAccessibleName(spec.label.replace("&", ""))
            if spec.tooltip:
                widget.setToolTip(spec.tooltip)
            self.widgets[spec.name] = widget
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.installEventFilter(self)
            if isinstance(widget, QPlainTextEdit):
                widget.setUndoRedoEnabled(False)  # the window's stack holds every keystroke
            label = FormLabel(spec.label)
            label.setBuddy(widget)
            self.layout_.addRow(label, widget)
        self.store.records_changed.connect(self._on_store_records_changed)
        self.store.records_removed.connect(self._on_store_records_removed)
        self.setEnabled(False)

    # ----------------------------------------------------------------- building
    def _make_widget(self, spec: FieldSpec) -> QWidget:
        commit: Callable[[], None] = lambda: self._commit(spec)  # noqa: E731
        if spec.kind == "text" or spec.kind == "lines":
            widget = PlainTextField(self, rows=2 if spec.kind == "lines" else 3)
            widget.setPlaceholderText(spec.placeholder)
            widget.textChanged.connect(commit)
            widget.focus_lost.connect(self._close_merge)
            if spec.kind == "text" and self.context.spell_checker is not None:
                self.context.spell_checker.attach(widget)
            return widget
        if spec.kind == "int":
            widget = QSpinBox(self)
            widget.setRange(spec.minimum, spec.maximum)
            widget.valueChanged.connect(commit)
            return widget
        if spec.kind == "bool":
            widget = QCheckBox(self)
            widget.toggled.connect(commit)
            return widget
        if spec.kind == "choice":
            widget = QComboBox(self)
            # A long choice ("Associate Director, IT Operations, …") must not widen the form
            # past its pane: the combo shrinks and its list still shows every choice in full.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(12)
            for value, label in spec.choices:
                widget.addItem(label, value)
            widget.currentIndexChanged.connect(commit)
            return widget
        if spec.kind == "combo":
            widget = QComboBox(self)
            widget.setEditable(True)
            widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text is no choice
            widget.setCompleter(None)  # inline completion would store "Manager" for a typed "M"
            widget.setMinimumContentsLength(12)
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            for value, label in spec.choices:
                widget.addItem(label, value)
            widget.lineEdit().setPlaceholderText(spec.placeholder)
            widget.lineEdit().installEventFilter(self)  # Ctrl+Z goes to the window's stack
            widget.lineEdit().textEdited.connect(commit)
            widget.lineEdit().editingFinished.connect(self._close_merge)
            widget.activated.connect(commit)
            return widget
        widget = QLineEdit(self)
        widget.setPlaceholderText(
            spec.placeholder
            or {
                # People write "May 2019" more often than "2019-05": say that it works.
                "date": self.tr("2019-05 or May 2019"),
                "end": self.tr("May 2019 or present"),
            }.get(spec.kind, "")
        )
        if spec.kind in ("date", "end"):
            # A date is stored when complete: "2019-1" on the way to "2019-12" is no January.
            widget.textEdited.connect(lambda _text: self._check_date(spec))
            widget.editingFinished.connect(commit)
        else:
            widget.textEdited.connect(commit)
        widget.editingFinished.connect(self._close_merge)
        return widget

    def eventFilter(self, watched, event) -> bool:
        # Every keystroke is already an undoable step on the window's stack (merged per field),
        # so Ctrl+Z in a field goes there too: the field's private history would undo text the
        # record never hears about.
        # A date is stored only once it is complete (on leaving the field): until then its
        # typing is the field's own, and Ctrl+Z undoes that typing.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_undo_or_redo(event)
        ):
            if self._typing_not_stored(watched):
                return False
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _typing_not_stored(self, widget) -> bool:
        """True for a date field whose text is typing the record does not hold yet."""
        spec = next((s for s in self.specs if self.widgets[s.name] is widget), None)
        if spec is None or spec.kind not in ("date", "end") or not widget.isUndoAvailable():
            return False
        record = self.record()
        stored = format_date(getattr(record, spec.name)) if record is not None else ""
        return widget.text() != stored

    # ----------------------------------------------------------------- reading and writing
    def spec(self, name: str) -> FieldSpec:
        """The FieldSpec of a field."""
        return next(s for s in self.specs if s.name == name)

    def set_record(self, record_id: str | None) -> None:
        """Shows a record (None clears and disables the form) and forgets old problems."""
        self._close_merge()
        self.record_id = record_id
        self.setEnabled(record_id is not None)
        had_problems = bool(self.problems)
        self.problems.clear()
        for spec in self.specs:
            self.widgets[spec.name].setStyleSheet("")
        self._load(force=True)
        if had_problems:
            self.problems_changed.emit()
        self.record_set.emit(record_id)

    def record(self) -> Record | None:
        return self.store.get(self.record_type, self.record_id)

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes in the form: row by row as shown, rows a view inserted included."""
        return layout_tab_stops(self.layout_)

    def _load(self, force: bool = False) -> None:
        record = self.record()
        self._loading = True
        try:
            for spec in self.specs:
                value = getattr(record, spec.name) if record is not None else None
                widget = self.widgets[spec.name]
                if not force and widget.hasFocus() and self._read_or_none(spec) == value:
                    continue  # the user is typing here and the record already says the same
                self._write(spec, value)
        finally:
            self._loading = False

    def _write(self, spec: FieldSpec, value: Any) -> None:
        widget = self.widgets[spec.name]
        if spec.kind in ("date", "end"):
            text = format_date(value)
            if widget.text() != text:
                widget.setText(text)
            widget.setStyleSheet("")
        elif spec.kind == "lines":
            text = "\n".join(value or [])
            if widget.toPlainText() != text:
                widget.setPlainText(text)
        elif spec.kind == "text":
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif spec.kind == "int":
            widget.setValue(int(value) if value is not None else spec.minimum)
        elif spec.kind == "bool":
            widget.setChecked(bool(value))
        elif spec.kind == "choice":
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif spec.kind == "combo":
            index = widget.findData(value) if value else -1
            text = widget.itemText(index) if index >= 0 else (value or "")
            if widget.currentText() != text:
                widget.setCurrentIndex(index)
                widget.setEditText(text)
        else:
            if widget.text() != (value or ""):
                widget.setText(value or "")
                if not widget.hasFocus():  # show the start of a long text, not its end
                    widget.setCursorPosition(0)

    def _read(self, spec: FieldSpec) -> Any:
        widget = self.widgets[spec.name]
        if spec.kind == "date":
            return parse_date(widget.text())
        if spec.kind == "end":
            return parse_end(widget.text())
        if spec.kind == "lines":
            return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]
        if spec.kind == "text":
            return widget.toPlainText()
        if spec.kind == "int":
            return widget.value()
        if spec.kind == "bool":
            return widget.isChecked()
        if spec.kind == "choice":
            return widget.currentData()
        if spec.kind == "combo":
            text = widget.currentText().strip()
            index = widget.findText(text, Qt.MatchFlag.MatchFixedString)  # ignoring case
            return widget.itemData(index) if text and index >= 0 else text
        return widget.text()

    def _read_or_none(self, spec: FieldSpec) -> Any:
        try:
            return self._read(spec)
        except DateError:
            return None

    def _check_date(self, spec: FieldSpec) -> None:
        """Marks a date field while its text is not a date (stored only on leaving it)."""
        try:
            self._read(spec)
        except DateError as exc:
            self._set_problem(spec, str(exc))
        else:
            self._set_problem(spec, None)

    def _set_problem(self, spec: FieldSpec, message: str | None) -> None:
        widget = self.widgets[spec.name]
        changed = self.problems.get(spec.name) != message
        if message is None:
            self.problems.pop(spec.name, None)
            widget.setStyleSheet("")
        else:
            self.problems[spec.name] = message
            # The sentence may quote user text: it goes to plain-text labels, never a tooltip.
            widget.setStyleSheet(self.PROBLEM_STYLE)
        if changed:
            if message is not None:
                self.problem.emit(spec.name, message)
            self.problems_changed.emit()

    def _commit(self, spec: FieldSpec) -> None:
        if self._loading:
            return
        record = self.record()
        if record is None:
            return
        try:
            value = self._read(spec)
        except DateError as exc:
            self._set_problem(spec, str(exc))
            return
        guard = self.guards.get(spec.name)
        objection = guard(record, value) if guard is not None else None
        if objection:
            self._set_problem(spec, objection)
            return
        if getattr(record, spec.name) == value:
            self._set_problem(spec, None)
            self._show_stored_form(spec, value)
            return
        try:
            record.copy(**{spec.name: value}).validate()
        except ValueError as exc:
            self._set_problem(spec, str(exc))
            return
        self._set_problem(spec, None)
        text = self.command_texts.get(spec.name)
        if text is None:
            label = self.layout_.labelForField(self.widgets[spec.name])
            name = label.text().replace("&", "") if isinstance(label, QLabel) else spec.name
            text = self.tr("Edit %s") % name.rstrip(":")
        self.context.undo_stack.push(EditFieldCommand(self.store, record, spec.name, value, text))
        self._show_stored_form(spec, value)

    def _show_stored_form(self, spec: FieldSpec, value: Any) -> None:
        """Shows an accepted date as it is stored ("May 2019" becomes "2019-05").

        Only dates: they are committed once, on leaving the field or Enter, so the text can
        change under the cursor without fighting the typing; _load leaves a focused field alone.
        """
        if spec.kind in ("date", "end"):
            self._write(spec, value)

    def _close_merge(self) -> None:
        """Ends the current typing step, so the next change is a new undo step."""
        stack = self.context.undo_stack
        if stack.count():
            command = stack.command(stack.index() - 1)
            if isinstance(command, EditFieldCommand):
                command.key = (*command.key, "closed")

    def _on_store_records_changed(self, kind: str, ids: list) -> None:
        if kind == self.record_type.KIND and self.record_id in ids:
            self._load()

    def _on_store_records_removed(self, kind: str, ids: list) -> None:
        if kind == self.record_type.KIND and self.record_id in ids:
            self.set_record(None)
