"""The Help menu: shortcuts read from the window's actions, the guide, the problem report."""

from __future__ import annotations

import logging
import platform

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from resume_builder import __version__, logs, paths
from resume_builder.domain.models import Accomplishment, Profile
from resume_builder.services.problem_report import REPORT_LOG_LINES
from resume_builder.ui.i18n import switch_language
from resume_builder.ui.views.help import (
    ProblemReportDialog,
    ShortcutsDialog,
    UserGuideDialog,
    plain_text,
    shortcut_groups,
)

CTRL = Qt.KeyboardModifier.ControlModifier
NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def window(open_window):
    return open_window()


@pytest.fixture
def open_modal(when_modal):
    """`open_modal(trigger, kind)`: triggers what opens a modal dialog of `kind`; returns what
    the dialog showed.
    """

    def open_(trigger, kind):
        seen = {}

        def look(dialog):
            seen["dialog"] = dialog
            seen["rows"] = dialog.rows() if isinstance(dialog, ShortcutsDialog) else None
            seen["sections"] = (
                dialog.section_titles() if isinstance(dialog, UserGuideDialog) else None
            )
            seen["title"] = dialog.windowTitle()
            dialog.reject()

        when_modal(kind, look)
        trigger()
        assert "dialog" in seen, "the dialog did not open"
        return seen

    return open_


# --------------------------------------------------------------------------- shortcuts
def test_the_help_menu_lists_the_new_entries(window):
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [plain_text(action.text()) for action in help_menu.actions() if action.text()]
    assert texts == [
        "User Guide",
        "Keyboard Shortcuts",
        "Report a Problem…",
        "About Resume Builder",
    ]


def test_every_shortcut_of_the_menus_is_listed_with_its_menu(window):
    listed = {(group, text): keys for group, rows in shortcut_groups(window) for text, keys in rows}
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.shortcuts():
                keys = [k.toString(NATIVE) for k in action.shortcuts()]
                assert listed[(plain_text(top.text()), plain_text(action.text()))] == keys
    assert listed[("Edit", "Undo")] == [
        QKeySequence(QKeySequence.StandardKey.Undo).toString(NATIVE)
    ]
    assert listed[("View", "Skills")] == ["Ctrl+3"]
    assert listed[("File", "Export…")] == ["Ctrl+E"]


def test_a_shortcut_given_to_an_action_appears_in_the_dialog(qtbot, window, open_modal):
    window.export_action.setShortcut(QKeySequence("Ctrl+Alt+X"))
    extra = QAction("Frobnicate the &widgets", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    seen = open_modal(
        lambda: qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL),  # Help → Keyboard Shortcuts
        ShortcutsDialog,
    )
    assert seen["title"] == "Keyboard Shortcuts"
    rows = seen["rows"]
    assert ("File", "Export…", QKeySequence("Ctrl+Alt+X").toString(NATIVE)) in rows
    assert ("Other", "Frobnicate the widgets", QKeySequence("Ctrl+Alt+J").toString(NATIVE)) in rows
    assert not any(text == "Export…" and keys == "Ctrl+E" for _group, text, keys in rows)


def test_an_action_of_a_view_is_listed_under_the_view(window):
    view = window.view("skills")
    action = QAction("Split Skill", view)
    action.setShortcut(QKeySequence("Ctrl+Alt+K"))
    view.addAction(action)
    groups = dict(shortcut_groups(window))
    assert ("Split Skill", [QKeySequence("Ctrl+Alt+K").toString(NATIVE)]) in groups["Skills"]


def test_the_filter_narrows_the_list(qtbot, window):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    everything = dialog.rows()
    assert len(everything) >= 15
    qtbot.keyClicks(dialog.filter_edit, "undo")
    assert [text for _group, text, _keys in dialog.rows()] == ["Undo"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "ctrl+3")
    assert [text for _group, text, _keys in dialog.rows()] == ["Skills"]
    dialog.filter_edit.clear()
    assert dialog.rows() == everything


def test_the_list_follows_the_interface_language(qtbot, window, english_afterwards):
    switch_language(QApplication.instance(), "sv")
    from resume_builder.ui.i18n import rebuild_window

    rebuild_window(window)
    groups = [group for group, _rows in shortcut_groups(window)]
    assert groups[:3] == ["Arkiv", "Redigera", "Visa"]


def test_mnemonics_are_dropped_and_a_real_ampersand_kept():
    assert plain_text("&Save a &Copy") == "Save a Copy"
    assert plain_text("Q&&A") == "Q&A"


# --------------------------------------------------------------------------- the guide
def test_f1_shows_the_guide_with_every_topic(qtbot, window, open_modal):
    seen = open_modal(
        lambda: qtbot.keyClick(window, Qt.Key.Key_F1), UserGuideDialog
    )  # Help → User Guide
    sections = " ".join(seen["sections"]).casefold()
    for topic in ("captur", "skills", "documents", "targets", "import", "backup", "shortcuts"):
        assert topic in sections, topic


def test_the_guide_is_in_swedish_when_the_interface_is(qtbot, english_afterwards):
    switch_language(QApplication.instance(), "sv")
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.path == paths.resource("guide", "guide_sv.md")
    assert "Kortkommandon" in dialog.section_titles()
    assert "säkerhetskopior" in dialog.browser.toPlainText()


