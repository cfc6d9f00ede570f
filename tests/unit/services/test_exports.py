"""Export rules shared by the window and the CLI: kinds, settings order, file names, recording."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from resume_builder import paths
from resume_builder.domain.models import Target
from resume_builder.domain.preferences import Preferences
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.catalog import load_catalog
from resume_builder.services import exports
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import (
    FORMATS,
    ExportError,
    ExportRequest,
    ExportResult,
    default_page_size,
    export_document,
    run_to_end,
)
from resume_builder.services.exports import ExportChoices, export_settings, file_stem

TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(paths.templates_dir())


@pytest.fixture
def catalog_with_broken(tmp_path):
    folder = tmp_path / "templates"
    shutil.copytree(paths.templates_dir(), folder)
    (folder / "broken.toml").write_text("name = = 'not TOML'\n", encoding="utf-8")
    return load_catalog(folder)


@pytest.fixture(scope="module")
def snapshot():
    return CareerSnapshot.from_records(demo_records(TODAY))


# ------------------------------------------------------------------ kinds


def test_a_target_offers_resume_and_letter_and_no_target_resume_and_cmd():
    assert exports.document_kinds(with_target=True) == ("resume", "letter")
    assert exports.document_kinds(with_target=False) == ("resume", "cmd")


def test_a_letter_is_never_json_and_the_exporter_agrees(snapshot):
    assert exports.formats_for("letter") == ("pdf", "docx", "md", "txt")
    assert exports.formats_for("resume") == exports.formats_for("cmd") == FORMATS
    target = Target(company="Northwind", letter="Dear team.")
    for fmt in FORMATS:
        request = ExportRequest(kind="letter", format=fmt)
        exports.fill_for_target(request, target, snapshot, chosen=[])
        if fmt in exports.formats_for("letter"):
            assert run_to_end(export_document(request, snapshot, paths.templates_dir())).data
        else:
            with pytest.raises(ExportError):
                run_to_end(export_document(request, snapshot, paths.templates_dir()))


@pytest.mark.parametrize(
    ("kind", "with_target", "refused"),
    [
        ("cmd", True, exports.TargetTakesNoCmd),
        ("letter", False, exports.LetterNeedsTarget),
        ("resume", True, None),
        ("resume", False, None),
        ("cmd", False, None),
        ("letter", True, None),
    ],
)
def test_check_kind(kind, with_target, refused):
    if refused is None:
        exports.check_kind(kind, with_target)
    else:
        with pytest.raises(refused) as caught:
            exports.check_kind(kind, with_target)
        assert isinstance(caught.value, exports.KindError) and str(caught.value)


def test_an_export_request_obeys_the_kind_rule(snapshot, catalog):
    settings = export_settings("cmd", preferences=Preferences(), catalog=catalog)
    with pytest.raises(exports.TargetTakesNoCmd):
        exports.export_request("cmd", "pdf", settings, target=Target(), snapshot=snapshot)
    with pytest.raises(exports.LetterNeedsTarget):
        exports.export_request("letter", "pdf", settings)


# ------------------------------------------------------------------ settings


def test_preferences_decide_what_nobody_chose(catalog):
    preferences = Preferences(template="modern", paper="Letter", page_target=1)
    settings = export_settings("resume", preferences=preferences, catalog=catalog)
    assert settings == exports.ExportSettings("modern", "en", "Letter", 1)


def test_builtin_defaults_without_preferences(catalog):
    settings = export_settings("resume", preferences=Preferences(), catalog=catalog)
    assert settings.template == "classic" and settings.language == "en"
    assert settings.page_size == default_page_size() and settings.page_target == 2


def test_what_the_user_chose_wins_over_everything(catalog):
    chosen = ExportChoices(template="compact", language="sv", page_size="A4", page_target=3)
    remembered = ExportChoices(template="modern", language="de", page_size="Letter", page_target=1)
    settings = export_settings(
        "resume",
        preferences=Preferences(template="modern", paper="Letter", page_target=4),
        catalog=catalog,
        chosen=chosen,
        remembered=remembered,
        target=Target(page_target=5),
    )
    assert settings == exports.ExportSettings("compact", "sv", "A4", 3)


def test_a_chosen_template_is_kept_for_the_exporter_to_explain(catalog):
    chosen = ExportChoices(template="nope")
    settings = export_settings("resume", preferences=Preferences(), catalog=catalog, chosen=chosen)
    assert settings.template == "nope"


def test_the_target_page_target_beats_remembered_and_preferences_even_when_none(catalog):
    preferences = Preferences(page_target=4)
    remembered = ExportChoices(page_target=1)
    for page_target in (3, None):
        settings = export_settings(
            "resume",
            preferences=preferences,
            catalog=catalog,
            remembered=remembered,
            target=Target(page_target=page_target),
        )
        assert settings.page_target == page_target


def test_remembered_values_beat_preferences_only_while_usable(catalog):
    preferences = Preferences(template="modern", paper="Letter", page_target=4)
    usable = ExportChoices(template="compact", language="fr", page_size="A4", page_target=1)
    settings = export_settings(
        "resume", preferences=preferences, catalog=catalog, remembered=usable
    )
    assert settings == exports.ExportSettings("compact", "fr", "A4", 1)
    gone = ExportChoices(template="deleted", language="xx", page_size="B5", page_target=99)
    settings = export_settings("resume", preferences=preferences, catalog=catalog, remembered=gone)
    assert settings == exports.ExportSettings("modern", "en", "Letter", 4)


def test_loosely_typed_remembered_values_are_read_or_ignored(catalog):
    preferences = Preferences(template="modern", paper="Letter", page_target=4)
    as_text = ExportChoices(page_target="3")  # how an INI file gives a number back
    settings = export_settings(
        "resume", preferences=preferences, catalog=catalog, remembered=as_text
    )
    assert settings.page_target == 3
    nonsense = ExportChoices(template=["classic"], language=7, page_size=None, page_target=True)
    settings = export_settings(
        "resume", preferences=preferences, catalog=catalog, remembered=nonsense
    )
    assert settings == exports.ExportSettings("modern", "en", "Letter", 4)


def test_only_a_resume_has_a_page_target(catalog):
    for kind in ("cmd", "letter"):
        settings = export_settings(
            kind,
            preferences=Preferences(page_target=3),
            catalog=catalog,
            chosen=ExportChoices(page_target=2),
            target=Target(page_target=1),
        )
        assert settings.page_target is None


def test_a_broken_preferred_template_falls_back_with_a_note(catalog_with_broken):
    settings = export_settings(
        "resume", preferences=Preferences(template="broken"), catalog=catalog_with_broken
    )
    assert settings.template == "classic"
    assert len(settings.notes) == 1 and "“broken”" in settings.notes[0]
    assert "broken.toml" in settings.notes[0]


def test_a_missing_preferred_template_falls_back_quietly(catalog):
    settings = export_settings(
        "resume", preferences=Preferences(template="retired"), catalog=catalog
    )
    assert settings.template == "classic" and settings.notes == ()


# ------------------------------------------------------------------ file names


def test_file_stems_of_the_general_documents():
    assert file_stem("Dana Lindqvist", "resume") == "Dana Lindqvist - Résumé"
    assert file_stem("Dana Lindqvist", "cmd") == "Dana Lindqvist - Career Management Document"


def test_a_target_file_stem_names_its_company_else_its_label():
    target = Target(company="Northwind Retail", title="Head of Platform")
    assert file_stem("Dana", "letter", target) == "Dana - Cover Letter - Northwind Retail"
    no_company = Target(name="Dream job")
    assert file_stem("Dana", "resume", no_company) == "Dana - Résumé - Dream job"


def test_the_window_passes_its_own_words():
    words = {"resume": "CV", "career": "Karriär"}
    assert file_stem("  ", "resume", words=words) == "Karriär - CV"
    assert file_stem("", "cmd", words=words) == "Karriär - Career Management Document"


@pytest.mark.parametrize(
    "name",
    [
        'A<b>:"c"/d\\e|f?g*h',
        "Tab\there\nand\x00nul\x7f",
        "..dots and spaces.. ",
        "NUL",
        "é" * 400,
        "x" * 1000,
    ],
)
def test_a_file_stem_is_safe_on_every_system(name):
    target = Target(company=name, title=name)
    for kind in ("resume", "cmd", "letter"):
        stem = file_stem(name, kind, target if kind != "cmd" else None)
        assert stem and stem == stem.strip(". ")
        assert not set(stem) & set('<>:"/\\|?*') and all(ord(c) >= 32 and c != "\x7f" for c in stem)
        assert len(f"{stem} (2).docx".encode()) <= 255
        assert stem.split(".")[0].strip().upper() not in {"NUL", "CON", "PRN", "AUX"}


def test_an_empty_word_never_leaves_a_device_name():
    assert file_stem("NUL", "resume", words={"resume": ""}) == "NUL_"


@pytest.mark.parametrize(
    ("typed", "safe"),
    [
        ("Dana/Lindqvist: CV?", "Dana Lindqvist CV"),
        ("..hidden and trailing... ", "hidden and trailing"),
        ("CON", "CON_"),
        ("aux.tar", "aux_.tar"),
        ("Dana - Résumé - ", "Dana - Résumé"),
    ],
)
def test_a_whole_stem_from_elsewhere_is_made_safe_the_same_way(typed, safe):
    assert exports.safe_file_stem(typed) == safe
    # what file_stem gives is already safe: cleaning it again changes nothing
    stem = file_stem(typed, "letter", Target(company=typed))
    assert exports.safe_file_stem(stem) == stem


# ------------------------------------------------------------------ a target's documents


def test_a_letter_is_the_users_text_else_a_draft(snapshot):
    written = Target(company="Northwind", title="Head of Platform", letter="Dear team, hello.")
    letter = exports.letter_for_target(written, snapshot, [], language="sv", today=TODAY)
    assert letter.text == "Dear team, hello." and letter.language == "sv"
    unwritten = replace(written, letter="")
    drafted = exports.letter_for_target(unwritten, snapshot, [], today=TODAY)
    assert "Northwind" in drafted.text and drafted.company == "Northwind"
    kept_empty = exports.letter_for_target(
        unwritten, snapshot, [], draft_when_empty=False, today=TODAY
    )
    assert kept_empty.text == "" and kept_empty.title == "Head of Platform"


def test_a_target_resume_request_carries_its_choices(snapshot, catalog):
    first = snapshot.accomplishments[0]
    target = Target(
        company="Northwind",
        headline="Platform leader",
        selected_ids=[first.id],
        rewordings={first.id: "Reworded for Northwind"},
        page_target=1,
    )
    settings = export_settings("resume", preferences=Preferences(), catalog=catalog, target=target)
    request = exports.export_request(
        "resume", "md", settings, target=target, snapshot=snapshot, output=None
    )
    assert request.resume.selected_ids == [first.id]
    assert request.resume.headline == "Platform leader"
    assert request.resume.page_target == 1
    text = run_to_end(export_document(request, snapshot, paths.templates_dir())).data.decode()
    assert "Reworded for Northwind" in text and "Platform leader" in text


def test_a_general_request_takes_the_settings(catalog):
    settings = export_settings(
        "resume",
        preferences=Preferences(),
        catalog=catalog,
        chosen=ExportChoices(template="modern", language="de", page_size="Letter", page_target=3),
    )
    request = exports.export_request("resume", "pdf", settings, output=Path("x.pdf"))
    assert (request.template, request.language, request.page_size) == ("modern", "de", "Letter")
    assert request.resume.page_target == 3 and request.output == Path("x.pdf")


# ------------------------------------------------------------------ recording an export


def _result(path: Path | None) -> ExportResult:
    return ExportResult(path=path, data=b"", pages=2, fit=None, warnings=[])


def test_recording_reads_the_target_again(tmp_path):
    stored = Target(name="Acme", headline="changed while the export ran")
    request = ExportRequest(kind="resume", format="pdf", template="modern", language="sv")
    updated = exports.record_export(
        {stored.id: stored}.get, stored.id, request, _result(tmp_path / "cv.pdf")
    )
    assert updated is not None and updated.headline == "changed while the export ran"
    (entry,) = updated.exports
    assert (entry.kind, entry.format, entry.template, entry.language, entry.pages) == (
        "resume",
        "pdf",
        "modern",
        "sv",
        2,
    )
    assert Path(entry.file).is_absolute() and entry.file.endswith("cv.pdf")


def test_nothing_is_recorded_for_a_deleted_target_or_no_file(tmp_path):
    target = Target(name="Acme")
    request = ExportRequest()
    assert exports.record_export({}.get, target.id, request, _result(tmp_path / "a.pdf")) is None
    assert exports.record_export({target.id: target}.get, target.id, request, _result(None)) is None
