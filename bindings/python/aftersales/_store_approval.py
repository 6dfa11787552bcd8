"""Approval by authority level and improvement actions (issue 29).

seeds/002 客戶投訴管理辦法 (九)6: the consolidated form goes 依核決權限 to the
sales manager, the vice president or the general manager; (九)11: sales may
not promise beyond that authority. The policy's ``complaints.approval``
levels bound the amount a decision commits (compensation + allowance +
returned goods at price); the defaults (sales manager up to 5,000 yuan
inclusive, vice president up to 50,000, general manager above) are a
company's choice: the seeds give no amounts. (七)3(5) 改善案…效果確認: an
improvement is confirmed effective, or found ineffective and reopened
(linked); (九)7 人為疏忽免列案追蹤: a case exempt from tracking takes no
improvement. Money is ``decimal.Decimal`` yuan, exact to the fen."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, List, NamedTuple, Optional, Sequence

from . import _convert as cv
from . import _core

# The library's tables (aftersales/enum_names.hpp), never spelled again.
COMMITMENT_KINDS = _core.enum_names("commitment_kind")
IMPROVEMENT_STATES = _core.enum_names("improvement_state")
TRACKING_EXEMPTIONS = _core.enum_names("tracking_exemption")


class DecisionLine(NamedTuple):
    """A line of the decision: ``kind`` "compensation", "allowance" or
    "returned_goods"; ``quantity`` x ``unit_price`` (yuan)."""

    kind: str
    quantity: int
    unit_price: Decimal


class Approval(NamedTuple):
    """A recorded approval: the level that signed, the lowest level that
    could have (``required_level``), who and when (naive local time), the
    amount committed and the decision's lines."""

    id: str
    number: str
    level: str
    required_level: str
    approver: str
    at: _dt.datetime
    amount: Decimal
    lines: List[DecisionLine]


class Improvement(NamedTuple):
    """An improvement (改善案): open until confirmed or found ineffective
    (``closed_at``, ``closed_by``); ``reopens`` the id of the ineffective
    one it replaces."""

    id: str
    number: str
    action: str
    owner: str
    due: _dt.date
    opened: _dt.datetime
    state: str
    closed_at: Optional[_dt.datetime]
    closed_by: Optional[str]
    reopens: Optional[str]


class TrackingExemption(NamedTuple):
    """A case whose improvement is not tracked ((九)7), why, by whom, when."""

    number: str
    reason: str
    decided_by: str
    at: _dt.datetime


def _improvement_out(cal: Any, t: tuple, style: cv.Style = None) -> Improvement:
    """The core's improvement tuple (id, number, action, owner, due, opened,
    state, closed_at, closed_by, reopens) as :class:`Improvement`, times on
    `cal` naive local or aware in `style`."""
    iid, number, action, owner, due, opened, state, closed_at, closed_by, reopens = t
    return Improvement(iid, number, action, owner, cv.date_out(due), cv.instant_out(cal, opened, style), state,
                       None if closed_at is None else cv.instant_out(cal, closed_at, style), closed_by, reopens)


class ImprovementStatistics(NamedTuple):
    """The improvements the month's complaint statistics check ((九)10): open
    and overdue as of the end of ``due`` (or the store's now when earlier)."""

    due: _dt.date
    open: List[Improvement]
    overdue: List[Improvement]


