"""Targets service: corrected requirements, chosen bullets, résumé options, finding, copying."""

from __future__ import annotations

import copy
import io
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.models import (
    Accomplishment,
    Role,
    Skill,
    Target,
    TargetExport,
    newest_first,
)
from resume_builder.export.builders import DEFAULT_BULLET_BUDGET, CareerSnapshot, build_resume
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import Bullet, Entry, Section, inline_text
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import ExportRequest, export_document, run_to_end
from resume_builder.services.tailoring import AccomplishmentIndex
from resume_builder.services.targets import (
    DEFAULT_PICKS,
    TargetError,
    best_accomplishments,
    chosen_ids,
    duplicate_target,
    find_target,
    resume_options,
    tailor_target,
    target_requirements,
    term_key,
    with_export,
    with_export_history,
)

TODAY = date(2026, 1, 1)
POSTING = (
    Path(__file__).parents[2] / "data" / "postings" / "01-head-of-it-operations.txt"
).read_text(encoding="utf-8")
OLD_STAMP = "2020-01-01T00:00:00+00:00"


@pytest.fixture(scope="module")
def snapshot() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(TODAY))


@pytest.fixture(scope="module")
def index(snapshot: CareerSnapshot) -> AccomplishmentIndex:
    return AccomplishmentIndex.build(snapshot)


def _skill(snapshot: CareerSnapshot, name: str) -> Skill:
    (skill,) = [s for s in snapshot.skills if s.name == name]
    return skill


def _role(snapshot: CareerSnapshot, employer: str) -> Role:
    (role,) = [r for r in snapshot.roles if r.employer == employer]
    return role


def _item(snapshot: CareerSnapshot, start: str) -> Accomplishment:
    (item,) = [a for a in snapshot.accomplishments if a.headline.startswith(start)]
    return item


def _terms(requirements) -> list[str]:
    return [r.term for r in requirements]


def _requirements(snapshot, index, **fields):
    return target_requirements(Target(posting=POSTING, **fields), snapshot.skills, index)


# ----------------------------------------------------------------------------- requirements
def test_term_key_ignores_case_and_spacing():
    assert term_key("  Major \t Incidents\n") == "major incidents"
    assert term_key("ITIL") == term_key("itil ") == "itil"


def test_removed_terms_disappear_whatever_their_case_and_spacing(snapshot, index):
    base = _terms(_requirements(snapshot, index))
    assert {"ITIL", "major incidents", "site"} <= set(base)
    edited = _requirements(snapshot, index, removed_terms=["  itil ", "Major   Incidents", "SITE"])
    assert _terms(edited) == [t for t in base if t not in {"ITIL", "major incidents", "site"}]


def test_added_terms_come_after_the_extracted_ones(snapshot, index):
    base = _terms(_requirements(snapshot, index))
    assert "ServiceNow" not in base
    edited = _requirements(snapshot, index, added_terms=["ServiceNow", "change advisory board"])
    assert _terms(edited) == [*base, "ServiceNow", "change advisory board"]
    service_now, board = edited[-2:]
    assert (service_now.kind, service_now.skill_id, service_now.weight) == ("term", None, 2.0)
    assert (board.kind, board.skill_id, board.weight) == ("phrase", None, 2.0)
    assert not service_now.must_have and not board.must_have


def test_an_added_skill_alias_becomes_that_skills_requirement(snapshot, index):
    kubernetes = _skill(snapshot, "Kubernetes")
    assert "k8s" in kubernetes.aliases
    base = _terms(_requirements(snapshot, index))
    assert "Kubernetes" not in base  # posting 01 never mentions it
    edited = _requirements(snapshot, index, added_terms=["k8s"])
    added = edited[-1]
    assert added.term == "Kubernetes"
    assert added.kind == "skill"
    assert added.skill_id == kubernetes.id
    assert added.variants == ("Kubernetes", "k8s")
    assert "k8s" not in _terms(edited)


