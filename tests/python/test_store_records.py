"""The store's records from Python beyond the visit: contracts with their
expiry notices, station budgets and costs, the day reports, and the
dispatches and surveys as DataFrames.

Expected values are worked out by hand on the China preset (Mon-Fri
09:00-12:00 and 13:00-18:00, Asia/Shanghai, UTC+8; October 2025: 10-01..10-08
off), as in tests/python/test_store.py and tests/unit/test_store_columns.cpp.
A refused operation is checked to leave the file as it was."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

import aftersales as af
from conftest import CST, NOW, H, M, at, intake, rows



def refused(exc, field, value, fn, *args, **kw):
    """fn(*args, **kw) raises `exc` naming `field`, with `value` in its text."""
    with pytest.raises(exc) as e:
        fn(*args, **kw)
    assert e.value.field == field, e.value
    assert value in str(e.value), e.value
    return e.value


# ---------------------------------------------------------------- contracts


UNIT = dict(customer="Wang Fang", phone="13800000001", address="1 Renmin Road", product="colour_tv",
            purchased=date(2023, 1, 5))


@pytest.fixture
def late_st(db, pol):
    """A store whose clock is 2026-03-01 12:00: the 2025 contracts have run out."""
    with af.Store.open(db, pol, clock=lambda: at(2026, 3, 1, 12)) as s:
        yield s


def test_contracts_decide_the_category_of_later_calls(late_st):
    st = late_st
    # A TV bought 2023-01-05 is out of its 1-year warranty in 2025.
    st.add_contract("M-001", serial="OLD-1", start=date(2025, 1, 1), end=date(2025, 12, 31), **UNIT)
    st.add_contract("X-001", serial="OLD-2", extended=True, years=3, extra_causes=["voltage"], **UNIT)
    old = dict(purchased=date(2023, 1, 5))
    assert st.register_call(**intake(at(2025, 10, 9, 10), serial="OLD-1", **old)).category == "contract"
    assert st.register_call(**intake(at(2025, 10, 9, 10), serial="OLD-2", **old)).category == "free"
    assert st.register_call(**intake(at(2025, 10, 9, 10), serial="OLD-3", **old)).category == "paid"
    # After the maintenance contract's end: paid again.
    assert st.register_call(**intake(at(2026, 1, 5, 10), serial="OLD-1", **old)).category == "paid"


def test_expiry_notices_are_issued_once_and_renewal_links_the_successor(late_st, db):
    st = late_st
    st.add_contract("M-001", serial="OLD-1", start=date(2025, 1, 1), end=date(2025, 12, 31), **UNIT)
    st.add_contract("M-002", serial="OLD-2", start=date(2025, 3, 1), end=date(2026, 2, 28), **UNIT)
    st.add_contract("X-001", serial="OLD-3", extended=True, **UNIT)
    # Due one month before the end (from 2025-11-30 on), once; an extended warranty never.
    assert st.issue_expiry_notices(date(2025, 11, 29)) == []
    assert st.issue_expiry_notices(date(2025, 11, 30)) == ["M-001"]
    assert st.issue_expiry_notices(date(2025, 11, 30)) == []
    assert st.issue_expiry_notices(date(2026, 2, 20)) == ["M-002"]
    assert rows(db, "SELECT issued_on FROM expiry_notices ORDER BY issued_on") == [("2025-11-30",), ("2026-02-20",)]

    st.renew_contract("M-001", "M-001b", years=1)
    # The successor runs from the day after the end, for the legal period of a year.
    _, expected = af.MaintenanceContract("M-001", date(2025, 1, 1), date(2025, 12, 31)).renew("M-001b", years=1)
    assert rows(db, "SELECT start, end FROM contracts WHERE number = 'M-001b'") == [
        (expected.start.isoformat(), expected.end.isoformat())]
    assert expected.start == date(2026, 1, 1)
    assert rows(db, "SELECT successor FROM contracts WHERE number = 'M-001'") == [("M-001b",)]
    # The successor gets its own notice; the renewed one does not come back.
    assert st.issue_expiry_notices(date(2026, 11, 29)) == []
    assert st.issue_expiry_notices(expected.end.replace(day=1)) == ["M-001b"]
    # A call under the successor is a contract call.
    call = st.register_call(**intake(at(2026, 2, 2, 10), serial="OLD-1", purchased=date(2023, 1, 5)))
    assert call.category == "contract"


def test_bad_contracts_name_the_field_and_change_nothing(late_st, db):
    st = late_st
    st.add_contract("M-001", serial="OLD-1", start=date(2025, 1, 1), end=date(2025, 12, 31), **UNIT)
    st.add_contract("X-001", serial="OLD-2", extended=True, years=2, **UNIT)
    before = rows(db, "SELECT number, start, end, years, extra_causes, successor FROM contracts ORDER BY number")
    units = rows(db, "SELECT count(*) FROM units")
    maint = dict(start=date(2025, 1, 1), end=date(2025, 12, 31), **UNIT)

    refused(af.InvalidArgumentError, "number", "M-001", st.add_contract, "M-001", serial="NEW-1", **maint)
    refused(af.InvalidArgumentError, "number", "empty", st.add_contract, "", serial="NEW-1", **maint)
    refused(af.InvalidArgumentError, "end", "2024-12-01", st.add_contract, "M-002", serial="NEW-1",
            start=date(2025, 1, 1), end=date(2024, 12, 1), **UNIT)
    refused(af.InvalidArgumentError, "start", "missing", st.add_contract, "M-002", serial="NEW-1",
            end=date(2025, 12, 31), **UNIT)
    refused(af.InvalidArgumentError, "start", "2025-01-01", st.add_contract, "X-002", serial="NEW-1",
            extended=True, start=date(2025, 1, 1), **UNIT)
    refused(af.InvalidArgumentError, "years", "6", st.add_contract, "X-002", serial="NEW-1", extended=True,
            years=6, **UNIT)
    refused(af.InvalidArgumentError, "years", "2", st.add_contract, "M-002", serial="NEW-1", years=2, **maint)
    refused(af.InvalidArgumentError, "extra_causes", "voltage", st.add_contract, "M-002", serial="NEW-1",
            extra_causes=["voltage"], **maint)
    refused(af.NotFoundError, "product", "toaster", st.add_contract, "M-002", serial="NEW-1",
            **dict(maint, product="toaster"))
    # The unit is on file with another purchase date.
    refused(af.InvalidArgumentError, "purchased", "2023-01-05", st.add_contract, "M-002", serial="OLD-1",
            **dict(maint, purchased=date(2024, 1, 1)))
    with pytest.raises(TypeError, match="purchased"):
        st.add_contract("M-002", serial="NEW-1", **dict(maint, purchased=datetime(2023, 1, 5)))
    with pytest.raises(TypeError, match="extra_causes"):
        st.add_contract("X-002", serial="NEW-1", extended=True, extra_causes="voltage", **UNIT)

    refused(af.NotFoundError, "number", "M-404", st.renew_contract, "M-404", "M-405", years=1)
    refused(af.StateError, "number", "X-001", st.renew_contract, "X-001", "X-001b", years=1)
    refused(af.InvalidArgumentError, "new_number", "X-001", st.renew_contract, "M-001", "X-001", years=1)
    st.renew_contract("M-001", "M-001b", months=6)
    after_renewal = rows(db, "SELECT number, start, end, years, extra_causes, successor FROM contracts "
                             "ORDER BY number")
    assert [r[0] for r in after_renewal] == ["M-001", "M-001b", "X-001"]
    assert after_renewal[1][1:3] == ("2026-01-01", "2026-06-30")
    refused(af.StateError, "number", "M-001", st.renew_contract, "M-001", "M-001c", years=1)
    with pytest.raises(TypeError, match="on"):
        st.issue_expiry_notices("2025-11-30")

    assert rows(db, "SELECT number, start, end, years, extra_causes, successor FROM contracts "
                    "WHERE number <> 'M-001b' ORDER BY number") == [
        before[0][:5] + ("M-001b",), before[1]]
    assert rows(db, "SELECT count(*) FROM units") == units
    assert rows(db, "SELECT count(*) FROM expiry_notices") == [(0,)]


# ---------------------------------------------------------------- costs


def test_cost_report_against_budget_per_region_and_station(st, pol):
    pd = pytest.importorskip("pandas")
    assert "labour" in pol.cost_kinds and "transport" in pol.cost_kinds
    st.set_region("city", "east")
    st.set_region("county", "east")
    st.set_budget("city", "2025-10", "labour", Decimal("50000"))
    st.set_budget("city", date(2025, 10, 31), "labour", Decimal("60000.00"))  # replaces it
    st.record_cost("city", "2025-10", "labour", Decimal("40000"), note="salaries")
    st.record_cost("city", "2025-10", "labour", Decimal("25000.50"), note="overtime")
    st.record_cost("county", "2025-10", "transport", Decimal("3000"), note="fuel")
    st.record_cost("county", date(2025, 11, 5), "transport", 1000, note="fuel")  # November: not in October
    st.record_cost("hq", "2025-10", "management", "120.05")  # a station with no region

    df = st.cost_report("2025-10")
    assert list(df.columns) == ["centre", "region", "kind", "budget", "actual"]
    # By region ("" before "east"), then station, then kind.
    assert df["centre"].tolist() == ["hq", "city", "county"]
    assert pd.isna(df.loc[0, "region"]) and df["region"].tolist()[1:] == ["east", "east"]
    assert df["kind"].tolist() == ["management", "labour", "transport"]
    assert df["budget"].dtype == object and df["actual"].dtype == object
    assert df["budget"].tolist() == [Decimal("0.00"), Decimal("60000.00"), Decimal("0.00")]
    assert df["actual"].tolist() == [Decimal("120.05"), Decimal("65000.50"), Decimal("3000.00")]
    assert all(isinstance(v, Decimal) for v in df["actual"])
    over = df[df["actual"] > df["budget"]]["centre"].tolist()
    assert over == ["hq", "city", "county"]
    assert st.cost_report(date(2025, 11, 1))["actual"].tolist() == [Decimal("1000.00")]
    empty = st.cost_report("2025-09")
    assert len(empty) == 0 and list(empty.columns) == list(df.columns)

    # A region set later moves the station in the report.
    st.set_region("hq", "west")
    moved = st.cost_report("2025-10")
    assert moved["centre"].tolist() == ["city", "county", "hq"]
    assert moved["region"].tolist() == ["east", "east", "west"]


def test_bad_costs_name_the_field_and_change_nothing(st, db):
    st.record_cost("city", "2025-10", "labour", Decimal("1.00"))
    before = (rows(db, "SELECT centre, month, kind, amount_fen, note FROM costs"),
              rows(db, "SELECT * FROM budgets"), rows(db, "SELECT code, region FROM stations ORDER BY code"))
    refused(af.NotFoundError, "kind", "marketing", st.record_cost, "city", "2025-10", "marketing", 1)
    refused(af.NotFoundError, "kind", "marketing", st.set_budget, "city", "2025-10", "marketing", 1)
    refused(af.InvalidArgumentError, "amount", "-1.00 yuan", st.record_cost, "city", "2025-10", "labour", -1)
    refused(af.InvalidArgumentError, "amount", "-0.01 yuan", st.set_budget, "city", "2025-10", "labour",
            Decimal("-0.01"))
    refused(af.InvalidArgumentError, "amount", "1.005", st.record_cost, "city", "2025-10", "labour",
            Decimal("1.005"))
    refused(af.InvalidArgumentError, "centre", "empty", st.record_cost, "", "2025-10", "labour", 1)
    refused(af.InvalidArgumentError, "centre", "empty", st.set_region, "", "east")
    with pytest.raises(af.Error) as e:
        st.record_cost("city", "2025-13", "labour", 1)
    assert e.value.field == "month" and "2025-13" in str(e.value)
    with pytest.raises(TypeError, match="amount"):
        st.record_cost("city", "2025-10", "labour", 1.5)
    with pytest.raises(TypeError, match="note"):
        st.record_cost("city", "2025-10", "labour", 1, note=None)
    with pytest.raises(af.Error) as e:
        st.cost_report("October")
    assert e.value.field == "month"
    after = (rows(db, "SELECT centre, month, kind, amount_fen, note FROM costs"),
             rows(db, "SELECT * FROM budgets"), rows(db, "SELECT code, region FROM stations ORDER BY code"))
    assert after == before
    assert before[0] == [("city", "2025-10", "labour", 100, "")]


# ---------------------------------------------------------------- day reports


def test_day_reports_sum_the_labour_lines(st):
    pd = pytest.importorskip("pandas")
    a = st.register_call(**intake(at(2025, 10, 9, 10), serial="A"))                                  # free
    b = st.register_call(**intake(at(2025, 10, 9, 10), serial="B", purchased=date(2020, 1, 1)))      # paid
    c = st.register_call(**intake(at(2025, 10, 9, 10), serial="C", centre="county"))                 # free
    for call in (a, b, c):
        st.dispatch(call.id, technician="T01", at=at(2025, 10, 9, 11))
    st.record_labour(a.id, "T01", date(2025, 10, 9), 2 * H)
    st.record_labour(a.id, "T01", date(2025, 10, 9), 30 * M, "second look")
    st.record_labour(b.id, "T01", date(2025, 10, 9), 45 * M)
    st.record_labour(b.id, "T02", date(2025, 10, 9), H)
    st.record_labour(c.id, "T02", date(2025, 10, 9), 20 * M)
    st.record_labour(c.id, "T02", date(2025, 10, 10), 3 * H)  # another day

    t01 = st.technician_day_report("T01", date(2025, 10, 9))
    assert list(t01.columns) == ["technician", "category", "jobs", "worked"]
    assert t01["technician"].tolist() == ["T01", "T01"]
    assert t01["category"].tolist() == ["free", "paid"]
    assert isinstance(t01["category"].dtype, pd.CategoricalDtype)
    assert list(t01["category"].cat.categories) == list(af.SERVICE_CATEGORIES)
    assert t01["jobs"].dtype == "int64" and t01["jobs"].tolist() == [2, 1]
    assert pd.api.types.is_timedelta64_dtype(t01["worked"])
    assert t01["worked"].tolist() == [pd.Timedelta(hours=2, minutes=30), pd.Timedelta(minutes=45)]

    sup = st.supervisor_day_report(date(2025, 10, 9))
    assert list(zip(sup["technician"], sup["category"], sup["jobs"])) == [
        ("T01", "free", 2), ("T01", "paid", 1), ("T02", "free", 1), ("T02", "paid", 1)]
    assert sup["worked"].sum() == pd.Timedelta(hours=4, minutes=35)
    county = st.supervisor_day_report(date(2025, 10, 9), centre="county")
    assert list(zip(county["technician"], county["category"], county["worked"])) == [
        ("T02", "free", pd.Timedelta(minutes=20))]
    assert st.supervisor_day_report(date(2025, 10, 10))["worked"].tolist() == [pd.Timedelta(hours=3)]
    nobody = st.technician_day_report("T09", date(2025, 10, 9))
    assert len(nobody) == 0 and list(nobody.columns) == list(t01.columns)
    assert pd.api.types.is_timedelta64_dtype(nobody["worked"])

    refused(af.InvalidArgumentError, "technician", "empty", st.technician_day_report, "", date(2025, 10, 9))
    with pytest.raises(TypeError, match="day"):
        st.supervisor_day_report(datetime(2025, 10, 9))
    with pytest.raises(TypeError, match="centre"):
        st.supervisor_day_report(date(2025, 10, 9), centre=1)


# ---------------------------------------------------------------- dispatches and surveys


@pytest.fixture
def visits(st):
    """October: A paused twice, reached, completed, surveyed; B dispatched and
    paused with the pause still open; C never dispatched. November: D."""
    a = st.register_call(**intake(at(2025, 10, 9, 10), serial="A"))  # due 17:00 before its pauses
    st.dispatch(a.id, technician="T01", at=at(2025, 10, 9, 10, 20))
    st.pause(a.id, at(2025, 10, 9, 10, 30), "customer not at home")
    st.resume(a.id, at(2025, 10, 9, 11, 30))  # 1 h of working time
    st.pause(a.id, at(2025, 10, 9, 11, 45), "waiting for consent")
    st.resume(a.id, at(2025, 10, 9, 13, 15))  # 1 h 30 on the clock, 30 min of working time
    st.arrive(a.id, at(2025, 10, 9, 15))
    st.complete_on_site(a.id, at(2025, 10, 9, 16), signed=True)
    st.record_survey(a.id, attitude=4, skill=3, arrival=2, promise=1, at=at(2025, 10, 10, 9))
    b = st.register_call(**intake(at(2025, 10, 9, 10, 5), "suburban", "B"))
    st.dispatch(b.id, technician="T02", at=at(2025, 10, 9, 11))
    st.pause(b.id, at(2025, 10, 9, 11, 10), "no answer")
    c = st.register_call(**intake(at(2025, 10, 9, 10, 10), serial="C"))
    d = st.register_call(**intake(at(2025, 11, 3, 9), serial="D"))
    st.dispatch(d.id, technician="T01", at=at(2025, 11, 3, 9, 30))
    st.arrive(d.id, at(2025, 11, 3, 10))
    st.complete_on_site(d.id, at(2025, 11, 3, 11), signed=False)
    st.record_survey(d.id, 4, 4, 4, 4, respondent="supervisor", at=at(2025, 11, 3, 12))
    return a, b, c, d


def test_dispatches_to_pandas(st, visits):
    pd = pytest.importorskip("pandas")
    a, b, c, d = visits
    df = st.dispatches().to_pandas()
    assert list(df.columns) == ["call_id", "voucher", "technician", "zone", "centre", "category", "state",
                                "received", "deadline", "dispatched", "arrived", "completed", "pauses", "paused",
                                "sla_met", "signed_off", "provisional_year"]
    assert df["call_id"].tolist() == [a.id, b.id, d.id]
    assert df["voucher"].tolist() == ["V-main-2510-000001", "V-main-2510-000002", "V-main-2511-000001"]
    for col in ("technician", "zone", "centre", "category", "state"):
        assert isinstance(df[col].dtype, pd.CategoricalDtype), col
    assert list(df["category"].cat.categories) == list(af.SERVICE_CATEGORIES)
    assert list(df["state"].cat.categories) == list(af.CALL_STATES)
    assert df["technician"].tolist() == ["T01", "T02", "T01"]
    assert df["zone"].tolist() == ["urban", "suburban", "urban"]
    assert df["state"].tolist() == ["completed", "dispatched", "completed"]
    for col in ("received", "deadline", "dispatched", "arrived", "completed"):
        assert pd.api.types.is_datetime64_dtype(df[col]) and df[col].dt.tz is None, col
    # A: 6 h from 10:00 plus 1 h 30 paused -> 10:00-10:30, 11:30-11:45,
    # 13:15-18:00 is 5 h 30; the last 30 min on Friday. B's open pause moves nothing yet.
    assert df["deadline"].tolist() == [pd.Timestamp("2025-10-10 09:30"), pd.Timestamp("2025-10-10 09:05"),
                                       pd.Timestamp("2025-11-03 16:00")]
    assert df.loc[0, "deadline"] == pd.Timestamp(st.call(a.id).deadline)
    assert df.loc[0, "dispatched"] == pd.Timestamp("2025-10-09 10:20")
    assert df.loc[2, "arrived"] == pd.Timestamp("2025-11-03 10:00")
    assert pd.isna(df.loc[1, "arrived"]) and pd.isna(df.loc[1, "completed"])
    assert df["pauses"].dtype == "int64" and df["pauses"].tolist() == [2, 1, 0]
    # Working time, not the 2 h 30 on the clock; B's open pause not yet.
    assert pd.api.types.is_timedelta64_dtype(df["paused"])
    assert df["paused"].tolist() == [pd.Timedelta(hours=1, minutes=30), pd.Timedelta(0), pd.Timedelta(0)]
    assert df["sla_met"].dtype == "boolean" and df["signed_off"].dtype == "boolean"
    assert df["sla_met"].tolist() == [True, pd.NA, True]
    assert df["signed_off"].tolist() == [True, pd.NA, False]
    assert df["provisional_year"].dtype == "Int64" and df["provisional_year"].isna().all()  # published dates only

    # The rows of calls() that have a technician, in the same order.
    calls = st.calls().to_pandas()
    assert calls[calls["technician"].notna()]["id"].tolist() == df["call_id"].tolist()
    assert c.id in calls["id"].tolist() and c.id not in df["call_id"].tolist()

    # B resumed: its pause counts now (11:10-11:40).
    st.resume(b.id, at(2025, 10, 9, 11, 40))
    assert st.dispatches().to_pandas().loc[1, "paused"] == pd.Timedelta(minutes=30)

    aware = st.dispatches().to_pandas(tz=timezone.utc)
    assert aware.loc[0, "dispatched"] == pd.Timestamp("2025-10-09 02:20", tz=timezone.utc)
    assert pd.isna(aware.loc[1, "arrived"])


def test_dispatches_of_the_calls_received_in_a_period(st, visits):
    pd = pytest.importorskip("pandas")
    a, b, c, d = visits
    october = st.dispatches(date(2025, 10, 1), date(2025, 11, 1))
    assert len(october) == 2
    assert october.to_pandas()["call_id"].tolist() == [a.id, b.id]
    assert st.dispatches(at(2025, 10, 9, 10, 5), at(2025, 11, 3, 9)).to_pandas()["call_id"].tolist() == [b.id]
    aware = st.dispatches(datetime(2025, 11, 3, 1, tzinfo=timezone.utc)).to_pandas(tz=CST)
    assert aware["call_id"].tolist() == [d.id]
    assert aware.loc[0, "received"] == pd.Timestamp("2025-11-03 09:00", tz=CST)
    empty = st.dispatches(date(2025, 12, 1), date(2026, 1, 1)).to_pandas()
    assert len(empty) == 0 and list(empty.columns)[:3] == ["call_id", "voucher", "technician"]
    assert pd.api.types.is_datetime64_dtype(empty["dispatched"]) and empty["sla_met"].dtype == "boolean"
    assert pd.api.types.is_timedelta64_dtype(empty["paused"]) and empty["provisional_year"].dtype == "Int64"
    with pytest.raises(TypeError, match="start"):
        st.dispatches("2025-10-01")
    with pytest.raises(TypeError, match="tz"):
        st.dispatches().to_pandas(tz="UTC")


def test_surveys_to_pandas(st, visits):
    pd = pytest.importorskip("pandas")
    a, b, c, d = visits
    df = st.surveys().to_pandas()
    assert list(df.columns) == ["call_id", "voucher", "technician", "respondent", "month", "attitude", "skill",
                                "arrival", "promise", "recorded",
                                "comment", "survey_id", "complaint", "centre"]  # issue 28
    assert df["call_id"].tolist() == [a.id, d.id]
    assert df["voucher"].tolist() == ["V-main-2510-000001", "V-main-2511-000001"]
    assert isinstance(df["technician"].dtype, pd.CategoricalDtype)
    assert df["technician"].tolist() == ["T01", "T01"]
    assert df["respondent"].tolist() == ["customer", "supervisor"]
    assert df["month"].tolist() == ["2025-10", "2025-11"]
    for col in ("attitude", "skill", "arrival", "promise"):
        assert df[col].dtype == "int8", col
    assert df[["attitude", "skill", "arrival", "promise"]].values.tolist() == [[4, 3, 2, 1], [4, 4, 4, 4]]
    assert pd.api.types.is_datetime64_dtype(df["recorded"])
    assert df["recorded"].tolist() == [pd.Timestamp("2025-10-10 09:00"), pd.Timestamp("2025-11-03 12:00")]
    utc = st.surveys().to_pandas(tz=timezone.utc)
    assert utc.loc[0, "recorded"] == pd.Timestamp("2025-10-10 01:00", tz=timezone.utc)

    # A month's surveys are the ones its report's satisfaction counts.
    october = st.surveys(date(2025, 10, 1), date(2025, 11, 1)).to_pandas()
    assert october["call_id"].tolist() == [a.id]
    sat = st.monthly_report("2025-10")["satisfaction"].set_index("technician")
    assert sat.loc["T01", "surveys"] == len(october)
    for col in ("attitude", "skill", "arrival", "promise"):
        assert sat.loc["T01", col] == october[col].mean(), col
    assert len(st.surveys(date(2025, 11, 1), date(2025, 12, 1))) == 1
    assert len(st.surveys(at(2025, 10, 9, 10, 1), at(2025, 11, 3, 9))) == 0


def test_queries_run_when_used_and_share_their_shape(st):
    queries = {"CallQuery": st.calls(), "ComplaintQuery": st.complaints(), "PenaltyQuery": st.penalties(),
               "DispatchQuery": st.dispatches(), "SurveyQuery": st.surveys()}
    for name, q in queries.items():
        assert type(q) is getattr(af, name)
        assert type(q).__module__ == "aftersales"
        assert len(q) == 0, name
        assert repr(q).startswith(f"<aftersales.{name} of ") and repr(q).endswith(f"{st!r}>"), repr(q)
        with pytest.raises(AttributeError):
            q.extra = 1  # slots: a query holds only its store and arguments
    assert repr(st.penalties("wang")) == f"<aftersales.PenaltyQuery of 'wang' in {st!r}>"
    call = st.register_call(**intake(at(2025, 10, 9, 10)))
    st.dispatch(call.id, technician="T01", at=at(2025, 10, 9, 11))
    st.arrive(call.id, at(2025, 10, 9, 12))
    st.complete_on_site(call.id, at(2025, 10, 9, 13))
    st.record_survey(call.id, 4, 4, 4, 4)
    for name in ("CallQuery", "DispatchQuery", "SurveyQuery"):
        assert len(queries[name]) == 1, name
    assert queries["CallQuery"].ids() == [call.id]


def test_closed_store_refuses_the_new_operations(db, pol):
    st = af.Store.open(db, pol, clock=lambda: NOW)
    st.close()
    for fn, args in ((st.cost_report, ("2025-10",)), (st.set_region, ("city", "east")),
                     (st.issue_expiry_notices, (date(2025, 11, 30),)),
                     (st.supervisor_day_report, (date(2025, 10, 9),)), (len, (st.dispatches(),)),
                     (len, (st.surveys(),))):
        with pytest.raises(af.StateError) as e:
            fn(*args)
        assert e.value.field == "store"