class _ApprovalOps:
    """Store methods for approvals and improvements."""

    __slots__ = ()

    def _approval(self, t: Any) -> Approval:
        aid, number, level, required, approver, at, amount, lines = t
        return Approval(
            aid, number, level, required, approver, cv.instant_out(self._cal, at, None), cv.money_out(amount),
            [DecisionLine(k, q, cv.money_out(p)) for k, q, p in lines],
        )

    def _improvement(self, t: Any) -> Improvement:
        return _improvement_out(self._cal, t)

    def approve_complaint(
        self, number: str, level: str, approver: str, at: _dt.datetime, lines: Sequence[Any] = ()
    ) -> Approval:
        """Approves complaint ``number`` at its approval stage, closing it
        (the complaint's advance at ``at``). ``lines``: DecisionLine or
        (kind, quantity, unit_price yuan) tuples. InvalidArgumentError naming
        "level" with the level needed when ``level`` is below it ("...
        12000.00 yuan needs vice_president"; a higher level may approve);
        NotFoundError naming "level" (unknown) or "number"; StateError naming
        "complaint" when it is not at the approval stage."""
        core_lines = []
        for i, line in enumerate(lines):
            kind, quantity, price = line
            core_lines.append((
                cv.str_in(kind, f"lines[{i}].kind"),
                cv.int_in(quantity, f"lines[{i}].quantity", (-(2**63), 2**63 - 1)),
                cv.money_in(price, f"lines[{i}].unit_price"),
            ))
        return self._approval(self._core.approve_complaint(
            cv.str_in(number, "number"), cv.str_in(level, "level"), cv.str_in(approver, "approver"),
            self._at(at), core_lines,
        ))

    def complaint_approval(self, number: str) -> Optional[Approval]:
        """The complaint's approval, or None."""
        t = self._core.complaint_approval(cv.str_in(number, "number"))
        return None if t is None else self._approval(t)

    def open_improvement(self, number: str, action: str, owner: str, due: _dt.date, opened: _dt.datetime) -> Improvement:
        """Opens an improvement on complaint ``number``, due by the end of
        ``due``. StateError naming "number" on a case exempt from tracking
        or found invalid."""
        return self._improvement(self._core.open_improvement(
            cv.str_in(number, "number"), cv.str_in(action, "action"), cv.str_in(owner, "owner"),
            cv.date_in(due, "due"), self._at(opened, "opened"),
        ))

    def confirm_improvement(self, id: str, by: str, at: _dt.datetime) -> Improvement:  # noqa: A002
        """效果確認: the open improvement confirmed effective."""
        return self._improvement(self._core.confirm_improvement(cv.str_in(id, "id"), cv.str_in(by, "by"), self._at(at)))

    def reopen_improvement(
        self, id: str, by: str, at: _dt.datetime, action: str, owner: str, due: _dt.date  # noqa: A002
    ) -> Improvement:
        """The open improvement found ineffective at ``at`` and a new one
        opened then, linked (``reopens``); returns the new one."""
        return self._improvement(self._core.reopen_improvement(
            cv.str_in(id, "id"), cv.str_in(by, "by"), self._at(at), cv.str_in(action, "reopened.action"),
            cv.str_in(owner, "reopened.owner"), cv.date_in(due, "reopened.due"),
        ))

    def exempt_from_tracking(
        self, number: str, decided_by: str, at: _dt.datetime, reason: str = "human_negligence"
    ) -> TrackingExemption:
        """(九)7 人為疏忽免列案追蹤: the case's improvement is not tracked."""
        n, r, by, t = self._core.exempt_from_tracking(
            cv.str_in(number, "number"), cv.str_in(reason, "reason"), cv.str_in(decided_by, "decided_by"),
            self._at(at),
        )
        return TrackingExemption(n, r, by, cv.instant_out(self._cal, t, None))

    def tracking_exemption(self, number: str) -> Optional[TrackingExemption]:
        t = self._core.tracking_exemption(cv.str_in(number, "number"))
        if t is None:
            return None
        n, r, by, at = t
        return TrackingExemption(n, r, by, cv.instant_out(self._cal, at, None))

    def improvements(self, number: Optional[str] = None) -> List[Improvement]:
        """One complaint's improvements (or all), by opening."""
        n = None if number is None else cv.str_in(number, "number")
        return [self._improvement(t) for t in self._core.improvements(n)]

    def open_improvements(self, as_of: _dt.datetime, overdue_only: bool = False) -> List[Improvement]:
        """The improvements open at ``as_of`` as they stood then, by due day;
        ``overdue_only``: those whose due day has ended (the SLA judge's
        verdict), as the month's statistics list them."""
        return [self._improvement(t)
                for t in self._core.open_improvements(self._at(as_of, "as_of"), cv.bool_in(overdue_only, "overdue_only"))]

    def improvement_statistics(self, month: Any) -> ImprovementStatistics:
        """The open and overdue improvements of the statistics of ``month``
        ("YYYY-MM" or a date in it), as :meth:`complaint_statistics` is due."""
        st = self.complaint_statistics(month)  # a view of the statistics' improvements
        return ImprovementStatistics(st.due, st.open_improvements, st.overdue_improvements)
