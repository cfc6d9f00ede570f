"""Organisation rules: which postings, applications and people belong to one, the order of
the list, and names that are unique ignoring case and spacing.
"""

from __future__ import annotations

import pytest

from resume_builder.domain.models import Organisation, Person, StatusChange, Target
from resume_builder.services.organisations import (
    OrganisationError,
    applications_of,
    by_priority,
    check_organisation_name,
    find_organisation,
    name_key,
    organisation_of,
    people_at,
    postings_of,
)

HAVSVIND = Organisation(name="Havsvind Energi AB", priority=1)
LUMORA = Organisation(name="Lumora", priority=2)


def posting(company: str = "", organisation: Organisation | None = None, **fields) -> Target:
    return Target(
        title="Head of IT",
        company=company,
        organisation_id=organisation.id if organisation else None,
        **fields,
    )


def test_names_compare_ignoring_case_and_spacing():
    assert name_key("  Havsvind   ENERGI ab ") == name_key("havsvind energi AB")
    assert name_key("Havsvind") != name_key("Havsvind Energi AB")


# ------------------------------------------------------------------------------ postings
def test_postings_are_the_linked_ones_and_the_unlinked_ones_by_company_name():
    linked = posting("Havsvind (via recruiter)", HAVSVIND)
    by_name = posting("havsvind  energi AB")
    elsewhere = posting("Havsvind Energi AB", LUMORA)  # linked to another: not this one's
    unrelated = posting("Brattfors")
    assert postings_of(HAVSVIND, [linked, by_name, elsewhere, unrelated]) == [linked, by_name]
    assert postings_of(LUMORA, [linked, by_name, elsewhere, unrelated]) == [elsewhere]


def test_a_nameless_organisation_does_not_take_every_posting_without_a_company():
    nameless = Organisation(name="   ")
    assert postings_of(nameless, [posting(""), posting("Havsvind")]) == []


def test_applications_are_the_postings_ever_applied_to():
    seen = posting("Havsvind Energi AB")
    sent = posting("Havsvind Energi AB", status="applied")
    withdrawn = posting(
        "Havsvind Energi AB",
        status="withdrawn",
        history=[StatusChange("applied", "2026-02-01"), StatusChange("withdrawn", "2026-02-10")],
    )
    moved_back = posting(
        "Havsvind Energi AB",
        history=[StatusChange("applied", "2026-02-01"), StatusChange("interested", "2026-02-02")],
    )
    other = posting("Lumora", status="applied")
    found = applications_of(HAVSVIND, [seen, sent, withdrawn, moved_back, other])
    assert found == [sent, withdrawn, moved_back]


# -------------------------------------------------------------------------------- people
def test_people_are_those_named_in_its_order_then_those_who_work_there():
    ana = Person(name="Ana", organisation="Lumora")
    bo = Person(name="Bo")
    cai = Person(name="Cai", organisation="HAVSVIND energi ab")
    dag = Person(name="Dag", organisation="Havsvind Energi AB")
    place = Organisation(
        name="Havsvind Energi AB", person_ids=[bo.id, "deleted-person", ana.id, dag.id]
    )
    # Named ones in the organisation's order (unknown ids left out), Dag only once.
    assert people_at(place, [ana, bo, cai, dag]) == [bo, ana, dag, cai]
    assert people_at(Organisation(name="  "), [Person(name="Eve")]) == []


# ------------------------------------------------------------------------ which organisation
def test_the_organisation_of_a_target_by_link_first_then_by_company():
    assert organisation_of(posting("Lumora", HAVSVIND), [LUMORA, HAVSVIND]) is HAVSVIND
    assert organisation_of(posting(" lumora "), [HAVSVIND, LUMORA]) is LUMORA
    assert organisation_of(posting("Brattfors"), [HAVSVIND, LUMORA]) is None
    assert organisation_of(posting(""), [Organisation(name="")]) is None


def test_a_target_linked_to_a_deleted_organisation_does_not_fall_back_on_its_company():
    # The link says which one; a company that happens to match another is not a guess to make.
    stray = Target(company="Lumora", organisation_id="gone")
    assert organisation_of(stray, [HAVSVIND, LUMORA]) is None


def test_the_list_is_most_wanted_first_then_by_name():
    brattfors = Organisation(name="brattfors", priority=2)
    aurvik = Organisation(name="Aurvik", priority=3)
    kvarnby = Organisation(name="Kvarnby", priority=1)
    ordered = by_priority([LUMORA, aurvik, brattfors, HAVSVIND, kvarnby])
    assert [o.name for o in ordered] == [
        "Havsvind Energi AB",
        "Kvarnby",
        "brattfors",  # names compare ignoring case
        "Lumora",
        "Aurvik",
    ]


# ------------------------------------------------------------------------------ names
def test_a_new_name_is_trimmed_and_its_spacing_tidied():
    assert check_organisation_name([HAVSVIND], "  Brattfors   Logistik ") == "Brattfors Logistik"


@pytest.mark.parametrize("typed", ["", "   "])
def test_an_organisation_needs_a_name(typed):
    with pytest.raises(OrganisationError, match="^an organisation needs a name$"):
        check_organisation_name([], typed)


def test_a_name_another_organisation_has_is_refused_naming_it():
    with pytest.raises(OrganisationError) as refused:
        check_organisation_name([LUMORA, HAVSVIND], "havsvind  ENERGI ab")
    assert str(refused.value) == "there is already an organisation called “Havsvind Energi AB”"


def test_an_organisation_keeps_its_own_name_when_renamed():
    assert check_organisation_name([HAVSVIND], "HAVSVIND Energi AB", other_than=HAVSVIND.id) == (
        "HAVSVIND Energi AB"
    )
    with pytest.raises(OrganisationError):
        check_organisation_name([HAVSVIND, LUMORA], "Lumora", other_than=HAVSVIND.id)


def test_find_by_exact_name_before_a_part_of_one():
    lumora_group = Organisation(name="Lumora Group")
    assert find_organisation([lumora_group, LUMORA], " LUMORA ") is LUMORA
    assert find_organisation([lumora_group, HAVSVIND], "group") is lumora_group


def test_find_refuses_a_name_that_matches_several_naming_them():
    energi = Organisation(name="Solvik Energi AB")
    with pytest.raises(OrganisationError) as refused:
        find_organisation([HAVSVIND, energi, LUMORA], "energi")
    assert str(refused.value) == (
        "more than one organisation matches “energi”: “Havsvind Energi AB”, “Solvik Energi AB”"
    )


def test_find_refuses_an_unknown_or_empty_name():
    with pytest.raises(OrganisationError, match="^there is no organisation “Brattfors”$"):
        find_organisation([HAVSVIND, LUMORA], "Brattfors")
    with pytest.raises(OrganisationError, match="^give the organisation's name$"):
        find_organisation([HAVSVIND], "  ")
