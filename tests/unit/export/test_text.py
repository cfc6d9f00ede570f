"""One text-cleaning policy: a character becomes the same thing in PDF, DOCX, text and Markdown."""

from __future__ import annotations

import io
import json
import re
import unicodedata

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from resume_builder.export.document import (
    Bullet,
    Document,
    DocumentMeta,
    Entry,
    Paragraph,
    Section,
    plain,
)
from resume_builder.export.render_docx import render_docx
from resume_builder.export.render_pdf import render_pdf
from resume_builder.export.render_text import render_markdown, render_plain_text
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text, clean_text_counted, fix_surrogates

# -- an independent oracle of the policy, character by character ---------------------------

BREAKS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
INVISIBLE = set("\u200b\u2060\ufeff\u00ad")


def noncharacter(char: str) -> bool:
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def oracle(text: str, keep_newlines: bool = True) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        pair = text[i : i + 2]
        if len(pair) == 2 and "\ud800" <= pair[0] <= "\udbff" and "\udc00" <= pair[1] <= "\udfff":
            out.append(pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le"))
            i += 2
            continue
        if unicodedata.category(char) == "Cs":
            out.append("\ufffd")
        elif char in BREAKS or char == "\t":
            out.append(char)
        elif unicodedata.category(char) == "Cc" or noncharacter(char) or char in INVISIBLE:
            pass
        else:
            out.append(char)
        i += 1
    kept = "".join(out).replace("\r\n", "\n")
    kept = "".join("\n" if c in BREAKS else c for c in kept).replace("\t", " ")
    if not keep_newlines:
        kept = re.sub(r" *\n[ \n]*", " ", kept)
    return kept


CASES = {
    "vertical tab and form feed": ("Cut\x0bcosts\x0cby 30%", "Cut\ncosts\nby 30%"),
    "line and paragraph separators": ("in Q3\u2028then\u2029more", "in Q3\nthen\nmore"),
    "CR LF, CR and NEL": ("one\r\ntwo\rthree\x85four", "one\ntwo\nthree\nfour"),
    "C0 separators": ("file\x1cgroup\x1drecord\x1eunit\x1fgone", "file\ngroup\nrecord\nunitgone"),
    "NUL, bell, escape, DEL": ("Null\x00byte bell\x07 esc\x1b del\x7f", "Nullbyte bell esc del"),
    "C1 controls": ("a\x80b\x9fc", "abc"),
    "lone surrogates": ("lone\ud800high \udfffalone", "lone\ufffdhigh \ufffdalone"),
    "a surrogate pair is its character": ("pair \ud83d\ude00", "pair \U0001f600"),
    "noncharacters": ("non\ufffe\uffffchar \ufdd0x\U0010ffff", "nonchar x"),
    "zero-width and soft hyphen": (
        "zero\u200bwidth\u2060word\ufeffs soft\xadly",
        "zerowidthwords softly",
    ),
    "tabs": ("tab\tseparated\t\tcells", "tab separated  cells"),
    "no-break spaces stay": ("SEK\xa018M and 5\u202fkm", "SEK\xa018M and 5\u202fkm"),
    "joiners and marks stay": ("👩\u200d💻 \u200e\u200c", "👩\u200d💻 \u200e\u200c"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_kind_of_character_becomes_what_the_policy_says(name: str) -> None:
    raw, expected = CASES[name]
    assert clean_text(raw) == expected == oracle(raw)


def test_a_one_line_field_turns_each_run_of_breaks_and_blanks_into_one_space() -> None:
    assert clean_text(" Ada \x0b  Lind\r\n\r\n\tx ", keep_newlines=False) == " Ada Lind x "
    assert clean_text("a\u2028b", keep_newlines=False) == "a b"
    assert clean_text("a  b", keep_newlines=False) == "a  b"  # typed blanks are the user's


def test_removed_controls_are_counted_for_a_warning() -> None:
    assert clean_text_counted("a\x00b\x07c\ufffe\u200bd\ud800") == ("abc" + "d\ufffd", 3)
    assert clean_text_counted("") == ("", 0)


def test_fix_surrogates_only_touches_surrogates() -> None:
    assert fix_surrogates("a\x0b\x00\t\ud83d\ude00\udc00") == "a\x0b\x00\t\U0001f600\ufffd"
    fix_surrogates("x\ud800y").encode("utf-8")


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(st.characters(codec=None, exclude_categories=())), st.booleans())
def test_clean_text_agrees_with_the_oracle(text: str, keep_newlines: bool) -> None:
    cleaned = clean_text(text, keep_newlines=keep_newlines)
    assert cleaned == oracle(text, keep_newlines)
    cleaned.encode("utf-8")
    assert clean_text(cleaned, keep_newlines=keep_newlines) == cleaned  # idempotent


# -- the same words in the same order in every format --------------------------------------

# Strings every format can show (no emoji: a PDF cannot typeset them, and says so).
NASTY = [
    "Cut\x0bcosts\x0cby 30%\u2028in Q3\r\nthen\rmore\x85after",
    "Null\x00byte, bell\x07 and escape\x1b gone\x7f, C1\x9f too",
    "lone\ud800surrogate and \udfffanother",
    "zero\u200bwidth\u2060joined\ufeffwords, soft\xadhyphen",
    "tab\tseparated\tcells and\xa0no-break\u202fspaces",
    "non\ufffe\uffffcharacters\ufdd0 and separators\x1cfile\x1dgroup\x1erecord\x1funit",
]


def words_of_pdf(document: Document) -> list[str]:
    buffer = io.BytesIO()
    render_pdf(document, Style(), buffer)
    pages = PdfReader(io.BytesIO(buffer.getvalue())).pages
    return [w for w in " ".join(p.extract_text() for p in pages).split() if w != "•"]


def words_of_docx(document: Document) -> list[str]:
    buffer = io.BytesIO()
    render_docx(document, Style(), buffer)
    buffer.seek(0)
    return " ".join(p.text for p in docx.Document(buffer).paragraphs).split()


def words_of_text(document: Document) -> list[str]:
    return [w for w in render_plain_text(document).split() if w != "•"]


def words_of_markdown(document: Document) -> list[str]:
    lines = render_markdown(document).split("\n")
    text = " ".join(re.sub(r"^(?:- |### )", "", line).replace("<br>", " ") for line in lines)
    return re.sub(r"\\(.)", r"\1", text).split()


def untitled(*blocks) -> Document:
    """A document of one untitled section: no heading, contact or dates around the text."""
    return Document(
        meta=DocumentMeta(title="", author=""),
        contact=None,
        sections=[Section("notes", "", list(blocks))],
    )


def words_in_every_format(document: Document) -> dict[str, list[str]]:
    return {
        "pdf": words_of_pdf(document),
        "docx": words_of_docx(document),
        "txt": words_of_text(document),
        "md": words_of_markdown(document),
    }


@pytest.mark.parametrize("raw", NASTY, ids=range(len(NASTY)))
def test_the_same_nasty_text_reads_the_same_in_pdf_docx_text_and_markdown(raw: str) -> None:
    document = untitled(Paragraph(plain(raw)), Bullet(plain(raw)))
    expected = clean_text(raw).split() * 2
    for fmt, words in words_in_every_format(document).items():
        assert words == expected, fmt


def test_a_vertical_tab_separates_words_in_docx_as_it_does_in_pdf() -> None:
    # It used to vanish from a DOCX, fusing "Cut" and "costs" into one word.
    words = words_in_every_format(untitled(Paragraph(plain("Cut\x0bcosts"))))
    assert all(found == ["Cut", "costs"] for found in words.values()), words


def test_a_one_line_field_reads_the_same_in_every_format() -> None:
    title = "Lead\x0bengineer\u2028of\tplatforms\x00 and\u200b tools"
    document = untitled(Entry(title))
    expected = clean_text(title, keep_newlines=False).split()
    assert expected == ["Lead", "engineer", "of", "platforms", "and", "tools"]
    for fmt, words in words_in_every_format(document).items():
        assert words == expected, fmt


LETTERS = st.sampled_from(
    list("abcXYZ019éłж ,.")
    + sorted(BREAKS)
    + list("\t\x00\x07\x1b\x7f\x9f\u200b\xad\ufffe\ud800\xa0")
)


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(LETTERS, min_size=1, max_size=40).map("".join))
def test_any_mix_of_these_characters_reads_the_same_in_every_format(raw: str) -> None:
    expected = clean_text(raw).split()
    for fmt, words in words_in_every_format(untitled(Paragraph(plain(raw)))).items():
        assert words == expected, fmt


def test_a_json_resume_with_a_lone_surrogate_is_still_utf8_and_keeps_other_text() -> None:
    from resume_builder.domain.models import Profile
    from resume_builder.domain.snapshot import CareerSnapshot
    from resume_builder.export.json_resume import to_json_resume, write_json_resume

    summary = "Line\x0bone\tand\ud800 pair \ud83d\ude00"
    buffer = io.BytesIO()
    write_json_resume(to_json_resume(CareerSnapshot(Profile(name="Ada", summary=summary))), buffer)
    written = json.loads(buffer.getvalue().decode("utf-8"))
    # A JSON Resume is a backup: only what UTF-8 cannot encode is changed.
    assert written["basics"]["summary"] == "Line\x0bone\tand\ufffd pair \U0001f600"


def test_the_file_properties_are_the_same_one_line_text_in_pdf_and_docx() -> None:
    meta = DocumentMeta(title="Ada\x0bLind\r\n— CV\x00", author="Łukasz\u2028Żółć", subject="a\tb")
    document = Document(meta=meta, contact=None, sections=[])
    pdf_buffer, docx_buffer = io.BytesIO(), io.BytesIO()
    render_pdf(document, Style(), pdf_buffer)
    render_docx(document, Style(), docx_buffer)
    pdf = PdfReader(io.BytesIO(pdf_buffer.getvalue())).metadata
    word = docx.Document(io.BytesIO(docx_buffer.getvalue())).core_properties
    assert (pdf.title, pdf.author, pdf.subject) == ("Ada Lind — CV", "Łukasz Żółć", "a b")
    assert (word.title, word.author, word.subject) == (pdf.title, pdf.author, pdf.subject)
