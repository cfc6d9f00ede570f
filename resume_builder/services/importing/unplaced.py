"""A piece of an imported file its reader could not place, kept whole for the preview."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnplacedText:
    """A piece of the file the reader could not place, kept so the user can place it.

    Attributes:
        where: its place in the file ("page 1, line 14").
        text: the whole text, as read.
        warning: the warning that names it in the plan's warnings.

    """

    where: str
    text: str
    warning: str
