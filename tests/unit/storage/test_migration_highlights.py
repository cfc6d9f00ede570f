"""Schema 3 -> 4: a project's and a volunteering record's plain-text highlights become
accomplishments of theirs, after a backup of the file as it was; nothing lost, nothing twice.
"""

from __future__ import annotations

import json

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import IMPACT_DEFAULT, Accomplishment, Project, Volunteer
from resume_builder.storage.fileformat import (
    MIGRATIONS,
    SCHEMA_VERSION,
    decode,
    encode,
    highlights_become_accomplishments,
)
from resume_builder.storage.repository import DB_NAME, Repository


def old_file(folder, data) -> bytes:
    """A database file as version 3 of the app wrote it."""
    payload = encode(data, schema_version=3, save_counter=7, saved_at="", app_version="0.9.8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DB_NAME).write_bytes(payload)
    return payload


def version_3_project(doc_id: str, highlights, **dates) -> dict:
    return {
        "id": doc_id,
        "extra": {},
        "name": "Fika finder",
        "description": "An app for finding a café",
        "highlights": highlights,
        "keywords": ["Kotlin"],
        "start": dates.get("start"),
        "end": dates.get("end"),
        "url": "",
        "roles": [],
        "entity": "",
        "type": "app",
    }


def version_3_volunteer(doc_id: str, highlights, **dates) -> dict:
    return {
        "id": doc_id,
        "extra": {},
        "organization": "Kodkollektivet",
        "position": "Mentor",
        "url": "",
        "start": dates.get("start"),
        "end": dates.get("end"),
        "summary": "",
        "highlights": highlights,
    }


def accomplishment(doc_id: str, headline: str, owner: str | None) -> dict:
    return {
        **Accomplishment(id=doc_id, headline=headline, role_id=owner).to_dict(),
        "created": "2025-01-01T00:00:00+00:00",
        "updated": "2025-01-01T00:00:00+00:00",
    }


OLD = {
    "project": {
        "1": version_3_project(
            "app",
            ["Shipped to 2,000 users", "  Built offline maps ", "   "],
            start="2023-02",
            end="2024-06",
        ),
    },
    "volunteer": {
        "1": version_3_volunteer("mentor", ["Mentored 14 people"], start="2021-09", end="present"),
    },
    # already told as an accomplishment of the project: not made twice
    "accomplishment": {"4": accomplishment("told", "built offline maps", "app")},
}


def test_version_3_files_migrate_by_making_highlights_accomplishments():
    assert SCHEMA_VERSION >= 4
    assert MIGRATIONS[3] is highlights_become_accomplishments


def test_opening_a_version_3_file_backs_it_up_then_makes_each_highlight_an_accomplishment(
    tmp_path,
):
    payload = old_file(tmp_path, OLD)
    with Repository.open(tmp_path) as repo:
        (project,) = repo.all(Project)
        (mentoring,) = repo.all(Volunteer)
        owned = {
            a.headline: a
            for a in repo.all(Accomplishment)
            if a.role_id in (project.id, mentoring.id)
        }
        assert sorted(owned) == [
            "Mentored 14 people",
            "Shipped to 2,000 users",
            "built offline maps",
        ]
        shipped = owned["Shipped to 2,000 users"]
        assert shipped.role_id == "app" and shipped.date == PartialDate(2024, 6)  # its end
        assert shipped.impact == IMPACT_DEFAULT and shipped.skill_ids == []
        assert (shipped.situation, shipped.result, shipped.notes) == ("", "", "")
        # an open end is no day: the start dates it
        assert owned["Mentored 14 people"].date == PartialDate(2021, 9)
        assert owned["Mentored 14 people"].role_id == "mentor"
        assert owned["built offline maps"].id == "told"  # the one already there, alone
        # the records keep everything else, and no highlights of their own
        assert project.keywords == ["Kotlin"] and project.extra == {}
        assert not hasattr(project, "highlights") and mentoring.extra == {}

        backups = [b for b in repo.backups.list() if b.reason == "pre-migration"]
        assert len(backups) == 1
        assert backups[0].path.read_bytes() == payload  # the file exactly as it was
        assert backups[0].verify().schema_version == 3

    meta, data = decode((tmp_path / DB_NAME).read_bytes())
    assert meta.schema_version == SCHEMA_VERSION
    assert "highlights" not in data["project"]["1"]
    assert len(data["accomplishment"]) == 3


def test_a_second_open_neither_migrates_nor_backs_up_again(tmp_path):
    old_file(tmp_path, OLD)
    with Repository.open(tmp_path) as repo:
        first = sorted(a.id for a in repo.all(Accomplishment))
    with Repository.open(tmp_path) as repo:
        assert sorted(a.id for a in repo.all(Accomplishment)) == first
        assert len([b for b in repo.backups.list() if b.reason == "pre-migration"]) == 1


def test_a_read_only_open_migrates_in_memory_and_writes_nothing(tmp_path):
    payload = old_file(tmp_path, OLD)
    reader = Repository.open(tmp_path, read_only=True)
    assert len(reader.all(Accomplishment)) == 3
    assert (tmp_path / DB_NAME).read_bytes() == payload
    assert not (tmp_path / "backups").exists()


def test_a_migration_that_fails_leaves_the_file_as_it_was(tmp_path):
    payload = old_file(tmp_path, OLD)

    def broken(data):
        raise RuntimeError("the migration broke")

    with pytest.raises(RuntimeError, match="the migration broke"):
        Repository.open(tmp_path, migrations={**MIGRATIONS, 3: broken})
    assert (tmp_path / DB_NAME).read_bytes() == payload


# ------------------------------------------------------------------- the migration itself
def test_highlights_that_are_no_list_of_texts_are_kept_in_extra():
    odd = version_3_project("odd", "one text, not a list")
    nameless = {**version_3_volunteer("", ["Ran 40 workshops"]), "extra": {"x": 1}}
    data = {"project": {"1": odd}, "volunteer": {"1": nameless, "2": "not a document"}}
    migrated = highlights_become_accomplishments(json.loads(json.dumps(data)))
    assert migrated["project"]["1"]["extra"] == {"highlights": "one text, not a list"}
    assert migrated["volunteer"]["1"]["extra"] == {"x": 1, "highlights": ["Ran 40 workshops"]}
    assert migrated["volunteer"]["2"] == "not a document"
    assert not migrated.get("accomplishment")
    assert "highlights" not in migrated["project"]["1"]
    assert "highlights" not in migrated["volunteer"]["1"]


def test_new_accomplishments_follow_the_stored_ones_and_undated_records_make_undated_ones():
    data = {
        "project": {"1": version_3_project("p", ["First", "Second", "first"])},
        "accomplishment": {"7": accomplishment("a", "Elsewhere", None)},
    }
    migrated = highlights_become_accomplishments(json.loads(json.dumps(data)))["accomplishment"]
    assert list(migrated) == ["7", "8", "9"]  # "first" again is the same words: once
    assert [migrated[k]["headline"] for k in ("8", "9")] == ["First", "Second"]
    assert all(migrated[k]["date"] is None for k in ("8", "9"))
    for key in ("8", "9"):
        Accomplishment.from_dict(migrated[key])  # documents of today's shape


def test_a_file_without_projects_or_volunteering_is_unchanged():
    data = {"skill": {"1": {"id": "s1", "extra": {}, "name": "Go"}}}
    assert highlights_become_accomplishments(json.loads(json.dumps(data))) == data
