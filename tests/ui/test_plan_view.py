"""The Plan page as its user meets it: setting the deadline, milestones, ticking, the pace."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    CareerPlan,
    Meeting,
    Milestone,
    Role,
    StatusChange,
    Target,
)
from resume_builder.services import plan as rules
from resume_builder.storage.repository import Repository
from resume_builder.ui.models.plan import (
    DONE,
    MEASURE,
    PROGRESS,
    STATE,
    TITLE,
    MilestonesModel,
    state_colour,
)
from resume_builder.ui.views.plan import PlanView

TODAY = date(2026, 6, 1)


def day(days_from_today: int, today: date = TODAY) -> PartialDate:
    when = today + timedelta(days=days_from_today)
    return PartialDate(when.year, when.month, when.day)


def career(today: date = TODAY) -> list:
    """A plan started 100 days ago with 100 to go; four milestones counted from the record.

    Two roles, one with STAR detail (CMD 50 %); two applications sent; one recruiter talk.
    """
    plan = CareerPlan(deadline=day(100, today), started=day(-100, today))
    told = Role(title="Head of IT", employer="Northwind")
    bare = Role(title="IT Manager", employer="Northwind")
    story = Accomplishment(
        headline="Cut outages by 40 %",
        role_id=told.id,
        situation="Outages",
        action="Rebuilt on-call",
        result="40 % fewer",
    )
    sent = [
        Target(
            title=f"Director {n}", status="applied", history=[StatusChange("applied", "2026-05-01")]
        )
        for n in range(2)
    ]
    talk = Meeting(title="Intro", kind="recruiter", date=day(-10, today))
    milestones = [
        Milestone(
            title="Ten applications",
            due=day(50, today),
            measure="applications_sent",
            goal=10,
            position=0,
        ),  # fmt: skip
        Milestone(
            title="CMD complete", due=day(20, today), measure="cmd_complete", goal=100, position=1
        ),  # fmt: skip
        Milestone(title="Update LinkedIn", due=day(-3, today), position=2),
        Milestone(
            title="Two recruiter talks",
            due=day(100, today),
            measure="recruiter_conversations",
            goal=2,
            position=3,
        ),  # fmt: skip
    ]
    return [plan, told, bare, story, *sent, talk, *milestones]


def plan_page(qtbot, window) -> PlanView:
    window.show_view("plan")
    view = window.view("plan")
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def fixed_view(qtbot, context):
    """The page on its own, as of TODAY, over the career above."""
    context.store.apply(put=career())
    view = PlanView(context, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def row_of(view: PlanView, title: str) -> int:
    return view.model.texts(TITLE).index(title)


# --------------------------------------------------------------------------- the model
def test_the_milestones_model_passes_the_model_tester(qtmodeltester, store):
    store.apply(put=career())
    model = MilestonesModel(store, lambda: TODAY)
    qtmodeltester.check(model)
    # Soonest due first, as services.plan.milestones_in_order has it.
    assert model.texts(TITLE) == [
        "Update LinkedIn",
        "CMD complete",
        "Ten applications",
        "Two recruiter talks",
    ]
    assert model.texts(PROGRESS) == ["Not yet", "50 of 100 %", "2 of 10", "1 of 2"]
    assert model.texts(MEASURE)[0] == "Ticked by hand"
    # 100 of 200 days gone: half the goal is the pace. 2 of 10 is behind, 1 of 2 on track.
    assert model.texts(STATE) == ["Overdue", "Behind", "Behind", "On track"]


def test_state_colours_follow_a_dark_palette():
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    for state in (rules.DONE, rules.BEHIND, rules.OVERDUE, rules.ON_TRACK):
        on_light, on_dark = state_colour(state, light), state_colour(state, dark)
        assert on_light.lightness() < on_dark.lightness(), state
    assert state_colour(rules.OPEN, light) is None


# --------------------------------------------------------------------------- the page
def test_the_headline_counts_the_weeks_and_says_the_pace(fixed_view):
    assert fixed_view.stack.currentIndex() == 1
    # 100 days is 14 whole weeks; behind, for two milestones are behind and one is overdue.
    assert fixed_view.headline_label.text().startswith("14 week")
    assert fixed_view.headline_label.text().endswith("· behind pace")
    assert fixed_view.cmd_label.text().startswith("CMD 50 % complete: 1 of 2 role")


def test_the_pace_follows_the_record_as_it_grows(qtbot, fixed_view):
    store = fixed_view.store
    for milestone in list(store.records(Milestone)):
        if milestone.measure != "recruiter_conversations":
            store.apply(remove=[milestone])
    assert fixed_view.headline_label.text().endswith("· on pace")
    # A third role without its story: the CMD share drops once the count is done again.
    store.apply(put=[Role(title="Analyst", employer="Contoso")])
    qtbot.waitUntil(lambda: fixed_view.cmd_label.text().startswith("CMD 33 % complete: 1 of 3"))


def test_setting_the_deadline_makes_the_plan_in_one_step(qtbot, open_window, data_dir):
    window = open_window()
    view = plan_page(qtbot, window)
    assert view.stack.currentIndex() == 0
    assert "counts the weeks left" in view.empty_label.text()
    label = view.empty_label
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0)
    # every wrapped line shows: the label is as tall as its text needs at its width
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
    qtbot.mouseClick(view.set_deadline_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == 1
    deadline = view.plan_form.widgets["deadline"]
    assert deadline.hasFocus()
    assert view.headline_label.text() == "Set the deadline to see the weeks left"
    ahead = date.today() + timedelta(days=70)
    qtbot.keyClicks(deadline, ahead.isoformat())
    qtbot.keyClick(deadline, Qt.Key.Key_Return)
    (plan,) = window.store.records(CareerPlan)
    assert plan.deadline == PartialDate(ahead.year, ahead.month, ahead.day)
    assert plan.started == day(0, date.today())
    assert view.headline_label.text().startswith("10 week")
    assert view.headline_label.text().endswith("· on pace")
    window.undo_action.trigger()  # the deadline
    window.undo_action.trigger()  # the plan
    assert window.store.records(CareerPlan) == []
    assert view.stack.currentIndex() == 0
    window.redo_action.trigger()
    window.redo_action.trigger()
    window.store.flush()
    window.close()
    window.shutdown()
    with Repository.open(data_dir) as repository:
        (kept,) = repository.all(CareerPlan)
    assert kept.deadline == PartialDate(ahead.year, ahead.month, ahead.day)


def test_a_milestone_added_and_typed_in_is_kept(qtbot, open_window, data_dir):
    window = open_window([CareerPlan(deadline=PartialDate(2030, 1, 1))])
    view = plan_page(qtbot, window)
    assert view.no_milestones_label.isVisible()
    window.new_action.trigger()  # the window's Add adds a milestone once there is a plan
    form = view.milestone_form
    title = form.widgets["title"]
    assert title.hasFocus()
    qtbot.keyClicks(title, "Five recruiter talks")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    due = form.widgets["due"]
    assert due.hasFocus()
    qtbot.keyClicks(due, "2029-06")
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    measure = form.widgets["measure"]
    assert measure.hasFocus()
    assert not form.widgets["goal"].isVisible()  # a milestone ticked by hand has no goal
    measure.setCurrentIndex(measure.findData("recruiter_conversations"))
    goal = form.widgets["goal"]
    assert goal.isVisible()
    goal.setFocus()
    qtbot.keyClick(goal, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(goal, "5")
    assert view.model.texts(TITLE) == ["Five recruiter talks"]
    assert view.model.texts(PROGRESS) == ["0 of 5"]
    assert window.undo_stack.undoText() == "Edit Goal"
    window.store.flush()
    window.close()
    window.shutdown()
    with Repository.open(data_dir) as repository:
        (kept,) = repository.all(Milestone)
    assert (kept.title, kept.due, kept.measure, kept.goal) == (
        "Five recruiter talks",
        PartialDate(2029, 6),
        "recruiter_conversations",
        5,
    )


def test_a_share_above_the_whole_is_refused_with_a_sentence(qtbot, fixed_view):
    fixed_view.select_record(
        next(m.id for m in fixed_view.store.records(Milestone) if m.measure == "cmd_complete")
    )
    goal = fixed_view.milestone_form.widgets["goal"]
    goal.setFocus()
    qtbot.keyClick(goal, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(goal, "150")
    assert fixed_view.problem_label.isVisible()
    assert "more than the whole" in fixed_view.problem_label.text()
    cmd = next(m for m in fixed_view.store.records(Milestone) if m.measure == "cmd_complete")
    assert cmd.goal == 15  # what was typed before it went past 100


def check_box_centre(view: PlanView, row: int):
    """Where the tick box of a row is drawn."""
    index = view.model.index(row, DONE)
    option = QStyleOptionViewItem()
    option.initFrom(view.table)
    option.rect = view.table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = view.table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view.table
    )
    return rect.center()


def test_ticking_a_milestone_marks_it_done_today_in_one_undoable_step(qtbot, fixed_view):
    undo = fixed_view.undo_stack
    row = row_of(fixed_view, "Update LinkedIn")
    assert fixed_view.model.texts(STATE)[row] == "Overdue"
    qtbot.mouseClick(
        fixed_view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=check_box_centre(fixed_view, row),
    )
    linkedin = next(m for m in fixed_view.store.records(Milestone) if m.title == "Update LinkedIn")
    assert (linkedin.done, linkedin.done_on) == (True, day(0))
    assert undo.undoText() == "Tick Milestone Done"
    row = row_of(fixed_view, "Update LinkedIn")
    assert fixed_view.model.texts(STATE)[row] == "Done"
    assert fixed_view.model.texts(PROGRESS)[row] == "Done"

    # Space on the tick unticks it: the day goes too.
    fixed_view.table.setFocus()
    fixed_view.table.setCurrentIndex(fixed_view.model.index(row, DONE))
    qtbot.keyClick(fixed_view.table, Qt.Key.Key_Space)
    linkedin = fixed_view.store.get(Milestone, linkedin.id)
    assert (linkedin.done, linkedin.done_on) == (False, None)
    undo.undo()
    assert fixed_view.store.get(Milestone, linkedin.id).done is True
    undo.undo()
    assert fixed_view.store.get(Milestone, linkedin.id).done is False
    assert undo.count() == 2


def test_removing_a_milestone_is_undone_with_ctrl_z(qtbot, open_window):
    window = open_window(career(date.today()))
    view = plan_page(qtbot, window)
    view.select_record(
        next(m.id for m in window.store.records(Milestone) if m.title == "CMD complete")
    )
    assert view.milestone_form.widgets["title"].text() == "CMD complete"
    assert window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert "CMD complete" not in view.model.texts(TITLE)
    assert len(view.model.texts(TITLE)) == 3
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "CMD complete" in view.model.texts(TITLE)


def test_editing_a_due_date_reorders_and_keeps_the_milestone_in_the_editor(qtbot, fixed_view):
    fixed_view.select_record(
        next(m.id for m in fixed_view.store.records(Milestone) if m.title == "Two recruiter talks")
    )
    due = fixed_view.milestone_form.widgets["due"]
    due.setFocus()
    qtbot.keyClick(due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(due, day(5).iso())
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert fixed_view.model.texts(TITLE)[1] == "Two recruiter talks"
    assert fixed_view.table.currentIndex().row() == 1
    assert fixed_view.milestone_form.widgets["title"].text() == "Two recruiter talks"
