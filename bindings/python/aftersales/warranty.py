"""Warranty decisions (RULES.md 3): coverage on a date, remedies under 三包,
the service category of a job, extended warranties (延保) and maintenance
contracts (合同服務).

Dates are ``datetime.date`` (a ``datetime`` is refused: use ``.date()``).
Money is ``decimal.Decimal`` yuan (an ``int`` or a ``str`` such as
``"6000.00"`` is accepted too; a ``float`` is refused): it is counted in
whole fen, so an amount with a part below one fen is an error, and amounts
come back as ``Decimal`` with two places. Every decision names its rule.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import numpy as np

from . import _core
from . import _convert as cv
from ._errors import Error
from ._errors import InvalidArgumentError
from .calendar import Calendar, _check_calendar

__all__ = [
    "WarrantyPolicy",
    "Coverage",
    "CoverageMany",
    "RemedyDecision",
    "CategoryDecision",
    "ServiceCategory",
    "ExtendedWarranty",
    "ExtendedWarrantyTariff",
    "ExchangeRequestDeadlines",
    "MaintenanceContract",
    "coverage_many",
    "expiry_notices",
]

REMEDIES = _core.enum_names("remedy")


# ---------------------------------------------------------------- money


def _optional_date_in(d: Any, name: str) -> Optional[str]:
    return None if d is None else cv.date_in(d, name)


def _optional_str_in(s: Any, name: str) -> Optional[str]:
    return None if s is None else cv.str_in(s, name)


def _count_in(n: Any, name: str) -> int:
    # The library checks the sign and names the field; int32 is the C++ int.
    return cv.int_in(n, name)


def _unit_in(
    product: Any,
    purchased: Any,
    delivered: Any,
    installed: Any,
    exchanged: Any,
    repair_days: Any,
    mileage_km: Any,
    repair_days_name: str = "repair_days",
) -> tuple:
    """The unit facts every decision takes, as the core's tuple."""
    days = (
        _count_in(repair_days, repair_days_name)
        if repair_days_name == "repair_days"
        else _non_negative(repair_days, repair_days_name)
    )
    return (
        cv.str_in(product, "product"),
        cv.date_in(purchased, "purchased"),
        _optional_date_in(delivered, "delivered"),
        _optional_date_in(installed, "installed"),
        _optional_date_in(exchanged, "exchanged"),
        days,
        None if mileage_km is None else cv.int_in(mileage_km, "mileage_km"),
    )


def _non_negative(n: Any, name: str) -> int:
    # For a count the library would name by another field's name.
    v = cv.int_in(n, name)
    if v < 0:
        raise InvalidArgumentError(f"{v} is negative", field=name)
    return v


# ---------------------------------------------------------------- results


class ServiceCategory(enum.Enum):
    """家電 (六): the service category of a job."""

    PAID = "paid"  # A
    CONTRACT = "contract"  # B
    FREE = "free"  # C
    INTERNAL = "internal"  # D

    @property
    def letter(self) -> str:
        """"A" paid, "B" contract, "C" free, "D" internal."""
        return _LETTERS[self]


_LETTERS = {
    ServiceCategory.PAID: "A",
    ServiceCategory.CONTRACT: "B",
    ServiceCategory.FREE: "C",
    ServiceCategory.INTERNAL: "D",
}


@dataclass(frozen=True)
class Coverage:
    """Whether a unit (or one component) is covered on a date.

    ``until`` is the last covered day of the term that applies, also when it
    has expired (None only when no term was reached). ``term`` is
    ``"whole_unit"``, the component's name or ``"extended.<id>"``;
    ``exclusion`` the excluded cause that decided, else None; ``rule`` names
    the rule that answered.
    """

    covered: bool
    until: Optional[_dt.date]
    term: str
    exclusion: Optional[str]
    rule: str
    #: Housing: "owner" or "contractor", the guarantee whose end applies (the
    #: later: 商品房销售管理办法 art. 33); else None.
    guarantee: Optional[str] = None
    #: Housing: the repairer the 住宅质量保证书 names, to route the call to; else None.
    repairer: Optional[str] = None


