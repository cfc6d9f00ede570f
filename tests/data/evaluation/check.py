"""Integrity check for the cross-field tailoring evaluation set (not a ranking test).

Run: python tests/data/evaluation/check.py
Checks that every career loads and its highlights are unique, that every posting has labels
(and every label a posting), that every labelled text exists exactly once among its career's
work, project and volunteer highlights, and that the fixed split (odd posting numbers tune,
even ones report) gives both halves every career and both languages. The functions are
imported by tests/unit/services/test_tailoring_evaluation.py and bench/tailor_eval.py.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CAREERS = HERE / "careers"
POSTINGS = HERE / "postings"
LABELS = HERE / "labels.json"
HALVES = ("tuning", "reporting")
MIN_WORDS, MAX_WORDS = 300, 600
# Words that are common in Swedish prose and rare in English, to tell a posting's language.
SWEDISH_MARKERS = {"och", "att", "för", "som", "av", "med", "på", "är", "vi", "du", "till"}


def career_highlights(career: str) -> list[str]:
    """Every highlight of a career file, in file order: work, then projects, then volunteer."""
    document = json.loads((CAREERS / career).read_text(encoding="utf-8"))
    found: list[str] = []
    for section in ("work", "projects", "volunteer"):
        for entry in document.get(section) or []:
            found.extend(entry.get("highlights") or [])
    return found


def load_labels() -> dict[str, dict]:
    """labels.json: posting file name -> {"career", "must", "nice", "notes"}."""
    return json.loads(LABELS.read_text(encoding="utf-8"))


def posting_text(name: str) -> str:
    return (POSTINGS / name).read_text(encoding="utf-8")


def half_of(name: str) -> str:
    """The fixed split: a posting whose number is odd tunes, an even one reports."""
    number = int(name.split("-", 1)[0])
    return "tuning" if number % 2 else "reporting"


def language_of(text: str) -> str:
    words = re.findall(r"[a-zåäö]+", text.lower())
    swedish = sum(1 for w in words if w in SWEDISH_MARKERS)
    return "sv" if swedish > len(words) * 0.05 else "en"


def postings_in(half: str) -> list[str]:
    return [name for name in sorted(load_labels()) if half in ("both", half_of(name))]


def problems() -> list[str]:
    """Every integrity problem found; empty when the set is sound."""
    errors: list[str] = []
    labels = load_labels()
    postings = sorted(p.name for p in POSTINGS.glob("*.txt"))
    careers = sorted(p.name for p in CAREERS.glob("*.json"))
    if sorted(labels) != postings:
        errors.append(f"posting/label mismatch: {sorted(set(postings) ^ set(labels))}")
    for career in careers:
        for text, count in Counter(career_highlights(career)).items():
            if count > 1:
                errors.append(f"{career}: highlight appears {count} times: {text!r}")
    for name, entry in sorted(labels.items()):
        if not re.fullmatch(r"\d\d-[a-z0-9-]+\.txt", name):
            errors.append(f"{name}: not named NN-short-name.txt")
        career = entry.get("career")
        if career not in careers:
            errors.append(f"{name}: unknown career {career!r}")
            continue
        if not entry.get("notes"):
            errors.append(f"{name}: missing notes")
        must, nice = entry.get("must") or [], entry.get("nice") or []
        if not must:
            errors.append(f"{name}: no must labels")
        picked = must + nice
        if len(set(picked)) != len(picked):
            errors.append(f"{name}: a text is labelled twice (or both must and nice)")
        known = Counter(career_highlights(career))
        for text in picked:
            if known[text] != 1:
                errors.append(f"{name}: {text!r} occurs {known[text]} times in {career}")
        if (POSTINGS / name).exists():
            words = len(posting_text(name).split())
            if not MIN_WORDS <= words <= MAX_WORDS:
                errors.append(f"{name}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    errors.extend(split_problems(labels, careers))
    return errors


def split_problems(labels: dict[str, dict], careers: list[str]) -> list[str]:
    errors = []
    languages = {language_of(posting_text(n)) for n in labels if (POSTINGS / n).exists()}
    for half in HALVES:
        names = [n for n in labels if half_of(n) == half and (POSTINGS / n).exists()]
        missing = set(careers) - {labels[n]["career"] for n in names}
        if missing:
            errors.append(f"{half} half has no posting for {sorted(missing)}")
        missing_languages = languages - {language_of(posting_text(n)) for n in names}
        if missing_languages:
            errors.append(f"{half} half has no posting in {sorted(missing_languages)}")
    return errors


def main() -> int:
    labels = load_labels()
    for name, entry in sorted(labels.items()):
        words = len(posting_text(name).split()) if (POSTINGS / name).exists() else 0
        print(
            f"{name:45s} {half_of(name):9s} {language_of(posting_text(name)) if words else '?':2s} "
            f"{entry.get('career', '?'):24s} words={words:3d} "
            f"must={len(entry.get('must') or []):2d} nice={len(entry.get('nice') or []):2d}"
        )
    errors = problems()
    for error in errors:
        print("ERROR:", error)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
