"""The Accomplishments page driven as a user: table, filters, editor, hints, skill tags, undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QSpinBox

from resume_builder import paths
from resume_builder.domain.dates import PartialDate
from resume_builder.domain.hints import HintKind, load_default_hints
from resume_builder.domain.models import Accomplishment, Role, Skill
from resume_builder.storage.repository import Repository
from resume_builder.ui.commands import EditFieldCommand, add_records, delete_records
from resume_builder.ui.models.accomplishments import (
    AccomplishmentFilterProxy,
    AccomplishmentRoles,
    AccomplishmentTableModel,
    Column,
)
from resume_builder.ui.models.accomplishments.skill_choices import (
    SkillChoiceModel,
    SkillChoiceRoles,
)
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.accomplishments import AccomplishmentsView
from resume_builder.ui.views.base import ViewContext

MARKUP = "<b>bold</b> <img src=x>"
# The completer's popup asks the offscreen platform for things it cannot do; harmless there.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


# --------------------------------------------------------------------------- fixtures
@pytest.fixture
def career(repository: Repository) -> dict:
    """Two roles, three skills and four accomplishments, written in one batch."""
    acme = Role(employer="Acme", title="IT Manager", start=PartialDate(2018))
    globex = Role(employer="Globex", title="Director", start=PartialDate(2021))
    kubernetes = Skill(name="Kubernetes", aliases=["k8s"])
    python = Skill(name="Python")
    negotiation = Skill(name="Negotiation")
    cloud = Accomplishment(
        headline="Cut cloud spend by 32% in a year",
        situation="Bills grew unchecked",
        notes="Ask finance for the zebra report",
        date=PartialDate(2019, 5),
        role_id=acme.id,
        skill_ids=[kubernetes.id, python.id],
        impact=5,
    )
    migration = Accomplishment(
        headline="Led migration of 40 services to containers",
        action="Wrote the playbook with a unicorn checklist",
        date=PartialDate(2020),
        role_id=acme.id,
        skill_ids=[kubernetes.id],
        impact=3,
    )
    vendors = Accomplishment(
        headline="Negotiated vendor contracts saving $200k",
        date=PartialDate(2021, 3, 14),
        role_id=globex.id,
        skill_ids=[negotiation.id, python.id],
        impact=4,
    )
    onboarding = Accomplishment(headline="Automated onboarding for 12 teams", impact=1)
    repository.put_many(
        [acme, globex, kubernetes, python, negotiation, cloud, migration, vendors, onboarding]
    )
    return {
        "acme": acme,
        "globex": globex,
        "kubernetes": kubernetes,
        "python": python,
        "negotiation": negotiation,
        "cloud": cloud,
        "migration": migration,
        "vendors": vendors,
        "onboarding": onboarding,
    }


def make_context(repository: Repository) -> ViewContext:
    store = CareerStore(repository)
    return ViewContext(
        store=store,
        undo_stack=QUndoStack(),
        spell_checker=None,
        writing_hints=load_default_hints(paths.resource("data")),
    )


@pytest.fixture
def context(qapp, repository: Repository, career: dict) -> Iterator[ViewContext]:
    ctx = make_context(repository)
    yield ctx
    ctx.store.flush()


@pytest.fixture
def view(qtbot, context: ViewContext) -> AccomplishmentsView:
    page = AccomplishmentsView(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


# --------------------------------------------------------------------------- helpers
def shown(view: AccomplishmentsView, column: Column = Column.HEADLINE) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def headline_of(*records: Accomplishment) -> list[str]:
    return [r.headline for r in records]


def click_row(qtbot, view: AccomplishmentsView, row: int, modifier=Qt.KeyboardModifier.NoModifier):
    rect = view.table.visualRect(view.proxy.index(row, Column.HEADLINE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def select(qtbot, view: AccomplishmentsView, record: Accomplishment) -> None:
    row = shown(view).index(record.headline)
    click_row(qtbot, view, row)
    assert view.form.record_id == record.id


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    # QTest knows no key for "\n": press Return between lines, as a user would.
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def replace_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def stored(repository: Repository, store: CareerStore, record_id: str) -> Accomplishment:
    """The accomplishment as the file on disk has it, after a synchronous save."""
    assert store.flush() == ""
    reader = Repository.open(repository.data_dir, read_only=True)
    try:
        return reader.get(Accomplishment, record_id)
    finally:
        reader.close()


def toggle_skill(qtbot, view: AccomplishmentsView, name: str) -> None:
    """Checks or unchecks a skill in the skill filter's list, with the keyboard as a user."""
    choices = view.skill_filter.choices
    row = choices.row_of(name)
    assert row >= 0, f"{name} is not listed"
    view.skill_filter.list.setCurrentIndex(choices.index(row))
    qtbot.keyClick(view.skill_filter.list, Qt.Key.Key_Space)


