"""The Targets page's Application tab as a job seeker uses it: move, note, link, follow up."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Meeting,
    Organisation,
    Person,
    StatusChange,
    Target,
    TargetExport,
)
from resume_builder.services.documents import snapshot_of
from resume_builder.services.due import due_list
from resume_builder.ui.models.records import RecordRoles
from resume_builder.ui.models.target_application import LinkedRowsModel, StatusHistoryModel
from resume_builder.ui.views.targets.view import TAB_APPLICATION, TAB_RESUME
from tests.ui.test_meetings_view import click, click_cell, pick_in_dialog, type_into

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


@pytest.fixture
def career():
    jonas = Person(name="Jonas Lund", relationship="recruiter", organisation="Tallberg & Partners")
    lars = Person(name="Lars Åkesson", relationship="other", organisation="Havsvind Energi AB")
    havsvind = Organisation(name="Havsvind Energi AB")
    target = Target(
        company="Havsvind Energi AB",
        title="Director of IT Operations",
        status="applied",
        history=[StatusChange("applied", ago(12), "Through Tallberg & Partners")],
    )
    other = Target(company="Kvarnby Payments AB", title="Head of IT", status="accepted",
                   history=[StatusChange("accepted", ago(3), "")])  # fmt: skip
    interview = Meeting(
        title="First interview at Havsvind Energi",
        kind="interview",
        date=PartialDate(*map(int, ago(4).split("-"))),
        target_id=target.id,
    )
    elsewhere = Meeting(title="Lunch with a mentor", kind="networking", target_id=None)
    return {
        "jonas": jonas,
        "lars": lars,
        "havsvind": havsvind,
        "target": target,
        "other": other,
        "interview": interview,
        "elsewhere": elsewhere,
    }


@pytest.fixture
def window(open_window, career):
    return open_window(list(career.values()))


def application_tab(window, target: Target):
    """Selects the target on the Targets page and shows its Application tab."""
    window.show_view("targets")
    view = window.view("targets")
    assert view.select_target(target.id)
    view.tabs.setCurrentIndex(TAB_APPLICATION)
    assert view.tabs.currentWidget() is view.application_tab
    return view.application_tab


def stored(window, target: Target) -> Target:
    return window.store.get(Target, target.id)


def column(table, number: int) -> list[str]:
    model = table.model()
    return [model.index(r, number).data() for r in range(model.rowCount())]


def board_names(window, status: str) -> list[str]:
    window.view("applications")  # built on first use
    cards = window.view("applications").board.cards(status)
    model = cards.model()
    return [model.index(r, 0).data(RecordRoles.RecordIdRole) for r in range(model.rowCount())]


def choose_status(qtbot, tab, label: str) -> None:
    """Types the first letters on the status box, which opens its list there, then Return."""
    combo = tab.status_combo
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not the last one's
    qtbot.keyClicks(combo, label[:4])
    qtbot.waitUntil(lambda: combo.view().isVisible())
    assert combo.view().currentIndex().data() == label
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())


def test_the_tab_models_pass_the_model_tester(qtmodeltester):
    history = StatusHistoryModel()
    history.set_history([StatusChange("applied", "2026-03-01", "sent"),
                         StatusChange("screening", "2026-03-09", "")])  # fmt: skip
    qtmodeltester.check(history)
    assert [history.index(r, 1).data() for r in range(2)] == ["Screening", "Applied"]
    from resume_builder.ui.models.meetings import CheckRow

    linked = LinkedRowsModel(["Name", "Kind"])
    linked.set_rows([CheckRow("a", ("Jonas", "Recruiter")), CheckRow("b", ("Lars", "Other"))])
    qtmodeltester.check(linked)
    assert linked.index(1, 0).data(RecordRoles.RecordIdRole) == "b"


def test_choosing_a_status_moves_it_with_its_day_and_note_and_undo_takes_it_back(
    qtbot, window, career
):
    target = career["target"]
    tab = application_tab(window, target)
    assert tab.status_combo.currentText() == "Applied"
    assert column(tab.history_table, 1) == ["Applied"]
    assert board_names(window, "applied") == [target.id]
    window.show_view("targets")

    tab.status_date.setDate(QDate(TODAY - timedelta(days=2)))
    type_into(qtbot, tab.status_note, "Phone screen with Jonas", finish=False)
    choose_status(qtbot, tab, "Interviewing")

    after = stored(window, target)
    assert after.status == "interviewing"
    assert after.history[-1] == StatusChange("interviewing", ago(2), "Phone screen with Jonas")
    assert column(tab.history_table, 1) == ["Interviewing", "Applied"]
    assert column(tab.history_table, 2)[0] == "Phone screen with Jonas"
    assert tab.since_label.text() == f"since {ago(2)}"
    # the next change starts afresh: today, no note
    assert tab.status_date.date().toPython() == TODAY and tab.status_note.text() == ""
    assert board_names(window, "interviewing") == [target.id]
    assert board_names(window, "applied") == []
    assert window.undo_stack.undoText() == (
        "Move “Director of IT Operations — Havsvind Energi AB” to Interviewing"
    )

    window.undo_action.trigger()
    assert stored(window, target).status == "applied"
    assert stored(window, target).history == target.history
    assert board_names(window, "applied") == [target.id]
    window.show_view("targets")
    assert tab.status_combo.currentText() == "Applied"
    assert column(tab.history_table, 1) == ["Applied"]

    window.redo_action.trigger()
    assert stored(window, target).history[-1].note == "Phone screen with Jonas"
    assert tab.status_combo.currentText() == "Interviewing"


def test_arrow_keys_on_the_closed_status_box_open_its_list_and_move_nothing(qtbot, window, career):
    target = career["target"]
    tab = application_tab(window, target)
    tab.status_combo.setFocus()
    qtbot.keyClick(tab.status_combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: tab.status_combo.view().isVisible())
    assert stored(window, target).status == "applied"
    qtbot.keyClick(tab.status_combo.view(), Qt.Key.Key_Escape)
    assert stored(window, target) == target and window.undo_stack.count() == 0


def test_a_refused_move_says_why_and_changes_nothing(qtbot, window, career):
    accepted = career["other"]
    tab = application_tab(window, accepted)
    choose_status(qtbot, tab, "Offer")
    assert tab.status_problem.isVisible()
    assert "accepted application does not move" in tab.status_problem.text()
    assert tab.status_combo.currentText() == "Accepted"  # put back
    assert stored(window, accepted) == accepted
    assert window.undo_stack.count() == 0

    target = career["target"]
    window.view("targets").select_target(target.id)
    assert not tab.status_problem.isVisible()  # another application, a fresh start
    tab.status_date.setDate(QDate(TODAY + timedelta(days=1)))
    choose_status(qtbot, tab, "Screening")
    assert "after today" in tab.status_problem.text()
    assert tab.status_combo.currentText() == "Applied"
    tab.status_date.setDate(QDate(TODAY - timedelta(days=30)))  # before it was applied for
    choose_status(qtbot, tab, "Screening")
    assert f"became applied on {ago(12)}" in tab.status_problem.text()
    assert stored(window, target) == target and window.undo_stack.count() == 0

    tab.status_date.setDate(QDate(TODAY))
    choose_status(qtbot, tab, "Screening")  # a move that may be made clears the sentence
    assert not tab.status_problem.isVisible()
    assert stored(window, target).status == "screening"


def test_the_next_step_typed_is_stored_as_one_step_and_comes_up_as_due(qtbot, window, career):
    target = career["target"]
    tab = application_tab(window, target)
    due_day = TODAY + timedelta(days=3)
    type_into(qtbot, tab.form.widgets["next_step"], "Send two references to Jonas")
    type_into(qtbot, tab.form.widgets["next_step_date"], due_day.isoformat())
    type_into(qtbot, tab.form.widgets["salary"], "SEK 95-110k a month")

    after = stored(window, target)
    assert after.next_step == "Send two references to Jonas"
    assert after.next_step_date == PartialDate(due_day.year, due_day.month, due_day.day)
    assert after.salary == "SEK 95-110k a month"
    assert window.undo_stack.count() == 3  # each field's typing is one step
    due = due_list(snapshot_of(window.store), TODAY)
    assert [(d.kind, d.text, d.record_id) for d in due if d.kind == "next_step"] == [
        ("next_step", "Send two references to Jonas", target.id)
    ]
    window.undo_action.trigger()
    assert stored(window, target).salary == ""
    assert tab.form.widgets["salary"].text() == ""


def test_kind_and_organisation_are_chosen_and_undone(qtbot, window, career):
    target = career["target"]
    tab = application_tab(window, target)
    organisation = tab.form.widgets["organisation_id"]
    assert [organisation.itemText(i) for i in range(organisation.count())] == [
        "(none)",
        "Havsvind Energi AB",
    ]
    # the company names the organisation, so Open finds it before it is linked
    assert tab.open_organisation_button.isEnabled()
    organisation.setFocus()
    qtbot.keyClicks(organisation, "Hav")
    assert stored(window, target).organisation_id == career["havsvind"].id
    kind = tab.form.widgets["kind"]
    kind.setFocus()
    qtbot.keyClicks(kind, "Int")
    assert stored(window, target).kind == "internal"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert stored(window, target).organisation_id is None
    assert organisation.currentText() == "(none)" and kind.currentText() == "External"

    click(qtbot, tab.open_organisation_button)
    organisations = window.view("organisations")
    assert window.pages.currentWidget() is organisations
    assert organisations.page.current_record().id == career["havsvind"].id


def test_contacts_are_chosen_from_people_removed_and_opened(qtbot, window, career, when_modal):
    target, jonas = career["target"], career["jonas"]
    tab = application_tab(window, target)
    assert tab.contacts_model.rowCount() == 0
    assert not tab.remove_contact_button.isEnabled()

    pick_in_dialog(qtbot, when_modal, "Jonas")
    click(qtbot, tab.choose_contacts_button)
    assert stored(window, target).contact_ids == [jonas.id]
    assert column(tab.contacts_table, 0) == ["Jonas Lund"]
    assert column(tab.contacts_table, 1) == ["Recruiter"]
    assert window.undo_stack.undoText() == "Choose Contacts"

    click_cell(qtbot, tab.contacts_table, 0, 0)
    assert tab.remove_contact_button.isEnabled()
    click(qtbot, tab.remove_contact_button)
    assert stored(window, target).contact_ids == []
    assert tab.contacts_model.rowCount() == 0
    window.undo_action.trigger()
    assert column(tab.contacts_table, 0) == ["Jonas Lund"]

    index = click_cell(qtbot, tab.contacts_table, 0, 0)
    rect = tab.contacts_table.visualRect(index)
    qtbot.mouseDClick(tab.contacts_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    people = window.view("people")
    assert window.pages.currentWidget() is people
    assert people.page.current_record().id == jonas.id


def test_the_meetings_held_for_it_are_listed_and_open_on_a_double_click(qtbot, window, career):
    target, interview = career["target"], career["interview"]
    tab = application_tab(window, target)
    assert column(tab.meetings_table, 1) == ["First interview at Havsvind Energi"]
    assert column(tab.meetings_table, 2) == ["Interview"]
    assert column(tab.meetings_table, 0) == [ago(4)]
    assert not tab.meetings_empty.isVisible()

    index = click_cell(qtbot, tab.meetings_table, 0, 1)
    rect = tab.meetings_table.visualRect(index)
    qtbot.mouseDClick(tab.meetings_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    meetings = window.view("meetings")
    assert window.pages.currentWidget() is meetings
    assert meetings.page.current_record().id == interview.id


def test_the_documents_sent_show_one_line_each_and_lead_to_the_resume_tab(qtbot, window, career):
    target = career["target"]
    tab = application_tab(window, career["other"])  # no meetings: a sentence, no table
    assert tab.meetings_empty.isVisible() and not tab.meetings_table.isVisible()
    tab = application_tab(window, target)
    assert tab.meetings_table.isVisible()
    assert "Nothing sent yet" in tab.sent_label.text()
    assert not tab.show_sent_button.isEnabled()
    sent = [
        TargetExport(when="2026-03-02T09:00:00+00:00", kind="resume", format="pdf",
                     file="/home/dana/Havsvind CV.pdf"),
        TargetExport(when="2026-03-03T09:00:00+00:00", kind="letter", format="docx",
                     file="C:\\Users\\dana\\Havsvind letter.docx"),
    ]  # fmt: skip
    window.store.apply(put=[stored(window, target).copy(exports=sent)])
    lines = tab.sent_label.text().splitlines()
    assert lines == [
        "2026-03-03 · Cover letter · DOCX · Havsvind letter.docx",
        "2026-03-02 · Résumé · PDF · Havsvind CV.pdf",
    ]
    click(qtbot, tab.show_sent_button)
    view = window.view("targets")
    assert view.tabs.currentIndex() == TAB_RESUME
    assert view.exports_table.model().rowCount() == 2


def test_delete_on_a_contact_takes_it_off_and_keeps_the_target(qtbot, window, career):
    target, jonas = career["target"], career["jonas"]
    window.store.apply(put=[target.copy(contact_ids=[jonas.id])])
    tab = application_tab(window, target)
    click_cell(qtbot, tab.contacts_table, 0, 0)
    window.view("targets").delete_selected()
    assert stored(window, target) is not None
    assert stored(window, target).contact_ids == []
    assert window.store.get(Person, jonas.id) is not None
    click_cell(qtbot, tab.meetings_table, 0, 0)
    window.view("targets").delete_selected()
    assert stored(window, target) is not None


def test_its_mnemonics_are_unique_beside_the_tabs_and_the_list_buttons(window, career):
    tab = application_tab(window, career["target"])
    view = window.view("targets")
    texts = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    texts += [view.show_archived_check.text(), view.duplicate_button.text()]
    texts += [view.archive_button.text()]
    texts += [label.text() for label in tab.findChildren(QLabel)]
    texts += [button.text() for button in tab.findChildren(QAbstractButton)]
    letters = [m.casefold() for text in texts for m in re.findall(r"&(\w)", text)]
    assert len(letters) == len(set(letters)), texts
    assert "Applica&tion" in texts and "&Status" in texts and "N&otes" in texts


def test_tab_goes_from_the_status_down_the_left_then_down_the_right(qtbot, window, career):
    tab = application_tab(window, career["target"])
    form = tab.form.widgets
    expected = [
        tab.status_date,
        tab.status_note,
        tab.history_table,
        form["kind"],
        form["organisation_id"],
        tab.open_organisation_button,
        form["next_step"],
        form["next_step_date"],
        form["salary"],
        form["notes"],
        tab.contacts_table,
        tab.choose_contacts_button,
        # Remove is disabled until a contact is selected: Tab passes it
        tab.meetings_table,
        tab.show_sent_button if tab.show_sent_button.isEnabled() else None,
    ]
    tab.status_combo.setFocus()
    seen = []
    for wanted in [w for w in expected if w is not None]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        seen.append(focus.objectName())
        assert focus is wanted or wanted.isAncestorOf(focus), seen


@pytest.mark.parametrize("width, height", [(1366, 768), (1024, 700)])
def test_it_fits_a_laptop_window_without_scrolling_sideways(qtbot, window, career, width, height):
    window.store.apply(put=[career["target"].copy(contact_ids=[career["jonas"].id])])
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    tab = application_tab(window, career["target"])
    qtbot.wait(50)  # the layout and the column fitting follow the resize
    assert not tab.scroll.horizontalScrollBar().isVisible()
    content = tab.scroll.widget()
    assert content.width() <= tab.scroll.viewport().width()
    if width == 1366:  # the whole tab shows at once on a common laptop
        assert not tab.scroll.verticalScrollBar().isVisible()
    for table in (tab.history_table, tab.contacts_table, tab.meetings_table):
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width() + 1, table.objectName()
