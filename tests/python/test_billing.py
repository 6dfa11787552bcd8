"""Bills, invoices and payments through Python (issue 28). seeds/002 (十):
凡屬有費服務,其費用較低者,應由技術人員當場向戶收費…否則應于當天…開具發票; (十三): a paid
carry-in repair is invoiced the day the goods go back; 第三篇: 上門費用20元,
修理費用400元和零件費2000元, 總共要花掉2420元 — the seed's own figure, billed
here. Money is Decimal yuan, exact to the fen."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from decimal import Decimal

import pytest

import aftersales as af
from aftersales import _cli

from conftest import NOW, at, count, intake

TOOL = os.environ.get("AFTERSALES_CLI") or str(_cli.binary())


def visit(st, serial="OLD-1", received=None, worked=dt.timedelta(hours=1), part=Decimal("2000"), **kw):
    """A paid call (a TV bought in 2015) visited, repaired on site and completed."""
    received = received or at(2025, 11, 10, 9)
    c = st.register_call(**intake(received, serial=serial, purchased=dt.date(2015, 1, 5), **kw))
    st.dispatch(c.id, "T01", received + dt.timedelta(minutes=10))
    st.arrive(c.id, received + dt.timedelta(hours=1))
    if worked:
        st.record_labour(c.id, "T01", received.date(), worked, "replace the main board")
    if part:
        st.record_part(c.id, "main board", 1, part)
    st.complete_on_site(c.id, received + dt.timedelta(hours=2))
    return c.id


def test_the_home_visit_of_the_third_part_is_2420_yuan_invoiced_the_same_day(st, db):
    """第三篇: 20 + 400 + 2000 yuan; (十): above the on-the-spot amount, an invoice the same day."""
    call = visit(st)
    b = st.bill_call(call, at(2025, 11, 10, 12))
    assert isinstance(b, af.Bill)
    assert af.PAYMENT_METHODS == ("cash", "card", "transfer")  # the library's table
    assert [(l.kind, l.amount) for l in b.lines] == [
        ("call_out", Decimal("20.00")), ("labour", Decimal("400.00")), ("part", Decimal("2000.00"))]
    assert b.total == Decimal("2420.00")
    assert sum(l.amount for l in b.lines if l.charged) == b.total  # a bill sums to its lines
    assert b.settlement == "invoice"
    assert b.due_on == dt.date(2025, 11, 10)
    assert b.lines[1].worked == dt.timedelta(hours=1)
    assert b.billed_at == at(2025, 11, 10, 12)
    with pytest.raises(af.StateError) as e:
        st.bill_call(call, at(2025, 11, 10, 13))
    assert e.value.field == "call"
    with pytest.raises(af.StateError):
        st.record_part(call, "screw", 1, Decimal("1"))
    assert count(db, "SELECT count(*) FROM bills") == 1

    late = st.overdue_invoices(dt.date(2025, 11, 11))
    assert list(late["voucher"]) == [b.voucher]
    assert late["due_on"][0] == dt.date(2025, 11, 10)
    inv = st.invoice(call, at(2025, 11, 11, 9))
    assert inv.invoice_number == "I-main-2511-00001"
    assert inv.invoiced_on == dt.date(2025, 11, 11)
    assert len(st.overdue_invoices(dt.date(2025, 11, 12))) == 0


def test_payments_in_decimal_yuan_and_what_is_owed(st):
    call = visit(st)
    st.bill_call(call, at(2025, 11, 10, 12))
    st.pay(call, Decimal("1000.00"), at(2025, 11, 11, 9), method="cash")
    assert st.bill(call).owed == Decimal("1420.00")
    with pytest.raises(af.InvalidArgumentError) as e:
        st.pay(call, Decimal("1420.01"), at(2025, 11, 11, 10), method="card")
    assert e.value.field == "amount"
    assert "142000 fen (1420.00 yuan) still owed" in str(e.value)
    # Sub-fen amounts are refused naming the field; never through a float.
    with pytest.raises(af.InvalidArgumentError) as e:
        st.pay(call, Decimal("0.005"), at(2025, 11, 11, 10))
    assert e.value.field == "amount"
    with pytest.raises(TypeError):
        st.pay(call, 1.5, at(2025, 11, 11, 10))
    with pytest.raises(af.InvalidArgumentError) as e:
        st.pay(call, Decimal("1"), at(2025, 11, 11, 10), method="cheque")
    assert e.value.field == "method"
    with pytest.raises(af.InvalidArgumentError) as e:
        st.pay(call, Decimal("0"), at(2025, 11, 11, 10))
    assert e.value.field == "amount"
    st.pay(call, Decimal("1420"), at(2025, 11, 12, 9), method="transfer")
    b = st.bill(call)
    assert (b.paid, b.owed) == (Decimal("2420.00"), Decimal("0.00"))
    p = st.payments()
    assert list(p["method"]) == ["cash", "transfer"]
    assert list(p["amount"]) == [Decimal("1000.00"), Decimal("1420.00")]
    # As of the 11th at noon the transfer of the 12th had not happened.
    r = st.receivables(at(2025, 11, 11, 12))
    assert list(r["owed"]) == [Decimal("1420.00")]
    assert len(st.receivables()) == 0
    bills = st.bills()
    assert list(bills["total"]) == [Decimal("2420.00")]
    assert bills["invoice_number"][0] is None


def test_a_low_bill_is_collected_on_the_spot_and_free_work_bills_nothing(st):
    """(十) 費用較低者 當場收費 (the policy's 20 yuan); (六) C free work: nothing charged, its cost recorded."""
    small = visit(st, "OLD-2", worked=None, part=None)
    b = st.bill_call(small, at(2025, 11, 10, 12))
    assert (b.total, b.settlement, b.due_on) == (Decimal("20.00"), "on_the_spot", None)
    free = st.register_call(**intake(at(2025, 11, 12, 9), serial="NEW-1"))  # bought 2025-03-01: in warranty
    st.dispatch(free.id, "T01", at(2025, 11, 12, 9, 10))
    st.arrive(free.id, at(2025, 11, 12, 10))
    st.record_part(free.id, "tuner", 2, Decimal("150.50"))
    st.complete_on_site(free.id, at(2025, 11, 12, 11))
    f = st.bill_call(free.id, at(2025, 11, 12, 12))
    assert f.category == "free"
    assert f.total == Decimal("0.00")
    assert f.value == Decimal("321.00")  # 20 call-out + 2 x 150.50
    assert f.settlement == "none"
    with pytest.raises(af.StateError):
        st.invoice(free.id, at(2025, 11, 12, 13))


def test_the_monthly_report_gains_the_money_per_centre(st):
    call = visit(st)
    st.bill_call(call, at(2025, 11, 10, 12))
    st.invoice(call, at(2025, 11, 10, 17))
    st.pay(call, Decimal("1000"), at(2025, 11, 15, 9))
    st.pay(call, Decimal("420"), at(2025, 11, 18, 9), method="card")
    frames = st.monthly_report("2025-11", as_of=at(2025, 11, 16))
    billing = frames["billing"]
    assert list(billing["centre"]) == ["main"]
    row = billing.iloc[0]
    assert row["revenue"] == Decimal("2420.00")
    assert row["invoiced"] == Decimal("2420.00")
    assert row["collected"] == Decimal("1000.00")  # the card payment of the 18th had not happened
    assert row["receivable"] == Decimal("1420.00")
    assert row["not_charged"] == Decimal("0.00")


def test_contract_work_is_billed_by_its_own_contract(st, db):
    """(六) B 依…商品保養合同書的規定…收取服務費用: this contract charges the
    call-out and covers labour and parts; its renewal keeps the terms."""
    common = dict(customer="Wang Fang", phone="13800000001", address="1 Renmin Road", product="colour_tv",
                  serial="OLD-1", purchased=dt.date(2015, 1, 5))
    with pytest.raises(af.InvalidArgumentError) as e:
        st.add_contract("E-1", **common, extended=True, charges=["call_out"])
    assert e.value.field == "charges"
    with pytest.raises(af.InvalidArgumentError) as e:
        st.add_contract("M-1", **common, start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31), charges=["visit"])
    assert e.value.field == "charges" and "visit" in str(e.value)
    st.add_contract("M-1", **common, start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31), charges=["call_out"])
    st.renew_contract("M-1", "M-2", years=1)
    b = st.bill_call(visit(st), at(2025, 11, 10, 12))
    assert b.category == "contract"
    assert b.total == Decimal("20.00")  # the call-out only
    assert [l.charged for l in b.lines] == [True, False, False]
    assert count(db, "SELECT count(*) FROM contracts WHERE customer_pays = '[\"call_out\"]'") == 2


