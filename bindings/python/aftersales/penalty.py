"""Penalties for complaints (RULES.md §5): splitting a loss exactly, loss
assessment, administrative deductions, return reconciliation and the ledger
that takes deductions out of monthly bonuses, capped per month, the rest
carried forward oldest case first.

Money is ``decimal.Decimal`` yuan (int and str accepted), exact to the fen;
every split sums back to the amount. Ratios are percent (``Decimal("33.33")``
allowed, two places), tolerances and caps are fractions (``Decimal("0.05")``).
Months are ``"YYYY-MM"``.
"""

from __future__ import annotations

import datetime as _dt
import decimal
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from . import _convert as cv
from . import _core
from ._errors import InvalidArgumentError

__all__ = [
    "PenaltyPolicy",
    "PenaltyLedger",
    "Settlement",
    "LossAssessment",
    "split",
    "split_by_points",
    "assess_loss",
    "reconcile_return",
    "administrative_deduction",
    "ADMIN_PENALTIES",
    "RETURN_KINDS",
    "Bearer",
    "attribute",
]

ADMIN_PENALTIES = _core.enum_names("admin_penalty")
RETURN_KINDS = _core.enum_names("return_kind")


@dataclass(frozen=True)
class Bearer:
    """Who bears a share of a loss: ``name`` at ``level`` ("person", "group",
    "section" or "department"), and the ``rule``."""

    name: str
    level: str
    rule: str


def attribute(function: str, unit: str, person: Optional[str] = None, group: Optional[str] = None) -> Bearer:
    """Who bears a share: in "manufacturing" the smallest ``group`` unit where
    it happened, else the whole section ``unit``; in "sales" and "service"
    the ``person``, else the department ``unit``."""
    name, level, rule = _core.attribute(
        cv.str_in(function, "function"),
        None if person is None else cv.str_in(person, "person"),
        None if group is None else cv.str_in(group, "group"),
        cv.str_in(unit, "unit"),
    )
    return Bearer(name, level, rule)


def _fraction_in(value: Any, name: str) -> int:
    """A fraction (Decimal("0.05")) -> millionths."""
    return cv.scaled_in(value, name, 6, "(a fraction)")


def _month_in(month: Any, name: str = "month") -> str:
    if isinstance(month, (_dt.date, _dt.datetime)):
        return f"{month.year:04d}-{month.month:02d}"
    return _core.parse_year_month(cv.str_in(month, name), name)


def split(amount: Any, ratios: Mapping[str, Any]) -> Dict[str, decimal.Decimal]:
    """Splits ``amount`` by responsibility ratios in percent that sum to 100
    (``{"wang": 60, "li": 40}``): largest remainder, a tie to the earlier
    party; the shares sum to ``amount`` exactly."""
    shares = _core.split_by_ratios(cv.money_in(amount, "amount"), cv.ratios_in(ratios))
    return {party: cv.money_out(fen) for party, fen in shares}


def split_by_points(amount: Any, points: Mapping[str, int]) -> Dict[str, decimal.Decimal]:
    """A department's loss over its people by base points: loss ÷ total
    points × the person's points, exact to the fen (largest remainder)."""
    if not isinstance(points, Mapping):
        raise TypeError(f"points must be a mapping of person -> base points, not {cv.type_name(points)}")
    weights = [(cv.str_in(k, "points key"), cv.int_in(v, f"points.{k}", (-(2**62), 2**62))) for k, v in points.items()]
    return {party: cv.money_out(fen) for party, fen in _core.split_by_points(cv.money_in(amount, "amount"), weights)}


def assess_loss(grade_a_price: Any, resale_price: Any = None, actual_loss: Any = None) -> decimal.Decimal:
    """The loss on returned goods: resold within the month -> the grade-A
    price less ``resale_price`` (never below 0); not resold -> ``actual_loss``.
    :meth:`PenaltyPolicy.assess_loss` checks the resale date too."""
    return cv.money_out(_core.assess_loss(
        cv.money_in(grade_a_price, "grade_a_price"),
        None if resale_price is None else cv.money_in(resale_price, "resale_price"),
        None if actual_loss is None else cv.money_in(actual_loss, "actual_loss"),
    ))


@dataclass(frozen=True)
class LossAssessment:
    """``loss`` (Decimal), whether it was ``resold_in_time`` (by
    ``resale_deadline``), and the ``rule`` that decided."""

    loss: decimal.Decimal
    resold_in_time: bool
    resale_deadline: _dt.date
    rule: str


