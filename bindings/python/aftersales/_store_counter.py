"""The Store's carry-in controls and surveys of every call (issue 28; a mixin
of Store): seeds/002 (十二) the supervisor's inspection (驗訖) before the goods
go back and the receipt voided at the return, (十四) the repairs past their
promised date, (二十三) a survey card for every call of the day and the share
surveyed, (二十四) a complaint opened from a dissatisfied survey."""

from __future__ import annotations

import datetime as _dt
import json
from fractions import Fraction
from typing import Any, Dict, List, NamedTuple, Optional

from . import _convert as cv
from ._store_queries import _optional_str, _tz_in
from .complaint import Complaint
from .penalty import _month_in


class CarryIn(NamedTuple):
    """A carried-in repair: its ``receipt``, when the goods were ``taken``
    in and the ``promised`` return date; the supervisor's inspection
    (``inspected_by``, ``inspected``); the return (``returned``,
    ``signed_off``) and the receipt ``voided`` then (None: not yet)."""

    call_id: str
    voucher: str
    receipt: str
    centre: str
    customer: str
    phone: str
    product: str
    serial: str
    technician: Optional[str]
    taken: _dt.datetime
    promised: _dt.date
    inspected_by: Optional[str]
    inspected: Optional[_dt.datetime]
    returned: Optional[_dt.datetime]
    signed_off: Optional[bool]
    voided: Optional[_dt.datetime]


class OverdueRepair(NamedTuple):
    """A repair past its promised date and not returned: ``days_late`` =
    as_of - promised."""

    repair: CarryIn
    days_late: int


class Survey(NamedTuple):
    """A call's survey: the four answers 1..4, the customer's ``comment``
    ("" when none) and the ``complaint`` opened from it (its number, or None)."""

    id: str
    call_id: str
    voucher: str
    centre: str
    technician: Optional[str]
    respondent: str
    attitude: int
    skill: int
    arrival: int
    promise: int
    comment: str
    recorded: _dt.datetime
    complaint: Optional[str]


class SurveyCoverageRow(NamedTuple):
    """One centre's or technician's calls and how many are surveyed."""

    key: str
    calls: int
    surveyed: int

    @property
    def share(self) -> Optional[Fraction]:
        """surveyed / calls, exact; None without calls."""
        return Fraction(self.surveyed, self.calls) if self.calls else None


class SurveyCoverage(NamedTuple):
    """The share of a day's ("YYYY-MM-DD") or a month's ("YYYY-MM") calls
    surveyed by ``as_of``, per centre and per technician (dispatched by
    as_of, or who solved the call by phone or remotely; other calls not
    dispatched then count per centre only)."""

    period: str
    as_of: _dt.datetime
    calls: int
    surveyed: int
    by_centre: List[SurveyCoverageRow]
    by_technician: List[SurveyCoverageRow]

    @property
    def share(self) -> Optional[Fraction]:
        """surveyed / calls, exact; None without calls."""
        return Fraction(self.surveyed, self.calls) if self.calls else None


class UnsurveyedCall(NamedTuple):
    """A call of the day without its survey: whom to send the card to."""

    call_id: str
    voucher: str
    centre: str
    customer: str
    phone: str
    address: str
    technician: Optional[str]
    state: str
    received: _dt.datetime


def _time(cal: Any, s: Optional[int], style: cv.Style) -> Optional[_dt.datetime]:
    return None if s is None else cv.instant_out(cal, s, style)


def _carry_in(cal: Any, d: Dict[str, Any], style: cv.Style) -> CarryIn:
    return CarryIn(
        d["call_id"], d["voucher"], d["receipt"], d["centre"], d["customer"], d["phone"], d["product"], d["serial"],
        d["technician"], cv.instant_out(cal, d["taken"], style), _dt.date.fromisoformat(d["promised"]),
        d["inspected_by"], _time(cal, d["inspected"], style), _time(cal, d["returned"], style), d["signed_off"],
        _time(cal, d["voided"], style),
    )


def _coverage(cal: Any, text: str, style: cv.Style) -> SurveyCoverage:
    d = json.loads(text)

    def rows(items: List[Dict[str, Any]]) -> List[SurveyCoverageRow]:
        return [SurveyCoverageRow(r["key"], r["calls"], r["surveyed"]) for r in items]

    return SurveyCoverage(d["period"], cv.instant_out(cal, d["as_of"], style), d["calls"], d["surveyed"],
                          rows(d["by_centre"]), rows(d["by_technician"]))


