"""The monthly report as of an instant (RULES.md §6 KPIs): first-time fixes
as the calls stood then (a completion or a revisit after as_of has not
happened) and the first-response and on-site times, which §6 names without
defining: received -> dispatched and arrived -> completed on site, wall
time, means over the month's calls as of as_of. China preset, local times."""

from __future__ import annotations

import pytest

from conftest import NOW, M, at, intake


def visit(st, serial, received, to_dispatch, arrived, completed):
    c = st.register_call(**intake(received, "urban", serial))
    st.dispatch(c.id, technician="T01", at=received + to_dispatch)
    st.arrive(c.id, at=arrived)
    st.complete_on_site(c.id, at=completed)
    return c


@pytest.fixture
def calls(st):
    # A: 10 min to dispatch, on site 16-18; E: 30 min, on site Monday 11:00
    # to Wednesday 10:00 (47 h); unit A called again on 10-27: A no
    # first-time fix once that call came.
    visit(st, "A", at(2025, 10, 9, 10), 10 * M, at(2025, 10, 9, 16), at(2025, 10, 9, 18))
    visit(st, "E", at(2025, 10, 20, 9), 30 * M, at(2025, 10, 20, 11), at(2025, 10, 22, 10))
    visit(st, "A", at(2025, 10, 27, 9), 20 * M, at(2025, 10, 27, 10), at(2025, 10, 27, 11))
    return st


def test_first_time_fixes_as_of(calls):
    pd = pytest.importorskip("pandas")
    row = calls.monthly_report("2025-10", as_of=at(2025, 10, 21, 12))["summary"].iloc[0]
    # E not completed yet; A not revisited yet.
    assert (row["calls"], row["completed"], row["first_time_fixed"]) == (2, 1, 1)
    assert (row["responded"], row["completed_on_site"]) == (2, 1)
    assert row["mean_first_response"] == pd.Timedelta(minutes=20)
    assert row["mean_on_site"] == pd.Timedelta(hours=2)
    row = calls.monthly_report("2025-10", as_of=at(2025, 10, 25, 12))["summary"].iloc[0]
    assert (row["completed"], row["first_time_fixed"]) == (2, 2)
    assert row["mean_on_site"] == pd.Timedelta(hours=24, minutes=30)
    s = calls.monthly_report("2025-10", as_of=NOW)["summary"]
    row = s.iloc[0]
    assert (row["completed"], row["first_time_fixed"], row["responded"]) == (3, 2, 3)
    assert row["mean_first_response"] == pd.Timedelta(minutes=20)
    assert row["mean_on_site"] == pd.Timedelta(hours=16, minutes=40)
    assert pd.api.types.is_timedelta64_dtype(s["mean_on_site"])


def test_no_figures_before_any_dispatch(calls):
    pytest.importorskip("pandas")
    row = calls.monthly_report("2025-10", as_of=at(2025, 10, 9, 10, 5))["summary"].iloc[0]
    assert row["responded"] == 0
    assert row["mean_first_response"] is pd_nat() and row["mean_on_site"] is pd_nat()


def pd_nat():
    import pandas as pd

    return pd.NaT
