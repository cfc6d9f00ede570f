"""Document defaults and reminder periods the user chooses once, with the rules they obey."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

#: the paper sizes the renderers draw (services.documents.PAGE_SIZES; a unit test keeps them equal)
PAPER_SIZES = ("A4", "Letter")
#: the page targets a user may choose as the default for a new résumé
PAGE_TARGETS = range(1, 6)
#: the longest reminder period: beyond two years a reminder stops meaning anything
MAX_DAYS = 730

DEFAULT_TEMPLATE = "classic"
DEFAULT_PAGE_TARGET = 2
DEFAULT_STALE_CONTACT_DAYS = 60
DEFAULT_STALE_APPLICATION_DAYS = 21


class PreferencesError(ValueError):
    """A preference outside its allowed values; the message says which and why."""


@dataclass(frozen=True)
class Preferences:
    """What the window and the command line both honour.

    template: the document template a new export starts from (a file name in templates/).
    paper: "A4" or "Letter"; "" means the system locale's paper.
    page_target: pages a résumé aims at when no target says otherwise.
    stale_contact_days: a person not contacted for this long is due a word.
    stale_application_days: an application with no news for this long is due a follow-up.
    """

    template: str = DEFAULT_TEMPLATE
    paper: str = ""
    page_target: int = DEFAULT_PAGE_TARGET
    stale_contact_days: int = DEFAULT_STALE_CONTACT_DAYS
    stale_application_days: int = DEFAULT_STALE_APPLICATION_DAYS

    def validate(self) -> None:
        """Raises PreferencesError for a value no export or reminder could use."""
        if not self.template.strip():
            raise PreferencesError("the default template needs a name")
        if self.paper and self.paper not in PAPER_SIZES:
            raise PreferencesError(f"unknown paper size “{self.paper}”; choose A4 or Letter")
        if self.page_target not in PAGE_TARGETS:
            raise PreferencesError(
                f"a page target of {self.page_target} is not between "
                f"{PAGE_TARGETS.start} and {PAGE_TARGETS.stop - 1}"
            )
        for name in ("stale_contact_days", "stale_application_days"):
            days = getattr(self, name)
            if not 1 <= days <= MAX_DAYS:
                raise PreferencesError(f"{days} days is not between 1 and {MAX_DAYS}")

    def to_dict(self) -> dict[str, Any]:
        """The stored form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> Preferences:
        """Reads the stored form leniently: a missing, mistyped or out-of-range value falls back
        to its default, so a hand-edited or older file never stops an export.
        """
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for field in fields(cls):
            default = getattr(defaults, field.name)
            value = data.get(field.name, default)
            # JSON's true is an int to Python: only the exact type counts
            if type(value) is not type(default):
                value = default
            try:  # one bad value costs only itself, not its neighbours
                cls(**{**defaults.to_dict(), field.name: value}).validate()
            except PreferencesError:
                value = default
            values[field.name] = value
        return cls(**values)
