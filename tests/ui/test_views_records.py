"""Record list model, record pages and the Experience, Skills, Profile and Background views."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QScrollArea

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Certification,
    Education,
    Link,
    Profile,
    Role,
    Skill,
    sort_key_newest_first,
)
from resume_builder.storage.repository import Repository
from resume_builder.ui.commands import add_records, delete_records
from resume_builder.ui.models.records import (
    Column,
    RecordFilterProxyModel,
    RecordListModel,
    RecordRoles,
    RoleAccomplishmentsModel,
)
from resume_builder.ui.views.background import BackgroundView
from resume_builder.ui.views.experience import ExperienceView
from resume_builder.ui.views.profile import ProfileView
from resume_builder.ui.views.skills import MergeSkillsDialog, SkillsView

TODAY = date(2025, 6, 15)


# --------------------------------------------------------------------------- fixtures
def put(store, *records):
    """Puts records straight into the store (test data, not user edits)."""
    store.apply(put=list(records))
    return records


def show(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(page, row, column):
    return page.proxy.index(row, column).data()


def column_texts(page, column):
    return [cell(page, row, column) for row in range(page.proxy.rowCount())]


def click_row(qtbot, page, row, modifier=Qt.KeyboardModifier.NoModifier):
    index = page.proxy.index(row, 0)
    page.table.scrollTo(index)
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        modifier,
        page.table.visualRect(index).center(),
    )


def select_all_and_type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)  # finish the field, as a user moving on


def role_columns():
    return [
        Column("Title", lambda r: r.title),
        Column("Employer", lambda r: r.employer),
    ]


# --------------------------------------------------------------------------- the model
def test_record_list_model_passes_the_model_tester(qtmodeltester, store):
    put(
        store,
        Role(title="Engineer", employer="Acme", start=PartialDate(2015)),
        Role(title="Lead", employer="Beta", start=PartialDate(2019, 5), end=PRESENT),
    )
    model = RecordListModel(store, Role, role_columns(), order_key=sort_key_newest_first)
    qtmodeltester.check(model)
    proxy = RecordFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("acme")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_record_list_model_follows_the_store_row_by_row(qtbot, store):
    old = Role(title="Old", start=PartialDate(2010), end=PartialDate(2012))
    current = Role(title="Current", start=PartialDate(2020), end=PRESENT)
    put(store, old, current)
    model = RecordListModel(store, Role, role_columns(), order_key=sort_key_newest_first)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    assert [model.index(r, 0).data() for r in range(2)] == ["Current", "Old"]

    middle = Role(title="Middle", start=PartialDate(2014), end=PartialDate(2016))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        put(store, middle)
    assert inserted.args[1:] == [1, 1]  # placed between, newest first

    with qtbot.waitSignal(model.rowsMoved):
        put(store, old.copy(end=PRESENT, start=PartialDate(2021)))
    assert [model.index(r, 0).data() for r in range(3)] == ["Old", "Current", "Middle"]

    with qtbot.waitSignal(model.dataChanged):
        put(store, middle.copy(title="Renamed"))
    assert model.index(2, 0).data() == "Renamed"
    assert model.index(2, 0).data(RecordRoles.RecordIdRole) == middle.id

    with qtbot.waitSignal(model.rowsRemoved):
        store.apply(remove=[current])
    assert model.rowCount() == 2
    assert resets == []


# --------------------------------------------------------------------------- Experience
def test_add_role_by_typing_title_employer_and_dates(qtbot, context, store):
    view = show(qtbot, ExperienceView(context))
    assert view.page.list_stack.currentIndex() == 1  # the empty state explains the page
    view.add_new()
    assert view.page.list_stack.currentIndex() == 0
    form = view.page.form
    # The window may not be active offscreen; focusWidget() is where its focus goes.
    assert view.focusWidget() is form.widgets["title"]
    qtbot.keyClicks(form.widgets["title"], "Head of IT")
    qtbot.keyClicks(form.widgets["employer"], "Acme")
    qtbot.keyClicks(form.widgets["start"], "2019-05")
    qtbot.keyClick(form.widgets["start"], Qt.Key.Key_Return)  # dates are stored on leaving
    qtbot.keyClicks(form.widgets["end"], "present")
    qtbot.keyClick(form.widgets["end"], Qt.Key.Key_Return)

    (role,) = store.records(Role)
    assert (role.title, role.employer) == ("Head of IT", "Acme")
    assert role.start == PartialDate(2019, 5)
    assert role.is_current
    assert cell(view.page, 0, 0) == "Head of IT"
    assert cell(view.page, 0, 2) == "2019-05 – present"
    assert context.undo_stack.undoText() == "Edit End"


def test_invalid_date_shows_an_error_and_stores_nothing(qtbot, context, store):
    view = show(qtbot, ExperienceView(context))
    view.add_new()
    form, page = view.page.form, view.page
    qtbot.keyClicks(form.widgets["start"], "13/2019")  # no month 13 ("May 2019" is fine)
    assert page.problem_label.isVisible()  # said while typing, before leaving the field
    qtbot.keyClick(form.widgets["start"], Qt.Key.Key_Return)
    assert page.problem_label.isVisible()
    assert "Start" in page.problem_label.text()
    assert "not a date" in page.problem_label.text()
    assert store.records(Role)[0].start is None
    assert context.undo_stack.count() == 1  # only the add

    select_all_and_type(qtbot, form.widgets["start"], "2019-02")
    assert not page.problem_label.isVisible()
    assert store.records(Role)[0].start == PartialDate(2019, 2)

    select_all_and_type(qtbot, form.widgets["end"], "2018")  # ends before it starts
    assert page.problem_label.isVisible()
    assert store.records(Role)[0].end is None


def test_accomplishments_count_column_and_role_headlines(qtbot, context, store):
    busy = Role(title="Busy", start=PartialDate(2020))
    quiet = Role(title="Quiet", start=PartialDate(2010))
    put(
        store,
        busy,
        quiet,
        Accomplishment(headline="Cut costs 20%", role_id=busy.id, date=PartialDate(2021)),
        Accomplishment(headline="<b>x</b>", role_id=busy.id, date=PartialDate(2022)),
    )
    view = show(qtbot, ExperienceView(context))
    assert column_texts(view.page, 0) == ["Busy", "Quiet"]
    assert column_texts(view.page, 4) == ["2", "0"]

    put(store, Accomplishment(headline="Hired 5", role_id=quiet.id))
    assert column_texts(view.page, 4) == ["2", "1"]

    click_row(qtbot, view.page, 0)
    assert view.page.form.record_id == busy.id
    assert view.accomplishment_headlines() == ["<b>x</b>", "Cut costs 20%"]


def test_role_accomplishments_model_passes_the_model_tester_and_follows_the_store(
    qtmodeltester, context, store
):
    role = Role(title="Busy")
    old = Accomplishment(headline="Old win", role_id=role.id, date=PartialDate(2019))
    other = Accomplishment(headline="Elsewhere", date=PartialDate(2023))
    put(store, role, old, other)
    model = RoleAccomplishmentsModel(store, "(no headline)")
    qtmodeltester.check(model)
    assert model.headlines() == []
    model.set_role(role.id)
    assert model.headlines() == ["Old win"]
    new = Accomplishment(role_id=role.id, date=PartialDate(2024))
    context.undo_stack.push(add_records(store, [new], "Add"))
    assert model.headlines() == ["(no headline)", "Old win"]  # newest first
    qtmodeltester.check(model)
    context.undo_stack.push(delete_records(store, [role], "Delete"))
    assert model.headlines() == []  # its accomplishments let go of the deleted role
    context.undo_stack.undo()
    assert model.headlines() == ["(no headline)", "Old win"]
    assert model.index(1).data(RecordRoles.RecordIdRole) == old.id


def test_deleting_roles_is_one_undoable_step(qtbot, context, store):
    first, second = Role(title="One"), Role(title="Two")
    item = Accomplishment(headline="Shipped", role_id=first.id)
    put(store, first, second, item)
    view = show(qtbot, ExperienceView(context))
    click_row(qtbot, view.page, 0)
    click_row(qtbot, view.page, 1, Qt.KeyboardModifier.ControlModifier)
    assert view.can_delete()

    view.delete_selected()
    assert store.records(Role) == []
    assert store.get(Accomplishment, item.id).role_id is None
    assert view.page.list_stack.currentIndex() == 1
    assert context.undo_stack.count() == 1

    context.undo_stack.undo()
    assert {r.title for r in store.records(Role)} == {"One", "Two"}
    assert store.get(Accomplishment, item.id).role_id == first.id
    assert view.page.proxy.rowCount() == 2


def test_filter_box_filters_case_insensitively_on_all_columns(qtbot, context, store):
    put(
        store,
        Role(title="Engineer", employer="Acme"),
        Role(title="Manager", employer="Beta", location="Stockholm"),
    )
    view = show(qtbot, ExperienceView(context))
    assert view.focus_filter()
    qtbot.keyClicks(view.page.filter_edit, "STOCK")
    assert column_texts(view.page, 0) == ["Manager"]
    view.page.filter_edit.clear()
    qtbot.keyClicks(view.page.filter_edit, "acme eng")
    assert column_texts(view.page, 0) == ["Engineer"]
    qtbot.keyClicks(view.page.filter_edit, "zzz")
    assert view.page.proxy.rowCount() == 0


def test_user_markup_shows_literally(qtbot, context, store):
    put(store, Role(title="<b>x</b>", employer="<i>Acme</i>"))
    view = show(qtbot, ExperienceView(context))
    assert cell(view.page, 0, 0) == "<b>x</b>"
    click_row(qtbot, view.page, 0)
    assert view.page.form.widgets["title"].text() == "<b>x</b>"
    qtbot.keyClicks(view.page.form.widgets["start"], "<b>y</b>")
    qtbot.keyClick(
        view.page.form.widgets["start"], Qt.Key.Key_Return
    )  # dates are stored on leaving
    label = view.page.problem_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>y</b>" in label.text()
    for child in view.findChildren(QLabel):
        if child.isVisible() and "<" in child.text():
            assert child.textFormat() == Qt.TextFormat.PlainText


def test_splitter_and_header_state_are_saved_and_restored(qtbot, context, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = show(qtbot, ExperienceView(context))
    view.page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view.page.splitter.setSizes([700, 500])
    view.save_state(settings)
    assert settings.value("views/experience/header") is not None

    again = show(qtbot, ExperienceView(context))
    again.restore_state(settings)
    header = again.page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    assert again.page.proxy.sortColumn() == 1


# --------------------------------------------------------------------------- Skills
@pytest.fixture
def skills_view(qtbot, context):
    return show(qtbot, SkillsView(context, today=lambda: TODAY))


def row_of(page, name):
    return column_texts(page, 0).index(name)


def test_rename_a_skill_and_undo(qtbot, skills_view, context, store):
    skill = Skill(name="Kubernets")
    put(store, skill)
    page = skills_view.page
    click_row(qtbot, page, 0)
    select_all_and_type(qtbot, page.form.widgets["name"], "Kubernetes")
    assert store.get(Skill, skill.id).name == "Kubernetes"
    assert cell(page, 0, 0) == "Kubernetes"
    assert context.undo_stack.count() == 1  # typing merged into one step
    assert context.undo_stack.undoText() == "Rename Skill"

    context.undo_stack.undo()
    assert store.get(Skill, skill.id).name == "Kubernets"
    assert page.form.widgets["name"].text() == "Kubernets"


def test_renaming_to_another_skills_name_or_alias_is_refused(qtbot, skills_view, context, store):
    put(store, Skill(name="Python", aliases=["py"]), Skill(name="Go"))
    page = skills_view.page
    click_row(qtbot, page, row_of(page, "Go"))
    go_id = page.form.record_id
    select_all_and_type(qtbot, page.form.widgets["name"], "PY")
    assert store.get(Skill, go_id).name == "P"  # the last name typed that was free
    assert page.problem_label.isVisible()
    assert "Merge into" in page.problem_label.text()
    assert "Python" in page.problem_label.text()

    qtbot.keyClicks(page.form.widgets["name"], "thon-ish")
    assert not page.problem_label.isVisible()
    assert store.skill_by_name("PYthon-ish") is not None


def test_merge_two_skills_through_the_dialog_and_undo(qtbot, skills_view, context, store):
    keep = Skill(name="Python", category="Languages", aliases=["py"])
    drop = Skill(name="Python 3", aliases=["py3"], level="Expert")
    other = Skill(name="SQL")
    items = [
        Accomplishment(headline="A", skill_ids=[drop.id]),
        Accomplishment(headline="B", skill_ids=[keep.id, drop.id, other.id]),
        Accomplishment(headline="C", skill_ids=[other.id]),
    ]
    put(store, keep, drop, other, *items)
    tags_before = {a.id: list(a.skill_ids) for a in store.records(Accomplishment)}
    skills_before = {s.id: s.to_dict() for s in store.records(Skill)}
    page = skills_view.page
    click_row(qtbot, page, row_of(page, "Python 3"))
    assert skills_view.merge_button.isEnabled()

    qtbot.mouseClick(skills_view.merge_button, Qt.MouseButton.LeftButton)
    dialog = skills_view.merge_dialog
    assert isinstance(dialog, MergeSkillsDialog) and dialog.isVisible()
    assert dialog.choose("python")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    assert store.get(Skill, drop.id) is None
    merged = store.get(Skill, keep.id)
    assert merged.aliases == ["py", "Python 3", "py3"]
    assert {a.headline: a.skill_ids for a in store.records(Accomplishment)} == {
        "A": [keep.id],
        "B": [keep.id, other.id],
        "C": [other.id],
    }
    assert column_texts(page, 0) == ["Python", "SQL"]
    assert context.undo_stack.undoText() == "Merge Skills"

    context.undo_stack.undo()
    assert {s.id: s.to_dict() for s in store.records(Skill)} == skills_before
    assert {a.id: a.skill_ids for a in store.records(Accomplishment)} == tags_before
    assert column_texts(page, 0) == ["Python", "Python 3", "SQL"]


def test_cancelling_the_merge_dialog_changes_nothing(qtbot, skills_view, context, store):
    put(store, Skill(name="A"), Skill(name="B"))
    click_row(qtbot, skills_view.page, 0)
    dialog = skills_view.open_merge_dialog()
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert len(store.records(Skill)) == 2
    assert context.undo_stack.count() == 0


def test_strength_shows_thin_stale_and_well_proven(qtbot, qtmodeltester, skills_view, store):
    skills = {name: Skill(name=name) for name in ("None", "One", "Old", "Fresh", "Undated")}
    put(store, *skills.values())
    s = {name: skill.id for name, skill in skills.items()}
    put(
        store,
        Accomplishment(headline="1", skill_ids=[s["One"]], date=PartialDate(2025, 1)),
        Accomplishment(headline="2", skill_ids=[s["Old"]], date=PartialDate(2019, 3)),
        Accomplishment(headline="3", skill_ids=[s["Old"]], date=PartialDate(2022, 5)),
        Accomplishment(headline="4", skill_ids=[s["Fresh"]], date=PartialDate(2016)),
        Accomplishment(
            headline="5", skill_ids=[s["Fresh"]], date=PartialDate(2022)
        ),  # may be Dec: fresh
        Accomplishment(headline="6", skill_ids=[s["Undated"]]),
        Accomplishment(headline="7", skill_ids=[s["Undated"]]),
    )
    page = skills_view.page
    strength = {cell(page, r, 0): cell(page, r, 5) for r in range(page.proxy.rowCount())}
    assert strength == {
        "None": "Thin",
        "One": "Thin",
        "Old": "Stale",
        "Fresh": "Well proven",
        "Undated": "Well proven",
    }
    old = row_of(page, "Old")
    assert cell(page, old, 3) == "2"
    assert cell(page, old, 4) == "2022-05"
    assert "2022-05" in page.proxy.index(old, 5).data(Qt.ItemDataRole.ToolTipRole)
    thin_colour = page.proxy.index(row_of(page, "One"), 5).data(Qt.ItemDataRole.DecorationRole)
    well_colour = page.proxy.index(row_of(page, "Fresh"), 5).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thin_colour, QColor) and thin_colour != well_colour

    qtmodeltester.check(page.model)
    put(store, Accomplishment(headline="8", skill_ids=[s["One"]]))  # a second proof
    assert cell(page, row_of(page, "One"), 5) == "Well proven"


# --------------------------------------------------------------------------- Profile
def test_profile_is_created_on_first_show_outside_the_undo_history(qtbot, context, store):
    assert store.records(Profile) == []
    view = show(qtbot, ProfileView(context))
    assert len(store.records(Profile)) == 1
    assert context.undo_stack.count() == 0
    assert view.form.isEnabled()
    view.hide()
    view.show()
    assert len(store.records(Profile)) == 1


def test_profile_edits_persist(qtbot, context, store, repository, data_dir):
    view = show(qtbot, ProfileView(context))
    qtbot.keyClicks(view.form.widgets["name"], "Dana Berg")
    qtbot.keyClicks(view.form.widgets["email"], "dana@example.org")
    qtbot.keyClicks(view.form.widgets["city"], "Uppsala")
    qtbot.keyClicks(view.form.widgets["summary"], "IT leader.")

    qtbot.mouseClick(view.add_link_button, Qt.MouseButton.LeftButton)
    editor = view.links_table.findChild(QLineEdit)
    assert editor is not None  # the new link opened for editing
    qtbot.keyClicks(editor, "LinkedIn")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: view.links_model.index(0, 0).data() == "LinkedIn")

    assert store.flush() == ""
    repository.close()
    with Repository.open(data_dir, read_only=True) as reopened:
        (profile,) = reopened.all(Profile)
    assert profile.name == "Dana Berg"
    assert profile.email == "dana@example.org"
    assert profile.city == "Uppsala"
    assert profile.summary == "IT leader."
    assert profile.links == [Link(network="LinkedIn")]


def test_profile_links_add_edit_remove_and_undo(qtbot, qtmodeltester, context, store):
    put(store, Profile(name="Sam", links=[Link("GitHub", "sam", "https://github.com/sam")]))
    view = show(qtbot, ProfileView(context))
    model = view.links_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1

    view.add_link()
    assert model.rowCount() == 2
    assert model.setData(model.index(1, 2), "https://example.org")
    assert store.profile().links[1].url == "https://example.org"
    assert context.undo_stack.undoText() == "Edit Link"

    view.links_table.selectRow(0)
    qtbot.mouseClick(view.remove_link_button, Qt.MouseButton.LeftButton)
    assert [link.network for link in store.profile().links] == [""]

    for _ in range(3):
        context.undo_stack.undo()
    assert store.profile().links == [Link("GitHub", "sam", "https://github.com/sam")]
    assert model.rowCount() == 1


# --------------------------------------------------------------------------- Background
def test_background_add_education_and_certification(qtbot, context, store):
    view = show(qtbot, BackgroundView(context))
    education = view.show_section("education")
    assert view.can_add()
    view.add_new()
    qtbot.keyClicks(education.form.widgets["institution"], "KTH")
    qtbot.keyClicks(education.form.widgets["start"], "2005")
    qtbot.keyClick(
        education.form.widgets["start"], Qt.Key.Key_Return
    )  # dates are stored on leaving
    qtbot.keyClicks(education.form.widgets["end"], "2009-06")
    qtbot.keyClick(education.form.widgets["end"], Qt.Key.Key_Return)  # dates are stored on leaving

    certifications = view.show_section("certifications")
    view.add_new()
    qtbot.keyClicks(certifications.form.widgets["name"], "ITIL 4 Foundation")
    qtbot.keyClicks(certifications.form.widgets["date"], "2021-03")
    qtbot.keyClick(
        certifications.form.widgets["date"], Qt.Key.Key_Return
    )  # dates are stored on leaving

    assert column_texts(education, 0) == ["KTH"]
    assert column_texts(education, 3) == ["2005 – 2009-06"]
    assert column_texts(certifications, 0) == ["ITIL 4 Foundation"]
    (cert,) = store.records(Certification)
    assert cert.date == PartialDate(2021, 3)
    assert store.records(Education)[0].end == PartialDate(2009, 6)


def test_background_delete_undo_and_filter_act_on_the_visible_section(qtbot, context, store):
    put(
        store,
        Education(institution="KTH"),
        Education(institution="Uppsala University"),
        Certification(name="PMP"),
    )
    view = show(qtbot, BackgroundView(context))
    education = view.show_section("education")
    assert not view.can_delete()
    click_row(qtbot, education, row_of(education, "KTH"))
    assert view.can_delete()
    view.delete_selected()
    assert [e.institution for e in store.records(Education)] == ["Uppsala University"]
    assert len(store.records(Certification)) == 1
    context.undo_stack.undo()
    assert len(store.records(Education)) == 2

    assert view.focus_filter()
    qtbot.keyClicks(education.filter_edit, "upp")
    assert column_texts(education, 0) == ["Uppsala University"]
    certifications = view.show_section("certifications")
    assert certifications.proxy.rowCount() == 1  # each section has its own filter


def test_empty_section_explains_itself(qtbot, context):
    view = show(qtbot, BackgroundView(context))
    page = view.show_section("awards")
    assert page.list_stack.currentIndex() == 1
    assert page.empty_label.textFormat() == Qt.TextFormat.PlainText
    assert "award" in page.empty_label.text().lower()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.list_stack.currentIndex() == 0


# --------------------------------------------------------------------------- in the window
def test_window_add_delete_and_find_act_on_the_visible_section(qtbot, repository):
    from resume_builder.ui.main_window import MainWindow

    window = MainWindow(
        repository, view_classes=[ExperienceView, SkillsView, ProfileView, BackgroundView]
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("background")
    background = window.view("background")
    certifications = background.show_section("certifications")
    assert window.new_action.isEnabled() and not window.delete_action.isEnabled()

    window.new_action.trigger()
    assert len(window.store.records(Certification)) == 1
    assert window.store.records(Education) == []
    assert window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert window.store.records(Certification) == []
    window.undo_action.trigger()
    assert len(window.store.records(Certification)) == 1

    window.find_action.trigger()
    assert window.focusWidget() is certifications.filter_edit
    window.show_view("profile")
    assert not window.new_action.isEnabled()
    window.store.flush()


# --------------------------------------------------------------------------- fit at every size
WINDOW_SIZES = [(1024, 700), (1366, 768), (1600, 1000)]


def demo_window(qtbot, repository):
    from resume_builder.services.demo import write_demo
    from resume_builder.ui.main_window import MainWindow

    write_demo(repository)
    window = MainWindow(repository)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def form_labels(layout) -> list[QLabel]:
    labels = []
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
            labels.append(item.widget())
    return labels


def labelled_forms(window):
    """Every editor form in the window, shown with a record (so its labels are laid out)."""
    for key in ("accomplishments", "experience", "skills", "profile"):
        window.show_view(key)
        view = window.view(key)
        if key == "accomplishments":
            view.table.selectRow(0)
            yield key, view.form
        elif key == "profile":
            yield key, view.form
        else:
            view.page.table.selectRow(0)
            yield key, view.page.form
    window.show_view("background")
    background = window.view("background")
    for section, page in background.pages.items():
        background.show_section(section)
        page.table.selectRow(0)
        yield section, page.form


def assert_label_whole(qtbot, label: QLabel, where: str) -> None:
    """The label's letters lie inside it, it has its full width and shows in its pane."""
    shown = label.text().replace("&", "")
    ink = label.fontMetrics().tightBoundingRect(shown)
    box = label.contentsRect()
    what = f"{where}: {shown!r}"
    assert box.left() + ink.left() >= 0, f"{what} loses the left of its first letter"
    assert box.left() + ink.right() < label.width(), f"{what} loses the end of its last letter"

    def laid_out() -> None:
        assert label.width() >= label.sizeHint().width(), f"{what} is squeezed"
        pane = label.parentWidget()
        while pane is not None and not isinstance(pane, QScrollArea):
            pane = pane.parentWidget()
        if pane is not None:
            viewport = pane.viewport()
            left = label.mapTo(viewport, QPoint(0, 0)).x()
            assert left >= 0 and left + label.width() <= viewport.width(), f"{what} off-pane"
        buddy = label.buddy()
        if buddy is not None and buddy.isVisible():
            right = label.mapTo(window_of(label), QPoint(label.width(), 0)).x()
            assert right <= buddy.mapTo(window_of(label), QPoint(0, 0)).x(), f"{what} overlaps"

    qtbot.waitUntil(laid_out, timeout=1000)


