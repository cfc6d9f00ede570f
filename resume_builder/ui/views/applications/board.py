"""The applications board: a column of cards per status; drag a card, or press a key, to move it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import STATUSES
from resume_builder.services.applications import ApplicationFilter
from resume_builder.ui.icons import icon
from resume_builder.ui.models.application_lists import StatusColumnModel
from resume_builder.ui.models.applications import (
    NEXT_COLUMN_KEYS,
    PREVIOUS_COLUMN_KEYS,
    STALE_COLOUR,
    ApplicationRoles,
    ApplicationsModel,
    status_label,
)

#: a column is never narrower than this, so a card keeps a readable name; the board scrolls
COLUMN_MIN_WIDTH = 136
PADDING = 6
#: room between two columns (and two rows of columns)
COLUMN_SPACING = 6
#: name, organisation, days quiet, next step
CARD_LINES = 4


def keys_text(keys: QKeySequence) -> str:
    """A shortcut as the platform writes it."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


class CardDelegate(QStyledItemDelegate):
    """Draws an application as a card: name, organisation, days quiet, next step with date."""

    _warning_icon: QIcon | None = None

    def _lines(self, index: QModelIndex) -> list[str]:
        days = index.data(ApplicationRoles.DaysQuietRole) or 0
        lines = [
            index.data(ApplicationRoles.CardTitleRole) or "",
            index.data(ApplicationRoles.CompanyRole) or "",
            self.tr("%n day(s) quiet", "", days),
        ]
        step = index.data(ApplicationRoles.NextStepRole)
        # Every card has the same four lines, so a column of hundreds lays out at once (the
        # list need not measure each card) and a missing next step is itself worth seeing.
        lines.append(self.tr("Next: %1").replace("%1", step) if step else self.tr("No next step"))
        return lines

    def _warning(self) -> QIcon:
        # Read from its SVG once: the icon keeps its drawn sizes, and a filter repaints every
        # stale card.
        if self._warning_icon is None:
            self._warning_icon = icon("warning")
        return self._warning_icon

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(COLUMN_MIN_WIDTH - 20, CARD_LINES * height + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        palette = option.palette
        card = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        stale = bool(index.data(ApplicationRoles.StaleRole))
        # One card, one fill: the base with the stale amber and the selection laid over it,
        # worked out here rather than painted three times (a filter repaints every card).
        fill = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if stale:
            fill = _over(fill, STALE_COLOUR)
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            border = QColor(highlight)
            highlight.setAlpha(60)
            fill = _over(fill, highlight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 4, 4)
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 4, 4)

        metrics = option.fontMetrics
        height = metrics.height()
        inner = card.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        lines = self._lines(index)
        has_step = bool(index.data(ApplicationRoles.NextStepRole))
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(option.font)
        bold.setBold(True)
        alignment = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for number, text in enumerate(lines):
            rect = QRect(inner.left(), inner.top() + number * height, inner.width(), height)
            painter.setFont(bold if number == 0 else option.font)
            painter.setPen(text_colour if number == 0 or (number == 3 and has_step) else muted)
            if number == 2 and stale:
                painter.setPen(text_colour)
                size = height - 2
                self._warning().paint(painter, QRect(rect.left(), rect.top() + 1, size, size))
                rect = rect.adjusted(size + 4, 0, 0, 0)
            elided = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(rect, alignment, elided)
        painter.restore()


def _over(base: QColor, over: QColor) -> QColor:
    """`over` (see-through) laid on the opaque `base`, as painting one on the other would."""
    alpha = over.alphaF()
    return QColor.fromRgbF(
        base.redF() * (1 - alpha) + over.redF() * alpha,
        base.greenF() * (1 - alpha) + over.greenF() * alpha,
        base.blueF() * (1 - alpha) + over.blueF() * alpha,
    )