def test_duplicate_added_terms_are_added_once(snapshot, index):
    base = _terms(_requirements(snapshot, index))
    edited = _requirements(
        snapshot,
        index,
        added_terms=[
            "k8s",
            "Kubernetes",
            " K8S ",
            "ITSM",  # an alias of ITIL, which the posting already asks for
            "itil",
            "Major  incidents",
            "ServiceNow",
            "servicenow",
            "   ",
        ],
    )
    assert _terms(edited) == [*base, "Kubernetes", "ServiceNow"]


def test_must_have_marks_override_and_must_haves_come_first(snapshot, index):
    base = _requirements(snapshot, index)
    # one must-have and one nice-to-have of the posting as read, whatever the reading
    wanted = next(r.term for r in base if r.must_have)
    optional = next(r.term for r in base if not r.must_have and " " in r.term)
    edited = _requirements(
        snapshot,
        index,
        added_terms=["ServiceNow"],
        # marks match however the person spells the term: case and spacing do not matter
        must_have={
            optional.upper().replace(" ", "  "): True,
            wanted.upper(): False,
            "servicenow": True,
        },
    )
    flags = [r.must_have for r in edited]
    assert flags == sorted(flags, reverse=True)  # every must-have before every nice-to-have
    must = [r.term for r in base if r.must_have and r.term != wanted]
    nice = [r.term for r in base if not r.must_have and r.term != optional]
    assert _terms(edited) == [*must, optional, "ServiceNow", wanted, *nice]
    by_term = {r.term: r for r in edited}
    assert by_term[optional].must_have is True
    assert by_term[wanted].must_have is False
    assert by_term["ServiceNow"].must_have is True


def test_an_empty_posting_with_added_terms_still_has_requirements(snapshot):
    kubernetes = _skill(snapshot, "Kubernetes")
    target = Target(posting="", added_terms=["k8s", "ServiceNow"], must_have={"servicenow": True})
    requirements = target_requirements(target, snapshot.skills, None)
    assert _terms(requirements) == ["ServiceNow", "Kubernetes"]
    assert requirements[0].must_have and not requirements[1].must_have
    assert requirements[1].skill_id == kubernetes.id
    assert target_requirements(Target(posting=""), snapshot.skills, None) == []


def test_no_requirements_rank_nothing(index):
    assert index.rank([], today=TODAY) == []


# ----------------------------------------------------------------------------- choosing
def test_no_choice_takes_the_best_ranked_accomplishments(snapshot, index):
    assert DEFAULT_PICKS == 12
    target = Target(posting=POSTING)
    tailoring = tailor_target(target, snapshot, index, today=TODAY)
    assert len(tailoring.ranked) > DEFAULT_PICKS
    best = [s.accomplishment_id for s in tailoring.ranked[:DEFAULT_PICKS]]
    # Without roles to spread over: simply the best.
    assert chosen_ids(target, tailoring.ranked, index.position) == best
    # With them, each role takes at most its résumé budget (6, 5, 3, 2 newest first), in
    # rank order, so older roles keep their best matches.
    role_of = {a.id: a.role_id for a in snapshot.accomplishments}
    order = [r.id for r in newest_first(snapshot.roles)]
    assert tailoring.chosen == chosen_ids(target, tailoring.ranked, index.position, role_of, order)
    ranked_ids = [s.accomplishment_id for s in tailoring.ranked]
    assert tailoring.chosen == [i for i in ranked_ids if i in set(tailoring.chosen)]
    per_role = Counter(role_of[i] for i in tailoring.chosen)
    for rank, role in enumerate(order):
        assert per_role[role] <= DEFAULT_BULLET_BUDGET[min(rank, 3)]
    assert per_role[order[0]] == 6 and len(tailoring.chosen) == DEFAULT_PICKS
    skipped = [i for i in best if i not in tailoring.chosen]
    assert skipped and all(role_of[i] == order[0] for i in skipped)
    scores = [s.score for s in tailoring.ranked]
    assert scores == sorted(scores, reverse=True)


