"""Expired certificates: left out of résumés unless asked for, marked in the CMD."""

from datetime import date

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Certification, Profile, Role
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.document import inline_text
from resume_builder.export.style import Style

TODAY = date(2026, 11, 23)


def snapshot() -> CareerSnapshot:
    return CareerSnapshot.from_records(
        [
            Profile(name="Dana Demo"),
            Role(title="Engineer", employer="Acme", start=PartialDate(2020)),
            Certification(
                name="Lapsed CKA",
                issuer="CNCF",
                date=PartialDate(2019, 3),
                expires=PartialDate(2024, 3),
                credential_id="CKA-42",
            ),
            Certification(
                name="Current AWS",
                issuer="Amazon",
                date=PartialDate(2025, 1),
                expires=PartialDate(2028, 1),
            ),
            Certification(name="Lifelong ITIL", issuer="Axelos", date=PartialDate(2021)),
        ]
    )


def certificate_lines(document) -> list[str]:
    section = next((s for s in document.sections if s.key == "certifications"), None)
    return [inline_text(b.runs) for b in section.children] if section else []


def test_a_resume_leaves_expired_certificates_out_by_default():
    options = ResumeOptions(today=TODAY)
    lines = certificate_lines(build_resume(snapshot(), Style(), options).document)
    assert [line.split(" — ")[0] for line in lines] == ["Current AWS", "Lifelong ITIL"]


def test_a_resume_lists_them_when_asked_to():
    options = ResumeOptions(today=TODAY, include_expired=True)
    lines = certificate_lines(build_resume(snapshot(), Style(), options).document)
    assert [line.split(" — ")[0] for line in lines] == [
        "Current AWS",
        "Lifelong ITIL",
        "Lapsed CKA",
    ]


def test_a_certificate_expiring_this_month_is_still_on_the_resume():
    options = ResumeOptions(today=date(2024, 3, 31))
    lines = certificate_lines(build_resume(snapshot(), Style(), options).document)
    assert any(line.startswith("Lapsed CKA") for line in lines)


def test_the_cmd_marks_an_expired_certificate_and_gives_expiry_and_credential_id():
    document = build_career_document(snapshot(), Style(date_format="iso"), "en", today=TODAY)
    lines = certificate_lines(document)
    assert "Lapsed CKA — CNCF, 2019-03, expired 2024-03, credential ID CKA-42" in lines
    assert "Current AWS — Amazon, 2025-01, expires 2028-01" in lines
    assert "Lifelong ITIL — Axelos, 2021" in lines


def test_the_cmd_says_expired_in_the_document_language():
    document = build_career_document(snapshot(), Style(), "sv", today=TODAY)
    lapsed = next(line for line in certificate_lines(document) if "CKA" in line)
    assert "utgick" in lapsed and "certifikat-id CKA-42" in lapsed
