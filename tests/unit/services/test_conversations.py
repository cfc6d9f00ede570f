"""The conversation rules: last contact, who has gone quiet, a meeting's items, what is due."""

from __future__ import annotations

from datetime import date

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import ActionItem, Meeting, Person
from resume_builder.services.conversations import (
    DEFAULT_STALE_DAYS,
    UnknownRecord,
    as_day,
    days_since_contact,
    due_items,
    find_by_id,
    follow_ups_of,
    is_overdue,
    is_stale,
    items_of_meeting,
    items_of_person,
    last_contact,
    meetings_newest_first,
    meetings_with,
    open_items,
    people_by_last_contact,
    relationship_from_text,
)

TODAY = date(2026, 6, 15)


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


@pytest.fixture
def kim() -> Person:
    return Person(name="Kim Lind", relationship="manager")


def meeting(*people: Person, when: str | None, time: str = "", **fields) -> Meeting:
    return Meeting(
        person_ids=[p.id for p in people], date=d(when) if when else None, time=time, **fields
    )


# --------------------------------------------------------------------------- as_day
def test_as_day_is_the_first_day_a_vague_date_stands_for():
    assert as_day(d("2026-03-09")) == date(2026, 3, 9)
    assert as_day(d("2026-03")) == date(2026, 3, 1)
    assert as_day(d("2026")) == date(2026, 1, 1)
    assert as_day(None) is None


# --------------------------------------------------------------------------- meetings_with
def test_meetings_with_lists_only_the_persons_meetings_newest_first_undated_last(kim):
    other = Person(name="Ali")
    old = meeting(kim, when="2025-11-02", title="old")
    undated = meeting(kim, when=None, title="undated")
    morning = meeting(kim, other, when="2026-05-04", time="09:00", title="morning")
    afternoon = meeting(kim, when="2026-05-04", time="14:30", title="afternoon")
    month_only = meeting(kim, when="2026-06", title="june")
    not_kim = meeting(other, when="2026-06-01", title="not kim")
    found = meetings_with(kim.id, [old, undated, morning, not_kim, afternoon, month_only])
    assert [m.title for m in found] == ["june", "afternoon", "morning", "old", "undated"]
    assert meetings_with("nobody", [old, morning]) == []


def test_meetings_with_a_time_at_noon_and_at_ten_to_midnight(kim):
    late = meeting(kim, when="2026-05-04", time="23:50", title="late")
    noon = meeting(kim, when="2026-05-04", time="12:00", title="noon")
    early = meeting(kim, when="2026-05-04", time="00:05", title="early")
    found = meetings_with(kim.id, [noon, early, late])
    assert [m.title for m in found] == ["late", "noon", "early"]


# --------------------------------------------------------------------------- last contact
def test_last_contact_is_the_newest_meeting_so_far(kim):
    meetings = [meeting(kim, when="2026-01-10"), meeting(kim, when="2026-05-20")]
    assert last_contact(kim, meetings, TODAY) == d("2026-05-20")


def test_a_meeting_planned_for_later_is_not_a_contact_yet(kim):
    meetings = [meeting(kim, when="2026-05-20"), meeting(kim, when="2026-06-16")]
    assert last_contact(kim, meetings, TODAY) == d("2026-05-20")
    assert days_since_contact(kim, meetings, TODAY) == 26
    # on the day of the planned meeting, it counts
    assert last_contact(kim, meetings, date(2026, 6, 16)) == d("2026-06-16")
    assert days_since_contact(kim, meetings, date(2026, 6, 16)) == 0


def test_a_meeting_in_a_later_month_or_year_is_not_a_contact(kim):
    assert last_contact(kim, [meeting(kim, when="2026-07")], TODAY) is None
    assert last_contact(kim, [meeting(kim, when="2027")], TODAY) is None


def test_the_date_set_by_hand_wins_when_it_is_later(kim):
    kim.last_contact = d("2026-06-01")
    meetings = [meeting(kim, when="2026-05-20"), meeting(kim, when=None)]
    assert last_contact(kim, meetings, TODAY) == d("2026-06-01")
    assert last_contact(kim, [meeting(kim, when="2026-06-10")], TODAY) == d("2026-06-10")


def test_meetings_without_the_person_or_a_date_are_not_contacts(kim):
    other = Person(name="Ali")
    meetings = [meeting(other, when="2026-06-01"), meeting(kim, when=None)]
    assert last_contact(kim, meetings, TODAY) is None
    assert days_since_contact(kim, [], TODAY) is None


