"""The Cover Letter tab: the pitch, the letter drafted from its template, and its live preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from resume_builder.domain.models import Target
from resume_builder.ui.forms import FieldSpec, RecordForm
from resume_builder.ui.views.targets.parts import lay_out_beside_preview, take_out_of_form
from resume_builder.ui.widgets.skill_tags import FlowLayout

# Words of the Targets view: they keep its tr() context, and so its translations.
translate = QCoreApplication.translate

#: The languages a letter can be drafted in (services.cover_letter.LETTER_LANGUAGES), each
#: named in itself.
LETTER_LANGUAGE_NAMES = (
    ("en", "English"),
    ("sv", "Svenska"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
)


class LetterTab(QWidget):
    """The target's cover letter: its language, a fresh draft, the text, the export."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        pitch_spec = FieldSpec(
            "pitch",
            translate("TargetsView", "Pitch in the &first person"),
            "text",
            placeholder=translate(
                "TargetsView",
                "Empty: your profile's pitch. In the first person, what you do and for whom: "
                "“I run IT operations that…”",
            ),
            tooltip=translate(
                "TargetsView",
                "The letter's own paragraph about you, for this job. The résumé summary is not "
                "used: it is written about you, and a letter is written by you.",
            ),
        )
        self.form = RecordForm(
            host.context,
            Target,
            [pitch_spec, FieldSpec("letter", translate("TargetsView", "Le&tter"), "text")],
        )
        self.form.setObjectName("letterForm")
        self.form.command_texts["letter"] = translate("TargetsView", "Edit Cover Letter")
        self.form.command_texts["pitch"] = translate("TargetsView", "Edit Letter Pitch")
        pitch = self.form.widgets["pitch"]
        pitch.setObjectName("letterPitch")
        pitch.setMaximumHeight(90)  # a paragraph; the letter below takes the height
        letter = self.form.widgets["letter"]
        letter.setObjectName("letterText")
        letter_label = take_out_of_form(self.form, letter)
        letter.setPlaceholderText(
            translate(
                "TargetsView",
                "Draft the letter from its template, then make it yours. It may only claim "
                "what your records show.",
            )
        )
        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        # Each language named in itself, as a reader of that language looks for it.
        for code, name in LETTER_LANGUAGE_NAMES:
            self.language.addItem(name, code)
        # A letter in the interface's language to begin with; the user can pick another.
        interface = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(interface)))
        self.draft_button = QPushButton(translate("TargetsView", "&Draft from Template"))
        self.draft_button.setObjectName("draftLetter")
        self.draft_button.setToolTip(
            translate(
                "TargetsView",
                "Fill the letter with the company, the role, your pitch and your best-matching "
                "accomplishments, in the language chosen (Undo brings back what was there)",
            )
        )
        self.draft_button.clicked.connect(host.draft_letter)
        self.suggest_button = QPushButton(translate("TargetsView", "Su&ggest from My Records"))
        self.suggest_button.setObjectName("suggestPitch")
        self.suggest_button.setToolTip(
            translate(
                "TargetsView",
                "Fill the pitch with a first-person draft made of your role, your best result "
                "for this job and the skills it proves, for you to rewrite (Undo brings back "
                "what was there)",
            )
        )
        self.suggest_button.clicked.connect(
            lambda: host.documents.suggest_pitch(self.language.currentData())
        )
        self.export_button = QPushButton(translate("TargetsView", "Preview and E&xport Letter…"))
        self.export_button.setObjectName("exportTargetLetter")
        self.export_button.clicked.connect(lambda: host.show_export("letter"))

        editor = QWidget()
        box = QVBoxLayout(editor)
        box.setContentsMargins(0, 0, 0, 0)
        language = QWidget()
        pair = QHBoxLayout(language)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(QLabel(translate("TargetsView", "Language:")))
        pair.addWidget(self.language)
        row = FlowLayout(spacing=6)  # wraps beside the preview rather than widen the window
        row.addWidget(language)
        row.addWidget(self.suggest_button)
        row.addWidget(self.draft_button)
        row.addWidget(self.export_button)
        box.addLayout(row)
        box.addWidget(self.form)  # the pitch's row; the letter is laid out below it
        box.addWidget(letter_label)
        box.addWidget(letter, 1)
        self.preview = lay_out_beside_preview(
            self, editor, host, "letter", translate("TargetsView", "Preview of the cover letter")
        )
        self.language.currentIndexChanged.connect(lambda _index: self.preview.schedule())
