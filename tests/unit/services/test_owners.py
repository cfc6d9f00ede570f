"""What an accomplishment belongs to: a role, a project or a volunteering record."""

from __future__ import annotations

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Project, Role, Volunteer
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.owners import (
    accomplishments_by_owner,
    owner_label,
    owner_labels,
    owner_name,
    owner_of,
    owners,
    owners_by_id,
)

OLD = Role(title="IT Manager", employer="Acme", start=PartialDate(2015), end=PartialDate(2019))
NOW = Role(title="Director", employer="Globex", start=PartialDate(2019), end=PRESENT)
APP = Project(name="Fika finder", start=PartialDate(2023), end=PRESENT)
SITE = Project(name="Choir website", start=PartialDate(2017), end=PartialDate(2018))
MENTOR = Volunteer(
    position="Mentor", organization="Women in Tech", start=PartialDate(2021), end=PRESENT
)
SNAPSHOT = CareerSnapshot(
    profile=Profile(), roles=(OLD, NOW), projects=(SITE, APP), volunteer=(MENTOR,)
)


def test_owners_are_roles_then_projects_then_volunteering_each_newest_first():
    assert owners(SNAPSHOT) == [NOW, OLD, APP, SITE, MENTOR]
    assert list(owners_by_id(SNAPSHOT)) == [NOW.id, OLD.id, APP.id, SITE.id, MENTOR.id]
    assert owners(CareerSnapshot(profile=Profile())) == []


def test_the_owner_of_an_accomplishment_is_found_whatever_its_kind():
    assert owner_of(Accomplishment(role_id=NOW.id), SNAPSHOT) is NOW
    assert owner_of(Accomplishment(role_id=APP.id), SNAPSHOT) is APP
    assert owner_of(Accomplishment(role_id=MENTOR.id), SNAPSHOT) is MENTOR
    assert owner_of(Accomplishment(role_id=None), SNAPSHOT) is None
    assert owner_of(Accomplishment(role_id="gone"), SNAPSHOT) is None


def test_labels_name_the_kind_of_a_project_or_volunteering_record():
    assert owner_label(NOW) == "Director, Globex"
    assert owner_label(APP) == "Project: Fika finder"
    assert owner_label(MENTOR) == "Volunteering: Mentor, Women in Tech"
    assert owner_label(None) == ""
    assert owner_name(Project()) == "(untitled project)"
    assert owner_name(Volunteer(organization="Red Cross")) == "Red Cross"
    assert owner_labels(SNAPSHOT)[SITE.id] == "Project: Choir website"


def test_accomplishments_group_by_owner_and_the_ownerless_or_orphaned_under_none():
    a = Accomplishment(headline="a", role_id=APP.id)
    b = Accomplishment(headline="b", role_id="gone")
    c = Accomplishment(headline="c")
    d = Accomplishment(headline="d", role_id=APP.id)
    grouped = accomplishments_by_owner([a, b, c, d], owners_by_id(SNAPSHOT))
    assert grouped == {APP.id: [a, d], None: [b, c]}
