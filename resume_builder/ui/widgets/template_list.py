"""The Export dialog's list of templates: a thumbnail, the name and the description of each."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from resume_builder.export.style import Style, StyleError, load_style
from resume_builder.ui.template_words import template_text

log = logging.getLogger(__name__)

#: the template's key ("classic") and its description, on each row
TEMPLATE_KEY_ROLE = Qt.ItemDataRole.UserRole
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1


def load_templates(folder: Path) -> list[Style]:
    """Every usable template in a folder; a broken file is logged and left out of the list."""
    styles = []
    for path in sorted(folder.glob("*.toml")):
        try:
            styles.append(load_style(path))
        except StyleError as exc:
            log.warning("skipping template: %s", exc)
    return styles


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
        description = str(index.data(DESCRIPTION_ROLE) or "")
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
        description = str(index.data(DESCRIPTION_ROLE) or "")
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


class TemplateList(QListWidget):
    """A list of templates exactly as tall as its rows, so the options below it stay close."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._last_width = -1
        self.setItemDelegate(TemplateDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setWordWrap(True)

    def set_templates(self, styles: list[Style], folder: Path) -> None:
        """One row per template: thumbnail, name and description in the interface language."""
        ratio = self.devicePixelRatioF()
        for style in styles:
            item = QListWidgetItem(template_text(style.name))
            item.setData(TEMPLATE_KEY_ROLE, style.key)
            description = template_text(style.description)
            item.setData(DESCRIPTION_ROLE, description)
            item.setData(
                Qt.ItemDataRole.DecorationRole,
                template_thumbnail(style, folder, TemplateDelegate.THUMB, ratio),
            )
            item.setToolTip(description)
            self.addItem(item)

    def sizeHint(self) -> QSize:
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Descriptions wrap to the width, so a new width may mean a new height.
        if event.size().width() != self._last_width:
            self._last_width = event.size().width()
            self.updateGeometry()
