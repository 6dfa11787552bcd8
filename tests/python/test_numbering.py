"""Numbers a sync can carry, through Python (issue 28; DESIGN.md: "numbers
carry the centre or are given centrally"): vouchers, carry-in receipts and
invoices are counted per centre and month and spelled by the policy's
service.numbering templates; complaint numbers stay seeds/002 客戶投訴 (八)
YYMM + serial, given centrally. Also issue 28's service members as Policy
properties (seeds/002 (十)(十二)(十三)(二十四), 第三篇)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import aftersales as af

from conftest import NOW, at, count, intake


def voucher(st, centre, serial, received=None):
    return st.register_call(**intake(received or at(2025, 10, 9, 9), serial=serial, centre=centre)).voucher


def test_two_centres_in_one_month_do_not_share_a_counter(st, db):
    assert voucher(st, "main", "A1") == "V-main-2510-000001"
    assert voucher(st, "county", "B1") == "V-county-2510-000001"
    assert voucher(st, "main", "A2") == "V-main-2510-000002"
    assert count(db, "SELECT count(*) FROM counters WHERE name = 'voucher'") == 2


def test_a_company_template_and_the_policy_properties(tmp_path, china):
    pol = af.Policy(china, numbering={"voucher": "{centre}/SV{yymm}{serial:3}"})
    assert pol.numbering == {"voucher": "{centre}/SV{yymm}{serial:3}", "receipt": "R-{centre}-{yymm}-{serial:5}",
                             "invoice": "I-{centre}-{yymm}-{serial:5}"}
    assert af.Policy.from_json(pol.to_json()) == pol
    with af.Store.open(tmp_path / "own.db", pol, clock=lambda: NOW) as st:
        assert voucher(st, "east", "E1") == "east/SV2510001"
    doc = af.Policy.from_json('{"service": {"numbering": {"invoice": "FP-{centre}-{yymm}-{serial:8}"}}}', china)
    assert doc.numbering["invoice"] == "FP-{centre}-{yymm}-{serial:8}"
    assert json.loads(doc.to_json())["service"]["numbering"]["invoice"] == "FP-{centre}-{yymm}-{serial:8}"


def test_a_bad_template_is_refused_naming_the_member(china):
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Policy.from_json('{"service": {"numbering": {"invoice": "I-{yymm}-{serial:5}"}}}', china)
    assert e.value.field == "service.numbering.invoice" and "{centre}" in str(e.value)
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Policy(china, numbering={"receipt": "R-{centre}-{serial:5}"})
    assert e.value.field == "service.numbering.receipt" and "{yymm}" in str(e.value)
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Policy(china, numbering={"complaint": "{yymm}-{serial:2}"})
    assert e.value.field == "numbering" and "complaint" in str(e.value)
    with pytest.raises(TypeError):
        af.Policy(china, numbering="V-{centre}-{yymm}-{serial:6}")


def test_issue_28_service_members_as_properties(china):
    """The older members (revisit_days, cost_kinds) are properties and
    constructor arguments; so are issue 28's."""
    d = af.Policy.default(china)
    assert d.inspection_before_return is True  # seeds/002 (十二) 驗訖
    assert d.survey_complaint_level == 1  # (二十四): 1 = dissatisfied
    assert d.survey_complaint_kind == "service"
    b = d.billing  # 第三篇: 上門費用20元, 修理費用400元
    assert b["collect_on_the_spot_max"] == Decimal("20.00")
    assert b["paid"] == {"call_out": Decimal("20.00"), "labour": "job", "labour_rate": Decimal("400.00"),
                         "customer_pays": ("call_out", "labour", "parts")}
    assert b["contract"]["customer_pays"] == ("parts",)
    assert b["free"]["customer_pays"] == ()
    p = af.Policy(china, inspection_before_return=False, survey_complaint_level=2, survey_complaint_kind="suggestion")
    assert (p.inspection_before_return, p.survey_complaint_level, p.survey_complaint_kind) == (False, 2, "suggestion")
    back = json.loads(p.to_json())["service"]
    assert (back["inspection_before_return"], back["survey_complaint_level"], back["survey_complaint_kind"]) == (
        False, 2, "suggestion")
    # Left out, they are the document's, not literals of the binding.
    assert af.Policy(china) == d
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Policy(china, survey_complaint_kind="rude")
    assert e.value.field == "survey_complaint_kind"
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Policy(china, survey_complaint_level=5)
    assert e.value.field == "service.survey_complaint_level"

