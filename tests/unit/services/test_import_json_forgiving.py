"""JSON Resume import forgives what a person would read the same way, and says where it did."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Accomplishment, Award, Profile, Role, Skill, Volunteer
from resume_builder.services.importing.json_resume import parse_json_resume


def read(doc: Any, name: str = "cv.json") -> tuple[list, dict[str, str], list[str]]:
    data = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    warnings: list[str] = []
    records, sources = parse_json_resume(data, name, warnings)
    return records, sources, warnings


def of(records: list, kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def test_highlights_given_as_one_text_are_one_bullet_not_one_per_letter():
    doc = {"work": [{"name": "A"}, {"name": "B"}, {"name": "Acme", "highlights": "Cut costs 20%"}]}
    records, sources, warnings = read(doc)
    bullets = of(records, Accomplishment)
    assert [b.headline for b in bullets] == ["Cut costs 20%"]
    role = next(r for r in of(records, Role) if r.employer == "Acme")
    assert bullets[0].role_id == role.id
    assert warnings == [
        "cv.json: work[2].highlights: one text where a list belongs; "
        "read as a list of that one text"
    ]


def test_a_location_given_as_text_is_the_city():
    records, _, warnings = read({"basics": {"name": "Kari", "location": "Oslo"}})
    (profile,) = of(records, Profile)
    assert (profile.name, profile.city) == ("Kari", "Oslo")
    assert warnings == ["cv.json: basics.location: text where an object belongs; read as the city"]


def test_basics_given_as_a_list_of_one_is_that_one():
    records, _, warnings = read({"basics": [{"name": "Kari", "email": "k@example.com"}]})
    (profile,) = of(records, Profile)
    assert (profile.name, profile.email) == ("Kari", "k@example.com")
    assert warnings == ["cv.json: basics: a list of one where an object belongs; read as that one"]


def test_basics_as_a_list_of_two_is_skipped_and_the_rest_imports():
    records, _, warnings = read({"basics": [{"name": "A"}, {"name": "B"}], "work": [{"name": "C"}]})
    assert not of(records, Profile) and of(records, Role)[0].employer == "C"
    assert warnings == ["cv.json: basics: skipped: a list of 2 where one object belongs"]


def test_nan_and_infinity_are_dropped_with_a_warning():
    data = b'{"basics": {"name": "A", "x": NaN}, "work": [{"name": "B", "n": [1, Infinity]}]}'
    records, _, warnings = read(data)
    (profile,) = of(records, Profile)
    assert profile.name == "A" and "x" not in profile.extra
    assert of(records, Role)[0].extra == {"n": [1]}
    assert sorted(warnings) == [
        "cv.json: basics.x: NaN is not a number JSON allows; dropped",
        "cv.json: work[0].n[1]: Infinity is not a number JSON allows; dropped",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/2019", PartialDate(2019, 1)),
        ("2019/01", PartialDate(2019, 1)),
        ("March 2020", PartialDate(2020, 3)),
        ("Mar 2020", PartialDate(2020, 3)),
        ("2019-01-15T10:00:00Z", PartialDate(2019, 1, 15)),
        ("2019-01-15T10:00:00.250+02:00", PartialDate(2019, 1, 15)),
        ("mars 2020", PartialDate(2020, 3)),
        ("15 oktober 2019", PartialDate(2019, 10, 15)),
    ],
)
def test_dates_people_write_differently_import_without_a_warning(text, expected):
    records, _, warnings = read({"volunteer": [{"organization": "Red Cross", "startDate": text}]})
    assert of(records, Volunteer)[0].start == expected
    assert warnings == []


@pytest.mark.parametrize("end", ["Present", "present", "now", "nu", "pågående"])
def test_present_in_words_is_an_open_end(end):
    records, _, warnings = read({"work": [{"name": "A", "startDate": "2019", "endDate": end}]})
    assert of(records, Role)[0].end is PRESENT and warnings == []


@pytest.mark.parametrize("text", ["2019-13", "19/13/2020", "0000", "05/06/2019", "2019-02-30"])
def test_an_impossible_date_leaves_the_date_empty_and_names_place_and_value(text):
    doc = {
        "volunteer": [
            {"organization": "Red Cross", "startDate": "2018"},
            {"organization": "Scouts", "startDate": text, "endDate": "2021"},
        ]
    }
    records, sources, warnings = read(doc)
    first, second = of(records, Volunteer)
    assert second.organization == "Scouts" and second.start is None
    assert second.end == PartialDate(2021)
    assert sources[second.id] == "volunteer[1]"
    [warning] = warnings
    assert warning.startswith(
        f"cv.json: volunteer[1].startDate: left empty: “{text}” is not a date"
    )


def test_an_end_before_the_start_imports_without_the_end_and_says_so():
    doc = {"work": [{"name": "Acme", "startDate": "2020-03", "endDate": "2019"}]}
    records, _, warnings = read(doc)
    (role,) = of(records, Role)
    assert (role.start, role.end) == (PartialDate(2020, 3), None)
    assert warnings == [
        "cv.json: work[0]: ends (2019) before it starts (2020-03); the end was left empty"
    ]


def test_one_item_that_cannot_be_read_is_skipped_and_the_rest_imports():
    doc = {
        "work": ["Acme", {"name": "Fjord", "highlights": ["Shipped"]}],
        "volunteer": [42, {"organization": "Scouts"}],
        "skills": [{"name": "Go"}, None, {"name": "Rust"}],
    }
    records, sources, warnings = read(doc)
    assert [r.employer for r in of(records, Role)] == ["Fjord"]
    assert sources[of(records, Role)[0].id] == "work[1]"
    assert [v.organization for v in of(records, Volunteer)] == ["Scouts"]
    assert sorted(s.name for s in of(records, Skill)) == ["Go", "Rust"]
    assert warnings == [
        "cv.json: work[0]: skipped: text where an object belongs",
        "cv.json: volunteer[0]: skipped: a number where an object belongs",
        "cv.json: skills[1]: skipped: null where an object belongs",
    ]


@pytest.mark.parametrize(
    ("doc", "check", "warning"),
    [
        (
            {"work": {"name": "Acme"}},
            lambda records: of(records, Role)[0].employer == "Acme",
            "cv.json: work: one object where a list belongs; read as a list of that one",
        ),
        (
            {"awards": [{"title": "Prize", "date": 2019}]},
            lambda records: of(records, Award)[0].date == PartialDate(2019),
            "cv.json: awards[0].date: the number 2019 where a date as text belongs; read as “2019”",
        ),
        (
            {"basics": {"name": {"first": "Kari"}, "email": "k@example.com"}},
            lambda records: of(records, Profile)[0].email == "k@example.com",
            "cv.json: basics.name: an object where text belongs; left empty",
        ),
        (
            {"work": [{"name": "Fjord", "location": {"city": "Oslo", "countryCode": "NO"}}]},
            lambda records: of(records, Role)[0].location == "Oslo, NO",
            "cv.json: work[0].location: a location object where text belongs; read as “Oslo, NO”",
        ),
        (
            {"basics": {"name": "Kari", "summary": ["One.", "Two."]}},
            lambda records: of(records, Profile)[0].summary == "One.\nTwo.",
            "cv.json: basics.summary: a list where text belongs; its items were read as lines",
        ),
        (
            {"skills": [{"name": "Cloud", "keywords": "AWS"}]},
            lambda records: (
                [(s.name, s.category) for s in of(records, Skill)] == [("AWS", "Cloud")]
            ),
            "cv.json: skills[0].keywords: one text where a list belongs; "
            "read as a list of that one text",
        ),
        (
            {"work": [{"name": "A", "x-resume-builder": {"id": 5}}]},
            lambda records: isinstance(of(records, Role)[0].id, str),
            "cv.json: work[0].x-resume-builder.id: a number where an id belongs; "
            "a new id was given",
        ),
        (
            {"work": [{"x-resume-builder": {"accomplishments": [{"headline": "H", "impact": 9}]}}]},
            lambda records: of(records, Accomplishment)[0].impact == 3,
            "cv.json: work[0].x-resume-builder.accomplishments[0].impact: 9 is not a whole "
            "number between 1 and 5; left at 3",
        ),
    ],
)
def test_wrong_shapes_a_person_reads_the_same_way_import_with_a_warning(doc, check, warning):
    records, _, warnings = read(doc)
    assert check(records)
    assert warnings == [warning]


NUMBERS = st.one_of(
    st.integers(-1000, 1000),
    st.sampled_from([float("nan"), float("inf"), float("-inf"), 1.5]),
)
ITEMS = st.dictionaries(st.sampled_from(["name", "x", "y", "score"]), NUMBERS | st.text(max_size=5))


@settings(max_examples=100, deadline=None)
@given(st.lists(ITEMS, max_size=4), st.lists(NUMBERS, max_size=4))
def test_every_nan_or_infinity_is_dropped_with_one_warning(items, numbers):
    doc = {"basics": {"name": "Kari", "n": numbers}, "work": items}
    constants = sum(
        1
        for value in [*numbers, *(v for item in items for v in item.values())]
        if isinstance(value, float) and not math.isfinite(value)
    )
    records, _, warnings = read(json.dumps(doc, allow_nan=True).encode())
    dropped = [w for w in warnings if w.endswith("is not a number JSON allows; dropped")]
    assert len(dropped) == constants
    profile = of(records, Profile)[0]
    assert all(math.isfinite(n) for n in profile.extra["n"])
    for role in of(records, Role):
        assert all(not isinstance(v, float) or math.isfinite(v) for v in role.extra.values())