class CardList(QListView):
    """One column's cards. Ctrl+Shift+Right / Left ask to move the current card a column on."""

    #: target id, +1 (next column) or -1 (previous)
    step_requested = Signal(str, int)
    #: target id, status
    move_requested = Signal(str, str)
    open_requested = Signal(str)

    def __init__(self, proxy: StatusColumnModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(proxy)
        self.setObjectName(f"board_{proxy.status}")
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setAccessibleName(status_label(proxy.status))
        self.setStatusTip(
            self.tr("Drag a card to another column, or press %1 / %2 to move it one column on")
            .replace("%1", keys_text(NEXT_COLUMN_KEYS))
            .replace("%2", keys_text(PREVIOUS_COLUMN_KEYS))
        )
        self.activated.connect(self._on_activated)

    def proxy(self) -> StatusColumnModel:
        return self.model()

    def current_target_id(self) -> str | None:
        """The target of the selected card, or None."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        return index.data(ApplicationRoles.RecordIdRole)

    def keyPressEvent(self, event) -> None:
        target_id = self.current_target_id()
        combo = event.keyCombination()
        if target_id and combo == NEXT_COLUMN_KEYS[0]:
            self.step_requested.emit(target_id, 1)
            return
        if target_id and combo == PREVIOUS_COLUMN_KEYS[0]:
            self.step_requested.emit(target_id, -1)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        menu = self.card_menu(index.data(ApplicationRoles.RecordIdRole))
        menu.exec(event.globalPos())

    def card_menu(self, target_id: str) -> QMenu:
        """The card's context menu: open it, move it a column on, or to any status."""
        status = self.proxy().status
        menu = QMenu(self)
        opening = menu.addAction(self.tr("&Open in Targets"))
        opening.triggered.connect(lambda: self.open_requested.emit(target_id))
        menu.addSeparator()
        position = STATUSES.index(status)
        for text, keys, step in (
            (self.tr("Move to &Next Column"), NEXT_COLUMN_KEYS, 1),
            (self.tr("Move to &Previous Column"), PREVIOUS_COLUMN_KEYS, -1),
        ):
            action = menu.addAction(text)
            action.setShortcut(keys)  # shown beside the item; the list handles the key itself
            action.setEnabled(0 <= position + step < len(STATUSES))
            action.triggered.connect(lambda _=False, s=step: self.step_requested.emit(target_id, s))
        move_to = menu.addMenu(self.tr("&Move to"))
        move_to.setObjectName("moveToMenu")
        for other in STATUSES:
            action = move_to.addAction(status_label(other))
            action.setCheckable(True)
            action.setChecked(other == status)
            action.setEnabled(other != status)
            action.triggered.connect(
                lambda _=False, s=other: self.move_requested.emit(target_id, s)
            )
        return menu

    def _on_activated(self, index: QModelIndex) -> None:
        target_id = index.data(ApplicationRoles.RecordIdRole)
        if target_id:
            self.open_requested.emit(target_id)


class BoardColumn(QFrame):
    """A status's header (its name and how many cards) above its cards."""

    def __init__(self, proxy: StatusColumnModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.proxy = proxy
        self.header = QLabel()
        self.header.setObjectName("boardColumnHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.cards = CardList(proxy, self)
        self.header.setBuddy(self.cards)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.cards, 1)
        for signal in (
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.modelReset,
            proxy.layoutChanged,
        ):
            signal.connect(self.update_header)
        self.update_header()

    def header_text(self) -> str:
        """The header: the status and how many cards it shows, "Interviewing (3)"."""
        return (
            self.tr("%1 (%2)")
            .replace("%1", status_label(self.proxy.status))
            .replace("%2", str(self.proxy.rowCount()))
        )

    def update_header(self) -> None:
        self.header.setText(self.header_text())


class ApplicationsBoard(QWidget):
    """Every status as a column over one shared model; the view makes the moves asked for."""

    #: target ids, the status to move them to
    move_requested = Signal(list, str)
    open_requested = Signal(str)

    def __init__(self, model: ApplicationsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = model
        self.columns: dict[str, BoardColumn] = {}
        strip = QWidget()
        self.grid = QGridLayout(strip)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(COLUMN_SPACING)
        self.per_row = 0
        for status in STATUSES:
            proxy = StatusColumnModel(status, self)
            proxy.setSourceModel(model)
            proxy.move_requested.connect(self.move_requested)
            column = BoardColumn(proxy, strip)
            cards = column.cards
            cards.step_requested.connect(self._on_cards_step_requested)
            cards.move_requested.connect(lambda i, s: self.move_requested.emit([i], s))
            cards.open_requested.connect(self.open_requested)
            cards.selectionModel().selectionChanged.connect(
                lambda *_a, c=cards: self._on_cards_selection_changed(c)
            )
            self.columns[status] = column
        self._arrange(len(STATUSES))
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def _arrange(self, per_row: int) -> None:
        """Lays the columns out `per_row` to a row: one row where the board has the room,
        else two rows of four (the open statuses above, offer and the closed ones below), so a
        laptop screen never has to scroll sideways to see a status.
        """
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for column in self.columns.values():
            self.grid.removeWidget(column)
        for position, column in enumerate(self.columns.values()):
            self.grid.addWidget(column, position // per_row, position % per_row)
        rows = -(-len(STATUSES) // per_row)
        for number in range(len(STATUSES)):
            self.grid.setColumnStretch(number, 1 if number < per_row else 0)
            self.grid.setRowStretch(number, 1 if number < rows else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = event.size().width() + COLUMN_SPACING
        fits = max(1, room // (COLUMN_MIN_WIDTH + COLUMN_SPACING))
        rows = -(-len(STATUSES) // min(fits, len(STATUSES)))  # ceiling
        self._arrange(-(-len(STATUSES) // rows))

    def cards(self, status: str) -> CardList:
        """The list of one status's cards."""
        return self.columns[status].cards

    def set_application_filter(self, wanted: ApplicationFilter) -> None:
        """Shows the cards `wanted` lets through; a chosen status shows its column only."""
        for status, column in self.columns.items():
            if wanted.status and wanted.status != status:
                column.setVisible(False)  # hidden: its cards need not follow the filter
                continue
            column.proxy.set_application_filter(replace(wanted, status=""))
            column.setVisible(not wanted.status or wanted.status == status)

    def current_target_id(self) -> str | None:
        """The target of the selected card, or None."""
        for column in self.columns.values():
            target_id = column.cards.current_target_id()
            if target_id:
                return target_id
        return None

    def select(self, target_id: str, focus: bool = True) -> bool:
        """Selects an application's card (and focuses its column); False when it is not shown."""
        for column in self.columns.values():
            index = column.proxy.index_of(target_id)
            if index.isValid() and not column.isHidden():
                column.cards.setCurrentIndex(index)
                column.cards.scrollTo(index)
                if focus:
                    column.cards.setFocus()
                return True
        return False

    def _on_cards_step_requested(self, target_id: str, step: int) -> None:
        row = self.source.row_at(self.source.row_of(target_id))
        if row is None:
            return
        position = STATUSES.index(row.target.status) + step
        if 0 <= position < len(STATUSES):
            self.move_requested.emit([target_id], STATUSES[position])

    def _on_cards_selection_changed(self, cards: CardList) -> None:
        if not cards.selectionModel().hasSelection():
            return
        # One card is selected on the whole board, as in one list.
        for column in self.columns.values():
            if column.cards is not cards:
                column.cards.selectionModel().clear()
