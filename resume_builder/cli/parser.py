"""The whole command line: global options, then each command group adds its own subcommands."""

from __future__ import annotations

import argparse

from resume_builder import APP_NAME, __version__
from resume_builder.cli import backup, export, importing, records, tailor, targets


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, subcommands included."""
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    records.add_parsers(commands, common)
    export.add_parser(commands, common)
    backup.add_parsers(commands, common)
    backup.add_restore_parser(commands, common)
    tailor.add_parser(commands, common)
    targets.add_parser(commands, common)
    importing.add_parser(commands, common)
    return parser
