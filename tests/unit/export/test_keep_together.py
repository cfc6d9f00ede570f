"""Keep-together: no heading, entry heading or story headline ends a page cut off from what it
introduces, and no entry splits between its lines, in every template (PDF read back page by
page with pypdf; DOCX by its paragraph properties).
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Education, Profile, Role
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import (
    Bullet,
    Contact,
    Document,
    DocumentMeta,
    Entry,
    Paragraph,
    Run,
    Section,
    inline_text,
)
from resume_builder.export.render_docx import render_docx
from resume_builder.export.render_pdf import render_pdf
from resume_builder.services.demo import demo_records

TODAY = date(2026, 11, 23)
CATALOG = load_catalog(paths.templates_dir())
TEMPLATES = sorted(CATALOG.styles)
WORDS = "Led the move of forty services to a shared platform and cut release time"
_FOOTER = re.compile(r"^(Page|Sida) \d+ (of|av) \d+$")


def _long_career() -> CareerSnapshot:
    """Fifteen roles of five stories each and four schools: many page ends to land on."""
    records: list[object] = [Profile(name="Robin Long", headline="Operations lead")]
    for number in range(15):
        role = Role(
            title=f"Engineering Manager, Platform {number}",
            employer=f"Employer Number {number} AB",
            location="Stockholm",
            start=PartialDate(2025 - 2 * number - 2),
            end=PartialDate(2025 - 2 * number),
            description="A team of eight engineers running the payment platform.",
            employer_description="A Nordic company selling freight services to shops.",
        )
        records.append(role)
        for story in range(5):
            records.append(
                Accomplishment(
                    headline=f"Cut the cost of change {number}.{story} by automating the "
                    "release pipeline end to end",
                    situation="Releases took a day of manual work and failed one time in five. "
                    * (1 + story % 3),
                    task="Make releases routine without slowing the teams down.",
                    action="Wrote the pipeline, trained the teams and retired the old scripts. "
                    * (1 + story % 2),
                    result="Releases went from weekly to daily with half the failures.",
                    metrics=["Failures 20% -> 9%"],
                    date=PartialDate(2025 - 2 * number - 1, 1 + story),
                    role_id=role.id,
                    impact=1 + story % 5,
                )
            )
    for number in range(4):
        records.append(
            Education(
                institution=f"University of Somewhere {number}",
                area="Computer Science",
                study_type="MSc" if number % 2 else "BSc",
                location="Uppsala",
                start=PartialDate(1990 + 3 * number),
                end=PartialDate(1993 + 3 * number),
            )
        )
    return CareerSnapshot.from_records(records)


def _bare(snapshot: CareerSnapshot) -> CareerSnapshot:
    """The career's results without their stories, as an imported résumé gives them."""
    plain_results = tuple(
        replace(a, situation="", task="", action="", result="", metrics=[])
        for a in snapshot.accomplishments
    )
    return replace(snapshot, accomplishments=plain_results)


@pytest.fixture(scope="module")
def careers() -> dict[str, CareerSnapshot]:
    long = _long_career()
    return {
        "demo": CareerSnapshot.from_records(demo_records(TODAY)),
        "long": long,
        "bare": _bare(long),
    }


def _squash(text: str) -> str:
    return " ".join(text.replace("•", " ").replace("–", " ").split())


def _must_not_end_a_page(document: Document, upper: bool) -> list[str]:
    """The texts of every line the renderers keep with what follows it."""
    found: list[str] = []
    free: list[str] = []

    def walk(blocks: list, depth: int) -> None:
        for block in blocks:
            if isinstance(block, Section):
                if block.title.strip():
                    found.append(block.title.upper() if upper and depth == 0 else block.title)
                walk(block.children, depth + 1)
            elif isinstance(block, Entry):
                lines = [block.title]
                organisation = " · ".join(p for p in (block.organisation, block.location) if p)
                if organisation:
                    lines.append(organisation)
                if block.scope:
                    lines.append(block.scope)
                # An entry with nothing under it may end a page on its last line.
                found.extend(lines if block.children else lines[:-1])
                walk(block.children, depth + 1)
            elif (isinstance(block, Bullet) and block.outline) or (
                isinstance(block, Paragraph) and block.keep_with_next
            ):
                found.append(inline_text(block.runs))
            elif isinstance(block, Bullet | Paragraph):
                free.append(inline_text(block.runs))

    walk(document.sections, 0)
    # A line a free block also holds (the CMD's overview lists story headlines as plain
    # bullets) may end a page.
    free_text = "\n".join(_squash(text) for text in free)
    return [_squash(text) for text in found if _squash(text) and _squash(text) not in free_text]


