"""Dispatch service levels (RULES.md 2)."""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta, timezone

import pytest

import aftersales as af
from conftest import H, M, S

# 2025-09-01 is a Monday; Shanghai; the China calendar (Mon-Fri 09-12, 13-18).
MON, TUE, WED, FRI, SAT = date(2025, 9, 1), date(2025, 9, 2), date(2025, 9, 3), date(2025, 9, 5), date(2025, 9, 6)
NEXT_MON = date(2025, 9, 8)


def at(d: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, ss)


# ---------------------------------------------------------------- policy


def test_defaults(policy, china):
    assert policy.targets == {"urban": 6 * H, "suburban": 7 * H}
    assert policy.at_risk == H
    assert policy.target("urban") == 6 * H
    assert policy.calendar is china


def test_custom_targets_and_at_risk(china):
    p = af.DispatchPolicy(china, targets={"urban": timedelta(hours=5), "rural": "24h"}, at_risk=timedelta(minutes=30))
    assert p.targets == {"urban": 5 * H, "rural": 24 * H}
    assert p.at_risk == 30 * M
    assert af.DispatchPolicy(china, at_risk=2 * H).targets == {"urban": 6 * H, "suburban": 7 * H}
    assert af.DispatchPolicy(china, targets={"x": H}).at_risk == H
    # 24 working hours from Monday 09:00 end at Wednesday's close
    assert p.deadline(at(MON, 9), "rural") == at(WED, 18)


def test_policy_json(china):
    p = af.DispatchPolicy.from_json("""{"calendar": {"preset": "cn"},
        "dispatch": {"targets": {"urban": "PT6H", "rural": "24h"}, "at_risk": "30min"}}""")
    assert p.targets == {"urban": 6 * H, "rural": 24 * H}
    assert p.at_risk == 30 * M
    assert p.calendar.horizon == date(2026, 12, 31)
    assert p.deadline(at(date(2025, 9, 30), 15, 20), "urban") == at(date(2025, 10, 9), 13, 20)
    again = af.DispatchPolicy.from_json(p.to_json())
    assert again.targets == p.targets and again.at_risk == p.at_risk
    copy = pickle.loads(pickle.dumps(p))
    assert copy.targets == p.targets
    assert af.DispatchPolicy.from_json('{"calendar": {"preset": "cn"}}').targets == {"urban": 6 * H, "suburban": 7 * H}


@pytest.mark.parametrize(
    "kwargs, field",
    [
        (dict(targets={}), "targets"),
        (dict(targets={"urban": timedelta(0)}), "targets.urban"),
        (dict(targets={"urban": -H}), "targets.urban"),
        (dict(targets={"": H}), "targets"),
        (dict(at_risk=-M), "at_risk"),
    ],
)
def test_invalid_policy(china, kwargs, field):
    with pytest.raises(af.InvalidArgumentError) as e:
        af.DispatchPolicy(china, **kwargs)
    assert e.value.field == field


def test_bad_duration_text(china):
    with pytest.raises(af.ParseError) as e:
        af.DispatchPolicy(china, targets={"urban": "six hours"})
    assert e.value.field == "targets.urban" and "six hours" in str(e.value)


# ---------------------------------------------------------------- deadlines


def test_urban_6h_suburban_7h(policy):
    assert policy.deadline(at(MON, 9), "urban") == at(MON, 16)
    assert policy.deadline(at(MON, 9), "suburban") == at(MON, 17)
    assert policy.deadline(at(MON, 14), "urban") == at(TUE, 11)
    assert policy.deadline(at(MON, 13), "suburban") == at(TUE, 11)
    assert policy.deadline(at(MON, 14), "suburban") == at(TUE, 12)  # the lunch close, not 13:00


def test_call_outside_hours_starts_at_next_working_moment(policy):
    assert policy.deadline(at(SAT, 10), "urban") == at(NEXT_MON, 16)
    assert policy.deadline(at(FRI, 20), "urban") == at(NEXT_MON, 16)
    assert policy.deadline(at(MON, 12, 30), "urban") == at(TUE, 10)


