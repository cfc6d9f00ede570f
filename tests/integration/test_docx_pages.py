"""A DOCX paginates like the PDF: LibreOffice lays every template's DOCX out on as many pages as
the PDF export has, and it does so with the fonts the DOCX carries, on a machine without them.

Runs where LibreOffice is installed (.ci/run installs it). Every file is exported once and all
are converted in one soffice run, with a profile of its own, and with a fontconfig that hides
every Noto font installed on the machine: only the fonts embedded in the files can draw Noto.
"""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document
from resume_builder.export.catalog import load_catalog
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import ExportRequest, export_document, run_to_end
from tests.integration.libreoffice import convert_to_pdf
from tests.unit.export.test_keep_together import TODAY, _long_career

TEMPLATES = sorted(load_catalog(paths.templates_dir()).styles)
#: (snapshot maker, document kind, page target) of each case
CASES = {
    "demo-1-page": ("demo", "resume", 1),
    "demo-2-pages": ("demo", "resume", 2),
    "long-career": ("long", "resume", None),
    "cmd": ("demo", "cmd", None),
}
# Hides the machine's own Noto fonts from LibreOffice (by where they are installed: the fonts
# LibreOffice takes out of a document sit in its profile, under the test's folder).
FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont>
    <rejectfont>
      <glob>/usr/*Noto*</glob>
      <glob>/opt/*Noto*</glob>
      <glob>{home}/*Noto*</glob>
    </rejectfont>
  </selectfont>
</fontconfig>
"""


@dataclass(frozen=True)
class Converted:
    """The exports and what LibreOffice made of their DOCX files."""

    folder: Path
    #: case name ("classic-cmd") -> pages of the PDF export
    pdf_pages: dict[str, int]
    #: case name -> pages LibreOffice laid the DOCX out on
    docx_pages: dict[str, int]


def _without_embedded_fonts(source: Path, target: Path) -> None:
    """A copy of a DOCX whose font table names the fonts but embeds none."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "word/fontTable.xml":
                data = re.sub(rb"<w:embed(Regular|Bold|Italic|BoldItalic) [^>]*/>", b"", data)
            new.writestr(item, data)


def font_names(pdf: Path) -> set[str]:
    """The base names of the fonts a PDF's pages use, without subset tags ("NotoSerif-Bold")."""
    names = set()
    for page in PdfReader(pdf).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            name = str(font.get_object().get("/BaseFont", ""))
            names.add(name.lstrip("/").split("+")[-1])
    return names


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Converted:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    folder = tmp_path_factory.mktemp("docx-pages")
    snapshots = {
        "demo": CareerSnapshot.from_records(demo_records(TODAY)),
        "long": _long_career(),
    }
    pdf_pages = {}
    for template in TEMPLATES:
        for case, (career, kind, target) in CASES.items():
            name = f"{template}-{case}"
            for format_ in ("pdf", "docx"):
                request = ExportRequest(
                    kind=kind,
                    format=format_,
                    template=template,
                    output=folder / f"{name}.{format_}",
                    resume=ResumeOptions(today=TODAY, page_target=target),
                )
                run_to_end(export_document(request, snapshots[career], paths.templates_dir()))
            pdf_pages[name] = len(PdfReader(folder / f"{name}.pdf").pages)
    fontconfig = folder / "fonts.conf"
    fontconfig.write_text(FONTCONFIG.format(home=Path.home()), encoding="utf-8")

    def convert(files: list[Path], profile: str) -> None:
        env = {**os.environ, "FONTCONFIG_FILE": str(fontconfig)}
        convert_to_pdf(files, folder / "converted", folder / profile, env)

    convert(sorted(folder.glob("*.docx")), "profile")
    # On its own: LibreOffice keeps the fonts of every document it opened for the session.
    bare = folder / "bare"
    bare.mkdir()
    _without_embedded_fonts(folder / "classic-demo-1-page.docx", bare / "no-fonts.docx")
    convert([bare / "no-fonts.docx"], "bare-profile")
    docx_pages = {
        name: len(PdfReader(folder / "converted" / f"{name}.pdf").pages) for name in pdf_pages
    }
    return Converted(folder, pdf_pages, docx_pages)


@pytest.mark.slow
def test_libreoffice_lays_each_docx_out_on_as_many_pages_as_its_pdf(
    converted: Converted,
) -> None:
    # The cases cover one page, two pages, a long career and the many-page CMD.
    assert {pages for name, pages in converted.pdf_pages.items() if "demo" in name} == {1, 2}
    assert all(converted.pdf_pages[f"{t}-cmd"] > 10 for t in TEMPLATES)
    differing = {
        name: (pages, converted.docx_pages[name])
        for name, pages in converted.pdf_pages.items()
        if converted.docx_pages[name] != pages
    }
    assert differing == {}, "PDF pages vs DOCX pages in LibreOffice"


def _first_pages(pdf: Path, headings: list[str], skip: int) -> dict[str, int | None]:
    """The page (from 1) each heading first starts a line on, the page `skip` left out."""
    pages = [
        [line.strip() for line in page.extract_text().split("\n")] for page in PdfReader(pdf).pages
    ]
    return {
        heading: next(
            (
                number
                for number, lines in enumerate(pages, start=1)
                if number != skip and any(line.startswith(heading) for line in lines)
            ),
            None,
        )
        for heading in headings
    }


@pytest.mark.slow
def test_libreoffice_starts_each_cmd_section_and_record_on_the_pdfs_page(
    converted: Converted,
) -> None:
    """The CMD's contents and its skills index give the PDF's page numbers (the DOCX saves
    them in its PAGEREF fields, and LibreOffice works them out again on opening): they are
    right in LibreOffice only where it starts every section and record on the PDF's page.
    """
    catalog = load_catalog(paths.templates_dir())
    snapshot = CareerSnapshot.from_records(demo_records(TODAY))
    for template in TEMPLATES:
        style = catalog.require(template)
        document = build_career_document(snapshot, style, "en", today=TODAY)
        # A section by its heading (in capitals where the template sets them), a record
        # (a role, a project) by its title, which starts its first line.
        headings = [
            (row.text.upper() if style.heading_upper else row.text)
            if row.level == 0
            else row.text.split(" — ")[0]
            for row in document.contents()
        ]
        assert len(headings) > 10, template
        # The contents page itself lists every heading: it is left out (page 2 in both).
        pdf = _first_pages(converted.folder / f"{template}-cmd.pdf", headings, skip=2)
        docx = _first_pages(converted.folder / "converted" / f"{template}-cmd.pdf", headings, 2)
        assert None not in pdf.values(), (template, pdf)
        assert docx == pdf, template


@pytest.mark.slow
def test_the_docx_is_set_in_its_embedded_noto_fonts_where_none_are_installed(
    converted: Converted,
) -> None:
    families = {"serif": "NotoSerif", "sans": "NotoSans"}
    catalog = load_catalog(paths.templates_dir())
    for template in TEMPLATES:
        body = families[catalog.require(template).body_font]
        for case in CASES:
            names = font_names(converted.folder / "converted" / f"{template}-{case}.pdf")
            assert {f"{body}-Regular", f"{body}-Bold"} <= names, (template, case, names)
    # The CMD's arrows and minus signs are drawn in the embedded Noto Sans Math.
    assert "NotoSansMath-Regular" in font_names(converted.folder / "converted" / "classic-cmd.pdf")
    # The same file without its font parts gets some other font: the embedded ones did it.
    bare = font_names(converted.folder / "converted" / "no-fonts.pdf")
    assert bare and not any(name.startswith("Noto") for name in bare), bare
