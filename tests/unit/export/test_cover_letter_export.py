"""The cover letter as a document: built from the draft, exported and read back in every format."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.models import Profile, Target
from resume_builder.domain.options import LetterOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_cover_letter
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import Bullet, Paragraph, inline_text
from resume_builder.export.fonts import FAMILY_NAMES
from resume_builder.export.locale import LANGUAGES, format_full_date
from resume_builder.export.style import Style
from resume_builder.services.cover_letter import draft_letter
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import (
    KINDS,
    ExportError,
    ExportRequest,
    export_document,
    run_to_end,
)
from resume_builder.services.targets import best_accomplishments, tailor_target

STYLES = load_catalog(paths.templates_dir()).styles
DAY = date(2026, 11, 23)
COMPANY = "Northwind Retail"
TITLE = "Head of IT Operations"


@pytest.fixture(scope="module")
def demo() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))


@pytest.fixture(scope="module")
def letter(demo: CareerSnapshot) -> str:
    posting = (
        "Head of IT Operations. You will run the service desk and cloud operations. "
        "Requirements: ITIL, incident management, Azure, FinOps, vendor management."
    )
    target = Target(company=COMPANY, title=TITLE, posting=posting)
    chosen = tailor_target(target, demo, today=date(2026, 3, 1)).chosen
    return draft_letter(target, demo, best_accomplishments(chosen, demo))


def export(
    snapshot: CareerSnapshot,
    text: str,
    fmt: str,
    *,
    template: str = "classic",
    language: str = "en",
    page_size: str = "A4",
) -> bytes:
    request = ExportRequest(
        kind="letter", format=fmt, template=template, language=language, page_size=page_size
    )
    request.letter = LetterOptions(text=text, company=COMPANY, title=TITLE, today=DAY)
    return run_to_end(export_document(request, snapshot, paths.templates_dir())).data


def pdf_lines(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def in_order(haystack: str, needles: list[str]) -> bool:
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        if found < 0:
            return False
        position = found + len(needle)
    return True


def letter_pieces(text: str) -> list[str]:
    """The letter's lines as a reader sees them: bullets without their marker."""
    return [line.removeprefix("• ") for line in text.splitlines() if line.strip()]


# ----------------------------------------------------------------------------- the tree
def build(text: str, **options: object) -> list:
    snapshot = CareerSnapshot(profile=Profile(name="Dana Lindqvist", email="dana@example.com"))
    document = build_cover_letter(snapshot, Style(), LetterOptions(text=text, **options))
    return document.sections


def test_the_letter_has_the_date_then_its_paragraphs_in_untitled_sections() -> None:
    sections = build("Dear Hiring Manager,\n\nI apply.\n\nKind regards,\nDana", today=DAY)
    assert [s.title for s in sections] == ["", "", "", "", ""]
    texts = [[inline_text(b.runs) for b in s.children] for s in sections]
    assert texts == [
        ["23 November 2026"],
        ["Application"],  # the subject line, with no role or company to name
        ["Dear Hiring Manager,"],
        ["I apply."],
        ["Kind regards,\nDana"],
    ]


def test_marked_lines_become_bullets_and_indented_lines_continue_them() -> None:
    text = (
        "Results:\n• First result\n- Second result\n* Third result\n"
        "  continued on the next line\n  - a nested detail\nAfter the list.\n\n-5% is not a bullet"
    )
    first, second = build(text, today=DAY)[2:]
    kinds = [
        (type(b).__name__, inline_text(b.runs), getattr(b, "level", None)) for b in first.children
    ]
    assert kinds == [
        ("Paragraph", "Results:", None),
        ("Bullet", "First result", 0),
        ("Bullet", "Second result", 0),
        ("Bullet", "Third result continued on the next line", 0),
        ("Bullet", "a nested detail", 1),
        ("Paragraph", "After the list.", None),
    ]
    # The sentence introducing the list stays with its first item.
    assert first.children[0].keep_with_next
    assert [inline_text(b.runs) for b in second.children] == ["-5% is not a bullet"]
    assert isinstance(second.children[0], Paragraph)


def test_line_ends_of_other_systems_and_control_characters_are_cleaned() -> None:
    text = (
        "Dear team,\r\n\r\nLine one\rLine\x00 two\u2028• A result\x07\x0c\x0cKind regards,\x85Dana"
    )
    sections = build(text, today=DAY)
    blocks = [b for s in sections[2:] for b in s.children]
    assert [(type(b), inline_text(b.runs)) for b in blocks] == [
        (Paragraph, "Dear team,"),
        (Paragraph, "Line one\nLine two"),
        (Bullet, "A result"),
        (Paragraph, "Kind regards,\nDana"),
    ]


