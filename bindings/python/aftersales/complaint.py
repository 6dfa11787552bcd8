"""Complaints (RULES.md §4, 客戶投訴管理辦法): complaint numbers, routing, the
stage workflow of the complaint form (客戶抱怨處理表) with its per-stage budgets
and the overall deadline (13 days domestic, 17 foreign), reminders (催辦單),
overdue inquiries (洽辦單), re-opening after a rejection and the monthly
statistics. Every number is a default of the policy document
(``ComplaintPolicy.to_json()``).

Kinds are ``"quality"``, ``"non_quality"``, ``"service"``, ``"suggestion"``;
severities ``"serious"``, ``"general"``; markets ``"domestic"``,
``"foreign"``. Months are ``"YYYY-MM"`` (a ``date`` is taken for its month).

Time: a naive ``datetime`` is local civil time of the policy calendar's zone,
an aware one an instant. A :class:`Complaint` gives its times in the style of
the time it was taken in with (``received`` of ``open``, ``at`` of
``reject``): naive local, or aware in that ``tzinfo``. Answers about a set of
complaints give theirs in the style of ``now`` (reminders) or of each
complaint (overdue inquiries). Durations are ``timedelta`` of elapsed time.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import decimal
import json
from collections.abc import Iterable, Mapping
from typing import Any, Dict, List, NamedTuple, Optional, Tuple, Union

from . import _convert as cv
from . import _core
from ._complaint_records import (  # the plain results, re-exported here
    ComplaintStage,
    ComplaintStatistics,
    OverdueInquiry,
    Reminder,
    Routing,
    StageRecord,
    _inquiries_out,
    _rebuild_reminder,  # pickles made before the split name it here
    _record,
    _reminders_out,
    _stage_out,
    _statistics_out,
)
from ._errors import InvalidArgumentError, NotFoundError
from .calendar import Calendar, _check_calendar

__all__ = [
    "ComplaintPolicy",
    "Complaint",
    "ComplaintNumber",
    "ComplaintStage",
    "ComplaintStatistics",
    "OverdueInquiry",
    "Reminder",
    "Routing",
    "StageRecord",
    "complaint_number",
    "parse_complaint_number",
    "COMPLAINT_KINDS",
    "SEVERITIES",
    "MARKETS",
]

# The library's tables (aftersales/enum_names.hpp), in the order of their values.
COMPLAINT_KINDS = _core.enum_names("complaint_kind")
SEVERITIES = _core.enum_names("severity")
MARKETS = _core.enum_names("market")


# ---------------------------------------------------------------- numbers


class ComplaintNumber(NamedTuple):
    """A parsed complaint number: ``(year, month, serial)``, the year in full
    (2026 for "2611-0007"); ``str()`` gives it in the four-digit form
    (``complaint_number(..., min_width=...)`` gives the seed's)."""

    year: int
    month: int
    serial: int

    def __str__(self) -> str:
        return complaint_number(self.year, self.month, self.serial)


def complaint_number(year: int, month: int, serial: int, min_width: Optional[int] = None) -> str:
    """"YYMM-NNNN": ``complaint_number(2026, 11, 7) == "2611-0007"``. The year
    is 2000..2099, the serial 1..9999 (it comes from the store's counter);
    InvalidArgumentError names "year", "month" or "serial".

    With ``min_width`` (1..9; a policy's :attr:`ComplaintPolicy.serial_width`,
    2 as seeds/002 (八) 年度(××)月份(××)流水編號(××)) the serial has at least
    that many digits and widens as it needs, up to 999999999:
    ``complaint_number(2026, 11, 7, min_width=2) == "2611-07"``, serial 100
    "2611-100"; InvalidArgumentError may then name "min_width"."""
    year, month, serial = cv.int_in(year, "year"), cv.int_in(month, "month"), cv.int_in(serial, "serial")
    if min_width is None:
        return _core.complaint_number(year, month, serial)
    return _core.complaint_number_width(year, month, serial, cv.int_in(min_width, "min_width"))


def parse_complaint_number(number: str, min_width: Optional[int] = None) -> ComplaintNumber:
    """"2611-0007" -> ``ComplaintNumber(2026, 11, 7)``. ParseError naming
    "number" for text of another shape, "month" for a month outside 1..12
    ("2613-0001"), "serial" for serial 0.

    Without ``min_width`` the text is "YYMM-NNNN" exactly; with it, "YYMM-"
    and ``min_width``..9 digits: at width 2 "2611-07", "2611-100" and
    "2611-0007" are read, "2611-7" is not."""
    number = cv.str_in(number, "number")
    if min_width is None:
        return ComplaintNumber(*_core.parse_complaint_number(number, "number"))
    return ComplaintNumber(*_core.parse_complaint_number_width(number, cv.int_in(min_width, "min_width"), "number"))


# ---------------------------------------------------------------- the complaint


class Complaint:
    """A complaint form: an immutable value, made only by a
    :class:`ComplaintPolicy` (``open``, ``advance``, ``reject``); moving it
    on gives a new value and leaves this one as it was. It holds the
    library's own value, so it goes back to the policy as it is.

    Facts: ``number``, ``received`` (sales took it in), ``accepted`` (the
    general manager's office accepted the form; the overall deadline counts
    from then), ``kind``, ``severity``, ``market``, ``dispute``. Routing:
    ``first_reviewer``, ``department`` (the handling department),
    ``supervisor_visit``, ``rule``. Workflow: ``stage`` ("closed" once
    closed), ``stage_index``, ``stage_department`` (who holds the form now;
    None once closed), ``stage_entered``, ``stage_deadline`` (None for a
    stage without a budget), ``deadline`` (overall), ``history`` (the stages
    left so far), ``closed``, ``closed_at``, ``closed_on_time``. Re-opening:
    ``rejections``, ``original_number`` (the form this one re-opens),
    ``root_number`` (the first form of the chain).
    """

    __slots__ = ("_core", "_cal", "_style")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("a Complaint is made by a ComplaintPolicy: open(), advance() or reject()")

    @classmethod
    def _wrap(cls, core: Any, cal: Any, style: cv.Style) -> "Complaint":
        obj = object.__new__(cls)
        object.__setattr__(obj, "_core", core)
        object.__setattr__(obj, "_cal", cal)  # the core calendar its times are shown in
        object.__setattr__(obj, "_style", style)
        return obj

    def _time(self, utc: int) -> _dt.datetime:
        return cv.instant_out(self._cal, utc, self._style)

    def _optional_time(self, utc: Optional[int]) -> Optional[_dt.datetime]:
        return None if utc is None else self._time(utc)

    # ------------------------------------------------------------ facts

    @property
    def number(self) -> str:
        return self._core.number

    @property
    def received(self) -> _dt.datetime:
        """When sales took the complaint in."""
        return self._time(self._core.received)

    @property
    def accepted(self) -> _dt.datetime:
        """When the general manager's office accepted the form."""
        return self._time(self._core.accepted)

    @property
    def kind(self) -> str:
        return self._core.kind

    @property
    def severity(self) -> str:
        return self._core.severity

    @property
    def market(self) -> str:
        return self._core.market

    @property
    def dispute(self) -> Optional[str]:
        """The dispute type ("contract", "transport", ...) that routed it, or None."""
        return self._core.dispute

    # ------------------------------------------------------------ routing

    @property
    def routing(self) -> Routing:
        return Routing(*self._core.routing)

    @property
    def first_reviewer(self) -> str:
        """The vice president for serious cases, the service department for general ones."""
        return self._core.routing[0]

    @property
    def department(self) -> str:
        """The handling (responsible) department."""
        return self._core.routing[1]

    @property
    def supervisor_visit(self) -> bool:
        """Whether the service supervisor (or a person he sends) visits the customer."""
        return self._core.routing[2]

    @property
    def rule(self) -> str:
        """The routing rules that applied, with their places in the policy."""
        return self._core.routing[3]

    # ------------------------------------------------------------ workflow

    @property
    def stage(self) -> str:
        """The current stage's name; "closed" once closed."""
        return self._core.stage

    @property
    def stage_index(self) -> int:
        """The current stage's place in the policy (the stage count once closed)."""
        return self._core.stage_index

    @property
    def stage_department(self) -> Optional[str]:
        """The department holding the form now (reminders go there); None once closed."""
        return self._core.stage_department or None

    @property
    def stage_entered(self) -> _dt.datetime:
        return self._time(self._core.stage_entered)

    @property
    def stage_deadline(self) -> Optional[_dt.datetime]:
        """The current stage's deadline; None for a stage without a budget and once closed."""
        return self._optional_time(self._core.stage_deadline)

    @property
    def deadline(self) -> _dt.datetime:
        """The overall deadline (13 days domestic / 17 foreign by default)."""
        return self._time(self._core.deadline)

    @property
    def history(self) -> Tuple[StageRecord, ...]:
        """The stages left so far, in order."""
        return tuple(_record(self._cal, r, self._style) for r in self._core.history)

    @property
    def closed(self) -> bool:
        return self._core.is_closed

    @property
    def is_closed(self) -> bool:
        """Same as :attr:`closed`."""
        return self._core.is_closed

    @property
    def closed_at(self) -> Optional[_dt.datetime]:
        return self._optional_time(self._core.closed_at)

    @property
    def closed_on_time(self) -> bool:
        """Closed by the overall deadline (exactly at it counts as on time)."""
        return self._core.closed_on_time

    # ------------------------------------------------------------ re-opening

    @property
    def rejections(self) -> int:
        """How many times the customer rejected a decision along this chain."""
        return self._core.rejections

    @property
    def original_number(self) -> Optional[str]:
        """The number of the form this one re-opens, or None."""
        return self._core.original_number

    @property
    def root_number(self) -> Optional[str]:
        """The number of the first form of the chain, or None for a first form."""
        return self._core.root_number

    @property
    def chain(self) -> Tuple[str, ...]:
        """The numbers of the forms before this one in the chain, the root first."""
        return tuple(self._core.chain)

    @property
    def called_for(self) -> Tuple[str, ...]:
        """The optional stages the case called for so far (R&D 依異常狀況,
        seeds/002 (九)4), in order."""
        return tuple(self._core.called_for)

    @property
    def skipped(self) -> Tuple[str, ...]:
        """The optional stages passed over because nobody called for them."""
        return tuple(self._core.skipped)

    @property
    def stages(self) -> Tuple[ComplaintStage, ...]:
        """The stage list the complaint was opened under (it keeps it: a
        policy that changes its stages later never re-reads a complaint)."""
        return tuple(_stage_out(t) for t in self._core.stages)

    # ------------------------------------------------------------ findings

    @property
    def invalid(self) -> bool:
        """Found invalid (:meth:`ComplaintPolicy.close_invalid`): no remedy is
        owed and the receivable is collected on its normal terms."""
        return self._core.invalid

    @property
    def invalid_reason(self) -> Optional[str]:
        """Why it was found invalid, or None."""
        return self._core.invalid_reason if self._core.invalid else None

    @property
    def responsibility(self) -> Dict[str, decimal.Decimal]:
        """The confirmed responsibility ratios in percent, in the order given
        (``{"manufacturing": Decimal("60"), "rnd": Decimal("40")}``); empty
        until confirmed."""
        return {party: decimal.Decimal(ratio).scaleb(-2) for party, ratio in self._core.responsibility}

    # ------------------------------------------------------------ python protocol

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}: a Complaint is immutable")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}: a Complaint is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Complaint):
            return NotImplemented
        return bool(self._core == other._core)

    def __hash__(self) -> int:
        c = self._core
        return hash((c.number, c.stage_index, c.stage_entered, c.closed_at, c.rejections))

    def __copy__(self) -> "Complaint":
        return self

    def __deepcopy__(self, memo: Any) -> "Complaint":
        return self

    def __reduce__(self):
        raise TypeError(
            "a Complaint cannot be pickled: rebuild it by replaying its facts "
            "(ComplaintPolicy.open, then advance at each recorded time)"
        )

    def __repr__(self) -> str:
        c = self._core
        where = "closed" if c.is_closed else f"stage={c.stage!r} ({c.stage_department})"
        return (
            f"<aftersales.Complaint {c.number} {c.kind}/{c.severity} {c.market} {where} "
            f"deadline={self.deadline.isoformat()}>"
        )


