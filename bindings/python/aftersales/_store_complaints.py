"""The Store's operations on complaints, returns and the penalty ledger (a mixin of Store)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, List, Optional, Tuple

from . import _convert as cv
from ._errors import NotFoundError
from ._store_records import _ALL_TIME
from ._store_queries import ComplaintQuery, PenaltyQuery, _optional_str, _tz_in
from .complaint import (
    Complaint,
    ComplaintStatistics,
    OverdueInquiry,
    Reminder,
    _inquiries_out,
    _reminders_out,
    _statistics_out,
)
from .penalty import PenaltyLedger, Settlement, _fraction_in, _month_in


class _ComplaintOps:
    """Store methods for complaints (RULES.md §4) and the penalty ledger (RULES.md §5)."""

    __slots__ = ()

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
        store's counter for the local month of ``received`` ("2510-01",
        "2510-02", ..., "2510-100": the policy's serial_width, widened past
        it, never reused; race-free between handles and processes), as
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
        them, with issue 29's lists: the complaints not visited or not told
        the result, the administrative penalties on them, and the open and
        overdue improvements, all as of the end of the due day (or now when
        earlier) by the events' own times (times naive local)."""
        return _statistics_out(self._core.complaint_statistics(_month_in(month)), self._cal)

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