def test_deadline_across_national_day(policy):
    call = at(date(2025, 9, 30), 15, 20)
    assert policy.deadline(call, "urban") == at(date(2025, 10, 9), 13, 20)
    assert policy.deadline(call, "suburban") == at(date(2025, 10, 9), 14, 20)


def test_aware_call_time(policy):
    call = datetime(2025, 9, 1, 1, 0, tzinfo=timezone.utc)  # 09:00 in Shanghai
    due = policy.deadline(call, "urban")
    assert due == datetime(2025, 9, 1, 8, 0, tzinfo=timezone.utc) and due.tzinfo is timezone.utc


def test_unknown_zone(policy):
    with pytest.raises(af.NotFoundError) as e:
        policy.deadline(at(MON, 9), "rural")
    assert isinstance(e.value, KeyError)
    assert e.value.field == "zone"
    assert "rural" in str(e.value) and not str(e.value).startswith("'")
    with pytest.raises(KeyError):
        policy.target("rural")


# ---------------------------------------------------------------- pauses


def test_pause_moves_deadline_by_paused_working_time(policy):
    assert policy.deadline(at(MON, 9), "urban", pauses=[(at(MON, 10), at(MON, 11))]) == at(MON, 17)
    # 17:00 .. Tuesday 10:00 holds 2 working hours (17-18, 09-10), not 17 wall-clock hours
    assert policy.deadline(at(MON, 15), "urban") == at(TUE, 12)
    assert policy.deadline(at(MON, 15), "urban", pauses=[(at(MON, 17), at(TUE, 10))]) == at(TUE, 15)


def test_pause_over_a_night_or_lunch_moves_nothing(policy):
    base = policy.deadline(at(MON, 15), "urban")
    assert policy.deadline(at(MON, 15), "urban", pauses=[(at(MON, 18, 30), at(TUE, 8, 30))]) == base
    assert policy.deadline(at(MON, 9), "urban", pauses=[(at(MON, 12), at(MON, 13))]) == at(MON, 16)
    # over a weekend: Friday 17:00 .. Monday 10:00 is 2 working hours, not 65 hours
    assert policy.deadline(at(FRI, 14), "urban") == at(NEXT_MON, 11)
    assert policy.deadline(at(FRI, 14), "urban", pauses=[(at(FRI, 17), at(NEXT_MON, 10))]) == at(NEXT_MON, 14)


def test_pauses_overlapping_and_before_call(policy):
    ps = [(at(MON, 10), at(MON, 11)), (at(MON, 10, 30), at(MON, 11, 30)), (at(MON, 8), at(MON, 9, 30))]
    # 09:00-09:30 and 10:00-11:30 paused: 2 h moved
    assert policy.deadline(at(MON, 9), "urban", pauses=ps) == at(MON, 18)


def test_open_pause_has_no_deadline(policy):
    with pytest.raises(af.StateError) as e:
        policy.deadline(at(MON, 9), "urban", pauses=[(at(MON, 10), None)])
    assert e.value.field == "pauses[0].end"
    assert isinstance(e.value, RuntimeError)


def test_pause_ending_before_start(policy):
    with pytest.raises(af.InvalidArgumentError) as e:
        policy.deadline(at(MON, 9), "urban", pauses=[(at(MON, 11), at(MON, 10))])
    assert e.value.field == "pauses[0].end"


# ---------------------------------------------------------------- status


def test_running(policy):
    s = policy.status(at(MON, 9), "urban", at(MON, 10))
    assert s.state == "running"
    assert s.deadline == at(MON, 16)
    assert s.target == 6 * H
    assert s.elapsed == H and s.remaining == 5 * H and s.late_by == timedelta(0)
    assert s.at_risk is False
    assert s.next_change == at(MON, 15, 0, 1)  # less than 1 h left from then on
    assert "urban" in s.rule and "6h" in s.rule


