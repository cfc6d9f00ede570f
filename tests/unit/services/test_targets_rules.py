"""Target rules the window and the command line share: names, requirements, bullets."""

from __future__ import annotations

import pytest

from resume_builder.domain.models import Skill, Target
from resume_builder.services.tailoring import Requirement
from resume_builder.services.target_edits import (
    with_chosen,
    with_must_have,
    with_requirement_added,
    with_requirements_restored,
    with_requirements_struck,
    with_rewording,
    with_role_shown,
)
from resume_builder.services.targets import (
    TargetError,
    TargetNameMissing,
    TargetNameTaken,
    TargetUnarchiveBlocked,
    check_target_name,
    duplicate_target,
    find_target,
    free_target_name,
    renamed_target,
    target_requirements,
    with_archived,
)

OLD = "2020-01-01T00:00:00+00:00"
KUBERNETES = Skill(name="Kubernetes", aliases=["k8s"])


# ------------------------------------------------------------------------------ names
def test_a_name_is_cleaned_and_refused_when_another_active_target_has_it():
    borealis = Target(name="Borealis IT")
    nameless = Target(title="SRE Manager", company="Kvarnby")
    targets = [borealis, nameless]
    assert check_target_name(targets, "  Acme   ops ") == "Acme ops"
    for taken in (" borealis  IT ", "BOREALIS IT", "sre manager — kvarnby"):
        with pytest.raises(TargetNameTaken) as caught:
            check_target_name(targets, taken)
        assert caught.value.holder in targets
        assert str(caught.value).startswith("there is already a target called “")
    # A target keeps its own name, and an archived one's name is free for a new target.
    assert check_target_name(targets, "borealis it", besides=borealis.id) == "borealis it"
    assert check_target_name([Target(name="Old", archived=True)], "old") == "old"


def test_an_empty_name_is_refused_only_where_a_name_is_required():
    with pytest.raises(TargetNameMissing, match="give the target a name"):
        check_target_name([], "   ")
    assert check_target_name([], "  ", required=False) == ""
    assert issubclass(TargetNameMissing, TargetError)


def test_free_names_count_copies_and_archived_targets():
    targets = [Target(name="Northwind")]
    assert free_target_name(targets, "Northwind") == "Northwind (copy)"
    targets.append(Target(name="northwind (COPY)"))
    assert free_target_name(targets, "Northwind") == "Northwind (copy 2)"
    targets.append(Target(name="Northwind (copy 2)", archived=True))
    assert free_target_name(targets, "Northwind") == "Northwind (copy 3)"
    assert free_target_name([], "Northwind", copy_word="kopia") == "Northwind (kopia)"


def test_duplicating_twice_never_makes_two_targets_of_one_name():
    original = Target(name="Northwind", created=OLD, updated=OLD)
    first = duplicate_target(original, [original])
    second = duplicate_target(original, [original, first])
    third = duplicate_target(first, [original, first, second])
    names = [t.name for t in (original, first, second, third)]
    assert names[:3] == ["Northwind", "Northwind (copy)", "Northwind (copy 2)"]
    assert names[3] == "Northwind (copy) (copy)"
    # Every one of them is found by its name alone.
    everyone = [original, first, second, third]
    for target in everyone:
        assert find_target(everyone, target.name) is target


def test_a_duplicate_given_a_name_obeys_the_name_rule():
    original = Target(name="Northwind")
    assert duplicate_target(original, [original], name=" Other ").name == "Other"
    with pytest.raises(TargetNameTaken):
        duplicate_target(original, [original], name="NORTHWIND")
    with pytest.raises(TargetNameMissing):
        duplicate_target(original, [original], name="")


def test_renaming_onto_another_targets_name_is_refused():
    a, b = Target(name="Northwind"), Target(name="Northwind (copy)", updated=OLD)
    with pytest.raises(TargetNameTaken) as caught:
        renamed_target([a, b], b, "northwind")
    assert caught.value.holder is a
    renamed = renamed_target([a, b], b, "  Contoso  ")
    assert (renamed.id, renamed.name) == (b.id, "Contoso") and renamed.updated != OLD
    assert b.name == "Northwind (copy)"  # the stored record is not changed under the undo
    assert renamed_target([a, b], b, "").name == ""  # called by its title and company again


def test_unarchiving_is_refused_while_an_active_target_has_the_name():
    old = Target(name="Northwind", archived=True)
    new = Target(name="northwind")
    with pytest.raises(TargetUnarchiveBlocked) as caught:
        with_archived([old, new], old, False)
    assert caught.value.holder is new and "archive it first" in str(caught.value)
    archived = with_archived([old, new], new, True)
    assert archived.archived and not new.archived
    back = with_archived([old, archived], old, False)
    assert not back.archived


# ------------------------------------------------------------------------------ requirements
def _requirements(target: Target) -> list[Requirement]:
    return target_requirements(target, [KUBERNETES], None)


POSTING = "Requirements:\n- Budgeting for a large IT organisation\n- ITIL service management\n"


