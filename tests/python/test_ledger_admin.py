"""Administrative penalties on the store-less PenaltyLedger (issue 29 item 6,
review29 finding 7): the Python face of C++ PenaltyLedger::penalize.

客戶投訴行政處罰準則 (五)3: 大過以上者,當月效益獎金全額罰扣 — a major
demerit takes the whole month's bonus at once. The 50 % cap (客戶投訴經濟處罰
準則 (三)4) is for complaint deductions only: an administrative penalty is
never spread over two months. Amounts worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import aftersales as af


def test_major_demerit_takes_the_whole_bonus_and_the_charge_waits():
    led = af.PenaltyPolicy.default().ledger()
    led.charge("wang", "2025-11", Decimal("1000"), "2511-0001")
    led.penalize("wang", "2025-11", "2511-0002", "major")
    s = led.settlement("wang", "2025-11", Decimal("3000"))
    assert (s.admin_deducted, s.admin_uncollected) == (Decimal("3000.00"), Decimal("0.00"))
    assert (s.cap, s.deducted, s.carried) == (Decimal("0.00"), Decimal("0.00"), Decimal("1000.00"))
    assert s.admin_lines == (("2511-0002", "major", Decimal("3000.00"), Decimal("0.00")),)
    # December: nothing of the demerit is left over; the charge within 50 %.
    s = led.settlement("wang", "2025-12", Decimal("3000"))
    assert (s.admin_deducted, s.cap, s.deducted, s.carried) == (
        Decimal("0.00"), Decimal("1500.00"), Decimal("1000.00"), Decimal("0.00"))


def test_the_cap_is_for_complaint_deductions_only():
    # A 400.00 warning and a 2,000.00 charge on a 3,000.00 bonus: the warning
    # whole, the charge up to 1,500.00 (50 % of the whole bonus), 500.00
    # carried; 1,900.00 in all.
    led = af.PenaltyLedger()
    led.charge("li", "2025-11", Decimal("2000"), "2511-0003")
    warning = af.administrative_deduction("warning")
    assert warning == Decimal("400.00")
    led.penalize("li", date(2025, 11, 20), "2511-0004", "warning", amount=warning)
    s = led.settlement("li", "2025-11", Decimal("3000"))
    assert (s.admin_deducted, s.cap, s.deducted, s.carried) == (
        Decimal("400.00"), Decimal("1500.00"), Decimal("1500.00"), Decimal("500.00"))
    assert s.admin_deducted + s.deducted == Decimal("1900.00")
    # settle() keeps its meaning: the complaint deductions and the carry.
    led.charge("zhao", "2025-11", Decimal("1000"), "2511-0005")
    led.penalize("zhao", "2025-11", "2511-0006", "minor", count=2, amount=Decimal("1600"))
    assert led.settle("zhao", "2025-11", Decimal("3000")) == (Decimal("1000.00"), Decimal("0.00"))


def test_what_the_bonus_cannot_pay_is_not_carried():
    led = af.PenaltyLedger()
    led.penalize("zhou", "2025-11", "2511-0007", "major")
    led.penalize("zhou", "2025-11", "2511-0008", "minor", count=2, amount=Decimal("1600"))
    assert led.admin_charges() == [
        ("zhou", "2025-11", "2511-0007", "major", 1, Decimal("0.00")),
        ("zhou", "2025-11", "2511-0008", "minor", 2, Decimal("1600.00")),
    ]
    s = led.settlement("zhou", "2025-11", Decimal("2500"))
    assert (s.admin_deducted, s.admin_uncollected, s.carried) == (
        Decimal("2500.00"), Decimal("1600.00"), Decimal("0.00"))
    assert led.outstanding("zhou") == Decimal("0.00")


def test_a_settled_month_takes_no_penalty():
    led = af.PenaltyLedger()
    led.settle("wang", "2025-11", Decimal("3000"))
    for month in ("2025-11", "2025-10"):
        with pytest.raises(af.StateError) as e:
            led.penalize("wang", month, "2511-0009", "warning", amount=Decimal("400"))
        assert e.value.field == "month"
        assert "taken whole in its own month" in str(e.value)
    assert led.admin_charges() == []
    led.penalize("wang", "2025-12", "2511-0009", "warning", amount=Decimal("400"))


@pytest.mark.parametrize(
    "call, cls, field",
    [
        (lambda led: led.penalize("wang", "2025-11", "A", "major", amount=Decimal("1")), af.InvalidArgumentError,
         "amount"),
        (lambda led: led.penalize("wang", "2025-11", "A", "warning", amount=Decimal("-1")),
         af.InvalidArgumentError, "amount"),
        (lambda led: led.penalize("wang", "2025-11", "A", "reprimand", amount=1), af.InvalidArgumentError, "kind"),
        # A ledger without its policy knows no minimum: a warning's amount is required.
        (lambda led: led.penalize("wang", "2025-11", "A", "warning"), af.InvalidArgumentError, "amount"),
        (lambda led: led.penalize("wang", "2025-11", "A", "warning", count=0, amount=1), af.InvalidArgumentError,
         "count"),
        (lambda led: led.penalize("wang", "2025-13", "A", "warning", amount=1), af.ParseError, "month"),
        (lambda led: led.penalize("", "2025-11", "A", "warning", amount=1), af.InvalidArgumentError, "person"),
        (lambda led: led.penalize("wang", "2025-11", "", "warning", amount=1), af.InvalidArgumentError, "case_id"),
    ],
)
def test_bad_input_names_the_field(call, cls, field):
    led = af.PenaltyLedger()
    with pytest.raises(cls) as e:
        call(led)
    assert e.value.field == field
    assert led.admin_charges() == []


def test_amounts_are_money():
    with pytest.raises(TypeError):
        af.PenaltyLedger().penalize("wang", "2025-11", "A", "warning", amount=400.0)
