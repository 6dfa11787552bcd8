"""Penalties from Python (RULES.md §5): Decimal money that sums back, the
capped ledger, loss, returns, administrative deductions and bad input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import aftersales as af


def test_split_sums_back_exactly():
    assert af.split(Decimal("1000"), {"wang": 60, "li": 40}) == {"wang": Decimal("600.00"), "li": Decimal("400.00")}
    three = af.split(Decimal("0.01"), {"a": Decimal("33.34"), "b": Decimal("33.33"), "c": Decimal("33.33")})
    assert three == {"a": Decimal("0.01"), "b": Decimal("0.00"), "c": Decimal("0.00")}
    odd = af.split(Decimal("100"), {"a": Decimal("33.33"), "b": Decimal("33.33"), "c": Decimal("33.34")})
    assert sum(odd.values()) == Decimal("100")
    assert all(isinstance(v, Decimal) for v in odd.values())


def test_split_by_points():
    assert af.split_by_points(Decimal("1000"), {"a": 3, "b": 2}) == {"a": Decimal("600.00"), "b": Decimal("400.00")}
    shares = af.split_by_points(Decimal("0.01"), {"x": 1, "y": 1, "z": 1})
    assert shares == {"x": Decimal("0.01"), "y": Decimal("0.00"), "z": Decimal("0.00")}


@pytest.mark.parametrize(
    "call, cls, field",
    [
        (lambda: af.split(100, {"a": 60, "b": 30}), af.InvalidArgumentError, "ratios"),
        (lambda: af.split(100, {"a": 120, "b": 30}), af.InvalidArgumentError, "ratios.a"),
        (lambda: af.split(100, {"a": 200}), af.InvalidArgumentError, "ratios.a"),
        (lambda: af.administrative_deduction("major"), af.InvalidArgumentError, "bonus"),
        (lambda: af.administrative_deduction("warning", amount=Decimal("399.99")), af.InvalidArgumentError, "amount"),
        (lambda: af.administrative_deduction("major", bonus=1000, amount=500), af.InvalidArgumentError, "amount"),
        (lambda: af.assess_loss(100, resale_price=80, actual_loss=50), af.InvalidArgumentError, "actual_loss"),
        (lambda: af.split(-1, {"a": 100}), af.InvalidArgumentError, "amount"),
        (lambda: af.split(Decimal("0.001"), {"a": 100}), af.InvalidArgumentError, "amount"),
        (lambda: af.split_by_points(10, {"a": 3, "b": -2}), af.InvalidArgumentError, "points.b"),
        (lambda: af.PenaltyLedger().charge("wang", "2025-13", 1, "A"), af.ParseError, "month"),
        (lambda: af.PenaltyLedger().charge("wang", "2025-10", -1, "A"), af.InvalidArgumentError, "amount"),
        (lambda: af.administrative_deduction("reprimand"), af.InvalidArgumentError, "kind"),
        (lambda: af.assess_loss(100), af.InvalidArgumentError, "actual_loss"),
        (lambda: af.reconcile_return(100, -1), af.InvalidArgumentError, "actual"),
    ],
)
def test_bad_input_names_the_field(call, cls, field):
    with pytest.raises(cls) as e:
        call()
    assert e.value.field == field


def test_split_rejects_floats():
    with pytest.raises(TypeError):
        af.split(100.0, {"a": 100})


def test_ledger_caps_and_carries_over_three_months():
    led = af.PenaltyLedger(cap=Decimal("0.5"))
    led.charge("wang", "2025-10", Decimal("2500"), "2510-0001")
    assert led.settle("wang", "2025-10", Decimal("2000")) == (Decimal("1000.00"), Decimal("1500.00"))
    assert led.settle("wang", "2025-11", Decimal("2000")) == (Decimal("1000.00"), Decimal("500.00"))
    assert led.settle("wang", "2025-12", Decimal("2000")) == (Decimal("500.00"), Decimal("0.00"))
    assert led.outstanding("wang") == Decimal("0.00")
    with pytest.raises(af.StateError) as e:
        led.settle("wang", "2025-12", Decimal("2000"))
    assert e.value.field == "month"


def test_ledger_new_charge_while_old_one_carried():
    led = af.PenaltyLedger()
    assert led.cap == Decimal("0.5")  # the default scale
    led.charge("li", "2025-10", Decimal("1500"), "A")
    led.settle("li", "2025-10", Decimal("2000"))
    led.charge("li", date(2025, 11, 5), Decimal("800"), "B")
    s = led.settlement("li", "2025-11", Decimal("2000"))
    assert [line[0] for line in s.lines] == ["A", "B"]
    assert (s.deducted, s.carried) == (Decimal("1000.00"), Decimal("300.00"))


def test_loss_and_returns_and_admin():
    assert af.assess_loss(Decimal("1000"), resale_price=Decimal("700")) == Decimal("300.00")
    assert af.assess_loss(Decimal("1000"), actual_loss=Decimal("450")) == Decimal("450.00")
    pol = af.PenaltyPolicy.default()
    a = pol.assess_loss(Decimal("1000"), date(2025, 1, 31), sold=date(2025, 3, 1), resale_price=700, actual_loss=450)
    assert not a.resold_in_time and a.loss == Decimal("450.00") and a.resale_deadline == date(2025, 2, 28)
    assert af.reconcile_return(100, 105) == ("accept", 105)
    assert af.reconcile_return(100, 106) == ("flag", 106)
    assert af.reconcile_return(100, 106, tolerance=Decimal("0.1")) == ("accept", 106)
    assert af.administrative_deduction("warning") == Decimal("400.00")
    assert af.administrative_deduction("minor", count=2) == Decimal("1600.00")
    assert af.administrative_deduction("major", bonus=Decimal("3210.50")) == Decimal("3210.50")
    assert af.administrative_deduction("minor", count=2, amount=Decimal("2000")) == Decimal("2000.00")
    own = af.PenaltyPolicy.from_json('{"penalties": {"deduction_cap_percent": 40}}')
    assert own.cap == Decimal("0.4") and own.offences == pol.offences and own.ledger().cap == Decimal("0.4")
    assert len(pol.offences) == 15
    assert af.PenaltyPolicy.from_json(pol.to_json()).to_json() == pol.to_json()


def test_attribution():
    assert af.attribute("manufacturing", "assembly", group="line 3") == af.Bearer("line 3", "group", af.attribute(
        "manufacturing", "assembly", group="line 3").rule)
    b = af.attribute("sales", "sales east")
    assert (b.name, b.level) == ("sales east", "department") and "no person found" in b.rule
    assert af.attribute("service", "centre", person="wang").level == "person"
    with pytest.raises(af.InvalidArgumentError) as e:
        af.attribute("finance", "x")
    assert e.value.field == "function"
