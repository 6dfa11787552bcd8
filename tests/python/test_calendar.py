"""Working calendars at the Python level (RULES.md 1.1, 1.2)."""

from __future__ import annotations

import datetime as dt
import pickle
from datetime import date, datetime, timedelta, timezone

import pytest

import aftersales as af
from conftest import OFFICE, WEEKDAYS, H, M, S, always

try:
    from zoneinfo import ZoneInfo
except ImportError:  # Python 3.8 has no zoneinfo; the package needs 3.9
    ZoneInfo = None

# 2025-09-01 is a Monday.
MON, TUE, WED, THU, FRI, SAT, SUN = (date(2025, 9, d) for d in range(1, 8))


def at(d: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, ss)


# ---------------------------------------------------------------- construction


def test_properties(office):
    assert office.zone == "Asia/Shanghai"
    assert office.strict is False
    assert office.horizon is None
    assert office.shifts_on(MON) == OFFICE
    assert office.shifts_on(SAT) == []
    assert "Asia/Shanghai" in repr(office)


def test_default_zone_is_shanghai():
    assert af.Calendar(week={"mon": OFFICE}).zone == "Asia/Shanghai"


def test_shift_text_forms():
    cal = af.Calendar(week={"mon": [("09:00:30", "12:00:15"), (dt.time(13, 0), dt.time(17, 30, 5))],
                            "Tuesday": [("18:00", "24:00")]})
    assert cal.shifts_on(MON) == [("09:00:30", "12:00:15"), ("13:00", "17:30:05")]
    assert cal.shifts_on(TUE) == [("18:00", "24:00")]
    assert cal.between(at(MON, 0), at(MON, 23)) == timedelta(hours=2, minutes=59, seconds=45) + timedelta(
        hours=4, minutes=30, seconds=5)


def test_shifts_given_in_any_order_are_sorted():
    cal = af.Calendar(week={"mon": [("13:00", "18:00"), ("09:00", "12:00")]})
    assert cal.shifts_on(MON) == OFFICE


def test_calendar_pickles_and_round_trips_json(china):
    for cal in (china, af.Calendar(week={"mon": OFFICE}, holidays=[MON], workdays={SUN: "mon"},
                                   days={WED: [("09:00", "13:00")]}, horizon=date(2025, 12, 31))):
        again = af.Calendar.from_json(cal.to_json())
        assert again.to_json() == cal.to_json()
        copy = pickle.loads(pickle.dumps(cal))
        assert copy.to_json() == cal.to_json()
        for d in (MON, TUE, WED, SUN, date(2025, 10, 1), date(2025, 9, 28)):
            assert again.shifts_on(d) == cal.shifts_on(d)


def test_from_json_document():
    cal = af.Calendar.from_json("""{
        "zone": "Europe/Berlin",
        "week": {"mon": [["08:00", "16:00"]]},
        "holidays": ["2025-09-08"],
        "workdays": {"2025-09-07": "mon"},
        "days": {"2025-09-15": [["08:00", "12:00"]]},
        "horizon": "2025-12-31", "strict": true}""")
    assert cal.zone == "Europe/Berlin"
    assert cal.strict and cal.horizon == date(2025, 12, 31)
    assert cal.shifts_on(date(2025, 9, 1)) == [("08:00", "16:00")]
    assert not cal.is_business_day(date(2025, 9, 8))
    assert cal.shifts_on(date(2025, 9, 7)) == [("08:00", "16:00")]
    assert cal.shifts_on(date(2025, 9, 15)) == [("08:00", "12:00")]
    # a policy document's "calendar" member works too
    assert af.Calendar.from_json('{"calendar": {"preset": "cn"}}').is_business_day(date(2025, 9, 28))


# ---------------------------------------------------------------- add / between


