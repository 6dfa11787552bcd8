"""The complaint workflow's plain results (RULES.md §4): routing, the policy's
stages, a complaint's stage records, overdue inquiries (洽辦單), monthly
statistics and reminders (催辦單), and the conversions of the core's tuples
into them that ComplaintPolicy and Store share. complaint.py re-exports them."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import decimal
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple

from . import _convert as cv
from . import _core
from ._store_approval import Improvement, _improvement_out

# The markets in the order of the core's (domestic, foreign) pairs.
_MARKETS = _core.enum_names("market")


class _Fields:
    """Lets a result dataclass also read as a mapping: ``result["total"]``,
    ``dict(result)``."""

    __slots__ = ()

    def keys(self) -> Tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self))  # type: ignore[arg-type]

    def __getitem__(self, key: str) -> Any:
        if key not in self.keys():
            raise KeyError(key)
        return getattr(self, key)


@dataclass(frozen=True)
class Routing:
    """Who handles a complaint: the first reviewer (by severity), the
    handling department (by dispute type, else by kind), whether the service
    supervisor visits the customer, and the rule that says so."""

    first_reviewer: str
    department: str
    supervisor_visit: bool
    rule: str


@dataclass(frozen=True)
class ComplaintStage:
    """A stage of the policy's complaint form. ``days`` is the stage's budget
    per market (``{"domestic": 0.5, "foreign": 0.5}``, in steps of half a
    day), None for a stage with no budget of its own (approval).

    Issue 29 (seeds/002 (九)1-6): ``before_clock``: sales' intake with the
    sample, before the office accepts the form and the clocks start (only the
    first stage); ``optional``: entered only when a stage named in
    ``decided_by`` called for it when it was left (R&D 依異常狀況 (九)4),
    passed over otherwise; ``entries``: the fields (of
    :data:`COMPLAINT_FIELDS`) the stage's department writes."""

    name: str
    department: str
    days: Optional[Dict[str, float]]
    before_clock: bool = False
    optional: bool = False
    decided_by: Tuple[str, ...] = ()
    entries: Tuple[str, ...] = ()


@dataclass(frozen=True)
class StageRecord:
    """A stage a complaint passed through: entered and left, its deadline
    (None without a budget) and how late it was left (``left - deadline``,
    or 0)."""

    index: int
    stage: str
    department: str
    entered: _dt.datetime
    deadline: Optional[_dt.datetime]
    left: _dt.datetime
    late_by: _dt.timedelta


@dataclass(frozen=True)
class OverdueInquiry(_Fields):
    """An overdue inquiry (洽辦單) about a closed complaint that was late:
    closed ``late_by`` after its overall ``deadline`` (0 when it closed on
    time), and the stages left after their own deadline."""

    number: str
    closed_at: _dt.datetime
    deadline: _dt.datetime
    late_by: _dt.timedelta
    late_stages: Tuple[StageRecord, ...]


@dataclass(frozen=True)
class ComplaintStatistics(_Fields):
    """Statistics of the complaints closed in ``month`` (客戶投訴案件統計表):
    counts by kind, severity and market (every name, zeros included) and by
    handling department (those with cases); ``on_time`` of ``total`` closed
    by their overall deadline, ``on_time_ratio`` = on_time / total (None
    when there are no cases); ``due``: the day the statistics are due (the
    policy's day of the next month); ``invalid``: of the total, found
    invalid; ``unconfirmed``: valid cases whose responsibility is still to be
    confirmed by ``due``; ``responsibility``: each party's confirmed ratios
    summed over the valid cases, in cases (Decimal; 60 % of one case and all
    of another = ``Decimal("1.6")``). Also reads as a mapping.

    Issue 29 (filled by the store's statistics and the monthly report; empty
    from :meth:`ComplaintPolicy.monthly_statistics`): ``unvisited`` and
    ``unnotified``: the numbers of the complaints whose customer was not
    visited though the routing asks for a visit (家電 (二十八)) or not told
    the result ((二十六)); ``admin_penalties``: the administrative penalties
    on them as ``(person, month, case_number, kind, count, amount)`` tuples
    (amount Decimal, 0 for a major demerit: the month's whole bonus);
    ``open_improvements`` and ``overdue_improvements``: the improvements
    (:class:`Improvement`) open, and of those overdue, as of the end of
    ``due`` (or the store's now, the report's ``as_of``, when earlier),
    by due day ((七)3(5), (九)10)."""

    month: str
    total: int
    on_time: int
    on_time_ratio: Optional[float]
    by_kind: Dict[str, int]
    by_severity: Dict[str, int]
    by_market: Dict[str, int]
    by_department: Dict[str, int]
    due: _dt.date
    invalid: int
    unconfirmed: int
    responsibility: Dict[str, decimal.Decimal]
    unvisited: List[str] = dataclasses.field(default_factory=list)
    unnotified: List[str] = dataclasses.field(default_factory=list)
    admin_penalties: List[Tuple[str, str, str, str, int, decimal.Decimal]] = dataclasses.field(default_factory=list)
    open_improvements: List[Improvement] = dataclasses.field(default_factory=list)
    overdue_improvements: List[Improvement] = dataclasses.field(default_factory=list)