class _CounterOps:
    """Store methods for the carry-in controls and the surveys of every call."""

    __slots__ = ()

    # ------------------------------------------------------------ carry-ins (十二)(十四)

    def appoint_supervisor(self, centre: str, person: str) -> None:
        """Appoints technician ``person`` service supervisor (服務主任) of
        ``centre`` (both added when new; again: nothing changes)."""
        self._core.appoint_supervisor(cv.str_in(centre, "centre"), cv.str_in(person, "person"))

    def supervisors(self, centre: str) -> List[str]:
        """The supervisors of ``centre``, ascending."""
        return list(self._core.supervisors(cv.str_in(centre, "centre")))

    def inspect_repair(self, call_id: str, supervisor: str, at: _dt.datetime) -> None:
        """The supervisor's inspection (驗訖, seeds/002 (十二)) of carried-in
        goods before they go back: ``supervisor`` is one of the call's centre
        and not the call's technician (InvalidArgumentError naming
        "supervisor"); StateError naming "call" when the call is not carried
        in or was inspected already. With the policy's
        ``inspection_before_return`` (default True) :meth:`return_goods`
        without it raises StateError naming "inspected"."""
        self._core.inspect_repair(cv.str_in(call_id, "call_id"), cv.str_in(supervisor, "supervisor"), self._at(at))

    def carry_in_record(self, call_id: str, *, tz: Optional[_dt.tzinfo] = None) -> CarryIn:
        """The call's carry-in; NotFoundError naming "call_id" when it was
        not carried in. Times naive local, or aware in ``tz``."""
        d = json.loads(self._core.carry_in_record(cv.str_in(call_id, "call_id")))
        return _carry_in(self._cal, d, _tz_in(tz))

    def call_for_receipt(self, receipt: str) -> str:
        """The call whose goods ``receipt`` holds: NotFoundError naming
        "receipt" for an unknown one, StateError naming "receipt" for one
        voided at the return (a voided receipt is never used again)."""
        return self._core.call_for_receipt(cv.str_in(receipt, "receipt"))

    def overdue_repairs(self, as_of: _dt.date, centre: Optional[str] = None, *,
                        tz: Optional[_dt.tzinfo] = None) -> List[OverdueRepair]:
        """The supervisor's list (seeds/002 (十四)): the repairs past their
        promised date and not returned as of the end of local day ``as_of``
        (optionally of one ``centre``), most overdue first, then receipt."""
        text = self._core.overdue_repairs(cv.date_in(as_of, "as_of"), _optional_str(centre, "centre"))
        style = _tz_in(tz)
        return [OverdueRepair(_carry_in(self._cal, d, style), d["days_late"]) for d in json.loads(text)]

    # ------------------------------------------------------------ surveys (二十三)(二十四)

    def survey(self, call_id: str, *, tz: Optional[_dt.tzinfo] = None) -> Survey:
        """The call's survey; NotFoundError naming "survey" when it has none."""
        d = json.loads(self._core.survey(cv.str_in(call_id, "call_id")))
        return Survey(d["id"], d["call_id"], d["voucher"], d["centre"], d["technician"], d["respondent"],
                      d["attitude"], d["skill"], d["arrival"], d["promise"], d["comment"],
                      cv.instant_out(self._cal, d["recorded"], _tz_in(tz)), d["complaint"])

    def survey_coverage(self, period: Any, as_of: Optional[_dt.datetime] = None) -> SurveyCoverage:
        """The share of the calls surveyed (seeds/002 (二十三): the cards
        number the day's calls, no sampling): ``period`` a ``datetime.date``
        (that local day) or a month ("2025-10"); surveys recorded by
        ``as_of`` (default: the store's now) count. Exact counts, and
        ``share`` as a Fraction. Times in the style of ``as_of``."""
        style: cv.Style = None
        as_of_s = None
        if as_of is not None:
            as_of_s, style = cv.instant_in(self._cal, as_of, "as_of")
        if isinstance(period, _dt.date) and not isinstance(period, _dt.datetime):
            text = self._core.survey_coverage_day(cv.date_in(period, "period"), as_of_s)
        else:
            text = self._core.survey_coverage_month(_month_in(period, "period"), as_of_s)
        return _coverage(self._cal, text, style)

    def unsurveyed_calls(self, day: _dt.date, centre: Optional[str] = None, *,
                         tz: Optional[_dt.tzinfo] = None) -> List[UnsurveyedCall]:
        """The calls received on ``day`` (optionally of one ``centre``)
        without a survey now, by centre, received time, id."""
        text = self._core.unsurveyed_calls(cv.date_in(day, "day"), _optional_str(centre, "centre"))
        style = _tz_in(tz)
        return [UnsurveyedCall(d["call_id"], d["voucher"], d["centre"], d["customer"], d["phone"], d["address"],
                               d["technician"], d["state"], cv.instant_out(self._cal, d["received"], style))
                for d in json.loads(text)]

    def open_survey_complaint(self, call_id: str, at: _dt.datetime) -> Complaint:
        """Opens a complaint (the store's numbering and stages; kind the
        policy's ``survey_complaint_kind``, general, domestic, about the
        call) from the call's dissatisfied survey (an answer at or below the
        policy's ``survey_complaint_level``, default 1), received at ``at``;
        linked both ways (the survey's ``complaint``, the complaint query's
        ``survey_id``). StateError naming "survey" when the call has no
        survey, it is not dissatisfied, or it opened one already."""
        at_s, style = cv.instant_in(self._cal, at, "at")
        return Complaint._wrap(self._core.open_survey_complaint(cv.str_in(call_id, "call_id"), at_s), self._cal, style)