def test_at_risk(policy):
    s = policy.status(at(MON, 9), "urban", at(MON, 15, 30))
    assert s.state == "running" and s.at_risk
    assert s.remaining == 30 * M
    assert s.next_change == at(MON, 16, 0, 1)  # breached after the deadline
    assert policy.status(at(MON, 9), "urban", at(MON, 15)).at_risk is False
    assert policy.status(at(MON, 9), "urban", at(MON, 15, 0, 1)).at_risk is True
    wider = af.DispatchPolicy(policy.calendar, at_risk=2 * H)
    assert wider.status(at(MON, 9), "urban", at(MON, 14, 30)).at_risk


def test_at_deadline_still_running(policy):
    s = policy.status(at(MON, 9), "urban", at(MON, 16))
    assert s.state == "running" and s.remaining == timedelta(0) and s.at_risk


def test_breached(policy):
    s = policy.status(at(MON, 9), "urban", at(MON, 16, 0, 1))
    assert s.state == "breached" and s.late_by == S and s.next_change is None
    s = policy.status(at(MON, 9), "urban", at(TUE, 10))
    assert s.state == "breached"
    assert s.elapsed == 9 * H
    assert s.late_by == 3 * H  # Mon 16-18 and Tue 09-10
    assert s.remaining == timedelta(0)


def test_met_and_late_arrival(policy):
    s = policy.status(at(MON, 9), "urban", at(MON, 17), arrival=at(MON, 15))
    assert s.state == "met" and s.elapsed == 5 * H and s.remaining == H and s.next_change is None
    s = policy.status(at(MON, 9), "urban", at(TUE, 12), arrival=at(TUE, 10))
    assert s.state == "breached" and s.late_by == 3 * H
    # an arrival after `now` has not happened yet
    assert policy.status(at(MON, 9), "urban", at(MON, 10), arrival=at(MON, 11)).state == "running"


def test_paused(policy):
    ps = [(at(MON, 10), at(MON, 11))]
    s = policy.status(at(MON, 9), "urban", at(MON, 10, 30), pauses=ps)
    assert s.state == "paused"
    assert s.elapsed == H
    assert s.deadline == at(MON, 17)
    assert s.next_change == at(MON, 11)
    s = policy.status(at(MON, 9), "urban", at(MON, 12), pauses=ps)
    assert s.state == "running" and s.elapsed == 2 * H


def test_open_pause_status(policy):
    s = policy.status(at(MON, 9), "urban", at(MON, 11), pauses=[(at(MON, 10), None)])
    assert s.state == "paused"
    assert s.elapsed == H
    assert s.deadline == at(MON, 17)  # if the clock resumed now
    assert s.next_change is None


def test_status_aware_and_mixed(policy):
    utc = timezone.utc
    s = policy.status(datetime(2025, 9, 1, 1, tzinfo=utc), "urban", at(MON, 10))
    assert s.deadline == datetime(2025, 9, 1, 8, tzinfo=utc) and s.deadline.tzinfo is utc
    assert s.next_change.tzinfo is utc
    s = policy.status(at(MON, 9), "urban", datetime(2025, 9, 1, 2, tzinfo=utc))
    assert s.deadline == at(MON, 16) and s.elapsed == H


def test_now_before_call(policy):
    with pytest.raises(af.InvalidArgumentError) as e:
        policy.status(at(MON, 10), "urban", at(MON, 9))
    assert e.value.field == "now"


def test_status_is_frozen(policy):
    s = policy.status(at(MON, 9), "urban", at(MON, 10))
    with pytest.raises(AttributeError):
        s.state = "met"


# ---------------------------------------------------------------- dispatch queue


def test_dispatch_order(policy):
    now = at(TUE, 9, 30)
    calls = [
        ("B", at(TUE, 9), "urban", False),  # deadline Tue 16:00
        ("C", at(TUE, 9, 10), "suburban", None),  # Tue 17:10
        ("A", at(MON, 17), "urban", False),  # carried over, deadline Tue 15:00
        ("D", at(MON, 10), "urban", True),  # already dispatched
        ("E", at(MON, 11), "suburban", at(TUE, 9, 15)),  # dispatched before now
        ("F", at(MON, 12, 30), "urban", at(TUE, 10)),  # dispatched after now: still waiting; Tue 10:00
        ("G", at(TUE, 9, 20), "urban", False),  # Tue 16:20
        ("H", at(TUE, 9, 40), "urban", False),  # not received yet
    ]
    assert policy.dispatch_order(calls, now) == ["F", "A", "B", "G", "C"]


