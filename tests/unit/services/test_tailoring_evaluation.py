"""The cross-field evaluation set in tests/data/evaluation: its integrity, and the ranker's level
on its reporting half (P@10 and nDCG@10 of `tailor --job-file`, as bench/tailor_eval.py scores)."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# Measured on the reporting half with the committed ranker (first 0.531 / 0.583; after the second
# tuning round P@10 0.675, nDCG@10 0.751; after the third 0.683 / 0.759; with the second batch of
# careers and postings, 18 postings, 0.757 / 0.798; with narrower concepts and the second round
# on the thesaurus 0.772 / 0.814), minus 0.02, rounded down. The floor only ratchets up: raise
# it when the ranker improves, never lower it to let a change through.
REPORTING_FLOOR = {"precision": 0.75, "ndcg": 0.79}
POSTINGS_PER_HALF = 18


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


bench = _module("tailor_eval", ROOT / "bench" / "tailor_eval.py")
check = bench.check


@pytest.fixture(scope="module")
def snapshots():
    # Each career imported once, through the CLI's import, for every test in this module.
    careers = {entry["career"] for entry in check.load_labels().values()}
    return bench.import_careers(careers)


def test_the_evaluation_set_is_sound():
    assert check.problems() == []
    labels = check.load_labels()
    assert len(labels) >= 24
    assert len({e["career"] for e in labels.values()}) >= 3


def test_the_check_finds_a_label_that_is_not_in_its_career(monkeypatch):
    labels = check.load_labels()
    name = sorted(labels)[0]
    labels[name]["nice"].append(labels[name]["must"][0].rstrip(".") + " (reworded)")
    monkeypatch.setattr(check, "load_labels", lambda: labels)
    found = check.problems()
    assert len(found) == 1 and found[0].startswith(name)


def test_the_check_finds_a_half_without_a_career(monkeypatch):
    labels = check.load_labels()
    career = labels["21-cx-director.txt"]["career"]
    kept = {
        n: e
        for n, e in labels.items()
        if not (e["career"] == career and check.half_of(n) == "reporting")
    }
    monkeypatch.setattr(check, "load_labels", lambda: kept)
    found = [p for p in check.problems() if "half has no posting" in p]
    assert found == [f"reporting half has no posting for [{career!r}]"]


def test_the_split_is_odd_for_tuning_and_even_for_reporting():
    assert check.half_of("21-cx-director.txt") == "tuning"
    assert check.half_of("44-capacity-programme-manager.txt") == "reporting"
    assert check.half_of("45-key-account-director.txt") == "tuning"
    assert (
        len(check.postings_in("tuning"))
        == len(check.postings_in("reporting"))
        == (POSTINGS_PER_HALF)
    )


def test_the_scores_follow_the_labels():
    must, nice = {"a", "b"}, {"c"}
    assert bench.precision_at(["a", "c", "b", "x"], must | nice) == 1.0
    assert bench.ndcg_at(["a", "b", "c"], must, nice) == pytest.approx(1.0)
    assert bench.ndcg_at(["c", "b", "a"], must, nice) < 1.0
    assert bench.precision_at(["x", "y", "a"], must | nice) == pytest.approx(1 / 3)


def test_the_reporting_half_keeps_its_level(snapshots):
    rows = bench.evaluate("reporting", snapshots)
    assert len(rows) == POSTINGS_PER_HALF
    mean = bench.means(rows)
    report = json.dumps({r.posting: [r.precision, r.ndcg] for r in rows}, indent=1)
    assert mean["precision"] >= REPORTING_FLOOR["precision"], report
    assert mean["ndcg"] >= REPORTING_FLOOR["ndcg"], report


def test_the_floor_is_out_of_reach_of_a_ranking_that_ignores_the_posting(snapshots):
    # The measure must be able to fail: the same ten bullets for every posting score far below.
    labels = check.load_labels()
    precisions, gains = [], []
    for name in check.postings_in("reporting"):
        entry = labels[name]
        fixed = [a.headline for a in snapshots[entry["career"]].accomplishments][: bench.TOP]
        must, nice = set(entry["must"]), set(entry["nice"])
        precisions.append(bench.precision_at(fixed, must | nice))
        gains.append(bench.ndcg_at(fixed, must, nice))
    assert sum(precisions) / len(precisions) < REPORTING_FLOOR["precision"] - 0.2
    assert sum(gains) / len(gains) < REPORTING_FLOOR["ndcg"] - 0.2
