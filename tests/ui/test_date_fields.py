"""Date fields of the editors accept dates as people write them and show back the stored form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Certification, Role
from resume_builder.ui.forms import RecordForm
from resume_builder.ui.views.background import BackgroundView
from resume_builder.ui.views.experience import ExperienceView


def show(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    return view


@pytest.fixture
def experience(qtbot, context):
    view = show(qtbot, ExperienceView(context))
    view.add_new()
    return view


def type_into(qtbot, field, text):
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("May 2019", PartialDate(2019, 5), "2019-05"),
        ("may 2019", PartialDate(2019, 5), "2019-05"),
        ("05/2019", PartialDate(2019, 5), "2019-05"),
        ("2019", PartialDate(2019), "2019"),
        ("maj 2019", PartialDate(2019, 5), "2019-05"),
        ("Sept. 2021", PartialDate(2021, 9), "2021-09"),
        ("14 May 2019", PartialDate(2019, 5, 14), "2019-05-14"),
        ("2019-5", PartialDate(2019, 5), "2019-05"),
    ],
)
def test_a_typed_date_is_stored_on_enter_and_shown_as_stored(
    qtbot, experience, store, typed, stored, shown
):
    start = experience.page.form.widgets["start"]
    type_into(qtbot, start, typed)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert store.records(Role)[0].start == stored
    # Enter keeps the cursor here, and the field still shows the canonical form.
    assert start.hasFocus()
    assert start.text() == shown
    assert not experience.page.problem_label.isVisible()


def test_a_typed_date_is_stored_on_tab_and_shown_as_stored(qtbot, experience, store):
    form = experience.page.form
    start = form.widgets["start"]
    type_into(qtbot, start, "May 2019")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert not start.hasFocus()
    assert store.records(Role)[0].start == PartialDate(2019, 5)
    assert start.text() == "2019-05"
    assert experience.context.undo_stack.undoText() == "Edit Start"


@pytest.mark.parametrize("typed", ["present", "nu", "Pågående", "tills vidare", "ongoing"])
def test_an_open_end_in_words_is_stored_as_present(qtbot, experience, store, typed):
    end = experience.page.form.widgets["end"]
    type_into(qtbot, end, typed)
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert store.records(Role)[0].end is PRESENT
    assert end.text() == "present"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("05/06/2019", "the order of day and month is unclear"),
        ("2019-13", "there is no month 13"),
        ("13/2019", "there is no month 13"),
        ("sometime", ""),
    ],
)
def test_a_wrong_or_ambiguous_date_is_marked_explained_and_not_stored(
    qtbot, experience, store, typed, reason
):
    page = experience.page
    start = page.form.widgets["start"]
    type_into(qtbot, start, typed)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert store.records(Role)[0].start is None
    assert experience.context.undo_stack.count() == 1  # only the add
    assert start.text() == typed  # kept for the user to correct, not replaced
    assert start.styleSheet() == RecordForm.PROBLEM_STYLE
    assert page.problem_label.isVisible()
    message = page.problem_label.text()
    assert f"“{typed}” is not a date" in message and reason in message
    assert "May 2019" in message  # says which forms work

    type_into(qtbot, start, "May 2019")  # fixed: the mark and the sentence go
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert store.records(Role)[0].start == PartialDate(2019, 5)
    assert start.styleSheet() == ""
    assert not page.problem_label.isVisible()


def test_an_incomplete_date_is_marked_while_typing_and_nothing_is_stored(qtbot, experience, store):
    page = experience.page
    start = page.form.widgets["start"]
    type_into(qtbot, start, "May 20")
    assert start.styleSheet() == RecordForm.PROBLEM_STYLE
    assert page.problem_label.isVisible()
    assert store.records(Role)[0].start is None
    qtbot.keyClicks(start, "19")  # now "May 2019": the mark goes before leaving the field
    assert start.styleSheet() == ""
    assert store.records(Role)[0].start is None  # stored only on leaving or Enter


def test_a_date_typed_again_in_another_form_that_is_already_stored_is_shown_canonical(
    qtbot, experience, store
):
    start = experience.page.form.widgets["start"]
    type_into(qtbot, start, "2019-05")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    type_into(qtbot, start, "May 2019")  # the same month: nothing to store, still tidied
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert experience.context.undo_stack.count() == 2  # the add and one edit
    assert start.text() == "2019-05"


def test_placeholders_say_that_may_2019_works(experience):
    form = experience.page.form
    assert "May 2019" in form.widgets["start"].placeholderText()
    assert "May 2019" in form.widgets["end"].placeholderText()
    assert "present" in form.widgets["end"].placeholderText()


def test_background_dates_take_the_same_forms(qtbot, context, store):
    view = show(qtbot, BackgroundView(context))
    certifications = view.show_section("certifications")
    view.add_new()
    date_field = certifications.form.widgets["date"]
    type_into(qtbot, date_field, "May 14, 2019")
    qtbot.keyClick(date_field, Qt.Key.Key_Return)
    (certification,) = store.records(Certification)
    assert certification.date == PartialDate(2019, 5, 14)
    assert date_field.text() == "2019-05-14"


def test_undo_after_a_typed_date_restores_the_empty_field(qtbot, experience, store):
    start = experience.page.form.widgets["start"]
    type_into(qtbot, start, "okt 2020")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert start.text() == "2020-10"
    experience.context.undo_stack.undo()
    assert store.records(Role)[0].start is None
    assert start.text() == ""
