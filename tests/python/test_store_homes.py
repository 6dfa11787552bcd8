"""Homes in the store and their guarantee-expiry notices from Python (issue 27).

Seed 001 section 六 (五): 公告住房保修期届满的业主, 及时检查发现问题 — owners whose
guarantee is ending are told in time. A part's guarantee is the later of the
owner's (from handover: 1998 art. 5, 商品房销售管理办法 art. 33) and the
contractor's (from completion acceptance: 建设工程质量管理条例 art. 40). The
store's clock: 2025-11-20 12:00 local (Asia/Shanghai)."""

from __future__ import annotations

import pathlib
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

import aftersales as af
from conftest import NOW, count

TWO_YEAR_PARTS = {"pipe_leaks", "plaster_falling", "floor_hollow_cracked_sanding", "doors_windows_hardware",
                  "pipe_blockage", "sanitary_ware", "lamps_switches"}


@pytest.fixture
def homes(tmp_path, china):
    path = str(tmp_path / "homes.db")
    st = af.Store.open(path, af.Policy.from_json('{"warranty": "housing"}', calendar=china), clock=lambda: NOW)
    yield st, path
    st.close()


def add(st, serial="3-2-1201", **kw):
    args = dict(owner="Li Na", phone="13900000002", address="3-2-1201 Jinqiao Garden", serial=serial,
                completed=date(2023, 6, 30), handover=date(2024, 3, 1), design_life_years=50,
                repairer="Jinqiao Property Repairs")
    args.update(kw)
    return st.add_home(**args)


def test_notices_at_the_later_end_issued_once(homes):
    """条例 art. 40(四): the contractor's 2 years from completion 2023-06-30 outlast
    the owner's 1 year, 6 or 2 months from handover 2024-03-01 (1998 art. 5);
    due notice_days (30, data/policies/housing.json) before 2025-06-30."""
    st, path = homes
    unit = add(st)
    assert len(unit) == 36
    assert st.issue_housing_expiry_notices(date(2025, 5, 30)) == []
    notices = st.issue_housing_expiry_notices(date(2025, 5, 31))
    assert {n.part for n in notices} == TWO_YEAR_PARTS
    n = notices[0]
    assert isinstance(n, af.HousingNotice)
    assert n.ends == date(2025, 6, 30)
    assert n.guarantee == "contractor"
    assert n.unit_id == unit
    assert (n.owner, n.phone, n.serial, n.product) == ("Li Na", "13900000002", "3-2-1201", "housing")
    assert n.issued_on == date(2025, 5, 31)
    assert n.issued_at == datetime(2025, 11, 20, 4, tzinfo=timezone.utc)
    assert n.repairer == "Jinqiao Property Repairs"
    assert n._asdict()["part"] == n.part  # a named tuple, like the store's other results
    # Issued once per home and part.
    assert st.issue_housing_expiry_notices(date(2025, 6, 1)) == []
    assert count(path, "SELECT count(*) FROM housing_notices") == 7


def test_owner_end_when_handover_is_late(homes):
    """1998 art. 5: the owner's 1 year from handover 2025-03-03 outlasts the
    contractor's 2 years from 2022-01-10 (商品房销售管理办法 art. 33)."""
    st, _ = homes
    add(st, completed=date(2022, 1, 10), handover=date(2025, 3, 3), repairer=None)
    notices = st.issue_housing_expiry_notices(date(2026, 2, 28))
    assert "sanitary_ware" in {n.part for n in notices}
    assert {n.guarantee for n in notices} == {"owner"}
    assert {n.repairer for n in notices} == {None}


def test_foundation_design_life_due_like_any_other(homes):
    """条例 art. 40(一), 1998 art. 5(2): the design service life, 50 years here."""
    st, _ = homes
    add(st)
    ends = af.WarrantyPolicy.housing(calendar=af.Calendar.china()).coverage(
        "housing", date(2023, 6, 30), date(2023, 6, 30), component="foundation_structure",
        delivered=date(2024, 3, 1), design_life_years=50).until
    assert ends.year >= 2073
    assert st.issue_housing_expiry_notices(ends - timedelta(days=31)) == []
    [notice] = st.issue_housing_expiry_notices(ends - timedelta(days=5))
    assert (notice.part, notice.ends) == ("foundation_structure", ends)


