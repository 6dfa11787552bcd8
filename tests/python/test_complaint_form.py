"""The complaint form through Python (issue 29; seeds/002 客戶投訴管理辦法
(九)1-6, (七)4(2)): the seed's stages (intake before the clock, R&D only
when called for), the facts with quantities not yet determined, the
entries (who, when, what), the register and the judge. The C++ cases are
tests/unit/test_complaint_form.cpp."""

from datetime import date, datetime, timedelta, timezone

import pytest

import aftersales as af

NOW = datetime(2025, 11, 20, 12)
CST = timezone(timedelta(hours=8))  # Shanghai's offset


@pytest.fixture
def st(tmp_path, china):
    with af.Store.open(str(tmp_path / "form.db"), af.Policy.default(calendar=china), clock=lambda: NOW) as s:
        yield s


def test_facts_entries_register(st):
    c = st.open_complaint(datetime(2025, 10, 9, 10), "quality", "general")
    assert c.stage == "registration" and [r.stage for r in c.history] == ["intake"]  # (九)1 before the clock
    assert st.complaint_form(c.number) is None
    st.record_complaint_form(c.number, by="sales.li", at=datetime(2025, 10, 9, 10, 30), part_number="PN-4471",
                             quantity=1200, shipped=date(2025, 9, 28), request_pending=True, sample_sent=True)
    f = st.complaint_form(c.number)
    assert (f.part_number, f.quantity, f.defective_quantity, f.shipped) == ("PN-4471", 1200, None, date(2025, 9, 28))
    assert f.request_pending and f.sample_sent and f.recorded == datetime(2025, 10, 9, 10, 30)
    with pytest.raises(af.InvalidArgumentError) as e:
        st.record_complaint_form(c.number, by="sales.li", at=datetime(2025, 10, 9, 11), quantity=5,
                                 defective_quantity=6)
    assert e.value.field == "defective_quantity" and "6" in str(e.value)

    with pytest.raises(af.InvalidArgumentError) as e:  # registration writes no cause
        st.record_complaint_entry(c.number, "cause", "x", author="qm.zhang", at=datetime(2025, 10, 9, 11))
    assert e.value.field == "field" and "writes nothing" in str(e.value)
    st.advance_complaint(c.number, datetime(2025, 10, 9, 14))
    st.record_complaint_entry(c.number, "cause", "weld porosity", author="qm.zhang", at=datetime(2025, 10, 9, 15))
    with pytest.raises(af.InvalidArgumentError) as e:
        st.advance_complaint_deciding(c.number, datetime(2025, 10, 10, 10), ["gm_check"], by="qm.zhang")
    assert e.value.field == "call_for[0]"
    moved = st.advance_complaint_deciding(c.number, datetime(2025, 10, 10, 10), ["rnd"], by="qm.zhang")
    assert moved.stage == "manufacturing" and moved.called_for == ("rnd",) and moved.skipped == ()
    entries = st.complaint_entries(c.number)
    assert [(e.field, e.author) for e in entries] == [("cause", "qm.zhang"), ("call_for", "qm.zhang")]
    assert entries[1].text == "rnd" and entries[1].at == datetime(2025, 10, 10, 10)

    q = st.complaint_register(date(2025, 10, 1), date(2025, 11, 1), as_of=datetime(2025, 10, 10, 10))
    assert len(q) == 1 and q.numbers() == [c.number]
    pd = pytest.importorskip("pandas")
    r = q.to_pandas()
    row = r.iloc[0]
    assert row["request"] == "客戶加工中未確定" and pd.isna(row["defective_quantity"])
    assert row["quantity"] == 1200 and str(r["quantity"].dtype) == "Int64"
    assert row["stage"] == "manufacturing" and row["standing"] == "on_time"
    assert row["shipped"] == pd.Timestamp(2025, 9, 28)
    assert st.complaint_standing(c.number, datetime(2025, 11, 20, 12)) == "overdue"


def test_rnd_is_passed_over_unless_called_for(st):
    # seeds/002 (九)4: R&D sees the form only 依異常狀況.
    c = st.open_complaint(datetime(2025, 10, 9, 10), "quality", "general")
    for _ in range(4):  # registration, quality, manufacturing, managers_opinion
        c = st.advance_complaint(c.number, c.stage_deadline)
    assert c.stage == "gm_check" and c.skipped == ("rnd",) and c.called_for == ()


# ---------------------------------------------------------------- the form on policy values (py29)