# --------------------------------------------------------------------------- model tests
def test_source_model_passes_the_model_tester_through_changes(qtmodeltester, context, career):
    model = AccomplishmentTableModel(context.store)
    qtmodeltester.check(model)
    stack, store = context.undo_stack, context.store
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    stack.push(add_records(store, [Accomplishment(headline="New", impact=2)], "Add"))
    stack.push(
        EditFieldCommand(store, career["migration"], "date", PartialDate(2022))
    )  # moves the row
    stack.push(delete_records(store, [career["cloud"], career["vendors"]], "Delete"))
    stack.undo()
    model.sort(Column.IMPACT, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, Column.IMPACT).data() for r in range(model.rowCount())] == [
        "1",
        "2",
        "3",
        "4",
        "5",
    ]
    qtmodeltester.check(model)


def test_proxy_passes_the_model_tester_while_filtering(qtmodeltester, context, career):
    model = AccomplishmentTableModel(context.store)
    proxy = AccomplishmentFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("cloud")
    proxy.set_skill_ids([career["kubernetes"].id])
    proxy.sort(Column.HEADLINE, Qt.SortOrder.AscendingOrder)
    context.undo_stack.push(
        EditFieldCommand(context.store, career["migration"], "headline", "Moved cloud apps")
    )
    assert proxy.rowCount() == 2
    proxy.clear_filters()
    assert proxy.rowCount() == 4
    qtmodeltester.check(proxy)


def test_model_exposes_custom_roles(context, career):
    model = AccomplishmentTableModel(context.store)
    index = model.index_of(career["cloud"].id, Column.DATE)
    assert index.data(AccomplishmentRoles.RecordIdRole) == career["cloud"].id
    assert index.data(AccomplishmentRoles.SortRole) == "2019-05-00"
    assert "zebra" in index.data(AccomplishmentRoles.SearchTextRole)
    assert "k8s" in index.data(AccomplishmentRoles.SearchTextRole)  # skill aliases too
    assert index.data(AccomplishmentRoles.ImpactRole) == 5
    assert index.siblingAtColumn(Column.SKILLS).data() == "Kubernetes, Python"
    assert index.siblingAtColumn(Column.ROLE).data() == "IT Manager, Acme"


# --------------------------------------------------------------------------- empty state
def test_empty_database_shows_what_to_do(qtbot, repository):
    context = make_context(repository)
    page = AccomplishmentsView(context)
    qtbot.addWidget(page)
    page.show()
    assert page.table_stack.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("No accomplishments yet. Press Ctrl+N")
    assert page.editor_stack.currentIndex() == 0  # the editor shows its hint
    assert page.count_label.text() == "0 of 0 shown"
    page.add_new()
    assert page.table_stack.currentWidget() is page.table
    assert page.count_label.text() == "1 of 1 shown"
    context.undo_stack.undo()
    assert page.table_stack.currentWidget() is page.empty_label
    context.store.flush()


