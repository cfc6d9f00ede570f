"""The Résumé tab: this target's headline, summary, page target and roles, the documents sent
for it, and the résumé's live preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QListView, QMessageBox, QPushButton, QVBoxLayout, QWidget

from resume_builder import paths
from resume_builder.domain.models import Role, Target, newest_first
from resume_builder.export.catalog import load_catalog
from resume_builder.services.target_edits import with_role_shown
from resume_builder.ui.forms import FieldSpec, RecordForm
from resume_builder.ui.models.targets import (
    FILE_COLUMN,
    ExportsModel,
    RolesShownModel,
    TargetItemRole,
)
from resume_builder.ui.template_words import template_text
from resume_builder.ui.views.targets.parts import (
    MiddleElidingDelegate,
    lay_out_beside_preview,
    section_title,
    table_on,
)

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate


class ResumeTab(QWidget):
    """What this target's résumé says beyond its bullets, and what went out for it."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        specs = [
            FieldSpec(
                "headline",
                translate("TargetsView", "&Headline"),
                placeholder=translate("TargetsView", "(your profile's headline)"),
                tooltip=translate(
                    "TargetsView", "The line under your name, for this employer only"
                ),
            ),
            FieldSpec("summary", translate("TargetsView", "&Summary"), "text"),
            FieldSpec(
                "page_target",
                translate("TargetsView", "Page tar&get"),
                "int",
                minimum=1,
                maximum=5,
                tooltip=translate("TargetsView", "How many pages this résumé should take"),
            ),
        ]
        self.form = RecordForm(host.context, Target, specs)
        self.form.setObjectName("resumeForm")
        self.form.command_texts.update(
            headline=translate("TargetsView", "Edit Headline"),
            summary=translate("TargetsView", "Edit Summary"),
            page_target=translate("TargetsView", "Edit Page Target"),
        )
        self.roles_model = RolesShownModel(self)
        self.roles_model.role_toggled.connect(self._on_roles_model_role_toggled)
        self.roles_list = QListView()
        self.roles_list.setModel(self.roles_model)
        self.roles_list.setObjectName("targetRoles")
        self.roles_list.setAccessibleName(translate("TargetsView", "Roles shown"))
        self.roles_list.setMaximumHeight(170)
        # A long "title, employer" wraps in a narrow pane instead of scrolling sideways.
        self.roles_list.setWordWrap(True)
        self.roles_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.export_button = QPushButton(translate("TargetsView", "Preview and &Export Résumé…"))
        self.export_button.setObjectName("exportTargetResume")
        self.export_button.clicked.connect(lambda: host.show_export("resume"))
        self.exports_model = ExportsModel(self)
        self.exports_table = table_on(
            self.exports_model,
            "exportsTable",
            translate("TargetsView", "Documents sent"),
            name_column=FILE_COLUMN,
            name_share=0.3,  # a file name elides well at the end
        )
        # A file's name keeps its start and its extension when it is cut.
        self.exports_table.setItemDelegateForColumn(
            FILE_COLUMN, MiddleElidingDelegate(self.exports_table)
        )
        self.exports_table.activated.connect(self._on_exports_table_activated)
        self.exports_table.setToolTip(
            translate("TargetsView", "Double-click a row to open the file")
        )

        settings = QWidget()
        box = QVBoxLayout(settings)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.form)
        box.addWidget(
            section_title(
                translate("TargetsView", "Roles shown (untick to leave a role out)"),
                self.roles_list,
            )
        )
        box.addWidget(self.roles_list)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(
            section_title(
                translate("TargetsView", "Documents sent for this target"), self.exports_table
            )
        )
        box.addWidget(self.exports_table, 1)
        self.preview = lay_out_beside_preview(
            self, settings, host, "resume", translate("TargetsView", "Preview of the résumé")
        )

    def show_target(self, target: Target) -> None:
        """Shows the target's roles and exports."""
        roles = newest_first(self.host.store.records(Role))
        self.roles_model.set_roles(roles, set(target.hidden_role_ids))
        # A template by its name, in the interface's language.
        styles = load_catalog(paths.templates_dir()).styles if target.exports else {}
        templates = {key: template_text(style.name) for key, style in styles.items()}
        self.exports_model.set_exports(target.exports, templates)

    def _on_roles_model_role_toggled(self, role_id: str, shown: bool) -> None:
        target = self.host.current_target()
        if target is None:
            return
        if shown:
            text = translate("TargetsView", "Show Role")
        else:
            text = translate("TargetsView", "Hide Role")
        self.host.push_change(text, target, with_role_shown(target, role_id, shown))

    def _on_exports_table_activated(self, index: QModelIndex) -> None:
        path = Path(index.data(TargetItemRole.PATH) or "")
        if path.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("TargetsView", "File Not Found"),
            translate("TargetsView", "“%1” is no longer there; it was moved or deleted.").replace(
                "%1", str(path)
            ),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        box.deleteLater()