def test_policy_stages_carry_the_seeds_members(china):
    # seeds/002 (九)1-6: intake before the clock; R&D optional, called by quality or manufacturing.
    cp = af.ComplaintPolicy.default(calendar=china)
    stages = {s.name: s for s in cp.stages}
    assert cp.stages[0].name == "intake" and cp.stages[0].before_clock and cp.stages[0].days is None
    assert not any(s.before_clock for s in cp.stages[1:])
    assert stages["rnd"].optional and stages["rnd"].decided_by == ("quality_investigation", "manufacturing")
    assert [s.name for s in cp.stages if s.optional] == ["rnd"]
    assert stages["quality_investigation"].entries == ("cause", "responsibility")
    assert "production_date" in stages["manufacturing"].entries and stages["registration"].entries == ()
    assert set(e for s in cp.stages for e in s.entries) <= set(af.COMPLAINT_FIELDS)
    c = cp.open("2510-01", datetime(2025, 10, 9, 10), "quality", "general")
    assert c.stages == cp.stages  # a complaint keeps the list it was opened under


def test_policy_advance_calls_rnd_in_or_passes_it_over(china):
    # seeds/002 (九)4: R&D sees the form only 依異常狀況, as quality management or manufacturing decides.
    cp = af.ComplaintPolicy.default(calendar=china)
    c = cp.open("2510-01", datetime(2025, 10, 9, 10), "quality", "general")
    q = cp.advance(c, datetime(2025, 10, 9, 14))
    assert q.stage == "quality_investigation"
    with pytest.raises(af.InvalidArgumentError) as e:  # registration decides nothing
        cp.advance(c, datetime(2025, 10, 9, 14), call_for=["rnd"])
    assert e.value.field == "call_for[0]"
    with pytest.raises(af.InvalidArgumentError) as e:  # gm_check is not optional
        cp.advance(q, datetime(2025, 10, 10, 10), call_for=["rnd", "gm_check"])
    assert e.value.field == "call_for[1]"
    with pytest.raises(TypeError):
        cp.advance(q, datetime(2025, 10, 10, 10), call_for="rnd")
    called = cp.advance(q, datetime(2025, 10, 10, 10), call_for=["rnd"])
    assert called.stage == "manufacturing" and called.called_for == ("rnd",)
    called = cp.advance(cp.advance(called, datetime(2025, 10, 10, 16)), datetime(2025, 10, 13, 10))
    assert called.stage == "rnd" and called.skipped == ()
    passed = q
    for t in (datetime(2025, 10, 10, 10), datetime(2025, 10, 10, 16), datetime(2025, 10, 13, 10)):
        passed = cp.advance(passed, t)
    assert passed.stage == "gm_check" and passed.skipped == ("rnd",) and passed.called_for == ()
    assert q.stage == "quality_investigation"  # values: unchanged


def test_policy_standing_is_the_one_judge(st):
    cp = st.policy.complaints
    c = st.open_complaint(datetime(2025, 10, 9, 10), "quality", "general")
    # Registration ½ day = 4 working hours: 10:00-12:00, 13:00-15:00; overall 13 days after 10-09, to 18:00.
    assert c.stage_deadline == datetime(2025, 10, 9, 15) and c.deadline == datetime(2025, 10, 22, 18)
    second = timedelta(seconds=1)
    cases = [(c.stage_deadline, "on_time"), (c.stage_deadline + second, "stage_overdue"),
             (c.deadline, "stage_overdue"), (c.deadline + second, "overdue")]
    for now, standing in cases:
        assert cp.standing(c, now) == standing
        assert st.complaint_standing(c.number, now) == standing  # the store asks the same judge
    with pytest.raises(TypeError):
        cp.standing(c.number, NOW)
    # Closed within every deadline (registration left before 15:00).
    closed = st.close_complaint_invalid(c.number, datetime(2025, 10, 9, 14), "not our product")
    assert cp.standing(closed, NOW) == "closed_on_time"
    # Registration left after its deadline: late, though closed within 13 days (洽辦單, seeds/002 客戶投訴 (十四)).
    late = st.open_complaint(datetime(2025, 10, 9, 10), "quality", "general")
    late = st.close_complaint_invalid(late.number, datetime(2025, 10, 10, 9), "not our product")
    assert cp.standing(late, NOW) == st.complaint_standing(late.number, NOW) == "closed_late"
    assert set(s for _, s in cases) | {"closed_on_time", "closed_late"} <= set(af.COMPLAINT_STANDINGS)


