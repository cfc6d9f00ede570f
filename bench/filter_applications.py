"""Applications page filter speed over 2,000 applications: keystrokes, status combo, board.

Run: python bench/filter_applications.py [--count 2000] [--repeat 5]
Builds the applications (and a meeting for every fourth) in a repository on a temporary
folder, opens the Applications page offscreen, and times what a user does to filter it:
typing a word letter by letter (and erasing it) into the table's text filter and into the
organisation filter, picking statuses in the combo, and the same with the board shown (its
eight columns filter too). Prints the median and the max ms per keystroke or pick.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from resume_builder.domain.dates import PartialDate  # noqa: E402
from resume_builder.domain.models import STATUSES, Meeting, StatusChange, Target  # noqa: E402
from resume_builder.storage.repository import Repository  # noqa: E402
from resume_builder.ui.store import CareerStore  # noqa: E402
from resume_builder.ui.views.base import ViewContext  # noqa: E402

BUDGET_MS = 30.0
TITLES = ["IT Director", "Head of IT Operations", "Engineering Manager", "CIO", "Platform Lead"]
COMPANIES = ["Nordlys Energi", "Kvarn Logistics", "Helio Health", "Tallbacka Bank", "Orbit Games"]
STEPS = ["Call the recruiter back", "Send references", "Second interview", "", "Follow up"]


def fill(data_dir: Path, count: int) -> None:
    """Writes `count` applications in every status, and a meeting for every fourth."""
    rng = random.Random(count)
    today = date.today()
    targets, meetings = [], []
    for i in range(count):
        status = rng.choice(STATUSES)
        quiet = rng.randint(0, 120)
        history = [StatusChange("interested", (today - timedelta(days=quiet + 30)).isoformat())]
        if status != "interested":
            history.append(StatusChange(status, (today - timedelta(days=quiet)).isoformat()))
        step_day = today + timedelta(days=rng.randint(0, 30))
        target = Target(
            title=rng.choice(TITLES),
            company=f"{rng.choice(COMPANIES)} {i % 97}",
            status=status,
            kind=rng.choice(["external", "internal"]),
            history=history,
            next_step=rng.choice(STEPS),
            next_step_date=PartialDate(step_day.year, step_day.month, step_day.day),
            notes="Met them at the meetup; they run a lean platform team. " * rng.randint(0, 3),
        )
        targets.append(target)
        if i % 4 == 0:
            held = today - timedelta(days=rng.randint(0, 60))
            meetings.append(
                Meeting(
                    title="Recruiter call",
                    date=PartialDate(held.year, held.month, held.day),
                    target_id=target.id,
                )
            )
    with Repository.open(data_dir) as repo:
        repo.put_many(targets + meetings)


def times_of(steps: list[Callable[[], object]], repeat: int) -> list[float]:
    """Runs the steps in order, `repeat` times; one time (ms) per step, events processed."""
    app = QApplication.instance()
    times = []
    for _ in range(repeat):
        for step in steps:
            start = time.perf_counter()
            step()
            app.processEvents()  # let the views catch up, as they would on screen
            times.append((time.perf_counter() - start) * 1000)
    return times


def typing(box: QLineEdit, word: str) -> list[Callable[[], object]]:
    """Typing `word` into a box letter by letter, then erasing it."""
    keys = [lambda letter=letter: QTest.keyClick(box, letter) for letter in word]
    erase = [lambda: QTest.keyClick(box, Qt.Key.Key_Backspace)] * len(word)
    return [lambda: box.setFocus(), *keys, *erase]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", choices=["table", "board"], help="profile one tab's steps")
    parser.add_argument(
        "--profile-step",
        choices=["typing", "picks", "stale"],
        default="typing",
        help="which steps --profile profiles",
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("resume-builder-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        fill(data_dir, args.count)
        repository = Repository.open(data_dir)
        try:
            store = CareerStore(repository)
            from resume_builder.ui.views.applications import ApplicationsView

            start = time.perf_counter()
            view = ApplicationsView(ViewContext(store, QUndoStack()))
            view.resize(1400, 900)
            view.show()
            app.processEvents()
            build_ms = (time.perf_counter() - start) * 1000
            bar = view.filter_bar
            combo = bar.status_combo
            picks = [
                lambda index=index: combo.setCurrentIndex(index)
                for index in [*range(1, combo.count()), 0]
            ]

            def measure(name: str, steps: list[Callable[[], object]]) -> None:
                times = times_of(steps, args.repeat)
                rows.append((name, statistics.median(times), max(times)))

            for tab, tab_name in ((1, "table"), (0, "board")):
                view.tabs.setCurrentIndex(tab)
                app.processEvents()
                if args.profile == tab_name:
                    import cProfile
                    import pstats

                    profiler = cProfile.Profile()
                    profiler.enable()
                    profiled = {
                        "typing": typing(bar.text_edit, "platform"),
                        "picks": picks,
                        "stale": [lambda: bar.stale_check.toggle()] * 2,
                    }
                    times_of(profiled[args.profile_step], 1)
                    profiler.disable()
                    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
                measure(f"{tab_name}: text filter keystroke", typing(bar.text_edit, "platform"))
                measure(
                    f"{tab_name}: organisation keystroke", typing(bar.organisation_edit, "helio")
                )
                measure(f"{tab_name}: status combo pick", picks)
                stale = [lambda: bar.stale_check.toggle()] * 2
                measure(f"{tab_name}: stale only toggle", stale)
            view.close()
            store.flush()
        finally:
            repository.close()

    print(f"Applications page filters, {args.count:,} applications, {args.repeat} rounds")
    print(f"page built and shown: {build_ms:.1f} ms\n")
    print(f"{'measure':38} {'median ms':>10} {'max ms':>8}  budget")
    for name, median, most in rows:
        verdict = "ok" if median < BUDGET_MS else "OVER"
        print(f"{name:38} {median:10.2f} {most:8.2f}  {verdict}")


if __name__ == "__main__":
    main()