# --------------------------------------------------------------------------- editing
@OFFSCREEN_POPUP
def test_add_and_write_a_full_story(qtbot, view, context, career, repository):
    store, stack = context.store, context.undo_stack
    with qtbot.waitSignal(view.actions_changed):
        view.add_new()
    assert stack.undoText() == "Add Accomplishment"
    assert view.headline_edit.hasFocus()
    new_id = view.form.record_id
    assert new_id is not None and view.selected_ids() == [new_id]

    qtbot.keyClicks(view.headline_edit, "Cut release time by 60% for 30 teams in one year")
    fields = view.form.widgets
    type_into(qtbot, fields["situation"], "Releases took a week")
    type_into(qtbot, fields["task"], "Make releases boring")
    type_into(qtbot, fields["action"], "Built a pipeline")
    type_into(qtbot, fields["result"], "Daily releases")
    type_into(qtbot, fields["metrics"], "60% faster\n30 teams")
    type_into(qtbot, fields["date"], "2022-09")
    qtbot.keyClick(fields["date"], Qt.Key.Key_Return)  # a date is stored on leaving the field
    role_combo: QComboBox = fields["role_id"]
    assert role_combo.itemText(0) == "No role"
    role_combo.setCurrentIndex(role_combo.findText("Director, Globex"))
    impact: QSpinBox = fields["impact"]
    replace_text(qtbot, impact, "4")
    type_into(qtbot, fields["evidence"], "https://example.org/deck")
    type_into(qtbot, fields["notes"], "Private note")

    tags = view.skill_tags
    type_into(qtbot, tags.line_edit, "K8S")  # an alias, in another case
    qtbot.keyClick(tags.line_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.line_edit, "Chaos engineering,")  # a new skill, added by the comma
    assert tags.skill_names() == ["Kubernetes", "Chaos engineering"]
    assert tags.line_edit.text() == ""
    assert [chip.accessibleName() for chip in tags.chips] == [
        "Remove skill Kubernetes",
        "Remove skill Chaos engineering",
    ]
    chaos = store.skill_by_name("chaos engineering")
    assert chaos is not None and chaos.name == "Chaos engineering"

    row = view.model.row_of(new_id)
    assert view.model.index(row, Column.SKILLS).data() == "Kubernetes, Chaos engineering"
    assert view.model.index(row, Column.ROLE).data() == "Director, Globex"
    assert view.model.index(row, Column.DATE).data() == "2022-09"
    assert view.model.index(row, Column.IMPACT).data() == "4"

    saved = stored(repository, store, new_id)
    assert saved.headline == "Cut release time by 60% for 30 teams in one year"
    assert (saved.situation, saved.task, saved.action, saved.result) == (
        "Releases took a week",
        "Make releases boring",
        "Built a pipeline",
        "Daily releases",
    )
    assert saved.metrics == ["60% faster", "30 teams"]
    assert saved.date == PartialDate(2022, 9)
    assert saved.role_id == career["globex"].id
    assert saved.impact == 4
    assert saved.evidence == ["https://example.org/deck"]
    assert saved.notes == "Private note"
    assert saved.skill_ids == [career["kubernetes"].id, chaos.id]

    # Undoing the tag that created a skill removes the skill as well.
    assert stack.undoText() == "Add Skill “Chaos engineering”"
    stack.undo()
    assert store.skill_by_name("Chaos engineering") is None
    assert tags.skill_names() == ["Kubernetes"]
    stack.redo()
    assert tags.skill_names() == ["Kubernetes", "Chaos engineering"]


def test_add_new_puts_the_record_in_the_filtered_role_and_keeps_it_visible(view, career):
    view.role_filter.setCurrentIndex(view.role_filter.findText("Director, Globex"))
    view.filter_edit.setText("vendor")
    assert shown(view) == headline_of(career["vendors"])
    view.add_new()
    record = view.store.get(Accomplishment, view.form.record_id)
    assert record.role_id == career["globex"].id
    # An empty record matches no words, yet the one being written stays in the list.
    assert view.proxy.rowCount() == 2
    assert view.selected_ids() == [record.id]


def open_view(qtbot, repository: Repository, size=(1400, 900)) -> AccomplishmentsView:
    page = AccomplishmentsView(make_context(repository))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


def added_role(view: AccomplishmentsView) -> tuple[str | None, str]:
    """Add, as the window's Add (Ctrl+Shift+N) does: the new record's role and the picker's."""
    view.add_new()
    record = view.store.get(Accomplishment, view.form.record_id)
    return record.role_id, view.form.widgets["role_id"].currentText()


def test_add_with_one_role_puts_the_new_accomplishment_in_it(qtbot, repository):
    only = Role(employer="Acme", title="IT Manager", start=PartialDate(2018))
    repository.put_many([only, Accomplishment(headline="Cut costs by 9%")])
    view = open_view(qtbot, repository)
    assert added_role(view) == (only.id, "IT Manager, Acme")
    view.store.flush()


def test_add_takes_the_role_of_the_rows_a_text_filter_left(qtbot, view, career):
    qtbot.keyClicks(view.filter_edit, "vendor")
    assert shown(view) == headline_of(career["vendors"])
    assert added_role(view) == (career["globex"].id, "Director, Globex")


def test_add_takes_the_role_of_the_selected_accomplishment(qtbot, view, career):
    select(qtbot, view, career["cloud"])
    assert added_role(view) == (career["acme"].id, "IT Manager, Acme")


def test_add_with_nothing_selected_takes_the_newest_role(view, career):
    assert view.selected_ids() == []
    assert added_role(view) == (career["globex"].id, "Director, Globex")


