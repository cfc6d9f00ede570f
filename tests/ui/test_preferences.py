"""Preferences as a user meets them: load/save, keys, Tab order, a live language switch."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
)

from resume_builder import paths
from resume_builder.services.preferences import Preferences, load_preferences, save_preferences
from resume_builder.storage.repository import Repository
from resume_builder.ui import settings as keys
from resume_builder.ui.i18n import installed_language
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.export_dialog import ExportDialog
from resume_builder.ui.views.preferences import PreferencesDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialog(qtbot, data_dir):
    dialog = PreferencesDialog(data_dir, data_dir / "backups")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def choose(qtbot, combo, text: str) -> None:
    """Picks an entry of a combo box as a user does: focus it and type the entry's start."""
    combo.setFocus()
    qtbot.keyClicks(combo, text.split()[0])  # a space would open the popup
    assert combo.currentText().startswith(text), (combo.currentText(), text)


def type_number(qtbot, box, value: int) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, str(value))


# --------------------------------------------------------------------------- load and save
def test_load_shows_what_is_stored(qtbot, data_dir):
    save_preferences(
        data_dir,
        Preferences(
            template="modern",
            paper="Letter",
            page_target=3,
            stale_contact_days=45,
            stale_application_days=14,
        ),
    )
    keys.LANGUAGE.set("sv")
    keys.SPELLING_LANGUAGE.set("de")
    dialog = PreferencesDialog(data_dir, data_dir / "backups")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "sv"
    assert dialog.spelling.currentData() == "de"
    assert dialog.template.currentData() == "modern"
    assert dialog.paper.currentData() == "Letter"
    assert dialog.page_target.currentText() == "3 pages"
    assert dialog.contact_days.value() == 45
    assert dialog.application_days.value() == 14


def test_the_defaults_are_shown_when_nothing_is_stored(dialog):
    assert dialog.language.currentText() == "System language"
    assert dialog.spelling.currentData() == "en"
    assert dialog.template.currentData() == "classic"
    assert dialog.paper.currentText().startswith("As the system: ")
    assert dialog.page_target.currentText() == "2 pages"
    assert (dialog.contact_days.value(), dialog.application_days.value()) == (60, 21)


def test_templates_are_the_catalogs_and_a_broken_one_is_named_in_one_line(
    qtbot, data_dir, tmp_path
):
    import shutil

    folder = tmp_path / "templates"
    folder.mkdir()
    for name in ("classic.toml", "modern.toml"):
        shutil.copy(paths.templates_dir() / name, folder / name)
    (folder / "fancy.toml").write_text('name = "Fancy\naccent_color = 12\n', encoding="utf-8")
    save_preferences(data_dir, Preferences(template="fancy"))
    dialog = PreferencesDialog(data_dir, data_dir / "backups", templates_dir=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = [dialog.template.itemData(i) for i in range(dialog.template.count())]
    assert offered == ["classic", "modern"]
    # the stored default cannot be used: the catalog's default is shown instead
    assert dialog.template.currentData() == "classic"
    note = dialog.findChild(QLabel, "prefBrokenTemplates")
    assert note is not None and note.isVisible()
    assert note.text() == "1 template file(s) could not be used: fancy.toml" or (
        note.text() == "1 template file could not be used: fancy.toml"
    )
    assert "fancy.toml" in dialog.broken_templates.toolTip()
    assert "TOML" in dialog.broken_templates.toolTip()


def test_without_broken_templates_preferences_shows_no_warning(dialog):
    assert not dialog.broken_templates.isVisible()
    assert dialog.broken_templates.label.text() == ""


def test_ctrl_return_saves_every_choice(qtbot, dialog, data_dir):
    choose(qtbot, dialog.spelling, "Deutsch")
    choose(qtbot, dialog.template, "Modern")
    choose(qtbot, dialog.paper, "US Letter")
    choose(qtbot, dialog.page_target, "4")
    type_number(qtbot, dialog.contact_days, 30)
    type_number(qtbot, dialog.application_days, 10)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.application_days, Qt.Key.Key_Return, CTRL)
    assert load_preferences(data_dir) == Preferences(
        template="modern",
        paper="Letter",
        page_target=4,
        stale_contact_days=30,
        stale_application_days=10,
    )
    assert keys.SPELLING_LANGUAGE.get() == "de"
    assert dialog.spelling_changed and not dialog.language_changed
    stored = json.loads(paths.preferences_file(data_dir).read_text(encoding="utf-8"))
    assert stored["page_target"] == 4  # the file the CLI reads


def test_ctrl_enter_on_the_keypad_saves_too(qtbot, dialog, data_dir):
    type_number(qtbot, dialog.contact_days, 90)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(
            dialog.contact_days, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier
        )
    assert load_preferences(data_dir).stale_contact_days == 90


