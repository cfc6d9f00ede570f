"""Results of a project or a volunteering record, as a user picks, stores and filters them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from resume_builder import paths
from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.hints import load_default_hints
from resume_builder.domain.models import Accomplishment, Project, Role, Volunteer
from resume_builder.storage.repository import Repository
from resume_builder.ui.commands import delete_records
from resume_builder.ui.models.accomplishments import Column
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.accomplishments import AccomplishmentsView
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.quick_capture import QuickCaptureDialog

LEFT = Qt.MouseButton.LeftButton
ROLE = Role(employer="Globex", title="Director", start=PartialDate(2021), end=PRESENT)
APP = Project(name="Fika finder", start=PartialDate(2023))
MENTOR = Volunteer(organization="Kodkollektivet", position="Mentor", start=PartialDate(2020))


@pytest.fixture
def career(repository: Repository) -> dict:
    job = Accomplishment(headline="Cut cloud spend by 32%", role_id=ROLE.id, impact=5)
    side = Accomplishment(headline="Shipped offline maps to 2,000 users", impact=4)
    taught = Accomplishment(headline="Mentored 14 career changers", role_id=MENTOR.id)
    repository.put_many([ROLE, APP, MENTOR, job, side, taught])
    return {"job": job, "side": side, "taught": taught}


@pytest.fixture
def context(qapp, repository: Repository, career: dict) -> Iterator[ViewContext]:
    ctx = ViewContext(
        store=CareerStore(repository),
        undo_stack=QUndoStack(),
        spell_checker=None,
        writing_hints=load_default_hints(paths.resource("data")),
    )
    yield ctx
    ctx.store.flush()


@pytest.fixture
def view(qtbot, context: ViewContext) -> AccomplishmentsView:
    page = AccomplishmentsView(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(view: AccomplishmentsView, column: Column = Column.HEADLINE) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def select(qtbot, view: AccomplishmentsView, record: Accomplishment) -> None:
    row = shown(view).index(record.headline)
    rect = view.table.visualRect(view.proxy.index(row, Column.HEADLINE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.form.record_id == record.id


def test_the_role_picker_offers_roles_then_projects_then_volunteering(qtbot, view, career):
    select(qtbot, view, career["side"])
    combo: QComboBox = view.form.widgets["role_id"]
    assert items(combo) == [
        "No role",
        "Director, Globex",
        "Project: Fika finder",
        "Volunteering: Mentor, Kodkollektivet",
    ]
    assert items(view.role_filter) == ["All roles", "No role", *items(combo)[1:]]


def test_choosing_a_project_stores_it_shows_it_and_filters_by_it(qtbot, view, context, career):
    select(qtbot, view, career["side"])
    combo: QComboBox = view.form.widgets["role_id"]
    combo.setFocus()
    # the user opens the picker with the keyboard and walks down to the project
    combo.setCurrentIndex(0)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Project: Fika finder"
    stored = context.store.get(Accomplishment, career["side"].id)
    assert stored.role_id == APP.id
    assert context.undo_stack.undoText() == "Edit Role"
    row = shown(view).index(career["side"].headline)
    assert shown(view, Column.ROLE)[row] == "Project: Fika finder"

    view.role_filter.setCurrentIndex(view.role_filter.findText("Project: Fika finder"))
    assert shown(view) == [career["side"].headline]
    volunteering = view.role_filter.findText("Volunteering: Mentor, Kodkollektivet")
    view.role_filter.setCurrentIndex(volunteering)
    # the one being edited stays in sight (pinned); the role's result is filtered away
    assert career["taught"].headline in shown(view)
    assert career["job"].headline not in shown(view)
    # Add under a project's filter writes the new result into that project
    view.role_filter.setCurrentIndex(view.role_filter.findText("Project: Fika finder"))
    view.add_new()
    assert context.store.get(Accomplishment, view.form.record_id).role_id == APP.id

    context.undo_stack.undo()  # the add
    context.undo_stack.undo()  # the choice of project
    assert context.store.get(Accomplishment, career["side"].id).role_id is None


def test_renaming_or_deleting_a_project_relabels_or_frees_its_results(qtbot, view, context, career):
    store = context.store
    side = store.get(Accomplishment, career["side"].id)
    store.apply([side.copy(role_id=APP.id)])
    store.apply([store.get(Project, APP.id).copy(name="Fika finder Pro")])
    row = shown(view).index(career["side"].headline)
    assert shown(view, Column.ROLE)[row] == "Project: Fika finder Pro"
    assert "Project: Fika finder Pro" in items(view.role_filter)

    context.undo_stack.push(delete_records(store, [store.get(Project, APP.id)], "Delete Project"))
    assert store.get(Accomplishment, career["side"].id).role_id is None  # kept, without owner
    assert "Project: Fika finder Pro" not in items(view.role_filter)
    assert shown(view, Column.ROLE)[shown(view).index(career["side"].headline)] == ""
    context.undo_stack.undo()
    assert store.get(Accomplishment, career["side"].id).role_id == APP.id


def test_quick_capture_can_file_a_result_under_the_volunteering(qtbot, context, career):
    dialog = QuickCaptureDialog(context)
    qtbot.addWidget(dialog)
    assert items(dialog.role) == [
        "No role",
        "Director, Globex",
        "Project: Fika finder",
        "Volunteering: Mentor, Kodkollektivet",
    ]
    assert dialog.role.currentText() == "Director, Globex"  # the current job, as before
    qtbot.keyClicks(dialog.headline, "Ran 3 mock-interview evenings for 40 people")
    dialog.role.setCurrentIndex(dialog.role.findText("Volunteering: Mentor, Kodkollektivet"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    captured = context.store.get(Accomplishment, dialog.captured_id)
    assert captured.headline.startswith("Ran 3 mock-interview") and captured.role_id == MENTOR.id
