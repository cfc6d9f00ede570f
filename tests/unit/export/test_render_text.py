"""Markdown and plain-text renderers: complete content, safe escaping and 80-column wrapping."""

from __future__ import annotations

import bisect
import string
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
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
    inline_text,
)
from resume_builder.export.render_text import render_markdown, render_plain_text
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text
from resume_builder.services.demo import demo_records

TODAY = date(2026, 3, 1)
INJECTIONS = (
    "[click](javascript:alert(1))",
    "<script>alert(1)</script>",
    "**bold**",
    "# not a heading",
    "![img](https://evil.example/x.png)",
    "`code` | pipe ~~strike~~ &amp; _under_",
)


# ----------------------------------------------------------------------------- helpers
def normalise(text: str) -> str:
    return " ".join(text.split())


def expected_text(text: str) -> str:
    """What a renderer must show of user text: cleaned by the one policy (tested against an
    oracle in test_text.py), blanks normalised.
    """
    return normalise(clean_text(text))


def markdown_line_text(line: str) -> str:
    """A Markdown line as a reader sees it: escapes resolved, emphasis and link syntax gone."""
    out: list[str] = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line) and line[i + 1] in string.punctuation:
            out.append(line[i + 1])
            i += 2
        elif ch in "*[":  # unescaped: emphasis or the start of a link's text
            i += 1
        elif ch == "]" and line[i + 1 : i + 2] == "(":
            i = line.index(")", i) + 1  # the link target (percent-encoded, no parentheses)
        elif line.startswith("<br>", i):
            out.append(" ")
            i += 4
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def markdown_text(markdown: str) -> str:
    return "\n".join(markdown_line_text(line) for line in markdown.split("\n"))


def unescaped(markdown: str, char: str) -> list[int]:
    """Positions of `char` that Markdown would read as syntax (no escaping backslash)."""
    positions = []
    i = 0
    while i < len(markdown):
        if markdown[i] == "\\":
            i += 2
            continue
        if markdown[i] == char:
            positions.append(i)
        i += 1
    return positions


def assert_reading_order(reading: list[str], output: str, *, fold: bool = False) -> None:
    """Every reading line appears in the output, each on the same output line as the
    previous one or after it (an entry's dates may sit before or after its organisation).
    """
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for line in output.split("\n"):
        text = normalise(line)
        if not text:
            continue
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 1
    flat = " ".join(parts)
    if fold:
        flat = flat.casefold()
    cursor = 0
    for line in reading:
        needle = normalise(line)
        if fold:
            needle = needle.casefold()
        if not needle:
            continue
        found = flat.find(needle, cursor)
        assert found >= 0, f"{line!r} is missing (or out of order) after: {flat[cursor:][:120]!r}"
        cursor = starts[bisect.bisect_right(starts, found + len(needle) - 1) - 1]


def assert_unwrapped(text: str, *paragraphs: str) -> None:
    """Each paragraph's text is on a single line of the output: nothing was hard-wrapped."""
    lines = [normalise(line) for line in text.split("\n")]
    for paragraph in paragraphs:
        for part in clean_text(paragraph).split("\n"):
            wanted = normalise(part)
            if wanted:
                assert any(wanted in line for line in lines), f"{wanted!r} is split over lines"


def document_with(*blocks, contact: Contact | None = None) -> Document:
    return Document(
        meta=DocumentMeta(title="T", author="A"),
        contact=contact,
        sections=[Section("experience", "Experience", list(blocks))],
    )


@pytest.fixture(scope="module")
def snapshot() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(TODAY))


@pytest.fixture(scope="module")
def resume(snapshot) -> Document:
    return build_resume(snapshot, Style(), ResumeOptions(today=TODAY)).document


@pytest.fixture(scope="module")
def career(snapshot) -> Document:
    return build_career_document(snapshot, Style())


# ----------------------------------------------------------------------------- completeness
def test_plain_text_has_every_line_of_the_resume_in_order(resume):
    text = render_plain_text(resume)
    assert_reading_order(resume.reading_text(), text, fold=True)
    assert text.split("\n")[0] == "DANA LINDQVIST"


def test_markdown_has_every_line_of_the_resume_in_order(resume):
    markdown = render_markdown(resume)
    assert_reading_order(resume.reading_text(), markdown_text(markdown))
    assert markdown.startswith("# Dana Lindqvist\n")


@pytest.mark.parametrize("render", [render_plain_text, render_markdown])
def test_career_document_with_tables_is_complete(career, render):
    output = render(career)
    if render is render_markdown:
        output = markdown_text(output)
    assert_reading_order(career.reading_text(), output, fold=True)


def test_the_order_check_notices_a_missing_or_moved_line(resume):
    text = render_plain_text(resume)
    lines = resume.reading_text()
    with pytest.raises(AssertionError):
        assert_reading_order([*lines, "A line no renderer wrote"], text, fold=True)
    with pytest.raises(AssertionError):
        assert_reading_order([lines[-1], lines[1]], text, fold=True)


