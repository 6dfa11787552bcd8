// The store's operations of the service centre's day (issue 28: surveys
// of every call, calls solved by phone, bills) that other store files call:
// defined in src/store/counter.cpp, remote.cpp, billing.cpp and
// report_billing.cpp.
#pragma once
#include "store/impl.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aftersales {

// src/store/counter.cpp: the survey coverage of the calls received in
// [from, to) and by as_of, counting surveys recorded by as_of.
SurveyCoverage store_survey_coverage(Store::Impl& impl, Instant from, Instant to, Instant as_of, std::string period);
// src/store/remote.cpp (issue 28, calls solved by phone or remotely):
// Error(state) naming "call" when the call was resolved remotely (`step`
// then refused: dispatching, pausing).
void store_refuse_if_remote(Store::Impl& impl, const ServiceCall& c, const char* step);
// The technician of the call's remote contact (solved or attempted), if any.
std::optional<std::string> store_remote_technician(Store::Impl& impl, const Id& call_id);
// seeds/002 (二十三): Error(invalid_argument) naming "technician" when
// `technician` answered the call's survey (recorded before the dispatch or
// the remote contact): the call's technician never answers its survey.
void store_refuse_respondent(Store::Impl& impl, const ServiceCall& c, std::string_view technician);
// A call solved remotely (state resolved_remotely) as the report's pass
// reads it: the statement's columns col.. are the call's id, the contact's
// technician, first_response, resolved and whether the call has pauses (the
// report joins the contact by call id in SQL).
struct RemoteRow {
  Id call_id;
  std::string technician;
  std::optional<RemoteFacts> facts;  // as known at as_of (none: not yet contacted then; a resolution after it unknown)
  bool has_pauses = false;
};
RemoteRow store_remote_row(const store::Statement& q, int col, std::int64_t at);
// The report's first response with remote first contacts (earlier than the
// dispatch, or without one by as_of) and its remote_resolved count;
// `first_response_seconds`: the dispatches' raw sum (store_report_as_of).
void store_report_remote(Store::Impl& impl, MonthlyReport& r, std::int64_t from, std::int64_t to,
                         std::int64_t first_response_seconds);
// src/store/billing.cpp: Error(state) naming "call" when the call is billed
// (`what`: "a labour line", "a parts line"). src/store/report_billing.cpp:
// the report's money per centre as of r.as_of.
void store_refuse_if_billed(Store::Impl& impl, const ServiceCall& c, const char* what);
void store_report_billing(Store::Impl& impl, MonthlyReport& r);
// A contract's own charges as stored (contracts.customer_pays: a JSON list
// of "call_out", "labour", "parts"; none for NULL) and back.
std::optional<std::string> store_charges_json(const std::optional<ContractCharges>& charges);
std::optional<ContractCharges> store_charges_of(const std::optional<std::string>& json);

}  // namespace aftersales
