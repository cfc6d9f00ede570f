"""Arabic and Hebrew in PDF and DOCX: shaped, right to left, read back in logical order."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from resume_builder.export import scripts
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import (
    Bullet,
    Contact,
    Document,
    DocumentMeta,
    Entry,
    Run,
    Section,
)
from resume_builder.export.fonts import fallback_font_path
from resume_builder.export.render_pdf import render_pdf
from resume_builder.paths import templates_dir

ARABIC_EMPLOYER = "شركة الاتصالات السعودية"
HEBREW_WORDS = "ניהלתי צוות של שמונה מהנדסים"
STYLES = load_catalog(templates_dir()).styles


def career() -> Document:
    return Document(
        meta=DocumentMeta(title="Test", author="Tester"),
        contact=Contact(name="Dana Tester", headline="Builds teams 🚀"),
        sections=[
            Section(
                "experience",
                "Experience",
                [
                    Entry(
                        title="Engineering Manager",
                        organisation=ARABIC_EMPLOYER,
                        dates="2019 – 2023",
                        children=[
                            Bullet([Run(f"Led {HEBREW_WORDS} across two sites")]),
                            Bullet([Run("עבודה בצוות", bold=True), Run(" and reviews")]),
                            Bullet([Run("Cut 40 → 12 min, −30% cost")]),
                        ],
                    ),
                    Entry(title="מנהל פרויקטים", organisation="Acme", dates="2015 – 2019"),
                ],
            )
        ],
    )


def pdf_text(document: Document, key: str = "classic") -> tuple[str, bytes]:
    buffer = io.BytesIO()
    render_pdf(document, STYLES[key], buffer)
    data = buffer.getvalue()
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages), data


def test_rtl_runs_are_found_and_cut_out() -> None:
    assert scripts.has_rtl(ARABIC_EMPLOYER) and not scripts.has_rtl("Acme, Inc.")
    assert scripts.script_of("at " + HEBREW_WORDS) == "hebrew"
    assert scripts.script_of(ARABIC_EMPLOYER) == "arabic"
    pieces = scripts.split_rtl_runs(f"Led {HEBREW_WORDS}, then more")
    assert pieces == [("Led ", ""), (HEBREW_WORDS, "hebrew"), (", then more", "")]
    assert scripts.is_rtl_paragraph(HEBREW_WORDS + " in Acme")
    assert not scripts.is_rtl_paragraph("Acme " + HEBREW_WORDS)


def test_visual_order_reverses_hebrew_and_joins_arabic() -> None:
    assert scripts.visual_order("שלום עולם") == "םלוע\u00a0םולש"
    shown = scripts.visual_order(ARABIC_EMPLOYER)
    # Joined forms are Arabic presentation forms; NFKC gives the typed letters back.
    assert all("\ufb50" <= c <= "\ufefc" or c == "\u00a0" for c in shown)
    assert unicodedata.normalize("NFKC", shown[::-1]).replace("\u00a0", " ") == ARABIC_EMPLOYER


def test_the_bundled_rtl_fonts_exist() -> None:
    for key in ("arabic", "hebrew"):
        for bold in (False, True):
            assert fallback_font_path(key, bold).is_file()


def test_arabic_and_hebrew_extract_from_the_pdf_in_logical_order() -> None:
    for key in sorted(STYLES):
        text, data = pdf_text(career(), key)
        logical = unicodedata.normalize("NFKC", text)
        assert ARABIC_EMPLOYER in logical, key
        assert f"Led {HEBREW_WORDS} across two sites" in logical, key
        assert "עבודה בצוות and reviews" in logical, key
        assert "מנהל פרויקטים" in logical, key
        assert "\x00" not in text
        assert b"NotoSansArabic-Regular" in data and b"NotoSansHebrew-Bold" in data


def test_a_latin_only_document_does_not_embed_the_rtl_fonts() -> None:
    document = career()
    document.sections[0].children = document.sections[0].children[:1]
    document.sections[0].children[0].organisation = "Acme"
    document.sections[0].children[0].children = [Bullet([Run("Led the team")])]
    _, data = pdf_text(document)
    assert b"NotoSansArabic" not in data and b"NotoSansHebrew" not in data


def test_characters_without_a_glyph_are_reported_by_field_and_printed_by_name() -> None:
    from resume_builder.services.glyphs import glyph_warnings

    document = career()
    assert glyph_warnings(document, STYLES["classic"], "pdf") == [
        "Headline: 🚀 has no glyph in Noto Serif: printed as [rocket]"
    ]
    text, _ = pdf_text(document)
    assert "Builds teams [rocket]" in text


def test_a_latin_document_opens_no_font_for_the_glyph_report() -> None:
    from resume_builder.services.glyphs import missing_glyphs

    document = Document(
        meta=DocumentMeta(title="T", author="T"),
        contact=Contact(name="Łukasz Żółć – “Ångström”", headline="Café · 2020…"),
    )
    assert missing_glyphs(document, STYLES["classic"]) == []


def _docx_paragraphs(document: Document) -> list:
    import docx

    from resume_builder.export.render_docx import render_docx

    buffer = io.BytesIO()
    render_docx(document, STYLES["classic"], buffer)
    return docx.Document(io.BytesIO(buffer.getvalue())).paragraphs


def test_docx_marks_arabic_and_hebrew_runs_right_to_left_in_their_font() -> None:
    from docx.oxml.ns import qn

    paragraphs = _docx_paragraphs(career())
    runs = [run for p in paragraphs for run in p._p.iter(qn("w:r"))]

    def props(run) -> tuple[str, bool, str]:
        text = "".join(t.text for t in run.iter(qn("w:t")))
        rpr = run.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        rtl = rpr is not None and rpr.find(qn("w:rtl")) is not None
        return text, rtl, fonts.get(qn("w:cs")) if fonts is not None else ""

    shown = [props(run) for run in runs]
    assert (ARABIC_EMPLOYER, True, "Noto Sans Arabic") in shown
    assert (HEBREW_WORDS, True, "Noto Sans Hebrew") in shown
    # "Led " and " across two sites" stay left to right in the template's font.
    assert ("Led ", False, "") in shown and (" across two sites", False, "") in shown
    assert all(not rtl for text, rtl, _ in shown if not scripts.has_rtl(text))
    # The text reads back whole, in logical order.
    assert any(p.text == f"Led {HEBREW_WORDS} across two sites" for p in paragraphs)

    def bidi(paragraph) -> bool:
        ppr = paragraph._p.pPr
        return ppr is not None and ppr.find(qn("w:bidi")) is not None

    by_text = {p.text.split("\t")[0]: p for p in paragraphs}
    assert bidi(by_text["מנהל פרויקטים"])  # starts right to left
    assert bidi(by_text[ARABIC_EMPLOYER])
    assert not bidi(by_text[f"Led {HEBREW_WORDS} across two sites"])  # starts with Latin
    assert not bidi(by_text["Engineering Manager"])


def test_arrows_and_minus_signs_need_no_font_opened_for_the_glyph_report(monkeypatch) -> None:
    from resume_builder.services import glyphs

    def opened(*_args: object) -> None:
        raise AssertionError("a font was opened")

    monkeypatch.setattr(glyphs, "register_reportlab_faces", opened)
    monkeypatch.setattr(glyphs, "fallback_glyphs", opened)
    document = Document(
        meta=DocumentMeta(title="T", author="T"),
        contact=Contact(name="Ann", headline="Cut 40 → 12 min, −30% cost, ≥ 99.9% ≤ 2 ≈ 3 ←"),
    )
    assert glyphs.missing_glyphs(document, STYLES["classic"]) == []
