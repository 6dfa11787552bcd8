"""The service records in SQLite (store.hpp): the call register (叫修登記簿)
with its service vouchers, dispatches and their pauses, on-site completion,
carry-in repairs with their receipt, goods log, labour and parts lines,
surveys, the dispatch queue, complaints (numbered from the store's counter,
each step recorded and the value rebuilt from its steps with the policy;
reminders, overdue inquiries, statistics), returns and allowances, the
penalty ledger (kept as its operations), maintenance contracts and extended
warranties with their expiry notices, station budgets and costs, the
technician's and supervisor's day reports, the calls, dispatches, surveys,
complaints and ledger operations as DataFrames and the monthly management
report as DataFrames.

Every operation is one transaction: it checks its input and the record's
state and either commits whole or changes nothing (errors name the field:
``"zone"``, ``"calls[3].zone"``, ``"at"``). A time may not lie in the future
of the store's clock.

Time: a naive ``datetime`` is local civil time of the policy calendar's zone
and results come back naive; an aware one is an instant and results that
answer it come back in its ``tzinfo``. DataFrames hold naive local
``datetime64`` columns (or aware ones with ``tz=``), NaT where a step has not
happened. Money is ``decimal.Decimal`` yuan.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Dict, Iterator, List, NamedTuple, Optional, Tuple, Union

import numpy as np

from . import _convert as cv
from . import _core
from ._errors import Error, InvalidArgumentError, NotFoundError, _from_core
from .complaint import (
    COMPLAINT_KINDS,
    MARKETS,
    SEVERITIES,
    Complaint,
    ComplaintStatistics,
    OverdueInquiry,
    Reminder,
    _inquiries_out,
    _reminders_out,
    _statistics_out,
)
from .penalty import PenaltyLedger, Settlement, _fraction_in, _month_in
from .policy import Policy

__all__ = [
    "Store", "ServiceCall", "ImportResult", "Recomputed", "RejectedRecord", "OPEN_MODES", "RECORD_FIELDS", "CallQuery", "ComplaintQuery", "PenaltyQuery", "DispatchQuery", "SurveyQuery",
    "CALL_STATES", "SERVICE_CATEGORIES", "INTAKE_FIELDS", "PENALTY_EVENT_KINDS",
]

# The states of a call, in the order a visit goes through them (a carried-in
# call goes on_site -> carried_in -> returned instead of -> completed).
CALL_STATES = ("registered", "dispatched", "on_site", "completed", "carried_in", "returned")
SERVICE_CATEGORIES = ("paid", "contract", "free", "internal")
# The operations of the penalty ledger, as Store.penalties() lists them.
PENALTY_EVENT_KINDS = ("charge", "settle")

# The names register_call takes, and so the keys of a register_calls row.
INTAKE_FIELDS = (
    "customer", "phone", "address", "zone", "product", "serial", "purchased", "received",
    "centre", "fault", "cause", "internal", "delivered", "installed",
)
_REQUIRED = INTAKE_FIELDS[:8]
_DEFAULTS: Dict[str, Any] = {
    "centre": "main", "fault": "", "cause": None, "internal": False, "delivered": None, "installed": None,
}
_DATE_FIELDS = ("purchased", "delivered", "installed")
# The keys of an import_calls record beyond the intake's: its id in the
# system it comes from, and its visit.
RECORD_FIELDS = INTAKE_FIELDS + ("external_id", "technician", "dispatched", "arrived", "completed", "signed_off")
_RECORD_DEFAULTS: Dict[str, Any] = {
    "external_id": None, "technician": None, "dispatched": None, "arrived": None, "completed": None,
    "signed_off": True,
}
# How Store.open treats the file (aftersales::OpenMode).
OPEN_MODES = ("create", "must_exist", "query_only")


class RejectedRecord(NamedTuple):
    """A record :meth:`Store.import_calls` left out (``skip_bad=True``): its
    ``index`` in the batch and the :class:`~aftersales.Error` that refused it
    (``error.field`` is ``"calls[3].zone"``)."""

    index: int
    error: Error


class ImportResult(NamedTuple):
    """What :meth:`Store.import_calls` did: ``imported``, the ids of the calls
    made (in the order of their records); ``skipped``, the indexes of the
    records already in the store, ascending; ``rejected``, the bad records
    left out with ``skip_bad=True``, ascending."""

    imported: List[str]
    skipped: List[int]
    rejected: List[RejectedRecord] = []
class Recomputed(NamedTuple):
    """What :meth:`Store.open` recomputed (:attr:`Store.recomputed`): the
    stored deadlines and SLA verdicts counted over a provisional year (a
    calendar's ``past_horizon="statutory"`` dates: statutory holidays only,
    make-up days not yet published) that the policy's calendar now
    publishes (a holiday file, a later table). ``years``, those published
    years found among the flags (ascending); ``calls``, the calls counted
    again; ``deadlines`` and ``verdicts``, how many of them changed."""

    years: List[int] = []
    calls: int = 0
    deadlines: int = 0
    verdicts: int = 0


_ALL_TIME = (-(2**62), 2**62)  # "no bound" for calls(): far outside any calendar


@dataclass(frozen=True)
class ServiceCall:
    """A call as the register holds it, with what happened to it so far.

    ``voucher`` is the service voucher's number ("V2510-000123"). The
    ``category`` ("paid", "contract", "free", "internal"), its
    ``category_rule`` and the arrival ``deadline`` were fixed at intake (the
    deadline moves later by the working time of the pauses). ``state`` is
    one of :data:`CALL_STATES`. ``technician``, ``dispatched``, ``arrived``,
    ``completed``, ``sla_met`` (arrived by the deadline) and ``signed_off``
    (the customer signed the voucher or the goods log) are None until known.
    """

    id: str
    voucher: str
    customer_id: str
    unit_id: str
    customer: str
    phone: str
    address: str
    zone: str
    centre: str
    product: str
    serial: str
    fault: str
    received: _dt.datetime
    category: str
    category_rule: str
    deadline: _dt.datetime
    state: str
    technician: Optional[str]
    dispatched: Optional[_dt.datetime]
    arrived: Optional[_dt.datetime]
    completed: Optional[_dt.datetime]
    sla_met: Optional[bool]
    signed_off: Optional[bool]

    @classmethod
    def _from_core(cls, t: tuple, cal: Any, style: cv.Style) -> "ServiceCall":
        def out(s: Optional[int]) -> Optional[_dt.datetime]:
            return None if s is None else cv.instant_out(cal, s, style)

        (id_, voucher, customer_id, unit_id, customer, phone, address, zone, centre, product, serial, fault,
         received, category, rule, deadline, state, technician, dispatched, arrived, completed, sla_met,
         signed_off) = t
        return cls(
            id_, voucher, customer_id, unit_id, customer, phone, address, zone, centre, product, serial, fault,
            out(received), category, rule, out(deadline), state, technician, out(dispatched), out(arrived),
            out(completed), sla_met, signed_off,
        )


def _missing(v: Any) -> bool:
    """None, NaN or NaT: a blank cell of a DataFrame."""
    if v is None:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    return type(v).__name__ == "NaTType"


def _intake_in(
    cal: Any, values: Mapping[str, Any], prefix: str = "", known: Tuple[str, ...] = INTAKE_FIELDS
) -> Tuple[tuple, cv.Style]:
    """An intake as the core's tuple, and the style of its received time.
    ``known``: the keys ``values`` may have (an import record's too)."""
    for key in values:
        if key not in known:
            where = f"{prefix}{key}" if isinstance(key, str) else f"{prefix}{key!r}"
            raise TypeError(f"{where}: unknown {'intake' if known is INTAKE_FIELDS else 'record'} field "
                            f"(fields: {', '.join(known)})")
    v: Dict[str, Any] = {}
    for name in INTAKE_FIELDS:
        x = values.get(name)
        if _missing(x):
            if name in _REQUIRED:
                raise InvalidArgumentError("is missing", field=prefix + name)
            x = _DEFAULTS[name]
        v[name] = x

    def field(name: str) -> str:
        return prefix + name

    def optional_date(name: str) -> Optional[str]:
        return None if v[name] is None else cv.date_in(v[name], field(name))

    received, style = cv.instant_in(cal, v["received"], field("received"))
    core = (
        cv.str_in(v["customer"], field("customer")),
        cv.str_in(v["phone"], field("phone")),
        cv.str_in(v["address"], field("address")),
        cv.str_in(v["zone"], field("zone")),
        cv.str_in(v["product"], field("product")),
        cv.str_in(v["serial"], field("serial")),
        cv.date_in(v["purchased"], field("purchased")),
        optional_date("delivered"),
        optional_date("installed"),
        received,
        cv.str_in(v["centre"], field("centre")),
        cv.str_in(v["fault"], field("fault")),
        None if v["cause"] is None else cv.str_in(v["cause"], field("cause")),
        cv.bool_in(v["internal"], field("internal")),
    )
    return core, style


def _record_in(cal: Any, values: Mapping[str, Any], prefix: str) -> tuple:
    """An import record (intake fields and the visit's) as the core's tuple."""
    intake, _style = _intake_in(cal, values, prefix, RECORD_FIELDS)
    v = {name: values.get(name) for name in _RECORD_DEFAULTS}
    for name, default in _RECORD_DEFAULTS.items():
        if _missing(v[name]):
            v[name] = default

    def text(name: str) -> Optional[str]:
        return None if v[name] is None else cv.str_in(v[name], prefix + name)

    def at(name: str) -> Optional[int]:
        return None if v[name] is None else cv.instant_in(cal, v[name], prefix + name)[0]

    return (intake, text("external_id"), text("technician"), at("dispatched"), at("arrived"), at("completed"),
            cv.bool_in(v["signed_off"], prefix + "signed_off"))


def _rows_in(calls: Any, what: str) -> List[Any]:
    """The rows of a DataFrame, or the elements of an iterable of dicts."""
    if _is_frame(calls):
        return _frame_rows(calls)
    if isinstance(calls, (str, bytes, Mapping)) or not isinstance(calls, Iterable):
        raise TypeError(f"{what} must be an iterable of dicts or a pandas DataFrame, not {cv.type_name(calls)}")
    return list(calls)


def _frame_rows(df: Any) -> List[Dict[str, Any]]:
    """A DataFrame's rows as dicts; datetime64 date columns become dates."""
    columns = []
    for name in df.columns:
        if not isinstance(name, str):
            raise TypeError(f"calls: column names must be str, not {cv.type_name(name)} ({name!r})")
        s = df[name]
        if name in _DATE_FIELDS and s.dtype.kind == "M":
            present = s.dropna()
            if getattr(s.dt, "tz", None) is not None or not (present == present.dt.normalize()).all():
                raise TypeError(f"calls.{name} must hold dates (datetime64 at midnight or datetime.date), not times")
            values = [None if _missing(x) else x.date() for x in s.tolist()]
        else:
            values = s.tolist()
        columns.append((name, values))
    names = [n for n, _ in columns]
    return [dict(zip(names, row)) for row in zip(*(vals for _, vals in columns))]


def _is_frame(x: Any) -> bool:
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(x, pd.DataFrame)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - pandas is an optional dependency
        raise ImportError("DataFrames need pandas: pip install pandas") from None
    return pandas


class Store:
    """A store file (SQLite) with the policy it decides with.

    ``Store.open(path, policy)`` opens ``path`` (``":memory:"`` for a private
    in-memory store), creating it or bringing its schema up to date; a file
    written by a newer version of the library is refused untouched
    (StateError naming "schema"), another SQLite file too (StorageError).
    ``clock`` is a zero-argument callable returning the current
    ``datetime`` (naive: local time of the calendar's zone), the "now" that
    recorded times may not pass; default: the system clock. It must not use
    the store. ``synchronous_full`` (default) puts every commit on disk
    before returning; ``busy_timeout`` is how long a writer waits for
    another connection's transaction.

    ``mode`` (keyword only) says how the file is treated: ``"create"``
    (default) creates a missing file; ``"must_exist"`` opens only an existing
    store, and a missing ``path`` raises NotFoundError naming "path" and
    creates nothing (no file, no -wal/-shm); ``"query_only"`` is
    ``"must_exist"`` and the handle only reads (SQLite's ``PRAGMA
    query_only``; no -wal/-shm are left behind): every write raises
    StateError naming "store" and the operation, and a store of an older
    schema is refused, not brought up to date. Errors name the file and say
    what is wrong: StorageError "'notes.txt' is not a database file", "'x.db'
    is not an aftersales store: an SQLite file of another application", a
    directory, no permission; a failed open leaves no file it created.

    A context manager; :meth:`close` closes the file (later calls raise
    StateError naming "store"). One store may be used from several threads
    (its calls are serialised and run without the GIL); open one per thread
    for parallelism.
    """

    __slots__ = ("_core", "_policy", "_clock")

    def __init__(
        self,
        path: Union[str, "os.PathLike[str]"],
        policy: Policy,
        clock: Optional[Callable[[], _dt.datetime]] = None,
        synchronous_full: bool = True,
        busy_timeout: _dt.timedelta = _dt.timedelta(seconds=10),
        *,
        mode: str = "create",
    ) -> None:
        if not isinstance(mode, str):
            raise TypeError(f"mode must be a str ({', '.join(OPEN_MODES)}), not {cv.type_name(mode)}")
        if mode not in OPEN_MODES:
            raise InvalidArgumentError(f"{mode!r} is not an open mode ({', '.join(OPEN_MODES)})", field="mode")
        try:
            path = os.fspath(path)
        except TypeError:
            raise TypeError(f"path must be a str or os.PathLike, not {cv.type_name(path)}") from None
        if not isinstance(path, str):
            raise TypeError(f"path must be a str path, not {cv.type_name(path)}")
        if not isinstance(policy, Policy):
            raise TypeError(f"policy must be an aftersales.Policy, not {cv.type_name(policy)}")
        if clock is not None and not callable(clock):
            raise TypeError(f"clock must be a callable returning a datetime, not {cv.type_name(clock)}")
        if not isinstance(busy_timeout, _dt.timedelta):
            raise TypeError(f"busy_timeout must be a datetime.timedelta, not {cv.type_name(busy_timeout)}")
        if busy_timeout < _dt.timedelta(0):
            raise InvalidArgumentError(f"{busy_timeout} is negative", field="busy_timeout")
        cal = policy.calendar._core
        core_clock = None
        if clock is not None:
            def core_clock() -> int:
                return cv.instant_in(cal, clock(), "clock")[0]
        self._policy = policy
        self._clock = core_clock
        self._core = _core.Store.open(
            path, policy._core, core_clock, cv.bool_in(synchronous_full, "synchronous_full"),
            busy_timeout // _dt.timedelta(milliseconds=1), mode,
        )

    @classmethod
    def open(
        cls,
        path: Union[str, "os.PathLike[str]"],
        policy: Policy,
        clock: Optional[Callable[[], _dt.datetime]] = None,
        synchronous_full: bool = True,
        busy_timeout: _dt.timedelta = _dt.timedelta(seconds=10),
        *,
        mode: str = "create",
    ) -> "Store":
        """Opens the store at ``path`` (creating it in ``"create"`` mode);
        see :class:`Store` for ``mode`` and the errors."""
        return cls(path, policy, clock, synchronous_full, busy_timeout, mode=mode)

    @staticmethod
    def schema_version() -> int:
        """The schema version this library writes (PRAGMA user_version)."""
        return _core.Store.schema_version()

    # ------------------------------------------------------------ the handle

    @property
    def policy(self) -> Policy:
        return self._policy

    @property
    def path(self) -> str:
        return self._core.path

    @property
    def closed(self) -> bool:
        return self._core.closed

    @property
    def mode(self) -> str:
        """The open mode: "create", "must_exist" or "query_only"."""
        return self._core.mode

    @property
    def recomputed(self) -> Recomputed:
        """What this open recomputed, once, in one transaction before it
        returned (``"create"`` and ``"must_exist"``): a call whose deadline
        was counted over a provisional year the calendar now publishes gets
        its deadline counted again (from its received time, zone and pauses),
        its SLA verdict again (arrival against the new deadline) and its flag
        cleared. A ``"query_only"`` open writes nothing (all zero); its reads,
        as every handle's, judge such calls with the calendar."""
        years, calls, deadlines, verdicts = self._core.recomputed
        return Recomputed(list(years), calls, deadlines, verdicts)

    def set_property(self, name: str, value: str) -> None:
        """Sets the store's property ``name`` (a named text about the store
        itself: "made_by", a node id) to ``value``, in one transaction.
        InvalidArgumentError naming "name" when it is empty."""
        self._core.set_property(cv.str_in(name, "name"), cv.str_in(value, "value"))

    def get_property(self, name: str) -> Optional[str]:
        """The store's property ``name``, or None when it is not set."""
        return self._core.get_property(cv.str_in(name, "name"))

    def close(self) -> None:
        """Closes the file (idempotent). A call running in another thread
        finishes first."""
        self._core.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<aftersales.Store {self.path!r} {state}>"

    @property
    def _cal(self) -> Any:
        return self._policy.calendar._core

    def _at(self, at: Any, name: str = "at") -> int:
        return cv.instant_in(self._cal, at, name)[0]

    def _now(self) -> int:
        return self._core.now()

    def now(self) -> _dt.datetime:
        """The store's "now" (its clock, else the system clock), naive local
        time of the calendar's zone."""
        return cv.instant_out(self._cal, self._now(), None)

    # ------------------------------------------------------------ the call register

    def register_call(
        self,
        customer: str,
        phone: str,
        address: str,
        zone: str,
        product: str,
        serial: str,
        purchased: _dt.date,
        received: _dt.datetime,
        centre: str = "main",
        fault: str = "",
        cause: Optional[str] = None,
        internal: bool = False,
        *,
        delivered: Optional[_dt.date] = None,
        installed: Optional[_dt.date] = None,
    ) -> ServiceCall:
        """Registers a call received at ``received``: finds the customer (by
        name and phone) and the unit (by product and serial) or adds them,
        decides the service category and the arrival deadline with the
        policy, numbers the voucher. ``zone`` is one of the policy's dispatch
        zones, ``product`` one of its warranty products; ``purchased`` is the
        invoice date (``delivered``/``installed`` where the product's
        warranty counts from them); ``cause`` an exclusion cause known at
        intake ("misuse"); ``internal`` marks internal work (category D).

        Errors name the field: NotFoundError "zone", "product", "cause";
        InvalidArgumentError "customer" (empty or missing), "phone",
        "received" (in the future), "purchased" (after the call, or not the
        date on file for the unit). The call's times come back in the style
        of ``received``."""
        core, style = _intake_in(self._cal, {
            "customer": customer, "phone": phone, "address": address, "zone": zone, "product": product,
            "serial": serial, "purchased": purchased, "received": received, "centre": centre, "fault": fault,
            "cause": cause, "internal": internal, "delivered": delivered, "installed": installed,
        })
        return ServiceCall._from_core(self._core.register_call(core), self._cal, style)

    def register_calls(self, calls: Any) -> List[ServiceCall]:
        """Registers many calls in one transaction, all or none: ``calls`` is
        an iterable of dicts with :meth:`register_call`'s names as keys, or a
        pandas DataFrame with those columns (blank cells of optional columns
        take the defaults). Errors name the element: ``"calls[3].zone"``.
        Each call's times come back in the style of its ``received``."""
        rows = _rows_in(calls, "calls")
        cal = self._cal
        cores, styles = [], []
        for i, row in enumerate(rows):
            if not isinstance(row, Mapping):
                raise TypeError(f"calls[{i}] must be a dict of intake fields, not {cv.type_name(row)}")
            core, style = _intake_in(cal, row, f"calls[{i}].")
            cores.append(core)
            styles.append(style)
        made = self._core.register_calls(cores)
        return [ServiceCall._from_core(t, cal, s) for t, s in zip(made, styles)]

    def import_calls(self, records: Any, *, skip_bad: bool = False, dry_run: bool = False) -> ImportResult:
        """Imports calls taken in elsewhere, with their visits, in one
        transaction, all or none: ``records`` is an iterable of dicts, or a
        pandas DataFrame, with :meth:`register_call`'s names and optionally
        ``external_id`` (the record's id in the system it comes from),
        ``technician`` with ``dispatched``, ``arrived``, ``completed`` (times)
        and ``signed_off`` (default True). Each is registered as
        :meth:`register_call` does, then dispatched, reached and completed at
        its times (errors name ``"calls[3].arrived"``).

        Repeatable: a record already in the store (or earlier in the batch)
        is skipped and counted, never doubled - by its ``external_id`` when
        it has one (a changed time is still the same call), else by its
        centre, customer (name and phone), unit (product and serial) and
        received time; a record whose external id is new repeats such a call
        only when that call was imported without one. Returns an
        :class:`ImportResult` (``imported`` ids, ``skipped`` indexes).

        ``skip_bad=True``: each record is tried on its own; a bad one is left
        out and listed in ``rejected`` with its error, the good ones are
        imported. ``dry_run=True``: everything is checked and reported as an
        import would, and nothing is written."""
        rows = _rows_in(records, "records")
        cal = self._cal
        cores = []
        for i, row in enumerate(rows):
            if not isinstance(row, Mapping):
                raise TypeError(f"calls[{i}] must be a dict of record fields, not {cv.type_name(row)}")
            cores.append(_record_in(cal, row, f"calls[{i}]."))
        imported, skipped, rejected = self._core.import_calls(cores, bool(skip_bad), bool(dry_run))
        return ImportResult(list(imported), list(skipped),
                            [RejectedRecord(i, _from_core(code, field, message)) for i, code, field, message in rejected])

    # ------------------------------------------------------------ the visit

    def dispatch(self, call_id: str, technician: str, at: _dt.datetime) -> None:
        """Sends ``technician`` to the call at ``at``. NotFoundError naming
        "call_id" for an unknown call; StateError naming "call" when it is
        not waiting for dispatch; InvalidArgumentError naming "at" before the
        call or in the future."""
        self._core.dispatch(cv.str_in(call_id, "call_id"), cv.str_in(technician, "technician"), self._at(at))

    def pause(self, call_id: str, at: _dt.datetime, reason: str) -> None:
        """Stops the SLA clock at ``at`` (before the arrival), for ``reason``
        ("customer not at home")."""
        self._core.pause(cv.str_in(call_id, "call_id"), self._at(at), cv.str_in(reason, "reason"))

    def resume(self, call_id: str, at: _dt.datetime) -> None:
        """Starts the SLA clock again; the deadline moves later by the
        pause's working time."""
        self._core.resume(cv.str_in(call_id, "call_id"), self._at(at))

    def arrive(self, call_id: str, at: _dt.datetime) -> None:
        """The technician arrives at ``at`` (ending an open pause): decides
        ``sla_met``, met when at or before the deadline."""
        self._core.arrive(cv.str_in(call_id, "call_id"), self._at(at))

    def complete_on_site(self, call_id: str, at: _dt.datetime, signed: bool = True) -> None:
        """The job is done on site at ``at``; ``signed``: the customer signed
        the service voucher."""
        self._core.complete_on_site(cv.str_in(call_id, "call_id"), self._at(at), cv.bool_in(signed, "signed"))

    def carry_in(self, call_id: str, at: _dt.datetime, promised: _dt.date) -> str:
        """Not repairable on site: the goods go to the workshop at ``at``,
        to be returned by ``promised``. Returns the receipt number
        ("R2510-00001")."""
        return self._core.carry_in(cv.str_in(call_id, "call_id"), self._at(at), cv.date_in(promised, "promised"))

    def record_labour(
        self, call_id: str, technician: str, on: _dt.date, worked: _dt.timedelta, description: str = ""
    ) -> None:
        """A labour line of the repair card: ``technician`` worked ``worked``
        (more than 0, at most 24 h) on the day ``on`` (from the dispatch day
        to today)."""
        self._core.record_labour(
            cv.str_in(call_id, "call_id"), cv.str_in(technician, "technician"), cv.date_in(on, "on"),
            cv.duration_in(worked, "worked"), cv.str_in(description, "description"),
        )

    def record_part(self, call_id: str, part: str, quantity: int, unit_price: Any) -> None:
        """A parts line of the repair card: ``quantity`` (1..1,000,000) of
        ``part`` at ``unit_price`` (Decimal yuan, exact to the fen)."""
        self._core.record_part(
            cv.str_in(call_id, "call_id"), cv.str_in(part, "part"), cv.int_in(quantity, "quantity", cv._INT64),
            cv.money_in(unit_price, "unit_price"),
        )

    def return_goods(self, call_id: str, at: _dt.datetime, signed: bool = True) -> None:
        """The carried-in goods go back to the customer at ``at``, who signs
        the goods log (``signed``); the call is completed then."""
        self._core.return_goods(cv.str_in(call_id, "call_id"), self._at(at), cv.bool_in(signed, "signed"))

    def record_survey(
        self,
        call_id: str,
        attitude: int,
        skill: int,
        arrival: int,
        promise: int,
        respondent: str = "customer",
        at: Optional[_dt.datetime] = None,
    ) -> None:
        """The survey of a completed call (one per call): the technician's
        attitude, skill, arrival time and promises kept, each 1
        (dissatisfied) .. 4 (very satisfied); InvalidArgumentError naming the
        criterion otherwise. ``respondent`` is never the call's own
        technician. ``at`` defaults to the store clock's now."""
        levels = [cv.int_in(v, n) for v, n in
                  ((attitude, "attitude"), (skill, "skill"), (arrival, "arrival"), (promise, "promise"))]
        at_s = self._now() if at is None else self._at(at)
        self._core.record_survey(cv.str_in(call_id, "call_id"), *levels, cv.str_in(respondent, "respondent"), at_s)

    # ------------------------------------------------------------ queries

    def call(self, call_id: str, *, tz: Optional[_dt.tzinfo] = None) -> ServiceCall:
        """The call as it is now; times naive local, or aware in ``tz``."""
        return ServiceCall._from_core(self._core.call(cv.str_in(call_id, "call_id")), self._cal, _tz_in(tz))

    def queue(self, now: _dt.datetime) -> List[str]:
        """The ids of the calls waiting for dispatch at ``now``, in dispatch
        order: calls carried over from an earlier business day first, then
        by deadline, then by call time."""
        return self._core.queue(self._at(now, "now"))

    def calls(self, start: Any = None, end: Any = None) -> "CallQuery":
        """The calls received in [``start``, ``end``) (datetimes, or dates
        meaning local midnight; None: no bound), as a :class:`CallQuery`:
        ``.to_pandas()``, ``len()``, iteration. The query runs when used."""
        return CallQuery(self, self._bound(start, "start", _ALL_TIME[0]), self._bound(end, "end", _ALL_TIME[1]))

    def dispatches(self, start: Any = None, end: Any = None) -> "DispatchQuery":
        """The dispatched calls received in [``start``, ``end``) (datetimes,
        or dates meaning local midnight; None: no bound): the calls'
        period, so the rows are those of ``calls(start, end)`` that have a
        technician, in the same order. A :class:`DispatchQuery`:
        ``.to_pandas()``, ``len()``. The query runs when used."""
        return DispatchQuery(self, self._bound(start, "start", _ALL_TIME[0]), self._bound(end, "end", _ALL_TIME[1]))

    def surveys(self, start: Any = None, end: Any = None) -> "SurveyQuery":
        """The surveys of the calls received in [``start``, ``end``) (as
        :meth:`calls`; a month's are the ones its monthly report's
        satisfaction counts), as a :class:`SurveyQuery`: ``.to_pandas()``,
        ``len()``. The query runs when used."""
        return SurveyQuery(self, self._bound(start, "start", _ALL_TIME[0]), self._bound(end, "end", _ALL_TIME[1]))

    def _bound(self, t: Any, name: str, default: int) -> int:
        if t is None:
            return default
        if isinstance(t, _dt.date) and not isinstance(t, _dt.datetime):
            t = _dt.datetime(t.year, t.month, t.day)
        return self._at(t, name)

    # ------------------------------------------------------------ complaints (RULES.md §4)

    def open_complaint(
        self,
        received: _dt.datetime,
        kind: str,
        severity: str,
        market: str = "domestic",
        accepted: Optional[_dt.datetime] = None,
        *,
        dispute: Optional[str] = None,
        call_id: Optional[str] = None,
    ) -> Complaint:
        """Opens a complaint taken in at ``received``, numbered from the
        store's counter for the local month of ``received`` ("2510-0001",
        "2510-0002", ...; race-free between handles and processes), as
        :meth:`ComplaintPolicy.open` opens one: ``kind`` in
        :data:`COMPLAINT_KINDS`, ``severity`` in :data:`SEVERITIES`,
        ``market`` in :data:`MARKETS`, ``accepted`` (default ``received``)
        starts the overall deadline, ``dispute`` ("contract", "transport",
        "quality") routes it before the kind does; ``call_id`` links it to a
        service call of the register. Errors as ComplaintPolicy.open, and
        InvalidArgumentError naming "received" or "accepted" in the future,
        NotFoundError naming "call_id" for an unknown call. The complaint's
        times come back in the style of ``received``."""
        cal = self._cal
        received_s, style = cv.instant_in(cal, received, "received")
        core = self._core.open_complaint(
            received_s, cv.str_in(kind, "kind"), cv.str_in(severity, "severity"), cv.str_in(market, "market"),
            cv.optional_instant_in(cal, accepted, "accepted"), _optional_str(dispute, "dispute"),
            _optional_str(call_id, "call_id"),
        )
        return Complaint._wrap(core, cal, style)

    def advance_complaint(self, number: str, at: _dt.datetime) -> Complaint:
        """Moves the stored complaint ``number`` on to its next stage at
        ``at`` (leaving the last stage closes it), as
        :meth:`ComplaintPolicy.advance`, and records the step; returns the
        new value, times in the style of ``at``. NotFoundError naming
        "number" when there is none; StateError when it is closed;
        InvalidArgumentError naming "at" in the future or before the stage
        was entered."""
        at_s, style = cv.instant_in(self._cal, at, "at")
        return Complaint._wrap(self._core.advance_complaint(cv.str_in(number, "number"), at_s), self._cal, style)

    def close_complaint_invalid(self, number: str, at: _dt.datetime, reason: str) -> Complaint:
        """The stored complaint ``number`` found invalid at ``at`` for
        ``reason``, closed at its stage (:meth:`ComplaintPolicy.close_invalid`);
        no return or allowance may then be recorded on it."""
        at_s, style = cv.instant_in(self._cal, at, "at")
        core = self._core.close_complaint_invalid(cv.str_in(number, "number"), at_s, cv.str_in(reason, "reason"))
        return Complaint._wrap(core, self._cal, style)

    def confirm_responsibility(
        self, number: str, ratios: Mapping[str, Any], *, tz: Optional[_dt.tzinfo] = None
    ) -> Complaint:
        """Confirms the responsibility of the stored complaint ``number``:
        ratios in percent summing to 100 (``{"manufacturing": 70, "rnd":
        30}``), checked as :func:`aftersales.split` checks them
        (InvalidArgumentError naming "ratios"); confirming again replaces
        them. Times come back naive local, or aware in ``tz``."""
        weights = cv.ratios_in(ratios)
        core = self._core.confirm_responsibility(cv.str_in(number, "number"), weights)
        return Complaint._wrap(core, self._cal, _tz_in(tz))

    def reject_complaint(
        self, number: str, at: _dt.datetime, accepted: Optional[_dt.datetime] = None
    ) -> Complaint:
        """The customer rejects the decision on the closed complaint
        ``number``: a new form, numbered from the counter for the month of
        ``at``, linked to it (``original_number``, one rejection more), taken
        in at ``at`` and accepted at ``accepted`` (default ``at``). StateError
        when ``number`` is still open. Times in the style of ``at``."""
        cal = self._cal
        at_s, style = cv.instant_in(cal, at, "at")
        core = self._core.reject_complaint(cv.str_in(number, "number"), at_s,
                                           cv.optional_instant_in(cal, accepted, "accepted"))
        return Complaint._wrap(core, cal, style)

    def complaint(self, number: str, *, tz: Optional[_dt.tzinfo] = None) -> Complaint:
        """The stored complaint ``number``, rebuilt from its recorded steps
        with the policy (equal to the value the last step returned).
        NotFoundError naming "number" when there is none. Times naive local,
        or aware in ``tz``."""
        return Complaint._wrap(self._core.complaint(cv.str_in(number, "number")), self._cal, _tz_in(tz))

    def complaint_reminders(self, now: _dt.datetime) -> List[Reminder]:
        """The reminders (催辦單) due at ``now`` for the stored open
        complaints, in the order received, as
        :meth:`ComplaintPolicy.reminders` gives them (times in the style of
        ``now``)."""
        now_s, style = cv.instant_in(self._cal, now, "now")
        return _reminders_out(self._core.complaint_reminders(now_s), self._cal, style)

    def late_complaints(self, month: Any, *, tz: Optional[_dt.tzinfo] = None) -> List[OverdueInquiry]:
        """The overdue inquiries (洽辦單) about the complaints closed in
        ``month`` ("YYYY-MM" or a date in it) that were late overall or at a
        stage, as :meth:`ComplaintPolicy.late_closed` gives them. Times naive
        local, or aware in ``tz``."""
        style = _tz_in(tz)
        return _inquiries_out(self._core.late_complaints(_month_in(month)), self._cal, lambda _number: style)

    def complaint_statistics(self, month: Any) -> ComplaintStatistics:
        """The statistics of the complaints closed in ``month`` ("YYYY-MM" or
        a date in it), as :meth:`ComplaintPolicy.monthly_statistics` gives
        them."""
        return _statistics_out(self._core.complaint_statistics(_month_in(month)))

    def record_return(
        self, number: str, kind: str, approved: int, actual: int, amount: Any, tolerance: Any = None
    ) -> Tuple[str, int]:
        """Records a return or allowance decided on complaint ``number``:
        ``kind`` in :data:`RETURN_KINDS` ("allowance", "compensation",
        "return", "rework"), the quantity check of
        :func:`aftersales.reconcile_return` (``approved`` against ``actual``,
        ``tolerance`` a fraction, None: the policy's 5 %) and ``amount``
        (Decimal yuan, not negative). Returns ("accept" | "flag", quantity).
        StateError naming "number" when the complaint was found invalid (the
        receivable is collected on its normal terms); NotFoundError naming
        "number" when there is none."""
        check, quantity, _rule = self._core.record_return(
            cv.str_in(number, "number"), cv.str_in(kind, "kind"),
            cv.int_in(approved, "approved", (-(2**62), 2**62)), cv.int_in(actual, "actual", (-(2**62), 2**62)),
            cv.money_in(amount, "amount"), None if tolerance is None else _fraction_in(tolerance, "tolerance"),
        )
        return check, quantity

    def complaints(self, start: Any = None, end: Any = None) -> "ComplaintQuery":
        """The complaints received in [``start``, ``end``) (datetimes, or
        dates meaning local midnight; None: no bound), as a
        :class:`ComplaintQuery`: ``.to_pandas()``, ``len()``, iteration over
        :class:`Complaint`. The query runs when used."""
        return ComplaintQuery(self, self._bound(start, "start", _ALL_TIME[0]), self._bound(end, "end", _ALL_TIME[1]))

    # ------------------------------------------------------------ the penalty ledger (RULES.md §5)

    def charge_penalty(self, person: str, month: Any, amount: Any, case: str) -> None:
        """Charges ``amount`` (Decimal yuan, not negative) to ``person`` from
        ``month`` ("YYYY-MM" or a date in it) on, for the stored complaint
        ``case`` (NotFoundError naming "case" when there is none), as
        :meth:`PenaltyLedger.charge`; recorded as an operation of the
        ledger."""
        args = (cv.str_in(person, "person"), _month_in(month), cv.money_in(amount, "amount"), cv.str_in(case, "case"))
        try:
            self._core.charge_penalty(*args)
        except NotFoundError as e:
            if e.field not in ("number", "case_number"):
                raise
            raise NotFoundError(e.message, field="case") from None

    def settle_penalties(self, person: str, month: Any, bonus: Any) -> Tuple[Decimal, Decimal]:
        """Settles ``person``'s ``month`` with that month's ``bonus`` (Decimal
        yuan), as :meth:`PenaltyLedger.settle`: the oldest charges first, at
        most the policy's cap of the bonus, the rest carried. Returns
        ``(deducted, carried)``; the settlement with its lines is
        ``penalty_ledger(person).settlements()[-1]``. StateError naming
        "month" when that month or a later one is settled already."""
        t = self._core.settle_penalties(cv.str_in(person, "person"), _month_in(month), cv.money_in(bonus, "bonus"))
        s = Settlement._from_core(t)
        return s.deducted, s.carried

    def penalty_ledger(self, person: str) -> PenaltyLedger:
        """``person``'s ledger as it stands, rebuilt from the recorded
        operations with the policy's cap: an :class:`PenaltyLedger` holding
        that person's charges and settlements (``outstanding(person)``,
        ``settlements()``). A copy: changing it does not change the store."""
        return PenaltyLedger._wrap(self._core.penalty_ledger(cv.str_in(person, "person")))

    def penalties(self, person: Optional[str] = None) -> "PenaltyQuery":
        """The ledger's operations (of ``person``, or of everyone), in the
        order recorded, as a :class:`PenaltyQuery`: ``.to_pandas()``,
        ``len()``. The query runs when used."""
        return PenaltyQuery(self, _optional_str(person, "person"))

    # ------------------------------------------------------------ contracts (RULES.md §3.1, §3.4)

    def add_contract(
        self,
        number: str,
        customer: str,
        phone: str,
        address: str,
        product: str,
        serial: str,
        purchased: _dt.date,
        *,
        start: Optional[_dt.date] = None,
        end: Optional[_dt.date] = None,
        extended: bool = False,
        years: Optional[int] = None,
        extra_causes: Iterable[str] = (),
    ) -> None:
        """Records contract ``number`` sold on a unit (found by ``product``
        and ``serial``, else added with its customer; ``purchased`` is the
        unit's invoice date): a maintenance contract (合同服務) covering
        ``start`` .. ``end`` (both days included), or with ``extended=True``
        an extended warranty (延保) of ``years`` (default 1, at most the
        policy's max_extended_years) from the end of the maker's warranty,
        which also covers ``extra_causes`` the maker excludes ("voltage").
        A later call for the unit is then "contract" (under maintenance) or
        "free" (under the extended warranty).

        Errors name the field: InvalidArgumentError "number" (empty or
        already a contract), "start" and "end" (missing for a maintenance
        contract, given for an extended warranty; an end before the start),
        "years" (out of range, or given for a maintenance contract),
        "extra_causes" (given for a maintenance contract), "customer",
        "phone", "address", "serial" (empty), "purchased" (not the date on
        file for the unit); NotFoundError "product"."""
        extended = cv.bool_in(extended, "extended")
        causes = _names_in(extra_causes, "extra_causes")
        dates = {name: None if d is None else cv.date_in(d, name) for d, name in ((start, "start"), (end, "end"))}
        # The core refuses dates on an extended warranty, a maintenance
        # contract without them or with extra causes; `years` is optional
        # only here (the core's default is 1).
        if not extended and years is not None:
            raise InvalidArgumentError(f"{years} given for a maintenance contract (its term is start .. end)",
                                       field="years")
        self._core.add_contract(
            cv.str_in(number, "number"), cv.str_in(customer, "customer"), cv.str_in(phone, "phone"),
            cv.str_in(address, "address"), cv.str_in(product, "product"), cv.str_in(serial, "serial"),
            cv.date_in(purchased, "purchased"), extended, dates["start"], dates["end"],
            1 if years is None else cv.int_in(years, "years"), causes,
        )

    def renew_contract(
        self, number: str, new_number: str, *, years: int = 0, months: int = 0, days: int = 0
    ) -> None:
        """Renews maintenance contract ``number`` as ``new_number`` for the
        term, from the day after its end (the legal period rule), linked to
        it (so it gets no expiry notice any more). NotFoundError naming
        "number" when there is none; StateError naming "number" when it has
        a successor already or is an extended warranty; InvalidArgumentError
        naming "new_number" when that is empty or already a contract."""
        self._core.renew_contract(
            cv.str_in(number, "number"), cv.str_in(new_number, "new_number"), cv.int_in(days, "days"),
            cv.int_in(months, "months"), cv.int_in(years, "years"),
        )

    def issue_expiry_notices(self, on: _dt.date) -> List[str]:
        """The expiry notices (保養到期通知書) due on ``on`` — from one month
        before a maintenance contract's end (the legal period rule), not
        renewed, not issued yet — recorded as issued that day. Returns their
        contract numbers (by end date, then number), as
        :func:`aftersales.expiry_notices` does; asking again returns none."""
        return self._core.issue_expiry_notices(cv.date_in(on, "on"))

    # ------------------------------------------------------------ costs (RULES.md §6)

    def set_region(self, centre: str, region: str) -> None:
        """Puts service station ``centre`` in ``region`` (a station added by
        a call has none); the station is added when new."""
        self._core.set_region(cv.str_in(centre, "centre"), cv.str_in(region, "region"))

    def set_budget(self, centre: str, month: Any, kind: str, amount: Any) -> None:
        """``centre``'s budget of cost ``kind`` for ``month`` ("YYYY-MM" or a
        date in it): ``amount`` Decimal yuan, not negative; setting it again
        replaces it. NotFoundError naming "kind" for a kind not in the
        policy's cost kinds (``policy.cost_kinds``)."""
        self._core.set_budget(cv.str_in(centre, "centre"), _month_in(month), cv.str_in(kind, "kind"),
                              _amount_in(amount, "amount"))

    def record_cost(self, centre: str, month: Any, kind: str, amount: Any, note: str = "") -> None:
        """A cost of ``kind`` booked to ``centre`` in ``month``: ``amount``
        Decimal yuan, not negative; the month's costs add up. Errors as
        :meth:`set_budget`."""
        self._core.record_cost(cv.str_in(centre, "centre"), _month_in(month), cv.str_in(kind, "kind"),
                               _amount_in(amount, "amount"), cv.str_in(note, "note"))

    def cost_report(self, month: Any) -> Any:
        """Costs against budget in ``month`` ("YYYY-MM" or a date in it), a
        DataFrame with a row per station and kind that has a budget or a
        cost that month, by region then station then kind: ``centre``,
        ``region`` (<NA> when none was set), ``kind``, ``budget`` (0 when
        none was set) and ``actual`` (the month's costs), ``object`` columns
        of ``Decimal`` yuan."""
        pd = _pandas()
        rows = self._core.cost_report(_month_in(month))
        return pd.DataFrame({
            "centre": _text(pd, [r[0] for r in rows]),
            "region": _text(pd, [r[1] or None for r in rows]),
            "kind": _text(pd, [r[2] for r in rows]),
            "budget": pd.Series([cv.money_out(r[3]) for r in rows], dtype=object),
            "actual": pd.Series([cv.money_out(r[4]) for r in rows], dtype=object),
        })

    # ------------------------------------------------------------ day reports (十五, 十六)

    def technician_day_report(self, technician: str, day: _dt.date) -> Any:
        """``technician``'s day report of ``day`` from the labour lines: a
        DataFrame with a row per service category worked, ``technician``,
        ``category`` (``category``: :data:`SERVICE_CATEGORIES`), ``jobs``
        (labour lines, int64) and ``worked`` (timedelta64)."""
        rows = self._core.technician_day_report(cv.str_in(technician, "technician"), cv.date_in(day, "day"))
        return _day_frame(_pandas(), rows)

    def supervisor_day_report(self, day: _dt.date, centre: Optional[str] = None) -> Any:
        """The supervisor's day report of ``day``: the technicians' labour
        lines on the calls of every station (or of ``centre``), a row per
        technician and service category, columns as
        :meth:`technician_day_report`."""
        rows = self._core.supervisor_day_report(cv.date_in(day, "day"), _optional_str(centre, "centre"))
        return _day_frame(_pandas(), rows)

    def monthly_report(self, month: Any, as_of: Optional[_dt.datetime] = None) -> Dict[str, Any]:
        """The management report of ``month`` ("2025-10", or a date in it):
        the calls received that month (local month of the calendar), each
        judged as known at ``as_of``. Default: the first instant of the next
        month in the calendar's zone, or the store's clock when that is
        earlier, so a past month gives the same answer whenever it is asked
        (the moment used is the summary's ``as_of``). A dict of DataFrames:

        * ``"sla_by_zone"``, ``"sla_by_centre"``, ``"sla_by_technician"``:
          the key column ("zone", "centre", "technician"), ``calls``,
          ``met``, ``breached`` (late, or not arrived and past the
          deadline), ``open`` and ``compliance`` = met / (met + breached)
          (NaN when none is decided);
        * ``"summary"``, one row: ``month``, ``calls``, ``completed``,
          ``first_time_fixed``, ``first_time_fix_rate``,
          ``mean_time_to_repair`` (timedelta64, NaT when none completed),
          ``as_of``, ``queue_at`` (the month's last second, or as_of when
          earlier);
        * ``"satisfaction"``: per technician ``surveys`` and the mean
          ``attitude``, ``skill``, ``arrival``, ``promise`` and ``overall``
          (1..4, to the hundredth);
        * ``"queue"``: ``call_id`` of the dispatch queue at ``queue_at``, in order;
        * ``"complaints"``, one row: ``received`` (complaints received in the
          month), ``per_1000_calls`` (NaN without calls), and of those closed
          in the month ``closed``, ``on_time``, ``on_time_ratio``,
          ``invalid``, ``unconfirmed``;
        * ``"complaints_by_department"``: ``department``, ``closed``;
        * ``"penalties"``: the month's settlements, ``person``, ``bonus``,
          ``deducted``, ``carried`` (Decimal).

        Times are naive local, or aware in the tzinfo of an aware ``as_of``."""
        pd = _pandas()
        style: cv.Style = None
        as_of_s = None
        if as_of is not None:
            as_of_s, style = cv.instant_in(self._cal, as_of, "as_of")
        r = self._core.monthly_report(_month_in(month), as_of_s)
        frames: Dict[str, Any] = {}
        for name, key in (("sla_by_zone", "zone"), ("sla_by_centre", "centre"), ("sla_by_technician", "technician")):
            frames[name] = _sla_frame(pd, r[name], key)
        completed = r["completed"]
        frames["summary"] = pd.DataFrame({
            "month": _text(pd, [r["month"]]),
            "calls": np.array([r["calls"]], dtype=np.int64),
            "completed": np.array([completed], dtype=np.int64),
            "first_time_fixed": np.array([r["first_time_fixed"]], dtype=np.int64),
            "first_time_fix_rate": np.array([_nan_if_none(r["first_time_fix_rate"])]),
            "mean_time_to_repair": np.array(
                [r["mean_time_to_repair"] if completed else _core.NAT], dtype=np.int64
            ).view("timedelta64[s]"),
            "as_of": _times(pd, np.array([r["as_of"]], dtype=np.int64), self._cal, style),
            "queue_at": _times(pd, np.array([r["queue_at"]], dtype=np.int64), self._cal, style),
        })
        sat = r["satisfaction"]
        satisfaction = {"technician": _text(pd, [s[0] for s in sat]),
                        "surveys": np.array([s[1] for s in sat], dtype=np.int64)}
        for i, name in enumerate(("attitude", "skill", "arrival", "promise", "overall")):
            satisfaction[name] = np.array([s[2 + i] for s in sat], dtype=np.int64) / 100.0
        frames["satisfaction"] = pd.DataFrame(satisfaction)
        frames["queue"] = pd.DataFrame({"call_id": _text(pd, r["queue"])})
        st = r["complaint_statistics"]
        frames["complaints"] = pd.DataFrame({
            "received": np.array([r["complaints"]], dtype=np.int64),
            # The core's figure, in thousandths.
            "per_1000_calls": np.array([math.nan if r["complaints_per_1000_calls"] is None
                                        else r["complaints_per_1000_calls"] / 1000.0]),
            "closed": np.array([st["total"]], dtype=np.int64),
            "on_time": np.array([st["on_time"]], dtype=np.int64),
            "on_time_ratio": np.array([_nan_if_none(st["on_time_ratio"])]),
            "invalid": np.array([st["invalid"]], dtype=np.int64),
            "unconfirmed": np.array([st["unconfirmed"]], dtype=np.int64),
        })
        departments = sorted(st["by_department"].items())
        frames["complaints_by_department"] = pd.DataFrame({
            "department": _text(pd, [d for d, _ in departments]),
            "closed": np.array([n for _, n in departments], dtype=np.int64),
        })
        pen = r["penalties"]
        frames["penalties"] = pd.DataFrame({
            "person": _text(pd, [p[0] for p in pen]),
            "bonus": pd.Series([cv.money_out(p[1]) for p in pen], dtype=object),
            "deducted": pd.Series([cv.money_out(p[2]) for p in pen], dtype=object),
            "carried": pd.Series([cv.money_out(p[3]) for p in pen], dtype=object),
        })
        return frames


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


def _names_in(names: Any, name: str) -> List[str]:
    """An iterable of str (not one str) -> list."""
    if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
        raise TypeError(f"{name} must be an iterable of str, not {cv.type_name(names)}")
    return [cv.str_in(x, f"{name}[{i}]") for i, x in enumerate(names)]


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
    cols = list(zip(*rows)) if rows else [[]] * 6
    return pd.DataFrame({
        key: _text(pd, list(cols[0])),
        "calls": np.array(cols[1], dtype=np.int64),
        "met": np.array(cols[2], dtype=np.int64),
        "breached": np.array(cols[3], dtype=np.int64),
        "open": np.array(cols[4], dtype=np.int64),
        # The core's met / (met + breached); NaN when none is decided.
        "compliance": np.array([_nan_if_none(c) for c in cols[5]], dtype=np.float64),
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


def _nullable_int(pd: Any, a: np.ndarray) -> Any:
    """int64 with the smallest int64 for "none" -> nullable Int64."""
    missing = a == np.iinfo(np.int64).min
    return pd.arrays.IntegerArray(np.where(missing, 0, a).astype(np.int64), missing)


def _tristate(pd: Any, a: np.ndarray) -> Any:
    """int8 1 / 0 / -1 (not yet) -> nullable boolean."""
    return pd.arrays.BooleanArray(a == 1, a < 0)


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
        pd = _pandas()
        style = _tz_in(tz)
        c = self._columns(style is None)

        def instants(name: str) -> Any:
            return _instants(pd, c[name], style)

        return pd.DataFrame({
            "id": _text(pd, c["id"]),
            "voucher": _text(pd, c["voucher"]),
            "received": instants("received"),
            "customer": _text(pd, c["customer"]),
            "zone": _coded(pd, c["zone"]),
            "centre": _coded(pd, c["centre"]),
            "product": _coded(pd, c["product"]),
            "serial": _text(pd, c["serial"]),
            "category": _coded(pd, c["category"], SERVICE_CATEGORIES),
            "state": _coded(pd, c["state"], CALL_STATES),
            "technician": _coded(pd, c["technician"]),
            "deadline": instants("deadline"),
            "dispatched": instants("dispatched"),
            "arrived": instants("arrived"),
            "completed": instants("completed"),
            "sla_met": _tristate(pd, c["sla_met"]),
            "signed_off": _tristate(pd, c["signed_off"]),
            "provisional_year": _nullable_int(pd, c["provisional_year"]),
        })


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
        pd = _pandas()
        style = _tz_in(tz)
        c = self._columns(style is None)
        stages = tuple(s.name for s in self._store.policy.complaints.stages) + ("closed",)

        def blank_is_na(values: List[str]) -> Any:
            return _text(pd, [v or None for v in values])

        return pd.DataFrame({
            "number": _text(pd, c["number"]),
            "original_number": blank_is_na(c["original_number"]),
            "kind": _fixed_category(pd, c["kind"], COMPLAINT_KINDS),
            "severity": _fixed_category(pd, c["severity"], SEVERITIES),
            "market": _fixed_category(pd, c["market"], MARKETS),
            "department": _coded(pd, c["department"]),
            "stage": _coded(pd, c["stage"], stages),
            "received": _instants(pd, c["received"], style),
            "accepted": _instants(pd, c["accepted"], style),
            "deadline": _instants(pd, c["deadline"], style),
            "closed_at": _instants(pd, c["closed_at"], style),
            "on_time": _tristate(pd, c["on_time"]),
            "invalid": c["invalid"].astype(bool),
            "rejections": c["rejections"].astype(np.int64),
            "call_id": blank_is_na(c["call_id"]),
        })


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
            return pd.Series([None if v == _core.NAT else cv.money_out(int(v)) for v in a], dtype=object)

        return pd.DataFrame({
            "person": _text(pd, c["person"]),
            "kind": _fixed_category(pd, c["kind"], PENALTY_EVENT_KINDS),
            "month": _text(pd, c["month"]),
            "amount": money(c["amount"]),
            "case": _text(pd, [v or None for v in c["case"]]),
            "deducted": money(c["deducted"]),
            "carried": money(c["carried"]),
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
        pd = _pandas()
        style = _tz_in(tz)
        c = self._columns(style is None)
        return pd.DataFrame({
            "call_id": _text(pd, c["call_id"]),
            "voucher": _text(pd, c["voucher"]),
            "technician": _coded(pd, c["technician"]),
            "zone": _coded(pd, c["zone"]),
            "centre": _coded(pd, c["centre"]),
            "category": _coded(pd, c["category"], SERVICE_CATEGORIES),
            "state": _coded(pd, c["state"], CALL_STATES),
            "received": _instants(pd, c["received"], style),
            "deadline": _instants(pd, c["deadline"], style),
            "dispatched": _instants(pd, c["dispatched"], style),
            "arrived": _instants(pd, c["arrived"], style),
            "completed": _instants(pd, c["completed"], style),
            "pauses": c["pauses"].astype(np.int64),
            "paused": c["paused"].view("timedelta64[s]"),
            "sla_met": _tristate(pd, c["sla_met"]),
            "signed_off": _tristate(pd, c["signed_off"]),
            "provisional_year": _nullable_int(pd, c["provisional_year"]),
        })


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
        (``datetime64[s]`` naive local time, aware in ``tz`` when given)."""
        pd = _pandas()
        style = _tz_in(tz)
        c = self._columns(style is None)
        return pd.DataFrame({
            "call_id": _text(pd, c["call_id"]),
            "voucher": _text(pd, c["voucher"]),
            "technician": _coded(pd, c["technician"]),
            "respondent": _text(pd, c["respondent"]),
            "month": _text(pd, c["month"]),
            "attitude": c["attitude"].astype(np.int8),
            "skill": c["skill"].astype(np.int8),
            "arrival": c["arrival"].astype(np.int8),
            "promise": c["promise"].astype(np.int8),
            "recorded": _instants(pd, c["recorded"], style),
        })
