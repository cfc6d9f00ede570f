"""DOCX rendering read back with python-docx: order, Word styles, separate fields, safe text."""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.shared import Inches, Mm
from docx.table import Table as DocxTable
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph as DocxParagraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    Table,
    plain,
)
from resume_builder.export.fonts import FAMILY_NAMES
from resume_builder.export.render_docx import DocxReport, render_docx
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text

TEMPLATES = Path(__file__).parents[3] / "templates"
STYLES = load_catalog(TEMPLATES).styles
SEPARATOR = " · "
#: between contact items: Word may break before the "·", never after it (no dangling "·")
CONTACT_JOIN = " ·\u00a0"
LINK = "https://example.org/in/ada"


def sample_document() -> Document:
    """A résumé with every kind of block: contact, summary, roles, education, skills, table."""
    roles = [
        Entry(
            title="Head of Platform Engineering",
            organisation="Northwind Logistics",
            location="Gothenburg, Sweden",
            dates="May 2019 – Present",
            scope="Team of 14 across three countries; budget of 2.1 M EUR",
            children=[
                Bullet(plain("Cut deployment lead time from 9 days to 40 minutes")),
                Bullet(
                    [Run("Led ", bold=False), Run("the move", bold=True), Run(" to Kubernetes")]
                ),
                Bullet(plain("Grew the platform team from 4 to 14 engineers")),
                Bullet(plain("Three hiring panels a quarter"), level=1),
                Bullet(plain("Introduced blameless post-mortems across the company")),
            ],
            record_id="role-1",
        ),
        Entry(
            title="Senior Software Engineer",
            organisation="Contoso AB",
            location="Stockholm",
            dates="Jan 2015 – Apr 2019",
            children=[
                Bullet(plain("Rewrote the billing engine; errors fell by 80 %")),
                Bullet(plain("Mentored six junior developers")),
                Bullet(plain("Owned on-call rotation tooling")),
            ],
            record_id="role-2",
        ),
        Entry(
            title="Software Engineer",
            organisation="Fabrikam",
            dates="2012 – 2014",
            children=[
                Bullet(plain("Built the first customer portal")),
                Bullet(plain("Wrote the integration test suite")),
                Bullet(plain("Automated nightly releases")),
                Bullet(plain("Supported 200 customers")),
            ],
            record_id="role-3",
        ),
    ]
    return Document(
        meta=DocumentMeta(
            title="Ada Lindqvist — Résumé",
            author="Ada Lindqvist",
            language="sv",
            subject="Platform engineering",
            keywords=["platform", "kubernetes"],
        ),
        contact=Contact(
            name="Ada Lindqvist",
            headline="Platform engineering leader",
            items=[
                Run("ada@example.org", link="mailto:ada@example.org"),
                Run("+46 70 123 45 67"),
                Run("Gothenburg"),
                Run("example.org/in/ada", link=LINK),
            ],
        ),
        sections=[
            Section(
                "summary",
                "Summary",
                [Paragraph(plain("Engineering leader who ships platforms people like to use."))],
            ),
            Section("experience", "Experience", list(roles)),
            Section(
                "education",
                "Education",
                [
                    Entry(
                        title="MSc Computer Science",
                        organisation="Chalmers University of Technology",
                        location="Gothenburg",
                        dates="2010 – 2012",
                    )
                ],
            ),
            Section(
                "skills",
                "Skills",
                [Paragraph(plain("Python, Go, Kubernetes, Terraform, PostgreSQL"), style="small")],
            ),
            Section(
                "skills_index",
                "Skills index",
                [
                    Table(
                        ("Skill", "Accomplishments"),
                        [
                            ("Kubernetes", "Moved 40 services\nCut lead time"),
                            ("Hiring", "Grew the team to 14"),
                        ],
                    )
                ],
            ),
        ],
    )


def render(
    document: Document, style: Style | None = None, page_size: str = "A4"
) -> tuple[docx.document.Document, DocxReport]:
    buffer = io.BytesIO()
    report = render_docx(document, style or Style(), buffer, page_size=page_size)
    buffer.seek(0)
    return docx.Document(buffer), report


def inner_texts(paragraph: DocxParagraph) -> list[str]:
    """The text of each run and hyperlink of a paragraph, in order."""
    return [item.text for item in paragraph.iter_inner_content()]