def test_add_under_the_no_role_filter_gives_no_role(qtbot, view, career):
    select(qtbot, view, career["cloud"])
    view.role_filter.setCurrentIndex(view.role_filter.findText("No role"))
    assert added_role(view) == (None, "No role")


def test_skill_box_sits_under_the_headline_and_role_above_the_story(qtbot, view, career):
    select(qtbot, view, career["cloud"])
    layout = view.form.layout_
    rows = [
        layout.getWidgetPosition(widget)[0]
        for widget in (
            view.headline_edit,
            view.form.widgets["role_id"],
            view.skill_tags,
            view.form.widgets["situation"],
        )
    ]
    assert rows == sorted(rows) and len(set(rows)) == 4
    assert rows[2] == rows[1] + 1  # right under the role
    # In sight as the record opens, without scrolling.
    scroll = editor_scroll(view)
    assert scroll.verticalScrollBar().value() == 0
    tags = view.skill_tags
    rect = QRect(tags.mapTo(scroll.viewport(), QPoint(0, 0)), tags.size())
    assert scroll.viewport().rect().contains(rect)


def editor_scroll(view: AccomplishmentsView) -> QScrollArea:
    """The scroll area around the editor (the table is an item view, not a QScrollArea)."""
    (scroll,) = view.findChildren(QScrollArea)
    return scroll


def fully_in_view(view: AccomplishmentsView, widget) -> bool:
    viewport = editor_scroll(view).viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def test_a_field_that_gets_the_focus_is_scrolled_wholly_into_view(qtbot, repository, career):
    view = open_view(qtbot, repository, size=(1100, 520))  # a short window: the editor scrolls
    select(qtbot, view, career["cloud"])
    notes = view.form.widgets["notes"]
    notes.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: fully_in_view(view, notes))
    assert editor_scroll(view).verticalScrollBar().value() > 0
    # Back up to the skills: the whole box shows, chips and input, not the cursor's line only.
    view.skill_tags.line_edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: fully_in_view(view, view.skill_tags))
    view.form.widgets["result"].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: fully_in_view(view, view.form.widgets["result"]))
    view.store.flush()


def test_tag_box_keeps_its_input_on_screen_when_the_chips_wrap(qtbot, tmp_path):
    from resume_builder.services.demo import write_demo
    from resume_builder.ui.main_window import MainWindow

    demo = Repository.open(tmp_path / "demo")
    write_demo(demo)
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1024, 700)  # a narrow editor: three chips take three lines
    window.show_view("accomplishments")
    view = window.view("accomplishments")
    view.table.selectRow(0)
    tags, date = view.skill_tags, view.form.widgets["date"]
    assert len(tags.chips) == 3

    def input_shown() -> None:
        assert tags.chips[0].y() < tags.line_edit.y()  # wrapped onto more lines
        assert tags.rect().contains(tags.line_edit.geometry()), tags.size()
        assert tags.mapTo(view, QPoint(0, tags.height())).y() <= date.mapTo(view, QPoint()).y()

    qtbot.waitUntil(input_shown, timeout=1000)
    window.close()
    window.shutdown()


def test_editor_never_scrolls_sideways_even_at_its_narrowest(qtbot, repository, career):
    long_role = Role(
        title="Associate Director, IT Operations and Infrastructure",
        employer="Halvard Industrial Group AB",
        start=PartialDate(2023),
    )
    repository.put_many([long_role, replace(career["cloud"], role_id=long_role.id)])
    view = open_view(qtbot, repository, size=(1024, 700))
    select(qtbot, view, career["cloud"])
    view.splitter.setSizes([5000, 1])  # the editor as narrow as the splitter lets it be
    scroll = editor_scroll(view)
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff

    def everything_fits() -> None:
        viewport = scroll.viewport()
        assert scroll.widget().width() <= viewport.width()
        for widget in [*view.form.widgets.values(), view.skill_tags]:
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            assert right <= viewport.width(), widget.objectName()
            # Not squeezed below what it needs to show itself (the role picker was).
            assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
            label = view.form.layout_.labelForField(widget)
            if label is not None:
                assert label.width() >= label.sizeHint().width(), label.text()

    qtbot.waitUntil(everything_fits, timeout=1000)
    assert view.form.widgets["role_id"].currentText() == long_role.label()
    view.store.flush()


