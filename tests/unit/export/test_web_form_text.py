"""Text that survives a web form and a narrow page: whole contact items, no dangling "·",
and a language tag that follows what the user wrote, not the headings' language.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Role
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.content_language import text_language
from resume_builder.export.document import Contact, Document, DocumentMeta, Run
from resume_builder.export.render_docx import render_docx
from resume_builder.export.render_pdf import render_pdf
from resume_builder.export.render_text import render_markdown, render_plain_text
from resume_builder.export.style import Style

PHONE = "+46 70 555 01 23"
ITEMS = [
    Run("dana.lindqvist@example.com", link="mailto:dana.lindqvist@example.com"),
    Run(PHONE),
    Run("Stockholm, Sweden"),
    Run("linkedin.com/in/dana-lindqvist-demo", link="https://linkedin.com/in/dana-lindqvist-demo"),
    Run("github.com/dana-lindqvist-demo", link="https://github.com/dana-lindqvist-demo"),
    Run("+46 8 555 000 11"),
]


def contact_document() -> Document:
    return Document(
        meta=DocumentMeta(title="t", author="a"),
        contact=Contact(name="Dana Lindqvist", headline="Leader", items=ITEMS),
    )


def pdf_lines(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [line.strip() for line in reader.pages[0].extract_text().split("\n") if line.strip()]


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_pdf_contact_lines_keep_items_whole_with_no_separator_at_a_line_edge(page_size):
    out = io.BytesIO()
    render_pdf(contact_document(), Style(), out, page_size=page_size)
    lines = pdf_lines(out.getvalue())
    contact = [line for line in lines if "@" in line or "+46" in line or "github" in line]
    assert len(contact) >= 2  # the items do not fit one line, so they were packed onto lines
    for line in contact:
        assert not line.startswith("·") and not line.endswith("·"), line
    flat = [" ".join(line.split()) for line in contact]
    for item in ITEMS:
        assert any(item.text in line for line in flat), f"{item.text!r} broke across lines"


def test_docx_contact_items_hold_no_breakable_space_and_are_packed_onto_lines_as_in_the_pdf():
    out = io.BytesIO()
    render_docx(contact_document(), Style(), out)
    paragraph = next(
        p for p in docx.Document(io.BytesIO(out.getvalue())).paragraphs if "@" in p.text
    )
    text = paragraph.text
    assert PHONE.replace(" ", "\u00a0") in text
    assert "+46\u00a08\u00a0555\u00a0000\u00a011" in text
    # Whole items on each line, as the PDF packs them: a "·" only between two items of a line
    # (never after one, where Word could break), and a line break between the lines.
    lines = text.split("\n")
    assert len(lines) >= 2
    assert sum(line.count(" ·\u00a0") for line in lines) == len(ITEMS) - len(lines)
    assert "· " not in text
    for line in lines:
        assert not line.startswith("·") and not line.endswith("·"), line


@pytest.mark.parametrize("render", [render_plain_text, render_markdown])
def test_text_contact_line_is_one_line_that_breaks_only_before_a_separator(render):
    text = render(contact_document())
    line = next(line for line in text.split("\n") if "@" in line)
    assert PHONE.replace(" ", "\u00a0") in line
    assert line.count(" ·\u00a0") == len(ITEMS) - 1 and "· " not in line


# ----------------------------------------------------------------------------- language tag
ENGLISH = [
    "Cut the incident volume by 38% across the three data centres with a new on-call rota",
    "Moved 140 services to the cloud platform within budget and on time for the audit",
    "Built the team of twelve engineers that runs the platform for all of the group's sites",
]


def english_career() -> CareerSnapshot:
    role = Role(title="Director", employer="Acme", start=PartialDate(2020))
    return CareerSnapshot.from_records(
        [
            Profile(name="Dana", summary="Leads platform teams that keep the lights on."),
            role,
            *(Accomplishment(headline=h, role_id=role.id, date=PartialDate(2023)) for h in ENGLISH),
        ]
    )


@pytest.mark.parametrize("language", ["sv", "de", "en"])
def test_an_export_of_english_content_is_tagged_english_whatever_its_headings(language):
    options = ResumeOptions(language=language, today=date(2026, 11, 23))
    document = build_resume(english_career(), Style(), options).document
    assert document.meta.language == "en"
    assert build_career_document(english_career(), Style(), language).meta.language == "en"
    pdf, word = io.BytesIO(), io.BytesIO()
    render_pdf(document, Style(), pdf)
    render_docx(document, Style(), word)
    assert PdfReader(io.BytesIO(pdf.getvalue())).trailer["/Root"]["/Lang"] == "en"
    styles = docx.Document(io.BytesIO(word.getvalue())).styles.element
    assert styles.xpath("string(//w:docDefaults//w:lang/@w:val)") == "en"


def test_text_language_needs_clear_evidence_to_overrule_the_export_language():
    swedish = (
        "Vi byggde plattformen för att teamet skulle kunna arbeta med kunderna och leverera "
        "på tid, som vi lovat"
    )
    assert text_language([swedish], "en") == "sv"
    assert text_language(["Kubernetes, Terraform, AWS"], "de") == "de"  # nothing to tell by
    assert text_language(["the and of"], "sv") == "sv"  # too few words to be sure
    mixed = " ".join(ENGLISH[:2]) + " " + swedish
    assert text_language([mixed], "sv") == "sv"  # no clear lead: the export's language stays
