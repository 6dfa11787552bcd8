"""The store's DataFrame column helpers and its lazy queries (CallQuery, ComplaintQuery, PenaltyQuery, DispatchQuery, SurveyQuery) with their to_pandas."""

from __future__ import annotations

import datetime as _dt
import math
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Tuple

import numpy as np

from . import _convert as cv
from . import _core
from ._errors import InvalidArgumentError
from ._store_records import CALL_STATES, PENALTY_EVENT_KINDS, SERVICE_CATEGORIES, ServiceCall, _pandas
from .complaint import COMPLAINT_KINDS, MARKETS, SEVERITIES, Complaint, _names_in

if TYPE_CHECKING:
    from .store import Store


def _text(pd: Any, values: List[str]) -> Any:
    """A text column: pandas' string dtype where it is the default (pandas 3), else object."""
    return pd.Series(values, dtype=str)


def _optional_str(s: Any, name: str) -> Optional[str]:
    return None if s is None else cv.str_in(s, name)


def _amount_in(value: Any, name: str) -> int:
    """Decimal yuan, not negative -> fen (refused in yuan, the caller's unit)."""
    fen = cv.money_in(value, name)
    if fen < 0:
        raise InvalidArgumentError(f"{cv.money_out(fen)} yuan is negative", field=name)
    return fen


def _day_frame(pd: Any, rows: List[tuple]) -> Any:
    return pd.DataFrame({
        "technician": _text(pd, [r[0] for r in rows]),
        "category": _fixed_category(pd, [r[1] for r in rows], SERVICE_CATEGORIES),
        "jobs": np.array([r[2] for r in rows], dtype=np.int64),
        "worked": np.array([r[3] for r in rows], dtype=np.int64).view("timedelta64[s]"),
    })


def _tz_in(tz: Any) -> cv.Style:
    if tz is not None and not isinstance(tz, _dt.tzinfo):
        raise TypeError(f"tz must be a datetime.tzinfo or None, not {cv.type_name(tz)}")
    return tz


def _times(pd: Any, utc: np.ndarray, cal: Any, style: cv.Style) -> Any:
    """Unix seconds (NAT kept) -> naive local datetime64[s], or aware in `style`."""
    if style is None:
        local = np.array([s if s == _core.NAT else cal.to_local(int(s)) for s in utc], dtype=np.int64)
        return pd.Series(local.view("datetime64[s]"))
    return pd.Series(utc.view("datetime64[s]")).dt.tz_localize("UTC").dt.tz_convert(style)


def _nan_if_none(x: Optional[float]) -> float:
    return math.nan if x is None else x


def _sla_frame(pd: Any, rows: List[tuple], key: str) -> Any:
    cols = list(zip(*rows)) if rows else [[]] * 9
    return pd.DataFrame({
        key: _text(pd, list(cols[0])),
        "calls": np.array(cols[1], dtype=np.int64),
        "met": np.array(cols[2], dtype=np.int64),
        "breached": np.array(cols[3], dtype=np.int64),
        "open": np.array(cols[4], dtype=np.int64),
        # The core's met / (met + breached); NaN when none is decided.
        "compliance": np.array([_nan_if_none(c) for c in cols[5]], dtype=np.float64),
        # Calls handled by phone or remotely (issue 28), apart from the visits.
        "remote": np.array(cols[6], dtype=np.int64),
        "remote_met": np.array(cols[7], dtype=np.int64),
        "remote_breached": np.array(cols[8], dtype=np.int64),
    })


def _instants(pd: Any, a: np.ndarray, style: cv.Style) -> Any:
    """int64 seconds (NAT kept) -> datetime64[s] as they are (local civil
    seconds when `style` is None), else aware in `style` (from Unix seconds)."""
    if style is None:
        return a.view("datetime64[s]")
    return pd.Series(a.view("datetime64[s]")).dt.tz_localize("UTC").dt.tz_convert(style).array


def _fixed_category(pd: Any, values: List[str], fixed: Tuple[str, ...]) -> Any:
    """A category column with the categories `fixed` first, in that order."""
    extra = sorted(set(values) - set(fixed))
    return pd.Categorical(values, categories=list(fixed) + extra)


def _coded(pd: Any, coded: Tuple[np.ndarray, List[str]], fixed: Tuple[str, ...] = ()) -> Any:
    """A category column from the core's (codes, categories) (-1: missing),
    with the categories `fixed` first when given."""
    codes, categories = coded
    cat = pd.Categorical.from_codes(codes, categories=categories)
    if fixed:
        cat = cat.set_categories(list(fixed) + [x for x in categories if x not in fixed])
    return cat


