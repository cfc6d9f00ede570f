"""The word lists the app ships (stop words, action verbs, glossaries): how one is read."""

from __future__ import annotations

from pathlib import Path


def read_word_list(path: Path) -> list[str]:
    """The entries of a word list: its non-blank lines that are no "#" comment, stripped.

    Args:
        path: A UTF-8 text file (a byte-order mark is tolerated) with one entry a line.

    Returns:
        The entries in file order, as written (case kept).

    """
    entries = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return entries
