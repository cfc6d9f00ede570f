import datetime as dt

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
from resume_builder.domain.months import FULL_MONTHS, SHORT_MONTHS
from resume_builder.export.locale import LANGUAGES
from resume_builder.export.locale import format_date as document_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2019", PartialDate(2019)),
        ("2019-05", PartialDate(2019, 5)),
        ("2019-5", PartialDate(2019, 5)),
        (" 2019-05-14 ", PartialDate(2019, 5, 14)),
        ("2019/05", PartialDate(2019, 5)),
        ("2019.05", PartialDate(2019, 5)),
        ("2019/05/14", PartialDate(2019, 5, 14)),
        ("05/2019", PartialDate(2019, 5)),
        ("5/2019", PartialDate(2019, 5)),
        ("05.2019", PartialDate(2019, 5)),
        ("May 2019", PartialDate(2019, 5)),
        ("may 2019", PartialDate(2019, 5)),
        ("  MAY   2019 ", PartialDate(2019, 5)),
        ("Sep 2021", PartialDate(2021, 9)),
        ("Sept. 2021", PartialDate(2021, 9)),
        ("September 2021", PartialDate(2021, 9)),
        ("maj 2019", PartialDate(2019, 5)),
        ("okt 2020", PartialDate(2020, 10)),
        ("oktober 2020", PartialDate(2020, 10)),
        ("14 May 2019", PartialDate(2019, 5, 14)),
        ("14 maj 2019", PartialDate(2019, 5, 14)),
        ("May 14, 2019", PartialDate(2019, 5, 14)),
        ("May 14th, 2019", PartialDate(2019, 5, 14)),
        ("14. März 2019", PartialDate(2019, 3, 14)),
        ("14. Marz 2019", PartialDate(2019, 3, 14)),  # typed without the umlaut
        ("1er mai 2019", PartialDate(2019, 5, 1)),
        ("14 de mayo de 2019", PartialDate(2019, 5, 14)),
        ("févr. 2020", PartialDate(2020, 2)),
        ("2019-05-14T10:00:00Z", PartialDate(2019, 5, 14)),
        ("2019-05-14T23:30:00-05:00", PartialDate(2019, 5, 14)),  # the day as written
        ("2019-05-14 10:00", PartialDate(2019, 5, 14)),
        ("2019-01-15T10:00:00.250Z", PartialDate(2019, 1, 15)),  # what exporters write
        ("2019-01-15T10:00:00+0200", PartialDate(2019, 1, 15)),
        ("01/2019", PartialDate(2019, 1)),
        ("2019/01", PartialDate(2019, 1)),
        ("March 2020", PartialDate(2020, 3)),
        ("Mar 2020", PartialDate(2020, 3)),
        ("mars 2020", PartialDate(2020, 3)),  # Swedish and French
        ("15 augusti 2018", PartialDate(2018, 8, 15)),
        ("14/05/2019", PartialDate(2019, 5, 14)),  # 14 is no month: only one reading
        ("05/14/2019", PartialDate(2019, 5, 14)),
        ("05/05/2019", PartialDate(2019, 5, 5)),
        ("05.06.2019", PartialDate(2019, 6, 5)),  # dots are written day first
    ],
)
def test_dates_are_read_as_people_write_them(text, expected):
    assert parse_date(text) == expected
    assert PartialDate.parse(text) == expected
    assert parse_end(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "present",
        "Present",
        " current ",
        "NOW",
        "today",
        "ongoing",
        "nu",
        "Pågående",
        "pagaende",
        "idag",
        "i dag",
        "tills vidare",
        "Tills  Vidare",
        "heute",
        "aujourd’hui",
        "actualidad",
        "dags dato",
        "nå",
    ],
)
def test_an_open_end_in_english_and_swedish(text):
    assert parse_end(text) is PRESENT


