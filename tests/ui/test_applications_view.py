"""The Applications page as a user works it: drag and key moves, undo, filters, stale days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from resume_builder.domain.models import StatusChange, Target
from resume_builder.services.applications import DEFAULT_STALE_DAYS
from resume_builder.ui import settings as keys
from resume_builder.ui.models.applications import ApplicationRoles, Column
from resume_builder.ui.views.applications import ApplicationsView

TODAY = date.today()
MOVE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def application(name: str, status: str = "applied", quiet: int = 5, **fields) -> Target:
    """A target that reached `status` `quiet` days ago."""
    history = [StatusChange("interested", (TODAY - timedelta(days=quiet + 10)).isoformat(), "")]
    if status != "interested":
        history.append(StatusChange(status, (TODAY - timedelta(days=quiet)).isoformat(), ""))
    return Target(name=name, status=status, history=history, **fields)


@pytest.fixture
def targets(store) -> dict[str, Target]:
    made = {
        "north": application("North", "applied", 30, company="Nordlys Energi", kind="internal"),
        "kvarn": application("Kvarn", "interviewing", 3, company="Kvarn Logistics"),
        "helio": application("Helio", "accepted", 2, company="Helio Health", notes="salary ok"),
        "orbit": application("Orbit", "applied", 100, company="Orbit Games"),
    }
    store.apply(put=list(made.values()))
    return made


@pytest.fixture
def view(qtbot, context, targets) -> ApplicationsView:
    page = ApplicationsView(context)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def card_names(view, status: str) -> list[str]:
    proxy = view.board.cards(status).model()
    return [proxy.index(r, 0).data(ApplicationRoles.CardTitleRole) for r in range(proxy.rowCount())]


def select_card(view, status: str, name: str):
    cards = view.board.cards(status)
    row = card_names(view, status).index(name)
    cards.setFocus()
    cards.setCurrentIndex(cards.model().index(row, 0))
    return cards


def stored(store, target: Target) -> Target:
    return store.get(Target, target.id)


def drag_over(cards, mime) -> bool:
    """Drags `mime` into a card list and over its middle, as a mouse would; True if accepted."""
    centre = cards.viewport().rect().center()
    buttons, keys_held = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.MoveAction, mime, buttons, keys_held)
    QApplication.sendEvent(cards.viewport(), enter)
    move = QDragMoveEvent(centre, Qt.DropAction.MoveAction, mime, buttons, keys_held)
    QApplication.sendEvent(cards.viewport(), move)
    return move.isAccepted()


def drop_on(cards, mime) -> None:
    """Drops `mime` in the middle of a card list, after dragging it there."""
    drag_over(cards, mime)
    drop = QDropEvent(
        QPointF(cards.viewport().rect().center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )
    QApplication.sendEvent(cards.viewport(), drop)


def test_dropping_a_card_on_another_column_moves_it_there_today(view, store, targets):
    applied = select_card(view, "applied", "North")
    interviewing = view.board.cards("interviewing")
    # What the list puts on the drag when the mouse starts one.
    mime = applied.model().mimeData(applied.selectionModel().selectedIndexes())
    assert not drag_over(applied, mime)  # its own column does not take it
    assert drag_over(interviewing, mime)
    drop_on(interviewing, mime)
    north = stored(store, targets["north"])
    assert north.status == "interviewing"
    assert north.history[-1] == StatusChange("interviewing", TODAY.isoformat(), "")
    assert card_names(view, "interviewing") == ["Kvarn", "North"]
    assert "North" not in card_names(view, "applied")
    assert view.board.columns["interviewing"].header.text() == "Interviewing (2)"
    assert view.undo_stack.undoText() == "Move “North” to Interviewing"


def test_ctrl_shift_right_moves_a_card_a_column_on_and_undo_takes_it_back(
    qtbot, view, store, targets
):
    before = stored(store, targets["north"])
    cards = select_card(view, "applied", "North")
    qtbot.keyClick(cards, Qt.Key.Key_Right, MOVE)
    assert stored(store, targets["north"]).status == "screening"
    # The card stays selected in its new column: the next press moves it on again.
    screening = view.board.cards("screening")
    assert screening.hasFocus()
    qtbot.keyClick(screening, Qt.Key.Key_Right, MOVE)
    assert stored(store, targets["north"]).status == "interviewing"
    qtbot.keyClick(view.board.cards("interviewing"), Qt.Key.Key_Left, MOVE)
    assert stored(store, targets["north"]).status == "screening"
    assert view.undo_stack.count() == 3

    view.undo_stack.undo()
    view.undo_stack.undo()
    assert stored(store, targets["north"]).status == "screening"
    assert card_names(view, "screening") == ["North"]
    view.undo_stack.undo()
    back = stored(store, targets["north"])
    assert (back.status, back.history) == (before.status, before.history)
    assert "North" in card_names(view, "applied")
    view.undo_stack.redo()
    assert stored(store, targets["north"]).status == "screening"
    view.undo_stack.undo()
    assert stored(store, targets["north"]).history == before.history


def test_a_move_from_accepted_is_refused_and_changes_nothing(
    qtbot, view, store, targets, when_modal
):
    before = stored(store, targets["helio"])
    said = []

    def close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(QMessageBox, close)
    cards = select_card(view, "accepted", "Helio")
    qtbot.keyClick(cards, Qt.Key.Key_Left, MOVE)
    assert said and "accepted application does not move" in said[0]
    assert stored(store, targets["helio"]) == before
    assert view.undo_stack.count() == 0
    assert card_names(view, "accepted") == ["Helio"]


def test_the_move_to_menu_lists_every_status(view, store, targets):
    cards = select_card(view, "applied", "Orbit")
    menu = cards.card_menu(targets["orbit"].id)
    move_to = next(a.menu() for a in menu.actions() if a.menu() is not None)
    texts = [a.text() for a in move_to.actions()]
    assert texts == [
        "Interested",
        "Applied",
        "Screening",
        "Interviewing",
        "Offer",
        "Accepted",
        "Rejected",
        "Withdrawn",
    ]
    assert not move_to.actions()[1].isEnabled()  # where it already is
    move_to.actions()[7].trigger()
    assert stored(store, targets["orbit"]).status == "withdrawn"
    shortcuts = [a.shortcut().toString() for a in menu.actions()]
    assert "Ctrl+Shift+Right" in shortcuts and "Ctrl+Shift+Left" in shortcuts


def test_a_card_tells_its_shortcuts_and_why_it_stands_out(view, targets):
    cards = view.board.cards("applied")
    row = card_names(view, "applied").index("North")
    tip = cards.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "No change for 30 day(s)" in tip
    assert "Ctrl+Shift+Right" in tip
    assert "Ctrl+Shift+Right" in cards.statusTip()


def table_names(view) -> list[str]:
    return view.table.texts(Column.APPLICATION)


def test_each_filter_narrows_the_table(qtbot, view):
    view.tabs.setCurrentIndex(1)
    bar = view.filter_bar
    assert sorted(table_names(view)) == ["Helio", "Kvarn", "North", "Orbit"]

    bar.status_combo.setCurrentIndex(bar.status_combo.findText("Applied"))
    assert sorted(table_names(view)) == ["North", "Orbit"]
    bar.status_combo.setCurrentIndex(bar.status_combo.findText("Any status"))

    qtbot.keyClicks(bar.organisation_edit, "kvarn")
    assert table_names(view) == ["Kvarn"]
    bar.organisation_edit.clear()

    bar.kind_combo.setCurrentIndex(bar.kind_combo.findText("Internal"))
    assert table_names(view) == ["North"]
    bar.kind_combo.setCurrentIndex(0)

    qtbot.mouseClick(bar.stale_check, Qt.MouseButton.LeftButton)
    assert sorted(table_names(view)) == ["North", "Orbit"]  # accepted is never stale
    qtbot.mouseClick(bar.stale_check, Qt.MouseButton.LeftButton)

    assert view.focus_filter()
    assert bar.text_edit.hasFocus()
    qtbot.keyClicks(bar.text_edit, "salary")
    assert table_names(view) == ["Helio"]


def test_the_status_filter_shows_one_board_column(view):
    bar = view.filter_bar
    bar.status_combo.setCurrentIndex(bar.status_combo.findText("Interviewing"))
    shown = [s for s, column in view.board.columns.items() if not column.isHidden()]
    assert shown == ["interviewing"]
    bar.status_combo.setCurrentIndex(0)
    assert all(not column.isHidden() for column in view.board.columns.values())


def test_the_board_follows_the_text_filter_and_counts_what_it_shows(qtbot, view):
    qtbot.keyClicks(view.filter_bar.text_edit, "orbit")
    assert card_names(view, "applied") == ["Orbit"]
    assert view.board.columns["applied"].header.text() == "Applied (1)"


def test_clicking_days_quiet_sorts_by_the_number(qtbot, view):
    view.tabs.setCurrentIndex(1)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.DAYS_QUIET) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = view.table.texts(Column.DAYS_QUIET)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    second = view.table.texts(Column.DAYS_QUIET)
    ascending = first if int(first[0]) < int(first[-1]) else second
    assert ascending == ["2", "3", "30", "100"]
    assert list(reversed(ascending)) in (first, second)


def test_stale_highlighting_follows_the_spin_box(qtbot, view, targets):
    spin = view.filter_bar.stale_spin
    assert spin.value() == DEFAULT_STALE_DAYS

    def stale_cards() -> list[str]:
        proxy = view.board.cards("applied").model()
        return [
            proxy.index(r, 0).data(ApplicationRoles.CardTitleRole)
            for r in range(proxy.rowCount())
            if proxy.index(r, 0).data(ApplicationRoles.StaleRole)
        ]

    assert sorted(stale_cards()) == ["North", "Orbit"]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "45")
    assert spin.value() == 45
    assert stale_cards() == ["Orbit"]
    row = view.table.proxy.index_of(targets["north"].id).row()
    assert view.table.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_stale_days_are_kept_in_settings(qtbot, view, context, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    view.filter_bar.stale_spin.setValue(30)
    view.save_state(settings)
    assert keys.APPLICATIONS_STALE_DAYS.get(settings) == 30
    again = ApplicationsView(context)
    qtbot.addWidget(again)
    again.restore_state(settings)
    assert again.filter_bar.stale_spin.value() == 30
    assert keys.APPLICATIONS_STALE_DAYS.default == DEFAULT_STALE_DAYS


def test_with_no_targets_the_page_says_where_to_add_one(qtbot, context, store):
    page = ApplicationsView(context)
    qtbot.addWidget(page)
    page.show()
    assert page.empty_label.isVisible()
    assert "Targets page" in page.empty_label.text()
    assert not page.focus_filter()
    store.apply(put=[application("First")])
    assert not page.empty_label.isVisible()
    assert card_names(page, "applied") == ["First"]


def test_enter_on_a_card_or_a_row_opens_the_target(qtbot, open_window):
    target = application("North", "applied", 30)
    other = application("Orbit", "offer", 3)
    window = open_window([target, other])
    window.show_view("applications")
    page = window.view("applications")
    cards = select_card(page, "applied", "North")
    qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert window.current_key() == "targets"
    assert window.view("targets").current_target().id == target.id

    window.show_view("applications")
    page.tabs.setCurrentIndex(1)
    assert page.select_record(other.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_key() == "targets"
    assert window.view("targets").current_target().id == other.id


def test_a_narrow_board_wraps_into_two_rows_instead_of_scrolling_sideways(qtbot, view):
    def rows_of_columns() -> list[list[str]]:
        grid = view.board.grid
        rows: dict[int, list[tuple[int, str]]] = {}
        for status, column in view.board.columns.items():
            row, col, _, _ = grid.getItemPosition(grid.indexOf(column))
            rows.setdefault(row, []).append((col, status))
        return [[s for _, s in sorted(cols)] for _, cols in sorted(rows.items())]

    assert len(rows_of_columns()) == 1  # 1,400 pixels: every status side by side
    view.resize(800, 700)
    qtbot.waitUntil(lambda: len(rows_of_columns()) == 2)
    assert rows_of_columns() == [
        ["interested", "applied", "screening", "interviewing"],
        ["offer", "accepted", "rejected", "withdrawn"],
    ]
    assert not view.board.scroll.horizontalScrollBar().isVisible()
    view.resize(1400, 800)
    qtbot.waitUntil(lambda: len(rows_of_columns()) == 1)


def test_cards_follow_typing_and_a_move_in_order_the_quietest_first(qtbot, view, targets):
    assert card_names(view, "applied") == ["Orbit", "North"]  # 100 days quiet, then 30
    qtbot.keyClicks(view.filter_bar.text_edit, "nord")
    assert card_names(view, "applied") == ["North"]
    for _ in "nord":
        qtbot.keyClick(view.filter_bar.text_edit, Qt.Key.Key_Backspace)
    assert card_names(view, "applied") == ["Orbit", "North"]
    select_card(view, "applied", "Orbit")
    qtbot.keyClick(view.board.cards("applied"), Qt.Key.Key_Right, MOVE)
    assert card_names(view, "applied") == ["North"]
    select_card(view, "interviewing", "Kvarn")
    qtbot.keyClick(view.board.cards("interviewing"), Qt.Key.Key_Left, MOVE)
    assert sorted(card_names(view, "screening")) == ["Kvarn", "Orbit"]  # both quiet 0 days
    assert card_names(view, "interviewing") == []
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert card_names(view, "applied") == ["Orbit", "North"]
    assert card_names(view, "interviewing") == ["Kvarn"]
