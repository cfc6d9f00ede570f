"""The Targets view's live updates over 10,000 accomplishments: what a click costs on screen.

Run: python bench/targets_view.py [--count 10000] [--repeat 7]
Prints medians in ms for a whole update of the Tailor tab (requirements read again, ranking,
coverage, and the tables filled) after the edits a user makes, with a baseline measured in the
same run: the same work done by the services alone, without any widget (requirements, the best
100 ranked and counted, coverage, on the same prebuilt index), and the ratio to it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from tailor import POSTING, synthetic  # noqa: E402
from timing import median_ms  # noqa: E402

from resume_builder.domain.models import (  # noqa: E402
    Accomplishment,
    Role,
    Skill,
    Target,
    newest_first,
)
from resume_builder.services.demo import demo_records  # noqa: E402
from resume_builder.services.targets import tailor  # noqa: E402
from resume_builder.storage.repository import Repository  # noqa: E402
from resume_builder.ui.store import CareerStore  # noqa: E402
from resume_builder.ui.views.base import ViewContext  # noqa: E402
from resume_builder.ui.views.targets import MAX_SHOWN, TargetsView  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    today = date(2026, 1, 1)
    demo = [r for r in demo_records(today) if not isinstance(r, Accomplishment)]
    skills = [r for r in demo if isinstance(r, Skill)]
    items = synthetic(args.count, skills)
    target = Target(company="Fintech", title="Head of Platform Operations", posting=POSTING)
    repository = Repository.open(Path(folder) / "data")
    repository.put_many([*demo, *items, target])
    store = CareerStore(repository)
    view = TargetsView(ViewContext(store=store, undo_stack=QUndoStack()), today=today)
    view.resize(1400, 900)
    view.show()
    view.select_target(target.id)
    view.tabs.setCurrentIndex(1)
    # A record this large is indexed on a worker; the tab fills in when it is ready.
    start = time.perf_counter()
    while view.tailoring is None:
        app.processEvents()
    first = (time.perf_counter() - start) * 1000

    def edit(**changes) -> None:
        # What an undo command does: the store changes and the view updates at once.
        current = store.get(Target, target.id)
        store.apply(put=[replace(current, **changes)])

    marks = [True, False]

    def toggle_must_have() -> None:
        marks.reverse()
        edit(must_have={"terraform": marks[0]})

    chosen = list(view.tailoring.chosen)
    picks = [chosen, chosen[:-1]]

    def tick_bullet() -> None:
        picks.reverse()
        edit(selected_ids=list(picks[0]))

    def strike_requirement() -> None:
        current = store.get(Target, target.id)
        edit(removed_terms=[] if current.removed_terms else ["Terraform"])

    index = view.index()
    skills_now = store.records(Skill)

    role_order = [r.id for r in newest_first(store.records(Role))]

    def services_alone() -> None:
        # What refresh() asks of the services, on the index the view already holds.
        tailor(
            store.get(Target, target.id),
            skills_now,
            index,
            lambda accomplishment_id: store.get(Accomplishment, accomplishment_id),
            role_order,
            today=today,
            top=MAX_SHOWN,
        )

    service = median_ms(services_alone, args.repeat)
    rows = [
        ("mark a must-have", median_ms(toggle_must_have, args.repeat)),
        ("tick or untick a bullet", median_ms(tick_bullet, args.repeat)),
        ("strike a requirement", median_ms(strike_requirement, args.repeat)),
    ]

    print(
        f"{args.count:,} accomplishments, {len(view.tailoring.requirements)} requirements, "
        f"median of {args.repeat} runs (ms)"
    )
    print(f"{'edit (whole Tailor tab update)':<32} {'ours':>9} {'service':>9} {'ratio':>7}")
    for name, ours in rows:
        print(f"{name:<32} {ours:>9.1f} {service:>9.1f} {ours / service:>7.2f}")
    print(f"first fill after selecting the target (index built on a worker): {first:.0f} ms")
    print(
        "service: services.targets.tailor (requirements, the best 100 ranked, the choice and "
        "coverage) on the view's index, no widgets."
    )
    view.stop_work()
    store.flush()
    repository.close()


if __name__ == "__main__":
    main()