def test_a_users_choice_keeps_its_order_and_drops_deleted_ids(snapshot, index):
    a = _item(snapshot, "Cut priority-1 incidents").id
    b = _item(snapshot, "Merged 3 regional service desks").id
    c = _item(snapshot, "Documented 60 server runbooks").id
    ranked = tailor_target(Target(posting=POSTING), snapshot, index, today=TODAY).ranked
    target = Target(posting=POSTING, selected_ids=[c, "deleted-long-ago", a, b])
    assert chosen_ids(target, ranked, index.position) == [c, a, b]
    # an accomplishment deleted since the choice was made
    assert chosen_ids(target, ranked, set(index.position) - {a}) == [c, b]
    # an empty choice is a choice: nothing, not the best-ranked
    assert chosen_ids(Target(posting=POSTING, selected_ids=[]), ranked, index.position) == []


def test_choosing_a_bullet_that_covers_a_gap_raises_the_coverage(snapshot, index):
    ransomware = _item(snapshot, "Restored production at 2 plants")
    migration = _item(snapshot, "Migrated 85 services from virtual machines to Kubernetes")
    kubernetes = _skill(snapshot, "Kubernetes")
    assert kubernetes.id not in ransomware.skill_ids
    one = Target(posting=POSTING, added_terms=["k8s"], selected_ids=[ransomware.id])
    two = Target(posting=POSTING, added_terms=["k8s"], selected_ids=[ransomware.id, migration.id])
    before = tailor_target(one, snapshot, index, today=TODAY)
    after = tailor_target(two, snapshot, index, today=TODAY)
    assert before.chosen == [ransomware.id]
    assert after.chosen == [ransomware.id, migration.id]
    missing_before = set(_terms(before.coverage.missing))
    missing_after = set(_terms(after.coverage.missing))
    assert "Kubernetes" in missing_before
    assert "Kubernetes" not in missing_after
    assert missing_after < missing_before
    assert set(_terms(after.coverage.covered)) == set(_terms(before.coverage.covered)) | (
        missing_before - missing_after
    )
    assert after.coverage.score > before.coverage.score
    # The gap came with suggestions that would close it.
    suggested = {s.accomplishment_id for s in before.coverage.suggestions["Kubernetes"]}
    assert suggested
    by_id = {a.id: a for a in snapshot.accomplishments}
    assert all(kubernetes.id in by_id[i].skill_ids for i in suggested)


# ----------------------------------------------------------------------------- résumé options
def test_resume_options_of_an_undecided_target():
    target = Target(
        headline="   ",
        summary="\n",
        rewordings={"a": "Cut P1 incidents by 73%", "b": "   ", "c": ""},
        hidden_role_ids=["r1", "r2", "r1"],
        page_target=3,
        selected_ids=None,
    )
    chosen = ["x", "a"]
    options = resume_options(target, chosen, language="sv", today=TODAY)
    assert options.headline is None and options.summary is None  # the profile's are used
    assert options.rewordings == {"a": "Cut P1 incidents by 73%"}
    assert options.hidden_role_ids == {"r1", "r2"}
    assert options.page_target == 3
    assert options.selected_ids == ["x", "a"] and options.selected_ids is not chosen
    assert options.fit_choice is True
    assert (options.language, options.today) == ("sv", TODAY)


def test_resume_options_of_a_chosen_target_and_page_target_overrides():
    target = Target(headline="  Head of IT Operations ", summary="Calm.", selected_ids=[])
    options = resume_options(target, [])
    assert options.headline == "Head of IT Operations"
    assert options.summary == "Calm."
    assert options.fit_choice is False  # an empty choice is still the user's
    assert options.page_target == 2  # the target's own
    assert resume_options(target, [], page_target=1).page_target == 1
    assert resume_options(target, [], page_target=None).page_target is None
    assert resume_options(Target(selected_ids=["a"]), ["a"]).fit_choice is False


# ----------------------------------------------------------------------------- documents
@pytest.fixture(scope="module")
def classic():
    return load_catalog(paths.templates_dir()).require("classic")


