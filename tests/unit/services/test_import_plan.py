"""The import plan: what would be added, matched, updated or skipped, and applying it."""

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Role, Skill
from resume_builder.export.builders import CareerSnapshot
from resume_builder.services.documents import snapshot_of
from resume_builder.services.importing.plan import apply_plan, make_plan
from resume_builder.storage.repository import Repository


def stored():
    role = Role(employer="Acme", title="SRE", start=PartialDate(2019, 5))
    kube = Skill(name="Kubernetes", aliases=["k8s"])
    item = Accomplishment(headline="Cut MTTR by 80%", role_id=role.id, skill_ids=[kube.id])
    profile = Profile(name="Dana", email="")
    return CareerSnapshot.from_records([profile, role, kube, item]), role, kube


def by_action(plan, action):
    return [i for i in plan.items if i.action == action]


def test_roles_skills_and_bullets_already_there_match_and_new_ones_are_added():
    snapshot, role, kube = stored()
    same_role = Role(employer="ACME ", title="sre", start=PartialDate(2019, 5))
    new_role = Role(employer="Acme", title="SRE", start=PartialDate(2021))  # another start
    alias = Skill(name="K8S")
    fresh = Skill(name="Go")
    again = Accomplishment(headline="cut mttr by 80%", role_id=same_role.id)
    added = Accomplishment(
        headline="Built 3 clusters", role_id=same_role.id, skill_ids=[alias.id, fresh.id]
    )
    plan = make_plan(
        [same_role, new_role, alias, fresh, again, added],
        snapshot,
        "f.json",
        {added.id: "work[0].highlights[1]"},
    )
    matches = {i.record.id: i for i in by_action(plan, "match")}
    assert matches[same_role.id].existing_id == role.id
    assert matches[alias.id].existing_id == kube.id and "Kubernetes" in matches[alias.id].reason
    assert again.id in matches
    adds = {i.record.id: i for i in by_action(plan, "add")}
    assert set(adds) == {new_role.id, fresh.id, added.id}
    moved = adds[added.id].record
    assert moved.role_id == role.id  # points at the stored role it matched
    assert moved.skill_ids == [kube.id, fresh.id]
    assert adds[added.id].source == "work[0].highlights[1]"


def test_duplicates_inside_the_file_are_skipped_with_a_reason():
    snapshot, _, _ = stored()
    first, second = Skill(name="Go"), Skill(name="go")
    plan = make_plan([first, second], snapshot, "f.json")
    [skipped] = by_action(plan, "skip")
    assert skipped.record is second and "twice" in skipped.reason


def test_profile_fills_only_empty_fields():
    snapshot, _, _ = stored()
    incoming = Profile(name="Someone Else", email="dana@example.com", phone="+46 70")
    plan = make_plan([incoming], snapshot, "f.json", {incoming.id: "basics"})
    [update] = by_action(plan, "update")
    assert update.record.name == "Dana"  # kept
    assert update.record.email == "dana@example.com" and update.record.phone == "+46 70"
    assert update.record.id == snapshot.profile.id and update.source == "basics"


def test_apply_writes_everything_in_one_save_after_a_backup(tmp_path):
    with Repository.open(tmp_path) as repo:
        repo.put(Skill(name="Kubernetes", aliases=["k8s"]))
        counter = repo.save_counter
        role = Role(employer="Acme", title="SRE")
        items = [
            Accomplishment(headline=f"Result {n} with 5% gain", role_id=role.id) for n in range(5)
        ]
        plan = make_plan([role, Skill(name="k8s"), *items], snapshot_of(repo), "f.json")
        assert apply_plan(plan, repo) == 6
        assert repo.save_counter == counter + 1
        assert repo.count(Accomplishment) == 5 and repo.count(Skill) == 1
        assert any(b.reason == "pre-import" for b in repo.backups.list())


def test_apply_is_all_or_nothing(tmp_path):
    with Repository.open(tmp_path) as repo:
        good = Accomplishment(headline="Fine 1")
        bad = Accomplishment(headline="Broken 2")
        plan = make_plan([good, bad], snapshot_of(repo), "f.json")
        bad_item = next(i for i in plan.items if i.record.headline == "Broken 2")
        bad_item.record.impact = 42
        with pytest.raises(ValueError):
            apply_plan(plan, repo)
        assert repo.count(Accomplishment) == 0
