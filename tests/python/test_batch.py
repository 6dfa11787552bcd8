"""Batch functions over NumPy arrays: same answers as the scalar API, NaT
propagates, and the work runs in C++ without the GIL."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import numpy as np
import pytest

import aftersales as af
from conftest import OFFICE, WEEKDAYS

NAT = np.datetime64("NaT")


def random_local_times(rng, n, start="2025-01-01", days=300, nat_share=0.1):
    t = np.datetime64(start, "s") + rng.integers(0, days * 86400, n).astype("timedelta64[s]")
    t[rng.random(n) < nat_share] = NAT
    return t


def as_naive(t64):
    return None if np.isnat(t64) else t64.astype("datetime64[s]").astype(datetime)


def scalar_add(cal, t, d):
    if np.isnat(t) or np.isnat(d):
        return np.datetime64("NaT", "s")
    return np.datetime64(cal.add(as_naive(t), timedelta(seconds=int(d.astype("timedelta64[s]").astype(np.int64)))), "s")


@pytest.fixture(scope="module")
def berlin():
    return af.Calendar(week={d: OFFICE for d in WEEKDAYS[:5]} | {"sat": [("22:00", "06:00")]}, zone="Europe/Berlin")


@pytest.fixture(params=["china", "berlin"])
def cal(request, china, berlin):
    return {"china": china, "berlin": berlin}[request.param]


def test_add_many_matches_add(cal):
    rng = np.random.default_rng(7)
    n = 400
    t = random_local_times(rng, n)
    d = rng.integers(-30 * 3600, 30 * 3600, n).astype("timedelta64[s]")
    d[rng.random(n) < 0.05] = np.timedelta64("NaT")
    got = cal.add_many(t, d)
    assert got.dtype == np.dtype("datetime64[s]") and got.shape == (n,)
    want = np.array([scalar_add(cal, a, b) for a, b in zip(t, d)], dtype="datetime64[s]")
    np.testing.assert_array_equal(got, want)
    assert np.isnat(got).sum() == (np.isnat(t) | np.isnat(d)).sum()
    assert np.array_equal(af.add_many(cal, t, d), got, equal_nan=True)


def test_between_many_matches_between(cal):
    rng = np.random.default_rng(8)
    n = 400
    a = random_local_times(rng, n)
    b = random_local_times(rng, n)
    got = cal.between_many(a, b)
    assert got.dtype == np.dtype("timedelta64[s]")
    for i in range(n):
        if np.isnat(a[i]) or np.isnat(b[i]):
            assert np.isnat(got[i])
        else:
            want = cal.between(as_naive(a[i]), as_naive(b[i]))
            assert got[i].astype(np.int64) == want // timedelta(seconds=1), i
    np.testing.assert_array_equal(af.between_many(cal, b, a), -got)


def test_deadline_many_matches_deadline(policy):
    rng = np.random.default_rng(9)
    n = 300
    t = random_local_times(rng, n, days=600)  # 2025 and 2026, inside the China horizon
    zones = rng.choice(np.array(["urban", "suburban"]), n)
    got = policy.deadline_many(t, zones)
    for i in range(n):
        if np.isnat(t[i]):
            assert np.isnat(got[i])
        else:
            assert got[i] == np.datetime64(policy.deadline(as_naive(t[i]), str(zones[i])), "s"), i
    one = policy.deadline_many(t, "suburban")
    for i in np.flatnonzero(~np.isnat(t))[:50]:
        assert one[i] == np.datetime64(policy.deadline(as_naive(t[i]), "suburban"), "s")
    np.testing.assert_array_equal(af.deadline_many(policy, t, zones), got)
    np.testing.assert_array_equal(policy.deadline_many(t, list(zones)), got)
    np.testing.assert_array_equal(policy.deadline_many(t, zones.astype(object)), got)


@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns", "m"])
def test_any_datetime64_unit(china, unit):
    t = np.array(["2025-09-30T15:20", "NaT", "2025-10-09T09:00"], dtype=f"datetime64[{unit}]")
    d = np.array([6 * 3600, 0, 3600], dtype="timedelta64[s]").astype(f"timedelta64[{unit}]")
    got = china.add_many(t, d)
    np.testing.assert_array_equal(
        got, np.array(["2025-10-09T13:20", "NaT", "2025-10-09T10:00"], dtype="datetime64[s]"))


def test_sub_second_parts_are_floored(china):
    t = np.array(["2025-09-30T10:00:00.999"], dtype="datetime64[ms]")
    assert china.add_many(t, timedelta(0))[0] == np.datetime64("2025-09-30T10:00:00")


def test_dates_and_datetimes_and_strings(china):
    days = np.array(["2025-09-30", "2025-10-01"], dtype="datetime64[D]")  # midnight local
    np.testing.assert_array_equal(china.add_many(days, timedelta(hours=1)),
                                  np.array(["2025-09-30T10:00", "2025-10-09T10:00"], dtype="datetime64[s]"))
    naive = [datetime(2025, 9, 30, 9), datetime(2025, 9, 30, 17)]
    np.testing.assert_array_equal(china.add_many(naive, timedelta(hours=2)),
                                  np.array(["2025-09-30T11:00", "2025-10-09T10:00"], dtype="datetime64[s]"))
    np.testing.assert_array_equal(china.add_many(["2025-09-30T09:00"], timedelta(hours=2)),
                                  np.array(["2025-09-30T11:00"], dtype="datetime64[s]"))


def test_broadcasting_and_shapes(china):
    t = np.array([["2025-09-30T09:00", "2025-09-30T10:00"], ["2025-09-30T11:00", "NaT"]], dtype="datetime64[s]")
    got = china.add_many(t, np.array([0, 3600], dtype="timedelta64[s]"))
    assert got.shape == (2, 2)
    np.testing.assert_array_equal(
        got, np.array([["2025-09-30T09:00", "2025-09-30T11:00"], ["2025-09-30T11:00", "NaT"]], dtype="datetime64[s]"))
    assert china.add_many(np.array([], dtype="datetime64[s]"), timedelta(hours=1)).shape == (0,)
    assert china.between_many(np.array([], dtype="datetime64[s]"), np.array([], dtype="datetime64[s]")).shape == (0,)
    assert policy_empty(china).shape == (0,)
    scalar = china.add_many(np.datetime64("2025-09-30T09:00"), np.timedelta64(1, "h"))
    assert scalar.shape == () and scalar == np.datetime64("2025-09-30T10:00")
    with pytest.raises(ValueError):
        china.add_many(np.zeros(3, dtype="datetime64[s]"), np.zeros(2, dtype="timedelta64[s]"))


def policy_empty(china):
    return af.DispatchPolicy(china).deadline_many(np.array([], dtype="datetime64[s]"), [])


def test_all_nat(china, policy):
    t = np.full(5, NAT, dtype="datetime64[s]")
    assert np.isnat(china.add_many(t, timedelta(hours=1))).all()
    assert np.isnat(china.between_many(t, t)).all()
    assert np.isnat(policy.deadline_many(t, "urban")).all()


def test_errors_raise_or_coerce(china, policy):
    t = np.array(["2025-09-30T09:00", "2027-03-01T09:00", "NaT"], dtype="datetime64[s]")
    with pytest.raises(af.OutOfRangeError) as e:
        china.add_many(t, timedelta(hours=1))
    assert e.value.field.startswith("t[1]")
    got = china.add_many(t, timedelta(hours=1), errors="coerce")
    np.testing.assert_array_equal(got, np.array(["2025-09-30T10:00", "NaT", "NaT"], dtype="datetime64[s]"))
    with pytest.raises(af.OutOfRangeError):
        china.between_many(t, t + np.timedelta64(1, "h"))
    assert china.between_many(t, t + np.timedelta64(1, "h"), errors="coerce")[1:].astype(object).tolist() == [None, None]
    with pytest.raises(af.OutOfRangeError):
        policy.deadline_many(t, "urban")
    zones = np.array(["urban", "rural", "urban"])
    with pytest.raises(af.NotFoundError) as e:
        policy.deadline_many(t[:1].repeat(3), zones)
    assert "rural" in str(e.value)
    got = policy.deadline_many(t[:1].repeat(3), zones, errors="coerce")
    assert not np.isnat(got[0]) and np.isnat(got[1]) and got[0] == got[2]
    with pytest.raises(ValueError):
        china.add_many(t, timedelta(hours=1), errors="ignore")


@pytest.mark.parametrize(
    "call",
    [
        lambda c, p: c.add_many(np.array([1, 2]), timedelta(hours=1)),  # ints are not local times
        lambda c, p: c.add_many(np.array(["2025-09-30T09:00"], dtype="datetime64[s]"), 3600),
        lambda c, p: c.add_many(np.array(["2025-09-30T09:00"], dtype="datetime64[s]"), np.array([1.5])),
        lambda c, p: c.add_many(np.array(["2025-09-30T09:00"], dtype="datetime64[s]"), np.array([1], "m8[M]")),
        lambda c, p: c.add_many(["not a time"], timedelta(hours=1)),
        lambda c, p: p.deadline_many(np.array(["2025-09-30T09:00"], dtype="datetime64[s]"), [1]),
        lambda c, p: p.deadline_many(np.array(["2025-09-30T09:00"], dtype="datetime64[s]"), 1),
        lambda c, p: af.add_many("cal", np.array([], "M8[s]"), timedelta(0)),
    ],
)
def test_argument_types(china, policy, call):
    with pytest.raises(TypeError):
        call(china, policy)


# ---------------------------------------------------------------- the GIL


def _batch_calls(cal, policy, n):
    rng = np.random.default_rng(3)
    t = np.datetime64("2025-01-01", "s") + rng.integers(0, 300 * 86400, n).astype("timedelta64[s]")
    d = rng.integers(0, 40 * 3600, n).astype("timedelta64[s]")
    return {
        "add_many": lambda: cal.add_many(t, d),
        "between_many": lambda: cal.between_many(t, t + d),
        "deadline_many": lambda: policy.deadline_many(t, "urban"),
    }


@pytest.mark.parametrize("name", ["add_many", "between_many", "deadline_many"])
def test_batch_calls_release_the_gil(china, policy, name):
    """While a batch call runs in one thread, another thread keeps running
    Python code. With the GIL held, the main thread could not even return
    from time.sleep() until the call ended."""
    n = 500_000
    while True:  # size the job so that it runs for at least 0.3 s
        fn = _batch_calls(china, policy, n)[name]
        t0 = time.perf_counter()
        fn()
        if time.perf_counter() - t0 >= 0.3 or n >= 64_000_000:
            break
        n *= 2
    window = {}

    def work():
        window["start"] = time.perf_counter()
        fn()
        window["end"] = time.perf_counter()

    stamps = []
    th = threading.Thread(target=work)
    th.start()
    while th.is_alive():
        stamps.append(time.perf_counter())
        time.sleep(0.002)
    th.join()
    start, end = window["start"], window["end"]
    span = end - start
    middle = [s for s in stamps if start + 0.25 * span < s < end - 0.25 * span]
    assert len(middle) >= 3, f"main thread ran {len(middle)} times during a {span:.2f} s batch call"
