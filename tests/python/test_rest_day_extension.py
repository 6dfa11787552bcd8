"""The rest-day extension per period kind (warranty.rest_day_extension):
Civil Code art. 203 moves the last day of a period off a rest day; art. 204
lets the parties provide otherwise, so a policy turns it off per kind.
Default: every kind extended (issue 27)."""
from __future__ import annotations

import json
from datetime import date

import pytest

import aftersales as af


def with_off(china, kind=None) -> af.WarrantyPolicy:
    section = {} if kind is None else {"rest_day_extension": {kind: False}}
    return af.WarrantyPolicy.from_json(json.dumps({"warranty": section}), calendar=china)


def test_whole_unit_term_ending_on_a_saturday_is_extended_by_default(china):
    # Bought 2025-01-10: one year ends Saturday 2026-01-10, moved to Monday.
    c = with_off(china).coverage("colour_tv", date(2025, 1, 10), date(2026, 1, 12))
    assert c.covered and c.until == date(2026, 1, 12)
    doc = json.loads(af.WarrantyPolicy.sanbao(calendar=china).to_json())
    assert set(doc["warranty"]["rest_day_extension"].values()) == {True}


def test_whole_unit_term_not_extended_when_turned_off(china):
    off = with_off(china, "whole_unit")
    c = off.coverage("colour_tv", date(2025, 1, 10), date(2026, 1, 12))
    assert not c.covered and c.until == date(2026, 1, 10)
    assert "warranty.rest_day_extension.whole_unit = false" in c.rule
    # Only that kind: a component's term still moves (bicycle frame, 2 years
    # from 2024-01-10, Saturday 2026-01-10).
    frame = off.coverage("bicycle", date(2024, 1, 10), date(2026, 1, 12), component="frame")
    assert frame.covered and frame.until == date(2026, 1, 12)
    again = af.WarrantyPolicy.from_json(off.to_json(), calendar=china)
    assert json.loads(again.to_json())["warranty"]["rest_day_extension"]["whole_unit"] is False


def test_return_window_ending_on_a_saturday(china):
    # Sold 2025-09-20: 7 days end Saturday 09-27; Sunday 09-28 is a make-up
    # working day, so the extended window ends then.
    assert "return" in with_off(china).remedy("colour_tv", date(2025, 9, 20), date(2025, 9, 28)).options
    r = with_off(china, "return").remedy("colour_tv", date(2025, 9, 20), date(2025, 9, 28))
    assert r.options == ("exchange", "repair")


@pytest.mark.parametrize(
    "member, field, text",
    [
        ('{"weekend": true}', "warranty.rest_day_extension.weekend", "weekend"),
        ('{"return": "no"}', "warranty.rest_day_extension.return", "true or false"),
    ],
)
def test_bad_members_are_clear_errors(member, field, text):
    with pytest.raises(af.ParseError) as e:
        af.WarrantyPolicy.from_json('{"warranty": {"rest_day_extension": %s}}' % member)
    assert e.value.field == field and text in str(e.value)
