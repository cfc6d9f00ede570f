"""The Tailor tab's left half: what the posting asks for, and how well the résumé covers it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import Skill, Target
from resume_builder.services.target_edits import (
    with_must_have,
    with_requirement_added,
    with_requirements_restored,
    with_requirements_struck,
)
from resume_builder.services.targets import Tailoring
from resume_builder.ui.models.requirements import GapsModel, RequirementsModel
from resume_builder.ui.models.targets import TargetItemRole
from resume_builder.ui.tooltips import plain_tooltip
from resume_builder.ui.views.targets.parts import WrappingTreeView, section_title, table_on

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate

#: about two lines of the coverage label's list of covered requirements
COVERED_CHARS = 110


def first_terms(terms: list[str], limit: int) -> list[str]:
    """As many terms from the start as fit in `limit` characters joined (at least one)."""
    taken: list[str] = []
    length = 0
    for term in terms:
        length += len(term) + 2
        if taken and length > limit:
            break
        taken.append(term)
    return taken


class RequirementsPanel(QWidget):
    """The posting's requirements with the user's corrections: strike, add, must-have."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.model = RequirementsModel(self)
        self.model.must_have_toggled.connect(self._on_model_must_have_toggled)
        self.table = table_on(
            self.model, "requirementsTable", translate("TargetsView", "Requirements")
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_edit = QLineEdit()
        self.add_edit.setObjectName("addRequirement")
        self.add_edit.setPlaceholderText(translate("TargetsView", "Add a requirement…"))
        self.add_edit.setClearButtonEnabled(True)
        self.add_edit.returnPressed.connect(self.add_requirement)
        self.add_button = QPushButton(translate("TargetsView", "Add"))
        self.add_button.setObjectName("addRequirementButton")
        self.add_button.clicked.connect(self.add_requirement)
        self.remove_button = QPushButton(translate("TargetsView", "Remove"))
        self.remove_button.setObjectName("removeRequirement")
        self.remove_button.setToolTip(
            translate("TargetsView", "Remove the selected requirements (Del)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.restore_button = QPushButton(translate("TargetsView", "Restore Removed"))
        self.restore_button.setObjectName("restoreRequirements")
        self.restore_button.clicked.connect(self.restore_removed)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            section_title(translate("TargetsView", "What the posting asks for"), self.table)
        )
        box.addWidget(self.table, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        box.addLayout(add_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

    def show_target(self, target: Target, tailoring: Tailoring) -> None:
        """Shows the target's requirements, keeping the current one current."""
        current = self.table.currentIndex()
        term = current.data(TargetItemRole.TERM) if current.isValid() else None
        self.model.set_requirements(tailoring.requirements, target.added_terms)
        if term is not None and not self.table.currentIndex().isValid():
            row = self.model.row_of(term)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
        removed = len(target.removed_terms)
        self.restore_button.setEnabled(bool(removed))
        self.restore_button.setText(
            translate("TargetsView", "Restore Removed (%1)").replace("%1", str(removed))
            if removed
            else translate("TargetsView", "Restore Removed")
        )
        self._update_buttons()

    def selected_terms(self) -> tuple[list[int], list[str]]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return rows, [self.model.index(r, 0).data(TargetItemRole.TERM) for r in rows]

    @Slot()
    def add_requirement(self) -> None:
        """Adds the typed requirement (a struck one comes back instead)."""
        target = self.host.current_target()
        text = " ".join(self.add_edit.text().split())
        if target is None or not text:
            return
        tailoring = self.host.tailoring
        shown = tailoring.requirements if tailoring is not None else []
        changed = with_requirement_added(target, text, self.host.store.records(Skill), shown)
        self.host.push_change(
            translate("TargetsView", "Add Requirement “%1”").replace("%1", text), target, changed
        )
        self.add_edit.clear()

    @Slot()
    def remove_selected(self) -> None:
        """Strikes the selected requirements from this target."""
        target = self.host.current_target()
        rows, terms = self.selected_terms()
        if target is None or not terms:
            return
        changed = with_requirements_struck(target, terms, self.host.store.records(Skill))
        text = (
            translate("TargetsView", "Remove Requirement “%1”").replace("%1", terms[0])
            if len(terms) == 1
            else self.tr("Remove %n Requirement(s)", "", len(terms))  # tr: plural forms
        )
        self.host.push_change(text, target, changed)
        row = min(rows[0], self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def restore_removed(self) -> None:
        """Brings back every requirement struck from this target."""
        target = self.host.current_target()
        if target is not None:
            changed = with_requirements_restored(target)
            self.host.push_change(
                translate("TargetsView", "Restore Removed Requirements"), target, changed
            )

    def _on_model_must_have_toggled(self, term: str, must: bool) -> None:
        target = self.host.current_target()
        if target is None:
            return
        text = (
            translate("TargetsView", "Mark “%1” Must-Have")
            if must
            else translate("TargetsView", "Mark “%1” Nice-to-Have")
        ).replace("%1", term)
        self.host.push_change(text, target, with_must_have(target, term, must))

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))


class CoveragePanel(QWidget):
    """The match score, the requirements covered, and the gaps with what would close them."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.score_bar = QProgressBar()
        self.score_bar.setObjectName("matchScore")
        self.score_bar.setRange(0, 100)
        self.score_bar.setFormat(translate("TargetsView", "Match: %p%"))
        self.score_bar.setAccessibleName(translate("TargetsView", "Match score"))
        self.covered_label = QLabel()
        self.covered_label.setObjectName("coveredLabel")
        self.covered_label.setTextFormat(Qt.TextFormat.PlainText)
        self.covered_label.setWordWrap(True)
        self.gaps_model = GapsModel(self)
        self.gaps_tree = WrappingTreeView()  # a suggestion reads whole, not "Introduced a 6-…"
        self.gaps_tree.setModel(self.gaps_model)
        self.gaps_tree.setObjectName("gapsTree")
        self.gaps_tree.setAccessibleName(translate("TargetsView", "Gaps"))
        self.gaps_tree.setHeaderHidden(True)
        self.gaps_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gaps_tree.activated.connect(self._on_gaps_tree_activated)
        self.gaps_tree.setToolTip(
            translate(
                "TargetsView", "Double-click (or Enter on) a suggestion to put it on the résumé"
            )
        )
        self.gaps_model.modelReset.connect(self.gaps_tree.expandAll)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(section_title(translate("TargetsView", "Coverage"), self.gaps_tree))
        box.addWidget(self.score_bar)
        box.addWidget(self.covered_label)
        box.addWidget(QLabel(translate("TargetsView", "Gaps, and what would close them:")))
        box.addWidget(self.gaps_tree, 1)

    def show_tailoring(self, tailoring: Tailoring) -> None:
        """Shows the coverage of the chosen bullets."""
        report = tailoring.coverage
        if self.score_bar.value() != report.score:
            # QProgressBar repaints at once when its text changes (18 ms of a 70-ms update
            # here): with updates off, the paint waits for the event loop like any other.
            self.score_bar.setUpdatesEnabled(False)
            self.score_bar.setValue(report.score)
            self.score_bar.setUpdatesEnabled(True)
        if report.covered:
            terms = [r.term for r in report.covered]
            total = len(report.covered) + len(report.missing)
            # The label says how many and names the first; the whole list is a hover away.
            shown = first_terms(terms, COVERED_CHARS)
            rest = "" if len(shown) == len(terms) else ", …"
            self.covered_label.setText(
                translate("TargetsView", "Covered %1 of %2: %3")
                .replace("%1", str(len(terms)))
                .replace("%2", str(total))
                .replace("%3", ", ".join(shown) + rest)
            )
            self.covered_label.setToolTip(plain_tooltip(", ".join(terms)))
        else:
            self.covered_label.setToolTip("")
            self.covered_label.setText(
                translate("TargetsView", "The chosen bullets cover none of the requirements yet.")
            )
        self.gaps_model.set_gaps(report.missing, report.suggestions, tailoring.chosen)

    def _on_gaps_tree_activated(self, index: QModelIndex) -> None:
        accomplishment_id = index.data(TargetItemRole.ID)
        if accomplishment_id:
            self.host.choose(accomplishment_id)
