"""Paper sizes are declared once: the sizes a user can pick are the sizes every format draws."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Mm
from pypdf import PdfReader

from resume_builder.domain.preferences import PAPER_SIZES
from resume_builder.export.document import Document, DocumentMeta
from resume_builder.export.paper import PAPER_MM, paper_mm, paper_name
from resume_builder.export.render_docx import render_docx
from resume_builder.export.render_pdf import render_pdf
from resume_builder.export.style import Style
from resume_builder.services import documents


def test_the_sizes_a_user_can_pick_are_the_sizes_drawn() -> None:
    assert tuple(PAPER_MM) == PAPER_SIZES == documents.PAGE_SIZES


@pytest.mark.parametrize("typed", ["letter", " LETTER ", "Letter"])
def test_a_size_is_found_whatever_its_case(typed: str) -> None:
    assert paper_name(typed) == "Letter" and paper_mm(typed) == (215.9, 279.4)


def test_an_unknown_size_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="“A5”: use A4 or Letter"):
        paper_mm("A5")


@pytest.mark.parametrize("name", list(PAPER_MM))
def test_pdf_and_docx_pages_have_the_same_size(name: str) -> None:
    document = Document(meta=DocumentMeta(title="", author=""), contact=None, sections=[])
    pdf, word = io.BytesIO(), io.BytesIO()
    render_pdf(document, Style(), pdf, page_size=name.lower())
    render_docx(document, Style(), word, page_size=name.lower())
    box = PdfReader(io.BytesIO(pdf.getvalue())).pages[0].mediabox
    section = docx.Document(io.BytesIO(word.getvalue())).sections[0]
    width, height = PAPER_MM[name]
    assert float(box.width) == pytest.approx(width * 72 / 25.4, abs=0.01)
    assert float(box.height) == pytest.approx(height * 72 / 25.4, abs=0.01)
    assert abs(section.page_width - Mm(width)) < Mm(0.01)
    assert abs(section.page_height - Mm(height)) < Mm(0.01)
