"""Backups carry people, meetings and action items; an old backup's references become people."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import ActionItem, Meeting, Person
from resume_builder.services.backup_archive import write_backup_zip
from resume_builder.services.records import delete_records
from resume_builder.services.restore import restore_from
from resume_builder.storage.fileformat import encode
from resume_builder.storage.repository import DB_NAME, Repository

KINDS = (Person, Meeting, ActionItem)


def everything(folder: Path) -> dict:
    with Repository.open(folder, read_only=True) as repository:
        return {k.KIND: [r.to_dict() for r in repository.all(k)] for k in KINDS}


def test_restoring_a_backup_brings_people_meetings_and_action_items_back(tmp_path):
    folder = tmp_path / "data"
    karin = Person(name="Karin Berg", relationship="manager", email="karin@halvard.example")
    henrik = Person(name="Henrik Sandberg", is_reference=True, reference_quote="Reliable.")
    talk = Meeting(
        title="Career conversation",
        date=PartialDate(2026, 1, 20),
        person_ids=[karin.id, henrik.id],
        feedback="Keep delivering.",
    )
    item = ActionItem(meeting_id=talk.id, text="Lead the audit", due=PartialDate(2026, 3))
    with Repository.open(folder) as repository:
        repository.apply(put=[karin, henrik, talk, item])
    before = everything(folder)
    archive = tmp_path / "carry.zip"
    with Repository.open(folder, read_only=True) as repository:
        manifest = write_backup_zip(repository, archive)
    assert manifest["counts"]["person"] == 2 and manifest["counts"]["action_item"] == 1

    with Repository.open(folder) as repository:  # the talk and Karin deleted meanwhile
        change = delete_records(
            [karin, talk], [], repository.all(Meeting), repository.all(ActionItem)
        )
        gone = change.removed
        repository.apply(put=change.after, remove=gone)
    assert everything(folder)["meeting"] == [] and everything(folder)["action_item"] == []

    restore_from(folder, archive)
    assert everything(folder) == before


def test_a_backup_from_before_people_restores_its_references_as_people(tmp_path):
    old = {
        "reference": {
            "1": {"id": "r1", "extra": {}, "name": "Henrik", "reference": "Reliable.",
                  "contact": "henrik@lumora.example"},
        }
    }  # fmt: skip
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            DB_NAME, encode(old, schema_version=1, save_counter=1, saved_at="", app_version="1")
        )
    path = tmp_path / "old.zip"
    path.write_bytes(buffer.getvalue())
    folder = tmp_path / "data"
    with Repository.open(folder):
        pass
    restore_from(folder, path)
    with Repository.open(folder) as repository:  # as the window opens it next
        (henrik,) = repository.all(Person)
        assert henrik.id == "r1" and henrik.is_reference and henrik.email == "henrik@lumora.example"
        assert any(b.reason == "pre-migration" for b in repository.backups.list())