@dataclass(frozen=True)
class RemedyDecision:
    """The remedies the customer may choose, in the order ("return",
    "exchange", "repair"), or ("replacement",): a new unit for one that
    cannot be repaired under an extended warranty; whether they are free; the refund on a return
    (Decimal yuan, when a price was given and return is an option, else
    None); the deciding rule and the trail of every rule checked."""

    options: Tuple[str, ...]
    free: bool
    refund: Optional[decimal.Decimal]
    rule: str
    trail: Tuple[str, ...]
    #: Car 2021 art. 27: what the consumer pays on an exchange or return under
    #: art. 24 para. 1, price x km / 1000 x n (Decimal yuan, half up to the
    #: fen); the refund is the price less it. None when not due or not known.
    usage_compensation: Optional[decimal.Decimal] = None


@dataclass(frozen=True)
class ExchangeRequestDeadlines:
    """Car 2021 art. 28: the last day for the seller's answer to an exchange
    or return request and for completing it (None where the policy gives
    none), and the rule with its numbers."""

    answer_by: Optional[_dt.date]
    complete_by: Optional[_dt.date]
    rule: str


@dataclass(frozen=True)
class CategoryDecision:
    """A service category with the rule that gave it."""

    category: ServiceCategory
    rule: str

    @property
    def value(self) -> str:
        return self.category.value

    @property
    def letter(self) -> str:
        return self.category.letter


@dataclass(frozen=True, eq=False)
class CoverageMany:
    """The answer of :meth:`WarrantyPolicy.coverage_many`: ``covered`` (bool)
    and ``until`` (datetime64[D], NaT where the inputs were NaT or an error
    was coerced), both in the broadcast shape of the inputs. Also reads as a
    mapping: ``result["covered"]``."""

    covered: np.ndarray
    until: np.ndarray

    def __getitem__(self, key: str) -> np.ndarray:
        if key == "covered":
            return self.covered
        if key == "until":
            return self.until
        raise KeyError(key)

    def keys(self) -> Tuple[str, str]:
        return ("covered", "until")


# ---------------------------------------------------------------- contracts, extended warranties


@dataclass(frozen=True)
class ExtendedWarranty:
    """An extended warranty (延保) bought with a unit: ``years`` (1..the
    policy's max_extended_years) of whole-unit cover from the day after the
    maker's whole-unit warranty ends; ``extra_causes`` are causes the maker
    excludes that it covers (say "voltage")."""

    id: str
    years: int
    extra_causes: Tuple[str, ...] = ()

    def __post_init__(self) -> None:
        cv.str_in(self.id, "id")
        cv.int_in(self.years, "years")
        causes = self.extra_causes
        if isinstance(causes, (str, bytes)) or not isinstance(causes, Iterable):
            raise TypeError(f"extra_causes must be a tuple of str, not {cv.type_name(causes)}")
        causes = tuple(causes)
        for i, c in enumerate(causes):
            cv.str_in(c, f"extra_causes[{i}]")
        object.__setattr__(self, "extra_causes", causes)

    def _core(self) -> Tuple[str, int, List[str]]:
        return (self.id, int(self.years), list(self.extra_causes))


@dataclass(frozen=True)
class MaintenanceContract:
    """A maintenance contract (合同服務) covering ``start`` .. ``end`` (both
    days included); ``successor`` is the id of its renewal, once renewed."""

    id: str
    start: _dt.date
    end: _dt.date
    successor: Optional[str] = None

    def __post_init__(self) -> None:
        cv.str_in(self.id, "id")
        cv.date_in(self.start, "start")
        cv.date_in(self.end, "end")
        _optional_str_in(self.successor, "successor")

    def _core(self) -> Tuple[str, str, str, Optional[str]]:
        return (self.id, self.start.isoformat(), self.end.isoformat(), self.successor)

    @classmethod
    def _from_core(cls, t: Tuple[str, str, str, Optional[str]]) -> "MaintenanceContract":
        return cls(t[0], cv.date_out(t[1]), cv.date_out(t[2]), t[3])

    def renew(
        self, successor_id: str, *, years: int = 0, months: int = 0, days: int = 0
    ) -> Tuple["MaintenanceContract", "MaintenanceContract"]:
        """Renews the contract for the given term from the day after its end.
        Returns ``(this contract linked to its successor, the successor)``;
        StateError when this value already has a successor. Contracts are
        values: keep the linked one returned here in place of the old one
        (renewing the old, unlinked value again would start a second chain)."""
        current, nxt = _core.renew(
            self._core(), cv.str_in(successor_id, "successor_id"),
            cv.int_in(days, "days"), cv.int_in(months, "months"), cv.int_in(years, "years"),
        )
        return MaintenanceContract._from_core(current), MaintenanceContract._from_core(nxt)


