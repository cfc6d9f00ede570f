"""Time to show the main window on 5,000 accomplishments, against an empty PySide6 window.

Run: QT_QPA_PLATFORM=offscreen python bench/window_start.py [--count 5000] [--repeat 5]
Each measurement is a fresh process timed from its first line to the first event loop pass
after show() (interpreter start-up itself is left out on both sides).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if sys.argv[1] == "empty":
    window = QMainWindow()
    window.resize(1400, 900)
else:
    from resume_builder.storage.repository import Repository
    from resume_builder.ui.main_window import MainWindow
    window = MainWindow(Repository.open(sys.argv[2]))
window.show()
app.processEvents()
print((time.perf_counter() - t0) * 1000)
"""


def fill(data_dir: Path, count: int) -> None:
    from resume_builder.domain.models import Accomplishment, Skill
    from resume_builder.storage.repository import Repository

    with Repository.open(data_dir) as repo:
        skills = [Skill(name=f"Skill {i}") for i in range(40)]
        items = [
            Accomplishment(
                headline=f"Reduced cost {i} by 20% across 12 teams",
                situation="The platform had grown without ownership. " * 4,
                skill_ids=[skills[i % 40].id],
            )
            for i in range(count)
        ]
        repo.put_many(skills + items)


def run(args: list[str], env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, env=env, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        fill(data_dir, options.count)
        env["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        empty = statistics.median(run(["empty"], env) for _ in range(options.repeat))
        full = statistics.median(run(["app", str(data_dir)], env) for _ in range(options.repeat))
    print(f"window start, median of {options.repeat} fresh processes, ms")
    print(f"{'empty QMainWindow':<40} {empty:8.0f}")
    print(f"{f'app on {options.count:,} accomplishments':<40} {full:8.0f}  {full / empty:5.1f}x")


if __name__ == "__main__":
    main()
