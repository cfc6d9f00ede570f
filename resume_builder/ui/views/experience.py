"""The Experience page: the roles held, newest first, with each role's accomplishments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from resume_builder.domain.models import (
    Accomplishment,
    Role,
    format_period,
    sort_key_newest_first,
)
from resume_builder.ui import settings as keys
from resume_builder.ui.forms import FieldSpec
from resume_builder.ui.models.records import (
    AccomplishmentTally,
    Column,
    RoleAccomplishmentsModel,
    period_sort_text,
)
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.record_page import PageHostView, PageTexts, RecordPage


class ExperienceView(PageHostView):
    """Roles as a list and a form; below the form, the headlines of the role's results."""

    key = "experience"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        # Before the page's model, so counts are forgotten before the model repaints.
        self.tally = AccomplishmentTally(self.store, self)
        columns = [
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Employer"), lambda r: r.employer),
            Column(
                self.tr("Period"),
                lambda r: format_period(r.start, r.end),
                sort_key=lambda r: period_sort_text(r.start, r.end),
            ),
            Column(self.tr("Location"), lambda r: r.location),
            Column(
                self.tr("Accomplishments"),
                lambda r: str(self.tally.for_role(r.id)),
                sort_key=lambda r: self.tally.for_role(r.id),
                align_right=True,
            ),
        ]
        specs = [
            FieldSpec("title", self.tr("&Title"), placeholder=self.tr("Director of IT Operations")),
            FieldSpec("employer", self.tr("&Employer")),
            FieldSpec("location", self.tr("&Location"), placeholder=self.tr("Stockholm, Sweden")),
            FieldSpec("start", self.tr("&Start"), "date"),
            FieldSpec(
                "end",
                self.tr("E&nd"),
                "end",
                tooltip=self.tr("A date, or “present” while you still hold the role"),
            ),
            FieldSpec(
                "description",
                self.tr("S&cope"),
                placeholder=self.tr("Team of 40, budget $6M, 3 countries"),
                tooltip=self.tr("One line on the size of the job: team, budget, reach"),
            ),
            FieldSpec("employer_description", self.tr("Employer &description"), "text"),
            FieldSpec("url", self.tr("Employer &web site"), placeholder="https://"),
        ]
        texts = PageTexts(
            plural=self.tr("roles"),
            add_command=self.tr("Add Role"),
            delete_command=lambda n: self.tr("Delete %n Role(s)", "", n),
            empty=self.tr(
                "No roles yet. Each position you held is a role: your accomplishments belong "
                "to roles, and résumés list them newest first."
            ),
            select_hint=self.tr("Select a role to edit it."),
        )
        self.page = RecordPage(
            context,
            Role,
            columns,
            specs,
            texts,
            keys.EXPERIENCE_VIEW,
            order_key=sort_key_newest_first,
            dependencies=(Accomplishment.KIND,),
            parent=self,
        )

        self.accomplishments_title = QLabel(self.tr("Accomplishments in this role"))
        self.accomplishments_title.setObjectName("accomplishmentsTitle")
        self.role_accomplishments = RoleAccomplishmentsModel(
            self.store, self.tr("(no headline)"), self
        )
        self.accomplishments_list = QListView()
        # Views draw model text as plain text, so headlines with markup show literally.
        self.accomplishments_list.setModel(self.role_accomplishments)
        self.accomplishments_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accomplishments_list.setObjectName("roleAccomplishments")
        self.accomplishments_list.setAccessibleName(self.tr("Accomplishments in this role"))
        self.accomplishments_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.accomplishments_list.setWordWrap(True)
        # Wrapped headlines run together without a visible boundary between items.
        self.accomplishments_list.setAlternatingRowColors(True)
        self.accomplishments_list.setSpacing(2)
        self.accomplishments_list.setMinimumHeight(260)
        # Read-only headlines, not an input: Tab goes from the last field out of the editor.
        self.accomplishments_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.accomplishments_title.setBuddy(self.accomplishments_list)
        self.no_accomplishments_label = QLabel(
            self.tr("No accomplishments in this role yet. Record them on the Accomplishments page.")
        )
        self.no_accomplishments_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_accomplishments_label.setWordWrap(True)
        for widget in (
            self.accomplishments_title,
            self.accomplishments_list,
            self.no_accomplishments_label,
        ):
            self.page.editor_layout.addWidget(widget)
        self.page.editor_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

        self.page.selection_changed.connect(self.actions_changed)
        self.page.current_record_changed.connect(self._refresh_accomplishments)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self._refresh_accomplishments()

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Experience")

    def icon_name(self) -> str:
        return "experience"

    # ----------------------------------------------------------------- the role's results
    def accomplishment_headlines(self) -> list[str]:
        """The headlines listed for the role in the editor, as shown."""
        return self.role_accomplishments.headlines()

    def _on_store_changed(self, kind: str, _ids: list) -> None:
        if kind == Accomplishment.KIND:
            self._update_accomplishments_visibility()

    def _refresh_accomplishments(self, *_args) -> None:
        role = self.page.current_record()
        self.role_accomplishments.set_role(role.id if role is not None else None)
        self._update_accomplishments_visibility()

    def _update_accomplishments_visibility(self) -> None:
        shown = self.role_accomplishments.role_id is not None
        listed = bool(self.role_accomplishments.rowCount())
        self.accomplishments_title.setVisible(shown)
        self.accomplishments_list.setVisible(shown and listed)
        self.no_accomplishments_label.setVisible(shown and not listed)
