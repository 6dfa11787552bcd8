"""Legal periods (RULES.md 1.3, PRC Civil Code arts. 200-204)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

import aftersales as af
from conftest import OFFICE, WEEKDAYS


def test_start_day_not_counted():
    assert af.period_end(date(2025, 3, 3), days=1) == date(2025, 3, 4)
    assert af.period_end(date(2025, 3, 3), days=10) == date(2025, 3, 13)
    assert af.period_end(date(2025, 3, 3)) == date(2025, 3, 3)


@pytest.mark.parametrize(
    "start, kwargs, end",
    [
        (date(2024, 1, 31), dict(months=1), date(2024, 2, 29)),
        (date(2024, 2, 29), dict(years=1), date(2025, 2, 28)),
        (date(2024, 2, 28), dict(months=1), date(2024, 3, 28)),  # not month end
        (date(2023, 1, 31), dict(months=1), date(2023, 2, 28)),
        (date(2024, 3, 31), dict(months=1), date(2024, 4, 30)),
        (date(2024, 4, 30), dict(months=1), date(2024, 5, 30)),  # not snapped to 05-31
        (date(2024, 2, 29), dict(years=4), date(2028, 2, 29)),
        (date(2024, 11, 30), dict(months=3), date(2025, 2, 28)),
        (date(2024, 1, 15), dict(years=1, months=1, days=1), date(2025, 2, 16)),
        (date(2025, 9, 24), dict(days=7), date(2025, 10, 1)),  # no calendar: no extension
    ],
)
def test_month_end_rule(start, kwargs, end):
    assert af.period_end(start, **kwargs) == end


def test_last_day_on_holiday_moves_to_next_business_day(china):
    # 7 days from 2025-09-24: last day 10-01, inside the National Day break.
    assert af.period_end(date(2025, 9, 24), days=7, calendar=china) == date(2025, 10, 9)
    # 1 year from 2024-06-01: 2025-06-01, inside the Dragon Boat break (05-31..06-02).
    assert af.period_end(date(2024, 6, 1), years=1, calendar=china) == date(2025, 6, 3)
    # a make-up working Sunday is a business day: no move
    assert af.period_end(date(2025, 9, 21), days=7, calendar=china) == date(2025, 9, 28)
    # an ordinary weekend moves to Monday
    assert af.period_end(date(2025, 8, 30), days=7, calendar=china) == date(2025, 9, 8)


def test_count_start_day_switch(china):
    assert af.period_end(date(2025, 9, 24), days=7, count_start_day=True) == date(2025, 9, 30)
    assert af.period_end(date(2025, 9, 24), days=7, calendar=china, count_start_day=True) == date(2025, 9, 30)
    assert af.period_end(date(2025, 9, 24), count_start_day=True) == date(2025, 9, 24)


def test_count_start_day_with_months():
    # One month counted from (and including) March 1 ends on March 31.
    assert af.period_end(date(2024, 3, 1), months=1, count_start_day=True) == date(2024, 3, 31)
    assert af.period_end(date(2025, 1, 1), years=1, count_start_day=True) == date(2025, 12, 31)


def test_extend_past_rest_switch(china):
    assert af.period_end(date(2025, 9, 24), days=7, calendar=china, extend_past_rest=False) == date(2025, 10, 1)


def test_own_calendar():
    cal = af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]}, holidays=[date(2025, 12, 25), date(2025, 12, 26)])
    assert af.period_end(date(2025, 11, 25), months=1, calendar=cal) == date(2025, 12, 29)


def test_period_deadline(china):
    assert af.period_deadline(date(2025, 9, 24), days=7, calendar=china) == datetime(2025, 10, 9, 18)
    # no business hours on the last day: 24:00 of that day
    assert af.period_deadline(date(2025, 9, 24), days=7, calendar=china, extend_past_rest=False) == datetime(
        2025, 10, 2, 0)
    aware = af.period_deadline(date(2025, 9, 24), days=7, calendar=china, tzinfo=timezone.utc)
    assert aware == datetime(2025, 10, 9, 10, tzinfo=timezone.utc) and aware.tzinfo is timezone.utc


def test_strict_calendar_past_horizon(china):
    with pytest.raises(af.OutOfRangeError):
        af.period_end(date(2026, 12, 20), days=30, calendar=china)
    lenient = af.Calendar.china(strict=False)
    assert af.period_end(date(2026, 12, 20), days=30, calendar=lenient) == date(2027, 1, 19)


@pytest.mark.parametrize("field", ["days", "months", "years"])
def test_negative_parts_are_invalid(field):
    with pytest.raises(af.InvalidArgumentError) as e:
        af.period_end(date(2025, 1, 1), **{field: -1})
    assert e.value.field == field and "-1" in str(e.value)


def test_limits():
    with pytest.raises(af.InvalidArgumentError) as e:
        af.period_end(date(2025, 1, 1), months=1201)
    assert e.value.field == "months"
    with pytest.raises(af.InvalidArgumentError) as e:
        af.period_end(date(2025, 1, 1), days=10**12)
    assert e.value.field == "days"
    with pytest.raises(af.OutOfRangeError) as e:
        af.period_end(date(1960, 1, 1), days=1)
    assert e.value.field == "start" and "1960-01-01" in str(e.value)
    with pytest.raises(af.OutOfRangeError):
        af.period_end(date(2199, 12, 1), months=1)


@pytest.mark.parametrize(
    "call",
    [
        lambda: af.period_end(datetime(2025, 1, 1), days=1),
        lambda: af.period_end("2025-01-01", days=1),
        lambda: af.period_end(date(2025, 1, 1), days=1.0),
        lambda: af.period_end(date(2025, 1, 1), days="7"),
        lambda: af.period_end(date(2025, 1, 1), days=1, calendar="cn"),
        lambda: af.period_end(date(2025, 1, 1), days=1, count_start_day=1),
        lambda: af.period_end(date(2025, 1, 1), 7),  # counts are keyword-only
        lambda: af.period_deadline(date(2025, 1, 1), days=1),  # calendar required
    ],
)
def test_argument_types(call):
    with pytest.raises(TypeError):
        call()
