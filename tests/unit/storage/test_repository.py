import json

import pytest

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Role, Skill
from resume_builder.storage.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    ReadOnlyError,
    SaveError,
)
from resume_builder.storage.fileformat import SCHEMA_VERSION, encode
from resume_builder.storage.repository import DB_NAME, Repository


def _sample(repo: Repository) -> tuple[Role, Skill, Accomplishment]:
    role = Role(employer="Acme", title="SRE Lead", start=PartialDate(2019, 5), end=PRESENT)
    skill = Skill(name="Kubernetes", category="Cloud", aliases=["k8s"])
    item = Accomplishment(
        headline="Cut MTTR by 80% across 60 services",
        situation="Outages lasted hours",
        result="MTTR 35 min",
        metrics=["MTTR −80%"],
        date=PartialDate(2021, 3),
        role_id=role.id,
        skill_ids=[skill.id],
        impact=5,
    )
    with repo.batch():
        repo.put_many([role, skill, item])
    return role, skill, item


def test_round_trip_through_the_file(tmp_path):
    with Repository.open(tmp_path) as repo:
        role, skill, item = _sample(repo)
        repo.set_profile(Profile(name="Łukasz Żółć", email="l@example.com"))
    with Repository.open(tmp_path) as again:
        assert again.get(Role, role.id) == role
        assert again.get(Skill, skill.id) == skill
        stored = again.get(Accomplishment, item.id)
        assert stored.headline == item.headline and stored.metrics == ["MTTR −80%"]
        assert stored.date == PartialDate(2021, 3) and again.get(Role, role.id).is_current
        assert again.profile().name == "Łukasz Żółć"


def test_batch_is_one_save_and_single_changes_save_at_once(tmp_path):
    with Repository.open(tmp_path) as repo:
        start = repo.save_counter
        _sample(repo)
        assert repo.save_counter == start + 1
        repo.put(Skill(name="Python"))
        assert repo.save_counter == start + 2
        assert not repo.dirty


def test_apply_puts_and_removes_exactly_what_it_is_given_in_one_save(tmp_path):
    with Repository.open(tmp_path) as repo:
        role, skill, item = _sample(repo)
        start = repo.save_counter
        # No cascade here: what a delete does to other records comes worked out (services).
        repo.apply(put=[], remove=[skill, role])
        assert repo.save_counter == start + 1
        assert repo.get(Accomplishment, item.id) == item  # still pointing: nothing rewritten
        untagged = Accomplishment.from_dict({**item.to_dict(), "skill_ids": [], "role_id": None})
        repo.apply(put=[untagged], remove=[])
    with Repository.open(tmp_path) as again:
        assert again.get(Role, role.id) is None and again.get(Skill, skill.id) is None
        stored = again.get(Accomplishment, item.id)
        assert stored.skill_ids == [] and stored.role_id is None
        assert stored.updated == item.updated  # apply keeps the stamps it is given


def test_set_profile_replaces_any_other_profile(tmp_path):
    with Repository.open(tmp_path) as repo:
        repo.put_many([Profile(name="Old one"), Profile(name="Older one")])
        start = repo.save_counter
        repo.set_profile(Profile(name="Dana"))
        assert repo.save_counter == start + 1
        assert [p.name for p in repo.all(Profile)] == ["Dana"]


def test_file_carries_integrity_data(tmp_path):
    with Repository.open(tmp_path) as repo:
        _sample(repo)
    document = json.loads((tmp_path / DB_NAME).read_text(encoding="utf-8"))
    meta = document["meta"]
    assert meta["schema_version"] == SCHEMA_VERSION
    assert meta["counts"]["accomplishment"] == 1
    assert meta["checksum"].startswith("sha256:")
    assert meta["save_counter"] >= 2


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"\x00" * 4096, "zero bytes"),
        (b'{"meta": {"format": "resume-builder"', "not valid JSON"),
        (b'{"_default": {}}', "not a Resume Builder database"),
    ],
)
def test_corrupt_file_is_moved_aside_never_overwritten(tmp_path, content, reason):
    with Repository.open(tmp_path) as repo:
        _sample(repo)
    (tmp_path / DB_NAME).write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as caught:
        Repository.open(tmp_path)
    error = caught.value
    assert reason in str(error)
    assert error.moved_to is not None and error.moved_to.read_bytes() == content
    assert not (tmp_path / DB_NAME).exists()
    assert error.newest_backup is not None  # the daily backup taken at the first open


def test_tampered_content_fails_the_checksum(tmp_path):
    with Repository.open(tmp_path) as repo:
        _sample(repo)
    path = tmp_path / DB_NAME
    path.write_text(path.read_text(encoding="utf-8").replace("Cut MTTR", "Cut XXXX"), "utf-8")
    with pytest.raises(CorruptDatabaseError, match="checksum"):
        Repository.open(tmp_path)


