"""Import, backup and restore from the command line, in a real child process."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.integration.test_cli import run_cli

POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    'Tallbo Logistics AB,Head of IT,"Runs IT for 400 people.\n'
    '- Cut incident volume by 38% in a year",Gothenburg,Mar 2019,\n'
    "Nordlys Freight AB,Systems Engineer,,Oslo,Sep 2012,Mar 2015\n"
)


@pytest.fixture
def demo_dir(tmp_path):
    folder = tmp_path / "demo"
    run_cli("demo", "--data-dir", folder)
    return folder


@pytest.fixture
def linkedin_zip(tmp_path) -> Path:
    path = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "Profile.csv",
            "\ufeffFirst Name,Last Name,Headline,Summary,Geo Location\n"
            "Robin,Ek,IT leader,Keeps the lights on,Gothenburg\n",
        )
        archive.writestr("Positions.csv", POSITIONS)
        archive.writestr("Skills.csv", "Name\nKubernetes\nBudgeting\n")
    return path


@pytest.fixture
def json_resume_file(demo_dir, tmp_path) -> Path:
    pytest.importorskip("resume_builder.services.importing.json_resume")
    path = tmp_path / "resume.json"
    run_cli("export", "--format", "json", "--data-dir", demo_dir, "--out", path)
    return path


def listing(folder: Path) -> list[dict]:
    return json.loads(run_cli("list", "accomplishments", "--json", "--data-dir", folder).stdout)


def test_backup_out_then_wipe_then_restore(demo_dir, tmp_path):
    (demo_dir / "dictionary.txt").write_text("Lindqvist\n", encoding="utf-8")
    before = listing(demo_dir)
    archive = tmp_path / "carry.zip"
    out = run_cli("backup", "--out", archive, "--data-dir", demo_dir).stdout
    assert f"Backup written to {archive}" in out
    with zipfile.ZipFile(archive) as zipped:
        assert {"resume.json", "dictionary.txt", "manifest.json"} <= set(zipped.namelist())
        manifest = json.loads(zipped.read("manifest.json"))
    assert manifest["counts"]["accomplishment"] == len(before)

    (demo_dir / "resume.json").unlink()
    (demo_dir / "dictionary.txt").unlink()
    assert "Restored carry.zip" in run_cli("restore", archive, "--data-dir", demo_dir).stdout
    assert listing(demo_dir) == before
    assert (demo_dir / "dictionary.txt").read_text(encoding="utf-8") == "Lindqvist\n"

    # the create --out spelling works as well, and a restore backs the current database up
    second = tmp_path / "second.zip"
    run_cli("backup", "create", "--out", second, "--data-dir", demo_dir)
    run_cli("restore", second, "--data-dir", demo_dir)
    backups = run_cli("backup", "list", "--data-dir", demo_dir).stdout
    assert "pre-restore" in backups


def test_restore_takes_a_json_backup_and_refuses_bad_files(demo_dir, tmp_path):
    run_cli("backup", "create", "--data-dir", demo_dir)
    [json_backup] = [p for p in (demo_dir / "backups").iterdir() if "manual" in p.name]
    assert "Restored" in run_cli("restore", json_backup, "--data-dir", demo_dir).stdout
    original = (demo_dir / "resume.json").read_bytes()
    for name, content in (
        ("junk.zip", b"PK\x03\x04 not a zip at all"),
        ("empty.zip", None),
        ("junk.json", b"{}"),
    ):
        path = tmp_path / name
        if content is None:
            with zipfile.ZipFile(path, "w") as archive:
                archive.writestr("../../evil.txt", "x")
        else:
            path.write_bytes(content)
        result = run_cli("restore", path, "--data-dir", demo_dir, check=False)
        assert result.returncode == 1, name
        assert name in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert (demo_dir / "resume.json").read_bytes() == original
    assert not (tmp_path.parent / "evil.txt").exists()


def test_backup_without_an_action_explains_itself(demo_dir):
    result = run_cli("backup", "--data-dir", demo_dir, check=False)
    assert result.returncode == 1 and "--out FILE.zip" in result.stderr


def test_linkedin_dry_run_writes_nothing(demo_dir, linkedin_zip):
    database = demo_dir / "resume.json"
    before = database.read_bytes()
    backups = sorted(p.name for p in (demo_dir / "backups").iterdir())
    out = run_cli("import", "linkedin", linkedin_zip, "--dry-run", "--data-dir", demo_dir).stdout
    lines = out.splitlines()
    assert lines[0].startswith(f"{linkedin_zip.name}: adds")
    assert any("add" in line and "Head of IT, Tallbo Logistics AB" in line for line in lines)
    assert any("match" in line and "Kubernetes" in line for line in lines)
    assert any("match" in line and "Systems Engineer, Nordlys Freight AB" in line for line in lines)
    assert "Positions.csv row" in out
    assert "Dry run: nothing was written." in out
    assert database.read_bytes() == before
    assert sorted(p.name for p in (demo_dir / "backups").iterdir()) == backups


def test_linkedin_import_adds_records_after_a_backup(demo_dir, linkedin_zip):
    roles_before = json.loads(run_cli("list", "roles", "--json", "--data-dir", demo_dir).stdout)
    out = run_cli("import", "linkedin", linkedin_zip, "--data-dir", demo_dir).stdout
    assert "Imported" in out and "backed up first" in out
    roles = json.loads(run_cli("list", "roles", "--json", "--data-dir", demo_dir).stdout)
    assert len(roles) == len(roles_before) + 1  # the Nordlys role is the demo's own
    assert any(r["employer"] == "Tallbo Logistics AB" for r in roles)
    headlines = [row["headline"] for row in listing(demo_dir)]
    assert any("incident volume" in h for h in headlines)
    assert "pre-import" in run_cli("backup", "list", "--data-dir", demo_dir).stdout
    # a second run finds everything there
    again = run_cli("import", "linkedin", linkedin_zip, "--data-dir", demo_dir).stdout
    assert "Nothing to import" in again


def test_json_resume_dry_run_then_import(json_resume_file, tmp_path):
    empty = tmp_path / "empty"
    run_cli("backup", "create", "--data-dir", empty)  # creates an empty database
    database = empty / "resume.json"
    before = database.read_bytes()
    out = run_cli("import", "jsonresume", json_resume_file, "--dry-run", "--data-dir", empty).stdout
    assert out.splitlines()[0].startswith("resume.json: adds")
    assert database.read_bytes() == before

    out = run_cli("import", "jsonresume", json_resume_file, "--data-dir", empty).stdout
    assert "Imported" in out
    assert len(listing(empty)) >= 40
    assert "pre-import" in run_cli("backup", "list", "--data-dir", empty).stdout


def test_import_errors_are_one_sentence_and_write_nothing(demo_dir, tmp_path):
    before = (demo_dir / "resume.json").read_bytes()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    result = run_cli("import", "linkedin", broken, "--data-dir", demo_dir, check=False)
    assert result.returncode == 1 and "broken.zip" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    missing = run_cli(
        "import", "jsonresume", tmp_path / "nope.json", "--data-dir", demo_dir, check=False
    )
    assert missing.returncode == 1 and "nope.json" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert (demo_dir / "resume.json").read_bytes() == before


def test_writing_commands_refuse_while_the_app_holds_the_folder(demo_dir, linkedin_zip, tmp_path):
    from resume_builder.storage.repository import Repository

    archive = tmp_path / "b.zip"
    with Repository.open(demo_dir):
        result = run_cli("import", "linkedin", linkedin_zip, "--data-dir", demo_dir, check=False)
        assert result.returncode == 1 and "already open" in result.stderr
        run_cli("backup", "--out", archive, "--data-dir", demo_dir)  # reading is fine
        result = run_cli("restore", archive, "--data-dir", demo_dir, check=False)
        assert result.returncode == 1 and "already open" in result.stderr
        # a dry run only reads
        run_cli("import", "linkedin", linkedin_zip, "--dry-run", "--data-dir", demo_dir)


# --- Forgiving imports: warnings with file and place, exit 0; nothing importable: exit 1 -------
MALFORMED = {
    "basics": [{"name": "Kari Nordmann", "location": "Oslo", "score": float("nan")}],
    "work": [
        {
            "name": "Fjord Retail",
            "position": "Data Lead",
            "startDate": "2021-09-01T08:00:00Z",
            "endDate": "Present",
            "highlights": "Cut nightly ETL from 6 h to 40 min",
        },
        {"name": "Nordic Logistics", "position": "Engineer", "startDate": "2019-13"},
        "Acme (no details)",
    ],
    "volunteer": [{"organization": "Red Cross", "startDate": "2020", "endDate": "2018"}],
}


def write_malformed(path: Path) -> Path:
    text = json.dumps(MALFORMED, allow_nan=True)  # NaN, which JSON does not have
    path.write_text(text, encoding="utf-8")
    return path


def test_a_malformed_but_forgivable_json_resume_imports_with_a_warning_per_place(tmp_path):
    data = tmp_path / "data"
    source = write_malformed(tmp_path / "cv.json")
    result = run_cli("import", "jsonresume", source, "--data-dir", data)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    places = [line.removeprefix("warning: cv.json: ").split(":")[0] for line in warnings]
    assert places == [
        "basics[0].score",
        "basics",
        "basics.location",
        "work[0].highlights",
        "work[1].startDate",
        "work[2]",
        "volunteer[0]",
    ]
    assert "“2019-13” is not a date (there is no month 13)" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Imported 5 records" in result.stdout and "7 warnings" in result.stdout
    roles = json.loads(run_cli("list", "roles", "--json", "--data-dir", data).stdout)
    assert sorted(r["employer"] for r in roles) == ["Fjord Retail", "Nordic Logistics"]
    headlines = [a["headline"] for a in listing(data)]
    assert headlines == ["Cut nightly ETL from 6 h to 40 min"]

    # A day-precision start matches the stored role: a second run adds nothing.
    again = run_cli("import", "jsonresume", source, "--data-dir", data)
    assert "Nothing to import: everything in the file is already there." in again.stdout
    assert len(json.loads(run_cli("list", "roles", "--json", "--data-dir", data).stdout)) == 2


@pytest.mark.parametrize(
    ("kind", "name", "content", "expected"),
    [
        ("jsonresume", "empty.json", b"", "empty.json is empty; a JSON Resume file is one JSON"),
        ("jsonresume", "other.json", b'{"theme": "x"}', "other.json has none of the sections"),
        ("linkedin", "Positions.csv", b"Firm,Job\nAcme,CIO\n", "Positions.csv holds nothing"),
        ("linkedin", "empty.zip", b"", "empty.zip is not a ZIP archive"),
    ],
)
def test_a_file_holding_nothing_is_refused_with_one_sentence(
    demo_dir, tmp_path, kind, name, content, expected
):
    before = (demo_dir / "resume.json").read_bytes()
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("import", kind, path, "--data-dir", demo_dir, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert (demo_dir / "resume.json").read_bytes() == before


def test_restore_keeps_pre_restore_copies_of_the_dictionary_and_preferences(demo_dir, tmp_path):
    (demo_dir / "dictionary.txt").write_text("Lindqvist\n", encoding="utf-8")
    (demo_dir / "preferences.json").write_text('{"page_target": 1}', encoding="utf-8")
    archive = tmp_path / "carry.zip"
    run_cli("backup", "--out", archive, "--data-dir", demo_dir)
    (demo_dir / "dictionary.txt").write_text("Later\n", encoding="utf-8")
    (demo_dir / "preferences.json").write_text('{"page_target": 3}', encoding="utf-8")
    out = run_cli("restore", archive, "--data-dir", demo_dir).stdout
    assert out.startswith(f"Restored carry.zip into {demo_dir}.")
    assert "dictionary.txt and preferences.json were kept as" in out
    assert (demo_dir / "dictionary.txt").read_text(encoding="utf-8") == "Lindqvist\n"
    kept = sorted(p.name for p in (demo_dir / "backups").iterdir() if "pre-restore" in p.name)
    assert [name.split("-", 1)[0] for name in kept] == ["dictionary", "preferences", "resume"]
    latest = run_cli("backup", "restore", "--latest", "--data-dir", demo_dir).stdout
    assert latest.startswith("Restored resume-") and "pre-restore" in latest
