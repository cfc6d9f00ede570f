"""The Profile page: who the documents are about, their contact details and web links."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import Link, Profile
from resume_builder.ui.commands import ChangeRecordsCommand
from resume_builder.ui.forms import (
    EditorScrollArea,
    FieldSpec,
    FormLabel,
    RecordForm,
    layout_tab_stops,
    set_tab_chain,
)
from resume_builder.ui.models.records import list_item_flags
from resume_builder.ui.views.base import CareerView, ViewContext
from resume_builder.ui.views.profile_photo import PhotoPanel

ItemIndex = QModelIndex | QPersistentModelIndex
LINK_FIELDS = ("network", "username", "url")


class LinksModel(QAbstractTableModel):
    """The web links of one profile as an editable table; each edit is an undo step."""

    def __init__(self, store, undo_stack, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.profile_id: str | None = None
        self._rows = 0
        self._headers = (self.tr("Network"), self.tr("Username"), self.tr("URL"))
        store.records_changed.connect(self._on_store_records_changed)
        store.records_removed.connect(self._on_store_records_removed)

    def profile(self) -> Profile | None:
        """The profile whose links are shown."""
        return self.store.get(Profile, self.profile_id)

    def links(self) -> list[Link]:
        """The links shown."""
        profile = self.profile()
        return list(profile.links) if profile is not None else []

    def set_profile(self, profile_id: str | None) -> None:
        """Shows another profile's links (a new binding, so a reset)."""
        self.beginResetModel()
        self.profile_id = profile_id
        self._rows = len(self.links())
        self.endResetModel()

    # ----------------------------------------------------------------- Qt model interface
    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LINK_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(LINK_FIELDS)
        ):
            return self._headers[section]
        return None

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        return list_item_flags(index, editable=True)

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        links = self.links()
        if not 0 <= index.row() < len(links):
            return None
        return getattr(links[index.row()], LINK_FIELDS[index.column()])

    def setData(self, index: ItemIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        profile = self.profile()
        if profile is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        links = list(profile.links)
        if not 0 <= index.row() < len(links):
            return False
        field = LINK_FIELDS[index.column()]
        text = str(value or "").strip()
        if getattr(links[index.row()], field) == text:
            return True
        links[index.row()] = replace(links[index.row()], **{field: text})
        self.undo_stack.push(
            ChangeRecordsCommand(
                self.store, self.tr("Edit Link"), [profile], [profile.copy(links=links)]
            )
        )
        return True  # the store's signal repaints the cell

    # ----------------------------------------------------------------- editing
    def add_link(self) -> int:
        """Appends an empty link as one undo step; returns its row (-1 without a profile)."""
        profile = self.profile()
        if profile is None:
            return -1
        links = [*profile.links, Link()]
        self.undo_stack.push(
            ChangeRecordsCommand(
                self.store, self.tr("Add Link"), [profile], [profile.copy(links=links)]
            )
        )
        return len(links) - 1

    def remove_links(self, rows: list[int]) -> None:
        """Removes links by row, all in one undo step."""
        profile = self.profile()
        doomed = set(rows)
        if profile is None or not doomed:
            return
        links = [link for row, link in enumerate(profile.links) if row not in doomed]
        self.undo_stack.push(
            ChangeRecordsCommand(
                self.store,
                self.tr("Remove %n Link(s)", "", len(doomed)),
                [profile],
                [profile.copy(links=links)],
            )
        )

    # ----------------------------------------------------------------- following the store
    def _on_store_records_changed(self, kind: str, ids: list) -> None:
        if kind != Profile.KIND or self.profile_id not in ids:
            return
        # Links have no identity of their own: grow or shrink at the end, repaint the rest.
        new_rows = len(self.links())
        if new_rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, new_rows - 1)
            self._rows = new_rows
            self.endInsertRows()
        elif new_rows < self._rows:
            self.beginRemoveRows(QModelIndex(), new_rows, self._rows - 1)
            self._rows = new_rows
            self.endRemoveRows()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._rows - 1, len(LINK_FIELDS) - 1)
            )

    def _on_store_records_removed(self, kind: str, ids: list) -> None:
        if kind == Profile.KIND and self.profile_id in ids:
            self.set_profile(None)


