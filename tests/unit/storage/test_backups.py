from datetime import datetime, timedelta

import pytest

from resume_builder.domain.models import Skill
from resume_builder.storage.backups import KEEP_PER_REASON, BackupFolder
from resume_builder.storage.fileformat import IntegrityError
from resume_builder.storage.repository import DB_NAME, Repository, restore_backup


class Clock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_one_daily_backup_per_day_and_only_the_last_14_kept(tmp_path):
    clock = Clock(datetime(2026, 1, 1, 9, 0, 0))
    for day in range(20):
        clock.now = datetime(2026, 1, 1, 9, 0, 0) + timedelta(days=day)
        for _ in range(2):  # a second start on the same day takes no second backup
            with Repository.open(tmp_path, clock=clock) as repo:
                repo.put(Skill(name=f"Skill {day}"))
    daily = [b for b in BackupFolder(tmp_path / "backups").list() if b.reason == "daily"]
    assert len(daily) == KEEP_PER_REASON
    assert daily[0].taken_at.date() == datetime(2026, 1, 20).date()
    assert daily[-1].taken_at.date() == datetime(2026, 1, 7).date()


def test_restore_takes_a_pre_restore_backup_and_brings_old_state_back(tmp_path):
    clock = Clock(datetime(2026, 3, 1, 8, 0, 0))
    with Repository.open(tmp_path, clock=clock) as repo:
        repo.put(Skill(name="Go"))
    clock.now += timedelta(days=1)
    with Repository.open(tmp_path, clock=clock) as repo:  # daily backup holds "Go"
        repo.put(Skill(name="Rust"))
    newest = BackupFolder(tmp_path / "backups").newest_good()
    restore_backup(tmp_path, newest.path)
    with Repository.open(tmp_path) as repo:
        assert [s.name for s in repo.all(Skill)] == ["Go"]
        reasons = [b.reason for b in repo.backups.list()]
    assert "pre-restore" in reasons


def test_damaged_backup_is_skipped_and_refused(tmp_path):
    with Repository.open(tmp_path) as repo:
        repo.put(Skill(name="Go"))
        good = repo.backups.take(repo.path, "manual")
        bad = repo.backups.take(repo.path, "manual")
    bad.path.write_bytes(b"\x00" * 100)
    assert BackupFolder(tmp_path / "backups").newest_good().path != bad.path
    with pytest.raises(IntegrityError):
        restore_backup(tmp_path, bad.path)
    assert good.path.exists() and (tmp_path / DB_NAME).exists()


def test_backup_names_give_their_moment_and_a_name_with_no_real_date_is_no_backup(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in (
        "resume-20240131-235959-manual.json",
        "resume-20241399-120000-daily.json",  # month 13: not a moment
        "resume-20240131-2359-manual.json",  # not the pattern
    ):
        (folder / name).write_bytes(b"{}")
    backups = BackupFolder(folder).list()
    assert [(b.taken_at, b.reason) for b in backups] == [
        (datetime(2024, 1, 31, 23, 59, 59), "manual")
    ]
