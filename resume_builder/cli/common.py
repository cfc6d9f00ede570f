"""What every command shares: the user's errors, opening the database, finding a target."""

from __future__ import annotations

import sys
from pathlib import Path


class CliError(Exception):
    """A problem the user caused; printed as one sentence, exit code 1."""


def require_database(data_dir: Path) -> None:
    """A CliError unless the data folder holds a database."""
    from resume_builder.storage.repository import database_path

    if not database_path(data_dir).exists():
        raise CliError(
            f"there is no database in {data_dir}; run the app once or "
            f"`resume-builder demo --data-dir {data_dir}`"
        )


def open_read_only(data_dir: Path):
    """The repository for reading, which works while the app has the folder open."""
    from resume_builder.storage.repository import Repository

    require_database(data_dir)
    return Repository.open(data_dir, read_only=True)


def open_for_writing(data_dir: Path, *, create: bool = False):
    """The repository with the data folder's lock (LockedError while the app has it open)."""
    from resume_builder.storage.repository import Repository

    if not create:
        require_database(data_dir)  # rather than make an empty one only to find no target
    return Repository.open(data_dir)


def find_target(repository, name: str):
    """The target a user names (see `targets.find_target`), or a CliError saying why not."""
    from resume_builder.domain.models import Target
    from resume_builder.services.targets import TargetError
    from resume_builder.services.targets import find_target as find

    try:
        return find(repository.all(Target), name)
    except TargetError as exc:
        raise CliError(str(exc)) from None


def read_posting(name: str) -> str:
    """A job posting's text from a file or `-` for stdin (see `posting.posting_text`)."""
    from resume_builder.services.posting import PostingError, posting_text, read_posting_file

    try:
        if name != "-":
            return read_posting_file(name)
        try:
            data = sys.stdin.buffer.read()
        except OSError as exc:
            raise CliError(f"cannot read standard input: {exc.strerror or exc}") from None
        return posting_text(data, "standard input")
    except PostingError as exc:
        raise CliError(str(exc)) from None


def sentence(exc: BaseException) -> str:
    """The first line of an exception's message, or its type when it has none."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
