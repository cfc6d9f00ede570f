"""The record rules as the window applies them: a delete's cascade and a merge, then Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Role, Skill

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def career():
    acme = Role(title="IT Manager", employer="Acme", start=PartialDate(2015))
    globex = Role(title="Director", employer="Globex", start=PartialDate(2020))
    kubernetes = Skill(name="Kubernetes", aliases=["k8s"])
    containers = Skill(name="Containers", category="Cloud")
    python = Skill(name="Python")
    items = [
        Accomplishment(
            headline="Cut cloud spend by 32%",
            role_id=globex.id,
            skill_ids=[containers.id, python.id],
            date=PartialDate(2021),
        ),
        Accomplishment(
            headline="Moved 40 services to containers",
            role_id=globex.id,
            skill_ids=[kubernetes.id, containers.id],
            date=PartialDate(2022),
        ),
        Accomplishment(headline="Ran the help desk", role_id=acme.id, date=PartialDate(2016)),
    ]
    return {
        "acme": acme,
        "globex": globex,
        "kubernetes": kubernetes,
        "containers": containers,
        "python": python,
        "items": items,
    }


@pytest.fixture
def window(open_window, career):
    window = open_window(
        [
            career["acme"],
            career["globex"],
            career["kubernetes"],
            career["containers"],
            career["python"],
            *career["items"],
        ]
    )
    window.resize(1280, 800)
    return window


def links(window) -> dict[str, tuple[str | None, list[str]]]:
    """Each accomplishment's role and skills, as stored."""
    return {a.headline: (a.role_id, a.skill_ids) for a in window.store.records(Accomplishment)}


def role_column(window) -> dict[str, str]:
    """Headline -> the Role column, as the Accomplishments table shows them."""
    view = window.view("accomplishments")
    proxy = view.proxy
    return {
        proxy.index(row, 0).data(): proxy.index(row, 1).data() for row in range(proxy.rowCount())
    }


def click_row_named(qtbot, page, text: str) -> None:
    proxy = page.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == text)
    index = proxy.index(row, 0)
    page.table.scrollTo(index)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )


def test_deleting_a_role_lets_go_of_its_accomplishments_and_ctrl_z_links_them_again(
    qtbot, window, career
):
    before = links(window)
    window.show_view("accomplishments")
    assert role_column(window)["Cut cloud spend by 32%"] == "Director, Globex"

    window.show_view("experience")
    page = window.current_view().page
    click_row_named(qtbot, page, "Director")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    assert window.store.get(Role, career["globex"].id) is None
    after = links(window)
    assert after["Cut cloud spend by 32%"][0] is None
    assert after["Moved 40 services to containers"] == (
        None,
        before["Moved 40 services to containers"][1],
    )
    assert after["Ran the help desk"] == before["Ran the help desk"]
    shown = role_column(window)
    assert shown["Cut cloud spend by 32%"] == "" and shown["Ran the help desk"] != ""

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert window.store.get(Role, career["globex"].id) is not None
    assert links(window) == before
    assert role_column(window)["Moved 40 services to containers"] == "Director, Globex"


def test_merging_two_skills_in_the_skills_view_and_ctrl_z_separates_them(qtbot, window, career):
    before_links = links(window)
    before_skills = {s.id: s.to_dict() for s in window.store.records(Skill)}
    window.show_view("skills")
    view = window.current_view()
    click_row_named(qtbot, view.page, "Kubernetes")
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    dialog = view.merge_dialog
    assert dialog.choose("Containers")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    containers = career["containers"].id
    assert window.store.get(Skill, career["kubernetes"].id) is None
    merged = window.store.get(Skill, containers)
    assert merged.aliases == ["Kubernetes", "k8s"] and merged.category == "Cloud"
    # Tagged with both before: tagged once now.
    assert links(window)["Moved 40 services to containers"][1] == [containers]
    assert window.undo_action.text().replace("&", "").endswith("Merge Skills")

    qtbot.keyClick(view.page.table, Qt.Key.Key_Z, CTRL)
    assert {s.id: s.to_dict() for s in window.store.records(Skill)} == before_skills
    assert links(window) == before_links
    proxy = view.page.proxy
    names = sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))
    assert names == ["Containers", "Kubernetes", "Python"]
