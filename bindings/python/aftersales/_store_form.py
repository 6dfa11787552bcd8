"""The complaint form in the store (issue 29; seeds/002 客戶投訴管理辦法
(九)1-6, (七)4(2)): the facts sales records (編號、料號、交運日期、數量、不良數量、
客戶要求, "客戶加工中未確定", the form travelling with the sample), the entries each
stage writes (who, when, what), R&D called in 依異常狀況, the register
(客戶抱怨案件登記追蹤表) and where a complaint stands (a mixin of Store)."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, List, NamedTuple, Optional, Sequence

import numpy as np

from . import _convert as cv
from . import _core
from ._store_queries import (
    ComplaintQuery,
    _as_coded,
    _as_dtype,
    _as_fixed_category,
    _as_instants,
    _as_nullable_int,
    _as_text,
)
from .complaint import COMPLAINT_KINDS, MARKETS, SEVERITIES, Complaint, _names_in

#: The fields an entry writes (each stage writes those its policy stage lists).
COMPLAINT_FIELDS = _core.enum_names("complaint_field")
#: Where a complaint stands: the one judge of its deadlines.
COMPLAINT_STANDINGS = _core.enum_names("complaint_standing")


class ComplaintForm(NamedTuple):
    """The form's facts (九)1. A quantity of None is not yet determined;
    ``shipped`` a date; ``recorded`` naive local time."""

    customer: Optional[str]
    order_number: Optional[str]
    part_number: Optional[str]
    shipped: Optional[_dt.date]
    quantity: Optional[int]
    defective_quantity: Optional[int]
    customer_request: Optional[str]
    request_pending: bool
    sample_sent: bool
    recorded_by: str
    recorded: _dt.datetime


class ComplaintEntry(NamedTuple):
    """An entry of the form: the stage it was written at, the field (one of
    :data:`COMPLAINT_FIELDS`), the text, who wrote it and when (naive local)."""

    id: str
    stage: str
    field: str
    text: str
    author: str
    at: _dt.datetime


def _opt_str(value: Any, name: str) -> Optional[str]:
    return None if value is None else cv.str_in(value, name)


def _opt_count(value: Any, name: str) -> Optional[int]:
    return None if value is None else cv.int_in(value, name, (-(2**63), 2**63 - 1))


class _FormOps:
    """Store methods of the complaint form."""

    __slots__ = ()

    def record_complaint_form(
        self,
        number: str,
        *,
        by: str,
        at: _dt.datetime,
        customer: Optional[str] = None,
        order_number: Optional[str] = None,
        part_number: Optional[str] = None,
        shipped: Optional[_dt.date] = None,
        quantity: Optional[int] = None,
        defective_quantity: Optional[int] = None,
        customer_request: Optional[str] = None,
        request_pending: bool = False,
        sample_sent: bool = False,
    ) -> None:
        """Records (or replaces) the facts of complaint ``number``, by ``by``
        at ``at``. A quantity None is not yet determined; ``request_pending``
        is "客戶加工中未確定". InvalidArgumentError naming "quantity",
        "defective_quantity" (more than the quantity), "shipped", "by", "at",
        or a text member given empty; StateError when the complaint is closed."""
        self._core.record_complaint_form(
            cv.str_in(number, "number"), _opt_str(customer, "customer"), _opt_str(order_number, "order_number"),
            _opt_str(part_number, "part_number"), None if shipped is None else cv.date_in(shipped, "shipped"),
            _opt_count(quantity, "quantity"), _opt_count(defective_quantity, "defective_quantity"),
            _opt_str(customer_request, "customer_request"), cv.bool_in(request_pending, "request_pending"),
            cv.bool_in(sample_sent, "sample_sent"), cv.str_in(by, "by"), self._at(at),
        )

    def complaint_form(self, number: str) -> Optional[ComplaintForm]:
        """The facts of complaint ``number``; None when never recorded."""
        doc = json.loads(self._core.complaint_form_json(cv.str_in(number, "number")))
        if doc is None:
            return None
        return ComplaintForm(
            doc["customer"], doc["order_number"], doc["part_number"],
            None if doc["shipped"] is None else cv.date_out(doc["shipped"]), doc["quantity"],
            doc["defective_quantity"], doc["customer_request"], doc["request_pending"], doc["sample_sent"],
            doc["recorded_by"], cv.instant_out(self._cal, doc["recorded"], None),
        )

    def record_complaint_entry(self, number: str, field: str, text: str, *, author: str, at: _dt.datetime) -> str:
        """Writes ``field`` (one of :data:`COMPLAINT_FIELDS`) at the
        complaint's current stage; returns the entry's id. InvalidArgumentError
        naming "field" when the stage does not write it (the message lists
        what it writes), "text", "author", "at" (before the stage was
        entered, or in the future); StateError when closed."""
        return self._core.record_complaint_entry(
            cv.str_in(number, "number"), cv.str_in(field, "field"), cv.str_in(text, "text"),
            cv.str_in(author, "author"), self._at(at),
        )

    def complaint_entries(self, number: str) -> List[ComplaintEntry]:
        """The entries of ``number`` in the order written."""
        rows = json.loads(self._core.complaint_entries_json(cv.str_in(number, "number")))
        return [ComplaintEntry(r["id"], r["stage"], r["field"], r["text"], r["author"],
                               cv.instant_out(self._cal, r["at"], None)) for r in rows]

    def advance_complaint_deciding(
        self, number: str, at: _dt.datetime, call_for: Sequence[str], *, by: str
    ) -> Complaint:
        """:meth:`advance_complaint`, the stage being left calling for the
        optional stages named in ``call_for`` (R&D: "rnd", 依異常狀況 (九)4);
        ``by`` is recorded as a call_for entry. InvalidArgumentError naming
        "call_for[i]" or "by"."""
        at_s, style = cv.instant_in(self._cal, at, "at")
        names = _names_in(call_for, "call_for")
        core = self._core.advance_complaint_deciding(cv.str_in(number, "number"), at_s, names, cv.str_in(by, "by"))
        return Complaint._wrap(core, self._cal, style)

    def complaint_register(self, start: Any = None, end: Any = None, *, as_of: Any = None) -> "ComplaintRegisterQuery":
        """The register (客戶抱怨案件登記追蹤表, seeds/002 (九)1) of the
        complaints received in [``start``, ``end``) (datetimes, or dates
        meaning local midnight; None: no bound), each one's standing judged
        as of ``as_of`` (default: the store's now when the query runs), as a
        :class:`ComplaintRegisterQuery`: ``.to_pandas()``, ``len()``,
        ``numbers()``, iteration. The query runs when used."""
        from ._store_records import _ALL_TIME

        return ComplaintRegisterQuery(self, self._bound(start, "start", _ALL_TIME[0]),
                                      self._bound(end, "end", _ALL_TIME[1]),
                                      cv.optional_instant_in(self._cal, as_of, "as_of"))

    def complaint_standing(self, number: str, at: _dt.datetime) -> str:
        """Where complaint ``number`` stands at ``at`` (one of
        :data:`COMPLAINT_STANDINGS`)."""
        return self._core.complaint_standing(cv.str_in(number, "number"), self._at(at))


def _as_days(pd: Any, v: Any, style: Any) -> Any:
    """"YYYY-MM-DD" texts (None: no value) -> a datetime64 column of days (NaT)."""
    return pd.Series(np.array(["NaT" if d is None else d for d in v], dtype="datetime64[D]")).astype("datetime64[s]")


class ComplaintRegisterQuery(ComplaintQuery):
    """The register (客戶抱怨案件登記追蹤表) of the complaints received in a
    period, as :meth:`Store.complaint_register` gives it: the rows of
    :class:`ComplaintQuery` with the form's facts and each one's standing.
    Each use runs the query on the store as it is then: ``to_pandas()``,
    ``len()``, ``numbers()``, and iteration over :class:`Complaint` (one
    lookup each)."""

    __slots__ = ()
    _method = "complaint_register"

    def to_pandas(self, tz: Optional[_dt.tzinfo] = None) -> Any:
        """One row per complaint, in the order received: ``number``,
        ``received``, ``accepted`` (``datetime64[s]`` naive local, aware in
        ``tz`` when given); the form's facts (九)1: ``customer``,
        ``order_number`` (編號), ``part_number`` (料號) (text, missing when
        not recorded), ``shipped`` (交運日期: ``datetime64[s]`` at midnight, NaT),
        ``quantity`` and ``defective_quantity`` (nullable ``Int64``: <NA>
        not yet determined), ``request`` (the 客戶要求, or "客戶加工中未確定"
        while pending), ``sample_sent`` (bool); ``kind``, ``severity``,
        ``market`` (``category`` of :data:`COMPLAINT_KINDS`,
        :data:`SEVERITIES`, :data:`MARKETS`), ``department`` (handling,
        ``category``), ``stage`` (``category``: the policy's stages, then
        "closed"), ``stage_department`` (who holds the form, ``category``;
        NaN once closed), ``stage_deadline`` (NaT without a budget or once
        closed), ``deadline`` (overall), ``standing`` (``category`` of
        :data:`COMPLAINT_STANDINGS`, the one judge's verdict at the query's
        as_of), ``closed_at`` (NaT while open), ``skipped`` (the optional
        stages passed over, ", "-joined), ``entries`` (int64: entries
        written on the form)."""
        stages = tuple(s.name for s in self._store.policy.complaints.stages) + ("closed",)
        return self._frame(tz, [
            ("number", _as_text),
            ("received", _as_instants),
            ("accepted", _as_instants),
            ("customer", _as_text),
            ("order_number", _as_text),
            ("part_number", _as_text),
            ("shipped", _as_days),
            ("quantity", _as_nullable_int),
            ("defective_quantity", _as_nullable_int),
            ("request", _as_text),
            ("sample_sent", _as_dtype(bool)),
            ("kind", _as_fixed_category(COMPLAINT_KINDS)),
            ("severity", _as_fixed_category(SEVERITIES)),
            ("market", _as_fixed_category(MARKETS)),
            ("department", _as_coded()),
            ("stage", _as_coded(stages)),
            ("stage_department", _as_coded()),
            ("stage_deadline", _as_instants),
            ("deadline", _as_instants),
            ("standing", _as_fixed_category(COMPLAINT_STANDINGS)),
            ("closed_at", _as_instants),
            ("skipped", _as_text),
            ("entries", _as_dtype(np.int64)),
        ])
