"""A target: one job posting applied for, the résumé and letter cut for it, and where the
application stands (its status, with the date of every change).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.look import DocumentLook, LookError
from resume_builder.domain.record import Record, RecordError, now_iso

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

TARGET_EXPORT_KINDS = ("resume", "letter")

#: an application's statuses, in the order of the board's columns
STATUSES = (
    "interested",
    "applied",
    "screening",
    "interviewing",
    "offer",
    "accepted",
    "rejected",
    "withdrawn",
)
#: the statuses that end an application (it is never stale, and has no next step due)
CLOSED_STATUSES = ("accepted", "rejected", "withdrawn")
#: where an application moves to from outside; "internal" is a move within the employer
APPLICATION_KINDS = ("external", "internal")


@dataclass
class StatusChange:
    """One step of an application's history: the status it moved to, on which day, and why."""

    status: str = "interested"
    on: str = ""  # "YYYY-MM-DD"
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {"status": self.status, "on": self.on, "note": self.note}

    @classmethod
    def from_dict(cls, data: Any) -> StatusChange:
        """Reads one stored history entry.

        Raises:
            RecordError: the entry is not an object, its status is unknown or its day is not
                a date like 2026-03-14.

        """
        if not isinstance(data, dict):
            raise RecordError(f"a status change must be an object, not {data!r:.40}")
        values = {}
        for name in ("status", "on", "note"):
            value = data.get(name, "")
            if not isinstance(value, str):
                raise RecordError(f"a status change's {name} must be text, not {value!r:.40}")
            values[name] = value
        change = cls(**values)
        if change.status not in STATUSES:
            raise RecordError(f"a status change names the unknown status “{change.status}”")
        if not _DAY.fullmatch(change.on) or not _is_real_day(change.on):
            raise RecordError(f"a status change's day “{change.on}” is not a date like 2026-03-14")
        return change


def _is_real_day(text: str) -> bool:
    """Whether a YYYY-MM-DD text names a day that exists (not 2026-02-30)."""
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


@dataclass
class TargetExport:
    """One document sent out for a target: when, what, how and where it was saved."""

    when: str = field(default_factory=now_iso)
    kind: str = "resume"  # "resume" or "letter"
    format: str = "pdf"
    template: str = ""
    language: str = "en"
    file: str = ""
    pages: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "when": self.when,
            "kind": self.kind,
            "format": self.format,
            "template": self.template,
            "language": self.language,
            "file": self.file,
            "pages": self.pages,
        }

    @classmethod
    def from_dict(cls, data: Any) -> TargetExport:
        """Reads one stored export entry.

        Raises:
            RecordError: the entry is not an object or a value has the wrong type.

        """
        if not isinstance(data, dict):
            raise RecordError(f"an export entry must be an object, not {data!r:.40}")
        pages = data.get("pages")
        if pages is not None and (isinstance(pages, bool) or not isinstance(pages, int)):
            raise RecordError(f"an export entry's pages must be a whole number, not {pages!r:.20}")
        values = {}
        for name in ("when", "kind", "format", "template", "language", "file"):
            if name not in data:
                continue  # the field's default
            value = data[name]
            if not isinstance(value, str):
                raise RecordError(f"an export entry's {name} must be text, not {value!r:.40}")
            values[name] = value
        return cls(pages=pages, **values)


