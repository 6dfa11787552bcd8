"""The store's record fields, call states and result tuples, the ServiceCall value and the parsing of intake records and DataFrames."""

from __future__ import annotations

import datetime as _dt
import math
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from . import _convert as cv
from . import _core
from ._errors import Error, InvalidArgumentError

# The states of a call, in the order a visit goes through them (a carried-in
# call goes on_site -> carried_in -> returned instead of -> completed).
CALL_STATES = _core.enum_names("call_state")
SERVICE_CATEGORIES = _core.enum_names("service_category")
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
OPEN_MODES = _core.enum_names("open_mode")


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

    ``voucher`` is the service voucher's number ("V-main-2510-000123"). The
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
