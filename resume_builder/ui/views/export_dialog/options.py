"""The Export dialog's options: the document, its language and page target, the template, the
file's format and paper; and what they ask the exporter for.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.options import ResumeOptions
from resume_builder.export.catalog import TemplateCatalog
from resume_builder.export.locale import LANGUAGES
from resume_builder.services.documents import FORMATS, PAGE_SIZES, ExportRequest
from resume_builder.services.exports import (
    ExportChoices,
    ExportSettings,
    document_kinds,
    export_settings,
    formats_for,
)
from resume_builder.services.preferences import Preferences
from resume_builder.ui import settings as keys
from resume_builder.ui.fit_words import pages_text
from resume_builder.ui.views.export_dialog.look import LookOptions
from resume_builder.ui.views.export_dialog.plan import DocumentPlan, format_names, kind_names
from resume_builder.ui.widgets.broken_templates import BrokenTemplatesNote
from resume_builder.ui.widgets.template_picker import TemplatePicker


class ExportOptions(QWidget):
    """The left column of the Export dialog; `changed` when the document on show changes."""

    #: an option that changes the document changed (the preview is made again)
    changed = Signal()
    #: the format changed (the document is the same; only the note beside the preview is not)
    format_changed = Signal()

    def __init__(self, catalog: TemplateCatalog, plan: DocumentPlan | None, parent=None):
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.catalog = catalog
        self.plan = plan
        self._build_widgets()
        self._build_layout()
        self.kind_combo.currentIndexChanged.connect(self._on_option_changed)
        self.template_picker.template_changed.connect(self._on_option_changed)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.page_size_combo.currentIndexChanged.connect(self._on_option_changed)
        self.language_combo.currentIndexChanged.connect(self._on_option_changed)
        self.page_target_combo.currentIndexChanged.connect(self._on_option_changed)
        self.include_expired_box.toggled.connect(self._on_option_changed)
        self.look_options.changed.connect(self._on_option_changed)
        self.template_picker.template_changed.connect(self._show_template_order)

    # ------------------------------------------------------------------ building
    def _build_widgets(self) -> None:
        translate = QCoreApplication.translate
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("exportKind")
        if self.plan is not None:
            for kind, label in self.plan.kinds:
                self.kind_combo.addItem(label, kind)
        else:
            names = kind_names()
            for kind in document_kinds(with_target=False):
                self.kind_combo.addItem(names[kind], kind)
            self.kind_combo.setToolTip(
                translate(
                    "ExportDialog",
                    "A résumé is the short, tailored story for one reader; the Career "
                    "Management Document is your complete private record.",
                )
            )

        self.template_picker = TemplatePicker()
        self.template_picker.setObjectName("exportTemplates")
        self.template_picker.setAccessibleName(translate("ExportDialog", "Template"))
        self.template_picker.set_templates(list(self.catalog.styles.values()), self.catalog.folder)
        # A line beside the picker, not a message to dismiss, names each file and why.
        self.broken_box = BrokenTemplatesNote(self.catalog.broken, name="exportBrokenTemplatesBox")
        self.broken_label = self.broken_box.label

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        names = format_names()
        for fmt in FORMATS:
            self.format_combo.addItem(names[fmt], fmt)

        self.page_size_combo = QComboBox()
        self.page_size_combo.setObjectName("exportPageSize")
        size_names = {
            "A4": translate("ExportDialog", "A4 (210 × 297 mm)"),
            "Letter": translate("ExportDialog", "US Letter (8.5 × 11 in)"),
        }
        for size in PAGE_SIZES:
            self.page_size_combo.addItem(size_names.get(size, size), size)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("exportLanguage")
        # Each language in its own name: the reader's language, not the interface's.
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(
            translate(
                "ExportDialog",
                "The language of headings and dates in the document; your own text stays as "
                "you wrote it.",
            )
        )

        self.page_target_combo = QComboBox()
        self.page_target_combo.setObjectName("exportPageTarget")
        self.page_target_combo.addItem(translate("ExportDialog", "1 page"), 1)
        self.page_target_combo.addItem(translate("ExportDialog", "2 pages"), 2)
        self.page_target_combo.setToolTip(
            translate(
                "ExportDialog",
                "How long the résumé should be; the preview says what would have to go.",
            )
        )

        self.include_expired_box = QCheckBox(
            translate("ExportDialog", "Include e&xpired certifications")
        )
        self.include_expired_box.setObjectName("exportIncludeExpired")
        self.include_expired_box.setToolTip(
            translate(
                "ExportDialog",
                "A certificate past its expiry date is left out of a résumé unless this is "
                "ticked; the Career Management Document always lists it, marked as expired.",
            )
        )

        self.look_options = LookOptions()

    def _build_layout(self) -> None:
        translate = QCoreApplication.translate
        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 10, 0)
        left.setSpacing(8)

        document_form = _form()
        document_form.addRow(
            _buddy(translate("ExportDialog", "&Document:"), self.kind_combo), self.kind_combo
        )
        document_form.addRow(
            _buddy(translate("ExportDialog", "&Language:"), self.language_combo),
            self.language_combo,
        )
        self.page_target_label = _buddy(
            translate("ExportDialog", "Page tar&get:"), self.page_target_combo
        )
        document_form.addRow(self.page_target_label, self.page_target_combo)
        document_form.addRow(self.include_expired_box)
        file_form = _form()
        file_form.addRow(
            _buddy(translate("ExportDialog", "&Format:"), self.format_combo), self.format_combo
        )
        file_form.addRow(
            _buddy(translate("ExportDialog", "Page si&ze:"), self.page_size_combo),
            self.page_size_combo,
        )

        left.addWidget(_heading(translate("ExportDialog", "Content")))
        left.addLayout(document_form)
        left.addSpacing(8)
        left.addWidget(_heading(translate("ExportDialog", "&Template"), self.template_picker))
        left.addWidget(self.template_picker)
        left.addWidget(self.broken_box)
        left.addSpacing(8)
        left.addWidget(_heading(translate("ExportDialog", "Look")))
        left.addWidget(self.look_options)
        left.addSpacing(8)
        left.addWidget(_heading(translate("ExportDialog", "File")))
        left.addLayout(file_form)
        left.addStretch(1)
        # One column of labels for both forms, so their fields line up.
        labels = [
            item.widget()
            for form in (document_form, file_form)
            for row in range(form.rowCount())
            # a check box spans its row, with no label of its own
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        ] + self.look_options.labels
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        self.setMinimumWidth(300)

    # ------------------------------------------------------------------ what they ask for
    def request(self, fmt: str | None = None, output: Path | None = None) -> ExportRequest:
        """The request the options describe (the preview asks for PDF whatever the format)."""
        kind = self.kind_combo.currentData()
        target = self.page_target_combo.currentData() if kind == "resume" else None
        language = self.language_combo.currentData()
        request = ExportRequest(
            kind=kind,
            format=fmt or self.format_combo.currentData(),
            template=self.current_template(),
            language=language,
            page_size=self.page_size_combo.currentData(),
            output=output,
            resume=ResumeOptions(
                language=language,
                page_target=target,
                include_expired=self.include_expired_box.isChecked(),
            ),
            look=self.look_options.look(),
        )
        return self.plan.complete(request) if self.plan is not None else request

    def current_template(self) -> str:
        """The chosen template's key (the catalog's default when none can be chosen)."""
        return self.template_picker.current_template() or self.catalog.default_key

    def current_format(self) -> str:
        return str(self.format_combo.currentData())

    def select_format(self, fmt: str) -> None:
        """Shows the format a typed file name picked."""
        select_data(self.format_combo, fmt)

    def allowed_formats(self) -> tuple[str, ...]:
        """The formats the chosen document can be saved as."""
        kind = self.kind_combo.currentData()
        if self.plan is None:
            return formats_for(kind)
        return self.plan.formats.get(kind, formats_for(kind))

    def update_states(self) -> None:
        """The page target only for a résumé; only the formats the document can be."""
        is_resume = self.kind_combo.currentData() == "resume"
        self.page_target_combo.setEnabled(is_resume)
        self.page_target_label.setEnabled(is_resume)
        self.include_expired_box.setEnabled(is_resume)
        self.look_options.set_photo_applies(is_resume)
        allowed = self.allowed_formats()
        model = self.format_combo.model()
        for row in range(self.format_combo.count()):
            model.item(row).setEnabled(self.format_combo.itemData(row) in allowed)
        if self.format_combo.currentData() not in allowed:
            select_data(self.format_combo, allowed[0])

    def set_running(self, running: bool) -> None:
        """While exporting, the options that made the file stay as they are."""
        for widget in (
            self.kind_combo,
            self.template_picker,
            self.format_combo,
            self.page_size_combo,
            self.language_combo,
        ):
            widget.setEnabled(not running)
        self.look_options.set_running(running)
        if running:
            self.page_target_combo.setEnabled(False)
            self.include_expired_box.setEnabled(False)
        else:
            self.update_states()

    @Slot()
    def _on_option_changed(self, *_args) -> None:
        self.update_states()
        self.changed.emit()

    @Slot(int)
    def _on_format_combo_changed(self, _index: int) -> None:
        self.update_states()
        self.format_changed.emit()

    # ------------------------------------------------------------------ remembered choices
    def restore(self, defaults: Preferences) -> None:
        """Where the options start, as services.exports.export_settings decides it: last
        time's usable choices, a target's page target, Preferences, the built-in defaults.
        """
        target = self.plan.target if self.plan is not None else None
        settings = export_settings(
            "resume",
            preferences=defaults,
            catalog=self.catalog,
            remembered=remembered_choices(for_target=self.plan is not None),
            target=target,
        )
        page_target = settings.page_target
        if self.plan is None:
            select_data(self.kind_combo, keys.EXPORT_KIND.get())
        else:
            select_data(self.kind_combo, self.plan.kind)
            if target is None:
                page_target = self.plan.page_target
        self._select_page_target(page_target)
        select_data(self.format_combo, self._format_setting().get())
        self.include_expired_box.setChecked(self._include_expired_setting().get())
        select_data(self.page_size_combo, settings.page_size)
        select_data(self.language_combo, settings.language)
        self.template_picker.select_template(settings.template)
        self.look_options.set_look(settings.look)
        self._show_template_order()
        self._show_passed_over(defaults.template, settings)
        self.update_states()

    def _show_passed_over(self, preferred: str, settings: ExportSettings) -> None:
        """Adds to the broken templates' line that Preferences' template was passed over."""
        if not settings.notes or self.catalog.broken_template(preferred) is None:
            return
        sentence = QCoreApplication.translate(
            "ExportDialog",
            "The template chosen in Preferences, “%1”, cannot be used; starting from “%2”.",
        )
        self.broken_box.add_line(sentence.replace("%1", preferred).replace("%2", settings.template))

    def save(self) -> None:
        """Remembers the choices for the next export."""
        if self.plan is None:
            # A target's own choices are its own; the general dialog keeps its defaults.
            keys.EXPORT_KIND.set(self.kind_combo.currentData())
            keys.EXPORT_PAGE_TARGET.set(self.page_target_combo.currentData())
        keys.EXPORT_TEMPLATE.set(self.current_template())
        self._format_setting().set(self.current_format())
        self._include_expired_setting().set(self.include_expired_box.isChecked())
        keys.EXPORT_PAGE_SIZE.set(self.page_size_combo.currentData())
        keys.EXPORT_LANGUAGE.set(self.language_combo.currentData())
        if self.plan is None:
            # a target remembers its look itself, when its document is exported
            keys.EXPORT_LOOK.set(json.dumps(self.look_options.look().to_dict()))

    @Slot()
    def _show_template_order(self, *_args) -> None:
        style = self.catalog.styles.get(self.current_template())
        if style is not None:
            self.look_options.set_template_order(style.section_order)

    def _format_setting(self) -> keys.Setting:
        # A Word file sent for one target must not make the next general export a Word file.
        return keys.EXPORT_FORMAT if self.plan is None else keys.EXPORT_TARGET_FORMAT

    def _include_expired_setting(self) -> keys.Setting:
        # One target's résumé with a lapsed certificate must not put it on every résumé.
        if self.plan is None:
            return keys.EXPORT_INCLUDE_EXPIRED
        return keys.EXPORT_TARGET_INCLUDE_EXPIRED

    def _select_page_target(self, pages: int | None) -> None:
        if pages is not None and self.page_target_combo.findData(pages) < 0:
            self.page_target_combo.addItem(pages_text(pages), pages)
        select_data(self.page_target_combo, pages)


def remembered_choices(*, for_target: bool) -> ExportChoices:
    """What the Export dialog used last time, None where nothing was stored: the values to
    give services.exports.export_settings as `remembered` (a target's previews use them too).
    """
    return ExportChoices(
        template=keys.EXPORT_TEMPLATE.stored(),
        language=keys.EXPORT_LANGUAGE.stored(),
        page_size=keys.EXPORT_PAGE_SIZE.stored(),
        # the general dialog's page target is not a target's: that one has its own
        page_target=None if for_target else keys.EXPORT_PAGE_TARGET.stored(),
        look=None if for_target else _stored_look(),
    )


def _stored_look() -> dict | None:
    """The general dialog's last look as stored, or None when nothing readable is stored."""
    text = keys.EXPORT_LOOK.stored()
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def select_data(combo: QComboBox, value: object) -> None:
    """Chooses the item holding that value, if there is one."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def _heading(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
