#pragma once
// Issue 29 items 5 and 6: the complaining customer told and visited
// (seeds/002 家電 (二十六), (二十八)) and the administrative penalties on
// record (客戶投訴行政處罰準則 (四)-(六), 客戶投訴管理辦法 (十二)1), as the store
// keeps them (Store::record_contact, Store::record_admin_penalty).
#include <aftersales/complaint.hpp>
#include <aftersales/penalty.hpp>
#include <aftersales/store_records.hpp>
#include <aftersales/types.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales {

// ContactKind and ContactMethod: complaint.hpp (the policy's routing names
// the methods a result is told by).

// A contact with the customer of a complaint, as recorded.
struct ContactIntake {
  ContactKind kind = ContactKind::notification;
  // A visit is made in person (how = visit). A notification tells the
  // result by a method the policy gives for the case's severity
  // (complaints.routing.notify_by; 二十六: a serious case's by letter, 函告,
  // a general one's by letter or phone).
  ContactMethod how = ContactMethod::letter;
  std::string by;    // the supervisor or his delegate (二十八), who told the customer
  Instant at{};      // not before the complaint was received, not in the future
  std::string note;  // at most 2000 bytes, no control characters but newlines and tabs
  // A notification: the amount the customer is told (compensation,
  // allowance, goods taken back), at most what the approval committed —
  // sales may not answer beyond the authority ((九)11). None: no amount.
  std::optional<Fen> amount;
};

struct ComplaintContact {
  Id id;              // UUID
  std::string number; // the complaint
  ContactKind kind = ContactKind::notification;
  ContactMethod how = ContactMethod::letter;
  std::string by;
  Instant at{};
  std::string note;
  Instant recorded{};
  std::optional<Fen> amount;  // a notification's amount told, if any
  friend bool operator==(const ComplaintContact&, const ComplaintContact&) = default;
};

// An administrative penalty decided on a closed complaint (行政處罰準則 (六):
// by the general manager's office, approved by the general manager,
// published by the personnel unit on a 人事公布單, (十二)1).
struct AdminPenaltyIntake {
  std::string person;
  std::string case_number;  // the complaint (closed, not found invalid)
  std::string offence;      // one of the policy's offences (行政處罰準則 (四))
  AdminPenalty kind = AdminPenalty::warning;
  int count = 1;            // 1..1000
  // Warning / minor demerit: the deduction decided, at least the policy's
  // minimum per count (default: the minimum x count). Major demerit: none
  // (the month's whole bonus, at the settlement).
  std::optional<Fen> amount;
  std::string notice_number;  // the 人事公布單's number
  Date notice_date;           // its date: not before the complaint closed, not in the future
  YearMonth month;            // the month whose bonus it takes, whole
};

struct AdminPenaltyRecord {
  Id id;  // UUID
  std::string person;
  std::string case_number;
  std::string offence;
  AdminPenalty kind = AdminPenalty::warning;
  int count = 1;
  std::optional<Fen> amount;  // none for a major demerit
  std::string notice_number;
  Date notice_date;
  YearMonth month;
  Instant recorded{};
  // (十二)1: the office reviews last month's closed cases and has the
  // 人事公布單 published by the statistics day (the 10th) of the month after
  // the closing: `due`; a notice dated after it is late (still valid).
  Date due;
  bool late() const noexcept { return notice_date > due; }
  friend bool operator==(const AdminPenaltyRecord&, const AdminPenaltyRecord&) = default;
};

// JSON for the C API and the CLI. Contacts: [{"id", "number", "kind",
// "how", "by", "at" (Unix s), "note", "recorded", "amount_fen" (null: none)}]; administrative
// penalties: [{"id", "person", "case_number", "offence", "kind" ("warning"
// | "minor" | "major"), "count", "amount_fen" (null: a major demerit),
// "notice_number", "notice_date" ("YYYY-MM-DD"), "month" ("YYYY-MM"),
// "recorded", "due" ("YYYY-MM-DD"), "late" (bool)}]; the statistics' issue-29 part: {"unvisited": [numbers],
// "unnotified": [numbers], "admin_penalties": [{"person", "month",
// "case_number", "kind", "count", "amount_fen" (0: a major demerit)}]}.
std::string to_json(const std::vector<ComplaintContact>& contacts);
std::string to_json(const std::vector<AdminPenaltyRecord>& penalties);
std::string contact_statistics_json(const ComplaintStatistics& statistics);

}  // namespace aftersales
