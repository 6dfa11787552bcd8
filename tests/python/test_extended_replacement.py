"""The extended warranty's new unit for a unit that cannot be repaired
(issue 27): seeds/002_43204c733be88d37.txt 第三篇, line 208 -- 对于无法维修的电器,
厂家将直接更换新机."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import aftersales as af
from aftersales import warranty

BOUGHT = date(2025, 1, 10)  # maker's year to 2026-01-10
EW = af.ExtendedWarranty("ew-1", 2)  # to 2028-01-10


def test_replacement_is_a_remedy_name_from_the_table():
    assert warranty.REMEDIES[3] == "replacement"  # then assembly_replacement (car 2021 art. 20, issue 27)


def test_unrepairable_under_extended_warranty_gets_a_new_unit_seed_002_part_3():
    p = af.WarrantyPolicy.sanbao()
    r = p.remedy("colour_tv", BOUGHT, date(2026, 6, 1), price=Decimal("6000"), extended=[EW], unrepairable=True)
    assert r.options == ("replacement",)
    assert r.free and r.refund is None
    assert "ew-1" in r.rule and "replacement with a new unit" in r.rule and "seeds/002" in r.rule
    # repairable: repaired
    assert p.remedy("colour_tv", BOUGHT, date(2026, 6, 1), extended=[EW]).options == ("repair",)
    # past the extended warranty: paid repair
    late = p.remedy("colour_tv", BOUGHT, date(2028, 1, 11), extended=[EW], unrepairable=True)
    assert late.options == ("repair",) and not late.free


def test_maker_terms_decide_within_their_term_seed_002_part_3():
    p = af.WarrantyPolicy.sanbao()
    r = p.remedy("colour_tv", BOUGHT, date(2025, 6, 1), extended=[EW], unrepairable=True)
    assert r.options == ("repair",) and r.free
    assert any("cannot be repaired" in line for line in r.trail)


def test_unrepairable_must_be_a_bool():
    p = af.WarrantyPolicy.sanbao()
    with pytest.raises(TypeError, match="unrepairable"):
        p.remedy("colour_tv", BOUGHT, date(2026, 6, 1), extended=[EW], unrepairable="yes")
