"""The sanbao preset row by row against the annex of 部分商品修理更换退货责任规定
(1995), 实施三包的部分商品目录(第一批), through the Python API (issue 27).

Source of every row: the 法搜网 copy of the regulation,
http://www.lygzb.net/html/text/chl/134/13469_3.html (page 3: the annex
table, rows 1-4). Rows 5-18 are not in the preset (see its note).

Bought Monday 2025-03-10; the policy has no calendar, so each term ends on
its corresponding day, never moved to a business day.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

import aftersales as af

BOUGHT = date(2025, 3, 10)
ONE_DAY = timedelta(days=1)

# (annex row, product, Chinese name, whole-unit years, {main part: years}, depreciation ppm/day)
ROWS = [
    (1, "bicycle", "自行车", 1, {"frame": 2, "derailleur": 2}, 500),
    (2, "colour_tv", "彩色电视机", 1, {"picture_tube": 3, "flyback_transformer": 3, "tuner": 3, "ics": 3}, 1000),
    (3, "bw_tv", "黑白电视机", 1, {"picture_tube": 3, "flyback_transformer": 3, "tuner": 3, "ics": 3}, 500),
    (4, "vcr", "家用录像机", 1, {"drum_motor": 1, "capstan_motor": 1, "loading_motor": 1, "ics": 1}, 1000),
]


@pytest.fixture(scope="module")
def plain() -> af.WarrantyPolicy:
    return af.WarrantyPolicy.sanbao()


def last_day(years: int) -> date:
    return BOUGHT.replace(year=BOUGHT.year + years)


@pytest.mark.parametrize(
    "row, product, name, whole_years, parts, ppm",
    ROWS,
    ids=[f"三包 1995 annex row {r[0]}: {r[1]} ({r[2]}) [法搜网 lygzb.net 13469_3]" for r in ROWS],
)
def test_annex_row(plain, row, product, name, whole_years, parts, ppm):
    doc = json.loads(plain.to_json())["warranty"]["products"][product]
    assert doc["whole_unit"] == f"{whole_years}y" and doc["basis"] == "invoice"
    assert doc["components"] == {part: f"{years}y" for part, years in parts.items()}
    assert doc["depreciation_ppm_per_day"] == ppm

    end = last_day(whole_years)
    c = plain.coverage(product, BOUGHT, end)
    assert c.covered and c.until == end and c.term == "whole_unit"
    assert not plain.coverage(product, BOUGHT, end + ONE_DAY).covered
    for part, years in parts.items():
        end = last_day(years)
        c = plain.coverage(product, BOUGHT, end, component=part)
        assert c.covered and c.until == end and c.term == part, part
        assert not plain.coverage(product, BOUGHT, end + ONE_DAY, component=part).covered, part

    # Day 10, exchange refused, price 10,000 yuan: 10 days at the row's rate.
    r = plain.remedy(product, BOUGHT, date(2025, 3, 20), price=Decimal("10000"), refused_exchange=True)
    assert "return" in r.options
    assert r.refund == Decimal("10000") - Decimal(ppm * 10) / 100  # ppm x 10 days of 1,000,000 fen, in yuan


def test_only_the_transcribed_rows(plain):
    products = json.loads(plain.to_json())["warranty"]["products"]
    assert set(products) == {r[1] for r in ROWS}
    with pytest.raises(af.NotFoundError):
        plain.coverage("household_refrigerator", BOUGHT, date(2025, 6, 1))
    with pytest.raises(af.NotFoundError):
        plain.coverage("vcr", BOUGHT, date(2025, 6, 1), component="head_drum")  # our old name, not the annex's


def test_vcr_remedy_windows(plain):
    # 三包 1995 arts. 9-10: return within 7 days (to 03-17), exchange within 15 (to 03-25).
    assert plain.remedy("vcr", BOUGHT, date(2025, 3, 17)).options == ("return", "exchange", "repair")
    assert plain.remedy("vcr", BOUGHT, date(2025, 3, 18)).options == ("exchange", "repair")
    assert plain.remedy("vcr", BOUGHT, date(2025, 3, 25)).options == ("exchange", "repair")
    assert plain.remedy("vcr", BOUGHT, date(2025, 3, 26)).options == ("repair",)
