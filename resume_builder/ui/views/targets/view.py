"""The Targets view's coordinator: the list of targets, and the tabs of the one selected."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import (
    Accomplishment,
    Role,
    Skill,
    Target,
    newest_first,
    now_iso,
)
from resume_builder.services.target_edits import with_chosen
from resume_builder.services.targets import (
    Tailoring,
    TargetUnarchiveBlocked,
    duplicate_target,
    tailor,
    with_archived,
)
from resume_builder.ui import settings as setting_keys
from resume_builder.ui.commands import ChangeRecordsCommand, add_records
from resume_builder.ui.models.records import Column
from resume_builder.ui.models.targets import TargetFilterProxyModel
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.record_page import PageHostView, PageTexts, RecordPage
from resume_builder.ui.views.targets.application import ApplicationTab
from resume_builder.ui.views.targets.bullets import MAX_SHOWN
from resume_builder.ui.views.targets.documents import TargetDocuments
from resume_builder.ui.views.targets.letter import LetterTab
from resume_builder.ui.views.targets.parts import within
from resume_builder.ui.views.targets.posting import PostingTab
from resume_builder.ui.views.targets.resume import ResumeTab
from resume_builder.ui.views.targets.tailor import TailorTab
from resume_builder.ui.widgets.skill_tags import FlowLayout
from resume_builder.ui.workers import AccomplishmentIndexer

#: how long the posting must be still before its requirements are read again
REREAD_DELAY_MS = 250

TAB_POSTING, TAB_TAILOR, TAB_RESUME, TAB_LETTER, TAB_APPLICATION = range(5)


def _list_name(target: Target) -> str:
    # Many applications share a title; the employer tells them apart in a narrow list.
    if target.name.strip() or not target.company.strip():
        return target.label()
    return " — ".join(p for p in (target.company.strip(), target.title.strip()) if p)


def _newest_first(target: Target) -> tuple:
    # Archived ones sink to the bottom; among the rest the newest comes first.
    return (target.archived, "".join(chr(0x10FFFF - ord(c)) for c in target.created))


class TargetsView(PageHostView):
    """Targets as a list; for the selected one: its posting, the tailoring, résumé and letter."""

    key = "targets"

    def __init__(self, context: ViewContext, parent: QWidget | None = None, today=None):
        super().__init__(context, parent)
        self.today: date | None = today
        #: what the tailoring tab shows for the current target
        self.tailoring: Tailoring | None = None
        #: the posting text the tailoring was worked out from
        self._posting_shown: str | None = None
        self.export_dialog = None
        self.indexer = AccomplishmentIndexer(self._records_to_index, parent=self)
        self.indexer.built.connect(self.refresh)
        self.documents = TargetDocuments(self)

        columns = [
            Column(
                self.tr("Target"),
                lambda t: _list_name(t) + (self.tr(" (archived)") if t.archived else ""),
            ),
            Column(
                self.tr("Exports"),
                lambda t: str(len(t.exports)),
                sort_key=lambda t: len(t.exports),
                align_right=True,
            ),
            Column(self.tr("Created"), lambda t: t.created[:10]),
        ]
        texts = PageTexts(
            plural=self.tr("targets"),
            add_command=self.tr("Add Target"),
            delete_command=lambda n: self.tr("Delete %n Target(s)", "", n),
            empty=self.tr(
                "No targets yet. A target is one job you apply for: paste its posting, and "
                "the app finds what it asks for, suggests the accomplishments that prove it, "
                "and shows what your résumé does not cover yet."
            ),
            select_hint=self.tr("Select a target, or add one for the next job you apply for."),
        )
        self.proxy = TargetFilterProxyModel(self)
        self.page = RecordPage(
            context,
            Target,
            columns,
            [],
            texts,
            setting_keys.TARGETS_VIEW,
            order_key=_newest_first,
            proxy=self.proxy,
            parent=self,
        )
        self._build_list_tools()
        self.posting_tab = PostingTab(context)
        self.tailor_tab = TailorTab(self)
        self.resume_tab = ResumeTab(self)
        self.letter_tab = LetterTab(self)
        self.application_tab = ApplicationTab(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("targetTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.posting_tab, self.tr("&Posting"))
        self.tabs.addTab(self.tailor_tab, self.tr("T&ailor"))
        self.tabs.addTab(self.resume_tab, self.tr("&Résumé"))
        self.tabs.addTab(self.letter_tab, self.tr("Cover &Letter"))
        self.tabs.addTab(self.application_tab, self.tr("Applica&tion"))
        self._name_parts()
        self.page.editor_layout.addWidget(self.tabs, 1)
        self.page.form.hide()
        # The list names targets; the work happens on the right.
        self.page.splitter.setStretchFactor(0, 1)
        self.page.splitter.setStretchFactor(1, 4)
        self.page.splitter.setSizes([260, 1140])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REREAD_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.page.selection_changed.connect(self.actions_changed)
        self.page.selection_changed.connect(self._update_list_tools)
        self.page.current_record_changed.connect(self._on_page_current_record_changed)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self._on_page_current_record_changed(None)

    def _name_parts(self) -> None:
        """The widgets the window, its tests and its scripts reach by name."""
        tailor_tab = self.tailor_tab
        self.posting_form = self.posting_tab.form
        self.name_problem = self.posting_tab.name_problem
        self.requirements_table = tailor_tab.requirements.table
        self.add_requirement_edit = tailor_tab.requirements.add_edit
        self.restore_requirements_button = tailor_tab.requirements.restore_button
        self.score_bar = tailor_tab.coverage.score_bar
        self.covered_label = tailor_tab.coverage.covered_label
        self.gaps_tree = tailor_tab.coverage.gaps_tree
        self.ranking_table = tailor_tab.ranking.table
        self.ranking_note = tailor_tab.ranking.note
        self.chosen_list = tailor_tab.chosen.list
        self.original_button = tailor_tab.chosen.original_button
        self.tailor_empty = tailor_tab.empty
        self.tailor_splitter = tailor_tab.splitter
        self.resume_form = self.resume_tab.form
        self.roles_list = self.resume_tab.roles_list
        self.exports_table = self.resume_tab.exports_table
        self.export_resume_button = self.resume_tab.export_button
        self.resume_preview = self.resume_tab.preview
        self.letter_form = self.letter_tab.form
        self.draft_button = self.letter_tab.draft_button
        self.export_letter_button = self.letter_tab.export_button
        self.letter_preview = self.letter_tab.preview

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Targets")

    def icon_name(self) -> str:
        return "targets"

    def export_current(self) -> bool:
        """Ctrl+E on a target exports its résumé (its letter from the letter's tab)."""
        if self.current_target() is None:
            return False
        self.show_export("letter" if self.tabs.currentIndex() == TAB_LETTER else "resume")
        return True

    def delete_selected(self) -> None:
        """Delete acts where the focus is: on a requirement, a bullet, or the targets."""
        focus = QApplication.focusWidget()
        if within(focus, self.requirements_table):
            self.tailor_tab.requirements.remove_selected()
        elif within(focus, self.chosen_list):
            self.tailor_tab.chosen.unchoose_current()
        elif within(focus, self.ranking_table) or within(focus, self.gaps_tree):
            return  # unticking is how a suggestion goes; the target itself stays
        elif within(focus, self.application_tab.contacts_table):
            self.application_tab.remove_selected_contact()  # the person stays in People
        elif within(focus, self.application_tab.history_table) or within(
            focus, self.application_tab.meetings_table
        ):
            return  # a move is taken back by undo, a meeting on its own page
        else:
            self.page.delete_selected()

    def add_new(self) -> None:
        self.page.add_new()
        self.tabs.setCurrentIndex(TAB_POSTING)
        self.posting_form.widgets["company"].setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_work(self) -> None:
        """Stops the previews' typesetting and the indexing before the window goes."""
        self.resume_preview.stop()
        self.letter_preview.stop()
        self.indexer.wait()

    # ----------------------------------------------------------------- the list's tools
    def _build_list_tools(self) -> None:
        self.show_archived_check = QCheckBox(self.tr("Show archi&ved"))
        self.show_archived_check.setObjectName("showArchived")
        self.show_archived_check.toggled.connect(self.proxy.set_show_archived)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setObjectName("duplicateTarget")
        self.duplicate_button.setToolTip(
            self.tr("Start a new target from this one: same choices and wording, no exports")
        )
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.archive_button = QPushButton(self.tr("Arc&hive"))
        self.archive_button.setObjectName("archiveTarget")
        self.archive_button.setToolTip(
            self.tr("Put a finished application out of the way; it keeps everything")
        )
        self.archive_button.clicked.connect(self.toggle_archived)
        row = FlowLayout(spacing=6)  # wraps in a narrow list rather than widen the window
        row.addWidget(self.show_archived_check)
        row.addWidget(self.duplicate_button)
        row.addWidget(self.archive_button)
        list_pane = self.page.filter_edit.parentWidget()
        list_pane.setMinimumWidth(200)  # room for a target's name beside its two counts
        self.page.column_fitter.name_share = 0.5  # the name tells targets apart, not the dates
        list_pane.layout().addLayout(row)

    def _update_list_tools(self) -> None:
        target = self.current_target()
        self.duplicate_button.setEnabled(target is not None)
        self.archive_button.setEnabled(target is not None)
        self.archive_button.setText(
            self.tr("Unarc&hive") if target is not None and target.archived else self.tr("Arc&hive")
        )

    @Slot()
    def duplicate_current(self) -> None:
        """Adds a copy of the current target and selects it."""
        target = self.current_target()
        if target is None:
            return
        # "Name (copy)", then "Name (copy 2)": never a second target of one name.
        copy = duplicate_target(target, self.store.records(Target), copy_word=self.tr("copy"))
        self.undo_stack.push(add_records(self.store, [copy], self.tr("Duplicate Target")))
        self.page.filter_edit.clear()
        self.select_target(copy.id)
        self.tabs.setCurrentIndex(TAB_POSTING)

    @Slot()
    def toggle_archived(self) -> None:
        """Archives the current target, or brings an archived one back."""
        target = self.current_target()
        if target is None:
            return
        text = self.tr("Unarchive Target") if target.archived else self.tr("Archive Target")
        try:
            changed = with_archived(self.store.records(Target), target, not target.archived)
        except TargetUnarchiveBlocked as blocked:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Target Not Unarchived"),
                self.tr(
                    "Another target is called “%1”. Rename or archive it first, so that every "
                    "target keeps a name of its own."
                ).replace("%1", blocked.holder.label()),
                parent=self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            box.deleteLater()
            return
        self.push_change(text, target, changed)

    # ----------------------------------------------------------------- the current target
    def current_target(self) -> Target | None:
        """The target being worked on, or None."""
        return self.page.current_record()

    def select_target(self, target_id: str) -> bool:
        """Selects a target in the list (showing archived ones if needed)."""
        target = self.store.get(Target, target_id)
        if target is not None and target.archived:
            self.show_archived_check.setChecked(True)
        return self.page.select_record(target_id)

    def change(self, text: str, **changes) -> None:
        """One undo step that changes fields of the current target."""
        target = self.current_target()
        if target is not None:
            self.push_change(text, target, replace(target, **changes, updated=now_iso()))

    def push_change(self, text: str, before: Target, after: Target) -> None:
        """One undo step from a target as it was to the target a service function made."""
        if after != before:
            self.undo_stack.push(ChangeRecordsCommand(self.store, text, [before], [after]))

    # ----------------------------------------------------------------- the résumé's bullets
    def set_chosen(self, ids: list[str], text: str) -> None:
        """Puts exactly these accomplishments, in this order, on the target's résumé."""
        target = self.current_target()
        if target is None or self.tailoring is None:
            return
        self.push_change(text, target, with_chosen(target, ids))

    def choose(self, accomplishment_id: str) -> None:
        """Puts an accomplishment on the résumé, after those already there."""
        if self.tailoring is None or accomplishment_id in self.tailoring.chosen:
            return
        self.set_chosen([*self.tailoring.chosen, accomplishment_id], self.tr("Use Bullet"))

    def unchoose(self, accomplishment_id: str) -> None:
        """Takes an accomplishment off the résumé; the others keep their order."""
        if self.tailoring is None:
            return
        ids = [i for i in self.tailoring.chosen if i != accomplishment_id]
        self.set_chosen(ids, self.tr("Take Bullet Off the Résumé"))

    # ----------------------------------------------------------------- documents
    def preview_request(self, kind: str):
        """What the résumé or letter preview typesets now: (request, snapshot), or None."""
        preview = self.letter_preview if kind == "letter" else self.resume_preview
        return self.documents.preview_request(kind, preview)

    def document_plan(self, kind: str):
        """What the Export dialog offers for the current target."""
        return self.documents.plan(kind)

    @Slot()
    def draft_letter(self) -> None:
        """Replaces the letter with a fresh draft from the template (undoable)."""
        self.documents.draft_letter(self.letter_tab.language.currentData())

    @Slot()
    def show_export(self, kind: str = "resume") -> None:
        """Opens the Export dialog on this target's résumé or letter; exports are recorded."""
        from resume_builder.ui.views.export_dialog import ExportDialog

        target = self.current_target()
        if target is None:
            return
        if kind == "letter" and not target.letter.strip():
            self.draft_letter()
        dialog = ExportDialog(self.context, self, plan=self.document_plan(kind))
        dialog.document_exported.connect(
            lambda request, result: self.documents.record_export(target.id, request, result)
        )
        self.export_dialog = dialog
        dialog.exec()
        self.export_dialog = None
        dialog.deleteLater()

    # ----------------------------------------------------------------- refreshing
    def _on_page_current_record_changed(self, record_id) -> None:
        for form in (self.posting_form, self.resume_form, self.letter_form):
            form.set_record(record_id)
        self.application_tab.set_target(record_id)
        self.tabs.setVisible(record_id is not None)
        self._update_list_tools()
        self.refresh()

    def _on_store_changed(self, kind: str, ids: list) -> None:
        if kind in (Accomplishment.KIND, Role.KIND):
            # Roles date the undated accomplishments: either change means a new index.
            self.indexer.invalidate()
            self._refresh_timer.start()
        elif kind == Skill.KIND:
            self._refresh_timer.start()  # names and aliases change what the posting finds
        elif kind != Target.KIND:
            # The profile and the background sections show in the documents too.
            self.resume_preview.schedule()
            self.letter_preview.schedule()
        else:
            target = self.current_target()
            if target is not None and target.id in ids:
                self._update_list_tools()
                # A posting being typed is read again once the typing pauses; every other
                # change shows at once.
                if self.tailoring is not None and self._posting_shown == target.posting:
                    self.refresh()
                else:
                    self._refresh_timer.start()

    def _records_to_index(self) -> tuple[list, dict]:
        return self.store.records(Accomplishment), {r.id: r for r in self.store.records(Role)}

    def index(self):
        """The accomplishments prepared for ranking, or None while the first one is built.

        A small record is indexed at once. A large one (about 0.1 s per 1,000
        accomplishments) is indexed on the application's pool, and until it is ready the
        last index keeps serving, so an edit never freezes the window.
        """
        return self.indexer.get()

    @Slot()
    def refresh(self) -> None:
        """Works out requirements, ranking and coverage for the current target and shows them."""
        self._refresh_timer.stop()
        target = self.current_target()
        if target is None:
            self.tailoring = None
            self._posting_shown = None
            return
        index = self.index()
        if index is None:
            self.tailoring = None
            self.tailor_tab.show_reading()
            return
        # Only what the list shows is ranked in full; the rest is counted.
        self.tailoring = tailor(
            target,
            self.store.records(Skill),
            index,
            lambda accomplishment_id: self.store.get(Accomplishment, accomplishment_id),
            [r.id for r in newest_first(self.store.records(Role))],
            today=self.today,
            top=MAX_SHOWN,
        )
        self._posting_shown = target.posting
        self.tailor_tab.show_target(target, self.tailoring)
        self.resume_tab.show_target(target)
        self.resume_preview.schedule()
        self.letter_preview.schedule()