def test_days_since_a_vague_contact_count_from_its_last_day(kim):
    # "some time in March" may have been 31 March: never claim more silence than is sure
    assert (
        days_since_contact(kim, [meeting(kim, when="2026-03")], TODAY)
        == (TODAY - date(2026, 3, 31)).days
    )
    assert (
        days_since_contact(kim, [meeting(kim, when="2025")], TODAY)
        == (TODAY - date(2025, 12, 31)).days
    )


def test_a_vague_contact_in_the_current_month_or_year_is_no_days_ago_not_less(kim):
    # June 2026 (today is 15 June) could be today; its last day, 30 June, is still to come.
    assert days_since_contact(kim, [meeting(kim, when="2026-06")], TODAY) == 0
    assert days_since_contact(kim, [meeting(kim, when="2026")], TODAY) == 0
    kim.last_contact = d("2026-06")
    assert days_since_contact(kim, [], TODAY) == 0
    assert not is_stale(kim, [], 0, TODAY)


# --------------------------------------------------------------------------- stale
def test_stale_after_more_than_the_chosen_days_or_never_contacted(kim):
    assert is_stale(kim, [], today=TODAY)  # never
    kim.last_contact = d("2026-03-17")  # 90 days before 15 June
    assert days_since_contact(kim, [], TODAY) == DEFAULT_STALE_DAYS
    assert not is_stale(kim, [], today=TODAY)
    kim.last_contact = d("2026-03-16")
    assert is_stale(kim, [], today=TODAY)
    assert not is_stale(kim, [], stale_days=120, today=TODAY)
    assert not is_stale(kim, [meeting(kim, when="2026-06-01")], 30, TODAY)
    assert is_stale(kim, [meeting(kim, when="2026-06-01")], 13, TODAY)


# --------------------------------------------------------------------------- action items
def test_items_of_meeting_in_their_order():
    talk = Meeting(title="Career talk")
    third = ActionItem(meeting_id=talk.id, text="c", position=2)
    first = ActionItem(meeting_id=talk.id, text="a", position=0)
    second = ActionItem(meeting_id=talk.id, text="b", position=1)
    elsewhere = ActionItem(meeting_id="other", text="x", position=0)
    own = ActionItem(meeting_id="", text="mine")
    found = items_of_meeting(talk.id, [third, elsewhere, first, own, second])
    assert [i.text for i in found] == ["a", "b", "c"]


def test_items_of_person_come_from_their_meetings_soonest_due_first(kim):
    with_kim = meeting(kim, when="2026-05-01")
    later = meeting(kim, when="2026-06-01")
    without = meeting(Person(name="Ali"), when="2026-05-01")
    items = [
        ActionItem(meeting_id=with_kim.id, text="undated", position=0),
        ActionItem(meeting_id=later.id, text="july", due=d("2026-07-01"), position=0),
        ActionItem(meeting_id=with_kim.id, text="june", due=d("2026-06-20"), position=1),
        ActionItem(meeting_id=without.id, text="not kim", due=d("2026-06-01")),
        ActionItem(meeting_id="", text="own", due=d("2026-06-01")),
    ]
    found = items_of_person(kim.id, [with_kim, later, without], items)
    assert [i.text for i in found] == ["june", "july", "undated"]


def test_overdue_only_after_the_last_day_of_a_vague_due_date():
    by_march = ActionItem(text="x", due=d("2026-03"))
    assert not is_overdue(by_march, date(2026, 3, 31))
    assert is_overdue(by_march, date(2026, 4, 1))
    by_2026 = ActionItem(text="y", due=d("2026"))
    assert not is_overdue(by_2026, date(2026, 12, 31))
    assert is_overdue(by_2026, date(2027, 1, 1))
    by_day = ActionItem(text="z", due=d("2026-02-28"))
    assert not is_overdue(by_day, date(2026, 2, 28))
    assert is_overdue(by_day, date(2026, 3, 1))
    by_december = ActionItem(text="w", due=d("2025-12"))
    assert not is_overdue(by_december, date(2025, 12, 31))
    assert is_overdue(by_december, date(2026, 1, 1))


def test_done_or_undated_items_are_never_overdue():
    assert not is_overdue(ActionItem(text="x", due=d("2020-01-01"), done=True), TODAY)
    assert not is_overdue(ActionItem(text="x"), TODAY)


