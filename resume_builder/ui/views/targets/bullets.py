"""The Tailor tab's right half: the suggested accomplishments, and the bullets on the résumé."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import Accomplishment, Project, Role, Target, Volunteer
from resume_builder.services.posting import chosen_bullets
from resume_builder.services.target_edits import with_rewording
from resume_builder.services.targets import Tailoring
from resume_builder.ui.models.ranking import ChosenModel, RankingModel
from resume_builder.ui.views.targets.parts import section_title, table_on
from resume_builder.ui.widgets.skill_tags import FlowLayout

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate

#: at most this many suggestions are listed; the rest add nothing a reader would scroll to
MAX_SHOWN = 100


class RankingPanel(QWidget):
    """The accomplishments that answer the posting, best first; a tick puts one on the résumé."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.model = RankingModel(self)
        self.model.choice_toggled.connect(self._on_model_choice_toggled)
        self.table = table_on(
            self.model,
            "rankingTable",
            translate("TargetsView", "Suggested accomplishments"),
            wrapping=True,  # the matches wrap beside the headline
        )
        self.note = QLabel()
        self.note.setObjectName("rankingNote")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            section_title(
                translate("TargetsView", "Suggested accomplishments (tick the ones to use)"),
                self.table,
            )
        )
        box.addWidget(self.table, 1)
        box.addWidget(self.note)

    def show_tailoring(self, tailoring: Tailoring) -> None:
        """Shows the best-ranked suggestions, ticked where chosen, and how many match."""
        shown = tailoring.ranked[:MAX_SHOWN]
        self.model.set_ranking(shown, tailoring.chosen)
        if tailoring.matches > len(shown):
            self.note.setText(
                translate("TargetsView", "Showing the best %1 of %2 accomplishments that match.")
                .replace("%1", str(len(shown)))
                .replace("%2", f"{tailoring.matches:,}")
            )
        elif not tailoring.ranked:
            self.note.setText(
                translate("TargetsView", "No accomplishment matches these requirements yet.")
            )
        else:
            # self.tr, not translate(): lupdate finds plural forms only in tr() calls
            self.note.setText(
                self.tr("%n accomplishment(s) match, best first.", "", len(tailoring.ranked))
            )

    def _on_model_choice_toggled(self, accomplishment_id: str, chosen: bool) -> None:
        if chosen:
            self.host.choose(accomplishment_id)
        else:
            self.host.unchoose(accomplishment_id)


