"""Storage speed at 100, 1,000 and 10,000 accomplishments; prints a table of medians.

Run: python bench/storage.py [--repeat 7]
Baselines measured in the same run: a bare json.loads of the same file (for load) and a bare
json.dumps + write + fsync of the same data (for saves), so ratios survive a noisy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
from pathlib import Path

from timing import median_ms

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Skill
from resume_builder.storage.repository import DB_NAME, Repository

VERBS = ["Reduced", "Led", "Built", "Automated", "Negotiated", "Migrated", "Launched", "Cut"]


def fill(data_dir: Path, count: int) -> list[Skill]:
    rng = random.Random(count)
    skills = [Skill(name=f"Skill {i}", category="Bench", aliases=[f"s{i}"]) for i in range(60)]
    items = [
        Accomplishment(
            headline=f"{rng.choice(VERBS)} cost of service {i} by {rng.randint(5, 60)}% "
            "across 40 teams and 3 regions",
            situation="The platform had grown without ownership. " * 2,
            task="Own the reliability and the spend of the shared platform.",
            action="Introduced budgets, dashboards and weekly reviews with every team. " * 2,
            result=f"Saved ${rng.randint(50, 900)}k a year.",
            metrics=[f"{rng.randint(5, 60)}% less", "3 regions"],
            date=PartialDate(rng.randint(2010, 2025), rng.randint(1, 12)),
            skill_ids=[s.id for s in rng.sample(skills, 3)],
            impact=rng.randint(1, 5),
            notes="Evidence in the quarterly review deck.",
        )
        for i in range(count)
    ]
    with Repository.open(data_dir) as repo:
        repo.put_many(skills + items)
    return skills


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rows = []
    for count in (100, 1_000, 10_000):
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder)
            skills = fill(data_dir, count)
            path = data_dir / DB_NAME
            size_mb = path.stat().st_size / 1e6
            raw = path.read_bytes()

            def bare_load() -> None:
                json.loads(raw)

            def bare_save() -> None:
                text = json.dumps(json.loads(raw)["data"], ensure_ascii=False)
                with open(data_dir / "bare.json", "w", encoding="utf-8") as handle:
                    handle.write(text)
                    handle.flush()
                    os.fsync(handle.fileno())

            def load() -> None:
                Repository.open(data_dir, read_only=True)

            repo = Repository.open(data_dir)
            target = repo.all(Accomplishment)[count // 2]

            def insert() -> None:
                repo.put(Accomplishment(headline="Cut build time by 40%", skill_ids=[skills[0].id]))

            def update() -> None:
                target.impact = 5 if target.impact != 5 else 4
                repo.put(target)

            def query() -> None:
                repo.accomplishments_with_skill(skills[7].id)

            def list_all() -> None:
                repo.all(Accomplishment)

            row = {
                "n": count,
                "MB": size_mb,
                "load": median_ms(load, args.repeat),
                "bare load": median_ms(bare_load, args.repeat),
                "insert+save": median_ms(insert, args.repeat),
                "update+save": median_ms(update, args.repeat),
                "bare save": median_ms(bare_save, args.repeat),
                "by skill": median_ms(query, args.repeat),
                "list all": median_ms(list_all, args.repeat),
            }
            repo.close()
            rows.append(row)
    headers = list(rows[0])
    print(f"storage bench, median of {args.repeat} runs, milliseconds (MB = file size)")
    print(" | ".join(f"{h:>11}" for h in headers) + " | load/bare | update/bare")
    for row in rows:
        cells = [f"{row[h]:>11,.0f}" if h == "n" else f"{row[h]:>11.1f}" for h in headers]
        load_ratio = row["load"] / row["bare load"]
        save_ratio = row["update+save"] / row["bare save"]
        ratios = f"{load_ratio:>9.1f}x | {save_ratio:>10.1f}x"
        print(" | ".join(cells) + " | " + ratios)


if __name__ == "__main__":
    main()
