"""Printing for the commands: JSON, clipped cells, local times, and the tailoring reports."""

from __future__ import annotations

import json
import os
import re
import shlex
import sys

from resume_builder.export.locale import with_count


def print_json(data: object) -> None:
    """Data as indented JSON on stdout, non-ASCII letters kept as they are."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def local(stamp: str, *, minutes: bool = False) -> str:
    """A stored UTC timestamp as the user's local date (and time, with `minutes`)."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp[:16] if minutes else stamp[:10]  # as stored, rather than nothing
    return moment.strftime("%Y-%m-%d %H:%M" if minutes else "%Y-%m-%d")


def clip(text: str, width: int = 32) -> str:
    """Text on one line, cut with an ellipsis to fit a table cell."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def shell_quote(text: str) -> str:
    """An argument as the user's shell takes it (cmd.exe and PowerShell know double quotes)."""
    if os.name == "nt":
        return f'"{text}"' if re.search(r"[\s&|<>^()]", text) else text
    return shlex.quote(text)


def print_requirements(requirements: list) -> None:
    """The requirements found in a posting, must-haves marked."""
    print(f"Requirements ({len(requirements)}):")
    for r in requirements:
        print(f"  {'MUST' if r.must_have else '    '}  {r.kind:<8} {r.term}  (×{r.count})")
    if not requirements:
        print("  none found: is the posting in English or Swedish?")


def print_best(best: list, total: int) -> None:
    """The best-ranked accomplishments with their scores and what each matched."""
    print(f"\nBest {len(best)} of {with_count(total, 'accomplishment', 'accomplishments')}:")
    for number, s in enumerate(best, 1):
        print(f"{number:>3}. {s.score:7.2f}  {s.headline}")
        print(f"              matches: {', '.join(s.explained())}")
    if not best:
        print("  none matches the posting")


def print_chosen(target, chosen: list[str], snapshot) -> None:
    """The résumé's bullets in order, each reworded one with the master it stands for."""
    from resume_builder.services.owners import owners
    from resume_builder.services.posting import chosen_bullets, chosen_by_user

    bullets = chosen_bullets(target, chosen, snapshot.accomplishments, owners(snapshot))
    how = "chosen by you" if chosen_by_user(target) else "the best-ranked"
    print(f"On the résumé ({len(bullets)}, {how}):")
    for number, bullet in enumerate(bullets, 1):
        print(f"{number:>3}. {bullet.text}")
        if bullet.reworded:
            print(f"       reworded; the master reads: {bullet.headline}")
    if not bullets:
        print("  none yet")


def print_coverage(title: str, report, *, mark_must: bool = False) -> None:
    """The coverage score and the gap list (with `mark_must`, must-have gaps say so)."""
    missing = [f"{r.term} (must)" if mark_must and r.must_have else r.term for r in report.missing]
    print(f"\n{title}: {report.score}/100")
    print(f"  covered: {', '.join(r.term for r in report.covered) or '-'}")
    print(f"  missing: {', '.join(missing) or '-'}")
    for r in report.missing:
        for s in report.suggestions.get(r.term, []):
            print(f"    {r.term}: would be closed by “{s.headline}”")
