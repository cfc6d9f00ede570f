"""The Help menu's dialogs: keyboard shortcuts, the user guide, and a problem report."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Qt, qVersion
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from resume_builder import paths
from resume_builder.domain.models import Accomplishment
from resume_builder.services import problem_report as reporting
from resume_builder.ui import settings as keys
from resume_builder.ui.i18n import installed_language
from resume_builder.ui.views.base import CareerView


# --------------------------------------------------------------------------- shortcuts
def plain_text(text: str) -> str:
    """An action's text as read, without its mnemonic marks ("&&" is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def native_keys(sequences: Iterable[QKeySequence]) -> list[str]:
    """Each key sequence as the platform writes it (⌘Z on macOS, Ctrl+Z elsewhere)."""
    written = []
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in written:
            written.append(text)
    return written


def shortcut_groups(window) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """Every action of the window that has a shortcut, grouped by its menu, in menu order.

    Actions in no menu (a view's own, say) come after, under the view's title, else
    under "Other". Read from the window's actions themselves, so the list never goes stale.
    """
    groups: dict[str, list[tuple[str, list[str]]]] = {}
    seen: set[int] = set()

    def add(group: str, action: QAction) -> None:
        if id(action) in seen or action.isSeparator() or not action.text():
            return
        written = native_keys(action.shortcuts())
        if not written:
            return
        seen.add(id(action))
        groups.setdefault(group, []).append((plain_text(action.text()), written))

    def walk(menu, group: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), group)
            else:
                add(group, action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), plain_text(top.text()))
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    for action in [*window.actions(), *window.findChildren(QAction)]:
        add(_owner_title(action) or other, action)
    return list(groups.items())


def _owner_title(action: QAction) -> str:
    owner = action.parent()
    while owner is not None and not isinstance(owner, CareerView):
        owner = owner.parent()
    return owner.title() if owner is not None else ""


class ShortcutsDialog(QDialog):
    """The window's keyboard shortcuts in a filterable list, grouped by menu."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        bold = QFont()
        bold.setBold(True)
        for group, rows in shortcut_groups(window):
            heading = QStandardItem(group)
            heading.setFont(bold)
            heading.setEditable(False)
            for text, written in rows:
                name = QStandardItem(text)
                name.setEditable(False)
                shortcut = QStandardItem(", ".join(written))
                shortcut.setEditable(False)
                heading.appendRow([name, shortcut])
            blank = QStandardItem()
            blank.setEditable(False)
            self.model.appendRow([heading, blank])

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by action or key…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)

        self.tree = QTreeView()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        # Names are short and a few actions have several keys (Redo): the keys get the room.
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(_bounded(self, 640, 640))
        _restore_geometry(self, keys.SHORTCUTS_GEOMETRY)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, shortcut) as the list shows them now, filter applied."""
        shown = []
        for group_row in range(self.proxy.rowCount()):
            group = self.proxy.index(group_row, 0)
            for row in range(self.proxy.rowCount(group)):
                shown.append(
                    (
                        group.data(),
                        self.proxy.index(row, 0, group).data(),
                        self.proxy.index(row, 1, group).data(),
                    )
                )
        return shown

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def done(self, result: int) -> None:
        keys.SHORTCUTS_GEOMETRY.set(self.saveGeometry())
        super().done(result)


# --------------------------------------------------------------------------- the guide
class UserGuideDialog(QDialog):
    """The short user guide, in the interface language, from resources/guide/ (offline)."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("UserGuideDialog")
        self.setWindowTitle(self.tr("User Guide"))
        self.language = language or installed_language(QApplication.instance())
        self.path = paths.user_guide(self.language)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)  # the guide is offline; it links nowhere
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            text = self.tr("The user guide could not be read: %s").replace(
                "%s", exc.strerror or str(exc)
            )
        self.browser.setMarkdown(text)

        self.sections = QStandardItemModel(self)
        for title, position in _headings(self.browser):
            item = QStandardItem(title)
            item.setEditable(False)
            item.setData(position, Qt.ItemDataRole.UserRole)
            self.sections.appendRow(item)
        self.contents = QListView()
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setModel(self.sections)
        self.contents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contents.setWordWrap(True)  # long Swedish titles wrap rather than scroll sideways
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setSpacing(2)
        self.contents.selectionModel().currentChanged.connect(self._on_contents_current_changed)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 640])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(_bounded(self, 900, 680))
        _restore_geometry(self, keys.GUIDE_GEOMETRY)
        self.browser.setFocus()

    def section_titles(self) -> list[str]:
        """The guide's sections, as the contents list shows them."""
        return [self.sections.item(row).text() for row in range(self.sections.rowCount())]

    def show_section(self, row: int) -> None:
        """Scrolls the guide so that section `row` starts at the top."""
        self.contents.setCurrentIndex(self.sections.index(row, 0))

    def _on_contents_current_changed(self, current, _previous) -> None:
        position = current.data(Qt.ItemDataRole.UserRole)
        if position is None:
            return
        document = self.browser.document()
        block = document.findBlock(int(position))
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def done(self, result: int) -> None:
        keys.GUIDE_GEOMETRY.set(self.saveGeometry())
        super().done(result)


