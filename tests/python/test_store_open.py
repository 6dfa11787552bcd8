"""Store.open's modes and its errors a person reads, store properties,
repeatable imports and the month-end report (issue 23)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime

import pytest

import aftersales as af
from conftest import NOW, at, count, intake

SIDE = ("-wal", "-shm", "-journal")


def nothing_at(path) -> bool:
    return not any(os.path.lexists(f"{path}{s}") for s in ("",) + SIDE)


def no_side_files(path) -> bool:
    return not any(os.path.lexists(f"{path}{s}") for s in SIDE)


@pytest.fixture
def made(db, pol):
    """A store file with one call, closed; its call's id."""
    with af.Store.open(db, pol, clock=lambda: NOW) as s:
        return s.register_call(**intake(at(2025, 10, 9, 10))).id


@pytest.mark.parametrize("mode", ["must_exist", "query_only"])
def test_a_missing_file_is_refused_by_name_and_nothing_is_made(tmp_path, pol, mode):
    path = tmp_path / "dmoe.db"
    with pytest.raises(af.NotFoundError) as e:
        af.Store.open(path, pol, mode=mode)
    assert e.value.field == "path"
    assert f"'{path}' does not exist" in str(e.value)
    assert nothing_at(path)
    assert os.listdir(tmp_path) == []


def test_mode_is_checked(db, pol):
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Store.open(db, pol, mode="readonly")
    assert e.value.field == "mode" and "'readonly'" in str(e.value)
    with pytest.raises(TypeError):
        af.Store.open(db, pol, mode=1)
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Store.open(":memory:", pol, mode="query_only")
    assert e.value.field == "mode"
    assert nothing_at(db)
    assert af.OPEN_MODES == ("create", "must_exist", "query_only")


def test_query_only_reads_refuses_writes_and_leaves_no_side_files(db, pol, made):
    assert no_side_files(db)
    with af.Store.open(db, pol, clock=lambda: NOW, mode="query_only") as s:
        assert s.mode == "query_only"
        assert s.call(made).voucher == "V-main-2510-000001"
        assert s.monthly_report("2025-10")["summary"].iloc[0]["calls"] == 1
        assert s.get_property("made_by") is None
        with pytest.raises(af.StateError) as e:
            s.register_call(**intake(at(2025, 10, 9, 11), serial="X"))
        assert e.value.field == "store"
        assert "query-only" in str(e.value) and "register_call" in str(e.value)
        with pytest.raises(af.StateError) as e:
            s.set_property("made_by", "x")
        assert "set_property" in str(e.value)
        with pytest.raises(af.StateError):
            s.import_calls([intake(at(2025, 10, 9, 11), serial="X")])
    assert no_side_files(db)
    assert count(db, "SELECT count(*) FROM calls") == 1


def test_must_exist_opens_and_writes(db, pol, made):
    with af.Store.open(db, pol, clock=lambda: NOW, mode="must_exist") as s:
        assert s.mode == "must_exist"
        s.register_call(**intake(at(2025, 10, 9, 11), serial="SN-2"))
    assert count(db, "SELECT count(*) FROM calls") == 2


def test_errors_name_the_file_in_plain_words(tmp_path, pol):
    text = tmp_path / "x.txt"
    text.write_text("customer,phone\nWang,138\n")
    for mode in af.OPEN_MODES:
        with pytest.raises(af.StorageError) as e:
            af.Store.open(text, pol, mode=mode)
        assert e.value.field == "path"
        assert f"'{text}' is not a database file" in str(e.value)
    assert text.read_text() == "customer,phone\nWang,138\n"
    assert no_side_files(text)

    other = tmp_path / "y.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE mine (x)")
    con.close()
    with pytest.raises(af.StorageError) as e:
        af.Store.open(other, pol, mode="must_exist")
    assert f"'{other}' is not an aftersales store: an SQLite file of another application" in str(e.value)

    with pytest.raises(af.StorageError) as e:
        af.Store.open(tmp_path, pol)
    assert "is a directory" in str(e.value)

    missing_dir = tmp_path / "nowhere" / "z.db"
    with pytest.raises(af.StorageError) as e:
        af.Store.open(missing_dir, pol)
    assert f"the directory '{missing_dir.parent}' does not exist" in str(e.value)
    assert not missing_dir.parent.exists()


def test_a_newer_schema_is_named_with_the_file(db, pol, made):
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    for mode in af.OPEN_MODES:
        with pytest.raises(af.StateError) as e:
            af.Store.open(db, pol, mode=mode)
        assert e.value.field == "schema"
        assert f"'{db}' is a store of schema version 99, newer than" in str(e.value)


