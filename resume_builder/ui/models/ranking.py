"""Item models of a target's bullets: the ranked suggestions, and those on the résumé.

They show what the target's tailoring says. A tick, a drag or a rewording asks for the edit
through a signal; the view pushes the undo command, and the new tailoring comes back through
`set_ranking` / `set_chosen`, so the record is the one truth.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from resume_builder.services.posting import ChosenBullet
from resume_builder.services.tailoring import Suggestion
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

ACCOMPLISHMENT, SCORE, MATCHES = range(3)


class RankingModel(RowsTableModel):
    """Suggested accomplishments, best first: ticked while on the résumé, with their score
    and the requirements they answer.
    """

    #: the user ticked (True) or unticked a suggestion: its accomplishment id
    choice_toggled = Signal(str, bool)

    def __init__(self, parent=None):
        super().__init__(
            [
                translate("TargetsView", "Accomplishment"),
                translate("TargetsView", "Score"),
                translate("TargetsView", "Matches"),
            ],
            parent,
        )
        self._chosen: set[str] = set()

    def set_ranking(self, suggestions: Sequence[Suggestion], chosen: Iterable[str]) -> bool:
        """Shows these suggestions, ticked where chosen; True when the rows themselves changed.

        When only the ticks change (the common click) the rows are repainted, not reset, so
        the selection and the row heights stay.
        """
        chosen = set(chosen)
        if list(suggestions) == self._rows:
            if chosen != self._chosen and self._rows:
                self._chosen = chosen
                last = len(self._rows) - 1
                self.dataChanged.emit(
                    self.index(0, ACCOMPLISHMENT),
                    self.index(last, ACCOMPLISHMENT),
                    [Qt.ItemDataRole.CheckStateRole],
                )
            self._chosen = chosen
            return False
        self.beginResetModel()
        self._rows, self._chosen = list(suggestions), chosen
        self.endResetModel()
        return True

    def suggestion_at(self, row: int) -> Suggestion | None:
        return self.row_at(row)

    def row_of(self, accomplishment_id: str | None) -> int:
        return next(
            (i for i, s in enumerate(self._rows) if s.accomplishment_id == accomplishment_id), -1
        )

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        flags = list_item_flags(index)
        if index.isValid() and index.column() == ACCOMPLISHMENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        suggestion = self.suggestion_at(index.row()) if index.isValid() else None
        if suggestion is None:
            return None
        column = index.column()
        if role == TargetItemRole.ID:
            return suggestion.accomplishment_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ACCOMPLISHMENT:
                return suggestion.headline
            if column == SCORE:
                return f"{suggestion.score:.1f}"
            return ", ".join(suggestion.explained())
        if role == Qt.ItemDataRole.CheckStateRole and column == ACCOMPLISHMENT:
            return check_state(suggestion.accomplishment_id in self._chosen)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MATCHES:
                matched = ", ".join(suggestion.explained())
                return plain_tooltip(translate("TargetsView", "Matches: %1").replace("%1", matched))
            if column == ACCOMPLISHMENT:
                return plain_tooltip(suggestion.headline)
        return None

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        suggestion = self.suggestion_at(index.row()) if index.isValid() else None
        if suggestion is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if index.column() != ACCOMPLISHMENT:
            return False
        self.choice_toggled.emit(suggestion.accomplishment_id, is_checked(value))
        return True


class ChosenModel(QAbstractListModel):
    """The bullets on the résumé, in order; rows move (drag or keys) and edit in place."""

    #: the user moved a bullet: the ids in their new order
    order_changed = Signal(list)
    #: the user typed a new wording for a bullet: its id and the text
    reworded = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ChosenBullet] = []

    def set_chosen(self, bullets: Sequence[ChosenBullet]) -> None:
        """Shows these bullets in this order."""
        bullets = list(bullets)
        if [b.accomplishment_id for b in bullets] == self.ids():
            if bullets != self._rows:
                self._rows = bullets
                self.dataChanged.emit(self.index(0), self.index(len(bullets) - 1))
            return
        self.beginResetModel()
        self._rows = bullets
        self.endResetModel()

    def ids(self) -> list[str]:
        """The accomplishment ids, in the order shown."""
        return [b.accomplishment_id for b in self._rows]

    def bullet_at(self, row: int) -> ChosenBullet | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, accomplishment_id: str | None) -> int:
        return next(
            (i for i, b in enumerate(self._rows) if b.accomplishment_id == accomplishment_id), -1
        )

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows, never onto one
        return list_item_flags(index, editable=True) | Qt.ItemFlag.ItemIsDragEnabled

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        bullet = self.bullet_at(index.row()) if index.isValid() else None
        if bullet is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return bullet.text
        if role == TargetItemRole.ID:
            return bullet.accomplishment_id
        if role == Qt.ItemDataRole.FontRole and bullet.wording:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = bullet.role or translate("TargetsView", "(no role)")
            if bullet.wording:
                tip += "\n" + translate("TargetsView", "Master wording: %1").replace(
                    "%1", bullet.headline
                )
            return plain_tooltip(tip)
        return None

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        bullet = self.bullet_at(index.row()) if index.isValid() else None
        if bullet is None or role != Qt.ItemDataRole.EditRole:
            return False
        self.reworded.emit(bullet.accomplishment_id, str(value))
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: ItemIndex,
        source_row: int,
        count: int,
        destination_parent: ItemIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if not (source_row >= 0 and source_row + count <= len(self._rows)):
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself: nothing moves
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._rows[source_row : source_row + count]
        rest = self._rows[:source_row] + self._rows[source_row + count :]
        at = destination_child if destination_child < source_row else destination_child - count
        self._rows = rest[:at] + moving + rest[at:]
        self.endMoveRows()
        self.order_changed.emit(self.ids())
        return True
