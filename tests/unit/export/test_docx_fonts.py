"""The fonts and the line spacing of a DOCX, read back from the file: the bundled faces it uses
are embedded as Word embeds fonts, the signs they lack are set in Noto Sans Math, and every
paragraph style has the PDF's leading as exact line spacing.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from resume_builder.export.document import (
    Bullet,
    Contact,
    Document,
    DocumentMeta,
    Entry,
    Paragraph,
    Run,
    Section,
    plain,
)
from resume_builder.export.fonts import fallback_font_path, font_path
from resume_builder.export.render_docx import render_docx
from resume_builder.export.style import Style
from tests.unit.export.test_render_docx import STYLES, sample_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def docx_bytes(document: Document, style: Style) -> bytes:
    buffer = io.BytesIO()
    render_docx(document, style, buffer)
    return buffer.getvalue()


def embedded(data: bytes) -> dict[tuple[str, str], bytes]:
    """Each embedded face, de-obfuscated: (family, "embedRegular"…) -> the font file.

    Written from the standard (ECMA-376 Part 1, 17.8.1), not from the renderer: the fontKey
    GUID's 32 hex digits, as 16 bytes from last to first, XOR-ed twice over the first 32 bytes.
    """
    from lxml import etree

    faces = {}
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        table = etree.fromstring(package.read("word/fontTable.xml"))
        rels = etree.fromstring(package.read("word/_rels/fontTable.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        for font in table.iter(f"{W}font"):
            for embed in font:
                if not embed.tag.startswith(f"{W}embed"):
                    continue
                part = package.read("word/" + targets[embed.get(f"{R}id")])
                key = bytes.fromhex(re.sub("[{}-]", "", embed.get(f"{W}fontKey")))[::-1]
                head = bytes(b ^ key[i % 16] for i, b in enumerate(part[:32]))
                faces[(font.get(f"{W}name"), embed.tag[len(W) :])] = head + part[32:]
    return faces


def family_name(font: bytes) -> str:
    """The family name (name ID 1, Windows Unicode) of a TrueType file."""
    assert font[:4] == b"\x00\x01\x00\x00", "not a TrueType file"
    (tables,) = struct.unpack_from(">H", font, 4)
    for index in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", font, 12 + 16 * index)
        if tag == b"name":
            _, count, strings = struct.unpack_from(">HHH", font, offset)
            for record in range(count):
                platform, _, _, name_id, length, at = struct.unpack_from(
                    ">HHHHHH", font, offset + 6 + 12 * record
                )
                if platform == 3 and name_id == 1:
                    start = offset + strings + at
                    return font[start : start + length].decode("utf-16-be")
    raise AssertionError("no family name")


def test_the_faces_a_serif_resume_uses_are_embedded_and_named_in_the_font_table() -> None:
    style = STYLES["classic"]
    data = docx_bytes(sample_document(), style)
    faces = embedded(data)
    # Regular and bold for the text and headings, italic for the scope line; no bold italic.
    assert set(faces) == {
        ("Noto Serif", "embedRegular"),
        ("Noto Serif", "embedBold"),
        ("Noto Serif", "embedItalic"),
    }
    for (family, kind), font in faces.items():
        assert family_name(font) == family
        bold, italic = "Bold" in kind, "Italic" in kind
        assert font == font_path("serif", bold, italic).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = [name for name in package.namelist() if name.startswith("word/fonts/")]
        # Obfuscated as the standard wants: the parts themselves are no plain TTF files.
        assert parts and all(name.endswith(".odttf") for name in parts)
        assert all(package.read(name)[:4] != b"\x00\x01\x00\x00" for name in parts)
        types = package.read("[Content_Types].xml").decode()
        assert "application/vnd.openxmlformats-officedocument.obfuscatedFont" in types
        settings = package.read("word/settings.xml").decode()
    assert "<w:embedTrueTypeFonts/>" in settings
    # Word's and python-docx's reading of the file are unharmed.
    word = docx.Document(io.BytesIO(data))
    assert word.styles["Normal"].font.name == "Noto Serif"


def test_a_sans_template_embeds_noto_sans_only() -> None:
    document = sample_document()
    faces = embedded(docx_bytes(document, STYLES["modern"]))
    assert {family for family, _ in faces} == {"Noto Sans"}
    assert all(family_name(font) == "Noto Sans" for font in faces.values())


def test_a_document_without_italic_text_carries_no_italic_face() -> None:
    document = Document(
        meta=DocumentMeta(title="Plain", author="Ada Lindqvist"),
        contact=Contact(name="Ada Lindqvist"),
        sections=[Section("summary", "Summary", [Paragraph(plain("Ships platforms."))])],
    )
    faces = embedded(docx_bytes(document, STYLES["classic"]))
    assert set(faces) == {("Noto Serif", "embedRegular"), ("Noto Serif", "embedBold")}


def _math_document() -> Document:
    return Document(
        meta=DocumentMeta(title="Signs", author="Ada Lindqvist"),
        contact=Contact(name="Ada Lindqvist"),
        sections=[
            Section(
                "experience",
                "Experience",
                [
                    Entry(
                        title="Lead",
                        dates="2019 → 2024",
                        children=[
                            Bullet([Run("Cut lead time 40 → 12 min, "), Run("−30%", bold=True)])
                        ],
                    )
                ],
            )
        ],
    )


def test_signs_the_body_font_lacks_are_runs_in_the_embedded_noto_sans_math() -> None:
    data = docx_bytes(_math_document(), STYLES["classic"])
    word = docx.Document(io.BytesIO(data))
    bullet = next(p for p in word.paragraphs if p.style.name == "List Bullet")
    # The text reads back as typed, in order.
    assert bullet.text == "Cut lead time 40 → 12 min, −30%"

    def in_math(run) -> bool:
        fonts = None if run._r.rPr is None else run._r.rPr.find(qn("w:rFonts"))
        return fonts is not None and fonts.get(qn("w:ascii")) == "Noto Sans Math"

    runs = [run for paragraph in word.paragraphs for run in paragraph.runs]
    math_runs = [run for run in runs if in_math(run)]
    assert [run.text for run in math_runs] == ["→", "→", "−"]
    # The minus keeps its run's bold; the letters around the signs keep the template's font.
    assert math_runs[2].bold is True
    assert [run.text for run in bullet.runs if not in_math(run)] == [
        "Cut lead time 40 ",
        " 12 min, ",
        "30%",
    ]
    math = embedded(data)[("Noto Sans Math", "embedRegular")]
    assert math == fallback_font_path("math").read_bytes()
    assert family_name(math) == "Noto Sans Math"


def test_noto_sans_math_is_left_out_of_a_document_without_such_signs() -> None:
    faces = embedded(docx_bytes(sample_document(), STYLES["classic"]))
    assert "Noto Sans Math" not in {family for family, _ in faces}


def test_hebrew_text_embeds_the_hebrew_font_its_runs_name() -> None:
    document = Document(
        meta=DocumentMeta(title="Hebrew", author="Ada Lindqvist"),
        contact=Contact(name="Ada Lindqvist"),
        sections=[Section("summary", "Summary", [Paragraph(plain("מנהלת צוות פלטפורמה"))])],
    )
    faces = embedded(docx_bytes(document, STYLES["classic"]))
    assert {("Noto Sans Hebrew", "embedRegular"), ("Noto Sans Hebrew", "embedBold")} <= set(faces)
    assert family_name(faces[("Noto Sans Hebrew", "embedRegular")]) == "Noto Sans Hebrew"


@pytest.mark.parametrize("key", sorted(STYLES))
def test_every_style_has_the_pdf_leading_as_exact_line_spacing(key: str) -> None:
    style = STYLES[key]
    word = docx.Document(io.BytesIO(docx_bytes(sample_document(), style)))
    body = style.body_size * style.line_spacing
    expected = {
        "Normal": body,
        "Title": style.name_size * 1.2,
        "Heading 1": style.heading_size * 1.2,
        "Heading 2": style.entry_title_size * style.line_spacing,
        "List Bullet": body,
        "Entry Scope": style.small_size * style.line_spacing,
        "Table Text": style.small_size * style.line_spacing,
    }
    for name, leading in expected.items():
        spacing = word.styles[name].element.pPr.find(qn("w:spacing"))
        assert spacing.get(qn("w:lineRule")) == "exact", name
        assert int(spacing.get(qn("w:line"))) == pytest.approx(leading * 20, abs=1), name
    # Every paragraph of the body is set in one of those exact styles or a style based on one.
    used = {p.style.name for p in word.paragraphs}
    for name in used:
        format_ = word.styles[name].paragraph_format
        assert format_.line_spacing_rule is not None, name


def test_spaces_between_paragraphs_are_the_pdf_ones() -> None:
    style = STYLES["classic"]
    word = docx.Document(io.BytesIO(docx_bytes(sample_document(), style)))
    paragraphs = word.paragraphs
    titles = [p for p in paragraphs if p.style.name == "Heading 2"]

    def before(paragraph) -> float:
        own = paragraph.paragraph_format.space_before
        return (own if own is not None else paragraph.style.paragraph_format.space_before).pt

    # The first role sits right under the section's rule; the next ones an entry space apart.
    assert before(titles[0]) == 0
    assert before(titles[1]) == pytest.approx(style.entry_space_before)
    # A bullet under the heading's space after adds none of its own (the PDF keeps the larger).
    assert word.styles["List Bullet"].paragraph_format.space_before.pt == style.bullet_space
    heading = next(p for p in paragraphs if p.style.name == "Heading 1")
    assert heading.style.paragraph_format.space_before.pt == style.section_space_before


def test_a_titled_part_of_a_section_is_a_subheading_at_the_entries_level() -> None:
    style = STYLES["modern"]
    document = Document(
        meta=DocumentMeta(title="Parts", author="Ada Lindqvist"),
        contact=Contact(name="Ada Lindqvist"),
        sections=[
            Section(
                "overview",
                "Overview",
                [Section("results", "Highest-impact results", [Bullet(plain("Cut costs"))])],
            )
        ],
    )
    word = docx.Document(io.BytesIO(docx_bytes(document, style)))
    heading = next(p for p in word.paragraphs if p.text == "Highest-impact results")
    # Navigable at the entries' level, in the PDF's accent colour, size and space below.
    assert heading.style.base_style.name == "Heading 2"
    assert str(heading.style.font.color.rgb) == style.accent_color.lstrip("#").upper()
    assert heading.style.font.size.pt == style.entry_title_size
    assert heading.style.paragraph_format.space_after.pt == 1


def test_a_long_bullet_may_run_over_a_page_end_as_in_the_pdf_a_short_one_stays_whole() -> None:
    story = "Wrote the pipeline, trained the teams and retired the old scripts. " * 12
    document = Document(
        meta=DocumentMeta(title="Story", author="Ada Lindqvist"),
        contact=Contact(name="Ada Lindqvist"),
        sections=[
            Section(
                "experience",
                "Experience",
                [Bullet(plain("Cut costs by a third")), Bullet(plain(story.strip()))],
            )
        ],
    )
    word = docx.Document(io.BytesIO(docx_bytes(document, STYLES["classic"])))
    short, long = [p for p in word.paragraphs if p.style.name == "List Bullet"]
    assert word.styles["List Bullet"].paragraph_format.keep_together is True
    assert short.paragraph_format.keep_together is None  # the style's: whole
    assert long.paragraph_format.keep_together is False


def test_contact_items_are_packed_whole_onto_lines_as_in_the_pdf() -> None:
    items = [f"item{number}.example.com/profile/ada-lindqvist" for number in range(6)]
    document = Document(
        meta=DocumentMeta(title="Contact", author="Ada Lindqvist"),
        contact=Contact(name="Ada Lindqvist", items=[Run(item) for item in items]),
        sections=[Section("summary", "Summary", [Paragraph(plain("Ships platforms."))])],
    )
    word = docx.Document(io.BytesIO(docx_bytes(document, STYLES["classic"])))
    contact = next(p for p in word.paragraphs if p.style.name == "Contact")
    lines = contact.text.split("\n")
    # Two items of about 40 letters fit a line of the classic template at the small size.
    assert len(lines) == 3
    assert [line.split(" ·\u00a0") for line in lines] == [items[0:2], items[2:4], items[4:6]]
