"""Errors: the class for each library code, also a built-in exception, and
a message that names the field and the value."""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta

import pytest

import aftersales as af
from aftersales import _errors
from conftest import OFFICE

H = timedelta(hours=1)

HIERARCHY = [
    (af.InvalidArgumentError, ValueError, af.ErrorCode.INVALID_ARGUMENT),
    (af.NotFoundError, KeyError, af.ErrorCode.NOT_FOUND),
    (af.OutOfRangeError, ValueError, af.ErrorCode.OUT_OF_RANGE),
    (af.ParseError, ValueError, af.ErrorCode.PARSE_ERROR),
    (af.StateError, RuntimeError, af.ErrorCode.STATE),
    (af.StorageError, OSError, af.ErrorCode.STORAGE),
    (af.NoMemoryError, MemoryError, af.ErrorCode.NO_MEMORY),
    (af.InternalError, RuntimeError, af.ErrorCode.INTERNAL),
]


@pytest.mark.parametrize("cls, builtin, code", HIERARCHY)
def test_classes(cls, builtin, code):
    assert issubclass(cls, af.Error) and issubclass(cls, builtin) and issubclass(af.Error, Exception)
    e = cls("something is wrong", field="thing")
    assert e.code == code and e.field == "thing" and e.message == "something is wrong"
    assert str(e) == "thing: something is wrong"
    assert str(cls("no field")) == "no field"
    # the library's codes map to the classes
    made = _errors._from_core(int(code), "f", "msg")
    assert type(made) is cls and made.code == code and str(made) == "f: msg"
    again = pickle.loads(pickle.dumps(e))
    assert type(again) is cls and again.field == "thing" and again.code == code and str(again) == str(e)


def test_codes_are_pinned():
    assert [int(c) for c in af.ErrorCode] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert type(_errors._from_core(99, "", "?")) is af.InternalError


def test_not_found_str_is_the_plain_message():
    with pytest.raises(KeyError) as e:
        af.Calendar(week={"mon": OFFICE}, zone="Mars/Olympus_Mons")
    assert isinstance(e.value, af.NotFoundError)
    assert str(e.value).startswith("zone: unknown time zone 'Mars/Olympus_Mons'")
    assert e.value.field == "zone"
    assert e.value.code == af.ErrorCode.NOT_FOUND


def fails(cls, fn):
    with pytest.raises(cls) as e:
        fn()
    return e.value


@pytest.mark.parametrize(
    "fn, cls, field, value",
    [
        (lambda: af.Calendar(week={"mon": [("09:00", "25:00")]}), af.ParseError, "week.mon[0].close", "25:00"),
        (lambda: af.Calendar(week={"mon": [("9am", "12:00")]}), af.ParseError, "week.mon[0].open", "9am"),
        (lambda: af.Calendar(week={"mon": [("24:00", "12:00")]}), af.ParseError, "week.mon[0].open", "24:00"),
        (lambda: af.Calendar(week={"fri": [("09:00", "12:00"), ("11:00", "13:00")]}), af.InvalidArgumentError,
         "week.fri", "11:00"),
        (lambda: af.Calendar(week={"mon": [("09:00", "09:00")]}), af.InvalidArgumentError, "week.mon[0]", "09:00"),
        (lambda: af.Calendar(week={"funday": OFFICE}), af.InvalidArgumentError, "week.funday", "funday"),
        (lambda: af.Calendar(week={"mon": OFFICE, "Monday": OFFICE}), af.InvalidArgumentError, "week.Monday",
         "Monday"),
        (lambda: af.Calendar(workdays={date(2025, 9, 28): "someday"}), af.InvalidArgumentError,
         "workdays.2025-09-28", "someday"),
        (lambda: af.Calendar(holidays=[date(2025, 9, 28)], workdays=[date(2025, 9, 28)]), af.InvalidArgumentError,
         "workdays.2025-09-28", "holiday"),
        (lambda: af.Calendar(days={date(2025, 9, 1): [("09:00", "12:00"), ("10:00", "11:00")]}),
         af.InvalidArgumentError, "days.2025-09-01", "10:00"),
        (lambda: af.Calendar(holidays=[date(2025, 1, 1), date(1960, 1, 1)]), af.OutOfRangeError, "holidays[1]",
         "1960-01-01"),
        (lambda: af.Calendar(horizon=date(2300, 1, 1)), af.OutOfRangeError, "horizon", "2300-01-01"),
        (lambda: af.Calendar(zone="Nowhere/Town"), af.NotFoundError, "zone", "Nowhere/Town"),
        (lambda: af.Calendar.china(hours=[("09:00", "12:60")]), af.ParseError, "hours[0].close", "12:60"),
        (lambda: af.Calendar.from_json("{"), af.ParseError, "calendar", ""),
        (lambda: af.Calendar.from_json('{"zone": "Asia/Shanghai", "weeks": {}}'), af.Error, "weeks", "weeks"),
        (lambda: af.Calendar.from_json('{"holidays": ["2025-13-01"]}'), af.ParseError, "holidays[0]", "2025-13-01"),
        (lambda: af.Calendar.from_json('{"preset": "jp"}'), af.NotFoundError, "preset", "jp"),
        (lambda: af.parse_duration("6 hours"), af.ParseError, "duration", "6 hours"),
    ],
)
def test_messages_name_field_and_value(fn, cls, field, value):
    e = fails(cls, fn)
    assert field in e.field, (e.field, str(e))
    assert value in str(e), str(e)
    assert str(e).startswith(e.field + ": ")


