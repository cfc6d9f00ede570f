"""The undo commands that wrap the record rules: redo, undo, redo, on the store and on disk."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from resume_builder.domain.models import Accomplishment, Role, Skill
from resume_builder.storage.repository import Repository
from resume_builder.ui.commands import add_records, delete_records, merge_skills


@pytest.fixture
def records(store):
    role = Role(title="Director", employer="Globex")
    kubernetes = Skill(name="Kubernetes", aliases=["k8s"])
    containers = Skill(name="Containers")
    first = Accomplishment(headline="One", role_id=role.id, skill_ids=[kubernetes.id])
    both = Accomplishment(headline="Two", role_id=role.id, skill_ids=[containers.id, kubernetes.id])
    store.apply(put=[role, kubernetes, containers, first, both])
    return {"role": role, "kubernetes": kubernetes, "containers": containers}


def everything(store) -> dict:
    return {
        kind.KIND: {r.id: r.to_dict() for r in store.records(kind)}
        for kind in (Role, Skill, Accomplishment)
    }


def on_disk(store, repository) -> dict:
    assert store.flush() == ""
    reader = Repository.open(repository.data_dir, read_only=True)
    try:
        return {
            kind.KIND: {r.id: r.to_dict() for r in reader.all(kind)}
            for kind in (Role, Skill, Accomplishment)
        }
    finally:
        reader.close()


def redo_undo_redo(store, repository, command) -> tuple[dict, dict]:
    """Pushes the command (redo), undoes and redoes it; returns the states before and after."""
    stack = QUndoStack()
    before = everything(store)
    stack.push(command)
    after = everything(store)
    assert after != before
    assert on_disk(store, repository) == after
    stack.undo()
    assert everything(store) == before  # stamps included: exactly what was there
    assert on_disk(store, repository) == before
    stack.redo()
    assert everything(store) == after
    return before, after


def test_deleting_a_role_and_a_skill_redo_undo_redo(store, repository, records):
    command = delete_records(store, [records["role"], records["kubernetes"]], "Delete")
    _before, after = redo_undo_redo(store, repository, command)
    assert after["role"] == {}
    assert sorted(after["skill"]) == [records["containers"].id]
    for item in after["accomplishment"].values():
        assert item["role_id"] is None
        assert records["kubernetes"].id not in item["skill_ids"]


def test_merging_skills_redo_undo_redo(store, repository, records):
    keep, drop = records["containers"], records["kubernetes"]
    command = merge_skills(store, keep, drop)
    assert command.text() == "Merge Skills"
    _before, after = redo_undo_redo(store, repository, command)
    assert list(after["skill"]) == [keep.id]
    assert after["skill"][keep.id]["aliases"] == ["Kubernetes", "k8s"]
    assert sorted(tuple(a["skill_ids"]) for a in after["accomplishment"].values()) == [
        (keep.id,),
        (keep.id,),
    ]


def test_adding_redo_undo_redo(store, repository, records):
    item = Accomplishment(headline="Three", role_id=records["role"].id)
    _before, after = redo_undo_redo(store, repository, add_records(store, [item], "Add"))
    assert item.id in after["accomplishment"]
