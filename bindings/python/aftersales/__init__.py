"""aftersales: after-sales service rules for Python.

Working calendars (lunch breaks, night shifts, holidays, make-up days, DST),
the mainland China holiday calendar, legal periods (PRC Civil Code) and
dispatch service levels (6 h urban / 7 h suburban of working time) and
warranty decisions (coverage, 三包 remedies, service categories, extended
warranties, maintenance contracts), complaints (numbers, routing, the stage
workflow with its deadlines, reminders, overdue inquiries, monthly statistics)
and penalties (exact splits, the capped bonus-deduction ledger), the whole
company policy as one document (Policy), and the service records in SQLite
(Store: the call register, dispatch, carry-in repairs, surveys, the queue,
complaints with their steps, returns, the penalty ledger, contracts with
their expiry notices, station budgets and costs, the day reports, calls,
dispatches, surveys, complaints and penalties as DataFrames and the monthly
report), computed by the aftersales C++ library.

Time: a naive ``datetime`` is local civil time of the calendar's zone (results
come back naive); an aware ``datetime`` is an instant (results come back in
its ``tzinfo``). Dates are ``datetime.date``, durations ``datetime.timedelta``.
Batch functions take NumPy datetime64/timedelta64 arrays of local civil times
(coverage_many: datetime64[D] dates). Money is decimal.Decimal yuan, exact to
the fen.
"""

from __future__ import annotations

import datetime as _dt

from . import _core, _errors, complaint, penalty, store, warranty
from ._errors import (
    Error,
    ErrorCode,
    InternalError,
    InvalidArgumentError,
    NoMemoryError,
    NotFoundError,
    OutOfRangeError,
    ParseError,
    StateError,
    StorageError,
)
from .calendar import Calendar, add_many, between_many
from .complaint import (
    COMPLAINT_KINDS,
    MARKETS,
    SEVERITIES,
    Complaint,
    ComplaintNumber,
    ComplaintPolicy,
    ComplaintStage,
    ComplaintStatistics,
    OverdueInquiry,
    Reminder,
    Routing,
    StageRecord,
    complaint_number,
    parse_complaint_number,
)
from .dispatch import DispatchPolicy, QueuedCall, SlaStatus, deadline_many
from .penalty import (
    ADMIN_PENALTIES,
    RETURN_KINDS,
    Bearer,
    LossAssessment,
    PenaltyLedger,
    PenaltyPolicy,
    Settlement,
    administrative_deduction,
    assess_loss,
    attribute,
    reconcile_return,
    split,
    split_by_points,
)
from .period import period_deadline, period_end
from .policy import Policy
from .store import (
    CALL_STATES,
    INTAKE_FIELDS,
    OPEN_MODES,
    PENALTY_EVENT_KINDS,
    RECORD_FIELDS,
    SERVICE_CATEGORIES,
    PAYMENT_METHODS,
    Bill,
    BillLine,
    CallQuery,
    ComplaintQuery,
    DispatchQuery,
    HousingNotice,
    ImportResult,
    CarryIn,
    OverdueRepair,
    Survey,
    SurveyCoverage,
    SurveyCoverageRow,
    UnsurveyedCall,
    PenaltyQuery,
    Recomputed,
    RejectedRecord,
    ServiceCall,
    Store,
    SurveyQuery,
    RemoteContact,
    REMOTE_METHODS,
    Approval,
    DecisionLine,
    Improvement,
    ImprovementStatistics,
    TrackingExemption,
    COMMITMENT_KINDS,
    IMPROVEMENT_STATES,
    TRACKING_EXEMPTIONS,
    ComplaintContact,
    AdminPenaltyRecord,
    ContactStatistics,
    CONTACT_KINDS,
    CONTACT_METHODS,
)
from .store import COMPLAINT_FIELDS, COMPLAINT_STANDINGS, ComplaintEntry, ComplaintForm  # issue 29
from .store import ComplaintRegisterQuery  # issue 29: the register as a column query
from .warranty import (
    CategoryDecision,
    Coverage,
    CoverageMany,
    ExchangeRequestDeadlines,
    ExtendedWarranty,
    ExtendedWarrantyTariff,
    MaintenanceContract,
    RemedyDecision,
    ServiceCategory,
    WarrantyPolicy,
    coverage_many,
    expiry_notices,
)

__version__: str = _core.__version__

# Show the public classes where users import them from (aftersales.Calendar).
for _cls in (Calendar, DispatchPolicy, SlaStatus, Error, ErrorCode, InvalidArgumentError, NotFoundError,
             OutOfRangeError, ParseError, StateError, StorageError, NoMemoryError, InternalError,
             WarrantyPolicy, Coverage, CoverageMany, RemedyDecision, CategoryDecision, ServiceCategory,
             ExtendedWarranty, ExtendedWarrantyTariff, MaintenanceContract, PenaltyPolicy, PenaltyLedger,
             Settlement, LossAssessment, ComplaintPolicy, Complaint, ComplaintNumber, ComplaintStage,
             ComplaintStatistics, OverdueInquiry, Reminder, Routing, StageRecord, Policy, Store, ServiceCall,
             CallQuery, ComplaintQuery, PenaltyQuery, DispatchQuery, SurveyQuery, ExchangeRequestDeadlines):
    _cls.__module__ = __name__
del _cls

__all__ = [
    "Calendar",
    "DispatchPolicy",
    "QueuedCall",
    "SlaStatus",
    "period_end",
    "period_deadline",
    "add_many",
    "between_many",
    "deadline_many",
    "parse_duration",
    "Policy",
    "__version__",
]
__all__ += _errors.__all__  # the exception classes, listed once in _errors
__all__ += warranty.__all__  # the warranty names, listed once in warranty
__all__ += penalty.__all__  # the penalty names, listed once in penalty
__all__ += complaint.__all__  # the complaint names, listed once in complaint
__all__ += store.__all__  # the store names, listed once in store


def parse_duration(text: str) -> _dt.timedelta:
    """Working time as policy documents write it -> timedelta: ISO 8601
    "PT6H", "PT1H30M", "PT45S" or the short forms "6h", "1h30min", "45s".
    A bare number ("3600": no unit), a bare "m" (minutes or months?) and
    calendar units ("P1D", "6mo") raise ParseError naming the accepted forms."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return _dt.timedelta(seconds=_core.parse_duration(text, "duration"))
