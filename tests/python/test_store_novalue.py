""""No value" in the store's frames (issue 25): one convention, from the
core's validity masks. Every column that can lack a value keeps the dtype
and the NA pattern it had when the core said "no value" with sentinels:
NaT in instants, <NA> in nullable Int64 / boolean and category columns,
None (pandas' missing) in text and Decimal columns.

Expected instants as in test_store.py (China preset, fixed clock)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import aftersales as af
from conftest import CST, at, intake


def visits(st):
    """A met, B dispatched and not arrived, C never dispatched, E breached
    (due Monday 16:00, reached Tuesday)."""
    a = st.register_call(**intake(at(2025, 10, 9, 10), serial="A"))
    st.dispatch(a.id, technician="T01", at=at(2025, 10, 9, 10, 30))
    st.arrive(a.id, at=at(2025, 10, 9, 12))
    st.complete_on_site(a.id, at=at(2025, 10, 9, 13), signed=False)
    b = st.register_call(**intake(at(2025, 10, 9, 11), serial="B"))
    st.dispatch(b.id, technician="T02", at=at(2025, 10, 9, 12))
    c = st.register_call(**intake(at(2025, 10, 9, 12), serial="C"))
    e = st.register_call(**intake(at(2025, 10, 13, 10), serial="E"))
    st.dispatch(e.id, technician="T03", at=at(2025, 10, 13, 10, 30))
    st.arrive(e.id, at=at(2025, 10, 14, 10))
    st.complete_on_site(e.id, at=at(2025, 10, 14, 11), signed=True)
    return a, b, c, e


def test_calls_frame_na_pattern(st):
    pd = pytest.importorskip("pandas")
    visits(st)
    df = st.calls().to_pandas()
    na = {col: df[col].isna().tolist() for col in df.columns}
    assert na["technician"] == [False, False, True, False]
    assert na["dispatched"] == [False, False, True, False]
    assert na["arrived"] == [False, True, True, False]
    assert na["completed"] == [False, True, True, False]
    assert na["sla_met"] == [False, True, True, False]
    assert na["signed_off"] == [False, True, True, False]
    assert na["provisional_year"] == [True] * 4
    for col in ("id", "voucher", "received", "deadline", "zone", "centre", "product", "serial", "category",
                "state", "customer"):
        assert not any(na[col]), col
    assert df["sla_met"].tolist() == [True, pd.NA, pd.NA, False]
    assert df["signed_off"].tolist() == [False, pd.NA, pd.NA, True]
    assert df["sla_met"].dtype == "boolean" and df["signed_off"].dtype == "boolean"
    assert df["provisional_year"].dtype == "Int64"
    assert isinstance(df["technician"].dtype, pd.CategoricalDtype)
    for col in ("dispatched", "arrived", "completed"):
        assert pd.api.types.is_datetime64_dtype(df[col]), col
    # The same pattern aware in a zone.
    aware = st.calls().to_pandas(tz=CST)
    assert aware["arrived"].isna().tolist() == na["arrived"]


def test_dispatches_frame_na_pattern(st):
    pd = pytest.importorskip("pandas")
    visits(st)
    df = st.dispatches().to_pandas()
    assert len(df) == 3  # C was never dispatched
    assert df["dispatched"].isna().tolist() == [False, False, False]
    assert df["arrived"].isna().tolist() == [False, True, False]
    assert df["completed"].isna().tolist() == [False, True, False]
    assert df["sla_met"].tolist() == [True, pd.NA, False]
    assert df["signed_off"].tolist() == [False, pd.NA, True]
    assert df["provisional_year"].isna().tolist() == [True, True, True]
    assert df["sla_met"].dtype == "boolean" and df["provisional_year"].dtype == "Int64"
    assert not df["technician"].isna().any()


def test_complaints_and_penalties_frames_na_pattern(st):
    pd = pytest.importorskip("pandas")
    a, _, _, _ = visits(st)
    st.open_complaint(at(2025, 10, 9, 10), "quality", "serious", call_id=a.id)
    st.open_complaint(at(2025, 10, 10, 9), "service", "general", "foreign")
    st.close_complaint_invalid("2510-02", at(2025, 10, 10, 11), "not ours")
    st.charge_penalty("wang", "2025-10", Decimal("2500"), "2510-01")
    st.settle_penalties("wang", "2025-10", Decimal("2000"))

    df = st.complaints().to_pandas()
    assert df["original_number"].isna().tolist() == [True, True]
    assert df["call_id"].isna().tolist() == [False, True]
    assert df["call_id"][0] == a.id
    assert df["closed_at"].isna().tolist() == [True, False]
    assert df["on_time"].tolist() == [pd.NA, True]
    assert df["on_time"].dtype == "boolean"
    assert pd.api.types.is_datetime64_dtype(df["closed_at"])

    p = st.penalties().to_pandas()
    assert p["kind"].tolist() == ["charge", "settle"]
    assert p["case"].tolist()[0] == "2510-01" and pd.isna(p["case"][1])
    # A charge has no deducted and carried: None, as every missing Decimal.
    assert p["deducted"].tolist() == [None, Decimal("1000.00")]
    assert p["carried"].tolist() == [None, Decimal("1500.00")]
    assert p["deducted"].dtype == object and p["amount"].tolist() == [Decimal("2500.00"), Decimal("2000.00")]


def test_core_columns_carry_masks(st):
    """The binding's dict: NaT in times, (values, valid) pairs for flags and
    integers, None in optional texts; no -1 flag and no int64-min year."""
    np = pytest.importorskip("numpy")
    visits(st)
    c = st._core.calls(-(2**62), 2**62, True)
    values, valid = c["sla_met"]
    assert values.dtype == np.bool_ and valid.dtype == np.bool_
    assert valid.tolist() == [True, False, False, True]
    assert values[valid].tolist() == [True, False]
    years, has_year = c["provisional_year"]
    assert years.dtype == np.int64 and not has_year.any()
    assert c["dispatched"][2] == af._core.NAT
