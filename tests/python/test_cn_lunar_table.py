"""data/cn_lunar.csv, row by row, against implementations other than its
generator (tools/generate_cn_lunar.py, lunar-python):

- lunar dates (正月初一, 五月初五, 八月十五): PyPI `lunardate` (its tables cover
  lunar years 1900-2099), PyPI `cnlunar` (its tables cover 1901-2099), PyPI
  `sxtwl` (寿星天文历 in C++: the same astronomical lineage as lunar-python but
  another implementation; covers 2100) and new moons and zhongqi computed with
  `ephem` under the rules of GB/T 33661-2017. Neither table covers 2100, so
  2100 is checked by sxtwl and ephem only.
- 清明: `ephem` (the moment the Sun's apparent geocentric ecliptic longitude
  reaches 15 degrees, as a civil date in UTC+8), `cnlunar` (1901-2099) and
  `sxtwl`.
- 2004-2026: the festival days are holiday rows of the published table
  data/cn_holidays.csv (清明, 端午 and 中秋 from 2008, when they became
  statutory).

These checks do not need the aftersales package: they read the CSV files.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import importlib.util
import math
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
TABLE = ROOT / "data" / "cn_lunar.csv"
HOLIDAYS = ROOT / "data" / "cn_holidays.csv"
GENERATOR = ROOT / "tools" / "generate_cn_lunar.py"
FIRST_YEAR, LAST_YEAR = 2004, 2100
TABLES_LAST_YEAR = 2099  # lunardate's and cnlunar's tables stop here
BEIJING = dt.timedelta(hours=8)  # UTC+8, the civil time the calendar is kept in

# Lunar month and day of each column; qingming is a solar term, not a lunar date.
LUNAR_COLUMNS = {"spring_festival": (1, 1), "dragon_boat": (5, 5), "mid_autumn": (8, 15)}


def _need(module: str):
    """The module, or a failure naming what installs it (not a skip: CI must check)."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        pytest.fail(f"{module} is not installed ({e}); tools/setup-deps.sh installs it into .venv")


def _read_table() -> list[dict]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


ROWS = _read_table()
BY_YEAR = {int(r["year"]): r for r in ROWS}


def _date(row: dict, column: str) -> dt.date:
    return dt.date.fromisoformat(row[column])


def test_every_year_once_in_order():
    assert [int(r["year"]) for r in ROWS] == list(range(FIRST_YEAR, LAST_YEAR + 1))
    assert list(ROWS[0]) == ["year", "spring_festival", "qingming", "dragon_boat", "mid_autumn"]


def test_pinned_rows():
    # Debian 12's ICU 72 gets both wrong (2027-02-07, 2030-02-02): new moons
    # a few minutes from midnight in Beijing time.
    assert BY_YEAR[2027]["spring_festival"] == "2027-02-06"
    assert BY_YEAR[2030]["spring_festival"] == "2030-02-03"
    assert BY_YEAR[2008]["qingming"] == "2008-04-04"
    assert BY_YEAR[2027]["qingming"] == "2027-04-05"


def test_the_generator_writes_the_committed_rows():
    lunar_python = _need("lunar_python")
    assert lunar_python
    spec = importlib.util.spec_from_file_location("generate_cn_lunar", GENERATOR)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    data = [",".join(str(v) for v in row) for row in gen.rows()]
    committed = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert committed == [gen.HEADER, *data]


@pytest.mark.parametrize("year", [y for y in BY_YEAR if y <= TABLES_LAST_YEAR])
def test_lunar_dates_against_lunardate(year):
    lunardate = _need("lunardate")
    row = BY_YEAR[year]
    for column, (month, day) in LUNAR_COLUMNS.items():
        assert lunardate.LunarDate(year, month, day).to_solar_date() == _date(row, column), column


@pytest.mark.parametrize("year", [y for y in BY_YEAR if y <= TABLES_LAST_YEAR])
def test_lunar_dates_and_qingming_against_cnlunar(year):
    cnlunar = _need("cnlunar")
    row = BY_YEAR[year]
    for column, (month, day) in LUNAR_COLUMNS.items():
        d = _date(row, column)
        lunar = cnlunar.Lunar(dt.datetime(d.year, d.month, d.day))
        assert (lunar.lunarYear, lunar.lunarMonth, lunar.lunarDay, lunar.isLunarLeapMonth) == (
            year, month, day, False), column
    d = _date(row, "qingming")
    assert cnlunar.Lunar(dt.datetime(d.year, d.month, d.day)).todaySolarTerms == "清明"


SXTWL_QINGMING = 7  # sxtwl numbers the terms from 冬至 = 0


@pytest.mark.parametrize("year", list(BY_YEAR))
def test_lunar_dates_and_qingming_against_sxtwl(year):
    sxtwl = _need("sxtwl")
    row = BY_YEAR[year]
    for column, (month, day) in LUNAR_COLUMNS.items():
        d = _date(row, column)
        day_ = sxtwl.fromSolar(d.year, d.month, d.day)
        assert (day_.getLunarYear(), day_.getLunarMonth(), day_.getLunarDay(), day_.isLunarLeap()) == (
            year, month, day, False), column
    d = _date(row, "qingming")
    day_ = sxtwl.fromSolar(d.year, d.month, d.day)
    assert day_.hasJieQi() and day_.getJieQi() == SXTWL_QINGMING


# --- ephem: the astronomy, computed here -------------------------------------