def _body_lines(reader: PdfReader, name: str) -> list[list[str]]:
    pages = []
    for page in reader.pages:
        lines = [_squash(line) for line in page.extract_text().split("\n")]
        lines = [line for line in lines if line]
        while lines and (
            _FOOTER.match(lines[-1])
            or lines[-1] == name
            or lines[-1].startswith(("Confidential ·", "Konfidentiellt ·"))
        ):
            lines.pop()
        pages.append(lines)
    return pages


def _stranded(pages: list[list[str]], forbidden: list[str]) -> list[tuple[int, str]]:
    """(page, line) for each page but the last whose last line is (part of) a kept line."""
    stranded = []
    for number, lines in enumerate(pages[:-1], start=1):
        if not lines:
            continue
        last = lines[-1]
        for text in forbidden:
            # A wrapped headline ends a page with its last line only: a part of the text.
            if text.startswith(last) or (len(last) >= 12 and last in text):
                stranded.append((number, last))
                break
    return stranded


def _pdf(document: Document, style) -> PdfReader:
    out = io.BytesIO()
    render_pdf(document, style, out)
    return PdfReader(io.BytesIO(out.getvalue()))


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("career", ["demo", "long"])
def test_no_resume_page_ends_with_a_heading_and_no_school_splits(careers, template, career):
    style = CATALOG.require(template)
    snapshot = careers[career]
    options = ResumeOptions(today=TODAY, page_target=None)
    document = build_resume(snapshot, style, options).document
    reader = _pdf(document, style)
    pages = _body_lines(reader, snapshot.profile.name)
    assert len(pages) >= 2
    assert _stranded(pages, _must_not_end_a_page(document, style.heading_upper)) == []
    # Each school's degree line and its school line share a page.
    education = next(s for s in document.sections if s.key == "education")
    for entry in education.children:
        title = _squash(entry.title)
        school = _squash(entry.organisation)
        on = [
            n
            for n, lines in enumerate(pages)
            if any(line.startswith(title) for line in lines)
            and any(line.startswith(school) for line in lines)
        ]
        assert on, (title, school)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize(
    ("career", "language"), [("demo", "en"), ("long", "en"), ("demo", "sv"), ("bare", "en")]
)
def test_no_cmd_page_ends_with_a_story_headline_or_its_date_line(
    careers, template, career, language
):
    style = CATALOG.require(template)
    snapshot = careers[career]
    document = build_career_document(snapshot, style, language, today=TODAY)
    pages = _body_lines(_pdf(document, style), snapshot.profile.name)
    forbidden = _must_not_end_a_page(document, style.heading_upper)
    impact = {"en": "Impact", "sv": "Genomslag"}[language]
    if career != "bare":
        assert any(impact in text for text in forbidden)  # the date · impact lines are kept
    # With no story under them, results are no chain: a role's heading still travels with
    # its first result (a chain over a whole section let the page break anywhere).
    assert _stranded(pages, forbidden) == []


def test_the_check_sees_a_stranded_heading():
    # The checker itself: a page ending with a kept line is reported.
    pages = [["Some text", "EXPERIENCE"], ["A role"]]
    assert _stranded(pages, ["EXPERIENCE"]) == [(1, "EXPERIENCE")]
    assert _stranded([["Some text", "tail of a bullet"], ["x"]], ["EXPERIENCE"]) == []


