"""A command line that names a command builds only that command's parser, and reads the same."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from resume_builder.cli.parser import COMMAND_MODULES, build_parser, named_command


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (level,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(level.choices)


def test_every_command_is_named_with_the_module_that_adds_it():
    assert set(COMMAND_MODULES) == set(_commands(build_parser()))


@pytest.mark.parametrize("command", sorted(COMMAND_MODULES))
def test_a_command_alone_has_the_whole_parser_s_options_and_help(command):
    whole = _commands(build_parser())[command]
    alone = _commands(build_parser([command]))
    assert command in alone
    assert alone[command].format_help() == whole.format_help()


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "resume", "--format", "docx", "--pages", "1", "--data-dir", "d"],
        ["--data-dir", "d", "--debug", "export", "cmd", "-o", "x.pdf"],
        ["--data-dir=d", "list", "skills"],
        ["due", "--all"],
        ["restore", "backup.zip"],
        ["backup", "list"],
        ["calendar", "--out", "a.ics"],
    ],
)
def test_a_command_line_reads_as_the_whole_parser_reads_it(argv):
    assert named_command(argv) is not None
    assert vars(build_parser(argv).parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["-h"], ["--version"], ["exprt"], ["--deb", "export"], ["--data", "d", "export"]]
)
def test_help_a_mistyped_command_or_an_abbreviation_gets_the_whole_parser(argv):
    assert named_command(argv) is None


def test_an_export_imports_no_other_command_module():
    code = (
        "import sys\n"
        "from resume_builder.cli import parser\n"
        "parser.build_parser(['export', 'resume', '--format', 'pdf'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('resume_builder.cli.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    for other in ("applications", "targets", "people", "tailor", "due", "plan", "backup"):
        assert f"resume_builder.cli.{other}'" not in out
    assert "resume_builder.cli.export'" in out
