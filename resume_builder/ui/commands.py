"""Undo commands: every edit the user makes is one of these on the window's QUndoStack.

Each command holds the exact records before and after, so undo restores precisely what was
there, including references that a delete or merge rewrote. What an edit changes is worked out
by the rules in services.records; the commands here only wrap their results.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Organisation,
    Record,
    Skill,
    Target,
    now_iso,
)
from resume_builder.services import records

# QUndoCommand ids for merging consecutive typing into one step.
EDIT_FIELD_ID = 1001

# Command names use literal QCoreApplication.translate("commands", "...") calls: pyside6-lupdate
# reads only those, and a tr() wrapper would file the strings under no context.


class ChangeRecordsCommand(QUndoCommand):
    """Replaces a set of records by another: the general form of every edit.

    `before` and `after` hold copies; a record present only in `after` is added by redo and
    removed by undo, one present only in `before` the other way round.
    """

    def __init__(self, store, text: str, before: list[Record], after: list[Record]):
        super().__init__(text)
        self.store = store
        self.before = [copy.deepcopy(r) for r in before]
        # The edit happens now; undo and redo later restore these exact records, stamps included.
        self.after = records.stamp_changed(
            self.before, [copy.deepcopy(r) for r in after], now_iso()
        )

    def _keep_export_history(self) -> None:
        if not any(isinstance(r, Target) for r in (*self.before, *self.after)):
            return  # only a target carries exports
        # Imported when first needed: services.targets brings the tailoring index and the
        # document builders, which opening the window does not need.
        from resume_builder.services.targets import with_export_history

        # Both copies follow the store, so a target this step removes comes back with the
        # exports recorded meanwhile.
        def current_of(target_id: str) -> Target | None:
            return self.store.get(Target, target_id)

        self.before = with_export_history(self.before, current_of)
        self.after = with_export_history(self.after, current_of)

    def _switch(self, old: list[Record], new: list[Record]) -> None:
        new_keys = {(r.KIND, r.id) for r in new}
        gone = [r for r in old if (r.KIND, r.id) not in new_keys]
        self.store.apply(put=[copy.deepcopy(r) for r in new], remove=gone)

    def redo(self) -> None:
        self._keep_export_history()
        self._switch(self.before, self.after)

    def undo(self) -> None:
        self._keep_export_history()
        self._switch(self.after, self.before)


class EditFieldCommand(ChangeRecordsCommand):
    """Sets one field of one record; consecutive typing in the same field merges into one step."""

    def __init__(self, store, record: Record, field: str, value: Any, text: str | None = None):
        label = (
            text
            or QCoreApplication.translate("commands", "Edit %s") % field.replace("_", " ").title()
        )
        super().__init__(store, label, [record], [replace(record, **{field: value})])
        self.key = (record.KIND, record.id, field)

    def id(self) -> int:
        return EDIT_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditFieldCommand) or other.key != self.key:
            return False
        self.after = other.after
        return True


def change_command(store, text: str, change: records.Change) -> ChangeRecordsCommand:
    """The undoable step that makes `change` (worked out by a rule in services.records)."""
    return ChangeRecordsCommand(store, text, change.before, change.after)


def add_records(store, new: list[Record], text: str) -> ChangeRecordsCommand:
    """Adds new records."""
    return change_command(store, text, records.add_records(new))


def delete_records(store, doomed: list[Record], text: str) -> ChangeRecordsCommand:
    """Deletes records with what follows from it (see services.records.delete_records)."""
    change = records.delete_records(
        doomed,
        store.records(Accomplishment),
        store.records(Meeting),
        store.records(ActionItem),
        store.records(Target),
        store.records(Organisation),
    )
    return change_command(store, text, change)


def merge_skills(store, keep: Skill, drop: Skill) -> ChangeRecordsCommand:
    """Folds `drop` into `keep` (see services.records.merge_skills)."""
    change = records.merge_skills(keep, drop, store.records(Accomplishment))
    return change_command(store, QCoreApplication.translate("commands", "Merge Skills"), change)
