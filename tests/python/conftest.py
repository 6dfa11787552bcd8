"""Shared fixtures. The tests run against the INSTALLED package
(`pip install .`); nothing here puts the source tree on sys.path."""

from __future__ import annotations

import datetime as dt
import pathlib

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
