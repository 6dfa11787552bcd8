"""Bills, invoices and payments in the store (issue 28). seeds/002 (十):
凡屬有費服務,其費用較低者,應由技術人員當場向戶收費…否則應于當天…開具發票; (十三): a
paid carry-in repair is invoiced the day the goods go back; 第三篇: 上門費用20元,
修理費用400元和零件費2000元 (2420 yuan); seeds/001: 按實際發生的費用收費. The fee
schedules are the policy's ``service.billing`` section. Money is
``decimal.Decimal`` yuan, exact to the fen (a sub-fen amount is refused
naming the field)."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, List, NamedTuple, Optional, Tuple

from . import _convert as cv
from . import _core
from ._store_records import _ALL_TIME, _pandas

# The library's tables (aftersales/enum_names.hpp), never spelled again.
PAYMENT_METHODS = _core.enum_names("payment_method")
BILL_SETTLEMENTS = _core.enum_names("bill_settlement")


class BillLine(NamedTuple):
    """A line of a bill, copied when the bill was made: ``kind`` "call_out"
    (上門費), "labour" (per job: one 修理費 line; per hour: one line per labour
    line, pro-rated to the second, half up to the fen) or "part" (at its
    recorded price); ``charged``: billed to the customer, else valued only
    (free, internal or contract-covered work)."""

    kind: str
    description: str
    quantity: int
    worked: Optional[_dt.timedelta]
    unit_price: Decimal
    amount: Decimal
    charged: bool


class Bill(NamedTuple):
    """A call's bill. ``total`` is charged to the customer (the sum of the
    charged lines), ``value`` the work at the schedule (every line);
    ``settlement`` "none" (nothing charged), "on_the_spot" (at most the
    policy's collect_on_the_spot_max, (十) 費用較低者) or "invoice" (due on
    ``due_on``, the completion's or the goods' return's day, (十)(十三));
    ``owed`` = total - paid."""

    id: str
    call_id: str
    voucher: str
    centre: str
    category: str
    billed_at: _dt.datetime
    settlement: str
    due_on: Optional[_dt.date]
    total: Decimal
    value: Decimal
    lines: Tuple[BillLine, ...]
    invoice_number: Optional[str]
    invoiced_on: Optional[_dt.date]
    paid: Decimal
    owed: Decimal


def _date_or_none(text: Optional[str]) -> Optional[_dt.date]:
    return None if text is None else _dt.date.fromisoformat(text)


_BILL_COLUMNS = ("id", "call_id", "voucher", "centre", "customer", "category", "settlement", "billed_at", "total",
                 "value", "paid", "owed", "due_on", "invoice_number", "invoiced_on")
_PAYMENT_COLUMNS = ("id", "bill_id", "call_id", "voucher", "centre", "method", "amount", "paid_at", "recorded")


class _BillingOps:
    """The billing operations of :class:`Store` (a mixin: ``self._core``,
    ``self._cal``, ``self._at``)."""

    _core: Any
    _cal: Any

    def _bill_out(self, t: Tuple[Any, ...], style: cv.Style = None) -> Bill:
        (id_, call_id, voucher, centre, category, billed_at, settlement, due_on, total, value, lines, number,
         invoiced_on, paid, owed) = t
        return Bill(
            id_, call_id, voucher, centre, category, cv.instant_out(self._cal, billed_at, style), settlement,
            _date_or_none(due_on), cv.money_out(total), cv.money_out(value),
            tuple(BillLine(k, d, q, None if w is None else _dt.timedelta(seconds=w), cv.money_out(u), cv.money_out(a),
                           bool(c)) for (k, d, q, w, u, a, c) in lines),
            number, _date_or_none(invoiced_on), cv.money_out(paid), cv.money_out(owed),
        )

    def bill_call(self, call_id: str, at: _dt.datetime) -> Bill:
        """Bills a completed (or returned) call at ``at``, once, from its
        labour and parts lines and the policy's fee schedule for its service
        category (the lines copied: a later schedule never changes it). A
        billed call takes no more labour or parts lines. StateError naming
        "call" for a call not completed or billed already; InvalidArgumentError
        naming "at" before the completion or in the future."""
        t, style = cv.instant_in(self._cal, at, "at")
        return self._bill_out(self._core.bill_call(cv.str_in(call_id, "call_id"), t), style)

    def invoice(self, call_id: str, at: _dt.datetime) -> Bill:
        """Issues the invoice of the call's bill at ``at`` (dated its local
        day), numbered per centre and month (policy service.numbering.invoice:
        "I-main-2511-00001").
        NotFoundError naming "call_id" without a bill; StateError naming
        "call" when invoiced already or charging nothing."""
        t, style = cv.instant_in(self._cal, at, "at")
        return self._bill_out(self._core.issue_invoice(cv.str_in(call_id, "call_id"), t), style)

    def pay(self, call_id: str, amount: Any, at: _dt.datetime, method: str = "cash") -> str:
        """Records a payment of ``amount`` (Decimal yuan, more than 0, exact
        to the fen) by ``method`` ("cash", "card", "transfer") at ``at`` on
        the call's bill; returns its id. A payment above what is still owed
        is refused (InvalidArgumentError naming "amount" with both figures)."""
        fen = cv.money_in(amount, "amount")
        method = cv.str_in(method, "method")
        return self._core.record_payment(cv.str_in(call_id, "call_id"), method, fen, self._at(at))

    def bill(self, call_id: str) -> Bill:
        """The call's bill as it stands (paid and owed now)."""
        return self._bill_out(self._core.bill(cv.str_in(call_id, "call_id")))

    def _bill_frame(self, rows: List[Tuple[Any, ...]]) -> Any:
        pd = _pandas()
        cols = {name: [r[i] for r in rows] for i, name in enumerate(_BILL_COLUMNS)}
        for name in ("total", "value", "paid", "owed"):
            cols[name] = pd.Series([cv.money_out(v) for v in cols[name]], dtype=object)
        cols["billed_at"] = pd.Series([cv.instant_out(self._cal, s, None) for s in cols["billed_at"]],
                                      dtype="datetime64[s]")
        for name in ("due_on", "invoiced_on"):
            cols[name] = pd.Series([_date_or_none(v) for v in cols[name]], dtype=object)
        return pd.DataFrame(cols, columns=list(_BILL_COLUMNS))

    def bills(self, start: Optional[_dt.datetime] = None, end: Optional[_dt.datetime] = None) -> Any:
        """The bills made in [start, end) (None: unbounded) as a DataFrame,
        one row per bill by billed_at: id, call_id, voucher, centre,
        customer, category, settlement, billed_at (naive local), total,
        value, paid, owed (Decimal; paid and owed now), due_on, invoice_number,
        invoiced_on (None: none)."""
        lo = _ALL_TIME[0] if start is None else self._at(start, "start")
        hi = _ALL_TIME[1] if end is None else self._at(end, "end")
        return self._bill_frame(self._core.bills(lo, hi))

    def receivables(self, as_of: Optional[_dt.datetime] = None) -> Any:
        """The bills made by ``as_of`` (default: now) with something owed
        then (a payment after it has not happened), as :meth:`bills`."""
        t = self._core.now() if as_of is None else self._at(as_of, "as_of")
        return self._bill_frame(self._core.receivables(t))

    def overdue_invoices(self, on: _dt.date) -> Any:
        """The invoice-settled bills due before ``on`` whose invoice was not
        issued by ``on`` ((十): the same day; (十三): the day the goods go
        back), as :meth:`bills`."""
        return self._bill_frame(self._core.overdue_invoices(cv.date_in(on, "on")))

    def payments(self, start: Optional[_dt.datetime] = None, end: Optional[_dt.datetime] = None) -> Any:
        """The payments made in [start, end) as a DataFrame: id, bill_id,
        call_id, voucher, centre, method, amount (Decimal), paid_at,
        recorded (naive local)."""
        pd = _pandas()
        lo = _ALL_TIME[0] if start is None else self._at(start, "start")
        hi = _ALL_TIME[1] if end is None else self._at(end, "end")
        rows = self._core.payments(lo, hi)
        cols = {name: [r[i] for r in rows] for i, name in enumerate(_PAYMENT_COLUMNS)}
        cols["amount"] = pd.Series([cv.money_out(v) for v in cols["amount"]], dtype=object)
        for name in ("paid_at", "recorded"):
            cols[name] = pd.Series([cv.instant_out(self._cal, s, None) for s in cols[name]], dtype="datetime64[s]")
        return pd.DataFrame(cols, columns=list(_PAYMENT_COLUMNS))
