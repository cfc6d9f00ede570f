"""Every skill of the store with a check box: the list the skill filter's popup shows."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from resume_builder.domain.models import Skill

_ROOT = QModelIndex()


class SkillChoiceRoles(IntEnum):
    """Custom item data roles of the skill choices."""

    SkillIdRole = Qt.ItemDataRole.UserRole + 1


class SkillChoiceModel(QAbstractListModel):
    """The store's skills by name, each checkable; the checks outlive changes to the skills."""

    #: the set of checked skills changed (by a click, a key, or `set_checked_ids`)
    checked_changed = Signal()

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._skills: list[Skill] = []
        self._checked: set[str] = set()
        store.records_changed.connect(self._on_store_records_changed)
        store.records_removed.connect(self._on_store_records_changed)
        self.reload()

    # ----------------------------------------------------------------- Qt interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._skills)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._skills):
            return None
        skill = self._skills[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return skill.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if skill.id in self._checked else Qt.CheckState.Unchecked
        if role == SkillChoiceRoles.SkillIdRole:
            return skill.id
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._skills):
            return False
        skill_id = self._skills[index.row()].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (skill_id in self._checked):
            return True
        if checked:
            self._checked.add(skill_id)
        else:
            self._checked.discard(skill_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    # ----------------------------------------------------------------- checks
    def checked_ids(self) -> list[str]:
        """The checked skills' ids, in list order."""
        return [s.id for s in self._skills if s.id in self._checked]

    def set_checked_ids(self, skill_ids, notify: bool = True) -> None:
        """Checks exactly these skills (ids of skills not listed are ignored)."""
        wanted = {s.id for s in self._skills} & set(skill_ids)
        if wanted == self._checked:
            return
        self._checked = wanted
        if self._skills:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._skills) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        if notify:
            self.checked_changed.emit()

    def row_of(self, name: str) -> int:
        """The row of the skill with this exact name, or -1."""
        return next((row for row, s in enumerate(self._skills) if s.name == name), -1)

    # ----------------------------------------------------------------- following the store
    def reload(self) -> None:
        """Lists the store's skills again; checks on skills that are gone are dropped."""
        skills = sorted(self.store.records(Skill), key=lambda s: s.name.casefold())
        self.beginResetModel()
        self._skills = skills
        before = self._checked
        self._checked = before & {s.id for s in skills}
        self.endResetModel()
        if self._checked != before:
            self.checked_changed.emit()

    def _on_store_records_changed(self, kind: str, _ids: list) -> None:
        if kind == Skill.KIND:
            self.reload()
