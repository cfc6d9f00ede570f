"""The restore workflow: a checked backup, pre-restore copies of everything it replaces."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from resume_builder.domain.models import Role
from resume_builder.services.backup_archive import write_backup_zip
from resume_builder.services.restore import (
    RestoreError,
    check_backup,
    newest_good_backup,
    restore_from,
)
from resume_builder.storage.errors import LockedError
from resume_builder.storage.repository import Repository


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with Repository.open(folder) as repository:
        repository.put(Role(employer="Acme", title="CIO"))
    (folder / "dictionary.txt").write_text("Lindqvist\n", encoding="utf-8")
    (folder / "preferences.json").write_text(json.dumps({"page_target": 1}), encoding="utf-8")
    return folder


def archive_of(folder: Path, target: Path) -> Path:
    with Repository.open(folder, read_only=True) as repository:
        write_backup_zip(repository, target)
    return target


def employers(folder: Path) -> list[str]:
    with Repository.open(folder, read_only=True) as repository:
        return sorted(r.employer for r in repository.all(Role))


def test_restoring_a_zip_brings_back_the_database_and_companions_and_keeps_what_it_replaced(
    data: Path, tmp_path: Path
):
    archive = archive_of(data, tmp_path / "carry.zip")
    with Repository.open(data) as repository:
        repository.put(Role(employer="Later", title="CTO"))
    (data / "dictionary.txt").write_text("Later\n", encoding="utf-8")
    (data / "preferences.json").write_text(json.dumps({"page_target": 3}), encoding="utf-8")

    outcome = restore_from(data, archive)

    assert employers(data) == ["Acme"]
    assert (data / "dictionary.txt").read_text(encoding="utf-8") == "Lindqvist\n"
    assert json.loads((data / "preferences.json").read_text(encoding="utf-8")) == {"page_target": 1}
    assert outcome.pre_restore is not None and outcome.pre_restore.reason == "pre-restore"
    kept = {p.name.split("-", 1)[0]: p for p in outcome.companion_copies}
    assert set(kept) == {"dictionary", "preferences"}
    assert kept["dictionary"].read_text(encoding="utf-8") == "Later\n"
    assert json.loads(kept["preferences"].read_text(encoding="utf-8")) == {"page_target": 3}
    assert all(p.parent == data / "backups" for p in outcome.companion_copies)
    assert outcome.restored_companions == ("dictionary.txt", "preferences.json")
    sentence = outcome.sentence(data)
    assert sentence.startswith(f"Restored carry.zip into {data}.")
    assert "dictionary.txt and preferences.json were kept" in sentence
    # the pre-restore database holds what was replaced
    with Repository.open(data) as repository:
        assert "Later" not in [r.employer for r in repository.all(Role)]
    restore_from(data, outcome.pre_restore.path)
    assert employers(data) == ["Acme", "Later"]


def test_an_automatic_json_backup_restores_the_database_alone(data: Path):
    with Repository.open(data) as repository:
        taken = repository.backups.take(repository.path, "manual")
        repository.put(Role(employer="Later", title="CTO"))
    outcome = restore_from(data, taken.path)
    assert employers(data) == ["Acme"]
    assert outcome.companion_copies == () and outcome.restored_companions == ()
    assert (data / "dictionary.txt").read_text(encoding="utf-8") == "Lindqvist\n"
    assert newest_good_backup(data).name.endswith("-pre-restore.json")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("junk.zip", b"PK\x03\x04 not a zip at all", "junk.zip cannot be restored"),
        ("junk.json", b"{}", "junk.json cannot be restored"),
        ("none.json", None, "There is no backup file"),
        ("other.zip", "zip", "has no resume.json"),
    ],
)
def test_a_bad_backup_is_refused_in_one_sentence_and_nothing_changes(
    data: Path, tmp_path: Path, name, content, expected
):
    path = tmp_path / name
    if content == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("notes.txt", "x")
    elif content is not None:
        path.write_bytes(content)
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    with pytest.raises(RestoreError) as info:
        restore_from(data, path)
    assert expected in str(info.value) and name in str(info.value)
    assert "\n" not in str(info.value)
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before


def test_check_backup_reads_without_writing_and_restore_refuses_while_the_folder_is_held(
    data: Path, tmp_path: Path
):
    archive = archive_of(data, tmp_path / "carry.zip")
    checked = check_backup(archive)
    assert set(checked.companions) == {"dictionary.txt", "preferences.json"}
    assert checked.manifest["counts"]["role"] == 1
    with Repository.open(data), pytest.raises(LockedError):
        restore_from(data, checked)
    assert not (data / "backups").exists() or not any(
        "pre-restore" in p.name for p in (data / "backups").iterdir()
    )


def test_no_good_backup_is_one_sentence(tmp_path: Path):
    with pytest.raises(RestoreError, match=r"^There is no good backup in "):
        newest_good_backup(tmp_path)