def _bullets_by_role(document) -> dict[str, list[str]]:
    return {
        block.record_id: [inline_text(c.runs) for c in block.children if isinstance(c, Bullet)]
        for block in document.walk()
        if isinstance(block, Entry)
    }


def test_a_targets_resume_shows_its_order_and_wording_without_touching_the_master(
    snapshot, index, classic
):
    current = _role(snapshot, "Halvard Industrial Group AB")
    platform = _role(snapshot, "Lumora Health AB")
    payments = _role(snapshot, "Kvarnby Payments AB")
    hidden = _role(snapshot, "Nordlys Freight AB")
    first = _item(snapshot, "Proved a 4-hour recovery time")
    second = _item(snapshot, "Cut priority-1 incidents")
    third = _item(snapshot, "Renegotiated the global network")
    older = _item(snapshot, "Managed a SEK 18M platform budget")
    of_hidden = _item(snapshot, "Consolidated 140 physical servers")
    assert {first.role_id, second.role_id, third.role_id} == {current.id}
    assert (older.role_id, of_hidden.role_id) == (platform.id, hidden.id)
    master = copy.deepcopy(second)
    target = Target(
        posting=POSTING,
        selected_ids=[first.id, older.id, of_hidden.id, second.id, third.id],
        rewordings={second.id: "Cut P1 incidents by 73% in one year"},
        hidden_role_ids=[hidden.id],
    )
    chosen = tailor_target(target, snapshot, index, today=TODAY).chosen
    options = resume_options(target, chosen, today=TODAY)
    document = build_resume(snapshot, classic, options).document

    bullets = _bullets_by_role(document)
    assert bullets[current.id] == [
        first.headline,
        "Cut P1 incidents by 73% in one year",
        third.headline,
    ]
    assert bullets[platform.id] == [older.headline]
    assert bullets[payments.id] == []
    assert hidden.id not in bullets
    experience = next(
        s for s in document.sections if isinstance(s, Section) and s.key == "experience"
    )
    assert [e.record_id for e in experience.children] == [current.id, platform.id, payments.id]
    text = "\n".join(document.reading_text())
    assert hidden.employer not in text and of_hidden.headline not in text
    assert master.headline not in text
    # The master record is untouched.
    assert _item(snapshot, "Cut priority-1 incidents") is second
    assert second == master


def _export(snapshot, options):
    request = ExportRequest(kind="resume", format="pdf", resume=options)
    return run_to_end(export_document(request, snapshot, paths.templates_dir()))


def test_an_undecided_target_fits_its_page_target_but_a_chosen_one_only_reports(snapshot, index):
    undecided = Target(posting=POSTING, page_target=2)
    tailoring = tailor_target(undecided, snapshot, index, today=TODAY)
    options = resume_options(undecided, tailoring.chosen, today=TODAY)
    assert options.fit_choice is True
    result = _export(snapshot, options)
    assert result.fit is not None
    assert result.fit.fits and result.fit.target == 2
    assert result.fit.would_drop == []
    assert result.pages == result.fit.pages == len(PdfReader(io.BytesIO(result.data)).pages)
    assert result.pages <= 2

    decided = Target(posting=POSTING, selected_ids=list(tailoring.chosen), page_target=1)
    options = resume_options(
        decided, tailor_target(decided, snapshot, index, today=TODAY).chosen, today=TODAY
    )
    assert options.fit_choice is False and options.selected_ids == tailoring.chosen
    result = _export(snapshot, options)
    assert result.fit is not None
    assert not result.fit.fits and result.fit.target == 1
    assert result.fit.left_out == []  # the user's choice is never shortened
    assert result.fit.would_drop
    assert result.pages == len(PdfReader(io.BytesIO(result.data)).pages) > 1
    # Every bullet the user chose is still in the document.
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(result.data)).pages)
    by_id = {a.id: a for a in snapshot.accomplishments}
    words = " ".join(text.split())
    assert all(by_id[i].headline[:30] in words for i in tailoring.chosen)


