"""Undo commands: every edit the user makes is one of these on the window's QUndoStack.

Each command holds the exact records before and after, so undo restores precisely what was
there, including references that a delete or merge rewrote.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from resume_builder.domain.models import Accomplishment, Record, Role, Skill, Target, now_iso
from resume_builder.services.targets import with_export_history

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
        self.after = [copy.deepcopy(r) for r in after]
        # The edit happens now; undo and redo later restore these exact records, stamps included.
        earlier = {r.id: r for r in self.before}
        stamp = now_iso()
        for record in self.after:
            if isinstance(record, Accomplishment) and record != earlier.get(record.id):
                record.updated = stamp

    def _keep_export_history(self) -> None:
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


def add_records(store, records: list[Record], text: str) -> ChangeRecordsCommand:
    """Adds new records."""
    return ChangeRecordsCommand(store, text, [], records)


def delete_records(store, records: list[Record], text: str) -> ChangeRecordsCommand:
    """Deletes records; accomplishments pointing at a deleted role or skill let go of it."""
    ids = {r.id for r in records}
    before: list[Record] = list(records)
    after: list[Record] = []
    role_ids = {r.id for r in records if isinstance(r, Role)}
    skill_ids = {r.id for r in records if isinstance(r, Skill)}
    if role_ids or skill_ids:
        for item in store.records(Accomplishment):
            if item.id in ids:
                continue
            if item.role_id in role_ids or skill_ids.intersection(item.skill_ids):
                before.append(item)
                after.append(
                    replace(
                        item,
                        role_id=None if item.role_id in role_ids else item.role_id,
                        skill_ids=[s for s in item.skill_ids if s not in skill_ids],
                    )
                )
    return ChangeRecordsCommand(store, text, before, after)


def merge_skills(store, keep: Skill, drop: Skill) -> ChangeRecordsCommand:
    """Folds `drop` into `keep`: its accomplishments, aliases and category follow."""
    merged = replace(keep, aliases=list(keep.aliases), category=keep.category or drop.category)
    seen = {n.casefold() for n in keep.names()}
    for name in drop.names():
        if name.casefold() not in seen:
            merged.aliases.append(name)
            seen.add(name.casefold())
    before: list[Record] = [keep, drop]
    after: list[Record] = [merged]
    for item in store.records(Accomplishment):
        if drop.id in item.skill_ids:
            before.append(item)
            retagged = [keep.id if s == drop.id else s for s in item.skill_ids]
            after.append(replace(item, skill_ids=list(dict.fromkeys(retagged))))
    return ChangeRecordsCommand(
        store, QCoreApplication.translate("commands", "Merge Skills"), before, after
    )
