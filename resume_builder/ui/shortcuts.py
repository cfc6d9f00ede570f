"""The window's shortcuts win over a text field's own key bindings, wherever the focus is.

A QLineEdit claims Ctrl+E ("end of line" on X11), Ctrl+Z and others before any shortcut
sees them, so Export did nothing from the filter and Undo nothing in an empty skill box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: the keys a shortcut needs to be one a text field would otherwise take for itself
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def own_undo_available(widget: QWidget, redo: bool = False) -> bool:
    """True while a text field has typing of its own to undo (or redo)."""
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly() or not widget.isUndoRedoEnabled():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class WindowShortcutFilter(QObject):
    """An application event filter giving a window's command shortcuts to the window.

    The keys are read from the window's actions when a key with Ctrl, Alt or Meta comes, so
    an action added later (a menu entry) is covered too. Undo and Redo stay with a text field
    that has its own typing to undo; a record's field then hands them on itself (RecordForm).
    """

    def __init__(self, window: QWidget, undo_action: QAction, redo_action: QAction):
        super().__init__(window)
        self._window = window
        self._undo_action = undo_action
        self._redo_action = redo_action
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self.remove)

    def remove(self) -> None:
        """Stops filtering (the window is going)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def action_for(self, combination: QKeyCombination) -> QAction | None:
        """The window's enabled action whose shortcut is this key, if any."""
        pressed = QKeySequence(combination)
        for action in self._window.findChildren(QAction):
            if action.shortcutContext() not in _WINDOW_CONTEXTS or not action.isEnabled():
                continue
            if any(keys == pressed for keys in action.shortcuts()):
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & _COMMAND_MODIFIERS:
            return False  # plain typing, Delete, arrows: the field's own
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False  # a dialog keeps its own keys
        combination = event.keyCombination()
        if combination.keyboardModifiers() & Qt.KeyboardModifier.KeypadModifier:
            combination = QKeyCombination(
                combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier,
                combination.key(),
            )
        action = self.action_for(combination)
        if action is None:
            return False
        if action is self._undo_action and own_undo_available(watched):
            return False
        if action is self._redo_action and own_undo_available(watched, redo=True):
            return False
        event.ignore()  # not the field's: the shortcut map gives it to the action
        return True
