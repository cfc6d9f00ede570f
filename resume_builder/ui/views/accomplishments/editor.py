"""The Accomplishments page's editor: the form of the selected one, its hints, skills, links."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.hints import Hint
from resume_builder.domain.models import IMPACT_MAX, IMPACT_MIN, Accomplishment
from resume_builder.ui.forms import EditorScrollArea, FieldSpec, FormLabel, RecordForm
from resume_builder.ui.hint_messages import HintMessages
from resume_builder.ui.models.accomplishments.owners import owner_choices
from resume_builder.ui.tooltips import plain_tooltip
from resume_builder.ui.views.accomplishments.common import plain_label
from resume_builder.ui.widgets.skill_tags import SkillTagEditor


class HintList(QWidget):
    """The live writing hints of a headline: one small icon and sentence per hint."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Writing hints"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self._layout.setSpacing(2)
        self.rows: list[tuple[QLabel, QLabel]] = []
        size = self.fontMetrics().height()
        style = self.style()
        self._hint_pixmap = style.standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation
        ).pixmap(QSize(size, size))
        self._ok_pixmap = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(
            QSize(size, size)
        )
        self._ok_text = self.tr("No suggestions: this bullet reads well.")
        self._wording = HintMessages(self)

    def set_hints(self, hints: list[Hint], headline: str) -> None:
        """Shows these hints of `headline` (a reassuring line when there are none)."""
        lines = [(self._hint_pixmap, self._wording.message(hint, headline)) for hint in hints] or [
            (self._ok_pixmap, self._ok_text)
        ]
        while len(self.rows) < len(lines):
            row = QWidget(self)
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            icon = QLabel(row)
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            icon.setAccessibleName(self.tr("Hint"))
            text = plain_label(parent=row)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            box.addWidget(icon)
            box.addWidget(text, 1)
            self._layout.addWidget(row)
            self.rows.append((icon, text))
        for index, (icon, text) in enumerate(self.rows):
            visible = index < len(lines)
            icon.parentWidget().setVisible(visible)
            if visible:
                pixmap, message = lines[index]
                icon.setPixmap(pixmap)
                if text.text() != message:
                    text.setText(message)
                    text.setAccessibleName(message)

    def messages(self) -> list[str]:
        """The sentences shown now, in order."""
        return [text.text() for icon, text in self.rows if not icon.parentWidget().isHidden()]


