"""The month's complaint statistics carry issue 29's lists in Python: the
complaints whose customer was not visited (seeds/002 家電 (二十八)) or not told
the result ((二十六)), the administrative penalties on them (客戶投訴管理辦法
(十二)1) and the open and overdue improvements ((七)3(5), (九)10 檢查改善對策),
in Store.complaint_statistics and the monthly report's "complaint_statistics".
The C++ case is tests/unit/test_complaint_statistics.cpp."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import aftersales as af
from conftest import CST, NOW, at


def approved(st, received):
    """A complaint taken stage by stage (each left at its deadline) to the
    approval stage and approved there by the sales manager: closed."""
    c = st.open_complaint(received, "quality", "general")
    while c.stage != "approval":
        c = st.advance_complaint(c.number, c.stage_deadline or c.stage_entered)
    st.approve_complaint(c.number, "sales_manager", "Li Ming", c.stage_entered + dt.timedelta(hours=1))
    return st.complaint(c.number)


@pytest.fixture
def october(st):
    """October 2025: one complaint closed (neither visited nor told, a
    warning on it), one still open with two improvements (one due 10-31)."""
    closed = approved(st, at(2025, 10, 9, 10))
    assert closed.closed and closed.closed_at.month == 10
    n = st.open_complaint(at(2025, 10, 13, 10), "quality", "general").number
    first = st.open_improvement(n, "torque check on line 3", "manufacturing", dt.date(2025, 10, 31), at(2025, 10, 14, 9))
    second = st.open_improvement(n, "new jig", "manufacturing", dt.date(2025, 11, 15), at(2025, 10, 14, 9))
    st.record_admin_penalty("wang", closed.number, "late_delivery", "warning", "2025-10", "HR-2510-01",
                            dt.date(2025, 10, 25))
    return closed, first, second


def test_the_store_statistics_list_contacts_penalties_and_improvements(st, october):
    closed, first, second = october
    s = st.complaint_statistics("2025-10")
    assert s.total == 1 and s.due == dt.date(2025, 11, 10)
    assert s.unvisited == [closed.number]  # (二十八): every complaining customer is visited
    assert s.unnotified == [closed.number]  # (二十六): the result is told
    assert s.admin_penalties == [("wang", "2025-10", closed.number, "warning", 1, Decimal("400.00"))]
    # As of the end of 11-10: both open (the records Store.improvements gives), the first overdue.
    assert s.open_improvements == [first, second]
    assert all(isinstance(m, af.Improvement) for m in s.open_improvements)
    assert s.overdue_improvements == [first]
    assert s["overdue_improvements"] == [first]  # also reads as a mapping
    # contact_statistics() and improvement_statistics() say the same.
    c = st.contact_statistics("2025-10")
    assert (c.unvisited, c.unnotified, c.admin_penalties) == (s.unvisited, s.unnotified, s.admin_penalties)
    assert st.improvement_statistics("2025-10") == af.ImprovementStatistics(s.due, [first, second], [first])
    # Told and visited: the lists empty.
    st.record_contact(closed.number, "visit", "visit", "supervisor_zhou", closed.received + dt.timedelta(hours=5))
    st.record_contact(closed.number, "notification", "letter", "supervisor_zhou",
                      closed.closed_at + dt.timedelta(hours=1))
    s = st.complaint_statistics("2025-10")
    assert (s.unvisited, s.unnotified) == ([], [])
    # The policy alone knows none of these records.
    cp = st.policy.complaints
    alone = cp.monthly_statistics([st.complaint(closed.number)], "2025-10")
    assert alone.total == 1 and alone.unvisited == [] and alone.open_improvements == [] and alone.admin_penalties == []


def test_the_monthly_report_carries_them_as_of_its_as_of(st, october):
    pytest.importorskip("pandas")
    closed, first, second = october
    now = st.monthly_report("2025-10", as_of=NOW)["complaint_statistics"]
    assert isinstance(now, af.ComplaintStatistics)
    assert now == st.complaint_statistics("2025-10")
    # By default October as of 11-01 00:00 (one answer per month), by the
    # events' own times: the warning's notice (10-25) published, the result
    # not told, the first improvement overdue.
    then = st.monthly_report("2025-10")["complaint_statistics"]
    assert st.monthly_report("2025-10", as_of=at(2025, 11, 1))["complaint_statistics"] == then
    assert [p[0] for p in then.admin_penalties] == ["wang"] and then.unnotified == [closed.number]
    assert then.open_improvements == [first, second] and then.overdue_improvements == [first]
    # Before the notice's day it was not.
    assert st.monthly_report("2025-10", as_of=at(2025, 10, 24, 12))["complaint_statistics"].admin_penalties == []
    # As of 10-20 12:00 nothing was overdue; an aware as_of gives aware times.
    early = st.monthly_report("2025-10", as_of=dt.datetime(2025, 10, 20, 12, tzinfo=CST))["complaint_statistics"]
    assert early.overdue_improvements == []
    assert [m.id for m in early.open_improvements] == [first.id, second.id]
    assert early.open_improvements[0].opened == dt.datetime(2025, 10, 14, 9, tzinfo=CST)
    assert early.open_improvements[0].opened.tzinfo is not None
    # The other frames are as they were.
    assert st.monthly_report("2025-10", as_of=NOW)["complaints"].iloc[0]["closed"] == 1


def test_readme_statistics_lists(st, october):
    """The README example (/work/notes/py29-readme.md "The month's statistics list what is missing")."""
    closed, first, second = october
    s = st.complaint_statistics("2025-10")
    assert (s.unvisited, s.unnotified) == (["2510-01"], ["2510-01"]) and closed.number == "2510-01"
    assert s.admin_penalties == [("wang", "2025-10", "2510-01", "warning", 1, Decimal("400.00"))]
    assert [m.action for m in s.overdue_improvements] == ["torque check on line 3"]
    report = st.monthly_report("2025-10")
    assert report["complaint_statistics"].overdue_improvements[0].due == dt.date(2025, 10, 31)