# --------------------------------------------------------------------------- due items
def test_due_items_overdue_first_then_soonest_first():
    talk = Meeting(title="Career talk", date=d("2026-05-01"), follow_up=d("2026-07-01"))
    items = [
        ActionItem(meeting_id=talk.id, text="later", due=d("2026-08-01")),
        ActionItem(meeting_id=talk.id, text="long overdue", due=d("2026-01-10")),
        ActionItem(meeting_id=talk.id, text="soon", due=d("2026-06-20")),
        ActionItem(meeting_id=talk.id, text="just overdue", due=d("2026-06-14")),
        ActionItem(meeting_id=talk.id, text="done", due=d("2026-01-01"), done=True),
        ActionItem(meeting_id=talk.id, text="no date"),
        ActionItem(meeting_id="", text="my own", due=d("2026-06-30")),
    ]
    found = due_items([talk], items, TODAY)
    assert [(i.kind, i.text, i.overdue) for i in found] == [
        ("action", "long overdue", True),
        ("action", "just overdue", True),
        ("action", "soon", False),
        ("action", "my own", False),
        ("follow_up", "Career talk", False),
        ("action", "later", False),
    ]
    soon = found[2]
    assert soon.meeting_id == talk.id and soon.action_id == items[2].id
    assert soon.due == d("2026-06-20")
    assert found[4].action_id is None and found[4].meeting_id == talk.id


def test_a_vague_due_date_is_overdue_only_after_its_last_day():
    talk = Meeting(title="Talk")
    items = [
        ActionItem(meeting_id=talk.id, text="in may", due=d("2026-05")),
        ActionItem(meeting_id=talk.id, text="in june", due=d("2026-06")),
    ]
    found = {i.text: i.overdue for i in due_items([talk], items, TODAY)}
    assert found == {"in may": True, "in june": False}


def test_same_day_items_are_ordered_by_kind_then_text():
    talk = Meeting(title="Talk", follow_up=d("2026-06-20"))
    items = [
        ActionItem(meeting_id=talk.id, text="b", due=d("2026-06-20")),
        ActionItem(meeting_id=talk.id, text="a", due=d("2026-06-20")),
    ]
    found = due_items([talk], items, TODAY)
    assert [(i.kind, i.text) for i in found] == [
        ("action", "a"),
        ("action", "b"),
        ("follow_up", "Talk"),
    ]


def test_a_follow_up_counts_until_a_meeting_follows_the_meeting_up():
    talk = Meeting(title="Career talk", date=d("2026-04-01"), follow_up=d("2026-06-01"))
    other = Meeting(title="Recruiter call", date=d("2026-05-01"))
    assert [(i.kind, i.overdue) for i in due_items([talk, other], [], TODAY)] == [
        ("follow_up", True)
    ]
    review = Meeting(title="Progress review", date=d("2026-06-20"), follows_id=talk.id)
    assert due_items([talk, other, review], [], TODAY) == []
    # the review's own follow-up counts in its turn
    review.follow_up = d("2026-09-01")
    assert [i.text for i in due_items([talk, other, review], [], TODAY)] == ["Progress review"]


def test_due_items_within_days_leave_out_what_falls_due_later():
    talk = Meeting(title="Talk", follow_up=d("2026-07-20"))
    items = [
        ActionItem(meeting_id=talk.id, text="overdue", due=d("2025-12-01")),
        ActionItem(meeting_id=talk.id, text="in a week", due=d("2026-06-22")),
        ActionItem(meeting_id=talk.id, text="in 30 days", due=d("2026-07-15")),
        ActionItem(meeting_id=talk.id, text="july", due=d("2026-07")),
        ActionItem(meeting_id=talk.id, text="next year", due=d("2027")),
    ]
    found = [i.text for i in due_items([talk], items, TODAY, within_days=30)]
    # "July" may fall due on its first day, within the 30 days: it is shown
    assert found == ["overdue", "in a week", "july", "in 30 days"]
    assert [i.text for i in due_items([talk], items, TODAY, within_days=0)] == ["overdue"]


def test_due_items_take_any_iterables():
    talk = Meeting(title="Talk", follow_up=d("2026-07-01"))
    items = [ActionItem(meeting_id=talk.id, text="x", due=d("2026-06-30"))]
    found = due_items(iter([talk]), iter(items), TODAY)
    assert [i.kind for i in found] == ["action", "follow_up"]


def test_a_contact_date_set_by_hand_in_the_future_is_no_days_ago(kim):
    kim.last_contact = d("2026-07-01")
    assert days_since_contact(kim, [], TODAY) == 0


