"""The people a career is talked over with, the meetings with them, and what was agreed there.

A `Person` is anyone who matters to the search or the promotion: the manager, leaders who know
the work, mentors, recruiters, references. A `Meeting` is one conversation with some of them
(a career conversation with the manager, a recruiter call, an interview...); a career
conversation carries the five steps of the planner (ask, position, listen, act, follow up).
An `ActionItem` is one thing agreed in a meeting, with its due date and the accomplishments
that later prove it was done. Rules over them (last contact, what is overdue, deleting) live
in services/conversations.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.record import Record, RecordError, now_iso

#: the fixed relationships, in the order pickers offer them; any other text is kept as typed
RELATIONSHIPS = (
    "manager",
    "senior_leader",
    "mentor",
    "advocate",
    "recruiter",
    "reference",
    "peer",
    "other",
)

#: the kinds of meeting, in the order pickers offer them
CAREER_CONVERSATION = "career_conversation"
MEETING_KINDS = (
    CAREER_CONVERSATION,
    "one_to_one",
    "recruiter",
    "interview",
    "networking",
    "reference_check",
    "performance_review",
)

_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass
class Person(Record):
    """Someone the career is talked over with.

    `relationship` is one of RELATIONSHIPS or the user's own words. `last_contact` is the date
    the user set by hand; the date shown is the later of it and the newest meeting with the
    person (services.conversations.last_contact).

    Who gives a reference is one rule, `gives_reference`: marked as one, or the relationship
    "reference". `reference_for` alone does not make them one: it notes what they could vouch
    for (often written before asking them), and the user's mark decides.
    """

    KIND: ClassVar[str] = "person"
    name: str = ""
    relationship: str = ""
    organisation: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    notes: str = ""
    is_reference: bool = False
    #: they said yes when asked to be a reference (a career plan counts these)
    reference_agreed: bool = False
    #: what they would vouch for ("the platform migration, leading a team of 12")
    reference_for: str = ""
    #: their words about the work, as a résumé's references section quotes them
    reference_quote: str = ""
    last_contact: PartialDate | None = None
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    @property
    def gives_reference(self) -> bool:
        """Whether the documents' References (and JSON Resume's `references`) name them:
        marked as a reference, or their relationship is "reference".
        """
        return self.is_reference or self.relationship == "reference"

    def label(self) -> str:
        """A short name for pickers and lists: "Name (Title, Organisation)"."""
        where = ", ".join(part for part in (self.title, self.organisation) if part)
        name = self.name.strip() or "(unnamed person)"
        return f"{name} ({where})" if where else name


@dataclass
class Meeting(Record):
    """One conversation: when, with whom, about which target, and what came of it.

    The planner fields (request_email to conditions) are used by career conversations;
    other kinds leave them empty. `follows_id` names the earlier meeting this one follows up,
    whose action items it reviews.
    """

    KIND: ClassVar[str] = "meeting"
    title: str = ""
    kind: str = CAREER_CONVERSATION
    date: PartialDate | None = None
    time: str = ""  # "HH:MM", or empty
    person_ids: list[str] = field(default_factory=list)
    target_id: str | None = None
    agenda: str = ""
    notes: str = ""
    #: what was said about the person's work, in the speaker's words
    feedback: str = ""
    follow_up: PartialDate | None = None
    follows_id: str | None = None
    #: for the brief: questions to ask, and practical notes (notice period, expectations)
    questions: str = ""
    practical: str = ""
    # -- the career-conversation planner
    #: 1. Ask: the e-mail asking for the meeting
    request_email: str = ""
    #: 2. Position: how the conversation opens
    appreciation: str = ""
    intent: str = ""
    aim_level: str = ""
    question: str = ""
    #: the accomplishments picked as talking points, in the order they are to be told
    talking_point_ids: list[str] = field(default_factory=list)
    #: 3. Listen: what was asked of the person (the feedback itself is `feedback`)
    asked_of_me: str = ""
    #: an open career conversation: looking outside while exploring inside, as agreed
    open_conversation: bool = False
    agreed: str = ""
    conditions: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def validate(self) -> None:
        super().validate()
        if self.time and not _TIME.fullmatch(self.time):
            raise RecordError(f"meeting time “{self.time}” is not a time like 14:30")
        early = (
            self.date is not None
            and self.follow_up is not None
            and self.follow_up.upper_key() < self.date.sort_key()
        )
        if early:
            raise RecordError(
                f"meeting follow-up ({self.follow_up}) is before the meeting ({self.date})"
            )


@dataclass
class ActionItem(Record):
    """One thing agreed in a meeting: what, by when, whether it is done, and its proof.

    `meeting_id` is empty for an action the person set themselves, outside any meeting.
    """

    KIND: ClassVar[str] = "action_item"
    meeting_id: str = ""
    text: str = ""
    due: PartialDate | None = None
    done: bool = False
    done_on: PartialDate | None = None
    #: the accomplishments that prove it was done ("over-deliver")
    proof_ids: list[str] = field(default_factory=list)
    #: its place among its meeting's items
    position: int = 0
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