def read_back_lines(word: docx.document.Document) -> list[str]:
    """What a reader meets, one field per line: fields that share a paragraph (title and
    dates, organisation and location, contact items) are split at their separator runs.
    """
    lines: list[str] = []
    for block in word.iter_inner_content():
        if isinstance(block, DocxTable):
            # Each line of a cell is a row of its own, the first cell's text on the first.
            cells: list[list[str]] = []
            for row in block.rows:
                left, right = (cell.text for cell in row.cells)
                if left or not cells:
                    cells.append([left, right])
                else:
                    cells[-1][1] += "\n" + right
            lines.extend(text for pair in cells for text in pair)
            continue
        name = block.style.name
        if name == "Heading 2":
            lines.extend(text for text in inner_texts(block) if text != "\t")
        elif name in ("Contact", "Entry Details"):
            # A no-break space in a phone number reads as the blank the user typed.
            lines.extend(
                text.replace("\u00a0", " ")
                for text in inner_texts(block)
                if text not in (SEPARATOR, CONTACT_JOIN)
            )
        elif block.text:
            lines.append(block.text)
    return lines


def expected_lines(document: Document, style: Style) -> list[str]:
    section_titles = {section.title for section in document.sections}
    return [
        line.upper() if style.heading_upper and line in section_titles else line
        for line in document.reading_text()
    ]


def paragraphs_with_style(word: docx.document.Document, name: str) -> list[DocxParagraph]:
    return [p for p in word.paragraphs if p.style.name == name]


@pytest.fixture(params=sorted(STYLES), ids=sorted(STYLES))
def style(request: pytest.FixtureRequest) -> Style:
    return STYLES[request.param]


def test_every_template_is_tested():
    assert {"classic", "modern", "compact"} <= set(STYLES)


def test_text_comes_back_in_reading_order(style: Style):
    document = sample_document()
    word, report = render(document, style)
    assert read_back_lines(word) == expected_lines(document, style)
    assert report.warnings == []


def test_sections_entries_and_bullets_use_word_styles(style: Style):
    word, _ = render(sample_document(), style)
    headings = [p.text for p in paragraphs_with_style(word, "Heading 1")]
    expected = ["Summary", "Experience", "Education", "Skills", "Skills index"]
    assert headings == [t.upper() if style.heading_upper else t for t in expected]
    entry_titles = [inner_texts(p)[0] for p in paragraphs_with_style(word, "Heading 2")]
    assert entry_titles == [
        "Head of Platform Engineering",
        "Senior Software Engineer",
        "Software Engineer",
        "MSc Computer Science",
    ]
    assert len(paragraphs_with_style(word, "List Bullet")) == 11
    assert [p.text for p in paragraphs_with_style(word, "List Bullet 2")] == [
        "Three hiring panels a quarter"
    ]
    assert [p.text for p in paragraphs_with_style(word, "Title")] == ["Ada Lindqvist"]
    assert [p.text for p in paragraphs_with_style(word, "Normal") if p.text] == [
        "Engineering leader who ships platforms people like to use."
    ]
    assert not [p.text for p in word.paragraphs if p.text.lstrip().startswith(("•", "·", "-"))]


def test_headings_use_the_template_look(style: Style):
    word, _ = render(sample_document(), style)
    heading = word.styles["Heading 1"]
    assert heading.font.size.pt == pytest.approx(style.heading_size)
    assert str(heading.font.color.rgb) == style.accent_color.lstrip("#").upper()
    fonts = heading.element.rPr.rFonts
    assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would override the name
    assert fonts.get(qn("w:ascii")) == FAMILY_NAMES[style.heading_font]
    border = heading.element.pPr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}")
    assert (border is not None) == style.heading_rule
    normal = word.styles["Normal"]
    assert normal.font.size.pt == pytest.approx(style.body_size)
    assert normal.font.name == FAMILY_NAMES[style.body_font]


def test_title_dates_and_organisation_are_separate_fields(style: Style):
    word, _ = render(sample_document(), style)
    paragraphs = word.paragraphs
    head = next(i for i, p in enumerate(paragraphs) if p.style.name == "Heading 2")
    title_line, details_line, scope_line = paragraphs[head : head + 3]
    assert [run.text for run in title_line.runs] == [
        "Head of Platform Engineering",
        "\t",
        "May 2019 – Present",
    ]
    assert title_line.runs[2].style.name == "Entry Dates"
    assert details_line.style.name == "Entry Details"
    assert [run.text for run in details_line.runs] == [
        "Northwind Logistics",
        SEPARATOR,
        "Gothenburg, Sweden",
    ]
    assert scope_line.style.name == "Entry Scope"
    assert word.styles["Entry Scope"].font.italic is True
    for paragraph in word.paragraphs:
        for run in paragraph.runs:
            assert not ("Northwind" in run.text and "2019" in run.text)
            assert not ("Head of Platform" in run.text and "Northwind" in run.text)


