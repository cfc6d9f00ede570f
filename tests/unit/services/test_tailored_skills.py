"""A résumé cut for a posting lists the skills the posting asks for first, and leaves out the
skills with no bearing on it (services.asked_for.resume_skill_ids, export.builders.background).
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from resume_builder.cli.main import main
from resume_builder.domain.models import Accomplishment, Profile, Role, Skill, Target
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.background import skills_paragraphs
from resume_builder.services.asked_for import resume_skill_ids
from resume_builder.services.demo import demo_records
from resume_builder.services.targets import tailor_target
from resume_builder.storage.repository import Repository

POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"
ITSM = (POSTINGS / "05-itsm-manager.txt").read_text(encoding="utf-8")


def skills_text(snapshot, skill_ids=None) -> list[str]:
    return [
        "".join(run.text for run in paragraph.runs)
        for paragraph in skills_paragraphs(snapshot, skill_ids)
    ]


def small_career() -> CareerSnapshot:
    role = Role(title="Service Delivery Manager", employer="Halvard")
    itil = Skill(name="ITIL", category="Operations")
    cicd = Skill(name="CI/CD", category="Delivery")
    csharp = Skill(name="C#", category="Languages")
    sql = Skill(name="SQL", category="Languages")
    items = [
        Accomplishment(headline="Ran ITIL 4 change reviews", role_id=role.id, skill_ids=[itil.id]),
        Accomplishment(headline="Built a C# print service", role_id=role.id, skill_ids=[csharp.id]),
        Accomplishment(
            headline="Moved reports to SQL views", role_id=role.id, skill_ids=[sql.id, itil.id]
        ),
        Accomplishment(headline="Set up pipelines", role_id=role.id, skill_ids=[cicd.id]),
    ]
    return CareerSnapshot(
        profile=Profile(name="Ada"),
        roles=[role],
        skills=[itil, cicd, csharp, sql],
        accomplishments=items,
    )


def test_the_skills_asked_for_lead_and_the_rest_follow_only_when_the_bullets_show_them():
    snapshot = small_career()
    itil, cicd, csharp, sql = snapshot.skills
    sql_bullet = snapshot.accomplishments[2]
    target = Target(
        title="Service manager",
        posting="Must have: continuous delivery and ITIL. You have run a service desk.",
    )
    requirements = tailor_target(target, snapshot).requirements
    ids = resume_skill_ids(requirements, [sql_bullet.id], snapshot)
    # "continuous delivery" finds CI/CD through the concept both name; SQL is on a bullet
    # the résumé shows; C# is on no bullet shown and the posting does not ask for it.
    assert set(ids[:2]) == {itil.id, cicd.id}
    assert ids[2:] == [sql.id]
    lines = skills_text(snapshot, ids)
    assert lines[0].split(":")[0] in {"Operations", "Delivery"}
    assert not any("C#" in line for line in lines)
    # Without a posting, every proven skill, by category name as before.
    assert resume_skill_ids([], [sql_bullet.id], snapshot) is None
    assert skills_text(snapshot) == [
        "Delivery: CI/CD",
        "Languages (skills): C#, SQL",
        "Operations: ITIL",
    ]


def pdf_skills_line(pdf: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    after = text.split("SKILLS", 1)[1]
    return " ".join(after.split())


@pytest.fixture
def itsm_career(tmp_path):
    folder = tmp_path / "data"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    with Repository.open(folder) as repository:
        repository.put(Target(name="ITSM", title="ITSM Manager", company="Acme", posting=ITSM))
    return folder


def test_a_tailored_pdf_from_the_command_line_lists_the_postings_skills_first(
    itsm_career, tmp_path
):
    general = tmp_path / "general.pdf"
    tailored = tmp_path / "tailored.pdf"
    base = ["export", "resume", "--format", "pdf", "--data-dir", str(itsm_career)]
    assert main([*base, "-o", str(general)]) == 0
    assert main([*base, "--target", "ITSM", "-o", str(tailored)]) == 0
    assert "C#" in pdf_skills_line(general)
    line = pdf_skills_line(tailored)
    assert "C#" not in line and ".NET" not in line
    assert line.startswith("Operations: ITIL")


def test_the_demo_records_have_the_skills_the_tests_above_lean_on():
    names = {s.name for s in demo_records() if isinstance(s, Skill)}
    assert {"ITIL", "C#", ".NET"} <= names


def test_a_skills_group_named_like_a_section_is_labelled_as_skills_in_pdf_and_docx(tmp_path):
    """A parser cutting sections at their headings would start "Languages" at a skills group
    of that name and lose the skills after it; the group says it is skills, the section stays.
    """
    import docx

    from resume_builder.domain.models import Language
    from resume_builder.export.builders import build_resume
    from resume_builder.export.render_docx import render_docx
    from resume_builder.export.render_pdf import render_pdf
    from resume_builder.export.style import Style

    snapshot = replace(small_career(), languages=(Language(language="Swedish", fluency="Native"),))
    for language, label, section in (
        ("en", "Languages (skills):", "LANGUAGES"),
        ("sv", "Languages (kompetenser):", "SPRÅK"),
    ):
        document = build_resume(snapshot, Style(), ResumeOptions(language=language)).document
        pdf, out = io.BytesIO(), tmp_path / f"{language}.docx"
        render_pdf(document, Style(), pdf)
        render_docx(document, Style(), out)
        lines = [
            line.strip()
            for page in PdfReader(io.BytesIO(pdf.getvalue())).pages
            for line in page.extract_text().splitlines()
        ]
        paragraphs = [p.text.strip() for p in docx.Document(str(out)).paragraphs]
        for text in (lines, paragraphs):
            assert any(t.startswith(label) for t in text), text
            # no line is a bare "Languages:" label, and the real section heading is there
            assert not any(t.casefold().startswith(section.casefold() + ":") for t in text)
            assert any(t.casefold() == section.casefold() for t in text)


def test_a_skill_in_a_narrower_concept_is_asked_for_by_its_broader_one():
    # "patient safety" asks for infection control (a narrower concept); "pressure injuries"
    # does not ask for hand hygiene, a neighbour of it.
    hygiene = Skill(name="Hand hygiene audits", category="Care")
    budget = Skill(name="Budgeting", category="Finance")
    snapshot = CareerSnapshot(profile=Profile(name="Hanna"), skills=[hygiene, budget])
    from resume_builder.services.tailoring import Requirement

    broad = [Requirement("patient safety", kind="phrase", concepts=("patient_safety",))]
    assert resume_skill_ids(broad, [], snapshot) == [hygiene.id]
    narrow = [
        Requirement(
            "pressure injuries", kind="phrase", concepts=("patient_safety.pressure_ulcers",)
        )
    ]
    assert resume_skill_ids(narrow, [], snapshot) is None
