"""The calendar past the horizon (issue 24): ``past_horizon`` refuse, weekly
or statutory. Statutory: 全国年节及纪念日放假办法 (国务院令第795号) art. 2's days
and art. 6's 补假 on the next free weekday, no make-up working days, to 2100."""

from __future__ import annotations

import os
import subprocess
from datetime import date, datetime

import pytest

import aftersales as af
from aftersales import _cli

TOOL = os.environ.get("AFTERSALES_CLI") or str(_cli.binary())


def run(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([TOOL, *map(str, args)], capture_output=True, text=True, timeout=120)


STATUTORY = af.Calendar.china(past_horizon="statutory")

# Hypothetical test rows, not the 2027 notice (unpublished): what a whole
# year of a holiday file must hold, with the Spring Festival to 02-11.
HYPOTHETICAL_2027 = "".join(f"2027-{d},holiday,test row (hypothetical)\n"
                            for d in ("01-01", "02-05", "02-08", "02-11", "05-01", "05-02", "10-01", "10-02", "10-03"))


def test_the_modes():
    assert af.Calendar.china().past_horizon == "refuse"
    assert af.Calendar.china(strict=False).past_horizon == "weekly"
    assert STATUTORY.past_horizon == "statutory"
    assert STATUTORY.strict is False
    assert STATUTORY.horizon == date(2026, 12, 31)
    assert STATUTORY.provisional_until == date(2100, 12, 31)
    assert af.Calendar.china().provisional_until is None
    assert STATUTORY.provisional(date(2027, 1, 1))
    assert not STATUTORY.provisional(date(2026, 12, 31))
    # 2027: 除夕 02-05 .. 初三 02-08, 初一 and 初二 on the weekend given back on 02-09 and 02-10.
    for d in (date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10),
              date(2027, 5, 3), date(2027, 5, 4), date(2027, 10, 4), date(2027, 10, 5)):
        assert not STATUTORY.is_business_day(d), d
    assert STATUTORY.is_business_day(date(2027, 2, 11))
    assert af.Calendar.china(past_horizon="weekly").is_business_day(date(2027, 2, 9))
    with pytest.raises(af.OutOfRangeError, match="2100-12-31"):
        STATUTORY.is_business_day(date(2101, 1, 3))


def test_bad_words_name_the_member():
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar.china(past_horizon="provisional")
    assert e.value.field == "past_horizon" and "'provisional'" in str(e.value)
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar.china(strict=True, past_horizon="statutory")
    assert e.value.field == "past_horizon" and "contradicts" in str(e.value)
    with pytest.raises(TypeError):
        af.Calendar.china(past_horizon=2)
    with pytest.raises(af.InvalidArgumentError) as e:
        af.Calendar.from_json('{"preset": "cn", "past_horizon": "sometimes"}')
    assert e.value.field == "past_horizon"


def test_the_2026_12_31_city_call():
    call = datetime(2026, 12, 31, 16, 0)
    policy = af.DispatchPolicy(STATUTORY)
    # 16:00-18:00, then 元旦 (Fri) and the weekend, 09:00-12:00 and 13:00-14:00 on Monday.
    assert policy.deadline(call, "urban") == datetime(2027, 1, 4, 14, 0)
    s = policy.status(call, "urban", now=call)
    assert s.rule.endswith("(2027: statutory holidays only, make-up days not yet published)")
    assert STATUTORY.provisional_year_in(call, s.deadline) == 2027
    with pytest.raises(af.OutOfRangeError, match="2026-12-31"):
        af.DispatchPolicy(af.Calendar.china()).deadline(call, "urban")


def test_across_the_2027_spring_festival():
    assert af.DispatchPolicy(STATUTORY).deadline(datetime(2027, 2, 4, 16), "urban") == datetime(2027, 2, 11, 14)


def test_a_published_file_replaces_the_provisional_days(tmp_path):
    f = tmp_path / "2027.csv"
    f.write_text("date,kind,name\n" + HYPOTHETICAL_2027)
    cal = af.Calendar.china(holiday_file=f, past_horizon="statutory")
    assert cal.horizon == date(2027, 12, 31)
    assert cal.is_business_day(date(2027, 2, 9))       # a provisional 补假, not in the file
    assert not cal.is_business_day(date(2027, 2, 11))  # the file's
    assert not cal.provisional(date(2027, 2, 9))
    assert not cal.is_business_day(date(2028, 1, 1))   # 2028 is provisional
    s = af.DispatchPolicy(cal).status(datetime(2027, 2, 4, 16), "urban", now=datetime(2027, 2, 4, 16))
    assert "statutory holidays only" not in s.rule


def test_calendar_documents():
    cal = af.Calendar.from_json('{"preset": "cn", "past_horizon": "statutory"}')
    assert cal.past_horizon == "statutory"
    assert '"past_horizon": "statutory"' in cal.to_json()
    assert af.Calendar.from_json(cal.to_json()).to_json() == cal.to_json()


def test_the_calendar_command():
    out = run("calendar", "2027", "--past-horizon", "statutory")
    assert out.returncode == 0, out.stderr
    assert "statutory holidays only, make-up days not yet published" in out.stdout
    assert "2027-02-09  tue  off   补假       春节 Spring Festival" in out.stdout
    assert "2027-02-05  fri  off   statutory  春节 Spring Festival" in out.stdout
    published = run("calendar", "2026")
    assert published.returncode == 0 and "2026-02-14  sat  work  published  Spring Festival" in published.stdout
    refused = run("calendar", "2027")
    assert refused.returncode == 1 and "--past-horizon statutory" in refused.stderr
    bad = run("calendar", "2027", "--past-horizon", "sometimes")
    assert bad.returncode == 2 and "--past-horizon 'sometimes'" in bad.stderr


def test_the_readme_example(tmp_path):
    import pathlib
    import sys
    example = pathlib.Path(__file__).resolve().parents[2] / "examples" / "python" / "past_horizon_example.py"
    out = subprocess.run([sys.executable, str(example)], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == (
        "refuse    received past the horizon 2026-12-31\n"
        "weekly    2027-01-01 14:00:00\n"
        "statutory 2027-01-04 14:00:00\n"
        "rule      dispatch.target.urban = 6h of working time from call to arrival"
        " (2027: statutory holidays only, make-up days not yet published)\n"
    )


def test_past_horizon_on_the_commands(tmp_path):
    import datetime as dt
    from zoneinfo import ZoneInfo
    db = tmp_path / "d.db"
    made = run("demo", "--db", db, "--calls", "40", "--past-horizon", "statutory")
    assert made.returncode == 0, made.stderr
    near = (dt.date(2026, 12, 31) - dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()).days <= 60
    for mode, said in (("statutory", "statutory holidays only, the make-up days not yet published"),
                       ("refuse", "--past-horizon statutory"),
                       ("weekly", "every weekday is a working day")):
        out = run("report", "--db", db, "--month", "2025-10", "--past-horizon", mode)
        assert out.returncode == 0, out.stderr
        assert (said in out.stderr) == near, (mode, out.stderr)
        if near:
            assert "--holidays FILE" in out.stderr
    bad = run("report", "--db", db, "--month", "2025-10", "--past-horizon", "later")
    assert bad.returncode == 2 and "--past-horizon 'later' is not a mode" in bad.stderr
    policy = tmp_path / "p.json"
    policy.write_text('{"calendar": {"preset": "cn"}, "dispatch": {}}')
    both = run("report", "--db", db, "--month", "2025-10", "--policy", policy, "--past-horizon", "weekly")
    assert both.returncode == 2 and '"past_horizon"' in both.stderr
