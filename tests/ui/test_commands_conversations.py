"""Deleting people, meetings, accomplishments and targets in the window: redo, undo, redo."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Target,
)
from resume_builder.storage.repository import Repository
from resume_builder.ui.commands import delete_records

KINDS = (Person, Meeting, ActionItem, Accomplishment, Target)


def everything(records) -> dict:
    return {kind.KIND: {r.id: r.to_dict() for r in records(kind)} for kind in KINDS}


def on_disk(store, repository) -> dict:
    assert store.flush() == ""
    reader = Repository.open(repository.data_dir, read_only=True)
    try:
        return everything(reader.all)
    finally:
        reader.close()


def test_deleting_a_person_a_meeting_a_proof_and_a_target_redo_undo_redo(store, repository):
    kim, ali = Person(name="Kim"), Person(name="Ali")
    proof = Accomplishment(headline="Cut costs 20%")
    job = Target(name="Borealis")
    talk = Meeting(title="Career talk", person_ids=[kim.id, ali.id], target_id=job.id)
    review = Meeting(
        title="Review", person_ids=[kim.id], follows_id=talk.id, talking_point_ids=[proof.id]
    )
    call = Meeting(title="Call", person_ids=[ali.id], target_id=job.id)
    agreed = ActionItem(meeting_id=talk.id, text="Lead the audit", proof_ids=[proof.id])
    later = ActionItem(meeting_id=call.id, text="Send CV", proof_ids=[proof.id])
    store.apply(put=[kim, ali, proof, job, talk, review, call, agreed, later])

    stack = QUndoStack()
    before = everything(store.records)
    stack.push(delete_records(store, [kim, talk, proof, job], "Delete"))
    after = everything(store.records)
    assert sorted(after["person"]) == [ali.id]
    assert sorted(after["meeting"]) == sorted([review.id, call.id])
    assert list(after["action_item"]) == [later.id]  # the talk's own item went with it
    assert after["action_item"][later.id]["proof_ids"] == []
    assert after["meeting"][review.id]["person_ids"] == []
    assert after["meeting"][review.id]["follows_id"] is None
    assert after["meeting"][review.id]["talking_point_ids"] == []
    assert after["meeting"][call.id]["target_id"] is None
    assert after["accomplishment"] == {} and after["target"] == {}
    assert on_disk(store, repository) == after

    stack.undo()
    assert everything(store.records) == before  # every link back, stamps included
    assert on_disk(store, repository) == before
    stack.redo()
    assert everything(store.records) == after
    assert on_disk(store, repository) == after