def test_lunch_break(office):
    assert office.add(at(MON, 11), 2 * H) == at(MON, 14)
    assert office.between(at(MON, 9), at(MON, 18)) == 8 * H
    assert office.between(at(MON, 11, 30), at(MON, 13, 30)) == 60 * M
    assert office.add(at(MON, 12, 30), M) == at(MON, 13, 1)


def test_add_zero_is_identity(office):
    for t in (at(MON, 9), at(MON, 12), at(MON, 12, 30), at(SAT, 3), at(FRI, 18), at(TUE, 10, 11, 12)):
        assert office.add(t, timedelta(0)) == t


def test_budget_ending_at_a_close_returns_the_close(office):
    assert office.add(at(MON, 9), 3 * H) == at(MON, 12)  # not 13:00
    assert office.add(at(MON, 13), 5 * H) == at(MON, 18)  # not Tuesday 09:00
    assert office.add(at(FRI, 17), H) == at(FRI, 18)  # not Monday 09:00
    assert office.add(at(MON, 9), 8 * H) == at(MON, 18)


def test_call_outside_hours_starts_at_next_opening(office):
    assert office.add(at(SAT, 10), H) == at(date(2025, 9, 8), 10)
    assert office.add(at(MON, 7), S) == at(MON, 9, 0, 1)
    assert office.add(at(MON, 18), 6 * H) == at(TUE, 16)


def test_negative_add(office):
    assert office.add(at(TUE, 10), -H) == at(TUE, 9)
    assert office.add(at(TUE, 9), -H) == at(MON, 17)  # latest t' with 1 h in [t', t)
    assert office.add(at(TUE, 10), -2 * H) == at(MON, 17)
    assert office.add(at(MON, 13), -H) == at(MON, 11)  # latest, not 11:00 + lunch
    assert office.add(at(date(2025, 9, 8), 9), -S) == at(FRI, 17, 59, 59)


def test_add_then_subtract_round_trips(office):
    t = at(WED, 10, 17)
    for d in (S, 90 * M, 7 * H, 30 * H):
        assert office.add(office.add(t, d), -d) == t
        assert office.between(t, office.add(t, d)) == d


def test_between_negative_and_empty(office):
    a, b = at(MON, 10), at(WED, 15)
    assert office.between(b, a) == -office.between(a, b)
    assert office.between(a, a) == timedelta(0)
    assert office.between(at(SAT, 0), at(SUN, 23)) == timedelta(0)


def test_between_value(office):
    # Mon 10-18: 7 h; Tue: 8 h; Wed 09-15: 5 h
    assert office.between(at(MON, 10), at(WED, 15)) == 20 * H


def test_is_working_half_open(office):
    assert office.is_working(at(MON, 9))
    assert office.is_working(at(MON, 11, 59, 59))
    assert not office.is_working(at(MON, 12))
    assert office.is_working(at(MON, 13))
    assert not office.is_working(at(MON, 18))
    assert not office.is_working(at(SAT, 10))


def test_next_working(office):
    assert office.next_working(at(MON, 10)) == at(MON, 10)
    assert office.next_working(at(MON, 12, 30)) == at(MON, 13)
    assert office.next_working(at(FRI, 18)) == at(date(2025, 9, 8), 9)


def test_microseconds_are_dropped(office):
    assert office.add(datetime(2025, 9, 1, 10, 0, 0, 999999), timedelta(0)) == at(MON, 10)
    assert office.add(at(MON, 10), timedelta(seconds=1.5)) == at(MON, 10, 0, 1)


# ---------------------------------------------------------------- overnight shifts

NIGHT = [("22:00", "06:00")]


@pytest.fixture(scope="module")
def night():
    return af.Calendar(week={d: NIGHT for d in WEEKDAYS[:5]}, holidays=[WED])


def test_overnight_shift_belongs_to_its_opening_date(night):
    assert night.is_working(at(TUE, 3))  # Monday's shift
    assert night.is_working(at(SAT, 2))  # Friday's shift runs into Saturday
    assert not night.is_business_day(SAT)
    assert night.is_business_day(FRI)
    assert night.working_date(at(SAT, 2)) == FRI
    assert not night.is_working(at(SUN, 23))  # Sunday has no shift
    assert night.shifts_on(MON) == NIGHT


