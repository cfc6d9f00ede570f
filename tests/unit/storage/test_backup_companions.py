"""Pre-restore copies of the data folder's small files: named, kept apart, pruned."""

from __future__ import annotations

from datetime import datetime, timedelta

from resume_builder.storage.backups import KEEP_PER_REASON, BackupFolder


def test_companion_copies_are_named_kept_out_of_the_list_and_pruned(tmp_path):
    moments = iter(datetime(2026, 12, 2, 1, 0, 0) + timedelta(minutes=n) for n in range(40))
    folder = BackupFolder(tmp_path / "backups", clock=lambda: next(moments))
    dictionary = tmp_path / "dictionary.txt"
    assert folder.take_companion(dictionary, "pre-restore") is None  # nothing to copy
    for number in range(KEEP_PER_REASON + 3):
        dictionary.write_text(f"word {number}\n", encoding="utf-8")
        copy = folder.take_companion(dictionary, "pre-restore")
    assert copy.name == "dictionary-20261202-011600-pre-restore.txt"
    copies = folder.companion_copies("dictionary.txt", "pre-restore")
    assert len(copies) == KEEP_PER_REASON
    assert copies[-1].read_text(encoding="utf-8") == f"word {KEEP_PER_REASON + 2}\n"
    assert copies[0].read_text(encoding="utf-8") == "word 3\n"  # the oldest three were pruned
    assert folder.list() == []  # not database backups
    assert folder.companion_copies("preferences.json", "pre-restore") == []
