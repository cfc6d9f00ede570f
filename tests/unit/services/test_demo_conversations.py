"""The demo career's conversations: the people, the meetings and what was agreed, around today."""

import json
from datetime import date, timedelta

import pytest

from resume_builder.domain.models import (
    CAREER_CONVERSATION,
    RELATIONSHIPS,
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Record,
    Target,
)
from resume_builder.paths import resource
from resume_builder.services import conversations
from resume_builder.services.demo import DemoError, career_records, demo_records, write_demo
from resume_builder.storage.repository import Repository

# the year the career is told in, a day late in it, and one years after it
TODAYS = [date(2026, 1, 1), date(2026, 11, 23), date(2031, 7, 15)]


def _of(records: list[Record], record_type: type) -> list:
    return [r for r in records if isinstance(r, record_type)]


def _day(value) -> date:
    return conversations.as_day(value)


@pytest.fixture(params=TODAYS, ids=str)
def today(request) -> date:
    return request.param


@pytest.fixture
def records(today) -> list[Record]:
    return demo_records(today)


def _career_conversations(records: list[Record]) -> tuple[Meeting, Meeting]:
    """The career conversation with the manager and the follow-up that reviews it."""
    talks = sorted(
        (m for m in _of(records, Meeting) if m.kind == CAREER_CONVERSATION),
        key=lambda m: m.date.sort_key(),
    )
    assert len(talks) == 2
    return talks[0], talks[1]


def test_every_link_resolves(records):
    people = {p.id for p in _of(records, Person)}
    targets = {t.id for t in _of(records, Target)}
    meetings = {m.id for m in _of(records, Meeting)}
    accomplishments = {a.id for a in _of(records, Accomplishment)}
    for meeting in _of(records, Meeting):
        assert meeting.person_ids and set(meeting.person_ids) <= people, meeting.title
        assert meeting.target_id is None or meeting.target_id in targets, meeting.title
        assert meeting.follows_id is None or meeting.follows_id in meetings, meeting.title
        assert set(meeting.talking_point_ids) <= accomplishments, meeting.title
    for item in _of(records, ActionItem):
        assert item.meeting_id in meetings, item.text
        assert set(item.proof_ids) <= accomplishments, item.text
    # every meeting names someone, and the applications with meetings show them
    met = {p for m in _of(records, Meeting) for p in m.person_ids}
    assert len(met) >= 4
    assert len({m.target_id for m in _of(records, Meeting) if m.target_id}) == 3


def test_the_people_are_the_ones_the_issue_asks_for(records):
    people = _of(records, Person)
    by_relationship: dict[str, list[Person]] = {}
    for person in people:
        by_relationship.setdefault(person.relationship, []).append(person)
    assert len(by_relationship["manager"]) == 1
    assert len(by_relationship["mentor"]) == 1
    assert len(by_relationship["recruiter"]) == 2
    assert len(by_relationship["reference"]) == 2
    leaders = by_relationship["senior_leader"] + by_relationship["advocate"]
    assert len(leaders) == 3
    (vp,) = [p for p in leaders if p.title.startswith("Vice President") and "vouch" in p.notes]
    assert "not vouch" in vp.notes
    assert any(r not in RELATIONSHIPS for r in by_relationship)  # free text is kept as typed
    recruiters = by_relationship["recruiter"]
    assert len({p.organisation for p in recruiters}) == 2
    references = [p for p in people if p.is_reference]
    assert references == by_relationship["reference"]
    for person in references:
        assert person.reference_for and person.reference_quote and person.organisation
    (manager,) = by_relationship["manager"]
    employers = {r.employer for r in records if r.KIND == "role"}
    assert {p.organisation for p in references} <= employers
    assert manager.organisation in employers and vp.organisation == manager.organisation
    for person in people:
        assert person.name and person.organisation and person.title and person.notes, person.name
        local, _, domain = person.email.partition("@")
        assert local and domain.endswith(".example.com"), person.email
    assert len({p.name for p in people}) == len(people)


def test_last_contact_is_set_by_hand_for_some_and_derived_for_others(records, today):
    people = _of(records, Person)
    meetings = _of(records, Meeting)
    by_hand = [p for p in people if p.last_contact is not None]
    derived = [p for p in people if p.last_contact is None]
    assert len(by_hand) >= 4 and len(derived) >= 2
    for person in by_hand:
        assert _day(person.last_contact) <= today
    for person in derived:
        assert conversations.last_contact(person, meetings, today) is not None, person.name
    stale = [p for p in people if conversations.is_stale(p, meetings, today=today)]
    assert 2 <= len(stale) < len(people) / 2


def test_exactly_one_action_is_overdue(records, today):
    items = _of(records, ActionItem)
    overdue = [i for i in items if conversations.is_overdue(i, today)]
    assert len(overdue) == 1
    due = conversations.due_items(_of(records, Meeting), items, today)
    assert [d.action_id for d in due if d.overdue] == [overdue[0].id]
    assert any(d.kind == "follow_up" for d in due)


