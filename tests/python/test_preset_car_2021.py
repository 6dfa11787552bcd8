"""The car_2021 preset against 家用汽车产品修理更换退货责任规定 (2021,
市场监管总局令第43号), article by article (issue 27); the articles the preset
does not decide yet are listed in its note."""
from __future__ import annotations

import json
from datetime import date

import pytest

import aftersales as af

CAR = af.WarrantyPolicy.car_2021()


def test_art_18_periods_whichever_first():
    assert CAR.coverage("car", date(2025, 1, 10), date(2027, 6, 1), mileage_km=59999).covered
    assert not CAR.coverage("car", date(2025, 1, 10), date(2025, 6, 1), mileage_km=60001).covered
    r = CAR.remedy("car", date(2025, 1, 10), date(2026, 6, 1), prior_repairs=5, mileage_km=50001)
    assert r.options == ("repair",)  # past the 三包有效期's 50,000 km


def test_art_24_more_than_30_days_or_more_than_4_repairs():
    assert CAR.remedy("car", date(2025, 3, 10), date(2026, 1, 10), repair_days=31).options == ("return", "exchange")
    assert CAR.remedy("car", date(2025, 3, 10), date(2026, 1, 10), prior_repairs=5).options == ("return", "exchange")
    assert CAR.remedy("car", date(2025, 3, 10), date(2026, 1, 10), prior_repairs=4).options == ("repair",)


def test_no_wait_for_parts_limit_of_its_own():
    # Art. 21 and 24: waiting for parts is repair time; the 1995 90-day rule is not the car rules'.
    assert CAR.remedy_rules["parts_limit_days"] == 0
    assert CAR.remedy("car", date(2025, 3, 10), date(2026, 1, 10), waiting_parts_days=120).options == ("repair",)


def test_art_32_exclusions():
    assert CAR.exclusions == ("disclosed_defect", "misuse", "modification", "improper_handling", "force_majeure")
    assert not CAR.coverage("car", date(2025, 3, 10), date(2025, 6, 1), cause="modification").covered
    with pytest.raises(af.NotFoundError):
        CAR.coverage("car", date(2025, 3, 10), date(2025, 6, 1), cause="no_voucher")


def test_round_trip_keeps_the_rules():
    again = af.WarrantyPolicy.from_json(CAR.to_json())
    assert json.loads(again.to_json()) == json.loads(CAR.to_json())
