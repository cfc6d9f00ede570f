"""A second launch on the same data folder brings the open window to the front and exits."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from resume_builder.services.demo import write_demo
from resume_builder.storage.lock import DataFolderLock
from resume_builder.storage.repository import Repository

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = (
    "Resume Builder is already open on this data folder; its window was brought to the front."
)

# The first launch: the real run_gui, plus a hook that says when the window is up and when
# a second launch raised it (then it closes, so the process ends).
FIRST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from resume_builder.app import make_application, run_gui
    from resume_builder.ui.main_window import MainWindow

    app = make_application()

    def hook():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(50, hook)
            return
        window = windows[0]

        def raised():
            print("RAISED", window.isVisible(), window.statusBar().currentMessage(), flush=True)
            QTimer.singleShot(100, window.close)

        window.brought_to_front.connect(raised)
        print("READY", window.windowTitle(), flush=True)

    QTimer.singleShot(0, hook)
    QTimer.singleShot(60000, app.quit)  # never outlive a broken test
    sys.exit(run_gui(Path(sys.argv[1])))
    """
)

# A launch whose error dialog would block: it prints the message instead.
LOCKED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QMessageBox
    from resume_builder.app import run_gui

    def critical(parent, title, text, *args):
        print("DIALOG", title, "|", text, flush=True)
        return QMessageBox.StandardButton.Ok

    QMessageBox.critical = critical
    sys.exit(run_gui(Path(sys.argv[1])))
    """
)


def child_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ["QT_QPA_PLATFORM"], "HOME": str(home)}
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"  # the sentence in English
    env.pop("LANGUAGE", None)
    return env


def read_lines(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "career"
    with Repository.open(folder) as repository:
        write_demo(repository)  # not empty: no welcome dialog
    return folder


def test_a_second_launch_raises_the_first_window_and_exits(tmp_path, data_dir):
    env = child_env(tmp_path / "home")
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=read_lines, args=(first.stdout, lines), daemon=True).start()
    try:
        assert lines.get(timeout=60) == "READY career — Resume Builder"
        # Another spelling of the same folder is the same folder.
        same_folder = data_dir.parent / "." / data_dir.name
        second = subprocess.run(
            [sys.executable, "-m", "resume_builder", "--data-dir", str(same_folder)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == SENTENCE
        raised = lines.get(timeout=30)
        assert raised.startswith("RAISED True ")
        assert "started again" in raised  # the first window's status bar says so
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_a_lock_nobody_answers_for_gets_a_sentence_without_a_process_id(tmp_path, data_dir):
    with DataFolderLock(data_dir):  # as the command line holds it while it writes
        locked = subprocess.run(
            [sys.executable, "-c", LOCKED, str(data_dir)],
            capture_output=True,
            text=True,
            env=child_env(tmp_path / "home"),
            cwd=ROOT,
            timeout=60,
        )
    assert locked.returncode == 1, locked.stderr
    dialog = locked.stdout.strip()
    assert dialog.startswith("DIALOG Already open | Resume Builder is already using ")
    assert str(data_dir) in dialog
    assert "process" not in dialog and str(os.getpid()) not in dialog
