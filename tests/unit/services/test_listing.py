"""Lists of records (order, labels, usage counts) and where the demo may go."""

from __future__ import annotations

from datetime import date

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Role, Skill
from resume_builder.services.demo_folder import (
    FolderHoldsCareer,
    holds_career,
    write_demo_into_empty,
)
from resume_builder.services.listing import (
    accomplishment_rows,
    roles_newest_first,
    skill_rows,
    tally_accomplishments,
)
from resume_builder.storage.repository import Repository

D = PartialDate.parse


def test_accomplishments_newest_first_with_role_label_and_skill_names():
    role = Role(title="Head of IT", employer="Borealis", start=D("2019-01"))
    go, k8s = Skill(name="Go"), Skill(name="Kubernetes")
    old = Accomplishment(headline="Old", date=D("2018-03"), skill_ids=[k8s.id, "gone", go.id])
    new = Accomplishment(headline="New", date=D("2024-05"), role_id=role.id)
    orphan = Accomplishment(headline="Orphan", date=D("2021"), role_id="deleted-role")
    rows = accomplishment_rows([old, orphan, new], [role], [go, k8s])
    assert [r.accomplishment.headline for r in rows] == ["New", "Orphan", "Old"]
    assert [r.role for r in rows] == [role.label(), "", ""]
    assert rows[2].skills == ("Kubernetes", "Go")  # the accomplishment's order, gone ones left out
    data = rows[2].to_dict()
    assert data["skills"] == ["Kubernetes", "Go"] and data["role"] == "" and data["id"] == old.id
    assert data["headline"] == "Old" and data["skill_ids"] == [k8s.id, "gone", go.id]


def test_roles_current_first():
    old = Role(title="Engineer", start=D("2010-01"), end=D("2015-06"))
    current = Role(title="Head", start=D("2019-01"))
    middle = Role(title="Lead", start=D("2015-07"), end=D("2018-12"))
    assert [r.title for r in roles_newest_first([old, current, middle])] == [
        "Head",
        "Lead",
        "Engineer",
    ]


def test_skills_by_name_ignoring_case_with_their_uses():
    zeta, alpha, beta = Skill(name="zeta"), Skill(name="Alpha"), Skill(name="beta")
    items = [
        Accomplishment(headline="a", skill_ids=[alpha.id, beta.id]),
        Accomplishment(headline="b", skill_ids=[alpha.id, alpha.id]),  # twice: one use
    ]
    rows = skill_rows([zeta, alpha, beta], items)
    assert [(r.skill.name, r.uses) for r in rows] == [("Alpha", 2), ("beta", 1), ("zeta", 0)]
    assert rows[0].to_dict()["accomplishments"] == 2 and rows[0].to_dict()["name"] == "Alpha"


def test_the_tally_counts_roles_skills_and_the_newest_date():
    role, skill = Role(title="Head"), Skill(name="Go")
    items = [
        Accomplishment(headline="a", role_id=role.id, skill_ids=[skill.id], date=D("2020-01")),
        Accomplishment(headline="b", role_id=role.id, skill_ids=[skill.id], date=D("2023-04")),
        Accomplishment(headline="c", skill_ids=[skill.id]),  # undated, no role
    ]
    tally = tally_accomplishments(items)
    assert tally.by_role == {role.id: 2, None: 1}
    assert tally.by_skill == {skill.id: 3}
    assert tally.newest_by_skill == {skill.id: D("2023-04")}


def test_the_demo_goes_only_into_a_folder_without_a_career(tmp_path):
    with Repository.open(tmp_path / "fresh") as repository:
        repository.put(Profile(name="Only a profile"))  # no career yet
        assert not holds_career(repository)
        counts = write_demo_into_empty(repository, today=date(2026, 1, 1))
        assert counts["role"] == 4 and counts["accomplishment"] >= 40
    for record in (Role(title="Mine"), Accomplishment(headline="Mine")):
        folder = tmp_path / record.KIND
        with Repository.open(folder) as repository:
            repository.put(record)
            before = repository.counts()
            with pytest.raises(FolderHoldsCareer) as refused:
                write_demo_into_empty(repository)
            assert repository.counts() == before
        assert str(refused.value).startswith(f"{folder} already holds a career record")


def test_a_projects_and_a_volunteering_records_results_are_listed_under_their_owner():
    from resume_builder.domain.models import Accomplishment, Project, Role, Volunteer
    from resume_builder.services.listing import accomplishment_rows

    role = Role(title="Engineer", employer="Acme")
    project = Project(name="Fika app")
    volunteer = Volunteer(position="Mentor", organization="Kodkollektivet")
    items = [
        Accomplishment(headline="Shipped the app", role_id=project.id),
        Accomplishment(headline="Mentored 14", role_id=volunteer.id),
        Accomplishment(headline="Ran the cut-over", role_id=role.id),
    ]
    rows = accomplishment_rows(items, [role, project, volunteer])
    owners = {row.accomplishment.headline: row.role for row in rows}
    assert owners == {
        "Shipped the app": "Project: Fika app",
        "Mentored 14": "Volunteering: Mentor, Kodkollektivet",
        "Ran the cut-over": role.label(),
    }
