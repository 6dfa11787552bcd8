"""Dispatch service levels: zones and targets, deadlines, SLA state, the queue."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Dict, List, NamedTuple, Optional, Sequence as _Seq, Tuple

import numpy as np

from . import _core
from . import _convert as cv
from .calendar import Calendar, _check_calendar

__all__ = ["DispatchPolicy", "QueuedCall", "SlaStatus", "deadline_many"]


@dataclass(frozen=True)
class SlaStatus:
    """The SLA clock of one call at a moment ``now``.

    ``state`` is "running", "paused", "met" (arrived by the deadline) or
    "breached". Durations are working time. ``next_change`` is the next
    instant at which ``state`` or ``at_risk`` changes if nothing else happens
    (None once met/breached or during an open pause). Datetimes are in the
    style of the call time (naive local or aware).
    """

    state: str
    deadline: _dt.datetime
    target: _dt.timedelta
    elapsed: _dt.timedelta
    remaining: _dt.timedelta
    late_by: _dt.timedelta
    at_risk: bool
    next_change: Optional[_dt.datetime]
    rule: str


class QueuedCall(NamedTuple):
    """A call for :meth:`DispatchPolicy.dispatch_order`: its id, call time and
    zone, when it was dispatched (None: not yet; True: by ``now``) and the
    pauses of its SLA clock as (start, end) pairs (end None: still open)."""

    id: str
    call_time: _dt.datetime
    zone: str
    dispatched: Any = None
    pauses: _Seq[Tuple[_dt.datetime, Optional[_dt.datetime]]] = ()


class DispatchPolicy:
    """Service zones and their arrival targets in working time, on a calendar.

    ``targets`` maps a zone name to a ``timedelta`` (or working time as text:
    "PT6H", "1h30min"); None gives the defaults (urban 6 h, suburban 7 h). ``at_risk``
    is the warning band (default 1 h). Immutable and thread-safe.
    """

    __slots__ = ("_core", "_calendar")

    def __init__(
        self,
        calendar: Calendar,
        targets: Optional[Mapping[str, Any]] = None,
        at_risk: Any = None,
    ) -> None:
        _check_calendar(calendar)
        core_targets: Optional[Dict[str, int]] = None
        if targets is not None:
            if not isinstance(targets, Mapping):
                raise TypeError(f"targets must be a dict {{zone: timedelta}}, not {cv.type_name(targets)}")
            core_targets = {}
            for zone, value in targets.items():
                cv.str_in(zone, "targets key")
                core_targets[zone] = cv.duration_or_text_in(_core, value, f"targets.{zone}")
        core_at_risk = None if at_risk is None else cv.duration_or_text_in(_core, at_risk, "at_risk")
        self._core = _core.DispatchPolicy(calendar._core, core_targets, core_at_risk)
        self._calendar = calendar

    @classmethod
    def from_json(cls, text: str) -> "DispatchPolicy":
        """A policy document ``{"calendar": {...}, "dispatch": {"targets":
        {"urban": "6h"}, "at_risk": "1h"}}``; a section or member left out
        keeps the defaults. Targets and at_risk are working time ("PT6H",
        "1h30min"); a bare number, a bare "m" or "P6M" raises ParseError."""
        core = _core.DispatchPolicy.from_json(cv.str_in(text, "text"))
        obj = cls.__new__(cls)
        obj._core = core
        obj._calendar = Calendar._wrap(core.calendar)
        return obj

    def to_json(self) -> str:
        return self._core.to_json()

    @property
    def calendar(self) -> Calendar:
        return self._calendar

    @property
    def targets(self) -> Dict[str, _dt.timedelta]:
        return {zone: cv.duration_out(s) for zone, s in self._core.targets.items()}

    @property
    def at_risk(self) -> _dt.timedelta:
        return cv.duration_out(self._core.at_risk)

    @property
    def remote(self) -> Dict[str, _dt.timedelta]:
        """dispatch.remote: the ``first_response`` and ``resolution`` targets
        of calls solved by phone or remotely (working time from the call)."""
        first, resolution = self._core.remote
        return {"first_response": cv.duration_out(first), "resolution": cv.duration_out(resolution)}

    def target(self, zone: str) -> _dt.timedelta:
        """The zone's target; NotFoundError for an unknown zone."""
        return cv.duration_out(self._core.target(cv.str_in(zone, "zone")))

    # ------------------------------------------------------------ one call

    def _pauses(self, pauses: Any, field: str = "pauses") -> List[Tuple[int, Optional[int]]]:
        if pauses is None:
            return []
        if isinstance(pauses, (str, bytes)) or not isinstance(pauses, Iterable):
            raise TypeError(f"{field} must be a list of (start, end) pairs, not {cv.type_name(pauses)}")
        cal = self._calendar._core
        out = []
        for i, pair in enumerate(pauses):
            if isinstance(pair, (str, bytes)) or not isinstance(pair, Sequence) or len(pair) != 2:
                raise TypeError(f"{field}[{i}] must be a (start, end) pair (end may be None), got {pair!r}")
            out.append((cv.instant_in(cal, pair[0], f"{field}[{i}].start")[0],
                        cv.optional_instant_in(cal, pair[1], f"{field}[{i}].end")))
        return out

    def deadline(self, call_time: _dt.datetime, zone: str, pauses: Any = None) -> _dt.datetime:
        """When the technician must arrive: the zone's target of working time
        after the call, moved by the working time of the (closed) pauses."""
        cal = self._calendar._core
        received, style = cv.instant_in(cal, call_time, "call_time")
        due = self._core.deadline(received, cv.str_in(zone, "zone"), self._pauses(pauses))
        return cv.instant_out(cal, due, style)

    def status(
        self,
        call_time: _dt.datetime,
        zone: str,
        now: _dt.datetime,
        pauses: Any = None,
        arrival: Optional[_dt.datetime] = None,
    ) -> SlaStatus:
        """The SLA state of a call at ``now``. A pause's end may be None
        (still paused); ``arrival`` is when the technician arrived, if yet."""
        cal = self._calendar._core
        received, style = cv.instant_in(cal, call_time, "call_time")
        now_s, _ = cv.instant_in(cal, now, "now")
        s = self._core.status(received, cv.str_in(zone, "zone"), now_s, self._pauses(pauses),
                              cv.optional_instant_in(cal, arrival, "arrival"))
        nc = s["next_change"]
        return SlaStatus(
            state=s["state"],
            deadline=cv.instant_out(cal, s["deadline"], style),
            target=cv.duration_out(s["target"]),
            elapsed=cv.duration_out(s["elapsed"]),
            remaining=cv.duration_out(s["remaining"]),
            late_by=cv.duration_out(s["late_by"]),
            at_risk=s["at_risk"],
            next_change=None if nc is None else cv.instant_out(cal, nc, style),
            rule=s["rule"],
        )

    # ------------------------------------------------------------ the queue

    def dispatch_order(self, calls: Iterable[Sequence[Any]], now: _dt.datetime) -> List[str]:
        """The ids of the calls waiting at ``now``, in dispatch order: calls
        carried over from an earlier business day first, then by the judge's
        deadline at ``now`` (a paused call's: its deadline if the clock
        resumed at ``now``), then by call time, then by id.

        Each call is a :class:`QueuedCall` or a tuple ``(id, call_time, zone,
        dispatched, pauses)``; ``dispatched`` is False/None (not yet), True
        (already dispatched) or the datetime it was dispatched at;
        ``pauses`` are (start, end) pairs as for :meth:`status` (end None:
        still open). The last two items may be left out.
        """
        cal = self._calendar._core
        now_s, _ = cv.instant_in(cal, now, "now")
        if isinstance(calls, (str, bytes)) or not isinstance(calls, Iterable):
            raise TypeError(f"calls must be a list of (id, call_time, zone, dispatched, pauses), not {cv.type_name(calls)}")
        core_calls = []
        for i, call in enumerate(calls):
            if isinstance(call, (str, bytes)) or not isinstance(call, Sequence) or len(call) not in (3, 4, 5):
                raise TypeError(f"calls[{i}] must be (id, call_time, zone, dispatched, pauses), got {call!r}")
            id_ = cv.str_in(call[0], f"calls[{i}].id")
            received, _ = cv.instant_in(cal, call[1], f"calls[{i}].call_time")
            zone = cv.str_in(call[2], f"calls[{i}].zone")
            dispatched = call[3] if len(call) >= 4 else None
            if dispatched is None or isinstance(dispatched, (bool, np.bool_)):
                at = now_s if dispatched else None  # True: dispatched by now
            else:
                at, _ = cv.instant_in(cal, dispatched, f"calls[{i}].dispatched")
            pauses = self._pauses(call[4] if len(call) == 5 else None, f"calls[{i}].pauses")
            core_calls.append((id_, received, zone, at, pauses))
        return self._core.dispatch_order(core_calls, now_s)

    # ------------------------------------------------------------ batch

    def deadline_many(self, call_time: Any, zones: Any, *, errors: str = "raise") -> np.ndarray:
        """Vectorised :meth:`deadline`: ``call_time`` a datetime64 array of
        local civil times (any unit), ``zones`` an array of zone names or one
        name. Returns datetime64[s] local civil times; NaT in gives NaT out;
        ``errors="coerce"`` turns failures (unknown zones too) into NaT. Runs
        in C++ without the GIL."""
        coerce = cv.errors_in(errors)
        received = cv.datetime_array_in(call_time, "call_time")
        names, index = _zone_codes(zones)
        r, z = cv.broadcast_int64(received, index)
        return cv.datetime_array_out(self._core.deadline_many(r, names, z, coerce=coerce))

    def __repr__(self) -> str:
        targets = ", ".join(f"{z}={s}s" for z, s in self._core.targets.items())
        return f"<aftersales.DispatchPolicy {targets} at_risk={self._core.at_risk}s on {self._calendar!r}>"

    def __reduce__(self):
        return (DispatchPolicy.from_json, (self.to_json(),))


def _zone_codes(zones: Any) -> Tuple[List[str], np.ndarray]:
    if isinstance(zones, str):
        return [zones], np.zeros((), dtype=np.int64)
    z = np.asarray(zones)
    if z.size == 0:
        return [], np.zeros(z.shape, dtype=np.int64)
    if z.dtype.kind == "O":
        for i, v in enumerate(z.ravel()):
            if not isinstance(v, str):
                raise TypeError(f"zones[{i}] must be a str, not {cv.type_name(v)}")
        z = z.astype(str)
    if z.dtype.kind != "U":
        raise TypeError(f"zones must be a str or an array of str, not {z.dtype}")
    names, inverse = np.unique(z, return_inverse=True)
    return [str(n) for n in names], inverse.reshape(z.shape).astype(np.int64)


def deadline_many(policy: DispatchPolicy, call_time: Any, zones: Any, *, errors: str = "raise") -> np.ndarray:
    """Same as ``policy.deadline_many(call_time, zones)``."""
    if not isinstance(policy, DispatchPolicy):
        raise TypeError(f"policy must be an aftersales.DispatchPolicy, not {cv.type_name(policy)}")
    return policy.deadline_many(call_time, zones, errors=errors)
