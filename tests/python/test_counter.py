"""Carry-in controls and surveys of every call from Python (issue 28 items 3
and 4), seeds/002 家電售後服務管理辦法:

* (十二) 商品修妥經主任驗訖后 ... 同時取回技術員原交客戶的收據并予以作廢: the
  supervisor inspects before the goods go back; the receipt is voided then;
* (十四) 凡待修商品,不能按原定時間修妥者,技術員應即報請服務主任予以協助: the
  supervisor's list of repairs past their promised date;
* (二十三) 調查卡填寄的數量,以當天全部叫修數為原則,不采抽查方式: a card for every
  call of the day, the share surveyed;
* (二十四) a customer's 建議或抱怨 is handled: a complaint from a dissatisfied survey.

The store's clock: 2025-11-20 12:00 local (Asia/Shanghai)."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date, timedelta
from fractions import Fraction

import pytest

import aftersales as af
from aftersales import _cli
from conftest import NOW, at, count, intake


def carried(st, received, promised, serial, centre="main"):
    c = st.register_call(**intake(received, serial=serial, centre=centre))
    st.dispatch(c.id, technician="T01", at=received + timedelta(hours=1))
    st.arrive(c.id, at=received + timedelta(hours=2))
    st.carry_in(c.id, at=received + timedelta(hours=3), promised=promised)
    return c


def test_inspection_before_the_return_and_the_receipt_voided(st, db):
    """(十二): the return without the supervisor's inspection is refused,
    naming the field; the return voids the receipt, never used again."""
    c = carried(st, at(2025, 10, 9, 9), date(2025, 10, 14), "SN-1")
    k = st.carry_in_record(c.id)
    assert isinstance(k, af.CarryIn)
    assert (k.receipt, k.promised, k.inspected, k.voided) == ("R-main-2510-00001", date(2025, 10, 14), None, None)
    assert st.call_for_receipt("R-main-2510-00001") == c.id
    with pytest.raises(af.StateError) as e:
        st.return_goods(c.id, at=at(2025, 10, 14, 10))
    assert e.value.field == "inspected" and "R-main-2510-00001" in str(e.value)
    assert count(db, "SELECT count(*) FROM goods_log WHERE direction = 'out'") == 0
    with pytest.raises(af.InvalidArgumentError) as e:
        st.inspect_repair(c.id, "S01", at=at(2025, 10, 14, 9))
    assert e.value.field == "supervisor"
    st.appoint_supervisor("main", "S01")
    st.appoint_supervisor("main", "T01")
    assert st.supervisors("main") == ["S01", "T01"]
    with pytest.raises(af.InvalidArgumentError, match="own technician"):
        st.inspect_repair(c.id, "T01", at=at(2025, 10, 14, 9))
    st.inspect_repair(c.id, "S01", at=at(2025, 10, 14, 9))
    with pytest.raises(af.StateError, match="already inspected"):
        st.inspect_repair(c.id, "S01", at=at(2025, 10, 14, 9))
    st.return_goods(c.id, at=at(2025, 10, 14, 10))
    k = st.carry_in_record(c.id)
    assert (k.inspected_by, k.inspected) == ("S01", at(2025, 10, 14, 9))
    assert k.returned == k.voided == at(2025, 10, 14, 10)
    with pytest.raises(af.StateError) as e:
        st.call_for_receipt("R-main-2510-00001")
    assert e.value.field == "receipt" and "voided" in str(e.value)
    with pytest.raises(af.NotFoundError):
        st.call_for_receipt("R-main-2510-00077")


def test_the_inspection_rule_is_policy(tmp_path, china):
    pol = af.Policy.from_json('{"service": {"inspection_before_return": false}}', calendar=china)
    with af.Store.open(tmp_path / "s.db", pol, clock=lambda: NOW) as st:
        c = carried(st, at(2025, 10, 9, 9), date(2025, 10, 14), "SN-1")
        st.return_goods(c.id, at=at(2025, 10, 14, 10))
        assert st.carry_in_record(c.id).voided == at(2025, 10, 14, 10)
    with pytest.raises(af.ParseError) as e:
        af.Policy.from_json('{"service": {"inspection_before_return": "no"}}', calendar=china)
    assert e.value.field == "service.inspection_before_return"


def test_overdue_repairs_for_the_supervisor(st):
    """(十四): past the promised date, not returned by the end of the day."""
    st.appoint_supervisor("main", "S01")
    a = carried(st, at(2025, 10, 6, 9), date(2025, 10, 10), "SN-A")
    b = carried(st, at(2025, 10, 7, 9), date(2025, 10, 9), "SN-B")
    e = carried(st, at(2025, 10, 7, 9), date(2025, 10, 8), "SN-E", centre="east")
    st.inspect_repair(a.id, "S01", at=at(2025, 10, 13, 9))
    st.return_goods(a.id, at=at(2025, 10, 13, 10))
    assert st.overdue_repairs(date(2025, 10, 8)) == []
    late = st.overdue_repairs(date(2025, 10, 12))
    assert [(o.repair.call_id, o.days_late) for o in late] == [(e.id, 4), (b.id, 3), (a.id, 2)]
    assert isinstance(late[0], af.OverdueRepair)
    assert [o.repair.call_id for o in st.overdue_repairs(date(2025, 10, 13))] == [e.id, b.id]
    assert [o.repair.receipt for o in st.overdue_repairs(date(2025, 10, 13), "main")] == ["R-main-2510-00002"]


def test_a_survey_for_every_call_with_free_text(st, db):
    """(二十三): a call not dispatched is surveyed too; the customer's words kept."""
    waiting = st.register_call(**intake(at(2025, 10, 9, 9), serial="SN-1"))
    going = st.register_call(**intake(at(2025, 10, 9, 10), serial="SN-2"))
    st.dispatch(going.id, technician="T01", at=at(2025, 10, 9, 11))
    st.record_survey(waiting.id, 2, 3, 1, 2, at=at(2025, 10, 9, 18), comment="nobody came\n请先打电话")
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_survey(going.id, 4, 4, 4, 4, respondent="T01", at=at(2025, 10, 9, 18))
    assert e.value.field == "respondent"
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_survey(going.id, 4, 4, 4, 4, at=at(2025, 10, 9, 18), comment="x" * 2001)
    assert e.value.field == "comment"
    st.record_survey(going.id, 4, 4, 4, 4, at=at(2025, 10, 9, 18))
    s = st.survey(waiting.id)
    assert isinstance(s, af.Survey)
    assert (s.technician, s.comment, s.arrival, s.complaint) == (None, "nobody came\n请先打电话", 1, None)
    assert s.recorded == at(2025, 10, 9, 18)
    assert st.survey(going.id).technician == "T01"
    frame = st.surveys().to_pandas()
    assert list(frame["comment"]) == ["nobody came\n请先打电话", ""]
    assert frame["technician"].isna().tolist() == [True, False]
    assert list(frame["centre"]) == ["main", "main"]


