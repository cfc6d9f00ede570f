"""Runs the command line: opens the window by default, else one subcommand.

Subcommands never import PySide6, so they start fast and run on machines without a screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from resume_builder.cli.common import CliError
from resume_builder.cli.parser import build_parser
from resume_builder.storage.errors import StorageError


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from resume_builder import paths

    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from resume_builder.app import run_gui

            return run_gui(data_dir=data_dir, demo=args.demo)
        return handler(args, data_dir) or 0
    except (CliError, StorageError) as exc:
        print(f"resume-builder: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader (e.g. `| head`) stopped listening; that is not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def run() -> None:
    """Entry point of the `resume-builder` scripts."""
    sys.exit(main())
