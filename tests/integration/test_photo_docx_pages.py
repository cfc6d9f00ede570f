"""A résumé with the photo paginates in LibreOffice as its PDF does: the DOCX's photo floats at
the top right and what follows the contact block starts below it, where the PDF starts it.

Runs where LibreOffice is installed (.ci/run installs it); one soffice run converts every file.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.look import DocumentLook
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.catalog import load_catalog
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import ExportRequest, export_document, run_to_end
from resume_builder.services.photo import photo_from_bytes
from tests.integration.libreoffice import convert_to_pdf
from tests.photos import portrait_bytes
from tests.unit.export.test_keep_together import TODAY

TEMPLATES = sorted(load_catalog(paths.templates_dir()).styles)
#: the points a first heading may sit higher or lower in LibreOffice than in the PDF
HEADING_TOLERANCE = 1.5


def _first_heading_top(path: Path, heading: str) -> float:
    """How far below the page's top the first heading's first word is set (points)."""
    page = PdfReader(io.BytesIO(path.read_bytes())).pages[0]
    found: list[float] = []

    def visit(text, cm, tm, font, size):
        if not found and text.strip().casefold() == heading.casefold():
            found.append(float(page.mediabox.top) - tm[5] * cm[3] - cm[5])

    page.extract_text(visitor_text=visit)
    assert found, f"no {heading!r} on page one of {path.name}"
    return found[0]


@pytest.mark.slow
def test_libreoffice_lays_out_each_photo_resume_as_its_pdf(tmp_path: Path) -> None:
    photo = photo_from_bytes(portrait_bytes(), "me.jpg")
    snapshot = CareerSnapshot.from_records([*demo_records(TODAY), photo])
    names = []
    for template in TEMPLATES:
        for target in (1, 2):
            name = f"{template}-{target}"
            names.append(name)
            for format_ in ("pdf", "docx"):
                request = ExportRequest(
                    format=format_,
                    template=template,
                    output=tmp_path / f"{name}.{format_}",
                    resume=ResumeOptions(today=TODAY, page_target=target),
                    look=DocumentLook(photo=True),
                )
                run_to_end(export_document(request, snapshot, paths.templates_dir()))
    convert_to_pdf(sorted(tmp_path.glob("*.docx")), tmp_path / "lo", tmp_path / "profile")
    for name in names:
        pdf, laid_out = tmp_path / f"{name}.pdf", tmp_path / "lo" / f"{name}.pdf"
        assert len(PdfReader(laid_out).pages) == len(PdfReader(pdf).pages), name
        top, lo_top = _first_heading_top(pdf, "summary"), _first_heading_top(laid_out, "summary")
        assert abs(top - lo_top) <= HEADING_TOLERANCE, (name, top, lo_top)
        objects = PdfReader(laid_out).pages[0]["/Resources"].get("/XObject", {})
        assert any(o.get_object()["/Subtype"] == "/Image" for o in objects.values()), name
