"""Deleting people and organisations lets the applications and organisations naming them go."""

from resume_builder.domain.models import Organisation, Person, Skill, Target
from resume_builder.services.records import delete_records, job_search_links


def test_a_deleted_person_leaves_applications_and_organisations():
    ana, bo = Person(name="Ana"), Person(name="Bo")
    target = Target(title="CTO", contact_ids=[ana.id, bo.id])
    untouched = Target(title="CIO", contact_ids=[bo.id])
    place = Organisation(name="Havsvind", person_ids=[ana.id, bo.id])
    change = delete_records([ana], [], targets=[target, untouched], organisations=[place])
    after = {r.id: r for r in change.after}
    assert after[target.id].contact_ids == [bo.id]
    assert after[place.id].person_ids == [bo.id]
    assert untouched.id not in after  # only what changes is in the step
    assert {r.id for r in change.before} == {ana.id, target.id, place.id}


def test_a_deleted_organisation_unlinks_its_applications_but_keeps_their_company():
    place = Organisation(name="Havsvind")
    target = Target(title="CTO", company="Havsvind", organisation_id=place.id)
    change = delete_records([place], [], targets=[target], organisations=[place])
    (kept,) = [r for r in change.after if r.id == target.id]
    assert kept.organisation_id is None and kept.company == "Havsvind"
    assert place in change.before and place not in change.after


def test_records_deleted_together_are_simply_gone():
    ana = Person(name="Ana")
    target = Target(title="CTO", contact_ids=[ana.id])
    change = delete_records([ana, target], [], targets=[target])
    assert change.after == []


def test_a_person_and_their_organisation_deleted_together_change_an_application_once():
    ana = Person(name="Ana")
    place = Organisation(name="Havsvind", person_ids=[ana.id])
    other = Organisation(name="Lumora", person_ids=[ana.id])
    target = Target(title="CTO", organisation_id=place.id, contact_ids=[ana.id])
    change = job_search_links([ana, place], [target], [place, other])
    # One step per record: the application loses its contact and its link together.
    assert [r.id for r in change.before] == [target.id, other.id]
    kept_target, kept_other = change.after
    assert kept_target.contact_ids == [] and kept_target.organisation_id is None
    assert kept_other.person_ids == []
    assert change.before[0] is target and target.contact_ids == [ana.id]  # undo has the original


def test_deleting_anything_else_leaves_applications_and_organisations_alone():
    ana = Person(name="Ana")
    place = Organisation(name="Havsvind", person_ids=[ana.id])
    target = Target(title="CTO", organisation_id=place.id, contact_ids=[ana.id])
    for records in ([Skill(name="Go")], [target], []):
        change = job_search_links(records, [target], [place])
        assert (change.before, change.after) == ([], [])
    # An organisation going does not touch the people another one names.
    change = job_search_links([Organisation(name="Lumora")], [target], [place])
    assert (change.before, change.after) == ([], [])
