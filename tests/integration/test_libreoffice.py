"""LibreOffice opens every template's DOCX (résumé and CMD) and converts it to PDF.

Word is not available in CI; LibreOffice's importer is strict enough to catch a malformed
document. One soffice run converts all files (start-up is most of its time), with a profile
of its own: a second soffice sharing a profile fails silently.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.catalog import load_catalog
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import ExportRequest, export_document, run_to_end
from tests.integration.libreoffice import convert_to_pdf

TEMPLATES = sorted(load_catalog(paths.templates_dir()).styles)
SECONDS_PER_FILE = 120


def normalised(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.slow
def test_libreoffice_converts_every_template_docx_to_pdf(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    snapshot = CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))
    sources = tmp_path / "docx"
    sources.mkdir()
    requests = [
        ExportRequest(kind="resume", format="docx", template=key, output=sources / f"{key}.docx")
        for key in TEMPLATES
    ]
    requests.append(
        ExportRequest(kind="cmd", format="docx", template=TEMPLATES[0], output=sources / "cmd.docx")
    )
    for request in requests:
        run_to_end(export_document(request, snapshot, paths.templates_dir()))
    files = [request.output for request in requests]
    assert all(path.stat().st_size > 0 for path in files)

    out = tmp_path / "pdf"
    profile = tmp_path / "lo-profile"
    result = convert_to_pdf(files, out, profile, timeout=SECONDS_PER_FILE * len(files))

    name = snapshot.profile.name
    newest_role = max(snapshot.roles, key=lambda role: role.start.sort_key()).title
    for path in files:
        pdf = out / f"{path.stem}.pdf"
        assert pdf.is_file(), f"{path.name} was not converted: {result.stdout} {result.stderr}"
        reader = PdfReader(pdf)
        assert len(reader.pages) >= 1
        text = normalised(" ".join(page.extract_text() for page in reader.pages))
        assert name in text, f"{pdf.name}: name missing"
        assert newest_role in text, f"{pdf.name}: role title missing"
