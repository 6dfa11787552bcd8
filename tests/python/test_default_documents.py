"""The seeds' defaults are written once, in the documents of data/policies
that the library parses: the default policy (and each part's default) is
those documents, member for member, so a default that drifts into code or a
document the build did not pick up makes a section differ."""

from __future__ import annotations

import json
import pathlib

import aftersales as af

POLICIES = pathlib.Path(__file__).resolve().parents[2] / "data" / "policies"


def document(name: str) -> dict:
    """data/policies/<name>.json without its "note" members (prose)."""

    def strip(v):
        if isinstance(v, dict):
            return {k: strip(x) for k, x in v.items() if k != "note"}
        if isinstance(v, list):
            return [strip(x) for x in v]
        return v

    return strip(json.loads((POLICIES / f"{name}.json").read_text(encoding="utf-8")))


def test_default_policy_is_the_default_documents(china):
    p = json.loads(af.Policy.default(china).to_json())
    assert p["dispatch"] == document("dispatch")["dispatch"]
    assert p["warranty"] == document("sanbao")["warranty"]
    assert p["complaints"] == document("complaints")["complaints"]
    assert p["penalties"] == document("penalties")["penalties"]
    assert p["service"] == document("service")["service"]


def test_each_parts_default_is_its_document(china):
    assert json.loads(af.DispatchPolicy(china).to_json())["dispatch"] == document("dispatch")["dispatch"]
    assert json.loads(af.ComplaintPolicy.default(china).to_json())["complaints"] == document("complaints")["complaints"]
    assert json.loads(af.PenaltyPolicy.default().to_json())["penalties"] == document("penalties")["penalties"]
    sanbao = af.WarrantyPolicy.sanbao(china)
    assert json.loads(sanbao.to_json())["warranty"] == document("sanbao")["warranty"]
    rules = document("sanbao")["warranty"]["rules"]
    # remedy_rules reads a rule not offered ("none") as 0 (car 2021 art. 28's deadlines are "none" here).
    assert sanbao.remedy_rules == {k: 0 if v == "none" else v for k, v in rules.items() if not k.endswith("_remedies")}
