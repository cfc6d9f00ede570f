"""The main window as a user meets it: capture, undo, autosave, restart, settings, welcome."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from resume_builder.domain.models import Accomplishment, Role, Skill
from resume_builder.services.demo import write_demo
from resume_builder.storage.repository import Repository
from resume_builder.ui.main_window import MainWindow


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def open_window(qtbot, data_dir, demo_data=False):
    repo = Repository.open(data_dir)
    if demo_data:
        write_demo(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # window shortcuts (Ctrl+N, Ctrl+1) need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def close_window(window):
    window.close()
    window.shutdown()


def run_dialog(qtbot, trigger, act):
    """Triggers something that opens a modal dialog, then acts on the dialog."""
    seen = {}

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, handle)
            return
        seen["dialog"] = dialog
        dialog.activateWindow()  # the dialog's own shortcuts (Ctrl+Enter) need it active
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        act(dialog)
        if dialog.isVisible():  # the action did not close it: fail the test, never hang
            seen["left_open"] = True
            dialog.reject()

    QTimer.singleShot(0, handle)
    trigger()
    assert "left_open" not in seen, "the dialog did not close"
    return seen.get("dialog")


def test_quick_capture_from_any_view_with_ctrl_n_and_ctrl_enter(qtbot, data_dir):
    window = open_window(qtbot, data_dir, demo_data=True)
    window.show_view("skills")
    before = len(window.store.records(Accomplishment))

    def fill(dialog):
        headline = dialog.findChild(QLineEdit, "captureHeadline")
        qtbot.keyClicks(
            headline, "Cut onboarding time from 10 days to 2 with a self-service portal"
        )
        qtbot.keyClicks(dialog.skills, "k8s, Onboarding Design")
        qtbot.keyClick(headline, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    run_dialog(
        qtbot,
        lambda: qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        fill,
    )
    items = window.store.records(Accomplishment)
    assert len(items) == before + 1
    new = next(a for a in items if a.headline.startswith("Cut onboarding"))
    names = sorted(window.store.get(Skill, s).name for s in new.skill_ids)
    assert names == ["Kubernetes", "Onboarding Design"]  # alias found the existing skill
    current = window.store.get(Role, new.role_id)
    assert current is not None and current.is_current  # defaults to the current role
    assert window.undo_action.text() == "&Undo Quick Capture"
    window.undo_action.trigger()
    assert len(window.store.records(Accomplishment)) == before
    assert window.store.skill_by_name("Onboarding Design") is None
    window.redo_action.trigger()
    assert len(window.store.records(Accomplishment)) == before + 1
    close_window(window)


def test_quick_capture_needs_only_the_text_and_escape_cancels(qtbot, data_dir):
    window = open_window(qtbot, data_dir)

    def cancel(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "captureHeadline"), "Something")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    run_dialog(qtbot, window.quick_capture_action.trigger, cancel)
    assert window.store.records(Accomplishment) == []

    def save(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "captureHeadline"), "Shipped 3 releases")
        qtbot.keyClick(dialog, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)

    run_dialog(qtbot, window.quick_capture_action.trigger, save)
    [item] = window.store.records(Accomplishment)
    assert item.headline == "Shipped 3 releases" and item.role_id is None and item.skill_ids == []
    close_window(window)


def test_everything_is_there_after_quit_and_restart(qtbot, data_dir):
    window = open_window(qtbot, data_dir)

    def save(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "captureHeadline"), "Raised NPS from 20 to 45")
        qtbot.keyClicks(dialog.skills, "Customer Success")
        dialog.accept()

    run_dialog(qtbot, window.quick_capture_action.trigger, save)
    window.show_view("skills")
    close_window(window)

    again = open_window(qtbot, data_dir)
    [item] = again.store.records(Accomplishment)
    assert item.headline == "Raised NPS from 20 to 45"
    assert again.store.get(Skill, item.skill_ids[0]).name == "Customer Success"
    assert again.current_view().key == "skills"  # the last view comes back
    close_window(again)


def test_autosave_writes_in_the_background(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    counter = window.store.repository.save_counter

    def save(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "captureHeadline"), "Cut costs by 5%")
        dialog.accept()

    run_dialog(qtbot, window.quick_capture_action.trigger, save)
    with qtbot.waitSignal(window.store.saved, timeout=5000):
        pass
    assert window.store.repository.save_counter == counter + 1
    assert "saved" in window.save_label.text().lower()
    reader = Repository.open(data_dir, read_only=True)
    assert [a.headline for a in reader.all(Accomplishment)] == ["Cut costs by 5%"]
    close_window(window)


def test_geometry_and_splitter_are_restored(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.resize(1301, 803)
    qtbot.wait(50)  # let the layout take the new size before moving the splitter
    window.splitter.setSizes([190, 1100])
    qtbot.wait(50)
    size, sizes = window.size(), window.splitter.sizes()
    close_window(window)
    assert QSettings().value("window/geometry") is not None
    again = open_window(qtbot, data_dir)
    assert again.size() == size and size.height() == 803
    assert again.splitter.sizes() == sizes and sizes[0] == 190
    close_window(again)


def test_welcome_offers_demo_on_an_empty_database_and_undo_removes_it(qtbot, data_dir):
    window = open_window(qtbot, data_dir)

    def choose_demo(dialog):
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    dialog = run_dialog(qtbot, window.offer_welcome_if_empty, choose_demo)
    assert isinstance(dialog, QDialog)
    assert len(window.store.records(Accomplishment)) >= 40
    assert window.current_view().key == "accomplishments"
    window.undo_action.trigger()
    assert window.store.records(Accomplishment) == []
    close_window(window)


def test_welcome_is_not_shown_when_there_is_data(qtbot, data_dir):
    window = open_window(qtbot, data_dir, demo_data=True)
    window.offer_welcome_if_empty()  # would block on a modal dialog if it opened one
    assert QApplication.activeModalWidget() is None
    close_window(window)


def test_views_switch_with_ctrl_digits_and_edit_menu_names_the_action(qtbot, data_dir):
    window = open_window(qtbot, data_dir, demo_data=True)
    keys = [v.key for v in window.views]
    assert keys[:6] == ["start", "accomplishments", "experience", "skills", "profile", "background"]
    assert window.current_view().key == "start"  # the first page: what is due, where things stand
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "skills"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "accomplishments"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "start"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "applications"
    assert not window.undo_action.isEnabled()
    close_window(window)


def test_ctrl_z_in_a_field_undoes_the_typing_through_the_window_stack(qtbot, data_dir):
    window = open_window(qtbot, data_dir, demo_data=True)
    window.show_view("experience")
    page = window.view("experience").page
    page.table.selectRow(0)
    field = page.form.widgets["title"]
    role = window.store.get(Role, page.form.record_id)
    original = role.title
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, " (acting)")
    assert window.store.get(Role, role.id).title == original + " (acting)"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.get(Role, role.id).title == original  # one step for the whole typing
    assert field.text() == original  # and the field shows what the record says
    qtbot.keyClick(
        field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.store.get(Role, role.id).title == original + " (acting)"
    assert field.text() == original + " (acting)"
    close_window(window)


def test_pages_are_built_when_first_shown_and_their_actions_work_before(qtbot, data_dir):
    window = open_window(qtbot, data_dir, demo_data=True)
    built = {view.key for view in window.built_views()}
    assert built == {"start"}  # the page on screen, and only it
    titles = [window.sidebar.title(row) for row in range(window.sidebar.count())]
    assert titles[:3] == ["Start", "Accomplishments", "Experience"]
    assert len(window.view_actions) == window.sidebar.count()
    # Ctrl+2 shows a page that was never built: it is built then, fully working.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.current_view()
    assert view.key == "experience" and view.isVisible()
    assert window.new_action.isEnabled() == view.can_add()
    rows = view.page.table.model().rowCount()
    window.new_action.trigger()  # Add on the freshly built page adds a role
    assert view.page.table.model().rowCount() == rows + 1
    assert {v.key for v in window.built_views()} == {"start", "experience"}
    # The shortcut list covers every page's own actions, so it builds the pages first.
    dialog = run_dialog(qtbot, window.shortcuts_action.trigger, lambda d: d.reject())
    assert dialog is not None
    assert len(window.built_views()) == window.sidebar.count()
    close_window(window)


def test_the_window_shows_first_and_its_page_is_there_after_one_event_loop_pass(qtbot, data_dir):
    repo = Repository.open(data_dir)
    write_demo(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    assert window.built_views() == []  # on screen first: the page waits for the event loop
    window.show()
    QApplication.processEvents()
    view = window.pages.currentWidget()
    assert [v.key for v in window.built_views()] == ["start"]
    assert view is window.view("start") and view.isVisible()
    assert window.sidebar.currentRow() == 0
    assert not window.delete_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    view = window.pages.currentWidget()
    assert view is window.view("accomplishments") and view.isVisible()
    assert window.new_action.isEnabled() and not window.delete_action.isEnabled()
    qtbot.keyClicks(view.filter_edit, "onboarding")  # it takes typing at once
    assert view.filter_edit.text() == "onboarding"
    close_window(window)


def test_a_page_asked_for_before_the_first_event_loop_is_built_at_once(qtbot, data_dir):
    repo = Repository.open(data_dir)
    write_demo(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show()  # no event processed yet: the page on screen is still a stand-in
    first = window.current_view()
    assert first is not None and first.key == "start"
    assert window.pages.currentWidget() is first and first.isVisible()
    window.show_view("accomplishments")  # still before any event
    view = window.current_view()
    assert view.key == "accomplishments" and view.isVisible()
    rows = view.model.rowCount()
    window.new_action.trigger()  # Add acts on it at once
    assert view.model.rowCount() == rows + 1
    assert window.view("skills").key == "skills"  # any other page too
    QApplication.processEvents()
    assert window.current_view() is view  # the first event loop builds nothing twice
    assert window.pages.currentWidget() is view
    close_window(window)


def test_closing_waits_for_background_jobs_but_never_hangs(qtbot, data_dir, monkeypatch):
    import threading
    import time

    from resume_builder.ui import main_window
    from resume_builder.ui.workers import app_pool

    window = open_window(qtbot, data_dir)
    finished, release = threading.Event(), threading.Event()

    def short_job():
        time.sleep(0.3)
        finished.set()

    app_pool().start(short_job)
    close_window(window)
    assert finished.is_set(), "the window closed under a running job"

    window = open_window(qtbot, data_dir)
    monkeypatch.setattr(main_window, "QUIT_WAIT_MS", 200)
    app_pool().start(lambda: release.wait(10))  # a job that does not stop when asked
    start = time.perf_counter()
    close_window(window)
    took = time.perf_counter() - start
    release.set()
    assert took < 2.0
    app_pool().waitForDone(5000)
