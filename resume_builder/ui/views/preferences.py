"""Preferences: interface and spelling languages, document defaults, reminders, data folders.

Interface choices go to QSettings (ui/settings.py); document defaults and reminder periods go
to the data folder's preferences.json, which the CLI reads too (services/preferences.py).
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from resume_builder import paths
from resume_builder.domain.preferences import MAX_DAYS, PAGE_TARGETS, PreferencesError
from resume_builder.export.catalog import load_catalog
from resume_builder.services.preferences import (
    Preferences,
    document_template,
    load_preferences,
    paper_size,
    save_preferences,
    spelling_languages,
)
from resume_builder.ui import settings as keys
from resume_builder.ui.fit_words import pages_text
from resume_builder.ui.i18n import (
    LANGUAGES,
    SYSTEM,
    chosen_language,
    installed_language,
    switch_language,
)
from resume_builder.ui.template_words import template_text
from resume_builder.ui.widgets.broken_templates import BrokenTemplatesNote

log = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    """One page of choices: load() fills it from storage, save() writes it back.

    After OK, `language_changed` and `spelling_changed` say what the window must rebuild.
    """

    def __init__(
        self,
        data_dir: Path,
        backups_dir: Path,
        parent: QWidget | None = None,
        templates_dir: Path | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.data_dir = Path(data_dir)
        self.backups_dir = Path(backups_dir)
        self.templates_dir = Path(templates_dir) if templates_dir else paths.templates_dir()
        #: the templates folder read once: the usable styles, and broken files with why
        self.catalog = load_catalog(self.templates_dir)
        self.language_changed = False
        self.spelling_changed = False
        self._loaded = Preferences()
        self._build_widgets()
        self._build_layout()
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # the main and the keypad key
            shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | key), self)
            shortcut.activated.connect(self.accept)
        self.load()

    # ------------------------------------------------------------------ building
    def _build_widgets(self) -> None:
        self.language = QComboBox()
        self.language.setObjectName("prefLanguage")
        self.language.addItem(self.tr("System language"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.spelling = QComboBox()
        self.spelling.setObjectName("prefSpelling")
        for code in spelling_languages():
            self.spelling.addItem(_language_name(code), code)
        self.spelling.setToolTip(
            self.tr(
                "The dictionary that underlines misspelt words; words you add to your own "
                "dictionary count in every language."
            )
        )

        self.template = QComboBox()
        self.template.setObjectName("prefTemplate")
        for style in self.catalog.styles.values():
            self.template.addItem(template_text(style.name), style.key)
        # A file that does not parse is named, as in the Export dialog, instead of missing.
        self.broken_templates = BrokenTemplatesNote(
            self.catalog.broken, name="prefBrokenTemplatesBox", detailed=False
        )
        self.paper = QComboBox()
        self.paper.setObjectName("prefPaper")
        system_paper = paper_size(Preferences())
        paper_names = {
            "A4": self.tr("A4 (210 × 297 mm)"),
            "Letter": self.tr("US Letter (8.5 × 11 in)"),
        }
        self.paper.addItem(
            self.tr("As the system: %s").replace("%s", paper_names[system_paper]), ""
        )
        for size, name in paper_names.items():
            self.paper.addItem(name, size)
        self.page_target = QComboBox()
        self.page_target.setObjectName("prefPageTarget")
        for pages in PAGE_TARGETS:
            self.page_target.addItem(pages_text(pages), pages)
        self.page_target.setToolTip(
            self.tr("How long a new résumé should be; a target can set its own.")
        )

        self.contact_days = self._days_box("prefContactDays")
        self.contact_days.setToolTip(
            self.tr("A person you have not been in touch with for this long is listed as due.")
        )
        self.application_days = self._days_box("prefApplicationDays")
        self.application_days.setToolTip(
            self.tr("An application with no news for this long is listed for a follow-up.")
        )

        self.data_folder = self._folder_field("prefDataFolder", self.data_dir)
        self.open_data_button = QPushButton(self.tr("&Open Folder"))
        self.open_data_button.setObjectName("prefOpenData")
        self.open_data_button.clicked.connect(lambda: self.open_folder(self.data_dir))
        self.backups_folder = self._folder_field("prefBackupsFolder", self.backups_dir)
        self.open_backups_button = QPushButton(self.tr("Open &Backups Folder"))
        self.open_backups_button.setObjectName("prefOpenBackups")
        self.open_backups_button.clicked.connect(lambda: self.open_folder(self.backups_dir))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _days_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(1, MAX_DAYS)
        return box

    def _folder_field(self, name: str, folder: Path) -> QLineEdit:
        field = QLineEdit(str(folder))
        field.setObjectName(name)
        field.setReadOnly(True)  # shown to find and copy, not to choose: the CLI's --data-dir does
        field.setCursorPosition(0)
        field.setMinimumWidth(260)
        return field

    def _build_layout(self) -> None:
        interface = QGroupBox(self.tr("Interface"))
        form = _form(interface)
        form.addRow(self._buddy(self.tr("&Language:"), self.language), self.language)
        form.addRow(self._buddy(self.tr("&Spelling:"), self.spelling), self.spelling)

        documents = QGroupBox(self.tr("New documents"))
        form = _form(documents)
        form.addRow(self._buddy(self.tr("&Template:"), self.template), self.template)
        form.addRow(self.broken_templates)
        form.addRow(self._buddy(self.tr("&Paper size:"), self.paper), self.paper)
        form.addRow(self._buddy(self.tr("Page tar&get:"), self.page_target), self.page_target)
        note = QLabel(self.tr("The Export dialog and the command line start from these."))
        note.setWordWrap(True)
        form.addRow(note)

        reminders = QGroupBox(self.tr("Reminders"))
        form = _form(reminders)
        form.addRow(
            self._buddy(self.tr("A &contact is due after (days):"), self.contact_days),
            self.contact_days,
        )
        form.addRow(
            self._buddy(self.tr("Follow up an &application after (days):"), self.application_days),
            self.application_days,
        )

        data = QGroupBox(self.tr("Your data"))
        form = _form(data)
        form.addRow(
            self._buddy(self.tr("Saved automatically in:"), self.data_folder),
            _row(self.data_folder, self.open_data_button),
        )
        form.addRow(
            self._buddy(self.tr("Backups:"), self.backups_folder),
            _row(self.backups_folder, self.open_backups_button),
        )

        layout = QVBoxLayout(self)
        for group in (interface, documents, reminders, data):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        chain = [
            self.language,
            self.spelling,
            self.template,
            self.paper,
            self.page_target,
            self.contact_days,
            self.application_days,
            self.data_folder,
            self.open_data_button,
            self.backups_folder,
            self.open_backups_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Ok),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # ------------------------------------------------------------------ load and save
    def load(self) -> None:
        """Shows what is stored."""
        _select(self.language, keys.LANGUAGE.get())
        _select(self.spelling, keys.SPELLING_LANGUAGE.get())
        try:
            self._loaded = load_preferences(self.data_dir)
        except OSError:
            self._loaded = Preferences()
        _select(self.template, document_template(self._loaded, self.catalog))
        _select(self.paper, self._loaded.paper)
        _select(self.page_target, self._loaded.page_target)
        self.contact_days.setValue(self._loaded.stale_contact_days)
        self.application_days.setValue(self._loaded.stale_application_days)

    def chosen_preferences(self) -> Preferences:
        """The document defaults and reminder periods as the dialog shows them."""
        return Preferences(
            template=str(self.template.currentData() or self._loaded.template),
            paper=str(self.paper.currentData() or ""),
            page_target=int(self.page_target.currentData()),
            stale_contact_days=self.contact_days.value(),
            stale_application_days=self.application_days.value(),
        )

    def save(self) -> None:
        """Stores every choice; raises OSError or PreferencesError if the file cannot be written."""
        chosen = self.chosen_preferences()
        if chosen != self._loaded:
            save_preferences(self.data_dir, chosen)
            self._share_with_export_dialog(chosen)
            self._loaded = chosen
        keys.LANGUAGE.set(str(self.language.currentData()))
        self.language_changed = installed_language(QApplication.instance()) != chosen_language()
        spelling = str(self.spelling.currentData() or keys.SPELLING_LANGUAGE.default)
        self.spelling_changed = spelling != keys.SPELLING_LANGUAGE.get()
        keys.SPELLING_LANGUAGE.set(spelling)

    def _share_with_export_dialog(self, chosen: Preferences) -> None:
        # The Export dialog (and a target's export) start from their last choices: new
        # defaults replace those, so the very next export shows them.
        keys.EXPORT_TEMPLATE.set(chosen.template)
        keys.EXPORT_PAGE_SIZE.set(paper_size(chosen))
        keys.EXPORT_PAGE_TARGET.set(chosen.page_target)

    def accept(self) -> None:
        try:
            self.save()
        except (OSError, PreferencesError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(
                self,
                self.tr("Could not save the preferences"),
                self.tr("The preferences could not be saved: %s").replace("%s", reason),
            )
            return
        super().accept()

    def open_folder(self, folder: Path) -> bool:
        """Shows a folder in the system's file manager (creating an empty backups folder)."""
        with contextlib.suppress(OSError):  # the file manager then says what is wrong
            folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def apply_preferences(window, dialog: PreferencesDialog) -> None:
    """Puts a saved dialog's interface choices into effect in the running window.

    A new interface language is installed and the window rebuilt in it; a new spelling
    language brings a new checker for the rebuilt views. Nothing needs a restart.
    """
    from resume_builder.ui.i18n import rebuild_window

    if not (dialog.language_changed or dialog.spelling_changed):
        return
    app = QApplication.instance()
    if dialog.language_changed:
        switch_language(app, chosen_language())
        log.info("Interface language switched to %s", chosen_language())
    checker = None
    if dialog.spelling_changed:
        from resume_builder.ui.when_first_used import make_spell_checker

        checker = make_spell_checker(Path(window.store.repository.data_dir), window)
    rebuild_window(window, spell_checker=checker)


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.setStretch(0, 1)
    return row


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _language_name(code: str) -> str:
    """A language in its own name ("Deutsch"), capitalised as a menu entry."""
    # Qt names "en" after its default territory ("American English"); the dictionary is just
    # English.
    name = "English" if code == "en" else QLocale(code).nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else code