def test_escape_cancels_and_stores_nothing(qtbot, dialog, data_dir):
    choose(qtbot, dialog.language, "Svenska")
    choose(qtbot, dialog.template, "Compact")
    type_number(qtbot, dialog.contact_days, 5)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.contact_days, Qt.Key.Key_Escape)
    assert not paths.preferences_file(data_dir).exists()
    assert QSettings().value(keys.LANGUAGE.key) is None


def test_days_stay_within_their_range(qtbot, dialog):
    type_number(qtbot, dialog.contact_days, 0)
    assert dialog.contact_days.value() >= 1
    type_number(qtbot, dialog.application_days, 99999)
    assert dialog.application_days.value() <= 730


def test_a_file_that_cannot_be_written_keeps_the_dialog_open(qtbot, dialog, data_dir, when_modal):
    paths.preferences_file(data_dir).mkdir()  # a folder where the file should go
    type_number(qtbot, dialog.contact_days, 33)
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        box.accept()

    when_modal(QMessageBox, answer)
    qtbot.keyClick(dialog.contact_days, Qt.Key.Key_Return, CTRL)
    assert seen["text"].startswith("The preferences could not be saved: ")
    assert dialog.isVisible()  # the choices are still there to try again
    assert dialog.contact_days.value() == 33


# --------------------------------------------------------------------------- keyboard
def test_tab_walks_every_field_in_visual_order(qtbot, dialog):
    expected = [
        dialog.language,
        dialog.spelling,
        dialog.template,
        dialog.paper,
        dialog.page_target,
        dialog.contact_days,
        dialog.application_days,
        dialog.data_folder,
        dialog.open_data_button,
        dialog.backups_folder,
        dialog.open_backups_button,
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
    ]
    dialog.language.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language)
    visited = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected
    tops = [widget.mapTo(dialog, widget.rect().topLeft()).y() for widget in expected[:11]]
    assert tops == sorted(tops)  # the chain runs down the page as it is drawn


def test_the_first_field_of_each_row_has_a_mnemonic(dialog):
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if "&" in label.text()}
    for field in (
        dialog.language,
        dialog.spelling,
        dialog.template,
        dialog.paper,
        dialog.page_target,
        dialog.contact_days,
        dialog.application_days,
    ):
        assert field in buddies, field.objectName()


# --------------------------------------------------------------------------- the data folders
class _UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url)


def test_the_data_and_backups_folders_are_shown_read_only_and_open(qtbot, dialog, data_dir):
    assert dialog.data_folder.text() == str(data_dir)
    assert dialog.backups_folder.text() == str(data_dir / "backups")
    for field in (dialog.data_folder, dialog.backups_folder):
        assert isinstance(field, QLineEdit) and field.isReadOnly()
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        qtbot.mouseClick(dialog.open_data_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.open_backups_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [
        str(data_dir),
        str(data_dir / "backups"),
    ]
    assert (data_dir / "backups").is_dir()  # an empty backups folder opens rather than fails


def test_spelling_offers_exactly_the_dictionaries_pyspellchecker_has(dialog):
    from resume_builder.services.preferences import spelling_languages

    codes = [dialog.spelling.itemData(i) for i in range(dialog.spelling.count())]
    assert codes == spelling_languages()
    names = [dialog.spelling.itemText(i) for i in range(dialog.spelling.count())]
    assert "English" in names[codes.index("en")] and names[codes.index("de")] == "Deutsch"


# --------------------------------------------------------------------------- the Export dialog
def test_the_export_dialog_starts_from_the_new_defaults(qtbot, dialog, data_dir):
    # the Export dialog had remembered other choices from an earlier export
    keys.EXPORT_TEMPLATE.set("compact")
    keys.EXPORT_PAGE_SIZE.set("A4")
    keys.EXPORT_PAGE_TARGET.set(1)
    choose(qtbot, dialog.template, "Modern")
    choose(qtbot, dialog.paper, "US Letter")
    choose(qtbot, dialog.page_target, "3")
    qtbot.keyClick(dialog.page_target, Qt.Key.Key_Return, CTRL)

    repository = Repository.open(data_dir)
    store = CareerStore(repository)
    export = ExportDialog(ViewContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(export)
    assert export.current_template() == "modern"
    assert export.page_size_combo.currentData() == "Letter"
    assert export.page_target_combo.currentData() == 3
    assert export.current_request().resume.page_target == 3
    export.reject()
    repository.close()


def test_without_any_remembered_choice_the_export_dialog_uses_the_file(qtbot, data_dir):
    save_preferences(data_dir, Preferences(template="compact", paper="Letter", page_target=5))
    repository = Repository.open(data_dir)
    export = ExportDialog(ViewContext(store=CareerStore(repository), undo_stack=QUndoStack()))
    qtbot.addWidget(export)
    assert export.current_template() == "compact"
    assert export.page_size_combo.currentData() == "Letter"
    assert export.page_target_combo.currentData() == 5
    export.reject()
    repository.close()


# --------------------------------------------------------------------------- in the window
@pytest.fixture
def in_preferences(qtbot, when_modal):
    """`in_preferences(window, act)`: opens Preferences from the File menu's action, acts on it."""

    def open_and_act(window, act):
        seen = {}

        def handle(dialog):
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            act(dialog)
            if dialog.isVisible():
                seen["left_open"] = True
                dialog.reject()

        when_modal(PreferencesDialog, handle)
        window.preferences_action.trigger()
        assert "left_open" not in seen, "the dialog did not close"

    return open_and_act


def menu_texts(window):
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_svenska_switches_the_running_window(
    qtbot, english_afterwards, open_window, in_preferences
):
    window = open_window()
    window.show_view("accomplishments")
    store, undo_stack = window.store, window.undo_stack
    assert menu_texts(window) == ["&File", "&Edit", "&View", "&Help"]

    def svenska(dialog):
        choose(qtbot, dialog.language, "Svenska")
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return, CTRL)

    in_preferences(window, svenska)
    assert installed_language(QApplication.instance()) == "sv"
    assert menu_texts(window) == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Inställningar…" in [action.text() for action in file_menu.actions()]
    sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert sidebar[:4] == ["Start", "Prestationer", "Erfarenhet", "Kompetenser"]
    view = window.current_view()
    assert view.key == "accomplishments"  # the same view stays on show
    placeholders = {edit.placeholderText() for edit in view.findChildren(QLineEdit)}
    assert "Filtrera (Ctrl+F)…" in placeholders
    assert window.undo_action.text() == "&Ångra"
    qtbot.wait(10)  # the old toolbar and menus are deleted by the event loop
    [toolbar] = window.findChildren(QToolBar)  # the old toolbar is gone, not restored beside
    assert toolbar.isVisible() and toolbar.actions()[0].text() == "&Snabbanteckning…"
    assert window.store is store and window.undo_stack is undo_stack
    assert keys.LANGUAGE.get() == "sv"
    # the old views are gone now; every new one lays out (Targets once crashed here)
    qtbot.wait(20)
    for key in ("targets", "skills", "accomplishments"):
        window.show_view(key)
        qtbot.wait(20)
        assert window.current_view().key == key and window.current_view().isVisible()

    # and back, again without a restart
    def english(dialog):
        choose(qtbot, dialog.language, "English")
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return, CTRL)

    in_preferences(window, english)
    assert menu_texts(window) == ["&File", "&Edit", "&View", "&Help"]
    assert window.sidebar.item(1).text() == "Accomplishments"


