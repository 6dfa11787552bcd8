"""The store's clock from Python (issue 26, item 3): the store calls it on the
calling thread before it takes its lock, never while holding it, so a clock
that takes a lock the caller holds in another thread cannot hang the store.
Before the fix thread B held the store's lock while its clock waited for M,
and thread A, holding M, waited for the store's lock: a deadlock, failed here
by the join timeouts instead of hanging."""

from __future__ import annotations

import threading

import pytest

import aftersales as af
from conftest import NOW, at, intake

TIMEOUT = 10  # seconds


@pytest.mark.parametrize("a_call", ["register_call", "register_calls", "now", "monthly_report", "call", "queue"])
def test_a_clock_taking_the_callers_lock_does_not_hang(db, pol, a_call):
    m = threading.Lock()  # the caller's lock M
    role = threading.local()
    b_in_clock = threading.Event()
    foreign = []  # clock calls on a thread that made no store call

    def clock():
        who = getattr(role, "name", None)
        if who == "B":
            b_in_clock.set()
            with m:  # held by A until A's own store call is done
                pass
        elif who is None:
            foreign.append(threading.current_thread().name)
        return NOW

    role.name = "main"
    s = af.Store.open(db, pol, clock=clock)
    first = s.register_call(**intake(at(2025, 11, 20, 8), serial="SN-0"))
    calls = {
        "register_call": lambda: s.register_call(**intake(at(2025, 11, 20, 10), serial="SN-A")),
        "register_calls": lambda: s.register_calls([intake(at(2025, 11, 20, 10), serial="SN-A1"),
                                                    intake(at(2025, 11, 20, 11), serial="SN-A2")]),
        "now": lambda: s.now(),
        "monthly_report": lambda: s.monthly_report("2025-11"),
        "call": lambda: s.call(first.id),
        "queue": lambda: s.queue(at(2025, 11, 20, 12)),
    }
    results = {}

    def run(name, f):
        role.name = name
        try:
            f()
            results[name] = None
        except BaseException as e:  # pragma: no cover - reported below
            results[name] = e

    def thread_b():
        run("B", lambda: s.register_call(**intake(at(2025, 11, 20, 9), serial="SN-B")))

    b = threading.Thread(target=thread_b, name="B", daemon=True)

    def thread_a():
        with m:
            b.start()  # B's clock then waits for M
            if not b_in_clock.wait(TIMEOUT):
                results["A"] = AssertionError("thread B's clock was never called")
                return
            run("A", calls[a_call])

    a = threading.Thread(target=thread_a, name="A", daemon=True)
    a.start()
    a.join(TIMEOUT)
    # Daemon threads: a hang fails the test instead of keeping the interpreter alive.
    assert not a.is_alive(), (f"thread A's Store.{a_call} still waits after {TIMEOUT} s: "
                              "the store called its clock while holding its lock")
    b.join(TIMEOUT)
    assert not b.is_alive(), f"thread B's Store.register_call still waits after {TIMEOUT} s"
    assert results == {"A": None, "B": None}
    assert foreign == []
    s.close()