def test_coverage_exact_per_centre_and_technician_and_the_calls_not_surveyed(st):
    """(二十三): the share of the day's and the month's calls surveyed, exact."""
    calls = [st.register_call(**intake(at(2025, 10, 9, 9 + i), serial=f"SN-{i}",
                                       centre="main" if i < 3 else "east")) for i in range(5)]
    st.dispatch(calls[0].id, technician="T01", at=at(2025, 10, 9, 15))
    st.dispatch(calls[1].id, technician="T01", at=at(2025, 10, 9, 15))
    st.dispatch(calls[3].id, technician="T02", at=at(2025, 10, 9, 15))
    st.record_survey(calls[0].id, 4, 4, 4, 4, at=at(2025, 10, 10, 12))
    st.record_survey(calls[2].id, 3, 3, 3, 3, at=at(2025, 10, 10, 12))
    st.record_survey(calls[3].id, 3, 3, 3, 3, at=at(2025, 10, 11, 12))
    cov = st.survey_coverage(date(2025, 10, 9))
    assert isinstance(cov, af.SurveyCoverage)
    assert (cov.period, cov.calls, cov.surveyed, cov.share) == ("2025-10-09", 5, 3, Fraction(3, 5))
    assert cov.by_centre == [af.SurveyCoverageRow("east", 2, 1), af.SurveyCoverageRow("main", 3, 2)]
    assert cov.by_technician == [af.SurveyCoverageRow("T01", 2, 1), af.SurveyCoverageRow("T02", 1, 1)]
    assert cov.by_centre[1].share == Fraction(2, 3)
    then = st.survey_coverage(date(2025, 10, 9), as_of=at(2025, 10, 10, 23))
    assert (then.surveyed, then.as_of) == (2, at(2025, 10, 10, 23))
    month = st.survey_coverage("2025-10")
    assert (month.period, month.calls, month.surveyed) == ("2025-10", 5, 3)
    missing = st.unsurveyed_calls(date(2025, 10, 9))
    assert [u.call_id for u in missing] == [calls[4].id, calls[1].id]  # by centre: east first
    assert isinstance(missing[0], af.UnsurveyedCall)
    assert (missing[1].state, missing[1].technician, missing[1].phone) == ("dispatched", "T01", "13800000001")
    assert [u.voucher for u in st.unsurveyed_calls(date(2025, 10, 9), "main")] == [calls[1].voucher]
    # The monthly report gains the coverage, as of its instant.
    r = st.monthly_report("2025-10")
    assert r["survey_coverage"].iloc[0].to_dict() == {"calls": 5, "surveyed": 3}
    by_centre = r["survey_coverage_by_centre"]
    assert list(by_centre["key"]) == ["east", "main"]
    assert list(by_centre["surveyed"]) == [1, 2]
    early = st.monthly_report("2025-10", as_of=at(2025, 10, 10, 23))
    assert early["survey_coverage"].iloc[0].to_dict() == {"calls": 5, "surveyed": 2}


