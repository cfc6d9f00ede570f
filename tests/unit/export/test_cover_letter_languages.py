"""The cover letter in each of its five languages, read back from PDF, DOCX and plain text."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.models import Target
from resume_builder.domain.options import LetterOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.locale import format_full_date
from resume_builder.services.cover_letter import (
    LETTER_LANGUAGES,
    draft_letter,
    letter_template,
    subject_line,
    suggest_pitch,
)
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import ExportRequest, export_document, run_to_end
from resume_builder.services.targets import best_accomplishments, tailor_target

DAY = date(2026, 11, 23)
COMPANY = "Northwind Retail"
TITLE = "Head of IT Operations"


@pytest.fixture(scope="module")
def demo() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))


@pytest.fixture(scope="module")
def best(demo: CareerSnapshot) -> list:
    posting = "Head of IT Operations. Requirements: ITIL, incident management, Azure, FinOps."
    target = Target(company=COMPANY, title=TITLE, posting=posting)
    return best_accomplishments(tailor_target(target, demo, today=date(2026, 3, 1)).chosen, demo)


def letter_in(language: str, demo: CareerSnapshot, best: list) -> str:
    pitch = suggest_pitch(demo, best, language=language)
    return draft_letter(
        Target(company=COMPANY, title=TITLE, pitch=pitch), demo, best, language=language
    )


def export(demo: CareerSnapshot, text: str, fmt: str, language: str) -> bytes:
    request = ExportRequest(kind="letter", format=fmt, template="classic", language=language)
    request.letter = LetterOptions(text=text, company=COMPANY, title=TITLE, today=DAY)
    return run_to_end(export_document(request, demo, paths.templates_dir())).data


def read_back(data: bytes, fmt: str) -> str:
    """The text a reader (or a parser) gets back, blanks and line ends made single spaces."""
    if fmt == "pdf":
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    elif fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    else:
        text = data.decode("utf-8")
    return " ".join(text.replace("\u00a0", " ").split())


def fixed_phrases(language: str) -> list[str]:
    """The template sentences a letter to COMPANY for TITLE uses, and its date and subject."""
    words = letter_template(language)
    keys = ("greeting_company", "opening_title_company", "results_intro", "closing_company")
    return [
        format_full_date(DAY, language),
        subject_line(TITLE, COMPANY, language),
        *(words[key].format(company=COMPANY, title=TITLE) for key in keys),
        words["sign_off"],
    ]


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_the_whole_letter_is_in_the_chosen_language(
    demo: CareerSnapshot, best: list, language: str, fmt: str
) -> None:
    text = read_back(export(demo, letter_in(language, demo, best), fmt, language), fmt)
    for phrase in fixed_phrases(language):
        assert flat(phrase) in text, (language, fmt, phrase)
    if language != "en":
        for phrase in fixed_phrases("en"):
            assert flat(phrase) not in text, (language, fmt, phrase)
    # The résumé summary, in the third person, is not pasted into a letter signed "I".
    summary = demo.profile.summary
    assert summary and flat(summary) not in text
    assert flat(summary.split(".")[0]) not in text
    # The user's own words stay as written: the demo's first result, untranslated.
    assert flat(best[1].headline) in text


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_the_subject_line_is_bold_in_docx_and_under_the_date(
    demo: CareerSnapshot, best: list, language: str
) -> None:
    data = export(demo, letter_in(language, demo, best), "docx", language)
    paragraphs = [p for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]
    dated = texts.index(format_full_date(DAY, language))
    subject = paragraphs[dated + 1]
    assert subject.text == subject_line(TITLE, COMPANY, language)
    assert all(run.bold for run in subject.runs if run.text.strip())
    assert texts[dated + 2] == letter_template(language)["greeting_company"].format(company=COMPANY)


def test_the_suggested_pitch_of_the_demo_is_first_person_and_its_own(
    demo: CareerSnapshot, best: list
) -> None:
    pitch = suggest_pitch(demo, best)
    assert pitch.startswith("I ")
    assert demo.profile.summary not in pitch
    role = next(r for r in demo.roles if r.id == best[0].role_id)
    assert f"{role.title} at {role.employer}" in pitch
