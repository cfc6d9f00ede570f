"""The Career Management Document's table of contents and its page references, in PDF, DOCX,
Markdown and text, read back from the files."""

from __future__ import annotations

import io
import re
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Education, Profile, Role
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.render_docx import render_docx
from resume_builder.export.render_pdf import render_pdf
from resume_builder.export.render_text import render_markdown, render_plain_text
from resume_builder.export.style import Style
from resume_builder.services.demo import demo_records

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(TODAY))


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_of(document, style: Style | None = None):
    out = io.BytesIO()
    report = render_pdf(document, style or Style(), out)
    return PdfReader(io.BytesIO(out.getvalue())), report


def test_the_pdf_contents_list_sections_and_roles_with_the_page_each_starts_on(demo):
    document = build_career_document(demo, Style(), "en", today=TODAY)
    rows = document.contents()
    texts = [row.text for row in rows]
    assert texts[:3] == [
        "Overview",
        "Experience",
        "Associate Director, IT Operations — Halvard Industrial Group AB",
    ]
    assert "Skills index" in texts and "Contents" not in texts
    reader, _ = pdf_of(document)
    pages = [flat(page.extract_text()) for page in reader.pages]
    contents_page = next(i for i, text in enumerate(pages) if "CONTENTS" in text)
    assert contents_page == 1  # its own page, after the overview
    # Each line is read back as its text and then its page number, in order.
    lines = reader.pages[contents_page].extract_text().split("\n")
    pairs = [(lines[i], lines[i + 1]) for i in range(len(lines) - 1) if lines[i] in texts]
    assert [text for text, _ in pairs] == texts
    for text, number in pairs:
        assert number.isdigit(), (text, number)
        page = int(number)
        # Sections are printed in capitals; a role's line is its title and its employer.
        level = next(row.level for row in rows if row.text == text)
        heading = text.upper() if level == 0 else text.split(" — ")[0]
        # The heading is printed on the page the line gives, and on no page before it.
        assert flat(heading) in pages[page - 1], f"{text!r} is not on page {page}"
        assert all(flat(heading) not in p for p in pages[contents_page + 1 : page - 1])


def test_each_pdf_contents_line_links_to_its_page(demo):
    reader, report = pdf_of(build_career_document(demo, Style(), "en", today=TODAY))
    page = reader.pages[1]
    targets = []
    for annotation in page["/Annots"]:
        annotation = annotation.get_object()
        destination = annotation["/Dest"]
        targets.append(reader.get_page_number(destination[0].get_object()) + 1)
    assert targets == [report.contents_pages[i] for i in range(len(targets))]
    assert len(targets) == len(report.contents_pages) > 10


def test_only_records_with_stories_get_a_contents_line():
    snapshot = CareerSnapshot.from_records(
        [
            Profile(name="Ann Example"),
            quiet := Role(title="Clerk", employer="Quiet AB", start=PartialDate(2010)),
            busy := Role(title="Lead", employer="Busy AB", start=PartialDate(2018)),
            Accomplishment(headline="Cut costs by 10%", role_id=busy.id),
            Education(institution="Uppsala University", area="Physics"),
        ]
    )
    assert quiet.id != busy.id
    rows = [(row.text, row.level) for row in build_career_document(snapshot, Style()).contents()]
    assert ("Lead — Busy AB", 1) in rows
    assert not any("Quiet AB" in text or "Uppsala" in text for text, _ in rows)
    assert ("Education", 0) in rows


def test_a_swedish_cmd_has_innehall(demo):
    reader, _ = pdf_of(build_career_document(demo, Style(), "sv", today=TODAY))
    assert "INNEHÅLL" in reader.pages[1].extract_text()


def test_markdown_and_text_list_the_contents_without_pages(demo):
    document = build_career_document(demo, Style(), "en", today=TODAY)
    markdown = render_markdown(document)
    assert "## Contents\n\n- Overview\n- Experience\n  - Associate Director" in markdown
    text = render_plain_text(document)
    assert "• Overview\n• Experience\n  • Associate Director" in text


# --- DOCX ---------------------------------------------------------------------------------


def _fields(paragraph) -> list[tuple[str, str]]:
    """Each complex field of a paragraph as (instruction, the result saved with it)."""
    found: list[tuple[str, str]] = []
    state, code, shown = "", "", ""
    for run in paragraph._p.iter(qn("w:r")):
        for child in run:
            if child.tag == qn("w:fldChar"):
                kind = child.get(qn("w:fldCharType"))
                if kind == "begin":
                    state, code, shown = "code", "", ""
                elif kind == "separate":
                    state = "shown"
                elif kind == "end":
                    found.append((" ".join(code.split()), shown))
                    state = ""
            elif child.tag == qn("w:instrText") and state == "code":
                code += child.text or ""
            elif child.tag == qn("w:t") and state == "shown":
                shown += child.text or ""
    return found


