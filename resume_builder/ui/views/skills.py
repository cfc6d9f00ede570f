"""The Skills page: each skill with the evidence that proves it, renaming and merging."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import Accomplishment, Record, Skill
from resume_builder.services.records import (
    Strength,
    alias_clash,
    skill_named,
    skill_strength,
    unique_skill_name,
)
from resume_builder.ui import settings as setting_keys
from resume_builder.ui.commands import merge_skills
from resume_builder.ui.forms import FieldSpec
from resume_builder.ui.models.records import AccomplishmentTally, Column, date_sort_text
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.record_page import PageHostView, PageTexts, RecordPage

#: Okabe–Ito colours: told apart with colour-blindness, readable on light and dark palettes;
#: the cell's text says the same, so colour is never the only sign.
STRENGTH_COLOURS = {
    Strength.THIN: QColor("#D55E00"),
    Strength.STALE: QColor("#E69F00"),
    Strength.WELL_PROVEN: QColor("#009E73"),
}


class MergeSkillsDialog(QDialog):
    """Asks which skill the selected one should be merged into."""

    def __init__(self, drop: Skill, candidates: list[Skill], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeSkillsDialog")
        self.setWindowTitle(self.tr("Merge Skills"))
        self.drop_id = drop.id
        question = QLabel(self.tr("Merge “%s” into:") % drop.name)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("mergeTarget")
        self.combo.setAccessibleName(self.tr("Skill to keep"))
        for skill in sorted(candidates, key=lambda s: s.name.casefold()):
            self.combo.addItem(skill.name, skill.id)
        question.setBuddy(self.combo)
        explanation = QLabel(
            self.tr(
                "Its accomplishments will be tagged with the skill you pick, and its name "
                "becomes an alias of that skill. You can undo this."
            )
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in (
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
        ):
            QShortcut(keys, self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.combo)
        layout.addWidget(explanation)
        layout.addWidget(self.buttons)

    def keep_id(self) -> str | None:
        """The id of the skill picked to keep."""
        return self.combo.currentData()

    def choose(self, name: str) -> bool:
        """Picks the skill with this name; False if it is not offered."""
        index = self.combo.findText(name, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0


class SkillsView(PageHostView):
    """Skills with their evidence, strength, renaming with a duplicate guard, and merging."""

    key = "skills"

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(context, parent)
        self.today = today
        self.merge_dialog: MergeSkillsDialog | None = None
        # Before the page's model, so counts are forgotten before the model repaints.
        self.tally = AccomplishmentTally(self.store, self)
        columns = [
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Category"), lambda s: s.category),
            Column(self.tr("Aliases"), lambda s: ", ".join(s.aliases)),
            Column(
                self.tr("Evidence"),
                lambda s: str(self.tally.for_skill(s.id)),
                sort_key=lambda s: self.tally.for_skill(s.id),
                tooltip=lambda _s: self.tr("How many accomplishments are tagged with the skill"),
                align_right=True,
            ),
            Column(
                self.tr("Newest"),
                lambda s: format_date(self.tally.newest_for_skill(s.id)),
                sort_key=lambda s: date_sort_text(self.tally.newest_for_skill(s.id)),
                tooltip=lambda _s: self.tr("The date of the newest accomplishment proving it"),
            ),
            Column(
                self.tr("Strength"),
                lambda s: self.strength_text(self.strength(s)),
                sort_key=lambda s: int(self.strength(s)),
                tooltip=self.strength_reason,
                decoration=lambda s: STRENGTH_COLOURS[self.strength(s)],
            ),
        ]
        specs = [
            FieldSpec("name", self.tr("&Name")),
            FieldSpec("category", self.tr("&Category"), placeholder=self.tr("Leadership")),
            FieldSpec(
                "aliases",
                self.tr("&Aliases"),
                "lines",
                tooltip=self.tr("Other names for the skill, one per line (k8s for Kubernetes)"),
            ),
            FieldSpec("level", self.tr("&Level"), placeholder=self.tr("Expert")),
        ]
        texts = PageTexts(
            plural=self.tr("skills"),
            add_command=self.tr("Add Skill"),
            delete_command=lambda n: self.tr("Delete %n Skill(s)", "", n),
            empty=self.tr(
                "No skills yet. Tag accomplishments with skills to see which skills your "
                "record proves well, and which need more or newer evidence."
            ),
            select_hint=self.tr("Select a skill to edit or merge it."),
        )
        self.page = RecordPage(
            context,
            Skill,
            columns,
            specs,
            texts,
            setting_keys.SKILLS_VIEW,
            order_key=lambda s: s.name.casefold(),
            dependencies=(Accomplishment.KIND,),
            new_record=self._new_skill,
            parent=self,
        )
        form = self.page.form
        form.guards["name"] = self._check_name
        form.guards["aliases"] = self._check_aliases
        form.command_texts["name"] = self.tr("Rename Skill")

        self._categories = QStringListModel(self)
        self._levels = QStringListModel(self)
        for field, words in (("category", self._categories), ("level", self._levels)):
            completer = QCompleter(words, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            form.widgets[field].setCompleter(completer)

        self.merge_action = QAction(self.tr("&Merge into…"), self)
        self.merge_action.setStatusTip(
            self.tr("Fold the selected skill into another; its accomplishments follow")
        )
        self.merge_action.triggered.connect(self.open_merge_dialog)
        self.page.table.addAction(self.merge_action)
        self.page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAccessibleName(self.tr("Merge into another skill"))
        self.merge_button.setToolTip(self.merge_action.statusTip())
        self.merge_button.clicked.connect(self.open_merge_dialog)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addStretch(1)
        self.page.editor_layout.addLayout(row)
        self.page.editor_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

        self.page.selection_changed.connect(self._update_actions)
        self.page.current_record_changed.connect(self._update_actions)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self._refresh_completions()
        self._update_actions()

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Skills")

    def icon_name(self) -> str:
        return "skills"

    # ----------------------------------------------------------------- strength
    def strength(self, skill: Skill) -> Strength:
        """How well the accomplishments prove a skill today."""
        return skill_strength(
            self.tally.for_skill(skill.id), self.tally.newest_for_skill(skill.id), self.today()
        )

    def strength_text(self, strength: Strength) -> str:
        """The word the Strength column shows."""
        return {
            Strength.THIN: self.tr("Thin"),
            Strength.STALE: self.tr("Stale"),
            Strength.WELL_PROVEN: self.tr("Well proven"),
        }[strength]

    def strength_reason(self, skill: Skill) -> str:
        """Why a skill has its strength (a tooltip; numbers and dates only, no user text)."""
        count = self.tally.for_skill(skill.id)
        newest = format_date(self.tally.newest_for_skill(skill.id))
        strength = self.strength(skill)
        if strength is Strength.THIN:
            return self.tr(
                "Only %n accomplishment(s) prove this skill: record more evidence.", "", count
            )
        if strength is Strength.STALE:
            return (
                self.tr(
                    "The newest proof is from %s, more than three years ago: record something "
                    "recent."
                )
                % newest
            )
        if not newest:
            return self.tr("%n accomplishment(s) prove this skill (none dated).", "", count)
        return self.tr(
            "%n accomplishment(s) prove this skill; the newest is from %1.", "", count
        ).replace("%1", newest)

    # ----------------------------------------------------------------- names
    def _new_skill(self) -> Skill:
        # A skill needs a unique name before it can be stored.
        return Skill(name=unique_skill_name(self.store.records(Skill), self.tr("New skill")))

    def _check_name(self, record: Record, value: str) -> str | None:
        other = skill_named(self.store.records(Skill), value, other_than=record.id)
        if other is not None:
            return self.tr(
                "“%s” is already the name or an alias of the skill “%s”. To combine the two, "
                "select this skill and use Merge into…."
            ) % (value.strip(), other.name)
        return None

    def _check_aliases(self, record: Record, value: list[str]) -> str | None:
        clash = alias_clash(self.store.records(Skill), value, record.id)
        if clash is None:
            return None
        alias, other = clash
        return self.tr(
            "“%s” already names the skill “%s”. To combine the two, use Merge into…."
        ) % (alias, other.name)

    # ----------------------------------------------------------------- merging
    def open_merge_dialog(self) -> MergeSkillsDialog | None:
        """Asks which skill to merge the selected one into; merges when the user agrees."""
        drop = self.page.current_record()
        if drop is None:
            return None
        candidates = [s for s in self.store.records(Skill) if s.id != drop.id]
        if not candidates:
            return None
        dialog = MergeSkillsDialog(drop, candidates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.merge(dialog.drop_id, dialog.keep_id()))
        dialog.finished.connect(self._on_merge_dialog_finished)
        self.merge_dialog = dialog
        # open(), not exec(): window-modal without a nested event loop.
        dialog.open()
        return dialog

    def _on_merge_dialog_finished(self, _result: int) -> None:
        self.merge_dialog = None

    def merge(self, drop_id: str, keep_id: str | None) -> None:
        """Folds one skill into another as one undoable step ("Merge Skills")."""
        drop = self.store.get(Skill, drop_id)
        keep = self.store.get(Skill, keep_id)
        if drop is None or keep is None or drop.id == keep.id:
            return
        self.undo_stack.push(merge_skills(self.store, keep, drop))
        self.page.select_record(keep.id)

    # ----------------------------------------------------------------- slots
    def _update_actions(self, *_args) -> None:
        can_merge = self.page.current_record() is not None and len(self.page.selected_ids()) <= 1
        can_merge = can_merge and len(self.store.records(Skill)) > 1
        self.merge_action.setEnabled(can_merge)
        self.merge_button.setEnabled(can_merge)
        self.actions_changed.emit()

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind == Skill.KIND:
            self._refresh_completions()
            self._update_actions()

    def _refresh_completions(self) -> None:
        skills = self.store.records(Skill)
        for words, field in ((self._categories, "category"), (self._levels, "level")):
            values = sorted(
                {getattr(s, field) for s in skills if getattr(s, field)}, key=str.casefold
            )
            if words.stringList() != values:
                words.setStringList(values)
