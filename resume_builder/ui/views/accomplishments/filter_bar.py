"""The Accomplishments page's filter bar: words, skills, role, dates, impact, and the count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from resume_builder.domain.dates import DateError, parse_date
from resume_builder.domain.models import IMPACT_MAX, IMPACT_MIN
from resume_builder.ui.models.accomplishments import (
    ANY_ROLE,
    NO_ROLE,
    AccomplishmentFilterProxy,
)
from resume_builder.ui.models.accomplishments.owners import owner_choices
from resume_builder.ui.models.accomplishments.skill_choices import SkillChoiceModel
from resume_builder.ui.tooltips import plain_tooltip
from resume_builder.ui.views.accomplishments.common import plain_label

_INVALID_STYLE = "border: 1px solid #c0392b;"
#: the popup grows with the skills up to this many rows, then scrolls
_POPUP_ROWS = 14


class SkillFilterButton(QToolButton):
    """A button whose popup lists every skill with a check box; shows how many are checked."""

    selection_changed = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Filter by skills"))
        self.setToolTip(self.tr("Show only accomplishments that have all the checked skills"))
        self.choices = SkillChoiceModel(store, self)
        self.list = QListView()
        self.list.setModel(self.choices)
        self.list.setAccessibleName(self.tr("Skills to filter by"))
        self.list.setMinimumWidth(220)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.choices.checked_changed.connect(self._on_choices_checked_changed)
        self.choices.modelReset.connect(self._fit_list_height)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        # A list inside the menu keeps the popup open while several skills are checked.
        action.setDefaultWidget(self.list)
        menu.addAction(action)
        self.setMenu(menu)
        self._fit_list_height()
        self._update_text()

    def selected_ids(self) -> list[str]:
        """The checked skills' ids."""
        return self.choices.checked_ids()

    def set_selected_ids(self, skill_ids: list[str], notify: bool = True) -> None:
        """Checks exactly these skills."""
        self.choices.set_checked_ids(skill_ids, notify)
        self._update_text()

    def refresh(self) -> None:
        """Lists the store's skills again, keeping the checks of those that remain."""
        self.choices.reload()

    def _on_choices_checked_changed(self) -> None:
        self._update_text()
        self.selection_changed.emit()

    def _update_text(self) -> None:
        count = len(self.choices.checked_ids())
        self.setText(self.tr("Skills (%n)", "", count) if count else self.tr("Skills"))

    def _fit_list_height(self) -> None:
        rows = min(max(self.choices.rowCount(), 1), _POPUP_ROWS)
        row_height = self.list.sizeHintForRow(0)
        if row_height <= 0:  # no skills yet
            row_height = self.list.fontMetrics().height() + 4
        self.list.setFixedHeight(row_height * rows + 8)