class Reminder(tuple):
    """A reminder (催辦單) to the department holding an overdue open
    complaint. Reads as the tuple ``(number, stage, department, overdue_by)``
    (``overdue_by``: the elapsed time past the deadline passed longest ago);
    the details are attributes: ``stage_index``, ``which`` ("stage" or
    "overall"), ``deadline``, ``stage_overdue_by``, ``overall_overdue_by``
    (0 when that deadline has not passed) and ``rule``."""

    number: str
    stage: str
    department: str
    overdue_by: _dt.timedelta
    stage_index: int
    which: str
    deadline: _dt.datetime
    stage_overdue_by: _dt.timedelta
    overall_overdue_by: _dt.timedelta
    rule: str

    _DETAILS = ("stage_index", "which", "deadline", "stage_overdue_by", "overall_overdue_by", "rule")

    def __new__(cls, number: str, stage: str, department: str, overdue_by: _dt.timedelta, **details: Any) -> "Reminder":
        if set(details) != set(cls._DETAILS):
            raise TypeError(f"Reminder needs the details {', '.join(cls._DETAILS)}")
        self = super().__new__(cls, (number, stage, department, overdue_by))
        self.__dict__.update(details)
        return self

    # The tuple's items by name.
    number = property(lambda self: self[0])  # type: ignore[assignment]
    stage = property(lambda self: self[1])  # type: ignore[assignment]
    department = property(lambda self: self[2])  # type: ignore[assignment]
    overdue_by = property(lambda self: self[3])  # type: ignore[assignment]

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def _asdict(self) -> Dict[str, Any]:
        out = {"number": self[0], "stage": self[1], "department": self[2], "overdue_by": self[3]}
        out.update((k, self.__dict__[k]) for k in self._DETAILS)
        return out

    def __repr__(self) -> str:
        return "Reminder(" + ", ".join(f"{k}={v!r}" for k, v in self._asdict().items()) + ")"

    def __reduce__(self):
        return (_rebuild_reminder, (tuple(self), {k: self.__dict__[k] for k in self._DETAILS}))


def _rebuild_reminder(items: tuple, details: Dict[str, Any]) -> Reminder:
    return Reminder(*items, **details)


# ---------------------------------------------------------------- the core's answers as values


def _record(cal: Any, t: tuple, style: cv.Style) -> StageRecord:
    index, stage, department, entered, deadline, left, late_by = t
    return StageRecord(
        index=index,
        stage=stage,
        department=department,
        entered=cv.instant_out(cal, entered, style),
        deadline=None if deadline is None else cv.instant_out(cal, deadline, style),
        left=cv.instant_out(cal, left, style),
        late_by=cv.duration_out(late_by),
    )


def _reminders_out(rows: Iterable[tuple], cal: Any, style: cv.Style) -> List[Reminder]:
    """The core's reminder tuples (ComplaintPolicy.reminders, Store.complaint_reminders)
    as :class:`Reminder` values, times in `style`."""
    out = []
    for (number, index, stage, department, which, deadline, overdue, stage_overdue, overall_overdue,
         rule) in rows:
        out.append(Reminder(
            number, stage, department, cv.duration_out(overdue),
            stage_index=index,
            which=which,
            deadline=cv.instant_out(cal, deadline, style),
            stage_overdue_by=cv.duration_out(stage_overdue),
            overall_overdue_by=cv.duration_out(overall_overdue),
            rule=rule,
        ))
    return out


def _inquiries_out(rows: Iterable[tuple], cal: Any, style_of: Callable[[str], cv.Style]) -> List[OverdueInquiry]:
    """The core's inquiry tuples (ComplaintPolicy.late_closed, Store.late_complaints)
    as :class:`OverdueInquiry` values, each in the style ``style_of(number)``."""
    out = []
    for number, closed_at, deadline, late_by, stages in rows:
        style = style_of(number)
        out.append(OverdueInquiry(
            number=number,
            closed_at=cv.instant_out(cal, closed_at, style),
            deadline=cv.instant_out(cal, deadline, style),
            late_by=cv.duration_out(late_by),
            late_stages=tuple(_record(cal, r, style) for r in stages),
        ))
    return out


def _stage_out(t: tuple) -> ComplaintStage:
    """The core's stage tuple (a policy's stages, a complaint's own list)."""
    name, department, halves, before_clock, optional, decided_by, entries = t
    return ComplaintStage(name, department, None if halves is None else {m: n / 2 for m, n in zip(_MARKETS, halves)},
                          before_clock, optional, tuple(decided_by), tuple(entries))


def _statistics_out(st: Mapping[str, Any], cal: Any = None, style: cv.Style = None) -> ComplaintStatistics:
    """The core's statistics dict (ComplaintPolicy.monthly_statistics,
    Store.complaint_statistics, the monthly report's) as
    :class:`ComplaintStatistics`; the improvements' times on `cal` in `style`
    (a policy's statistics have none)."""
    return ComplaintStatistics(
        month=st["month"],
        total=st["total"],
        on_time=st["on_time"],
        on_time_ratio=st["on_time_ratio"],
        by_kind=dict(st["by_kind"]),
        by_severity=dict(st["by_severity"]),
        by_market=dict(st["by_market"]),
        by_department=dict(st["by_department"]),
        due=cv.date_out(st["due"]),
        invalid=st["invalid"],
        unconfirmed=st["unconfirmed"],
        responsibility={party: decimal.Decimal(n).scaleb(-4) for party, n in st["responsibility"].items()},
        unvisited=list(st["unvisited"]),
        unnotified=list(st["unnotified"]),
        admin_penalties=[(p, m, c, k, n, cv.money_out(a)) for (p, m, c, k, n, a) in st["admin_penalties"]],
        open_improvements=[_improvement_out(cal, t, style) for t in st["open_improvements"]],
        overdue_improvements=[_improvement_out(cal, t, style) for t in st["overdue_improvements"]],
    )
