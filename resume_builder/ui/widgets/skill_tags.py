"""A skill tag editor: removable chips plus a line edit that completes skill names and aliases."""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)

from resume_builder.domain.models import Accomplishment, Skill
from resume_builder.ui.commands import ChangeRecordsCommand


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to a new line when the row is full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        widget = item.widget()
        if widget is not None:
            # A QWidgetItem made by Qt is deleted by Qt (removeWidget) without shiboken
            # knowing: its wrapper stays registered, a later item at that address inherits it
            # and is declared deleted when this layout goes (a crash in another view after a
            # restore or a language switch). One made here is tracked until it is deleted.
            own = QWidgetItem(widget)
            shiboken6.delete(item)
            item = own
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        needed = self._arrange(rect, move=True)
        owner = self.parentWidget()
        if owner is not None and owner.minimumHeight() != needed:
            # A form row's height-for-width is worked out for another width than the one
            # it is then given (QFormLayout in a scroll area), which cut the last line, the
            # input, off: the lines needed at this width are a minimum no layout goes below.
            owner.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            expands = _expands(item)
            # The line edit takes the rest of the row, but never less than its hint.
            width = max(hint.width(), area.right() - x + 1) if expands else hint.width()
            if x + width - 1 > area.right() and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
                if expands:
                    width = max(hint.width(), area.width())
            if move:
                item.setGeometry(
                    QRect(QPoint(x, y), QSize(min(width, area.width()), hint.height()))
                )
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.sizePolicy().horizontalPolicy() in (
        QSizePolicy.Policy.Expanding,
        QSizePolicy.Policy.MinimumExpanding,
    )


