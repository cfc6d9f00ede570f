"""Counts in documents take the noun form their number needs, in every document language."""

from __future__ import annotations

import io

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Role
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document
from resume_builder.export.locale import LANGUAGES, count_of, is_singular, with_count
from resume_builder.export.render_docx import render_docx
from resume_builder.export.render_pdf import render_pdf
from resume_builder.export.style import Style


def career(roles: int, accomplishments: int) -> CareerSnapshot:
    """A career of `roles` roles; the accomplishments all belong to the first role."""
    made = [
        Role(title=f"Title {n}", employer=f"Employer {n}", start=PartialDate(2010 + n, 1))
        for n in range(roles)
    ]
    items = [
        Accomplishment(headline=f"Result number {n}", role_id=made[-1].id)
        for n in range(accomplishments)
    ]
    return CareerSnapshot.from_records([Profile(name="Dana Example"), *made, *items])


def pdf_text(snapshot: CareerSnapshot, language: str) -> str:
    buffer = io.BytesIO()
    render_pdf(build_career_document(snapshot, Style(), language), Style(), buffer)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    return " ".join(text.split())


def docx_text(snapshot: CareerSnapshot, language: str) -> str:
    buffer = io.BytesIO()
    render_docx(build_career_document(snapshot, Style(), language), Style(), buffer)
    document = DocxDocument(io.BytesIO(buffer.getvalue()))
    return " ".join(" ".join(p.text for p in document.paragraphs).split())


READERS = pytest.mark.parametrize("read", [pdf_text, docx_text], ids=["pdf", "docx"])


@READERS
def test_the_cmd_overview_says_one_accomplishment_and_one_role(read):
    text = read(career(roles=1, accomplishments=1), "en")
    assert "1 accomplishment · 1 role" in text
    assert "1 accomplishments" not in text and "1 roles" not in text
    # the role's own line counts its accomplishments too
    assert "), 1 accomplishment" in text


@READERS
def test_the_cmd_overview_says_three_accomplishments_and_two_roles(read):
    text = read(career(roles=2, accomplishments=3), "en")
    assert "3 accomplishments · 2 roles" in text
    assert "), 3 accomplishments" in text  # the newest role holds them all
    assert "), 0 accomplishments" in text  # and the other one none


@READERS
@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("sv", "1 prestation · 1 roll", "3 prestationer · 2 roller"),
        ("de", "1 Erfolg · 1 Position", "3 Erfolge · 2 Positionen"),
        ("fr", "1 réalisation · 1 poste", "3 réalisations · 2 postes"),
        ("es", "1 logro · 1 puesto", "3 logros · 2 puestos"),
    ],
)
def test_the_cmd_overview_in_each_document_language(read, language, one, many):
    assert one in read(career(roles=1, accomplishments=1), language)
    assert many in read(career(roles=2, accomplishments=3), language)


def test_every_document_language_has_both_forms_of_every_counted_noun():
    for language in LANGUAGES:
        for noun in ("accomplishment", "role"):
            one, many = count_of(1, noun, language), count_of(2, noun, language)
            assert one.startswith("1 ") and many.startswith("2 ")
            assert one[2:] != many[2:], (language, noun)


def test_zero_is_plural_except_in_french():
    assert count_of(0, "role", "en") == "0 roles"
    assert count_of(0, "role", "sv") == "0 roller"
    assert count_of(0, "role", "de") == "0 Positionen"
    assert count_of(0, "role", "es") == "0 puestos"
    assert count_of(0, "role", "fr") == "0 poste"
    assert count_of(2, "role", "fr") == "2 postes"
    assert not is_singular(-1, "en")


def test_an_unknown_language_counts_in_english():
    assert count_of(1, "accomplishment", "fi") == "1 accomplishment"
    assert count_of(5, "accomplishment", "fi") == "5 accomplishments"


def test_with_count_takes_the_forms_it_is_given():
    assert with_count(1, "entry", "entries") == "1 entry"
    assert with_count(11, "entry", "entries") == "11 entries"
