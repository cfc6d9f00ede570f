"""Exporting through services.documents: fit, file names and formats, empty records."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.models import Profile
from resume_builder.domain.options import LetterOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.catalog import load_catalog
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import (
    EMPTY_CMD,
    EMPTY_LETTER,
    EMPTY_RESUME,
    EMPTY_SENTENCES,
    ExportRequest,
    FormatNotOffered,
    NothingToShow,
    export_document,
    file_and_format,
    run_to_end,
    what_is_missing,
)

TEMPLATES = sorted(load_catalog(paths.templates_dir()).styles)


@pytest.fixture(scope="module")
def demo_snapshot() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("target", [1, 2])
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_fits_the_demo_career_to_its_page_target(
    demo_snapshot: CareerSnapshot, template: str, target: int, page_size: str
) -> None:
    request = ExportRequest(kind="resume", format="pdf", template=template, page_size=page_size)
    request.resume.page_target = target
    result = run_to_end(export_document(request, demo_snapshot, paths.templates_dir()))
    pages = len(PdfReader(io.BytesIO(result.data)).pages)
    assert pages <= target
    assert result.fit is not None
    assert result.fit.fits and result.fit.pages == pages == result.pages
    assert f"within the {target}-page target" in result.fit.describe()
    if target == 1:
        # The demo career needs two pages: one page means the automatic choice cut some.
        assert result.fit.left_out
    text = PdfReader(io.BytesIO(result.data)).pages[0].extract_text()
    assert demo_snapshot.profile.name in text


# --------------------------------------------------------------------------- file names
@pytest.mark.parametrize(
    ("typed", "chosen", "path", "fmt"),
    [
        # After a Word export, a name typed with .pdf is a PDF, never "career-cmd.pdf.docx".
        ("out/career-cmd.pdf", "docx", "out/career-cmd.pdf", "pdf"),
        ("out/career-cmd.PDF", "docx", "out/career-cmd.PDF", "pdf"),
        ("out/career-cmd", "docx", "out/career-cmd.docx", "docx"),
        ("out/notes.md", "pdf", "out/notes.md", "md"),
        ("out/notes.markdown", "pdf", "out/notes.markdown", "md"),
        ("out/cv.json", "txt", "out/cv.json", "json"),
        ("out/cv.txt", "json", "out/cv.txt", "txt"),
        # An ending that is no format is part of the name.
        ("out/cv.v2", "pdf", "out/cv.v2.pdf", "pdf"),
        ("out/Dana Lindqvist - Résumé", "md", "out/Dana Lindqvist - Résumé.md", "md"),
        ("out/cv.", "pdf", "out/cv.pdf", "pdf"),
    ],
)
def test_a_typed_extension_picks_the_format_and_none_is_doubled(
    typed: str, chosen: str, path: str, fmt: str
) -> None:
    assert file_and_format(typed, chosen) == (Path(path), fmt)


def test_a_format_the_document_cannot_take_is_refused_by_name() -> None:
    letter_formats = ("pdf", "docx", "md", "txt")
    assert file_and_format("letter.docx", "pdf", letter_formats) == (Path("letter.docx"), "docx")
    with pytest.raises(FormatNotOffered) as refused:
        file_and_format("letter.json", "pdf", letter_formats)
    assert refused.value.format == "json"
    assert ".json" in str(refused.value) and ".docx" in str(refused.value)


# --------------------------------------------------------------------------- empty records
def empty_snapshot() -> CareerSnapshot:
    return CareerSnapshot(profile=Profile(name="Dana Lindqvist", email="dana@example.com"))


@pytest.mark.parametrize(
    ("kind", "reason"),
    [("resume", EMPTY_RESUME), ("cmd", EMPTY_CMD), ("letter", EMPTY_LETTER)],
)
def test_an_empty_record_has_nothing_to_show_and_exports_nothing(
    tmp_path: Path, kind: str, reason: str
) -> None:
    output = tmp_path / f"empty.{kind}.pdf"
    request = ExportRequest(kind=kind, format="pdf", output=output)
    assert what_is_missing(request, empty_snapshot()) == reason
    with pytest.raises(NothingToShow) as nothing:
        run_to_end(export_document(request, empty_snapshot(), paths.templates_dir()))
    assert nothing.value.reason == reason
    assert str(nothing.value) == EMPTY_SENTENCES[reason]
    assert "target" not in str(nothing.value)  # no page target is claimed for a blank page
    assert not output.exists()


def test_one_record_of_its_kind_is_enough_to_show(demo_snapshot: CareerSnapshot) -> None:
    profile = Profile(name="Dana Lindqvist")
    role = demo_snapshot.roles[0]
    only_role = CareerSnapshot(profile=profile, roles=(role,))
    only_summary = CareerSnapshot(profile=Profile(name="Dana", summary="Runs IT for retail."))
    only_school = CareerSnapshot(profile=profile, education=demo_snapshot.education[:1])
    loose = CareerSnapshot(profile=profile, accomplishments=demo_snapshot.accomplishments[:1])
    resume = ExportRequest(kind="resume")
    for snapshot in (only_role, only_summary, only_school):
        assert what_is_missing(resume, snapshot) is None
    # An accomplishment with no role is in the CMD, but a résumé prints bullets under roles.
    assert what_is_missing(resume, loose) == EMPTY_RESUME
    assert what_is_missing(ExportRequest(kind="cmd"), loose) is None
    assert what_is_missing(ExportRequest(kind="cmd"), only_role) is None
    # A résumé whose every role is hidden, with nothing else, is empty too.
    hidden = ExportRequest(kind="resume")
    hidden.resume.hidden_role_ids = {role.id}
    assert what_is_missing(hidden, only_role) == EMPTY_RESUME
    letter = ExportRequest(kind="letter", letter=LetterOptions(text="  \n "))
    assert what_is_missing(letter, only_role) == EMPTY_LETTER
    letter.letter.text = "Dear Northwind,"
    assert what_is_missing(letter, only_role) is None