def test_overnight_add_and_between(night):
    assert night.add(at(MON, 23), 8 * H) == at(TUE, 23)
    assert night.add(at(MON, 22), 8 * H) == at(TUE, 6)  # the close, not Tuesday 22:00
    assert night.between(at(MON, 21), at(TUE, 7)) == 8 * H
    assert night.add(at(TUE, 12), H) == at(TUE, 23)


def test_holiday_removes_only_the_shift_opening_that_day(night):
    assert night.is_working(at(WED, 3))  # Tuesday's night shift still runs
    assert not night.is_working(at(WED, 23))  # Wednesday's shift is gone
    assert not night.is_working(at(THU, 3))
    assert night.next_working(at(WED, 6)) == at(THU, 22)


def test_shift_closing_at_24():
    cal = af.Calendar(week={d: [("18:00", "24:00")] for d in WEEKDAYS})
    assert cal.add(at(MON, 23), H) == at(TUE, 0)
    assert cal.between(at(MON, 0), at(TUE, 0)) == 6 * H
    assert not cal.is_working(at(TUE, 0))


def test_overlapping_night_shift_is_rejected():
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar(week={"mon": [("22:00", "10:00")], "tue": [("09:00", "12:00")]})
    assert e.value.field == "week.mon"


# ---------------------------------------------------------------- date rules


def test_holiday(office):
    cal = af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]}, holidays=[MON])
    assert not cal.is_business_day(MON)
    assert cal.shifts_on(MON) == []
    assert cal.add(at(MON, 9), H) == at(TUE, 10)


def test_make_up_day_works_with_named_weekday():
    week = {d: OFFICE for d in WEEKDAYS[:5]}
    week["sat"] = [("09:00", "12:00")]
    cal = af.Calendar(week=week, workdays={SUN: "sat", date(2025, 9, 14): "mon"})
    assert cal.is_business_day(SUN)
    assert cal.shifts_on(SUN) == [("09:00", "12:00")]
    assert cal.shifts_on(date(2025, 9, 14)) == OFFICE
    assert cal.add(at(SAT, 11), 2 * H) == at(SUN, 10)


def test_make_up_days_default_to_monday():
    week = {d: OFFICE for d in WEEKDAYS[:5]}
    week["mon"] = [("08:00", "17:00")]
    cal = af.Calendar(week=week, workdays=[SUN])
    assert cal.shifts_on(SUN) == [("08:00", "17:00")]


def test_explicit_day_shifts_beat_holiday_and_make_up_day():
    xmas_eve = date(2025, 12, 24)
    cal = af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]}, holidays=[xmas_eve],
                      days={xmas_eve: [("09:00", "13:00")], SUN: [("10:00", "11:00")]},
                      workdays={SUN: "mon"})
    assert cal.is_business_day(xmas_eve)
    assert cal.shifts_on(xmas_eve) == [("09:00", "13:00")]
    assert cal.between(at(xmas_eve, 0), at(xmas_eve, 23)) == 4 * H
    assert cal.shifts_on(SUN) == [("10:00", "11:00")]


def test_explicit_empty_day_is_a_day_off():
    cal = af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]}, days={TUE: []})
    assert not cal.is_business_day(TUE)
    assert cal.add(at(MON, 17), 2 * H) == at(WED, 10)


def test_half_day_replaces_weekly_shifts():
    cal = af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]}, days={WED: [("09:00", "13:00")]})
    assert cal.add(at(WED, 12), 2 * H) == at(THU, 10)


