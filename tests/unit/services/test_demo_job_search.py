"""The demo career's job search: applications in every status, organisations, the plan."""

import json
from datetime import date, timedelta

import pytest

from resume_builder.domain.models import (
    APPLICATION_KINDS,
    MEASURES,
    STATUSES,
    Meeting,
    Organisation,
    Person,
    Record,
    Target,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.paths import resource
from resume_builder.services import applications, conversations, organisations, plan
from resume_builder.services.demo import DemoError, career_records, demo_records, write_demo
from resume_builder.services.documents import snapshot_of
from resume_builder.storage.repository import Repository

# the year the career is told in, a day late in it, one years after it and one before it
TODAYS = [date(2026, 1, 1), date(2026, 11, 23), date(2031, 7, 15), date(2024, 2, 29)]


@pytest.fixture(params=TODAYS, ids=str)
def today(request) -> date:
    return request.param


@pytest.fixture
def snapshot(today) -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(today))


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def test_eight_applications_one_in_each_status(snapshot):
    shown = applications.applications(snapshot.targets)
    assert len(shown) == len(snapshot.targets) == 8
    assert sorted(t.status for t in shown) == sorted(STATUSES)
    assert {t.kind for t in shown} == set(APPLICATION_KINDS)
    assert applications.status_counts(shown) == dict.fromkeys(STATUSES, 1)


def test_exactly_one_is_stale_and_one_waits_at_an_offer(snapshot, today):
    shown = applications.applications(snapshot.targets)
    stale = [t for t in shown if applications.is_stale(t, snapshot.meetings, today=today)]
    assert len(stale) == 1 and stale[0].status == "applied"
    quiet = applications.days_quiet(stale[0], snapshot.meetings, today)
    assert applications.DEFAULT_STALE_DAYS < quiet <= 2 * applications.DEFAULT_STALE_DAYS
    (offer,) = [t for t in shown if t.status == "offer"]
    assert applications.days_quiet(offer, snapshot.meetings, today) <= 7
    assert offer.salary and applications.next_step_due(offer) is not None


def test_histories_lie_in_the_past_with_gaps_and_end_in_the_status(snapshot, today):
    for target in snapshot.targets:
        history = applications.history_of(target, today)
        days = [_day(c.on) for c in history]
        assert history[0].status == "interested", target.name
        assert history[-1].status == target.status, target.name
        assert all(earlier < later for earlier, later in zip(days, days[1:], strict=False))
        assert days[-1] < today and days[0] >= today - timedelta(days=90), target.name
        assert all(c.note for c in history), target.name
        for sent in target.exports:
            assert days[0] <= _day(sent.when) < today, target.name


def test_open_applications_have_next_steps_soon_and_one_is_overdue(snapshot, today):
    shown = applications.applications(snapshot.targets)
    closed = [t for t in shown if applications.is_closed(t)]
    assert all(applications.next_step_due(t) is None for t in closed)
    steps = {t.name: applications.next_step_due(t) for t in shown if not applications.is_closed(t)}
    assert all(steps.values()) and all(t.next_step for t in shown if t.name in steps)
    days = [(conversations.as_day(d) - today).days for d in steps.values()]
    assert sum(d < 0 for d in days) == 1
    assert sum(0 <= d <= 14 for d in days) == len(days) - 1


def test_links_resolve_to_people_organisations_and_meetings(snapshot):
    people = {p.id: p for p in snapshot.people}
    known = {o.id for o in snapshot.organisations}
    for target in snapshot.targets:
        assert set(target.contact_ids) <= set(people), target.name
        assert target.organisation_id is None or target.organisation_id in known, target.name
    linked = [t for t in snapshot.targets if t.organisation_id]
    assert len(linked) >= 5 and len([t for t in snapshot.targets if t.contact_ids]) >= 6
    internal = [t for t in snapshot.targets if t.kind == "internal"]
    employer = next(r.employer for r in snapshot.roles if r.is_current)
    assert internal and all(t.company == employer for t in internal)
    with_meetings = {m.target_id for m in snapshot.meetings if m.target_id}
    assert len(with_meetings) >= 3
    for target in snapshot.targets:
        met = applications.meetings_for(target, snapshot.meetings)
        assert all(set(m.person_ids) & set(target.contact_ids) for m in met), target.name


def test_five_organisations_each_with_people_and_postings(snapshot):
    assert len(snapshot.organisations) == 5
    people = {p.id for p in snapshot.people}
    for place in snapshot.organisations:
        assert place.why and place.like and place.location, place.name
        assert place.website.startswith("https://") and ".example.com" in place.website
        assert place.person_ids and set(place.person_ids) <= people, place.name
        assert organisations.people_at(place, snapshot.people), place.name
        assert organisations.postings_of(place, snapshot.targets), place.name
    assert {o.priority for o in snapshot.organisations} == {1, 2, 3}
    assert organisations.by_priority(snapshot.organisations)[0].name == "Havsvind Energi AB"