def test_adding_a_requirement_keeps_the_typing_and_refuses_what_is_there():
    target = Target(posting=POSTING, updated=OLD)
    shown = _requirements(target)
    added = with_requirement_added(target, "  Python  ", [KUBERNETES], shown)
    assert added.added_terms == ["Python"] and added.updated != OLD
    assert target.added_terms == []
    assert "Python" in [r.term for r in _requirements(added)]
    # Already asked for: nothing changes, and the same target comes back.
    again = with_requirement_added(added, "python", [KUBERNETES], _requirements(added))
    assert again is added
    assert with_requirement_added(added, "   ", [KUBERNETES], []) is added


def test_striking_then_adding_a_requirement_brings_it_back():
    target = Target(posting=POSTING)
    term = next(r.term for r in _requirements(target) if r.term.casefold() == "itil")
    struck = with_requirements_struck(target, [term], [KUBERNETES])
    assert struck.removed_terms == [term]
    assert term not in [r.term for r in _requirements(struck)]
    back = with_requirement_added(struck, term.lower(), [KUBERNETES], _requirements(struck))
    assert back.removed_terms == [] and back.added_terms == []


def test_an_added_alias_is_struck_by_the_skill_it_shows_as():
    target = Target(posting=POSTING)
    added = with_requirement_added(target, "k8s", [KUBERNETES], _requirements(target))
    assert "Kubernetes" in [r.term for r in _requirements(added)]
    struck = with_requirements_struck(added, ["Kubernetes"], [KUBERNETES])
    assert struck.added_terms == [] and struck.removed_terms == []


def test_striking_drops_the_must_have_mark_and_restoring_brings_the_terms_back():
    target = with_must_have(Target(posting=POSTING), "ITIL", True)
    assert target.must_have == {"itil": True}
    assert _requirements(target)[0].must_have
    nice = with_must_have(target, " itil ", False)
    assert nice.must_have == {"itil": False}
    struck = with_requirements_struck(target, ["ITIL", "Budgeting"], [KUBERNETES])
    assert struck.must_have == {} and struck.removed_terms == ["ITIL", "Budgeting"]
    one_back = with_requirements_restored(struck, ["itil"])
    assert one_back.removed_terms == ["Budgeting"]
    all_back = with_requirements_restored(struck)
    assert all_back.removed_terms == []
    assert with_requirements_restored(all_back) is all_back
    assert with_requirements_struck(target, ["  "], [KUBERNETES]) is target


# ------------------------------------------------------------------------------ bullets
def test_choosing_bullets_keeps_the_order_once_and_freezes_the_choice():
    target = Target(selected_ids=None, updated=OLD)
    chosen = with_chosen(target, ["b", "a", "b", "c"])
    assert chosen.selected_ids == ["b", "a", "c"] and chosen.updated != OLD
    assert with_chosen(chosen, ["b", "a", "c"]) is chosen
    assert with_chosen(chosen, []).selected_ids == []  # an empty résumé is a choice too


def test_a_rewording_is_the_targets_own_and_typing_the_master_drops_it():
    target = Target(selected_ids=None)
    shown = ["a", "b"]
    mine = with_rewording(target, "a", "Cut costs by 9%", "  Cut  run costs by 9% ", shown)
    assert mine.rewordings == {"a": "Cut run costs by 9%"}
    # A target on the best-ranked bullets keeps those listed, so "a" cannot drop off.
    assert mine.selected_ids == shown
    assert with_rewording(mine, "a", "Cut costs by 9%", "Cut run costs by 9%", shown) is mine
    back = with_rewording(mine, "a", "Cut costs by 9%", "Cut costs by  9%", shown)
    assert back.rewordings == {} and back.selected_ids == shown
    # The Original Wording button types nothing; an undecided target stays undecided.
    undecided = Target(selected_ids=None, rewordings={"a": "Mine"})
    original = with_rewording(undecided, "a", "Master", "", shown)
    assert original.rewordings == {} and original.selected_ids is None


def test_a_role_is_left_out_and_brought_back():
    target = Target(hidden_role_ids=["r1"])
    hidden = with_role_shown(target, "r2", False)
    assert hidden.hidden_role_ids == ["r1", "r2"]
    assert with_role_shown(hidden, "r2", False) is hidden
    assert with_role_shown(hidden, "r1", True).hidden_role_ids == ["r2"]


def test_a_duplicate_is_a_new_application_that_starts_at_interested():
    from datetime import date

    from resume_builder.domain.models import StatusChange

    original = Target(
        name="Borealis",
        company="Borealis",
        status="accepted",
        kind="internal",
        organisation_id="org-1",
        contact_ids=["p1"],
        history=[StatusChange("interested", "2026-01-05"), StatusChange("accepted", "2026-03-01")],
        next_step="Sign the contract",
        salary="SEK 90k",
    )
    copy = duplicate_target(original, [original])
    assert copy.status == "interested"
    assert [(c.status, c.on) for c in copy.history] == [("interested", date.today().isoformat())]
    assert copy.next_step == "" and copy.next_step_date is None
    # what the new application shares with the old: where, what kind, whom you know there
    assert (copy.kind, copy.organisation_id, copy.contact_ids) == ("internal", "org-1", ["p1"])
    assert copy.contact_ids is not original.contact_ids
    assert original.status == "accepted" and len(original.history) == 2
