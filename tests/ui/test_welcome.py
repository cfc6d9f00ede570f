"""The first-run welcome: it names what the demo holds and shows all of every button."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from resume_builder.domain.models import Accomplishment, Role
from resume_builder.services.demo import demo_records
from resume_builder.storage.repository import Repository
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.welcome import WelcomeDialog


@pytest.fixture
def dialog(qtbot, data_dir, language):
    repository = Repository.open(data_dir)
    store = CareerStore(repository)
    dialog = WelcomeDialog(ViewContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.done(0)
    store.flush()
    repository.close()


DEMO_TEXT = {
    "en": "Load a fictional career with {roles} roles and {items} accomplishments; "
    "Undo removes it.",
    "sv": "Läs in en påhittad karriär med {roles} roller och {items} prestationer; "
    "Ångra tar bort den.",
}


def test_the_demo_button_names_what_the_demo_holds(dialog, language):
    records = demo_records()
    roles = sum(isinstance(r, Role) for r in records)
    items = sum(isinstance(r, Accomplishment) for r in records)
    assert roles > 1 and items > 1
    expected = DEMO_TEXT[language].format(roles=roles, items=items)
    assert dialog.demo_button.description() == expected


def test_loading_the_demo_loads_what_the_button_said(qtbot, dialog):
    said = [int(word) for word in dialog.demo_button.description().split() if word.isdigit()]
    dialog.demo_button.click()
    store = dialog.context.store
    assert said == [store.count(Role), store.count(Accomplishment)]
    dialog.context.undo_stack.undo()
    assert store.count(Accomplishment) == 0


def _every_button_is_whole(dialog) -> list[str]:
    problems = []
    for button in (dialog.empty_button, dialog.demo_button, dialog.import_button):
        if not dialog.rect().contains(button.geometry()):
            problems.append(f"{button.text()} reaches outside the dialog")
        if button.height() < button.heightForWidth(button.width()):
            problems.append(f"{button.text()} is too short for its wrapped description")
    return problems


def test_the_last_button_is_inside_the_dialog(dialog):
    assert _every_button_is_whole(dialog) == []
    bottom = dialog.import_button.geometry().bottom()
    assert bottom < dialog.height() - dialog.layout().contentsMargins().bottom()


@pytest.mark.parametrize("width", [None, 420])
def test_squeezed_by_the_user_the_dialog_keeps_every_button_whole(qtbot, dialog, width):
    """A window manager lets the user drag the dialog smaller: its content must stay whole."""
    dialog.setMinimumWidth(min(dialog.minimumWidth(), width or dialog.minimumWidth()))
    dialog.resize(width or dialog.minimumWidth(), 10)
    qtbot.waitUntil(lambda: dialog.height() > 10)
    assert _every_button_is_whole(dialog) == []