class ChosenPanel(QWidget):
    """The bullets on the résumé in order: move, reword for this target, or take off."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.model = ChosenModel(self)
        self.model.order_changed.connect(self._on_model_order_changed)
        self.model.reworded.connect(self._on_model_reworded)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setObjectName("chosenList")
        self.list.setAccessibleName(translate("TargetsView", "On this résumé"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self.up_button = QPushButton(translate("TargetsView", "Move &Up"))
        self.up_button.setObjectName("moveUp")
        self.up_button.setToolTip(translate("TargetsView", "Move the bullet up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(translate("TargetsView", "Move &Down"))
        self.down_button.setObjectName("moveDown")
        self.down_button.setToolTip(translate("TargetsView", "Move the bullet down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(Qt.Modifier.ALT | key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_current(step))
        self.reword_button = QPushButton(translate("TargetsView", "Re&word"))
        self.reword_button.setObjectName("rewordBullet")
        self.reword_button.setToolTip(
            translate(
                "TargetsView",
                "Word this bullet for this target only (F2); the accomplishment stays as it is",
            )
        )
        self.reword_button.clicked.connect(self.reword_current)
        self.original_button = QPushButton(translate("TargetsView", "Original Wording"))
        self.original_button.setObjectName("originalWording")
        self.original_button.clicked.connect(self.restore_original_wording)
        self.unchoose_button = QPushButton(translate("TargetsView", "Take Off"))
        self.unchoose_button.setObjectName("unchooseBullet")
        self.unchoose_button.setToolTip(
            translate("TargetsView", "Take the bullet off this résumé (Del)")
        )
        self.unchoose_button.clicked.connect(self.unchoose_current)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            section_title(
                translate(
                    "TargetsView", "On this résumé (drag to reorder, double-click to reword)"
                ),
                self.list,
            )
        )
        box.addWidget(self.list, 1)
        buttons = FlowLayout(spacing=6)  # five buttons in a row set the window's minimum width
        for button in (
            self.up_button,
            self.down_button,
            self.reword_button,
            self.original_button,
            self.unchoose_button,
        ):
            buttons.addWidget(button)
        box.addLayout(buttons)
        self.note = QLabel(
            translate(
                "TargetsView",
                "Each bullet appears under its role; within a role, in this order. Reworded "
                "bullets are in italics.",
            )
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        box.addWidget(self.note)

    # ----------------------------------------------------------------- showing
    def show_target(self, target: Target, chosen: list[str]) -> None:
        """Shows the chosen bullets in order, in this target's wording, keeping the current."""
        store = self.host.store
        current = self.current_id()
        # only the chosen ones are looked up, not every accomplishment of the career
        on_resume = (store.get(Accomplishment, i) for i in chosen)
        owners = [*store.records(Role), *store.records(Project), *store.records(Volunteer)]
        bullets = chosen_bullets(target, chosen, (a for a in on_resume if a is not None), owners)
        self.model.set_chosen(bullets)
        if current is not None and self.current_id() != current:
            self.set_current_row(self.model.row_of(current))
        self._update_buttons()

    def ids(self) -> list[str]:
        """The accomplishment ids on the résumé, in order, as listed."""
        return self.model.ids()

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def current_id(self) -> str | None:
        bullet = self.model.bullet_at(self.current_row())
        return bullet.accomplishment_id if bullet is not None else None

    def set_current_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))

    # ----------------------------------------------------------------- editing
    @Slot()
    def move_current(self, step: int) -> None:
        """Moves the current bullet up (-1) or down (+1)."""
        row = self.current_row()
        ids = self.ids()
        new_row = row + step
        if row < 0 or not 0 <= new_row < len(ids):
            return
        ids.insert(new_row, ids.pop(row))
        self.host.set_chosen(ids, translate("TargetsView", "Move Bullet"))
        self.set_current_row(new_row)

    def _on_model_order_changed(self, ids: list) -> None:
        # A drag moved a row in the list itself; its order becomes the target's once the
        # drop is over.
        QTimer.singleShot(
            0, lambda: self.host.set_chosen(list(ids), translate("TargetsView", "Move Bullet"))
        )

    @Slot()
    def unchoose_current(self) -> None:
        """Takes the current bullet off the résumé."""
        current = self.current_id()
        if current is None:
            return
        row = self.current_row()
        ids = [i for i in self.ids() if i != current]
        self.host.set_chosen(ids, translate("TargetsView", "Take Bullet Off the Résumé"))
        if ids:
            self.set_current_row(min(row, len(ids) - 1))

    @Slot()
    def reword_current(self) -> None:
        """Opens the current bullet for rewording in place."""
        index = self.list.currentIndex()
        if index.isValid():
            self.list.edit(index)

    @Slot()
    def restore_original_wording(self) -> None:
        """Drops this target's wording of the current bullet."""
        current = self.current_id()
        if current is not None:
            self._reword(current, "", translate("TargetsView", "Original Wording"))

    def _on_model_reworded(self, accomplishment_id: str, typed: str) -> None:
        self._reword(accomplishment_id, typed, translate("TargetsView", "Reword Bullet"))

    def _reword(self, accomplishment_id: str, typed: str, text: str) -> None:
        target = self.host.current_target()
        accomplishment = self.host.store.get(Accomplishment, accomplishment_id)
        if target is None or accomplishment is None:
            return
        changed = with_rewording(
            target, accomplishment_id, accomplishment.headline, typed, self.ids()
        )
        # Unchanged (the stored wording typed again): the list still shows the stored one.
        self.host.push_change(text, target, changed)

    def _update_buttons(self, *_args) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        bullet = self.model.bullet_at(row)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.reword_button.setEnabled(bullet is not None)
        self.unchoose_button.setEnabled(bullet is not None)
        self.original_button.setEnabled(bullet is not None and bool(bullet.wording))
