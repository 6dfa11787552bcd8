"""Complaint numbers in the seed's form: seeds/002 (八) 客戶投訴處理表編號原則,
年度(××)月份(××)流水編號(××), a two-digit serial per year and month, widened
past 99 and never reused; the serial's minimum width is the complaint
policy's "serial_width" (default 2) (issue 27)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

import aftersales as af

BJ = timezone(timedelta(hours=8))


def test_width_aware_numbers_widen_past_99():
    assert af.complaint_number(2026, 11, 7, min_width=2) == "2611-07"
    assert af.complaint_number(2026, 11, 100, min_width=2) == "2611-100"
    assert af.parse_complaint_number("2611-07", min_width=2) == (2026, 11, 7)
    assert af.parse_complaint_number("2611-100", min_width=2) == (2026, 11, 100)
    assert af.parse_complaint_number("2611-0007", min_width=2) == (2026, 11, 7)
    # Without a width: the four-digit form, as before.
    assert af.complaint_number(2026, 11, 7) == "2611-0007"
    with pytest.raises(af.ParseError) as e:
        af.parse_complaint_number("2611-07")
    assert e.value.field == "number"


@pytest.mark.parametrize(
    "call, error, field, text",
    [
        (lambda: af.parse_complaint_number("2611-7", min_width=2), af.ParseError, "number", "2611-7"),
        (lambda: af.parse_complaint_number("2613-01", min_width=2), af.ParseError, "month", "2613-01"),
        (lambda: af.complaint_number(2026, 11, 7, min_width=0), af.InvalidArgumentError, "min_width", "0"),
        (lambda: af.complaint_number(2026, 11, 0, min_width=2), af.InvalidArgumentError, "serial", "0"),
    ],
)
def test_bad_numbers_name_the_field(call, error, field, text):
    with pytest.raises(error) as e:
        call()
    assert e.value.field == field and text in str(e.value)


def test_policy_serial_width(china):
    p = af.ComplaintPolicy(china)
    assert p.serial_width == 2  # data/policies/complaints.json, as seeds/002 (八)
    assert p.complaint_number(2026, 11, 7) == "2611-07"
    assert p.parse_complaint_number("2611-100").serial == 100
    four = af.ComplaintPolicy.from_json('{"complaints": {"serial_width": 4}}', china)
    assert four.serial_width == 4 and four.complaint_number(2026, 11, 7) == "2611-0007"
    assert json.loads(four.to_json())["complaints"]["serial_width"] == 4
    with pytest.raises(af.InvalidArgumentError) as e:
        af.ComplaintPolicy.from_json('{"complaints": {"serial_width": 10}}', china)
    assert e.value.field == "complaints.serial_width"


def test_store_numbers_in_the_seed_form(tmp_path, china):
    with af.Store.open(str(tmp_path / "s.db"), af.Policy.default(china)) as store:
        at = datetime(2025, 10, 9, 10, tzinfo=BJ)
        numbers = [store.open_complaint(at, "quality", "general").number for _ in range(100)]
        assert numbers[0] == "2510-01" and numbers[98] == "2510-99" and numbers[99] == "2510-100"
        assert len(set(numbers)) == 100  # never reused
