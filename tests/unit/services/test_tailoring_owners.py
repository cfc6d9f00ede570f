"""Tailoring ranks a side project's and a volunteering's results like a role's."""

from __future__ import annotations

from datetime import date

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Project, Role, Target, Volunteer
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.tailoring.index import AccomplishmentIndex
from resume_builder.services.targets import tailor_target

TODAY = date(2026, 3, 1)
JOB = Role(title="Head of Finance", employer="Brattfors", start=PartialDate(2018), end=PRESENT)
APPS = Project(name="Budget buddy", start=PartialDate(2022), end=PartialDate(2024, 6))
CLUB = Volunteer(organization="Sailing club", position="Treasurer", start=PartialDate(2015))


def career() -> tuple[CareerSnapshot, dict[str, Accomplishment]]:
    wins = {
        "close": Accomplishment(
            headline="Cut the monthly close from 10 days to 4", role_id=JOB.id, impact=4
        ),
        "app": Accomplishment(
            headline="Built an iOS and Android budgeting app with 3,000 users in Kotlin and Swift",
            role_id=APPS.id,
            impact=3,
        ),
        "club": Accomplishment(
            headline="Kept the sailing club's books and filed its accounts for 8 years",
            role_id=CLUB.id,
        ),
    }
    snapshot = CareerSnapshot(
        profile=Profile(),
        roles=(JOB,),
        projects=(APPS,),
        volunteer=(CLUB,),
        accomplishments=tuple(wins.values()),
    )
    return snapshot, wins


def test_undated_results_are_dated_by_their_project_or_volunteering():
    snapshot, wins = career()
    index = AccomplishmentIndex.build(snapshot)
    when = dict(zip(index.ids, index._when, strict=True))
    assert when[wins["app"].id] == 2024 + 5 / 12  # the project's end, June 2024
    assert when[wins["club"].id] == 2015 + 5 / 12  # no end: its start (the month unknown)


def test_a_posting_for_a_mobile_developer_finds_the_side_projects_app():
    snapshot, wins = career()
    posting = (
        "We are hiring a mobile developer. Requirements: you build iOS and Android apps in "
        "Kotlin or Swift. Experience with mobile app development."
    )
    tailoring = tailor_target(Target(posting=posting), snapshot, today=TODAY)
    assert tailoring.ranked[0].accomplishment_id == wins["app"].id
    assert wins["app"].id in tailoring.chosen
