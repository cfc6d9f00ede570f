"""The window fits the screen it opens on, and every view works in a small window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QRect, QSettings
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QHeaderView, QTableView

from resume_builder.domain.models import Target
from resume_builder.storage.repository import Repository
from resume_builder.ui.main_window import MainWindow
from resume_builder.ui.views.export_dialog import ExportDialog
from resume_builder.ui.window_fit import PREFERRED_SIZE, fitted_rect, opening_rect

ROOT = Path(__file__).resolve().parents[2]


def close_window(window):
    window.close()
    window.shutdown()


def test_a_rect_bigger_than_the_screen_is_shrunk_and_moved_onto_it():
    laptop = QRect(0, 0, 1366, 740)
    # Saved on a 1920 x 1200 monitor to the right of the laptop's screen.
    assert fitted_rect(QRect(1400, 40, 1900, 1150), laptop) == QRect(0, 0, 1366, 740)
    assert fitted_rect(QRect(-300, 500, 800, 600), laptop) == QRect(0, 140, 800, 600)
    assert fitted_rect(QRect(100, 50, 800, 600), laptop) == QRect(100, 50, 800, 600)  # kept
    beside_a_panel = QRect(48, 27, 1024, 673)
    assert fitted_rect(QRect(0, 0, 1400, 900), beside_a_panel) == beside_a_panel


def test_a_first_start_takes_the_preferred_size_or_what_the_screen_has():
    big = QRect(0, 0, 1920, 1080)
    first = opening_rect(big)
    assert first.size() == PREFERRED_SIZE and big.contains(first)
    assert first.center().x() in range(955, 965)  # centred
    small = QRect(0, 0, 1024, 700)
    assert opening_rect(small) == small


def test_a_restored_geometry_from_a_bigger_monitor_is_clamped(qtbot, open_window):
    window = open_window()
    screen = window.screen().availableGeometry()
    # As if saved on a big second monitor right of this one.
    window.setGeometry(screen.right() - 200, 30, screen.width() + 700, screen.height() + 400)
    qtbot.wait(20)
    close_window(window)
    assert QSettings().value("window/geometry") is not None

    again = open_window()
    qtbot.wait(20)
    frame = again.frameGeometry()
    assert screen.contains(frame), (frame, screen)
    # As big as the screen allows, with room for a title bar a window manager would add.
    assert frame.width() >= screen.width() - 40 and frame.height() >= screen.height() - 60
    close_window(again)


def test_the_size_the_user_chose_comes_back(qtbot, open_window):
    window = open_window()
    window.resize(1111, 777)
    qtbot.wait(20)
    close_window(window)
    again = open_window()
    assert again.size().width() == 1111 and again.size().height() == 777
    close_window(again)


def test_the_title_names_the_data_folder_once(qtbot, tmp_path, open_window):
    QApplication.setApplicationDisplayName("Resume Builder")
    try:
        window = open_window()
        assert window.windowTitle() == "data — Resume Builder"
        # Qt appends the display name to a title unless the title already ends with it.
        assert window.windowTitle().endswith(QApplication.applicationDisplayName())
        assert window.windowHandle().title().count("Resume Builder") == 1
        close_window(window)
        demo = MainWindow(Repository.open(tmp_path / "demo"), demo=True)
        qtbot.addWidget(demo)
        assert demo.windowTitle() == "Demo career — Resume Builder"
        close_window(demo)
    finally:
        QApplication.setApplicationDisplayName("")


CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from resume_builder.app import make_application
    from resume_builder.storage.repository import Repository
    from resume_builder.ui.main_window import MainWindow

    app = make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    window = MainWindow(Repository.open(Path(sys.argv[1]) / "data"))
    window.show()
    for _ in range(20):
        app.processEvents()
    if len(sys.argv) > 2:  # as the user left it on this screen, for the next start
        window.setGeometry(*json.loads(sys.argv[2]))
        for _ in range(20):
            app.processEvents()
    frame, screen = window.frameGeometry(), window.screen().availableGeometry()
    print(json.dumps({"frame": frame.getRect(), "available": screen.getRect()}))
    window.close()
    window.shutdown()
    """
)


def run_on_screen(tmp_path, width, height, *geometry):
    """Starts the window in a child process on a screen of that size; what it printed."""
    config = tmp_path / f"screen-{width}x{height}.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    extra = [json.dumps(geometry)] if geometry else []
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("width, height", [(1024, 700), (1366, 768)])
def test_on_a_small_screen_the_window_opens_inside_it(tmp_path, width, height):
    seen = run_on_screen(tmp_path, width, height)
    frame, available = QRect(*seen["frame"]), QRect(*seen["available"])
    assert available.size().toTuple() == (width, height)
    assert available.contains(frame), (frame, available)
    assert frame.width() >= width - 40  # and uses the room there is


