"""Warranty decisions (RULES.md 3): coverage, remedies (三包), service
categories, extended warranties and maintenance contracts, and the batch
coverage_many."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from decimal import Decimal

import numpy as np
import pytest

import aftersales as af

BOUGHT = date(2025, 1, 10)  # a Friday; 2026-01-10 is a Saturday


@pytest.fixture(scope="module")
def pol(china) -> af.WarrantyPolicy:
    return af.WarrantyPolicy.sanbao(calendar=china)


@pytest.fixture(scope="module")
def plain() -> af.WarrantyPolicy:
    return af.WarrantyPolicy.sanbao()


def fails(cls, fn):
    with pytest.raises(cls) as e:
        fn()
    return e.value


# ---------------------------------------------------------------- coverage (3.2)


def test_colour_tv_whole_unit_one_year_moved_past_the_weekend(pol):
    c = pol.coverage("colour_tv", BOUGHT, date(2026, 1, 12))
    assert c.covered
    assert c.until == date(2026, 1, 12)  # 2026-01-10 is a Saturday: the next business day
    assert c.term == "whole_unit" and c.exclusion is None
    assert "colour_tv" in c.rule and "whole_unit" in c.rule and "2026-01-12" in c.rule
    late = pol.coverage("colour_tv", BOUGHT, date(2026, 1, 13))
    assert not late.covered and late.until == date(2026, 1, 12) and "expired" in late.rule
    assert pol.coverage("colour_tv", BOUGHT, BOUGHT).covered


def test_without_a_calendar_no_rest_day_extension(plain):
    c = plain.coverage("colour_tv", BOUGHT, date(2026, 1, 12))
    assert not c.covered and c.until == date(2026, 1, 10)
    assert plain.calendar is None


def test_picture_tube_three_years(pol):
    on = date(2027, 6, 1)
    whole = pol.coverage("colour_tv", BOUGHT, on)
    tube = pol.coverage("colour_tv", BOUGHT, on, component="picture_tube")
    assert not whole.covered
    assert tube.covered and tube.until == date(2028, 1, 10) and tube.term == "picture_tube"
    assert "picture_tube" in tube.rule and "3 years" in tube.rule
    assert not pol.coverage("colour_tv", BOUGHT, date(2028, 1, 11), "picture_tube").covered


def test_excluded_cause_is_an_answer_naming_it(pol):
    c = pol.coverage("colour_tv", BOUGHT, date(2025, 3, 1), cause="misuse")
    assert not c.covered and c.exclusion == "misuse"
    assert "misuse" in c.rule
    assert "misuse" in pol.exclusions and "force_majeure" in pol.exclusions


def test_repair_days_extend_and_an_exchange_restarts(plain):
    c = plain.coverage("colour_tv", BOUGHT, date(2026, 1, 15), repair_days=10)
    assert c.covered and c.until == date(2026, 1, 20) and "10 days under repair" in c.rule
    ex = plain.coverage("colour_tv", BOUGHT, date(2026, 3, 1), exchanged=date(2025, 6, 1))
    assert ex.covered and ex.until == date(2026, 6, 1) and "exchange" in ex.rule


def test_extended_warranty_runs_after_the_makers(pol):
    ew = af.ExtendedWarranty("EW1", 2, extra_causes=("voltage",))
    on = date(2027, 1, 4)
    assert not pol.coverage("colour_tv", BOUGHT, on).covered
    c = pol.coverage("colour_tv", BOUGHT, on, extended=[ew])
    assert c.covered and c.term == "extended.EW1" and c.until == date(2028, 1, 12)
    assert "EW1" in c.rule
    assert ew.extra_causes == ("voltage",)


def test_start_basis_delivery_needs_the_delivery_date():
    p = af.WarrantyPolicy.from_json(
        '{"warranty": {"products": {"washer": {"whole_unit": "2y", "basis": "delivery"}}}}')
    c = p.coverage("washer", date(2025, 1, 1), date(2027, 1, 15), delivered=date(2025, 1, 20))
    assert c.covered and c.until == date(2027, 1, 20)
    e = fails(af.InvalidArgumentError, lambda: p.coverage("washer", date(2025, 1, 1), date(2025, 2, 1)))
    assert e.field == "delivered"


# ---------------------------------------------------------------- remedy (3.3)


def test_within_seven_days_return_exchange_or_repair(pol):
    r = pol.remedy("colour_tv", BOUGHT, date(2025, 1, 15), price=Decimal("6000"))
    assert r.options == ("return", "exchange", "repair")
    assert r.free
    assert r.refund == Decimal("6000.00") and str(r.refund) == "6000.00"
    assert "return_days" in r.rule
    assert isinstance(r.trail, tuple) and all(isinstance(s, str) for s in r.trail)
    assert any(s.startswith("decided") for s in r.trail)
    assert pol.remedy("colour_tv", BOUGHT, date(2025, 1, 15)).refund is None  # no price, no amount


def test_within_fifteen_days_exchange_or_repair_then_free_repair(pol):
    r = pol.remedy("colour_tv", BOUGHT, date(2025, 1, 22), price=6000)
    assert r.options == ("exchange", "repair") and r.free and r.refund is None
    later = pol.remedy("colour_tv", BOUGHT, date(2025, 6, 1))
    assert later.options == ("repair",) and later.free
    out = pol.remedy("colour_tv", BOUGHT, date(2026, 2, 1))
    assert out.options == ("repair",) and not out.free


def test_repaired_twice_exchange_or_return(pol):
    r = pol.remedy("colour_tv", BOUGHT, date(2025, 6, 1), prior_repairs=2, price="6000.00")
    assert r.options == ("return", "exchange") and r.free
    assert "max_repairs" in r.rule
    assert r.refund == Decimal("6000.00")


def test_refused_exchange_charges_depreciation(pol):
    # 142 days held x 0.1 %/day of 6000 = 852 yuan
    r = pol.remedy("colour_tv", BOUGHT, date(2025, 6, 1), prior_repairs=2, price=Decimal("6000"),
                   refused_exchange=True)
    assert r.refund == Decimal("5148.00") and str(r.refund) == "5148.00"
    assert any("depreciation" in s for s in r.trail)


def test_no_same_model_return_and_repair_limits(pol):
    r = pol.remedy("colour_tv", BOUGHT, date(2025, 6, 1), prior_repairs=2, same_model_available=False, price=6000)
    assert r.options == ("return",) and r.refund == Decimal("6000.00")
    assert pol.remedy("colour_tv", BOUGHT, date(2025, 6, 1), repair_days=31).options == ("exchange",)
    assert pol.remedy("colour_tv", BOUGHT, date(2025, 6, 1), repair_days=30).options == ("repair",)
    assert pol.remedy("colour_tv", BOUGHT, date(2025, 6, 1), waiting_parts_days=91).options == ("exchange",)


def test_excluded_cause_gives_paid_repair(pol):
    r = pol.remedy("colour_tv", BOUGHT, date(2025, 1, 12), cause="misuse", price=6000)
    assert r.options == ("repair",) and not r.free and r.refund is None and "misuse" in r.rule


def test_piano_remedy_table():
    piano = af.WarrantyPolicy.piano()
    r = piano.remedy("piano", date(2025, 3, 1), date(2026, 5, 1), fault="soundboard_crack", price=Decimal("30000"))
    assert r.options == ("return",) and r.free and r.refund == Decimal("30000.00")
    assert "soundboard_crack" in r.rule
    glue = piano.remedy("piano", date(2025, 3, 1), date(2026, 5, 1), fault="hammer_glue")
    assert glue.options == ("return", "repair")
    assert piano.remedy("piano", date(2025, 3, 1), date(2026, 5, 1), fault="pedal_spring").options == ("exchange",)
    assert piano.coverage("piano", date(2025, 3, 1), date(2028, 3, 1)).covered
    e = fails(af.NotFoundError, lambda: piano.remedy("piano", date(2025, 3, 1), date(2026, 5, 1), fault="wobbly"))
    assert e.field == "fault"


def test_other_presets():
    housing = af.WarrantyPolicy.housing()
    # Completion acceptance 2020-06-30, handed over the same day (more: test_housing.py).
    c = housing.coverage("housing", date(2020, 6, 30), date(2024, 6, 1), component="roof_waterproofing",
                         delivered=date(2020, 6, 30))
    assert c.covered and c.until == date(2025, 6, 30)
    car = af.WarrantyPolicy.car_2021()
    assert car.coverage("car", date(2025, 1, 10), date(2027, 6, 1)).covered  # repair warranty 3 years
    assert car.remedy("car", date(2025, 1, 10), date(2027, 6, 1), prior_repairs=5).options == ("repair",)
    assert car.remedy("car", date(2025, 1, 10), date(2026, 6, 1), prior_repairs=5).options == ("return", "exchange")
    assert car.remedy_rules["exchange_days"] == 0  # cars have windows per fault kind instead


# ---------------------------------------------------------------- service category (3.1)


def test_car_mileage_and_fault_windows():
    car = af.WarrantyPolicy.car_2021()
    bought = date(2025, 3, 10)
    # 3 years or 60,000 km, whichever comes first.
    assert car.coverage("car", bought, date(2027, 3, 1), mileage_km=60000).covered
    over = car.coverage("car", bought, date(2025, 6, 1), mileage_km=60001)
    assert not over.covered and "over the limit" in over.rule
    assert "mileage not given" in car.coverage("car", bought, date(2025, 6, 1)).rule
    # Serious safety fault: 60 days or 3,000 km.
    r = car.remedy("car", bought, date(2025, 5, 9), fault="safety_failure", mileage_km=2999)
    assert r.options == ("return", "exchange") and r.free
    assert car.remedy("car", bought, date(2025, 5, 9), fault="safety_failure", mileage_km=3001).options == ("repair",)
    # The 三包 period ends at 50,000 km: no exchange after 5 repairs, free repair goes on.
    r = car.remedy("car", bought, date(2026, 1, 10), prior_repairs=5, mileage_km=50001)
    assert r.options == ("repair",) and r.free
    assert car.category("car", bought, date(2026, 1, 10), mileage_km=61000).value == "paid"
    with pytest.raises(af.InvalidArgumentError) as e:
        car.coverage("car", bought, date(2025, 6, 1), mileage_km=-1)
    assert e.value.field == "mileage_km"
    with pytest.raises(af.InvalidArgumentError) as e:
        car.coverage_many("car", np.array(["2025-03-10"], "datetime64[D]"), np.array(["2025-06-01"], "datetime64[D]"))
    assert e.value.field == "product"


def test_remedy_refused_exchange_component_and_extended(plain):
    bought = date(2025, 3, 3)
    # Within 7 days a return is at the invoice price, refused exchange or not.
    r = plain.remedy("colour_tv", bought, date(2025, 3, 6), price=Decimal("6000"), refused_exchange=True)
    assert r.refund == Decimal("6000.00")
    # Day 11: exchange or repair; refusing the exchange adds a return, depreciated 11 x 0.1 %.
    r = plain.remedy("colour_tv", bought, date(2025, 3, 14), price=Decimal("6000"), refused_exchange=True)
    assert r.options == ("return", "exchange", "repair")
    assert r.refund == Decimal("5934.00")
    # The 15th day exactly is still in the window; the 16th is not.
    assert plain.remedy("colour_tv", bought, date(2025, 3, 18)).options == ("exchange", "repair")
    assert plain.remedy("colour_tv", bought, date(2025, 3, 19)).options == ("repair",)
    # Parts: 90 days waiting is within the limit, 91 is over it.
    assert plain.remedy("colour_tv", bought, date(2025, 9, 1), waiting_parts_days=90).options == ("repair",)
    assert plain.remedy("colour_tv", bought, date(2025, 9, 1), waiting_parts_days=91).options == ("exchange",)
    # A picture tube in year 2, and a unit under an extended warranty: free repair.
    assert not plain.remedy("colour_tv", bought, date(2026, 6, 1)).free
    assert plain.remedy("colour_tv", bought, date(2026, 6, 1), component="picture_tube").free
    ew = af.ExtendedWarranty("ew-1", 2)
    r = plain.remedy("colour_tv", bought, date(2026, 6, 1), prior_repairs=4, extended=[ew])
    assert r.free and r.options == ("repair",)
    # The unit's repair days are named as this method names them.
    with pytest.raises(af.InvalidArgumentError) as e:
        plain.remedy("colour_tv", bought, date(2025, 6, 1), unit_repair_days=84001)
    assert e.value.field == "unit_repair_days"


def test_categories(pol):
    contract = af.MaintenanceContract("MC1", date(2026, 1, 1), date(2026, 12, 31))
    free = pol.category("colour_tv", BOUGHT, date(2025, 6, 1))
    assert free is af.ServiceCategory.FREE and free.value == "free" and free.letter == "C"
    paid = pol.category("colour_tv", BOUGHT, date(2026, 6, 1))
    assert paid.value == "paid" and paid.letter == "A"
    on_contract = pol.category("colour_tv", BOUGHT, date(2026, 6, 1), contracts=[contract])
    assert on_contract.value == "contract" and on_contract.letter == "B"
    assert pol.category("colour_tv", BOUGHT, date(2025, 6, 1), internal=True).value == "internal"
    assert af.ServiceCategory.INTERNAL.letter == "D"
    # an excluded cause is not free: a contract (or payment) then
    assert pol.category("colour_tv", BOUGHT, date(2025, 6, 1), cause="misuse").value == "paid"
    misuse_on_contract = pol.category("colour_tv", date(2025, 12, 1), date(2026, 6, 1), cause="misuse",
                                      contracts=[contract])
    assert misuse_on_contract.value == "contract"
    # an extended warranty keeps it free after the maker's year
    assert pol.category("colour_tv", BOUGHT, date(2026, 6, 1), extended=[af.ExtendedWarranty("E", 1)]).value == "free"
    d = pol.category_decision("colour_tv", BOUGHT, date(2026, 6, 1), contracts=[contract])
    assert d.category is af.ServiceCategory.CONTRACT and "MC1" in d.rule and d.value == "contract"
    assert [c.value for c in af.ServiceCategory] == ["paid", "contract", "free", "internal"]


# ---------------------------------------------------------------- extended warranty tariff (3.4)


def test_tv_tariff():
    t = af.ExtendedWarrantyTariff.tv_example()
    prices = [t.price(Decimal("6000"), years) for years in (1, 2, 3, 4)]
    assert prices == [Decimal(279), Decimal(528), Decimal(777), Decimal(1023)]
    assert all(isinstance(p, Decimal) and p.as_tuple().exponent == -2 for p in prices)
    assert t.price(6000, 1) == t.price("6000.00", 1) == Decimal("279.00")
    assert t.max_years == 4
    assert t.price(Decimal("0.10"), 1) == Decimal("0.00")  # 0.465 fen rounds half up to 0
    assert t.price(Decimal("1.00"), 4) == Decimal("0.17")  # 17.05 fen -> 17
    e = fails(af.InvalidArgumentError, lambda: t.price(Decimal("6000"), 5))
    assert e.field == "years"
    own = af.ExtendedWarrantyTariff({1: 500, 2: 900})
    assert own.price(Decimal("100.00"), 2) == Decimal("9.00")


@pytest.mark.parametrize(
    "value, cls",
    [
        (Decimal("6000.001"), af.InvalidArgumentError),
        ("6000.005", af.InvalidArgumentError),
        (Decimal("NaN"), af.InvalidArgumentError),
        (Decimal("Infinity"), af.InvalidArgumentError),
        ("lots", af.InvalidArgumentError),
        (Decimal("1E+30"), af.InvalidArgumentError),
        (Decimal("-1"), af.InvalidArgumentError),
        (6000.0, TypeError),
        (True, TypeError),
        (None, TypeError),
    ],
)
def test_bad_money(value, cls):
    t = af.ExtendedWarrantyTariff.tv_example()
    e = fails(cls, lambda: t.price(value, 1))
    if isinstance(e, af.Error):
        assert e.field == "product_price"


def test_money_is_exact():
    t = af.ExtendedWarrantyTariff({1: 10000})
    big = Decimal("11258999068426.24")  # 2**50 fen: the largest price
    assert t.price(big, 1) == big
    assert t.price(Decimal("6000.10"), 1) == Decimal("6000.10")
    assert t.price(Decimal("6.0000"), 1) == Decimal("6.00")  # trailing zeros are whole fen
    assert t.price(Decimal("6E+3"), 1) == Decimal("6000.00")


# ---------------------------------------------------------------- maintenance contracts (3.4)


def test_expiry_notices_idempotent_and_renewal():
    a = af.MaintenanceContract("A", date(2025, 1, 1), date(2025, 12, 31))
    b = af.MaintenanceContract("B", date(2025, 3, 1), date(2026, 2, 28))
    contracts = [a, b]
    assert af.expiry_notices(contracts, date(2025, 11, 29)) == []
    assert af.expiry_notices(contracts, date(2025, 11, 30)) == ["A"]  # one month before the end
    assert af.expiry_notices(contracts, date(2025, 11, 30)) == ["A"]  # idempotent
    assert af.expiry_notices(contracts, date(2026, 1, 28)) == ["B"]
    assert af.expiry_notices(contracts, date(2026, 1, 1)) == []
    assert af.expiry_notices(tuple(contracts), date(2025, 12, 31)) == ["A"]
    linked, nxt = a.renew("A2", years=1)
    assert linked == af.MaintenanceContract("A", date(2025, 1, 1), date(2025, 12, 31), successor="A2")
    assert nxt == af.MaintenanceContract("A2", date(2026, 1, 1), date(2026, 12, 31))
    assert a.successor is None  # frozen: renew returns the linked copy
    assert af.expiry_notices([linked, b], date(2025, 12, 15)) == []  # renewed: no notice
    e = fails(af.StateError, lambda: linked.renew("A3", years=1))
    assert e.field == "current"
    backwards = af.MaintenanceContract("X", date(2025, 2, 1), date(2025, 1, 1))
    e = fails(af.InvalidArgumentError, lambda: af.expiry_notices([backwards], date(2025, 1, 1)))
    assert e.field == "contracts[0].end"
    with pytest.raises(TypeError):
        af.expiry_notices([("A", date(2025, 1, 1), date(2025, 12, 31))], date(2025, 12, 1))
    with pytest.raises(TypeError):
        af.MaintenanceContract("A", datetime(2025, 1, 1), date(2025, 12, 31))


# ---------------------------------------------------------------- batch


def random_dates(rng, n, start="2024-01-01", days=1200):
    return np.datetime64(start, "D") + rng.integers(0, days, n).astype("timedelta64[D]")


@pytest.mark.parametrize("component", [None, "picture_tube"])
def test_coverage_many_matches_coverage(pol, component):
    rng = np.random.default_rng(11)
    n = 400
    purchased = random_dates(rng, n)
    on = purchased + rng.integers(0, 1500, n).astype("timedelta64[D]")
    got = pol.coverage_many("colour_tv", purchased, on, component)
    assert got.covered.dtype == np.bool_ and got.until.dtype == np.dtype("datetime64[D]")
    assert got.covered.shape == got.until.shape == (n,)
    for i in range(n):
        c = pol.coverage("colour_tv", purchased[i].astype(date), on[i].astype(date), component)
        assert got.covered[i] == c.covered, i
        assert got.until[i] == np.datetime64(c.until, "D"), i
    assert 0 < got.covered.sum() < n
    again = af.coverage_many(pol, "colour_tv", purchased, on, component)
    np.testing.assert_array_equal(again.covered, got.covered)
    np.testing.assert_array_equal(again["until"], got.until)


def test_coverage_many_broadcasts_and_takes_nat(pol):
    on = np.array(["2025-06-01", "2026-01-12", "2026-01-13", "NaT"], dtype="datetime64[D]")
    got = pol.coverage_many("colour_tv", np.datetime64("2025-01-10"), on)
    assert got.covered.tolist() == [True, True, False, False]
    assert got.until[:3].tolist() == [date(2026, 1, 12)] * 3 and np.isnat(got.until[3])
    grid = pol.coverage_many("colour_tv", np.array(["2025-01-10", "2025-03-01"], "M8[D]")[:, None], on[None, :3])
    assert grid.covered.shape == (2, 3)
    assert grid.covered.tolist() == [[True, True, False], [True, True, True]]
    # any datetime64 unit; dates as objects or text
    secs = on[:3].astype("datetime64[s]") + np.timedelta64(3600, "s")
    by_objects = pol.coverage_many("colour_tv", [date(2025, 1, 10)], secs)
    np.testing.assert_array_equal(by_objects.covered, [True, True, False])
    np.testing.assert_array_equal(pol.coverage_many("colour_tv", "2025-01-10", ["2026-01-13"]).covered, [False])
    empty = pol.coverage_many("colour_tv", np.array([], "M8[D]"), np.array([], "M8[D]"))
    assert empty.covered.shape == (0,) and empty.until.shape == (0,)


def test_coverage_many_errors(pol):
    purchased = np.array(["2025-01-10", "2025-01-10", "2025-01-10"], dtype="datetime64[D]")
    on = np.array(["2025-06-01", "2024-12-31", "2026-06-01"], dtype="datetime64[D]")
    e = fails(af.InvalidArgumentError, lambda: pol.coverage_many("colour_tv", purchased, on))
    assert e.field == "on[1]"
    got = pol.coverage_many("colour_tv", purchased, on, errors="coerce")
    assert got.covered.tolist() == [True, False, False] and np.isnat(got.until[1]) and not np.isnat(got.until[2])
    e = fails(af.NotFoundError, lambda: pol.coverage_many("television", purchased, on))
    assert e.field == "product" and isinstance(e, KeyError)
    e = fails(af.NotFoundError, lambda: pol.coverage_many("colour_tv", purchased, on, "antenna"))
    assert e.field == "component"
    e = fails(af.OutOfRangeError, lambda: pol.coverage_many("colour_tv", np.array(["1960-01-01"], "M8[D]"), on[:1]))
    assert e.field == "purchased[0]"
    # a period ending after 2199 (the library's last year): an error for the element, or NaT when coerced
    late = np.array(["2199-06-01", "2025-01-10", "2199-06-01"], dtype="datetime64[D]")
    e = fails(af.OutOfRangeError, lambda: pol.coverage_many("colour_tv", late, late, "picture_tube"))
    assert e.field.startswith("purchased[0]")
    got = pol.coverage_many("colour_tv", late, late, "picture_tube", errors="coerce")
    assert got.covered.tolist() == [False, True, False] and np.isnat(got.until).tolist() == [True, False, True]
    with pytest.raises(ValueError):
        pol.coverage_many("colour_tv", purchased, on[:2])
    with pytest.raises(TypeError):
        pol.coverage_many("colour_tv", np.array([1, 2]), on[:2])
    with pytest.raises(TypeError):
        af.coverage_many("not a policy", "colour_tv", purchased, on)
    with pytest.raises(ValueError):
        pol.coverage_many("colour_tv", purchased, on, errors="ignore")


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "call, cls, field",
    [
        (lambda p: p.coverage("television", BOUGHT, BOUGHT), af.NotFoundError, "product"),
        (lambda p: p.remedy("television", BOUGHT, BOUGHT), af.NotFoundError, "product"),
        (lambda p: p.category("television", BOUGHT, BOUGHT), af.NotFoundError, "product"),
        (lambda p: p.coverage("colour_tv", BOUGHT, BOUGHT, component="antenna"), af.NotFoundError, "component"),
        (lambda p: p.coverage("colour_tv", BOUGHT, BOUGHT, cause="aliens"), af.NotFoundError, "cause"),
        (lambda p: p.coverage("colour_tv", BOUGHT, date(2025, 1, 9)), af.InvalidArgumentError, "on"),
        (lambda p: p.remedy("colour_tv", BOUGHT, date(2025, 1, 9)), af.InvalidArgumentError, "fault_on"),
        (lambda p: p.category("colour_tv", BOUGHT, date(2025, 1, 9)), af.InvalidArgumentError, "on"),
        (lambda p: p.coverage("colour_tv", BOUGHT, BOUGHT, exchanged=date(2025, 1, 1)), af.InvalidArgumentError,
         "exchanged"),
        (lambda p: p.coverage("colour_tv", BOUGHT, BOUGHT, repair_days=-1), af.InvalidArgumentError, "repair_days"),
        (lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, prior_repairs=-1), af.InvalidArgumentError, "prior_repairs"),
        (lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, repair_days=-2), af.InvalidArgumentError, "repair_days"),
        (lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, waiting_parts_days=-3), af.InvalidArgumentError,
         "waiting_parts_days"),
        (lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, unit_repair_days=-1), af.InvalidArgumentError,
         "unit_repair_days"),
        (lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, repair_days=2**40), af.InvalidArgumentError, "repair_days"),
        (lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, price=Decimal("6000.001")), af.InvalidArgumentError,
         "price"),
        (lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, price=Decimal("-5")), af.InvalidArgumentError, "price"),
        (lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, price=Decimal("sNaN")), af.InvalidArgumentError, "price"),
        (lambda p: p.coverage("colour_tv", BOUGHT, BOUGHT, extended=[af.ExtendedWarranty("E", 6)]),
         af.InvalidArgumentError, "extended[0].years"),
        (lambda p: p.coverage("colour_tv", date(1960, 1, 1), BOUGHT), af.OutOfRangeError, "purchased"),
    ],
)
def test_bad_input_names_the_field(pol, call, cls, field):
    e = fails(cls, lambda: call(pol))
    assert e.field == field, str(e)


def test_unknown_product_is_also_a_key_error(pol):
    with pytest.raises(KeyError) as e:
        pol.coverage("television", BOUGHT, BOUGHT)
    assert isinstance(e.value, af.NotFoundError) and e.value.field == "product"
    assert "colour_tv" in str(e.value)  # lists the known products


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.coverage("colour_tv", datetime(2025, 1, 10), BOUGHT),
        lambda p: p.coverage("colour_tv", "2025-01-10", BOUGHT),
        lambda p: p.coverage("colour_tv", BOUGHT, BOUGHT, repair_days=1.5),
        lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, price=6000.0),
        lambda p: p.remedy("colour_tv", BOUGHT, BOUGHT, same_model_available=1),
        lambda p: p.category("colour_tv", BOUGHT, BOUGHT, contracts=[("A", BOUGHT, BOUGHT)]),
        lambda p: p.coverage(None, BOUGHT, BOUGHT),
        lambda p: af.WarrantyPolicy.sanbao(calendar="cn"),
    ],
)
def test_argument_types(pol, call):
    with pytest.raises(TypeError):
        call(pol)


@pytest.mark.parametrize(
    "text, cls, field",
    [
        ("{not json", af.ParseError, None),
        ('{"warranty": {"products": {"tv": {"whole_unit": "1 year"}}}}', af.ParseError,
         "warranty.products.tv.whole_unit"),
        ('{"warranty": {"products": {"tv": {"whole_unit": "101y"}}}}', af.InvalidArgumentError,
         "warranty.products.tv.whole_unit"),
        ('{"warranty": {"products": {"tv": {"whole_unit": "1y", "remedies": {"x": ["refund"]}}}}}',
         af.InvalidArgumentError, "warranty.products.tv.remedies.x"),
        ('{"warranty": {"products": null}}', af.ParseError, "warranty.products"),
        ('{"warranty": {"products": {"tv": {"whole_unit": "6h"}}}}', af.ParseError, "warranty.products.tv.whole_unit"),
        ('{"warranty": {"products": {"tv": {"whole_unit": "6m"}}}}', af.ParseError, "warranty.products.tv.whole_unit"),
        ('{"warranty": {"products": {"tv": {"whole_unit": 365}}}}', af.ParseError, "warranty.products.tv.whole_unit"),
    ],
)
def test_malformed_policy_documents(text, cls, field):
    e = fails(cls, lambda: af.WarrantyPolicy.from_json(text))
    if field is not None:
        assert e.field.startswith(field), str(e)


def test_json_round_trip_and_pickle(pol, china):
    again = af.WarrantyPolicy.from_json(pol.to_json(), calendar=china)
    assert again.to_json() == pol.to_json()
    assert again.coverage("colour_tv", BOUGHT, date(2026, 1, 12)).covered
    copy = pickle.loads(pickle.dumps(pol))
    assert copy.coverage("colour_tv", BOUGHT, date(2026, 1, 12)) == pol.coverage("colour_tv", BOUGHT, date(2026, 1, 12))
    r = pol.remedy("colour_tv", BOUGHT, date(2025, 1, 15), price=6000)
    assert pickle.loads(pickle.dumps(r)) == r
    assert pickle.loads(pickle.dumps(af.ServiceCategory.FREE)) is af.ServiceCategory.FREE
    assert "WarrantyPolicy" in repr(pol)
