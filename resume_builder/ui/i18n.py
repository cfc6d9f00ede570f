"""Chooses the interface language (system locale or the user's choice) and loads translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from resume_builder import paths

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
#: languages the interface ships in: code -> name in that language
LANGUAGES = {"en": "English", "sv": "Svenska"}


def chosen_language(settings: QSettings | None = None) -> str:
    """The language code to use: the stored choice, else the system's if we ship it, else en."""
    settings = settings or QSettings()
    stored = str(settings.value(LANGUAGE_KEY, SYSTEM))
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
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed
