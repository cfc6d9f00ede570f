"""The record rules: what a delete takes along, merging and naming skills, a new one's role."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

import pytest

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Education,
    Project,
    Record,
    Role,
    Skill,
    Volunteer,
)
from resume_builder.services.records import (
    ANY_ROLE,
    NO_ROLE,
    Change,
    Strength,
    add_records,
    alias_clash,
    default_role_id,
    delete_records,
    merge_skills,
    skill_named,
    skill_strength,
    skills_for_names,
    stamp_changed,
    unique_skill_name,
)

State = dict[tuple[str, str], Record]


def state_of(*records: Record) -> State:
    return {(r.KIND, r.id): copy.deepcopy(r) for r in records}


def apply(state: State, old: list[Record], new: list[Record]) -> State:
    """What the undo command does: `new` replaces `old` (the store's put/remove)."""
    result = dict(state)
    new_keys = {(r.KIND, r.id) for r in new}
    for record in old:
        if (record.KIND, record.id) not in new_keys:
            del result[(record.KIND, record.id)]
    for record in new:
        result[(record.KIND, record.id)] = copy.deepcopy(record)
    return result


def assert_undoes_exactly(state: State, change: Change) -> State:
    """Applies the change, then takes it back: the state must be exactly as before."""
    for record in change.before:
        assert state[(record.KIND, record.id)] == record, "before must be what is stored"
    done = apply(state, change.before, change.after)
    assert apply(done, change.after, change.before) == state
    assert apply(apply(done, change.after, change.before), change.before, change.after) == done
    return done


def accomplishments(state: State) -> dict[str, Accomplishment]:
    return {r.id: r for r in state.values() if isinstance(r, Accomplishment)}


@pytest.fixture
def career():
    old = Role(title="IT Manager", employer="Acme", start=PartialDate(2015), end=PartialDate(2019))
    now = Role(title="Director", employer="Globex", start=PartialDate(2019), end=PRESENT)
    k8s = Skill(name="Kubernetes", aliases=["k8s"], category="Cloud")
    python = Skill(name="Python")
    orchestration = Skill(name="Orchestration", aliases=["K8S", "container scheduling"])
    first = Accomplishment(
        headline="Cut cloud spend", role_id=old.id, skill_ids=[k8s.id, python.id]
    )
    second = Accomplishment(headline="Moved to containers", role_id=now.id, skill_ids=[python.id])
    third = Accomplishment(
        headline="Scheduled containers", role_id=now.id, skill_ids=[orchestration.id, k8s.id]
    )
    loose = Accomplishment(headline="Mentored two leads")
    return {
        "old": old,
        "now": now,
        "k8s": k8s,
        "python": python,
        "orchestration": orchestration,
        "first": first,
        "second": second,
        "third": third,
        "loose": loose,
    }


def everything(career) -> list[Record]:
    return list(career.values())


def all_accomplishments(career) -> list[Accomplishment]:
    return [r for r in career.values() if isinstance(r, Accomplishment)]


# --------------------------------------------------------------------------- deleting
def test_deleting_a_role_keeps_its_accomplishments_without_a_role(career):
    state = state_of(*everything(career))
    change = delete_records([career["now"]], all_accomplishments(career))
    done = assert_undoes_exactly(state, change)
    assert ("role", career["now"].id) not in done
    left = accomplishments(done)
    assert len(left) == 4
    assert left[career["second"].id].role_id is None
    assert left[career["third"].id].role_id is None
    assert left[career["third"].id].skill_ids == [career["orchestration"].id, career["k8s"].id]
    assert left[career["first"].id].role_id == career["old"].id  # another role's stay
    assert change.removed == [career["now"]]
    assert {r.id for r in change.after} == {career["second"].id, career["third"].id}


@pytest.mark.parametrize(
    "owner",
    [
        Project(name="Fika finder", start=PartialDate(2023)),
        Volunteer(organization="Kodkollektivet", position="Mentor"),
    ],
)
def test_deleting_a_project_or_volunteering_keeps_its_accomplishments_without_an_owner(
    career, owner
):
    mine = Accomplishment(headline="Shipped to 2,000 users", role_id=owner.id)
    state = state_of(*everything(career), owner, mine)
    change = delete_records([owner], [*all_accomplishments(career), mine])
    done = assert_undoes_exactly(state, change)
    assert (owner.KIND, owner.id) not in done
    assert accomplishments(done)[mine.id].role_id is None
    assert accomplishments(done)[career["first"].id].role_id == career["old"].id
    assert change.removed == [owner] and [r.id for r in change.after] == [mine.id]


def test_deleting_a_skill_untags_only_that_skill(career):
    state = state_of(*everything(career))
    change = delete_records([career["k8s"]], all_accomplishments(career))
    done = assert_undoes_exactly(state, change)
    left = accomplishments(done)
    assert left[career["first"].id].skill_ids == [career["python"].id]
    assert left[career["third"].id].skill_ids == [career["orchestration"].id]
    assert left[career["first"].id].role_id == career["old"].id
    assert {r.id for r in change.after} == {career["first"].id, career["third"].id}


def test_deleting_role_and_accomplishment_together_does_not_rewrite_the_deleted_one(career):
    state = state_of(*everything(career))
    change = delete_records([career["now"], career["second"]], all_accomplishments(career))
    done = assert_undoes_exactly(state, change)
    assert career["second"].id not in accomplishments(done)
    assert [r.id for r in change.after] == [career["third"].id]
    assert {r.id for r in change.removed} == {career["now"].id, career["second"].id}


def test_deleting_what_nothing_points_at_changes_only_that(career):
    school = Education(institution="KTH")
    change = delete_records([school, career["loose"]], all_accomplishments(career))
    assert change.before == [school, career["loose"]]
    assert change.after == []


def test_a_delete_never_changes_the_records_it_was_given(career):
    snapshot = copy.deepcopy(everything(career))
    delete_records([career["now"], career["k8s"]], all_accomplishments(career))
    assert everything(career) == snapshot


def test_deleting_nothing_is_an_empty_change(career):
    change = delete_records([], all_accomplishments(career))
    assert change.is_empty() and change.removed == [] and change.added == []


def test_adding_is_a_change_from_nothing():
    item = Accomplishment(headline="New")
    change = add_records([item])
    assert change.added == [item] and change.removed == [] and not change.is_empty()
    assert assert_undoes_exactly({}, change) == state_of(item)


# --------------------------------------------------------------------------- merging
def test_merging_retags_and_keeps_names_as_aliases(career):
    keep, drop = career["k8s"], career["orchestration"]
    state = state_of(*everything(career))
    change = merge_skills(keep, drop, all_accomplishments(career))
    done = assert_undoes_exactly(state, change)
    assert ("skill", drop.id) not in done
    merged = done[("skill", keep.id)]
    # "K8S" is already an alias of the kept skill (any case): not added twice.
    assert merged.aliases == ["k8s", "Orchestration", "container scheduling"]
    assert merged.category == "Cloud"
    left = accomplishments(done)
    # Tagged with both: tagged once, where the kept one was first named.
    assert left[career["third"].id].skill_ids == [keep.id]
    assert left[career["first"].id].skill_ids == [keep.id, career["python"].id]
    assert change.removed == [drop]


def test_merging_takes_the_dropped_category_when_the_kept_has_none(career):
    keep, drop = career["python"], career["k8s"]
    change = merge_skills(keep, drop, all_accomplishments(career))
    merged = next(r for r in change.after if r.id == keep.id)
    assert merged.category == "Cloud"
    assert merged.aliases == ["Kubernetes", "k8s"]
    assert keep.aliases == [] and keep.category == ""  # the given record is left alone
    retagged = {r.id: r.skill_ids for r in change.after if isinstance(r, Accomplishment)}
    assert retagged == {
        career["first"].id: [keep.id],
        career["third"].id: [career["orchestration"].id, keep.id],
    }


def test_merging_a_skill_nothing_proves_only_changes_the_skills(career):
    lonely = Skill(name="Cobol")
    change = merge_skills(career["python"], lonely, all_accomplishments(career))
    assert [r.KIND for r in change.after] == ["skill"]
    assert change.removed == [lonely]


def test_a_skill_cannot_be_merged_into_itself(career):
    with pytest.raises(ValueError):
        merge_skills(career["k8s"], career["k8s"], all_accomplishments(career))


# --------------------------------------------------------------------------- naming skills
def test_a_name_clashes_with_another_skills_name_or_alias_in_any_case(career):
    skills = [career["k8s"], career["python"]]
    assert skill_named(skills, " K8S ", other_than=career["python"].id) is career["k8s"]
    assert skill_named(skills, "python", other_than=career["k8s"].id) is career["python"]
    # Renaming a skill to its own alias, or to a new name, or blank: no clash.
    assert skill_named(skills, "k8s", other_than=career["k8s"].id) is None
    assert skill_named(skills, "Go", other_than=career["k8s"].id) is None
    assert skill_named(skills, "  ", other_than=None) is None


def test_an_alias_clash_names_the_alias_and_its_owner(career):
    skills = [career["k8s"], career["python"]]
    assert alias_clash(skills, ["Py", "PYTHON"], career["k8s"].id) == ("PYTHON", career["python"])
    assert alias_clash(skills, ["kubernetes", "K8s"], career["k8s"].id) is None


def test_a_new_skill_gets_the_first_free_name():
    assert unique_skill_name([], "New skill") == "New skill"
    taken = [Skill(name="New skill"), Skill(name="Other", aliases=["new skill 2"])]
    assert unique_skill_name(taken, "New skill") == "New skill 3"


def test_skill_names_find_existing_skills_and_create_the_rest_once(career):
    skills = [career["k8s"], career["python"]]
    ids, created = skills_for_names(skills, ["K8S", "Go", "go", "Kubernetes", " ", "python"])
    assert [s.name for s in created] == ["Go"]
    assert ids == [career["k8s"].id, created[0].id, career["python"].id]


# --------------------------------------------------------------------------- a new one's role
def test_a_new_accomplishment_takes_the_role_the_list_is_filtered_to(career):
    roles = [career["old"], career["now"]]
    assert default_role_id(roles, career["old"].id) == career["old"].id
    assert default_role_id(roles, NO_ROLE) is None
    assert default_role_id(roles, "gone") == career["now"].id  # an unknown filter: newest


def test_a_new_accomplishment_takes_the_only_role_then_the_one_shown_then_the_selected(career):
    roles = [career["old"], career["now"]]
    assert default_role_id([career["old"]]) == career["old"].id
    assert default_role_id(roles, ANY_ROLE, {career["old"].id}) == career["old"].id
    # Rows of two roles shown, or of no role: that says nothing.
    assert default_role_id(roles, ANY_ROLE, {career["old"].id, None}) == career["now"].id
    assert default_role_id(roles, ANY_ROLE, {None}) == career["now"].id
    assert default_role_id(roles, ANY_ROLE, None, career["first"]) == career["old"].id
    assert default_role_id(roles, ANY_ROLE, None, career["loose"]) == career["now"].id


def test_a_new_accomplishment_takes_the_newest_role_else_none(career):
    assert default_role_id([career["old"], career["now"]]) == career["now"].id
    assert default_role_id([career["now"], career["old"]]) == career["now"].id
    assert default_role_id([]) is None


# --------------------------------------------------------------------------- how well proven
TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("evidence", "newest", "strength"),
    [
        (0, None, Strength.THIN),
        (1, PartialDate(2025, 1), Strength.THIN),
        (2, None, Strength.WELL_PROVEN),  # undated proof cannot make a skill stale
        (2, PartialDate(2022, 6, 15), Strength.WELL_PROVEN),  # exactly three years
        (2, PartialDate(2022, 6, 14), Strength.STALE),
        (3, PartialDate(2022, 6), Strength.WELL_PROVEN),  # June 2022 may be its 30th
        (3, PartialDate(2022, 5), Strength.STALE),
        (3, PartialDate(2022), Strength.WELL_PROVEN),  # the year may mean December
        (3, PartialDate(2021), Strength.STALE),
    ],
)
def test_a_skill_is_thin_stale_or_well_proven(evidence, newest, strength):
    assert skill_strength(evidence, newest, TODAY) is strength


def test_strengths_sort_weakest_first():
    assert sorted([Strength.WELL_PROVEN, Strength.THIN, Strength.STALE]) == [
        Strength.THIN,
        Strength.STALE,
        Strength.WELL_PROVEN,
    ]


# --------------------------------------------------------------------------- stamps
def test_only_accomplishments_the_edit_changes_are_stamped(career):
    edited = replace(career["first"], headline="Cut cloud spend by 32%")
    new = Accomplishment(headline="New", updated="2000-01-01T00:00:00")
    renamed = replace(career["k8s"], name="K8s")
    before = [career["first"], career["second"], career["k8s"]]
    after = stamp_changed(before, [edited, career["second"], new, renamed], "2030-05-01T12:00:00")
    assert [getattr(r, "updated", None) for r in after] == [
        "2030-05-01T12:00:00",
        career["second"].updated,  # unchanged: keeps its stamp
        "2030-05-01T12:00:00",
        None,  # skills carry no stamp
    ]
    assert after[3] is renamed and career["first"].headline == "Cut cloud spend"
