"""Where the main window opens: a size that fits the screen it is on, never beyond its edges."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen

#: what the views are laid out for, when the screen has the room
PREFERRED_SIZE = QSize(1400, 900)
#: room left for a window manager's title bar and borders before the window is decorated
#: (afterwards the real frame is measured)
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_rect(rect: QRect, available: QRect) -> QRect:
    """`rect` shrunk to fit inside `available` and moved onto it, keeping its place if it can.

    A geometry saved on a bigger or a second monitor comes back whole and visible.
    """
    width = max(1, min(rect.width(), available.width()))
    height = max(1, min(rect.height(), available.height()))
    x = min(max(rect.x(), available.x()), available.x() + available.width() - width)
    y = min(max(rect.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def opening_rect(available: QRect, margins: QSize = QSize(0, 0)) -> QRect:  # noqa: B008
    """A first start's frame: the preferred size (plus the frame's `margins`) or the whole
    available area, centred.
    """
    size = (PREFERRED_SIZE + margins).boundedTo(available.size())
    top_left = available.center() - QPoint(size.width() // 2, size.height() // 2)
    return fitted_rect(QRect(top_left, size), available)


def screen_for(rect: QRect, fallback: QScreen | None) -> QScreen | None:
    """The screen holding the middle of `rect` (a saved geometry), else `fallback`."""
    return QGuiApplication.screenAt(rect.center()) or fallback or QGuiApplication.primaryScreen()


def fit_window(window, *, first_start: bool) -> None:
    """Sizes and places a top-level window so that its frame is on its screen's free area.

    first_start: no saved geometry, so the window takes the preferred size (or what fits);
    otherwise it keeps its size and place where they fit.
    """
    frame, inner = window.frameGeometry(), window.geometry()
    screen = screen_for(frame, window.screen())
    if screen is None:
        return
    available = screen.availableGeometry()
    margins = frame.size() - inner.size()
    if margins.isNull() and not window.isVisible():
        # Not decorated yet: keep room for the title bar a window manager will add.
        margins = FRAME_ALLOWANCE
    if first_start:
        wanted = opening_rect(available, margins)
    else:
        wanted = fitted_rect(QRect(frame.topLeft(), inner.size() + margins), available)
    inner_size = (wanted.size() - margins).expandedTo(window.minimumSize())
    if first_start or inner_size.width() < inner.width() or inner_size.height() < inner.height():
        window.resize(inner_size.boundedTo(window.maximumSize()))
    if wanted.topLeft() != frame.topLeft():
        window.move(wanted.topLeft())
