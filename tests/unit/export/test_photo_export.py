"""The profile photo on a résumé: drawn in the PDF and the DOCX only when the look asks for
it, at the top right, with the name, headline and contact lines reading as before.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.look import DocumentLook, LookError
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_resume
from resume_builder.export.catalog import load_catalog
from resume_builder.export.photo import photo_size_mm
from resume_builder.export.render_docx import render_docx
from resume_builder.export.render_pdf import render_pdf
from resume_builder.export.render_text import render_markdown, render_plain_text
from resume_builder.export.style import StyleError, apply_look, load_style
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import (
    NO_PHOTO_WARNING,
    ExportRequest,
    count_pages,
    export_document,
    run_to_end,
)
from resume_builder.services.photo import photo_from_bytes
from tests.photos import portrait_bytes
from tests.unit.export.test_render_pdf import assert_lines_in_order

CATALOG = load_catalog(paths.templates_dir())
TODAY = date(2026, 3, 1)
MM = 72 / 25.4


@pytest.fixture(scope="module")
def snapshot() -> CareerSnapshot:
    photo = photo_from_bytes(portrait_bytes(), "me.jpg")
    return CareerSnapshot.from_records([*demo_records(TODAY), photo])


def _resume(snapshot, template: str, photo: bool):
    style = apply_look(CATALOG.require(template), DocumentLook(photo=photo))
    document = build_resume(snapshot, style, ResumeOptions(today=TODAY)).document
    return document, style


def _pdf(document, style) -> bytes:
    buffer = io.BytesIO()
    render_pdf(document, style, buffer)
    return buffer.getvalue()


def _images_on(page) -> list:
    resources = page["/Resources"]
    objects = resources.get("/XObject", {})
    return [o.get_object() for o in objects.values() if o.get_object()["/Subtype"] == "/Image"]


def test_the_look_asks_for_the_photo_and_no_template_can():
    assert DocumentLook(photo=True).to_dict() == {"photo": True}
    assert DocumentLook.from_dict({"photo": True}).photo
    assert not DocumentLook().with_choices({"photo": True}).with_choices({"photo": False}).photo
    with pytest.raises(LookError, match="photo must be true or false"):
        DocumentLook.from_dict({"photo": "yes"})
    assert apply_look(CATALOG.require("classic"), DocumentLook(photo=True)).photo
    assert not CATALOG.require("european").photo


def test_a_template_file_cannot_turn_the_photo_on(tmp_path):
    text = (paths.templates_dir() / "classic.toml").read_text(encoding="utf-8")
    (tmp_path / "mine.toml").write_text(text + "\nphoto = true\n", encoding="utf-8")
    with pytest.raises(StyleError, match="unknown setting “photo”"):
        load_style(tmp_path / "mine.toml")


def test_the_photo_keeps_its_shape_inside_the_template_s_box():
    classic, european = CATALOG.require("classic"), CATALOG.require("european")
    assert photo_size_mm(classic, (600, 800)) == (28.5, 38.0)
    assert photo_size_mm(classic, (800, 800)) == (30.0, 30.0)
    # The European template has room for a passport-shaped photo.
    assert photo_size_mm(european, (700, 900)) == (35.0, 45.0)


@pytest.mark.parametrize("template", ["classic", "european", "modern"])
def test_the_pdf_draws_the_photo_on_page_one_and_reads_as_before(snapshot, template):
    with_photo, style = _resume(snapshot, template, photo=True)
    without, _ = _resume(snapshot, template, photo=False)
    assert with_photo.contact.photo and not without.contact.photo
    reader = PdfReader(io.BytesIO(_pdf(with_photo, style)))
    images = _images_on(reader.pages[0])
    assert len(images) == 1 and "/DCTDecode" in images[0]["/Filter"]  # the JPEG as it is
    assert all(not _images_on(page) for page in reader.pages[1:])
    text = reader.pages[0].extract_text()
    plain = PdfReader(io.BytesIO(_pdf(without, style))).pages[0].extract_text()
    # Page one's words in the same order as without a photo (the page ends earlier, and its
    # footer is left out); only the contact items may be packed onto lines otherwise (the "·"
    # between two items that now end and start a line goes).
    shown = [w for w in text.split() if w != "·"][:-20]
    assert shown == [w for w in plain.split() if w != "·"][: len(shown)]
    contact = with_photo.contact
    assert_lines_in_order(
        [contact.name, contact.headline, *(item.text for item in contact.items)], text
    )
    assert text.split("\n")[:3] == plain.split("\n")[:3]


def test_the_pdf_starts_the_first_section_below_the_photo(snapshot):
    document, style = _resume(snapshot, "classic", photo=True)
    reader = PdfReader(io.BytesIO(_pdf(document, style)))
    heights: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip() and text.strip() not in heights:
            heights[text.strip()] = tm[5]

    reader.pages[0].extract_text(visitor_text=visit)
    top = float(reader.pages[0].mediabox.top)
    photo_bottom = top - (style.margin_top_mm + photo_size_mm(style, (600, 800))[1]) * MM
    assert heights["SUMMARY"] < photo_bottom
    # The photo's height is what a page-target fit counts, as it typesets drafts.
    assert count_pages(document, style, "A4") >= count_pages(
        _resume(snapshot, "classic", photo=False)[0], style, "A4"
    )


@pytest.mark.parametrize("template", ["classic", "european"])
def test_the_docx_floats_the_photo_and_its_paragraphs_read_as_before(snapshot, template):
    with_photo, style = _resume(snapshot, template, photo=True)
    without, _ = _resume(snapshot, template, photo=False)
    buffers = []
    for document in (with_photo, without):
        buffer = io.BytesIO()
        render_docx(document, style, buffer)
        buffers.append(docx.Document(io.BytesIO(buffer.getvalue())))
    photo_doc, plain_doc = buffers
    images = [p for p in photo_doc.part.related_parts.values() if "image" in p.content_type]
    assert [p.content_type for p in images] == ["image/jpeg"]
    assert not [p for p in plain_doc.part.related_parts.values() if "image" in p.content_type]
    body = photo_doc.element.body.xml
    assert body.count("<wp:anchor") == 1 and "<wp:inline" not in body

    # The same paragraphs; only the contact items may be packed onto lines otherwise.
    def read(document) -> list[str]:
        return [" ".join(w for w in p.text.split() if w != "·") for p in document.paragraphs]

    assert read(photo_doc) == read(plain_doc)
    assert len(photo_doc.paragraphs) == len(plain_doc.paragraphs)
    assert photo_doc.paragraphs[0].text == snapshot.profile.name


def test_markdown_and_text_show_no_photo(snapshot):
    with_photo, _ = _resume(snapshot, "classic", photo=True)
    without, _ = _resume(snapshot, "classic", photo=False)
    assert render_markdown(with_photo) == render_markdown(without)
    assert render_plain_text(with_photo) == render_plain_text(without)


def test_an_export_asking_for_a_photo_the_profile_lacks_says_so(snapshot, tmp_path):
    lacking = replace(snapshot, photo=None)
    request = ExportRequest(format="pdf", look=DocumentLook(photo=True))
    result = run_to_end(export_document(request, lacking, paths.templates_dir()))
    assert NO_PHOTO_WARNING in result.warnings
    assert not _images_on(PdfReader(io.BytesIO(result.data)).pages[0])
    request = ExportRequest(format="docx", look=DocumentLook(photo=True))
    result = run_to_end(export_document(request, snapshot, paths.templates_dir()))
    assert NO_PHOTO_WARNING not in result.warnings