def test_actions_are_some_done_with_proof_some_open(records, today):
    items = _of(records, ActionItem)
    meetings = {m.id: m for m in _of(records, Meeting)}
    done = [i for i in items if i.done]
    assert len(done) >= 3 and len(done) < len(items)
    assert sum(bool(i.proof_ids) for i in done) >= 2
    assert not any(i.proof_ids for i in items if not i.done)
    for item in done:
        assert item.done_on is not None
        assert _day(meetings[item.meeting_id].date) <= _day(item.done_on) <= today
    for item in items:
        assert item.due is not None and _day(item.due) > _day(meetings[item.meeting_id].date)
    positions = sorted((i.meeting_id, i.position) for i in items)
    assert len(set(positions)) == len(positions)


def test_the_career_conversation_has_all_five_steps(records, today):
    talk, _ = _career_conversations(records)
    # 1. Ask
    assert "career" in talk.request_email and talk.request_email.startswith("Subject:")
    # 2. Position
    for step in (talk.appreciation, talk.intent, talk.aim_level, talk.question):
        assert step.strip()
    assert 3 <= len(talk.talking_point_ids) <= 5
    accomplishments = {a.id: a for a in _of(records, Accomplishment)}
    points = [accomplishments[i] for i in talk.talking_point_ids]
    assert all(a.impact >= 3 for a in points)
    assert all(_day(a.date) <= _day(talk.date) for a in points)
    # 3. Listen
    assert talk.feedback.startswith("“") and talk.feedback.endswith("”")
    assert talk.asked_of_me.strip()
    # 4. Act
    actions = conversations.items_of_meeting(talk.id, _of(records, ActionItem))
    assert 2 <= len(actions) <= 3
    assert [a.position for a in actions] == list(range(len(actions)))
    # 5. Follow up
    assert talk.follow_up is not None and _day(talk.follow_up) > _day(talk.date)
    (manager,) = [p for p in _of(records, Person) if p.relationship == "manager"]
    assert talk.person_ids == [manager.id]
    assert _day(talk.date) < today


def test_the_follow_up_follows_it_weeks_later_as_an_open_conversation(records, today):
    talk, follow_up = _career_conversations(records)
    assert follow_up.follows_id == talk.id
    assert follow_up.person_ids == talk.person_ids
    weeks = (_day(follow_up.date) - _day(talk.date)).days / 7
    assert 3 <= weeks <= 10
    assert _day(follow_up.date) == _day(talk.follow_up)
    assert follow_up.open_conversation and follow_up.agreed and follow_up.conditions
    assert follow_up.feedback and follow_up.notes
    # the follow-up is recent, and its own follow-up still ahead
    assert 0 < (today - _day(follow_up.date)).days <= 60
    assert _day(follow_up.follow_up) > today
    due = conversations.due_items(_of(records, Meeting), _of(records, ActionItem), today)
    follow_ups = [d.meeting_id for d in due if d.kind == "follow_up"]
    assert follow_up.id in follow_ups and talk.id not in follow_ups


def _havsvind(records: list[Record]) -> Target:
    """The application the recruiter call and the coming interview are about."""
    (target,) = [t for t in _of(records, Target) if t.name == "Havsvind Energi"]
    return target


def test_the_recruiter_meeting_and_the_interview_name_the_target(records, today):
    target = _havsvind(records)
    people = {p.id: p for p in _of(records, Person)}
    about = [m for m in _of(records, Meeting) if m.target_id == target.id]
    meetings = {m.kind: m for m in about}
    assert len(meetings) == len(about) == 2
    recruiter, interview = meetings["recruiter"], meetings["interview"]
    assert [people[i].relationship for i in recruiter.person_ids] == ["recruiter"]
    assert all(people[i].organisation == target.company for i in interview.person_ids)
    assert _day(recruiter.date) < today < _day(interview.date) <= today + timedelta(days=14)
    assert interview.questions.count("?") >= 3
    assert "Notice period" in interview.practical and "Salary expectations" in interview.practical
    assert recruiter.notes and recruiter.questions and recruiter.practical
    assert "networking" in {m.kind for m in _of(records, Meeting)}


def test_the_target_is_a_realistic_posting(records):
    target = _havsvind(records)
    assert target.name and target.company and target.title and target.location
    assert target.link.startswith("https://") and ".example.com/" in target.link
    assert 250 <= len(target.posting.split()) <= 400
    skills = {n.casefold() for s in records if s.KIND == "skill" for n in s.names()}
    named = [n for n in skills if n in target.posting.casefold()]
    assert len(named) >= 6


