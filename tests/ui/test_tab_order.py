"""Tab through every editor as a keyboard user does: each input in the order on screen, nothing
else, and what is typed after a Tab lands in the field it was meant for and in the record.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Education,
    Profile,
    Role,
    Skill,
)
from resume_builder.ui.main_window import MainWindow
from resume_builder.ui.views.quick_capture import QuickCaptureDialog

# The completer's popup asks the offscreen platform for things it cannot do; harmless there.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


# --------------------------------------------------------------------------- fixtures
@pytest.fixture
def demo_window(open_window):
    window = open_window(demo=True)
    window.resize(1366, 768)
    return window


@pytest.fixture
def empty_window(open_window):
    window = open_window()
    window.resize(1366, 768)
    return window


def show_view(qtbot, window: MainWindow, key: str):
    window.show_view(key)
    view = next(v for v in window.views if v.key == key)
    qtbot.waitExposed(view)
    return view


def open_quick_capture(qtbot, window: MainWindow) -> QuickCaptureDialog:
    """The Ctrl+N dialog, shown without a nested event loop and active."""
    dialog = QuickCaptureDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


# --------------------------------------------------------------------------- helpers
def focused() -> QWidget:
    """The widget the keyboard types into now."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def assert_fully_shown(qtbot, widget: QWidget) -> None:
    """A widget inside a scrolling editor is scrolled wholly into view (once laid out)."""
    area = scroll_area_of(widget)
    if area is None:
        return  # not in a scrolling editor

    def check() -> None:
        viewport = area.viewport()
        rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        assert viewport.rect().contains(rect), f"{name(widget)} at {rect} outside {viewport}"

    qtbot.waitUntil(check, timeout=1000)


