"""The import plan: what would be added, matched, updated or skipped, and applying it."""

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Profile, Role, Skill
from resume_builder.domain.snapshot import CareerSnapshot
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


@pytest.mark.parametrize(
    ("stored_start", "incoming_start", "same"),
    [
        (PartialDate(2021, 9), PartialDate(2021, 9, 1), True),
        (PartialDate(2021, 9, 1), PartialDate(2021, 9), True),
        (PartialDate(2021), PartialDate(2021, 9, 1), True),
        (PartialDate(2021, 9, 1), PartialDate(2021, 9, 1), True),
        (None, None, True),
        (PartialDate(2021, 9), PartialDate(2021, 10, 1), False),
        (PartialDate(2021, 9, 1), PartialDate(2021, 9, 2), False),
        (PartialDate(2021, 9), PartialDate(2022, 9), False),
        (None, PartialDate(2021, 9), False),
    ],
)
def test_role_starts_are_compared_at_the_precision_both_have(stored_start, incoming_start, same):
    role = Role(employer="Acme", title="SRE", start=stored_start)
    bullet = Accomplishment(headline="Cut MTTR by 80%", role_id=role.id)
    snapshot = CareerSnapshot.from_records([Profile(name="Dana"), role, bullet])
    again = Role(employer="Acme", title="SRE", start=incoming_start)
    again_bullet = Accomplishment(headline="Cut MTTR by 80%", role_id=again.id)
    plan = make_plan([again, again_bullet], snapshot, "f.json")
    expected = "match" if same else "add"
    assert [i.action for i in plan.items] == [expected, expected]


def test_a_day_precision_json_resume_imported_twice_or_after_a_month_one_adds_no_copies(tmp_path):
    import json

    from resume_builder.services.importing.json_resume import parse_json_resume

    def document(start: str) -> bytes:
        work = {"name": "Acme", "position": "SRE", "startDate": start, "highlights": ["Shipped"]}
        return json.dumps({"work": [work]}).encode()

    with Repository.open(tmp_path) as repo:
        for start in ("2021-09", "2021-09-01", "2021-09-01"):
            records, sources = parse_json_resume(document(start), "cv.json")
            apply_plan(make_plan(records, snapshot_of(repo), "cv.json", sources), repo)
        assert len(repo.all(Role)) == 1 and len(repo.all(Accomplishment)) == 1
