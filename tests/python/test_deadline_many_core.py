"""DispatchPolicy.deadline_many now calls the core's DispatchPolicy::deadline_many
(as as_dispatch_deadline_many does): the answers are deadline()'s, and the
face keeps its own rules and names: NaT in gives NaT out; an unknown zone
fails before any time is counted, NaT elements included, naming the first
element given it (zones[i]); a time the calendar cannot count names
received[i]; errors="coerce" turns both into NaT. China preset, local times."""

from __future__ import annotations

import numpy as np
import pytest

import aftersales as af

NAT = np.datetime64("NaT")


def test_answers_are_deadline(policy):
    t = np.datetime64("2025-09-20T00:00", "s") + np.arange(300) * np.timedelta64(5437, "s")
    zones = np.where(np.arange(300) % 3 == 0, "suburban", "urban")
    got = policy.deadline_many(t, zones)
    for i in range(0, 300, 7):
        want = policy.deadline(t[i].astype(object), str(zones[i]))
        assert got[i] == np.datetime64(want, "s"), i
    # Worked by hand: Friday 09-26 16:00 urban: 16-18, Sunday 09-28 (a make-up day) 09-12, 13-14.
    assert policy.deadline_many(np.array(["2025-09-26T16:00"], "M8[s]"), "urban")[0] == np.datetime64("2025-09-28T14:00")


def test_unknown_zone_fails_first_even_on_nat(policy):
    t = np.array([NAT, "2025-10-09T10:00"], dtype="datetime64[s]")
    with pytest.raises(af.NotFoundError) as e:
        policy.deadline_many(t, ["rural", "urban"])
    assert e.value.field == "zones[0]" and "'rural'" in str(e.value)
    # Before a time the calendar cannot count on an earlier element.
    t = np.array(["2027-03-01T09:00", "2025-10-09T10:00"], dtype="datetime64[s]")
    with pytest.raises(af.NotFoundError) as e:
        policy.deadline_many(t, ["urban", "rural"])
    assert e.value.field == "zones[1]"


def test_time_errors_name_the_element(policy):
    t = np.array(["2025-10-09T10:00", "2027-03-01T09:00", NAT], dtype="datetime64[s]")
    with pytest.raises(af.OutOfRangeError) as e:
        policy.deadline_many(t, "urban")
    assert e.value.field == "received[1]"
    got = policy.deadline_many(t, ["urban", "urban", "rural"], errors="coerce")
    assert got[0] == np.datetime64("2025-10-09T17:00") and np.isnat(got[1]) and np.isnat(got[2])
