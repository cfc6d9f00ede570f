"""How long a page-target fit takes, and how many pages it gives, against a plain export.

Run: python bench/fit.py [--rounds 5]

For the demo career and generated careers of 15 and 40 roles, in the classic template, it
exports a PDF in memory with no page target, with --pages 2 and with --pages 1, and prints the
median time of each, the pages it gave and its ratio to the plain export of the same run.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402

from resume_builder import paths  # noqa: E402
from resume_builder.domain.career import Accomplishment, Profile, Role  # noqa: E402
from resume_builder.domain.dates import PartialDate  # noqa: E402
from resume_builder.domain.snapshot import CareerSnapshot  # noqa: E402
from resume_builder.services.demo import demo_records  # noqa: E402
from resume_builder.services.documents import (  # noqa: E402
    ExportRequest,
    export_document,
    run_to_end,
)


def generated_career(roles: int, bullets: int = 6) -> CareerSnapshot:
    """A career of two-year roles, newest first, each with its scope and `bullets` results."""
    made_roles, results = [], []
    for index in range(roles):
        start = 2024 - 2 * index
        role = Role(
            employer=f"Employer {index + 1} AB",
            title=f"Engineering Manager {index + 1}",
            start=PartialDate(start - 2),
            end=PartialDate(start) if index else None,
            location="Stockholm",
            description=f"Led {20 + index} engineers across three sites.",
        )
        made_roles.append(role)
        results.extend(
            Accomplishment(
                headline=f"Cut the release time of team {index + 1} by {10 + n} per cent "
                "by rebuilding the pipeline and coaching two leads",
                role_id=role.id,
                impact=1 + n % 5,
            )
            for n in range(bullets)
        )
    return CareerSnapshot(
        profile=Profile(name="Dana Lindqvist"),
        roles=tuple(made_roles),
        accomplishments=tuple(results),
    )


def timed_export(snapshot: CareerSnapshot, target: int | None) -> tuple[float, int]:
    """Seconds and pages of one in-memory PDF export of the résumé."""
    request = ExportRequest(kind="resume", format="pdf", template="classic")
    request.resume.page_target = target
    started = time.perf_counter()
    result = run_to_end(export_document(request, snapshot, paths.templates_dir()))
    elapsed = time.perf_counter() - started
    return elapsed, len(PdfReader(io.BytesIO(result.data)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    careers = {
        "demo": CareerSnapshot.from_records(demo_records(date(2026, 3, 1))),
        "15 roles": generated_career(15),
        "40 roles": generated_career(40),
    }
    print(f"{'career':<10} {'target':>10} {'median s':>9} {'pages':>5} {'× plain':>8}")
    for name, snapshot in careers.items():
        timed_export(snapshot, None)  # warm the fonts and templates
        plain = None
        for target in (None, 2, 1):
            runs = [timed_export(snapshot, target) for _ in range(rounds)]
            median = statistics.median(seconds for seconds, _ in runs)
            plain = median if target is None else plain
            label = "none" if target is None else f"--pages {target}"
            print(f"{name:<10} {label:>10} {median:>9.3f} {runs[-1][1]:>5} {median / plain:>8.1f}")


if __name__ == "__main__":
    main()
