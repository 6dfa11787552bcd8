"""Deadlines and SLA verdicts over a provisional year (issue 24, items 3
and 4): the store keeps the year with each stored deadline, the calls and
the dispatches frames show it (``provisional_year``), a writing open with a calendar that
publishes the year recomputes them once (``Store.recomputed``), a
query-only open judges them and writes nothing; ``aftersales recompute``
does the writing open from the command line."""

from __future__ import annotations

import datetime as dt
import os
import subprocess

import pandas as pd
import pytest

import aftersales as af
from aftersales import _cli

from conftest import at, count, intake

# HYPOTHETICAL TEST DATA: the 2027 notice is not published. The days the law
# fixes on Gregorian dates, and Monday 2027-01-04 off, so that the
# 2026-12-31 16:00 call's deadline moves a day; not the 2027 arrangement.
HYPOTHETICAL_2027 = (
    "date,kind,name\n"
    "2027-01-01,holiday,New Year's Day (hypothetical test row)\n"
    "2027-01-04,holiday,New Year's Day bridge (hypothetical test row)\n"
    "2027-05-01,holiday,Labour Day (hypothetical test row)\n"
    "2027-05-02,holiday,Labour Day (hypothetical test row)\n"
    "2027-10-01,holiday,National Day (hypothetical test row)\n"
    "2027-10-02,holiday,National Day (hypothetical test row)\n"
    "2027-10-03,holiday,National Day (hypothetical test row)\n"
)

CLOCK = at(2027, 1, 6, 12)  # after every step below
TOOL = os.environ.get("AFTERSALES_CLI") or str(_cli.binary())


@pytest.fixture()
def policies(tmp_path):
    f = tmp_path / "hypothetical-2027.csv"
    f.write_text(HYPOTHETICAL_2027)
    before = af.Policy.default(af.Calendar.china(past_horizon="statutory"))
    after = af.Policy.default(af.Calendar.china(holiday_file=f, past_horizon="statutory"))
    return before, after, f


@pytest.fixture()
def stored(tmp_path, policies):
    """The 2026-12-31 16:00 city call, reached on 5 January 10:00."""
    before, _, _ = policies
    path = tmp_path / "provisional.db"
    with af.Store.open(path, before, clock=lambda: CLOCK) as s:
        assert s.recomputed == af.Recomputed([], 0, 0, 0)
        call = s.register_call(**intake(at(2026, 12, 31, 16)))
        # 16:00-18:00, 1 January and the weekend off, 4 h on Monday.
        assert call.deadline == at(2027, 1, 4, 14)
        s.dispatch(call.id, "T01", at(2026, 12, 31, 17))
        s.arrive(call.id, at(2027, 1, 5, 10))
        assert s.call(call.id).sla_met is False  # late, for now
    return path, call.id


def test_the_flag_is_stored_and_shown(stored, policies):
    path, _ = stored
    before, _, _ = policies
    assert count(path, "SELECT deadline_provisional FROM calls") == 2027
    with af.Store.open(path, before, clock=lambda: CLOCK, mode="must_exist") as s:
        assert s.recomputed.calls == 0  # 2027 is still provisional
        frame = s.calls().to_pandas()
        assert str(frame["provisional_year"].dtype) == "Int64"
        assert frame["provisional_year"].tolist() == [2027]
        s.register_call(**intake(at(2026, 12, 30, 9), serial="SN-2"))  # published dates only
        frame = s.calls().to_pandas()
        assert frame["provisional_year"].isna().tolist() == [True, False]
        # The dispatched call's visit carries the year too; the new call is not dispatched.
        visits = s.dispatches().to_pandas()
        assert str(visits["provisional_year"].dtype) == "Int64"
        assert visits["provisional_year"].tolist() == [2027]


def test_a_query_only_open_judges_and_writes_nothing(stored, policies):
    path, id_ = stored
    _, after, _ = policies
    deadline = count(path, "SELECT deadline FROM calls")
    with af.Store.open(path, after, clock=lambda: CLOCK, mode="query_only") as s:
        assert s.recomputed == af.Recomputed()
        frame = s.calls().to_pandas()
        assert frame["deadline"].tolist() == [pd.Timestamp(2027, 1, 5, 14)]
        assert frame["sla_met"].tolist() == [True]
        assert frame["provisional_year"].isna().all()
        assert s.call(id_).deadline == at(2027, 1, 5, 14)
        visits = s.dispatches().to_pandas()  # judged as calls() judges
        assert visits["deadline"].tolist() == [pd.Timestamp(2027, 1, 5, 14)]
        assert visits["sla_met"].tolist() == [True]
        assert visits["provisional_year"].isna().all()
    assert count(path, "SELECT deadline FROM calls") == deadline
    assert count(path, "SELECT sla_met FROM calls") == 0
    assert count(path, "SELECT deadline_provisional FROM calls") == 2027


def test_a_writing_open_recomputes_once(stored, policies):
    path, id_ = stored
    _, after, _ = policies
    with af.Store.open(path, after, clock=lambda: CLOCK, mode="must_exist") as s:
        assert s.recomputed == af.Recomputed([2027], 1, 1, 1)
        assert s.call(id_).deadline == at(2027, 1, 5, 14)
        assert s.call(id_).sla_met is True
    assert count(path, "SELECT count(*) FROM calls WHERE deadline_provisional IS NOT NULL") == 0
    assert count(path, "SELECT sla_met FROM calls") == 1
    with af.Store.open(path, after, clock=lambda: CLOCK) as s:
        assert s.recomputed == af.Recomputed([], 0, 0, 0)  # once


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([TOOL, *map(str, args)], capture_output=True, text=True, timeout=300)


def test_the_recompute_command(stored, policies):
    path, _ = stored
    _, _, holidays = policies
    out = run("recompute", "--db", path, "--past-horizon", "statutory")
    assert out.returncode == 0, out.stderr
    assert "nothing to recompute" in out.stdout
    out = run("recompute", "--db", path, "--holidays", holidays, "--past-horizon", "statutory")
    assert out.returncode == 0, out.stderr
    assert out.stdout == (
        "recomputed 1 call counted over provisional 2027 (now published): 1 deadline changed, "
        "1 SLA verdict changed\n"
    )
    assert count(path, "SELECT count(*) FROM calls WHERE deadline_provisional IS NOT NULL") == 0
    out = run("recompute", "--db", path, "--holidays", holidays, "--past-horizon", "statutory")
    assert "nothing to recompute" in out.stdout
    out = run("recompute")
    assert out.returncode == 2
    assert "--db FILE is required" in out.stderr
    out = run("recompute", "--db", path.parent / "missing.db")
    assert out.returncode != 0
    assert "does not exist" in out.stderr
    assert not (path.parent / "missing.db").exists()


def test_import_calls_says_what_its_open_recomputed(stored, policies, tmp_path):
    path, _ = stored
    _, _, holidays = policies
    csv = tmp_path / "calls.csv"
    csv.write_text("customer,phone,address,zone,product,serial,purchased,received\n"
                   "Li Lei,13800000002,8 Jiefang Road,urban,colour_tv,TV-9,2025-03-01,2025-10-09 10:00\n")
    out = run("import-calls", "--db", path, "--holidays", holidays, "--past-horizon", "statutory", csv)
    assert out.returncode == 0, out.stderr
    assert "recomputed 1 call counted over provisional 2027 (now published)" in out.stderr
    assert count(path, "SELECT count(*) FROM calls WHERE deadline_provisional IS NOT NULL") == 0
