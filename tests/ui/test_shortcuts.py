"""The window's shortcuts from any field: Export, views, Undo in a field with nothing to undo.

Qt gives Ctrl+E to a line edit ("end of line") under X11's key scheme; the offscreen
platform uses Windows' scheme, where only Ctrl+Z and Ctrl+Y collide. These tests also run
under a real X server (the last test runs them there).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit

from resume_builder.domain.models import Accomplishment, Role, Target
from resume_builder.ui.views.export_dialog import ExportDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(open_window, monkeypatch):
    opened: list[ExportDialog] = []

    def fake_exec(dialog):  # the dialog is built as for real, but does not block the test
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    target = Target(company="Borealis Retail Group", title="Head of IT Operations")
    window = open_window([target], demo=True)
    window.exports_opened = opened
    return window


def select_first_row(table):
    # Not selectRow(): it reads the keyboard's modifiers, and an earlier Ctrl+Shift click
    # may leave them looking held.
    selection = QItemSelectionModel.SelectionFlag
    flags = selection.ClearAndSelect | selection.Rows
    table.selectionModel().setCurrentIndex(table.model().index(0, 0), flags)


def focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: widget.hasFocus())
    return widget


def accomplishments_filter(window):
    return window.view("accomplishments").filter_edit


def accomplishments_date_filter(window):
    return window.view("accomplishments").date_from_edit


def role_start_date(window):
    page = window.view("experience").page
    select_first_row(page.table)
    return page.form.widgets["start"]


def skill_box(window):
    view = window.view("accomplishments")
    select_first_row(view.table)
    return view.skill_tags.line_edit


def profile_field(window):
    return window.view("profile").form.widgets["email"]


def targets_field(window):
    view = window.view("targets")
    select_first_row(view.page.table)
    view.tabs.setCurrentIndex(0)
    return view.posting_form.widgets["company"]


FIELDS = [
    ("accomplishments", accomplishments_filter),
    ("accomplishments", accomplishments_date_filter),
    ("experience", role_start_date),
    ("accomplishments", skill_box),
    ("profile", profile_field),
    ("targets", targets_field),
]


@pytest.mark.parametrize("view_key, find", FIELDS, ids=[find.__name__ for _key, find in FIELDS])
def test_ctrl_e_exports_from_any_single_line_field(qtbot, window, view_key, find):
    window.show_view(view_key)
    field = focus(qtbot, find(window))
    assert isinstance(field, QLineEdit)
    qtbot.keyClicks(field, "20")  # the cursor is somewhere in a field with typing in it
    with qtbot.waitSignal(window.export_action.triggered, timeout=2000):
        qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    assert len(window.exports_opened) == 1  # the Export dialog opened, once
    if view_key == "targets":
        assert window.exports_opened[0].windowTitle() != "Export"  # the target's own résumé


def test_ctrl_digit_and_ctrl_shift_n_from_the_filter(qtbot, window):
    window.show_view("accomplishments")
    field = focus(qtbot, accomplishments_filter(window))
    qtbot.keyClick(field, Qt.Key.Key_3, CTRL)
    assert window.current_view().key == "skills"
    field = focus(qtbot, window.view("skills").page.filter_edit)
    qtbot.keyClick(field, Qt.Key.Key_1, CTRL)
    assert window.current_view().key == "accomplishments"
    window.show_view("experience")
    field = focus(qtbot, window.view("experience").page.filter_edit)
    roles = len(window.store.records(Role))
    qtbot.keyClick(field, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Add
    assert len(window.store.records(Role)) == roles + 1


def test_ctrl_z_in_the_skill_box_takes_the_tag_just_added_off(qtbot, window):
    window.show_view("accomplishments")
    box = focus(qtbot, skill_box(window))
    view = window.view("accomplishments")
    before = view.skill_tags.skill_names()
    qtbot.keyClicks(box, "Pythn")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert view.skill_tags.skill_names() == [*before, "Pythn"]  # the wrong tag
    assert box.text() == ""
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert view.skill_tags.skill_names() == before
    record = window.store.get(Accomplishment, view.skill_tags.record_id)
    assert window.store.skill_by_name("Pythn") is None and len(record.skill_ids) == len(before)
    assert box.hasFocus()
    # Redo from the same box puts it back.
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.skill_tags.skill_names() == [*before, "Pythn"]


def test_ctrl_z_keeps_a_fields_own_typing_then_goes_to_the_window(qtbot, window):
    window.show_view("accomplishments")
    view = window.view("accomplishments")
    box = focus(qtbot, skill_box(window))
    qtbot.keyClicks(box, "Kuber")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # the box's own typing first
    assert box.text() == ""
    assert window.undo_stack.count() == 0  # and nothing else

    before = view.skill_tags.skill_names()
    qtbot.keyClicks(box, "Pythn,")
    assert view.skill_tags.skill_names() == [*before, "Pythn"]
    field = focus(qtbot, accomplishments_filter(window))
    qtbot.keyClicks(field, "cost")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # undoes the filter's typing
    assert field.text() == ""
    assert view.skill_tags.skill_names() == [*before, "Pythn"]
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # nothing of its own left: the window's undo
    assert window.undo_stack.index() == 0


def test_ctrl_z_in_a_date_filter_with_nothing_typed_undoes_the_last_edit(qtbot, window):
    window.show_view("accomplishments")
    view = window.view("accomplishments")
    box = focus(qtbot, skill_box(window))
    before = view.skill_tags.skill_names()
    qtbot.keyClicks(box, "Pythn")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    date = focus(qtbot, accomplishments_date_filter(window))
    qtbot.keyClick(date, Qt.Key.Key_Z, CTRL)
    assert view.skill_tags.skill_names() == before


def test_ctrl_z_in_a_record_date_undoes_its_typing_before_it_is_stored(qtbot, window):
    window.show_view("experience")
    date = role_start_date(window)
    page = window.view("experience").page
    title = focus(qtbot, page.form.widgets["title"])
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (acting)")  # an earlier edit, on the window's stack
    role = window.store.get(Role, page.form.record_id)
    field = focus(qtbot, date)
    shown = field.text()
    field.selectAll()
    qtbot.keyClicks(field, "2019-0")  # on the way to a date: not stored yet
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == shown  # the typing is undone in the field
    assert window.store.get(Role, role.id) == role  # the title edit is still there
    assert window.undo_stack.index() == 1
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # nothing of its own left: the window's undo
    assert window.store.get(Role, role.id).title == role.title.removesuffix(" (acting)")


def test_under_x11s_key_scheme_too(tmp_path):
    """Offscreen Qt uses Windows' key bindings, where a line edit leaves Ctrl+E alone; under
    X11 it takes Ctrl+E for "end of line". The Ctrl+E tests run again on a real X server."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run (package xvfb) runs these tests under X11"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [xvfb_run, "-a", sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:randomly",
         "-p", "no:cacheprovider", "-k", "ctrl_e_exports"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "6 passed" in result.stdout