def test_day_level_functions(office):
    assert office.is_business_day(MON) and not office.is_business_day(SAT)
    assert office.advance(MON, 0) == MON
    assert office.advance(SAT, 0) == date(2025, 9, 8)
    assert office.advance(FRI, 1) == date(2025, 9, 8)
    assert office.advance(date(2025, 9, 8), -1) == FRI
    assert office.advance(MON, 10) == date(2025, 9, 15)
    assert office.business_days_between(MON, date(2025, 9, 8)) == 5
    assert office.business_days_between(date(2025, 9, 8), MON) == -5
    assert office.business_days_between(MON, MON) == 0
    assert office.local_date(at(MON, 23, 59)) == MON


# ---------------------------------------------------------------- DST and zones


@pytest.mark.parametrize("zone", ["Europe/Berlin", "CET-1CEST,M3.5.0,M10.5.0/3"])
def test_dst_days_have_23_and_25_hours(zone):
    cal = always(zone)
    assert cal.between(datetime(2025, 3, 30), datetime(2025, 3, 31)) == 23 * H
    assert cal.between(datetime(2025, 10, 26), datetime(2025, 10, 27)) == 25 * H
    assert cal.between(datetime(2025, 3, 29), datetime(2025, 3, 30)) == 24 * H
    assert cal.add(datetime(2025, 3, 30), 24 * H) == datetime(2025, 3, 31, 1)
    assert cal.add(datetime(2025, 10, 26), 24 * H) == datetime(2025, 10, 26, 23)


@pytest.mark.parametrize("zone", ["Europe/Berlin", "CET-1CEST,M3.5.0,M10.5.0/3"])
def test_gap_moves_forward_and_ambiguous_takes_earlier(zone):
    cal = always(zone)
    utc = timezone.utc
    # 02:30 does not exist on 2025-03-30: it moves forward by the gap to 03:30 CEST.
    assert cal.to_utc(datetime(2025, 3, 30, 2, 30)) == datetime(2025, 3, 30, 1, 30, tzinfo=utc)
    assert cal.to_local(datetime(2025, 3, 30, 2, 30)) == datetime(2025, 3, 30, 3, 30)
    # 02:30 happens twice on 2025-10-26: the earlier one (CEST, 00:30 UTC).
    assert cal.to_utc(datetime(2025, 10, 26, 2, 30)) == datetime(2025, 10, 26, 0, 30, tzinfo=utc)
    assert cal.between(datetime(2025, 10, 26, 2, 30), datetime(2025, 10, 26, 3, 30)) == 2 * H


def test_posix_rule_matches_iana_zone():
    berlin, posix = always("Europe/Berlin"), always("CET-1CEST,M3.5.0,M10.5.0/3")
    assert posix.zone == "CET-1CEST,M3.5.0,M10.5.0/3"
    for month in range(1, 13):
        for hour in (0, 2, 3, 12):
            t = datetime(2025, month, 26, hour, 30)
            assert berlin.to_utc(t) == posix.to_utc(t)
    cst = af.Calendar(week={"mon": OFFICE}, zone="CST-8")
    assert cst.to_utc(datetime(2025, 9, 1, 9)) == datetime(2025, 9, 1, 1, tzinfo=timezone.utc)


def test_working_hours_across_dst():
    cal = af.Calendar(week={"sat": [("00:00", "24:00")], "sun": [("00:00", "06:00")]}, zone="Europe/Berlin")
    assert cal.between(datetime(2025, 3, 29), datetime(2025, 3, 31)) == 24 * H + 5 * H


# ---------------------------------------------------------------- naive / aware


