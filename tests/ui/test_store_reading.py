"""The window's store reads each kind of record when first asked for, and counts without reading."""

from __future__ import annotations

from resume_builder.domain.models import Accomplishment, Role, Skill
from resume_builder.storage.repository import Repository
from resume_builder.ui.store import CareerStore


def test_counts_need_no_reading_and_records_are_read_once_when_first_asked_for(qtbot, tmp_path):
    role = Role(employer="Acme", title="Head of Platform")
    items = [Accomplishment(headline=f"Cut cost {i} by 20%", role_id=role.id) for i in range(3)]
    with Repository.open(tmp_path) as seed:
        seed.put_many([role, *items])
    repository = Repository.open(tmp_path)
    read: list[str] = []
    all_records = repository.all
    repository.all = lambda kind: read.append(kind.KIND) or all_records(kind)
    store = CareerStore(repository)
    try:
        assert store.count(Accomplishment) == 3 and store.count(Role) == 1
        assert read == []  # opening and counting read no record
        assert store.get(Accomplishment, items[0].id) == items[0]
        assert [a.id for a in store.records(Accomplishment)] == [a.id for a in items]
        assert read == [Accomplishment.KIND]  # read once, when first asked for
        # A change to a kind nobody read yet: read first, so it is told and counted right.
        skill = Skill(name="Kubernetes")
        with qtbot.waitSignal(store.records_changed) as changed:
            store.apply(put=[skill], remove=[items[1]])
        assert changed.args == [Skill.KIND, [skill.id]]
        assert store.records(Skill) == [skill] and store.count(Accomplishment) == 2
        assert store.get(Accomplishment, items[1].id) is None
        assert store.flush() == ""
    finally:
        repository.close()
    with Repository.open(tmp_path) as again:
        assert again.count(Accomplishment) == 2 and again.all(Skill) == [skill]
