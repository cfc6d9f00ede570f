"""The Export dialog's template picker: a list model of the catalog's templates and its view.

Each row shows the template's thumbnail, its name and its description in the interface
language. The model is a plain `QAbstractListModel` over the catalog's styles, so the view, a
test or a screen reader ask it the same questions.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from resume_builder.export.style import Style
from resume_builder.ui.template_words import template_text


class TemplateRole(IntEnum):
    """What the template model gives besides its name, tooltip and thumbnail."""

    KEY = Qt.ItemDataRole.UserRole  # the template's key ("classic")
    DESCRIPTION = Qt.ItemDataRole.UserRole + 1  # its description in the interface language


def template_thumbnail(style: Style, folder: Path, size: QSize, ratio: float) -> QPixmap:
    """The template's own thumbnail image, or a small sketch of a page in its colours."""
    if style.thumbnail:
        image = QPixmap(str(folder / style.thumbnail))
        if not image.isNull():
            scaled = image.scaled(
                size * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            return scaled
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    page = QRectF(0.5, 0.5, size.width() - 1, size.height() - 1)
    painter.setPen(QPen(QColor("#c5ccd4"), 1))
    painter.setBrush(QColor("white"))
    painter.drawRect(page)
    accent, muted = QColor(style.accent_color), QColor("#b7bec7")
    margin = 5.0
    width = page.width() - 2 * margin
    centred = style.contact_align == "center"

    def bar(y: float, length: float, colour: QColor, thickness: float = 1.6) -> None:
        x = page.left() + margin + ((width - length) / 2 if centred else 0)
        painter.fillRect(QRectF(x, y, length, thickness), colour)

    bar(margin + 1, width * 0.6, accent, 3.2 if style.name_size >= 20 else 2.6)
    bar(margin + 6.5, width * 0.8, muted, 1.2)
    y = margin + 12
    while y < page.bottom() - margin - 6:
        painter.fillRect(QRectF(page.left() + margin, y, width * 0.4, 1.8), accent)
        if style.heading_rule:
            painter.setPen(QPen(QColor(style.rule_color), 0.6))
            painter.drawLine(
                QPointF(page.left() + margin, y + 3), QPointF(page.right() - margin, y + 3)
            )
        step = 2.6 if style.line_spacing < 1.15 else 3.2
        for line in range(3):  # body text is left-aligned whatever the header does
            length = width * (0.92 - 0.12 * (line % 2))
            painter.fillRect(
                QRectF(page.left() + margin, y + 5.5 + line * step, length, 1.0), muted
            )
        y += 5.5 + 3 * step + 3
    painter.end()
    return pixmap


class TemplateDelegate(QStyledItemDelegate):
    """Draws a template as its thumbnail, its name in bold and its description, wrapped."""

    THUMB = QSize(40, 52)
    MARGIN = 8

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        widget = option.widget
        if width <= 0 and widget is not None:
            width = widget.viewport().width()
        return max(80, width - self.THUMB.width() - 3 * self.MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.widget is not None:
            opt.rect = QRect(0, 0, opt.widget.viewport().width(), 0)
        bold = QFont(opt.font)
        bold.setBold(True)
        name_height = QFontMetrics(bold).height()
        description = str(index.data(TemplateRole.DESCRIPTION) or "")
        text_rect = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, self._text_width(opt), 10_000), Qt.TextFlag.TextWordWrap, description
        )
        text_height = name_height + 2 + text_rect.height()
        height = max(self.THUMB.height(), text_height) + 2 * self.MARGIN
        return QSize(opt.rect.width() or 240, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, thumbnail = opt.text, index.data(Qt.ItemDataRole.DecorationRole)
        description = str(index.data(TemplateRole.DESCRIPTION) or "")
        # Let the style draw only the background and selection, then draw the content ourselves.
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)
        muted = QColor(text_colour)
        if not selected:
            muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.save()
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        if isinstance(thumbnail, QPixmap) and not thumbnail.isNull():
            logical = thumbnail.size() / thumbnail.devicePixelRatio()
            top = rect.top() + (rect.height() - logical.height()) // 2
            painter.drawPixmap(rect.left(), top, thumbnail)
        left = rect.left() + self.THUMB.width() + self.MARGIN
        text_width = rect.right() - left
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name_height = QFontMetrics(bold).height()
        painter.drawText(
            QRect(left, rect.top(), text_width, name_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, text_width),
        )
        painter.setFont(opt.font)
        painter.setPen(muted)
        painter.drawText(
            QRect(left, rect.top() + name_height + 2, text_width, rect.height() - name_height),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            description,
        )
        painter.restore()


