"""Sanity check for the tailoring evaluation set (not a ranking test).

Run: python tests/data/postings/check_labels.py
Checks that labels.json loads, that every posting file has labels (and vice
versa), and that every labelled headline exists exactly once in demo_records().
"""

import json
import sys
from pathlib import Path

from resume_builder.domain.models import Accomplishment
from resume_builder.services.demo import demo_records

HERE = Path(__file__).resolve().parent


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    headlines = [r.headline for r in demo_records() if isinstance(r, Accomplishment)]
    known = set(headlines)
    postings = sorted(p.name for p in HERE.glob("*.txt"))
    errors = []
    if sorted(labels) != postings:
        errors.append(f"posting/label mismatch: {set(postings) ^ set(labels)}")
    for name, entry in sorted(labels.items()):
        rel = entry["relevant"]
        if not entry.get("notes"):
            errors.append(f"{name}: missing notes")
        if len(set(rel)) != len(rel):
            errors.append(f"{name}: duplicate headlines")
        for h in rel:
            if h not in known:
                errors.append(f"{name}: unknown headline {h!r}")
            elif headlines.count(h) != 1:
                errors.append(f"{name}: ambiguous headline {h!r}")
        words = (
            len((HERE / name).read_text(encoding="utf-8").split()) if (HERE / name).exists() else 0
        )
        print(f"{name:45s} words={words:4d} relevant={len(rel):2d}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
