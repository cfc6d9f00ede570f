"""The planner's rules: talking points, the manager, follow-ups and their progress, actions."""

from __future__ import annotations

from datetime import date

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, ActionItem, Meeting, Person
from resume_builder.domain.people import CAREER_CONVERSATION
from resume_builder.services import planner

TODAY = date(2026, 6, 15)


def acc(headline, when, impact=3):
    return Accomplishment(headline=headline, date=PartialDate.parse(when), impact=impact)


def test_talking_points_are_the_last_twelve_months_by_impact_newest_first_among_equals():
    points = [
        acc("Old but huge", "2025-05-31", 5),  # more than twelve months before today
        acc("Edge of the window", "2025-06-15", 2),
        acc("Big, earlier", "2025-09", 5),
        acc("Big, later", "2026-03-01", 5),
        acc("Medium", "2026-05-01", 3),
        acc("In the future", "2026-07-01", 5),
        Accomplishment(headline="Undated", impact=5),
        acc("   ", "2026-05-02", 5),  # nothing to say
    ]
    chosen = planner.talking_points(points, TODAY)
    assert [a.headline for a in chosen] == [
        "Big, later",
        "Big, earlier",
        "Medium",
        "Edge of the window",
    ]
    assert len(planner.talking_points(points * 5, TODAY, limit=3)) == 3
    assert planner.talking_points(points, date(2026, 2, 28), months=1) == []


def test_the_window_reaches_back_from_a_month_end():
    # 31 March minus one month: the last day of February, not an error
    assert [
        a.headline
        for a in planner.talking_points([acc("x", "2026-02-28")], date(2026, 3, 31), months=1)
    ] == ["x"]


def test_a_picked_point_no_longer_suggested_stays_listed_and_a_deleted_one_goes():
    old = acc("Old", "2020-01")
    new = acc("New", "2026-05")
    meeting = Meeting(talking_point_ids=[old.id, "deleted-id"])
    assert planner.offered_talking_points(meeting, [old, new], TODAY) == [new, old]


def test_picking_appends_and_unpicking_removes():
    meeting = Meeting(talking_point_ids=["a", "b"])
    assert planner.toggle_talking_point(meeting, "c", True) == ["a", "b", "c"]
    assert planner.toggle_talking_point(meeting, "a", False) == ["b"]
    assert planner.toggle_talking_point(meeting, "a", True) == ["b", "a"]


def test_the_manager_is_the_first_manager_else_the_first_person_and_deleted_people_vanish():
    mentor = Person(name="Mo Mentor", relationship="mentor")
    boss = Person(name="Alex Boss", relationship="Manager")
    gone = Person(name="Gone")
    meeting = Meeting(person_ids=[gone.id, mentor.id, boss.id])
    people = [mentor, boss]
    assert planner.people_of(meeting, people) == [mentor, boss]
    assert planner.manager_of(meeting, people) is boss
    assert planner.manager_of(Meeting(person_ids=[mentor.id]), people) is mentor
    assert planner.manager_of(Meeting(), people) is None
    assert planner.first_name(boss) == "Alex" and planner.first_name(None) == ""


def meeting(title, when, **fields):
    return Meeting(title=title, date=PartialDate.parse(when) if when else None, **fields)


def test_earlier_meetings_are_no_later_than_this_one_newest_first_and_never_a_loop():
    first = meeting("first", "2026-01-10")
    second = meeting("second", "2026-03-01", time="09:00")
    second_late = meeting("second, later", "2026-03-01", time="15:00")
    this = meeting("this", "2026-03-01", time="10:00")
    later = meeting("later", "2026-05-01")
    undated = meeting("undated", None)
    follower = meeting("follows this", "2026-02-01", follows_id=this.id)
    everything = [first, second, second_late, this, later, undated, follower]
    assert [m.title for m in planner.earlier_meetings(this, everything)] == [
        "second, later",
        "second",
        "first",
    ]
    assert "follows this" not in [m.title for m in planner.earlier_meetings(this, everything)]
    assert len(planner.earlier_meetings(undated, everything)) == 6


def test_meeting_order_is_newest_first_with_the_undated_last():
    a = meeting("a", "2026-01-10")
    b = meeting("b", "2026-03-01", time="09:00")
    c = meeting("c", "2026-03-01", time="15:00")
    d = meeting("d", None)
    assert [m.title for m in sorted([d, a, b, c], key=planner.meeting_order)] == [
        "c",
        "b",
        "a",
        "d",
    ]


def test_new_items_go_last_and_moving_swaps_neighbours_renumbering():
    items = [
        ActionItem(meeting_id="m", text="one", position=0),
        ActionItem(meeting_id="m", text="two", position=0),  # a tie, as an import might leave
        ActionItem(meeting_id="other", text="elsewhere", position=9),
    ]
    assert planner.new_action_item("m", items).position == 1
    assert planner.new_action_item("none", items).position == 0
    change = planner.moved_item(items[1], items, -1)
    # only what moved is rewritten: "two" is at 0 already
    assert {i.text: i.position for i in change.after} == {"one": 1}
    assert [i.text for i in change.before] == ["one"]
    moved = {i.id: i for i in [*items, *change.after]}.values()
    assert [i.text for i in planner.items_of_meeting("m", moved)] == ["two", "one"]
    assert planner.moved_item(items[0], items, -1).after == []  # already first
    assert planner.open_action_count("m", items) == 2