@dataclass(frozen=True)
class Settlement:
    """One person's deductions for a month: at most ``cap`` (the month's
    ``bonus`` × the ledger's cap), ``deducted`` in ``lines`` (case, month
    charged, amount; oldest first), ``carried`` still owed."""

    person: str
    month: str
    bonus: decimal.Decimal
    cap: decimal.Decimal
    deducted: decimal.Decimal
    carried: decimal.Decimal
    lines: Tuple[Tuple[str, str, decimal.Decimal], ...]
    # Issue 29 (行政處罰準則 (五)): the month's administrative penalties, taken
    # first and whole, never carried: (case, kind, amount, uncollected) each;
    # ``cap`` is then at most what they leave.
    admin_deducted: decimal.Decimal = decimal.Decimal(0)
    admin_uncollected: decimal.Decimal = decimal.Decimal(0)
    admin_lines: Tuple[Tuple[str, str, decimal.Decimal, decimal.Decimal], ...] = ()

    @classmethod
    def _from_core(cls, t: Any) -> "Settlement":
        person, month, bonus, cap, deducted, carried, lines, admin_deducted, admin_uncollected, admin = t
        return cls(person, month, cv.money_out(bonus), cv.money_out(cap), cv.money_out(deducted),
                   cv.money_out(carried), tuple((c, m, cv.money_out(a)) for c, m, a in lines),
                   cv.money_out(admin_deducted), cv.money_out(admin_uncollected),
                   tuple((c, k, cv.money_out(a), cv.money_out(u)) for c, k, a, u in admin))


class PenaltyPolicy:
    """A company's penalty scale: the deduction cap, the administrative
    amounts, the resale window and the return tolerance. ``default()`` holds
    the seeds' scale; ``from_json`` reads a policy document's "penalties"
    section."""

    def __init__(self, core: Any) -> None:
        self._core = core

    @classmethod
    def default(cls) -> "PenaltyPolicy":
        return cls(_core.PenaltyPolicy.default_policy())

    @classmethod
    def from_json(cls, text: str) -> "PenaltyPolicy":
        return cls(_core.PenaltyPolicy.from_json(cv.str_in(text, "text")))

    def to_json(self) -> str:
        return self._core.to_json()

    @property
    def cap(self) -> decimal.Decimal:
        return decimal.Decimal(self._core.cap_ppm).scaleb(-6).normalize()

    @property
    def tolerance(self) -> decimal.Decimal:
        return decimal.Decimal(self._core.tolerance_ppm).scaleb(-6).normalize()

    @property
    def offences(self) -> Tuple[str, ...]:
        return tuple(self._core.offences)

    def administrative_deduction(self, kind: str, count: int = 1, bonus: Any = None,
                                 amount: Any = None) -> decimal.Decimal:
        """warning: at least the policy's amount × ``count``; minor: at least
        its amount × ``count``; major: the whole month's ``bonus`` (which must
        be given). ``amount``: the deduction decided for a warning or minor
        demerit, at least the minimum (InvalidArgumentError naming "amount")."""
        return cv.money_out(self._core.administrative_deduction(
            cv.str_in(kind, "kind"), cv.int_in(count, "count"),
            None if bonus is None else cv.money_in(bonus, "bonus"),
            None if amount is None else cv.money_in(amount, "amount")))

    def assess_loss(
        self,
        grade_a_price: Any,
        returned: _dt.date,
        sold: Optional[_dt.date] = None,
        resale_price: Any = None,
        actual_loss: Any = None,
    ) -> LossAssessment:
        """The loss on goods returned on ``returned``: resold (``sold``, at
        ``resale_price``) within the resale window -> the grade-A price less
        the resale price; otherwise ``actual_loss``, which must be given."""
        loss, in_time, deadline, rule = self._core.assess_loss(
            cv.money_in(grade_a_price, "grade_a_price"),
            cv.date_in(returned, "returned"),
            None if sold is None else cv.date_in(sold, "sold"),
            None if resale_price is None else cv.money_in(resale_price, "resale_price"),
            None if actual_loss is None else cv.money_in(actual_loss, "actual_loss"),
        )
        return LossAssessment(cv.money_out(loss), in_time, cv.date_out(deadline), rule)

    def reconcile_return(self, approved: int, actual: int, tolerance: Any = None) -> Tuple[str, int]:
        """("accept" | "flag", quantity): at most ``approved``, or above it by
        no more than ``tolerance`` (the customer's, a fraction; None: the
        policy's), is accepted at the actual quantity; more is flagged."""
        check, quantity, _rule = self._core.reconcile_return(
            cv.int_in(approved, "approved", (-(2**62), 2**62)),
            cv.int_in(actual, "actual", (-(2**62), 2**62)),
            None if tolerance is None else _fraction_in(tolerance, "tolerance"),
        )
        return check, quantity

    def ledger(self) -> "PenaltyLedger":
        """An empty ledger with this policy's cap."""
        return PenaltyLedger(cap=self.cap)

    def __repr__(self) -> str:
        return f"<aftersales.PenaltyPolicy cap={self.cap}>"


