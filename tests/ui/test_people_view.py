"""The People page as its user meets it: adding people, who has gone quiet, their meetings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import ActionItem, Meeting, Person
from resume_builder.services.conversations import DEFAULT_STALE_DAYS
from resume_builder.storage.repository import Repository
from resume_builder.ui import settings as keys
from resume_builder.ui.commands import EditFieldCommand, add_records
from resume_builder.ui.models.people import (
    STALE_COLOUR,
    ContactIndex,
    PeopleProxyModel,
    PersonItemsModel,
    PersonMeetingsModel,
    people_columns,
)
from resume_builder.ui.models.records import RecordListModel
from resume_builder.ui.views.meetings.list import kind_label
from resume_builder.ui.views.people import PeopleView

TODAY = date.today()
LAST_CONTACT_COLUMN = 4


def day(days_ago: int) -> PartialDate:
    when = TODAY - timedelta(days=days_ago)
    return PartialDate(when.year, when.month, when.day)


def career() -> list:
    """Three people: a manager met last week, a VP met long ago, a recruiter never met."""
    manager = Person(name="Priya Shah", relationship="manager", organisation="Northwind")
    vp = Person(
        name="Tom Becker",
        relationship="senior_leader",
        organisation="Northwind",
        title="VP Operations",
        last_contact=day(200),
    )
    recruiter = Person(name="Lena Ek", relationship="recruiter", organisation="Acme Search")
    talk = Meeting(
        title="Career conversation",
        kind="career_conversation",
        date=day(7),
        person_ids=[manager.id],
    )
    old = Meeting(title="Budget review", kind="one_to_one", date=day(40), person_ids=[manager.id])
    late = ActionItem(meeting_id=talk.id, text="Lead the vendor review", due=day(2), position=0)
    later = ActionItem(meeting_id=talk.id, text="Mentor two engineers", due=day(-30), position=1)
    return [manager, vp, recruiter, talk, old, late, later]


def people_page(qtbot, window) -> PeopleView:
    window.show_view("people")
    view = window.view("people")
    qtbot.waitExposed(view)
    return view


def row_of(view: PeopleView, name: str) -> int:
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data() == name:
            return row
    raise AssertionError(f"{name} is not listed")


def names(view: PeopleView) -> list[str]:
    return [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]


def select(qtbot, view: PeopleView, name: str) -> None:
    index = view.proxy.index(row_of(view, name), 0)
    rect = view.page.table.visualRect(index)
    qtbot.mouseClick(view.page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.page.current_record().name == name


def field(view: PeopleView, name: str):
    return view.form.widgets[name]


# --------------------------------------------------------------------------- the models
def test_the_people_models_pass_the_model_tester(qtmodeltester, store):
    store.apply(put=career())
    contacts = ContactIndex(store)
    model = RecordListModel(store, Person, people_columns(contacts), dependencies=("meeting",))
    proxy = PeopleProxyModel(contacts, 90)
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    manager = next(p for p in store.records(Person) if p.relationship == "manager")
    for person_model in (PersonMeetingsModel(store, kind_label), PersonItemsModel(store)):
        person_model.set_person(manager.id)
        assert person_model.rowCount() == 2
        qtmodeltester.check(person_model)


def test_last_contact_sorts_by_date_and_never_counts_as_oldest(store):
    store.apply(put=career())
    contacts = ContactIndex(store)
    model = RecordListModel(store, Person, people_columns(contacts), dependencies=("meeting",))
    proxy = PeopleProxyModel(contacts, 90)
    proxy.setSourceModel(model)
    proxy.sort(LAST_CONTACT_COLUMN, Qt.SortOrder.AscendingOrder)
    listed = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert listed == ["Lena Ek", "Tom Becker", "Priya Shah"]
    assert proxy.index(0, LAST_CONTACT_COLUMN).data() == "never"
    assert proxy.index(2, LAST_CONTACT_COLUMN).data() == day(7).iso()
    assert proxy.index(2, 5).data() == "7"


# --------------------------------------------------------------------------- the page
def test_a_person_added_with_the_add_action_and_typed_in_is_kept(qtbot, open_window, data_dir):
    window = open_window()
    view = people_page(qtbot, window)
    assert view.page.list_stack.currentIndex() == 1  # the empty state says what to do
    assert view.summary_label.text().startswith("0 relationship")
    window.new_action.trigger()
    name = field(view, "name")
    assert name.hasFocus()
    qtbot.keyClicks(name, "Maria Lind")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    relationship = field(view, "relationship")
    assert relationship.hasFocus()
    qtbot.keyClicks(relationship.lineEdit(), "mentor")
    qtbot.keyClick(relationship, Qt.Key.Key_Tab)
    assert field(view, "organisation").hasFocus()
    qtbot.keyClicks(field(view, "organisation"), "Contoso")
    qtbot.keyClick(field(view, "organisation"), Qt.Key.Key_Tab)
    qtbot.keyClicks(field(view, "title"), "CTO")
    qtbot.keyClick(field(view, "title"), Qt.Key.Key_Tab)
    qtbot.keyClicks(field(view, "email"), "maria@contoso.example")
    field(view, "is_reference").setFocus()
    qtbot.keyClick(field(view, "is_reference"), Qt.Key.Key_Space)
    qtbot.keyClicks(field(view, "reference_for"), "the data-centre exit")
    qtbot.keyClicks(field(view, "last_contact"), "2026-03-02")
    qtbot.keyClick(field(view, "last_contact"), Qt.Key.Key_Return)

    assert names(view) == ["Maria Lind"]
    assert view.proxy.index(0, 1).data() == "Mentor"  # the fixed relationship, as its label
    assert view.summary_label.text().startswith("1 relationship")
    assert "1 relationship" in window.counts_label.text()
    window.store.flush()
    window.close()
    window.shutdown()

    with Repository.open(data_dir) as repository:
        (person,) = repository.all(Person)
    assert (person.name, person.relationship, person.organisation) == (
        "Maria Lind",
        "mentor",
        "Contoso",
    )
    assert (person.title, person.email, person.is_reference) == (
        "CTO",
        "maria@contoso.example",
        True,
    )
    assert person.reference_for == "the data-centre exit"
    assert person.last_contact == PartialDate(2026, 3, 2)


def test_typing_your_own_relationship_keeps_it_as_typed(qtbot, open_window):
    window = open_window(career())
    view = people_page(qtbot, window)
    select(qtbot, view, "Lena Ek")
    combo = field(view, "relationship")
    assert combo.currentText() == "Recruiter"
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Skip-level manager")
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert view.page.current_record().relationship == "Skip-level manager"
    assert view.proxy.index(row_of(view, "Lena Ek"), 1).data() == "Skip-level manager"
    # Typing a fixed one's name (in any case) stores the fixed key, not the words.
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "PEER")
    assert view.page.current_record().relationship == "peer"
    # One undo step per field's typing: back to the words, then to the recruiter.
    window.undo_action.trigger()
    assert view.page.current_record().relationship == "Skip-level manager"
    assert combo.currentText() == "Skip-level manager"
    window.undo_action.trigger()
    assert view.page.current_record().relationship == "recruiter"
    assert combo.currentText() == "Recruiter"
    window.redo_action.trigger()
    assert view.page.current_record().relationship == "Skip-level manager"
    assert view.proxy.index(row_of(view, "Lena Ek"), 1).data() == "Skip-level manager"


def test_the_filter_narrows_the_list_as_you_type(qtbot, open_window):
    window = open_window(career())
    view = people_page(qtbot, window)
    window.find_action.trigger()
    assert view.page.filter_edit.hasFocus()
    qtbot.keyClicks(view.page.filter_edit, "north")
    assert sorted(names(view)) == ["Priya Shah", "Tom Becker"]
    qtbot.keyClicks(view.page.filter_edit, " vp")
    assert names(view) == ["Tom Becker"]
    qtbot.keyClicks(view.page.filter_edit, "x")
    assert names(view) == []


def test_sorting_by_last_contact_follows_a_new_meeting(qtbot, open_window):
    window = open_window(career())
    view = people_page(qtbot, window)
    header = view.page.table.horizontalHeader()
    x = header.sectionViewportPosition(LAST_CONTACT_COLUMN) + header.sectionSize(4) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(view) == ["Lena Ek", "Tom Becker", "Priya Shah"]
    vp = next(p for p in window.store.records(Person) if p.name == "Tom Becker")
    # A meeting with the VP yesterday (as the Meetings page adds one) makes him the most recent.
    lunch = Meeting(title="Lunch", kind="networking", date=day(1), person_ids=[vp.id])
    window.undo_stack.push(add_records(window.store, [lunch], "Add Meeting"))
    assert names(view) == ["Lena Ek", "Priya Shah", "Tom Becker"]
    assert view.proxy.index(2, LAST_CONTACT_COLUMN).data() == day(1).iso()
    window.undo_action.trigger()
    assert names(view) == ["Lena Ek", "Tom Becker", "Priya Shah"]


def test_who_stands_out_follows_the_days_chosen(qtbot, open_window):
    window = open_window(career())
    view = people_page(qtbot, window)
    assert view.stale_spin.value() == DEFAULT_STALE_DAYS

    def stale() -> dict[str, str]:
        found = {}
        for row in range(view.proxy.rowCount()):
            index = view.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.BackgroundRole) == STALE_COLOUR:
                # "day(s)" until the English plural forms are compiled, "days" after
                found[index.data()] = index.data(Qt.ItemDataRole.ToolTipRole).split("(s)")[0]
                found[index.data()] = found[index.data()].removesuffix("s")
        return found

    assert stale() == {"Tom Becker": "Not contacted for 200 day", "Lena Ek": "No contact on record"}
    assert view.summary_label.text().startswith("3 relationship")
    assert view.summary_label.text().endswith(" · 2 not contacted in 90 days")
    view.stale_spin.setFocus()
    view.stale_spin.selectAll()
    qtbot.keyClicks(view.stale_spin, "5")
    assert stale() == {
        "Tom Becker": "Not contacted for 200 day",
        "Lena Ek": "No contact on record",
        "Priya Shah": "Not contacted for 7 day",
    }
    assert view.summary_label.text().endswith(" · 3 not contacted in 5 days")
    view.stale_spin.selectAll()
    qtbot.keyClicks(view.stale_spin, "365")
    assert stale() == {"Lena Ek": "No contact on record"}
    # The number is the window's setting: it comes back on the next start.
    window.close()
    window.shutdown()
    assert keys.PEOPLE_STALE_DAYS.get(QSettings()) == 365
    again = people_page(qtbot, open_window())
    assert again.stale_spin.value() == 365


def test_the_setting_starts_at_the_services_default():
    assert keys.PEOPLE_STALE_DAYS.default == DEFAULT_STALE_DAYS


def test_a_persons_meetings_and_action_items_show_below_the_form(qtbot, open_window):
    window = open_window(career())
    view = people_page(qtbot, window)
    select(qtbot, view, "Priya Shah")
    assert view.meetings_model.texts(2) == ["Career conversation", "Budget review"]
    assert view.meetings_model.texts(1) == ["Career conversation", "One-to-one"]
    assert view.meetings_table.isVisible() and not view.no_meetings_label.isVisible()
    assert view.items_model.texts(0) == ["Lead the vendor review", "Mentor two engineers"]
    assert view.items_model.texts(2) == ["Overdue", "Open"]
    assert view.items_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == STALE_COLOUR
    # A long text is elided in the narrow table; its tooltip shows it whole, markup as typed.
    assert view.meetings_model.texts(0) == [day(7).iso(), day(40).iso()]
    late = next(i for i in window.store.records(ActionItem) if i.text.startswith("Lead"))
    window.undo_stack.push(
        EditFieldCommand(window.store, late, "text", "Lead the <b>vendor</b> review & report")
    )
    tooltip = view.items_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "<p>Lead the &lt;b&gt;vendor&lt;/b&gt; review &amp; report</p>"
    # The date by hand is empty; the newest meeting is the last contact.
    assert view.latest_meeting_label.isVisible()
    assert view.latest_meeting_label.text() == f"Latest meeting: {day(7).iso()}"

    select(qtbot, view, "Lena Ek")
    assert not view.meetings_table.isVisible() and view.no_meetings_label.isVisible()
    assert not view.items_table.isVisible() and view.no_items_label.isVisible()
    assert not view.latest_meeting_label.isVisible()
    # A meeting added elsewhere shows at once, in the list and as her last contact.
    lena = view.page.current_record()
    call = Meeting(title="Intro call", kind="recruiter", date=day(3), person_ids=[lena.id])
    window.undo_stack.push(add_records(window.store, [call], "Add Meeting"))
    assert view.meetings_model.texts(2) == ["Intro call"]
    assert view.meetings_table.isVisible()
    assert view.latest_meeting_label.text() == f"Latest meeting: {day(3).iso()}"
    assert view.proxy.index(row_of(view, "Lena Ek"), 5).data() == "3"


def test_deleting_a_person_asks_nothing_and_ctrl_z_brings_them_back(qtbot, open_window):
    window = open_window(career())
    view = people_page(qtbot, window)
    select(qtbot, view, "Priya Shah")
    assert window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert QApplication.activeModalWidget() is None
    assert "Priya Shah" not in names(view)
    meetings = window.store.records(Meeting)
    manager_id = next(m for m in meetings if m.title == "Budget review").person_ids
    assert manager_id == []  # the meeting no longer names her
    view.page.table.setFocus()
    qtbot.keyClick(view.page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Priya Shah" in names(view)
    priya = next(p for p in window.store.records(Person) if p.name == "Priya Shah")
    assert all(priya.id in m.person_ids for m in window.store.records(Meeting))
    window.redo_action.trigger()
    assert "Priya Shah" not in names(view)
    window.undo_action.trigger()
    assert "Priya Shah" in names(view)


def test_every_part_of_the_page_is_reached_with_tab(qtbot, open_window):
    window = open_window(career())
    view = people_page(qtbot, window)
    select(qtbot, view, "Priya Shah")
    view.stale_spin.setFocus()
    seen = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    form = [field(view, spec.name) for spec in view.form.specs]
    wanted = [
        view.stale_spin,
        view.page.filter_edit,
        view.page.table,
        *form,
        view.meetings_table,
        view.items_table,
    ]
    assert [w for w in seen if w in wanted] == wanted


@pytest.mark.parametrize("people", [0, 2])
def test_the_status_bar_counts_relationships_once_there_are_people(qtbot, open_window, people):
    window = open_window([p for p in career() if isinstance(p, Person)][:people])
    text = window.counts_label.text()
    assert text.startswith("0 accomplishment")
    assert ("2 relationship" in text) == (people == 2)
    assert ("relationship" in text) == bool(people)


def test_enter_on_a_meeting_opens_it_on_the_meetings_page(qtbot, open_window):
    window = open_window(career())
    view = people_page(qtbot, window)
    select(qtbot, view, "Priya Shah")
    table = view.meetings_table
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    wanted = table.model().record_at(1)
    assert wanted.title == "Budget review"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_key() == "meetings"
    assert window.view("meetings").page.current_record().id == wanted.id


def test_the_stand_out_box_says_1_day_and_90_days(qtbot, open_window, english):
    view = people_page(qtbot, open_window(career()))
    assert view.stale_spin.text() == "90 days"
    view.stale_spin.setFocus()
    view.stale_spin.selectAll()
    qtbot.keyClicks(view.stale_spin, "1")
    assert view.stale_spin.value() == 1 and view.stale_spin.text() == "1 day"
    qtbot.keyClicks(view.stale_spin, "0")
    assert view.stale_spin.value() == 10 and view.stale_spin.text() == "10 days"
    qtbot.keyClick(view.stale_spin, Qt.Key.Key_Down)
    assert view.stale_spin.text() == "9 days"


def test_the_stand_out_box_speaks_swedish(qtbot, open_window, swedish):
    view = people_page(qtbot, open_window(career()))
    view.stale_spin.setValue(1)
    assert view.stale_spin.text() == "1 dag"
    view.stale_spin.setValue(30)
    assert view.stale_spin.text() == "30 dagar"


def demo_people_page(qtbot, open_window, width: int, height: int) -> PeopleView:
    """The demo career's People page in a window of that size, its first person selected."""
    window = open_window(demo=True)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    view = people_page(qtbot, window)
    view.page.table.selectRow(0)
    qtbot.wait(50)  # column fitting and the form's rows follow the layout
    return view