def test_marking_done_sets_the_day_once_and_reopening_clears_it():
    item = ActionItem(text="x")
    done = planner.marked_done(item, True, TODAY)
    assert done.done and done.done_on == PartialDate(2026, 6, 15)
    assert planner.marked_done(done, True, date(2027, 1, 1)) is done
    again = planner.marked_done(done, False)
    assert not again.done and again.done_on is None


def test_too_many_actions_is_more_than_three():
    assert not planner.too_many_actions(3) and planner.too_many_actions(4)


def test_the_follow_up_meeting_is_on_the_follow_up_date_and_names_the_earlier_one():
    earlier = meeting("Career talk", "2026-03-01", person_ids=["p"], target_id="t")
    earlier.follow_up = PartialDate(2026, 6, 1)
    earlier.aim_level = "Director"
    follow = planner.follow_up_meeting(earlier, "Follow-up")
    assert follow.kind == CAREER_CONVERSATION and follow.follows_id == earlier.id
    assert follow.date == PartialDate(2026, 6, 1) and follow.person_ids == ["p"]
    assert follow.target_id == "t" and follow.aim_level == "Director"
    assert follow.id != earlier.id and follow.title == "Follow-up"


def test_follow_up_progress_lists_every_earlier_action_with_state_and_proofs():
    proof = acc("Cut costs 20%", "2026-05")
    earlier = meeting("Career talk", "2026-03-01")
    follow = meeting("Follow-up", "2026-06-10", follows_id=earlier.id)
    items = [
        ActionItem(
            meeting_id=earlier.id,
            text="Lead the migration",
            position=1,
            due=PartialDate(2026, 5, 1),
        ),  # fmt: skip
        ActionItem(
            meeting_id=earlier.id,
            text="Cut costs",
            position=0,
            done=True,
            proof_ids=[proof.id, "deleted"],
        ),  # fmt: skip
        ActionItem(
            meeting_id=earlier.id, text="Mentor two", position=2, due=PartialDate(2026, 12)
        ),  # fmt: skip
        ActionItem(meeting_id=follow.id, text="Not this meeting's"),
    ]
    progress = planner.follow_up_progress(follow, [earlier, follow], items, [proof], TODAY)
    assert [(p.item.text, p.state) for p in progress] == [
        ("Cut costs", planner.DONE),
        ("Lead the migration", planner.OVERDUE),
        ("Mentor two", planner.OPEN),
    ]
    assert progress[0].proofs == (proof,)
    assert planner.follow_up_progress(earlier, [earlier, follow], items, [proof], TODAY) == []
    assert planner.follow_up_progress(follow, [follow], items, [proof], TODAY) == []


def test_proof_candidates_are_newest_first_undated_last():
    a, b, c = acc("a", "2024"), acc("b", "2026-01"), Accomplishment(headline="c")
    assert planner.proof_candidates([c, a, b]) == [b, a, c]


def test_a_past_meeting_offers_the_twelve_months_before_it_and_a_coming_one_up_to_today():
    before = acc("Before the talk", "2026-01-10", 5)
    after = acc("After the talk", "2026-05-01", 5)
    held = meeting("Held", "2026-02-01")
    coming = meeting("Coming", "2026-09-01")
    assert planner.talking_points_day(held, TODAY) == date(2026, 2, 1)
    assert planner.talking_points_day(coming, TODAY) == TODAY
    assert planner.talking_points_day(Meeting(), TODAY) == TODAY
    assert planner.offered_talking_points(held, [before, after], TODAY) == [before]
    assert planner.offered_talking_points(coming, [before, after], TODAY) == [after, before]


def test_the_heading_window_is_the_twelve_months_before_a_held_meeting_and_older_picks_are_named():
    # The demo's first career conversation: held 2026-09-09, two of its picks from 2024.
    old = acc("DR exercises", "2024-10", 5)
    older = acc("Observability", "2024-11", 4)
    recent = acc("NIS2 readiness", "2025-04", 4)
    undated = Accomplishment(headline="Undated but picked", impact=2)
    meeting = Meeting(
        date=PartialDate.parse("2026-09-09"),
        talking_point_ids=[old.id, recent.id, older.id, undated.id],
    )
    today = date(2026, 12, 2)
    assert planner.talking_points_window(meeting, today) == (date(2025, 9, 9), date(2026, 9, 9))
    everything = [old, older, recent, undated]
    assert [a.headline for a in planner.older_picked_points(meeting, everything, today)] == [
        "DR exercises",
        "NIS2 readiness",  # 2025-04 is before 2025-09-09 too: an older pick, in picking order
        "Observability",
        "Undated but picked",
    ]
    offered = planner.offered_talking_points(meeting, everything, today)
    assert {a.id for a in planner.older_picked_points(meeting, everything, today)} <= {
        a.id for a in offered
    }
    coming = Meeting(date=PartialDate.parse("2027-01-20"), talking_point_ids=[recent.id])
    assert planner.talking_points_window(coming, today) == (date(2025, 12, 2), today)
    assert planner.older_picked_points(coming, [recent], today) == [recent]
    fresh = Meeting(date=PartialDate.parse("2026-09-09"), talking_point_ids=[recent.id])
    assert planner.older_picked_points(fresh, [acc("Summer", "2026-06", 3)], today) == []
