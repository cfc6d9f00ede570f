import pytest

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    RECORD_TYPES,
    Accomplishment,
    Link,
    Profile,
    RecordError,
    Role,
    Skill,
    format_period,
    sort_key_newest_first,
)


@pytest.mark.parametrize("record_type", RECORD_TYPES)
def test_every_record_type_round_trips_through_dicts(record_type):
    record = record_type(name="Go") if record_type is Skill else record_type()
    assert record_type.from_dict(record.to_dict()) == record


def test_unknown_fields_are_kept_not_lost():
    item = Accomplishment.from_dict({"headline": "Led 5", "x-custom": {"a": 1}})
    assert item.extra == {"x-custom": {"a": 1}}
    assert Accomplishment.from_dict(item.to_dict()).extra == {"x-custom": {"a": 1}}


def test_profile_links_round_trip():
    profile = Profile(name="Σοφία", links=[Link("GitHub", "sofia", "https://example.com/s")])
    assert Profile.from_dict(profile.to_dict()) == profile


@pytest.mark.parametrize(
    "record_type, data, message",
    [
        (Accomplishment, {"impact": 7}, "impact 7 is not between 1 and 5"),
        (Accomplishment, {"impact": "5"}, "field “impact”: expected a whole number"),
        (Accomplishment, {"date": "Smarch 2020"}, "field “date”"),
        (Accomplishment, {"skill_ids": "python"}, "expected a list"),
        (Role, {"start": "2021", "end": "2019-01"}, "ends (2019-01) before it starts (2021)"),
        (Skill, {"name": "  "}, "needs a name"),
    ],
)
def test_bad_records_are_refused_with_the_field_named(record_type, data, message):
    with pytest.raises(RecordError, match=message.replace("(", r"\(").replace(")", r"\)")):
        record_type.from_dict(data)


def test_roles_sort_newest_first_with_current_on_top():
    old = Role(title="Old", start=PartialDate(2010), end=PartialDate(2014))
    mid = Role(title="Mid", start=PartialDate(2014, 2), end=PartialDate(2019, 6))
    now = Role(title="Now", start=PartialDate(2019, 7), end=PRESENT)
    assert [r.title for r in sorted([mid, old, now], key=sort_key_newest_first)] == [
        "Now",
        "Mid",
        "Old",
    ]
    assert now.is_current and not old.is_current
    assert format_period(now.start, now.end) == "2019-07 – present"


def test_full_text_covers_star_detail_and_notes():
    item = Accomplishment(headline="h", situation="sit", action="act", notes="note", metrics=["m"])
    text = item.full_text()
    assert all(word in text for word in ("sit", "act", "note", "m"))


def test_an_end_known_to_the_year_covers_the_whole_year():
    Role.from_dict({"start": "2019-05", "end": "2019"}).validate()
    with pytest.raises(RecordError):
        Role.from_dict({"start": "2019-05", "end": "2018"})