def test_the_billing_policy_round_trips_and_names_bad_values(china):
    p = af.Policy.from_json('{"service": {"billing": {"paid": {"labour": "hour", "labour_fen": 5000}}}}',
                            calendar=china)
    doc = json.loads(p.to_json())
    assert doc["service"]["billing"]["paid"]["labour"] == "hour"
    assert doc["service"]["billing"]["collect_on_the_spot_max_fen"] == 2000
    assert json.loads(af.Policy.from_json(p.to_json()).to_json()) == doc
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Policy.from_json('{"service": {"billing": {"contract": {"call_out_fen": -1}}}}', calendar=china)
    assert e.value.field == "service.billing.contract.call_out_fen"


def test_the_receivables_command_lists_what_is_owed_and_late_invoices(db, pol):
    with af.Store.open(db, pol, clock=lambda: NOW) as st:
        call = visit(st)
        st.bill_call(call, at(2025, 11, 10, 12))
        voucher = st.bill(call).voucher
    out = subprocess.run([TOOL, "receivables", "--db", str(db), "--as-of", "2025-11-20 12:00", "--on", "2025-11-20"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "1 bills, 2420.00 yuan owed" in out.stdout
    assert voucher in out.stdout
    assert "none, due 2025-11-10" in out.stdout
    js = subprocess.run([TOOL, "receivables", "--db", str(db), "--json", "--on", "2025-11-20"],
                        capture_output=True, text=True, timeout=60)
    assert js.returncode == 0, js.stderr
    doc = json.loads(js.stdout)
    assert doc["overdue_invoices"]["voucher"] == [voucher]