def _check_complaint(c: Any, name: str) -> Any:
    if not isinstance(c, Complaint):
        raise TypeError(f"{name} must be an aftersales.Complaint, not {cv.type_name(c)}")
    return c._core


def _complaints_in(complaints: Any, name: str = "complaints") -> List[Complaint]:
    if isinstance(complaints, (str, bytes, Complaint)) or not isinstance(complaints, Iterable):
        raise TypeError(f"{name} must be a sequence of aftersales.Complaint, not {cv.type_name(complaints)}")
    out = list(complaints)
    for i, c in enumerate(out):
        _check_complaint(c, f"{name}[{i}]")
    return out


def _month_in(month: Any, name: str = "month") -> str:
    """"YYYY-MM" (checked by the library, naming ``name``), or a date's month."""
    if isinstance(month, _dt.date):
        return f"{month.year:04d}-{month.month:02d}"
    return _core.parse_year_month(cv.str_in(month, name), name)


def _optional_str_in(s: Any, name: str) -> Optional[str]:
    return None if s is None else cv.str_in(s, name)


def _names_in(names: Any, name: str) -> List[str]:
    """An iterable of str (not one str) -> list, each checked as ``name[i]``."""
    if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
        raise TypeError(f"{name} must be an iterable of str, not {cv.type_name(names)}")
    return [cv.str_in(x, f"{name}[{i}]") for i, x in enumerate(names)]


