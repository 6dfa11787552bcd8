"""Issue 28's review (§6): a call solved by phone or remotely has its own
state, "resolved_remotely" (seeds 003 2.2 遠程協助, 001 电话技术服务); the
call's technician never answers its survey (seeds/002 (二十三)), phone work
included, and phone work is rated and counted per technician. China preset,
local times: Thursday 2025-10-09 10:00."""

from __future__ import annotations

import math
import subprocess
from datetime import date
from fractions import Fraction

import pytest

import aftersales as af
from aftersales import _cli
from conftest import NOW, at, count, intake


def test_a_call_solved_by_phone_has_its_own_state(st, db):
    assert "resolved_remotely" in af.CALL_STATES
    c = st.register_call(**intake(at(2025, 10, 9, 10)))
    st.resolve_remotely(c.id, "T1", "phone", at(2025, 10, 9, 10, 40), at(2025, 10, 9, 14, 30))
    assert st.call(c.id).state == "resolved_remotely"
    with pytest.raises(af.StateError) as e:
        st.arrive(c.id, at(2025, 10, 9, 15))
    assert e.value.field == "call" and "resolved_remotely" in str(e.value)
    assert list(st.calls().to_pandas()["state"]) == ["resolved_remotely"]
    assert [x.state for x in st.calls()] == ["resolved_remotely"]
    assert count(db, "SELECT count(*) FROM calls WHERE state = 'resolved_remotely'") == 1


def test_the_technician_never_answers_the_survey_of_his_job(st, db):
    phone = st.register_call(**intake(at(2025, 10, 9, 10), serial="SN-1"))
    st.resolve_remotely(phone.id, "T1", "phone", at(2025, 10, 9, 10, 40), at(2025, 10, 9, 14, 30))
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_survey(phone.id, 4, 4, 4, 4, respondent="T1", at=at(2025, 10, 9, 16))
    assert e.value.field == "respondent"
    st.record_survey(phone.id, 4, 4, 4, 3, respondent="Q1", at=at(2025, 10, 9, 16))
    assert st.survey(phone.id).technician == "T1"  # phone work is rated
    early = st.register_call(**intake(at(2025, 10, 9, 11), serial="SN-2"))
    st.record_survey(early.id, 3, 3, 3, 3, respondent="T5", at=at(2025, 10, 9, 11, 5))
    with pytest.raises(af.InvalidArgumentError) as e:
        st.dispatch(early.id, technician="T5", at=at(2025, 10, 9, 11, 30))
    assert e.value.field == "technician"
    assert st.call(early.id).state == "registered"
    st.dispatch(early.id, technician="T6", at=at(2025, 10, 9, 11, 30))
    # Per technician: T1's phone job counts, surveyed; the frame's share is the row's exact share.
    cov = st.survey_coverage(date(2025, 10, 9), as_of=at(2025, 10, 9, 18))
    assert [(r.key, r.calls, r.surveyed, r.share) for r in cov.by_technician] == [
        ("T1", 1, 1, Fraction(1)), ("T6", 1, 1, Fraction(1))]
    frames = st.monthly_report("2025-10")
    by_tech = frames["survey_coverage_by_technician"]
    assert list(by_tech["key"]) == ["T1", "T6"]
    assert list(by_tech["share"]) == [1.0, 1.0]
    assert not any(math.isnan(x) for x in by_tech["share"])


def test_cli_lists_the_state(tmp_path, china):
    path = tmp_path / "cli.db"
    with af.Store.open(path, af.Policy.default(calendar=china), clock=lambda: NOW) as st:
        c = st.register_call(**intake(at(2025, 10, 7, 10), serial="SN-C"))
        st.resolve_remotely(c.id, "T1", "phone", at(2025, 10, 7, 10, 20), at(2025, 10, 7, 11))
    out = subprocess.run([str(_cli.binary()), "surveys", "--db", str(path), "--day", "2025-10-07"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "resolved_remotely" in out.stdout
    assert "T1" in out.stdout  # counted against its phone technician
