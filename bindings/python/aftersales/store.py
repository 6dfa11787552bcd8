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
import os
from collections.abc import Iterable, Mapping
from typing import Any, Callable, Dict, List, Optional, Union


from . import _convert as cv
from . import _core
from ._errors import InvalidArgumentError, _from_core
from ._store_billing import PAYMENT_METHODS, Bill, BillLine, _BillingOps
from ._store_complaints import _ComplaintOps
from ._store_contacts import (CONTACT_KINDS, CONTACT_METHODS, AdminPenaltyRecord, ComplaintContact,
                              ContactStatistics, _ContactOps)
from ._store_homes import HousingNotice, _housing_notice
from ._store_counter import (
    CarryIn,
    OverdueRepair,
    Survey,
    SurveyCoverage,
    SurveyCoverageRow,
    UnsurveyedCall,
    _CounterOps,
)
from ._store_remote import REMOTE_METHODS, RemoteContact, _RemoteOps
from ._store_form import (
    COMPLAINT_FIELDS,
    COMPLAINT_STANDINGS,
    ComplaintEntry,
    ComplaintForm,
    ComplaintRegisterQuery,
    _FormOps,
)
from ._store_approval import (
    COMMITMENT_KINDS,
    IMPROVEMENT_STATES,
    TRACKING_EXEMPTIONS,
    Approval,
    DecisionLine,
    Improvement,
    ImprovementStatistics,
    TrackingExemption,
    _ApprovalOps,
)
from ._store_report import _ReportOps
from ._store_queries import (
    CallQuery,
    ComplaintQuery,
    DispatchQuery,
    PenaltyQuery,
    SurveyQuery,
    _amount_in,
    _day_frame,
    _names_in,
    _optional_str,
    _text,
    _tz_in,
)
from ._store_records import (
    _ALL_TIME,
    CALL_STATES,
    INTAKE_FIELDS,
    OPEN_MODES,
    PENALTY_EVENT_KINDS,
    RECORD_FIELDS,
    SERVICE_CATEGORIES,
    ImportResult,
    Recomputed,
    RejectedRecord,
    ServiceCall,
    _intake_in,
    _pandas,
    _record_in,
    _rows_in,
)
from .penalty import _month_in
from .policy import Policy

__all__ = [
    "Store", "ServiceCall", "HousingNotice", "ImportResult", "Recomputed", "RejectedRecord", "OPEN_MODES", "RECORD_FIELDS", "CallQuery", "ComplaintQuery", "PenaltyQuery", "DispatchQuery", "SurveyQuery",
    "CALL_STATES", "SERVICE_CATEGORIES", "INTAKE_FIELDS", "PENALTY_EVENT_KINDS",
    "CarryIn", "OverdueRepair", "Survey", "SurveyCoverage", "SurveyCoverageRow", "UnsurveyedCall",
    "RemoteContact", "REMOTE_METHODS",
    "ComplaintContact", "AdminPenaltyRecord", "ContactStatistics", "CONTACT_KINDS", "CONTACT_METHODS",
    "Bill", "BillLine", "PAYMENT_METHODS",
    "ComplaintForm", "ComplaintEntry", "COMPLAINT_FIELDS", "COMPLAINT_STANDINGS",
    "Approval", "DecisionLine", "Improvement", "ImprovementStatistics", "TrackingExemption", "COMMITMENT_KINDS", "IMPROVEMENT_STATES",
    "TRACKING_EXEMPTIONS",
    "ComplaintRegisterQuery",
]


