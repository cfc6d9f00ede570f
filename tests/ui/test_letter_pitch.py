"""The letter pitch: written on the profile or per target, suggested from the user's records."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from resume_builder.domain.models import Accomplishment, Profile, Target
from resume_builder.export.locale import format_full_date
from resume_builder.services.demo import write_demo
from resume_builder.storage.repository import Repository
from tests.ui.test_export_dialog import pdf_text
from tests.ui.test_targets import stored, with_target


@pytest.fixture
def window(open_window, data_dir):
    """The demo career without its targets: each test adds the one it looks at."""
    with Repository.open(data_dir) as repository:
        write_demo(repository)
        repository.apply(remove=repository.all(Target))
    return open_window()


def profile_page(window):
    window.show_view("profile")
    return next(v for v in window.views if v.key == "profile")


def the_profile(window) -> Profile:
    return window.store.records(Profile)[0]


def test_a_target_pitch_is_suggested_from_its_results_and_opens_the_letter(qtbot, window):
    view, target = with_target(window)
    view.tabs.setCurrentIndex(3)
    tab = view.letter_tab
    pitch = tab.form.widgets["pitch"]
    assert pitch.isVisible() and pitch.toPlainText() == ""
    qtbot.mouseClick(tab.suggest_button, Qt.MouseButton.LeftButton)
    text = stored(window, target.id).pitch
    best = window.store.get(Accomplishment, view.tailoring.chosen[0])
    assert text.startswith("I ") and best.headline[1:].rstrip(".") in text
    assert the_profile(window).summary not in text
    assert pitch.toPlainText() == text

    # A German letter: German words around the user's own pitch, as written.
    tab.language.setCurrentIndex(tab.language.findData("de"))
    with qtbot.waitSignal(view.letter_preview.ready, timeout=20_000):
        qtbot.mouseClick(tab.draft_button, Qt.MouseButton.LeftButton)
    # The preview is in the tab's language too: German subject line and date.
    shown = " ".join(pdf_text(view.letter_preview.data).split())
    assert "Bewerbung als Head of IT Operations bei Northwind Retail" in shown
    assert "Application:" not in shown
    assert format_full_date(view.today or date.today(), "de") in shown
    letter = stored(window, target.id).letter
    assert letter.startswith("Sehr geehrtes Team von Northwind Retail,")
    assert text in letter and the_profile(window).summary not in letter
    assert letter.endswith("Mit freundlichen Grüßen\n" + the_profile(window).name)

    # Typing a pitch of its own is one undoable edit; undo twice leaves no pitch.
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert stored(window, target.id).pitch == ""


def test_the_language_list_offers_every_letter_language(window):
    view, _target = with_target(window)
    combo = view.letter_tab.language
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes == ["en", "sv", "de", "fr", "es"]


def test_the_profile_pitch_is_typed_or_suggested_and_undone(qtbot, window):
    page = profile_page(window)
    field = page.form.widgets["pitch"]
    before = the_profile(window).pitch
    assert field.toPlainText() == before
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "I keep tills running in 300 shops.")
    page.suggest_pitch_button.setFocus()  # leaving the field commits the typing
    assert the_profile(window).pitch == "I keep tills running in 300 shops."

    qtbot.mouseClick(page.suggest_pitch_button, Qt.MouseButton.LeftButton)
    suggested = the_profile(window).pitch
    assert suggested.startswith("I ") and suggested != "I keep tills running in 300 shops."
    assert the_profile(window).summary not in suggested
    assert field.toPlainText() == suggested
    window.undo_stack.undo()
    assert the_profile(window).pitch == "I keep tills running in 300 shops."


def test_with_no_records_the_suggestion_says_what_to_add(qtbot, open_window):
    empty = open_window()
    view, target = with_target(empty)
    view.tabs.setCurrentIndex(3)
    qtbot.mouseClick(view.letter_tab.suggest_button, Qt.MouseButton.LeftButton)
    assert stored(empty, target.id).pitch == ""
    assert "add a role or an accomplishment" in empty.statusBar().currentMessage()
    empty.statusBar().clearMessage()
    page = profile_page(empty)
    qtbot.mouseClick(page.suggest_pitch_button, Qt.MouseButton.LeftButton)
    assert the_profile(empty).pitch == ""
    assert "add a role or an accomplishment" in empty.statusBar().currentMessage()