class TemplateModel(QAbstractListModel):
    """The usable templates of a catalog, one row each, in the catalog's order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._styles: list[Style] = []
        self._folder = Path()
        self._thumbnails: dict[str, QPixmap] = {}
        self._ratio = 1.0

    def set_templates(self, styles, folder: Path, ratio: float = 1.0) -> None:
        """Shows these styles (thumbnails drawn for a screen of this pixel ratio)."""
        self.beginResetModel()
        self._styles = list(styles)
        self._folder = Path(folder)
        self._ratio = ratio
        self._thumbnails.clear()
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._styles)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._styles):
            return None
        style = self._styles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return template_text(style.name)
        if role in (Qt.ItemDataRole.ToolTipRole, TemplateRole.DESCRIPTION):
            return template_text(style.description)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(style)
        if role == TemplateRole.KEY:
            return style.key
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def key_at(self, row: int) -> str | None:
        """The key of the template on a row, or None outside the list."""
        return self._styles[row].key if 0 <= row < len(self._styles) else None

    def row_of(self, key: str) -> int:
        """The row of a template's key, or -1 when the catalog has no usable one of that key."""
        return next((row for row, style in enumerate(self._styles) if style.key == key), -1)

    def _thumbnail(self, style: Style) -> QPixmap:
        # Drawn when first shown: a folder of many templates costs nothing until scrolled to.
        if style.key not in self._thumbnails:
            self._thumbnails[style.key] = template_thumbnail(
                style, self._folder, TemplateDelegate.THUMB, self._ratio
            )
        return self._thumbnails[style.key]


class TemplatePicker(QListView):
    """The templates to choose from, exactly as tall as their rows so the options below stay
    close; `template_changed` says which key was chosen.
    """

    #: the chosen template's key
    template_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._last_width = -1
        self.templates = TemplateModel(self)
        self.setModel(self.templates)
        self.setItemDelegate(TemplateDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)

    def set_templates(self, styles, folder: Path) -> None:
        """One row per usable template of the catalog, the first one chosen."""
        self.templates.set_templates(styles, folder, self.devicePixelRatioF())
        self.select_template(self.templates.key_at(0) or "")
        self.updateGeometry()

    def current_template(self) -> str | None:
        """The chosen template's key, or None when there is none to choose."""
        return self.templates.key_at(self.currentIndex().row())

    def select_template(self, key: str) -> bool:
        """Chooses the template of that key; False (and the first one) when there is none."""
        row = self.templates.row_of(key)
        found = row >= 0
        if not found:
            row = 0 if self.templates.rowCount() else -1
        if row >= 0:
            self.setCurrentIndex(self.templates.index(row))
        return found

    def row_rect(self, key: str) -> QRect:
        """Where a template's row is in the viewport (scrolled into view first)."""
        index = self.templates.index(self.templates.row_of(key))
        self.scrollTo(index)
        return self.visualRect(index)

    def _on_selection_current_row_changed(self, current: QModelIndex, _previous) -> None:
        key = self.templates.key_at(current.row())
        if key is not None:
            self.template_changed.emit(key)

    def sizeHint(self) -> QSize:
        rows = sum(self.sizeHintForRow(row) for row in range(self.templates.rowCount()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Descriptions wrap to the width, so a new width may mean a new height.
        if event.size().width() != self._last_width:
            self._last_width = event.size().width()
            self.updateGeometry()
            self.scheduleDelayedItemsLayout()