class Store(_ComplaintOps, _CounterOps, _RemoteOps, _BillingOps, _ReportOps, _FormOps, _ApprovalOps, _ContactOps):
    """A store file (SQLite) with the policy it decides with.

    ``Store.open(path, policy)`` opens ``path`` (``":memory:"`` for a private
    in-memory store), creating it or bringing its schema up to date; a file
    written by a newer version of the library is refused untouched
    (StateError naming "schema"), another SQLite file too (StorageError).
    ``clock`` is a zero-argument callable returning the current
    ``datetime`` (naive: local time of the calendar's zone), the "now" that
    recorded times may not pass; default: the system clock. It must not use
    the store. Each store call calls it once, on the calling thread, before
    the store takes its lock (never while holding it), so it may take a lock
    another thread holds while using the store; it may run on several
    threads at once. ``synchronous_full`` (default) puts every commit on disk
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
        ("R-main-2510-00001")."""
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
        comment: str = "",
    ) -> None:
        """The survey of a call, any call (seeds/002 (二十三): a card for
        every call of the day), one per call, not before it was received:
        the technician's attitude, skill, arrival time and promises kept,
        each 1 (dissatisfied) .. 4 (very satisfied); InvalidArgumentError
        naming the criterion otherwise. ``respondent`` is never the call's
        technician: the one rated, the visit's or, for a call solved or
        attempted by phone or remotely and not dispatched, the remote
        contact's. ``at`` defaults to the store clock's now. ``comment``:
        the customer's own words (建議或抱怨, <= 2000 bytes, no control
        characters but newline and tab)."""
        levels = [cv.int_in(v, n) for v, n in
                  ((attitude, "attitude"), (skill, "skill"), (arrival, "arrival"), (promise, "promise"))]
        at_s = self._now() if at is None else self._at(at)
        self._core.record_survey_comment(cv.str_in(call_id, "call_id"), *levels, cv.str_in(respondent, "respondent"),
                                         at_s, cv.str_in(comment, "comment"))

    # ------------------------------------------------------------ queries

    def call(self, call_id: str, *, tz: Optional[_dt.tzinfo] = None) -> ServiceCall:
        """The call as it is now; times naive local, or aware in ``tz``."""
        return ServiceCall._from_core(self._core.call(cv.str_in(call_id, "call_id")), self._cal, _tz_in(tz))

    def queue(self, now: _dt.datetime) -> List[str]:
        """The ids of the calls waiting for dispatch at ``now``, in dispatch
        order: calls carried over from an earlier business day first, then
        by the deadline the judge gives at ``now`` (a paused call's: its
        deadline if the clock resumed then; each call as it stood at
        ``now``), then by call time, then by id."""
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
        charges: Optional[Iterable[str]] = None,
    ) -> None:
        """Records contract ``number`` sold on a unit (found by ``product``
        and ``serial``, else added with its customer; ``purchased`` is the
        unit's invoice date): a maintenance contract (合同服務) covering
        ``start`` .. ``end`` (both days included), or with ``extended=True``
        an extended warranty (延保) of ``years`` (default 1, at most the
        policy's max_extended_years) from the end of the maker's warranty,
        which also covers ``extra_causes`` the maker excludes ("voltage").
        A later call for the unit is then "contract" (under maintenance) or
        "free" (under the extended warranty). ``charges``, for a maintenance
        contract: the parts of a covered call's bill its customer pays by
        the contract's own terms, any of "call_out", "labour", "parts"
        (seeds/002 (六) B 依…商品保養合同書的規定…收取服務費用; None: the
        policy's service.billing.contract); a renewal keeps them.

        Errors name the field: InvalidArgumentError "number" (empty or
        already a contract), "start" and "end" (missing for a maintenance
        contract, given for an extended warranty; an end before the start),
        "years" (out of range, or given for a maintenance contract),
        "extra_causes" (given for a maintenance contract), "charges" (a name
        not a part of a bill, or given for an extended warranty), "customer",
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
            None if charges is None else _names_in(charges, "charges"),
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

    # ------------------------------------------------------------ homes (issue 27)

    def add_home(
        self,
        owner: str,
        phone: str,
        address: str,
        serial: str,
        completed: _dt.date,
        handover: _dt.date,
        *,
        product: str = "housing",
        design_life_years: Optional[int] = None,
        repairer: Optional[str] = None,
    ) -> str:
        """Records a home handed over to its owner as a unit of ``product``
        (a product with housing terms) with the home's identifier as
        ``serial``, and returns the unit's id. ``completed`` is completion
        acceptance (the contractor's guarantee counts from it, 建设工程质量管理条例
        art. 40), ``handover`` the handover to the owner (the owner's, 1998
        art. 5; 商品房销售管理办法 art. 33). ``design_life_years`` (1..100) is the
        design service life of the design documents, required when a part
        lasts it (foundation and main structure); ``repairer`` the repairer
        the 住宅质量保证书 names (None: the developer).

        Errors name the field and the value: InvalidArgumentError "handover"
        (before completion acceptance, in the future), "completed",
        "product" (no housing terms), "serial" (already a unit),
        "design_life_years", "repairer", "owner", "phone", "address" (empty);
        NotFoundError "product" (unknown). Nothing is written on an error."""
        if design_life_years is not None:
            design_life_years = cv.int_in(design_life_years, "design_life_years")
        return self._core.add_home(
            cv.str_in(owner, "owner"), cv.str_in(phone, "phone"), cv.str_in(address, "address"),
            cv.str_in(product, "product"), cv.str_in(serial, "serial"), cv.date_in(completed, "completed"),
            cv.date_in(handover, "handover"), design_life_years,
            None if repairer is None else cv.str_in(repairer, "repairer"),
        )

    def issue_housing_expiry_notices(self, on: _dt.date) -> List[HousingNotice]:
        """The guarantee-expiry notices to home owners due on ``on`` (seed 001
        (五): 公告住房保修期届满的业主, 及时检查发现问题), recorded and returned as
        :class:`HousingNotice` (by end, serial, part): one per home part not
        noticed yet whose applicable guarantee — the later of the owner's and
        the contractor's, as the store's policy decides coverage — ends
        within the terms' notice_days (end - notice_days <= on <= end).
        Issued once per home and part (asking again returns none); all or
        nothing. A part counted in seasons whose dates the policy lacks is
        passed over."""
        return [_housing_notice(t) for t in self._core.issue_housing_expiry_notices(cv.date_in(on, "on"))]

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