# ---------------------------------------------------------------- the policy


class ComplaintPolicy:
    """A company's complaint rules on its working calendar: the form's stages
    and their budgets (working days of the calendar; ½ day is half the
    standard working day), the overall deadline (calendar days from the
    general manager's office accepting the form, the acceptance day not
    counted; the last day ends at close of business, or at 24:00 on a day
    without working hours), routing, and the statistics day.

    ``ComplaintPolicy(calendar)`` and :meth:`default` give the seeds' rules;
    :meth:`from_json` reads a policy document. Without a calendar, the
    mainland China preset (:meth:`Calendar.china`). A deadline is met by an
    event exactly at it. Immutable and thread-safe.
    """

    __slots__ = ("_core", "_calendar")

    def __init__(self, calendar: Optional[Calendar] = None) -> None:
        calendar = _calendar_in(calendar)
        self._core = _core.ComplaintPolicy.default_policy(calendar._core)
        self._calendar = calendar

    @classmethod
    def default(cls, calendar: Optional[Calendar] = None) -> "ComplaintPolicy":
        """The seeds' rules (客戶投訴管理辦法, 客戶抱怨處理表) on ``calendar``."""
        return cls(calendar)

    @classmethod
    def from_json(cls, text: str, calendar: Optional[Calendar] = None) -> "ComplaintPolicy":
        """A policy document with a "complaints" section, or the bare section;
        members left out keep the defaults. Without ``calendar``: the
        document's "calendar" member if it has one, else the China preset.
        Errors name the path in the document ("complaints.stages[4].days")."""
        cv.str_in(text, "text")
        if calendar is None and _has_calendar(text):
            calendar = Calendar.from_json(text)
        calendar = _calendar_in(calendar)
        obj = cls.__new__(cls)
        obj._core = _core.ComplaintPolicy.from_json(text, calendar._core)
        obj._calendar = calendar
        return obj

    def to_json(self) -> str:
        """The rules as a document ``{"complaints": {...}}`` (without the calendar)."""
        return self._core.to_json()

    # ------------------------------------------------------------ the rules

    @property
    def calendar(self) -> Calendar:
        return self._calendar

    @property
    def stages(self) -> Tuple[ComplaintStage, ...]:
        """The form's stages in order (seeds/002 (九)1-6): a complaint
        passes the first (sales' intake, ``before_clock``) from receipt to
        acceptance and stands at the second from then; an ``optional`` stage
        (R&D) only when called for."""
        return tuple(_stage_out(t) for t in self._core.rules["stages"])

    @property
    def working_day(self) -> _dt.timedelta:
        """The standard working day: a stage budget of 1 day is this much working time."""
        return cv.duration_out(self._core.rules["working_day"])

    @property
    def overall_days(self) -> Dict[str, int]:
        """The overall deadline in days per market (13 domestic, 17 foreign)."""
        return dict(zip(MARKETS, self._core.rules["overall_days"]))

    @property
    def statistics_day(self) -> int:
        """Last month's statistics are due by this day of the month."""
        return self._core.rules["statistics_day"]

    @property
    def serial_width(self) -> int:
        """The minimum digits of a complaint number's serial (the document's
        "serial_width"; 2 by default, as seeds/002 (八) YYMM-××)."""
        return self._core.rules["serial_width"]

    def complaint_number(self, year: int, month: int, serial: int) -> str:
        """The complaint number at this policy's :attr:`serial_width`:
        "2611-07", widening past it ("2611-100")."""
        return complaint_number(year, month, serial, min_width=self.serial_width)

    def parse_complaint_number(self, number: str) -> ComplaintNumber:
        """A complaint number with a serial of :attr:`serial_width` digits or more."""
        return parse_complaint_number(number, min_width=self.serial_width)

    # ------------------------------------------------------------ routing and deadlines

    def route(self, kind: str, severity: str, dispute: Optional[str] = None) -> Routing:
        """The first reviewer by severity; the handling department by dispute
        type ("contract", "transport", "quality") when given, else by kind;
        the supervisor's visit. NotFoundError for an unknown dispute type."""
        return Routing(*self._core.route(cv.str_in(kind, "kind"), cv.str_in(severity, "severity"),
                                         _optional_str_in(dispute, "dispute")))

    def stage_deadline(self, stage: Union[int, str], market: str, entered: _dt.datetime) -> Optional[_dt.datetime]:
        """The deadline of ``stage`` (its index or name) entered at
        ``entered``; None for a stage without a budget."""
        utc, style = cv.instant_in(self._calendar._core, entered, "entered")
        due = self._core.stage_deadline(self._stage_index(stage), cv.str_in(market, "market"), utc)
        return None if due is None else cv.instant_out(self._calendar._core, due, style)

    def overall_deadline(self, market: str, accepted: _dt.datetime) -> _dt.datetime:
        """The overall deadline of a complaint accepted at ``accepted``."""
        utc, style = cv.instant_in(self._calendar._core, accepted, "accepted")
        return cv.instant_out(self._calendar._core, self._core.overall_deadline(cv.str_in(market, "market"), utc), style)

    def report_due(self, investigated: _dt.datetime) -> _dt.datetime:
        """When the quality investigation report is due (3 working days after
        the investigation by default)."""
        utc, style = cv.instant_in(self._calendar._core, investigated, "investigated")
        return cv.instant_out(self._calendar._core, self._core.report_due(utc), style)

    def consolidation_due(self, negotiation_received: _dt.datetime) -> _dt.datetime:
        """When the office's consolidated opinion is due (1 working day after
        the negotiation result arrives by default)."""
        utc, style = cv.instant_in(self._calendar._core, negotiation_received, "negotiation_received")
        return cv.instant_out(self._calendar._core, self._core.consolidation_due(utc), style)

    def statistics_due(self, month: Any) -> _dt.date:
        """The day ``month``'s statistics are due (the 10th of the next month by default)."""
        return cv.date_out(self._core.statistics_due(_month_in(month)))

    def _stage_index(self, stage: Any) -> int:
        if isinstance(stage, str):
            names = [s[0] for s in self._core.rules["stages"]]
            if stage not in names:
                raise NotFoundError(f"unknown stage '{stage}' (stages: {', '.join(names)})", field="stage")
            return names.index(stage)
        i = cv.int_in(stage, "stage")
        if i < 0:
            raise InvalidArgumentError(f"{i} is negative", field="stage")
        return i

    # ------------------------------------------------------------ the workflow

    def open(
        self,
        number: str,
        received: _dt.datetime,
        kind: str,
        severity: str,
        market: str = "domestic",
        accepted: Optional[_dt.datetime] = None,
        *,
        dispute: Optional[str] = None,
    ) -> Complaint:
        """A complaint at its first stage (the general manager's office, ½
        day), sales having filled in the form. ``accepted`` (default
        ``received``) starts the overall deadline and may not be before
        ``received``; ``dispute`` ("contract", "transport", "quality")
        decides the handling department before the kind does. The
        complaint's times come back in the style of ``received``."""
        cal = self._calendar._core
        received_s, style = cv.instant_in(cal, received, "received")
        core = self._core.open(
            cv.str_in(number, "number"),
            received_s,
            cv.str_in(kind, "kind"),
            cv.str_in(severity, "severity"),
            cv.str_in(market, "market"),
            cv.optional_instant_in(cal, accepted, "accepted"),
            _optional_str_in(dispute, "dispute"),
        )
        return Complaint._wrap(core, cal, style)

    def advance(self, complaint: Complaint, at: _dt.datetime, call_for: Iterable[str] = ()) -> Complaint:
        """The complaint at its next stage, the stage it leaves at ``at``
        recorded in its history; leaving the last stage (approval) closes it.
        ``call_for``: the optional stages the stage being left calls for
        (R&D "rnd", called for by quality_investigation or manufacturing
        依異常狀況, seeds/002 (九)4); an optional stage nobody called for is
        passed over (:attr:`Complaint.skipped`). The complaint moves on its
        own stage list. ``complaint`` is unchanged. StateError when it is
        closed; InvalidArgumentError naming "at" before the stage was
        entered, "call_for[i]" for a stage the one being left cannot call."""
        core = _check_complaint(complaint, "complaint")
        cal = self._calendar._core
        at_s, _ = cv.instant_in(cal, at, "at")
        names = _names_in(call_for, "call_for")
        return Complaint._wrap(self._core.advance(core, at_s, names), cal, complaint._style)

    def standing(self, complaint: Complaint, now: _dt.datetime) -> str:
        """Where ``complaint`` stands at ``now``, one of
        :data:`COMPLAINT_STANDINGS`: "on_time", "stage_overdue" (its stage's
        deadline passed), "overdue" (the overall deadline passed),
        "closed_on_time", "closed_late". The one judge of a complaint's
        deadlines: the reminders and the register take their verdicts
        from it."""
        core = _check_complaint(complaint, "complaint")
        now_s, _ = cv.instant_in(self._calendar._core, now, "now")
        return self._core.standing(core, now_s)

    def reject(
        self, complaint: Complaint, new_number: str, at: _dt.datetime, accepted: Optional[_dt.datetime] = None
    ) -> Complaint:
        """The customer rejects the decision on a closed complaint: a new
        form ``new_number`` taken in at ``at`` (accepted at ``accepted``,
        default ``at``), with the same kind, severity, market and dispute,
        linked to ``complaint``, one rejection more. StateError when the
        complaint is still open; InvalidArgumentError naming "new_number" for
        a number of the chain."""
        core = _check_complaint(complaint, "complaint")
        cal = self._calendar._core
        at_s, style = cv.instant_in(cal, at, "at")
        made = self._core.reject(core, cv.str_in(new_number, "new_number"), at_s,
                                 cv.optional_instant_in(cal, accepted, "accepted"))
        return Complaint._wrap(made, cal, style)

    def close_invalid(self, complaint: Complaint, at: _dt.datetime, reason: str) -> Complaint:
        """The complaint found invalid at ``at``, at whatever stage it is:
        closed there with ``reason``; no remedy is owed and the receivable is
        collected on its normal terms. ``complaint`` is unchanged. StateError
        when it is closed; InvalidArgumentError naming "reason" when empty or
        "at" before the stage was entered."""
        core = _check_complaint(complaint, "complaint")
        cal = self._calendar._core
        at_s, _ = cv.instant_in(cal, at, "at")
        made = self._core.close_invalid(core, at_s, cv.str_in(reason, "reason"))
        return Complaint._wrap(made, cal, complaint._style)

    def confirm_responsibility(self, complaint: Complaint, ratios: Mapping[str, Any]) -> Complaint:
        """The complaint with its responsibility confirmed: ratios in percent
        that sum to 100 (``{"manufacturing": 60, "rnd": 40}``), checked as
        :func:`aftersales.split` checks them; confirming again replaces them.
        StateError when the complaint was found invalid."""
        core = _check_complaint(complaint, "complaint")
        weights = cv.ratios_in(ratios)
        return Complaint._wrap(self._core.confirm_responsibility(core, weights), self._calendar._core,
                               complaint._style)

    # ------------------------------------------------------------ reminders, inquiries, statistics

    def reminders(self, complaints: Iterable[Complaint], now: _dt.datetime) -> List[Reminder]:
        """The reminders (催辦單) due at ``now``: one per open complaint past its
        stage deadline or its overall deadline, in input order, each
        ``(number, stage, department, overdue_by)`` with details. Asking again
        gives the same answer. InvalidArgumentError naming
        "complaints[i].number" for a complaint given twice."""
        cs = _complaints_in(complaints)
        cal = self._calendar._core
        now_s, style = cv.instant_in(cal, now, "now")
        return _reminders_out(self._core.reminders([c._core for c in cs], now_s), cal, style)

    def late_closed(self, complaints: Iterable[Complaint], month: Any) -> List[OverdueInquiry]:
        """The overdue inquiries (洽辦單) for ``month`` ("YYYY-MM"): the
        complaints closed that month (local date of the calendar's zone)
        that were late overall or at a stage, in input order."""
        cs = _complaints_in(complaints)
        styles = {c._core.number: c._style for c in cs}
        rows = self._core.late_closed([c._core for c in cs], _month_in(month))
        return _inquiries_out(rows, self._calendar._core, styles.__getitem__)

    def monthly_statistics(self, complaints: Iterable[Complaint], month: Any) -> ComplaintStatistics:
        """Statistics of the complaints closed in ``month`` ("YYYY-MM"): by
        kind, severity, market and handling department, with the on-time
        ratio (by the overall deadline), the invalid ones and the
        responsibility confirmed or still to confirm. Due by the 10th of the
        next month."""
        cs = _complaints_in(complaints)
        return _statistics_out(self._core.monthly_statistics([c._core for c in cs], _month_in(month)))

    # ------------------------------------------------------------ python protocol

    def __repr__(self) -> str:
        stages = " > ".join(s[0] for s in self._core.rules["stages"])
        return f"<aftersales.ComplaintPolicy {stages} on {self._calendar!r}>"

    def __reduce__(self):  # pickles as its JSON document and its calendar
        return (ComplaintPolicy.from_json, (self.to_json(), self._calendar))


def _calendar_in(calendar: Any) -> Calendar:
    if calendar is None:
        return Calendar.china()
    _check_calendar(calendar)
    return calendar


def _has_calendar(text: str) -> bool:
    try:
        doc = json.loads(text)
    except ValueError:
        return False  # the library reports the document's error
    return isinstance(doc, dict) and "calendar" in doc

