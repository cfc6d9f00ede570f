"""A small career with people, meetings, action items and a target, for the brief and progress
tests (services, builders, command line and window)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from resume_builder.domain.dates import PRESENT
from resume_builder.domain.dates import PartialDate as P
from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Profile,
    Record,
    Role,
    Skill,
    Target,
)
from resume_builder.services.briefs import ConversationRecords, conversation_records

TODAY = date(2026, 11, 20)


def career_records() -> list[Record]:
    """Every record of the career, freshly built (ids differ per call, names do not)."""
    profile = Profile(
        name="Dana Lindqvist",
        headline="IT Operations Leader",
        summary="Runs reliable, affordable IT operations for 6,500 users in 11 countries.",
        email="dana@example.com",
    )
    itil = Skill(name="ITIL")
    vendor = Skill(name="Vendor management")
    coaching = Skill(name="Coaching")
    now = Role(title="Head of IT Operations", employer="Halvard", start=P(2022, 1), end=PRESENT)
    before = Role(title="Platform Manager", employer="Lumora", start=P(2018, 3), end=P(2021, 12))

    def item(headline, when, role, skills=(), impact=3, **story):
        return Accomplishment(
            headline=headline,
            date=when,
            role_id=role.id,
            skill_ids=[s.id for s in skills],
            impact=impact,
            **story,
        )

    contract = item(
        "Renegotiated the network outsourcing contract, saving €1.3M a year",
        P(2026, 10, 2),
        now,
        [vendor],
        5,
        situation="The contract was up for renewal at prices 25% above market.",
        task="Get a better contract without a risky change of supplier.",
        action="Benchmarked prices and ran a request for proposals with three suppliers.",
        result="The new contract saved €1.3M a year.",
        metrics=["€1.3M/year saved"],
    )
    incidents = item(
        "Cut priority-1 incidents from 11 to 3 a month with weekly problem reviews",
        P(2026, 8),
        now,
        [itil],
        4,
        situation="Priority-1 incidents stopped production lines 11 times a month.",
        action="Set up a major-incident rota and weekly problem reviews.",
        result="Priority-1 incidents fell from 11 to 3 a month.",
    )
    mentoring = item(
        "Coached two team leads into their first management roles",
        P(2026, 11, 5),
        now,
        [coaching],
        2,
        task="Grow the next line of managers.",
    )
    laptops = item("Replaced 1,800 laptops two months early", P(2026, 4), now, [], 3)
    old = item(
        "Migrated 85 services to Kubernetes on AWS with no patient-facing outage",
        P(2020, 6),
        before,
        [],
        5,
        result="85 services moved in 11 months.",
    )
    vague = item("Led the yearly disaster-recovery test", P(2026), now, [itil], 4)
    manager = Person(
        name="Anna Berg",
        relationship="manager",
        organisation="Halvard",
        title="CIO",
        notes="Values data over anecdotes.",
    )
    recruiter = Person(
        name="Sara Lind",
        relationship="recruiter",
        organisation="Kvarnby",
        title="Talent partner",
        notes="Placed two IT directors at Kvarnby last year.",
    )
    target = Target(
        name="Kvarnby Head of IT",
        company="Kvarnby",
        title="Head of IT Operations",
        posting="Head of IT Operations. Must have: ITIL, vendor management, budget ownership. "
        "Nice to have: Kubernetes, quantum annealing.",
    )
    conversation = Meeting(
        title="Career conversation with Anna",
        kind="career_conversation",
        date=P(2026, 9, 15),
        time="14:00",
        person_ids=[manager.id],
        agenda="My next two years",
        appreciation="I enjoy the scope of this job.",
        intent="I want to grow into a director role.",
        aim_level="Director of IT",
        question="What skills and results would get me there?",
        talking_point_ids=[incidents.id, contract.id],
        questions="- What does a director need that I do not show yet?\n"
        "- Who else should see my work?",
        practical="Review in December.",
    )
    interview = Meeting(
        title="Interview at Kvarnby",
        kind="interview",
        date=P(2026, 11, 25),
        time="10:00",
        person_ids=[recruiter.id, "deleted-person"],
        target_id=target.id,
        questions="What do the first 90 days look like?",
        practical="Notice period: 3 months.",
    )
    consolidate = ActionItem(
        meeting_id=conversation.id,
        text="Lead the vendor consolidation",
        due=P(2026, 10, 31),
        done=True,
        done_on=P(2026, 10, 20),
        proof_ids=[contract.id],
        position=0,
    )
    dashboard = ActionItem(
        meeting_id=conversation.id,
        text="Present the operations dashboard to the board",
        due=P(2026, 11, 10),
        position=1,
    )
    coach = ActionItem(
        meeting_id=conversation.id,
        text="Coach two team leads",
        due=P(2026, 12, 15),
        proof_ids=[mentoring.id],
        position=2,
    )
    return [
        profile,
        itil,
        vendor,
        coaching,
        now,
        before,
        contract,
        incidents,
        mentoring,
        laptops,
        old,
        vague,
        manager,
        recruiter,
        target,
        conversation,
        interview,
        consolidate,
        dashboard,
        coach,
    ]


class _Source:
    def __init__(self, records: list[Record]):
        self._records = records

    def records(self, record_type):
        return [r for r in self._records if isinstance(r, record_type)]


def conversation_career() -> ConversationRecords:
    """The career as the services take it."""
    return conversation_records(_Source(career_records()))


def write_career(folder: Path) -> Path:
    """Writes the career into a data folder; returns the folder."""
    from resume_builder.storage.repository import Repository

    records = career_records()
    with Repository.open(folder) as repository, repository.batch():
        repository.set_profile(next(r for r in records if isinstance(r, Profile)))
        repository.put_many(r for r in records if not isinstance(r, Profile))
    return folder
