"""Opening the window reads its options without the command parsers, and reads them the same."""

from __future__ import annotations

import subprocess
import sys

import pytest

from resume_builder.cli.parser import build_parser, window_arguments

WINDOW_ONLY = [
    [],
    ["--data-dir", "career"],
    ["--data-dir=career"],
    ["--demo"],
    ["--debug"],
    ["--data-dir", "a", "--data-dir", "b", "--demo", "--debug"],
    ["--debug", "--data-dir=c"],
]


@pytest.mark.parametrize("argv", WINDOW_ONLY)
def test_the_window_s_options_read_as_the_whole_parser_reads_them(argv):
    whole = vars(build_parser().parse_args(argv))
    assert whole.pop("command") is None
    assert vars(window_arguments(argv)) == whole


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["-h"],
        ["list", "skills"],
        ["--data-dir"],
        ["--data-dir", "--demo"],
        ["--dem"],
    ],
)
def test_anything_else_goes_to_the_whole_parser(argv):
    assert window_arguments(argv) is None


def test_opening_the_window_imports_no_command_module():
    code = (
        "import sys\n"
        "from resume_builder.cli import parser\n"
        "parser.window_arguments(['--data-dir', 'x'])\n"
        "parser.build_parser(['--data-dir', 'x'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('resume_builder.cli.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['resume_builder.cli.parser']"
