#pragma once
// The complaint form's facts and entries, and its register (issue 29 items 1
// and 2; seeds/002 客戶投訴管理辦法 (九)1-6, (七)4(2)): what sales records
// when it takes the complaint in (編號、料號、交運日期、數量、不良數量、客戶要求,
// the form travelling with the sample), what each department writes while
// the form is with it (who, when, what), and the 客戶抱怨案件登記追蹤表 as
// columns.
#include <aftersales/complaint.hpp>
#include <aftersales/nullable.hpp>
#include <aftersales/types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aftersales {

// The facts sales records on the form (九)1. Every member may be unknown
// when the form is first recorded; recording again replaces them all (a
// quantity becomes known later). A quantity of none is "not yet determined";
// request_pending is the seed's "客戶加工中未確定": the customer is still
// processing the goods and has not said what it asks for (the register
// renders it; the text is not stored).
struct ComplaintForm {
  std::optional<std::string> customer;          // 客戶
  std::optional<std::string> order_number;      // 編號 (the order or delivery number)
  std::optional<std::string> part_number;       // 料號
  std::optional<Date> shipped;                  // 交運日期
  std::optional<std::int64_t> quantity;         // 數量; none: not yet determined
  std::optional<std::int64_t> defective_quantity;  // 不良數量; none: not yet determined
  std::optional<std::string> customer_request;  // 客戶要求
  bool request_pending = false;                 // 客戶加工中未確定
  bool sample_sent = false;                     // the form travels with the sample (九)1
  friend bool operator==(const ComplaintForm&, const ComplaintForm&) = default;
};

// The form as recorded: the facts, who recorded them and when (the last time).
struct RecordedComplaintForm {
  ComplaintForm form;
  std::string recorded_by;
  Instant recorded{};
  friend bool operator==(const RecordedComplaintForm&, const RecordedComplaintForm&) = default;
};

// An entry a department writes while the form is at its stage: the field
// must be one of the stage's `entries` (the complaint's own stage list).
struct ComplaintEntryInput {
  ComplaintField field = ComplaintField::cause;
  std::string text;    // production_date: "YYYY-MM-DD"
  std::string author;  // who wrote it
  Instant at{};        // when: not before the stage was entered, not after now
};

struct ComplaintEntry {
  Id id;
  std::string stage;  // the stage the form was at
  ComplaintField field = ComplaintField::cause;
  std::string text;
  std::string author;
  Instant at{};
  friend bool operator==(const ComplaintEntry&, const ComplaintEntry&) = default;
};

// The register (客戶抱怨案件登記追蹤表): one row per complaint received in the
// span, in order of receipt. Instants in Unix seconds. standing is the judge's
// verdict (ComplaintStanding) as of the query's `as_of`.
struct ComplaintRegister {
  std::vector<std::string> number;
  std::vector<std::int64_t> received, accepted;
  Nullable<std::string> customer, order_number, part_number;
  Nullable<std::string> shipped;  // "YYYY-MM-DD"
  Nullable<std::int64_t> quantity, defective_quantity;  // none: not yet determined (or no form yet)
  // The customer's request as the register shows it: the request, else
  // "客戶加工中未確定" when pending, else none.
  Nullable<std::string> request;
  std::vector<std::int8_t> sample_sent;
  std::vector<std::string> kind, severity, market;
  std::vector<std::string> department;        // the handling department (routing)
  std::vector<std::string> stage;             // "closed" once closed
  std::vector<std::string> stage_department;  // "" once closed
  Nullable<std::int64_t> stage_deadline;      // none: no budget, or closed
  std::vector<std::int64_t> deadline;         // the overall deadline
  std::vector<std::string> standing;          // ComplaintStanding names
  Nullable<std::int64_t> closed_at;
  std::vector<std::string> skipped;           // optional stages passed over, ", "-joined ("" none)
  std::vector<std::int64_t> entries;          // entries written on the form so far
  std::size_t size() const noexcept { return number.size(); }
};

// As JSON (the C API's and the CLI's): the register as one object of
// equal-length arrays named like the members (instants Unix seconds, null
// for none); a form {"customer", "order_number", "part_number", "shipped"
// ("YYYY-MM-DD"), "quantity", "defective_quantity" (null: not yet
// determined), "customer_request", "request_pending", "sample_sent",
// "recorded_by", "recorded"}; entries [{"id", "stage", "field", "text",
// "author", "at"}].
std::string to_json(const ComplaintRegister& columns);
std::string to_json(const RecordedComplaintForm& form);
std::string to_json(const std::vector<ComplaintEntry>& entries);

// The text the register shows for a pending request (seeds/002 (九)1), in
// brackets after the request when one is given.
inline constexpr std::string_view request_pending_text = "客戶加工中未確定";

}  // namespace aftersales
