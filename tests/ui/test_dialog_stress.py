"""Every dialog of the window, opened and closed 50 times in one run of the app.

The run is a separate process (tests/ui/dialog_stress.py) so that the suite's own
collect-after-each-test fixture is not there: garbage collection runs between dialogs as it would
in a long session, and a wrapper outliving its C++ object (shiboken's std::bad_typeid abort) kills
the process instead of passing unseen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("dialog_stress.py")
ROUNDS = 50

#: the dialogs a round must reach; a change that hides one from the run fails here
EXPECTED = {
    "BackupsDialog",
    "ExportDialog",
    "ImportPreviewDialog",
    "MergeSkillsDialog",
    "PreferencesDialog",
    "ProblemReportDialog",
    "QFileDialog",
    "QMessageBox",
    "QuickCaptureDialog",
    "ShortcutsDialog",
    "UserGuideDialog",
    "WelcomeDialog",
}


def test_every_dialog_opens_and_closes_fifty_times_with_garbage_collected_between(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), TMPDIR=str(tmp_path))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(ROUNDS)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1500,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    lines = done.stdout.splitlines()
    assert lines[-1] == "ok"
    closed = {}
    for line in lines[lines.index(next(x for x in lines if x.startswith("closed "))) + 1 : -1]:
        count, name = line.split()
        closed[name] = int(count)
    assert set(closed) >= EXPECTED, f"not reached: {sorted(EXPECTED - set(closed))}"
    assert all(closed[name] >= ROUNDS for name in EXPECTED), closed