def test_the_closing_paragraph_keeps_with_the_sign_off() -> None:
    sections = build("Hello,\n\nBody.\n\nThank you.\n\nKind regards,\nDana", today=DAY)
    assert [s.children[-1].keep_with_next for s in sections[2:]] == [False, False, True, False]
    # The subject line stays with the greeting under it.
    assert sections[1].children[0].keep_with_next


def test_meta_names_the_person_the_role_and_the_company() -> None:
    snapshot = CareerSnapshot(profile=Profile(name="Dana Lindqvist"))
    options = LetterOptions(text="Hi", company=COMPANY, title=TITLE, language="sv", today=DAY)
    document = build_cover_letter(snapshot, Style(), options)
    assert document.meta.title == f"Dana Lindqvist — Personligt brev: {TITLE}, {COMPANY}"
    assert document.meta.language == "sv"
    assert document.meta.author == "Dana Lindqvist"
    assert inline_text(document.sections[0].children[0].runs) == "23 november 2026"
    bare = build_cover_letter(CareerSnapshot(profile=Profile()), Style(), LetterOptions(text=""))
    assert bare.meta.title == "Cover letter"


def test_the_contact_block_is_the_resumes(demo: CareerSnapshot) -> None:
    from resume_builder.domain.options import ResumeOptions
    from resume_builder.export.builders import build_resume

    letter_doc = build_cover_letter(demo, Style(), LetterOptions(text="Hi", today=DAY))
    resume = build_resume(demo, Style(), ResumeOptions()).document
    assert letter_doc.contact == resume.contact


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "23 November 2026"),
        ("sv", "23 november 2026"),
        ("de", "23. November 2026"),
        ("fr", "23 novembre 2026"),
        ("es", "23 de noviembre de 2026"),
        ("fi", "23 November 2026"),
    ],
)
def test_full_dates_are_written_out_in_the_letters_language(language: str, expected: str) -> None:
    assert format_full_date(DAY, language) == expected


def test_every_document_language_has_a_full_date() -> None:
    assert {format_full_date(date(2026, 3, 1), lang) for lang in LANGUAGES} == {
        "1 March 2026",
        "1 mars 2026",
        "1. März 2026",
        "1er mars 2026",
        "1 de marzo de 2026",
    }


# ----------------------------------------------------------------------------- PDF
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("template", sorted(STYLES))
def test_the_pdf_reads_back_in_order_on_one_page(
    demo: CareerSnapshot, letter: str, template: str, page_size: str
) -> None:
    data = export(demo, letter, "pdf", template=template, page_size=page_size)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    lines = pdf_lines(data)
    assert lines[0] == demo.profile.name
    text = " ".join(" ".join(lines).split())
    expected = ["23 November 2026", *letter_pieces(letter)]
    assert in_order(text, [" ".join(piece.split()) for piece in expected]), text
    # Each result is a bullet: a "•" starts its line.
    for line in letter.splitlines():
        if line.startswith("• "):
            assert any(row.startswith("• " + line[2:40]) for row in lines), line
    assert reader.metadata.title == f"{demo.profile.name} — Cover letter: {TITLE}, {COMPANY}"


def test_the_pdf_gives_back_the_documents_reading_text(demo: CareerSnapshot, letter: str) -> None:
    options = LetterOptions(text=letter, company=COMPANY, title=TITLE, today=DAY)
    expected = build_cover_letter(demo, STYLES["classic"], options).reading_text()
    assert "" not in expected  # untitled sections add no empty heading line
    text = " ".join(" ".join(pdf_lines(export(demo, letter, "pdf"))).split())
    assert in_order(text, [" ".join(line.split()) for line in expected]), text


def _strokes(data: bytes) -> bool:
    """Whether a PDF's first page strokes a line (the rule under a heading)."""
    content = PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()
    return re.search(rb" l S\b", content) is not None


@pytest.mark.parametrize("template", sorted(STYLES))
def test_the_pdf_letter_has_no_heading_rules(
    demo: CareerSnapshot, letter: str, template: str
) -> None:
    assert STYLES[template].heading_rule
    resume = run_to_end(
        export_document(ExportRequest(template=template), demo, paths.templates_dir())
    ).data
    assert _strokes(resume)  # the check can see a rule where there is one
    assert not _strokes(export(demo, letter, "pdf", template=template))