def test_a_dissatisfied_survey_opens_a_complaint_linked_both_ways(st):
    """(二十四): an answer at the lowest level (service.survey_complaint_level 1)."""
    happy = st.register_call(**intake(at(2025, 10, 9, 9), serial="SN-1"))
    angry = st.register_call(**intake(at(2025, 10, 9, 10), serial="SN-2"))
    st.record_survey(happy.id, 2, 3, 2, 4, at=at(2025, 10, 10, 9))
    st.record_survey(angry.id, 4, 4, 1, 3, at=at(2025, 10, 10, 9), comment="two days late")
    with pytest.raises(af.StateError) as e:
        st.open_survey_complaint(happy.id, at(2025, 10, 10, 10))
    assert e.value.field == "survey" and "not dissatisfied" in str(e.value)
    c = st.open_survey_complaint(angry.id, at(2025, 10, 10, 10))
    assert isinstance(c, af.Complaint)
    assert (c.number, c.kind) == ("2510-01", "service")
    assert st.survey(angry.id).complaint == "2510-01"
    frame = st.complaints().to_pandas()
    assert list(frame["survey_id"]) == [st.survey(angry.id).id]
    assert list(frame["call_id"]) == [angry.id]
    complaints = st.surveys().to_pandas()["complaint"]
    assert complaints.isna().tolist() == [True, False] and complaints.iloc[1] == "2510-01"
    with pytest.raises(af.StateError, match="already opened complaint 2510-01"):
        st.open_survey_complaint(angry.id, at(2025, 10, 10, 11))


