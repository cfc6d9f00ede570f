"""Tailoring quality on the cross-field evaluation set: P@10 and nDCG@10 per posting and half.

Run: python bench/tailor_eval.py [--half tuning|reporting|both] [--json]
Each career in tests/data/evaluation/careers is imported into a temporary data folder with the
import the CLI's `import jsonresume` uses; each posting is then ranked with the service the
CLI's `tailor --job-file` calls (services.posting.tailor_posting), and the top ten are scored
against labels.json. A plain word-overlap baseline (distinct lowercase word tokens shared by
posting and bullet; ties in career-file order) is scored in the same run over the same pool.

P@10 is the share of the top ten in must ∪ nice, over min(10, |must ∪ nice|); nDCG@10 has
gain 2 for must and 1 for nice, its ideal built from the labels. "unseen" counts labelled
highlights that did not become accomplishments on import (so no ranking can reach them).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from resume_builder.domain.snapshot import CareerSnapshot  # noqa: E402

TOP = 10
EVALUATION = ROOT / "tests" / "data" / "evaluation"


def _load_check():
    spec = importlib.util.spec_from_file_location("evaluation_check", EVALUATION / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load_check()


@dataclass
class Row:
    """One posting's figures, for the ranker and for the baseline."""

    posting: str
    career: str
    half: str
    labelled: int
    unseen: int
    precision: float
    ndcg: float
    baseline_precision: float
    baseline_ndcg: float


def import_career(career: str) -> CareerSnapshot:
    """The career as the CLI's `import jsonresume FILE` leaves it in a fresh data folder."""
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.importing.workflow import import_file
    from resume_builder.storage.repository import Repository

    with tempfile.TemporaryDirectory(prefix="tailor-eval-") as folder:
        data_dir = Path(folder)
        import_file("jsonresume", check.CAREERS / career, data_dir)
        with Repository.open(data_dir, read_only=True) as repository:
            return snapshot_of(repository)


def ranker_top(snapshot: CareerSnapshot, posting: str) -> list[str]:
    """The headlines `tailor --job-file` shows as the best ten, in its order."""
    from resume_builder.services.posting import tailor_posting

    return [s.headline for s in tailor_posting(snapshot, posting, top=TOP).best]


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def baseline_top(pool: list[str], posting: str) -> list[str]:
    """The bullets sharing the most distinct words with the posting; ties keep pool order."""
    words = _words(posting)
    scored = sorted(enumerate(pool), key=lambda item: (-len(_words(item[1]) & words), item[0]))
    return [text for _, text in scored[:TOP]]


def precision_at(top: list[str], relevant: set[str]) -> float:
    return len(set(top[:TOP]) & relevant) / min(TOP, len(relevant))


def ndcg_at(top: list[str], must: set[str], nice: set[str]) -> float:
    def gain(text: str) -> int:
        return 2 if text in must else 1 if text in nice else 0

    dcg = sum(gain(t) / math.log2(i + 2) for i, t in enumerate(top[:TOP]))
    ideal_gains = sorted([2] * len(must) + [1] * len(nice), reverse=True)[:TOP]
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(ideal_gains))
    return dcg / ideal


def import_careers(careers: set[str]) -> dict[str, CareerSnapshot]:
    return {career: import_career(career) for career in sorted(careers)}


def evaluate(half: str = "both", snapshots: dict[str, CareerSnapshot] | None = None) -> list[Row]:
    """Every posting of `half` (tuning, reporting or both), scored."""
    labels = check.load_labels()
    names = check.postings_in(half)
    if snapshots is None:
        snapshots = import_careers({labels[n]["career"] for n in names})
    rows = []
    for name in names:
        entry = labels[name]
        career = entry["career"]
        snapshot = snapshots[career]
        must, nice = set(entry["must"]), set(entry["nice"])
        relevant = must | nice
        imported = {a.headline for a in snapshot.accomplishments}
        # The baseline ranks the same accomplishments as the ranker, in the career file's order.
        pool = [h for h in check.career_highlights(career) if h in imported]
        pool += sorted(imported - set(pool))
        posting = check.posting_text(name)
        top = ranker_top(snapshot, posting)
        base = baseline_top(pool, posting)
        rows.append(
            Row(
                posting=name.removesuffix(".txt"),
                career=career.removesuffix(".json"),
                half=check.half_of(name),
                labelled=len(relevant),
                unseen=len(relevant - imported),
                precision=precision_at(top, relevant),
                ndcg=ndcg_at(top, must, nice),
                baseline_precision=precision_at(base, relevant),
                baseline_ndcg=ndcg_at(base, must, nice),
            )
        )
    return rows


def means(rows: list[Row]) -> dict[str, float]:
    keys = ("precision", "ndcg", "baseline_precision", "baseline_ndcg")
    return {k: sum(getattr(r, k) for r in rows) / len(rows) for k in keys}


def _table(half: str, rows: list[Row]) -> str:
    lines = [
        f"{half} half ({len(rows)} postings)",
        f"  {'posting':40s} {'career':20s} {'lab':>3s} {'uns':>3s}"
        f" {'P@10':>5s} {'nDCG':>5s} | {'bP@10':>5s} {'bnDCG':>5s}",
    ]
    for r in rows:
        lines.append(
            f"  {r.posting:40s} {r.career:20s} {r.labelled:3d} {r.unseen:3d}"
            f" {r.precision:5.2f} {r.ndcg:5.2f}"
            f" | {r.baseline_precision:5.2f} {r.baseline_ndcg:5.2f}"
        )
    batches = [("mean", rows)]
    if len({batch_of(r.posting) for r in rows}) > 1:
        batches += [(name, [r for r in rows if batch_of(r.posting) == name]) for name in BATCHES]
    for label, chosen in batches:
        m = means(chosen)
        lines.append(
            f"  {label:40s} {'':20s} {'':3s} {'':3s}"
            f" {m['precision']:5.3f} {m['ndcg']:5.3f} | {m['baseline_precision']:5.3f}"
            f" {m['baseline_ndcg']:5.3f}"
        )
    return "\n".join(lines)


# The set's two batches (see its README): the second came after three rounds of tuning on the
# first, so its figures are those of careers and fields the ranker had not been tuned on.
BATCHES = ("  first batch (21-44)", "  second batch (45-56)")


def batch_of(posting: str) -> str:
    return BATCHES[0] if int(posting.split("-", 1)[0]) < 45 else BATCHES[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tuning", "reporting", "both"), default="both")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    args = parser.parse_args(argv)
    rows = evaluate(args.half)
    halves = check.HALVES if args.half == "both" else (args.half,)
    by_half = {h: [r for r in rows if r.half == h] for h in halves}
    if args.json:
        print(
            json.dumps(
                {
                    h: {"postings": [asdict(r) for r in hr], "mean": means(hr)}
                    for h, hr in by_half.items()
                },
                indent=2,
            )
        )
        return 0
    print("\n\n".join(_table(h, hr) for h, hr in by_half.items()))
    print("\nlab: labelled highlights; uns: labelled but not imported as accomplishments;")
    print("b…: the word-overlap baseline over the same accomplishments.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
