"""`import resume FILE`: our own résumé exports of the demo career read back, from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_builder.domain.models import Accomplishment, Education, Role
from resume_builder.services.importing.plan import same_date
from resume_builder.services.importing.resume_file import read_resume_file
from resume_builder.storage.repository import Repository
from tests.integration.test_cli import run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    run_cli("demo", "--data-dir", folder)
    return folder


def _exported(demo: Path, what: str, fmt: str, folder: Path) -> Path:
    path = folder / f"{what}.{fmt}"
    run_cli("export", what, "--format", fmt, "--data-dir", demo, "-o", path)
    return path


def _stored(demo: Path):
    with Repository.open(demo, read_only=True) as repository:
        return repository.all(Role), repository.all(Accomplishment), repository.all(Education)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_our_resume_export_reads_back_with_every_role_bullet_and_school(demo, tmp_path, fmt):
    path = _exported(demo, "resume", fmt, tmp_path)
    records, _, _ = read_resume_file(path)
    roles = {(r.title, r.employer, r.start) for r in records if isinstance(r, Role)}
    bullets = {r.headline for r in records if isinstance(r, Accomplishment)}
    schools = {r.institution for r in records if isinstance(r, Education)}
    stored_roles, _, stored_schools = _stored(demo)
    assert {(r.title, r.employer, r.start) for r in stored_roles} <= roles
    assert {s.institution for s in stored_schools} <= schools
    # every bullet the résumé printed is an accomplishment (the PDF and the DOCX are drawn
    # from one document tree, so the DOCX's list paragraphs name the bullets of both)
    docx_path = path if fmt == "docx" else _exported(demo, "resume", "docx", tmp_path)
    printed = _printed_bullets(docx_path)
    assert len(printed) >= 10
    assert set(printed) <= bullets


def _printed_bullets(path: Path) -> list[str]:
    import docx

    return [
        p.text
        for p in docx.Document(str(path)).paragraphs
        if p.style.name == "List Bullet" and not p.runs[0].bold  # a bold start: a certificate
    ]


def test_import_resume_dry_run_then_apply_from_the_command_line(demo, tmp_path):
    path = _exported(demo, "resume", "docx", tmp_path)
    fresh = tmp_path / "fresh"
    out = run_cli("import", "resume", path, "--dry-run", "--data-dir", fresh).stdout
    assert "adds" in out and "4 roles" in out and "Dry run: nothing was written." in out
    assert not (fresh / "resume.json").exists()
    done = run_cli("import", "resume", path, "--data-dir", fresh)
    assert "Imported" in done.stdout
    assert "page 1, line" in done.stderr  # the sections not read are named, line by line
    roles = json.loads(run_cli("list", "roles", "--json", "--data-dir", fresh).stdout)
    assert len(roles) == 4
    again = run_cli("import", "resume", path, "--data-dir", fresh).stdout
    assert "Nothing to import" in again


def test_a_bad_file_is_one_sentence_and_changes_nothing(tmp_path):
    empty = tmp_path / "cv.pdf"
    empty.write_bytes(b"")
    result = run_cli("import", "resume", empty, "--data-dir", tmp_path / "data", check=False)
    assert result.returncode != 0
    assert result.stderr.strip() == "resume-builder: cv.pdf is empty (0 bytes)."
    assert not (tmp_path / "data" / "resume.json").exists()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_our_cmd_export_imports_back_with_every_role_and_headline_and_no_extra_role(
    demo, tmp_path, fmt
):
    path = _exported(demo, "cmd", fmt, tmp_path)
    fresh = tmp_path / "fresh"
    run_cli("import", "resume", path, "--data-dir", fresh)
    stored_roles, stored_results, _ = _stored(demo)
    roles, results, _ = _stored(fresh)
    assert sorted((r.title, r.employer, r.start) for r in roles) == sorted(
        (r.title, r.employer, r.start) for r in stored_roles
    )
    assert sorted(a.headline for a in results) == sorted(a.headline for a in stored_results)
    # the story lines under each headline are its parts, not roles or lost
    by_headline = {a.headline: a for a in results}
    role_of = {r.id: (r.title, r.employer) for r in roles}
    stored_role_of = {r.id: (r.title, r.employer) for r in stored_roles}
    for original in stored_results:
        read = by_headline[original.headline]
        if original.role_id in stored_role_of:
            assert role_of[read.role_id] == stored_role_of[original.role_id]
        assert read.impact == original.impact
        assert same_date(read.date, original.date)  # printed to the month
        assert bool(read.situation) == bool(original.situation.strip())
        assert len(read.metrics) == len(original.metrics)
        assert len(read.skill_ids) == len(original.skill_ids)
    if fmt == "docx":  # the PDF may print a glyph its font lacks otherwise ("→" as "->")
        for original in stored_results:
            read = by_headline[original.headline]
            story = (read.situation, read.task, read.action, read.result, read.metrics)
            assert story == (
                original.situation,
                original.task,
                original.action,
                original.result,
                original.metrics,
            )