def window_of(widget):
    return widget.window()


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_form_label_is_clipped(qtbot, repository, size):
    from resume_builder.ui.views.quick_capture import QuickCaptureDialog

    window = demo_window(qtbot, repository)
    window.resize(*size)
    checked = []
    for where, form in labelled_forms(window):
        for label in form_labels(form.layout_):
            assert_label_whole(qtbot, label, where)
            checked.append(label.text())
    assert "&Type of study" in checked
    dialog = QuickCaptureDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in form_labels(dialog.layout().itemAt(0).layout()):
        assert_label_whole(qtbot, label, "quick capture")
    dialog.reject()
    window.close()
    window.shutdown()


def assert_table_fits(qtbot, page) -> None:
    table, header = page.table, page.table.horizontalHeader()

    def fitted() -> None:
        width = table.viewport().width()
        assert width > 0
        assert header.length() <= width, f"{page.objectName()}: scrolls sideways"
        # The name keeps a good share of the room (Skills' names showed as "…").
        assert header.sectionSize(0) >= 0.35 * width, page.objectName()

    qtbot.waitUntil(fitted, timeout=1000)


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_record_tables_stretch_the_name_and_never_scroll_sideways(qtbot, repository, size):
    window = demo_window(qtbot, repository)
    window.resize(*size)
    for key in ("experience", "skills"):
        window.show_view(key)
        assert_table_fits(qtbot, window.view(key).page)
    window.show_view("background")
    background = window.view("background")
    for section in background.pages:
        assert_table_fits(qtbot, background.show_section(section))
    window.close()
    window.shutdown()


def test_a_column_width_the_user_drags_is_kept_and_given_up_last(qtbot, context, store):
    employer = "A very long employer name, Incorporated and Partners"
    put(store, Role(title="Head of IT", employer=employer, location="Oslo"))
    view = show(qtbot, ExperienceView(context))
    table = view.page.table
    header = table.horizontalHeader()
    header.resizeSection(3, 150)  # as a drag on the Location column's edge does
    view.resize(800, 800)  # too narrow for every column's wish
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert header.sectionSize(3) == 150
    assert header.sectionSize(1) < table.sizeHintForColumn(1)  # the employer elides instead