def _sequence_of(items: Any, cls: type, name: str) -> list:
    if items is None:
        return []
    if isinstance(items, (str, bytes, cls)) or not isinstance(items, Iterable):
        raise TypeError(f"{name} must be a sequence of {cls.__name__}, not {cv.type_name(items)}")
    out = []
    for i, x in enumerate(items):
        if not isinstance(x, cls):
            raise TypeError(f"{name}[{i}] must be an aftersales.{cls.__name__}, not {cv.type_name(x)}")
        out.append(x._core())
    return out


def expiry_notices(contracts: Iterable[MaintenanceContract], on: _dt.date) -> List[str]:
    """The ids of the contracts whose expiry notice (保養到期通知書) is due on
    ``on``: from one month before the end (by the legal period rule) until
    the end, unless renewed. Idempotent, in input order."""
    return _core.expiry_notices(_sequence_of(contracts, MaintenanceContract, "contracts"), cv.date_in(on, "on"))


class ExtendedWarrantyTariff:
    """Extended-warranty prices: ``rates`` maps a length in years to a rate
    in ten-thousandths of the unit's price (4.65 % = 465); prices are rounded
    half up to the fen."""

    __slots__ = ("_core",)

    def __init__(self, rates: Mapping[int, int]) -> None:
        if not isinstance(rates, Mapping):
            raise TypeError(f"rates must be a dict {{years: rate}}, not {cv.type_name(rates)}")
        core_rates = {cv.int_in(y, "rates key"): cv.int_in(r, f"rates.{y}") for y, r in rates.items()}
        self._core = _core.ExtendedWarrantyTariff(core_rates)

    @classmethod
    def tv_example(cls) -> "ExtendedWarrantyTariff":
        """RULES.md 3.4: a 6,000 yuan TV costs 279 / 528 / 777 / 1,023 yuan
        for 1..4 years."""
        obj = cls.__new__(cls)
        obj._core = _core.ExtendedWarrantyTariff.tv_example()
        return obj

    @property
    def max_years(self) -> int:
        return self._core.max_years

    def price(self, product_price: Any, years: int) -> decimal.Decimal:
        """The price of ``years`` of extended warranty for a unit costing
        ``product_price`` yuan, as Decimal yuan with two places."""
        return cv.money_out(self._core.price(cv.money_in(product_price, "product_price"), cv.int_in(years, "years")))

    def __repr__(self) -> str:
        return f"<aftersales.ExtendedWarrantyTariff 1..{self.max_years} years>"


# ---------------------------------------------------------------- the policy


def _core_calendar(calendar: Optional[Calendar]) -> Any:
    if calendar is None:
        return None
    _check_calendar(calendar)
    return calendar._core


