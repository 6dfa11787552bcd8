"""The car_2021 preset's articles added by issue 27 (家用汽车产品修理更换退货责任规定,
2021, 市场监管总局令第43号): art. 18 para. 2, 20, 24 para. 1 (1)-(3), 27, 28; and
the piano's refused exchange (seeds/001 第三篇 gives no return for it; 1995
三包 art. 13 does)."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

import aftersales as af

CAR = af.WarrantyPolicy.car_2021()


def test_art_18_para_2_from_delivery_when_it_differs():
    c = CAR.coverage("car", date(2025, 1, 10), date(2028, 1, 15), delivered=date(2025, 1, 20), mileage_km=1000)
    assert c.covered and c.until == date(2028, 1, 20)
    assert "from delivery 2025-01-20 (invoice_or_delivery: the delivery date)" in c.rule
    c = CAR.coverage("car", date(2025, 1, 10), date(2028, 1, 15), mileage_km=1000)
    assert not c.covered and "from invoice 2025-01-10" in c.rule
    assert "invoice_or_delivery" in af._core.enum_names("start_basis")


def test_art_20_assembly_replacement_within_60_days_or_3000_km():
    r = CAR.remedy("car", date(2025, 3, 10), date(2025, 5, 9), fault="major_part", mileage_km=2999)
    assert r.options == ("repair", "assembly_replacement") and r.free
    assert CAR.remedy("car", date(2025, 3, 10), date(2025, 5, 9), fault="major_part", mileage_km=3001).options == (
        "repair",
    )
    assert "assembly_replacement" in af.warranty.REMEDIES


def test_art_23_window_is_safety_failure():
    r = CAR.remedy("car", date(2025, 3, 10), date(2025, 3, 20), fault="safety_failure", mileage_km=100)
    assert r.options == ("return", "exchange")
    # serious_safety (art. 40's term) has no window: a first one is repaired.
    assert CAR.remedy("car", date(2025, 3, 10), date(2025, 3, 20), fault="serious_safety").options == ("repair",)


@pytest.mark.parametrize(
    "kind, repairs, replacements",
    [("serious_safety", 2, 0), ("major_assembly", 0, 2), ("main_part", 0, 2), ("major_part", 0, 2)],
)
def test_art_24_para_1_items_1_to_3_repeat_limits(kind, repairs, replacements):
    r = CAR.remedy("car", date(2025, 3, 10), date(2026, 1, 5), fault=kind, prior_repairs=repairs,
                   prior_replacements=replacements, mileage_km=20000)
    assert r.options == ("return", "exchange")
    assert f"repeat_limits.{kind} = 2" in r.rule
    r = CAR.remedy("car", date(2025, 3, 10), date(2026, 1, 5), fault=kind, prior_repairs=max(0, repairs - 1),
                   prior_replacements=max(0, replacements - 1), mileage_km=20000)
    assert r.options == ("repair",)


def test_art_24_prior_replacements_checked():
    with pytest.raises(af.InvalidArgumentError) as e:
        CAR.remedy("car", date(2025, 3, 10), date(2026, 1, 5), fault="main_part", prior_replacements=-1)
    assert e.value.field == "prior_replacements"


def test_art_27_usage_compensation():
    r = CAR.remedy("car", date(2025, 3, 10), date(2026, 6, 1), fault="serious_safety", prior_repairs=2,
                   price=Decimal("200000.00"), mileage_km=12000, usage_coefficient_ppm=4000)
    assert r.usage_compensation == Decimal("9600.00")  # 200,000 x 12,000 / 1000 x 0.4 %
    assert r.refund == Decimal("190400.00")
    assert "20000000 fen x 12000 km / 1000 x 4000 ppm = 960000 fen" in r.rule
    # Half up to the fen: 1,000 yuan x 1 km / 1000 x 0.5 % = 0.5 fen -> 0.01 yuan.
    r = CAR.remedy("car", date(2025, 3, 10), date(2026, 6, 1), prior_repairs=5, price=Decimal("1000"), mileage_km=1,
                   usage_coefficient_ppm=5000)
    assert r.usage_compensation == Decimal("0.01")
    with pytest.raises(af.InvalidArgumentError) as e:
        CAR.remedy("car", date(2025, 3, 10), date(2026, 6, 1), prior_repairs=5, price=Decimal("1000"),
                   mileage_km=1, usage_coefficient_ppm=5001)
    assert e.value.field == "usage_coefficient_ppm" and "5001" in e.value.message
    # No n given: not computed; the full price is refunded and the trail says why.
    r = CAR.remedy("car", date(2025, 3, 10), date(2026, 6, 1), prior_repairs=5, price=Decimal("1000"), mileage_km=1)
    assert r.usage_compensation is None and r.refund == Decimal("1000.00")
    assert any("not computed: no usage coefficient n" in line for line in r.trail)


def test_art_28_answer_and_completion_deadlines(china):
    car = af.WarrantyPolicy.car_2021(calendar=china)
    assert car.remedy_rules["answer_working_days"] == 10 and car.remedy_rules["complete_working_days"] == 20
    # 2025 National Day: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked.
    d = car.exchange_request_deadlines(date(2025, 9, 26))
    assert (d.answer_by, d.complete_by) == (date(2025, 10, 16), date(2025, 10, 30))
    assert "answer_working_days = 10" in d.rule
    assert car.exchange_request_deadlines(date(2025, 9, 26), received=date(2025, 9, 29)).answer_by == date(2025, 10, 20)
    with pytest.raises(af.StateError) as e:
        CAR.exchange_request_deadlines(date(2025, 9, 26))
    assert e.value.field == "calendar"
    with pytest.raises(af.InvalidArgumentError) as e:
        af.WarrantyPolicy.sanbao(calendar=china).exchange_request_deadlines(date(2025, 9, 26))
    assert e.value.field == "warranty.rules.answer_working_days"


def test_piano_refused_exchange_gives_no_return():
    piano = af.WarrantyPolicy.piano()
    assert piano.remedy_rules["refused_exchange_return"] is False
    r = piano.remedy("piano", date(2025, 3, 10), date(2025, 9, 1), fault="pedal_spring", refused_exchange=True,
                     price=Decimal("30000"))
    assert r.options == ("exchange",) and r.refund is None
    assert "refused_exchange_return = false" in r.rule
    tv = af.WarrantyPolicy.sanbao()
    assert "return" in tv.remedy("colour_tv", date(2025, 3, 10), date(2025, 3, 20), refused_exchange=True).options


def test_car_round_trips_through_to_json():
    doc = CAR.to_json()
    assert af.WarrantyPolicy.from_json(doc).to_json() == doc
    car = json.loads(doc)["warranty"]
    assert car["rules"]["refused_exchange_return"] is False
    assert car["products"]["car"]["usage_coefficient_max_ppm"] == 5000
    assert car["products"]["car"]["basis"] == "invoice_or_delivery"
