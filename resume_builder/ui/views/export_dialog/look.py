"""The Export dialog's look: font, accent colour, margins, density, the order of sections and
whether a résumé shows the profile photo (off unless ticked, with a note saying why).

Each choice starts at "as the template has it"; what is picked changes the template for this
export only (domain.look.DocumentLook, applied by export.style.apply_look). A target's dialog
starts from the look the target was last exported with; the general dialog from its last one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.look import SECTION_KEYS, DocumentLook, is_colour, section_order

#: accent colours offered by name, in a calm range that prints well in black and white too
ACCENTS = (
    ("#1f3a68", QT_TRANSLATE_NOOP("ExportDialog", "Navy")),
    ("#1f5fbf", QT_TRANSLATE_NOOP("ExportDialog", "Blue")),
    ("#0f766e", QT_TRANSLATE_NOOP("ExportDialog", "Teal")),
    ("#2e6b30", QT_TRANSLATE_NOOP("ExportDialog", "Green")),
    ("#7a1f3d", QT_TRANSLATE_NOOP("ExportDialog", "Burgundy")),
    ("#5b2a86", QT_TRANSLATE_NOOP("ExportDialog", "Plum")),
    ("#333333", QT_TRANSLATE_NOOP("ExportDialog", "Charcoal")),
)
#: the item data of "Other colour…" in the accent list
_OTHER = "other"


def _choices(name: str, template: str, items: tuple[tuple[str, str], ...]) -> QComboBox:
    """A list of named choices (text, value), "as the template has it" first."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(template, "")
    for text, value in items:
        combo.addItem(text, value)
    return combo


