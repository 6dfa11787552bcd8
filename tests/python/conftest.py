"""Shared fixtures. The tests run against the INSTALLED package
(`pip install .`); nothing here puts the source tree on sys.path."""

from __future__ import annotations

import datetime as dt
import pathlib
import sqlite3

import pytest

import aftersales as af

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OFFICE = [("09:00", "12:00"), ("13:00", "18:00")]


def pytest_report_header(config):
    return f"aftersales {af.__version__} from {pathlib.Path(af.__file__).parent}"


@pytest.fixture(scope="session")
def office() -> af.Calendar:
    """Mon-Fri 09:00-12:00 and 13:00-18:00 in Shanghai, no date rules."""
    return af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]}, zone="Asia/Shanghai")


@pytest.fixture(scope="session")
def china() -> af.Calendar:
    return af.Calendar.china()


@pytest.fixture(scope="session")
def policy(china) -> af.DispatchPolicy:
    return af.DispatchPolicy(china)


def always(zone: str) -> af.Calendar:
    """A 24/7 calendar in `zone`."""
    return af.Calendar(week={d: [("00:00", "24:00")] for d in WEEKDAYS}, zone=zone)


H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)
S = dt.timedelta(seconds=1)


# ---------------------------------------------------------------- the store's tests

CST = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2025, 11, 20, 12)  # the stores' clock


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> dt.datetime:
    """Local civil time of the calendar's zone (naive)."""
    return dt.datetime(y, mo, d, h, mi)


def intake(received: dt.datetime, zone: str = "urban", serial: str = "SN-1", **kw) -> dict:
    d = dict(customer="Wang Fang", phone="13800000001", address="1 Renmin Road", zone=zone,
             product="colour_tv", serial=serial, purchased=dt.date(2025, 3, 1), received=received, fault="no picture")
    d.update(kw)
    return d


def rows(path, sql: str) -> list:
    """The rows of a read-only query on the store's file."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def step_complaint(st, c: af.Complaint, when: dt.datetime) -> af.Complaint:
    """One step of stored complaint ``c`` at ``when``: the approval stage is
    closed by an approval (the general manager may approve any amount;
    seeds/002 (九)6), every other stage by an advance."""
    if c.stage != "approval":
        return st.advance_complaint(c.number, when)
    st.approve_complaint(c.number, "general_manager", "gm.wang", when)
    return st.complaint(c.number)


def count(path, sql: str) -> int:
    return rows(path, sql)[0][0]


@pytest.fixture(scope="module")
def pol(china) -> af.Policy:
    return af.Policy.default(calendar=china)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.db"


@pytest.fixture
def st(db, pol):
    with af.Store.open(db, pol, clock=lambda: NOW) as s:
        yield s
