"""The enumerations said once: the library's tables (aftersales/enum_names.hpp,
through _core.enumerations()) against every other face: the package's
constants, the ServiceCategory enum, the name lists in _core.pyi and the C
codes of aftersales.h. A face that drifts from its table fails here."""

import pathlib
import re

import pytest

import aftersales as af
from aftersales import _core
from aftersales import calendar as af_calendar
from aftersales import complaint as af_complaint
from aftersales import penalty as af_penalty
from aftersales import store as af_store
from aftersales import warranty as af_warranty

ROOT = pathlib.Path(__file__).resolve().parents[2]
TABLES = _core.enumerations()


def names(key):
    return tuple(name for _, name in TABLES[key])


def test_tables_list_values_in_order_with_distinct_names():
    assert {"call_state", "open_mode", "sla_state", "service_category", "complaint_kind", "severity", "market",
            "return_kind", "admin_penalty", "past_horizon", "weekday", "remedy", "bearer_level"} <= set(TABLES)
    for key, table in TABLES.items():
        values = [v for v, _ in table]
        assert values == sorted(set(values)), key
        assert len(set(names(key))) == len(table), key
        assert _core.enum_names(key) == names(key)


def test_enum_names_of_an_unknown_key_is_refused_by_name():
    with pytest.raises(af.NotFoundError) as e:
        _core.enum_names("colour")
    assert e.value.field == "key" and "colour" in str(e.value)


@pytest.mark.parametrize(
    "constant, key",
    [
        (af_complaint.COMPLAINT_KINDS, "complaint_kind"),
        (af_complaint.SEVERITIES, "severity"),
        (af_complaint.MARKETS, "market"),
        (af_store.CALL_STATES, "call_state"),
        (af_store.SERVICE_CATEGORIES, "service_category"),
        (af_store.OPEN_MODES, "open_mode"),
        (af_penalty.ADMIN_PENALTIES, "admin_penalty"),
        (af_penalty.RETURN_KINDS, "return_kind"),
        (af_warranty.REMEDIES, "remedy"),
        (af_calendar._WEEKDAYS, "weekday"),
        (af_store.REMOTE_METHODS, "remote_method"),
    ],
)
def test_package_constants_are_the_tables(constant, key):
    assert constant == names(key)


def test_service_category_enum_is_the_table():
    assert tuple(c.value for c in af.ServiceCategory) == names("service_category")


def test_core_stub_name_lists_are_tables():
    # Every '"a"/"b"/"c"' list the stubs give is some table's names, in order.
    stub = (ROOT / "bindings" / "python" / "aftersales" / "_core.pyi").read_text(encoding="utf-8")
    lists = [tuple(re.findall(r'"([a-z_]+)"', m)) for m in re.findall(r'"[a-z_]+"(?:/"[a-z_]+")+', stub)]
    assert lists, "the stubs list no names"
    tables = {names(key) for key in TABLES}
    for found in lists:
        assert found in tables, f"_core.pyi lists {found}, which no enumeration table has"


# The C codes of each table: "AS_" prefix + the name in capitals, whose value
# is the C++ value (remedies travel as bits: 1 << value).
C_CODES = {
    "call_state": "AS_CALL_",
    "open_mode": "AS_STORE_OPEN_",
    "sla_state": "AS_SLA_",
    "service_category": "AS_CATEGORY_",
    "complaint_kind": "AS_COMPLAINT_",
    "severity": "AS_SEVERITY_",
    "market": "AS_MARKET_",
    "deadline_kind": "AS_DEADLINE_",
    "bearer_level": "AS_BEARER_",
    "return_kind": "AS_RETURN_KIND_",
    "admin_penalty": "AS_ADMIN_",
    "return_check": "AS_RETURN_",
    "past_horizon": "AS_PAST_HORIZON_",
    "remedy": "AS_REMEDY_",
    "payment_method": "AS_PAYMENT_",
    "complaint_field": "AS_COMPLAINT_FIELD_",  # issue 29
    "complaint_standing": "AS_COMPLAINT_STANDING_",
}


def c_defines():
    header = ROOT / "capi" / "include" / "aftersales.h"
    if not header.exists():
        pytest.skip("no capi/include/aftersales.h beside the tests")
    out = {}
    for name, value in re.findall(r"^#define\s+(AS_[A-Z0-9_]+)\s+(0x[0-9a-fA-F]+|-?[0-9]+)u?\b", header.read_text(), re.M):
        if not name.endswith("_SIZE"):
            out[name] = int(value, 0)
    return out


@pytest.mark.parametrize("key", sorted(C_CODES))
def test_c_codes_are_the_tables(key):
    prefix = C_CODES[key]
    others = [p for p in C_CODES.values() if p != prefix and p.startswith(prefix)]  # AS_RETURN_ vs AS_RETURN_KIND_
    found = {n: v for n, v in c_defines().items() if n.startswith(prefix) and not any(n.startswith(o) for o in others)}
    want = {prefix + name.upper(): (1 << value if key == "remedy" else value) for value, name in TABLES[key]}
    assert found == want


def test_remote_method_c_codes_are_the_table():
    # The C names came first: "remote" (a remote session, 遠程協助) is AS_REMOTE_SESSION.
    c_name = {"phone": "AS_REMOTE_PHONE", "remote": "AS_REMOTE_SESSION"}
    found = {n: v for n, v in c_defines().items() if n.startswith("AS_REMOTE_")}
    assert found == {c_name[name]: value for value, name in TABLES["remote_method"]}