# "No value" in frames, one convention (README "No value"), from the core's
# validity masks: NaT in an instant column, <NA> in a nullable Int64 or
# boolean column, NaN (pandas' missing category) in a category column, None
# (pandas' missing) in a text or Decimal column.


def _nullable_int(pd: Any, pair: Tuple[np.ndarray, np.ndarray]) -> Any:
    """The core's (int64 values, valid) -> nullable Int64."""
    values, valid = pair
    return pd.arrays.IntegerArray(values, ~valid)


def _tristate(pd: Any, pair: Tuple[np.ndarray, np.ndarray]) -> Any:
    """The core's (bool values, valid) -> nullable boolean."""
    values, valid = pair
    return pd.arrays.BooleanArray(values, ~valid)


# A core column -> a pandas column, each as (pd, the core's column, style);
# a query's to_pandas is a list of (name, converter) pairs (_Query._frame).
def _as_text(pd: Any, v: Any, style: cv.Style) -> Any:
    return _text(pd, v)


def _as_instants(pd: Any, v: Any, style: cv.Style) -> Any:
    return _instants(pd, v, style)


def _as_tristate(pd: Any, v: Any, style: cv.Style) -> Any:
    return _tristate(pd, v)


def _as_nullable_int(pd: Any, v: Any, style: cv.Style) -> Any:
    return _nullable_int(pd, v)


def _as_seconds(pd: Any, v: Any, style: cv.Style) -> Any:
    return v.view("timedelta64[s]")


def _as_coded(fixed: Tuple[str, ...] = ()) -> Any:
    return lambda pd, v, style: _coded(pd, v, fixed)


def _as_fixed_category(fixed: Tuple[str, ...]) -> Any:
    return lambda pd, v, style: _fixed_category(pd, v, fixed)


def _as_dtype(dtype: Any) -> Any:
    return lambda pd, v, style: v.astype(dtype)


class _Query:
    """What the store's queries share: the store and the arguments of the
    ``_core.Store`` method that gives their columns. Each use runs the query
    on the store as it is then."""

    __slots__ = ("_store", "_args")
    _method = ""  # the _core.Store method giving the columns
    _key = ""  # a list column with one element per row
    _timed = True  # the method takes `local`: instants as local civil seconds, else Unix seconds

    def __init__(self, store: Store, *args: Any) -> None:
        self._store = store
        self._args = args

    def _columns(self, local: bool = True) -> Dict[str, Any]:
        method = getattr(self._store._core, self._method)
        return method(*self._args, local) if self._timed else method(*self._args)

    def __len__(self) -> int:
        return len(self._columns()[self._key])

    def _frame(self, tz: Optional[_dt.tzinfo], columns: List[Tuple[str, Any]]) -> Any:
        """The query's DataFrame, its columns in order as (name, converter)
        pairs; instants naive local, or aware in `tz` when given."""
        pd = _pandas()
        style = _tz_in(tz)
        c = self._columns(style is None)
        return pd.DataFrame({name: convert(pd, c[name], style) for name, convert in columns})

    def __repr__(self) -> str:
        return f"<aftersales.{type(self).__name__} of {self._store!r}>"


class CallQuery(_Query):
    """The calls received in a period, as :meth:`Store.calls` gives them.
    Each use runs the query on the store as it is then: ``to_pandas()``,
    ``len()``, ``ids()``, and iteration over :class:`ServiceCall` (one
    lookup per call: for small sets; use ``to_pandas()`` for analysis)."""

    __slots__ = ()
    _method = "calls"
    _key = "id"

    def ids(self) -> List[str]:
        """The call ids, in the order received (then id)."""
        return self._columns()["id"]

    def __iter__(self) -> Iterator[ServiceCall]:
        for id_ in self.ids():
            yield self._store.call(id_)

    def to_pandas(self, tz: Optional[_dt.tzinfo] = None) -> Any:
        """One row per call, in the order received: ``id``, ``voucher``,
        ``received``, ``customer``, ``zone``, ``centre``, ``product``,
        ``serial``, ``category``, ``state``, ``technician``, ``deadline``,
        ``dispatched``, ``arrived``, ``completed``, ``sla_met``,
        ``signed_off``, ``provisional_year``.

        Instants are ``datetime64[s]`` naive local times of the calendar's
        zone (aware in ``tz`` when given), NaT where the step has not
        happened; ``zone``, ``centre``, ``product``, ``technician`` (NaN
        before dispatch), ``category`` (categories :data:`SERVICE_CATEGORIES`)
        and ``state`` (:data:`CALL_STATES`) are pandas ``category`` columns;
        ``sla_met`` and ``signed_off`` (the customer signed the voucher or
        the receipt) are pandas nullable ``boolean``, <NA> before arrival and
        completion; ``provisional_year`` (nullable ``Int64``) is the
        provisional year the deadline and its verdict were counted over
        (statutory holidays only, make-up days not yet published), <NA> when
        they lean on published dates only."""
        return self._frame(tz, [
            ("id", _as_text),
            ("voucher", _as_text),
            ("received", _as_instants),
            ("customer", _as_text),
            ("zone", _as_coded()),
            ("centre", _as_coded()),
            ("product", _as_coded()),
            ("serial", _as_text),
            ("category", _as_coded(SERVICE_CATEGORIES)),
            ("state", _as_coded(CALL_STATES)),
            ("technician", _as_coded()),
            ("deadline", _as_instants),
            ("dispatched", _as_instants),
            ("arrived", _as_instants),
            ("completed", _as_instants),
            ("sla_met", _as_tristate),
            ("signed_off", _as_tristate),
            ("provisional_year", _as_nullable_int),
        ])