@pytest.mark.skipif(ZoneInfo is None, reason="needs zoneinfo")
def test_aware_in_aware_out(office):
    utc = timezone.utc
    t = datetime(2025, 9, 1, 1, 0, tzinfo=utc)  # 09:00 in Shanghai
    r = office.add(t, 2 * H)
    assert r == datetime(2025, 9, 1, 3, 0, tzinfo=utc) and r.tzinfo is utc
    ny = ZoneInfo("America/New_York")
    t = datetime(2025, 8, 31, 21, 0, tzinfo=ny)  # Monday 09:00 in Shanghai
    r = office.add(t, 4 * H)
    assert r.tzinfo is ny
    assert r == datetime(2025, 9, 1, 14, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert office.next_working(datetime(2025, 9, 1, 4, 30, tzinfo=utc)).tzinfo is utc
    assert office.next_working(datetime(2025, 9, 1, 4, 30, tzinfo=utc)) == datetime(2025, 9, 1, 5, 0, tzinfo=utc)


def test_fixed_offset_tzinfo(office):
    plus8 = timezone(timedelta(hours=8))
    assert office.add(datetime(2025, 9, 1, 11, tzinfo=plus8), 2 * H) == datetime(2025, 9, 1, 14, tzinfo=plus8)


def test_mixed_naive_and_aware(office):
    aware_nine = datetime(2025, 9, 1, 1, tzinfo=timezone.utc)
    assert office.between(at(MON, 9), aware_nine + 4 * H) == 3 * H  # 09:00 .. 13:00 local
    assert office.between(aware_nine, at(MON, 14)) == 4 * H


def test_to_utc_to_local(office):
    assert office.to_utc(at(MON, 9)) == datetime(2025, 9, 1, 1, tzinfo=timezone.utc)
    assert office.to_local(datetime(2025, 9, 1, 1, tzinfo=timezone.utc)) == at(MON, 9)


# ---------------------------------------------------------------- horizon and strict


def test_strict_calendar_refuses_dates_past_horizon():
    cal = af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]}, horizon=date(2025, 12, 31), strict=True)
    assert cal.horizon == date(2025, 12, 31) and cal.strict
    assert cal.add(datetime(2025, 12, 31, 9), 8 * H) == datetime(2025, 12, 31, 18)
    with pytest.raises(af.OutOfRangeError, match="horizon"):
        cal.add(datetime(2025, 12, 31, 9), 9 * H)
    with pytest.raises(af.OutOfRangeError) as e:
        cal.is_business_day(date(2026, 1, 5))
    assert e.value.field == "date" and "2026-01-05" in str(e.value)
    with pytest.raises(af.OutOfRangeError):
        cal.advance(date(2025, 12, 31), 1)


def test_non_strict_calendar_uses_weekly_pattern_past_horizon():
    cal = af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]}, holidays=[date(2025, 12, 31)],
                      horizon=date(2025, 12, 31))
    assert not cal.is_business_day(date(2025, 12, 31))
    assert cal.is_business_day(date(2026, 1, 1))  # a Thursday, not known to be a holiday
    assert cal.add(datetime(2025, 12, 30, 17), 2 * H) == datetime(2026, 1, 1, 10)


def test_strict_needs_horizon():
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar(week={"mon": OFFICE}, strict=True)
    assert e.value.field == "strict"


def test_date_rule_after_horizon_is_rejected():
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar(week={"mon": OFFICE}, holidays=[date(2026, 1, 1)], horizon=date(2025, 12, 31))
    assert e.value.field == "holidays[0]" and "2026-01-01" in str(e.value)


# ---------------------------------------------------------------- China preset


def test_china_defaults(china):
    assert china.zone == "Asia/Shanghai"
    assert china.strict is True
    assert china.horizon == date(2026, 12, 31)
    assert china.shifts_on(date(2025, 9, 30)) == OFFICE
    assert china.shifts_on(date(2025, 9, 27)) == []  # an ordinary Saturday


def test_china_2020_spring_festival_extension(china):
    for d in (date(2020, 1, 24), date(2020, 1, 30), date(2020, 1, 31), date(2020, 2, 1), date(2020, 2, 2)):
        assert not china.is_business_day(d), d
    # Saturday 2020-02-01 had been a make-up working day until the extension.
    assert china.shifts_on(date(2020, 2, 1)) == []
    assert china.is_business_day(date(2020, 2, 3))
    assert china.advance(date(2020, 1, 23), 1) == date(2020, 2, 3)


