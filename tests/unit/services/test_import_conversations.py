"""People, meetings, action items and targets through our JSON export and back; references."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Profile,
    Record,
    Role,
    Target,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.json_resume import EXTENSION_KEY, to_json_resume
from resume_builder.services.importing.json_resume import parse_json_resume
from resume_builder.services.importing.plan import make_plan
from resume_builder.services.importing.workflow import import_file
from resume_builder.storage.repository import Repository

MOMENT = datetime(2026, 3, 1, 12, 30, 5, tzinfo=UTC)
KINDS = (Person, Meeting, ActionItem, Target, Accomplishment, Role)


@pytest.fixture
def career() -> list[Record]:
    role = Role(employer="Halvard", title="Head of IT Operations")
    proof = Accomplishment(headline="Cut incidents by 40%", role_id=role.id)
    karin = Person(
        name="Karin Berg",
        relationship="manager",
        organisation="Halvard",
        title="CIO",
        email="karin@halvard.example",
        phone="+46 8 123 45 67",
        linkedin="https://www.linkedin.com/in/karinberg",
        notes="Prefers short written updates.\nBacks me in front of the board.",
        last_contact=PartialDate(2026, 1),
        extra={"pronouns": "she/her"},
    )
    henrik = Person(
        name="Henrik Sandberg",
        relationship="reference",
        is_reference=True,
        reference_for="The Kubernetes migration",
        reference_quote="Dana took our platform from fragile to boring.",
    )
    maria = Person(name="Maria Ekström", relationship="coach at Kvarnby", is_reference=True,
                   reference_for="Site reliability leadership")  # fmt: skip
    job = Target(name="Havsvind", company="Havsvind Energi AB", posting="Director of IT")
    talk = Meeting(
        title="Career conversation",
        date=PartialDate(2026, 1, 20),
        time="14:30",
        person_ids=[karin.id],
        target_id=job.id,
        agenda="Director role",
        feedback="“The risk committee noticed you.”",
        follow_up=PartialDate(2026, 4),
        talking_point_ids=[proof.id],
        request_email="Hi Karin,\n\ncould we talk about my career?",
        open_conversation=True,
        agreed="Look outside while exploring inside",
    )
    review = Meeting(
        title="Follow-up", kind="one_to_one", date=PartialDate(2026, 4, 2), follows_id=talk.id
    )
    first = ActionItem(
        meeting_id=talk.id,
        text="Lead the audit",
        due=PartialDate(2026, 3),
        done=True,
        done_on=PartialDate(2026, 2, 27),
        proof_ids=[proof.id],
    )
    second = ActionItem(meeting_id=talk.id, text="Mentor two engineers", position=1)
    own = ActionItem(text="Update my LinkedIn", due=PartialDate(2026, 2, 1))
    profile = Profile(name="Dana Lindqvist")
    return [profile, role, proof, karin, henrik, maria, job, talk, review, first, second, own]


def exported(records: list[Record], **options) -> dict:
    return to_json_resume(CareerSnapshot.from_records(records), last_modified=MOMENT, **options)


def as_bytes(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def stored(records, kind) -> list[dict]:
    return [r.to_dict() for r in records if isinstance(r, kind)]


def test_a_full_export_names_references_and_carries_everything_else_in_meta(career):
    document = exported(career)
    assert [(r["name"], r["reference"]) for r in document["references"]] == [
        ("Henrik Sandberg", "Dana took our platform from fragile to boring."),
        ("Maria Ekström", "Site reliability leadership"),  # no words yet: what they vouch for
    ]
    henrik = next(r for r in career if getattr(r, "name", "") == "Henrik Sandberg")
    assert document["references"][0][EXTENSION_KEY] == {"id": henrik.id}
    aside = document["meta"][EXTENSION_KEY]
    assert [p["name"] for p in aside["people"]] == [
        "Karin Berg",
        "Henrik Sandberg",
        "Maria Ekström",
    ]
    assert [m["title"] for m in aside["meetings"]] == ["Career conversation", "Follow-up"]
    assert len(aside["action_items"]) == 3 and [t["name"] for t in aside["targets"]] == ["Havsvind"]
    # fields at their default are left out; the rest is exact
    karin = aside["people"][0]
    assert "is_reference" not in karin and karin["last_contact"] == "2026-01"


def test_a_tailored_export_carries_no_conversations(career):
    document = exported(career, selected_ids=[])
    assert document["references"] == [
        {"name": "Henrik Sandberg", "reference": "Dana took our platform from fragile to boring."},
        {"name": "Maria Ekström", "reference": "Site reliability leadership"},
    ]
    text = json.dumps(document, ensure_ascii=False)
    for private in ("Karin", "Lead the audit", "Career conversation", "Havsvind"):
        assert private not in text


def test_export_then_import_into_an_empty_folder_gives_back_equal_records(career, tmp_path):
    source = tmp_path / "career.json"
    source.write_bytes(as_bytes(exported(career)))
    outcome = import_file("jsonresume", source, tmp_path / "empty")
    assert outcome.warnings == []
    with Repository.open(tmp_path / "empty", read_only=True) as repository:
        for kind in KINDS:
            assert [r.to_dict() for r in repository.all(kind)] == stored(career, kind), kind.KIND
        # and the same export again, byte for byte
        again = [r for kind in (Profile, *KINDS) for r in repository.all(kind)]
    assert as_bytes(exported(again)) == as_bytes(exported(career))


def test_importing_the_same_export_again_matches_every_conversation(career):
    incoming, sources = parse_json_resume(as_bytes(exported(career)), "career.json")
    plan = make_plan(incoming, CareerSnapshot.from_records(career), "career.json", sources)
    actions = {i.record.KIND: set() for i in plan.items}
    for item in plan.items:
        actions[item.record.KIND].add(item.action)
    for kind in ("person", "meeting", "action_item", "target"):
        assert actions[kind] == {"match"}, kind


def test_matched_people_and_meetings_take_the_new_records_links_along(career):
    """Another copy of the app made its own Karin and talk; a new item from it lands on ours."""
    ours = CareerSnapshot.from_records(career)
    karin = next(p for p in ours.people if p.name == "Karin Berg")
    talk = next(m for m in ours.meetings if m.title == "Career conversation")
    their_karin = Person(name="karin berg ")
    their_talk = Meeting(
        title=talk.title, date=talk.date, time=talk.time, person_ids=[their_karin.id]
    )
    new_meeting = Meeting(title="Lunch", person_ids=[their_karin.id], follows_id=their_talk.id)
    new_item = ActionItem(meeting_id=their_talk.id, text="Write the board memo")
    plan = make_plan([their_karin, their_talk, new_meeting, new_item], ours, "other.json")
    by_id = {i.record.id: i for i in plan.items}
    assert by_id[their_karin.id].action == "match"
    assert by_id[their_talk.id].action == "match"
    assert by_id[their_talk.id].existing_id == talk.id
    lunch = by_id[new_meeting.id]
    assert lunch.action == "add"
    assert lunch.record.person_ids == [karin.id] and lunch.record.follows_id == talk.id
    item = by_id[new_item.id]
    assert item.action == "add" and item.record.meeting_id == talk.id


def test_a_plain_json_resume_reference_becomes_a_person_marked_as_a_reference():
    document = {
        "basics": {"name": "Kari"},
        "references": [
            {"name": "Ola Hansen", "reference": "Kari is the engineer I call first."},
            {"name": "Anne Dahl"},
            {"reference": "Anonymous praise", "phonetic": "ah-neh"},
        ],
    }
    records, sources = parse_json_resume(as_bytes(document), "kari.json")
    people = [r for r in records if isinstance(r, Person)]
    assert [(p.name, p.reference_quote) for p in people] == [
        ("Ola Hansen", "Kari is the engineer I call first."),
        ("Anne Dahl", ""),
        ("", "Anonymous praise"),
    ]
    assert all(p.is_reference and p.relationship == "reference" for p in people)
    assert people[2].extra == {"phonetic": "ah-neh"}
    assert [sources[p.id] for p in people] == [f"references[{n}]" for n in range(3)]
    # importing it twice adds nobody twice
    plan = make_plan(records, CareerSnapshot.from_records(records), "kari.json", sources)
    assert {i.action for i in plan.items if isinstance(i.record, Person)} == {"match"}


def test_an_export_from_before_people_brings_its_references_contact_along():
    document = {
        "basics": {"name": "Dana"},
        "references": [
            {
                "name": "Henrik",
                "reference": "Reliable.",
                EXTENSION_KEY: {"id": "r1", "contact": "henrik@lumora.example"},
            },
            {"name": "Per", EXTENSION_KEY: {"id": "r2", "contact": "via the switchboard"}},
        ],
        "meta": {EXTENSION_KEY: {"format": 1}},
    }
    records, _ = parse_json_resume(as_bytes(document), "old.json")
    henrik, per = [r for r in records if isinstance(r, Person)]
    assert henrik.id == "r1" and henrik.email == "henrik@lumora.example"
    assert henrik.reference_quote == "Reliable." and henrik.is_reference
    assert per.id == "r2" and per.notes == "Contact: via the switchboard" and per.email == ""


def test_a_broken_meeting_is_skipped_with_a_sentence_and_the_rest_comes_in(career):
    document = exported(career)
    aside = document["meta"][EXTENSION_KEY]
    aside["meetings"][0]["time"] = "25:99"
    aside["meetings"].append("not a meeting")
    aside["people"][0]["id"] = ["not", "an", "id"]
    warnings: list[str] = []
    records, _ = parse_json_resume(as_bytes(document), "career.json", warnings)
    assert [r.title for r in records if isinstance(r, Meeting)] == ["Follow-up"]
    assert len([r for r in records if isinstance(r, Person)]) == 3  # Karin with a new id
    assert any("meta.x-resume-builder.meetings[0]" in w and "25:99" in w for w in warnings)
    assert any("meta.x-resume-builder.meetings[2]" in w for w in warnings)
    assert any("meta.x-resume-builder.people[0].id" in w for w in warnings)


def test_a_reference_in_the_file_marks_the_stored_person_and_fills_what_was_empty():
    karin = Person(name="Karin Berg", relationship="manager", email="karin@halvard.example")
    document = {
        "basics": {"name": "Dana"},
        "references": [{"name": "Karin Berg", "reference": "Dana delivers."}],
    }
    records, sources = parse_json_resume(as_bytes(document), "cv.json")
    ours = CareerSnapshot(profile=Profile(), people=(karin,))
    (item,) = [i for i in make_plan(records, ours, "cv.json", sources).items
               if isinstance(i.record, Person)]  # fmt: skip
    assert item.action == "update" and item.existing_id == karin.id
    assert item.record.id == karin.id and item.record.is_reference
    assert item.record.reference_quote == "Dana delivers."
    assert item.record.relationship == "manager"  # what was there stays
    assert item.record.email == "karin@halvard.example"
    assert item.source == "references[0]"
    # once marked, the same file matches
    again = CareerSnapshot(profile=Profile(), people=(item.record,))
    (second,) = [i for i in make_plan(records, again, "cv.json", sources).items
                 if isinstance(i.record, Person)]  # fmt: skip
    assert second.action == "match"


def test_two_people_sharing_a_name_survive_export_then_import_into_an_empty_folder(
    career, tmp_path
):
    namesake = Person(name="Karin Berg", relationship="recruiter", organisation="Nordhav")
    records = [*career, namesake]
    source = tmp_path / "career.json"
    source.write_bytes(as_bytes(exported(records)))
    outcome = import_file("jsonresume", source, tmp_path / "empty")
    assert outcome.warnings == []
    assert not [i for i in outcome.plan.items if i.action == "skip"]
    with Repository.open(tmp_path / "empty", read_only=True) as repository:
        people = repository.all(Person)
        for kind in KINDS:
            assert [r.to_dict() for r in repository.all(kind)] == stored(records, kind), kind.KIND
    assert [p.organisation for p in people if p.name == "Karin Berg"] == ["Halvard", "Nordhav"]
    # and back into the folder it came from: each matches itself, by id
    incoming, sources = parse_json_resume(as_bytes(exported(records)), "career.json")
    plan = make_plan(incoming, CareerSnapshot.from_records(records), "career.json", sources)
    matched = {i.record.id: i.existing_id for i in plan.items if isinstance(i.record, Person)}
    assert all(mine == theirs for mine, theirs in matched.items()) and len(matched) == 4
    assert plan.warnings == []


def test_two_people_of_a_name_in_the_file_and_one_stored_are_told_not_dropped():
    ours = Person(name="Anna Dahl", relationship="mentor")
    first = Person(name="Anna Dahl", relationship="manager")
    second = Person(name="anna dahl", relationship="recruiter")
    other = Person(name="Ola Hansen")
    plan = make_plan(
        [first, second, other], CareerSnapshot(profile=Profile(), people=(ours,)), "cv.json"
    )
    by_id = {i.record.id: i for i in plan.items}
    assert by_id[first.id].action == "match" and by_id[first.id].reason == "already in your record"
    assert by_id[second.id].action == "match" and by_id[second.id].existing_id == ours.id
    assert by_id[second.id].reason == "another “anna dahl” in the file matches them too"
    assert by_id[other.id].action == "add"
    (warning,) = plan.warnings
    assert warning.startswith("cv.json: more people are called “anna dahl” in the file")
    # with none stored, both are added: two records of the file are two people
    fresh = make_plan([first, second], CareerSnapshot(profile=Profile()), "cv.json")
    assert [i.action for i in fresh.items] == ["add", "add"] and fresh.warnings == []


def test_links_to_records_in_neither_the_file_nor_the_record_are_left_out_with_a_warning(
    tmp_path,
):
    kim = Person(name="Kim Ek")
    stored_proof = Accomplishment(headline="Cut costs by 20%")
    gone = "deadbeef" + "0" * 24
    talk = Meeting(
        title="Career talk",
        date=PartialDate(2026, 2, 3),
        person_ids=[kim.id, gone],
        talking_point_ids=[stored_proof.id, "feedface" + "1" * 24],
        follows_id="cafebabe" + "2" * 24,
        target_id="0badc0de" + "3" * 24,
    )
    item = ActionItem(meeting_id=talk.id, text="Send the plan", proof_ids=["abad1dea" + "4" * 24])
    orphan = ActionItem(meeting_id="facade00" + "5" * 24, text="Write the memo")
    folder = tmp_path / "career"
    with Repository.open(folder) as repository:
        repository.put(stored_proof)
    document = exported([kim, talk, item, orphan])
    source = tmp_path / "other.json"
    source.write_bytes(as_bytes(document))
    outcome = import_file("jsonresume", source, folder)
    text = "\n".join(outcome.warnings)
    assert "the meeting “Career talk” names 1 person in neither the file nor your record" in text
    assert "(id deadbeef)" in text
    for missing in ("1 talking point", "1 earlier meeting", "1 target"):
        assert f"“Career talk” names {missing} in neither" in text, missing
    assert "the action item “Send the plan” names 1 proof in neither" in text
    assert "the action item “Write the memo” names 1 meeting in neither" in text
    assert all(w.startswith("other.json: ") for w in outcome.warnings)
    with Repository.open(folder, read_only=True) as repository:
        (meeting,) = repository.all(Meeting)
        items = {i.text: i for i in repository.all(ActionItem)}
    assert meeting.person_ids == [kim.id] and meeting.talking_point_ids == [stored_proof.id]
    assert meeting.follows_id is None and meeting.target_id is None
    assert items["Send the plan"].meeting_id == talk.id and items["Send the plan"].proof_ids == []
    assert items["Write the memo"].meeting_id == ""  # kept, as an action of one's own
