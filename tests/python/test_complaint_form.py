"""The complaint form through Python (issue 29; seeds/002 客戶投訴管理辦法
(九)1-6, (七)4(2)): the seed's stages (intake before the clock, R&D only
when called for), the facts with quantities not yet determined, the
entries (who, when, what), the register and the judge. The C++ cases are
tests/unit/test_complaint_form.cpp."""

from datetime import date, datetime

import pytest

import aftersales as af

NOW = datetime(2025, 11, 20, 12)


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

    r = st.complaint_register(date(2025, 10, 1), date(2025, 11, 1), as_of=datetime(2025, 10, 10, 10))
    assert r["number"] == [c.number]
    assert r["request"] == ["客戶加工中未確定"] and r["defective_quantity"] == [None]
    assert r["stage"] == ["manufacturing"] and r["standing"] == ["on_time"]
    assert r["shipped"] == [date(2025, 9, 28)]
    assert st.complaint_standing(c.number, datetime(2025, 11, 20, 12)) == "overdue"


def test_rnd_is_passed_over_unless_called_for(st):
    # seeds/002 (九)4: R&D sees the form only 依異常狀況.
    c = st.open_complaint(datetime(2025, 10, 9, 10), "quality", "general")
    for _ in range(4):  # registration, quality, manufacturing, managers_opinion
        c = st.advance_complaint(c.number, c.stage_deadline)
    assert c.stage == "gm_check" and c.skipped == ("rnd",) and c.called_for == ()
