"""The command line offers what the window offers: templates, languages, formats, pages."""

import argparse
import subprocess
import sys

import pytest

from resume_builder import paths
from resume_builder.cli.main import main
from resume_builder.cli.parser import build_parser
from resume_builder.domain.preferences import PAGE_TARGETS
from resume_builder.export.catalog import load_catalog
from resume_builder.export.locale import LANGUAGES
from resume_builder.services import documents


def _export_choices() -> dict[str, list]:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    export = commands.choices["export"]
    return {a.dest: list(a.choices) for a in export._actions if a.choices is not None}


def test_the_export_choices_are_the_catalogs():
    found = _export_choices()
    assert found["template"] == load_catalog(paths.templates_dir()).keys()
    assert found["template"][0] == "classic" and len(found["template"]) >= 3
    assert found["language"] == list(LANGUAGES)
    assert found["format"] == list(documents.FORMATS)
    assert found["kind"] == [*documents.KINDS, "brief", "progress"]  # cli/progress.py writes those
    assert found["page_size"] == list(documents.PAGE_SIZES)
    assert found["pages"] == list(PAGE_TARGETS) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("option", "wrong", "allowed"),
    [
        ("--template", "nope", load_catalog(paths.templates_dir()).keys()),
        ("--lang", "xx", list(LANGUAGES)),
        ("--pages", "6", [str(p) for p in PAGE_TARGETS]),
        ("--pages", "0", [str(p) for p in PAGE_TARGETS]),
        ("--format", "odt", list(documents.FORMATS)),
        ("--page-size", "A5", list(documents.PAGE_SIZES)),
    ],
)
def test_a_wrong_value_is_a_usage_error_that_lists_the_allowed_ones(
    tmp_path, capsys, option, wrong, allowed
):
    with pytest.raises(SystemExit) as stopped:
        main(["export", option, wrong, "--data-dir", str(tmp_path)])
    assert stopped.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"invalid choice: {wrong!r}" in error or f"invalid choice: {wrong}" in error
    listed = error.split("choose from", 1)[1]
    for value in allowed:
        assert value in listed
    assert "Traceback" not in error and list(tmp_path.iterdir()) == []


def test_help_shows_the_choices(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())  # as wrapped for any terminal width
    assert "{" + ",".join(load_catalog(paths.templates_dir()).keys()) + "}" in text
    assert "{" + ",".join(LANGUAGES) + "}" in text and "sv Svenska" in text
    assert "{1-5}" in text


def test_a_template_added_to_the_folder_is_offered_and_a_broken_one_is_explained(
    own_templates, tmp_path, capsys
):
    assert "mine" in _export_choices()["template"]
    assert "broken" not in _export_choices()["template"]
    assert _export_choices()["template"] == load_catalog(own_templates).keys()

    assert main(["export", "--list-templates"]) == 0
    out, err = capsys.readouterr()
    assert "mine" in out and "broken" not in out
    assert err.startswith("warning: template “broken” cannot be used: ")
    assert "broken.toml" in err

    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    written = tmp_path / "mine.md"
    argv = ["export", "--format", "md", "--data-dir", str(data), "-o", str(written)]
    assert main([*argv, "--template", "mine"]) == 0
    assert written.is_file()
    capsys.readouterr()

    # A broken template is no "invalid choice": the user learns what is wrong with the file.
    assert main([*argv, "--template", "broken", "-o", str(tmp_path / "b.md")]) == 1
    err = capsys.readouterr().err
    assert "“broken” is broken and cannot be used" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.md").exists()

    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--template", "theirs"])
    assert stopped.value.code == 2
    assert "'mine'" in capsys.readouterr().err


def test_commands_without_export_options_never_read_the_export_catalogs(tmp_path):
    # The choices are read when argparse checks a value or writes help, not at every start.
    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    code = (
        "import sys; from resume_builder.cli.main import main\n"
        f"assert main(['list', 'roles', '--data-dir', {str(data)!r}]) == 0\n"
        "loaded = [m for m in ('resume_builder.export.catalog',"
        " 'resume_builder.services.documents') if m in sys.modules]\n"
        "assert not loaded, loaded"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