def test_the_conversations_and_latest_results_move_with_today_and_the_career_does_not():
    file = json.loads(resource("demo", "career_en.json").read_text(encoding="utf-8"))
    from_today = {a["headline"] for a in file["accomplishments"] if isinstance(a["date"], int)}
    assert 3 <= len(from_today) <= 6
    early, late = demo_records(date(2026, 1, 1)), demo_records(date(2026, 3, 1))
    shift = (date(2026, 3, 1) - date(2026, 1, 1)).days
    for a, b in zip(_of(early, Meeting), _of(late, Meeting), strict=True):
        assert (_day(b.date) - _day(a.date)).days == shift
    for a, b in zip(_of(early, Accomplishment), _of(late, Accomplishment), strict=True):
        if a.headline in from_today:
            assert (_day(b.date) - _day(a.date)).days == shift
        else:
            assert a.date == b.date


def test_the_latest_results_prove_the_actions_and_fill_the_period_since_the_last_talk(
    records, today
):
    accomplishments = {a.id: a for a in _of(records, Accomplishment)}
    meetings = {m.id: m for m in _of(records, Meeting)}
    for item in _of(records, ActionItem):
        for proof in (accomplishments[i] for i in item.proof_ids):
            assert _day(proof.date) <= _day(item.done_on), item.text
        if item.proof_ids:
            newest = max(_day(accomplishments[i].date) for i in item.proof_ids)
            assert newest >= _day(meetings[item.meeting_id].date), item.text
    _, follow_up = _career_conversations(records)
    since = [a for a in accomplishments.values() if _day(follow_up.date) <= _day(a.date) <= today]
    assert len(since) >= 2
    proven = {i for item in _of(records, ActionItem) for i in item.proof_ids}
    assert any(a.id in proven for a in since) and any(a.id not in proven for a in since)


@pytest.fixture
def career_file() -> dict:
    """The demo career's data file as parsed JSON, free to spoil."""
    return json.loads(resource("demo", "career_en.json").read_text(encoding="utf-8"))


def _meeting(career: dict, key: str) -> dict:
    return next(m for m in career["meetings"] if m["key"] == key)


def _first_action(career: dict) -> dict:
    return _meeting(career, "career-conversation")["actions"][0]


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            lambda c: _meeting(c, "career-conversation")["people"].append("nobody"),
            "meetings 'career-conversation': no person has the key 'nobody'",
        ),
        (
            lambda c: _meeting(c, "interview-havsvind").update(target="acme"),
            "meetings 'interview-havsvind': no target has the key 'acme'",
        ),
        (
            lambda c: _meeting(c, "career-conversation").update(follows="career-follow-up"),
            "meetings 'career-conversation': no earlier meeting has the key 'career-follow-up'",
        ),
        (
            lambda c: _meeting(c, "career-conversation")["talking_points"].append("moon-landing"),
            "no accomplishment has the key 'moon-landing'",
        ),
        (
            lambda c: _first_action(c)["proof"].append("moon-landing"),
            "meetings 'career-conversation', action 1: no accomplishment has the key",
        ),
        (
            lambda c: _first_action(c).update(due="2026-02-30"),
            "action 1: due must be a whole number of days from today, not '2026-02-30'",
        ),
        (
            lambda c: c["people"][0].update(last_contact=True),
            "people 'karin': last_contact must be a whole number of days",
        ),
        (lambda c: c["people"][1].update(key="karin"), "people: the key 'karin' is used twice"),
        (lambda c: c["people"][0].pop("key"), "people: every entry needs a key"),
        (
            lambda c: c["accomplishments"][-1].update(key="nis2-readiness"),
            "accomplishments: the key 'nis2-readiness' is used twice",
        ),
        (lambda c: c["people"][0].update(nmae="typo"), "people 'karin': person has no field nmae"),
        (
            lambda c: _meeting(c, "career-conversation").update(follow_up=-90),
            "follow-up .* is before the meeting",
        ),
        (
            lambda c: _meeting(c, "coffee-sofia").update(actions={"text": "x"}),
            "meetings 'coffee-sofia': actions must be a list",
        ),
        (
            lambda c: c["background"].append({"kind": "person", "name": "Bo"}),
            "'person' is not a kind",
        ),
        (lambda c: c.pop("meetings"), "needs exactly"),
    ],
)
def test_a_spoilt_link_is_refused_with_the_place(career_file, spoil, message):
    spoil(career_file)
    with pytest.raises(DemoError, match=message):
        career_records(career_file, date(2026, 1, 1))


def test_the_conversations_are_stored_with_their_links(tmp_path):
    today = date(2026, 1, 1)
    with Repository.open(tmp_path) as repository:
        write_demo(repository, today=today)
    with Repository.open(tmp_path, read_only=True) as stored:
        people = {p.id for p in stored.all(Person)}
        meetings = stored.all(Meeting)
        items = stored.all(ActionItem)
        accomplishments = {a.id for a in stored.all(Accomplishment)}
        assert len(people) == 12 and len(meetings) == 6 and len(stored.all(Target)) == 8
        assert all(set(m.person_ids) <= people for m in meetings)
        assert {i.meeting_id for i in items} <= {m.id for m in meetings}
        assert all(set(i.proof_ids) <= accomplishments for i in items)
        assert sum(conversations.is_overdue(i, today) for i in items) == 1