def test_dates_sit_at_a_right_tab_stop_at_the_text_width(style: Style):
    word, _ = render(sample_document(), style)
    stops = list(word.styles["Heading 2"].paragraph_format.tab_stops)
    assert [stop.alignment for stop in stops] == [WD_TAB_ALIGNMENT.RIGHT]
    text_width = Mm(210 - style.margin_left_mm - style.margin_right_mm)
    assert abs(stops[0].position - text_width) < Mm(0.1)


def test_headings_keep_with_the_next_line_and_bullets_stay_whole(style: Style):
    word, _ = render(sample_document(), style)
    for name in ("Heading 1", "Heading 2"):
        paragraphs = paragraphs_with_style(word, name)
        assert paragraphs
        assert all(p.paragraph_format.keep_with_next for p in paragraphs), name
    # An organisation line with bullets under it keeps with them...
    details = paragraphs_with_style(word, "Entry Details")
    assert details[0].paragraph_format.keep_with_next is True
    # ...while the last line of an entry with nothing under it does not glue to what follows.
    assert details[-1].text.startswith("Chalmers")
    assert not details[-1].paragraph_format.keep_with_next
    assert word.styles["List Bullet"].paragraph_format.keep_together is True


def test_the_rule_under_headings_and_the_contact_alignment_follow_the_style():
    plain_style = Style(heading_rule=False, contact_align="left")
    word, _ = render(sample_document(), plain_style)
    assert word.styles["Heading 1"].element.pPr.find(qn("w:pBdr")) is None
    assert word.styles["Title"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT
    centred, _ = render(sample_document(), Style(contact_align="center"))
    assert centred.styles["Title"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert centred.styles["Contact"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_importing_the_renderer_does_not_load_python_docx():
    code = (
        "import sys, resume_builder.export.render_docx; "
        "sys.exit(1 if 'docx' in sys.modules or 'lxml' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_headings_are_capitals_in_the_text_only_when_the_template_says_so():
    document = sample_document()
    upper, _ = render(document, STYLES["classic"])
    mixed, _ = render(document, STYLES["modern"])
    assert paragraphs_with_style(upper, "Heading 1")[0].text == "SUMMARY"
    assert paragraphs_with_style(mixed, "Heading 1")[0].text == "Summary"


def test_bullets_are_word_numbering_not_typed_characters():
    word, _ = render(sample_document())
    numbering = word.part.numbering_part.element
    for name, glyph in (("List Bullet", "•"), ("List Bullet 2", "–")):
        num_id = word.styles[name].element.pPr.numPr.numId.val
        abstract = numbering.xpath(f"./w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val")[0]
        texts = numbering.xpath(
            f"./w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl[@w:ilvl='0']/w:lvlText/@w:val"
        )
        assert texts == [glyph]


def test_only_web_and_mail_targets_become_hyperlinks():
    runs = [
        Run("web", link="https://example.org"),
        Run(" mail", link="mailto:ada@example.org"),
        Run(" call", link="tel:+46701234567"),
        Run(" script", link="javascript:alert(1)"),
        Run(" local", link="file:///etc/passwd"),
        Run(" bare", link="example.org/ada"),
    ]
    document = Document(
        meta=DocumentMeta(title="Links", author="Ada"),
        contact=None,
        sections=[Section("summary", "Summary", [Paragraph(runs)])],
    )
    word, _ = render(document)
    paragraph = next(p for p in word.paragraphs if p.text.startswith("web"))
    assert paragraph.text == "web mail call script local bare"
    links = [item for item in paragraph.iter_inner_content() if isinstance(item, Hyperlink)]
    assert [(link.text, link.url) for link in links] == [
        ("web", "https://example.org"),
        (" mail", "mailto:ada@example.org"),
        (" bare", "https://example.org/ada"),
    ]
    targets = {rel.target_ref for rel in word.part.rels.values()}
    assert not any(t.startswith(("tel:", "javascript:", "file:")) for t in targets)


def test_contact_items_are_plain_text_with_real_hyperlinks():
    word, _ = render(sample_document())
    contact = paragraphs_with_style(word, "Contact")[0]
    # A phone number holds no-break spaces, so Word never splits it over two lines.
    assert contact.text == CONTACT_JOIN.join(
        [
            "ada@example.org",
            "+46\u00a070\u00a0123\u00a045\u00a067",
            "Gothenburg",
            "example.org/in/ada",
        ]
    )
    links = [item for item in contact.iter_inner_content() if isinstance(item, Hyperlink)]
    assert [(link.text, link.url) for link in links] == [
        ("ada@example.org", "mailto:ada@example.org"),
        ("example.org/in/ada", LINK),
    ]
    targets = {
        rel.target_ref
        for rel in word.part.rels.values()
        if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK and rel.is_external
    }
    assert LINK in targets


def test_table_is_a_word_table_with_a_repeating_header_row_and_a_row_per_line():
    word, _ = render(sample_document())
    [table] = word.tables
    # As in the PDF, each line is a row that never splits: pages break between lines.
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Skill", "Accomplishments"],
        ["Kubernetes", "Moved 40 services"],
        ["", "Cut lead time"],
        ["Hiring", "Grew the team to 14"],
    ]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    # A skill's lines are one group: no rule and no padding between them.
    below_first = table.rows[1].cells[1]._tc.tcPr
    assert below_first.find(f"{qn('w:tcBorders')}/{qn('w:bottom')}").get(qn("w:val")) == "nil"
    assert below_first.find(f"{qn('w:tcMar')}/{qn('w:bottom')}").get(qn("w:w")) == "0"
    assert table.rows[0].cells[0].paragraphs[0].style.name == "Table Heading"


def test_core_properties_and_language():
    word, _ = render(sample_document())
    properties = word.core_properties
    assert properties.title == "Ada Lindqvist — Résumé"
    assert properties.author == "Ada Lindqvist"
    assert properties.subject == "Platform engineering"
    assert properties.keywords == "platform, kubernetes"
    assert properties.language == "sv"
    lang = word.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "sv"
    assert properties.created.year >= 2024  # not the template's 2013
    assert not [
        rel for rel in word.part.package.rels.values() if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL
    ]


@pytest.mark.parametrize(
    ("page_size", "width", "height"),
    [("A4", Mm(210), Mm(297)), ("Letter", Inches(8.5), Inches(11)), ("letter", Inches(8.5), None)],
)
def test_page_size_and_margins(page_size: str, width: int, height: int | None):
    style = STYLES["compact"]
    word, _ = render(sample_document(), style, page_size=page_size)
    section = word.sections[0]
    assert abs(section.page_width - width) < Mm(0.1)
    if height is not None:
        assert abs(section.page_height - height) < Mm(0.1)
    assert abs(section.left_margin - Mm(style.margin_left_mm)) < Mm(0.1)
    assert abs(section.top_margin - Mm(style.margin_top_mm)) < Mm(0.1)


def test_an_unknown_page_size_is_refused():
    with pytest.raises(ValueError, match="page size"):
        render(sample_document(), page_size="A5")


def test_writes_to_a_path(tmp_path: Path):
    target = tmp_path / "cv.docx"
    report = render_docx(sample_document(), STYLES["modern"], target)
    assert report.warnings == []
    assert docx.Document(str(target)).paragraphs[0].text == "Ada Lindqvist"
    assert [p.name for p in tmp_path.iterdir()] == ["cv.docx"]  # no temporary file left


def test_a_section_can_start_on_a_new_page():
    document = Document(
        DocumentMeta("t", "a"),
        None,
        [Section("a", "First", [Paragraph(plain("x"))]), Section("b", "Second", [], True)],
    )
    word, _ = render(document)
    first, second = paragraphs_with_style(word, "Heading 1")
    assert not first.paragraph_format.page_break_before
    assert second.paragraph_format.page_break_before is True


def test_an_empty_document_renders():
    word, report = render(Document(DocumentMeta("", ""), None))
    assert [p.text for p in word.paragraphs if p.text] == []
    assert report.warnings == []


# --- text safety -----------------------------------------------------------------------------


def one_entry(title: str = "Engineer", bullets: tuple[str, ...] = ("ok",)) -> Document:
    return Document(
        DocumentMeta("CV", "Someone"),
        Contact("Someone"),
        [
            Section(
                "experience",
                "Experience",
                [Entry(title, "Org", dates="2020", children=[Bullet(plain(b)) for b in bullets])],
            )
        ],
    )


def test_characters_a_docx_cannot_hold_are_dropped_with_one_warning():
    document = one_entry(
        title="Lead\x00 engineer\x1b",
        bullets=("Shipped\ufffe v2\ud800 on time\x07", "Tab\tis a blank and\r\nline kept"),
    )
    document.contact = Contact("Ada\x0b Lind", items=[Run("a@b.c\x1f")])
    word, report = render(document)
    # NUL, ESC, U+FFFE, BEL and US; the vertical tab is a line end, the lone surrogate U+FFFD.
    assert report.warnings == ["5 characters that a DOCX cannot hold were left out"]
    texts = [p.text for p in word.paragraphs]
    assert "Ada Lind" in texts
    assert "a@b.c" in texts
    assert inner_texts(paragraphs_with_style(word, "Heading 2")[0])[0] == "Lead engineer"
    bullets = [p.text for p in paragraphs_with_style(word, "List Bullet")]
    assert bullets == ["Shipped v2\ufffd on time", "Tab is a blank and\nline kept"]


def test_a_single_dropped_character_is_counted_in_the_singular():
    _, report = render(one_entry(bullets=("a\x00b",)))
    assert report.warnings == ["1 character that a DOCX cannot hold was left out"]


def test_markup_like_text_stays_literal():
    markup = '<b>x</b> & <img src="x" onerror=alert(1)> &amp; ]]> <w:t>'
    word, report = render(one_entry(title=markup, bullets=(markup,)))
    assert paragraphs_with_style(word, "List Bullet")[0].text == markup
    assert inner_texts(paragraphs_with_style(word, "Heading 2")[0])[0] == markup
    assert report.warnings == []


@pytest.mark.parametrize(
    "text",
    [
        "Łukasz Żółć",
        "Σοφία",
        "Дмитрий",
        "שלום",
        "🚀 Launched 🇸🇪 in 3 weeks 👩🏽‍💻",
        "مرحبا بالعالم",
    ],
)
def test_international_text_and_emoji_come_back_exactly(text: str):
    document = one_entry(title=text, bullets=(text,))
    document.contact = Contact(text, headline=text, items=[Run(text)])
    word, report = render(document)
    assert report.warnings == []
    assert paragraphs_with_style(word, "Title")[0].text == text
    assert paragraphs_with_style(word, "Subtitle")[0].text == text
    assert paragraphs_with_style(word, "Contact")[0].text == text
    assert inner_texts(paragraphs_with_style(word, "Heading 2")[0])[0] == text
    assert paragraphs_with_style(word, "List Bullet")[0].text == text


def test_a_very_long_bullet_comes_back_whole():
    long_text = ("Reduced cloud spend by renegotiating reserved capacity; " * 100)[:5000]
    word, report = render(one_entry(bullets=(long_text,)))
    assert paragraphs_with_style(word, "List Bullet")[0].text == long_text
    assert report.warnings == []


def unholdable(character: str) -> bool:
    """Independent oracle: characters the renderer must drop and count (a line end or a tab
    becomes a break or a blank, a lone surrogate U+FFFD: neither is counted).
    """
    code = ord(character)
    if character in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85":
        return False
    return (
        unicodedata.category(character) == "Cc"
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFE == 0xFFFE
    )


any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)


@settings(
    max_examples=75,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(title=any_text, bullets=st.lists(any_text, min_size=1, max_size=3), link=any_text)
def test_arbitrary_text_never_breaks_the_file(title: str, bullets: list[str], link: str):
    document = one_entry(title=title, bullets=tuple(bullets))
    document.sections[0].title = title
    document.sections[0].children.append(Paragraph([Run("see", link=link), Run(title)]))
    word, report = render(document)
    dropped = sum(unholdable(c) for c in [*title * 3, *link, *"".join(bullets)])
    if dropped:
        assert report.warnings == [
            f"{dropped} character{'s' if dropped > 1 else ''} that a DOCX cannot hold "
            f"{'were' if dropped > 1 else 'was'} left out"
        ]
    else:
        assert report.warnings == []
    bullet_texts = [p.text for p in paragraphs_with_style(word, "List Bullet")]
    # What each character becomes is export/text.py's policy, tested there against an oracle.
    expected = [clean_text(b) for b in bullets]
    assert bullet_texts == [b for b in expected if b]