def test_references_are_lined_up(snapshot):
    agreed = [p for p in snapshot.people if p.reference_agreed]
    assert agreed and all(p.gives_reference for p in agreed)
    assert plan.references_lined_up(snapshot.people) == len(agreed) == 2


def test_the_plan_ends_about_nine_months_ahead_with_some_milestones_met(snapshot, today):
    report = plan.plan_report(snapshot, today)
    assert report.plan is not None and report.plan.deadline_kind == "role_ends"
    assert 260 <= report.days_left <= 280  # about nine months
    started = plan.plan_start(report.plan, today)
    assert 4 * 7 <= (today - started).days <= 16 * 7  # started some weeks ago
    assert len(report.milestones) == len(snapshot.milestones) == 6
    assert {m.milestone.measure for m in report.milestones} == set(MEASURES)
    states = [m.state for m in report.milestones]
    assert 0 < report.met < len(report.milestones)
    assert states.count(plan.BEHIND) == 1 and states.count(plan.ON_TRACK) >= 2
    assert plan.OVERDUE not in states and not report.on_pace
    for progress in report.milestones:
        done_on = progress.milestone.done_on
        assert progress.milestone.done == (done_on is not None)
        if done_on is not None:
            assert started <= conversations.as_day(done_on) < today
    by_position = sorted(snapshot.milestones, key=lambda m: m.position)
    assert [m.position for m in by_position] == list(range(6))
    assert plan.milestones_in_order(snapshot.milestones) == by_position


def test_the_search_is_stored_whole_in_one_save(tmp_path):
    today = date(2026, 1, 1)
    expected = CareerSnapshot.from_records(demo_records(today))
    with Repository.open(tmp_path) as repository:
        write_demo(repository, today=today)
    with Repository.open(tmp_path, read_only=True) as stored:
        snapshot = snapshot_of(stored)
    assert len(snapshot.targets) == 8 and len(snapshot.organisations) == 5
    assert snapshot.plan is not None and len(snapshot.milestones) == 6
    report, written = plan.plan_report(snapshot, today), plan.plan_report(expected, today)
    assert [m.state for m in report.milestones] == [m.state for m in written.milestones]
    assert report.days_left == written.days_left
    by_id = {p.id: p for p in snapshot.people}
    for place in snapshot.organisations:
        assert all(i in by_id for i in place.person_ids)


@pytest.fixture
def career_file() -> dict:
    """The demo career's data file as parsed JSON, free to spoil."""
    return json.loads(resource("demo", "career_en.json").read_text(encoding="utf-8"))


def _target(career: dict, key: str) -> dict:
    return next(t for t in career["targets"] if t["key"] == key)


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            lambda c: _target(c, "havsvind").update(organisation="acme"),
            "targets 'havsvind': no organisation has the key 'acme'",
        ),
        (
            lambda c: _target(c, "havsvind")["contacts"].append("nobody"),
            "targets 'havsvind': no person has the key 'nobody'",
        ),
        (
            lambda c: _target(c, "havsvind")["history"][0].update(on="2026-01-02"),
            "targets 'havsvind': on must be a whole number of days from today",
        ),
        (
            lambda c: _target(c, "havsvind").update(history={"status": "applied"}),
            "targets 'havsvind': history must be a list of objects",
        ),
        (
            lambda c: _target(c, "havsvind")["exports"][0].pop("when"),
            "targets 'havsvind': every entry of exports needs its when",
        ),
        (
            lambda c: _target(c, "havsvind").update(status="hired"),
            "targets 'havsvind'.*status",
        ),
        (
            lambda c: c["organisations"][0]["people"].append("nobody"),
            "organisations 'havsvind': no person has the key 'nobody'",
        ),
        (
            lambda c: c["organisations"][1].update(key="havsvind"),
            "organisations: the key 'havsvind' is used twice",
        ),
        (lambda c: c.update(plan=[]), "plan must be an object"),
        (lambda c: c["plan"].update(deadline="soon"), "plan: deadline must be a whole number"),
        (lambda c: c["milestones"][2].update(measure="luck"), "milestones 3: .*measure"),
        (lambda c: c.pop("milestones"), "needs exactly"),
    ],
)
def test_a_spoilt_search_is_refused_with_the_place(career_file, spoil, message):
    spoil(career_file)
    with pytest.raises(DemoError, match=message):
        career_records(career_file, date(2026, 1, 1))


def _of(records: list[Record], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def test_the_search_moves_with_today():
    early, late = demo_records(date(2026, 1, 1)), demo_records(date(2026, 3, 1))
    shift = (date(2026, 3, 1) - date(2026, 1, 1)).days
    for a, b in zip(_of(early, Target), _of(late, Target), strict=True):
        for first, second in zip(a.history, b.history, strict=True):
            assert (_day(second.on) - _day(first.on)).days == shift
    assert [o.name for o in _of(early, Organisation)] == [o.name for o in _of(late, Organisation)]
    assert {p.name for p in _of(early, Person)} == {p.name for p in _of(late, Person)}
    assert len(_of(early, Meeting)) == len(_of(late, Meeting))
