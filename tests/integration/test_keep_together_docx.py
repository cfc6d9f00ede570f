"""Keep-together in a DOCX as LibreOffice paginates it: no heading, entry heading or CMD story
headline (or its "date · impact" line) ends a page cut off from what it introduces.

Runs where LibreOffice is installed (.ci/run installs it); one soffice run converts every file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.render_docx import render_docx
from resume_builder.services.demo import demo_records
from tests.integration.libreoffice import convert_to_pdf
from tests.unit.export.test_keep_together import (
    CATALOG,
    TODAY,
    _body_lines,
    _long_career,
    _must_not_end_a_page,
    _stranded,
)


def test_libreoffice_pages_of_the_docx_keep_headings_with_what_follows(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    demo = CareerSnapshot.from_records(demo_records(TODAY))
    documents = {}
    for template in sorted(CATALOG.styles):
        style = CATALOG.require(template)
        documents[f"cmd-{template}"] = (
            demo,
            style,
            build_career_document(demo, style, "en", today=TODAY),
        )
        long = _long_career()
        resume = build_resume(long, style, ResumeOptions(today=TODAY, page_target=None)).document
        documents[f"long-{template}"] = (long, style, resume)
    for name, (_, style, document) in documents.items():
        render_docx(document, style, tmp_path / f"{name}.docx")
    convert_to_pdf(sorted(tmp_path.glob("*.docx")), tmp_path / "pdf", tmp_path / "profile")
    for name, (snapshot, style, document) in documents.items():
        pages = _body_lines(PdfReader(tmp_path / "pdf" / f"{name}.pdf"), snapshot.profile.name)
        # The DOCX skills index lists story headlines in table cells (with no page numbers to
        # tell them apart): only the pages before it are read.
        index = "SKILLS INDEX" if style.heading_upper else "Skills index"
        cut = next((n for n, lines in enumerate(pages) if index in lines), len(pages))
        forbidden = _must_not_end_a_page(document, style.heading_upper)
        assert len(pages) >= 2, name
        assert _stranded(pages[: cut + 1], forbidden) == [], name