def test_china_2005_working_saturday(china):
    assert china.is_business_day(date(2005, 12, 31))
    assert date(2005, 12, 31).weekday() == 5
    assert china.shifts_on(date(2005, 12, 31)) == OFFICE  # make-up days work Monday's hours
    assert not china.is_business_day(date(2006, 1, 2))


def test_china_2026_spring_festival(china):
    assert china.is_business_day(date(2026, 2, 14))  # Saturday, works
    for day in range(15, 24):
        assert not china.is_business_day(date(2026, 2, day)), day
    assert china.is_business_day(date(2026, 2, 24))
    assert china.is_business_day(date(2026, 2, 28))  # Saturday, works
    assert not china.is_business_day(date(2026, 3, 1))
    assert china.advance(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert china.advance(date(2026, 2, 14), 1) == date(2026, 2, 24)


def test_china_2025_national_day(china):
    assert china.is_business_day(date(2025, 9, 28))  # Sunday make-up day
    assert china.business_days_between(date(2025, 9, 29), date(2025, 10, 13)) == 5
    assert china.advance(date(2025, 9, 30), 1) == date(2025, 10, 9)
    assert china.advance(date(2025, 10, 1), 0) == date(2025, 10, 9)
    assert china.advance(date(2025, 10, 9), -1) == date(2025, 9, 30)
    assert china.add(datetime(2025, 9, 30, 15, 20), 6 * H) == datetime(2025, 10, 9, 13, 20)


def test_china_custom_hours_zone_and_strictness():
    cal = af.Calendar.china(hours=[("08:30", "12:00"), ("13:30", "17:30")], zone="CST-8", strict=False)
    assert cal.zone == "CST-8" and not cal.strict
    assert cal.shifts_on(date(2025, 9, 28)) == [("08:30", "12:00"), ("13:30", "17:30")]  # make-up day
    assert cal.is_business_day(date(2027, 1, 4))  # past the horizon: weekly pattern
    with pytest.raises(af.OutOfRangeError):
        af.Calendar.china().is_business_day(date(2027, 1, 4))


def test_china_with_saturday_service():
    cal = af.Calendar.china(week={"sat": [("09:00", "12:00")]})
    assert cal.shifts_on(date(2025, 9, 27)) == [("09:00", "12:00")]  # an ordinary Saturday
    assert cal.shifts_on(date(2025, 10, 4)) == []  # a Saturday inside the National Day break
    assert cal.shifts_on(date(2025, 9, 30)) == OFFICE


def test_china_with_company_dates():
    cal = af.Calendar.china(holidays=[date(2025, 9, 30)], days={date(2025, 12, 24): [("09:00", "13:00")]})
    assert not cal.is_business_day(date(2025, 9, 30))
    assert cal.shifts_on(date(2025, 12, 24)) == [("09:00", "13:00")]
    assert cal.is_business_day(date(2025, 9, 28))


# ---------------------------------------------------------------- China preset with a holiday file

# HYPOTHETICAL TEST DATA: the 2027 notice is not published. These rows only
# prove the mechanism and are not the 2027 arrangement: they are the least a
# year the file adds must hold, a holiday row for each day the law fixes on a
# Gregorian date (国务院令第795号 art. 2: 1 January, 1-2 May, 1-3 October).
# HYPOTHETICAL_2027_ROWS[1:] is the same without 1 January.
HYPOTHETICAL_2027_ROWS = [
    "2027-01-01,holiday,New Year's Day (hypothetical test row)",
    "2027-05-01,holiday,Labour Day (hypothetical test row)",
    "2027-05-02,holiday,Labour Day (hypothetical test row)",
    "2027-10-01,holiday,National Day (hypothetical test row)",
    "2027-10-02,holiday,National Day (hypothetical test row)",
    "2027-10-03,holiday,National Day (hypothetical test row)",
]
WHOLE_2027 = "".join(row + "\n" for row in HYPOTHETICAL_2027_ROWS)
HYPOTHETICAL_2027 = "date,kind,name\n" + WHOLE_2027


def test_china_holiday_file_brings_next_year_in(tmp_path):
    """Issue 23, finding 10: a call on 2026-12-31 16:00 needs 2027."""
    received = datetime(2026, 12, 31, 16, 0)
    with pytest.raises(af.OutOfRangeError, match="2026-12-31"):
        af.Calendar.china().add(received, 6 * H)
    path = tmp_path / "cn-2027.csv"
    path.write_text(HYPOTHETICAL_2027, encoding="utf-8")
    for given in (path, str(path)):
        cal = af.Calendar.china(holiday_file=given)
        assert cal.strict is True
        assert cal.horizon == date(2027, 12, 31)
        # 2 h on Thursday, Friday 01-01 off (the file), the weekend, 4 h Monday.
        assert cal.add(received, 6 * H) == datetime(2027, 1, 4, 14, 0)
        assert not cal.is_business_day(date(2027, 1, 1))
        assert not cal.is_business_day(date(2027, 10, 1))  # Friday, National Day (the file)
        assert cal.is_business_day(date(2027, 10, 4))
        with pytest.raises(af.OutOfRangeError, match="2027-12-31"):
            cal.is_business_day(date(2028, 1, 3))
    # The dispatch deadline of an urban call, through the default policy.
    policy = af.DispatchPolicy(af.Calendar.china(holiday_file=path))
    assert policy.deadline(received, "urban") == datetime(2027, 1, 4, 14, 0)
    # Company dates may now reach into the file's year; pickles keep the file's dates.
    cal = af.Calendar.china(holiday_file=path, holidays=[date(2027, 3, 8)], strict=False, zone="CST-8")
    assert not cal.is_business_day(date(2027, 3, 8))
    assert cal.is_business_day(date(2028, 1, 3))  # not strict: the weekly pattern
    again = pickle.loads(pickle.dumps(cal))
    assert again.horizon == date(2027, 12, 31)
    assert not again.is_business_day(date(2027, 1, 1))


def test_china_holiday_file_as_a_spreadsheet_saves_it(tmp_path):
    path = tmp_path / "excel.csv"
    rest = "".join(row + "\r\n" for row in HYPOTHETICAL_2027_ROWS[1:])
    path.write_bytes(
        b"\xef\xbb\xbfdate,kind,name\r\n\r\n2027-01-01,holiday,\"New Year's Day, hypothetical\"\r\n" + rest.encode()
    )
    assert af.Calendar.china(holiday_file=path).horizon == date(2027, 12, 31)


def test_china_holiday_file_quoted_name_with_a_comma(tmp_path):
    path = tmp_path / "quoted.csv"
    path.write_text(HYPOTHETICAL_2027 + '2027-02-11 , holiday , "Spring Festival, hypothetical"\n', encoding="utf-8")
    cal = af.Calendar.china(holiday_file=path)
    assert not cal.is_business_day(date(2027, 2, 11))  # a Thursday


@pytest.mark.parametrize(
    "rows, error, text",
    [
        ("2027-13-01,holiday,x\n", af.ParseError, ":2: date (column 1): '2027-13-01'"),
        ("2027-01-01,vacation,x\n", af.ParseError, ":2: kind (column 2): 'vacation'"),
        ("2027-01-01,holiday\n", af.ParseError, ":2: expected 3 columns"),
        ("2027-01-01,holiday,x\n2027-01-01,holiday,x\n", af.InvalidArgumentError, ":3: 2027-01-01 is given twice"),
        ("2026-10-03,workday,National Day\n", af.InvalidArgumentError, ":2: 2026-10-03 workday: the built-in table"),
        ("".join(r + "\n" for r in HYPOTHETICAL_2027_ROWS[1:]), af.InvalidArgumentError,
         ": no row '2027-01-01,holiday,...'"),
        # 1 January alone is not a whole year: May Day and National Day would work.
        ("2027-01-01,holiday,x\n", af.InvalidArgumentError,
         ": no row '2027-05-01,holiday,...' although the file reaches 2027"),
        ("".join(r + "\n" for r in HYPOTHETICAL_2027_ROWS[:-1]), af.InvalidArgumentError,
         ": no row '2027-10-03,holiday,...'"),
        # A name with a comma is quoted; unquoted, the row has more than 3 columns.
        (WHOLE_2027 + "2027-02-11,holiday,Spring Festival, hypothetical\n", af.ParseError,
         ":8: more than 3 columns in '2027-02-11,holiday,Spring Festival, hypothetical'"),
    ],
)
def test_china_holiday_file_bad_lines_are_named(tmp_path, rows, error, text):
    path = tmp_path / "bad.csv"
    path.write_text("date,kind,name\n" + rows, encoding="utf-8")
    with pytest.raises(error) as info:
        af.Calendar.china(holiday_file=path)
    assert str(path) + text in str(info.value)


def test_china_holiday_file_missing_or_wrong_type(tmp_path):
    missing = tmp_path / "no-such.csv"
    with pytest.raises(af.NotFoundError) as info:
        af.Calendar.china(holiday_file=missing)
    assert str(missing) in str(info.value) and "No such file" in str(info.value)
    assert not missing.exists()
    with pytest.raises(TypeError, match="holiday_file"):
        af.Calendar.china(holiday_file=2027)


# ---------------------------------------------------------------- Python argument types


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.add(MON, H),  # a date is not an instant
        lambda c: c.add("2025-09-01 09:00", H),
        lambda c: c.add(at(MON, 9), 3600),  # a number is not a duration
        lambda c: c.between(at(MON, 9), None),
        lambda c: c.is_business_day(at(MON, 9)),  # a datetime is not a date
        lambda c: c.is_business_day("2025-09-01"),
        lambda c: c.advance(MON, 1.5),
        lambda c: c.advance(MON, True),
        lambda c: c.shifts_on(None),
    ],
)
def test_wrong_argument_types_raise_type_error(office, call):
    with pytest.raises(TypeError):
        call(office)


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(week=[("09:00", "12:00")]),
        dict(week={"mon": "09:00-12:00"}),
        dict(week={"mon": [("09:00",)]}),
        dict(week={"mon": [(9, 12)]}),
        dict(week={1: OFFICE}),
        dict(holidays=[datetime(2025, 10, 1)]),
        dict(holidays=["2025-10-01"]),
        dict(holidays=date(2025, 10, 1)),
        dict(workdays={date(2025, 9, 28): 0}),
        dict(days={"2025-12-24": OFFICE}),
        dict(zone=8),
        dict(strict="yes"),
        dict(horizon="2025-12-31"),
    ],
)
def test_wrong_constructor_types_raise_type_error(kwargs):
    with pytest.raises(TypeError):
        af.Calendar(**kwargs)


def test_datetime_is_rejected_where_a_date_is_expected(office):
    with pytest.raises(TypeError, match="datetime.date"):
        office.advance(datetime(2025, 9, 1), 1)


def test_numpy_timedelta_scalar_is_a_duration(office):
    import numpy as np

    assert office.add(at(MON, 9), np.timedelta64(90, "m")) == at(MON, 10, 30)
    with pytest.raises(TypeError):
        office.add(at(MON, 9), np.timedelta64(1, "M"))  # a month is not a fixed duration
    with pytest.raises(af.InvalidArgumentError):
        office.add(at(MON, 9), np.timedelta64("NaT"))


def test_keyword_names(office):
    assert office.add(t=at(MON, 9), d=H) == at(MON, 10)
    assert office.between(a=at(MON, 9), b=at(MON, 10)) == H
    assert office.advance(d=MON, n=1) == TUE
    assert office.business_days_between(d1=MON, d2=TUE) == 1
    assert office.is_business_day(d=MON) and office.shifts_on(d=MON) == OFFICE
