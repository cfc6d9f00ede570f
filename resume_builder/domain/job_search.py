"""The job search beyond single applications: organisations to scout, and the career plan.

An `Organisation` is a place worth working for, with why and what it is like; its postings
are the targets that name it. The `CareerPlan` is the search's deadline (the day the current
role ends, or the move should happen); its `Milestone`s are the steps towards it, each with a
due date and, where the app can count it, a measure. Rules over them (what a measure counts,
whether the pace will make the date) live in services/plan.py and services/organisations.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.record import Record, RecordError, now_iso

#: how eager the user is about an organisation, 1 (most) to 3 (least)
PRIORITIES = (1, 2, 3)

#: what a plan's deadline is: the day the role ends, or the day the move should happen by
DEADLINE_KINDS = ("role_ends", "move_by")

#: what a milestone's progress is counted from; "" is a milestone the user ticks by hand
MEASURES = (
    "",
    "cmd_complete",
    "resumes_ready",
    "recruiter_conversations",
    "references",
    "applications_sent",
)


@dataclass
class Organisation(Record):
    """An organisation worth working for: the list a search starts from."""

    KIND: ClassVar[str] = "organisation"
    name: str = ""
    #: why it is attractive, in the user's words
    why: str = ""
    #: what it is like ("already works the way I want mine to")
    like: str = ""
    location: str = ""
    website: str = ""
    #: people there, from the People records (those whose organisation is this one count too)
    person_ids: list[str] = field(default_factory=list)
    priority: int = 2
    notes: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def validate(self) -> None:
        super().validate()
        if self.priority not in PRIORITIES:
            raise RecordError(
                f"organisation priority {self.priority} is not one of "
                + ", ".join(str(p) for p in PRIORITIES)
            )

    def label(self) -> str:
        """The name lists show."""
        return self.name.strip() or "(unnamed organisation)"


@dataclass
class CareerPlan(Record):
    """The search's deadline; there is one plan per career record."""

    KIND: ClassVar[str] = "career_plan"
    deadline: PartialDate | None = None
    deadline_kind: str = "role_ends"
    #: the day the plan was started: the pace is measured from it
    started: PartialDate | None = None
    notes: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def validate(self) -> None:
        super().validate()
        if self.deadline_kind not in DEADLINE_KINDS:
            raise RecordError(
                f"plan deadline kind “{self.deadline_kind}” is not one of "
                + ", ".join(DEADLINE_KINDS)
            )
        if (
            self.deadline is not None
            and self.started is not None
            and self.deadline.upper_key() < self.started.sort_key()
        ):
            raise RecordError(f"the plan's deadline ({self.deadline}) is before its start")


@dataclass
class Milestone(Record):
    """One step towards the plan's deadline: what, by when, and how its progress is counted.

    With a `measure`, progress is counted from the career record against `goal` (for
    "cmd_complete" the goal is a percentage); without one it is `done`, ticked by hand.
    Ticking a counted milestone marks it done whatever the count says.
    """

    KIND: ClassVar[str] = "milestone"
    title: str = ""
    due: PartialDate | None = None
    measure: str = ""
    goal: int = 1
    done: bool = False
    done_on: PartialDate | None = None
    position: int = 0
    notes: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def validate(self) -> None:
        super().validate()
        if self.measure not in MEASURES:
            raise RecordError(
                f"milestone measure “{self.measure}” is not one of "
                + ", ".join(m for m in MEASURES if m)
            )
        if self.goal < 1:
            raise RecordError(f"a milestone's goal must be at least 1, not {self.goal}")
        if self.measure == "cmd_complete" and self.goal > 100:
            raise RecordError(f"a share of {self.goal}% is more than the whole")
