"""Every QSettings key is spelled once, in ui/settings.py; views read and write them through it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

import resume_builder.ui as ui_package
from resume_builder.storage.repository import Repository
from resume_builder.ui import settings as keys
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.background import BackgroundView
from resume_builder.ui.views.base import ViewContext

UI = Path(ui_package.__file__).parent
#: the shape of a settings key ("window/geometry", "views/background/", "/splitter")
_KEY = re.compile(r"^/?[a-z][a-z0-9_]*(/[a-z0-9_]*)*$")
#: the QSettings methods whose first argument is a key
_KEY_METHODS = {"value", "setValue", "contains"}

#: modules that still spell keys of their own, each with why it may for now; an exemption that
#: is no longer needed fails the test, so that it is taken off this list
STILL_SPELLED: dict[str, str] = {}


def spelled_keys(source: str) -> list[str]:
    """The settings keys a module spells: key-shaped texts, and any text given as a key."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if "/" in node.value and _KEY.match(node.value):
                found.add(node.value)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _KEY_METHODS
            and node.args
            and isinstance(node.args[0], ast.JoinedStr)
        ):
            found.add(ast.unparse(node.args[0]))
    return sorted(found)


def test_the_scan_finds_keys_however_they_are_spelled():
    source = (
        'settings.setValue("window/view", 1)\n'
        'settings.value(f"{name}_{part}")\n'
        "page = Page(f'views/background/{key}')\n"
        "settings.value(f'{key}/header')\n"
    )
    assert spelled_keys(source) == [
        "/header",
        "f'{key}/header'",
        "f'{name}_{part}'",
        "views/background/",
        "window/view",
    ]
    assert spelled_keys('box.setValue(self.days)\nname = tr("Résumé / CV")\n') == []


def test_no_module_of_the_window_spells_a_settings_key_but_settings_py():
    offenders = {}
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name == "settings.py":
            continue
        spelled = spelled_keys(path.read_text(encoding="utf-8"))
        if spelled:
            offenders[name] = spelled
    assert {name: found for name, found in offenders.items() if name not in STILL_SPELLED} == {}
    assert [name for name in STILL_SPELLED if name not in offenders] == []


def test_the_keys_views_keep_are_the_ones_stored_before():
    # Renaming one would lose every user's layout of that view.
    assert keys.BACKGROUND_TAB.key == "views/background/tab"
    assert keys.view_splitter(keys.ACCOMPLISHMENTS_VIEW).key == "accomplishments/splitter"
    assert keys.view_header(keys.view_key(keys.BACKGROUND_VIEW, "education")).key == (
        "views/background/education/header"
    )
    assert keys.view_header(keys.EXPERIENCE_VIEW).key == "views/experience/header"


def test_a_stored_value_is_typed_and_nothing_stored_is_none(tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert keys.BACKGROUND_TAB.stored(settings) is None
    assert keys.BACKGROUND_TAB.get(settings) == 0
    settings.setValue(keys.BACKGROUND_TAB.key, "3")  # as an INI file gives it back
    assert keys.BACKGROUND_TAB.stored(settings) == 3
    settings.setValue(keys.BACKGROUND_TAB.key, "third")
    assert keys.BACKGROUND_TAB.stored(settings) is None
    assert keys.BACKGROUND_TAB.get(settings) == 0


@pytest.fixture
def context(qapp, tmp_path):
    repository = Repository.open(tmp_path / "data")
    store = CareerStore(repository)
    yield ViewContext(store, QUndoStack())
    store.flush()
    repository.close()


def show(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def test_the_background_page_keeps_its_tab_and_each_tabs_layout(qtbot, context, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = show(qtbot, BackgroundView(context))
    education = view.show_section("education")
    education.splitter.setSizes([800, 400])
    view.show_section("languages")
    view.save_state(settings)
    settings.sync()
    assert settings.contains("views/background/education/splitter")

    again = show(qtbot, BackgroundView(context))
    assert again.pages["education"].splitter.sizes() != education.splitter.sizes()
    again.restore_state(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    assert again.tabs.currentWidget() is again.pages["languages"]
    assert again.pages["education"].splitter.sizes() == education.splitter.sizes()


def test_a_damaged_tab_setting_opens_the_first_tab(qtbot, context, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("views/background/tab", "not a number")
    view = show(qtbot, BackgroundView(context))
    view.restore_state(settings)
    assert view.tabs.currentIndex() == 0
    settings.setValue("views/background/tab", 99)
    view.restore_state(settings)
    assert view.tabs.currentIndex() == 0