# ----------------------------------------------------------------------------- finding
def _targets() -> list[Target]:
    return [
        Target(name="Borealis ops", title="Head of IT Operations", company="Borealis Retail"),
        Target(title="SRE Manager", company="Kvarnby Payments"),
        Target(title="SRE Manager", company="Lumora Health"),
        Target(title="Platform Lead", company="Nordlys"),
        Target(name="Old Acme", title="CTO", company="Acme", archived=True),
    ]


@pytest.mark.parametrize(
    ("name", "position"),
    [
        ("Borealis ops", 0),
        ("  BOREALIS   OPS ", 0),
        ("sre manager — kvarnby payments", 1),  # the label of a target without a name
        ("SRE Manager — Lumora Health", 2),
        ("platform lead", 3),  # a unique title
        ("NORDLYS", 3),  # a unique company
        ("head of it operations", 0),
        ("borealis retail", 0),
        ("old acme", 4),  # an archived target is still found when it is the only one
        ("cto", 4),
    ],
)
def test_find_target_by_name_label_title_or_company(name, position):
    targets = _targets()
    assert find_target(targets, name) is targets[position]


def test_a_name_beats_a_title():
    targets = _targets()
    named = Target(name="SRE manager", title="Something else")
    assert find_target([*targets, named], "sre manager") is named


def test_an_ambiguous_title_names_both_targets():
    with pytest.raises(TargetError) as caught:
        find_target(_targets(), "SRE manager")
    message = str(caught.value)
    assert message.startswith("more than one target is called “SRE manager”: ")
    assert "“SRE Manager — Kvarnby Payments”" in message
    assert "“SRE Manager — Lumora Health”" in message


def test_an_ambiguous_name_is_refused():
    first = Target(name="Acme", title="CTO", created="2026-03-01T10:00:00+00:00")
    second = Target(name="acme", created="2026-05-02T10:00:00+00:00")
    expected = (
        "more than one target is called “ACME”: “Acme” (created 2026-03-01), "
        "“acme” (created 2026-05-02)"
    )
    with pytest.raises(TargetError, match=re.escape(expected)):
        find_target([first, second], "ACME")


def test_an_archived_target_loses_to_a_live_one_of_the_same_name():
    old = Target(name="Acme", archived=True)
    new = Target(name="acme ")
    assert find_target([old, new], "Acme") is new
    assert find_target([new, old], "Acme") is new
    both_old = [old, Target(name="ACME", archived=True)]
    with pytest.raises(TargetError, match="more than one target"):
        find_target(both_old, "acme")


def test_an_unknown_name_lists_the_live_targets():
    with pytest.raises(TargetError) as caught:
        find_target(_targets(), "Northwind")
    assert str(caught.value) == (
        "there is no target “Northwind”; the targets are: “Borealis ops”, "
        "“SRE Manager — Kvarnby Payments”, “SRE Manager — Lumora Health”, "
        "“Platform Lead — Nordlys”"
    )
    with pytest.raises(TargetError, match=r"the targets are: \(all archived\)"):
        find_target([Target(name="Old", archived=True)], "Northwind")


def test_no_targets_at_all_or_no_name():
    with pytest.raises(TargetError) as caught:
        find_target([], "Borealis")
    assert str(caught.value) == "there is no target “Borealis”: there are no targets yet"
    with pytest.raises(TargetError, match="give the target's name"):
        find_target(_targets(), "   ")


# ----------------------------------------------------------------------------- copying
def _original() -> Target:
    return Target(
        name="Borealis ops",
        title="Head of IT Operations",
        company="Borealis Retail",
        posting=POSTING,
        archived=True,
        removed_terms=["site"],
        added_terms=["k8s"],
        must_have={"itil": True},
        selected_ids=["a", "b"],
        rewordings={"a": "Reworded"},
        headline="Head of IT",
        hidden_role_ids=["r1"],
        page_target=1,
        letter="Dear Elin,",
        exports=[TargetExport(when=OLD_STAMP, file="cv.pdf", pages=2)],
        extra={"x-source": "linkedin"},
        created=OLD_STAMP,
        updated=OLD_STAMP,
    )