def walk_tab(qtbot, area: QWidget, start: QWidget) -> list[QWidget]:
    """Presses Tab from `start` until the focus leaves `area`; every widget it stopped at."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [focused()]
    for _ in range(80):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        now = focused()
        if now is start or not area.isAncestorOf(now):
            return visited
        assert_fully_shown(qtbot, now)
        visited.append(now)
    raise AssertionError("Tab never left the editor")


def assert_chain(qtbot, area: QWidget, expected: list[QWidget]) -> None:
    """Tab from the first widget visits exactly the enabled ones of `expected`, in order."""
    stops = [w for w in expected if w.isEnabled() and w.isVisible()]
    visited = walk_tab(qtbot, area, stops[0])
    assert [name(w) for w in visited] == [name(w) for w in stops]
    assert visited == stops


def assert_in_visual_order(qtbot, widgets: list[QWidget], content: QWidget) -> None:
    """Each widget is below the one before it, or on the same line to its right."""

    def check() -> None:
        for before, after in zip(widgets, widgets[1:], strict=False):
            a = QRect(before.mapTo(content, QPoint(0, 0)), before.size())
            b = QRect(after.mapTo(content, QPoint(0, 0)), after.size())
            same_line = abs(a.center().y() - b.center().y()) < min(a.height(), b.height()) / 2
            assert b.top() >= a.bottom() or (same_line and b.left() > a.right()), (
                f"{name(after)} {b} is not after {name(before)} {a}"
            )

    qtbot.waitUntil(check, timeout=1000)  # once pending layouts have run


def type_after_tab(qtbot, text: str) -> None:
    """Tab to the next field and type there, wherever the focus went."""
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), text)


def form_fields(form) -> list[QWidget]:
    return [form.widgets[spec.name] for spec in form.specs]


# --------------------------------------------------------------------------- the chains
@OFFSCREEN_POPUP
def test_accomplishments_tab_goes_filters_table_then_editor_top_to_bottom(qtbot, demo_window):
    view = show_view(qtbot, demo_window, "accomplishments")
    store = demo_window.store
    tagged = [a for a in store.records(Accomplishment) if a.evidence and len(a.skill_ids) >= 2]
    # Chips rebuilt for another record must keep their place before the tag box.
    assert view.select_record(tagged[1].id)
    assert view.select_record(tagged[0].id)
    fields = view.form.widgets
    editor = [
        fields["headline"],
        fields["role_id"],
        *view.skill_tags.chips,
        view.skill_tags.line_edit,
        fields["date"],
        fields["impact"],
        fields["situation"],
        fields["task"],
        fields["action"],
        fields["result"],
        fields["metrics"],
        fields["evidence"],
        view.open_link_button,
        fields["notes"],
    ]
    assert len(view.skill_tags.chips) >= 2
    assert_chain(
        qtbot,
        view,
        [
            view.filter_edit,
            view.skill_filter,
            view.role_filter,
            view.date_from_edit,
            view.date_to_edit,
            view.impact_filter,
            view.clear_filters_button,  # disabled while nothing is filtered: skipped
            view.table,
            *editor,
        ],
    )
    assert_in_visual_order(qtbot, editor, view.editor_stack)


def test_experience_tab_goes_filter_table_then_each_field(qtbot, demo_window):
    view = show_view(qtbot, demo_window, "experience")
    page = view.page
    page.table.selectRow(0)
    fields = form_fields(page.form)
    assert_chain(qtbot, view, [page.filter_edit, page.table, *fields])
    assert_in_visual_order(qtbot, fields, page.scroll.widget())
    # The role's headlines are shown, not edited: no Tab stop.
    assert view.accomplishments_list.isVisible()


def test_skills_tab_goes_filter_table_fields_then_merge(qtbot, demo_window):
    view = show_view(qtbot, demo_window, "skills")
    page = view.page
    page.table.selectRow(0)
    editor = [*form_fields(page.form), view.merge_button]
    assert view.merge_button.isEnabled()
    assert_chain(qtbot, view, [page.filter_edit, page.table, *editor])
    assert_in_visual_order(qtbot, editor, page.scroll.widget())


def test_profile_tab_goes_through_the_fields_the_photo_then_the_links(qtbot, demo_window):
    view = show_view(qtbot, demo_window, "profile")
    assert view.links_model.rowCount() > 0
    view.links_table.selectRow(0)
    assert not view.photo_panel.remove_button.isEnabled()  # the demo has no photo
    editor = [
        *form_fields(view.form),
        view.suggest_pitch_button,  # under the letter pitch, the form's last field
        view.photo_panel.choose_button,
        view.links_table,
        view.add_link_button,
        view.remove_link_button,
    ]
    assert_chain(qtbot, view, editor)
    assert_in_visual_order(qtbot, editor, view.scroll.widget())


@pytest.mark.parametrize(
    "section",
    [
        "education",
        "certifications",
        "awards",
        "publications",
        "languages",
        "projects",
        "volunteer",
        "interests",
    ],
)
def test_background_tab_goes_filter_table_then_each_field(qtbot, demo_window, section):
    view = show_view(qtbot, demo_window, "background")
    page = view.show_section(section)
    assert page.proxy.rowCount() > 0, "the demo has a record in every section"
    page.table.selectRow(0)
    fields = form_fields(page.form)
    assert_chain(qtbot, page, [page.filter_edit, page.table, *fields])
    assert_in_visual_order(qtbot, fields, page.scroll.widget())


def test_quick_capture_tab_goes_text_role_skills_then_the_buttons(qtbot, demo_window):
    dialog = open_quick_capture(qtbot, demo_window)
    qtbot.keyClicks(dialog.headline, "Cut costs by 9%")  # enables Save
    buttons = sorted(
        dialog.buttons.buttons(), key=lambda button: button.mapTo(dialog, QPoint(0, 0)).x()
    )
    inputs = [dialog.headline, dialog.role, dialog.skills]
    assert_chain(qtbot, dialog, [*inputs, *buttons])
    assert_in_visual_order(qtbot, inputs, dialog)


def test_no_scroll_area_around_an_editor_is_a_tab_stop(qtbot, demo_window):
    keys = ("accomplishments", "experience", "skills", "profile", "background")
    areas = [
        area
        for view in demo_window.views
        if view.key in keys
        for area in view.findChildren(QScrollArea)
    ]
    assert len(areas) == 4 + 8  # one per editor, a Background section each
    for area in areas:
        assert area.focusPolicy() == Qt.FocusPolicy.NoFocus, name(area.widget())
        assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


# --------------------------------------------------------------------------- typing after Tab
def test_experience_add_type_tab_type_tab_type_stores_each_in_its_field(qtbot, empty_window):
    view = show_view(qtbot, empty_window, "experience")
    empty_window.new_action.trigger()
    qtbot.keyClicks(focused(), "Head of IT")
    type_after_tab(qtbot, "Acme")
    type_after_tab(qtbot, "Stockholm")
    type_after_tab(qtbot, "2019-05")
    type_after_tab(qtbot, "present")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # a date is stored on leaving its field

    (role,) = empty_window.store.records(Role)
    assert (role.title, role.employer, role.location) == ("Head of IT", "Acme", "Stockholm")
    assert role.start == PartialDate(2019, 5)
    assert role.is_current
    form = view.page.form
    assert form.widgets["employer"].text() == "Acme"
    assert form.widgets["location"].text() == "Stockholm"


def test_skills_add_type_tab_type_stores_each_in_its_field(qtbot, empty_window):
    show_view(qtbot, empty_window, "skills")
    empty_window.new_action.trigger()
    qtbot.keyClicks(focused(), "Kubernetes")  # replaces the selected "New skill"
    type_after_tab(qtbot, "Cloud")
    type_after_tab(qtbot, "k8s")
    type_after_tab(qtbot, "Expert")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)

    (skill,) = empty_window.store.records(Skill)
    assert (skill.name, skill.category, skill.aliases, skill.level) == (
        "Kubernetes",
        "Cloud",
        ["k8s"],
        "Expert",
    )


def test_background_add_type_tab_type_stores_each_in_its_field(qtbot, empty_window):
    view = show_view(qtbot, empty_window, "background")
    view.show_section("education")
    empty_window.new_action.trigger()
    qtbot.keyClicks(focused(), "KTH")
    type_after_tab(qtbot, "Computer Science")
    type_after_tab(qtbot, "Master")
    type_after_tab(qtbot, "2010-08")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)

    (education,) = empty_window.store.records(Education)
    assert (education.institution, education.area, education.study_type) == (
        "KTH",
        "Computer Science",
        "Master",
    )
    assert education.start == PartialDate(2010, 8)


def test_profile_type_tab_type_stores_each_in_its_field(qtbot, empty_window):
    view = show_view(qtbot, empty_window, "profile")
    view.form.widgets["name"].setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(focused(), "Dana Berg")
    type_after_tab(qtbot, "IT leader")
    type_after_tab(qtbot, "dana@example.org")

    (profile,) = empty_window.store.records(Profile)
    assert (profile.name, profile.headline, profile.email) == (
        "Dana Berg",
        "IT leader",
        "dana@example.org",
    )


@OFFSCREEN_POPUP
def test_accomplishment_add_type_tab_type_stores_each_in_its_field(qtbot, demo_window):
    view = show_view(qtbot, demo_window, "accomplishments")
    store = demo_window.store
    demo_window.new_action.trigger()
    new_id = view.form.record_id
    qtbot.keyClicks(focused(), "Cut release time by 60%")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the role: kept as Add chose it
    type_after_tab(qtbot, "Kubernetes")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the tag is added; the box stays
    type_after_tab(qtbot, "2022-09")
    type_after_tab(qtbot, "4")  # the impact box selects its number on Tab
    type_after_tab(qtbot, "Releases took a week")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)

    saved = store.get(Accomplishment, new_id)
    assert saved.headline == "Cut release time by 60%"
    assert [store.get(Skill, i).name for i in saved.skill_ids] == ["Kubernetes"]
    assert saved.date == PartialDate(2022, 9)
    assert saved.impact == 4
    assert saved.situation == "Releases took a week"
    assert focused() is view.form.widgets["task"]


@OFFSCREEN_POPUP
def test_quick_capture_type_tab_type_keeps_each_in_its_field(qtbot, demo_window):
    store = demo_window.store
    dialog = open_quick_capture(qtbot, demo_window)
    qtbot.keyClicks(focused(), "Cut costs by 9%")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the role
    type_after_tab(qtbot, "Budgeting, Negotiation")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    saved = store.get(Accomplishment, dialog.captured_id)
    assert saved.headline == "Cut costs by 9%"
    assert [store.get(Skill, i).name for i in saved.skill_ids] == ["Budgeting", "Negotiation"]