class TagLineEdit(QLineEdit):
    """The line edit of the tag editor; Backspace in it while empty asks to drop the last tag."""

    backspace_pressed_when_empty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_pressed_when_empty.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SkillTagEditor(QWidget):
    """The skills of one accomplishment as removable chips, and a line edit to add more.

    Enter or a comma adds what was typed; a name or alias of an existing skill adds that
    skill, anything else creates a new skill. Each addition or removal is one undoable
    command, and undoing an addition that created a skill removes the skill too.
    """

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = context.store
        self.undo_stack = context.undo_stack
        self.record_id: str | None = None
        self.chips: list[QToolButton] = []
        self._chip_skill_ids: list[str] = []
        self._shown: list[tuple[str, str]] | None = None
        self.setAccessibleName(self.tr("Skills"))
        self._layout = FlowLayout(self)
        self.line_edit = TagLineEdit(self)
        self.line_edit.setObjectName("skillTagInput")
        self.line_edit.setAccessibleName(self.tr("Add skill"))
        self.line_edit.setAccessibleDescription(
            self.tr("Type a skill and press Enter or comma; Backspace removes the last skill")
        )
        self.line_edit.setPlaceholderText(self.tr("Add a skill…"))
        self.line_edit.setMinimumWidth(140)
        self.line_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.line_edit.setCompleter(self.completer)
        # Connected after setCompleter, so the line edit holds the completion when this runs.
        self.completer.activated[str].connect(self._on_completer_activated)
        self.line_edit.returnPressed.connect(self._on_line_edit_return_pressed)
        self.line_edit.textEdited.connect(self._on_line_edit_text_edited)
        self.line_edit.backspace_pressed_when_empty.connect(self.remove_last_skill)
        self._layout.addWidget(self.line_edit)
        self.store.records_changed.connect(self._on_store_records_changed)
        self.store.records_removed.connect(self._on_store_records_changed)
        self._refresh_names()
        self.set_record(None)

    # ----------------------------------------------------------------- the record
    def set_record(self, record_id: str | None) -> None:
        """Shows the skills of an accomplishment (None: nothing, disabled)."""
        self.record_id = record_id
        self.setEnabled(record_id is not None)
        self._empty_line_edit()
        self._refresh_chips()

    def record(self) -> Accomplishment | None:
        """The accomplishment shown, as the store has it now."""
        return self.store.get(Accomplishment, self.record_id)

    def skill_names(self) -> list[str]:
        """The names on the chips, in order."""
        return [self.store.get(Skill, sid).name for sid in self._chip_skill_ids]

    # ----------------------------------------------------------------- editing
    def add_skill(self, text: str) -> bool:
        """Adds the skill named (or aliased) `text`, creating it when no skill has that name.

        Returns:
            True when a command was pushed.

        """
        name = " ".join(text.split())
        record = self.record()
        if not name or record is None:
            return False
        skill = self.store.skill_by_name(name)
        created: list[Skill] = []
        if skill is None:
            skill = Skill(name=name)
            created.append(skill)
        if skill.id in record.skill_ids:
            return False
        updated = replace(record, skill_ids=[*record.skill_ids, skill.id])
        self.undo_stack.push(
            ChangeRecordsCommand(
                self.store,
                self.tr("Add Skill “%s”") % skill.name,
                before=[record],
                after=[updated, *created],
            )
        )
        return True

    def remove_skill(self, skill_id: str) -> bool:
        """Takes a skill off the accomplishment (the skill itself stays)."""
        record = self.record()
        if record is None or skill_id not in record.skill_ids:
            return False
        skill = self.store.get(Skill, skill_id)
        name = skill.name if skill is not None else ""
        updated = replace(record, skill_ids=[s for s in record.skill_ids if s != skill_id])
        self.undo_stack.push(
            ChangeRecordsCommand(
                self.store, self.tr("Remove Skill “%s”") % name, before=[record], after=[updated]
            )
        )
        return True

    def remove_last_skill(self) -> None:
        """Removes the last chip (Backspace in the empty line edit)."""
        if self._chip_skill_ids:
            self.remove_skill(self._chip_skill_ids[-1])

    def _on_line_edit_return_pressed(self) -> None:
        self._add_from_line_edit(self.line_edit.text())

    def _on_completer_activated(self, text: str) -> None:
        self._add_from_line_edit(text)
        # The completer writes the chosen text into the line edit after this slot has run;
        # clear it once that is done.
        QTimer.singleShot(0, self._empty_line_edit)

    def _on_line_edit_text_edited(self, text: str) -> None:
        if "," not in text:
            return
        *complete, rest = text.split(",")
        for part in complete:
            self.add_skill(part)
        self.line_edit.setText(rest.lstrip())

    def _add_from_line_edit(self, text: str) -> None:
        if not text.strip():
            return
        self.add_skill(text)
        self._empty_line_edit()
        self.completer.popup().hide()

    def _empty_line_edit(self) -> None:
        # setText, unlike clear(), forgets the typing: Ctrl+Z in the empty box then goes to
        # the window and takes the tag just added off again, rather than bring its text back.
        self.line_edit.setText("")

    def _on_chip_clicked(self, skill_id: str) -> None:
        # The chip is about to go: keep the keyboard in the editor rather than nowhere.
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.remove_skill(skill_id)

    # ----------------------------------------------------------------- showing
    def _on_store_records_changed(self, kind: str, ids: list) -> None:
        if kind == Skill.KIND:
            self._refresh_names()
            self._refresh_chips()
        elif kind == Accomplishment.KIND and self.record_id in ids:
            self._refresh_chips()

    def _refresh_names(self) -> None:
        names: dict[str, str] = {}
        for skill in self.store.records(Skill):
            for name in skill.names():
                if name.strip():
                    names.setdefault(name.casefold(), name)
        self._names.setStringList(sorted(names.values(), key=str.casefold))

    def _refresh_chips(self) -> None:
        record = self.record()
        wanted: list[tuple[str, str]] = []
        if record is not None:
            for skill_id in record.skill_ids:
                skill = self.store.get(Skill, skill_id)
                if skill is not None:
                    wanted.append((skill.id, skill.name))
        if wanted == self._shown:
            return  # nothing visible changed: keep the chips and the focus where they are
        self._shown = wanted
        had_focus = any(chip.hasFocus() for chip in self.chips)
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.setParent(None)  # out of the focus chain at once
            chip.deleteLater()
        self.chips = []
        self._chip_skill_ids = [skill_id for skill_id, _name in wanted]
        self._layout.removeWidget(self.line_edit)
        for skill_id, name in wanted:
            chip = QToolButton(self)
            # A button reads "&" as a mnemonic; doubled, it shows as typed.
            chip.setText(name.replace("&", "&&") + "  ×")
            chip.setAccessibleName(self.tr("Remove skill %s") % name)
            chip.setToolTip(self.tr("Remove this skill"))
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chip.clicked.connect(lambda _checked=False, sid=skill_id: self._on_chip_clicked(sid))
            self._layout.addWidget(chip)
            chip.show()
            self.chips.append(chip)
        self._layout.addWidget(self.line_edit)
        # New chips join the end of the window's focus chain; put them just before the input,
        # after the last Tab stop before it (setTabOrder ignores a NoFocus widget like self).
        # (No focus proxy on self: setTabOrder would then put the chips after the proxy.)
        previous: QWidget = self.line_edit.previousInFocusChain()
        while previous is not self.line_edit and (
            previous in self.chips or previous.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            previous = previous.previousInFocusChain()
        for chip in self.chips:
            QWidget.setTabOrder(previous, chip)
            previous = chip
        if self.chips:
            QWidget.setTabOrder(previous, self.line_edit)
        if had_focus:
            self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.updateGeometry()
