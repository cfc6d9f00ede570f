"""The Targets page: one job posting each, and the résumé and cover letter tailored to it."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resume_builder import paths
from resume_builder.domain.models import (
    Accomplishment,
    Role,
    Skill,
    Target,
    newest_first,
    now_iso,
)
from resume_builder.export.style import available_styles
from resume_builder.services.documents import (
    ExportRequest,
    default_page_size,
    snapshot_of,
    what_is_missing,
)
from resume_builder.services.tailoring import AccomplishmentIndex, Requirement
from resume_builder.services.target_edits import (
    with_must_have,
    with_requirement_added,
    with_requirements_restored,
    with_requirements_struck,
)
from resume_builder.services.targets import (
    Tailoring,
    TargetNameTaken,
    TargetUnarchiveBlocked,
    duplicate_target,
    export_entry,
    name_holder,
    resume_options,
    tailor,
    term_key,
    with_archived,
    with_export,
)
from resume_builder.ui.commands import ChangeRecordsCommand, add_records
from resume_builder.ui.forms import FieldSpec, RecordForm
from resume_builder.ui.models.records import Column, RecordFilterProxyModel, RecordListModel
from resume_builder.ui.template_words import template_text
from resume_builder.ui.tooltips import plain_tooltip
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.record_page import (
    PROBLEM_COLOUR,
    ColumnFitter,
    PageHostView,
    PageTexts,
    RecordPage,
)
from resume_builder.ui.widgets.live_preview import LivePreview
from resume_builder.ui.widgets.skill_tags import FlowLayout

#: Qt's "no maximum" for a widget's size
QWIDGETSIZE_MAX = (1 << 24) - 1
#: at most this many suggestions are listed; the rest add nothing a reader would scroll to
MAX_SHOWN = 100
#: about two lines of the coverage label's list of covered requirements
COVERED_CHARS = 110
#: from this many accomplishments on, the index is built on a worker thread
BACKGROUND_INDEX_FROM = 2000
#: how long the posting must be still before its requirements are read again
REREAD_DELAY_MS = 250
_ID_ROLE = Qt.ItemDataRole.UserRole
_TERM_ROLE = Qt.ItemDataRole.UserRole + 1
_PATH_ROLE = Qt.ItemDataRole.UserRole + 2

TAB_POSTING, TAB_TAILOR, TAB_RESUME, TAB_LETTER = range(4)


class _IndexSignals(QObject):
    """Brings an index built on a worker back to the window's thread."""

    built = Signal(object, int)  # the AccomplishmentIndex, the generation it was built for


class TargetFilterProxyModel(RecordFilterProxyModel):
    """The filter of a record list, which also hides archived targets unless asked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_archived = False

    def set_show_archived(self, show: bool) -> None:
        """Shows or hides archived targets."""
        if show == self.show_archived:
            return
        self.beginFilterChange()
        self.show_archived = show
        self.endFilterChange(RecordFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        source = self.sourceModel()
        if not self.show_archived and isinstance(source, RecordListModel):
            record = source.record_at(source_row)
            if record is not None and record.archived:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class WrappingTable(QTableWidget):
    """A table whose rows grow to show wrapped text whole, at whatever width it gets."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Only after the layout gave the table its width can rows know their height.
            QTimer.singleShot(0, self.resizeRowsToContents)


@contextmanager
def _filling(table: QTableWidget):
    """Fills a table quietly: no item signals, and columns sized to their content once.

    A column that resizes to its contents measures every row at every setItem, which made
    filling a hundred rows take longer than ranking ten thousand accomplishments.
    """
    header = table.horizontalHeader()
    fitted = [
        column
        for column in range(table.columnCount())
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
    ]
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    table.blockSignals(True)
    try:
        yield
    finally:
        table.blockSignals(False)
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _first_terms(terms: list[str], limit: int) -> list[str]:
    """As many terms from the start as fit in `limit` characters joined (at least one)."""
    taken: list[str] = []
    length = 0
    for term in terms:
        length += len(term) + 2
        if taken and length > limit:
            break
        taken.append(term)
    return taken


def _list_name(target: Target) -> str:
    # Many applications share a title; the employer tells them apart in a narrow list.
    if target.name.strip() or not target.company.strip():
        return target.label()
    return " — ".join(p for p in (target.company.strip(), target.title.strip()) if p)


def _within(widget: QWidget | None, container: QWidget) -> bool:
    return widget is not None and (widget is container or container.isAncestorOf(widget))


def _newest_first(target: Target) -> tuple:
    # Archived ones sink to the bottom; among the rest the newest comes first.
    return (target.archived, "".join(chr(0x10FFFF - ord(c)) for c in target.created))