def each_page(qtbot, window):
    """Shows every view, and every tab of a view with tabs; yields a name for each."""
    for view in window.views:
        window.show_view(view.key)
        tabs = getattr(view, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            qtbot.wait(30)  # column fitting and row heights follow the layout
            yield view, f"{view.key}:{index}"


def name_column(header: QHeaderView) -> int:
    stretched = [
        c
        for c in range(header.count())
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
    ]
    if header.stretchLastSection():
        stretched.append(header.count() - 1)
    assert len(stretched) == 1, "one column names the rows and takes the room"
    return stretched[0]


@pytest.fixture
def demo_window(open_window):
    posting = ROOT / "tests/data/postings/01-head-of-it-operations.txt"
    target = Target(company="Borealis Retail Group", title="Head of IT Operations",
                    posting=posting.read_text(encoding="utf-8"))  # fmt: skip
    window = open_window([target], demo=True)
    for view in window.views:  # a selected record shows each editor, the widest state
        page = getattr(view, "page", None)
        table = getattr(view, "table", None) or getattr(page, "table", None)
        if table is not None and table.model().rowCount():
            flags = QItemSelectionModel.SelectionFlag
            table.selectionModel().setCurrentIndex(
                table.model().index(0, 0), flags.ClearAndSelect | flags.Rows
            )
    return window


def test_the_window_can_be_made_1000_by_650_whatever_it_shows(qtbot, demo_window):
    for _view, name in each_page(qtbot, demo_window):
        minimum = demo_window.minimumSizeHint()
        assert minimum.width() <= 1000 and minimum.height() <= 650, (name, minimum)
    dialog = ExportDialog(demo_window.context, demo_window)
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= 1000 and minimum.height() <= 650, minimum
    dialog.deleteLater()


def test_at_1024_by_700_nothing_scrolls_sideways_and_names_get_the_room(qtbot, demo_window):
    demo_window.resize(1024, 700)
    qtbot.waitUntil(lambda: demo_window.width() == 1024)
    assert demo_window.pages.geometry().right() < demo_window.width()
    for view, name in each_page(qtbot, demo_window):
        for area in view.findChildren(QAbstractScrollArea):
            if area.isVisible():
                assert not area.horizontalScrollBar().isVisible(), (name, area.objectName())
                assert area.geometry().right() <= area.parentWidget().width(), name
        for table in view.findChildren(QTableView):
            header = table.horizontalHeader()
            if not table.isVisible() or header.count() < 2:
                continue
            widest = name_column(header)
            widths = {c: header.sectionSize(c) for c in range(header.count())}
            assert all(widths[widest] >= w for w in widths.values()), (name, widths)
            # and every column is inside the table: nothing to scroll to
            assert header.length() <= table.viewport().width() + 1, (name, widths)


def test_a_size_saved_on_a_big_screen_is_shrunk_onto_a_laptop(tmp_path):
    run_on_screen(tmp_path, 1920, 1200, 300, 150, 1600, 1040)  # left like this on a monitor
    seen = run_on_screen(tmp_path, 1024, 700)  # the next start, on the laptop alone
    frame, available = QRect(*seen["frame"]), QRect(*seen["available"])
    assert available.contains(frame), (frame, available)


TITLE_CHILD = textwrap.dedent(
    """
    import subprocess, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from resume_builder.app import make_application
    from resume_builder.storage.repository import Repository
    from resume_builder.ui.main_window import MainWindow

    app = make_application()  # sets the display name Qt would append
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    demo = sys.argv[2] == "demo"
    window = MainWindow(Repository.open(Path(sys.argv[1]) / "career"), demo=demo)
    window.show()
    for _ in range(50):
        app.processEvents()
    xprop = ["xprop", "-id", str(int(window.winId())), "_NET_WM_NAME"]
    print(subprocess.run(xprop, capture_output=True, text=True).stdout.strip())
    window.close()
    window.shutdown()
    """
)


@pytest.mark.parametrize(
    "kind, title", [("folder", "career — Resume Builder"), ("demo", "Demo career — Resume Builder")]
)
def test_the_window_manager_is_given_the_folder_and_the_app_name_once(tmp_path, kind, title):
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run and shutil.which("xprop"), "xvfb-run and xprop show the X11 title"
    result = subprocess.run(
        [xvfb_run, "-a", sys.executable, "-c", TITLE_CHILD, str(tmp_path), kind],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f'_NET_WM_NAME(UTF8_STRING) = "{title}"'