def test_the_date_sits_apart_from_the_header_and_paragraphs_apart_from_each_other(
    demo: CareerSnapshot, letter: str
) -> None:
    """Measured in the PDF: a blank line's space between paragraphs, two under the header."""
    data = export(demo, letter, "pdf")
    tops: dict[str, list[float]] = {}

    def visit(text: str, cm, tm, font, size) -> None:
        if text.strip():
            tops.setdefault(text.strip(), []).append(tm[5] + cm[5])

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    contact_line = next(k for k in tops if k.startswith("linkedin.example.com"))
    dated = tops["23 November 2026"][0]
    date_gap = tops[contact_line][0] - dated
    subject = tops[f"Application: {TITLE}, {COMPANY}"][0]
    assert dated - subject == pytest.approx(
        tops[f"Application: {TITLE}, {COMPANY}"][0]
        - tops["Dear Hiring Team at Northwind Retail,"][0],
        abs=0.5,
    )  # the subject sits a blank line under the date and over the greeting
    greeting_gap = subject - tops["Dear Hiring Team at Northwind Retail,"][0]
    # The name is the header's first line and the signature's last.
    sign_off_gap = tops["Kind regards,"][0] - tops[demo.profile.name][-1]
    line = STYLES["classic"].body_size * STYLES["classic"].line_spacing
    assert sign_off_gap == pytest.approx(line, abs=0.1)  # a line break, no blank line
    assert greeting_gap - sign_off_gap == pytest.approx(line, abs=0.5)  # one blank line
    assert date_gap - greeting_gap > 0.8 * line  # the date sits further from the header


# ----------------------------------------------------------------------------- DOCX
@pytest.mark.parametrize("template", sorted(STYLES))
def test_the_docx_reads_back_in_order_with_the_resumes_styles(
    demo: CareerSnapshot, letter: str, template: str
) -> None:
    document = docx.Document(io.BytesIO(export(demo, letter, "docx", template=template)))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    assert paragraphs[0].text == demo.profile.name
    assert paragraphs[0].style.name == "Title"
    body = [p for p in paragraphs if p.style.name in ("Normal", "List Bullet")]
    texts = [p.text for p in body]
    assert texts[0] == "23 November 2026"
    expected = [piece for piece in letter.split("\n\n")]
    joined = "\n".join(texts)
    assert in_order(joined, [piece.removeprefix("• ") for p in expected for piece in p.split("\n")])
    bullets = [p.text for p in body if p.style.name == "List Bullet"]
    assert bullets == [line[2:] for line in letter.splitlines() if line.startswith("• ")]
    # No headings: nothing in Heading 1 or 2, and no typed bullet characters.
    assert not any(p.style.name.startswith("Heading") for p in document.paragraphs)
    assert not any(p.text.startswith("•") for p in document.paragraphs)
    # The sign-off keeps its line break inside one paragraph.
    assert f"Kind regards,\n{demo.profile.name}" in texts

    # The same styles as a résumé made with this template.
    style = STYLES[template]
    resume = docx.Document(
        io.BytesIO(
            run_to_end(
                export_document(
                    ExportRequest(format="docx", template=template), demo, paths.templates_dir()
                )
            ).data
        )
    )
    for name in ("Normal", "Title", "List Bullet", "Contact"):
        ours, theirs = document.styles[name], resume.styles[name]
        assert ours.font.name == theirs.font.name
        assert ours.font.size == theirs.font.size
        assert ours.font.bold == theirs.font.bold
    assert document.styles["Normal"].font.name == FAMILY_NAMES[style.body_font]
    assert document.styles["Normal"].font.size == Pt(style.body_size)
    margins = (document.sections[0].left_margin, document.sections[0].top_margin)
    assert margins == (resume.sections[0].left_margin, resume.sections[0].top_margin)


def test_docx_paragraphs_are_spaced_like_a_letter(demo: CareerSnapshot, letter: str) -> None:
    document = docx.Document(io.BytesIO(export(demo, letter, "docx")))
    style = STYLES["classic"]
    by_text = {p.text: p for p in document.paragraphs}
    line = style.body_size * style.line_spacing
    date = by_text["23 November 2026"]
    date_space = date.paragraph_format.space_before
    greeting = by_text["Dear Hiring Team at Northwind Retail,"].paragraph_format.space_before
    # Two lines from the letterhead, counting the space the contact line leaves below it
    # (Word adds the two, as the PDF lets the larger stand).
    contact_after = document.styles["Contact"].paragraph_format.space_after
    assert date_space.pt + contact_after.pt == pytest.approx(2 * line, abs=0.1)
    assert greeting.pt == pytest.approx(line, abs=0.1)
    # Only the first paragraph of each section is set apart; a bullet list stays tight.
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(p.paragraph_format.space_before is None for p in bullets)


# ----------------------------------------------------------------------------- text
def test_plain_text_and_markdown_keep_the_order_and_the_bullets(
    demo: CareerSnapshot, letter: str
) -> None:
    plain_text = export(demo, letter, "txt").decode("utf-8")
    assert plain_text.startswith(demo.profile.name.upper() + "\n")
    assert (
        "\n\n23 November 2026\n\nApplication: Head of IT Operations, Northwind Retail\n\n"
        "Dear Hiring Team at Northwind Retail,\n\n"
    ) in plain_text
    flat = " ".join(plain_text.split())
    assert in_order(flat, [" ".join(p.split()) for p in letter_pieces(letter)])
    assert plain_text.count("\n• ") == letter.count("\n• ")
    assert "=" not in plain_text  # no heading underlines
    assert plain_text.endswith(f"Kind regards,\n{demo.profile.name}\n")

    markdown = export(demo, letter, "md").decode("utf-8")
    assert markdown.startswith(f"# {demo.profile.name}\n")
    assert "##" not in markdown
    assert markdown.count("\n- ") == letter.count("\n• ")
    assert f"Kind regards,  \n{demo.profile.name}" in markdown


