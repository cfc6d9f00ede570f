"""`resume-builder export` follows the export rules the window follows (services.exports)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from resume_builder.cli.main import main
from resume_builder.domain.models import Target
from resume_builder.services.preferences import Preferences, save_preferences
from resume_builder.storage.repository import Repository


@pytest.fixture(scope="module")
def career(tmp_path_factory):
    folder = tmp_path_factory.mktemp("career")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    with Repository.open(folder) as repository:
        repository.put(Target(name="Dream job", company="Northwind: Retail/Group"))
    return folder


def test_default_file_names_are_the_windows(data_dir, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    common = ["--format", "md", "--data-dir", str(data_dir)]
    assert main(["export", "resume", *common]) == 0
    assert main(["export", "cmd", *common]) == 0
    assert main(["export", "resume", "--target", "Dream job", *common]) == 0
    assert main(["export", "letter", "--target", "Dream job", *common]) == 0
    # The company's ":" and "/" are no part of any file name on Windows.
    assert sorted(p.name for p in out.iterdir()) == [
        "Dana Lindqvist - Career Management Document.md",
        "Dana Lindqvist - Cover Letter - Northwind Retail Group.md",
        "Dana Lindqvist - Résumé - Northwind Retail Group.md",
        "Dana Lindqvist - Résumé.md",
    ]
    printed = capsys.readouterr().out
    assert "Wrote Dana Lindqvist - Résumé.md." in printed
    assert "Recorded on target “Dream job”." in printed


def test_a_target_goes_with_no_cmd_and_a_letter_needs_one(data_dir, capsys):
    assert main(["export", "cmd", "--target", "Dream job", "--data-dir", str(data_dir)]) == 1
    assert "--target goes with a résumé or a cover letter" in capsys.readouterr().err
    assert main(["export", "letter", "--data-dir", str(data_dir)]) == 1
    assert "add --target NAME" in capsys.readouterr().err


def test_a_broken_preferred_template_is_passed_over_with_a_warning(
    data_dir, tmp_path, own_templates, capsys
):
    save_preferences(data_dir, Preferences(template="broken"))
    written = tmp_path / "cv.md"
    argv = ["export", "--format", "md", "--data-dir", str(data_dir), "-o", str(written)]
    assert main(argv) == 0
    assert written.is_file()
    err = capsys.readouterr().err
    assert "warning: the template chosen in Preferences, “broken”, cannot be used" in err
    assert "using “classic”" in err


def _while_exporting(monkeypatch, data_dir, change):
    """Runs `change(repository)` on the stored records while the export typesets."""
    from resume_builder.services import documents

    real = documents.run_to_end

    def run_and_change(generator):
        result = real(generator)
        with Repository.open(data_dir) as repository:
            change(repository)
        return result

    monkeypatch.setattr(documents, "run_to_end", run_and_change)


def _dream_job(repository):
    return next(t for t in repository.all(Target) if t.name == "Dream job")


def test_an_export_is_recorded_on_the_target_as_it_is_now(data_dir, tmp_path, monkeypatch, capsys):
    def edit(repository):
        target = _dream_job(repository)
        repository.put(replace(target, headline="Edited in the window meanwhile"))

    _while_exporting(monkeypatch, data_dir, edit)
    written = tmp_path / "cv.md"
    argv = ["export", "--target", "Dream job", "--format", "md", "-o", str(written)]
    assert main([*argv, "--data-dir", str(data_dir)]) == 0
    assert "Recorded on target “Dream job”." in capsys.readouterr().out
    target = _dream_job(Repository.open(data_dir, read_only=True))
    assert target.headline == "Edited in the window meanwhile"
    assert [Path(e.file).name for e in target.exports] == ["cv.md"]


def test_a_target_deleted_during_the_export_keeps_the_file(data_dir, tmp_path, monkeypatch, capsys):
    _while_exporting(monkeypatch, data_dir, lambda r: r.apply(remove=[_dream_job(r)]))
    written = tmp_path / "cv.md"
    argv = ["export", "--target", "Dream job", "--format", "md", "-o", str(written)]
    assert main([*argv, "--data-dir", str(data_dir)]) == 0
    assert written.is_file()
    err = capsys.readouterr().err
    assert "the export was not recorded: target “Dream job” was deleted meanwhile" in err


@pytest.mark.parametrize("target", [[], ["--target", "Dream job"]])
def test_expired_certificates_need_include_expired(data_dir, tmp_path, target):
    # The demo's Kubernetes certificate expired years ago; its ITIL one never expires.
    common = ["--format", "txt", "--data-dir", str(data_dir), *target]
    plain_out, with_out = tmp_path / "plain.txt", tmp_path / "with.txt"
    assert main(["export", "resume", *common, "-o", str(plain_out)]) == 0
    assert main(["export", "resume", *common, "--include-expired", "-o", str(with_out)]) == 0
    default, included = plain_out.read_text("utf-8"), with_out.read_text("utf-8")
    assert "ITIL 4 Foundation" in default and "ITIL 4 Foundation" in included
    assert "Kubernetes Administrator" not in default
    assert "Kubernetes Administrator" in included


def _fonts_of(path: Path) -> set[str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


def test_a_targets_look_is_remembered_and_template_goes_back(data_dir, tmp_path, capsys):
    first = tmp_path / "first.pdf"
    argv = ["export", "--target", "Dream job", "--template", "classic", "--data-dir", str(data_dir)]
    assert (
        main([*argv, "--font", "sans", "--section-order", "skills,education", "-o", str(first)])
        == 0
    )
    target = _dream_job(Repository.open(data_dir, read_only=True))
    assert target.look == {"font": "sans", "section_order": ["skills", "education"]}
    assert any("NotoSans" in f for f in _fonts_of(first))
    # the next export for the target starts from its look; "template" undoes one choice
    second = tmp_path / "second.pdf"
    assert main([*argv, "--font", "template", "-o", str(second)]) == 0
    target = _dream_job(Repository.open(data_dir, read_only=True))
    assert target.look == {"section_order": ["skills", "education"]}
    assert not any("NotoSans-" in f for f in _fonts_of(second))


def test_a_look_that_cannot_be_used_is_one_sentence_and_no_file(data_dir, tmp_path, capsys):
    out = tmp_path / "cv.pdf"
    argv = ["export", "--accent", "teal", "-o", str(out), "--data-dir", str(data_dir)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "the accent colour “teal” is not a colour" in err
    assert "Traceback" not in err
    assert not out.exists()
