"""Policy documents: one grammar for working time (ISO 8601 PT...H...M...S or
h, min, s) and one for calendar periods (P...Y...M...D or y, mo, d); every
section and member optional, keeping the default documents' values."""

from datetime import timedelta

import pytest

import aftersales as af

H = timedelta(hours=1)
WORKING_FORMS = "PT6H, PT1H30M, PT45S or 6h, 1h30min, 45s"
PERIOD_FORMS = "P1Y, P6M, P2Y6M, P15D or 1y, 6mo, 2y6mo, 15d"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PT6H", timedelta(hours=6)),
        ("PT1H30M", timedelta(minutes=90)),
        ("1h30min", timedelta(minutes=90)),
        ("45s", timedelta(seconds=45)),
        ("PT45S", timedelta(seconds=45)),
        ("6h", timedelta(hours=6)),
        ("90min", timedelta(minutes=90)),
    ],
)
def test_parse_duration_accepts(text, expected):
    assert af.parse_duration(text) == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        ("6", "bare number"),
        ("3600", "bare number"),
        ("90m", "ambiguous"),
        ("1h30m", "ambiguous"),
        ("P6M", "not working time"),
        ("6mo", "not working time"),
        ("2d", "not working time"),
        ("P1D", "not working time"),
        ("", "empty"),
        ("1h30", "no unit"),
        ("99999999999999h", "too large"),
    ],
)
def test_parse_duration_refuses(text, reason):
    with pytest.raises(af.ParseError) as e:
        af.parse_duration(text)
    assert e.value.field == "duration"
    assert f"'{text}'" in str(e.value) and reason in str(e.value) and WORKING_FORMS in str(e.value)


def test_dispatch_targets_take_working_time(china):
    p = af.DispatchPolicy(china, targets={"urban": "PT1H30M", "rural": "1h30min"}, at_risk="PT30M")
    assert p.targets == {"urban": timedelta(minutes=90), "rural": timedelta(minutes=90)}
    assert p.at_risk == timedelta(minutes=30)
    with pytest.raises(af.ParseError) as e:
        af.DispatchPolicy(china, targets={"urban": "90m"})
    assert e.value.field == "targets.urban"


@pytest.mark.parametrize(
    "doc, field, text",
    [
        ('{"dispatch": {"targets": {"urban": 6}}}', "dispatch.targets.urban", "'6' is a bare number"),
        ('{"dispatch": {"targets": {"urban": "6"}}}', "dispatch.targets.urban", "'6' is a bare number"),
        ('{"dispatch": {"targets": {"urban": "P6M"}}}', "dispatch.targets.urban", "calendar period, not working time"),
        ('{"dispatch": {"at_risk": "90m"}}', "dispatch.at_risk", "ambiguous"),
        ('{"complaints": {"working_day": 28800}}', "complaints.working_day", "bare number"),
        ('{"warranty": {"products": {"tv": {"whole_unit": "6h"}}}}', "warranty.products.tv.whole_unit",
         "working time, not a calendar period"),
        ('{"warranty": {"products": {"tv": {"whole_unit": "6m"}}}}', "warranty.products.tv.whole_unit", "ambiguous"),
        ('{"penalties": {"resale_window": "1m"}}', "penalties.resale_window", "ambiguous"),
        ('{"penalties": {"resale_window": 30}}', "penalties.resale_window", "bare number"),
    ],
)
def test_documents_refuse_outside_the_grammar(china, doc, field, text):
    with pytest.raises(af.ParseError) as e:
        af.Policy.from_json(doc, calendar=china)
    assert e.value.field == field
    assert text in str(e.value)
    forms = WORKING_FORMS if field.startswith(("dispatch", "complaints")) else PERIOD_FORMS
    assert forms in str(e.value)


def test_documents_accept_every_form(china):
    p = af.Policy.from_json(
        '{"dispatch": {"targets": {"a": "PT6H", "b": "PT1H30M", "c": "1h30min", "d": "45s"}},'
        ' "warranty": {"products": {"tv": {"whole_unit": "P1Y6M", "components": {"panel": "2y6mo",'
        ' "remote": "15d", "plug": "P15D"}}}}, "penalties": {"resale_window": "P1M"}}',
        calendar=china,
    )
    assert p.dispatch.targets == {
        "a": 6 * H, "b": timedelta(minutes=90), "c": timedelta(minutes=90), "d": timedelta(seconds=45)}
    # A document written back reads the same.
    assert af.Policy.from_json(p.to_json()) == p
    doc = p.to_json()
    assert '"1y6mo"' in doc and '"2y6mo"' in doc and '"15d"' in doc and '"1h30min"' in doc


def test_a_partial_section_keeps_its_defaults(china):
    default = af.Policy.default(calendar=china)
    p = af.Policy.from_json('{"service": {"revisit_days": 30}}', calendar=china)
    assert p.revisit_days == 30 and p.cost_kinds == default.cost_kinds
    q = af.Policy.from_json('{"service": {"cost_kinds": ["labour"]}}', calendar=china)
    assert q.revisit_days == default.revisit_days and q.cost_kinds == ("labour",)
    r = af.Policy.from_json('{"dispatch": {"at_risk": "PT30M"}}', calendar=china)
    assert r.dispatch.targets == default.dispatch.targets and r.dispatch.at_risk == timedelta(minutes=30)
    w = af.Policy.from_json('{"warranty": {"rules": {"return_days": 10}}}', calendar=china)
    assert w.warranty.to_json() != default.warranty.to_json()
    assert af.Policy.from_json('{"warranty": {}, "service": {}, "dispatch": {}}', calendar=china) == default
