import pytest
from hypothesis import given
from hypothesis import strategies as st

from resume_builder.domain.dates import (
    PRESENT,
    DateError,
    PartialDate,
    format_date,
    parse_date,
    parse_end,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2019", PartialDate(2019)),
        ("2019-05", PartialDate(2019, 5)),
        ("2019-5", PartialDate(2019, 5)),
        (" 2019-05-14 ", PartialDate(2019, 5, 14)),
    ],
)
def test_partial_dates_parse(text, expected):
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize("text", ["19", "2019-13", "2019-02-30", "May 2019", "2019/05", "present"])
def test_bad_dates_say_what_is_expected(text):
    with pytest.raises(DateError):
        PartialDate.parse(text)


def test_iso_keeps_the_precision_given():
    assert [PartialDate.parse(t).iso() for t in ("2019", "2019-05", "2019-05-04")] == [
        "2019",
        "2019-05",
        "2019-05-04",
    ]


def test_present_is_an_open_end():
    assert parse_end("present") is PRESENT and parse_end("Current") is PRESENT
    assert format_date(PRESENT) == "present"
    assert parse_end("") is None and parse_date(None) is None
    assert PRESENT.sort_key() > PartialDate(9000, 12, 31).sort_key()


def test_ordering_puts_year_only_before_its_months():
    dates = [PartialDate(2020, 3), PartialDate(2020), PartialDate(2019, 12, 31)]
    assert sorted(dates) == [PartialDate(2019, 12, 31), PartialDate(2020), PartialDate(2020, 3)]


@given(st.dates())
def test_any_real_day_round_trips(day):
    for text in (f"{day.year:04d}", f"{day.year:04d}-{day.month:02d}", day.isoformat()):
        assert PartialDate.parse(text).iso() == text
