"""Item models of a target's requirements: what the posting asks for, and the gaps left.

Both only show: a tick asks for an edit through a signal, the view pushes the undo command,
and the target's new tailoring comes back through `set_requirements` / `set_gaps`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from resume_builder.services.tailoring import Requirement, Suggestion
from resume_builder.services.targets import term_key
from resume_builder.ui.models.records import ItemIndex, list_item_flags
from resume_builder.ui.models.targets import (
    RowsTableModel,
    TargetItemRole,
    check_state,
    is_checked,
)
from resume_builder.ui.tooltips import plain_tooltip

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate

REQUIREMENT, KIND, MUST_HAVE = range(3)


class RequirementsModel(RowsTableModel):
    """A target's requirements, must-haves first: the term, its kind, and a must-have tick."""

    #: the user ticked (True) or unticked a requirement's must-have box: its term
    must_have_toggled = Signal(str, bool)

    def __init__(self, parent=None):
        super().__init__(
            [
                translate("TargetsView", "Requirement"),
                translate("TargetsView", "Kind"),
                translate("TargetsView", "Must have"),
            ],
            parent,
        )
        self._added: set[str] = set()
        self._kinds = {
            "skill": translate("TargetsView", "skill"),
            "phrase": translate("TargetsView", "phrase"),
            "acronym": translate("TargetsView", "acronym"),
            "term": translate("TargetsView", "term"),
        }

    def set_requirements(self, requirements: Sequence[Requirement], added: Iterable[str]) -> None:
        """Shows these requirements; `added` are the terms the user typed (keys or text)."""
        added_keys = {term_key(t) for t in added}
        if [r.term for r in requirements] == [r.term for r in self._rows]:
            # The same rows (a tick changed): repaint them, keep the selection.
            self._rows, self._added = list(requirements), added_keys
            if self._rows:
                last = self.index(len(self._rows) - 1, MUST_HAVE)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows, self._added = list(requirements), added_keys
        self.endResetModel()

    def requirement_at(self, row: int) -> Requirement | None:
        return self.row_at(row)

    def row_of(self, term: str) -> int:
        """The row of a term (compared as requirement terms are), or -1."""
        key = term_key(term)
        return next((i for i, r in enumerate(self._rows) if term_key(r.term) == key), -1)

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        flags = list_item_flags(index)
        if index.isValid() and index.column() == MUST_HAVE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        requirement = self.requirement_at(index.row()) if index.isValid() else None
        if requirement is None:
            return None
        column = index.column()
        if role == TargetItemRole.TERM:
            return requirement.term
        if role == Qt.ItemDataRole.DisplayRole:
            if column == REQUIREMENT:
                return requirement.term
            if column == KIND:
                return self._kinds.get(requirement.kind, requirement.kind)
            return None  # the tick says it, under the column's "Must have"
        if role == Qt.ItemDataRole.CheckStateRole and column == MUST_HAVE:
            return check_state(requirement.must_have)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == MUST_HAVE:
            return translate("TargetsView", "must have") if requirement.must_have else ""
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == REQUIREMENT
            and term_key(requirement.term) in self._added
        ):
            return translate("TargetsView", "Added by you")
        return None

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        requirement = self.requirement_at(index.row()) if index.isValid() else None
        if requirement is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if index.column() != MUST_HAVE:
            return False
        self.must_have_toggled.emit(requirement.term, is_checked(value))
        return True


@dataclass(frozen=True)
class _Gap:
    requirement: Requirement
    #: the suggestions that would close it (not yet on the résumé)
    suggestions: tuple[Suggestion, ...]


class GapsModel(QAbstractItemModel):
    """The requirements the chosen bullets leave uncovered, each with what would cover it.

    Two levels: a gap (bold when it is a must-have), and under it the accomplishments that
    would close it, or one disabled row saying there is none yet.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._gaps: list[_Gap] = []

    def set_gaps(
        self,
        missing: Sequence[Requirement],
        suggestions: Mapping[str, Sequence[Suggestion]],
        chosen: Iterable[str],
    ) -> None:
        """Shows the missing requirements with their suggestions, minus those already chosen."""
        chosen = set(chosen)
        gaps = [
            _Gap(
                r,
                tuple(s for s in suggestions.get(r.term, []) if s.accomplishment_id not in chosen),
            )
            for r in missing
        ]
        if gaps == self._gaps:
            return
        self.beginResetModel()
        self._gaps = gaps
        self.endResetModel()

    # A gap's index has internal id 0; a suggestion's has its gap's row + 1.
    def index(self, row: int, column: int, parent: ItemIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._gaps) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._gaps):
            return QModelIndex()
        if row >= self._child_count(parent.row()):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: ItemIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def _child_count(self, gap_row: int) -> int:
        return max(1, len(self._gaps[gap_row].suggestions))

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._gaps)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return self._child_count(parent.row())

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._suggestion(index) is None:
            return Qt.ItemFlag.ItemNeverHasChildren  # "no accomplishment shows this yet"
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _suggestion(self, index: ItemIndex) -> Suggestion | None:
        gap = self._gaps[index.internalId() - 1]
        return gap.suggestions[index.row()] if index.row() < len(gap.suggestions) else None

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._gap_data(self._gaps[index.row()].requirement, role)
        suggestion = self._suggestion(index)
        if suggestion is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("TargetsView", "No accomplishment shows this yet.")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return suggestion.headline
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                suggestion.headline
                + "\n"
                + translate("TargetsView", "Double-click to put it on the résumé")
            )
        if role == TargetItemRole.ID:
            return suggestion.accomplishment_id
        return None

    def _gap_data(self, requirement: Requirement, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            must = "  " + translate("TargetsView", "(must have)") if requirement.must_have else ""
            return requirement.term + must
        if role == TargetItemRole.TERM:
            return requirement.term
        if role == Qt.ItemDataRole.FontRole and requirement.must_have:
            font = QFont()
            font.setBold(True)
            return font
        return None
