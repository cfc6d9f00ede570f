"""The Start page: the welcome, what is due, the job search at a glance, quick actions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    ActionItem,
    CareerPlan,
    Meeting,
    Milestone,
    Profile,
    Role,
    StatusChange,
    Target,
)
from resume_builder.ui.views.export_dialog import ExportDialog
from resume_builder.ui.views.quick_capture import QuickCaptureDialog
from resume_builder.ui.views.start import CONTENT_WIDTH, DUE_SHOWN, StartView
from resume_builder.ui.views.welcome import WelcomeDialog

TODAY = date.today()


def day(offset: int) -> PartialDate:
    when = TODAY + timedelta(days=offset)
    return PartialDate(when.year, when.month, when.day)


def iso(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def career() -> list:
    """Dana's record: a role, a talk with eight actions due (one late), two applications (one
    quiet for 40 days), and a plan 10 weeks off with one milestone.
    """
    meeting = Meeting(title="Career talk with Karin", date=day(-10))
    actions = [
        ActionItem(meeting_id=meeting.id, text=f"Action {n}", due=day(n - 1), position=n)
        for n in range(8)
    ]
    quiet = Target(
        name="Quiet one",
        status="applied",
        history=[StatusChange("interested", iso(-60), ""), StatusChange("applied", iso(-40), "")],
    )
    busy = Target(
        name="Busy one",
        status="interviewing",
        history=[
            StatusChange("interested", iso(-9), ""),
            StatusChange("interviewing", iso(-2), ""),
        ],
    )
    plan = CareerPlan(deadline=day(7 * 10 + 3), started=day(-30))
    milestone = Milestone(title="CMD complete", due=day(40))
    return [
        Profile(name="Dana Lindqvist"),
        Role(title="IT associate director", employer="Nordlys"),
        meeting,
        *actions,
        quiet,
        busy,
        plan,
        milestone,
    ]


@pytest.fixture
def window(open_window):
    made = open_window(career())
    made.show_view("start")
    return made


def start_of(window) -> StartView:
    return window.view("start")


def test_the_headline_welcomes_the_person_by_name(qtbot, context, store):
    view = StartView(context)
    qtbot.addWidget(view)
    assert view.headline.text() == "Welcome"
    store.apply(put=[Profile(name="Sam Berg")])
    qtbot.waitUntil(lambda: view.headline.text() == "Welcome back, Sam Berg", timeout=2000)


def test_the_due_panel_lists_the_first_few_overdue_first(window):
    view = start_of(window)
    proxy = view.due_list.model()
    assert proxy.rowCount() == DUE_SHOWN
    lines = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert lines[0] == "1 day(s) overdue · Action 0"
    assert lines[1] == "today · Action 1"
    assert lines[2] == "tomorrow · Action 2"
    assert view.see_all_button.text() == "See all (8) · 1 overdue"


def test_clicking_a_due_entry_opens_it_and_see_all_opens_the_page(qtbot, window):
    view = start_of(window)
    index = view.due_list.model().index(1, 0)
    rect = view.due_list.visualRect(index)
    qtbot.mouseClick(view.due_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "meetings"
    assert window.view("meetings").actions_panel.current_item().text == "Action 1"
    window.show_view("start")
    qtbot.mouseClick(view.see_all_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "due"
    assert window.view("due").proxy.rowCount() == 8


def test_the_glance_shows_the_plan_the_applications_and_the_quiet_ones(qtbot, window):
    view = start_of(window)
    plan = view.plan_label.text()
    assert "10 week(s) left · on pace" in plan and "0 of 1 milestone(s) met" in plan
    applications = view.applications_label.text()
    assert "2 application(s)" in applications and "Applied 1 · Interviewing 1" in applications
    assert view.stale_label.isVisible()
    assert "1 application(s) gone quiet for over 21 days" in view.stale_label.text()
    view.stale_label.linkActivated.emit("stale")  # what a click on the link sends
    assert window.current_key() == "applications"
    board = window.view("applications")
    assert board.filter_bar.stale_check.isChecked()
    view.plan_label.linkActivated.emit("plan")
    assert window.current_key() == "plan"


def test_the_glance_follows_the_store(qtbot, window):
    view = start_of(window)
    window.store.apply(put=[Target(name="Third", status="offer")])
    qtbot.waitUntil(lambda: "3 application(s)" in view.applications_label.text(), timeout=2000)
    assert "Offer 1" in view.applications_label.text()


def test_quick_actions_capture_add_a_target_and_export(qtbot, window, when_modal):
    view = start_of(window)
    seen = []

    def close(dialog):
        seen.append(type(dialog))
        dialog.reject()

    when_modal(QuickCaptureDialog, close)
    qtbot.mouseClick(view.capture_button, Qt.MouseButton.LeftButton)
    when_modal(ExportDialog, close)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert seen == [QuickCaptureDialog, ExportDialog]
    targets = window.store.count(Target)
    qtbot.mouseClick(view.target_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "targets"
    assert window.store.count(Target) == targets + 1
    window.undo_action.trigger()  # one undoable step
    assert window.store.count(Target) == targets


def test_an_empty_career_offers_first_steps(qtbot, open_window, when_modal):
    window = open_window()
    window.show_view("start")
    view = start_of(window)
    assert view.first_steps.isVisible() and view.welcome_button.isVisible()
    assert not view.capture_button.isVisible()  # the first steps offer it
    assert "Set the deadline" in view.plan_label.text()
    assert "No applications yet." in view.applications_label.text()
    assert view.due_empty.text().startswith("Nothing due in the next 14 day(s).")
    when_modal(WelcomeDialog, lambda dialog: dialog.demo_button.click())
    qtbot.mouseClick(view.welcome_button, Qt.MouseButton.LeftButton)
    assert window.store.count(Role) > 0  # the demo career, loaded as one undoable step
    assert window.current_key() == "accomplishments"  # where the welcome takes a demo
    qtbot.waitUntil(lambda: view.first_steps.isHidden(), timeout=2000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not view.first_steps.isHidden(), timeout=2000)
    window.show_view("start")
    qtbot.mouseClick(view.role_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "experience"
    assert window.store.count(Role) == 1


def test_the_page_fits_a_laptop_and_keeps_its_width_on_a_big_screen(qtbot, window):
    view = start_of(window)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1000
    for area in view.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible(), area.objectName()
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: window.width() == 1900)
    qtbot.wait(50)
    inner = view.findChild(QWidget, "startContent")
    assert inner.width() <= CONTENT_WIDTH
    # centred: as much room to its left as to its right
    left = inner.geometry().left()
    right = inner.parentWidget().width() - inner.geometry().right()
    assert abs(left - right) <= 2
