"""The Meetings page in a small window: what fits, what gives way, and what the user reads."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, ActionItem, Meeting
from resume_builder.domain.people import CAREER_CONVERSATION
from resume_builder.export.locale import conversation_word
from resume_builder.ui.views.meetings import MeetingsView
from resume_builder.ui.views.meetings.action_items import proof_dialog

HELD = PartialDate(2026, 9, 9)


def close_window(window):
    window.close()
    window.shutdown()


def settle(qtbot):
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(30)


def meetings_page(qtbot, window, width, height) -> MeetingsView:
    window.resize(width, height)
    window.show_view("meetings")
    settle(qtbot)
    return window.view("meetings")


def demo_career_conversations(window) -> list[Meeting]:
    meetings = [m for m in window.store.records(Meeting) if m.kind == CAREER_CONVERSATION]
    assert len(meetings) >= 2, "the demo has a career conversation and its follow-up"
    return meetings


def follow_up_of_demo(window) -> Meeting:
    return next(m for m in demo_career_conversations(window) if m.follows_id)


def test_the_five_steps_fit_a_1024_window_in_swedish(qtbot, open_window, swedish):
    window = open_window(demo=True)
    view = meetings_page(qtbot, window, 1024, 700)
    view.page.select_record(demo_career_conversations(window)[0].id)
    settle(qtbot)
    steps = view.planner.steps
    bar = steps.tabBar()
    assert bar.sizeHint().width() <= steps.width()
    for index in range(steps.count()):
        # Every tab whole, and its whole name said in its tooltip and at the step's top.
        assert bar.tabRect(index).right() <= steps.width()
        assert bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(
            steps.tabText(index)
        )
        whole = steps.tabToolTip(index)
        assert whole.startswith(f"Steg {index + 1} av 5")
        headings = [label.text() for label in steps.widget(index).findChildren(QLabel)]
        assert whole in headings
    assert [steps.tabText(i) for i in range(steps.count())][-1] == "5 Följ upp"
    close_window(window)


def test_another_meeting_is_shown_from_its_top(qtbot, open_window):
    window = open_window(demo=True)
    view = meetings_page(qtbot, window, 1366, 768)
    first, second = demo_career_conversations(window)[:2]
    view.page.select_record(first.id)
    settle(qtbot)
    bar = view.page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    view.page.select_record(second.id)
    settle(qtbot)
    assert bar.value() == 0
    close_window(window)


def test_a_short_step_is_not_as_tall_as_the_tallest(qtbot, open_window):
    window = open_window(demo=True)
    view = meetings_page(qtbot, window, 1366, 768)
    view.page.select_record(demo_career_conversations(window)[0].id)
    steps = view.planner.steps
    steps.setCurrentIndex(1)  # position: four fields and the talking points
    settle(qtbot)
    tall = steps.height()
    steps.setCurrentIndex(4)  # follow up: a date and a button
    settle(qtbot)
    short = steps.height()
    assert short < tall - 150
    page = view.planner.follow_page
    assert short <= page.sizeHint().height() + steps.tabBar().height() + 20
    close_window(window)


def test_the_follow_up_review_gives_the_action_the_room_and_shows_it_whole(qtbot, open_window):
    window = open_window(demo=True)
    view = meetings_page(qtbot, window, 1366, 768)
    view.page.select_record(follow_up_of_demo(window).id)
    view.planner.steps.setCurrentIndex(4)
    settle(qtbot)
    table = view.review.table
    widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
    assert widths[0] == max(widths) and widths[0] > 2 * sorted(widths)[-2] - 1
    for row in range(table.model().rowCount()):
        text = table.model().index(row, 0).data()
        rect = table.fontMetrics().boundingRect(
            0, 0, widths[0] - 8, 10_000, Qt.TextFlag.TextWordWrap, text
        )
        assert table.rowHeight(row) >= rect.height(), text  # wrapped whole, not cut
    close_window(window)


def test_the_editor_gets_the_larger_share_until_the_user_drags_it(qtbot, open_window):
    window = open_window(demo=True)
    view = meetings_page(qtbot, window, 1366, 768)
    listed, editor = view.page.splitter.sizes()
    assert editor > listed
    view.page.splitter.setSizes([800, 300])
    dragged = view.page.splitter.sizes()
    close_window(window)
    window = open_window()
    view = meetings_page(qtbot, window, 1366, 768)
    assert view.page.splitter.sizes() == dragged  # the saved splitter wins
    close_window(window)


def test_a_narrow_list_keeps_dates_and_kinds_whole_and_leaves_out_people(
    qtbot, open_window, swedish
):
    window = open_window(demo=True)
    view = meetings_page(qtbot, window, 1024, 700)
    table = view.page.table
    header = table.horizontalHeader()
    assert header.isSectionHidden(3) and header.isSectionHidden(4)  # people, to do
    for column in (0, 1):  # when, kind
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    window.resize(1600, 900)
    settle(qtbot)
    assert not header.isSectionHidden(4)
    close_window(window)


def test_the_talking_points_heading_names_the_window_and_the_older_picks(
    qtbot, open_window, english
):
    old = Accomplishment(headline="DR exercises", date=PartialDate(2024, 10), impact=5)
    recent = Accomplishment(headline="Risk committee", date=PartialDate(2026, 7, 1), impact=5)
    meeting = Meeting(title="Held", kind=CAREER_CONVERSATION, date=HELD, talking_point_ids=[old.id])
    fresh = Meeting(title="Fresh", kind=CAREER_CONVERSATION, date=HELD)
    window = open_window([old, recent, meeting, fresh])
    view = meetings_page(qtbot, window, 1366, 768)
    view.planner.today = date(2026, 12, 2)
    view.page.select_record(meeting.id)
    heading = view.planner.points_label.text().replace("&", "")
    assert "2025-09-09 to 2026-09-09" in heading and "older ones you picked" in heading
    shown = [view.planner.points_model.index(r, 0).data() for r in range(2)]
    assert shown == ["Risk committee", "DR exercises"]
    view.page.select_record(fresh.id)
    heading = view.planner.points_label.text().replace("&", "")
    assert heading.endswith("twelve months from 2025-09-09 to 2026-09-09")
    close_window(window)


def test_the_proof_picker_has_room_for_headlines_and_tells_them_whole(qtbot, open_window):
    window = open_window(demo=True)
    item = next(i for i in window.store.records(ActionItem))
    dialog = proof_dialog(window.store, item, window)
    qtbot.addWidget(dialog)
    assert dialog.width() >= min(900, dialog.screen().availableGeometry().width() * 9 // 10)
    assert dialog.isSizeGripEnabled()
    index = dialog.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) and index.data() in index.data(
        Qt.ItemDataRole.ToolTipRole
    )
    dialog.reject()
    close_window(window)


def test_swedish_words_of_the_planner(qtbot, open_window, swedish):
    window = open_window(demo=True)
    view = meetings_page(qtbot, window, 1366, 768)
    first = next(m for m in demo_career_conversations(window) if not m.follows_id)
    blank = Meeting(kind=CAREER_CONVERSATION, date=HELD, follow_up=PartialDate(2026, 10, 21))
    window.store.apply(put=[blank])
    view.page.select_record(blank.id)
    settle(qtbot)
    assert view.review.plan_hint.text() == (
        "Det dateras till uppföljningsdatumet och går igenom de här åtgärderna."
    )
    # "Asked of me" is said the same way in the window and in the brief.
    listen = view.planner.listen_form
    label = listen.layout_.labelForField(listen.widgets["asked_of_me"]).text().replace("&", "")
    assert label == conversation_word("asked_of_me", "sv")
    # A day, not a month, is what a meeting and its follow-up are dated to.
    assert view.planner.follow_form.widgets["follow_up"].placeholderText() == "2026-03-14"
    assert view.form.widgets["date"].placeholderText() == "2026-03-14"
    # One check box that says what it means; the group's title is not repeated over it.
    view.page.select_record(first.id)
    open_form = view.planner.open_form
    box = open_form.widgets["open_conversation"]
    assert isinstance(box, QCheckBox)
    assert box.text().replace("&", "") == "Vi kom överens om att jag också får söka externt"
    assert open_form.layout_.labelForField(box) is None
    assert "Öppet karriärsamtal" not in [
        label.text().replace("&", "") for label in open_form.findChildren(QLabel)
    ]
    close_window(window)
