"""The piano preset against its source (issue 27): seeds/001_dae681eb42747e8a.txt
第三篇 售后服务细则, lines 63-89 -- §1 (line 66) 3 years from the day of
purchase, §2 (line 67) paid after the term, §3 (lines 68-83) remedies by
defect, 不属于保修范围 1-5 (lines 84-89) the exclusions. Pianos are not on the
三包 annex: no 7-day return, 15-day exchange, twice-repaired rule or 30/90-day
limits."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

import aftersales as af

BOUGHT = date(2025, 1, 10)


@pytest.fixture(scope="module")
def piano() -> af.WarrantyPolicy:
    return af.WarrantyPolicy.piano()


def test_no_sanbao_windows_or_limits_seed_001_part_3(piano):
    rules = piano.remedy_rules
    for key in ("return_days", "exchange_days", "max_repairs", "repair_limit_days", "parts_limit_days"):
        assert rules[key] == 0, key  # not offered
    assert af.WarrantyPolicy.sanbao().remedy_rules["return_days"] == 7  # the sanbao default is unchanged
    doc = json.loads(piano.to_json())["warranty"]["rules"]
    assert doc["return_days"] == "none" and doc["max_repairs"] == "none"


def test_fault_on_day_3_repair_only_seed_001_item_1(piano):
    r = piano.remedy("piano", BOUGHT, date(2025, 1, 13), price=Decimal("30000"))
    assert r.options == ("repair",) and r.free and r.refund is None
    assert piano.remedy("piano", BOUGHT, date(2025, 1, 24)).options == ("repair",)  # day 14


def test_fault_after_two_repairs_gets_repair_seed_001_part_3(piano):
    assert piano.remedy("piano", BOUGHT, date(2025, 6, 1), prior_repairs=2).options == ("repair",)
    assert piano.remedy("piano", BOUGHT, date(2025, 6, 1), fault="broken_keys", prior_repairs=5).options == ("repair",)
    assert piano.remedy("piano", BOUGHT, date(2025, 6, 1), repair_days=31).options == ("repair",)
    assert piano.remedy("piano", BOUGHT, date(2025, 6, 1), waiting_parts_days=91).options == ("repair",)


@pytest.mark.parametrize(
    "kind, options, line",
    [
        ("iron_frame", ("return",), "71-72 保退"),
        ("soundboard_crack", ("return",), "73-74 保退"),
        ("pedal_spring", ("exchange",), "75-76 保换"),
        ("hammer_glue", ("return", "repair"), "77-78 保修或保退"),
        ("case_crack", ("repair",), "79 保修"),
        ("tuning_pins", ("repair",), "80-81 保修"),
        ("broken_keys", ("repair",), "82-83 保修"),
    ],
)
def test_remedy_by_defect_seed_001_item_3(piano, kind, options, line):
    r = piano.remedy("piano", BOUGHT, date(2026, 5, 1), fault=kind)
    assert r.options == options, line
    assert r.free


def test_three_years_last_day_and_the_day_after_seed_001_item_1(piano):
    last = piano.coverage("piano", BOUGHT, date(2028, 1, 10))
    assert last.covered and last.until == date(2028, 1, 10)
    assert not piano.coverage("piano", BOUGHT, date(2028, 1, 11)).covered
    # item 2 (line 67): after the term the actual cost is charged
    after = piano.remedy("piano", BOUGHT, date(2028, 1, 11), fault="soundboard_crack")
    assert after.options == ("repair",) and not after.free
    assert piano.remedy("piano", BOUGHT, date(2028, 1, 10), fault="soundboard_crack").options == ("return",)


@pytest.mark.parametrize(
    "cause, line",
    [
        ("transport_storage", "85 运输或保管不当"),
        ("misuse", "86 使用者人为造成"),
        ("environment", "87 环境气候"),
        ("force_majeure", "88 自然灾害等不可抗力"),
        ("unauthorised_repair", "89 非认定技术人员维修"),
    ],
)
def test_each_exclusion_paid_repair_seed_001_lines_84_89(piano, cause, line):
    r = piano.remedy("piano", BOUGHT, date(2025, 1, 13), fault="soundboard_crack", cause=cause)
    assert r.options == ("repair",) and not r.free, line
    assert cause in r.rule


def test_none_in_a_policy_document():
    doc = '{"warranty": {"rules": {"return_days": "none", "max_repairs": "none"}, "products": {"tv": {"whole_unit": "1y"}}}}'
    p = af.WarrantyPolicy.from_json(doc)
    assert p.remedy_rules["return_days"] == 0 and p.remedy_rules["exchange_days"] == 15
    assert p.remedy("tv", BOUGHT, date(2025, 1, 12)).options == ("exchange", "repair")
    with pytest.raises(af.ParseError) as e:
        af.WarrantyPolicy.from_json('{"warranty": {"rules": {"return_days": null}}}')
    assert e.value.field == "warranty.rules.return_days" and '"none"' in e.value.message