# This part's texts keep the page's translation context, "AccomplishmentsView", as when the
# page was one class: literal translate() calls, since pyside6-lupdate reads only those.
class AccomplishmentFilterBar(QWidget):
    """The row of filters above the table; each one sets its part of the proxy's filter."""

    def __init__(self, store, proxy: AccomplishmentFilterProxy, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.proxy = proxy
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("accomplishmentsFilter")
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("AccomplishmentsView", "Filter (Ctrl+F)…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(
            QCoreApplication.translate("AccomplishmentsView", "Filter accomplishments")
        )
        self.filter_edit.setToolTip(
            QCoreApplication.translate(
                "AccomplishmentsView", "Shows accomplishments containing every word, in any field"
            )
        )
        self.filter_edit.setMinimumWidth(120)  # the bar fits a 1024-pixel window
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        bar.addWidget(self.filter_edit, 2)

        self.skill_filter = SkillFilterButton(self.store, self)
        self.skill_filter.selection_changed.connect(self._on_skill_filter_selection_changed)
        bar.addWidget(self.skill_filter)

        self.role_filter = QComboBox(self)
        self.role_filter.setAccessibleName(
            QCoreApplication.translate("AccomplishmentsView", "Filter by role")
        )
        # A long role title would set the window's minimum width: the box grows with the
        # room there is, and elides.
        self.role_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role_filter.setMinimumContentsLength(14)
        self.role_filter.setMaximumWidth(260)
        self.refresh_roles()
        self.role_filter.currentIndexChanged.connect(self._on_role_filter_current_index_changed)
        bar.addWidget(self.role_filter, 1)

        self.date_from_edit = QLineEdit(self)
        self.date_from_edit.setPlaceholderText(
            QCoreApplication.translate("AccomplishmentsView", "From (2019)")
        )
        self.date_from_edit.setAccessibleName(
            QCoreApplication.translate("AccomplishmentsView", "From date")
        )
        self.date_to_edit = QLineEdit(self)
        self.date_to_edit.setPlaceholderText(
            QCoreApplication.translate("AccomplishmentsView", "To (2021-06)")
        )
        self.date_to_edit.setAccessibleName(
            QCoreApplication.translate("AccomplishmentsView", "To date")
        )
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.setToolTip(self._date_tip())
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self._on_date_edit_text_changed)
            bar.addWidget(edit)

        self.impact_filter = QComboBox(self)
        self.impact_filter.setAccessibleName(
            QCoreApplication.translate("AccomplishmentsView", "Minimum impact")
        )
        self.impact_filter.addItem(
            QCoreApplication.translate("AccomplishmentsView", "Any impact"), IMPACT_MIN
        )
        for impact in range(IMPACT_MIN + 1, IMPACT_MAX + 1):
            self.impact_filter.addItem(
                QCoreApplication.translate("AccomplishmentsView", "Impact ≥ %1").replace(
                    "%1", str(impact)
                ),
                impact,
            )
        self.impact_filter.currentIndexChanged.connect(self._on_impact_filter_current_index_changed)
        bar.addWidget(self.impact_filter)

        self.clear_filters_button = QPushButton(
            QCoreApplication.translate("AccomplishmentsView", "Clear filters"), self
        )
        self.clear_filters_button.setAccessibleName(
            QCoreApplication.translate("AccomplishmentsView", "Clear filters")
        )
        self.clear_filters_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_filters_button)

        self.count_label = plain_label(parent=self)
        self.count_label.setWordWrap(False)
        self.count_label.setAccessibleName(
            QCoreApplication.translate("AccomplishmentsView", "Accomplishments shown")
        )
        bar.addWidget(self.count_label)

    def _date_tip(self) -> str:
        return QCoreApplication.translate(
            "AccomplishmentsView", "A year, a month (2019-05) or a day (2019-05-14)"
        )

    # ----------------------------------------------------------------- roles
    def refresh_roles(self) -> None:
        """Lists the roles, projects and volunteering again, keeping the one chosen while it
        exists.
        """
        current = self.role_filter.currentData() if self.role_filter.count() else ANY_ROLE
        self.role_filter.blockSignals(True)
        try:
            self.role_filter.clear()
            self.role_filter.addItem(
                QCoreApplication.translate("AccomplishmentsView", "All roles"), ANY_ROLE
            )
            self.role_filter.addItem(
                QCoreApplication.translate("AccomplishmentsView", "No role"), NO_ROLE
            )
            for owner_id, label in owner_choices(self.store):
                self.role_filter.addItem(label, owner_id)
            index = self.role_filter.findData(current) if current is not ANY_ROLE else 0
            self.role_filter.setCurrentIndex(max(index, 0))
        finally:
            self.role_filter.blockSignals(False)
        if self.role_filter.currentData() != current:
            self.proxy.set_role_id(self.role_filter.currentData())

    def role_filter_value(self) -> str | None:
        """The role chosen: ANY_ROLE, NO_ROLE or a role id."""
        return self.role_filter.currentData()

    # ----------------------------------------------------------------- filters
    def _on_skill_filter_selection_changed(self) -> None:
        self.proxy.set_skill_ids(self.skill_filter.selected_ids())

    def _on_role_filter_current_index_changed(self, _index: int) -> None:
        self.proxy.set_role_id(self.role_filter.currentData())

    def _on_impact_filter_current_index_changed(self, _index: int) -> None:
        self.proxy.set_min_impact(self.impact_filter.currentData() or IMPACT_MIN)

    def _on_date_edit_text_changed(self, _text: str) -> None:
        bounds = []
        for edit in (self.date_from_edit, self.date_to_edit):
            try:
                bounds.append(parse_date(edit.text()))
            except DateError as exc:
                # Half-typed dates ("20") leave that end open until they read as a date.
                bounds.append(None)
                edit.setStyleSheet(_INVALID_STYLE)
                edit.setToolTip(plain_tooltip(str(exc)))
            else:
                edit.setStyleSheet("")
                edit.setToolTip(self._date_tip())
        self.proxy.set_date_range(*bounds)
        self.update_count()

    def clear_filters(self) -> None:
        """Resets every filter and shows all accomplishments."""
        widgets = (
            self.filter_edit,
            self.skill_filter,
            self.role_filter,
            self.date_from_edit,
            self.date_to_edit,
            self.impact_filter,
        )
        # One refilter for all, not one per widget.
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.filter_edit.clear()
            self.skill_filter.set_selected_ids([], notify=False)
            self.role_filter.setCurrentIndex(0)
            self.date_from_edit.clear()
            self.date_to_edit.clear()
            self.impact_filter.setCurrentIndex(0)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.setStyleSheet("")
        self.proxy.clear_filters()

    def update_count(self, *_args) -> None:
        """Says how many rows are shown of how many, and enables "Clear filters"."""
        source = self.proxy.sourceModel()
        shown, total = self.proxy.rowCount(), source.rowCount() if source is not None else 0
        self.count_label.setText(
            # The locale's digit grouping: "1,234" in English reads as a decimal in Swedish.
            QCoreApplication.translate("AccomplishmentsView", "%1 of %2 shown")
            .replace("%1", QLocale().toString(shown))
            .replace("%2", QLocale().toString(total))
        )
        invalid_dates = any(edit.styleSheet() for edit in (self.date_from_edit, self.date_to_edit))
        self.clear_filters_button.setEnabled(
            self.proxy.is_filtering() or bool(self.filter_edit.text()) or invalid_dates
        )