class WarrantyPolicy:
    """A company's warranty rules: per product a whole-unit period and
    component periods, the start basis, exclusions, a remedy table and a
    daily depreciation rate; the 三包 windows and limits.

    With a ``calendar``, a period whose last day is a rest day ends on the
    next business day (art. 203; not past the calendar's horizon). Presets:
    :meth:`sanbao` (colour_tv, bw_tv, vcr, bicycle), :meth:`piano`,
    :meth:`housing`, :meth:`car_2021` (product "car"). Immutable and
    thread-safe.
    """

    __slots__ = ("_core", "_calendar")

    @classmethod
    def _make(cls, core: Any, calendar: Optional[Calendar]) -> "WarrantyPolicy":
        obj = cls.__new__(cls)
        obj._core = core
        obj._calendar = calendar
        return obj

    @classmethod
    def sanbao(cls, calendar: Optional[Calendar] = None) -> "WarrantyPolicy":
        """The 1995 三包 catalogue rows: colour_tv, bw_tv, vcr, bicycle."""
        return cls._make(_core.WarrantyPolicy.sanbao(_core_calendar(calendar)), calendar)

    @classmethod
    def piano(cls, calendar: Optional[Calendar] = None) -> "WarrantyPolicy":
        """Seed 001's piano terms: 3 years from purchase, the remedy table by
        defect and five exclusions; no 三包 windows or limits (not offered)."""
        return cls._make(_core.WarrantyPolicy.piano(_core_calendar(calendar)), calendar)

    @classmethod
    def housing(cls, calendar: Optional[Calendar] = None) -> "WarrantyPolicy":
        """Housing quality guarantees (art. 40), from completion acceptance
        (pass it as ``purchased``)."""
        return cls._make(_core.WarrantyPolicy.housing(_core_calendar(calendar)), calendar)

    @classmethod
    def car_2021(cls, calendar: Optional[Calendar] = None) -> "WarrantyPolicy":
        """Car 三包 (2021), product "car": 2-year remedy period, 3-year repair
        warranty (mileage is the caller's check)."""
        return cls._make(_core.WarrantyPolicy.car_2021(_core_calendar(calendar)), calendar)

    @classmethod
    def from_json(cls, text: str, calendar: Optional[Calendar] = None) -> "WarrantyPolicy":
        """A policy document's "warranty" section (or the section alone)."""
        return cls._make(_core.WarrantyPolicy.from_json(cv.str_in(text, "text"), _core_calendar(calendar)), calendar)

    def to_json(self) -> str:
        """The policy as a document {"warranty": {...}} (without the calendar)."""
        return self._core.to_json()

    @property
    def calendar(self) -> Optional[Calendar]:
        return self._calendar

    @property
    def exclusions(self) -> Tuple[str, ...]:
        """The causes every product excludes (a product may add its own)."""
        return tuple(self._core.exclusions)

    @property
    def remedy_rules(self) -> Dict[str, int]:
        """The 三包 windows and limits: return_days, exchange_days,
        max_repairs, repair_limit_days, parts_limit_days, max_extended_years;
        refused_exchange_return (True: a refused exchange may be returned,
        1995 art. 13), answer_working_days and complete_working_days (car
        2021 art. 28). 0 is a rule not offered (the policy document's "none")."""
        return dict(self._core.remedy_rules)

    # ------------------------------------------------------------ decisions

    def coverage(
        self,
        product: str,
        purchased: _dt.date,
        on: _dt.date,
        component: Optional[str] = None,
        cause: Optional[str] = None,
        delivered: Optional[_dt.date] = None,
        installed: Optional[_dt.date] = None,
        repair_days: int = 0,
        exchanged: Optional[_dt.date] = None,
        *,
        extended: Iterable[ExtendedWarranty] = (),
        mileage_km: Optional[int] = None,
        design_life_years: Optional[int] = None,
        repairer: Optional[str] = None,
    ) -> Coverage:
        """Is the unit (or ``component``) covered on ``on``?

        Housing (the ``housing`` preset): ``purchased`` is the completion
        acceptance and ``delivered`` the handover to the owner; a part (the
        ``component``) is covered until the later of the owner's guarantee
        from handover and the contractor's from completion acceptance, and
        ``guarantee`` says which. ``design_life_years`` (the design service
        life of the project's design documents) is needed for
        ``foundation_structure``; ``repairer`` (the repairer the 住宅质量保证书
        names) comes back in ``repairer`` and the rule.

        ``purchased`` is the invoice date; ``delivered``/``installed`` are
        needed when the product's period counts from them; ``repair_days``
        (days under repair or waiting for parts) extend the period; an
        ``exchanged`` date restarts it. ``mileage_km``, the odometer on
        ``on``, ends a term with a km limit (car: 60,000) if it comes first;
        not given, dates alone decide. An excluded ``cause`` gives "not
        covered" with the exclusion named (unless a running extended
        warranty covers it); an unknown cause is a NotFoundError.
        """
        covered, until, term, exclusion, rule, guarantee, repairer_out = self._core.coverage(
            _unit_in(product, purchased, delivered, installed, exchanged, repair_days, mileage_km),
            cv.date_in(on, "on"),
            _optional_str_in(component, "component"),
            _optional_str_in(cause, "cause"),
            _sequence_of(extended, ExtendedWarranty, "extended"),
            None if design_life_years is None else cv.int_in(design_life_years, "design_life_years"),
            _optional_str_in(repairer, "repairer"),
        )
        return Coverage(
            covered=covered,
            until=None if until is None else cv.date_out(until),
            term=term,
            exclusion=exclusion or None,
            rule=rule,
            guarantee=guarantee or None,
            repairer=repairer_out or None,
        )

    def remedy(
        self,
        product: str,
        purchased: _dt.date,
        fault_on: _dt.date,
        fault: str = "performance",
        cause: Optional[str] = None,
        prior_repairs: int = 0,
        repair_days: int = 0,
        waiting_parts_days: int = 0,
        same_model_available: bool = True,
        price: Any = None,
        refused_exchange: bool = False,
        *,
        delivered: Optional[_dt.date] = None,
        installed: Optional[_dt.date] = None,
        exchanged: Optional[_dt.date] = None,
        unit_repair_days: int = 0,
        mileage_km: Optional[int] = None,
        component: Optional[str] = None,
        extended: Iterable[ExtendedWarranty] = (),
        unrepairable: bool = False,
        prior_replacements: int = 0,
        usage_coefficient_ppm: Optional[int] = None,
    ) -> RemedyDecision:
        """The remedies for a fault on ``fault_on`` (三包).

        ``fault`` is "performance" (decided by the 7/15-day windows and the
        warranty) or a fault kind of the product's remedy table
        ("soundboard_crack"); ``prior_repairs`` repairs of this fault within
        the period; ``repair_days`` the days the current repair has taken
        (the repairer's), ``waiting_parts_days`` the days waiting for the
        producer's parts. ``price`` (Decimal yuan) gives the refund of a
        return, valued as of ``fault_on``: the price, less depreciation when
        the customer ``refused_exchange``. The unit's own facts
        (``delivered``, ``installed``, ``exchanged`` and
        ``unit_repair_days``, the earlier days under repair that extend the
        period, and ``mileage_km`` on ``fault_on``) are as for
        :meth:`coverage`. A fault kind with an early window (car:
        "safety_failure", 60 days or 3,000 km) gets the window's remedies
        within it and is decided as a performance fault after it.

        The remedies run in the whole-unit term (or the product's remedy
        period), restarted by an exchange. A faulty ``component`` with a
        longer term of its own, or a unit under one of its ``extended``
        warranties, gets a free repair past that term. ``refused_exchange``
        adds a return wherever an exchange is offered, less depreciation,
        where ``remedy_rules["refused_exchange_return"]`` is true (sanbao,
        1995 art. 13; not piano or car_2021); within the 7-day window the return is at the full price.

        ``unrepairable``: the repairer found the unit cannot be repaired.
        When an ``extended`` warranty alone covers the fault (past the
        maker's term, or a cause only it covers), the remedy is
        ("replacement",), a new unit, free (seeds/002 第三篇: 对于无法维修的电器…
        直接更换新机); within the maker's own terms it changes nothing.

        Car 2021: ``prior_replacements`` counts the times this fault's
        assembly or main part was replaced for quality problems (art. 24
        para. 1 (2)/(3); art. 24 para. 2: an assembly's replacements and its
        main parts' are not counted twice: count each once, under the fault
        kind given); a fault kind's ``repeat_limits`` then give exchange or
        return. ``usage_coefficient_ppm`` is the unit's n from its 三包凭证
        (art. 27, millionths, at most the product's
        usage_coefficient_max_ppm); with ``price`` and ``mileage_km`` it gives
        ``usage_compensation``.
        """
        try:
            options, free, refund, rule, trail, usage = self._core.remedy(
                _unit_in(
                    product, purchased, delivered, installed, exchanged, unit_repair_days, mileage_km,
                    "unit_repair_days",
                ),
                cv.date_in(fault_on, "fault_on"),
                cv.str_in(fault, "fault"),
                _optional_str_in(component, "component"),
                _optional_str_in(cause, "cause"),
                _count_in(prior_repairs, "prior_repairs"),
                _count_in(repair_days, "repair_days"),
                _count_in(waiting_parts_days, "waiting_parts_days"),
                cv.bool_in(same_model_available, "same_model_available"),
                None if price is None else cv.money_in(price, "price"),
                cv.bool_in(refused_exchange, "refused_exchange"),
                _sequence_of(extended, ExtendedWarranty, "extended"),
                unrepairable=cv.bool_in(unrepairable, "unrepairable"),
                prior_replacements=_count_in(prior_replacements, "prior_replacements"),
                usage_coefficient_ppm=(
                    None if usage_coefficient_ppm is None else cv.int_in(usage_coefficient_ppm, "usage_coefficient_ppm")
                ),
            )
        except Error as e:
            if e.field != "unit.repair_days":
                raise
            # This method's name for the unit's repair days.
            raise type(e)(e.message, field="unit_repair_days", code=e.code) from None
        return RemedyDecision(
            options=tuple(options),
            free=free,
            refund=None if refund is None else cv.money_out(refund),
            rule=rule,
            trail=tuple(trail),
            usage_compensation=None if usage is None else cv.money_out(usage),
        )

    def exchange_request_deadlines(
        self, requested: _dt.date, received: Optional[_dt.date] = None
    ) -> ExchangeRequestDeadlines:
        """Car 2021 art. 28: the seller answers an exchange or return request
        within ``answer_working_days`` working days of receiving it
        (``received``, default ``requested``) and completes it within
        ``complete_working_days`` of the request, counted on the policy's
        calendar (weekends and holidays skipped, make-up days counted, the
        day itself not counted). StateError naming "calendar" without a
        calendar; InvalidArgumentError naming
        "warranty.rules.answer_working_days" when the policy gives neither."""
        answer, complete, rule = self._core.exchange_request_deadlines(
            cv.date_in(requested, "requested"), _optional_date_in(received, "received")
        )
        return ExchangeRequestDeadlines(
            answer_by=None if answer is None else cv.date_out(answer),
            complete_by=None if complete is None else cv.date_out(complete),
            rule=rule,
        )

    def category_decision(
        self,
        product: str,
        purchased: _dt.date,
        on: _dt.date,
        cause: Optional[str] = None,
        contracts: Iterable[MaintenanceContract] = (),
        extended: Iterable[ExtendedWarranty] = (),
        internal: bool = False,
        *,
        delivered: Optional[_dt.date] = None,
        installed: Optional[_dt.date] = None,
        repair_days: int = 0,
        exchanged: Optional[_dt.date] = None,
        mileage_km: Optional[int] = None,
    ) -> CategoryDecision:
        """:meth:`category` with the rule that gave it."""
        name, _letter, rule = self._core.category(
            _unit_in(product, purchased, delivered, installed, exchanged, repair_days, mileage_km),
            cv.date_in(on, "on"),
            _optional_str_in(cause, "cause"),
            _sequence_of(contracts, MaintenanceContract, "contracts"),
            _sequence_of(extended, ExtendedWarranty, "extended"),
            cv.bool_in(internal, "internal"),
        )
        return CategoryDecision(ServiceCategory(name), rule)

    def category(
        self,
        product: str,
        purchased: _dt.date,
        on: _dt.date,
        cause: Optional[str] = None,
        contracts: Iterable[MaintenanceContract] = (),
        extended: Iterable[ExtendedWarranty] = (),
        internal: bool = False,
        *,
        delivered: Optional[_dt.date] = None,
        installed: Optional[_dt.date] = None,
        repair_days: int = 0,
        exchanged: Optional[_dt.date] = None,
        mileage_km: Optional[int] = None,
    ) -> ServiceCategory:
        """The service category of a job on ``on`` (家電 (六)): FREE (C) when
        a warranty (the maker's or an extended one) covers the unit that day
        and the cause is not excluded; else CONTRACT (B) when a maintenance
        contract runs that day; else PAID (A); INTERNAL (D) for internal
        work. :meth:`category_decision` also gives the rule."""
        return self.category_decision(
            product, purchased, on, cause, contracts, extended, internal,
            delivered=delivered, installed=installed, repair_days=repair_days, exchanged=exchanged,
            mileage_km=mileage_km,
        ).category

    # ------------------------------------------------------------ batch

    def coverage_many(
        self, product: str, purchased: Any, on: Any, component: Optional[str] = None, *, errors: str = "raise"
    ) -> CoverageMany:
        """Vectorised :meth:`coverage` (no cause, no extended warranty):
        ``purchased`` and ``on`` are datetime64 arrays of dates (any unit;
        times of day are dropped) or sequences of ``datetime.date``,
        broadcast together. Returns :class:`CoverageMany` with ``covered``
        (bool) and ``until`` (datetime64[D]). NaT in gives covered False and
        until NaT; ``errors="coerce"`` turns failures into the same. Runs in
        C++ without the GIL; the covered term is computed once per distinct
        purchase date. For a product counted from delivery or installation,
        or with a cause or extended warranties, use :meth:`coverage`."""
        coerce = cv.errors_in(errors)
        p, o = cv.broadcast_int64(_date_array_in(purchased, "purchased"), _date_array_in(on, "on"))
        covered, until = self._core.coverage_many(
            cv.str_in(product, "product"), p, o, _optional_str_in(component, "component"), coerce=coerce
        )
        return CoverageMany(covered=covered, until=until.view("datetime64[D]"))

    # ------------------------------------------------------------ python protocol

    def __repr__(self) -> str:
        return f"<aftersales.WarrantyPolicy calendar={self._calendar!r}>"

    def __reduce__(self):  # pickles as its JSON document and its calendar
        return (WarrantyPolicy.from_json, (self.to_json(), self._calendar))


