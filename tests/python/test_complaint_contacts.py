"""The complaining customer told and visited, and administrative penalties
on record, through Python (issue 29). seeds/002 家電 (二十六): 情節重大者…函告該客戶;
一般性質者…以書面或電話通知; (二十八): 無論其情節大小, 均應由服務主任親自或專門派員前往處理.
行政處罰準則 (五): 警告一次, 罰扣400元以上; 大過以上者, 當月效益獎金全額罰扣;
經濟處罰準則 (三)4: the 50 % cap is for the complaint deductions only."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from decimal import Decimal

import pytest

import aftersales as af
from aftersales import _cli

from conftest import at, step_complaint

TOOL = os.environ.get("AFTERSALES_CLI") or str(_cli.binary())


def closed(st, received, severity="general"):
    """A complaint taken through every stage, each left at its deadline."""
    c = st.open_complaint(received, "quality", severity)
    while not c.closed:
        c = step_complaint(st, c, c.stage_deadline or c.stage_entered + dt.timedelta(days=1))
    return c


def test_visits_and_notifications_are_recorded_and_the_statistics_list_the_missing(st):
    general = closed(st, at(2025, 11, 3, 10))
    serious = closed(st, at(2025, 11, 4, 10), "serious")
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_contact(general.number, "visit", "visit", "supervisor_zhou", at(2025, 11, 3, 9))
    assert e.value.field == "at"  # (二十八): not before the complaint was received
    visit_id = st.record_contact(general.number, "visit", "visit", "supervisor_zhou", at(2025, 11, 3, 15))
    assert len(visit_id) == 36
    st.record_contact(general.number, "notification", "phone", "supervisor_zhou",
                      general.closed_at + dt.timedelta(hours=1), note="accepts the replacement")
    with pytest.raises(af.InvalidArgumentError) as e:  # (二十六): a serious case's result by letter
        st.record_contact(serious.number, "notification", "phone", "supervisor_zhou",
                          serious.closed_at + dt.timedelta(hours=1))
    assert e.value.field == "how"
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_contact(general.number, "visit", "fax", "supervisor_zhou", at(2025, 11, 4))
    assert e.value.field == "how"
    contacts = st.contacts(general.number)
    assert [(c.kind, c.how) for c in contacts] == [("visit", "visit"), ("notification", "phone")]
    assert contacts[0].id == visit_id
    assert contacts[0].at == at(2025, 11, 3, 15)
    assert contacts[1].note == "accepts the replacement"
    assert af.CONTACT_METHODS == ("letter", "phone", "visit") or list(af.CONTACT_METHODS) == ["letter", "phone", "visit"]
    stats = st.contact_statistics("2025-11")
    assert stats.unvisited == [serious.number]
    assert stats.unnotified == [serious.number]


def test_the_amount_told_is_at_most_the_approval(st):
    # seeds/002 (九)11: 業務部門不得超越核決權限與客戶做任何處理的答復協議或承認.
    c = st.open_complaint(at(2025, 11, 3, 10), "quality", "general")
    while c.stage != "approval":
        c = st.advance_complaint(c.number, c.stage_deadline or c.stage_entered)
    when = c.stage_entered + dt.timedelta(hours=1)
    st.approve_complaint(c.number, "vice_president", "vp.chen", when,
                         [("compensation", 1, Decimal("6000")), ("returned_goods", 10, Decimal("600"))])
    told = when + dt.timedelta(hours=1)
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_contact(c.number, "notification", "letter", "supervisor_zhou", told, amount=Decimal("12000.01"))
    assert e.value.field == "amount" and "12000.00 yuan vice_president approved" in str(e.value)
    assert st.contacts(c.number) == []
    st.record_contact(c.number, "notification", "letter", "supervisor_zhou", told, amount=Decimal("12000"))
    assert st.contacts(c.number)[0].amount == Decimal("12000.00")


def test_admin_penalties_are_taken_first_and_whole_outside_the_cap(st):
    a = closed(st, at(2025, 11, 3, 10))
    b = closed(st, at(2025, 11, 4, 10))
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_admin_penalty("wang", a.number, "late_delivery", "warning", "2025-11", "HR-2511-03",
                                dt.date(2025, 11, 20), count=2, amount=Decimal("799.99"))
    assert e.value.field == "amount"  # below 2 x 400 yuan
    st.record_admin_penalty("wang", a.number, "late_delivery", "warning", "2025-11", "HR-2511-03",
                            dt.date(2025, 11, 20), count=2)
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_admin_penalty("wang", b.number, "rudeness", "major", "2025-11", "HR-2511-04", dt.date(2025, 11, 20))
    assert e.value.field == "offence"
    st.record_admin_penalty("wang", b.number, "wrong_shipment", "major", "2025-11", "HR-2511-04",
                            dt.date(2025, 11, 20))
    records = st.admin_penalties("wang")
    assert [(r.kind, r.amount) for r in records] == [("warning", Decimal("800.00")), ("major", None)]
    assert records[0].notice_date == dt.date(2025, 11, 20)
    assert records[0].case_number == a.number
    # (十二)1: published by the 10th of the month after the closing (November).
    assert records[0].due == dt.date(2025, 12, 10) and not records[0].late

    st.charge_penalty("wang", "2025-11", Decimal("500"), a.number)
    assert st.settle_penalties("wang", "2025-11", Decimal("2000")) == (Decimal("0.00"), Decimal("500.00"))
    s = st.penalty_ledger("wang").settlements()[-1]
    assert s.admin_deducted == Decimal("2000.00")  # the major demerit: the whole bonus
    assert s.admin_uncollected == Decimal("800.00")  # the warning on top: not carried
    assert s.cap == Decimal("0.00")
    assert s.admin_lines[0][:2] == (b.number, "major")
    with pytest.raises(af.StateError) as e:
        st.record_admin_penalty("wang", a.number, "late_delivery", "warning", "2025-11", "HR-2511-05",
                                dt.date(2025, 11, 20))
    assert e.value.field == "month"
    stats = st.contact_statistics(dt.date(2025, 11, 1))
    assert [(p[0], p[3]) for p in stats.admin_penalties] == [("wang", "warning"), ("wang", "major")]


def test_the_cli_lists_the_months_missing_contacts_and_penalties(st, db):
    """`aftersales contacts --db F --month 2025-11`: (二十八) not visited, (二十六) not told."""
    a = closed(st, at(2025, 11, 3, 10))
    b = closed(st, at(2025, 11, 4, 10))
    st.record_contact(a.number, "visit", "visit", "supervisor_zhou", at(2025, 11, 3, 15))
    st.record_admin_penalty("wang", b.number, "late_delivery", "warning", "2025-11", "HR-2511-03",
                            dt.date(2025, 11, 20))
    out = subprocess.run([TOOL, "contacts", "--db", str(db), "--month", "2025-11", "--json"], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["unvisited"] == [b.number]
    assert doc["unnotified"] == [a.number, b.number]
    assert doc["admin_penalties"] == [{"person": "wang", "month": "2025-11", "case_number": b.number,
                                       "kind": "warning", "count": 1, "amount_fen": 40000}]
    out = subprocess.run([TOOL, "contacts", "--db", str(db), "--month", "2025-11"], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert f"not visited (二十八): {b.number}" in out.stdout
    assert "400.00 yuan" in out.stdout
    out = subprocess.run([TOOL, "contacts", "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert out.returncode != 0 and "--month" in out.stderr
