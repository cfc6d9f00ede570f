"""The Tailor tab: requirements and coverage on the left, suggestions and the résumé's bullets
on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from resume_builder.domain.models import Target
from resume_builder.services.targets import Tailoring
from resume_builder.ui.views.targets.bullets import ChosenPanel, RankingPanel
from resume_builder.ui.views.targets.requirements import CoveragePanel, RequirementsPanel

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate


class TailorTab(QWidget):
    """The four panels of tailoring one target, or a sentence saying what to paste first."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.requirements = RequirementsPanel(host)
        self.coverage = CoveragePanel(host)
        self.ranking = RankingPanel(host)
        self.chosen = ChosenPanel(host)

        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(self.requirements)
        left.addWidget(self.coverage)
        left.setSizes([420, 380])
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.ranking)
        right.addWidget(self.chosen)
        right.setSizes([470, 330])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("tailorSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 680])
        self.empty = QLabel(self.empty_text())
        self.empty.setObjectName("tailorEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self)
        box.addWidget(self.empty)
        box.addWidget(self.splitter, 1)

    def empty_text(self) -> str:
        return translate(
            "TargetsView",
            "Paste the job posting on the Posting tab: its requirements and the "
            "accomplishments that prove them show up here.",
        )

    def show_reading(self) -> None:
        """Says the accomplishments are being indexed (a large record, the first time)."""
        self.empty.setText(translate("TargetsView", "Reading your accomplishments…"))
        self.empty.show()
        self.splitter.hide()

    def show_target(self, target: Target, tailoring: Tailoring) -> None:
        """Shows the target's tailoring in every panel."""
        self.empty.setText(self.empty_text())
        self.requirements.show_target(target, tailoring)
        self.ranking.show_tailoring(tailoring)
        self.chosen.show_target(target, tailoring.chosen)
        self.coverage.show_tailoring(tailoring)
        has_posting = bool(target.posting.strip()) or bool(target.added_terms)
        self.empty.setVisible(not has_posting)
        self.splitter.setVisible(has_posting)
