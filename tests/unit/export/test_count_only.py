"""Fitting counts the pages of each draft without making its PDF (render_pdf's count_only):
the count must be the page count of the PDF itself, for every template and document kind."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.catalog import load_catalog
from resume_builder.export.render_pdf import render_pdf
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import count_pages, load_template
from tests.unit.export.test_keep_together import TODAY, _long_career

TEMPLATES = sorted(load_catalog(paths.templates_dir()).styles)


@pytest.fixture(scope="module")
def careers() -> dict[str, CareerSnapshot]:
    return {"demo": CareerSnapshot.from_records(demo_records(TODAY)), "long": _long_career()}


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize(
    ("career", "kind", "target"),
    [("demo", "resume", None), ("demo", "resume", 1), ("long", "resume", 2), ("demo", "cmd", 0)],
)
def test_counting_the_pages_gives_the_pdfs_own_page_count(careers, template, career, kind, target):
    style = load_template(paths.templates_dir(), template)
    snapshot = careers[career]
    if kind == "cmd":
        document = build_career_document(snapshot, style, "en", today=TODAY)
    else:
        options = ResumeOptions(today=TODAY, page_target=target)
        document = build_resume(snapshot, style, options).document
    buffer = io.BytesIO()
    report = render_pdf(document, style, buffer)
    pages = len(PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert report.pages == pages
    assert count_pages(document, style, "A4") == pages
    assert render_pdf(document, style, None, count_only=True).pages == pages
