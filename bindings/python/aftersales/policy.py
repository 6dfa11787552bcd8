"""A whole company policy as one value (policy.hpp): the working calendar,
the dispatch zones and targets, the warranty terms, the complaint workflow,
the penalty scale and the service rules the store's KPIs use, all on the one
calendar, and the one JSON document that holds them."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Mapping, Optional, Tuple

from . import _convert as cv
from . import _core
from .calendar import Calendar, _check_calendar
from .complaint import ComplaintPolicy, _has_calendar
from .dispatch import DispatchPolicy
from .penalty import PenaltyPolicy
from .warranty import WarrantyPolicy

__all__ = ["Policy"]


def _calendar_in(calendar: Any) -> Calendar:
    if calendar is None:
        return Calendar.china()
    _check_calendar(calendar)
    return calendar


def _numbering_in(numbering: Any) -> Dict[str, str]:
    if numbering is None:
        return {}
    if not isinstance(numbering, Mapping):
        raise TypeError(f"numbering must be a dict of str, not {cv.type_name(numbering)}")
    return {cv.str_in(k, "numbering"): cv.str_in(v, f"numbering.{k}") for k, v in numbering.items()}


def _part_in(value: Any, cls: type, name: str) -> Any:
    if not isinstance(value, cls):
        raise TypeError(f"{name} must be an aftersales.{cls.__name__}, not {cv.type_name(value)}")
    return value._core


class Policy:
    """A company's whole after-sales policy on one working calendar.

    :meth:`default` holds the seeds' defaults (zones urban 6 h and suburban
    7 h, the ``sanbao`` warranty preset, the complaint stages and deadlines,
    the penalty scale, the service rules); :meth:`from_json` reads a
    company's own document ``{"calendar", "dispatch", "warranty",
    "complaints", "penalties", "service"}`` (every section optional) and
    :meth:`to_json` writes every section back. ``Policy(calendar, ...)``
    builds one from parts: each part left out is the default, and every part
    is put on ``calendar`` (their other rules are kept). Without a calendar,
    the mainland China preset (:meth:`Calendar.china`). Immutable and
    thread-safe; pickles as its document.
    """

    __slots__ = ("_core", "_calendar")

    def __init__(
        self,
        calendar: Optional[Calendar] = None,
        *,
        dispatch: Optional[DispatchPolicy] = None,
        warranty: Optional[WarrantyPolicy] = None,
        complaints: Optional[ComplaintPolicy] = None,
        penalties: Optional[PenaltyPolicy] = None,
        revisit_days: Optional[int] = None,
        cost_kinds: Optional[Iterable[str]] = None,
        inspection_before_return: Optional[bool] = None,
        survey_complaint_level: Optional[int] = None,
        survey_complaint_kind: Optional[str] = None,
        numbering: Optional[Mapping[str, str]] = None,
    ) -> None:
        calendar = _calendar_in(calendar)
        base = _core.Policy.default_policy(calendar._core)
        if cost_kinds is None:
            kinds = list(base.cost_kinds)
        elif isinstance(cost_kinds, (str, bytes)):
            raise TypeError(f"cost_kinds must be a list of str, not {cv.type_name(cost_kinds)}")
        else:
            kinds = [cv.str_in(k, f"cost_kinds[{i}]") for i, k in enumerate(cost_kinds)]
        self._core = _core.Policy(
            calendar._core,
            base.dispatch if dispatch is None else _part_in(dispatch, DispatchPolicy, "dispatch"),
            base.warranty if warranty is None else _part_in(warranty, WarrantyPolicy, "warranty"),
            base.complaints if complaints is None else _part_in(complaints, ComplaintPolicy, "complaints"),
            base.penalties if penalties is None else _part_in(penalties, PenaltyPolicy, "penalties"),
            base.revisit_days if revisit_days is None else cv.int_in(revisit_days, "revisit_days"),
            kinds,
            None if inspection_before_return is None else cv.bool_in(inspection_before_return, "inspection_before_return"),
            None if survey_complaint_level is None else cv.int_in(survey_complaint_level, "survey_complaint_level"),
            None if survey_complaint_kind is None else cv.str_in(survey_complaint_kind, "survey_complaint_kind"),
            _numbering_in(numbering),
        )
        self._calendar = calendar

    @classmethod
    def _wrap(cls, core: Any, calendar: Calendar) -> "Policy":
        obj = cls.__new__(cls)
        obj._core = core
        obj._calendar = calendar
        return obj

    @classmethod
    def default(cls, calendar: Optional[Calendar] = None) -> "Policy":
        """The seeds' defaults on ``calendar`` (China preset when None)."""
        calendar = _calendar_in(calendar)
        return cls._wrap(_core.Policy.default_policy(calendar._core), calendar)

    @classmethod
    def from_json(cls, text: str, calendar: Optional[Calendar] = None) -> "Policy":
        """A policy document; a missing section or member is the default, "warranty" may
        be a preset name ("sanbao", "piano", "housing", "car_2021"). Without
        ``calendar``: the document's "calendar" if it has one, else the China
        preset; a given ``calendar`` replaces the document's. Errors name the
        path in the document ("service.revisit_days")."""
        cv.str_in(text, "text")
        if calendar is None and _has_calendar(text):
            core = _core.Policy.from_json(text, None)
            return cls._wrap(core, Calendar._wrap(core.calendar))
        calendar = _calendar_in(calendar)
        return cls._wrap(_core.Policy.from_json(text, calendar._core), calendar)

    def to_json(self) -> str:
        """Every section written out, the calendar included; :meth:`from_json`
        reads it back to an equal policy."""
        return self._core.to_json()

    # ------------------------------------------------------------ the parts

    @property
    def calendar(self) -> Calendar:
        return self._calendar

    @property
    def dispatch(self) -> DispatchPolicy:
        """The service zones and their arrival targets."""
        obj = DispatchPolicy.__new__(DispatchPolicy)
        obj._core = self._core.dispatch
        obj._calendar = self._calendar
        return obj

    @property
    def warranty(self) -> WarrantyPolicy:
        return WarrantyPolicy._make(self._core.warranty, self._calendar)

    @property
    def complaints(self) -> ComplaintPolicy:
        obj = ComplaintPolicy.__new__(ComplaintPolicy)
        obj._core = self._core.complaints
        obj._calendar = self._calendar
        return obj

    @property
    def penalties(self) -> PenaltyPolicy:
        return PenaltyPolicy(self._core.penalties)

    @property
    def revisit_days(self) -> int:
        """A job is a first-time fix when its unit gets no new call within
        this many days after the completion."""
        return self._core.revisit_days

    @property
    def cost_kinds(self) -> Tuple[str, ...]:
        """The cost kinds a station's budget and costs are kept in."""
        return tuple(self._core.cost_kinds)

    @property
    def inspection_before_return(self) -> bool:
        """seeds/002 (十二): carried-in goods go back only after the service
        supervisor's inspection (驗訖)."""
        return self._core.inspection_before_return

    @property
    def survey_complaint_level(self) -> int:
        """seeds/002 (二十四): a survey with any answer at or below this level
        (1..4; 1 = dissatisfied) may open a complaint."""
        return self._core.survey_complaint_level

    @property
    def survey_complaint_kind(self) -> str:
        """The kind of the complaint a dissatisfied survey opens."""
        return self._core.survey_complaint_kind

    @property
    def numbering(self) -> Dict[str, str]:
        """service.numbering: the templates of the store's numbers by kind
        ("voucher", "receipt", "invoice"), e.g. "V-{centre}-{yymm}-{serial:6}"."""
        return dict(self._core.numbering)

    @property
    def billing(self) -> Dict[str, Any]:
        """service.billing (seeds/002 (十)(十三), 第三篇): ``collect_on_the_spot_max``
        and, per service category ("paid", "contract", "free", "internal"),
        ``call_out`` and ``labour_rate`` (Decimal yuan), ``labour`` ("job" or
        "hour") and ``customer_pays`` (a tuple of "call_out", "labour", "parts")."""
        b = self._core.billing
        out: Dict[str, Any] = {"collect_on_the_spot_max": cv.money_out(b["collect_on_the_spot_max_fen"])}
        for category in _core.enum_names("service_category"):
            f = b[category]
            out[category] = {
                "call_out": cv.money_out(f["call_out_fen"]),
                "labour": f["labour"],
                "labour_rate": cv.money_out(f["labour_fen"]),
                "customer_pays": tuple(f["customer_pays"]),
            }
        return out

    @property
    def zones(self) -> Tuple[str, ...]:
        """The dispatch zones (the names ``Store.register_call`` takes)."""
        return tuple(self._core.dispatch.targets)

    # ------------------------------------------------------------ python protocol

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Policy):
            return NotImplemented
        return self.to_json() == other.to_json()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<aftersales.Policy zones={list(self.zones)} on {self._calendar!r}>"

    def __reduce__(self):  # pickles as its JSON document and its calendar
        return (Policy.from_json, (self.to_json(), self._calendar))