def test_a_duplicate_starts_from_the_original_with_no_exports():
    original = _original()
    twin = duplicate_target(original)
    assert twin.id != original.id and len(twin.id) == 32
    assert twin.name == "Borealis ops (copy)"
    assert twin.exports == [] and twin.archived is False
    assert twin.created == twin.updated != OLD_STAMP
    same = ("title", "company", "posting", "removed_terms", "added_terms", "must_have")
    same += ("selected_ids", "rewordings", "headline", "hidden_role_ids", "page_target")
    same += ("letter", "extra")
    for name in same:
        assert getattr(twin, name) == getattr(original, name), name


def test_a_duplicates_lists_are_its_own():
    original = _original()
    before = original.to_dict()
    twin = duplicate_target(original)
    twin.removed_terms.append("board")
    twin.added_terms.append("ServiceNow")
    twin.must_have["itil"] = False
    twin.selected_ids.insert(0, "c")
    twin.rewordings["b"] = "Also reworded"
    twin.hidden_role_ids.append("r2")
    twin.exports.append(TargetExport())
    twin.extra["x-source"] = "typed"
    assert original.to_dict() == before


def test_a_duplicate_of_an_unnamed_target_is_named_after_its_label():
    # Two targets answering to "SRE Manager — Kvarnby" would make the CLI's name ambiguous.
    original = Target(title="SRE Manager", company="Kvarnby", name="  ", selected_ids=None)
    twin = duplicate_target(original, [original])
    assert twin.name == "SRE Manager — Kvarnby (copy)"
    assert (twin.title, twin.company) == ("SRE Manager", "Kvarnby")  # the posting's own words
    assert twin.selected_ids is None


def test_with_export_appends_and_keeps_earlier_exports():
    first = TargetExport(when=OLD_STAMP, kind="resume", file="cv.pdf", pages=2)
    second = TargetExport(kind="letter", format="docx", file="letter.docx")
    target = Target(exports=[first], updated=OLD_STAMP)
    once = with_export(target, second)
    assert once.exports == [first, second]
    assert target.exports == [first]  # the original is not changed
    assert once.id == target.id and once.updated != OLD_STAMP
    twice = with_export(once, first)
    assert twice.exports == [first, second, first]


def test_best_accomplishments_are_the_first_three_chosen_that_exist(snapshot):
    a = _item(snapshot, "Cut priority-1 incidents")
    b = _item(snapshot, "Merged 3 regional service desks")
    c = _item(snapshot, "Documented 60 server runbooks")
    d = _item(snapshot, "Renegotiated the global network")
    chosen = [c.id, "gone", a.id, d.id, b.id]
    assert best_accomplishments(chosen, snapshot) == [c, a, d]
    assert best_accomplishments(chosen, snapshot, count=2) == [c, a]
    assert best_accomplishments(["gone", b.id], snapshot) == [b]
    assert best_accomplishments([], snapshot) == []


# ------------------------------------------------------------------------------ export history
def test_restored_targets_keep_the_exports_recorded_since() -> None:
    before = Target(company="Northwind Retail", headline="")
    edited = replace(before, headline="Head of IT Operations")
    sent = with_export(edited, TargetExport(file="/out/northwind.pdf", pages=2))
    other = Role(title="Engineer")
    stored = {sent.id: sent}

    # Undoing the headline puts `before` back, but with the export it has now, not its old list.
    restored = with_export_history([before, other], stored.get)
    assert restored[0].headline == "" and restored[0].exports == sent.exports
    assert restored[1] is other
    assert before.exports == []  # the command's saved copy is not changed under it
    # An export that was removed since is not brought back either.
    stored[sent.id] = replace(sent, exports=[])
    assert with_export_history([sent], stored.get)[0].exports == []
    # A target no longer stored (its step deleted it) comes back as it was saved.
    assert with_export_history([sent], {}.get)[0] is sent
