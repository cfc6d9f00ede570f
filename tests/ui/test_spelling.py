"""Spell checking as you type: underlines, the suggestions menu and the user's dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QTextEdit

from resume_builder.ui.forms import PlainTextField
from resume_builder.ui.spelling import SpellChecker

SENTENCE = "We improvd the sistem"


def _wait_loaded(qtbot, checker: SpellChecker) -> SpellChecker:
    if not checker.is_loaded:
        with qtbot.waitSignal(checker.dictionary_loaded, timeout=30_000):
            pass
    return checker


@pytest.fixture
def dictionary_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "dictionary.txt"


@pytest.fixture
def checker(qtbot, dictionary_path: Path) -> SpellChecker:
    return _wait_loaded(qtbot, SpellChecker(dictionary_path))


@pytest.fixture
def editor(qtbot, checker: SpellChecker) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    checker.attach(widget)
    widget.resize(500, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def underlined(editor: QPlainTextEdit | QTextEdit, block_number: int = 0) -> list[str]:
    """The texts of a block that carry a red spell-check underline, in order."""
    block = editor.document().findBlockByNumber(block_number)
    words = []
    for fmt_range in block.layout().formats():
        fmt = fmt_range.format
        if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            assert fmt.underlineColor().name() == "#d32f2f"
            # Qt counts UTF-16 units, Python code points: they part ways after an emoji.
            units = block.text().encode("utf-16-le")
            start, end = fmt_range.start * 2, (fmt_range.start + fmt_range.length) * 2
            words.append(units[start:end].decode("utf-16-le"))
    return words


def point_at(editor: QPlainTextEdit | QTextEdit, text: str, offset: int = 2) -> QPoint:
    """Viewport coordinates of a character inside the first occurrence of `text`."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(text) + offset)
    return editor.cursorRect(cursor).center()


