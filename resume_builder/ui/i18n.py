"""Chooses the interface language, loads its translations, and switches it while the app runs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QToolBar

from resume_builder import paths
from resume_builder.ui import settings as keys

LANGUAGE_KEY = keys.LANGUAGE.key
SYSTEM = "system"
#: languages the interface ships in: code -> name in that language
LANGUAGES = {"en": "English", "sv": "Svenska"}
#: the object name of every translator we install, so a switch finds and removes them
TRANSLATOR_PREFIX = "resume_builder_translator:"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language code to use: the stored choice, else the system's if we ship it, else en."""
    stored = keys.LANGUAGE.get(settings)
    if stored in LANGUAGES:
        return stored
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Loads our translation and Qt's own (standard buttons) for `language`."""
    installed = []
    ours = QTranslator(app)
    # English is the source language, yet its .qm is loaded too: it holds the plural forms
    # ("%n role(s)" -> "1 role", "2 roles"), which Qt takes only from a translation.
    if ours.load(str(paths.resource("translations", f"resume_builder_{language}.qm"))):
        ours.setObjectName(TRANSLATOR_PREFIX + language)
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        qt.setObjectName(TRANSLATOR_PREFIX + language)
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed


def installed_language(app: QApplication) -> str:
    """The language whose translations are installed now ("en" when none are)."""
    for translator in app.findChildren(QTranslator):
        name = translator.objectName()
        if name.startswith(TRANSLATOR_PREFIX):
            return name[len(TRANSLATOR_PREFIX) :]
    return "en"


def switch_language(app: QApplication, language: str) -> bool:
    """Replaces the installed translations with `language`'s; False if it was already on.

    The translations are installed afresh either way: a translator someone removed by hand
    still names its language, and must not stop this one from being installed.
    """
    changed = installed_language(app) != language
    for translator in app.findChildren(QTranslator):
        if translator.objectName().startswith(TRANSLATOR_PREFIX):
            app.removeTranslator(translator)
            translator.setParent(None)  # gone from the app's children now, not at the next loop
            translator.deleteLater()
    if language == "en":
        # English dates and numbers follow the system's conventions, as at start-up.
        QLocale.setDefault(QLocale.system())
    install_translators(app, language)
    return changed


def rebuild_window(window, spell_checker=None) -> None:
    """Builds the window's views, actions, menus and toolbar again, in the installed language.

    Qt has no way to re-ask every tr() a widget was built with, and the views set their
    texts once; so, as `MainWindow.replace_repository` does for another record, the views are
    made afresh, but on the same store and undo stack, so no edit and no undo step is lost.
    Commands already on the undo stack keep the words they were named with.
    `spell_checker`, when given, replaces the views' checker (a new spelling language).
    """
    window._save_settings()
    toolbar_state = window.saveState()
    current = window.current_view()
    current_key = current.key if current is not None else ""

    window.sidebar.blockSignals(True)
    window.sidebar.clear()
    for view in window.built_views():  # pages never shown have nothing to rebuild
        view.stop_work()
        window.pages.removeWidget(view)
        view.deleteLater()
    window.views = []
    if spell_checker is not None:
        old_checker = window.context.spell_checker
        window.context = window.context._replace(spell_checker=spell_checker)
        if old_checker is not None and hasattr(old_checker, "deleteLater"):
            old_checker.deleteLater()
    window._create_views()
    window.sidebar.blockSignals(False)

    old_filter = getattr(window, "_shortcut_filter", None)
    for action in window.actions():
        window.removeAction(action)
        # No longer the window's child at once: its shortcut must not answer beside the new one.
        action.setParent(None)
        action.deleteLater()
    menu_bar = window.menuBar()
    menus = [action.menu() for action in menu_bar.actions() if action.menu() is not None]
    menu_bar.clear()
    for menu in menus:
        menu.deleteLater()
    # Direct children only: a view's own toolbar stays.
    for toolbar in window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        window.removeToolBar(toolbar)
        # Out of the window at once: restoreState() below would put it back by its name.
        toolbar.setParent(None)
        toolbar.deleteLater()
    window._build_actions()
    window._build_menus()
    window._build_toolbar()
    window.restoreState(toolbar_state)
    if old_filter is not None and getattr(window, "_shortcut_filter", None) is old_filter:
        # It knows Undo and Redo by their actions, which are new now.
        from resume_builder.ui.shortcuts import WindowShortcutFilter

        old_filter.remove()
        old_filter.deleteLater()
        window._shortcut_filter = WindowShortcutFilter(
            window, window.undo_action, window.redo_action
        )

    settings = QSettings()
    for view in window.built_views():
        view.restore_state(settings)
    window.show_view(current_key or 0)
    window.pages.setCurrentIndex(max(window.sidebar.currentRow(), 0))
    title = getattr(window, "_window_title", None)
    if callable(title):
        window.setWindowTitle(title())
    window._on_store_changed()
    window._on_store_saved()
    window._update_actions()
