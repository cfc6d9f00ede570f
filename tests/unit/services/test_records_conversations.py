"""What a delete takes along among people, meetings and action items, and that undo is exact."""

from __future__ import annotations

import copy

import pytest

from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Record,
    Role,
    Target,
)
from resume_builder.services.records import conversation_links, delete_records

from .test_records import State, assert_undoes_exactly, state_of


@pytest.fixture
def talks() -> dict[str, Record]:
    kim = Person(name="Kim", relationship="manager")
    ali = Person(name="Ali", relationship="mentor")
    role = Role(title="Director")
    proof = Accomplishment(headline="Cut costs 20%", role_id=role.id)
    story = Accomplishment(headline="Led the migration", role_id=role.id)
    job = Target(name="Borealis")
    talk = Meeting(
        title="Career talk",
        person_ids=[kim.id, ali.id],
        talking_point_ids=[proof.id, story.id],
        target_id=job.id,
    )
    review = Meeting(title="Review", person_ids=[kim.id], follows_id=talk.id)
    call = Meeting(title="Recruiter call", person_ids=[ali.id], target_id=job.id)
    first = ActionItem(meeting_id=talk.id, text="Lead the audit", proof_ids=[proof.id])
    second = ActionItem(meeting_id=talk.id, text="Mentor two", proof_ids=[story.id, proof.id])
    own = ActionItem(meeting_id=call.id, text="Send CV", proof_ids=[story.id])
    return {
        "kim": kim,
        "ali": ali,
        "role": role,
        "proof": proof,
        "story": story,
        "job": job,
        "talk": talk,
        "review": review,
        "call": call,
        "first": first,
        "second": second,
        "own": own,
    }


def of(talks, kind: type) -> list:
    return [r for r in talks.values() if isinstance(r, kind)]


def delete(talks, *names: str):
    return delete_records(
        [talks[n] for n in names],
        of(talks, Accomplishment),
        of(talks, Meeting),
        of(talks, ActionItem),
    )


def after_delete(talks, *names: str) -> State:
    return assert_undoes_exactly(state_of(*talks.values()), delete(talks, *names))


def get(state: State, record: Record) -> Record | None:
    return state.get((record.KIND, record.id))


def test_deleting_a_person_takes_them_off_every_meeting(talks):
    done = after_delete(talks, "kim")
    assert get(done, talks["kim"]) is None
    assert get(done, talks["talk"]).person_ids == [talks["ali"].id]
    assert get(done, talks["review"]).person_ids == []
    assert get(done, talks["call"]) == talks["call"]  # never named Kim
    # the meetings themselves, and everything else about them, stay
    assert get(done, talks["talk"]).talking_point_ids == talks["talk"].talking_point_ids
    assert get(done, talks["first"]) == talks["first"]


def test_deleting_a_meeting_takes_its_action_items_and_lets_its_follow_up_go(talks):
    change = delete(talks, "talk")
    done = assert_undoes_exactly(state_of(*talks.values()), change)
    assert get(done, talks["talk"]) is None
    assert get(done, talks["first"]) is None and get(done, talks["second"]) is None
    assert get(done, talks["own"]) == talks["own"]  # another meeting's
    assert get(done, talks["review"]).follows_id is None
    assert get(done, talks["review"]).person_ids == [talks["kim"].id]
    assert {r.id for r in change.removed} == {
        talks["talk"].id,
        talks["first"].id,
        talks["second"].id,
    }
    assert [r.id for r in change.after] == [talks["review"].id]


def test_deleting_an_accomplishment_unlinks_it_from_proofs_and_talking_points(talks):
    done = after_delete(talks, "proof")
    assert get(done, talks["first"]).proof_ids == []
    assert get(done, talks["second"]).proof_ids == [talks["story"].id]
    assert get(done, talks["own"]) == talks["own"]
    assert get(done, talks["talk"]).talking_point_ids == [talks["story"].id]
    assert get(done, talks["first"]).text == "Lead the audit"  # the item stays


def test_deleting_a_target_clears_it_from_its_meetings(talks):
    done = after_delete(talks, "job")
    assert get(done, talks["talk"]).target_id is None
    assert get(done, talks["call"]).target_id is None
    assert get(done, talks["review"]) == talks["review"]


def test_deleting_several_at_once_rewrites_each_meeting_once(talks):
    change = delete(talks, "kim", "proof", "job", "story")
    done = assert_undoes_exactly(state_of(*talks.values()), change)
    talk = get(done, talks["talk"])
    assert talk.person_ids == [talks["ali"].id]
    assert talk.talking_point_ids == [] and talk.target_id is None
    assert get(done, talks["second"]).proof_ids == []
    assert get(done, talks["own"]).proof_ids == []
    keys = [(r.KIND, r.id) for r in change.before]
    assert len(keys) == len(set(keys))
    assert len(change.after) == len({r.id for r in change.after})


def test_deleting_a_meeting_with_one_of_its_items_lists_that_item_once(talks):
    change = delete(talks, "first", "talk")
    keys = [(r.KIND, r.id) for r in change.before]
    assert len(keys) == len(set(keys))
    done = assert_undoes_exactly(state_of(*talks.values()), change)
    assert get(done, talks["second"]) is None


def test_a_meeting_and_what_follows_it_deleted_together(talks):
    done = after_delete(talks, "talk", "review")
    assert get(done, talks["review"]) is None and get(done, talks["talk"]) is None
    assert get(done, talks["call"]) == talks["call"]


def test_deleting_an_accomplishment_and_the_item_it_proves_together(talks):
    change = delete(talks, "proof", "first")
    done = assert_undoes_exactly(state_of(*talks.values()), change)
    assert get(done, talks["first"]) is None
    assert get(done, talks["second"]).proof_ids == [talks["story"].id]


def test_deleting_a_role_still_leaves_its_accomplishments_and_meetings(talks):
    done = after_delete(talks, "role")
    assert get(done, talks["proof"]).role_id is None
    assert get(done, talks["talk"]) == talks["talk"]


def test_deleting_an_action_item_or_a_person_named_nowhere_changes_only_that(talks):
    loner = Person(name="Nobody")
    talks["loner"] = loner
    change = delete(talks, "own", "loner")
    assert change.before == [talks["own"], loner] and change.after == []


def test_the_records_given_are_never_changed(talks):
    snapshot = copy.deepcopy(talks)
    delete(talks, "kim", "talk", "proof", "job")
    assert talks == snapshot


def test_conversation_links_alone_returns_only_what_points_at_the_deleted(talks):
    change = conversation_links([talks["ali"]], of(talks, Meeting), of(talks, ActionItem))
    assert [r.id for r in change.before] == [talks["talk"].id, talks["call"].id]
    assert [m.person_ids for m in change.after] == [[talks["kim"].id], []]


def test_without_meetings_and_items_a_delete_is_what_it_was(talks):
    change = delete_records([talks["kim"]], of(talks, Accomplishment))
    assert change.before == [talks["kim"]] and change.after == []
