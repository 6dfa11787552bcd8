// The Store binding's shared parts: the Python object (StoreHandle) and the
// converters both halves use. bind_store.cpp binds the Store class and its
// write operations; bind_store_queries.cpp its column queries and reports.
#pragma once
#include "common.hpp"

#include <memory>
#include <optional>
#include <string>

namespace aftersales::python {

using OptSecs = std::optional<std::int64_t>;
using OptText = std::optional<std::string>;

inline OptSecs optional_secs(const std::optional<Instant>& t) {
  if (!t) return std::nullopt;
  return secs(*t);
}

// (id, voucher, customer_id, unit_id, customer, phone, address, zone, centre,
//  product, serial, fault, received, category, category_rule, deadline, state,
//  technician, dispatched, arrived, completed, sla_met, signed_off)
inline py::tuple call_tuple(const ServiceCall& c) {
  return py::make_tuple(c.id, c.voucher, c.customer_id, c.unit_id, c.customer, c.phone, c.address, c.zone, c.centre,
                        c.product, c.serial, c.fault, secs(c.received), to_string(c.category), c.category_rule,
                        secs(c.deadline), to_string(c.state), c.technician, optional_secs(c.dispatched),
                        optional_secs(c.arrived), optional_secs(c.completed), c.sla_met, c.signed_off);
}

// The Python object: the store until closed. Each call holds its own
// reference, so close() during a call in another thread is safe: the file
// is closed when that call ends.
struct StoreHandle {
  std::shared_ptr<Store> store;
  std::string path;

  std::shared_ptr<Store> get() const {
    if (!store) throw Error(ErrorCode::state, "store", "is closed");
    return store;
  }
};

// The column queries and reports of Store (bind_store_queries.cpp), bound
// by bind_store.
void bind_store_queries(py::class_<StoreHandle>& store);
// Carry-in controls and surveys of every call (issue 28; bind_store_counter.cpp).
void bind_store_counter(py::class_<StoreHandle>& store);
// Calls solved by phone or remotely (bind_store_remote.cpp; issue 28).
void bind_store_remote(py::class_<StoreHandle>& store);
// Bills, invoices and payments (bind_store_billing.cpp, issue 28).
void bind_store_billing(py::class_<StoreHandle>& store);
// The complaint form: facts, entries, register, standing (bind_store_form.cpp, issue 29).
void bind_store_form(py::class_<StoreHandle>& store);
// Approval by authority and improvements (bind_store_approval.cpp, issue 29).
void bind_store_approval(py::class_<StoreHandle>& store);
// Contacts with the customer and administrative penalties (bind_store_contacts.cpp, issue 29).
void bind_store_contacts(py::class_<StoreHandle>& store);

}  // namespace aftersales::python