def test_properties(db, pol):
    with af.Store.open(db, pol, clock=lambda: NOW) as s:
        assert s.get_property("made_by") is None
        s.set_property("made_by", "aftersales demo")
        assert s.get_property("made_by") == "aftersales demo"
        s.set_property("made_by", "me")
        with pytest.raises(af.InvalidArgumentError) as e:
            s.set_property("", "x")
        assert e.value.field == "name"
        with pytest.raises(TypeError):
            s.set_property("made_by", 3)
    with af.Store.open(db, pol, mode="query_only") as s:
        assert s.get_property("made_by") == "me"


def record(received: datetime, serial: str, **kw) -> dict:
    return intake(received, serial=serial, **kw)


def test_an_import_repeated_makes_each_call_once(st, db):
    batch = [
        record(at(2025, 10, 9, 10), "A"),
        record(at(2025, 10, 9, 11), "B", technician="T01", dispatched=at(2025, 10, 9, 12),
               arrived=at(2025, 10, 9, 14), completed=at(2025, 10, 9, 15), signed_off=False),
        record(at(2025, 10, 9, 12), "C", external_id="T-3"),
    ]
    first = st.import_calls(batch)
    assert isinstance(first, af.ImportResult)
    assert len(first.imported) == 3 and first.skipped == []
    again = st.import_calls(batch)
    assert again == af.ImportResult([], [0, 1, 2])
    assert len(st.calls()) == 3
    b = st.call(first.imported[1])
    assert (b.state, b.technician, b.signed_off) == ("completed", "T01", False)
    # The same external id with a changed time: the same call, skipped.
    moved = record(at(2025, 10, 9, 12, 30), "C", external_id="T-3")
    assert st.import_calls([moved]).skipped == [0]
    # The same record twice in one batch: the second is skipped.
    twice = st.import_calls([record(at(2025, 10, 10, 10), "D"), record(at(2025, 10, 10, 10), "D")])
    assert (len(twice.imported), twice.skipped) == (1, [1])
    assert count(db, "SELECT count(*) FROM calls") == 4
    # All or none: a bad record, nothing imported.
    with pytest.raises(af.Error) as e:
        st.import_calls([record(at(2025, 10, 11, 10), "E"), record(at(2025, 10, 11, 10), "F", zone="moon")])
    assert e.value.field == "calls[1].zone"
    with pytest.raises(af.InvalidArgumentError) as e:
        st.import_calls([record(at(2025, 10, 11, 10), "E", arrived=at(2025, 10, 11, 11))])
    assert e.value.field == "calls[0].arrived"
    with pytest.raises(TypeError) as t:
        st.import_calls([record(at(2025, 10, 11, 10), "E", colour="red")])
    assert "calls[0].colour" in str(t.value)
    assert len(st.calls()) == 4


def test_an_import_from_a_dataframe(st):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame([record(at(2025, 10, 9, 10), "A", external_id="R1"),
                       record(at(2025, 10, 9, 11), "B")])
    assert len(st.import_calls(df).imported) == 2
    assert st.import_calls(df).skipped == [0, 1]


def test_a_month_is_judged_as_of_its_end_or_the_clock(db, pol):
    pd = pytest.importorskip("pandas")
    # The clock past the month: the month's end, whatever the clock says.
    for now in (NOW, datetime(2026, 3, 1)):
        with af.Store.open(db, pol, clock=lambda: now) as s:
            if not len(s.calls()):
                s.register_call(**intake(at(2025, 10, 31, 17)))  # due Monday 11-03 15:00
            r = s.monthly_report("2025-10")
            assert r["summary"].iloc[0]["as_of"] == pd.Timestamp("2025-11-01 00:00")
            assert r["sla_by_zone"].iloc[0]["open"] == 1
            assert s.monthly_report("2025-10", as_of=now)["sla_by_zone"].iloc[0]["breached"] == 1
    # The clock inside the month: the clock.
    with af.Store.open(db, pol, clock=lambda: at(2025, 10, 31, 18)) as s:
        assert s.monthly_report("2025-10")["summary"].iloc[0]["as_of"] == pd.Timestamp("2025-10-31 18:00")


def test_a_policy_without_a_zone_of_the_stores_calls_is_named(db, pol, china):
    with af.Store.open(db, pol, clock=lambda: NOW) as s:
        s.register_call(**intake(at(2025, 10, 9, 10), zone="suburban"))
    urban_only = af.Policy.from_json('{"dispatch": {"targets": {"urban": "6h"}}}', calendar=china)
    with af.Store.open(db, urban_only, clock=lambda: NOW) as s:
        with pytest.raises(af.NotFoundError) as e:
            s.monthly_report("2025-10")
    assert e.value.field == "policy.dispatch.targets"
    assert "the store's calls use service zone 'suburban', which the policy's dispatch targets do not have" in str(
        e.value)