@pytest.mark.parametrize(
    "text, reason",
    [
        ("2019-13", "(there is no month 13)"),
        ("13/2019", "(there is no month 13)"),
        ("19/13/2020", "(neither 19 nor 13 is a month)"),
        ("0000", "(year 0 is out of range)"),
        ("05/06/2019", "(it could be 5 June 2019 or May 6, 2019: the order of day and month"),
        ("2019-02-30", "(day 30 does not exist in 2019-02)"),
        ("Feb 30, 2019", "(day 30 does not exist in 2019-02)"),
        ("Smarch 2019", "(“smarch” is not the name of a month)"),
        ("jui 2019", "(“jui” is not the name of a month)"),  # juin or juillet?
        ("present", "(“present” can only end a period)"),
        ("19", ""),
        ("next spring", ""),
        ("2019-05-14T25:00", ""),
    ],
)
def test_impossible_or_ambiguous_dates_are_refused_with_a_sentence(text, reason):
    with pytest.raises(DateError) as error:
        parse_date(text)
    message = str(error.value)
    assert message.startswith(f"“{text}” is not a date" + (f" {reason}" if reason else ":"))
    # The sentence says what works, so the user can fix it without looking anything up.
    assert message.endswith(
        "write a year (2019), a month (2019-05, 05/2019 or May 2019) or a day (2019-05-14, "
        "14 May 2019 or May 14, 2019)"
    )


def test_an_end_refusal_also_offers_present():
    with pytest.raises(DateError, match="or “present” while it goes on$"):
        parse_end("soon")


def test_a_long_paste_is_not_quoted_whole():
    with pytest.raises(DateError) as error:
        parse_date("I started there in the spring of the year after the merger")
    assert str(error.value).startswith("“I started there in the spring of the ye…” is not a date")


def test_empty_is_no_date():
    assert parse_date("") is None and parse_date("   ") is None and parse_date(None) is None
    assert parse_end("") is None and parse_end(None) is None
    with pytest.raises(DateError):
        PartialDate.parse("")


def test_iso_keeps_the_precision_given():
    assert [PartialDate.parse(t).iso() for t in ("2019", "2019-05", "2019-05-04")] == [
        "2019",
        "2019-05",
        "2019-05-04",
    ]


def test_present_is_an_open_end():
    assert parse_end("present") is PRESENT and parse_end("Current") is PRESENT
    assert format_date(PRESENT) == "present"
    assert PRESENT.sort_key() > PartialDate(9000, 12, 31).sort_key()


def test_ordering_puts_year_only_before_its_months():
    dates = [PartialDate(2020, 3), PartialDate(2020), PartialDate(2019, 12, 31)]
    assert sorted(dates) == [PartialDate(2019, 12, 31), PartialDate(2020), PartialDate(2020, 3)]


def test_no_month_word_names_two_months():
    # Every short and full name of every document language reads as its own month.
    for names in (*SHORT_MONTHS.values(), *FULL_MONTHS.values()):
        for number, name in enumerate(names, start=1):
            assert parse_date(f"{name} 2020") == PartialDate(2020, number), name


# --------------------------------------------------------------------------- round trips
PARTIAL_DATES = st.builds(
    lambda day, precision: PartialDate(
        day.year, day.month if precision > 0 else None, day.day if precision > 1 else None
    ),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.integers(0, 2),
)


@given(PARTIAL_DATES)
def test_the_stored_form_reads_back_as_the_same_date(date):
    assert parse_date(format_date(date)) == date
    assert parse_end(format_date(date)) == date


@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(sorted(LANGUAGES)),
    st.sampled_from(["short", "numeric"]),
)
def test_what_a_document_writes_reads_back_as_the_same_date(day, language, style):
    # Documents write months only ("May 2019", "maj 2019", "05/2019"), and years as they
    # are ("999" would be refused like "19": a year is written with four digits).
    month_date = PartialDate(day.year, day.month)
    assert parse_date(document_date(month_date, language, style)) == month_date
    assert parse_end(document_date(PRESENT, language, style)) is PRESENT


@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(sorted(FULL_MONTHS)),
    st.sampled_from(["{d} {m} {y}", "{m} {d}, {y}", "{d}.{n}.{y}", "{y}/{n}/{d}", "{y}-{n}-{d}"]),
)
def test_a_day_written_out_reads_back(day, language, form):
    text = form.format(d=day.day, m=FULL_MONTHS[language][day.month - 1], n=day.month, y=day.year)
    assert parse_date(text) == PartialDate(day.year, day.month, day.day)
