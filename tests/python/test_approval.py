"""Approval by authority level and improvement actions (issue 29; seeds/002
客戶投訴管理辦法 (九)6 依核決權限分送業務部經理、副總經理或總經理核決, (九)11 業務部門
不得超越核決權限, (七)3(5) 改善案…效果確認, (九)7 人為疏忽免列案追蹤). The levels'
thresholds are a company's choice (the seeds give none): sales manager up to
5,000 yuan inclusive, vice president up to 50,000, general manager above.
China preset, local times; the store's clock reads 2025-11-20 12:00."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import aftersales as af
from conftest import at, count


def at_approval(st) -> str:
    c = st.open_complaint(at(2025, 10, 9, 10), "quality", "general")
    while c.stage != "approval":
        c = st.advance_complaint(c.number, c.stage_deadline or c.stage_entered)
    return c.number


def test_approval_by_authority(st, db):
    n = at_approval(st)
    lines = [af.DecisionLine("compensation", 1, Decimal("6000.00")), ("returned_goods", 10, Decimal("600"))]
    # Below the level needed (九)11: refused naming it, nothing written.
    with pytest.raises(af.InvalidArgumentError) as e:
        st.approve_complaint(n, "sales_manager", "Li Ming", at(2025, 10, 21, 16), lines)
    assert e.value.field == "level"
    assert "12000.00 yuan needs vice_president" in str(e.value)
    assert count(db, "SELECT count(*) FROM complaint_approvals") == 0
    assert st.complaint_approval(n) is None
    with pytest.raises(af.NotFoundError) as e:
        st.approve_complaint(n, "chairman", "Li Ming", at(2025, 10, 21, 16), lines)
    assert e.value.field == "level"
    with pytest.raises(af.InvalidArgumentError) as e:
        st.approve_complaint(n, "general_manager", "Li Ming", at(2025, 10, 21, 16), [("compensation", 1, Decimal("0.001"))])
    assert e.value.field == "lines[0].unit_price"
    with pytest.raises(af.InvalidArgumentError) as e:
        st.approve_complaint(n, "general_manager", "Li Ming", at(2025, 10, 21, 16), [("gift", 1, 1)])
    assert e.value.field == "lines[0].kind"

    a = st.approve_complaint(n, "vice_president", "Li Ming", at(2025, 10, 21, 16), lines)
    assert a.amount == Decimal("12000.00")
    assert a.required_level == "vice_president"
    assert a.at == at(2025, 10, 21, 16)
    assert a.lines[1] == af.DecisionLine("returned_goods", 10, Decimal("600.00"))
    assert st.complaint_approval(n) == a
    c = st.complaint(n)
    assert c.is_closed and c.closed_at == at(2025, 10, 21, 16)
    with pytest.raises(af.StateError) as e:
        st.approve_complaint(n, "general_manager", "Li Ming", at(2025, 10, 21, 17), lines)
    assert e.value.field == "complaint"
    assert af.COMMITMENT_KINDS == ("compensation", "allowance", "returned_goods")


def test_improvements_confirmed_reopened_overdue(st):
    n = st.open_complaint(at(2025, 10, 9, 10), "quality", "general").number
    first = st.open_improvement(n, "torque check on line 3", "manufacturing", dt.date(2025, 10, 31), at(2025, 10, 10, 9))
    assert first.state == "open" and first.due == dt.date(2025, 10, 31) and first.closed_at is None
    # Overdue once the due day has ended (the SLA judge's verdict).
    assert st.open_improvements(at(2025, 10, 31, 23, 59), overdue_only=True) == []
    assert [m.id for m in st.open_improvements(at(2025, 11, 1), overdue_only=True)] == [first.id]
    second = st.reopen_improvement(first.id, "quality_management", at(2025, 11, 3, 9), "jig replaced", "manufacturing",
                                   dt.date(2025, 11, 28))
    assert second.reopens == first.id and second.opened == at(2025, 11, 3, 9)
    with pytest.raises(af.StateError) as e:
        st.confirm_improvement(first.id, "qm", at(2025, 11, 4))
    assert e.value.field == "improvement"
    ok = st.confirm_improvement(second.id, "quality_management", at(2025, 11, 18, 15))
    assert ok.state == "confirmed" and ok.closed_by == "quality_management"
    assert [m.state for m in st.improvements(n)] == ["ineffective", "confirmed"]
    # October's statistics, due 11-10 (九)10: as of the end of that day the
    # first was found ineffective (11-03) and the second open, not yet due.
    stats = st.improvement_statistics("2025-10")
    assert stats.due == dt.date(2025, 11, 10)
    assert [m.id for m in stats.open] == [second.id] and stats.overdue == []
    with pytest.raises(af.InvalidArgumentError) as e:
        st.open_improvement(n, "x", "y", dt.date(2025, 10, 1), at(2025, 10, 10, 9))
    assert e.value.field == "due"
    with pytest.raises(TypeError):
        st.open_improvement(n, "x", "y", at(2025, 11, 1), at(2025, 10, 10, 9))


def test_tracking_exemption(st):
    n = st.open_complaint(at(2025, 10, 9, 10), "non_quality", "general").number
    assert st.tracking_exemption(n) is None
    r = st.exempt_from_tracking(n, "general_manager_office", at(2025, 10, 10, 9))
    assert r == af.TrackingExemption(n, "human_negligence", "general_manager_office", at(2025, 10, 10, 9))
    assert st.tracking_exemption(n) == r
    with pytest.raises(af.StateError) as e:
        st.open_improvement(n, "x", "y", dt.date(2025, 11, 1), at(2025, 10, 10, 9))
    assert e.value.field == "number" and "(九)7" in str(e.value)
    with pytest.raises(af.InvalidArgumentError) as e:
        st.exempt_from_tracking(n, "gm", at(2025, 10, 10, 9), reason="laziness")
    assert e.value.field == "reason"