# ----------------------------------------------------------------------------- hostile text
NASTY = (
    "Dear <b>team</b> & friends,\n\n"
    "A<B & C>D costs < 5 & rising \x00\x01\x1b[31m\ud800 done 🚀👩‍💻 ok\n\n"
    "• <img src='file:///etc/passwd'/> &amp; 10 > 9\n"
    "- Ł Ż ß 中文\n\n"
    "Kind regards,\nDana"
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt", "md"])
def test_markup_control_characters_and_emoji_do_not_break_any_format(
    demo: CareerSnapshot, fmt: str
) -> None:
    data = export(demo, NASTY, fmt)
    if fmt == "pdf":
        text = " ".join(pdf_lines(data))
        assert "A<B & C>D costs < 5 & rising" in text
        assert "<img src='file:///etc/passwd'/> &amp; 10 > 9" in text
    elif fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        assert "A<B & C>D costs < 5 & rising" in text
        assert "🚀" in text
        assert "\x00" not in text and "\x1b" not in text
    else:
        text = data.decode("utf-8")
        assert "\x00" not in text and "\x1b" not in text
        assert "rising" in text and "🚀" in text


def test_the_pdf_warns_about_emoji_it_cannot_typeset(demo: CareerSnapshot) -> None:
    request = ExportRequest(kind="letter", format="pdf")
    request.letter = LetterOptions(text="Hello 🚀", today=DAY)
    result = run_to_end(export_document(request, demo, paths.templates_dir()))
    # Said per field, with what the PDF prints instead; never dropped silently.
    assert any(
        "🚀 has no glyph in Noto" in warning and "printed as [rocket]" in warning
        for warning in result.warnings
    ), result.warnings


# ----------------------------------------------------------------------------- the service
def test_letter_is_a_kind_and_json_is_refused_with_a_sentence(demo: CareerSnapshot) -> None:
    assert "letter" in KINDS
    request = ExportRequest(kind="letter", format="json")
    request.letter = LetterOptions(text="Hello")
    with pytest.raises(ExportError, match="cover letter cannot be exported as JSON"):
        run_to_end(export_document(request, demo, paths.templates_dir()))


def test_the_page_target_is_for_resumes_only(demo: CareerSnapshot) -> None:
    long_letter = "\n\n".join(f"Paragraph {n}. " + "Words of the letter. " * 40 for n in range(12))
    request = ExportRequest(kind="letter", format="pdf")
    request.resume.page_target = 1
    request.letter = LetterOptions(text=long_letter, today=DAY)
    result = run_to_end(export_document(request, demo, paths.templates_dir()))
    assert result.fit is None
    assert result.pages == len(PdfReader(io.BytesIO(result.data)).pages) >= 2
    text = " ".join(pdf_lines(result.data))
    assert "Paragraph 0." in text and "Paragraph 11." in text  # nothing was cut to fit


def test_the_language_of_the_request_dates_the_letter(demo: CareerSnapshot) -> None:
    data = export(demo, "Hej,", "txt", language="sv")
    assert "23 november 2026" in data.decode("utf-8")


def test_a_letter_is_written_to_its_file(demo: CareerSnapshot, tmp_path: Path) -> None:
    output = tmp_path / "letter.docx"
    request = ExportRequest(kind="letter", format="docx", output=output)
    request.letter = LetterOptions(text="Dear team,\n\nKind regards,\nDana", today=DAY)
    steps = export_document(request, demo, paths.templates_dir())
    progress = []
    try:
        while True:
            progress.append(next(steps))
    except StopIteration as stop:
        result = stop.value
    assert [fraction for fraction, _ in progress] == [0.1, 0.7, 0.9, 1.0]
    assert result.path == output and output.read_bytes() == result.data


def test_a_cancelled_letter_writes_nothing(demo: CareerSnapshot, tmp_path: Path) -> None:
    from resume_builder.services.documents import ExportCancelled

    output = tmp_path / "letter.pdf"
    request = ExportRequest(kind="letter", format="pdf", output=output)
    request.letter = LetterOptions(text="Dear team,", today=DAY)
    steps = export_document(request, demo, paths.templates_dir())
    next(steps)
    next(steps)  # "Typesetting"
    with pytest.raises(ExportCancelled):
        steps.send(True)
    assert not output.exists()