def test_typing_merges_into_one_undo_step_per_field(qtbot, view, context, career):
    stack = context.undo_stack
    select(qtbot, view, career["cloud"])
    before = stack.count()
    type_into(qtbot, view.form.widgets["situation"], " and nobody owned them")
    assert stack.count() == before + 1
    type_into(qtbot, view.form.widgets["task"], "Own the bill")
    assert stack.count() == before + 2
    assert stack.undoText() == "Edit Task"
    stack.undo()
    assert context.store.get(Accomplishment, career["cloud"].id).task == ""
    stack.undo()
    record = context.store.get(Accomplishment, career["cloud"].id)
    assert record.situation == "Bills grew unchecked"
    assert view.form.widgets["situation"].toPlainText() == "Bills grew unchecked"


def test_writing_hints_follow_the_headline_as_it_is_typed(qtbot, view, context, career):
    select(qtbot, view, career["onboarding"])
    hints = context.writing_hints

    replace_text(qtbot, view.headline_edit, "Was responsible for the billing migration")
    messages = view.hint_list.messages()
    weak = [
        h for h in hints.check(view.headline_edit.toPlainText()) if h.kind == HintKind.WEAK_PHRASE
    ]
    assert weak and weak[0].message in messages
    assert any("“responsible for”" in m for m in messages)

    replace_text(
        qtbot,
        view.headline_edit,
        "Migrated billing for 40 teams to the new platform, saving $200k a year",
    )
    messages = view.hint_list.messages()
    assert not any("responsible for" in m for m in messages)
    assert messages == ["No suggestions: this bullet reads well."]
    assert all(text.textFormat() == Qt.TextFormat.PlainText for _icon, text in view.hint_list.rows)


def test_evidence_link_under_the_cursor_is_the_one_to_open(qtbot, view, career):
    select(qtbot, view, career["cloud"])
    assert not view.open_link_button.isEnabled()
    evidence = view.form.widgets["evidence"]
    type_into(qtbot, evidence, "https://example.org/deck\n/tmp/proof.pdf")
    assert view.open_link_button.isEnabled()
    assert view.link_to_open().toString() == "file:///tmp/proof.pdf"  # cursor on line 2
    qtbot.keyClick(evidence, Qt.Key.Key_Up)
    assert view.link_to_open().toString() == "https://example.org/deck"


def test_backspace_in_the_empty_tag_box_removes_the_last_skill(qtbot, view, context, career):
    select(qtbot, view, career["vendors"])
    tags = view.skill_tags
    assert tags.skill_names() == ["Negotiation", "Python"]
    tags.line_edit.setFocus()
    qtbot.keyClick(tags.line_edit, Qt.Key.Key_Backspace)
    assert tags.skill_names() == ["Negotiation"]
    assert context.undo_stack.undoText() == "Remove Skill “Python”"
    assert context.store.get(Skill, career["python"].id) is not None  # the skill stays
    qtbot.mouseClick(tags.chips[0], Qt.MouseButton.LeftButton)
    assert tags.skill_names() == []
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert tags.skill_names() == ["Negotiation", "Python"]


@OFFSCREEN_POPUP
def test_choosing_an_alias_in_the_completer_adds_the_skill(qtbot, view, career):
    select(qtbot, view, career["onboarding"])
    tags = view.skill_tags
    names = tags.completer.model().stringList()
    assert {"Kubernetes", "k8s", "Python", "Negotiation"} <= set(names)
    type_into(qtbot, tags.line_edit, "k8")
    popup = tags.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert tags.completer.completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.skill_names() == ["Kubernetes"]
    qtbot.waitUntil(lambda: tags.line_edit.text() == "")
    assert view.store.get(Accomplishment, career["onboarding"].id).skill_ids == [
        career["kubernetes"].id
    ]


# --------------------------------------------------------------------------- filtering
def test_text_filter_searches_every_field_case_insensitively(qtbot, view, career):
    assert view.count_label.text() == "4 of 4 shown"
    type_into(qtbot, view.filter_edit, "ZEBRA")  # only in the notes
    assert shown(view) == headline_of(career["cloud"])
    assert view.count_label.text() == "1 of 4 shown"
    replace_text(qtbot, view.filter_edit, "checklist unicorn")  # action text, any order
    assert shown(view) == headline_of(career["migration"])
    replace_text(qtbot, view.filter_edit, "k8s")  # a skill alias
    assert sorted(shown(view)) == sorted(headline_of(career["cloud"], career["migration"]))
    replace_text(qtbot, view.filter_edit, "globex")  # the role's employer
    assert shown(view) == headline_of(career["vendors"])
    replace_text(qtbot, view.filter_edit, "zebra unicorn")  # every word must match
    assert shown(view) == []
    for _letter in "unicorn":
        qtbot.keyClick(view.filter_edit, Qt.Key.Key_Backspace)
    assert shown(view) == headline_of(career["cloud"])  # erasing brings rows back
    assert view.clear_filters_button.isEnabled()
    view.filter_edit.clear()
    assert view.proxy.rowCount() == 4


