"""The What's Due page, its model and the status bar's count: what a user sees and opens."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import ActionItem, Meeting, Milestone, Target
from resume_builder.services.documents import snapshot_of
from resume_builder.services.due import due_counts, due_list
from resume_builder.ui import settings as keys
from resume_builder.ui.models.due import (
    Column,
    DayWatcher,
    DueFilterProxy,
    DueModel,
    DueRoles,
    FirstEntriesProxy,
    date_text,
    when_text,
)
from resume_builder.ui.views.due import DueView

TODAY = date.today()


def day(offset: int) -> PartialDate:
    when = TODAY + timedelta(days=offset)
    return PartialDate(when.year, when.month, when.day)


def make_records() -> dict:
    """A meeting with a follow-up in 3 days and two actions (2 days late, in 20 days), an
    application whose next step is today, and a milestone due tomorrow.
    """
    meeting = Meeting(title="Career talk with Karin", date=day(-10), follow_up=day(3))
    late = ActionItem(meeting_id=meeting.id, text="Send Karin the runbook", due=day(-2))
    later = ActionItem(meeting_id=meeting.id, text="Book the review", due=day(20), position=1)
    target = Target(
        name="Nordlys",
        title="Head of IT",
        company="Nordlys Energi",
        next_step="Call the recruiter",
        next_step_date=day(0),
    )
    milestone = Milestone(title="Two résumés ready", due=day(1))
    return {
        "meeting": meeting,
        "late": late,
        "later": later,
        "target": target,
        "milestone": milestone,
    }


@pytest.fixture
def records(store) -> dict:
    """make_records(), stored."""
    made = make_records()
    store.apply(put=list(made.values()))
    return made


def whats(model) -> list[str]:
    return [model.index(r, Column.WHAT).data() for r in range(model.rowCount())]


# --------------------------------------------------------------------------- the model
def test_the_model_passes_the_model_tester_through_changes(qtmodeltester, store, records):
    model = DueModel(store)
    qtmodeltester.check(model)
    store.apply(put=[replace(records["late"], done=True)])
    model.refresh()
    qtmodeltester.check(model)
    store.apply(remove=[records["target"]])
    model.refresh()
    qtmodeltester.check(model)
    assert whats(model) == ["Two résumés ready", "Career talk with Karin"]


def test_the_proxies_pass_the_model_tester(qtmodeltester, store, records):
    model = DueModel(store, within_days=None)
    table = DueFilterProxy()
    table.setSourceModel(model)
    table.sort(Column.DUE)
    first = FirstEntriesProxy(3)
    first.setSourceModel(model)
    qtmodeltester.check(table)
    qtmodeltester.check(first)
    table.set_words("karin")
    store.apply(put=[replace(records["later"], done=True)])
    model.refresh()
    qtmodeltester.check(table)
    qtmodeltester.check(first)
    assert first.rowCount() == 3


def test_rows_are_overdue_first_then_soonest_as_the_service_lists_them(store, records):
    model = DueModel(store)
    expected = [d.text for d in due_list(snapshot_of(store), TODAY)]
    assert whats(model) == expected
    assert whats(model) == [
        "Send Karin the runbook",
        "Call the recruiter",
        "Two résumés ready",
        "Career talk with Karin",
    ]  # the action due in 20 days is beyond the 14 days looked at
    when = [model.index(r, Column.WHEN).data() for r in range(model.rowCount())]
    assert when == ["2 day(s) overdue", "today", "tomorrow", "in 3 day(s)"]
    kinds = [model.index(r, Column.KIND).data() for r in range(model.rowCount())]
    assert kinds == ["Action item", "Next step", "Milestone", "Follow-up"]
    froms = [model.index(r, Column.FROM).data() for r in range(model.rowCount())]
    assert froms == ["Career talk with Karin", "Nordlys", "", "Career talk with Karin"]
    assert model.counts() == (4, 1)


def test_an_overdue_row_stands_out_and_says_so_in_words(store, records):
    model = DueModel(store)
    late, soon = model.index(0, Column.WHEN), model.index(1, Column.WHEN)
    assert late.data(DueRoles.OverdueRole) is True
    assert late.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert soon.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "overdue" in late.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.KIND).data(Qt.ItemDataRole.DecorationRole) is not None


def test_dates_are_written_as_the_interface_language_writes_them():
    english, swedish = QLocale(QLocale.Language.English), QLocale(QLocale.Language.Swedish)
    assert date_text(PartialDate(2026, 12, 2), english) == "Wed, Dec 2, 2026"
    assert date_text(PartialDate(2026, 12, 2), swedish) == "ons 2 dec. 2026"
    assert date_text(PartialDate(2026, 6), english) == "June 2026"
    assert date_text(PartialDate(2026), english) == "2026"
    assert when_text(0) == "today" and when_text(1) == "tomorrow"
    assert when_text(5) == "in 5 day(s)" and when_text(-1) == "1 day(s) overdue"


def test_the_list_follows_the_store_a_moment_after_it_changes(qtbot, store, records):
    model = DueModel(store)
    with qtbot.waitSignal(model.refreshed, timeout=2000):
        store.apply(put=[replace(records["late"], done=True)])
    assert "Send Karin the runbook" not in whats(model)
    assert model.counts() == (3, 0)


def test_a_new_day_moves_what_is_due_on(qtbot, store, records):
    days = [TODAY]
    model = DueModel(store, today=lambda: days[0])
    assert model.index(2, Column.WHEN).data() == "tomorrow"
    days[0] = TODAY + timedelta(days=2)
    with qtbot.waitSignal(model.refreshed, timeout=1000):
        model.day_watcher.check()  # what the timer after midnight does
    assert model.counts() == (4, 3)  # the next step and the milestone are late now
    assert model.index(3, Column.WHEN).data() == "tomorrow"  # the follow-up, in 3 days before


def test_the_day_watcher_waits_for_the_next_midnight_and_says_a_day_once(qtbot):
    days = [TODAY]
    watcher = DayWatcher(lambda: days[0])
    assert watcher.timer.isActive()
    assert 1000 <= watcher.timer.remainingTime() <= 3600 * 1000 + 1000
    with qtbot.assertNotEmitted(watcher.day_changed):
        watcher.check()
    days[0] = TODAY + timedelta(days=1)
    with qtbot.waitSignal(watcher.day_changed, timeout=500):
        watcher.check()
    with qtbot.assertNotEmitted(watcher.day_changed):
        watcher.check()
    assert watcher.timer.isActive()


# --------------------------------------------------------------------------- the page
@pytest.fixture
def view(qtbot, context, records) -> DueView:
    page = DueView(context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def test_the_page_lists_what_is_due_with_a_summary(view):
    assert view.stack.currentWidget() is view.table
    assert view.texts(Column.WHAT)[0] == "Send Karin the runbook"
    assert view.texts(Column.DUE)[0] == date_text(day(-2))
    assert view.summary_label.text() == "4 due in the next 14 days · 1 overdue"


def test_typing_in_the_filter_keeps_the_rows_with_every_word(qtbot, view):
    qtbot.keyClicks(view.filter_edit, "karin talk")
    # The late action is from that talk: its From column holds the words.
    assert view.texts(Column.WHAT) == ["Send Karin the runbook", "Career talk with Karin"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "RUNBOOK")
    assert view.texts(Column.WHAT) == ["Send Karin the runbook"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "milestone")
    assert view.texts(Column.WHAT) == ["Two résumés ready"]


def test_the_days_chosen_are_remembered(qtbot, context, view):
    assert "Book the review" not in view.texts(Column.WHAT)
    view.days_combo.setCurrentIndex(view.days_combo.findData(30))
    assert "Book the review" in view.texts(Column.WHAT)
    assert keys.DUE_DAYS.get(QSettings()) == 30
    again = DueView(context)
    qtbot.addWidget(again)
    again.restore_state(QSettings())
    assert again.days_combo.currentData() == 30
    assert "Book the review" in again.texts(Column.WHAT)
    again.days_combo.setCurrentIndex(again.days_combo.findData(0))  # everything dated
    assert again.model.within_days is None
    assert again.summary_label.text() == "5 dated and open · 1 overdue"


def test_nothing_due_says_what_shows_up_here(qtbot, context):
    page = DueView(context)
    qtbot.addWidget(page)
    assert page.stack.currentIndex() == 0
    assert page.empty_label.text().startswith("Nothing due in the next 14 day(s).")
    assert "action items" in page.empty_label.text()
    page.days_combo.setCurrentIndex(page.days_combo.findData(0))
    assert page.empty_label.text().startswith("Nothing dated is open.")


def test_the_page_follows_the_store_and_keeps_the_row_selected(qtbot, view, store, records):
    assert view.select_record(records["milestone"].id)
    with qtbot.waitSignal(view.model.refreshed, timeout=2000):
        store.apply(put=[replace(records["late"], done=True)])
    assert "Send Karin the runbook" not in view.texts(Column.WHAT)
    assert view.table.currentIndex().data(DueRoles.RecordIdRole) == records["milestone"].id
    with qtbot.waitSignal(view.model.refreshed, timeout=2000):
        store.apply(put=[replace(r, done=True) for r in (records["later"],)])
        store.apply(remove=[records["meeting"], records["target"], records["milestone"]])
    assert view.stack.currentIndex() == 0
    assert view.summary_label.text() == ""


# --------------------------------------------------------------------------- in the window
@pytest.fixture
def made() -> dict:
    return make_records()


@pytest.fixture
def window(open_window, made):
    return open_window(list(made.values()))


def test_enter_on_an_action_item_opens_it_on_its_meetings_page(qtbot, window, made):
    window.show_view("due")
    page = window.view("due")
    assert page.select_record(made["late"].id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_key() == "meetings"
    meetings = window.view("meetings")
    assert meetings.current_meeting().id == made["meeting"].id
    assert meetings.actions_panel.current_item().id == made["late"].id


def test_a_double_click_opens_a_follow_up_and_a_next_step(qtbot, window, made):
    window.show_view("due")
    page = window.view("due")
    for record, page_key in ((made["meeting"], "meetings"), (made["target"], "targets")):
        window.show_view("due")
        assert page.select_record(record.id)
        rect = page.table.visualRect(page.table.currentIndex())
        # As a hand does it: a click on the row, then the double-click.
        qtbot.wait(QApplication.doubleClickInterval() + 50)
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_key() == page_key
        assert window.view(page_key).page.current_record().id == record.id


def test_ctrl_f_puts_the_cursor_in_the_filter(qtbot, window):
    window.show_view("due")
    page = window.view("due")
    window.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.filter_edit)


def test_the_status_bar_counts_what_is_due_and_follows_a_completed_item(qtbot, window, made):
    indicator = window.due_indicator
    qtbot.waitUntil(lambda: indicator.model is not None and indicator.isVisible())
    assert indicator.text() == "4 due · 1 overdue"
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert window.current_key() == "due"
    # Opening the late action and marking it done updates the count; undo brings it back.
    page = window.view("due")
    assert page.select_record(made["late"].id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    panel = window.view("meetings").actions_panel
    assert panel.current_item().id == made["late"].id
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert window.store.get(ActionItem, made["late"].id).done
    qtbot.waitUntil(lambda: indicator.text() == "3 due", timeout=2000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: indicator.text() == "4 due · 1 overdue", timeout=2000)


def test_the_status_bar_says_when_nothing_is_due(qtbot, open_window):
    window = open_window()
    qtbot.waitUntil(lambda: window.due_indicator.model is not None)
    assert window.due_indicator.text() == "Nothing due"


def test_with_the_demo_the_status_bar_shows_the_demo_s_count(qtbot, open_window):
    window = open_window(demo=True)
    indicator = window.due_indicator
    qtbot.waitUntil(lambda: indicator.model is not None)
    listed, overdue = due_counts(due_list(snapshot_of(window.store), TODAY))
    assert listed  # the demo has something due, or this test shows nothing
    expected = f"{listed} due" + (f" · {overdue} overdue" if overdue else "")
    assert indicator.text() == expected


def test_the_setting_s_default_is_the_service_s():
    from resume_builder.services.due import DEFAULT_DUE_DAYS

    assert keys.DUE_DAYS.default == DEFAULT_DUE_DAYS


def test_a_milestone_opens_on_the_plan_page(qtbot, window, made):
    window.show_view("due")
    page = window.view("due")
    assert page.select_record(made["milestone"].id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_key() == "plan"
    assert window.view("plan").current_milestone().id == made["milestone"].id
