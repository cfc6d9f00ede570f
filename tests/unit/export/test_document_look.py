"""A document's look: one export's changes to its template (font, accent, margins, density,
section order), how they are checked, applied, decided and remembered on a target.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.look import SECTION_KEYS, DocumentLook, LookError
from resume_builder.domain.models import Target
from resume_builder.domain.preferences import Preferences
from resume_builder.domain.record import RecordError
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.catalog import load_catalog
from resume_builder.export.style import apply_look
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import (
    ExportRequest,
    ExportResult,
    export_document,
    run_to_end,
)
from resume_builder.services.exports import ExportChoices, export_settings, record_export

CATALOG = load_catalog(paths.templates_dir())


@pytest.fixture(scope="module")
def snapshot() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))


def test_an_empty_look_leaves_the_template_as_it_is():
    style = CATALOG.require("modern")
    assert apply_look(style, DocumentLook()) is style


def test_each_choice_changes_what_it_names_and_nothing_else():
    style = CATALOG.require("classic")
    looked = apply_look(
        style,
        DocumentLook(font="sans", accent="#7A1F5F", margins="wide", section_order=("skills",)),
    )
    assert (looked.body_font, looked.heading_font) == ("sans", "sans")
    assert looked.accent_color == "#7a1f5f"
    # classic draws its rules grey, not in its accent: they stay grey
    assert looked.rule_color == style.rule_color
    assert {looked.margin_left_mm, looked.margin_top_mm} == {25.0}
    assert looked.section_order[0] == "skills"
    assert sorted(looked.section_order) == sorted(style.section_order)
    assert looked.body_size == style.body_size


def test_modern_rules_follow_its_accent():
    style = CATALOG.require("modern")
    assert apply_look(style, DocumentLook(accent="#0b7a4b")).rule_color == "#0b7a4b"


def test_density_tightens_or_loosens_the_spaces():
    style = CATALOG.require("classic")
    compact = apply_look(style, DocumentLook(density="compact"))
    roomy = apply_look(style, DocumentLook(density="roomy"))
    for name in ("section_space_before", "entry_space_before", "bullet_space"):
        assert getattr(compact, name) < getattr(style, name) < getattr(roomy, name)
    assert compact.line_spacing < style.line_spacing < roomy.line_spacing
    assert compact.body_size < style.body_size


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"section_order": ["skills", "hobbies"]}, "no section “hobbies”"),
        ({"section_order": ["skills", "skills"]}, "“skills” is named twice"),
        ({"accent": "blue"}, "“blue” is not a colour"),
        ({"accent": "#12345"}, "is not a colour"),
        ({"font": "comic"}, "no font “comic”"),
        ({"margins": "huge"}, "no “huge” margins"),
        ({"density": "dense"}, "no “dense” density"),
        ({"colour": "#000000"}, "no choice “colour”"),
        ({"section_order": "skills"}, "must be a list"),
    ],
)
def test_a_look_that_cannot_be_used_says_which_choice(values, words):
    with pytest.raises(LookError, match=words):
        DocumentLook.from_dict(values)


def test_a_stored_look_round_trips_and_a_bad_one_is_a_record_error():
    look = DocumentLook(font="serif", density="roomy", section_order=("education", "experience"))
    assert DocumentLook.from_dict(look.to_dict()) == look
    assert DocumentLook().to_dict() == {}
    target = Target(name="x", look=look.to_dict())
    target.validate()
    assert Target.from_dict(target.to_dict()).document_look() == look
    with pytest.raises(RecordError, match="look"):
        Target(name="x", look={"font": "comic"}).validate()


def test_choices_change_a_look_field_by_field_and_empty_goes_back_to_the_template():
    look = DocumentLook(font="sans", margins="wide")
    changed = look.with_choices({"margins": "", "accent": "#112233"})
    assert changed == DocumentLook(font="sans", accent="#112233")


def test_a_target_keeps_its_look_and_this_exports_choices_change_it():
    target = Target(name="x", look={"font": "sans", "margins": "narrow"})
    remembered = ExportChoices(look={"accent": "#abcdef", "density": "roomy"})
    settings = export_settings(
        "resume",
        preferences=Preferences(),
        catalog=CATALOG,
        chosen=ExportChoices(look={"margins": "wide"}),
        remembered=remembered,
        target=target,
    )
    # the general dialog's remembered look is not the target's
    assert settings.look == DocumentLook(font="sans", margins="wide")
    general = export_settings(
        "resume", preferences=Preferences(), catalog=CATALOG, remembered=remembered
    )
    assert general.look == DocumentLook(accent="#abcdef", density="roomy")


def test_a_broken_remembered_look_is_no_look_but_a_broken_chosen_one_is_refused():
    broken = ExportChoices(look={"font": "comic"})
    settings = export_settings(
        "resume", preferences=Preferences(), catalog=CATALOG, remembered=broken
    )
    assert settings.look == DocumentLook()
    with pytest.raises(LookError):
        export_settings("resume", preferences=Preferences(), catalog=CATALOG, chosen=broken)


def test_an_export_remembers_its_look_on_the_target(tmp_path):
    target = Target(name="x")
    request = ExportRequest(look=DocumentLook(accent="#0b7a4b", section_order=("skills",)))
    result = ExportResult(tmp_path / "cv.pdf", b"", 1, None, [])
    updated = record_export(lambda _id: target, target.id, request, result)
    assert updated.document_look() == request.look
    assert len(updated.exports) == 1


def _headings_in_order(data: bytes, headings: list[str]) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    lines = [line.strip() for line in text.splitlines()]
    found = [line for line in lines if line in headings]
    return found


def test_the_section_order_is_the_order_the_pdf_prints(snapshot):
    request = ExportRequest(
        kind="resume",
        template="classic",
        look=DocumentLook(section_order=("skills", "education", "experience")),
    )
    request.resume.page_target = None
    result = run_to_end(export_document(request, snapshot, paths.templates_dir()))
    order = _headings_in_order(result.data, ["SKILLS", "EDUCATION", "EXPERIENCE", "SUMMARY"])
    assert order[:3] == ["SKILLS", "EDUCATION", "EXPERIENCE"]
    assert "SUMMARY" in order  # the sections not named follow


def test_the_chosen_font_and_accent_reach_the_pdf(snapshot):
    request = ExportRequest(kind="resume", template="classic", look=DocumentLook(font="sans"))
    result = run_to_end(export_document(request, snapshot, paths.templates_dir()))
    reader = PdfReader(io.BytesIO(result.data))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("NotoSans" in name for name in fonts)
    assert not any("NotoSerif" in name for name in fonts)


def test_wide_margins_make_the_same_resume_longer(snapshot):
    def pages(look: DocumentLook) -> int:
        request = ExportRequest(kind="resume", template="classic", look=look)
        request.resume.page_target = None
        return run_to_end(export_document(request, snapshot, paths.templates_dir())).pages

    assert pages(DocumentLook(margins="wide", density="roomy")) > pages(
        DocumentLook(margins="narrow", density="compact")
    )


def test_every_section_key_is_a_section_the_templates_know():
    for style in CATALOG.styles.values():
        assert set(style.section_order) <= set(SECTION_KEYS)