def _sun_longitude(ephem, when) -> float:
    """The Sun's apparent geocentric ecliptic longitude (degrees, equinox of date) at UT `when`."""
    sun = ephem.Sun()
    sun.compute(when)
    eq = ephem.Equatorial(sun.g_ra, sun.g_dec, epoch=when)
    return math.degrees(ephem.Ecliptic(eq, epoch=when).lon)


def _beijing_midnight(ephem, day: dt.date):
    """00:00 of `day` in UTC+8, as an ephem (UT) date."""
    return ephem.Date(dt.datetime(day.year, day.month, day.day) - BEIJING)


def _term_moment(ephem, longitude: float, near: dt.date) -> dt.datetime:
    """When the Sun reaches `longitude` within 4 days of `near`, in UTC+8."""
    def past(t) -> float:  # degrees past the target, in (-180, 180]
        return (_sun_longitude(ephem, t) - longitude + 180) % 360 - 180

    lo = _beijing_midnight(ephem, near - dt.timedelta(days=4))
    hi = _beijing_midnight(ephem, near + dt.timedelta(days=4))
    assert past(lo) < 0 < past(hi)
    while hi - lo > 1e-6:  # days: a tenth of a second
        mid = ephem.Date((lo + hi) / 2)
        lo, hi = (mid, hi) if past(mid) < 0 else (lo, mid)
    return ephem.Date(hi).datetime() + BEIJING


def _lunar_months(ephem, year: int) -> list[tuple[dt.date, int, bool]]:
    """The months of the sui from the 冬至 month of `year`-1 to that of `year`
    (GB/T 33661-2017): a month runs from the civil day (UTC+8) of a new moon;
    the month holding 冬至 is the 11th; a sui of 13 months makes its first
    month holding no zhongqi (the Sun at a multiple of 30 degrees) a leap
    month. Returns (first day, number, leap) for each month, then the next
    sui's 11th month."""
    starts = []
    t = _beijing_midnight(ephem, dt.date(year - 1, 11, 1))
    while not starts or starts[-1] < dt.date(year + 1, 1, 31):
        t = ephem.next_new_moon(t)
        starts.append((ephem.Date(t).datetime() + BEIJING).date())
        t = ephem.Date(t + 1)

    def zhongqi(i: int) -> int:
        """How many zhongqi month i holds (the Sun's longitude crossing a multiple of 30)."""
        a = _sun_longitude(ephem, _beijing_midnight(ephem, starts[i]))
        b = _sun_longitude(ephem, _beijing_midnight(ephem, starts[i + 1]))
        return math.floor(((b - a) % 360 + a) / 30) - math.floor(a / 30)

    def holds_winter_solstice(i: int) -> bool:
        a = _sun_longitude(ephem, _beijing_midnight(ephem, starts[i]))
        b = _sun_longitude(ephem, _beijing_midnight(ephem, starts[i + 1]))
        return a < 270 <= a + (b - a) % 360

    m11 = [i for i in range(len(starts) - 1) if holds_winter_solstice(i)]
    assert len(m11) == 2, m11
    first, last = m11
    leap = None
    if last - first == 13:
        leap = next(i for i in range(first + 1, last) if zhongqi(i) == 0)
    months, number = [], 11
    for i in range(first, last + 1):
        if i == leap:
            months.append((starts[i], number, True))
            continue
        if i > first:
            number = number % 12 + 1
        months.append((starts[i], number if i < last else 11, False))
    return months


@pytest.mark.parametrize("year", list(BY_YEAR))
def test_lunar_dates_against_ephem_new_moons(year):
    ephem = _need("ephem")
    row = BY_YEAR[year]
    months = _lunar_months(ephem, year)
    # Months 1-8 of lunar year `year` lie inside this sui (after its 11th and 12th).
    first_of = {number: start for start, number, leap in months[:-1] if not leap and number <= 10}
    for column, (month, day) in LUNAR_COLUMNS.items():
        assert first_of[month] + dt.timedelta(days=day - 1) == _date(row, column), column


@pytest.mark.parametrize("year", list(BY_YEAR))
def test_qingming_against_ephem(year):
    ephem = _need("ephem")
    moment = _term_moment(ephem, 15.0, dt.date(year, 4, 5))
    assert moment.date() == _date(BY_YEAR[year], "qingming")


# --- the published table ------------------------------------------------------


def _published() -> dict[dt.date, tuple[str, str]]:
    with HOLIDAYS.open(encoding="utf-8", newline="") as f:
        return {dt.date.fromisoformat(r["date"]): (r["kind"], r["name"]) for r in csv.DictReader(f)}


STATUTORY_FROM = {"spring_festival": 2004, "qingming": 2008, "dragon_boat": 2008, "mid_autumn": 2008}
PUBLISHED_NAMES = {
    "spring_festival": {"Spring Festival"},
    "qingming": {"Tomb-sweeping Day"},
    "dragon_boat": {"Dragon Boat Festival"},
    "mid_autumn": {"Mid-autumn Festival", "Mid-autumn Festival+National Day"},
}


@pytest.mark.parametrize("column", list(STATUTORY_FROM))
def test_festival_days_are_holidays_in_the_published_table(column):
    published = _published()
    last = max(published).year
    assert last >= 2026
    for year in range(STATUTORY_FROM[column], last + 1):
        d = _date(BY_YEAR[year], column)
        assert d in published, (column, year, d)
        kind, name = published[d]
        assert kind == "holiday" and name in PUBLISHED_NAMES[column], (column, year, d, kind, name)