def test_docx_keeps_headings_entries_and_story_headlines_with_what_follows(careers):
    snapshot = careers["demo"]
    style = CATALOG.require("classic")
    document = build_career_document(snapshot, style, "en", today=TODAY)
    out = io.BytesIO()
    render_docx(document, style, out)
    word = docx.Document(io.BytesIO(out.getvalue()))

    def kept(paragraph) -> bool:
        own = paragraph.paragraph_format.keep_with_next
        return bool(own if own is not None else paragraph.style.paragraph_format.keep_with_next)

    by_text = {_squash(p.text): p for p in word.paragraphs}
    headline = next(b for b in document.walk() if isinstance(b, Bullet) and b.outline)
    facts = next(b for b in document.walk() if isinstance(b, Paragraph) and b.keep_with_next)
    for block in (headline, facts):
        assert kept(by_text[_squash(inline_text(block.runs))])
    headings = [p for p in word.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert headings and all(kept(p) for p in headings)


def test_a_bullet_does_not_end_with_one_word_alone_when_the_line_above_can_give_one():
    from reportlab.lib.styles import ParagraphStyle

    from resume_builder.export.render_pdf.flowables import flowable_classes

    classes = flowable_classes()
    style = ParagraphStyle("bullet", fontName="Helvetica", fontSize=10, leading=12)
    words = WORDS.split()
    runts = 0
    for count in range(5, 200):
        text = " ".join((words * 15)[:count])
        plain = classes.WrapOnceParagraph(text, style)
        plain_size = plain.wrap(200, 1000)
        bullet = classes.BulletParagraph(text, style)
        size = bullet.wrap(200, 1000)
        lines = bullet.blPara.lines
        assert [word for _, line in lines for word in line] == text.split()
        assert size == plain_size  # never a line more
        if len(plain.blPara.lines) >= 2 and len(plain.blPara.lines[-1][1]) == 1:
            runts += 1
            assert len(lines[-1][1]) == 2
            assert all(space >= 0 for space, _ in lines)  # every line still fits
    assert runts > 5  # plain wrapping left one-word last lines that the bullet avoided


def _assert_two_words_on_the_last_line(template: str, section) -> None:
    """For texts of 20 to 59 words, each the only block of `section(text)` in a document,
    every text that wraps ends its last PDF line with two words or more."""
    style = CATALOG.require(template)
    words = WORDS.split()
    checked = 0
    for count in range(20, 60):
        text = " ".join((words * 5)[:count])
        document = Document(
            meta=DocumentMeta(title="T", author="T"),
            contact=Contact(name="T"),
            sections=[section(text)],
        )
        lines = _body_lines(_pdf(document, style), "T")[0]
        start = next(n for n, line in enumerate(lines) if line.startswith("Led"))
        if len(lines) - start >= 2:
            checked += 1
            assert len(lines[-1].split()) >= 2, (count, lines[-1])
    assert checked > 20


def test_a_resume_bullet_in_the_pdf_keeps_two_words_on_its_last_line():
    _assert_two_words_on_the_last_line(
        "classic",
        lambda text: Section(
            "experience", "Experience", [Entry("Dev", children=[Bullet([Run(text)])])]
        ),
    )


def test_cmd_story_paragraphs_do_not_end_with_one_word_alone():
    """A story's "Result: …" paragraph is set as one font with its label beside it: its last
    line takes a word from the line above rather than hold one word alone."""
    demo = CareerSnapshot.from_records(demo_records(TODAY))
    out = io.BytesIO()
    render_pdf(
        build_career_document(demo, CATALOG.require("classic"), "en", today=TODAY),
        CATALOG.require("classic"),
        out,
    )
    labels = ("Situation:", "Task:", "Action:", "Result:")
    stories = 0
    for page in PdfReader(io.BytesIO(out.getvalue())).pages:
        lines = [line.strip() for line in page.extract_text().split("\n")]
        paragraph: list[str] = []
        for line in [*lines, ""]:
            starts = line.startswith((*labels, "Metrics:", "Skills:", "•")) or not line
            if starts and len(paragraph) >= 2 and paragraph[0].startswith(labels):
                stories += 1
                lone = len(paragraph[-1].split()) == 1 and len(paragraph[-2].split()) >= 3
                assert not lone, paragraph
            paragraph = [line] if starts else [*paragraph, line]
    assert stories > 50


def test_a_bullet_in_two_fonts_does_not_end_with_one_word_alone():
    """A bold title then plain text (the CMD overview's roles): its lines are runs of text,
    and the word moves from the end of one run to the start of the next line's."""
    from reportlab.lib.styles import ParagraphStyle

    from resume_builder.export.render_pdf.flowables import flowable_classes

    classes = flowable_classes()
    style = ParagraphStyle("bullet", fontName="Helvetica", fontSize=10, leading=12)
    words = WORDS.split()

    def line_words(paragraph) -> list[list[str]]:
        return [
            "".join(fragment.text for fragment in line.words).split()
            for line in paragraph.blPara.lines
        ]

    runts = mended = 0
    for count in range(5, 120):
        text = "<b>Associate Director</b> " + " ".join((words * 10)[:count])
        plain = classes.WrapOnceParagraph(text, style)
        plain_size = plain.wrap(200, 1000)
        bullet = classes.BulletParagraph(text, style)
        size = bullet.wrap(200, 1000)
        assert bullet.blPara.kind == 1
        lines = line_words(bullet)
        assert [w for line in lines for w in line] == ["Associate", "Director", *text.split()[2:]]
        assert size == plain_size  # never a line more
        before = line_words(plain)
        if len(before) >= 2 and len(before[-1]) == 1 and len(before[-2]) >= 3:
            runts += 1
            mended += len(lines[-1]) >= 2
        else:
            assert lines == before  # a bullet with no lone word is broken as it was
    assert runts > 3 and mended == runts


def _lines_section(filler: int) -> Document:
    """Experience of `filler` one-line results, then six one-line Earlier-career lines."""
    results = [Bullet([Run(f"Result {n}: cut the release time by a tenth")]) for n in range(filler)]
    earlier = [Paragraph([Run(f"Earlier {n} · Employer {n} AB · 2000–2002")]) for n in range(6)]
    return Document(
        meta=DocumentMeta(title="T", author="Robin Long"),
        contact=Contact(name="Robin Long"),
        sections=[
            Section("experience", "Experience", results),
            Section("earlier_career", "Earlier career", earlier),
        ],
    )


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_a_list_under_a_heading_leaves_no_single_line_at_either_side_of_a_page_end(template):
    style = CATALOG.require(template)
    split_seen = 0
    # Results enough to move the break through every place in the six lines.
    for filler in range(35, 75):
        pages = _body_lines(_pdf(_lines_section(filler), style), "Robin Long")
        on = [
            [n for n in range(6) if any(line.startswith(f"Earlier {n} ") for line in lines)]
            for lines in pages
        ]
        shown = [page for page in on if page]
        assert sum(len(page) for page in shown) == 6, filler
        if len(shown) > 1:
            split_seen += 1
            # The heading keeps two lines under it; the last line has company on its page.
            assert len(shown[0]) >= 2 and len(shown[-1]) >= 2, (filler, on)
        heading_page = next(
            i
            for i, lines in enumerate(pages)
            if "earlier career" in [line.casefold() for line in lines]
        )
        assert on[heading_page], (filler, "heading alone at the foot of a page")
    assert split_seen  # the sweep did land page ends inside the list


def test_docx_keeps_a_lists_first_two_and_last_two_lines_together():
    style = CATALOG.require("classic")
    out = io.BytesIO()
    render_docx(_lines_section(3), style, out)
    kept = {
        _squash(p.text): bool(p.paragraph_format.keep_with_next)
        for p in docx.Document(io.BytesIO(out.getvalue())).paragraphs
    }
    earlier = [kept[_squash(f"Earlier {n} · Employer {n} AB · 2000–2002")] for n in range(6)]
    assert earlier == [True, False, False, False, True, False]
    results = [kept[_squash(f"Result {n}: cut the release time by a tenth")] for n in range(3)]
    assert results == [True, True, False]


def test_a_summary_in_the_pdf_keeps_two_words_on_its_last_line():
    _assert_two_words_on_the_last_line(
        "executive", lambda text: Section("summary", "Summary", [Paragraph([Run(text)])])
    )