def test_yesterdays_calls_first_even_with_later_deadline(policy):
    now = at(NEXT_MON, 9, 30)
    calls = [
        ("fresh", at(NEXT_MON, 9), "urban", False),  # Mon 16:00
        ("friday", at(FRI, 17, 30), "suburban", False),  # Mon 16:30, carried over
        ("weekend", at(SAT, 10), "urban", False),  # outside hours: Monday's work, Mon 16:00
    ]
    # same deadline: the earlier call first
    assert policy.dispatch_order(calls, now) == ["friday", "weekend", "fresh"]


def test_ties_break_by_call_time_then_id(policy):
    now = at(TUE, 11)
    calls = [("X2", at(TUE, 9), "urban"), ("X10", at(TUE, 9), "urban"), ("A", at(MON, 18, 30), "urban")]
    # A (received after hours) and the X calls share the deadline Tue 16:00; A came in first.
    assert policy.dispatch_order(calls, now) == ["A", "X10", "X2"]


def test_dispatch_order_with_pauses(policy):
    """Issue 25: a paused call ranks by its deadline if resumed now."""
    now = at(TUE, 11)
    a_paused = af.QueuedCall("A", at(TUE, 9), "urban", None, [(at(TUE, 9, 30), None)])  # 17:30 if resumed at 11
    b = ("B", at(TUE, 9, 30), "urban")  # 16:30
    assert policy.dispatch_order([a_paused, b], now) == ["B", "A"]
    assert policy.dispatch_order([a_paused._replace(pauses=()), b], now) == ["A", "B"]
    # A closed pause 09:30-10:00 moves A to 16:30, tied with B; A came in first.
    assert policy.dispatch_order([("A", at(TUE, 9), "urban", False, [(at(TUE, 9, 30), at(TUE, 10))]), b], now) == ["A", "B"]
    with pytest.raises(af.InvalidArgumentError) as e:
        policy.dispatch_order([("A", at(TUE, 9), "urban", False, [(at(TUE, 10), at(TUE, 9, 30))])], now)
    assert e.value.field == "calls[0].pauses[0].end"
    with pytest.raises(TypeError, match=r"calls\[0\]\.pauses\[0\]"):
        policy.dispatch_order([("A", at(TUE, 9), "urban", False, [at(TUE, 10)])], now)


def test_dispatch_order_empty_and_errors(policy):
    assert policy.dispatch_order([], at(TUE, 9)) == []
    with pytest.raises(af.NotFoundError):
        policy.dispatch_order([("x", at(MON, 9), "rural", False)], at(TUE, 9))
    with pytest.raises(TypeError):
        policy.dispatch_order([(1, at(MON, 9), "urban", False)], at(TUE, 9))
    with pytest.raises(TypeError):
        policy.dispatch_order([("x", at(MON, 9))], at(TUE, 9))
    with pytest.raises(TypeError):
        policy.dispatch_order([("x", at(MON, 9), "urban", "yes")], at(TUE, 9))


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.deadline(MON, "urban"),
        lambda p: p.deadline(at(MON, 9), 1),
        lambda p: p.deadline(at(MON, 9), "urban", pauses=[at(MON, 10)]),
        lambda p: p.deadline(at(MON, 9), "urban", pauses=[(at(MON, 10), "later")]),
        lambda p: p.status(at(MON, 9), "urban", "now"),
        lambda p: p.status(at(MON, 9), "urban", at(MON, 10), arrival=MON),
        lambda p: af.DispatchPolicy("cn"),
        lambda p: af.DispatchPolicy(p.calendar, targets={"urban": 6}),
        lambda p: af.DispatchPolicy(p.calendar, targets=[("urban", 6 * H)]),
    ],
)
def test_argument_types(policy, call):
    with pytest.raises(TypeError):
        call(policy)
