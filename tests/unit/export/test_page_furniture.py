"""Running footers, page numbers and bookmarks: what a reader of a printed or long document
navigates by (a résumé's name and "Page 2 of 2"; the CMD's confidential line and outline).
"""

from __future__ import annotations

import io
import re
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Profile, Role
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.document import Entry, inline_text
from resume_builder.export.render_docx import render_docx
from resume_builder.export.render_pdf import render_pdf
from resume_builder.export.style import Style
from resume_builder.services.demo import demo_records

TODAY = date(2026, 11, 23)
NAME = "Dana Lindqvist"


@pytest.fixture(scope="module")
def demo() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(TODAY))


def pdf_of(document) -> tuple[PdfReader, object]:
    out = io.BytesIO()
    report = render_pdf(document, Style(), out)
    return PdfReader(io.BytesIO(out.getvalue())), report


def test_every_page_of_a_long_resume_names_its_owner_and_counts_its_pages(demo):
    document = build_resume(demo, Style(), ResumeOptions(today=TODAY)).document
    reader, _ = pdf_of(document)
    pages = len(reader.pages)
    assert pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        # The footer's name opens the page's text and its page label closes it (see
        # Footer.draw: a reader joining pages runs a label into a name, not into a heading).
        lines = page.extract_text().strip().split("\n")
        assert lines[0].startswith(NAME) and lines[-1].endswith(f"Page {number} of {pages}")
    assert not reader.outline  # a résumé has no bookmarks: nothing an ATS could misread


def test_a_one_page_resume_has_no_footer():
    snapshot = CareerSnapshot.from_records(
        [Profile(name="Ann Short"), Role(title="Clerk", employer="Acme", start=PartialDate(2020))]
    )
    reader, _ = pdf_of(build_resume(snapshot, Style(), ResumeOptions(today=TODAY)).document)
    assert len(reader.pages) == 1
    assert "Page" not in reader.pages[0].extract_text()


def test_a_swedish_resume_numbers_its_pages_in_swedish(demo):
    options = ResumeOptions(language="sv", today=TODAY)
    reader, _ = pdf_of(build_resume(demo, Style(), options).document)
    assert "Sida 2 av" in reader.pages[1].extract_text()


def test_the_cmd_footer_says_confidential_with_the_date_and_page_numbers(demo):
    reader, _ = pdf_of(build_career_document(demo, Style(), "en", today=TODAY))
    pages = len(reader.pages)
    lines = reader.pages[pages - 1].extract_text().strip().split("\n")
    assert lines[0] == "Confidential · 23 November 2026"
    assert lines[-1].endswith(f"Page {pages} of {pages}")


def _outline(reader: PdfReader) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((item.title, level, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def test_cmd_bookmarks_lead_to_sections_roles_and_accomplishments_on_their_pages(demo):
    document = build_career_document(demo, Style(), "en", today=TODAY)
    reader, report = pdf_of(document)
    outline = _outline(reader)
    assert [(t, lvl) for t, lvl, _ in outline] == [(t, lvl) for t, lvl, _ in report.outline]
    titles = {title: (level, page) for title, level, page in outline}
    assert titles["Overview"] == (0, 1)
    assert titles["Experience"][0] == 0
    assert titles["Associate Director, IT Operations — Halvard Industrial Group AB"][0] == 1
    stories = [inline_text(b.runs) for b in document.walk() if getattr(b, "outline", False)]
    assert len([t for t, lvl, _ in outline if lvl == 2]) == len(stories) > 20
    # Each bookmark opens the page its heading is printed on (checked on a few far apart).
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    level_two = [(t, p) for t, lvl, p in outline if lvl == 2]
    for title, page in level_two[:: max(1, len(level_two) // 6)]:
        start = " ".join(title.split()[:6])
        assert start in texts[page - 1], f"{title!r} is not on page {page}"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_the_cmd_shows_each_employers_description(demo):
    document = build_career_document(demo, Style(), "en", today=TODAY)
    described = [r for r in demo.roles if r.employer_description.strip()]
    assert described
    for role in described:
        entry = next(b for b in document.walk() if isinstance(b, Entry) and b.record_id == role.id)
        assert inline_text(entry.children[0].runs) == role.employer_description


def test_docx_footer_has_live_page_and_page_count_fields(demo):
    out = io.BytesIO()
    render_docx(build_career_document(demo, Style(), "en", today=TODAY), Style(), out)
    word = docx.Document(io.BytesIO(out.getvalue()))
    footer = word.sections[0].footer
    xml = footer._element.xml
    assert "Confidential · 23 November 2026" in footer.paragraphs[0].text
    codes = [
        " ".join(e.text.split()) for e in footer._element.iter() if e.tag.endswith("instrText")
    ]
    assert codes == ["PAGE", "NUMPAGES"]
    assert xml.count('w:fldCharType="begin"') == 2 and xml.count('w:fldCharType="end"') == 2


def test_docx_resume_footer_names_its_owner(demo):
    out = io.BytesIO()
    render_docx(build_resume(demo, Style(), ResumeOptions(today=TODAY)).document, Style(), out)
    footer = docx.Document(io.BytesIO(out.getvalue())).sections[0].footer
    assert footer.paragraphs[0].text.startswith(NAME + "\tPage ")


def test_the_skills_index_gives_the_page_each_story_is_printed_on(demo):
    reader, _ = pdf_of(build_career_document(demo, Style(), "en", today=TODAY))
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    start = next(i for i, text in enumerate(texts) if "SKILLS INDEX" in text.upper())
    index = " ".join(texts[start:])
    references = re.findall(r"([A-Z][^·]{20,}?) · p\.\s(\d+)", index)
    assert len(references) > 40
    for headline, page in references[:: max(1, len(references) // 8)]:
        words = headline.split()[-6:]  # the headline's end (its start may follow a skill name)
        assert " ".join(words) in texts[int(page) - 1], f"{headline!r} is not on page {page}"


@pytest.mark.parametrize(("target", "footer"), [(1, False), (2, True)])
def test_a_fitted_docx_resume_has_a_footer_only_when_it_runs_over_a_page(
    demo, tmp_path, target, footer
):
    """As its PDF: Word's fields cannot drop a footer by the page count where LibreOffice
    follows, so the fit's page count decides."""
    from resume_builder import paths
    from resume_builder.services.documents import ExportRequest, export_document, run_to_end

    output = tmp_path / f"cv-{target}.docx"
    request = ExportRequest(
        kind="resume",
        format="docx",
        template="classic",
        output=output,
        resume=ResumeOptions(today=TODAY, page_target=target),
    )
    result = run_to_end(export_document(request, demo, paths.templates_dir()))
    assert result.pages == target
    text = "".join(p.text for p in docx.Document(str(output)).sections[0].footer.paragraphs)
    assert (NAME in text and "Page" in text) == footer