def test_filter_by_two_skills_needs_both(qtbot, view, career):
    assert view.skill_filter.text() == "Skills"
    toggle_skill(qtbot, view, "Python")
    assert sorted(shown(view)) == sorted(headline_of(career["cloud"], career["vendors"]))
    toggle_skill(qtbot, view, "Kubernetes")
    assert shown(view) == headline_of(career["cloud"])
    assert view.skill_filter.text() == "Skills (2)"
    toggle_skill(qtbot, view, "Python")
    assert sorted(shown(view)) == sorted(headline_of(career["cloud"], career["migration"]))


def test_skill_choices_pass_the_model_tester_and_follow_the_store(qtbot, qtmodeltester, context):
    choices = SkillChoiceModel(context.store)
    qtmodeltester.check(choices)
    names = [choices.index(row).data() for row in range(choices.rowCount())]
    assert names == ["Kubernetes", "Negotiation", "Python"]
    python = choices.index(choices.row_of("Python"))
    with qtbot.waitSignal(choices.checked_changed):
        assert choices.setData(python, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert python.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    python_id = python.data(SkillChoiceRoles.SkillIdRole)
    # A new skill is listed in its place; the check stays on Python.
    context.undo_stack.push(add_records(context.store, [Skill(name="Go")], "Add"))
    assert [choices.index(r).data() for r in range(choices.rowCount())][0] == "Go"
    assert choices.checked_ids() == [python_id]
    qtmodeltester.check(choices)
    # The checked skill deleted: its check goes, and listeners hear of it.
    with qtbot.waitSignal(choices.checked_changed):
        context.undo_stack.push(
            delete_records(context.store, [context.store.get(Skill, python_id)], "Delete")
        )
    assert choices.checked_ids() == [] and choices.row_of("Python") == -1


@OFFSCREEN_POPUP
def test_the_skill_filter_popup_checks_skills_with_the_keyboard(qtbot, view, career):
    menu = view.skill_filter.menu()
    menu.popup(view.skill_filter.mapToGlobal(view.skill_filter.rect().bottomLeft()))
    qtbot.waitExposed(menu)
    listing = view.skill_filter.list
    assert listing.isVisible() and listing.height() >= 3 * listing.sizeHintForRow(0)
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    qtbot.keyClick(listing, Qt.Key.Key_Space)  # Kubernetes, the first
    qtbot.keyClick(listing, Qt.Key.Key_End)
    qtbot.keyClick(listing, Qt.Key.Key_Space)  # Python, the last
    assert menu.isVisible()  # several skills are checked in one visit
    assert view.skill_filter.text() == "Skills (2)"
    assert shown(view) == headline_of(career["cloud"])
    menu.hide()


def test_filter_by_role(view, career):
    combo = view.role_filter
    assert combo.itemText(0) == "All roles"
    combo.setCurrentIndex(combo.findText("Director, Globex"))
    assert shown(view) == headline_of(career["vendors"])
    combo.setCurrentIndex(combo.findText("No role"))
    assert shown(view) == headline_of(career["onboarding"])
    combo.setCurrentIndex(0)
    assert view.proxy.rowCount() == 4


def test_filter_by_partial_date_range(qtbot, view, career):
    type_into(qtbot, view.date_from_edit, "2020")
    type_into(qtbot, view.date_to_edit, "2021-03")
    # 2020 (a whole year) and 2021-03-14 fall in; 2019-05 and the undated one do not.
    assert sorted(shown(view)) == sorted(headline_of(career["migration"], career["vendors"]))
    replace_text(qtbot, view.date_from_edit, "2019-06")
    assert sorted(shown(view)) == sorted(headline_of(career["migration"], career["vendors"]))
    view.date_to_edit.clear()
    replace_text(qtbot, view.date_from_edit, "2019")
    assert len(shown(view)) == 3
    replace_text(qtbot, view.date_from_edit, "<b>20")  # not a date yet: that end stays open
    assert view.date_from_edit.styleSheet() != ""
    assert "“&lt;b&gt;20”" in view.date_from_edit.toolTip()  # the user's text, escaped
    assert view.proxy.rowCount() == 4
    replace_text(qtbot, view.date_to_edit, "2019")
    assert shown(view) == headline_of(career["cloud"])
    # A record changed elsewhere is judged by the same rules: December is inside "to 2019".
    view.undo_stack.push(
        EditFieldCommand(view.store, career["onboarding"], "date", PartialDate(2019, 12))
    )
    assert sorted(shown(view)) == sorted(headline_of(career["cloud"], career["onboarding"]))


def test_filter_by_minimum_impact(view, career):
    combo = view.impact_filter
    assert combo.itemText(0) == "Any impact"
    combo.setCurrentIndex(combo.findData(4))
    assert sorted(shown(view)) == sorted(headline_of(career["cloud"], career["vendors"]))
    combo.setCurrentIndex(combo.findData(5))
    assert shown(view) == headline_of(career["cloud"])


def test_clear_filters_resets_every_filter(qtbot, view, career):
    assert not view.clear_filters_button.isEnabled()
    type_into(qtbot, view.filter_edit, "cloud")
    toggle_skill(qtbot, view, "Python")
    view.impact_filter.setCurrentIndex(2)
    view.role_filter.setCurrentIndex(2)
    type_into(qtbot, view.date_from_edit, "2019")
    qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == 4
    assert view.filter_edit.text() == ""
    assert view.skill_filter.selected_ids() == []
    assert view.skill_filter.text() == "Skills"
    assert (view.role_filter.currentIndex(), view.impact_filter.currentIndex()) == (0, 0)
    assert view.date_from_edit.text() == ""
    assert not view.clear_filters_button.isEnabled()


def test_edited_row_stays_visible_until_another_is_selected(qtbot, view, career):
    type_into(qtbot, view.filter_edit, "zebra")
    select(qtbot, view, career["cloud"])
    replace_text(qtbot, view.form.widgets["notes"], "Ask finance for the report")
    assert shown(view) == headline_of(career["cloud"])  # pinned while being edited
    view.table.clearSelection()
    assert shown(view) == []


def test_focus_filter_focuses_and_selects_the_box(qtbot, view):
    view.filter_edit.setText("old words")
    view.table.setFocus()
    assert view.focus_filter() is True
    assert view.filter_edit.hasFocus()
    assert view.filter_edit.selectedText() == "old words"
    assert view.filter_edit.placeholderText() == "Filter (Ctrl+F)…"


# --------------------------------------------------------------------------- sorting
def test_sort_by_date_is_chronological_and_by_impact_numeric(qtbot, view, career):
    # Newest first by default; undated last.
    assert shown(view) == headline_of(
        career["vendors"], career["migration"], career["cloud"], career["onboarding"]
    )
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.DATE) + header.sectionSize(Column.DATE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert shown(view, Column.DATE) == ["", "2019-05", "2020", "2021-03-14"]
    view.table.sortByColumn(Column.IMPACT, Qt.SortOrder.AscendingOrder)
    assert shown(view, Column.IMPACT) == ["1", "3", "4", "5"]
    # An edit moves the row to where the sort wants it.
    select(qtbot, view, career["onboarding"])
    replace_text(qtbot, view.form.widgets["impact"], "5")
    assert shown(view, Column.IMPACT) == ["3", "4", "5", "5"]
    assert view.selected_ids() == [career["onboarding"].id]


# --------------------------------------------------------------------------- deleting
def test_delete_two_rows_is_one_undoable_step(qtbot, view, context, career):
    stack, store = context.undo_stack, context.store
    assert not view.can_delete()
    select(qtbot, view, career["cloud"])
    with qtbot.waitSignal(view.actions_changed):
        click_row(
            qtbot,
            view,
            shown(view).index(career["migration"].headline),
            Qt.KeyboardModifier.ControlModifier,
        )
    assert view.can_delete()
    assert sorted(view.selected_ids()) == sorted([career["cloud"].id, career["migration"].id])
    assert view.editor_stack.currentIndex() == 0  # two selected: no single record to edit
    view.delete_selected()
    assert stack.undoText() == "Delete 2 Accomplishments"
    assert store.get(Accomplishment, career["cloud"].id) is None
    assert sorted(shown(view)) == sorted(headline_of(career["vendors"], career["onboarding"]))
    stack.undo()
    assert view.proxy.rowCount() == 4
    assert store.get(Accomplishment, career["migration"].id) == career["migration"]
    stack.redo()
    assert view.proxy.rowCount() == 2

    select(qtbot, view, career["vendors"])
    view.delete_selected()
    assert stack.undoText() == "Delete Accomplishment"


# --------------------------------------------------------------------------- renames
def test_renaming_a_skill_updates_the_skills_column(view, context, career):
    stack = context.undo_stack
    stack.push(EditFieldCommand(context.store, career["kubernetes"], "name", "K8s Platform"))
    skills = {row[0]: row[1] for row in zip(shown(view), shown(view, Column.SKILLS), strict=True)}
    assert skills[career["cloud"].headline] == "K8s Platform, Python"
    assert skills[career["migration"].headline] == "K8s Platform"
    view.filter_edit.setText("platform")  # and the search text follows
    assert sorted(shown(view)) == sorted(headline_of(career["cloud"], career["migration"]))
    assert view.skill_filter.choices.row_of("K8s Platform") >= 0
    stack.undo()
    assert sorted(shown(view)) == []


def test_renaming_a_role_updates_the_role_column(view, context, career):
    context.undo_stack.push(EditFieldCommand(context.store, career["globex"], "title", "CIO"))
    roles = dict(zip(shown(view), shown(view, Column.ROLE), strict=True))
    assert roles[career["vendors"].headline] == "CIO, Globex"
    assert view.role_filter.findText("CIO, Globex") > 0


# --------------------------------------------------------------------------- plain text
def test_user_markup_is_shown_literally(qtbot, view, context, career):
    select(qtbot, view, career["onboarding"])
    replace_text(qtbot, view.headline_edit, MARKUP)
    row = view.model.row_of(career["onboarding"].id)
    index = view.model.index(row, Column.HEADLINE)
    assert index.data(Qt.ItemDataRole.DisplayRole) == MARKUP
    assert "&lt;b&gt;bold&lt;/b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in index.data(Qt.ItemDataRole.ToolTipRole)
    hint_labels = [text for _icon, text in view.hint_list.rows]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in hint_labels)
    assert view.hint_list.messages()  # "<b>bold</b>" is no action verb

    # A skill named with markup and an ampersand shows exactly as typed on its chip.
    type_into(qtbot, view.skill_tags.line_edit, "<i>R&D</i>")
    qtbot.keyClick(view.skill_tags.line_edit, Qt.Key.Key_Return)
    chip = view.skill_tags.chips[-1]
    assert chip.text() == "<i>R&&D</i>  ×"  # "&&" is how a button shows one "&"
    assert view.model.index(row, Column.SKILLS).data() == "<i>R&D</i>"
    labels = view.findChildren(QLabel)
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText
        for label in labels
        if label in (view.count_label, view.empty_label, view.editor_placeholder)
    )