def visible_text_width(edit) -> int:
    """How much of a line edit's text shows: its width less frame and text margins."""
    margins = edit.textMargins()
    return edit.contentsRect().width() - margins.left() - margins.right() - 4


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_headers_and_short_columns_are_never_cut_in_either_language(
    qtbot, open_window, language, size
):
    view = demo_people_page(qtbot, open_window, *size)
    table = view.page.table
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert {0, 1, 4, 5} <= set(shown), "name, relationship and the dates always show"
    for column in shown:
        text = table.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSizeHint(column) <= header.sectionSize(column), (language, text)
        tip = table.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert tip == text  # a column the user drags narrower still names itself
    for column in (1, 4, 5):  # relationship, last contact, days since: never elided
        assert table.sizeHintForColumn(column) <= header.sectionSize(column), column
    assert header.length() <= table.viewport().width() + 1  # nothing to scroll to
    if size == (1366, 768):
        assert {2, 3} <= set(shown), "a laptop's list has the organisation and title"


def test_the_name_column_is_no_wider_than_the_names_when_others_are_cut(qtbot, open_window):
    view = demo_people_page(qtbot, open_window, 1366, 768)
    table = view.page.table
    header = table.horizontalHeader()
    cut = [
        c
        for c in range(1, header.count())
        if not header.isSectionHidden(c) and table.sizeHintForColumn(c) > header.sectionSize(c)
    ]
    assert cut, "the demo's titles are longer than the list has room for"
    needed = max(header.sectionSizeHint(0), table.sizeHintForColumn(0))
    others = [header.sectionSize(c) for c in range(1, header.count())]
    # As wide as the longest name, or the widest other column (it stays the widest), no more.
    assert header.sectionSize(0) <= max(needed, max(others) + 1) + 2
    assert header.sectionSize(0) >= needed


def test_at_1024_the_editor_shows_a_whole_e_mail_and_linkedin_address(qtbot, open_window):
    view = demo_people_page(qtbot, open_window, 1024, 700)
    people = view.store.records(Person)
    for field in ("email", "linkedin"):
        edit = view.form.widgets[field]
        longest = max((getattr(p, field) for p in people), key=edit.fontMetrics().horizontalAdvance)
        assert longest, field
        assert edit.fontMetrics().horizontalAdvance(longest) <= visible_text_width(edit), field
    for field in ("organisation", "title", "phone"):
        assert view.form.widgets[field].width() == view.form.widgets["email"].width()
    notes = view.form.widgets["notes"]
    assert notes.viewport().height() >= 4 * notes.fontMetrics().lineSpacing()
    # The labels go above the fields there, but a check box stays beside its label.
    box = view.form.widgets["is_reference"]
    label = view.form.layout_.labelForField(box)
    assert abs(label.geometry().center().y() - box.geometry().center().y()) <= 4
    email = view.form.widgets["email"]
    assert view.form.layout_.labelForField(email).geometry().bottom() <= email.geometry().top()
    assert not view.page.scroll.horizontalScrollBar().isVisible()
