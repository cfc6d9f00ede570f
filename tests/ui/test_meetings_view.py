"""The Meetings page: the list, the editor, action items, and the career-conversation planner."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from resume_builder.domain.dates import PartialDate, format_date
from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Profile,
)
from resume_builder.domain.people import CAREER_CONVERSATION
from resume_builder.ui.forms import EditorScrollArea
from resume_builder.ui.models.action_items import DONE
from resume_builder.ui.views.meetings import MeetingsView
from resume_builder.ui.views.meetings.pickers import CheckListDialog

TODAY = date.today()


def day(offset: int) -> PartialDate:
    when = TODAY + timedelta(days=offset)
    return PartialDate(when.year, when.month, when.day)


def close_window(window):
    window.close()
    window.shutdown()


# --------------------------------------------------------------------------- acting as a user
def type_into(qtbot, widget, text, finish=True):
    """Replaces a field's text by typing, then (for one-line fields) presses Return."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    if finish:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def choose_in_combo(qtbot, combo: QComboBox, label: str):
    """Picks an entry of a combo box by typing its first letters, as a keyboard user does."""
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not the last one's
    qtbot.keyClicks(combo, label.split()[0])  # a space would open the list
    assert combo.currentText() == label


def scroll_to(widget):
    """Scrolls the editor so the widget is on screen, where a click reaches it."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, EditorScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 0, 0)


def click(qtbot, widget):
    qtbot.wait(20)  # pending layouts run, as they have long before a person clicks
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    scroll_to(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_cell(qtbot, table, row, column):
    index = table.model().index(row, column)
    qtbot.wait(20)
    scroll_to(table)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    return index


def tick_cell(qtbot, table, row, column):
    """Clicks a cell and ticks or unticks its check box with the space bar."""
    click_cell(qtbot, table, row, column)
    qtbot.keyClick(table, Qt.Key.Key_Space)


def open_step(qtbot, view, number):
    bar = view.planner.steps.tabBar()
    scroll_to(bar)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(number - 1).center())
    assert view.planner.steps.currentIndex() == number - 1


def pick_in_dialog(qtbot, when_modal, filter_text, rows=(0,)):
    """Once the picker is up: types the filter, ticks the rows with Space, and clicks OK."""

    def act(dialog: CheckListDialog):
        qtbot.keyClicks(dialog.filter_edit, filter_text)
        for row in rows:
            tick_cell(qtbot, dialog.table, row, 0)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    when_modal(CheckListDialog, act)


def meetings_page(window):
    window.show_view("meetings")
    view = window.view("meetings")
    assert isinstance(view, MeetingsView)
    return view


def stored_meeting(window, view) -> Meeting:
    return window.store.get(Meeting, view.page.form.record_id)


# --------------------------------------------------------------------------- data
@pytest.fixture
def career():
    boss = Person(name="Alex Lindqvist", relationship="manager", organisation="Borealis")
    mentor = Person(name="Mo Ahmed", relationship="mentor")
    points = [
        Accomplishment(headline="Cut cloud spend 22% ($1.4M a year)", date=day(-40), impact=5),
        Accomplishment(headline="Led the data-centre exit on time", date=day(-120), impact=5),
        Accomplishment(headline="Coached four team leads", date=day(-60), impact=4),
        Accomplishment(headline="Won an award in 2019", date=PartialDate(2019, 5), impact=5),
    ]
    return {"boss": boss, "mentor": mentor, "points": points, "profile": Profile(name="Dana Ek")}


def records_of(career):
    return [career["profile"], career["boss"], career["mentor"], *career["points"]]


# --------------------------------------------------------------------------- models
def test_every_model_of_the_page_passes_the_model_tester(qtbot, qtmodeltester, open_window, career):
    earlier = Meeting(title="First talk", date=day(-30), person_ids=[career["boss"].id])
    follow = Meeting(title="Follow-up", date=day(-1), follows_id=earlier.id)
    items = [
        ActionItem(
            meeting_id=earlier.id,
            text="Present the cost review",
            due=day(-5),
            proof_ids=[career["points"][0].id],
        ),  # fmt: skip
        ActionItem(meeting_id=earlier.id, text="Mentor two", position=1, done=True),
    ]
    window = open_window([*records_of(career), earlier, follow, *items])
    view = meetings_page(window)
    qtmodeltester.check(view.page.model)
    qtmodeltester.check(view.page.proxy)
    assert view.page.select_record(earlier.id)
    qtmodeltester.check(view.actions_panel.model)
    qtmodeltester.check(view.planner.points_model)
    assert view.page.select_record(follow.id)
    assert view.review.model.rowCount() == 2
    qtmodeltester.check(view.review.model)
    view.page.select_record(earlier.id)
    proofs = view.actions_panel.proof_dialog()
    assert proofs.model.rowCount() == len(career["points"])
    assert proofs.model.checked_ids() == [career["points"][0].id]
    qtmodeltester.check(proofs.model)
    qtmodeltester.check(proofs.proxy)
    proofs.deleteLater()
    people = view.people_field.dialog()
    qtmodeltester.check(people.model)
    qtmodeltester.check(people.proxy)
    people.deleteLater()
    close_window(window)


def test_the_list_is_newest_first_translated_and_filters_as_you_type(qtbot, open_window, career):
    meetings = [
        Meeting(title="Old talk", date=day(-300), person_ids=[career["boss"].id]),
        Meeting(
            title="Recruiter call",
            kind="recruiter",
            date=day(-3),
            time="09:00",
            person_ids=[career["mentor"].id, "someone-deleted"],
        ),  # fmt: skip
        Meeting(title="Same day, later", kind="interview", date=day(-3), time="15:30"),
    ]
    items = [
        ActionItem(meeting_id=meetings[0].id, text="a"),
        ActionItem(meeting_id=meetings[0].id, text="b", done=True),
    ]
    window = open_window([*records_of(career), *meetings, *items])
    view = meetings_page(window)
    page = view.page
    titles = [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())]
    assert titles == ["Same day, later", "Recruiter call", "Old talk"]
    assert page.proxy.index(1, 0).data() == f"{format_date(day(-3))} 09:00"
    assert page.proxy.index(1, 1).data() == "Recruiter"
    assert page.proxy.index(1, 3).data() == "Mo Ahmed"  # the deleted person is not named
    assert page.proxy.index(2, 4).data() == "1"  # one open action
    qtbot.keyClicks(page.filter_edit, "alex")
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 2).data() == "Old talk"
    close_window(window)


# --------------------------------------------------------------------------- the whole planner
def test_plan_a_career_conversation_through_every_step(qtbot, open_window, career, when_modal):
    window = open_window(records_of(career))
    view = meetings_page(window)
    window.new_action.trigger()
    meeting = stored_meeting(window, view)
    assert meeting is not None and meeting.date == day(0)
    form = view.page.form

    # The kind: a recruiter call has no planner; a career conversation has the five steps.
    choose_in_combo(qtbot, form.widgets["kind"], "Recruiter")
    assert not view.planner.isVisible() and view.actions_panel.isVisibleTo(view.other_actions)
    choose_in_combo(qtbot, form.widgets["kind"], "Career conversation")
    assert view.planner.isVisible()
    assert stored_meeting(window, view).kind == CAREER_CONVERSATION
    type_into(qtbot, form.widgets["date"], format_date(day(7)))
    type_into(qtbot, form.widgets["time"], "14:30")
    type_into(qtbot, form.widgets["title"], "Career talk with Alex")
    pick_in_dialog(qtbot, when_modal, "alex")
    click(qtbot, view.people_field.choose_button)
    assert view.people_field.names_label.text() == "Alex Lindqvist"

    # 1 Ask: the suggested e-mail greets the manager; edit it and copy it.
    open_step(qtbot, view, 1)
    click(qtbot, view.planner.suggest_button)
    email = view.planner.ask_form.widgets["request_email"]
    assert email.toPlainText().startswith("Subject: Time to discuss my career\n\nHi Alex,")
    assert email.toPlainText().rstrip().endswith("Dana Ek")
    email.setFocus()
    qtbot.keyClick(email, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(email, "P.S. Thursdays are best.")
    click(qtbot, view.planner.copy_button)
    copied = QApplication.clipboard().text()
    assert copied == stored_meeting(window, view).request_email
    assert "Hi Alex," in copied and copied.endswith("P.S. Thursdays are best.")

    # 2 Position: the opening, and the talking points the planner offers.
    open_step(qtbot, view, 2)
    position = view.planner.position_form.widgets
    type_into(qtbot, position["appreciation"], "I value the trust you gave me.", finish=False)
    type_into(qtbot, position["intent"], "I want to grow here.", finish=False)
    type_into(qtbot, position["aim_level"], "Director of IT Operations")
    type_into(qtbot, position["question"], "What would get me there?", finish=False)
    table = view.planner.points_table
    offered = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert offered == [
        "Cut cloud spend 22% ($1.4M a year)",
        "Led the data-centre exit on time",
        "Coached four team leads",
    ]  # the most impact first, newest first among equals; 2019 is too old
    tick_cell(qtbot, table, 1, 0)
    tick_cell(qtbot, table, 0, 0)
    assert view.planner.picked_headlines() == [offered[1], offered[0]]

    # 3 Listen
    open_step(qtbot, view, 3)
    listen = view.planner.listen_form.widgets
    type_into(qtbot, listen["feedback"], "The board does not see your work yet.", finish=False)
    type_into(qtbot, listen["asked_of_me"], "Present the cost review.", finish=False)

    # 4 Act: two actions with due dates, the first proved by an accomplishment.
    open_step(qtbot, view, 4)
    panel = view.actions_panel
    assert (
        panel.isVisible()
        and "two or three"
        in view.planner.act_page.findChild(type(view.planner.advice_label), "stepPrompt").text()
    )
    for text, due in (("Present the cost review", day(20)), ("Mentor two juniors", day(40))):
        click(qtbot, panel.add_button)
        qtbot.keyClicks(panel.form.widgets["text"], text)
        qtbot.keyClick(panel.form.widgets["text"], Qt.Key.Key_Tab)
        qtbot.keyClicks(panel.form.widgets["due"], format_date(due))
        qtbot.keyClick(panel.form.widgets["due"], Qt.Key.Key_Return)
    assert panel.model.rowCount() == 2 and not view.planner.advice_label.isVisible()
    click_cell(qtbot, panel.table, 0, 0)
    pick_in_dialog(qtbot, when_modal, "cloud")
    click(qtbot, panel.proof_button)
    assert panel.proof_label.text() == "• Cut cloud spend 22% ($1.4M a year)"
    assert panel.model.index(0, 3).data() == "Cut cloud spend 22% ($1.4M a year)"

    # 5 Follow up: the date, then plan the follow-up meeting.
    open_step(qtbot, view, 5)
    type_into(qtbot, view.planner.follow_form.widgets["follow_up"], format_date(day(50)))
    first = stored_meeting(window, view)
    assert first.follow_up == day(50)
    click(qtbot, view.review.plan_button)
    second = stored_meeting(window, view)
    assert second.id != first.id and second.follows_id == first.id
    assert second.date == day(50) and second.kind == CAREER_CONVERSATION
    assert second.person_ids == first.person_ids
    assert view.page.selected_ids() == [second.id]

    # At the follow-up: mark the first action done and see it with its proof.
    open_step(qtbot, view, 5)
    review = view.review
    assert review.table.isVisible()
    assert review.progress_texts() == [
        ("Present the cost review", "Open", "Cut cloud spend 22% ($1.4M a year)"),
        ("Mentor two juniors", "Open", "no proof yet"),
    ]
    tick_cell(qtbot, review.table, 0, 2)
    assert review.progress_texts()[0] == (
        "Present the cost review",
        "Done",
        "Cut cloud spend 22% ($1.4M a year)",
    )
    done = [i for i in window.store.records(ActionItem) if i.text == "Present the cost review"]
    assert done[0].done and done[0].done_on == day(0)

    # Everything is there after closing and opening again.
    close_window(window)
    again = open_window()
    view = meetings_page(again)
    stored = {m.title: m for m in again.store.records(Meeting)}
    talk = stored["Career talk with Alex"]
    assert talk.time == "14:30" and talk.date == day(7) and talk.follow_up == day(50)
    assert talk.aim_level == "Director of IT Operations"
    assert talk.feedback == "The board does not see your work yet."
    assert talk.asked_of_me == "Present the cost review."
    assert talk.request_email.endswith("P.S. Thursdays are best.")
    points = {a.id: a.headline for a in again.store.records(Accomplishment)}
    assert [points[i] for i in talk.talking_point_ids] == [offered[1], offered[0]]
    assert stored["Follow-up: Career talk with Alex"].follows_id == talk.id
    items = sorted(
        (i for i in again.store.records(ActionItem) if i.meeting_id == talk.id),
        key=lambda i: i.position,
    )
    assert [(i.text, i.due, i.done) for i in items] == [
        ("Present the cost review", day(20), True),
        ("Mentor two juniors", day(40), False),
    ]
    assert [points[i] for i in items[0].proof_ids] == ["Cut cloud spend 22% ($1.4M a year)"]
    assert view.page.select_record(stored["Follow-up: Career talk with Alex"].id)
    assert view.review.progress_texts()[0][1] == "Done"
    close_window(again)


def test_more_than_three_actions_gets_a_gentle_word(qtbot, open_window):
    meeting = Meeting(title="Talk", date=day(0))
    window = open_window([meeting])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    open_step(qtbot, view, 4)
    for _ in range(3):
        click(qtbot, view.actions_panel.add_button)
    assert not view.planner.advice_label.isVisible()
    click(qtbot, view.actions_panel.add_button)
    assert view.planner.advice_label.isVisible()
    close_window(window)


def test_overdue_actions_stand_out(qtbot, open_window):
    meeting = Meeting(title="Talk", date=day(-40))
    late = ActionItem(meeting_id=meeting.id, text="Late", due=day(-2))
    on_time = ActionItem(meeting_id=meeting.id, text="Later", due=day(9), position=1)
    window = open_window([meeting, late, on_time])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    model = view.actions_panel.model
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue")
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    close_window(window)


# --------------------------------------------------------------------------- bad input
def test_a_date_that_does_not_exist_is_refused_with_a_sentence_and_nothing_stored(
    qtbot, open_window
):
    meeting = Meeting(title="Talk", date=day(0))
    window = open_window([meeting])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    field = view.page.form.widgets["date"]
    type_into(qtbot, field, "2026-02-30")
    assert "border" in field.styleSheet()
    problem = view.page.problem_label
    assert problem.isVisible() and problem.text().startswith("Date: “2026-02-30” is not a date")
    assert window.store.get(Meeting, meeting.id).date == day(0)
    type_into(qtbot, view.page.form.widgets["time"], "25:99")
    assert "is not a time like 14:30" in problem.text()
    assert window.store.get(Meeting, meeting.id).time == ""
    # The follow-up date of step 5 says so under the planner.
    open_step(qtbot, view, 5)
    type_into(qtbot, view.planner.follow_form.widgets["follow_up"], "2026-13-01")
    assert view.planner_problems.isVisible() and "2026-13-01" in view.planner_problems.text()
    assert window.store.get(Meeting, meeting.id).follow_up is None
    close_window(window)


def test_a_person_deleted_meanwhile_simply_leaves_the_meeting(qtbot, open_window, career):
    meeting = Meeting(title="Talk", person_ids=[career["boss"].id, career["mentor"].id])
    window = open_window([*records_of(career), meeting])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    assert view.people_field.names_label.text() == "Alex Lindqvist, Mo Ahmed"
    window.store.apply(remove=[career["mentor"]])  # as the People page would
    assert view.people_field.names_label.text() == "Alex Lindqvist"
    assert view.page.proxy.index(0, 3).data() == "Alex Lindqvist"
    close_window(window)


# --------------------------------------------------------------------------- undo
def test_deleting_a_meeting_takes_its_items_and_ctrl_z_brings_all_back(qtbot, open_window):
    meeting = Meeting(title="Talk", date=day(0))
    other = Meeting(title="Other", date=day(-9))
    items = [
        ActionItem(meeting_id=meeting.id, text="One"),
        ActionItem(meeting_id=meeting.id, text="Two", position=1),
        ActionItem(meeting_id=other.id, text="Elsewhere"),
    ]
    window = open_window([meeting, other, *items])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    view.page.table.setFocus()
    window.delete_action.trigger()
    assert window.store.get(Meeting, meeting.id) is None
    assert [i.text for i in window.store.records(ActionItem)] == ["Elsewhere"]
    qtbot.keyClick(view.page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.get(Meeting, meeting.id) is not None
    assert sorted(i.text for i in window.store.records(ActionItem)) == ["Elsewhere", "One", "Two"]
    view.page.select_record(meeting.id)
    assert view.actions_panel.model.rowCount() == 2
    window.undo_stack.redo()
    assert (
        window.store.get(Meeting, meeting.id) is None and len(window.store.records(ActionItem)) == 1
    )
    window.undo_stack.undo()
    assert len(window.store.records(ActionItem)) == 3
    close_window(window)


def test_an_action_item_edit_undoes_and_redoes(qtbot, open_window):
    meeting = Meeting(title="Talk", date=day(0))
    item = ActionItem(meeting_id=meeting.id, text="Present", due=day(5))
    window = open_window([meeting, item])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    open_step(qtbot, view, 4)  # a career conversation keeps its actions in step 4
    panel = view.actions_panel
    text = panel.form.widgets["text"]
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_End)
    qtbot.keyClicks(text, " to the board")
    stack = window.undo_stack
    assert window.store.get(ActionItem, item.id).text == "Present to the board"
    stack.undo()  # the typing is one step
    assert window.store.get(ActionItem, item.id).text == "Present"
    assert text.text() == "Present"
    stack.redo()
    assert window.store.get(ActionItem, item.id).text == "Present to the board"
    stack.undo()
    stack.redo()
    assert panel.model.index(0, 0).data() == "Present to the board"
    # marking done, moving and removing are single steps too
    click(qtbot, panel.done_button)
    assert window.store.get(ActionItem, item.id).done
    tick_cell(qtbot, panel.table, 0, DONE)
    assert not window.store.get(ActionItem, item.id).done
    stack.undo()
    assert window.store.get(ActionItem, item.id).done
    click(qtbot, panel.delete_button)
    assert window.store.get(ActionItem, item.id) is None
    stack.undo()
    assert window.store.get(ActionItem, item.id).text == "Present to the board"
    stack.redo()
    assert panel.model.rowCount() == 0
    close_window(window)


def test_moving_an_action_is_one_step(qtbot, open_window):
    meeting = Meeting(title="Talk", date=day(0))
    first = ActionItem(meeting_id=meeting.id, text="First")
    second = ActionItem(meeting_id=meeting.id, text="Second", position=1)
    window = open_window([meeting, first, second])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    open_step(qtbot, view, 4)  # a career conversation keeps its actions in step 4
    panel = view.actions_panel
    click_cell(qtbot, panel.table, 1, 0)
    click(qtbot, panel.up_button)
    order = [panel.model.index(r, 0).data() for r in range(2)]
    assert order == ["Second", "First"]
    window.undo_stack.undo()
    assert [panel.model.index(r, 0).data() for r in range(2)] == ["First", "Second"]
    window.undo_stack.redo()
    assert [panel.model.index(r, 0).data() for r in range(2)] == ["Second", "First"]
    close_window(window)


def test_the_open_conversation_records_what_was_agreed(qtbot, open_window):
    meeting = Meeting(title="Talk", date=day(0))
    window = open_window([meeting])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    form = view.planner.open_form
    assert not form.widgets["agreed"].isVisible()
    box = form.widgets["open_conversation"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert form.widgets["agreed"].isVisible() and form.widgets["conditions"].isVisible()
    type_into(qtbot, form.widgets["agreed"], "I may look outside.", finish=False)
    type_into(qtbot, form.widgets["conditions"], "Tell me before accepting.", finish=False)
    stored = window.store.get(Meeting, meeting.id)
    assert stored.open_conversation and stored.agreed == "I may look outside."
    assert stored.conditions == "Tell me before accepting."
    close_window(window)


# --------------------------------------------------------------------------- the brief
def test_brief_opens_the_brief_export_for_the_selected_meeting(qtbot, open_window):
    from resume_builder.ui.views.conversation_exports import BriefDialog

    meeting = Meeting(title="Interview at Borealis", kind="interview", date=day(3))
    other = Meeting(title="Other", date=day(-3))
    window = open_window([meeting, other])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    click(qtbot, view.brief_button)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BriefDialog))
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.meeting_box.currentData() == meeting.id
    dialog.close()
    close_window(window)


def test_the_demo_career_shows_its_conversations(qtbot, open_window):
    window = open_window(demo=True)
    view = meetings_page(window)
    meetings = window.store.records(Meeting)
    assert view.page.proxy.rowCount() == len(meetings) > 0
    career = [m for m in meetings if m.kind == CAREER_CONVERSATION]
    assert career, "the demo has a career conversation"
    assert view.page.select_record(career[0].id)
    assert view.planner.isVisible()
    assert view.planner.points_model.rowCount() > 0
    close_window(window)


def test_each_planner_step_undoes_and_redoes(qtbot, open_window, career, when_modal):
    meeting = Meeting(title="Talk", date=day(0), follow_up=day(30))
    window = open_window([*records_of(career), meeting])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    stack = window.undo_stack

    def stored():
        return window.store.get(Meeting, meeting.id)

    def undo_redo(check_before, check_after):
        stack.undo()
        assert check_before(), "undone"
        stack.redo()
        assert check_after(), "redone"
        stack.undo()
        stack.redo()
        assert check_after()

    pick_in_dialog(qtbot, when_modal, "mo")
    click(qtbot, view.people_field.choose_button)
    mentor = career["mentor"].id
    undo_redo(lambda: stored().person_ids == [], lambda: stored().person_ids == [mentor])
    assert view.people_field.names_label.text() == "Mo Ahmed"

    open_step(qtbot, view, 1)
    click(qtbot, view.planner.suggest_button)
    assert stored().request_email.startswith("Subject:")
    undo_redo(lambda: stored().request_email == "", lambda: "Hi Mo," in stored().request_email)

    open_step(qtbot, view, 2)
    tick_cell(qtbot, view.planner.points_table, 0, 0)
    first = career["points"][0].id
    undo_redo(
        lambda: stored().talking_point_ids == [], lambda: stored().talking_point_ids == [first]
    )
    assert view.planner.points_model.checked_ids() == [first]

    open_step(qtbot, view, 5)
    click(qtbot, view.review.plan_button)
    assert len(window.store.records(Meeting)) == 2
    undo_redo(
        lambda: len(window.store.records(Meeting)) == 1,
        lambda: len(window.store.records(Meeting)) == 2,
    )
    follow = next(m for m in window.store.records(Meeting) if m.follows_id == meeting.id)
    assert follow.title == "Follow-up: Talk" and follow.date == day(30)
    close_window(window)


def test_a_time_is_stored_when_complete_and_ctrl_z_undoes_its_typing_first(qtbot, open_window):
    meeting = Meeting(title="Talk", date=day(0))
    window = open_window([meeting])
    view = meetings_page(window)
    view.page.select_record(meeting.id)
    type_into(qtbot, view.page.form.widgets["title"], "Talk with Alex")
    field = view.page.form.widgets["time"]
    field.setFocus()
    qtbot.keyClicks(field, "14:3")
    assert window.store.get(Meeting, meeting.id).time == ""  # not a time yet: nothing stored
    steps = window.undo_stack.index()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "" and window.undo_stack.index() == steps  # the field's own typing
    assert window.store.get(Meeting, meeting.id).title == "Talk with Alex"
    qtbot.keyClicks(field, "14:45")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.store.get(Meeting, meeting.id).time == "14:45"
    assert view.page.proxy.index(0, 0).data() == f"{format_date(day(0))} 14:45"
    close_window(window)


def test_at_the_follow_up_an_earlier_action_is_linked_to_its_proof(
    qtbot, open_window, career, when_modal
):
    earlier = Meeting(title="First talk", date=day(-60))
    follow = Meeting(title="Follow-up", date=day(-1), follows_id=earlier.id)
    item = ActionItem(meeting_id=earlier.id, text="Coach the leads", due=day(-10))
    window = open_window([*records_of(career), earlier, follow, item])
    view = meetings_page(window)
    view.page.select_record(follow.id)
    open_step(qtbot, view, 5)
    review = view.review
    assert review.progress_texts() == [("Coach the leads", "Overdue", "no proof yet")]
    assert not review.proof_button.isEnabled()
    click_cell(qtbot, review.table, 0, 0)
    pick_in_dialog(qtbot, when_modal, "coached")
    click(qtbot, review.proof_button)
    assert review.progress_texts() == [("Coach the leads", "Overdue", "Coached four team leads")]
    window.undo_stack.undo()
    assert review.progress_texts()[0][2] == "no proof yet"
    window.undo_stack.redo()
    assert window.store.get(ActionItem, item.id).proof_ids == [career["points"][2].id]
    close_window(window)