# --------------------------------------------------------------------------- for listings
def test_people_by_last_contact_most_recent_first_never_contacted_last():
    ann, bo, cy, dee, eve = (Person(name=n) for n in ("Ann", "bo", "Cy", "Dee", "Eve"))
    dee.last_contact = d("2026-06-10")  # set by hand
    meetings = [
        meeting(ann, when="2026-01-05"),
        meeting(bo, cy, when="2026-05-01"),
        meeting(eve, when="2026-07-01"),  # planned: not a contact yet
    ]
    found = people_by_last_contact([eve, ann, dee, cy, bo], meetings, TODAY)
    assert [(c.person.name, c.days_since) for c in found] == [
        ("Dee", 5),
        ("bo", 45),
        ("Cy", 45),
        ("Ann", 161),
        ("Eve", None),
    ]
    assert found[0].last_contact == d("2026-06-10") and found[-1].last_contact is None


def test_meetings_newest_first_and_a_meetings_open_items(kim):
    later = meeting(kim, when="2026-05-04", time="14:30", title="later")
    earlier = meeting(kim, when="2026-05-04", time="09:00", title="earlier")
    undated = meeting(kim, when=None, title="undated")
    found = meetings_newest_first([undated, earlier, later])
    assert [m.title for m in found] == ["later", "earlier", "undated"]
    items = [
        ActionItem(meeting_id=later.id, text="b", position=1),
        ActionItem(meeting_id=later.id, text="done", position=0, done=True),
        ActionItem(meeting_id=later.id, text="a", position=0),
        ActionItem(meeting_id=earlier.id, text="other"),
    ]
    assert [i.text for i in open_items(later.id, items)] == ["a", "b"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("manager", "manager"),
        ("  Senior leader ", "senior_leader"),
        ("senior-leader", "senior_leader"),
        ("RECRUITER", "recruiter"),
        ("Former  colleague", "Former colleague"),
        ("", ""),
    ],
)
def test_relationship_from_text_names_a_fixed_one_or_keeps_the_words(typed, stored):
    assert relationship_from_text(typed) == stored


def test_find_by_id_takes_the_whole_id_or_a_unique_start_of_six():
    first = Person(id="abcdef0123", name="A")
    second = Person(id="abcdef9999", name="B")
    short = Person(id="xy", name="C")
    people = [first, second, short]
    assert find_by_id(people, "abcdef0123", "person") is first
    assert find_by_id(people, " ABCDEF01 ", "person") is first
    assert find_by_id(people, "xy", "person") is short  # a whole id, however short
    with pytest.raises(UnknownRecord, match="more than one person has an id starting “abcdef”"):
        find_by_id(people, "abcdef", "person")
    with pytest.raises(UnknownRecord, match="at least 6 of its first characters"):
        find_by_id(people, "abcde", "person")
    with pytest.raises(UnknownRecord, match="no meeting has an id starting “0123456”"):
        find_by_id(people, "0123456", "meeting")
    with pytest.raises(UnknownRecord, match="give the person's id"):
        find_by_id(people, "  ", "person")


def test_follow_ups_of_are_the_meetings_that_follow_it_up_newest_first():
    first = Meeting(title="Career talk", date=PartialDate(2026, 3, 1))
    later = Meeting(title="Check-in", date=PartialDate(2026, 6, 1), follows_id=first.id)
    latest = Meeting(title="Review", date=PartialDate(2026, 9, 1), follows_id=first.id)
    undated = Meeting(title="Someday", follows_id=first.id)
    other = Meeting(title="Unrelated", date=PartialDate(2026, 10, 1), follows_id=later.id)
    meetings = [undated, later, first, latest, other]
    found = follow_ups_of(first.id, iter(meetings))
    assert [m.title for m in found] == ["Review", "Check-in", "Someday"]
    assert [m.title for m in follow_ups_of(later.id, meetings)] == ["Unrelated"]
    assert follow_ups_of(latest.id, meetings) == []
    assert follow_ups_of("", [Meeting(title="No earlier meeting")]) == []


def test_a_person_gives_a_reference_when_marked_or_related_as_one():
    assert Person(name="Ola", relationship="reference").gives_reference
    assert Person(name="Kim", relationship="manager", is_reference=True).gives_reference
    # what they could vouch for, noted before asking, does not make them one
    assert not Person(name="Eva", relationship="mentor", reference_for="Fjord").gives_reference
    assert not Person(name="Per", relationship="Reference letter writer").gives_reference
