"""The import workflow the window and the command line share: validate, back up, apply."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from resume_builder.domain.models import Accomplishment, Role
from resume_builder.services.documents import snapshot_of
from resume_builder.services.importing.files import plan_import, read_import
from resume_builder.services.importing.plan import ImportFileError
from resume_builder.services.importing.workflow import ImportRefused, import_file, run_import
from resume_builder.storage.repository import Repository

RESUME = {
    "basics": {"name": "Kari", "location": "Oslo"},
    "work": [
        {
            "name": "Fjord",
            "position": "CIO",
            "startDate": "2021-09-01",
            "endDate": "2019",
            "highlights": "Cut costs by 20%",
        }
    ],
}


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "cv.json"
    path.write_text(json.dumps(RESUME), encoding="utf-8")
    return path


def state(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_an_import_backs_up_first_then_writes_in_one_save(tmp_path: Path, resume: Path):
    data = tmp_path / "data"
    outcome = import_file("jsonresume", resume, data)
    assert outcome.written == 3  # the profile, the role and its one bullet
    assert outcome.backup is not None and outcome.backup.reason == "pre-import"
    assert outcome.warnings == [
        "cv.json: basics.location: text where an object belongs; read as the city",
        "cv.json: work[0]: ends (2019) before it starts (2021-09-01); the end was left empty",
        "cv.json: work[0].highlights: one text where a list belongs; "
        "read as a list of that one text",
    ]
    report = outcome.report(data)
    assert report[0] == "cv.json: adds 1 accomplishment, 1 role; updates 1 profile"
    assert report[-1].startswith(f"Imported 3 records into {data}; the database was backed up")
    with Repository.open(data, read_only=True) as repository:
        assert [a.headline for a in repository.all(Accomplishment)] == ["Cut costs by 20%"]
        assert repository.profile().city == "Oslo"

    again = import_file("jsonresume", resume, data)
    assert again.written == 0 and again.backup is None
    assert again.report(data)[-1] == "Nothing to import: everything in the file is already there."


def test_a_dry_run_writes_nothing(tmp_path: Path, resume: Path):
    data = tmp_path / "data"
    with Repository.open(data) as repository:
        repository.put(Role(employer="Fjord", title="CIO"))
    before = state(data)
    outcome = import_file("jsonresume", resume, data, dry_run=True)
    assert outcome.dry_run and outcome.written == 0
    assert outcome.report(data)[-1] == "Dry run: nothing was written."
    assert state(data) == before
    assert not (tmp_path / "nowhere").exists()
    import_file("jsonresume", resume, tmp_path / "nowhere", dry_run=True)
    assert not (tmp_path / "nowhere").exists()


def test_a_record_breaking_a_rule_refuses_the_whole_import_before_the_backup(
    tmp_path: Path, resume: Path
):
    data = tmp_path / "data"
    with Repository.open(data) as repository:
        plan = plan_import(read_import("jsonresume", resume), snapshot_of(repository))
        next(i for i in plan.items if isinstance(i.record, Accomplishment)).record.impact = 42
        before = state(data)
        with pytest.raises(ImportRefused, match=r"^cv\.json cannot be imported: "):
            run_import(plan, repository)
        assert state(data) == before
        assert not [b for b in repository.backups.list() if b.reason == "pre-import"]
        assert repository.count(Role) == 0


def test_a_backup_that_cannot_be_taken_refuses_the_import(tmp_path: Path, resume: Path):
    data = tmp_path / "data"
    with Repository.open(data) as repository:
        plan = plan_import(read_import("jsonresume", resume), snapshot_of(repository))
        shutil.rmtree(data / "backups")
        (data / "backups").write_text("in the way", encoding="utf-8")
        applied: list = []
        with pytest.raises(ImportRefused, match=r"^No backup could be taken first"):
            run_import(plan, repository, apply=applied.append)
        assert applied == [] and repository.count(Role) == 0


def test_the_window_applies_its_own_way_after_saving_and_the_backup(tmp_path: Path, resume: Path):
    data = tmp_path / "data"
    with Repository.open(data) as repository:
        plan = plan_import(read_import("jsonresume", resume), snapshot_of(repository))
        steps: list[str] = []

        def apply(records):
            assert any(b.reason == "pre-import" for b in repository.backups.list())
            steps.append(f"apply {len(records)}")

        outcome = run_import(
            plan, repository, apply=apply, save_pending=lambda: steps.append("save") or ""
        )
        assert steps == ["save", "apply 3"] and outcome.written == 3
        assert repository.count(Role) == 0  # the window's apply wrote nothing here

        with pytest.raises(ImportRefused, match="^Disk full"):
            run_import(plan, repository, apply=apply, save_pending=lambda: "Disk full.")
        assert steps == ["save", "apply 3"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.json", b"", "empty.json is empty; a JSON Resume file is one JSON object"),
        ("other.json", b'{"hobbies": []}', "other.json has none of the sections of a JSON Resume"),
    ],
)
def test_a_file_holding_nothing_is_refused_and_changes_nothing(
    tmp_path: Path, name, content, expected
):
    data = tmp_path / "data"
    with Repository.open(data):
        pass
    before = state(data)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        import_file("jsonresume", path, data)
    assert str(info.value).startswith(expected)
    assert state(data) == before


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_file_where_the_folder_keeps_its_database_is_refused_and_left_alone(
    tmp_path: Path, resume: Path, dry_run: bool
):
    # A JSON Resume saved as resume.json inside the data folder is where the database lives:
    # opening the folder would set it aside as a damaged database and import nothing.
    folder = tmp_path / "data"
    folder.mkdir()
    inside = folder / "resume.json"
    shutil.copy(resume, inside)
    before = inside.read_bytes()
    with pytest.raises(ImportFileError, match="keeps its own database"):
        import_file("jsonresume", inside, folder, dry_run=dry_run)
    assert sorted(p.name for p in folder.iterdir()) == ["resume.json"]
    assert inside.read_bytes() == before