def _date_array_in(x: Any, name: str) -> np.ndarray:
    """datetime64 (any unit) or dates -> int64 days since 1970-01-01 (NaT kept)."""
    if isinstance(x, _dt.datetime):
        raise TypeError(f"{name} must be dates (datetime64 or datetime.date), not a datetime.datetime")
    a = np.asarray(x)
    if a.dtype.kind == "O" and a.size and any(isinstance(v, _dt.datetime) for v in a.ravel()):
        raise TypeError(f"{name} must be dates (datetime64 or datetime.date), not datetime.datetime")
    if a.dtype.kind != "M":
        if a.dtype.kind not in "OUS":
            raise TypeError(f"{name} must be a datetime64 array of dates, not {a.dtype}")
        try:
            a = a.astype("datetime64[D]")
        except (TypeError, ValueError) as e:
            raise TypeError(f"{name} must be a datetime64 array of dates: {e}") from None
    elif a.dtype != np.dtype("datetime64[D]"):
        a = a.astype("datetime64[D]")  # floors times of day; NaT stays NaT
    return a.view(np.int64)


def coverage_many(
    policy: WarrantyPolicy,
    product: str,
    purchased: Any,
    on: Any,
    component: Optional[str] = None,
    *,
    errors: str = "raise",
) -> CoverageMany:
    """Same as ``policy.coverage_many(product, purchased, on, component)``."""
    if not isinstance(policy, WarrantyPolicy):
        raise TypeError(f"policy must be an aftersales.WarrantyPolicy, not {cv.type_name(policy)}")
    return policy.coverage_many(product, purchased, on, component, errors=errors)
