"""Writing the demo career into a data folder: only one that holds no career yet."""

from __future__ import annotations

from datetime import date

from resume_builder.domain.models import Accomplishment, Role
from resume_builder.storage.repository import Repository


class FolderHoldsCareer(ValueError):
    """The data folder already holds roles or accomplishments: the demo would mix with them."""

    def __init__(self, repository: Repository) -> None:
        super().__init__(
            f"{repository.data_dir} already holds a career record; the demo is only written "
            "into an empty data folder"
        )


def holds_career(repository: Repository) -> bool:
    """Whether the folder holds a role or an accomplishment (settings alone are no career)."""
    return bool(repository.count(Accomplishment) or repository.count(Role))


def write_demo_into_empty(repository: Repository, *, today: date | None = None) -> dict[str, int]:
    """Writes the demo career and returns how many records of each kind the folder then holds.

    Raises:
        FolderHoldsCareer: the folder holds a career already; nothing is written.

    """
    from resume_builder.services.demo import write_demo

    if holds_career(repository):
        raise FolderHoldsCareer(repository)
    write_demo(repository, today=today)
    return repository.counts()
