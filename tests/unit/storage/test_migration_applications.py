"""Schema 2 -> 3: every target becomes an application with a status and its history, after a
backup of the file as it was; a damaged file is neither migrated nor overwritten.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from resume_builder.domain.models import Skill, StatusChange, Target
from resume_builder.services.applications import ever_applied, status_since
from resume_builder.storage.backups import BackupFolder
from resume_builder.storage.errors import CorruptDatabaseError
from resume_builder.storage.fileformat import (
    MIGRATIONS,
    SCHEMA_VERSION,
    decode,
    encode,
    targets_become_applications,
)
from resume_builder.storage.repository import DB_NAME, Repository

TODAY = date(2026, 3, 14)


def old_file(folder, data) -> bytes:
    """A database file as version 2 of the app wrote it."""
    payload = encode(data, schema_version=2, save_counter=11, saved_at="", app_version="0.9.5")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DB_NAME).write_bytes(payload)
    return payload


def export(when: str, kind: str = "resume") -> dict:
    return {
        "when": when,
        "kind": kind,
        "format": "pdf",
        "template": "classic",
        "language": "en",
        "file": f"/home/dana/Documents/{kind}.pdf",
        "pages": 2,
    }


def version_2_target(doc_id: str, name: str, created: str | None, exports: list) -> dict:
    """A target document as version 2 stored it: no status, kind, history or contacts."""
    document = {
        "id": doc_id,
        "extra": {},
        "name": name,
        "company": "Havsvind Energi AB",
        "title": "Head of IT",
        "posting": "We are looking for a Head of IT to lead our platform team.",
        "link": "",
        "location": "Gothenburg",
        "notes": "Ulla referred me",
        "archived": False,
        "removed_terms": ["team"],
        "added_terms": [],
        "must_have": {},
        "selected_ids": None,
        "rewordings": {},
        "headline": "",
        "summary": "",
        "hidden_role_ids": [],
        "page_target": 2,
        "letter": "",
        "exports": exports,
        "updated": "2026-02-03T08:00:00+00:00",
    }
    if created is not None:
        document["created"] = created
    return document


OLD = {
    "skill": {"1": {"id": "s1", "extra": {}, "name": "Kubernetes"}},
    "target": {
        "1": version_2_target(
            "sent",
            "Havsvind CTO",
            "2026-01-10T09:00:00+00:00",
            # listed newest first: the first export is the earliest, not the first listed
            [export("2026-02-03T08:00:00+00:00", "letter"), export("2026-01-28T17:45:00+01:00")],
        ),
        "2": version_2_target("seen", "Brattfors", "2026-01-20T12:00:00+00:00", []),
    },
}


def test_version_2_files_migrate_by_making_targets_applications():
    assert SCHEMA_VERSION >= 3
    assert MIGRATIONS[2] is targets_become_applications


def test_opening_a_version_2_file_backs_it_up_then_gives_each_target_a_status(tmp_path):
    payload = old_file(tmp_path, OLD)
    with Repository.open(tmp_path) as repo:
        sent, seen = repo.all(Target)
        # A résumé or letter went out: it was applied to, on the day of the first export.
        assert (sent.id, sent.status, sent.kind) == ("sent", "applied", "external")
        assert sent.history == [StatusChange("applied", "2026-01-28", "")]
        assert status_since(sent, TODAY) == date(2026, 1, 28) and ever_applied(sent)
        # Nothing went out: interested since the day it was made.
        assert (seen.id, seen.status) == ("seen", "interested")
        assert seen.history == [StatusChange("interested", "2026-01-20", "")]
        assert status_since(seen, TODAY) == date(2026, 1, 20) and not ever_applied(seen)
        for target in (sent, seen):
            assert target.organisation_id is None and target.contact_ids == []
            assert (target.next_step, target.next_step_date, target.salary) == ("", None, "")
        # The rest of the target is as it was.
        assert sent.notes == "Ulla referred me" and sent.removed_terms == ["team"]
        assert [e.kind for e in sent.exports] == ["letter", "resume"]
        assert sent.updated == "2026-02-03T08:00:00+00:00"
        assert [s.name for s in repo.all(Skill)] == ["Kubernetes"]

        backups = [b for b in repo.backups.list() if b.reason == "pre-migration"]
        assert len(backups) == 1
        assert backups[0].path.read_bytes() == payload  # the file exactly as it was
        assert backups[0].verify().schema_version == 2

    meta, data = decode((tmp_path / DB_NAME).read_bytes())
    assert meta.schema_version == SCHEMA_VERSION
    stored = data["target"]["1"]
    assert stored["status"] == "applied"
    assert stored["history"] == [{"status": "applied", "on": "2026-01-28", "note": ""}]
    assert data["target"]["2"]["history"] == [
        {"status": "interested", "on": "2026-01-20", "note": ""}
    ]


def test_a_second_open_neither_migrates_nor_backs_up_again(tmp_path):
    old_file(tmp_path, OLD)
    with Repository.open(tmp_path) as repo:
        first = repo.all(Target)
    with Repository.open(tmp_path) as repo:
        assert repo.all(Target) == first
        assert len([b for b in repo.backups.list() if b.reason == "pre-migration"]) == 1


def test_a_read_only_open_migrates_in_memory_and_writes_nothing(tmp_path):
    payload = old_file(tmp_path, OLD)
    reader = Repository.open(tmp_path, read_only=True)
    assert [t.status for t in reader.all(Target)] == ["applied", "interested"]
    assert (tmp_path / DB_NAME).read_bytes() == payload
    assert not (tmp_path / "backups").exists()


def test_a_damaged_version_2_file_is_moved_aside_unchanged_not_migrated(tmp_path):
    payload = old_file(tmp_path, OLD)
    damaged = payload.replace(b"Ulla referred me", b"Ulla referred us")  # checksum no longer fits
    (tmp_path / DB_NAME).write_bytes(damaged)
    with pytest.raises(CorruptDatabaseError, match="checksum") as caught:
        Repository.open(tmp_path)
    assert caught.value.moved_to is not None
    assert caught.value.moved_to.read_bytes() == damaged  # every byte kept for a rescue
    assert not (tmp_path / DB_NAME).exists()  # nothing migrated written in its place
    backups = BackupFolder(tmp_path / "backups").list()
    assert not any(b.reason == "pre-migration" for b in backups)  # nor a "backup" of it


def test_a_migration_that_fails_leaves_the_file_as_it_was(tmp_path):
    payload = old_file(tmp_path, OLD)

    def broken(data):
        raise RuntimeError("the migration broke")

    with pytest.raises(RuntimeError, match="the migration broke"):
        Repository.open(tmp_path, migrations={**MIGRATIONS, 2: broken})
    assert (tmp_path / DB_NAME).read_bytes() == payload
    with Repository.open(tmp_path) as repo:  # and the lock was let go: it opens next time
        assert [t.status for t in repo.all(Target)] == ["applied", "interested"]


# ------------------------------------------------------------------- the migration itself
def test_a_target_never_exported_with_no_creation_day_is_interested_since_today():
    data = {"target": {"1": version_2_target("t", "Undated", None, [])}}
    migrated = targets_become_applications(json.loads(json.dumps(data)))
    today = datetime.now(UTC).date().isoformat()
    assert migrated["target"]["1"]["history"] == [{"status": "interested", "on": today, "note": ""}]


def test_odd_exports_are_skipped_and_a_target_of_the_new_shape_is_left_alone():
    odd = version_2_target(
        "odd", "Odd", "2026-01-05T00:00:00+00:00", ["not an export", {"when": 20260101}]
    )
    newer = {
        **version_2_target("new", "New", "2026-01-05T00:00:00+00:00", []),
        "status": "offer",
        "history": [{"status": "offer", "on": "2026-03-01", "note": "verbal"}],
    }
    data = {"target": {"1": odd, "2": newer, "3": "not a document"}}
    migrated = targets_become_applications(json.loads(json.dumps(data)))["target"]
    # no export with a day: the creation day counts
    assert migrated["1"]["status"] == "interested"
    assert migrated["1"]["history"] == [{"status": "interested", "on": "2026-01-05", "note": ""}]
    assert migrated["1"]["exports"] == odd["exports"]  # kept as they were
    assert migrated["2"] == newer
    assert migrated["3"] == "not a document"


def test_a_file_without_targets_only_changes_its_version(tmp_path):
    data = {"skill": {"1": {"id": "s1", "extra": {}, "name": "Go"}}}
    assert targets_become_applications(json.loads(json.dumps(data))) == data
    old_file(tmp_path, data)
    with Repository.open(tmp_path) as repo:
        assert repo.all(Target) == [] and [s.name for s in repo.all(Skill)] == ["Go"]
    assert decode((tmp_path / DB_NAME).read_bytes())[0].schema_version == SCHEMA_VERSION