def _headings(browser: QTextBrowser) -> list[tuple[str, int]]:
    """The second-level headings of the document (its sections) and where each starts."""
    found = []
    block = browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            found.append((block.text().strip(), block.position()))
        block = block.next()
    return found


# --------------------------------------------------------------------------- problem report
def own_texts(store) -> list[str]:
    """The user's texts a report must not carry: their accomplishments' and profile's."""
    return reporting.own_texts(store.records(Accomplishment), store.profile())


def own_names(store) -> list[str]:
    """What names the user (name, e-mail, phone): kept out of a report as whole words."""
    return reporting.own_names(store.profile())


def problem_report(data_dir: Path, texts: Iterable[str] = (), names: Iterable[str] = ()) -> str:
    """The report (services.problem_report) with what only the window knows: the Qt and
    PySide6 versions and the interface language.
    """
    return reporting.problem_report(
        Path(data_dir),
        texts,
        names,
        toolkit=f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        language=installed_language(QApplication.instance()),
    )


def report_text(report: str, name: str, accessible_name: str) -> QPlainTextEdit:
    """A report shown as it will be pasted: read-only, fixed pitch, lines never wrapped."""
    text = QPlainTextEdit(report)
    text.setObjectName(name)
    text.setReadOnly(True)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    text.setAccessibleName(accessible_name)
    return text


def button_row(note: QLabel, *buttons: QPushButton) -> QHBoxLayout:
    """A note taking the free width, then the buttons at the right."""
    row = QHBoxLayout()
    row.addWidget(note, 1)
    for button in buttons:
        row.addWidget(button)
    return row


class ProblemReportDialog(QDialog):
    """Shows the report and copies it to the clipboard, to paste into an e-mail or an issue."""

    def __init__(
        self,
        data_dir: Path,
        texts: Iterable[str] = (),
        parent: QWidget | None = None,
        names: Iterable[str] = (),
    ):
        super().__init__(parent)
        self.setObjectName("ProblemReportDialog")
        self.setWindowTitle(self.tr("Report a Problem"))
        self.report = problem_report(data_dir, texts, names)
        intro = QLabel(
            self.tr(
                "Copy this and paste it into your message, with what you did and what "
                "happened. It holds no text of your accomplishments."
            )
        )
        intro.setWordWrap(True)
        self.text = report_text(self.report, "reportText", self.tr("Report"))
        self.copied_label = QLabel()
        self.copied_label.setObjectName("reportCopied")
        self.copy_button = QPushButton(self.tr("&Copy to Clipboard"))
        self.copy_button.setObjectName("reportCopy")
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(button_row(self.copied_label, self.copy_button, close))
        self.resize(_bounded(self, 760, 560))
        self.copy_button.setFocus()

    def copy(self) -> None:
        """Puts the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report)
        self.copied_label.setText(self.tr("Copied to the clipboard."))


# --------------------------------------------------------------------------- the window's entries
def show_shortcuts(window) -> None:
    """Help → Keyboard Shortcuts."""
    dialog = ShortcutsDialog(window)
    dialog.exec()
    dialog.deleteLater()


def show_user_guide(window) -> None:
    """Help → User Guide."""
    dialog = UserGuideDialog(window)
    dialog.exec()
    dialog.deleteLater()


def report_problem(window) -> None:
    """Help → Report a Problem."""
    store = window.store
    dialog = ProblemReportDialog(
        store.repository.data_dir, own_texts(store), window, names=own_names(store)
    )
    dialog.exec()
    dialog.deleteLater()


def _bounded(widget: QWidget, width: int, height: int):
    """A size no bigger than the screen the widget is on leaves room for."""
    wanted = QSize(width, height)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() * 0.9)


def _restore_geometry(dialog: QDialog, setting: keys.Setting) -> None:
    geometry = setting.get()
    if not geometry.isEmpty():
        dialog.restoreGeometry(geometry)
