"""What the command line counts agrees with the number: "1 record", "2 records"."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_builder.cli.main import main
from resume_builder.domain.models import Accomplishment, Education, Role, Target, TargetExport
from resume_builder.services.fit_report import FitReport
from resume_builder.services.importing.plan import ImportPlan, PlanItem
from resume_builder.storage.repository import Repository

POSTING = "Head of Platform\n\nRequirements:\n- Kubernetes experience (required)\n"


def folder_with(tmp_path: Path, *records) -> Path:
    folder = tmp_path / "data"
    with Repository.open(folder) as repository:
        repository.apply(put=list(records))
    return folder


def run(capsys, *args) -> str:
    assert main([str(a) for a in args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.mark.parametrize(("count", "words"), [(1, "1 record"), (2, "2 records")])
def test_backups_count_their_records(tmp_path, capsys, count, words):
    roles = [Role(title=f"T{n}", employer="E") for n in range(count)]
    folder = folder_with(tmp_path, *roles)
    out = run(capsys, "backup", "--out", tmp_path / "b.zip", "--data-dir", folder)
    assert out.endswith(f"({words}).\n")
    run(capsys, "backup", "create", "--data-dir", folder)
    listing = run(capsys, "backup", "list", "--data-dir", folder)
    assert f" {words} " in listing


def test_the_demo_command_counts_in_plurals(tmp_path, capsys):
    out = run(capsys, "demo", "--data-dir", tmp_path / "demo")
    assert " roles, " in out and " accomplishments, " in out and " skills, " in out
    # the conversations of the demo are counted too, and its eight applications
    assert " people, " in out and " meetings, " in out and " 8 applications, " in out
    assert " 5 organisations and " in out and out.endswith(" milestones in the career plan.\n")


@pytest.mark.parametrize(("count", "words"), [(1, "1 accomplishment"), (2, "2 accomplishments")])
def test_tailor_counts_the_accomplishments_it_ranked(tmp_path, capsys, count, words):
    role = Role(title="Platform lead", employer="Contoso")
    items = [
        Accomplishment(headline=f"Moved {n + 2} services to Kubernetes", role_id=role.id)
        for n in range(count)
    ]
    folder = folder_with(tmp_path, role, *items)
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    out = run(capsys, "tailor", "--job-file", posting, "--data-dir", folder)
    assert f"\nBest {count} of {words}:\n" in out


@pytest.mark.parametrize(("count", "words"), [(1, "1 export"), (2, "2 exports")])
def test_target_list_and_show_count_exports_and_words(tmp_path, capsys, count, words):
    exports = [TargetExport(kind="resume", format="pdf", file=f"cv{n}.pdf") for n in range(count)]
    letter = "Hello" if count == 1 else "Hello there"
    target = Target(name="Acme", posting=POSTING, exports=exports, letter=letter)
    folder = folder_with(tmp_path, target)
    assert f"  {words}, last " in run(capsys, "target", "list", "--data-dir", folder)
    shown = run(capsys, "target", "show", "Acme", "--data-dir", folder)
    assert f"Cover letter: {count} word{'' if count == 1 else 's'}\n" in shown
    assert f"Exports ({count}):" in shown


def test_an_import_plan_counts_each_kind():
    role = Role(title="T", employer="E")
    plan = ImportPlan(
        "resume.json",
        [
            PlanItem(role, "add"),
            PlanItem(Accomplishment(headline="A"), "add"),
            PlanItem(Accomplishment(headline="B"), "add"),
            PlanItem(Education(institution="U"), "match"),
            PlanItem(Education(institution="V"), "skip"),
            PlanItem(Education(institution="W"), "skip"),
        ],
    )
    assert plan.summary() == (
        "adds 2 accomplishments, 1 role; matches 1 education entry; skips 2 education entries"
    )


def test_the_fit_report_counts_pages_and_items():
    assert FitReport(pages=1, target=1, left_out=["Projects"]).describe() == (
        "1 page, within the 1-page target. Left out to fit: 1 item, “Projects”."
    )
    assert FitReport(pages=2, target=2, left_out=["Projects", "Awards"]).describe() == (
        "2 pages, within the 2-page target. Left out to fit: 2 items, first “Projects”."
    )
    assert FitReport(pages=3, target=2, would_drop=["Awards"]).describe() == (
        "3 pages: over the 2-page target. To fit, leave out 1 item: “Awards”."
    )
    assert FitReport(pages=3, target=2, would_drop=["Awards", "B"]).describe() == (
        "3 pages: over the 2-page target. To fit, leave out 2 items, starting with “Awards”."
    )


def test_a_linkedin_warning_counts_one_unsafe_entry(tmp_path):
    import zipfile

    from resume_builder.services.importing.linkedin import parse_linkedin

    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../Skills.csv", "Name\nEvil\n")
        archive.writestr("Skills.csv", "Name\nSQL\n")
    _records, _plan, warnings = parse_linkedin(path)
    assert warnings == ["export.zip: ignored 1 entry with unsafe names: “../Skills.csv”"]


def test_an_unreached_page_target_prints_its_best_attempt(tmp_path, capsys):
    from pypdf import PdfReader

    from tests.unit.services.test_fit_best_attempt import long_career

    career = long_career(40, months=4)  # forty recent roles: no Earlier career to shorten
    folder = folder_with(tmp_path, career.profile, *career.roles, *career.accomplishments)
    out = {}
    for pages in (1, 2):
        target = tmp_path / f"cv-{pages}.pdf"
        printed = run(
            capsys, "export", "resume", "--template", "compact", "--data-dir", folder,
            "-o", target, "--pages", pages,
        )  # fmt: skip
        out[pages] = (printed, len(PdfReader(target).pages))
    printed, one_page_count = out[1]
    assert one_page_count <= out[2][1]
    assert f"{one_page_count} pages: over the 1-page target" in printed
    assert "The closest it comes leaves out " in printed and " items, first “" in printed
    # What went, record by record, and why.
    assert "\nCut:\n- " in printed
    assert (
        "2 bullets of Employer 40 AB (2010–2011): an older role, cut before a recent role's "
        "first 3" in printed
    )
    assert FitReport(pages=2, target=1, left_out=["Awards"]).describe() == (
        "2 pages: over the 1-page target even without any optional part. "
        "The closest it comes leaves out 1 item, “Awards”."
    )
