"""What every page of the main window gets, and offers the window's shared actions."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget


class ViewContext(NamedTuple):
    """The services a view may use; built once by the main window.

    store: the CareerStore (read records, listen to records_changed / records_removed).
    undo_stack: where every edit goes, as a command from ui/commands.py.
    spell_checker: ui.spelling.SpellChecker or None; call `attach(widget)` on prose editors.
    writing_hints: domain.hints.WritingHints for live bullet hints.
    A value: a view holds the one it was made with, and a new checker means a new context.
    """

    store: Any
    undo_stack: QUndoStack
    spell_checker: Any = None
    writing_hints: Any = None


class CareerView(QWidget):
    """A page in the sidebar. Subclasses override the hooks they support."""

    #: stable key for settings ("accomplishments", "experience", ...)
    key = ""
    #: emitted when what Add/Delete would act on changes, so the window can enable them
    actions_changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.undo_stack = context.undo_stack

    def title(self) -> str:
        """The sidebar label (translated)."""
        raise NotImplementedError

    def icon_name(self) -> str:
        """The SVG icon name in resources/icons (without .svg)."""
        return self.key

    def focus_filter(self) -> bool:
        """Puts the focus in the view's filter box (Ctrl+F); False if it has none."""
        return False

    def can_add(self) -> bool:
        return False

    def add_new(self) -> None:
        """Creates a new record in this view and opens it for editing."""

    def can_delete(self) -> bool:
        return False

    def delete_selected(self) -> None:
        """Deletes the selected records with one undoable command (Delete key)."""

    def export_current(self) -> bool:
        """Opens an export of what the view shows (Ctrl+E); False: the general Export dialog."""
        return False

    def stop_work(self) -> None:
        """Stops background work (previews) before the window goes; waits for it to end."""

    def save_state(self, settings: QSettings) -> None:
        """Stores splitter sizes and column widths under this view's key."""

    def restore_state(self, settings: QSettings) -> None:
        """Restores what save_state stored."""
