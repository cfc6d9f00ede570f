import zipfile

import pytest

from resume_builder.services.backup_archive import (
    BackupArchiveError,
    read_backup_zip,
    restore_backup_zip,
    write_backup_zip,
)
from resume_builder.services.preferences import load_preferences, update_preferences
from resume_builder.storage.repository import Repository


def test_the_backup_carries_the_preferences_and_restore_brings_them_back(tmp_path):
    data = tmp_path / "data"
    with Repository.open(data) as repository:
        update_preferences(data, page_target=1, stale_contact_days=30)
        archive = tmp_path / "backup.zip"
        write_backup_zip(repository, archive)
    assert "preferences.json" in zipfile.ZipFile(archive).namelist()
    update_preferences(data, page_target=3, stale_contact_days=90)
    restore_backup_zip(data, archive)
    restored = load_preferences(data)
    assert (restored.page_target, restored.stale_contact_days) == (1, 30)


def test_damaged_preferences_in_a_backup_refuse_it_whole(tmp_path):
    data = tmp_path / "data"
    with Repository.open(data) as repository:
        archive = tmp_path / "backup.zip"
        write_backup_zip(repository, archive)
    with zipfile.ZipFile(archive, "a") as handle:
        handle.writestr("preferences.json", "[1, 2")
    with pytest.raises(BackupArchiveError, match="preferences.json"):
        read_backup_zip(archive)
