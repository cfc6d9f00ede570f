"""Runs the command line: opens the window by default, else one subcommand.

Subcommands never import PySide6, so they start fast and run on machines without a screen.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from resume_builder.cli.common import CliError, sentence
from resume_builder.cli.parser import build_parser, window_arguments
from resume_builder.storage.errors import StorageError

log = logging.getLogger(__name__)
# Without a log file, an error line must not reach stderr a second time through logging's
# last-resort handler: stderr already has the sentence.
log.addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the process exit code."""
    if argv is None:
        argv = sys.argv[1:]
    parser = None
    args = window_arguments(argv)
    if args is None:
        parser = build_parser(argv)
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
        return _fail(str(exc), exc, args, parser, data_dir, expected=True)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader (e.g. `| head`) stopped listening; that is not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a fault of ours still reaches the user as one sentence
        message = f"unexpected error ({sentence(exc)}); run the command again with --debug"
        return _fail(message, exc, args, parser, data_dir, expected=False)


def _fail(message: str, exc: BaseException, args, parser, data_dir: Path, *, expected: bool) -> int:
    """Tells the user in one sentence (with --debug, the traceback too), logs it; exit code 1."""
    debug = getattr(args, "debug", False)
    if debug:
        exc.__suppress_context__ = False  # the error we turned into a sentence is the news
        traceback.print_exception(exc, file=sys.stderr)
    print(f"resume-builder: {message}", file=sys.stderr)
    command = " ".join(command_words(parser, args))
    with _data_folder_log(data_dir):
        log.error(
            "`%s` failed: %s",
            command or "resume-builder",
            message,
            exc_info=exc if debug or not expected else None,
        )
    return 1


def command_words(parser: argparse.ArgumentParser | None, args: argparse.Namespace) -> list[str]:
    """The command and subcommands the user named, outermost first: ["application", "move"].

    Read from the parser's own subcommand levels, so a command added later is named in full
    without being listed here.
    """
    words: list[str] = []
    # argparse keeps its subcommand levels in `_actions` only; no public API lists them.
    while parser is not None:
        level = next(
            (a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None
        )
        word = getattr(args, level.dest, None) if level is not None else None
        if not word:
            break
        words.append(str(word))
        parser = level.choices.get(word)
    return words


@contextmanager
def _data_folder_log(data_dir: Path) -> Iterator[None]:
    """Sends log lines to the data folder's log meanwhile, when the folder holds a database."""
    from resume_builder import logs, paths
    from resume_builder.storage.repository import database_path

    opened = False
    # A mistyped --data-dir is no data folder: it gets no logs/ folder of ours.
    if database_path(data_dir).exists() or paths.log_file(data_dir).exists():
        try:
            logs.set_up_logging(data_dir)
            opened = True
        except OSError:
            pass  # a read-only folder: stderr has told the user already
    # A log that cannot be written (the window rotating it meanwhile, a full disk) must not
    # add logging's own traceback to the one sentence.
    raising, logging.raiseExceptions = logging.raiseExceptions, False
    try:
        yield
    finally:
        logging.raiseExceptions = raising
        if opened:
            logs.stop_logging()


def run() -> None:
    """Entry point of the `resume-builder` scripts."""
    sys.exit(main())
