"""Every renderer puts a project's and a volunteering's bullets under their entries (read back)."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Project, Role, Volunteer
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_resume
from resume_builder.export.style import Style
from resume_builder.services.documents import render

JOB = Role(title="Director", employer="Globex", start=PartialDate(2019), end=PRESENT)
APP = Project(name="Fika finder", start=PartialDate(2023), end=PRESENT)
MENTOR = Volunteer(position="Mentor", organization="Kodkollektivet", start=PartialDate(2021))
JOB_WIN = "Cut cloud spend by 30% in one year"
APP_WIN = "Shipped offline maps to 2,000 app users"
MENTOR_WIN = "Mentored 14 career changers into IT jobs"


def snapshot() -> CareerSnapshot:
    return CareerSnapshot.from_records(
        [
            Profile(name="Jo Berg"),
            JOB,
            APP,
            MENTOR,
            Accomplishment(headline=JOB_WIN, role_id=JOB.id, date=PartialDate(2024), impact=5),
            Accomplishment(headline=APP_WIN, role_id=APP.id, date=PartialDate(2024)),
            Accomplishment(headline=MENTOR_WIN, role_id=MENTOR.id, date=PartialDate(2022)),
        ]
    )


def read_back(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    if fmt == "docx":
        from docx import Document

        return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    return data.decode("utf-8")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "txt"])
def test_each_bullet_sits_under_its_own_entry(fmt):
    career = snapshot()
    options = ResumeOptions(today=date(2026, 1, 1))
    document = build_resume(career, Style(), options).document
    data, _pages, _warnings = render(document, Style(), fmt, "A4", career)
    text = read_back(fmt, data)
    at = {word: text.index(word) for word in (JOB_WIN, APP_WIN, MENTOR_WIN)}
    headings = {word: text.casefold().index(word) for word in ("projects", "volunteering")}
    # the role's bullet in the experience; the project's after its name, under Projects; the
    # volunteering's after its position, under Volunteering
    assert at[JOB_WIN] < headings["projects"] < text.index("Fika finder") < at[APP_WIN]
    assert at[APP_WIN] < headings["volunteering"] < text.index("Kodkollektivet") < at[MENTOR_WIN]


def test_the_json_resume_lists_them_as_the_projects_and_the_volunteerings_highlights():
    career = snapshot()
    data, _pages, _warnings = render(None, Style(), "json", "A4", career, None)
    document = json.loads(data)
    assert document["work"][0]["highlights"] == [JOB_WIN]
    assert document["projects"][0]["highlights"] == [APP_WIN]
    assert document["volunteer"][0]["highlights"] == [MENTOR_WIN]