def _bookmarks(word) -> dict[str, str]:
    """Each bookmark's name and the text of the paragraph it marks."""
    marks: dict[str, str] = {}
    for paragraph in word.element.body.iter(qn("w:p")):
        for start in paragraph.iter(qn("w:bookmarkStart")):
            text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
            marks[start.get(qn("w:name"))] = text
    return marks


def test_docx_contents_link_to_bookmarked_headings_with_the_pdfs_pages(demo):
    document = build_career_document(demo, Style(), "en", today=TODAY)
    _, report = pdf_of(document)
    out = io.BytesIO()
    render_docx(document, Style(), out)
    word = docx.Document(io.BytesIO(out.getvalue()))
    marks = _bookmarks(word)
    rows = document.contents()
    lines = [p for p in word.paragraphs if p._p.find(qn("w:hyperlink")) is not None]
    lines = [p for p in lines if p._p.find(qn("w:hyperlink")).get(qn("w:anchor"), "")]
    assert [p.text.split("\t")[0] for p in lines] == [row.text for row in rows]
    for number, paragraph in enumerate(lines):
        anchor = paragraph._p.find(qn("w:hyperlink")).get(qn("w:anchor"))
        ((code, shown),) = _fields(paragraph)
        assert code == f"PAGEREF {anchor} \\h"
        assert shown == str(report.contents_pages[number])
        # The bookmark is on the heading the line names (section headings in capitals).
        assert marks[anchor].casefold().startswith(rows[number].text.split(" — ")[0].casefold())


def test_docx_skills_index_gives_each_storys_page_as_a_field(demo):
    document = build_career_document(demo, Style(), "en", today=TODAY)
    reader, _ = pdf_of(document)
    pdf_text = " ".join(flat(page.extract_text()) for page in reader.pages)
    pdf_refs = dict(re.findall(r"([A-Z][^·]{20,}?) · p\.\s(\d+)", pdf_text))
    out = io.BytesIO()
    render_docx(document, Style(), out)
    word = docx.Document(io.BytesIO(out.getvalue()))
    marks = _bookmarks(word)
    index = (
        word.tables[-1]
        if len(word.tables) == 1
        else next(t for t in word.tables if t.rows[0].cells[1].text == "Accomplishments")
    )
    checked = 0
    for row in index.rows[1:]:
        for paragraph in row.cells[1].paragraphs:
            fields = _fields(paragraph)
            if not fields:
                continue
            ((code, shown),) = fields
            anchor = code.split()[1]
            headline = paragraph.text.split(" · p.")[0]
            assert marks[anchor] == headline  # the bookmark is on that story's headline
            ends = [k for k in pdf_refs if k.endswith(" ".join(headline.split()[-6:]))]
            if ends:
                assert shown == pdf_refs[ends[0]]
                checked += 1
    assert checked > 40


def test_each_page_the_pdf_skills_index_runs_on_starts_with_its_header_row(demo):
    """As the DOCX's repeated header row (w:tblHeader) does, so both paginate alike."""
    reader, _ = pdf_of(build_career_document(demo, Style(), "en", today=TODAY))
    # Each page's text starts with its footer line, then what the page starts with.
    pages = [page.extract_text().split("\n")[1:] for page in reader.pages]
    first = next(number for number, lines in enumerate(pages) if lines[0] == "SKILLS INDEX")
    assert pages[first][1:3] == ["Skills", "Accomplishments"]
    more = [lines for lines in pages[first + 1 :] if any(" · p. " in line for line in lines)]
    assert len(more) >= 3
    assert all(lines[:2] == ["Skills", "Accomplishments"] for lines in more)


def test_a_resume_docx_lays_out_no_pdf(demo, monkeypatch):
    """A DOCX résumé has no contents or page references: it must not pay for a PDF layout."""
    import resume_builder.export.render_pdf as render_pdf_module

    def refuse(*args, **kwargs):
        raise AssertionError("a PDF layout was made for a DOCX résumé")

    monkeypatch.setattr(render_pdf_module, "render_pdf", refuse)
    document = build_resume(demo, Style(), ResumeOptions(today=TODAY)).document
    render_docx(document, Style(), io.BytesIO())


def test_a_cmd_with_only_an_overview_has_no_contents_page():
    document = build_career_document(CareerSnapshot.from_records([Profile(name="Ann")]), Style())
    assert [s.key for s in document.sections] == ["overview"]
    reader, _ = pdf_of(document)
    assert len(reader.pages) == 1