_DEFAULT: Optional[PenaltyPolicy] = None


def _default() -> PenaltyPolicy:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = PenaltyPolicy.default()
    return _DEFAULT


def administrative_deduction(kind: str, count: int = 1, bonus: Any = None, amount: Any = None) -> decimal.Decimal:
    """The default scale's deduction: ``kind`` in ("warning", "minor",
    "major"; "major" needs ``bonus``); see
    :meth:`PenaltyPolicy.administrative_deduction`."""
    return _default().administrative_deduction(kind, count, bonus, amount)


def reconcile_return(approved: int, actual: int, tolerance: Any = None) -> Tuple[str, int]:
    """The default scale's return check (tolerance None: the company's 5 %);
    see :meth:`PenaltyPolicy.reconcile_return`."""
    return _default().reconcile_return(approved, actual, tolerance)


class PenaltyLedger:
    """Complaint deductions per person, month by month: ``charge`` a case's
    amount to a person from a month on; ``settle`` a month with that month's
    bonus deducts the oldest charges first up to ``cap`` × the bonus (rounded
    down) and carries the rest. Not thread-safe: one writer at a time."""

    def __init__(self, cap: Any = None) -> None:
        ppm = _default()._core.cap_ppm if cap is None else _fraction_in(cap, "cap")
        self._core = _core.PenaltyLedger(ppm)

    @classmethod
    def _wrap(cls, core: Any) -> "PenaltyLedger":
        """A ledger around a core ledger (as :meth:`Store.penalty_ledger` rebuilds one)."""
        obj = cls.__new__(cls)
        obj._core = core
        return obj

    @property
    def cap(self) -> decimal.Decimal:
        return decimal.Decimal(self._core.cap_ppm).scaleb(-6).normalize()

    def charge(self, person: str, month: Any, amount: Any, case: str) -> None:
        self._core.charge(cv.str_in(person, "person"), _month_in(month), cv.money_in(amount, "amount"),
                          cv.str_in(case, "case"))

    def settle(self, person: str, month: Any, bonus: Any) -> Tuple[decimal.Decimal, decimal.Decimal]:
        """(deducted, carried) for ``person``'s ``month``; :meth:`settlement`
        gives the lines too. A month settles once, in order (StateError)."""
        s = self.settlement(person, month, bonus)
        return s.deducted, s.carried

    def settlement(self, person: str, month: Any, bonus: Any) -> Settlement:
        return Settlement._from_core(
            self._core.settle(cv.str_in(person, "person"), _month_in(month), cv.money_in(bonus, "bonus")))

    def outstanding(self, person: str) -> decimal.Decimal:
        return cv.money_out(self._core.outstanding(cv.str_in(person, "person")))

    def settlements(self) -> List[Settlement]:
        return [Settlement._from_core(t) for t in self._core.settlements()]

    def penalize(self, person: str, month: Any, case: str, kind: str, count: int = 1, amount: Any = None) -> None:
        """An administrative penalty (行政處罰準則 (四)-(六)) on ``person``'s
        ``month``, taken when that month is settled: first and whole, outside
        the cap, which is for complaint deductions only ((五)3: a ``"major"``
        demerit takes the month's whole bonus at once, never spread over two
        months; what the bonus cannot pay is not carried). ``kind`` is
        "warning", "minor" or "major", ``count`` times; ``amount`` (Decimal
        yuan) is the deduction decided for a warning or minor demerit, as
        :meth:`PenaltyPolicy.administrative_deduction` gives it (taken as
        given; required: a ledger without its policy knows no minimum), and
        must be None for a major demerit. StateError naming "month" once that
        month or a later one of the person is settled."""
        if amount is None and kind != "major":
            raise InvalidArgumentError(
                "is required for a warning or minor demerit (PenaltyPolicy.administrative_deduction gives it: "
                "at least the policy's minimum x count, 行政處罰準則 (五))", field="amount")
        self._core.penalize(cv.str_in(person, "person"), _month_in(month), cv.str_in(case, "case"),
                            cv.str_in(kind, "kind"), cv.int_in(count, "count"),
                            0 if amount is None else cv.money_in(amount, "amount"))

    def admin_charges(self) -> List[Tuple[str, str, str, str, int, decimal.Decimal]]:
        """The administrative penalties on the ledger, as recorded: (person,
        month, case, kind, count, amount; a major demerit's amount is 0, the
        bonus being known at the settlement)."""
        return [(p, m, c, k, n, cv.money_out(a)) for p, m, c, k, n, a in self._core.admin_charges()]

    def __repr__(self) -> str:
        return f"<aftersales.PenaltyLedger cap={self.cap}>"