class ComplaintQuery(_Query):
    """The complaints received in a period, as :meth:`Store.complaints`
    gives them. Each use runs the query on the store as it is then:
    ``to_pandas()``, ``len()``, ``numbers()``, and iteration over
    :class:`Complaint` (one lookup each)."""

    __slots__ = ()
    _method = "complaints"
    _key = "number"

    def numbers(self) -> List[str]:
        """The complaint numbers, in the order received (then number)."""
        return self._columns()["number"]

    def __iter__(self) -> Iterator[Complaint]:
        for number in self.numbers():
            yield self._store.complaint(number)

    def to_pandas(self, tz: Optional[_dt.tzinfo] = None) -> Any:
        """One row per complaint, in the order received, each rebuilt from
        its steps with the policy: ``number``, ``original_number`` (the form
        it re-opens; <NA> for a first form), ``kind``, ``severity``,
        ``market`` (pandas ``category`` with the categories
        :data:`COMPLAINT_KINDS`, :data:`SEVERITIES`, :data:`MARKETS`),
        ``department`` (the handling department, ``category``), ``stage``
        (``category``: the policy's stages in order, then "closed"),
        ``received``, ``accepted``, ``deadline`` (the overall one),
        ``closed_at`` (NaT while open) as ``datetime64[s]`` naive local
        times (aware in ``tz`` when given), ``on_time`` (nullable
        ``boolean``: closed by the deadline; <NA> while open), ``invalid``
        (bool), ``rejections`` (int64, along the chain), ``call_id`` (the
        service call it is about; <NA> for none)."""
        stages = tuple(s.name for s in self._store.policy.complaints.stages) + ("closed",)
        return self._frame(tz, [
            ("number", _as_text),
            ("original_number", _as_text),
            ("kind", _as_fixed_category(COMPLAINT_KINDS)),
            ("severity", _as_fixed_category(SEVERITIES)),
            ("market", _as_fixed_category(MARKETS)),
            ("department", _as_coded()),
            ("stage", _as_coded(stages)),
            ("received", _as_instants),
            ("accepted", _as_instants),
            ("deadline", _as_instants),
            ("closed_at", _as_instants),
            ("on_time", _as_tristate),
            ("invalid", _as_dtype(bool)),
            ("rejections", _as_dtype(np.int64)),
            ("call_id", _as_text),
            ("survey_id", _as_text),  # issue 28: the survey it was opened from, None otherwise
        ])


class PenaltyQuery(_Query):
    """The penalty ledger's operations, as :meth:`Store.penalties` gives
    them: ``to_pandas()``, ``len()``. Each use runs the query on the store
    as it is then."""

    __slots__ = ()
    _method = "penalty_events"
    _key = "person"
    _timed = False

    def to_pandas(self) -> Any:
        """One row per operation, in the order recorded: ``person``,
        ``kind`` (``category``: "charge", "settle"), ``month`` ("YYYY-MM":
        charged from, or settled), ``amount`` (a charge's amount or a
        settlement's bonus), ``case`` (the charge's complaint; <NA> for a
        settlement), ``deducted`` and ``carried`` (a settlement's; None for
        a charge). Money columns are ``object`` columns of ``Decimal`` yuan."""
        pd = _pandas()
        c = self._columns()

        def money(a: np.ndarray) -> Any:
            return pd.Series([cv.money_out(int(v)) for v in a], dtype=object)

        def optional_money(pair: Tuple[np.ndarray, np.ndarray]) -> Any:
            values, valid = pair
            return pd.Series([cv.money_out(int(v)) if ok else None for v, ok in zip(values, valid)], dtype=object)

        return pd.DataFrame({
            "person": _text(pd, c["person"]),
            "kind": _fixed_category(pd, c["kind"], PENALTY_EVENT_KINDS),
            "month": _text(pd, c["month"]),
            "amount": money(c["amount"]),
            "case": _text(pd, c["case"]),
            "deducted": optional_money(c["deducted"]),
            "carried": optional_money(c["carried"]),
        })

    def __repr__(self) -> str:
        person = self._args[0]
        who = "everyone" if person is None else repr(person)
        return f"<aftersales.PenaltyQuery of {who} in {self._store!r}>"