def type_text(editor: QPlainTextEdit | QTextEdit, text: str) -> None:
    """Types any text, letter by letter (QTest.keyClicks aborts on letters beyond ASCII)."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ord(ch) < 0x100 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


# --------------------------------------------------------------------------- is_correct
def test_known_words_pass_and_typos_fail(checker):
    assert checker.is_correct("improved")
    assert checker.is_correct("system")
    assert not checker.is_correct("improvd")
    assert not checker.is_correct("sistem")


def test_case_does_not_matter(checker):
    assert checker.is_correct("System")
    assert checker.is_correct("MANAGEMENT")  # too long to be an acronym, but a real word
    assert not checker.is_correct("Sistem")
    assert not checker.is_correct("MANAGMENTS")


@pytest.mark.parametrize(
    "token",
    [
        "API",
        "KPI",
        "SAAS",
        "ABCDEF",
        "2019",
        "B2B",
        "10k",
        "Q3",
        "x",
        "snake_case",
        "https://example.com/qwxzv",
        "www.qwxzv.org",
        "jo.qwxzv@example.com",
        "qwxzv.io",
    ],
)
def test_tokens_that_are_not_prose_words_are_never_flagged(checker, token):
    assert checker.is_correct(token)


def test_long_all_caps_words_are_still_checked(checker):
    assert not checker.is_correct("ABCDEFG")


def test_apostrophes_and_possessives(checker):
    assert checker.is_correct("don't")
    assert checker.is_correct("don’t")
    assert checker.is_correct("manager's")
    assert not checker.is_correct("dont't")


def test_a_check_before_the_dictionary_arrives_passes_then_the_editor_is_rehighlighted(
    qtbot, dictionary_path
):
    fresh = SpellChecker(dictionary_path)
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    fresh.attach(widget)
    # The loader reports through the event loop, which has not run since construction.
    assert not fresh.is_loaded
    widget.setPlainText(SENTENCE)
    assert fresh.is_correct("improvd")
    assert underlined(widget) == []
    _wait_loaded(qtbot, fresh)
    assert not fresh.is_correct("improvd")
    assert underlined(widget) == ["improvd", "sistem"]


def test_a_language_without_a_dictionary_flags_nothing(qtbot, dictionary_path):
    swedish = _wait_loaded(qtbot, SpellChecker(dictionary_path, language="sv"))
    assert swedish.is_correct("improvd")
    assert swedish.suggestions("improvd") == []


# --------------------------------------------------------------------------- suggestions
def test_suggestions_rank_the_likely_word_first(checker):
    assert checker.suggestions("sistem")[0] == "system"
    assert "improved" in checker.suggestions("improvd")
    assert len(checker.suggestions("teh", limit=3)) == 3


def test_suggestions_keep_the_capitalisation_of_the_word(checker):
    assert checker.suggestions("Sistem")[0] == "System"
    assert checker.suggestions("SISTEMS")[0] == "SYSTEMS"
    assert all(s[0].isupper() for s in checker.suggestions("Improvd"))
    assert all(s.islower() for s in checker.suggestions("improvd"))


def test_suggestions_reach_two_edits_for_short_words(checker):
    assert "accomplishment" in checker.suggestions("acomplishmnt")


def test_user_words_are_suggested_in_their_own_spelling(checker):
    checker.add_to_dictionary("PySide")
    assert checker.is_correct("pyside")
    assert checker.suggestions("PySid")[0] == "PySide"


# --------------------------------------------------------------------------- highlighting
def test_typing_underlines_only_the_misspelt_words(qtbot, editor):
    qtbot.keyClicks(editor, SENTENCE)
    assert editor.toPlainText() == SENTENCE
    block = editor.document().firstBlock()
    ranges = [
        (r.start, r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]
    assert ranges == [(SENTENCE.index("improvd"), 7), (SENTENCE.index("sistem"), 6)]


def test_fixing_a_word_removes_its_underline(qtbot, editor):
    qtbot.keyClicks(editor, "improvd")
    assert underlined(editor) == ["improvd"]
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "ed")
    assert editor.toPlainText() == "improved"
    assert underlined(editor) == []


def test_swedish_letters_stay_inside_one_word(qtbot, editor):
    type_text(editor, "Räksmörgås and the sistem")
    assert editor.toPlainText() == "Räksmörgås and the sistem"
    assert underlined(editor) == ["Räksmörgås", "sistem"]


def test_acronyms_numbers_and_addresses_are_not_underlined(qtbot, editor):
    editor.setPlainText(
        "Cut AWS cost 35% in Q3 2021 for B2B, see https://qwxzv.example.com/zzkq "
        "or mail jo.qwxzv@example.com; don’t forget"
    )
    assert underlined(editor) == []


def test_offsets_after_emoji_count_in_utf16_like_qt(qtbot, editor):
    editor.setPlainText("🚀 sistem")
    assert underlined(editor) == ["sistem"]


def test_a_form_prose_field_is_checked_too(qtbot, checker):
    field = PlainTextField()
    qtbot.addWidget(field)
    checker.attach(field)
    qtbot.keyClicks(field, SENTENCE)
    assert underlined(field) == ["improvd", "sistem"]


def test_a_rich_text_edit_is_checked_too(qtbot, checker):
    widget = QTextEdit()
    qtbot.addWidget(widget)
    checker.attach(widget)
    widget.setPlainText(SENTENCE)
    assert underlined(widget) == ["improvd", "sistem"]


# --------------------------------------------------------------------------- context menu
def test_menu_on_a_misspelt_word_offers_suggestions_then_add_then_the_standard_menu(
    qtbot, editor, checker
):
    qtbot.keyClicks(editor, SENTENCE)
    menu = checker.menu_for(editor, point_at(editor, "improvd"))
    standard = texts(editor.createStandardContextMenu())
    items = texts(menu)
    suggestions = checker.suggestions("improvd")
    assert suggestions and "improved" in suggestions
    assert items[: len(suggestions)] == suggestions
    assert items[len(suggestions)] == "Add “improvd” to Dictionary"
    assert menu.actions()[len(suggestions) + 1].isSeparator()
    assert items[len(suggestions) + 2 :] == standard
    menu.deleteLater()


def test_menu_on_a_correct_word_is_the_standard_menu(qtbot, editor, checker):
    qtbot.keyClicks(editor, SENTENCE)
    menu = checker.menu_for(editor, point_at(editor, "the", 1))
    assert texts(menu) == texts(editor.createStandardContextMenu())
    menu.deleteLater()


def test_choosing_a_suggestion_replaces_the_word_as_one_undoable_edit(qtbot, editor, checker):
    qtbot.keyClicks(editor, SENTENCE)
    menu = checker.menu_for(editor, point_at(editor, "sistem"))
    action = next(a for a in menu.actions() if a.text() == "system")
    with qtbot.waitSignal(editor.textChanged):
        action.trigger()
    assert editor.toPlainText() == "We improvd the system"
    assert underlined(editor) == ["improvd"]
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == SENTENCE
    assert underlined(editor) == ["improvd", "sistem"]
    menu.deleteLater()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_right_click_opens_the_spelling_menu(qtbot, editor):
    qtbot.keyClicks(editor, SENTENCE)
    pos = point_at(editor, "improvd")
    seen: list[list[str]] = []

    def read_and_close_popup() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:  # the menu is not up yet: look again on the next pass of the loop
            QTimer.singleShot(10, read_and_close_popup)
            return
        seen.append(texts(popup))
        popup.close()

    QTimer.singleShot(0, read_and_close_popup)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, editor.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(editor.viewport(), event)
    assert seen and "improved" in seen[0]
    assert "Add “improvd” to Dictionary" in seen[0]


def test_add_to_dictionary_persists_and_removes_the_underline(
    qtbot, editor, checker, dictionary_path
):
    qtbot.keyClicks(editor, SENTENCE)
    menu = checker.menu_for(editor, point_at(editor, "improvd"))
    add = next(a for a in menu.actions() if a.text().startswith("Add "))
    with qtbot.waitSignal(checker.dictionary_changed):
        add.trigger()
    assert underlined(editor) == ["sistem"]
    assert dictionary_path.read_text(encoding="utf-8") == "improvd\n"
    again = _wait_loaded(qtbot, SpellChecker(dictionary_path))
    assert again.is_correct("improvd")
    assert again.is_correct("Improvd")
    assert not again.is_correct("sistem")
    menu.deleteLater()


def test_adding_rehighlights_every_attached_editor(qtbot, editor, checker):
    other = QPlainTextEdit()
    qtbot.addWidget(other)
    checker.attach(other)
    other.setPlainText("Göteborg office")
    editor.setPlainText("Moved to Göteborg")
    checker.add_to_dictionary("Göteborg")
    assert underlined(other) == []
    assert underlined(editor) == []


def test_user_dictionary_file_is_read_and_appended(qtbot, dictionary_path):
    dictionary_path.parent.mkdir(parents=True)
    dictionary_path.write_text("Kubernetes\n\nräksmörgås\n", encoding="utf-8")
    checker = _wait_loaded(qtbot, SpellChecker(dictionary_path))
    assert checker.is_correct("kubernetes")
    assert checker.is_correct("Räksmörgås")
    checker.add_to_dictionary("Terraform")
    checker.add_to_dictionary("terraform")  # already there, whatever the case
    assert dictionary_path.read_text(encoding="utf-8") == "Kubernetes\nräksmörgås\nTerraform\n"
    assert [p.name for p in dictionary_path.parent.iterdir()] == ["dictionary.txt"]


def test_a_missing_dictionary_file_is_an_empty_list(checker, dictionary_path):
    assert not dictionary_path.exists()
    assert checker.user_words == []