@dataclass
class Target(Record):
    """One job posting the person applies for, and the résumé and letter cut for it.

    The posting's requirements are worked out from its text each time; `removed_terms`,
    `added_terms` and `must_have` keep the user's corrections to them, so a re-read posting
    (or a new skill) never loses what the user decided. The résumé keeps its own choice and
    order of accomplishments, and its own wording of a bullet, without touching the master
    accomplishment.
    """

    KIND: ClassVar[str] = "target"
    name: str = ""  # what the user calls it; empty: "Title — Company"
    company: str = ""
    title: str = ""
    posting: str = ""
    link: str = ""
    location: str = ""
    notes: str = ""
    archived: bool = False
    #: requirement terms the user struck from the extracted list (compared ignoring case)
    removed_terms: list[str] = field(default_factory=list)
    #: requirements the user added, as typed
    added_terms: list[str] = field(default_factory=list)
    #: case-folded term -> True (must have) or False (nice to have), where the user said so
    must_have: dict[str, bool] = field(default_factory=dict)
    #: accomplishment ids on this résumé, in the order shown; None until the user chooses
    selected_ids: list[str] | None = None
    #: accomplishment id -> the bullet's wording for this target only
    rewordings: dict[str, str] = field(default_factory=dict)
    headline: str = ""  # empty: the profile's headline
    summary: str = ""  # empty: the profile's summary
    hidden_role_ids: list[str] = field(default_factory=list)
    page_target: int | None = 2
    letter: str = ""  # the cover letter as the user wrote it; empty until drafted
    pitch: str = ""  # the letter's first-person pitch for this job; empty: the profile's
    #: the résumé's and letter's look as last exported for this target (domain.look)
    look: dict[str, Any] = field(default_factory=dict)
    exports: list[TargetExport] = field(default_factory=list)
    # -- the application (rules in services/applications.py)
    status: str = "interested"
    kind: str = "external"
    #: every status change, oldest first; empty for one never moved (interested since created)
    history: list[StatusChange] = field(default_factory=list)
    #: the organisation scouted that posted it (None: known only by `company`)
    organisation_id: str | None = None
    #: the people it is talked over with: recruiters, the hiring manager, a referrer
    contact_ids: list[str] = field(default_factory=list)
    next_step: str = ""
    next_step_date: PartialDate | None = None
    #: salary expectations, in the user's words ("SEK 78–85k a month, plus pension")
    salary: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def validate(self) -> None:
        super().validate()
        if self.page_target is not None and not 1 <= self.page_target <= 20:
            raise RecordError(f"a target's page target {self.page_target} is not between 1 and 20")
        for key, text in self.rewordings.items():
            if not isinstance(key, str) or not isinstance(text, str):
                raise RecordError(f"target field “rewordings”: {text!r:.40} is not text")
        if self.status not in STATUSES:
            raise RecordError(f"target status “{self.status}” is not one of {', '.join(STATUSES)}")
        if self.kind not in APPLICATION_KINDS:
            raise RecordError(
                f"target kind “{self.kind}” is not one of {', '.join(APPLICATION_KINDS)}"
            )
        for key, mark in self.must_have.items():
            if not isinstance(key, str) or not isinstance(mark, bool):
                raise RecordError(f"target field “must_have”: {mark!r:.40} is not true or false")
        try:
            DocumentLook.from_dict(self.look)
        except LookError as exc:
            raise RecordError(f"target field “look”: {exc}") from None

    def document_look(self) -> DocumentLook:
        """The look this target's documents were last exported with (empty: the template's)."""
        return DocumentLook.from_dict(self.look)

    def label(self) -> str:
        """How lists name the target: its name, or "Title — Company"."""
        if self.name.strip():
            return self.name.strip()
        return " — ".join(p for p in (self.title.strip(), self.company.strip()) if p) or (
            "(untitled target)"
        )

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["exports"] = [e.to_dict() for e in self.exports]
        data["history"] = [c.to_dict() for c in self.history]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Target:
        if not isinstance(data, dict) or not ("exports" in data or "history" in data):
            return super().from_dict(data)
        lists: dict[str, list] = {}
        for name, entry in (("exports", TargetExport), ("history", StatusChange)):
            if name not in data:
                continue
            raw = data[name]
            if not isinstance(raw, list):
                raise RecordError(f"target field “{name}”: expected a list")
            lists[name] = [entry.from_dict(e) for e in raw]
        target = super().from_dict({k: v for k, v in data.items() if k not in lists})
        for name, values in lists.items():
            setattr(target, name, values)
        return target