class DispatchQuery(_Query):
    """The dispatched calls of a period, as :meth:`Store.dispatches` gives
    them: ``to_pandas()``, ``len()``. Each use runs the query on the store
    as it is then."""

    __slots__ = ()
    _method = "dispatches"
    _key = "call_id"

    def to_pandas(self, tz: Optional[_dt.tzinfo] = None) -> Any:
        """One row per dispatched call, in the order received (the rows of
        ``calls().to_pandas()`` with a technician): ``call_id``,
        ``voucher``, ``technician``, ``zone``, ``centre``, ``category``
        (:data:`SERVICE_CATEGORIES`), ``state`` (:data:`CALL_STATES`) as
        pandas ``category`` columns; ``received``, ``deadline`` (moved by
        the pauses), ``dispatched``, ``arrived``, ``completed`` as
        ``datetime64[s]`` naive local times (aware in ``tz`` when given),
        NaT where the step has not happened; ``pauses`` (int64: pauses of
        the SLA clock, an open one included), ``paused`` (timedelta64: the
        working time of the ended pauses, by which the clock stood still);
        ``sla_met`` and ``signed_off`` nullable ``boolean`` (<NA> before
        arrival, before completion); ``provisional_year`` (nullable
        ``Int64``) as in ``calls().to_pandas()``: the provisional year the
        deadline and its verdict were counted over, <NA> when none."""
        return self._frame(tz, [
            ("call_id", _as_text),
            ("voucher", _as_text),
            ("technician", _as_coded()),
            ("zone", _as_coded()),
            ("centre", _as_coded()),
            ("category", _as_coded(SERVICE_CATEGORIES)),
            ("state", _as_coded(CALL_STATES)),
            ("received", _as_instants),
            ("deadline", _as_instants),
            ("dispatched", _as_instants),
            ("arrived", _as_instants),
            ("completed", _as_instants),
            ("pauses", _as_dtype(np.int64)),
            ("paused", _as_seconds),
            ("sla_met", _as_tristate),
            ("signed_off", _as_tristate),
            ("provisional_year", _as_nullable_int),
        ])


class SurveyQuery(_Query):
    """The surveys of the calls of a period, as :meth:`Store.surveys` gives
    them: ``to_pandas()``, ``len()``. Each use runs the query on the store
    as it is then."""

    __slots__ = ()
    _method = "surveys"
    _key = "call_id"

    def to_pandas(self, tz: Optional[_dt.tzinfo] = None) -> Any:
        """One row per survey, in the order its call was received:
        ``call_id``, ``voucher``, ``technician`` (``category``: the call's
        technician, whom the survey rates), ``respondent``, ``month``
        ("YYYY-MM": the call's local month, as the monthly report groups
        satisfaction), ``attitude``, ``skill``, ``arrival``, ``promise``
        (int8, 1 dissatisfied .. 4 very satisfied), ``recorded``
        (``datetime64[s]`` naive local time, aware in ``tz`` when given);
        issue 28: ``technician`` is missing (NaN) for a call not dispatched
        when surveyed, then ``comment`` (the customer's words, "" when
        none), ``survey_id``, ``complaint`` (the number of the complaint
        opened from it, None) and ``centre``."""
        return self._frame(tz, [
            ("call_id", _as_text),
            ("voucher", _as_text),
            ("technician", _as_coded()),
            ("respondent", _as_text),
            ("month", _as_text),
            ("attitude", _as_dtype(np.int8)),
            ("skill", _as_dtype(np.int8)),
            ("arrival", _as_dtype(np.int8)),
            ("promise", _as_dtype(np.int8)),
            ("recorded", _as_instants),
            ("comment", _as_text),
            ("survey_id", _as_text),
            ("complaint", _as_text),
            ("centre", _as_coded()),
        ])