def test_the_shortcuts_work_after_a_switch(qtbot, english_afterwards, open_window, in_preferences):
    window = open_window()
    window.undo_stack.push(QUndoCommand("An earlier edit"))  # something Ctrl+Z could undo

    def svenska(dialog):
        choose(qtbot, dialog.language, "Svenska")
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return, CTRL)

    in_preferences(window, svenska)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.current_view().key == "skills"
    # one action per shortcut: a rebuilt window must not keep the old ones beside the new
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))
    # Ctrl+Z in a field with typing of its own still undoes that typing, not the last edit
    window.show_view("accomplishments")
    field = window.current_view().findChild(QLineEdit, "accomplishmentsFilter")
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    index = window.undo_stack.index()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() != "abc"
    assert window.undo_stack.index() == index


def test_a_new_spelling_language_reaches_the_editors(qtbot, open_window, in_preferences):
    window = open_window()
    old_checker = window.context.spell_checker
    assert old_checker.language == "en"

    def german(dialog):
        choose(qtbot, dialog.spelling, "Deutsch")
        qtbot.keyClick(dialog.spelling, Qt.Key.Key_Return, CTRL)

    in_preferences(window, german)
    checker = window.context.spell_checker
    assert checker is not old_checker and checker.language == "de"
    assert all(view.context.spell_checker is checker for view in window.views)
    window.close()
    window.shutdown()

    again = open_window()  # and it is the language on the next start
    assert again.context.spell_checker.language == "de"


def test_cancel_leaves_the_window_as_it_was(qtbot, open_window, in_preferences):
    window = open_window()
    views = list(window.views)

    def cancel(dialog):
        choose(qtbot, dialog.language, "Svenska")
        qtbot.keyClick(dialog.language, Qt.Key.Key_Escape)

    in_preferences(window, cancel)
    assert window.views == views  # nothing was rebuilt
    assert menu_texts(window)[0] == "&File"


def test_ctrl_comma_opens_preferences_even_from_the_filter(qtbot, open_window, when_modal):
    window = open_window()
    opened = []

    def close_it(dialog):
        opened.append(dialog)
        dialog.reject()

    when_modal(PreferencesDialog, close_it)
    window.show_view("experience")
    filter_edit = window.view("experience").page.filter_edit
    filter_edit.setFocus()
    qtbot.keyClick(filter_edit, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: bool(opened))
