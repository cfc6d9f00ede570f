"""When a certificate counts as expired: the rule résumés leave lapsed ones out by."""

from datetime import date

import pytest

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Certification


def test_a_certificate_with_no_expiry_never_expires():
    assert not Certification(name="ITIL", expires=None).is_expired_on(date(9999, 12, 31))


@pytest.mark.parametrize(
    ("day", "expired"),
    [
        (date(2024, 3, 1), False),
        (date(2024, 3, 31), False),  # a month-only expiry holds to the month's last day
        (date(2024, 4, 1), True),
        (date(2023, 12, 31), False),
    ],
)
def test_a_month_only_expiry_counts_to_the_end_of_the_month(day, expired):
    cert = Certification(name="CKA", expires=PartialDate(2024, 3))
    assert cert.is_expired_on(day) is expired


@pytest.mark.parametrize(
    ("day", "expired"),
    [(date(2024, 3, 15), False), (date(2024, 3, 16), True)],
)
def test_a_full_expiry_date_holds_through_that_day(day, expired):
    cert = Certification(name="AWS", expires=PartialDate(2024, 3, 15))
    assert cert.is_expired_on(day) is expired


def test_a_year_only_expiry_holds_to_the_end_of_the_year():
    cert = Certification(name="PMP", expires=PartialDate(2024))
    assert not cert.is_expired_on(date(2024, 12, 31))
    assert cert.is_expired_on(date(2025, 1, 1))