def test_both_guides_have_the_same_sections(qtbot):
    english = UserGuideDialog(language="en")
    swedish = UserGuideDialog(language="sv")
    qtbot.addWidget(english)
    qtbot.addWidget(swedish)
    assert len(english.section_titles()) == len(swedish.section_titles()) >= 7
    for shortcut in ("Ctrl+N", "Ctrl+E", "Ctrl+I", "Ctrl+/", "Ctrl+Enter"):
        assert shortcut in english.browser.toPlainText()
        assert shortcut in swedish.browser.toPlainText()


def test_a_language_without_a_guide_gets_the_english_one(qtbot):
    dialog = UserGuideDialog(language="de")
    qtbot.addWidget(dialog)
    assert dialog.path == paths.resource("guide", "guide_en.md")


def test_choosing_a_section_scrolls_to_it(qtbot):
    dialog = UserGuideDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.resize(700, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    last = len(dialog.section_titles()) - 1
    index = dialog.sections.index(last, 0)
    rect = dialog.contents.visualRect(index)
    qtbot.mouseClick(dialog.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert bar.value() > 0
    assert dialog.browser.textCursor().block().text() == dialog.section_titles()[last]


def test_the_guide_reaches_nothing_outside(qtbot):
    dialog = UserGuideDialog(language="en")
    qtbot.addWidget(dialog)
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()
    assert "http" not in dialog.browser.toPlainText()


# --------------------------------------------------------------------------- problem report
@pytest.fixture
def log_file(window):
    path = logs.set_up_logging(window.store.repository.data_dir)
    yield path
    logs.stop_logging()


def test_report_a_problem_shows_and_copies_versions_and_the_log_tail(
    qtbot, window, log_file, when_modal
):
    import PySide6

    log = logging.getLogger("resume_builder.test")
    for number in range(70):
        log.info("step %d done", number)
    seen = {}

    def copy(dialog):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen["shown"] = dialog.text.toPlainText()
        seen["copied"] = dialog.copied_label.text()
        dialog.reject()

    when_modal(ProblemReportDialog, copy)
    window.report_action.trigger()
    report = QGuiApplication.clipboard().text()
    assert report == seen["shown"]
    assert seen["copied"] == "Copied to the clipboard."
    assert f"Resume Builder {__version__}" in report
    assert f"Python {platform.python_version()}" in report
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in report
    assert platform.platform() in report
    assert str(window.store.repository.data_dir) in report
    tail = report.split("lines of the log:\n", 1)[1].splitlines()
    assert len(tail) == REPORT_LOG_LINES
    assert tail[-1].endswith("step 69 done")
    assert "step 19 done" not in report and "step 20 done" in report


def test_the_report_never_carries_an_accomplishment(qtbot, window, log_file):
    from resume_builder.ui.commands import ChangeRecordsCommand

    secret = "Negotiated the Contoso exit package worth 2.4 MSEK"
    item = Accomplishment(headline=secret, result="Saved the Nordics region from closing")
    window.undo_stack.push(ChangeRecordsCommand(window.store, "Add", [], [item]))
    log = logging.getLogger("resume_builder.test")
    log.info("an ordinary line")
    log.warning("validation failed for %r", secret)  # a careless message somewhere
    log.warning("a result: saved the nordics region from closing, it said")
    dialog = ProblemReportDialog(
        window.store.repository.data_dir,
        [a.headline for a in window.store.records(Accomplishment)]
        + [a.result for a in window.store.records(Accomplishment)],
    )
    qtbot.addWidget(dialog)
    assert secret not in dialog.report
    assert "nordics region" not in dialog.report.casefold()
    assert "an ordinary line" in dialog.report
    assert dialog.report.count("left out") == 2


def test_the_window_hides_its_own_records_from_the_report(qtbot, window, log_file, when_modal):
    from resume_builder.ui.commands import ChangeRecordsCommand

    item = Accomplishment(
        headline="Closed the Fabrikam data centre in six weeks", notes="Ask Maria at Fabrikam HQ"
    )
    me = Profile(name="Dana Åberg", email="dana@example.com")
    window.undo_stack.push(ChangeRecordsCommand(window.store, "Add", [], [item, me]))
    log = logging.getLogger("resume_builder.test")
    log.warning("could not spell-check %r", item.headline)
    log.warning("note was: ask maria at fabrikam hq")
    log.warning("exported Åberg CV.pdf")
    log.info("an ordinary line")
    seen = {}

    def read(dialog):
        seen["report"] = dialog.text.toPlainText()
        dialog.reject()

    when_modal(ProblemReportDialog, read)
    window.report_action.trigger()
    assert "Fabrikam" not in seen["report"] and "fabrikam" not in seen["report"]
    assert "Åberg" not in seen["report"]
    assert seen["report"].count("left out") == 3
    assert "an ordinary line" in seen["report"]


def test_an_empty_log_says_so(qtbot, tmp_path):
    dialog = ProblemReportDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.report.rstrip().endswith("The log is empty.")
