"""Calls solved by phone or remotely (issue 28; seeds 003 2.2 遠程協助: remote
assistance before a visit; 001 电话技术服务: guiding the customer by phone
through a simple fault): no dispatch, out of the queue, judged against the
policy's dispatch.remote targets (default: first contact within 1 working
hour, resolution within 4 -- the company's choice, the seeds give none) and
counted apart from the visits in the monthly report. China preset, local
times: Thursday 2025-10-09 10:00, first contact due 11:00, resolution due
15:00."""

from __future__ import annotations

import datetime as dt

import pytest

import aftersales as af
from conftest import at, count, intake


def test_policy_remote_targets(china):
    p = af.DispatchPolicy(china)
    assert p.remote == {"first_response": dt.timedelta(hours=1), "resolution": dt.timedelta(hours=4)}
    q = af.DispatchPolicy.from_json(
        '{"calendar": {"preset": "cn"}, "dispatch": {"remote": {"first_response": "30min", "resolution": "2h"}}}')
    assert q.remote == {"first_response": dt.timedelta(minutes=30), "resolution": dt.timedelta(hours=2)}
    assert af.DispatchPolicy.from_json(q.to_json()).remote == q.remote
    with pytest.raises(af.ParseError) as e:
        af.DispatchPolicy.from_json('{"calendar": {"preset": "cn"}, "dispatch": {"remote": {"resolution": 3600}}}')
    assert e.value.field == "dispatch.remote.resolution"
    with pytest.raises(af.InvalidArgumentError) as e:
        af.DispatchPolicy.from_json(
            '{"calendar": {"preset": "cn"}, "dispatch": {"remote": {"first_response": "3h", "resolution": "2h"}}}')
    assert e.value.field == "dispatch.remote.resolution"


def test_resolve_remotely(st, db):
    c = st.register_call(**intake(at(2025, 10, 9, 10)))
    assert st.remote_contact(c.id) is None
    st.resolve_remotely(c.id, "T1", "phone", at(2025, 10, 9, 10, 40), at(2025, 10, 9, 14, 30))
    r = st.remote_contact(c.id)
    assert r == af.RemoteContact(c.id, "T1", "phone", at(2025, 10, 9, 10, 40), at(2025, 10, 9, 14, 30), st.now())
    assert st.queue(at(2025, 10, 9, 14)) == [c.id]
    assert st.queue(at(2025, 10, 9, 14, 30)) == []
    with pytest.raises(af.StateError) as e:
        st.dispatch(c.id, "T2", at(2025, 10, 9, 15))
    assert e.value.field == "call" and "resolved remotely" in str(e.value)
    assert count(db, "SELECT count(*) FROM remote_contacts") == 1


def test_refusals_name_the_argument(st, db):
    c = st.register_call(**intake(at(2025, 10, 9, 10)))
    with pytest.raises(af.InvalidArgumentError) as e:
        st.resolve_remotely(c.id, "T1", "email", at(2025, 10, 9, 10, 40), at(2025, 10, 9, 11))
    assert e.value.field == "how" and "email" in str(e.value)
    with pytest.raises(af.InvalidArgumentError) as e:
        st.resolve_remotely(c.id, "T1", "phone", at(2025, 10, 9, 10, 40), at(2025, 10, 9, 10, 30))
    assert e.value.field == "resolved_at"
    with pytest.raises(af.InvalidArgumentError) as e:
        st.resolve_remotely(c.id, "T1", "phone", at(2025, 10, 9, 9), at(2025, 10, 9, 11))
    assert e.value.field == "first_response_at"
    st.dispatch(c.id, "T2", at(2025, 10, 9, 10, 30))
    with pytest.raises(af.StateError) as e:
        st.record_remote_attempt(c.id, "T1", "phone", at(2025, 10, 9, 10, 40))
    assert e.value.field == "call"
    assert count(db, "SELECT count(*) FROM remote_contacts") == 0


def test_monthly_report_counts_remote_calls_apart(st):
    pd = pytest.importorskip("pandas")
    a = st.register_call(**intake(at(2025, 10, 9, 10), "urban", "SN-A")).id
    st.resolve_remotely(a, "T1", "phone", at(2025, 10, 9, 10, 40), at(2025, 10, 9, 14, 30))  # met
    b = st.register_call(**intake(at(2025, 10, 9, 10), "urban", "SN-B")).id
    st.resolve_remotely(b, "T1", "remote", at(2025, 10, 9, 11, 30), at(2025, 10, 9, 13))  # contact late
    # A phone attempt that fails: a visit, met (due 17:00); first response 10:20.
    c = st.register_call(**intake(at(2025, 10, 9, 10), "urban", "SN-C")).id
    st.record_remote_attempt(c, "T1", "phone", at(2025, 10, 9, 10, 20))
    st.dispatch(c, "T2", at(2025, 10, 9, 11))
    st.arrive(c, at(2025, 10, 9, 15))
    r = st.monthly_report("2025-10")
    z = r["sla_by_zone"].iloc[0]
    assert z["zone"] == "urban"
    assert (z["calls"], z["met"], z["breached"], z["open"]) == (3, 1, 0, 0)
    assert (z["remote"], z["remote_met"], z["remote_breached"]) == (2, 1, 1)
    assert z["compliance"] == 1.0  # the visits only
    t = r["sla_by_technician"].set_index("technician")
    assert t.loc["T1", "remote"] == 2 and t.loc["T2", "met"] == 1
    s = r["summary"].iloc[0]
    assert (s["remote"], s["remote_met"], s["remote_breached"], s["remote_resolved"]) == (2, 1, 1, 2)
    # First response: 40, 90 and 20 (the phone contact) minutes.
    assert s["responded"] == 3
    assert s["mean_first_response"] == pd.Timedelta(minutes=50)
    # As of noon: A contacted, not solved yet (running); B late already.
    s = st.monthly_report("2025-10", as_of=at(2025, 10, 9, 12))["summary"].iloc[0]
    assert (s["remote"], s["remote_met"], s["remote_breached"], s["remote_resolved"]) == (2, 0, 1, 0)


def test_cli_report_shows_remote_calls(db, pol):
    """The CLI's report: a line for the calls handled by phone or remotely,
    and their columns beside each SLA table (only when there are any)."""
    import os
    import subprocess

    from aftersales import _cli

    with af.Store.open(db, pol, clock=lambda: dt.datetime(2025, 11, 20, 12)) as st:
        a = st.register_call(**intake(at(2025, 10, 9, 10), "urban", "SN-A")).id
        st.resolve_remotely(a, "T1", "phone", at(2025, 10, 9, 10, 40), at(2025, 10, 9, 14, 30))
    tool = os.environ.get("AFTERSALES_CLI") or str(_cli.binary())
    out = subprocess.run([tool, "report", "--db", str(db), "--month", "2025-10"], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert "remote    1 handled by phone or remotely (apart from the visits' SLA): 1 within target, 0 breached; " \
           "1 resolved" in out.stdout
    assert "remote breached" in out.stdout
