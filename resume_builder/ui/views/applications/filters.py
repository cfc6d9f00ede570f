"""The filter bar above the board and the table: words, status, organisation, kind, stale."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from resume_builder.domain.models import APPLICATION_KINDS, STATUSES
from resume_builder.services.applications import DEFAULT_STALE_DAYS, ApplicationFilter
from resume_builder.ui.models.applications import kind_label, status_label


class ApplicationFilterBar(QWidget):
    """Builds an ApplicationFilter from its boxes; says when it changed, and the stale days."""

    filter_changed = Signal(object)  # ApplicationFilter
    stale_days_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("applicationsFilter")
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setPlaceholderText(self.tr("Filter applications (Ctrl+F)"))
        self.text_edit.setAccessibleName(self.tr("Filter applications by words"))
        self.text_edit.setToolTip(
            self.tr(
                "Shows the applications whose name, title, organisation, next step or notes "
                "hold every word typed"
            )
        )
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisationFilter")
        self.organisation_edit.setClearButtonEnabled(True)
        self.organisation_edit.setPlaceholderText(self.tr("Organisation"))
        self.organisation_edit.setAccessibleName(self.tr("Filter by organisation"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.addItem(self.tr("Any kind"), "")
        for kind in APPLICATION_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.stale_check = QCheckBox(self.tr("Stale &only"))
        self.stale_check.setObjectName("staleOnly")
        self.stale_check.setToolTip(self.tr("Shows only open applications that have gone quiet"))
        self.stale_spin = QSpinBox()
        self.stale_spin.setObjectName("staleDays")
        self.stale_spin.setRange(1, 3650)
        self.stale_spin.setValue(DEFAULT_STALE_DAYS)
        self.stale_spin.setAccessibleName(self.tr("Stale after this many days without a change"))
        self.stale_spin.setToolTip(
            self.tr("Open applications with no change or meeting for longer than this stand out")
        )
        self._update_stale_suffix(DEFAULT_STALE_DAYS)
        stale_label = QLabel(self.tr("Stale &after"))
        stale_label.setBuddy(self.stale_spin)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit, 3)
        layout.addWidget(self.status_combo)
        layout.addWidget(self.organisation_edit, 2)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.stale_check)
        layout.addSpacing(12)
        layout.addWidget(stale_label)
        layout.addWidget(self.stale_spin)

        self.text_edit.textChanged.connect(self._emit)
        self.organisation_edit.textChanged.connect(self._emit)
        self.status_combo.currentIndexChanged.connect(self._emit)
        self.kind_combo.currentIndexChanged.connect(self._emit)
        self.stale_check.toggled.connect(self._emit)
        self.stale_spin.valueChanged.connect(self._on_stale_spin_value_changed)

    def application_filter(self) -> ApplicationFilter:
        """What the boxes ask for."""
        return ApplicationFilter(
            status=self.status_combo.currentData() or "",
            organisation=self.organisation_edit.text().strip(),
            kind=self.kind_combo.currentData() or "",
            stale_only=self.stale_check.isChecked(),
            text=self.text_edit.text(),
        )

    def set_status(self, status: str) -> None:
        """Picks a status in the combo ("" for any)."""
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))

    def _emit(self, *_args) -> None:
        self.filter_changed.emit(self.application_filter())

    def _update_stale_suffix(self, days: int) -> None:
        # "1 day", "21 days": the number is the box's, the words around it follow it.
        self.stale_spin.setSuffix(self.tr("%n day(s)", "", days).replace(str(days), "", 1))

    def _on_stale_spin_value_changed(self, days: int) -> None:
        self._update_stale_suffix(days)
        self.stale_days_changed.emit(days)