class TargetsView(PageHostView):
    """Targets as a list; for the selected one: its posting, the tailoring, résumé and letter."""

    key = "targets"

    def __init__(self, context: ViewContext, parent: QWidget | None = None, today=None):
        super().__init__(context, parent)
        self.today: date | None = today
        self._index: AccomplishmentIndex | None = None
        #: what the tailoring tab shows for the current target
        self.tailoring: Tailoring | None = None
        #: what the ranking table shows, to fill it again only when that changes
        self._ranking_shown: list | None = None
        self._index_stale = True
        self._index_generation = 0
        self._index_building = False
        self._index_pool = QThreadPool(self)
        self._index_pool.setMaxThreadCount(1)
        self._index_signals = _IndexSignals(self)
        self._index_signals.built.connect(self._on_index_signals_built)
        #: the posting text the tailoring was worked out from
        self._posting_shown: str | None = None
        self.export_dialog = None

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
            "views/targets",
            order_key=_newest_first,
            proxy=self.proxy,
            parent=self,
        )
        self._build_list_tools()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("targetTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_posting_tab(), self.tr("&Posting"))
        self.tabs.addTab(self._build_tailor_tab(), self.tr("T&ailor"))
        self.tabs.addTab(self._build_resume_tab(), self.tr("&Résumé"))
        self.tabs.addTab(self._build_letter_tab(), self.tr("Cover &Letter"))
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

    def _empty_tailor_text(self) -> str:
        return self.tr(
            "Paste the job posting on the Posting tab: its requirements and the "
            "accomplishments that prove them show up here."
        )

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
        if _within(focus, self.requirements_table):
            self.remove_selected_requirements()
        elif _within(focus, self.chosen_list):
            self.unchoose_current()
        elif _within(focus, self.ranking_table) or _within(focus, self.gaps_tree):
            return  # unticking is how a suggestion goes; the target itself stays
        else:
            self.page.delete_selected()

    def add_new(self) -> None:
        self.page.add_new()
        self.tabs.setCurrentIndex(TAB_POSTING)
        self.posting_form.widgets["company"].setFocus(Qt.FocusReason.OtherFocusReason)

    # ----------------------------------------------------------------- building
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
        list_layout = list_pane.layout()
        list_layout.addLayout(row)

    def _build_posting_tab(self) -> QWidget:
        specs = [
            FieldSpec("company", self.tr("&Company"), placeholder=self.tr("Northwind Retail")),
            FieldSpec("title", self.tr("Job &title"), placeholder=self.tr("Head of IT Operations")),
            FieldSpec(
                "name",
                self.tr("&Name"),
                placeholder=self.tr("(optional) what you call this application"),
            ),
            FieldSpec("location", self.tr("L&ocation"), placeholder=self.tr("Stockholm")),
            FieldSpec("link", self.tr("Lin&k"), placeholder="https://"),
            FieldSpec(
                "posting",
                self.tr("Posting &text"),
                "text",
                placeholder=self.tr("Paste the whole job posting here."),
            ),
            FieldSpec("notes", self.tr("Notes"), "text"),
        ]
        self.posting_form = RecordForm(self.context, Target, specs)
        self.posting_form.setObjectName("postingForm")
        # Undo names the field in words ("Undo Edit Job Posting"), never by its key.
        self.posting_form.command_texts.update(
            company=self.tr("Edit Company"),
            title=self.tr("Edit Job Title"),
            name=self.tr("Edit Application Name"),
            location=self.tr("Edit Location"),
            link=self.tr("Edit Link"),
            posting=self.tr("Edit Job Posting"),
            notes=self.tr("Edit Notes"),
        )
        # Names are unique (the command line finds a target by its name): a taken one is
        # never stored, and the form says why.
        self.posting_form.guards["name"] = self._name_objection
        self.posting_form.problems_changed.connect(self._on_posting_form_problems_changed)
        self.posting_form.widgets["name"].editingFinished.connect(self._on_name_editing_finished)
        self.name_problem = QLabel()
        self.name_problem.setObjectName("nameProblem")
        self.name_problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a user's name
        self.name_problem.setWordWrap(True)
        self.name_problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.name_problem.hide()
        posting = self.posting_form.widgets["posting"]
        posting.setObjectName("postingText")
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.posting_form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box.addWidget(self.posting_form)
        box.addWidget(self.name_problem)
        # The posting is long: it gets the height the form's rows cannot give it.
        for name, stretch in (("posting", 1), ("notes", 0)):
            widget = self.posting_form.widgets[name]
            label = self._take_out_of_form(self.posting_form, widget)
            box.addWidget(label)
            box.addWidget(widget, stretch)
        self.posting_form.widgets["notes"].setMaximumHeight(110)
        return tab

    def _take_out_of_form(self, form: RecordForm, widget: QWidget) -> QLabel:
        """Moves a field and its label out of a form's rows (the form still edits it)."""
        label = form.layout_.labelForField(widget)
        form.layout_.takeRow(widget)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        widget.setMaximumHeight(QWIDGETSIZE_MAX)
        return label

    def _build_tailor_tab(self) -> QWidget:
        # Requirements
        self.requirements_table = QTableWidget(0, 3)
        self.requirements_table.setObjectName("requirementsTable")
        self.requirements_table.setAccessibleName(self.tr("Requirements"))
        self.requirements_table.setHorizontalHeaderLabels(
            [self.tr("Requirement"), self.tr("Kind"), self.tr("Must have")]
        )
        self._setup_table(self.requirements_table)
        self.requirements_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.requirements_table.itemChanged.connect(self._on_requirements_table_item_changed)
        self.requirements_table.itemSelectionChanged.connect(self._update_tailor_buttons)
        self.add_requirement_edit = QLineEdit()
        self.add_requirement_edit.setObjectName("addRequirement")
        self.add_requirement_edit.setPlaceholderText(self.tr("Add a requirement…"))
        self.add_requirement_edit.setClearButtonEnabled(True)
        self.add_requirement_edit.returnPressed.connect(self.add_requirement)
        self.add_requirement_button = QPushButton(self.tr("Add"))
        self.add_requirement_button.setObjectName("addRequirementButton")
        self.add_requirement_button.clicked.connect(self.add_requirement)
        self.remove_requirement_button = QPushButton(self.tr("Remove"))
        self.remove_requirement_button.setObjectName("removeRequirement")
        self.remove_requirement_button.setToolTip(self.tr("Remove the selected requirements (Del)"))
        self.remove_requirement_button.clicked.connect(self.remove_selected_requirements)
        self.restore_requirements_button = QPushButton(self.tr("Restore Removed"))
        self.restore_requirements_button.setObjectName("restoreRequirements")
        self.restore_requirements_button.clicked.connect(self.restore_removed_requirements)
        requirements = QWidget()
        box = QVBoxLayout(requirements)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._title(self.tr("What the posting asks for"), self.requirements_table))
        box.addWidget(self.requirements_table, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_requirement_edit, 1)
        add_row.addWidget(self.add_requirement_button)
        box.addLayout(add_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_requirement_button)
        buttons.addWidget(self.restore_requirements_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        # Coverage
        self.score_bar = QProgressBar()
        self.score_bar.setObjectName("matchScore")
        self.score_bar.setRange(0, 100)
        self.score_bar.setFormat(self.tr("Match: %p%"))
        self.score_bar.setAccessibleName(self.tr("Match score"))
        self.covered_label = QLabel()
        self.covered_label.setObjectName("coveredLabel")
        self.covered_label.setTextFormat(Qt.TextFormat.PlainText)
        self.covered_label.setWordWrap(True)
        self.gaps_tree = QTreeWidget()
        self.gaps_tree.setObjectName("gapsTree")
        self.gaps_tree.setAccessibleName(self.tr("Gaps"))
        self.gaps_tree.setHeaderHidden(True)
        self.gaps_tree.setWordWrap(True)
        self.gaps_tree.setUniformRowHeights(False)
        self.gaps_tree.itemActivated.connect(self._on_gaps_tree_item_activated)
        self.gaps_tree.setToolTip(
            self.tr("Double-click (or Enter on) a suggestion to put it on the résumé")
        )
        coverage_pane = QWidget()
        box = QVBoxLayout(coverage_pane)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._title(self.tr("Coverage"), self.gaps_tree))
        box.addWidget(self.score_bar)
        box.addWidget(self.covered_label)
        box.addWidget(QLabel(self.tr("Gaps, and what would close them:")))
        box.addWidget(self.gaps_tree, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(requirements)
        left.addWidget(coverage_pane)
        left.setSizes([420, 380])

        # Ranking
        self.ranking_table = WrappingTable(0, 3)
        self.ranking_table.setObjectName("rankingTable")
        self.ranking_table.setAccessibleName(self.tr("Suggested accomplishments"))
        self.ranking_table.setHorizontalHeaderLabels(
            [self.tr("Accomplishment"), self.tr("Score"), self.tr("Matches")]
        )
        self._setup_table(self.ranking_table, stretch=0)  # the matches wrap beside it
        self.ranking_table.itemChanged.connect(self._on_ranking_table_item_changed)
        self.ranking_note = QLabel()
        self.ranking_note.setObjectName("rankingNote")
        self.ranking_note.setWordWrap(True)
        self.ranking_note.setEnabled(False)
        ranking = QWidget()
        box = QVBoxLayout(ranking)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            self._title(
                self.tr("Suggested accomplishments (tick the ones to use)"), self.ranking_table
            )
        )
        box.addWidget(self.ranking_table, 1)
        box.addWidget(self.ranking_note)

        # Chosen
        self.chosen_list = QListWidget()
        self.chosen_list.setObjectName("chosenList")
        self.chosen_list.setAccessibleName(self.tr("On this résumé"))
        self.chosen_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.chosen_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.chosen_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.chosen_list.setWordWrap(True)
        self.chosen_list.setAlternatingRowColors(True)
        self.chosen_list.model().rowsMoved.connect(self._on_chosen_rows_moved)
        self.chosen_list.itemChanged.connect(self._on_chosen_list_item_changed)
        self.chosen_list.currentRowChanged.connect(self._update_tailor_buttons)
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.up_button.setObjectName("moveUp")
        self.up_button.setToolTip(self.tr("Move the bullet up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.down_button.setObjectName("moveDown")
        self.down_button.setToolTip(self.tr("Move the bullet down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_chosen(1))
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(Qt.Modifier.ALT | key), self.chosen_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_chosen(step))
        self.reword_button = QPushButton(self.tr("Re&word"))
        self.reword_button.setObjectName("rewordBullet")
        self.reword_button.setToolTip(
            self.tr("Word this bullet for this target only (F2); the accomplishment stays as it is")
        )
        self.reword_button.clicked.connect(self.reword_current)
        self.original_button = QPushButton(self.tr("Original Wording"))
        self.original_button.setObjectName("originalWording")
        self.original_button.clicked.connect(self.restore_original_wording)
        self.unchoose_button = QPushButton(self.tr("Take Off"))
        self.unchoose_button.setObjectName("unchooseBullet")
        self.unchoose_button.setToolTip(self.tr("Take the bullet off this résumé (Del)"))
        self.unchoose_button.clicked.connect(self.unchoose_current)
        chosen = QWidget()
        box = QVBoxLayout(chosen)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            self._title(
                self.tr("On this résumé (drag to reorder, double-click to reword)"),
                self.chosen_list,
            )
        )
        box.addWidget(self.chosen_list, 1)
        buttons = FlowLayout(spacing=6)  # five buttons in a row set the window's minimum width
        for button in (
            self.up_button,
            self.down_button,
            self.reword_button,
            self.original_button,
            self.unchoose_button,
        ):
            buttons.addWidget(button)
        box.addLayout(buttons)
        self.chosen_note = QLabel(
            self.tr(
                "Each bullet appears under its role; within a role, in this order. Reworded "
                "bullets are in italics."
            )
        )
        self.chosen_note.setWordWrap(True)
        self.chosen_note.setEnabled(False)
        box.addWidget(self.chosen_note)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(ranking)
        right.addWidget(chosen)
        right.setSizes([470, 330])

        self.tailor_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tailor_splitter.setObjectName("tailorSplitter")
        self.tailor_splitter.setChildrenCollapsible(False)
        self.tailor_splitter.addWidget(left)
        self.tailor_splitter.addWidget(right)
        self.tailor_splitter.setStretchFactor(0, 2)
        self.tailor_splitter.setStretchFactor(1, 3)
        self.tailor_splitter.setSizes([420, 680])
        self.tailor_empty = QLabel(self._empty_tailor_text())
        self.tailor_empty.setObjectName("tailorEmpty")
        self.tailor_empty.setWordWrap(True)
        self.tailor_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addWidget(self.tailor_empty)
        box.addWidget(self.tailor_splitter, 1)
        return tab

    def _build_resume_tab(self) -> QWidget:
        specs = [
            FieldSpec(
                "headline",
                self.tr("&Headline"),
                placeholder=self.tr("(your profile's headline)"),
                tooltip=self.tr("The line under your name, for this employer only"),
            ),
            FieldSpec("summary", self.tr("&Summary"), "text"),
            FieldSpec(
                "page_target",
                self.tr("Page tar&get"),
                "int",
                minimum=1,
                maximum=5,
                tooltip=self.tr("How many pages this résumé should take"),
            ),
        ]
        self.resume_form = RecordForm(self.context, Target, specs)
        self.resume_form.setObjectName("resumeForm")
        self.resume_form.command_texts.update(
            headline=self.tr("Edit Headline"),
            summary=self.tr("Edit Summary"),
            page_target=self.tr("Edit Page Target"),
        )
        self.roles_list = QListWidget()
        self.roles_list.setObjectName("targetRoles")
        self.roles_list.setAccessibleName(self.tr("Roles shown"))
        self.roles_list.itemChanged.connect(self._on_roles_list_item_changed)
        self.roles_list.setMaximumHeight(170)
        # A long "title, employer" wraps in a narrow pane instead of scrolling sideways.
        self.roles_list.setWordWrap(True)
        self.roles_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.export_resume_button = QPushButton(self.tr("Preview and &Export Résumé…"))
        self.export_resume_button.setObjectName("exportTargetResume")
        self.export_resume_button.clicked.connect(lambda: self.show_export("resume"))
        self.exports_table = QTableWidget(0, 5)
        self.exports_table.setObjectName("exportsTable")
        self.exports_table.setAccessibleName(self.tr("Documents sent"))
        self.exports_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Document"), self.tr("Format"), self.tr("Template"),
             self.tr("File")]
        )  # fmt: skip
        self._setup_table(self.exports_table, stretch=4)
        self.exports_table.column_fitter.name_share = 0.3  # a file name elides well at the end
        self.exports_table.itemActivated.connect(self._on_exports_table_item_activated)
        self.exports_table.setToolTip(self.tr("Double-click a row to open the file"))
        settings = QWidget()
        box = QVBoxLayout(settings)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.resume_form)
        box.addWidget(
            self._title(self.tr("Roles shown (untick to leave a role out)"), self.roles_list)
        )
        box.addWidget(self.roles_list)
        row = QHBoxLayout()
        row.addWidget(self.export_resume_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self._title(self.tr("Documents sent for this target"), self.exports_table))
        box.addWidget(self.exports_table, 1)
        self.resume_preview = self._make_preview("resume")
        return self._beside_preview(settings, self.resume_preview, "resumeSplitter")

    def _make_preview(self, kind: str) -> LivePreview:
        preview = LivePreview(lambda: self.preview_request(kind), paths.templates_dir())
        preview.setObjectName(f"{kind}Preview")
        preview.pages.view.setAccessibleName(
            self.tr("Preview of the cover letter")
            if kind == "letter"
            else self.tr("Preview of the résumé")
        )
        preview.setMinimumWidth(280)  # beside its settings in a 1024-pixel window
        return preview

    def _beside_preview(self, left: QWidget, preview: LivePreview, name: str) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName(name)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 540])
        return splitter

    def _build_letter_tab(self) -> QWidget:
        self.letter_form = RecordForm(
            self.context, Target, [FieldSpec("letter", self.tr("Le&tter"), "text")]
        )
        self.letter_form.setObjectName("letterForm")
        self.letter_form.command_texts["letter"] = self.tr("Edit Cover Letter")
        letter = self.letter_form.widgets["letter"]
        letter.setObjectName("letterText")
        letter_label = self._take_out_of_form(self.letter_form, letter)
        letter.setPlaceholderText(
            self.tr(
                "Draft the letter from its template, then make it yours. It may only claim "
                "what your records show."
            )
        )
        self.letter_language = QComboBox()
        self.letter_language.setObjectName("letterLanguage")
        self.letter_language.addItem("English", "en")
        self.letter_language.addItem("Svenska", "sv")
        # A letter in the interface's language to begin with; the user can pick the other.
        interface = QLocale().name().split("_")[0]
        self.letter_language.setCurrentIndex(max(0, self.letter_language.findData(interface)))
        self.draft_button = QPushButton(self.tr("&Draft from Template"))
        self.draft_button.setObjectName("draftLetter")
        self.draft_button.setToolTip(
            self.tr(
                "Fill the letter with the company, the role, your summary and your best-matching "
                "accomplishments (Undo brings back what was there)"
            )
        )
        self.draft_button.clicked.connect(self.draft_letter)
        self.export_letter_button = QPushButton(self.tr("Preview and E&xport Letter…"))
        self.export_letter_button.setObjectName("exportTargetLetter")
        self.export_letter_button.clicked.connect(lambda: self.show_export("letter"))
        editor = QWidget()
        box = QVBoxLayout(editor)
        box.setContentsMargins(0, 0, 0, 0)
        language = QWidget()
        pair = QHBoxLayout(language)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(QLabel(self.tr("Language:")))
        pair.addWidget(self.letter_language)
        row = FlowLayout(spacing=6)  # wraps beside the preview rather than widen the window
        row.addWidget(language)
        row.addWidget(self.draft_button)
        row.addWidget(self.export_letter_button)
        box.addLayout(row)
        box.addWidget(letter_label)
        box.addWidget(letter, 1)
        self.letter_preview = self._make_preview("letter")
        return self._beside_preview(editor, self.letter_preview, "letterSplitter")

    def _setup_table(self, table: QTableWidget, stretch: int = 0) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        # The text column stays the widest at any width; the others fit their content while
        # there is room, then elide (a column sized to its content pushed the text to "…").
        table.column_fitter = ColumnFitter(table, name_column=stretch, name_share=0.5)

    def _title(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(buddy)
        label.setWordWrap(True)  # a long title wraps in a narrow pane rather than widen it
        return label

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

    def _change(self, text: str, **changes) -> None:
        target = self.current_target()
        if target is None:
            return
        self._push_change(text, target, replace(target, **changes, updated=now_iso()))

    def _push_change(self, text: str, before: Target, after: Target) -> None:
        """One undo step from a target as it was to the target a service function made."""
        if after != before:
            self.undo_stack.push(ChangeRecordsCommand(self.store, text, [before], [after]))

    def _name_objection(self, target: Target, name: str) -> str | None:
        """Why a name cannot be stored (another active target has it), or None."""
        holder = name_holder(self.store.records(Target), name, besides=target.id)
        if holder is None:
            return None
        return self.tr("There is already a target called “%1”; choose another name.").replace(
            "%1", holder.label()
        )

    def _on_posting_form_problems_changed(self) -> None:
        message = self.posting_form.problems.get("name", "")
        self.name_problem.setText(message)
        self.name_problem.setVisible(bool(message))

    def _on_name_editing_finished(self) -> None:
        # A taken name was never stored: leaving the field shows the stored one again.
        if "name" in self.posting_form.problems:
            target = self.current_target()
            self.posting_form.widgets["name"].setText(target.name if target else "")
            self.posting_form.problems.pop("name", None)
            self.posting_form.widgets["name"].setStyleSheet("")
            self.posting_form.problems_changed.emit()

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        box.deleteLater()

    # ----------------------------------------------------------------- list actions
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
            self._tell(
                self.tr("Target Not Unarchived"),
                self.tr(
                    "Another target is called “%1”. Rename or archive it first, so that every "
                    "target keeps a name of its own."
                ).replace("%1", blocked.holder.label()),
            )
            return
        self._push_change(text, target, changed)

    def _update_list_tools(self) -> None:
        target = self.current_target()
        self.duplicate_button.setEnabled(target is not None)
        self.archive_button.setEnabled(target is not None)
        self.archive_button.setText(
            self.tr("Unarc&hive") if target is not None and target.archived else self.tr("Arc&hive")
        )

    # ----------------------------------------------------------------- refreshing
    def _on_page_current_record_changed(self, record_id) -> None:
        for form in (self.posting_form, self.resume_form, self.letter_form):
            form.set_record(record_id)
        self.tabs.setVisible(record_id is not None)
        self._update_list_tools()
        self.refresh()

    def _on_store_changed(self, kind: str, ids: list) -> None:
        if kind in (Accomplishment.KIND, Role.KIND):
            # Roles date the undated accomplishments: either change means a new index.
            self._index_stale = True
            self._index_generation += 1
            self._refresh_timer.start()
        elif kind == Skill.KIND:
            self._refresh_timer.start()  # names and aliases change what the posting finds
        elif kind != Target.KIND:
            # The profile and the background sections show in the documents too.
            self.resume_preview.schedule()
            self.letter_preview.schedule()
        elif kind == Target.KIND:
            target = self.current_target()
            if target is not None and target.id in ids:
                self._update_list_tools()
                # A posting being typed is read again once the typing pauses; every other
                # change shows at once.
                if self.tailoring is not None and self._posting_shown == target.posting:
                    self.refresh()
                else:
                    self._refresh_timer.start()

    def index(self) -> AccomplishmentIndex | None:
        """The accomplishments prepared for ranking, or None while the first one is built.

        A small record is indexed at once. A large one (about 0.1 s per 1,000
        accomplishments) is indexed on a worker, and until it is ready the last index keeps
        serving, so an edit never freezes the window.
        """
        if self._index is not None and not self._index_stale:
            return self._index
        accomplishments = self.store.records(Accomplishment)
        roles = {r.id: r for r in self.store.records(Role)}
        if len(accomplishments) < BACKGROUND_INDEX_FROM:
            self._index = AccomplishmentIndex.from_accomplishments(accomplishments, roles)
            self._index_stale = False
            return self._index
        if not self._index_building:
            self._index_building = True
            generation = self._index_generation
            signals = self._index_signals

            def build() -> None:
                # Records are never changed in place (an edit replaces them), so these lists
                # are a safe snapshot for the worker.
                built = AccomplishmentIndex.from_accomplishments(accomplishments, roles)
                signals.built.emit(built, generation)

            self._index_pool.start(build)
        return self._index

    @Slot(object, int)
    def _on_index_signals_built(self, index: AccomplishmentIndex, generation: int) -> None:
        self._index_building = False
        if generation == self._index_generation:
            self._index = index
            self._index_stale = False
        elif self._index is None:
            self._index = index  # older than the record, but better than nothing meanwhile
        self.refresh()  # starts the next build when this one came too late

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
            self.tailor_empty.setText(self.tr("Reading your accomplishments…"))
            self.tailor_empty.show()
            self.tailor_splitter.hide()
            return
        self.tailor_empty.setText(self._empty_tailor_text())
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
        requirements, ranked, chosen = (
            self.tailoring.requirements,
            self.tailoring.ranked,
            self.tailoring.chosen,
        )
        self._posting_shown = target.posting
        self._show_requirements(target, requirements)
        self._show_ranking(ranked, set(chosen))
        self._show_chosen(target, chosen)
        self._show_coverage()
        self._show_roles(target)
        self._show_exports(target)
        self.resume_preview.schedule()
        self.letter_preview.schedule()
        has_posting = bool(target.posting.strip()) or bool(target.added_terms)
        self.tailor_empty.setVisible(not has_posting)
        self.tailor_splitter.setVisible(has_posting)
        self._update_tailor_buttons()

    def _show_requirements(self, target: Target, requirements: list[Requirement]) -> None:
        table = self.requirements_table
        kinds = {
            "skill": self.tr("skill"),
            "phrase": self.tr("phrase"),
            "acronym": self.tr("acronym"),
            "term": self.tr("term"),
        }
        added = {term_key(t) for t in target.added_terms}
        current = self._current_term(table)
        with _filling(table):
            table.setRowCount(len(requirements))
            for row, requirement in enumerate(requirements):
                name = QTableWidgetItem(requirement.term)
                name.setData(_TERM_ROLE, requirement.term)
                if term_key(requirement.term) in added:
                    name.setToolTip(self.tr("Added by you"))
                kind = QTableWidgetItem(kinds.get(requirement.kind, requirement.kind))
                must = QTableWidgetItem(self.tr("must have") if requirement.must_have else "")
                must.setFlags(must.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                must.setCheckState(
                    Qt.CheckState.Checked if requirement.must_have else Qt.CheckState.Unchecked
                )
                must.setData(_TERM_ROLE, requirement.term)
                for column, item in enumerate((name, kind, must)):
                    table.setItem(row, column, item)
                if term_key(requirement.term) == current:
                    table.setCurrentCell(row, 0)
        self.restore_requirements_button.setEnabled(bool(target.removed_terms))
        self.restore_requirements_button.setText(
            self.tr("Restore Removed (%1)").replace("%1", str(len(target.removed_terms)))
            if target.removed_terms
            else self.tr("Restore Removed")
        )

    def _current_term(self, table: QTableWidget) -> str | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return term_key(item.data(_TERM_ROLE)) if item is not None else None

    def _show_ranking(self, ranked, chosen: set[str]) -> None:
        table = self.ranking_table
        shown = ranked[:MAX_SHOWN]
        signature = [(s.accomplishment_id, s.headline, s.score, s.matched) for s in shown]
        if signature == self._ranking_shown:
            # Only ticks changed (the common click): filling 300 cells again would be waste.
            table.blockSignals(True)
            try:
                for row, suggestion in enumerate(shown):
                    wanted = (
                        Qt.CheckState.Checked
                        if suggestion.accomplishment_id in chosen
                        else Qt.CheckState.Unchecked
                    )
                    item = table.item(row, 0)
                    if item.checkState() != wanted:
                        item.setCheckState(wanted)
            finally:
                table.blockSignals(False)
            table.viewport().update()
            self._show_ranking_note(ranked, shown)
            return
        self._ranking_shown = signature
        current_item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        current = current_item.data(_ID_ROLE) if current_item is not None else None
        with _filling(table):
            table.setRowCount(len(shown))
            for row, suggestion in enumerate(shown):
                item = QTableWidgetItem(suggestion.headline)
                item.setData(_ID_ROLE, suggestion.accomplishment_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if suggestion.accomplishment_id in chosen
                    else Qt.CheckState.Unchecked
                )
                score = QTableWidgetItem(f"{suggestion.score:.1f}")
                score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                matched = ", ".join(suggestion.matched)
                matches = QTableWidgetItem(matched)
                matches.setToolTip(plain_tooltip(self.tr("Matches: %1").replace("%1", matched)))
                item.setToolTip(plain_tooltip(suggestion.headline))
                for column, cell in enumerate((item, score, matches)):
                    table.setItem(row, column, cell)
                if suggestion.accomplishment_id == current:
                    table.setCurrentCell(row, 0)
        table.resizeRowsToContents()
        self._show_ranking_note(ranked, shown)

    def _show_ranking_note(self, ranked, shown) -> None:
        if self.tailoring.matches > len(shown):
            self.ranking_note.setText(
                self.tr("Showing the best %1 of %2 accomplishments that match.")
                .replace("%1", str(len(shown)))
                .replace("%2", f"{self.tailoring.matches:,}")
            )
        elif not ranked:
            self.ranking_note.setText(self.tr("No accomplishment matches these requirements yet."))
        else:
            self.ranking_note.setText(
                self.tr("%n accomplishment(s) match, best first.", "", len(ranked))
            )

    def _show_chosen(self, target: Target, chosen: list[str]) -> None:
        roles = {r.id: r for r in self.store.records(Role)}
        current_item = self.chosen_list.currentItem()
        current = current_item.data(_ID_ROLE) if current_item is not None else None
        self.chosen_list.blockSignals(True)
        self.chosen_list.model().blockSignals(True)
        try:
            self.chosen_list.clear()
            for accomplishment_id in chosen:
                accomplishment = self.store.get(Accomplishment, accomplishment_id)
                if accomplishment is None:
                    continue
                wording = target.rewordings.get(accomplishment_id, "").strip()
                item = QListWidgetItem(wording or accomplishment.headline)
                item.setData(_ID_ROLE, accomplishment_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                role = roles.get(accomplishment.role_id or "")
                tip = role.label() if role is not None else self.tr("(no role)")
                if wording:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    tip += "\n" + self.tr("Master wording: %1").replace(
                        "%1", accomplishment.headline
                    )
                item.setToolTip(plain_tooltip(tip))
                self.chosen_list.addItem(item)
                if accomplishment_id == current:
                    self.chosen_list.setCurrentRow(self.chosen_list.count() - 1)
        finally:
            self.chosen_list.model().blockSignals(False)
            self.chosen_list.blockSignals(False)
        # The model's signals were quiet while it filled; the view must learn of the rows.
        self.chosen_list.reset()
        if current is not None:
            for row in range(self.chosen_list.count()):
                if self.chosen_list.item(row).data(_ID_ROLE) == current:
                    self.chosen_list.setCurrentRow(row)

    def _show_coverage(self) -> None:
        report = self.tailoring.coverage
        self.score_bar.setValue(report.score)
        if report.covered:
            terms = [r.term for r in report.covered]
            total = len(report.covered) + len(report.missing)
            # The label says how many and names the first; the whole list is a hover away.
            shown = _first_terms(terms, COVERED_CHARS)
            rest = "" if len(shown) == len(terms) else ", …"
            self.covered_label.setText(
                self.tr("Covered %1 of %2: %3")
                .replace("%1", str(len(terms)))
                .replace("%2", str(total))
                .replace("%3", ", ".join(shown) + rest)
            )
            self.covered_label.setToolTip(plain_tooltip(", ".join(terms)))
        else:
            self.covered_label.setToolTip("")
            self.covered_label.setText(
                self.tr("The chosen bullets cover none of the requirements yet.")
            )
        chosen = set(self.tailoring.chosen)
        self.gaps_tree.clear()
        for requirement in report.missing:
            label = requirement.term + (
                "  " + self.tr("(must have)") if requirement.must_have else ""
            )
            top = QTreeWidgetItem([label])
            top.setData(0, _TERM_ROLE, requirement.term)
            if requirement.must_have:
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
            suggestions = [
                s
                for s in report.suggestions.get(requirement.term, [])
                if s.accomplishment_id not in chosen
            ]
            for suggestion in suggestions:
                child = QTreeWidgetItem([suggestion.headline])
                child.setData(0, _ID_ROLE, suggestion.accomplishment_id)
                child.setToolTip(
                    0,
                    suggestion.headline + "\n" + self.tr("Double-click to put it on the résumé"),
                )
                top.addChild(child)
            if not suggestions:
                child = QTreeWidgetItem([self.tr("No accomplishment shows this yet.")])
                child.setDisabled(True)
                top.addChild(child)
            self.gaps_tree.addTopLevelItem(top)
        self.gaps_tree.expandAll()

    def _show_roles(self, target: Target) -> None:
        hidden = set(target.hidden_role_ids)
        self.roles_list.blockSignals(True)
        try:
            self.roles_list.clear()
            for role in newest_first(self.store.records(Role)):
                item = QListWidgetItem(role.label())
                item.setData(_ID_ROLE, role.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Unchecked if role.id in hidden else Qt.CheckState.Checked
                )
                self.roles_list.addItem(item)
        finally:
            self.roles_list.blockSignals(False)

    def _show_exports(self, target: Target) -> None:
        names = {"resume": self.tr("Résumé"), "letter": self.tr("Cover letter")}
        table = self.exports_table
        with _filling(table):
            self._fill_exports(table, target, names)

    def _fill_exports(self, table: QTableWidget, target: Target, names: dict) -> None:
        table.setRowCount(len(target.exports))
        # A template by its name, in the interface's language.
        styles = available_styles(paths.templates_dir()) if target.exports else {}
        templates = {key: template_text(style.name) for key, style in styles.items()}
        for row, entry in enumerate(reversed(target.exports)):
            when = entry.when.replace("T", " ")[:16]
            cells = [
                when,
                names.get(entry.kind, entry.kind),
                entry.format.upper(),
                templates.get(entry.template, entry.template),
                entry.file,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_PATH_ROLE, entry.file)
                table.setItem(row, column, item)

    def _update_tailor_buttons(self, *_args) -> None:
        has_requirement = bool(self.requirements_table.selectionModel().selectedRows())
        self.remove_requirement_button.setEnabled(has_requirement)
        row = self.chosen_list.currentRow()
        count = self.chosen_list.count()
        item = self.chosen_list.currentItem()
        target = self.current_target()
        reworded = (
            item is not None
            and target is not None
            and bool(target.rewordings.get(item.data(_ID_ROLE), "").strip())
        )
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.reword_button.setEnabled(item is not None)
        self.unchoose_button.setEnabled(item is not None)
        self.original_button.setEnabled(reworded)

    # ----------------------------------------------------------------- requirements
    @Slot()
    def add_requirement(self) -> None:
        """Adds the typed requirement (a struck one comes back instead)."""
        target = self.current_target()
        text = " ".join(self.add_requirement_edit.text().split())
        if target is None or not text:
            return
        shown = self.tailoring.requirements if self.tailoring is not None else []
        changed = with_requirement_added(target, text, self.store.records(Skill), shown)
        self._push_change(self.tr("Add Requirement “%1”").replace("%1", text), target, changed)
        self.add_requirement_edit.clear()

    @Slot()
    def remove_selected_requirements(self) -> None:
        """Strikes the selected requirements from this target."""
        target = self.current_target()
        rows = sorted(i.row() for i in self.requirements_table.selectionModel().selectedRows())
        terms = [self.requirements_table.item(r, 0).data(_TERM_ROLE) for r in rows]
        if target is None or not terms:
            return
        changed = with_requirements_struck(target, terms, self.store.records(Skill))
        text = (
            self.tr("Remove Requirement “%1”").replace("%1", terms[0])
            if len(terms) == 1
            else self.tr("Remove %n Requirement(s)", "", len(terms))
        )
        self._push_change(text, target, changed)
        row = min(rows[0], self.requirements_table.rowCount() - 1)
        if row >= 0:
            self.requirements_table.selectRow(row)

    @Slot()
    def restore_removed_requirements(self) -> None:
        """Brings back every requirement struck from this target."""
        target = self.current_target()
        if target is not None:
            changed = with_requirements_restored(target)
            self._push_change(self.tr("Restore Removed Requirements"), target, changed)

    def _on_requirements_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        target = self.current_target()
        if target is None:
            return
        term = item.data(_TERM_ROLE)
        must = item.checkState() == Qt.CheckState.Checked
        text = (
            self.tr("Mark “%1” Must-Have") if must else self.tr("Mark “%1” Nice-to-Have")
        ).replace("%1", term)
        self._push_change(text, target, with_must_have(target, term, must))

    # ----------------------------------------------------------------- choosing bullets
    def chosen(self) -> list[str]:
        """The accomplishment ids on the résumé, in order, as listed."""
        return [self.chosen_list.item(r).data(_ID_ROLE) for r in range(self.chosen_list.count())]

    def set_chosen(self, ids: list[str], text: str) -> None:
        """Puts exactly these accomplishments, in this order, on the target's résumé."""
        target = self.current_target()
        if target is None or ids == self.tailoring.chosen and target.selected_ids is not None:
            return
        self._change(text, selected_ids=list(ids))

    def _on_ranking_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or self.tailoring is None:
            return
        accomplishment_id = item.data(_ID_ROLE)
        ids = [i for i in self.tailoring.chosen if i != accomplishment_id]
        if item.checkState() == Qt.CheckState.Checked:
            self.choose(accomplishment_id)
            return
        self.set_chosen(ids, self.tr("Take Bullet Off the Résumé"))

    def choose(self, accomplishment_id: str) -> None:
        """Puts an accomplishment on the résumé, after those already there."""
        if self.tailoring is None or accomplishment_id in self.tailoring.chosen:
            return
        self.set_chosen([*self.tailoring.chosen, accomplishment_id], self.tr("Use Bullet"))

    def _on_gaps_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        accomplishment_id = item.data(0, _ID_ROLE)
        if accomplishment_id:
            self.choose(accomplishment_id)

    @Slot()
    def move_chosen(self, step: int) -> None:
        """Moves the current bullet up (-1) or down (+1)."""
        row = self.chosen_list.currentRow()
        ids = self.chosen()
        new_row = row + step
        if row < 0 or not 0 <= new_row < len(ids):
            return
        ids.insert(new_row, ids.pop(row))
        self.set_chosen(ids, self.tr("Move Bullet"))
        self.chosen_list.setCurrentRow(new_row)

    def _on_chosen_rows_moved(self, *_args) -> None:
        # A drag has moved a row in the list itself; the list's order becomes the target's.
        ids = self.chosen()
        QTimer.singleShot(0, lambda: self.set_chosen(ids, self.tr("Move Bullet")))

    @Slot()
    def unchoose_current(self) -> None:
        """Takes the current bullet off the résumé."""
        item = self.chosen_list.currentItem()
        if item is None:
            return
        row = self.chosen_list.currentRow()
        ids = [i for i in self.chosen() if i != item.data(_ID_ROLE)]
        self.set_chosen(ids, self.tr("Take Bullet Off the Résumé"))
        if ids:
            self.chosen_list.setCurrentRow(min(row, len(ids) - 1))

    @Slot()
    def reword_current(self) -> None:
        """Opens the current bullet for rewording in place."""
        item = self.chosen_list.currentItem()
        if item is not None:
            self.chosen_list.editItem(item)

    @Slot()
    def restore_original_wording(self) -> None:
        """Drops this target's wording of the current bullet."""
        target = self.current_target()
        item = self.chosen_list.currentItem()
        if target is None or item is None:
            return
        wordings = dict(target.rewordings)
        if wordings.pop(item.data(_ID_ROLE), None) is None:
            return
        self._change(self.tr("Original Wording"), rewordings=wordings)

    def _on_chosen_list_item_changed(self, item: QListWidgetItem) -> None:
        target = self.current_target()
        accomplishment = self.store.get(Accomplishment, item.data(_ID_ROLE))
        if target is None or accomplishment is None:
            return
        text = " ".join(item.text().split())
        wordings = dict(target.rewordings)
        if not text or text == accomplishment.headline:
            wordings.pop(accomplishment.id, None)
        else:
            wordings[accomplishment.id] = text
        if wordings == target.rewordings:
            QTimer.singleShot(0, self.refresh)  # show the stored wording again
            return
        changes = {"rewordings": wordings}
        if target.selected_ids is None:
            changes["selected_ids"] = self.chosen()
        self._change(self.tr("Reword Bullet"), **changes)

    # ----------------------------------------------------------------- résumé and letter
    def preview_request(self, kind: str):
        """What the résumé or letter preview typesets now: (request, snapshot), or None."""
        if self.current_target() is None:
            return None
        settings = QSettings()
        template = str(settings.value("export/template", "classic"))
        if template not in available_styles(paths.templates_dir()):
            template = "classic"
        language = str(settings.value("export/language", "en"))
        request = ExportRequest(
            kind=kind,
            format="pdf",
            template=template,
            language=language,
            page_size=str(settings.value("export/page_size", default_page_size())),
        )
        request, snapshot = self.document_plan(kind).complete(request), snapshot_of(self.store)
        missing = what_is_missing(request, snapshot)
        if missing is not None:  # a sentence saying what to add, never a blank page
            from resume_builder.ui.views.export_dialog import missing_text

            preview = self.letter_preview if kind == "letter" else self.resume_preview
            preview.show_message(missing_text(missing))
            return None
        return request, snapshot

    def stop_work(self) -> None:
        """Stops the previews' typesetting and the indexing before the window goes."""
        self.resume_preview.stop()
        self.letter_preview.stop()
        self._index_pool.waitForDone()

    def _on_roles_list_item_changed(self, item: QListWidgetItem) -> None:
        target = self.current_target()
        if target is None:
            return
        role_id = item.data(_ID_ROLE)
        hidden = [r for r in target.hidden_role_ids if r != role_id]
        if item.checkState() == Qt.CheckState.Unchecked:
            hidden.append(role_id)
            text = self.tr("Hide Role")
        else:
            text = self.tr("Show Role")
        self._change(text, hidden_role_ids=hidden)

    @Slot()
    def draft_letter(self) -> None:
        """Replaces the letter with a fresh draft from the template (undoable)."""
        from resume_builder.services.cover_letter import draft_for_target

        target = self.current_target()
        if target is None or self.tailoring is None:
            return
        text = draft_for_target(
            target,
            snapshot_of(self.store),
            self.tailoring.chosen,
            language=self.letter_language.currentData(),
            today=self.today,
        )
        self._change(self.tr("Draft Cover Letter"), letter=text)

    def document_plan(self, kind: str):
        """What the Export dialog offers for the current target."""
        from resume_builder.export.builders import LetterOptions
        from resume_builder.ui.views.export_dialog import DocumentPlan

        target = self.current_target()
        chosen = list(self.tailoring.chosen) if self.tailoring is not None else []
        target_id = target.id
        today = self.today
        name = self.store.profile().name.strip() or self.tr("Career")
        where = target.company.strip() or target.label()

        def complete(request):
            current = self.store.get(Target, target_id) or target
            if request.kind == "letter":
                request.letter = LetterOptions(
                    text=current.letter,
                    company=current.company,
                    title=current.title,
                    language=request.language,
                    today=today,
                )
            else:
                request.resume = resume_options(
                    current,
                    chosen,
                    language=request.language,
                    page_target=request.resume.page_target,
                    today=today,
                )
            return request

        def file_stem(kind: str) -> str:
            word = self.tr("Cover Letter") if kind == "letter" else self.tr("Résumé")
            return f"{name} - {word} - {where}"

        return DocumentPlan(
            title=self.tr("Export for %1").replace("%1", target.label()),
            kinds=[
                ("resume", self.tr("Résumé for this target")),
                ("letter", self.tr("Cover letter")),
            ],
            kind=kind,
            complete=complete,
            file_stem=file_stem,
            page_target=target.page_target,
            formats={"letter": ("pdf", "docx", "md", "txt")},
        )

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
            lambda request, result: self.record_export(target.id, request, result)
        )
        self.export_dialog = dialog
        dialog.exec()
        self.export_dialog = None
        dialog.deleteLater()

    def record_export(self, target_id: str, request, result) -> None:
        """Notes on the target that a document went out."""
        target = self.store.get(Target, target_id)
        if target is None or result.path is None:
            return
        # History, not an edit: no undo step, and undoing older edits keeps it (see
        # services.targets.with_export_history).
        self.store.apply(put=[with_export(target, export_entry(request, result))])

    def _on_exports_table_item_activated(self, item: QTableWidgetItem) -> None:
        path = Path(item.data(_PATH_ROLE) or "")
        if path.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("File Not Found"),
            self.tr("“%1” is no longer there; it was moved or deleted.").replace("%1", str(path)),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        box.deleteLater()