# ----------------------------------------------------------------------------- layout
def test_markdown_layout(resume):
    markdown = render_markdown(resume)
    lines = markdown.split("\n")
    assert "## Experience" in lines
    title = next(i for i, line in enumerate(lines) if line.startswith("### "))
    assert lines[title + 2].endswith(" – Present")
    assert " · " in lines[title + 2]
    assert lines[title + 4].startswith("*") and lines[title + 4].endswith("*")
    assert "[dana.lindqvist@example.com](mailto:dana.lindqvist@example.com)" in markdown
    assert any(line.startswith("- ") for line in lines)


def test_plain_text_layout(resume):
    text = render_plain_text(resume)
    lines = text.split("\n")
    assert lines[1] == "IT Operations and Platform Engineering Leader"
    heading = lines.index("EXPERIENCE")
    assert lines[heading + 1] == "=" * len("EXPERIENCE")
    assert lines[heading + 3] == "Associate Director, IT Operations"
    assert lines[heading + 4] == (
        "Halvard Industrial Group AB · Stockholm, Sweden · Sep 2021 – Present"
    )
    assert any(line.startswith("• ") for line in lines)


def test_plain_text_is_one_paragraph_per_line_for_web_forms(resume, career):
    for document in (resume, career):
        text = render_plain_text(document)
        bullets = [b for b in document.walk() if isinstance(b, Bullet)]
        assert_unwrapped(text, *(inline_text(b.runs) for b in bullets))
        assert any(len(line) > 80 for line in text.split("\n"))  # no 80-column wrap
    long_word = "https://example.com/" + "x" * 100
    doc = document_with(
        Bullet([Run("word " * 40 + long_word + " tail")]),
        Bullet([Run("nested " * 20)], level=1),
        Paragraph([Run("para " * 40 + "\nsecond line")]),
    )
    lines = render_plain_text(doc).split("\n")
    assert "• " + "word " * 40 + long_word + " tail" in lines
    assert "  • " + ("nested " * 20).strip() in lines
    # A line break the author typed stays; none is added.
    assert ("para " * 40).strip() in lines and "second line" in lines


def test_the_unwrapped_check_notices_a_wrapped_paragraph():
    with pytest.raises(AssertionError):
        assert_unwrapped("word word\nword", "word word word")


def test_a_long_title_keeps_its_details_on_the_next_line():
    title = ("Principal " * 8).strip()
    text = render_plain_text(document_with(Entry(title=title, organisation="Org", dates="2020")))
    lines = text.split("\n")
    index = lines.index(title)
    assert lines[index + 1] == "Org · 2020"


def test_tables_render_in_both_formats():
    doc = document_with(Table(("Skill", "Proof"), [("Go | Rust", "First\nSecond")]))
    markdown = render_markdown(doc)
    assert "| Skill | Proof |\n| --- | --- |\n| Go \\| Rust | First<br>Second |" in markdown
    text = render_plain_text(doc)
    assert "Go | Rust\n  First\n  Second" in text


# ----------------------------------------------------------------------------- escaping
@pytest.mark.parametrize("payload", INJECTIONS)
def test_markup_in_a_bullet_stays_literal_in_markdown(payload):
    markdown = render_markdown(document_with(Bullet([Run(payload)])))
    line = next(line for line in markdown.split("\n") if line.startswith("- "))
    body = line[2:]
    # Parentheses, "!", ">" and "#" inside a line mean nothing without a "[" or a line start.
    for char in "[]<*`|~":
        assert unescaped(body, char) == [], f"{char!r} is live in {body!r}"
    assert markdown_line_text(body) == payload
    assert render_plain_text(document_with(Bullet([Run(payload)]))).count(payload) == 1


def test_injection_examples_are_escaped_exactly():
    markdown = render_markdown(document_with(*(Bullet([Run(p)]) for p in INJECTIONS)))
    assert "- \\[click\\](javascript:alert(1))" in markdown
    assert "- \\<script>alert(1)\\</script>" in markdown
    assert "- \\*\\*bold\\*\\*" in markdown
    assert "- \\# not a heading" in markdown


def test_the_escape_check_notices_live_markup():
    assert unescaped("[click](javascript:x)", "[") == [0]
    assert unescaped("\\[click\\]", "[") == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("# Heading?", "\\# Heading?"),
        ("- list?", "\\- list?"),
        ("+ list?", "\\+ list?"),
        ("1. ordered?", "1\\. ordered?"),
        ("12) ordered?", "12\\) ordered?"),
        ("> quote?", "\\> quote?"),
        ("===", "\\==="),
        ("---", "\\---"),
        ("    code?", "code?"),
        ("***", "\\*\\*\\*"),
    ],
)
def test_block_markers_at_a_line_start_are_escaped(text, line):
    markdown = render_markdown(document_with(Paragraph([Run(f"Intro\n{text}")])))
    body = markdown.split("## Experience\n\n", 1)[1]
    assert body.split("\n")[:2] == ["Intro  ", line]  # a hard break, then the escaped line


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("Cut costs (by 9.5%)!", "Cut costs (by 9.5%)!"),
        ("snake_case and R&D {team}", "snake_case and R&D {team}"),
        ("C:\\Users and C# > Java", "C:\\Users and C# > Java"),
        ("&amp; stays text", "\\&amp; stays text"),
        ("_under_ and trailing\\", "\\_under\\_ and trailing\\\\"),
        ("Ranked #", "Ranked \\#"),
    ],
)
def test_markdown_escapes_only_what_markdown_would_read(text, markdown):
    rendered = render_markdown(document_with(Paragraph([Run(text)])))
    assert rendered.split("## Experience\n\n", 1)[1] == markdown + "\n"
    assert markdown_line_text(markdown) == text