@pytest.mark.parametrize(
    "change, error, field, text",
    [
        # The 住宅质量保证书 is given at handover, after completion acceptance.
        ({"handover": date(2023, 6, 29)}, af.InvalidArgumentError, "handover", "2023-06-29 is before completion"),
        ({"product": "colour_tv"}, af.NotFoundError, "product", "colour_tv"),
        ({"design_life_years": None}, af.InvalidArgumentError, "design_life_years", "art. 40"),
        ({"design_life_years": 0}, af.InvalidArgumentError, "design_life_years", "0 is outside 1..100"),
        ({"repairer": "Acme\nRepairs"}, af.InvalidArgumentError, "repairer", "control character"),
        ({"repairer": "Acme "}, af.InvalidArgumentError, "repairer", "'Acme '"),
        ({"completed": date(2025, 12, 1), "handover": date(2025, 12, 2)}, af.InvalidArgumentError, "completed",
         "2025-12-01 is in the future"),
        ({"owner": ""}, af.InvalidArgumentError, "owner", "empty"),
    ],
)
def test_bad_input_names_field_and_value_writes_nothing(homes, change, error, field, text):
    st, path = homes
    with pytest.raises(error) as e:
        add(st, **change)
    assert e.value.field == field
    assert text in str(e.value)
    assert count(path, "SELECT count(*) FROM units") == 0
    assert count(path, "SELECT count(*) FROM homes") == 0


def test_types_refused(homes):
    st, _ = homes
    with pytest.raises(TypeError):
        add(st, completed=datetime(2023, 6, 30))
    with pytest.raises(TypeError):
        st.issue_housing_expiry_notices("2025-05-31")


def test_a_version_1_store_is_upgraded(tmp_path, china):
    """A store the code before schema version 2 wrote (tests/data/store_v1.sql)."""
    path = str(tmp_path / "v1.db")
    sql = (pathlib.Path(__file__).parent.parent / "data" / "store_v1.sql").read_text(encoding="utf-8")
    db = sqlite3.connect(path)
    db.executescript(sql)
    db.close()
    assert count(path, "PRAGMA user_version") == 1
    policy = af.Policy.from_json('{"warranty": "housing"}', calendar=china)
    with pytest.raises(af.StateError):
        af.Store.open(path, policy, clock=lambda: NOW, mode="query_only")
    st = af.Store.open(path, policy, clock=lambda: NOW, mode="must_exist")
    assert count(path, "PRAGMA user_version") == af.Store.schema_version()
    assert count(path, "SELECT count(*) FROM calls") == 3
    add(st)
    assert len(st.issue_housing_expiry_notices(date(2025, 6, 1))) == 7
    st.close()


def test_season_on_02_29(china):
    """Issue 27: a heating season ending 02-29 ends 02-28 in a common year."""
    doc = """{"warranty": {"exclusions": ["misuse"],
      "rules": {"return_days": 0, "exchange_days": 0, "max_repairs": 0, "repair_limit_days": 0, "parts_limit_days": 0},
      "products": {"housing": {"basis": "delivery", "notice_days": 30,
        "seasons": {"heating": {"from": "12-01", "to": "02-29"}},
        "parts": {"heating_system": {"owner": "1 heating season", "contractor": "1 heating season"}}}}}}"""
    w = af.WarrantyPolicy.from_json(doc)
    c = w.coverage("housing", date(2022, 5, 1), date(2022, 6, 1), component="heating_system",
                   delivered=date(2022, 6, 1))
    assert c.until == date(2023, 2, 28)
    c = w.coverage("housing", date(2023, 5, 1), date(2023, 6, 1), component="heating_system",
                   delivered=date(2023, 6, 1))
    assert c.until == date(2024, 2, 29)