# --------------------------------------------------------------------------- settings
def test_splitter_and_header_state_survive_a_restart(qtbot, view, context, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view.table.horizontalHeader().resizeSection(Column.SKILLS, 233)
    view.table.sortByColumn(Column.IMPACT, Qt.SortOrder.AscendingOrder)
    view.splitter.setSizes([900, 500])
    sizes = view.splitter.sizes()
    view.save_state(settings)
    assert settings.contains("accomplishments/splitter")
    assert settings.contains("accomplishments/header")

    again = AccomplishmentsView(context)
    qtbot.addWidget(again)
    again.resize(view.size())
    again.show()
    again.restore_state(settings)
    assert again.table.horizontalHeader().sectionSize(Column.SKILLS) == 233
    assert again.splitter.sizes() == sizes
    assert shown(again, Column.IMPACT) == ["1", "3", "4", "5"]


def test_accessible_names_everywhere(view):
    for widget in (
        view.filter_edit,
        view.skill_filter,
        view.role_filter,
        view.date_from_edit,
        view.date_to_edit,
        view.impact_filter,
        view.clear_filters_button,
        view.table,
        view.skill_tags.line_edit,
        view.open_link_button,
        *view.form.widgets.values(),
    ):
        assert widget.accessibleName(), widget


def test_role_picker_changes_push_one_edit_each(qtbot, view, context, career):
    select(qtbot, view, career["onboarding"])
    combo: QComboBox = view.form.widgets["role_id"]
    combo.setCurrentIndex(combo.findText("IT Manager, Acme"))
    assert context.undo_stack.undoText() == "Edit Role"
    assert context.store.get(Accomplishment, career["onboarding"].id).role_id == career["acme"].id
    context.undo_stack.undo()
    assert combo.currentText() == "No role"
    assert replace(career["onboarding"]) == context.store.get(
        Accomplishment, career["onboarding"].id
    )
