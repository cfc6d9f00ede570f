"""Pieces the Targets view's tabs share: section titles, tables on models, form surgery."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.ui.forms import RecordForm
from resume_builder.ui.views.record_page import ColumnFitter

#: Qt's "no maximum" for a widget's size
QWIDGETSIZE_MAX = (1 << 24) - 1


class WrappingHeader(QHeaderView):
    """A horizontal header whose labels wrap onto more lines when their columns get narrow.

    At 1024 pixels a table beside another gets about 230 pixels: "Must have" then reads as
    two lines rather than "ust hav".
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._height_timer = QTimer(self)
        self._height_timer.setSingleShot(True)
        self._height_timer.setInterval(0)
        self._height_timer.timeout.connect(self._fit_height)
        self.sectionResized.connect(self._height_timer.start)

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        size = super().sectionSizeFromContents(logical_index)
        model = self.model()
        text = model.headerData(logical_index, self.orientation()) if model is not None else None
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        width = self.sectionSize(logical_index) - 2 * margin
        if not text or width <= 0:
            return size
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        wrapped = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, str(text))
        return QSize(size.width(), max(size.height(), wrapped.height() + 2 * margin))

    def _fit_height(self) -> None:
        # The header caches its height: tell it the labels changed, so it measures again.
        if self.count():
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)


class WrappingTableView(QTableView):
    """A table on a model whose rows grow to show wrapped text whole, at any width it gets."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.resizeRowsToContents)
        # New rows, or new text in them, need their heights measured once the burst is over.
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._rows_timer.start)

    def rowCount(self) -> int:
        """How many rows the table shows."""
        return self.model().rowCount()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Only after the layout gave the table its width can rows know their height.
            self._rows_timer.start()


class _WrappingDelegate(QStyledItemDelegate):
    """Measures a row with its text wrapped to the width the tree gives it."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        tree = self.parent()
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        levels = depth + (1 if tree.rootIsDecorated() else 0)
        width = tree.viewport().width() - tree.indentation() * levels
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, max(width, 40), 10_000)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(wrapped, index)


class MiddleElidingDelegate(QStyledItemDelegate):
    """Cuts a cell's text in the middle ("Dana…Group.pdf"), for names whose end matters."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class WrappingTreeView(QTreeView):
    """A tree whose rows grow to show their text whole, wrapped, at any width it gets.

    A tree measures its rows once; when its width changes they are measured again.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_WrappingDelegate(self))
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self.doItemsLayout)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._layout_timer.start()


def table_on(
    model: QAbstractItemModel,
    object_name: str,
    accessible_name: str,
    *,
    name_column: int = 0,
    name_share: float = 0.5,
    wrapping: bool = False,
) -> QTableView:
    """A read-mostly table of whole rows on a model, its text column kept the widest."""
    table = WrappingTableView(model) if wrapping else QTableView()
    table.setHorizontalHeader(WrappingHeader(table))
    if not wrapping:
        table.setModel(model)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    # Tab goes on to the next field, as in every table of the window; arrows move in it.
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    # A one-line row elides its whole text; wrapped, it would show a first word and "…".
    table.setWordWrap(wrapping)
    if not wrapping:
        # One line a row (with room for a tick), not the style's roomier default.
        indicator = table.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
        line = max(table.fontMetrics().height(), indicator) + 8
        table.verticalHeader().setDefaultSectionSize(line)
    # The text column stays the widest at any width; the others fit their content while
    # there is room, then elide (a column sized to its content pushed the text to "…").
    table.column_fitter = ColumnFitter(table, name_column=name_column, name_share=name_share)
    return table


def section_title(text: str, buddy: QWidget) -> QLabel:
    """A bold title over a part of a tab, whose mnemonic focuses that part."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setBuddy(buddy)
    label.setWordWrap(True)  # a long title wraps in a narrow pane rather than widen it
    return label


def take_out_of_form(form: RecordForm, widget: QWidget) -> QLabel:
    """Moves a field and its label out of a form's rows (the form still edits it)."""
    label = form.layout_.labelForField(widget)
    form.layout_.takeRow(widget)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    widget.setMaximumHeight(QWIDGETSIZE_MAX)
    return label


def within(widget: QWidget | None, container: QWidget) -> bool:
    """True when the widget is the container or inside it."""
    return widget is not None and (widget is container or container.isAncestorOf(widget))


def lay_out_beside_preview(tab: QWidget, left: QWidget, host, kind: str, accessible_name: str):
    """Fills `tab` with its settings on the left and a live preview of its `kind` of document
    ("resume", "letter") on the right, half and half; returns the preview.
    """
    from resume_builder import paths
    from resume_builder.ui.widgets.live_preview import LivePreview

    preview = LivePreview(lambda: host.preview_request(kind), paths.templates_dir())
    preview.setObjectName(f"{kind}Preview")
    preview.pages.view.setAccessibleName(accessible_name)
    preview.setMinimumWidth(280)  # beside its settings in a 1024-pixel window
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(f"{kind}Splitter")
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(preview)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([560, 540])
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return preview