def test_block_markers_inside_a_line_are_left_alone():
    markdown = render_markdown(document_with(Paragraph([Run("Cut costs - by 9.5% + more")])))
    assert "Cut costs - by 9.5% + more" in markdown


def test_markup_in_titles_contact_and_tables_is_escaped():
    doc = document_with(
        Entry(title="# <b>Lead</b>", organisation="- Acme [x](y)", dates="2020", scope="*s*"),
        Table(("<i>", "|"), [("**a**", "[b](c)")]),
        contact=Contact(name="# Ann", headline="> quote", items=[Run("<x>")]),
    )
    markdown = render_markdown(doc)
    for char in "<[]":
        assert unescaped(markdown, char) == []
    assert "### \\# \\<b>Lead\\</b>" in markdown
    assert "\\- Acme \\[x\\](y) · 2020" in markdown
    assert "*\\*s\\**" in markdown
    assert markdown.startswith("# \\# Ann\n\n\\> quote\n\n\\<x>")


def test_only_safe_link_targets_become_links():
    items = [
        Run("site", link="https://example.com/a_(b) c"),
        Run("evil", link="javascript:alert(1)"),
        Run("mail", link="mailto:a@example.com"),
    ]
    markdown = render_markdown(document_with(contact=Contact(name="A", items=items)))
    assert "[site](https://example.com/a_%28b%29%20c)" in markdown
    assert "javascript" not in markdown
    assert "[mail](mailto:a@example.com)" in markdown
    text = render_plain_text(document_with(contact=Contact(name="A", items=items)))
    # Plain text cannot link: the target is shown unless the text already says it.
    assert "site (https://example.com/a_(b) c)" in text
    assert "mail (mailto:a@example.com)" in text
    assert "javascript" not in text


def test_phone_file_and_script_targets_stay_plain_text():
    items = [
        Run("call me", link="tel:+46705550123"),
        Run("passwd", link="file:///etc/passwd"),
        Run("page", link="data:text/html,x"),
        Run("web", link="http://example.com"),
    ]
    document = document_with(contact=Contact(name="A", items=items))
    markdown = render_markdown(document)
    assert "[web](http://example.com)" in markdown
    assert "call me ·\u00a0passwd ·\u00a0page" in markdown
    for scheme in ("tel:", "file:", "data:"):
        assert scheme not in markdown
    text = render_plain_text(document)
    assert "call me ·\u00a0passwd ·\u00a0page ·\u00a0web (http://example.com)" in text
    for scheme in ("tel:", "file:", "data:"):
        assert scheme not in text


def test_control_characters_go_and_unicode_stays():
    doc = document_with(Bullet([Run("Bell\x07 esc\x1b[31m red\x00 ok 🚀 Zürich\tT\r\nnext")]))
    for output in (render_plain_text(doc), render_markdown(doc)):
        assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in output)
        assert "🚀 Zürich" in output
    assert "• Bell esc[31m red ok 🚀 Zürich T next" in render_plain_text(doc)


def test_empty_document_renders():
    empty = Document(meta=DocumentMeta(title="", author=""), contact=None)
    assert render_plain_text(empty) == "\n"
    assert render_markdown(empty) == "\n"
    blank = Document(
        meta=DocumentMeta(title="", author=""),
        contact=Contact(name=""),
        sections=[Section("x", "", [Entry(title=""), Bullet([]), Paragraph([])])],
    )
    render_plain_text(blank)
    render_markdown(blank)


# ----------------------------------------------------------------------------- properties
@settings(max_examples=300, deadline=None)
@given(bullet=st.text(), title=st.text(max_size=120), paragraph=st.text())
def test_arbitrary_text_never_raises_and_survives(bullet, title, paragraph):
    doc = document_with(
        Entry(
            title=title, organisation=title, dates="2020 – 2021", children=[Bullet([Run(bullet)])]
        ),
        Paragraph([Run(paragraph, bold=True)]),
        contact=Contact(name=title, items=[Run(title, link="https://example.com")]),
    )
    text = render_plain_text(doc)
    markdown = render_markdown(doc)
    assert_unwrapped(text, bullet, paragraph)
    readable = normalise(markdown_text(markdown))
    for part in (bullet, title, paragraph):
        assert expected_text(part) in normalise(text)
        assert expected_text(part) in readable
    for output in (text, markdown):
        output.encode("utf-8")  # no lone surrogates
        assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in output)
