"""Exporting through services.documents: every template fits the demo career to its target."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.export.builders import CareerSnapshot
from resume_builder.export.style import available_styles
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import ExportRequest, export_document, run_to_end

TEMPLATES = sorted(available_styles(paths.templates_dir()))


@pytest.fixture(scope="module")
def demo_snapshot() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("target", [1, 2])
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_fits_the_demo_career_to_its_page_target(
    demo_snapshot: CareerSnapshot, template: str, target: int, page_size: str
) -> None:
    request = ExportRequest(kind="resume", format="pdf", template=template, page_size=page_size)
    request.resume.page_target = target
    result = run_to_end(export_document(request, demo_snapshot, paths.templates_dir()))
    pages = len(PdfReader(io.BytesIO(result.data)).pages)
    assert pages <= target
    assert result.fit is not None
    assert result.fit.fits and result.fit.pages == pages == result.pages
    assert f"within the {target}-page target" in result.fit.describe()
    if target == 1:
        # The demo career needs two pages: one page means the automatic choice cut some.
        assert result.fit.left_out
    text = PdfReader(io.BytesIO(result.data)).pages[0].extract_text()
    assert demo_snapshot.profile.name in text
