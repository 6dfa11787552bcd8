"""Verdicts that lean on a provisional year say so (issue 24, item 3): a
period's last day, a warranty term, the 7-day window and a complaint's
deadlines over the statutory days of 2027 (除夕 02-05, 初一..初三 02-06..08,
补假 02-09 and 02-10), with past_horizon="statutory"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import aftersales as af

NOTE = " (2027: statutory holidays only, make-up days not yet published)"

# A HYPOTHETICAL 2027 notice (test rows, not the real one): 02-05 and 02-08
# off, no 补假 on 02-09/02-10.
HYPOTHETICAL_2027 = """date,kind,name
2027-01-01,holiday,New Year's Day (hypothetical)
2027-02-05,holiday,Spring Festival (hypothetical)
2027-02-08,holiday,Spring Festival (hypothetical)
2027-05-01,holiday,Labour Day (hypothetical)
2027-05-02,holiday,Labour Day (hypothetical)
2027-10-01,holiday,National Day (hypothetical)
2027-10-02,holiday,National Day (hypothetical)
2027-10-03,holiday,National Day (hypothetical)
"""


@pytest.fixture(scope="module")
def statutory():
    return af.Calendar.china(past_horizon="statutory")


@pytest.fixture()
def published(tmp_path):
    path = tmp_path / "hypothetical-2027.csv"
    path.write_text(HYPOTHETICAL_2027, encoding="utf-8")
    return af.Calendar.china(holiday_file=path, past_horizon="statutory")


def test_period_end_in_the_2027_spring_festival(statutory, published):
    end = af.period_end(date(2027, 1, 29), days=7, calendar=statutory)
    assert end == date(2027, 2, 11)
    assert statutory.provisional(end)
    # 02-04 is a Thursday: not moved, and still provisional.
    assert af.period_end(date(2027, 1, 28), days=7, calendar=statutory) == date(2027, 2, 4)
    with pytest.raises(af.OutOfRangeError, match="2026-12-31"):
        af.period_end(date(2027, 1, 29), days=7, calendar=af.Calendar.china())
    end = af.period_end(date(2027, 1, 29), days=7, calendar=published)
    assert end == date(2027, 2, 9)
    assert not published.provisional(end)


def test_return_window_and_term_say_provisional(statutory, published):
    policy = af.WarrantyPolicy.sanbao(statutory)
    d = policy.remedy("colour_tv", date(2027, 1, 29), date(2027, 2, 10))
    assert d.rule == "warranty.rules.return_days = 7: performance fault by 2027-02-11: return, exchange or repair" + NOTE
    c = policy.coverage("colour_tv", date(2026, 2, 6), date(2027, 2, 10))
    assert c.covered and c.until == date(2027, 2, 11)
    assert c.rule == "warranty.colour_tv.whole_unit = 1 year from invoice 2026-02-06: until 2027-02-11" + NOTE
    # The (hypothetical) published 2027: no note, and other days.
    p = af.WarrantyPolicy.sanbao(published)
    assert "statutory" not in p.remedy("colour_tv", date(2027, 1, 29), date(2027, 2, 10)).rule
    pc = p.coverage("colour_tv", date(2026, 2, 6), date(2027, 2, 10))
    assert not pc.covered and pc.until == date(2027, 2, 9) and "statutory" not in pc.rule


def test_complaint_deadline_across_new_year(statutory):
    policy = af.ComplaintPolicy.default(statutory)
    c = policy.open("2612-0001", datetime(2026, 12, 31, 15), "quality", "general")
    (r,) = policy.reminders([c], datetime(2027, 1, 4, 18))
    assert "due 2027-01-04" in r.rule and r.rule.endswith(NOTE)
    early = policy.open("2612-0002", datetime(2026, 12, 1, 9), "quality", "general")
    (r,) = policy.reminders([early], datetime(2026, 12, 20, 9))
    assert "statutory" not in r.rule
