"""The whole command line: global options, then each command group adds its own subcommands.

Opening the window is the common case and names no command: its arguments are parsed without
importing any command module (they and what they import cost the window's start-up time).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from resume_builder import APP_NAME, __version__

#: options of the window's own command line that take no value
_WINDOW_FLAGS = frozenset({"--demo", "--debug", "--version"})

#: the end of `resume-builder --help`: the commands a job search runs on, by what they do
JOB_SEARCH_HELP = """\
Job search from the command line:
  due [--days N | --all]        what is due: follow-ups, actions, next steps
  application list [--status S] where each application stands
  application move NAME --to S  move one on (its history keeps every move)
  organisation list|add         the organisations worth working for
  plan show                     the plan's deadline, pace and milestones
  calendar --out FILE.ics       meetings and what is due, for your calendar
"""


class _HelpFormatter(argparse.HelpFormatter):
    """Wraps descriptions as usual, but keeps a text laid out in lines (the epilog) as it is."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


#: each command, and the module of cli/ with the function that adds it to the parser
COMMAND_MODULES = {
    "demo": ("records", "add_parsers"),
    "list": ("records", "add_parsers"),
    "export": ("export", "add_parser"),
    "backup": ("backup", "add_parsers"),
    "restore": ("backup", "add_restore_parser"),
    "tailor": ("tailor", "add_parser"),
    "target": ("targets", "add_parser"),
    "import": ("importing", "add_parser"),
    "update-note": ("progress", "add_parser"),
    "people": ("people", "add_parser"),
    "meeting": ("people", "add_parser"),
    "application": ("applications", "add_parser"),
    "organisation": ("organisations", "add_parser"),
    "organization": ("organisations", "add_parser"),
    "plan": ("plan", "add_parser"),
    "photo": ("photo", "add_parser"),
    "due": ("due", "add_parsers"),
    "calendar": ("due", "add_parsers"),
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line, subcommands included unless `argv` only opens the window.

    With no `argv` the whole command line is built (for tools and tests that inspect it).
    When `argv` names a command, only that command's module is imported and added: the
    others and what they import cost every command's start-up time, and what argparse
    makes of `argv` (its values, errors and help) is the same.
    """
    parser, common = _global_parser()
    if argv is not None and opens_window_only(argv):
        return parser
    command = named_command(argv) if argv is not None else None
    if command is None:
        _add_commands(parser, common)
        return parser
    from importlib import import_module

    module, adder = COMMAND_MODULES[command]
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    getattr(import_module(f"resume_builder.cli.{module}"), adder)(commands, common)
    return parser


def named_command(argv: Sequence[str]) -> str | None:
    """The command `argv` names after the global options, if it is one of COMMAND_MODULES;
    None for anything else (help, the version, a mistyped command), which the whole parser
    answers.
    """
    tokens = iter(argv)
    for token in tokens:
        if token == "--data-dir":
            next(tokens, None)
        elif token in ("--debug", "--demo") or token.startswith("--data-dir="):
            continue
        else:
            return token if token in COMMAND_MODULES else None
    return None


def opens_window_only(argv: Sequence[str]) -> bool:
    """True when `argv` holds only the window's options (no command, no --help, nothing unknown).

    Anything else gets the whole parser, so its errors and help read exactly as before.
    """
    tokens = iter(argv)
    for token in tokens:
        if token == "--data-dir":
            value = next(tokens, None)
            if value is None or value.startswith("-"):
                return False  # let the whole parser say that the option needs a value
        elif not (token in _WINDOW_FLAGS or token.startswith("--data-dir=")):
            return False
    return True


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """What argparse would make of `argv` when it only opens the window; None otherwise.

    Opening the window is the common case, and building even the global parser costs it
    several milliseconds (argparse looks up a translation of its every message). `--version`
    is left to the parser, which prints it.
    """
    if not opens_window_only(argv) or "--version" in argv:
        return None
    args = argparse.Namespace(demo=False)
    tokens = iter(argv)
    for token in tokens:
        if token == "--data-dir":
            args.data_dir = next(tokens)
        elif token.startswith("--data-dir="):
            args.data_dir = token.partition("=")[2]
        elif token == "--demo":
            args.demo = True
        elif token == "--debug":
            args.debug = True
    return args


def _global_parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    # Options every subcommand takes too, so they may follow the command's name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder to use (default: $RESUME_BUILDER_DATA, else the platform's "
        "user data folder)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="on an error, print its traceback as well (it goes to the data folder's log too)",
    )
    parser = argparse.ArgumentParser(
        prog="resume-builder",
        description=f"{APP_NAME}: record your accomplishments and build tailored résumés, "
        "offline. With no command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a fresh copy of a demo career in a temporary folder",
    )
    return parser, common


def _add_commands(parser: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    parser.formatter_class = _HelpFormatter
    parser.epilog = JOB_SEARCH_HELP

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    from importlib import import_module

    # Each module adds its commands once, in the table's order (the order help lists them).
    for module, adder in dict.fromkeys(COMMAND_MODULES.values()):
        getattr(import_module(f"resume_builder.cli.{module}"), adder)(commands, common)
