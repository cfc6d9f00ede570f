"""The job search through our JSON export and back: applications, organisations, the plan."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    CareerPlan,
    Milestone,
    Organisation,
    Person,
    Profile,
    Record,
    StatusChange,
    Target,
    TargetExport,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.json_resume import EXTENSION_KEY, to_json_resume
from resume_builder.services.demo import write_demo
from resume_builder.services.documents import snapshot_of
from resume_builder.services.importing.files import describe_plan
from resume_builder.services.importing.json_resume import parse_json_resume
from resume_builder.services.importing.plan import make_plan
from resume_builder.services.importing.workflow import import_file
from resume_builder.services.plan import plan_report
from resume_builder.storage.repository import Repository

MOMENT = datetime(2026, 3, 1, 12, 30, 5, tzinfo=UTC)
TODAY = date(2026, 3, 1)
SEARCH = (Target, Organisation, CareerPlan, Milestone, Person)


@pytest.fixture
def search() -> list[Record]:
    lars = Person(name="Lars Åkesson", organisation="Havsvind Energi AB")
    jonas = Person(name="Jonas Lund", relationship="recruiter")
    havsvind = Organisation(
        name="Havsvind Energi AB",
        why="Offshore wind",
        like="Proud of uptime",
        location="Gothenburg",
        website="https://havsvind.example.com",
        person_ids=[lars.id, jonas.id],
        priority=1,
    )
    job = Target(
        name="Havsvind",
        company="Havsvind Energi AB",
        status="interviewing",
        history=[
            StatusChange("interested", "2026-01-30", "Jonas called"),
            StatusChange("applied", "2026-02-03", ""),
            StatusChange("interviewing", "2026-02-20", "First interview booked"),
        ],
        organisation_id=havsvind.id,
        contact_ids=[jonas.id, lars.id],
        next_step="Prepare the interview",
        next_step_date=PartialDate(2026, 3, 6),
        salary="SEK 100–110k a month",
        exports=[TargetExport(when="2026-02-03T09:00:00+00:00", template="modern", pages=2)],
    )
    inside = Target(name="Director (inside)", kind="internal", status="screening")
    plan = CareerPlan(
        deadline=PartialDate(2026, 11, 26), started=PartialDate(2026, 1, 5), notes="Both doors"
    )
    milestones = [
        Milestone(title="Open conversation", done=True, done_on=PartialDate(2026, 1, 20)),
        Milestone(
            title="Five recruiters",
            due=PartialDate(2026, 5, 1),
            measure="recruiter_conversations",
            goal=5,
            position=1,
        ),
    ]
    return [Profile(name="Dana"), lars, jonas, havsvind, job, inside, plan, *milestones]


def exported(records: list[Record], **options) -> dict:
    return to_json_resume(CareerSnapshot.from_records(records), last_modified=MOMENT, **options)


def as_bytes(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def test_a_full_export_carries_the_search_whole_in_meta(search):
    aside = exported(search)["meta"][EXTENSION_KEY]
    assert [o["name"] for o in aside["organisations"]] == ["Havsvind Energi AB"]
    assert [m["title"] for m in aside["milestones"]] == ["Open conversation", "Five recruiters"]
    assert aside["plan"]["deadline"] == "2026-11-26" and aside["plan"]["started"] == "2026-01-05"
    job, inside = aside["targets"]
    assert job["status"] == "interviewing" and job["organisation_id"] == search[3].id
    assert job["contact_ids"] == [search[2].id, search[1].id]
    assert job["next_step_date"] == "2026-03-06" and job["salary"] == "SEK 100–110k a month"
    # a status change with no note, and a document sent with no file, leave the empty out
    assert job["history"][1] == {"status": "applied", "on": "2026-02-03"}
    assert "file" not in job["exports"][0] and job["exports"][0]["when"].startswith("2026-02-03")
    assert inside["kind"] == "internal" and "history" not in inside  # at their defaults


def test_a_tailored_export_carries_no_search(search):
    text = json.dumps(exported(search, selected_ids=[]), ensure_ascii=False)
    for private in ("Havsvind", "Five recruiters", "Both doors", "Director (inside)"):
        assert private not in text


def test_export_then_import_into_an_empty_folder_gives_the_search_back(search, tmp_path):
    source = tmp_path / "career.json"
    source.write_bytes(as_bytes(exported(search)))
    outcome = import_file("jsonresume", source, tmp_path / "empty")
    assert outcome.warnings == []
    with Repository.open(tmp_path / "empty", read_only=True) as repository:
        for kind in SEARCH:
            expected = [r.to_dict() for r in search if isinstance(r, kind)]
            assert [r.to_dict() for r in repository.all(kind)] == expected, kind.KIND
        again = [r for kind in (Profile, *SEARCH) for r in repository.all(kind)]
    assert as_bytes(exported(again)) == as_bytes(exported(search))


def test_the_demo_search_round_trips_record_for_record(tmp_path):
    """Export the demo, import it into an empty folder: the snapshot is the same, record for
    record, and the plan reads the same.
    """
    with Repository.open(tmp_path / "demo") as repository:
        write_demo(repository, today=TODAY)
        before = snapshot_of(repository)
    source = tmp_path / "demo.json"
    source.write_bytes(as_bytes(to_json_resume(before, last_modified=MOMENT)))
    outcome = import_file("jsonresume", source, tmp_path / "empty")
    assert outcome.warnings == []
    with Repository.open(tmp_path / "empty", read_only=True) as repository:
        after = snapshot_of(repository)
    for name in ("targets", "organisations", "milestones", "people", "meetings", "action_items"):
        assert [r.to_dict() for r in getattr(after, name)] == [
            r.to_dict() for r in getattr(before, name)
        ], name
    assert after.plan is not None and after.plan.to_dict() == before.plan.to_dict()
    assert len(after.targets) == 8 and len(after.organisations) == 5
    first, second = plan_report(before, TODAY), plan_report(after, TODAY)
    assert [m.state for m in first.milestones] == [m.state for m in second.milestones]


def test_the_same_export_again_matches_the_whole_search(search):
    incoming, sources = parse_json_resume(as_bytes(exported(search)), "career.json")
    plan = make_plan(incoming, CareerSnapshot.from_records(search), "career.json", sources)
    actions = {
        kind.KIND: {i.action for i in plan.items if isinstance(i.record, kind)} for kind in SEARCH
    }
    assert actions == dict.fromkeys((k.KIND for k in SEARCH), {"match"})
    lines = "\n".join(describe_plan(plan))
    assert "Havsvind Energi AB" in lines and "Career plan, deadline 2026-11-26" in lines
    assert "Five recruiters, 2026-05-01" in lines


def test_matched_people_and_organisations_take_the_new_applications_links_along(search):
    """Another copy of the app made its own Lars and Havsvind; its new application, and its
    new organisation, point at ours.
    """
    ours = CareerSnapshot.from_records(search)
    lars, havsvind = ours.people[0], ours.organisations[0]
    their_lars = Person(name="lars åkesson")
    their_havsvind = Organisation(name="  HAVSVIND energi ab", person_ids=[their_lars.id])
    newcomer = Person(name="Sara Ek")
    other_place = Organisation(name="Brattfors", person_ids=[their_lars.id, newcomer.id])
    second_job = Target(
        name="Havsvind, second posting",
        organisation_id=their_havsvind.id,
        contact_ids=[their_lars.id, newcomer.id],
    )
    incoming = [their_lars, newcomer, their_havsvind, other_place, second_job]
    plan = make_plan(incoming, ours, "other.json")
    by_id = {i.record.id: i for i in plan.items}
    assert by_id[their_lars.id].action == "match"
    assert by_id[their_havsvind.id].action == "match"
    assert by_id[their_havsvind.id].existing_id == havsvind.id
    added = by_id[second_job.id]
    assert added.action == "add"
    assert added.record.organisation_id == havsvind.id
    assert added.record.contact_ids == [lars.id, newcomer.id]
    place = by_id[other_place.id]
    assert place.action == "add" and place.record.person_ids == [lars.id, newcomer.id]
    assert plan.warnings == []


def test_links_of_the_search_to_nothing_are_left_out_with_a_warning(tmp_path):
    gone = "deadbeef" + "0" * 24
    kim = Person(name="Kim Ek")
    place = Organisation(name="Aurvik", person_ids=[kim.id, gone])
    job = Target(
        name="IT Director", organisation_id="cafebabe" + "1" * 24, contact_ids=[gone, kim.id]
    )
    source = tmp_path / "other.json"
    source.write_bytes(as_bytes(exported([kim, place, job])))
    outcome = import_file("jsonresume", source, tmp_path / "career")
    text = "\n".join(outcome.warnings)
    assert "the organisation “Aurvik” names 1 person in neither the file nor your record" in text
    assert "the target “IT Director” names 1 organisation in neither" in text
    assert "the target “IT Director” names 1 contact in neither" in text
    assert "(id deadbeef)" in text and "(id cafebabe)" in text
    with Repository.open(tmp_path / "career", read_only=True) as repository:
        (stored_place,) = repository.all(Organisation)
        (stored_job,) = repository.all(Target)
    assert stored_place.person_ids == [kim.id]
    assert stored_job.organisation_id is None and stored_job.contact_ids == [kim.id]


def test_a_record_has_one_plan_so_a_second_is_skipped_and_the_users_is_kept(search):
    theirs = CareerPlan(deadline=PartialDate(2027, 6, 30), deadline_kind="move_by")
    ours = CareerSnapshot.from_records(search)
    plan = make_plan([theirs], ours, "other.json")
    (item,) = plan.items
    assert item.action == "skip" and "career plan of its own" in item.reason
    assert plan.records_to_write() == []
    # into a record with no plan, the file's first plan comes in and a second is skipped
    again = CareerPlan(deadline=PartialDate(2027, 1, 1))
    fresh = make_plan([theirs, again], CareerSnapshot(profile=Profile()), "other.json")
    assert [i.action for i in fresh.items] == ["add", "skip"]
    assert "more than one career plan" in fresh.items[1].reason
    # the same plan made elsewhere (same deadline and start, another id) matches
    twin = CareerPlan(deadline=search[6].deadline, started=search[6].started)
    (matched,) = make_plan([twin], ours, "other.json").items
    assert matched.action == "match" and matched.existing_id == search[6].id


def test_milestones_match_on_title_and_due_day(search):
    ours = CareerSnapshot.from_records(search)
    same = Milestone(title="five RECRUITERS ", due=PartialDate(2026, 5, 1))
    later = Milestone(title="Five recruiters", due=PartialDate(2026, 6, 1))
    plan = make_plan([same, later], ours, "other.json")
    assert [i.action for i in plan.items] == ["match", "add"]


def test_a_broken_plan_is_skipped_with_a_sentence_and_the_rest_comes_in(search):
    document = exported(search)
    document["meta"][EXTENSION_KEY]["plan"]["deadline_kind"] = "someday"
    document["meta"][EXTENSION_KEY]["organisations"][0]["priority"] = 7
    warnings: list[str] = []
    incoming, _ = parse_json_resume(as_bytes(document), "career.json", warnings)
    assert not [r for r in incoming if isinstance(r, CareerPlan | Organisation)]
    assert len([r for r in incoming if isinstance(r, Target)]) == 2
    text = "\n".join(warnings)
    assert "meta.x-resume-builder.plan: skipped" in text and "someday" in text
    assert "meta.x-resume-builder.organisations[0]: skipped" in text
