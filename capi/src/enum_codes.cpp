// The C codes of every enumeration, pinned here (and only here) to the C++
// values: each list of codes is the C++ table's values in order, as many as
// the table has, so a value added, removed or renumbered on either side
// stops the build. The C ABI never renumbers a code.
#include <aftersales.h>
#include <aftersales/enum_names.hpp>

#include <cstddef>

namespace {

using namespace aftersales;

// `codes` are the C codes of E's values, in the table's order.
template <class E, std::size_t N>
constexpr bool pinned(const int (&codes)[N]) {
  if (N != enum_count<E>()) return false;
  for (std::size_t i = 0; i < N; ++i)
    if (codes[i] != static_cast<int>(enum_names<E>()[i].value)) return false;
  return true;
}

static_assert(pinned<CallState>({AS_CALL_REGISTERED, AS_CALL_DISPATCHED, AS_CALL_ON_SITE, AS_CALL_COMPLETED,
                                 AS_CALL_CARRIED_IN, AS_CALL_RETURNED, AS_CALL_RESOLVED_REMOTELY}),
              "AS_CALL_* and aftersales::CallState differ");
static_assert(pinned<OpenMode>({AS_STORE_OPEN_CREATE, AS_STORE_OPEN_MUST_EXIST, AS_STORE_OPEN_QUERY_ONLY}),
              "AS_STORE_OPEN_* and aftersales::OpenMode differ");
static_assert(pinned<SlaState>({AS_SLA_RUNNING, AS_SLA_PAUSED, AS_SLA_MET, AS_SLA_BREACHED, AS_SLA_REMOTE_RUNNING,
                                AS_SLA_REMOTE_MET, AS_SLA_REMOTE_BREACHED}),
              "AS_SLA_* and aftersales::SlaState differ");
static_assert(pinned<ServiceCategory>({AS_CATEGORY_PAID, AS_CATEGORY_CONTRACT, AS_CATEGORY_FREE, AS_CATEGORY_INTERNAL}),
              "AS_CATEGORY_* and aftersales::ServiceCategory differ");
static_assert(pinned<ComplaintKind>({AS_COMPLAINT_QUALITY, AS_COMPLAINT_NON_QUALITY, AS_COMPLAINT_SERVICE,
                                     AS_COMPLAINT_SUGGESTION}),
              "AS_COMPLAINT_* and aftersales::ComplaintKind differ");
static_assert(pinned<Severity>({AS_SEVERITY_SERIOUS, AS_SEVERITY_GENERAL}), "AS_SEVERITY_* and aftersales::Severity differ");
static_assert(pinned<Market>({AS_MARKET_DOMESTIC, AS_MARKET_FOREIGN}), "AS_MARKET_* and aftersales::Market differ");
static_assert(pinned<DeadlineKind>({AS_DEADLINE_STAGE, AS_DEADLINE_OVERALL}),
              "AS_DEADLINE_* and aftersales::DeadlineKind differ");
static_assert(pinned<BearerLevel>({AS_BEARER_PERSON, AS_BEARER_GROUP, AS_BEARER_SECTION, AS_BEARER_DEPARTMENT}),
              "AS_BEARER_* and aftersales::BearerLevel differ");
static_assert(pinned<PaymentMethod>({AS_PAYMENT_CASH, AS_PAYMENT_CARD, AS_PAYMENT_TRANSFER}),
              "AS_PAYMENT_* and aftersales::PaymentMethod differ");
static_assert(pinned<RemoteMethod>({AS_REMOTE_PHONE, AS_REMOTE_SESSION}),
              "AS_REMOTE_* and aftersales::RemoteMethod differ");
static_assert(pinned<CommitmentKind>({AS_COMMITMENT_COMPENSATION, AS_COMMITMENT_ALLOWANCE, AS_COMMITMENT_RETURNED_GOODS}),
              "AS_COMMITMENT_* and aftersales::CommitmentKind differ");
static_assert(pinned<ImprovementState>({AS_IMPROVEMENT_OPEN, AS_IMPROVEMENT_CONFIRMED, AS_IMPROVEMENT_INEFFECTIVE}),
              "AS_IMPROVEMENT_* and aftersales::ImprovementState differ");
static_assert(pinned<TrackingExemption>({AS_TRACKING_EXEMPT_HUMAN_NEGLIGENCE}),
              "AS_TRACKING_EXEMPT_* and aftersales::TrackingExemption differ");
static_assert(pinned<ReturnKind>({AS_RETURN_KIND_ALLOWANCE, AS_RETURN_KIND_COMPENSATION, AS_RETURN_KIND_RETURN,
                                  AS_RETURN_KIND_REWORK}),
              "AS_RETURN_KIND_* and aftersales::ReturnKind differ");
static_assert(pinned<AdminPenalty>({AS_ADMIN_WARNING, AS_ADMIN_MINOR, AS_ADMIN_MAJOR}),
              "AS_ADMIN_* and aftersales::AdminPenalty differ");
static_assert(pinned<ReturnCheck>({AS_RETURN_ACCEPT, AS_RETURN_FLAG}), "AS_RETURN_ACCEPT/FLAG and aftersales::ReturnCheck differ");
static_assert(pinned<PastHorizon>({AS_PAST_HORIZON_REFUSE, AS_PAST_HORIZON_WEEKLY, AS_PAST_HORIZON_STATUTORY}),
              "AS_PAST_HORIZON_* and aftersales::PastHorizon differ");
static_assert(pinned<ContactKind>({AS_CONTACT_KIND_NOTIFICATION, AS_CONTACT_KIND_VISIT}),
              "AS_CONTACT_KIND_* and aftersales::ContactKind differ");
static_assert(pinned<ContactMethod>({AS_CONTACT_HOW_LETTER, AS_CONTACT_HOW_PHONE, AS_CONTACT_HOW_VISIT}),
              "AS_CONTACT_HOW_* and aftersales::ContactMethod differ");

// Remedies travel as a set of bits, one per value.
static_assert(enum_count<Remedy>() == 5 && AS_REMEDY_RETURN == 1u << static_cast<int>(Remedy::refund) &&
                  AS_REMEDY_EXCHANGE == 1u << static_cast<int>(Remedy::exchange) &&
                  AS_REMEDY_REPAIR == 1u << static_cast<int>(Remedy::repair) &&
                  AS_REMEDY_REPLACEMENT == 1u << static_cast<int>(Remedy::replacement) &&
                  AS_REMEDY_ASSEMBLY_REPLACEMENT == 1u << static_cast<int>(Remedy::assembly_replacement),
              "AS_REMEDY_* and aftersales::Remedy differ");

// The statistics' arrays hold one count per value.
static_assert(sizeof(as_complaint_statistics::by_kind) / sizeof(size_t) == enum_count<ComplaintKind>());
static_assert(sizeof(as_complaint_statistics::by_severity) / sizeof(size_t) == enum_count<Severity>());
static_assert(sizeof(as_complaint_statistics::by_market) / sizeof(size_t) == enum_count<Market>());

// Enumerations without names of their own.
static_assert(AS_TERM_WHOLE_UNIT == static_cast<int>(CoverageTerm::whole_unit) &&
              AS_TERM_COMPONENT == static_cast<int>(CoverageTerm::component) &&
              AS_TERM_EXTENDED == static_cast<int>(CoverageTerm::extended));
static_assert(AS_OK == static_cast<int>(ErrorCode::ok));
static_assert(AS_E_INVALID_ARGUMENT == static_cast<int>(ErrorCode::invalid_argument));
static_assert(AS_E_NOT_FOUND == static_cast<int>(ErrorCode::not_found));
static_assert(AS_E_OUT_OF_RANGE == static_cast<int>(ErrorCode::out_of_range));
static_assert(AS_E_PARSE == static_cast<int>(ErrorCode::parse_error));
static_assert(AS_E_STATE == static_cast<int>(ErrorCode::state));
static_assert(AS_E_STORAGE == static_cast<int>(ErrorCode::storage));
static_assert(AS_E_NO_MEMORY == static_cast<int>(ErrorCode::no_memory));
static_assert(AS_E_INTERNAL == static_cast<int>(ErrorCode::internal));

// Issue 29: the complaint form's fields and a complaint's standing.
static_assert(pinned<ComplaintField>({AS_COMPLAINT_FIELD_CAUSE, AS_COMPLAINT_FIELD_RESPONSIBILITY,
                                      AS_COMPLAINT_FIELD_COUNTERMEASURE, AS_COMPLAINT_FIELD_PRODUCTION_UNIT,
                                      AS_COMPLAINT_FIELD_MACHINE_SHIFT, AS_COMPLAINT_FIELD_OPERATOR,
                                      AS_COMPLAINT_FIELD_PRODUCTION_DATE, AS_COMPLAINT_FIELD_OPINION,
                                      AS_COMPLAINT_FIELD_CHECK, AS_COMPLAINT_FIELD_HANDLING_PROPOSAL,
                                      AS_COMPLAINT_FIELD_RESULT, AS_COMPLAINT_FIELD_CUSTOMER_REACTION,
                                      AS_COMPLAINT_FIELD_SUPERVISOR_REVIEW, AS_COMPLAINT_FIELD_CONSOLIDATION,
                                      AS_COMPLAINT_FIELD_CALL_FOR}),
              "AS_COMPLAINT_FIELD_* and aftersales::ComplaintField differ");
static_assert(pinned<ComplaintStanding>({AS_COMPLAINT_STANDING_ON_TIME, AS_COMPLAINT_STANDING_STAGE_OVERDUE,
                                         AS_COMPLAINT_STANDING_OVERDUE, AS_COMPLAINT_STANDING_CLOSED_ON_TIME,
                                         AS_COMPLAINT_STANDING_CLOSED_LATE}),
              "AS_COMPLAINT_STANDING_* and aftersales::ComplaintStanding differ");

}  // namespace