def test_a_complaint_keeps_the_stages_it_was_opened_under(china):
    old = af.ComplaintPolicy.from_json("""{"complaints": {"stages": [
        {"name": "acceptance", "department": "general_manager_office", "days": 0.5},
        {"name": "quality_investigation", "department": "quality_management", "days": 1},
        {"name": "approval", "department": "management", "days": null}]}}""", calendar=china)
    c = old.open("2510-02", datetime(2025, 10, 9, 10), "quality", "general")
    assert [s.name for s in c.stages] == ["acceptance", "quality_investigation", "approval"]
    assert c.stages[0].before_clock is False and c.stages[2].days is None
    moved = af.ComplaintPolicy.default(calendar=china).advance(c, datetime(2025, 10, 9, 14))
    assert moved.stage == "quality_investigation" and moved.stages == c.stages


def test_the_register_is_a_frame(st):
    pd = pytest.importorskip("pandas")
    a = st.open_complaint(datetime(2025, 10, 9, 10), "quality", "general")
    st.record_complaint_form(a.number, by="sales.li", at=datetime(2025, 10, 9, 10, 30), customer="Acme",
                             part_number="PN-4471", quantity=1200, shipped=date(2025, 9, 28), customer_request="replace")
    b = st.open_complaint(datetime(2025, 10, 13, 10), "service", "serious", "foreign")
    st.close_complaint_invalid(b.number, datetime(2025, 10, 13, 14), "not our product")  # within every deadline
    q = st.complaint_register(date(2025, 10, 1), date(2025, 11, 1))
    assert isinstance(q, af.ComplaintRegisterQuery) and len(q) == 2 and q.numbers() == [a.number, b.number]
    assert [c.number for c in q] == [a.number, b.number]
    f = q.to_pandas()
    assert list(f.columns) == [
        "number", "received", "accepted", "customer", "order_number", "part_number", "shipped", "quantity",
        "defective_quantity", "request", "sample_sent", "kind", "severity", "market", "department", "stage",
        "stage_department", "stage_deadline", "deadline", "standing", "closed_at", "skipped", "entries"]
    assert f["received"].tolist() == [pd.Timestamp(2025, 10, 9, 10), pd.Timestamp(2025, 10, 13, 10)]
    assert pd.api.types.is_datetime64_dtype(f["received"]) and pd.api.types.is_datetime64_dtype(f["shipped"])
    assert f["shipped"].iloc[0] == pd.Timestamp(2025, 9, 28) and pd.isna(f["shipped"].iloc[1])
    assert str(f["quantity"].dtype) == "Int64" and f["quantity"].iloc[0] == 1200
    assert pd.isna(f["defective_quantity"].iloc[0]) and pd.isna(f["quantity"].iloc[1])  # not yet determined / no form
    assert f["customer"].iloc[0] == "Acme" and pd.isna(f["customer"].iloc[1])  # no form: missing
    assert f["request"].iloc[0] == "replace" and pd.isna(f["request"].iloc[1])
    assert f["sample_sent"].dtype == bool and not f["sample_sent"].any()
    assert f["kind"].tolist() == ["quality", "service"] and list(f["kind"].cat.categories) == list(af.COMPLAINT_KINDS)
    assert f["stage"].tolist() == ["registration", "closed"]
    assert f["stage"].cat.categories[-1] == "closed"
    assert f["stage_department"].iloc[0] == "general_manager_office" and pd.isna(f["stage_department"].iloc[1])
    assert f["stage_deadline"].iloc[0] == pd.Timestamp(2025, 10, 9, 15) and pd.isna(f["stage_deadline"].iloc[1])
    assert f["standing"].tolist() == ["overdue", "closed_on_time"]  # judged at the store's now (11-20)
    assert list(f["standing"].cat.categories) == list(af.COMPLAINT_STANDINGS)
    assert pd.isna(f["closed_at"].iloc[0]) and f["closed_at"].iloc[1] == pd.Timestamp(2025, 10, 13, 14)
    assert f["entries"].dtype == "int64" and f["entries"].tolist() == [0, 0]
    early = st.complaint_register(date(2025, 10, 1), date(2025, 11, 1), as_of=datetime(2025, 10, 9, 12)).to_pandas()
    assert early["standing"].tolist()[0] == "on_time"
    aware = q.to_pandas(tz=CST)
    assert aware["received"].iloc[0] == pd.Timestamp(2025, 10, 9, 10, tz=CST)
    assert len(st.complaint_register(date(2025, 11, 1))) == 0