def section_names() -> dict[str, str]:
    """Each section's name in the interface's language (the document's own headings follow
    the document's language).
    """
    return {
        "summary": QCoreApplication.translate("ExportDialog", "Summary"),
        "experience": QCoreApplication.translate("ExportDialog", "Experience"),
        "education": QCoreApplication.translate("ExportDialog", "Education"),
        "certifications": QCoreApplication.translate("ExportDialog", "Certifications"),
        "skills": QCoreApplication.translate("ExportDialog", "Skills"),
        "projects": QCoreApplication.translate("ExportDialog", "Projects"),
        "publications": QCoreApplication.translate("ExportDialog", "Publications"),
        "awards": QCoreApplication.translate("ExportDialog", "Awards"),
        "volunteer": QCoreApplication.translate("ExportDialog", "Volunteering"),
        "languages": QCoreApplication.translate("ExportDialog", "Languages"),
        "references": QCoreApplication.translate("ExportDialog", "References"),
        "interests": QCoreApplication.translate("ExportDialog", "Interests"),
    }


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class LookOptions(QWidget):
    """The look's choices as a form; `changed` when one of them changes."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("exportLook")
        self._order: tuple[str, ...] = ()
        self._template_order: tuple[str, ...] = SECTION_KEYS
        template = QCoreApplication.translate("ExportDialog", "As the template has it")

        self.font_combo = _choices(
            "exportFont",
            template,
            (
                (QCoreApplication.translate("ExportDialog", "Serif (Noto Serif)"), "serif"),
                (QCoreApplication.translate("ExportDialog", "Sans (Noto Sans)"), "sans"),
            ),
        )

        self.accent_combo = QComboBox()
        self.accent_combo.setObjectName("exportAccent")
        self.accent_combo.addItem(template, "")
        for colour, name in ACCENTS:
            self.accent_combo.addItem(
                _swatch(colour), QCoreApplication.translate("ExportDialog", name), colour
            )
        self.accent_combo.addItem(
            QCoreApplication.translate("ExportDialog", "Other colour…"), _OTHER
        )
        self.accent_combo.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "The colour of your name, the headings and rules."
            )
        )
        self._accent_index = 0

        self.margins_combo = _choices(
            "exportMargins",
            template,
            (
                (QCoreApplication.translate("ExportDialog", "Narrow (12 mm)"), "narrow"),
                (QCoreApplication.translate("ExportDialog", "Wide (25 mm)"), "wide"),
            ),
        )
        self.density_combo = _choices(
            "exportDensity",
            template,
            (
                (QCoreApplication.translate("ExportDialog", "Compact"), "compact"),
                (QCoreApplication.translate("ExportDialog", "Roomy"), "roomy"),
            ),
        )
        self.density_combo.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "Compact fits more on a page; roomy gives the text more air."
            )
        )

        self.order_button = QPushButton(
            QCoreApplication.translate("ExportDialog", "&Order of Sections…")
        )
        self.order_button.setObjectName("exportSectionOrder")
        self.order_label = QLabel()
        self.order_label.setObjectName("exportSectionOrderText")
        self.order_label.setWordWrap(True)

        self.photo_box = QCheckBox(QCoreApplication.translate("ExportDialog", "Include &photo"))
        self.photo_box.setObjectName("exportPhoto")
        self.photo_note = QLabel(
            QCoreApplication.translate(
                "ExportDialog",
                "Many applicant-tracking systems and US employers prefer a résumé without a "
                "photo; some European employers expect one.",
            )
        )
        self.photo_note.setObjectName("exportPhotoNote")
        self.photo_note.setWordWrap(True)
        self._photo_available = False
        self._photo_applies = True
        # the look's own choice, kept while there is no photo to tick the box for: a target
        # that shows the photo keeps that choice when exported before a photo is chosen again
        self._photo_wanted = False
        self._running = False

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [
            _buddy(QCoreApplication.translate("ExportDialog", "Fo&nt:"), self.font_combo),
            _buddy(QCoreApplication.translate("ExportDialog", "A&ccent:"), self.accent_combo),
            _buddy(QCoreApplication.translate("ExportDialog", "&Margins:"), self.margins_combo),
            _buddy(QCoreApplication.translate("ExportDialog", "Densit&y:"), self.density_combo),
            _buddy(QCoreApplication.translate("ExportDialog", "Sections:"), self.order_button),
            QLabel(QCoreApplication.translate("ExportDialog", "Photo:")),
        ]
        for label, field in zip(
            self.labels,
            (self.font_combo, self.accent_combo, self.margins_combo, self.density_combo),
            strict=False,
        ):
            form.addRow(label, field)
        order_row = QVBoxLayout()
        order_row.setSpacing(2)
        order_row.addWidget(self.order_button, 0, Qt.AlignmentFlag.AlignLeft)
        order_row.addWidget(self.order_label)
        form.addRow(self.labels[-2], order_row)
        photo_row = QVBoxLayout()
        photo_row.setSpacing(2)
        photo_row.addWidget(self.photo_box)
        photo_row.addWidget(self.photo_note)
        form.addRow(self.labels[-1], photo_row)
        self._show_order()
        self._show_photo_state()

        for combo in (self.font_combo, self.margins_combo, self.density_combo):
            combo.currentIndexChanged.connect(self._on_changed)
        self.accent_combo.activated.connect(self._on_accent_activated)
        self.accent_combo.currentIndexChanged.connect(self._on_accent_changed)
        self.order_button.clicked.connect(self._edit_order)
        self.photo_box.toggled.connect(self._on_changed)

    # ------------------------------------------------------------------ the look
    def look(self) -> DocumentLook:
        """The look the choices describe."""
        accent = self.accent_combo.currentData()
        return DocumentLook(
            section_order=self._order,
            accent=accent if isinstance(accent, str) and is_colour(accent) else "",
            font=self.font_combo.currentData(),
            margins=self.margins_combo.currentData(),
            density=self.density_combo.currentData(),
            photo=self.photo_box.isChecked() if self._photo_available else self._photo_wanted,
        )

    def set_look(self, look: DocumentLook) -> None:
        """Shows a look (a target's, or the one used last), without saying `changed`."""
        self.blockSignals(True)
        try:
            _select(self.font_combo, look.font)
            _select(self.margins_combo, look.margins)
            _select(self.density_combo, look.density)
            if look.accent and self.accent_combo.findData(look.accent.lower()) < 0:
                self._add_accent(look.accent.lower())
            _select(self.accent_combo, look.accent.lower())
            self._accent_index = self.accent_combo.currentIndex()
            self._order = look.section_order
            self._show_order()
            self._photo_wanted = look.photo
            self.photo_box.setChecked(look.photo and self._photo_available)
        finally:
            self.blockSignals(False)

    def set_photo_available(self, available: bool) -> None:
        """Whether the profile has a photo to show; without one the box cannot be ticked."""
        self._photo_available = available
        if not available:
            self.photo_box.setChecked(False)
        self._show_photo_state()

    def set_photo_applies(self, applies: bool) -> None:
        """Whether the chosen document can show a photo (a résumé can; a letter cannot)."""
        self._photo_applies = applies
        self._show_photo_state()

    def _show_photo_state(self) -> None:
        translate = QCoreApplication.translate
        usable = self._photo_available and self._photo_applies
        self.photo_box.setEnabled(usable and not self._running)
        if not self._photo_available:
            tip = translate(
                "ExportDialog", "Your profile has no photo: choose one on the Profile page first."
            )
        elif not self._photo_applies:
            tip = translate("ExportDialog", "Only a résumé shows a photo.")
        else:
            tip = translate(
                "ExportDialog",
                "Show your profile photo at the top right, beside your name, in PDF and Word "
                "files (Markdown and text show none).",
            )
        self.photo_box.setToolTip(tip)

    def set_template_order(self, order: tuple[str, ...]) -> None:
        """The chosen template's own order of sections, which the order starts from."""
        self._template_order = tuple(order)
        self._show_order()

    def set_running(self, running: bool) -> None:
        for widget in (
            self.font_combo,
            self.accent_combo,
            self.margins_combo,
            self.density_combo,
            self.order_button,
        ):
            widget.setEnabled(not running)
        self._running = running
        self._show_photo_state()

    # ------------------------------------------------------------------ sections
    def _show_order(self) -> None:
        if not self._order:
            self.order_label.setText(
                QCoreApplication.translate("ExportDialog", "As the template has them.")
            )
            return
        names = section_names()
        first = ", ".join(names[key] for key in self._order)
        self.order_label.setText(
            QCoreApplication.translate(
                "ExportDialog", "%1 first, then the template's order."
            ).replace("%1", first)
        )

    @Slot()
    def _edit_order(self) -> None:
        current = section_order(self._order, self._template_order)
        dialog = SectionOrderDialog(current, self._template_order, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        order = dialog.order()
        self._order = (
            () if order == tuple(self._template_order) else _leading(order, self._template_order)
        )
        self._show_order()
        self.changed.emit()

    # ------------------------------------------------------------------ accent
    def _add_accent(self, colour: str) -> int:
        index = self.accent_combo.count() - 1  # before "Other colour…"
        self.accent_combo.insertItem(index, _swatch(colour), colour, colour)
        return index

    @Slot(int)
    def _on_accent_activated(self, index: int) -> None:
        if self.accent_combo.itemData(index) != _OTHER:
            return
        start = self.look().accent or "#1f5fbf"
        colour = QColorDialog.getColor(
            QColor(start), self, QCoreApplication.translate("ExportDialog", "Accent Colour")
        )
        if not colour.isValid():
            self.accent_combo.setCurrentIndex(self._accent_index)
            return
        name = colour.name().lower()
        found = self.accent_combo.findData(name)
        self.accent_combo.setCurrentIndex(found if found >= 0 else self._add_accent(name))

    @Slot(int)
    def _on_accent_changed(self, index: int) -> None:
        if self.accent_combo.itemData(index) == _OTHER:
            return  # the colour dialog decides (see _on_accent_activated)
        self._accent_index = index
        self.changed.emit()

    @Slot()
    def _on_changed(self, *_args) -> None:
        self.changed.emit()


def _leading(order: tuple[str, ...], template_order: tuple[str, ...]) -> tuple[str, ...]:
    """The shortest start of `order` that, followed by the template's order for the rest,
    gives `order` again: what the look needs to store.
    """
    for length in range(len(order) + 1):
        if section_order(order[:length], template_order)[: len(order)] == order:
            return order[:length]
    return order


class SectionOrderDialog(QDialog):
    """Puts the sections in order: drag them, or Alt+Up / Alt+Down and the buttons."""

    def __init__(self, order: tuple[str, ...], template_order: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.setObjectName("sectionOrderDialog")
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Order of Sections"))
        self._template_order = tuple(template_order)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setObjectName("sectionOrderList")
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._fill(order)

        self.up_button = QPushButton(QCoreApplication.translate("ExportDialog", "Move &Up"))
        self.up_button.setObjectName("sectionOrderUp")
        self.down_button = QPushButton(QCoreApplication.translate("ExportDialog", "Move &Down"))
        self.down_button.setObjectName("sectionOrderDown")
        self.reset_button = QPushButton(
            QCoreApplication.translate("ExportDialog", "&Template's Order")
        )
        self.reset_button.setObjectName("sectionOrderReset")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        note = QLabel(
            QCoreApplication.translate(
                "ExportDialog",
                "A section with nothing in it is left out wherever it stands. Drag a section, "
                "or move the chosen one with Alt+Up and Alt+Down.",
            )
        )
        note.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addSpacing(8)
        side.addWidget(self.reset_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.reset_button.clicked.connect(lambda: self._fill(self._template_order))
        self.view.installEventFilter(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(360, 380)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Alt+Up and Alt+Down in the list move the chosen section."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _fill(self, order: tuple[str, ...]) -> None:
        names = section_names()
        self.model.clear()
        for key in section_order(order, SECTION_KEYS):
            item = QStandardItem(names[key])
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            item.setDropEnabled(False)  # dropped between items, never onto one
            self.model.appendRow(item)
        self.view.setCurrentIndex(self.model.index(0, 0))

    def order(self) -> tuple[str, ...]:
        """The sections in the order shown."""
        return tuple(
            self.model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.model.rowCount())
        )

    def move_current(self, step: int) -> None:
        """Moves the chosen section one place up (-1) or down (1)."""
        row = self.view.currentIndex().row()
        goal = row + step
        if row < 0 or not 0 <= goal < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(goal, items)
        self.view.setCurrentIndex(self.model.index(goal, 0, QModelIndex()))


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