def test_calendar_errors(office, china):
    e = fails(af.OutOfRangeError, lambda: china.add(datetime(2026, 12, 31, 17), 2 * H))
    assert e.field == "d" and "horizon" in str(e)
    e = fails(af.OutOfRangeError, lambda: china.is_business_day(date(2027, 1, 4)))
    assert e.field == "date" and "2027-01-04" in str(e)
    e = fails(af.OutOfRangeError, lambda: office.add(datetime(1960, 1, 1), H))
    assert e.field == "t" and "1959-12-31T16:00:00Z" in str(e)
    e = fails(af.OutOfRangeError, lambda: office.is_business_day(date(2200, 1, 1)))
    assert "2200-01-01" in str(e)
    e = fails(af.OutOfRangeError, lambda: china.advance(date(2026, 12, 30), 5))
    assert e.field == "n"
    empty = af.Calendar()
    e = fails(af.OutOfRangeError, lambda: empty.add(datetime(2025, 1, 1), H))
    assert e.field == "d"
    e = fails(af.InvalidArgumentError, lambda: office.advance(date(2025, 1, 1), 2**40))
    assert e.field == "n"


def test_dispatch_errors(policy):
    call = datetime(2025, 9, 1, 9)
    e = fails(af.NotFoundError, lambda: policy.status(call, "rural", call))
    assert e.field == "zone" and "rural" in str(e) and "urban" in str(e)
    e = fails(af.StateError, lambda: policy.deadline(call, "urban", pauses=[(call, None)]))
    assert e.field == "pauses[0].end"
    e = fails(af.InvalidArgumentError, lambda: policy.status(call, "urban", call, arrival=call - H))
    assert e.field == "arrival"
    e = fails(af.InvalidArgumentError, lambda: policy.dispatch_order([("", call, "urban", False)], call + H))
    assert e.field == "calls[0].id"
    e = fails(af.ParseError, lambda: af.DispatchPolicy.from_json('{"calendar": {}, "dispatch": {"at_risk": "1x"}}'))
    assert e.field == "dispatch.at_risk" and "1x" in str(e)


def test_python_type_errors_are_plain_type_errors(office):
    with pytest.raises(TypeError) as e:
        office.add("09:00", H)
    assert not isinstance(e.value, af.Error)
    assert "t must be a datetime.datetime" in str(e.value)
    with pytest.raises(TypeError, match=r"holidays\[0\] must be a datetime.date, not a datetime.datetime"):
        af.Calendar(holidays=[datetime(2025, 10, 1)])


def test_errors_name_what_the_caller_passed():
    # china(hours=...) names hours, not the weekday the preset copies them to.
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar.china(hours=[("09:00", "12:00"), ("11:00", "13:00")])
    assert e.value.field == "hours" and "overlap" in str(e.value)
    # A company holiday after the preset's horizon is the caller's first one.
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar.china(holidays=[date(2027, 1, 4)])
    assert e.value.field == "holidays[0]" and "2027-01-04" in str(e.value)
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar.from_json('{"preset": "cn", "holidays": ["2026-05-06", "2027-01-04"]}')
    assert e.value.field == "holidays[1]"
    # The same weekday twice in a document.
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar.from_json('{"week": {"mon": [["09:00", "12:00"]], "monday": []}}')
    assert e.value.field == "week.monday"


def test_batch_errors_name_the_element():
    import numpy as np

    policy = af.DispatchPolicy(af.Calendar.china())
    calls = np.array(["2025-06-03T10:00", "2025-06-03T11:00"], dtype="datetime64[s]")
    with pytest.raises(af.NotFoundError) as e:
        policy.deadline_many(calls, ["urban", "rural"])
    assert e.value.field == "zones[1]" and "'rural'" in str(e.value)
