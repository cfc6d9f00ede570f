"""Deleting people and organisations lets the applications and organisations naming them go."""

from resume_builder.domain.models import Organisation, Person, Target
from resume_builder.services.records import delete_records


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
