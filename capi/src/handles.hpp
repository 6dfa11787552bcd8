#pragma once
// The opaque C handles: each holds an immutable C++ value, so a const handle
// is safe to use from many threads at once.
#include <aftersales/calendar.hpp>
#include <aftersales/complaint.hpp>
#include <aftersales/dispatch.hpp>
#include <aftersales/penalty.hpp>
#include <aftersales/policy.hpp>
#include <aftersales/store.hpp>
#include <aftersales/warranty.hpp>

#include <utility>

struct as_calendar {
  explicit as_calendar(aftersales::Calendar c, bool is_owned = true) : calendar(std::move(c)), owned(is_owned) {}
  aftersales::Calendar calendar;
  // False for the calendar a policy lends out: as_calendar_destroy ignores it.
  bool owned;
};

struct as_dispatch_policy {
  explicit as_dispatch_policy(aftersales::DispatchPolicy p)
      : policy(std::move(p)), calendar(policy.calendar(), false) {}
  aftersales::DispatchPolicy policy;
  // Lent out by as_dispatch_policy_calendar; lives as long as the policy.
  as_calendar calendar;
};

struct as_warranty_policy {
  explicit as_warranty_policy(aftersales::WarrantyPolicy p) : policy(std::move(p)) {}
  aftersales::WarrantyPolicy policy;
};

struct as_tariff {
  explicit as_tariff(aftersales::ExtendedWarrantyTariff t) : tariff(std::move(t)) {}
  aftersales::ExtendedWarrantyTariff tariff;
};

struct as_penalty_policy {
  explicit as_penalty_policy(aftersales::PenaltyPolicy p) : policy(std::move(p)) {}
  aftersales::PenaltyPolicy policy;
};

// Mutable, unlike the others: one thread at a time.
struct as_penalty_ledger {
  explicit as_penalty_ledger(aftersales::PenaltyLedger l) : ledger(std::move(l)) {}
  aftersales::PenaltyLedger ledger;
};

struct as_complaint_policy {
  explicit as_complaint_policy(aftersales::ComplaintPolicy p) : policy(std::move(p)) {}
  aftersales::ComplaintPolicy policy;
};

// One immutable complaint value; advance and reject make new handles. The
// text as_complaint_describe lends out points into it.
struct as_complaint {
  explicit as_complaint(aftersales::Complaint c) : complaint(std::move(c)) {}
  aftersales::Complaint complaint;
};

struct as_policy {
  explicit as_policy(aftersales::Policy p) : policy(std::move(p)) {}
  aftersales::Policy policy;
};

// The store serialises its own calls; the handle adds nothing mutable.
struct as_store {
  explicit as_store(aftersales::Store s) : store(std::move(s)) {}
  aftersales::Store store;
};

// A snapshot of one call; as_call_describe lends text out of it.
struct as_call {
  explicit as_call(aftersales::ServiceCall c) : call(std::move(c)) {}
  aftersales::ServiceCall call;
};