def test_lost_records_fail_the_counts(tmp_path):
    with Repository.open(tmp_path) as repo:
        _sample(repo)
    path = tmp_path / DB_NAME
    document = json.loads(path.read_text(encoding="utf-8"))
    document["data"]["skill"] = {}
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(CorruptDatabaseError, match="counts"):
        Repository.open(tmp_path)


def test_read_only_open_of_corrupt_file_moves_nothing(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"")
    with pytest.raises(CorruptDatabaseError) as caught:
        Repository.open(tmp_path, read_only=True)
    assert caught.value.moved_to is None and (tmp_path / DB_NAME).exists()


def test_newer_schema_is_refused_for_writing_but_readable(tmp_path):
    payload = encode(
        {"skill": {"1": Skill(name="Go").to_dict()}},
        schema_version=99,
        save_counter=5,
        saved_at="2030-01-01T00:00:00+00:00",
        app_version="9.0",
    )
    (tmp_path / DB_NAME).write_bytes(payload)
    with pytest.raises(NewerSchemaError, match="newer version"):
        Repository.open(tmp_path)
    assert (tmp_path / DB_NAME).read_bytes() == payload
    reader = Repository.open(tmp_path, read_only=True)
    assert [s.name for s in reader.all(Skill)] == ["Go"]
    with pytest.raises(ReadOnlyError):
        reader.put(Skill(name="Rust"))


def test_migrations_run_on_open_after_a_backup(tmp_path):
    old = {"skill": {"1": {"id": "s1", "title": "Kubernetes"}}}
    (tmp_path / DB_NAME).write_bytes(
        encode(old, schema_version=1, save_counter=3, saved_at="", app_version="0.0.1")
    )

    def rename_title(data):
        for doc in data.get("skill", {}).values():
            doc["name"] = doc.pop("title")
        return data

    with Repository.open(tmp_path, schema_version=2, migrations={1: rename_title}) as repo:
        assert [s.name for s in repo.all(Skill)] == ["Kubernetes"]
        reasons = [b.reason for b in repo.backups.list()]
        assert "pre-migration" in reasons
        pre = next(b for b in repo.backups.list() if b.reason == "pre-migration")
        assert "title" in pre.path.read_text(encoding="utf-8")
    document = json.loads((tmp_path / DB_NAME).read_text(encoding="utf-8"))
    assert document["meta"]["schema_version"] == 2


def test_stale_temporary_files_are_removed_not_loaded(tmp_path):
    with Repository.open(tmp_path) as repo:
        _sample(repo)
    stale = tmp_path / f".{DB_NAME}.tmp-12345-abcd"
    stale.write_bytes(b'{"half a save')
    with Repository.open(tmp_path) as repo:
        assert repo.count(Accomplishment) == 1
    assert not stale.exists()


def test_failed_save_into_missing_folder_keeps_edits_and_can_save_elsewhere(tmp_path):
    data_dir = tmp_path / "data"
    with Repository.open(data_dir) as repo:
        _sample(repo)
        repo.autosave = False
        repo.put(Skill(name="Go"))
        repo.path = tmp_path / "gone" / DB_NAME  # the folder vanished (e.g. an unplugged drive)
        with pytest.raises(SaveError, match="does not exist"):
            repo.save()
        assert repo.dirty and repo.last_save_error is not None
        repo.save_copy(tmp_path / "rescued.json")
    rescued = tmp_path / "rescued"
    rescued.mkdir()
    (tmp_path / "rescued.json").replace(rescued / DB_NAME)
    with Repository.open(rescued) as copy:
        assert copy.find_skill("Go") is not None and copy.count(Accomplishment) == 1


def test_put_many_takes_the_last_of_duplicates_and_empty_calls_save_nothing(tmp_path):
    with Repository.open(tmp_path) as repo:
        skill = Skill(name="Go")
        repo.put_many([skill, skill.copy(name="Golang")])
        assert repo.count(Skill) == 1 and len(repo.all(Skill)) == 1
        assert repo.all(Skill)[0].name == "Golang"
        counter = repo.save_counter
        repo.put_many([])
        assert repo.save_counter == counter


def test_an_invalid_record_refuses_the_whole_call(tmp_path):
    with Repository.open(tmp_path) as repo:
        good, bad = Skill(name="Go"), Accomplishment(headline="x", impact=9)
        with pytest.raises(ValueError, match="impact"):
            repo.put_many([good, bad])
        assert repo.count(Skill) == 0 and not repo.dirty
