"""Whole-process time until the window is on screen, against a bare empty PySide6 window.

Run: QT_QPA_PLATFORM=offscreen python bench/window_start.py [--count 5000] [--repeat 7]
     [--baseline DIR]   (DIR: another copy of the code, e.g. `git archive <commit> | tar -x`)

Three kinds of fresh process, run in turns so that a busy machine slows them alike:

- a bare `python -c` that shows an empty 1400 x 900 QMainWindow;
- the app (`resume_builder.cli.main`, as `resume-builder --data-dir` runs it) on an empty
  data folder;
- the app on a data folder of --count accomplishments.

Each is timed from launch to exit, interpreter start-up included; every process leaves at the
first event-loop pass after its main window is shown (the same event filter on both sides),
without tearing anything down. Compiled .pyc files go to a temporary folder, as an installed
app has them.

The filter watches each main window only (installed as QMainWindow.__init__ ends), not the
whole application: an application-wide Python filter is handed every object's events, Qt's
private gesture manager among them, and converting that object makes PySide load every
QtCore/QtGui/QtWidgets class and its enums (about 20-40 ms) as the first scroll area is made.
That cost was the measuring's, not the app's, and fell on the app alone (an empty window has
no scroll area). `--app-wide-filter` measures the old way, for comparison.

`--passes 2` waits one event-loop pass more: the window builds the page it opens on in the
first pass after it shows, so that run times the window with its page ready to use.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# Leaves the process at the first event-loop pass after a main window is shown. The filter
# sees the window's Show before the window's own showEvent() does, as an application filter
# would: what the window defers from its showEvent() to the event loop comes after the exit.
EXIT_ON_SHOW = """
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

class _ExitOnShow(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            _leave_after(PASSES)
        return False

def _leave_after(passes):
    # Each pass runs what was queued before it: 2 also waits for what the window queued
    # from its showEvent() (its first page, built after the window shows).
    QTimer.singleShot(0, lambda: os._exit(0) if passes <= 1 else _leave_after(passes - 1))

_exit_on_show = _ExitOnShow()
_main_window_init = QMainWindow.__init__

def _watched_main_window_init(self, *args, **kwargs):
    _main_window_init(self, *args, **kwargs)
    self.installEventFilter(_exit_on_show)

QMainWindow.__init__ = _watched_main_window_init
"""

EMPTY = (
    EXIT_ON_SHOW
    + """
from PySide6.QtWidgets import QApplication
app = QApplication([])
WATCH_APPLICATION
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.exec()
"""
)

APP = (
    EXIT_ON_SHOW
    + """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])  # the app takes this one over (make_application)
WATCH_APPLICATION
from resume_builder.cli.main import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""
)


def fill(data_dir: Path, count: int) -> None:
    """A data folder of `count` accomplishments over 40 skills (and one role)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from resume_builder.domain.models import Accomplishment, Role, Skill
    from resume_builder.storage.repository import Repository

    with Repository.open(data_dir) as repo:
        role = Role(employer="Acme", title="Head of Platform")
        skills = [Skill(name=f"Skill {i}") for i in range(40)]
        items = [
            Accomplishment(
                headline=f"Reduced cost {i} by 20% across 12 teams",
                situation="The platform had grown without ownership. " * 4,
                role_id=role.id,
                skill_ids=[skills[i % 40].id],
            )
            for i in range(count)
        ]
        repo.put_many([role, *skills, *items])


def run(script: str, args: list[str], env: dict[str, str]) -> float:
    """Wall milliseconds of one fresh process, from launch to exit.

    The wait blocks in waitpid: `subprocess.run(timeout=...)` polls instead, sleeping up to
    50 ms between looks, which rounds every time up to the next 50 ms step.
    """
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, *args], env=env)
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    try:
        code = process.wait()
    finally:
        watchdog.cancel()
    elapsed = (time.perf_counter() - start) * 1000
    if code != 0:
        raise subprocess.CalledProcessError(code, process.args)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--baseline",
        metavar="DIR",
        type=Path,
        help="also run the app from this other copy of the code (an older commit, say), in "
        "the same turns, for a before/after measured side by side",
    )
    parser.add_argument(
        "--passes",
        type=int,
        default=1,
        help="event-loop passes after the window shows before leaving (default 1: the window "
        "on screen; 2: also its first page, which the window builds in the first pass)",
    )
    parser.add_argument(
        "--app-wide-filter",
        action="store_true",
        help="watch for the window with an application-wide event filter, as this script "
        "did before (it charges the app, not the empty window, ~20-40 ms: see above)",
    )
    options = parser.parse_args()
    # Both watch each main window; the old way also filters the whole application.
    watch = "app.installEventFilter(_exit_on_show)" if options.app_wide_filter else "pass"
    empty_script, app_script = (
        script.replace("WATCH_APPLICATION", watch).replace("PASSES", str(max(1, options.passes)))
        for script in (EMPTY, APP)
    )
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        empty_dir, full_dir = root / "empty", root / "full"
        empty_dir.mkdir()
        fill(full_dir, options.count)
        env["XDG_CONFIG_HOME"] = str(root / "config")
        env["HOME"] = str(root)
        # An installed app has its .pyc files: let the warm-up run write them (aside).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
        cases = {
            "empty PySide6 QMainWindow": (empty_script, [], env),
            "app, empty data folder": (app_script, [str(empty_dir)], env),
            f"app, {options.count:,} accomplishments": (app_script, [str(full_dir)], env),
        }
        if options.baseline is not None:
            # Its own copies of the folders: the code under test may have rewritten them.
            for folder in (empty_dir, full_dir):
                shutil.copytree(folder, root / f"baseline-{folder.name}")
            old = dict(env, PYTHONPATH=str(options.baseline.resolve()))
            old["PYTHONPYCACHEPREFIX"] = str(root / "pycache-baseline")
            cases["baseline app, empty data folder"] = (
                app_script,
                [str(root / "baseline-empty")],
                old,
            )
            cases[f"baseline app, {options.count:,}"] = (
                app_script,
                [str(root / "baseline-full")],
                old,
            )
        for script, args, case_env in cases.values():  # warm the file cache and the .pyc files
            run(script, args, case_env)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(options.repeat):
            for name, (script, args, case_env) in cases.items():
                times[name].append(run(script, args, case_env))
    base = statistics.median(times["empty PySide6 QMainWindow"])
    how = "application-wide filter" if options.app_wide_filter else "filter on each main window"
    print(
        f"window on screen, whole process, {options.repeat} runs each, ms ({how}, "
        f"{options.passes} event-loop pass{'es' if options.passes > 1 else ''} after show)"
    )
    print(f"{'':<34} {'median':>8} {'min':>8} {'max':>8} {'ratio':>7}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:<34} {median:8.0f} {min(values):8.0f} {max(values):8.0f} {median / base:6.2f}x"
        )


if __name__ == "__main__":
    main()
