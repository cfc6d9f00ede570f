"""Quick capture: an accomplishment in one line, from anywhere, in seconds (Ctrl+N)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Project,
    Role,
    Skill,
    Volunteer,
    sort_key_newest_first,
)
from resume_builder.services.records import default_role_id, skills_for_names
from resume_builder.ui.commands import ChangeRecordsCommand
from resume_builder.ui.forms import FormLabel, layout_tab_stops, set_tab_chain
from resume_builder.ui.hint_messages import HintMessages
from resume_builder.ui.models.accomplishments.owners import owner_text


def split_skill_names(text: str) -> list[str]:
    """The skill names typed into a comma-separated field, without blanks or repeats."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


class QuickCaptureDialog(QDialog):
    """Only the one-line text is required; role and skills are optional."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setWindowTitle(self.tr("Quick Capture"))
        self.setObjectName("quickCapture")
        self.setMinimumWidth(640)

        self.headline = QLineEdit()
        self.headline.setObjectName("captureHeadline")
        self.headline.setAccessibleName(self.tr("Accomplishment"))
        self.headline.setPlaceholderText(
            self.tr("e.g. Cut release time from 2 days to 40 minutes by automating the pipeline")
        )
        self.hints = QLabel()
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.hints.setWordWrap(True)
        self.hints.setObjectName("captureHints")
        self.hints.setEnabled(False)  # drawn in the muted colour: a hint, never a blocker
        self._wording = HintMessages(self)

        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("No role"), None)
        roles = sorted(self.store.records(Role), key=sort_key_newest_first)
        for role in roles:
            self.role.addItem(role.label(), role.id)
        # Then the side projects and volunteering, whose results count as a role's do.
        for kind in (Project, Volunteer):
            for owner in sorted(self.store.records(kind), key=sort_key_newest_first):
                self.role.addItem(owner_text(owner), owner.id)
        role_id = default_role_id(roles)  # new results usually belong to the current job
        if role_id is not None:
            self.role.setCurrentIndex(self.role.findData(role_id))

        self.skills = QLineEdit()
        self.skills.setAccessibleName(self.tr("Skills"))
        self.skills.setPlaceholderText(self.tr("Skills, separated by commas (optional)"))
        names = sorted({n for s in self.store.records(Skill) for n in s.names()}, key=str.casefold)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setWidget(self.skills)
        completer.activated.connect(self._on_completer_activated)
        self.skills.textEdited.connect(self._on_skills_text_edited)
        self._completer = completer

        form = QFormLayout()
        label = FormLabel(self.tr("&Accomplishment:"))
        label.setBuddy(self.headline)
        form.addRow(label, self.headline)
        form.addRow("", self.hints)
        role_label = FormLabel(self.tr("&Role:"))
        role_label.setBuddy(self.role)
        form.addRow(role_label, self.role)
        skills_label = FormLabel(self.tr("&Skills:"))
        skills_label.setBuddy(self.skills)
        form.addRow(skills_label, self.skills)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save_tip = self.tr("Save (Ctrl+Enter)")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(save_tip)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        set_tab_chain(layout_tab_stops(layout))  # the order on screen, buttons last
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.headline.textChanged.connect(self._on_headline_text_changed)
        self._on_headline_text_changed("")
        self.headline.setFocus()

    def _on_headline_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))
        checker = self.context.writing_hints
        if checker is None or not text.strip():
            self.hints.setText(
                self.tr("Start with a verb and a number; you can add the story later.")
            )
            return
        messages = [self._wording.message(hint, text) for hint in checker.check(text)]
        self.hints.setText("\n".join("• " + m for m in messages) or self.tr("Looks strong."))

    def _on_skills_text_edited(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        self._completer.setCompletionPrefix(prefix)
        if prefix:
            self._completer.complete()

    def _on_completer_activated(self, name: str) -> None:
        parts = self.skills.text().rsplit(",", 1)
        head = parts[0] + ", " if len(parts) == 2 else ""
        self.skills.setText(head + name + ", ")

    def accept(self) -> None:
        headline = " ".join(self.headline.text().split())
        if not headline:
            self.headline.setFocus()
            return
        skill_ids, created = skills_for_names(
            self.store.records(Skill), split_skill_names(self.skills.text())
        )
        today = date.today()
        item = Accomplishment(
            headline=headline,
            role_id=self.role.currentData(),
            skill_ids=skill_ids,
            date=PartialDate(today.year, today.month),  # captured as it happens
        )
        self.context.undo_stack.push(
            ChangeRecordsCommand(self.store, self.tr("Quick Capture"), [], [item, *created])
        )
        self.captured_id = item.id
        super().accept()
