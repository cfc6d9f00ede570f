"""PDF renderer: reads every produced PDF back with pypdf and checks text, order, fonts, layout."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

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
from resume_builder.export.fonts import FAMILY_NAMES, font_path, register_reportlab_fonts
from resume_builder.export.render_pdf import (
    PdfReport,
    escape_markup,
    quote_attribute,
    render_pdf,
)
from resume_builder.export.style import Style

TEMPLATES = Path(__file__).parents[3] / "templates"
STYLES = load_catalog(TEMPLATES).styles
INTERNATIONAL_NAMES = ["Łukasz Żółć", "Ångström", "Σοφία Παπαδοπούλου", "Дмитрий"]


# -- building documents -------------------------------------------------------------------


def bullets(*texts: str) -> list[Bullet]:
    return [Bullet(plain(text)) for text in texts]


def sample_document() -> Document:
    """A full résumé: contact, summary, three roles, education, skills and a table."""
    return Document(
        meta=DocumentMeta(
            title="Łukasz Żółć — Résumé",
            author="Łukasz Żółć",
            subject="Platform engineering leadership",
            keywords=["platform", "reliability", "leadership"],
        ),
        contact=Contact(
            name="Łukasz Żółć",
            headline="Director of Platform Engineering",
            items=[
                Run("lukasz@example.com", link="mailto:lukasz@example.com"),
                Run("+46 70 123 45 67"),
                Run("Malmö, Sweden"),
                Run("linkedin.com/in/lukasz-zolc", link="https://linkedin.com/in/lukasz-zolc"),
            ],
        ),
        sections=[
            Section(
                "summary",
                "Summary",
                [
                    Paragraph(
                        [
                            Run("Engineering leader with "),
                            Run("fifteen years", bold=True),
                            Run(" building reliable platforms; known for turning "),
                            Run("fragile, costly", italic=True),
                            Run(" systems into calm, cheap ones. Fluent in English and Polish."),
                        ]
                    )
                ],
            ),
            Section(
                "experience",
                "Experience",
                [
                    Entry(
                        title="Director of Platform Engineering",
                        organisation="Ångström Logistics AB",
                        location="Malmö, Sweden",
                        dates="May 2019 – Present",
                        scope="4 teams, 38 engineers, €6M budget",
                        record_id="role-angstrom",
                        children=bullets(
                            "Cut cloud spend by 31% ($2.4M a year) by introducing budgets, "
                            "dashboards and weekly reviews with every product team.",
                            "Raised deployment frequency from weekly to 40 times a day while "
                            "halving the change failure rate.",
                            "Hired and coached four managers, two of them promoted to senior "
                            "roles within eighteen months.",
                            "Led the migration of 120 services to Kubernetes with no customer-"
                            "visible downtime, working with Σοφία Παπαδοπούλου in security.",
                        ),
                    ),
                    Entry(
                        title="Engineering Manager, Infrastructure",
                        organisation="Nordlys Payments",
                        location="Copenhagen, Denmark",
                        dates="Feb 2014 – Apr 2019",
                        record_id="role-nordlys",
                        children=[
                            *bullets(
                                "Built the on-call programme from nothing: 99.95% availability "
                                "for three consecutive years.",
                                "Automated PCI evidence collection, saving 600 auditor hours "
                                "a year.",
                                "Mentored Дмитрий and five other engineers into tech leads.",
                            ),
                            Bullet(plain("Wrote the incident review guide still in use."), 1),
                            Bullet(
                                [
                                    Run("Negotiated a "),
                                    Run("three-year", bold=True),
                                    Run(" hosting contract 22% below list price."),
                                ]
                            ),
                        ],
                    ),
                    Entry(
                        title="Senior Systems Engineer",
                        organisation="Kraków Software House",
                        dates="2009 – 2014",
                        record_id="role-krakow",
                        children=bullets(
                            "Designed the monitoring stack for 2,000 hosts.",
                            "Reduced page load times by 45% across the public site.",
                            "Introduced configuration management for every server.",
                        ),
                    ),
                ],
            ),
            Section(
                "education",
                "Education",
                [
                    Entry(
                        title="MSc Computer Science",
                        organisation="AGH University of Science and Technology",
                        location="Kraków, Poland",
                        dates="2004 – 2009",
                        record_id="edu-agh",
                    )
                ],
            ),
            Section(
                "skills",
                "Skills",
                [
                    Paragraph(
                        plain(
                            "Kubernetes · Terraform · AWS · Google Cloud · Incident management "
                            "· Budgeting · Hiring · Python · Go"
                        )
                    )
                ],
            ),
            Section(
                "projects",
                "Skills index",
                [
                    Table(
                        header=("Skill", "Proven by"),
                        rows=[
                            ("Cost management", "Cut cloud spend by 31%; PCI evidence automation"),
                            ("Reliability", "On-call programme; 99.95% availability"),
                            ("Leadership", "Hired and coached four managers"),
                        ],
                    )
                ],
            ),
        ],
    )


def one_bullet_document(*runs: Run, title: str = "Engineer") -> Document:
    return Document(
        meta=DocumentMeta(title="Test", author="Tester"),
        contact=Contact(name="Tester"),
        sections=[
            Section(
                "experience",
                "Experience",
                [Entry(title=title, dates="2020 – 2024", children=[Bullet(list(runs))])],
            )
        ],
    )


# -- reading PDFs back --------------------------------------------------------------------


def render(document: Document, style: Style, **options: str) -> tuple[bytes, PdfReport]:
    buffer = io.BytesIO()
    report = render_pdf(document, style, buffer, **options)
    return buffer.getvalue(), report


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def words(text: str) -> list[str]:
    return text.split()


def expected_lines(document: Document, style: Style) -> list[str]:
    """reading_text(), with top-level section titles in capitals when the style says so."""
    titles = {section.title for section in document.sections}
    return [
        line.upper() if style.heading_upper and line in titles else line
        for line in document.reading_text()
    ]


def assert_lines_in_order(lines: list[str], text: str) -> None:
    """Each line's words appear as whole, consecutive words, and the lines come in order.

    Comparing whole words (not substrings) catches words glued together or broken apart by
    spacing or ligature damage.
    """
    found = words(text)
    position = 0
    for line in lines:
        wanted = words(line)
        if not wanted:
            continue
        for start in range(position, len(found) - len(wanted) + 1):
            if found[start : start + len(wanted)] == wanted:
                position = start + len(wanted)
                break
        else:
            context = " ".join(found[position : position + 30])
            pytest.fail(f"not found in order: {line[:100]!r}\nextracted from there: {context!r}")


def fonts_of(data: bytes) -> list[dict]:
    reader = PdfReader(io.BytesIO(data))
    fonts = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            fonts.append(font.get_object())
    return fonts


def link_targets(data: bytes) -> list[str]:
    targets = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                targets.append(str(action["/URI"]))
    return targets


@pytest.fixture(scope="module")
def classic() -> Style:
    return STYLES["classic"]


# -- fonts --------------------------------------------------------------------------------


def test_every_bundled_face_exists_and_registers() -> None:
    for family in FAMILY_NAMES:
        for bold in (False, True):
            for italic in (False, True):
                assert font_path(family, bold, italic).is_file()
    names = register_reportlab_fonts()
    assert names == {"serif": "NotoSerif-Regular", "sans": "NotoSans-Regular"}
    assert register_reportlab_fonts(["sans"]) == {"sans": "NotoSans-Regular"}
    with pytest.raises(ValueError, match="unknown font family"):
        font_path("mono", False, False)


def test_templates_were_found() -> None:
    assert {"classic", "modern", "compact"} <= set(STYLES)


# -- content and order, for every template ------------------------------------------------


@pytest.mark.parametrize("key", sorted(STYLES))
def test_every_line_extracts_in_reading_order(key: str) -> None:
    style = STYLES[key]
    document = sample_document()
    data, report = render(document, style)
    text = "\n".join(page_texts(data))
    assert_lines_in_order(expected_lines(document, style), text)
    assert report.pages == len(PdfReader(io.BytesIO(data)).pages)
    assert report.warnings == []
    assert set(report.entry_pages) == {"role-angstrom", "role-nordlys", "role-krakow", "edu-agh"}


@pytest.mark.parametrize("key", sorted(STYLES))
def test_title_and_dates_share_a_line_and_the_employer_is_on_the_next(key: str) -> None:
    data, _ = render(sample_document(), STYLES[key])
    lines = [" ".join(line.split()) for line in "\n".join(page_texts(data)).splitlines()]
    title_line = lines.index("Director of Platform Engineering May 2019 – Present")
    assert lines[title_line + 1] == "Ångström Logistics AB · Malmö, Sweden"
    assert lines[title_line + 2] == "4 teams, 38 engineers, €6M budget"


@pytest.mark.parametrize("key", sorted(STYLES))
def test_headings_are_lines_of_their_own(key: str) -> None:
    style = STYLES[key]
    data, _ = render(sample_document(), style)
    lines = {" ".join(line.split()) for line in "\n".join(page_texts(data)).splitlines()}
    for title in ("Summary", "Experience", "Education", "Skills", "Skills index"):
        assert (title.upper() if style.heading_upper else title) in lines


@pytest.mark.parametrize("key", sorted(STYLES))
def test_international_names_extract_exactly(key: str) -> None:
    data, _ = render(sample_document(), STYLES[key])
    # A name may wrap at its space; letters must come back exactly.
    text = " ".join("\n".join(page_texts(data)).split())
    for name in INTERNATIONAL_NAMES:
        assert name in text


def test_metadata_reads_back(classic: Style) -> None:
    data, _ = render(sample_document(), classic)
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.title == "Łukasz Żółć — Résumé"
    assert meta.author == "Łukasz Żółć"
    assert meta.subject == "Platform engineering leadership"
    assert meta.creator == "Resume Builder"
    assert "reliability" in meta["/Keywords"]


@pytest.mark.parametrize("key", sorted(STYLES))
def test_every_font_is_embedded(key: str) -> None:
    data, _ = render(sample_document(), STYLES[key])
    fonts = fonts_of(data)
    assert fonts
    for font in fonts:
        if font.get("/Subtype") == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, f"{font.get('/BaseFont')} has no descriptor"
        assert "/FontFile2" in descriptor.get_object(), f"{font.get('/BaseFont')} not embedded"
    assert not any("Helvetica" in str(font.get("/BaseFont")) for font in fonts)


def test_links_point_where_the_runs_say(classic: Style) -> None:
    data, _ = render(sample_document(), classic)
    targets = link_targets(data)
    assert "mailto:lukasz@example.com" in targets
    assert "https://linkedin.com/in/lukasz-zolc" in targets


def test_a_table_cell_longer_than_a_page_flows_over_pages(classic: Style) -> None:
    # A CMD's skills index: hundreds of accomplishments prove one skill. reportlab cannot
    # split one table row across pages, so every line must become a row of its own.
    proofs = [f"Accomplishment number {n} that proves the skill" for n in range(1, 301)]
    document = Document(
        meta=DocumentMeta(title="Index", author="Tester"),
        contact=None,
        sections=[
            Section(
                "skills_index",
                "Skills index",
                [
                    Table(
                        ("Skill", "Accomplishments"),
                        [("Kubernetes", "\n".join(proofs)), ("Hiring", "Grew the team")],
                    )
                ],
            )
        ],
    )
    data, report = render(document, classic)
    assert report.pages >= 4
    text = "\n".join(page_texts(data))
    assert_lines_in_order(["SKILLS INDEX", "Skill Accomplishments", "Kubernetes", *proofs], text)
    assert_lines_in_order(["Hiring Grew the team"], text.split(proofs[-1])[1])
    assert not any("Helvetica" in str(font.get("/BaseFont")) for font in fonts_of(data))


# -- hostile and awkward text -------------------------------------------------------------


def test_markup_in_user_text_prints_literally_and_reads_no_file(classic: Style) -> None:
    hostile = [
        '<img src="/nonexistent/x.png">',
        "<b>x</b>",
        "A<B & C>D",
        "&amp; &lt; &#169; &nbsp;",
        '<a href="file:///etc/passwd">passwd</a>',
        "<br/><para>",
    ]
    document = one_bullet_document(*(Run(text + " ") for text in hostile), title="<i>Title</i>")
    document.contact = Contact(name='<font size="40">Big</font>')
    data, report = render(document, classic)
    text = "\n".join(page_texts(data))
    for piece in [*hostile, "<i>Title</i>", '<font size="40">Big</font>']:
        assert " ".join(piece.split()) in " ".join(text.split())
    assert link_targets(data) == []
    reader = PdfReader(io.BytesIO(data))
    assert "/XObject" not in reader.pages[0]["/Resources"]
    assert report.warnings == []


def test_hostile_links_are_escaped_or_dropped(classic: Style) -> None:
    tricky = 'https://example.com/?q="x"&y=<z>'
    document = one_bullet_document(
        Run("site ", link=tricky),
        Run("script ", link="javascript:alert(1)"),
        Run("local", link="file:///etc/passwd"),
    )
    data, report = render(document, classic)
    assert link_targets(data) == [tricky]
    assert "site script local" in " ".join("\n".join(page_texts(data)).split())
    assert any("2 links" in warning for warning in report.warnings)


def test_only_web_and_mail_links_become_links(classic: Style) -> None:
    document = one_bullet_document(
        Run("web ", link="https://example.com"),
        Run("plain ", link="http://example.com/a"),
        Run("mail ", link="mailto:a@example.com"),
        Run("call ", link="tel:+46705550123"),
        Run("data ", link="data:text/html,<b>x</b>"),
        Run("ftp", link="ftp://example.com/x"),
    )
    data, report = render(document, classic)
    assert link_targets(data) == [
        "https://example.com",
        "http://example.com/a",
        "mailto:a@example.com",
    ]
    assert "web plain mail call data ftp" in " ".join("\n".join(page_texts(data)).split())
    assert any("3 links are not web or e-mail" in warning for warning in report.warnings)


def test_user_text_makes_reportlab_read_no_file_and_reach_no_host(
    classic: Style, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins
    import urllib.request

    import reportlab.lib.utils as rl_utils
    from reportlab import rl_config

    secret = tmp_path / "passwd.png"
    secret.write_bytes(b"not an image")
    forbidden = (str(secret), "/etc/passwd", "file:", "http:", "https:", "data:")
    touched: list[str] = []

    def guard(real):
        def guarded(name, *args, **kwargs):
            if isinstance(name, str) and any(mark in name for mark in forbidden):
                touched.append(name)
                raise AssertionError(f"reportlab tried to read {name!r}")
            return real(name, *args, **kwargs)

        return guarded

    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(rl_utils, "open_for_read", guard(rl_utils.open_for_read))
    monkeypatch.setattr(rl_utils, "rlUrlRead", guard(rl_utils.rlUrlRead))
    monkeypatch.setattr(urllib.request, "urlopen", guard(urllib.request.urlopen))
    # The guard works: the same markup, unescaped, makes reportlab open the file.
    from reportlab.platypus import Paragraph as RLParagraph

    with pytest.raises(Exception, match="passwd"):
        RLParagraph(f'<img src="{secret}" width="10" height="10"/>')
    assert touched
    touched.clear()

    # Record the trust settings in force while the story (and its markup) is made.
    from resume_builder.export.render_pdf.story import StoryBuilder

    trust_during_render: list[tuple[object, object]] = []

    real_builder_story = StoryBuilder.story

    def spying_story(self, document):
        trust_during_render.append((rl_config.trustedHosts, rl_config.trustedSchemes))
        return real_builder_story(self, document)

    monkeypatch.setattr(StoryBuilder, "story", spying_story)
    monkeypatch.setattr(rl_config, "trustedHosts", ["*"])
    hostile = [
        f'<img src="{secret}" width="10" height="10"/>',
        '<img src="/etc/passwd"/>',
        '<img src="file:///etc/passwd"/>',
        '<img src="https://evil.example/x.png"/>',
        '<a href="file:///etc/passwd">passwd</a>',
        '<font face="/etc/passwd">x</font>',
    ]
    document = one_bullet_document(
        *(Run(text + " ") for text in hostile),
        Run("link", link="file:///etc/passwd"),
        Run(" remote", link=f"file://{secret}"),
    )
    document.contact = Contact(name="Tester", items=[Run("site", link="file:///etc/passwd")])
    data, report = render(document, classic)
    assert touched == []
    assert link_targets(data) == []
    text = " ".join("\n".join(page_texts(data)).split())
    for piece in hostile:
        assert " ".join(piece.split()) in text
    reader = PdfReader(io.BytesIO(data))
    assert all("/XObject" not in page["/Resources"] for page in reader.pages)
    assert any("3 links" in warning for warning in report.warnings)
    # No host and no scheme was trusted while the document was drawn, and the process-wide
    # settings are back as they were afterwards.
    assert trust_during_render == [(None, [])]
    assert rl_config.trustedHosts == ["*"]
    assert "file" in rl_config.trustedSchemes


def test_control_characters_are_left_out_and_emoji_named_with_a_warning(classic: Style) -> None:
    document = one_bullet_document(
        Run("Cut costs\x00 by 30%\x07 🚀 in Q3 👍🏽, then ©\ufe0f kept\x1b going\r\nnext line")
    )
    data, report = render(document, classic)
    text = " ".join("\n".join(page_texts(data)).split())
    # Emoji are never dropped silently: each prints as its name in brackets.
    assert "Cut costs by 30% [rocket] in Q3 [thumbs up sign], then © kept going next line" in text
    assert report.warnings[0] == (
        "No glyph: 3 characters (emoji) have no glyph in the bundled fonts and print as "
        "their names in brackets"
    )


def test_lone_surrogates_are_replaced(classic: Style) -> None:
    data, _ = render(one_bullet_document(Run("before\ud800after")), classic)
    assert "before\ufffdafter" in "\n".join(page_texts(data))


def test_letters_outside_the_font_are_kept_and_reported(classic: Style) -> None:
    data, report = render(one_bullet_document(Run("Shalom שלום and salam سلام ❤")), classic)
    # Hebrew and Arabic have their own bundled fonts; the heart has none.
    assert report.warnings == [
        "No glyph: 1 different characters are not in the Noto Serif font and print as their "
        "names (“❤” as “[heavy black heart]”)"
    ]
    assert "[heavy black heart]" in page_texts(data)[0]
    text = unicodedata.normalize("NFKC", page_texts(data)[0])
    assert "Shalom שלום and salam سلام" in text


@pytest.mark.parametrize("key", sorted(STYLES))
def test_arrows_and_minus_signs_print_as_themselves(key: str) -> None:
    # Noto Serif and Sans lack them; Noto Sans Math draws them, embedded only when used.
    text = "Cut 40 → 12 min, −30% cost, ≥ 99.9%, ≤ 2 ≈ 3 ← old"
    data, report = render(one_bullet_document(Run(text), title="Dev → Lead"), STYLES[key])
    shown = " ".join(page_texts(data)[0].split())
    assert text in shown and "Dev → Lead" in shown
    assert report.warnings == []
    assert b"NotoSansMath" in data
    from resume_builder.services.glyphs import missing_glyphs

    assert missing_glyphs(one_bullet_document(Run(text)), STYLES[key]) == []  # nothing to report
    plain, _ = render(one_bullet_document(Run("Cut 40 to 12 min")), STYLES[key])
    assert b"NotoSansMath" not in plain


@pytest.mark.parametrize("key", sorted(STYLES))
def test_a_5000_character_bullet_renders_whole(key: str) -> None:
    long_text = " ".join(f"word{i}" for i in range(800))[:5000]
    document = one_bullet_document(Run(long_text))
    data, report = render(document, STYLES[key])
    assert_lines_in_order([long_text], "\n".join(page_texts(data)))
    assert report.pages >= 1


def test_a_bullet_taller_than_a_page_splits_across_pages(classic: Style) -> None:
    long_text = " ".join(f"word{i}" for i in range(3000))
    data, report = render(one_bullet_document(Run(long_text)), classic)
    pages = page_texts(data)
    assert report.pages == len(pages) >= 2
    assert "word0 " in pages[0] and "word2999" in pages[-1]
    assert_lines_in_order([long_text], "\n".join(pages))


def test_a_word_longer_than_the_line_renders(classic: Style) -> None:
    data, _ = render(one_bullet_document(Run("x" * 5000)), classic)
    assert "x" * 50 in "\n".join(page_texts(data))


# -- page size and layout -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_size", "width", "height"), [("A4", 595.28, 841.89), ("Letter", 612, 792)]
)
def test_page_sizes(classic: Style, page_size: str, width: float, height: float) -> None:
    data, _ = render(sample_document(), classic, page_size=page_size)
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert float(box.width) == pytest.approx(width, abs=0.1)
    assert float(box.height) == pytest.approx(height, abs=0.1)


def test_unknown_page_size_is_refused(classic: Style) -> None:
    with pytest.raises(ValueError, match="page size"):
        render(sample_document(), classic, page_size="A5")


def test_writes_to_a_path(classic: Style, tmp_path: Path) -> None:
    target = tmp_path / "cv.pdf"
    report = render_pdf(sample_document(), classic, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert report.pages == len(PdfReader(target).pages)


def test_empty_document_gives_one_blank_page(classic: Style) -> None:
    data, report = render(Document(DocumentMeta(title="", author=""), None), classic)
    assert report.pages == len(PdfReader(io.BytesIO(data)).pages) == 1


def filler_document(filler: int, with_bullets: bool) -> Document:
    """Role A with `filler` one-line bullets, then role B whose heading lands near a page end."""
    role_b_children = bullets("First bullet of role B.", "Second bullet of role B.")
    return Document(
        meta=DocumentMeta(title="Keep", author="Tester"),
        contact=Contact(name="Tester"),
        sections=[
            Section(
                "experience",
                "Experience",
                [
                    Entry(
                        title="Role A",
                        organisation="Company A",
                        dates="2020 – 2024",
                        record_id="a",
                        children=bullets(*(f"Filler line {i}." for i in range(filler))),
                    ),
                    Entry(
                        title="Role B",
                        organisation="Company B",
                        dates="2015 – 2020",
                        record_id="b",
                        children=role_b_children if with_bullets else [],
                    ),
                ],
            )
        ],
    )


def test_a_role_heading_never_stands_alone_at_a_page_bottom(classic: Style) -> None:
    # Without bullets, role B's heading is free to sit at the very end of page 1. Find the
    # largest filler for which it does: the room left there is less than heading + one bullet.
    def heading_page(filler: int, with_bullets: bool) -> int:
        _, report = render(filler_document(filler, with_bullets), classic)
        return report.entry_pages["b"]

    low, high = 1, 150
    assert heading_page(low, False) == 1 and heading_page(high, False) >= 2
    while high - low > 1:
        middle = (low + high) // 2
        if heading_page(middle, False) == 1:
            low = middle
        else:
            high = middle
    data, report = render(filler_document(low, with_bullets=True), classic)
    pages = page_texts(data)
    heading_on = report.entry_pages["b"]
    assert heading_on == 2, "the heading should have moved to the page of its first bullet"
    assert "Role B" in pages[1] and "First bullet of role B." in pages[1]
    assert "Role B" not in pages[0]
    assert f"Filler line {low - 1}." in pages[0]


def test_a_section_heading_keeps_with_the_first_entry(classic: Style) -> None:
    # The same squeeze, one level up: a section heading never ends a page.
    def document(filler: int) -> Document:
        return Document(
            meta=DocumentMeta(title="Keep", author="Tester"),
            contact=None,
            sections=[
                Section(
                    "summary", "Summary", [Paragraph(plain(f"Line {i}.")) for i in range(filler)]
                ),
                Section(
                    "experience",
                    "Experience",
                    [Entry(title="Role", dates="2020", record_id="r", children=bullets("Did."))],
                ),
            ],
        )

    for filler in range(40, 80):
        data, report = render(document(filler), classic)
        pages = page_texts(data)
        for number, text in enumerate(pages, start=1):
            if "EXPERIENCE" in text:
                assert report.entry_pages["r"] == number
                assert "Did." in text


def test_a_fresh_process_registers_every_face_a_document_uses(tmp_path: Path) -> None:
    # Faces are registered lazily, per document; in this test process earlier tests have
    # registered them all, so only a fresh process shows a face the renderer forgot.
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from pathlib import Path
        from test_render_pdf import STYLES, emphatic_document
        from resume_builder.export.render_pdf import render_pdf
        for key, style in STYLES.items():
            for heading_font in ("serif", "sans"):
                changed = style.with_changes(heading_font=heading_font)
                render_pdf(emphatic_document(), changed, Path({str(tmp_path)!r}) / "x.pdf")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]


def emphatic_document() -> Document:
    """Every kind of emphasis in every place that takes runs."""
    runs = [Run("plain "), Run("bold ", bold=True), Run("italic ", italic=True)]
    runs.append(Run("both", bold=True, italic=True))
    return Document(
        meta=DocumentMeta(title="Emphasis", author="Tester"),
        contact=Contact(name="Tester", headline="Head", items=[Run("x", bold=True, italic=True)]),
        sections=[
            Section(
                "experience",
                "Experience",
                [
                    Entry(title="T", dates="2020", scope="Scope", children=[Bullet(runs)]),
                    Paragraph(runs, style="small"),
                    Section("projects", "Nested", [Table(("a", "b"), [("c", "d")])]),
                ],
            )
        ],
    )


def test_only_the_faces_in_use_are_embedded() -> None:
    plain_document = one_bullet_document(Run("plain"))
    data, _ = render(plain_document, STYLES["classic"])
    names = {str(font.get("/BaseFont")) for font in fonts_of(data)}
    assert any("NotoSerif-Bold" in name for name in names)
    assert not any("Italic" in name for name in names)
    data, _ = render(emphatic_document(), STYLES["classic"])
    names = {str(font.get("/BaseFont")) for font in fonts_of(data)}
    assert any("NotoSerif-BoldItalic" in name for name in names)


@given(text=st.text())
def test_markup_escaping_matches_the_standard_library(text: str) -> None:
    assert escape_markup(text) == escape(text)
    assert quote_attribute(text) == quoteattr(text, {'"': "&quot;"})


# -- anything a user can type -------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text())
def test_arbitrary_bullet_text_never_raises(text: str) -> None:
    data, report = render(one_bullet_document(Run(text)), STYLES["classic"])
    assert data.startswith(b"%PDF-")
    assert report.pages >= 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), link=st.text(), bold=st.booleans(), italic=st.booleans())
def test_arbitrary_text_anywhere_never_raises(
    text: str, link: str, bold: bool, italic: bool
) -> None:
    document = Document(
        meta=DocumentMeta(title=text, author=text, subject=text, keywords=[text]),
        contact=Contact(name=text, headline=text, items=[Run(text, link=link)]),
        sections=[
            Section(
                "experience",
                text,
                [
                    Entry(
                        title=text,
                        organisation=text,
                        location=text,
                        dates=text,
                        scope=text,
                        record_id="r",
                        children=[Bullet([Run(text, bold=bold, italic=italic, link=link)], 1)],
                    ),
                    Paragraph([Run(text, bold=bold, italic=italic)], style="muted"),
                    Table(header=(text, text), rows=[(text, text)]),
                ],
            )
        ],
    )
    data, _ = render(document, STYLES["modern"])
    assert data.startswith(b"%PDF-")


@pytest.mark.parametrize("key", sorted(STYLES))
def test_labelled_paragraphs_read_label_then_text_across_pages(key: str) -> None:
    """Labelled paragraphs ("Label: text", a CMD story) are a bold label in front of a one-font
    paragraph: the label is extracted first, on the same line, and a story that runs over a
    page end goes on without its label being repeated.
    """
    style = STYLES[key]
    long = " ".join(f"word{number}" for number in range(1500))
    story = [
        Paragraph([Run("Situation: ", bold=True), Run("Backups ran & <nobody> looked.")]),
        Paragraph([Run("Action: ", bold=True), Run(long)]),
        Paragraph([Run("Skills used: ", bold=True), Run("Python, Łódź")], style="small"),
    ]
    document = Document(
        meta=DocumentMeta(title="Test", author="Tester"),
        contact=Contact(name="Tester"),
        sections=[Section("experience", "Experience", [Entry(title="Engineer", children=story)])],
    )
    data, report = render(document, style)
    assert report.pages >= 2
    text = "\n".join(page_texts(data))
    assert "Situation: Backups ran & <nobody> looked." in text
    assert "Action: word0 word1" in text
    assert "Skills used: Python, Łódź" in text
    assert text.count("Action:") == 1
    assert_lines_in_order(expected_lines(document, style), text)
    names = {str(font["/BaseFont"]) for font in fonts_of(data)}
    assert any("Bold" in name for name in names)