class ProfileView(CareerView):
    """One form over the one Profile record, with its links as a small table.

    The profile record is created, empty, the first time the page is shown, by applying it
    straight to the store rather than through the undo stack: an empty record holds nothing
    worth undoing, and undoing it would pull the form away from under the user's cursor.
    """

    key = "profile"

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        specs = [
            FieldSpec("name", self.tr("&Name")),
            FieldSpec(
                "headline",
                self.tr("&Headline"),
                placeholder=self.tr("IT leader who turns outages into uptime"),
            ),
            FieldSpec("email", self.tr("&Email")),
            FieldSpec("phone", self.tr("&Phone")),
            FieldSpec(
                "location",
                self.tr("&Location line"),
                placeholder=self.tr("Stockholm, Sweden"),
                tooltip=self.tr("The location as a résumé shows it"),
            ),
            FieldSpec("city", self.tr("&City")),
            FieldSpec("region", self.tr("&Region")),
            FieldSpec("postal_code", self.tr("P&ostal code")),
            FieldSpec("country_code", self.tr("Countr&y code"), placeholder="SE"),
            FieldSpec("address", self.tr("&Address")),
            FieldSpec("url", self.tr("&Web site"), placeholder="https://"),
            FieldSpec("summary", self.tr("&Summary"), "text"),
            FieldSpec(
                "pitch",
                self.tr("Letter p&itch"),
                "text",
                placeholder=self.tr(
                    "In the first person, for your cover letters: “I run IT operations that…”"
                ),
                tooltip=self.tr(
                    "The paragraph about you that opens every cover letter (a target can have "
                    "its own). The summary is for the résumé, written about you; a letter is "
                    "written by you."
                ),
            ),
        ]
        self.form = RecordForm(context, Profile, specs)
        self.form.command_texts["pitch"] = self.tr("Edit Letter Pitch")
        self.suggest_pitch_button = QPushButton(self.tr("S&uggest from My Records"))
        self.suggest_pitch_button.setObjectName("suggestProfilePitch")
        self.suggest_pitch_button.setToolTip(
            self.tr(
                "Fill the letter pitch with a first-person draft made of your role, your "
                "strongest result and the skills your results prove, for you to rewrite (Undo "
                "brings back what was there)"
            )
        )
        self.suggest_pitch_button.clicked.connect(self.suggest_pitch)
        suggest_row = QHBoxLayout()
        suggest_row.addStretch(1)
        suggest_row.addWidget(self.suggest_pitch_button)

        self.links_model = LinksModel(self.store, self.undo_stack, self)
        links_label = FormLabel(self.tr("Lin&ks"))
        self.links_table = QTableView()
        self.links_table.setObjectName("linksTable")
        self.links_table.setAccessibleName(self.tr("Links"))
        self.links_table.setModel(self.links_model)
        self.links_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab moves on to the buttons; while a cell is edited, Tab still goes to the next cell.
        self.links_table.setTabKeyNavigation(False)
        self.links_table.verticalHeader().hide()
        self.links_table.horizontalHeader().setStretchLastSection(True)
        self.links_table.setMinimumHeight(120)
        links_label.setBuddy(self.links_table)
        self.add_link_button = QPushButton(self.tr("Add Link"))
        self.add_link_button.setObjectName("addLinkButton")
        self.add_link_button.setAccessibleName(self.tr("Add link"))
        self.add_link_button.clicked.connect(self.add_link)
        self.remove_link_button = QPushButton(self.tr("Remove Link"))
        self.remove_link_button.setObjectName("removeLinkButton")
        self.remove_link_button.setAccessibleName(self.tr("Remove selected links"))
        self.remove_link_button.clicked.connect(self.remove_selected_links)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_link_button)
        buttons.addWidget(self.remove_link_button)
        buttons.addStretch(1)

        photo_label = FormLabel(self.tr("Photo"))
        self.photo_panel = PhotoPanel(self.store, self.undo_stack)

        self.problem_label = QLabel()
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.form.problems_changed.connect(self._on_form_problems_changed)

        content = QWidget()
        self.content_layout = content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.form)
        content_layout.addLayout(suggest_row)  # under the pitch, the form's last field
        content_layout.addWidget(self.problem_label)
        content_layout.addWidget(photo_label)
        content_layout.addWidget(self.photo_panel)
        content_layout.addWidget(links_label)
        content_layout.addWidget(self.links_table)
        content_layout.addLayout(buttons)
        content_layout.addStretch(1)
        self.scroll = EditorScrollArea()
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        set_tab_chain(self.tab_stops())

        self.links_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.links_model.rowsRemoved.connect(self._update_buttons)
        self.store.records_changed.connect(self._on_store_records_changed)
        self.store.records_removed.connect(self._on_store_records_removed)
        self._bind(self._existing_profile_id())

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Profile")

    def icon_name(self) -> str:
        return "profile"

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes: the fields top to bottom, the links, then their buttons."""
        return layout_tab_stops(self.content_layout)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_profile()

    # ----------------------------------------------------------------- the profile record
    def ensure_profile(self) -> Profile:
        """The profile record, created empty (outside the undo history) if there is none."""
        profile_id = self._existing_profile_id()
        if profile_id is None:
            profile = Profile()
            self.store.apply(put=[profile])  # records_changed binds the form to it
            profile_id = profile.id
        if self.form.record_id != profile_id:
            self._bind(profile_id)
        return self.store.get(Profile, profile_id)

    def _existing_profile_id(self) -> str | None:
        profiles = self.store.records(Profile)
        return profiles[0].id if profiles else None

    def _bind(self, profile_id: str | None) -> None:
        self.form.set_record(profile_id)
        self.links_model.set_profile(profile_id)
        self.add_link_button.setEnabled(profile_id is not None)
        self._update_buttons()

    def _on_store_records_changed(self, kind: str, _ids: list) -> None:
        if kind == Profile.KIND and self.store.get(Profile, self.form.record_id) is None:
            self._bind(self._existing_profile_id())

    def _on_store_records_removed(self, kind: str, ids: list) -> None:
        if kind == Profile.KIND and self.form.record_id in ids:
            self._bind(self._existing_profile_id())

    # ----------------------------------------------------------------- the letter pitch
    def suggest_pitch(self) -> None:
        """Fills the letter pitch with a draft from the user's own records (one undo step)."""
        from resume_builder.services.cover_letter import strongest_results, suggest_pitch
        from resume_builder.services.documents import snapshot_of

        before = self.ensure_profile()
        snapshot = snapshot_of(self.store)
        text = suggest_pitch(snapshot, strongest_results(snapshot), language=self._language())
        if text and text != before.pitch:
            after = replace(before, pitch=text)
            self.undo_stack.push(
                ChangeRecordsCommand(self.store, self.tr("Suggest Letter Pitch"), [before], [after])
            )
        elif not text and hasattr(self.window(), "statusBar"):
            self.window().statusBar().showMessage(
                self.tr(
                    "Nothing to suggest a pitch from yet: add a role or an accomplishment first."
                ),
                8000,
            )

    def _language(self) -> str:
        # The interface's language when a letter has words in it, so the frames read as the
        # user's own; the headlines quoted stay as written.
        from resume_builder.services.cover_letter import FALLBACK_LANGUAGE, LETTER_LANGUAGES

        code = QLocale().name().split("_")[0]
        return code if code in LETTER_LANGUAGES else FALLBACK_LANGUAGE

    # ----------------------------------------------------------------- links
    def add_link(self) -> None:
        """Adds an empty link and starts editing its network."""
        row = self.links_model.add_link()
        if row >= 0:
            index = self.links_model.index(row, 0)
            self.links_table.setCurrentIndex(index)
            self.links_table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.links_table.edit(index)

    def remove_selected_links(self) -> None:
        """Removes the selected links in one undo step."""
        rows = [i.row() for i in self.links_table.selectionModel().selectedRows(0)]
        if not rows and self.links_table.currentIndex().isValid():
            rows = [self.links_table.currentIndex().row()]
        self.links_model.remove_links(rows)

    def _update_buttons(self, *_args) -> None:
        self.remove_link_button.setEnabled(
            self.links_table.selectionModel().hasSelection() and self.links_model.rowCount() > 0
        )

    def _on_form_problems_changed(self) -> None:
        lines = [
            f"{self.form.spec(name).label.replace('&', '')}: {message}"
            for name, message in self.form.problems.items()
        ]
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))