def test_the_dissatisfaction_threshold_is_policy(tmp_path, china):
    pol = af.Policy.from_json('{"service": {"survey_complaint_level": 2, "survey_complaint_kind": "suggestion"}}',
                              calendar=china)
    with af.Store.open(tmp_path / "s.db", pol, clock=lambda: NOW) as st:
        c = st.register_call(**intake(at(2025, 10, 9, 9)))
        st.record_survey(c.id, 2, 3, 3, 4, at=at(2025, 10, 10, 9))
        assert st.open_survey_complaint(c.id, at(2025, 10, 10, 10)).kind == "suggestion"
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Policy.from_json('{"service": {"survey_complaint_level": 0}}', calendar=china)
    assert e.value.field == "service.survey_complaint_level"


TOOL = os.environ.get("AFTERSALES_CLI") or str(_cli.binary())


def test_cli_overdue_repairs_and_surveys(tmp_path, china):
    """The supervisor's list (十四) and the day's coverage (二十三) from the command line."""
    path = tmp_path / "cli.db"
    with af.Store.open(path, af.Policy.default(calendar=china), clock=lambda: NOW) as st:
        carried(st, at(2025, 10, 7, 9), date(2025, 10, 9), "SN-B")
        c = st.register_call(**intake(at(2025, 10, 7, 15), serial="SN-C"))
        st.record_survey(c.id, 4, 4, 4, 4, at=at(2025, 10, 8, 9))
    out = subprocess.run([TOOL, "overdue-repairs", "--db", str(path), "--as-of", "2025-10-12"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "R-main-2510-00001" in out.stdout and "as of 2025-10-12: 1" in out.stdout
    out = subprocess.run([TOOL, "overdue-repairs", "--db", str(path), "--as-of", "2025-10-12", "--json"],
                         capture_output=True, text=True, timeout=60)
    assert [r["days_late"] for r in json.loads(out.stdout)] == [3]
    out = subprocess.run([TOOL, "surveys", "--db", str(path), "--day", "2025-10-07"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "1 of 2 calls (50.0%)" in out.stdout
    assert "calls without a survey yet: 1" in out.stdout
    out = subprocess.run([TOOL, "surveys", "--db", str(path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "--day" in out.stderr


def test_readme_examples(st):
    """The README's examples (/work/notes/counter-readme.md), as written: (十二)(十四)(二十三)(二十四)."""
    st.appoint_supervisor("main", "S01")
    c = st.register_call(**intake(at(2025, 10, 9, 9)))
    st.dispatch(c.id, technician="T01", at=at(2025, 10, 9, 10))
    st.arrive(c.id, at=at(2025, 10, 9, 11))
    receipt = st.carry_in(c.id, at=at(2025, 10, 9, 12), promised=date(2025, 10, 14))
    assert receipt == "R-main-2510-00001"
    assert st.overdue_repairs(date(2025, 10, 15))[0].days_late == 1
    with pytest.raises(af.StateError) as e:
        st.return_goods(c.id, at=at(2025, 10, 16, 10))
    assert e.value.field == "inspected"
    st.inspect_repair(c.id, "S01", at=at(2025, 10, 16, 9))
    st.return_goods(c.id, at=at(2025, 10, 16, 10))
    assert st.carry_in_record(c.id).voided == at(2025, 10, 16, 10)
    with pytest.raises(af.StateError) as e:
        st.call_for_receipt(receipt)
    assert e.value.field == "receipt"

    c = st.register_call(**intake(at(2025, 10, 20, 10), serial="SN-2"))  # not even dispatched
    st.record_survey(c.id, 4, 4, 1, 3, at=at(2025, 10, 21, 9), comment="two days late")
    assert st.survey_coverage(date(2025, 10, 20)).share == Fraction(1, 1)
    complaint = st.open_survey_complaint(c.id, at(2025, 10, 21, 10))
    assert (complaint.number, complaint.kind) == ("2510-01", "service")
    assert st.survey(c.id).complaint == "2510-01"
