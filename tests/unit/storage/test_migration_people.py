"""Schema 1 -> 2: the References of Background become people marked as references, with a backup."""

from __future__ import annotations

import json

import pytest

from resume_builder.domain.models import Person, Skill
from resume_builder.storage.fileformat import (
    MIGRATIONS,
    SCHEMA_VERSION,
    decode,
    encode,
    references_become_people,
    split_contact,
)
from resume_builder.storage.repository import DB_NAME, Repository


def old_file(folder, data) -> bytes:
    payload = encode(data, schema_version=1, save_counter=7, saved_at="", app_version="0.9.0")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DB_NAME).write_bytes(payload)
    return payload


def reference(doc_id: str, **fields) -> dict:
    return {"id": doc_id, "extra": {}, "name": "", "reference": "", "contact": "", **fields}


OLD = {
    "skill": {"1": {"id": "s1", "extra": {}, "name": "Kubernetes"}},
    "reference": {
        "1": reference(
            "r1",
            name="Henrik Sandberg",
            reference="Dana ran the migration without a day of downtime.",
            contact="henrik.sandberg@lumora.se",
        ),
        "2": reference("r2", name="Maria Ekström", contact="+46 70-123 45 67"),
        "3": reference("r3", name="Per Holm", contact="call via the switchboard, ask for Per"),
    },
}


def test_version_1_files_migrate_by_making_references_people():
    assert SCHEMA_VERSION >= 2
    assert MIGRATIONS[1] is references_become_people


def test_opening_an_old_file_backs_it_up_then_makes_people(tmp_path):
    payload = old_file(tmp_path, OLD)
    with Repository.open(tmp_path) as repo:
        people = repo.all(Person)
        assert [p.name for p in people] == ["Henrik Sandberg", "Maria Ekström", "Per Holm"]
        henrik, maria, per = people
        assert [p.id for p in people] == ["r1", "r2", "r3"]  # ids kept
        assert all(p.is_reference and p.relationship == "reference" for p in people)
        assert henrik.reference_quote == "Dana ran the migration without a day of downtime."
        assert henrik.email == "henrik.sandberg@lumora.se" and henrik.phone == ""
        assert maria.phone == "+46 70-123 45 67" and maria.email == "" and maria.notes == ""
        assert per.notes == "Contact: call via the switchboard, ask for Per"
        assert per.email == per.phone == ""
        assert [s.name for s in repo.all(Skill)] == ["Kubernetes"]  # the rest untouched

        backups = [b for b in repo.backups.list() if b.reason == "pre-migration"]
        assert len(backups) == 1
        assert backups[0].path.read_bytes() == payload  # the file exactly as it was
        assert backups[0].verify().schema_version == 1
    meta, data = decode((tmp_path / DB_NAME).read_bytes())
    assert meta.schema_version == SCHEMA_VERSION
    assert "reference" not in data
    assert len(data["person"]) == 3


def test_a_second_open_neither_migrates_nor_backs_up_again(tmp_path):
    old_file(tmp_path, OLD)
    with Repository.open(tmp_path) as repo:
        first = repo.all(Person)
    with Repository.open(tmp_path) as repo:
        assert repo.all(Person) == first  # stamps and all: nothing made up anew
        assert len([b for b in repo.backups.list() if b.reason == "pre-migration"]) == 1


def test_a_read_only_open_migrates_in_memory_and_writes_nothing(tmp_path):
    payload = old_file(tmp_path, OLD)
    reader = Repository.open(tmp_path, read_only=True)
    assert [p.name for p in reader.all(Person)] == ["Henrik Sandberg", "Maria Ekström", "Per Holm"]
    assert (tmp_path / DB_NAME).read_bytes() == payload
    assert not (tmp_path / "backups").exists()


def test_odd_references_lose_nothing(tmp_path):
    odd = {
        "person": {
            "4": {"id": "p1", "extra": {}, "name": "Kim Lind", "relationship": "manager"},
        },
        "reference": {
            "1": reference("empty"),
            "2": {
                "id": "odd",
                "extra": {"jsonResume": {"x-since": 2019}},
                "name": None,
                "reference": "Reliable.",
                "contact": "  ",
                "phoneticName": "Pear",
                "notes": "typed by hand into the file",
            },
            "3": {"id": "numbers", "name": 42, "contact": ["a", "b"], "reference": "Yes"},
            "4": {"name": "No id at all", "contact": "two@example.com; one@example.com"},
        },
    }
    old_file(tmp_path, odd)
    with Repository.open(tmp_path) as repo:
        people = {p.id: p for p in repo.all(Person)}
    assert list(people)[0] == "p1" and people["p1"].relationship == "manager"
    empty = people["empty"]
    assert empty.is_reference and empty.name == "" and empty.notes == "" and empty.extra == {}
    kept = people["odd"]
    assert kept.name == "" and kept.reference_quote == "Reliable." and kept.notes == ""
    assert kept.extra == {
        "jsonResume": {"x-since": 2019},
        "phoneticName": "Pear",
        "notes": "typed by hand into the file",
    }
    numbers = people["numbers"]
    assert numbers.name == "" and numbers.extra == {"name": 42, "contact": ["a", "b"]}
    assert numbers.reference_quote == "Yes"
    (no_id,) = [p for p in people.values() if p.name == "No id at all"]
    assert len(no_id.id) == 32
    assert no_id.notes == "Contact: two@example.com; one@example.com"
    assert len(people) == 5


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("", ("", "", "")),
        ("anna@example.com", ("anna@example.com", "", "")),
        ("mailto:anna@example.com", ("anna@example.com", "", "")),
        ("+46 (0)70-123 45 67", ("", "+46 (0)70-123 45 67", "")),
        ("070 123 45 67", ("", "070 123 45 67", "")),
        ("anna@example.com, +46 70 123 45 67", ("anna@example.com", "+46 70 123 45 67", "")),
        ("+46 70 123 45 67 / anna@example.com", ("anna@example.com", "+46 70 123 45 67", "")),
        ("12", ("", "", "Contact: 12")),
        ("linkedin.com/in/anna", ("", "", "Contact: linkedin.com/in/anna")),
        ("Anna <anna@example.com>", ("", "", "Contact: Anna <anna@example.com>")),
        ("on request", ("", "", "Contact: on request")),
        ("anna@example", ("", "", "Contact: anna@example")),
    ],
)
def test_a_contact_is_split_only_when_it_plainly_is_an_address_or_a_number(contact, expected):
    assert split_contact(contact) == expected


def test_a_file_without_references_only_changes_its_version(tmp_path):
    data = {"skill": {"1": {"id": "s1", "extra": {}, "name": "Go"}}}
    assert references_become_people(json.loads(json.dumps(data))) == data
    old_file(tmp_path, data)
    with Repository.open(tmp_path) as repo:
        assert repo.all(Person) == [] and [s.name for s in repo.all(Skill)] == ["Go"]