# This part's texts keep the page's translation context, "AccomplishmentsView", as when the
# page was one class: literal translate() calls, since pyside6-lupdate reads only those.
class AccomplishmentEditor(EditorScrollArea):
    """The editor pane: a hint while nothing (or several) is selected, else the form.

    It follows the pane's width and scrolls only vertically: its text wraps.
    """

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setMinimumWidth(320)
        self.editor_stack = QStackedWidget()
        self.editor_placeholder = plain_label()
        self.editor_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_placeholder.setMargin(24)
        self.editor_stack.addWidget(self.editor_placeholder)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        self.form = RecordForm(self.context, Accomplishment, self._field_specs(), page)
        self.form.problem.connect(self._on_form_problem)
        fields = self.form.widgets
        form_layout = self.form.layout_

        self.headline_edit = fields["headline"]
        self.hint_list = HintList(self.form)
        self.hint_list.setVisible(self.context.writing_hints is not None)
        row, _role = form_layout.getWidgetPosition(self.headline_edit)
        form_layout.insertRow(row + 1, "", self.hint_list)
        self.headline_edit.textChanged.connect(self._on_headline_edit_text_changed)

        self.open_link_button = QPushButton(
            QCoreApplication.translate("AccomplishmentsView", "Open &Link"), self.form
        )
        self.open_link_button.setAccessibleName(
            QCoreApplication.translate("AccomplishmentsView", "Open evidence link")
        )
        self.open_link_button.setToolTip(
            QCoreApplication.translate(
                "AccomplishmentsView",
                "Opens the link on the evidence line with the cursor, or the first one",
            )
        )
        self.open_link_button.clicked.connect(self.open_evidence_link)
        link_row = QWidget(self.form)
        link_box = QHBoxLayout(link_row)
        link_box.setContentsMargins(0, 0, 0, 0)
        link_box.addWidget(self.open_link_button)
        link_box.addStretch(1)
        row, _role = form_layout.getWidgetPosition(fields["evidence"])
        form_layout.insertRow(row + 1, "", link_row)
        fields["evidence"].textChanged.connect(self._update_open_link_button)

        # The skills right under the bullet and its role, above the long story: tagging is
        # part of capturing a result, and the box was fifteen wheel notches down.
        self.skill_tags = SkillTagEditor(self.context, self.form)
        skills_label = FormLabel(
            QCoreApplication.translate("AccomplishmentsView", "S&kills"), self.form
        )
        skills_label.setBuddy(self.skill_tags.line_edit)
        row, _role = form_layout.getWidgetPosition(fields["role_id"])
        form_layout.insertRow(row + 1, skills_label, self.skill_tags)

        page_layout.addWidget(self.form)
        page_layout.addStretch(1)
        self.editor_stack.addWidget(page)
        self.setWidget(self.editor_stack)
        self.show_record(None)

    def _field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec(
                "headline",
                QCoreApplication.translate("AccomplishmentsView", "&Headline"),
                "text",
                QCoreApplication.translate(
                    "AccomplishmentsView",
                    "The résumé bullet: what you did and what changed, with a number",
                ),
            ),
            FieldSpec(
                "role_id",
                QCoreApplication.translate("AccomplishmentsView", "R&ole"),
                "choice",
                choices=tuple(self._role_choices()),
            ),
            FieldSpec("date", QCoreApplication.translate("AccomplishmentsView", "&Date"), "date"),
            FieldSpec(
                "impact",
                QCoreApplication.translate("AccomplishmentsView", "Im&pact"),
                "int",
                minimum=IMPACT_MIN,
                maximum=IMPACT_MAX,
                tooltip=QCoreApplication.translate(
                    "AccomplishmentsView", "How much it mattered: 1 small, 5 career-defining"
                ),
            ),
            FieldSpec(
                "situation",
                QCoreApplication.translate("AccomplishmentsView", "&Situation"),
                "text",
                QCoreApplication.translate("AccomplishmentsView", "Where things stood, and why"),
            ),
            FieldSpec(
                "task",
                QCoreApplication.translate("AccomplishmentsView", "&Task"),
                "text",
                QCoreApplication.translate("AccomplishmentsView", "What you had to achieve"),
            ),
            FieldSpec(
                "action",
                QCoreApplication.translate("AccomplishmentsView", "&Action"),
                "text",
                QCoreApplication.translate("AccomplishmentsView", "What you did, step by step"),
            ),
            FieldSpec(
                "result",
                QCoreApplication.translate("AccomplishmentsView", "&Result"),
                "text",
                QCoreApplication.translate("AccomplishmentsView", "What changed, and for whom"),
            ),
            FieldSpec(
                "metrics",
                QCoreApplication.translate("AccomplishmentsView", "&Metrics"),
                "lines",
                QCoreApplication.translate(
                    "AccomplishmentsView", "One per line, e.g. 32% faster releases"
                ),
            ),
            FieldSpec(
                "evidence",
                QCoreApplication.translate("AccomplishmentsView", "&Evidence"),
                "lines",
                QCoreApplication.translate(
                    "AccomplishmentsView", "Links or file paths that prove it, one per line"
                ),
            ),
            FieldSpec(
                "notes",
                QCoreApplication.translate("AccomplishmentsView", "&Notes"),
                "text",
                QCoreApplication.translate("AccomplishmentsView", "Anything else, just for you"),
            ),
        ]

    def _role_choices(self) -> list[tuple[str | None, str]]:
        # Roles, then projects, then volunteering: each owns results alike.
        return [
            (None, QCoreApplication.translate("AccomplishmentsView", "No role")),
            *owner_choices(self.store),
        ]

    # ----------------------------------------------------------------- showing a record
    def fill_role_picker(self) -> None:
        """Lists the roles, projects and volunteering again in the Role field, the record's
        own one chosen.
        """
        combo: QComboBox = self.form.widgets["role_id"]
        record = self.form.record()
        # The form commits on every index change; refilling the list is no edit.
        combo.blockSignals(True)
        try:
            combo.clear()
            for value, label in self._role_choices():
                combo.addItem(label, value)
            role_id = record.role_id if record is not None else None
            index = combo.findData(role_id) if role_id is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def show_record(self, record_id: str | None, selected: int = 0) -> None:
        """Edits this accomplishment; None shows a hint (saying how many are `selected`)."""
        if record_id is None:
            if selected:
                # self.tr: a plural form is only found for a tr() call (lupdate's rule)
                text = self.tr(
                    "%n accomplishments selected. Delete removes them all; select one to edit it.",
                    "",
                    selected,
                )
            else:
                text = QCoreApplication.translate(
                    "AccomplishmentsView",
                    "Select an accomplishment to see and edit its story, or press Add to "
                    "write a new one.",
                )
            self.editor_placeholder.setText(text)
            self.editor_stack.setCurrentIndex(0)
        else:
            self.editor_stack.setCurrentIndex(1)
        if record_id != self.form.record_id:
            self.form.set_record(record_id)
            self.fill_role_picker()
            self.skill_tags.set_record(record_id)
        self._on_headline_edit_text_changed()
        self._update_open_link_button()

    # ----------------------------------------------------------------- editing
    def _on_headline_edit_text_changed(self) -> None:
        hints = self.context.writing_hints
        if hints is None or self.form.record_id is None:
            return
        headline = self.headline_edit.toPlainText()
        self.hint_list.set_hints(hints.check(headline), headline)

    def _on_form_problem(self, field: str, message: str) -> None:
        # The form puts the raw message in the tooltip, which Qt may read as rich text; the
        # message quotes what the user typed, so show it escaped.
        widget = self.form.widgets.get(field)
        if widget is not None:
            widget.setToolTip(plain_tooltip(message))

    def evidence_links(self) -> list[str]:
        """The evidence lines of the accomplishment being edited."""
        text = self.form.widgets["evidence"].toPlainText()
        return [line.strip() for line in text.splitlines() if line.strip()]

    def link_to_open(self) -> QUrl | None:
        """The evidence line under the cursor, else the first one, as a URL or local file."""
        edit = self.form.widgets["evidence"]
        line = edit.textCursor().block().text().strip()
        links = self.evidence_links()
        if not line:
            line = links[0] if links else ""
        if not line:
            return None
        url = QUrl.fromUserInput(line)
        return url if url.isValid() else None

    def open_evidence_link(self) -> None:
        """Opens the chosen evidence link with the system's handler."""
        url = self.link_to_open()
        if url is not None:
            QDesktopServices.openUrl(url)

    def _update_open_link_button(self) -> None:
        self.open_link_button.setEnabled(bool(self.evidence_links()))
