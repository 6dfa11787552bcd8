// Store: the complaint form (issue 29; seeds/002 客戶投訴管理辦法 (九)1-6,
// (七)4(2)): the facts, the entries, a deciding advance and a complaint's
// standing (the register is a column query: bind_store_queries.cpp).
// Instants Unix seconds; dates "YYYY-MM-DD"; a quantity None = not yet determined.
#include "bind_store.hpp"

#include <aftersales/enum_names.hpp>

using namespace pybind11::literals;

namespace aftersales::python {

void bind_store_form(py::class_<StoreHandle>& store) {
  store
      .def(
          "record_complaint_form",
          [](StoreHandle& h, const std::string& number, const OptText& customer, const OptText& order_number,
             const OptText& part_number, const OptText& shipped, std::optional<std::int64_t> quantity,
             std::optional<std::int64_t> defective_quantity, const OptText& customer_request, bool request_pending,
             bool sample_sent, const std::string& by, std::int64_t at) {
            const auto s = h.get();
            ComplaintForm f;
            f.customer = customer;
            f.order_number = order_number;
            f.part_number = part_number;
            if (shipped) f.shipped = parse_date(*shipped, "shipped");
            f.quantity = quantity;
            f.defective_quantity = defective_quantity;
            f.customer_request = customer_request;
            f.request_pending = request_pending;
            f.sample_sent = sample_sent;
            py::gil_scoped_release release;
            (void)s->record_complaint_form(number, f, by, instant(at));
          },
          "number"_a, "customer"_a, "order_number"_a, "part_number"_a, "shipped"_a, "quantity"_a,
          "defective_quantity"_a, "customer_request"_a, "request_pending"_a, "sample_sent"_a, "by"_a, "at"_a)
      .def(
          "complaint_form_json",
          [](StoreHandle& h, const std::string& number) {
            const auto s = h.get();
            py::gil_scoped_release release;
            const auto f = s->complaint_form(number);
            return f ? to_json(*f) : std::string("null");
          },
          "number"_a)
      .def(
          "record_complaint_entry",
          [](StoreHandle& h, const std::string& number, const std::string& field, const std::string& text,
             const std::string& author, std::int64_t at) {
            const auto s = h.get();
            const ComplaintEntryInput in{parse_complaint_field(field, "field"), text, author, instant(at)};
            py::gil_scoped_release release;
            return s->record_complaint_entry(number, in).id;
          },
          "number"_a, "field"_a, "text"_a, "author"_a, "at"_a)
      .def(
          "complaint_entries_json",
          [](StoreHandle& h, const std::string& number) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return to_json(s->complaint_entries(number));
          },
          "number"_a)
      .def(
          "advance_complaint_deciding",
          [](StoreHandle& h, const std::string& number, std::int64_t at, const std::vector<std::string>& call_for,
             const std::string& by) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return s->advance_complaint(number, instant(at), AdvanceOptions{call_for}, by);
          },
          "number"_a, "at"_a, "call_for"_a, "by"_a)
      .def(
          "complaint_standing",
          [](StoreHandle& h, const std::string& number, std::int64_t now) {
            const auto s = h.get();
            py::gil_scoped_release release;
            return std::string(to_string(s->policy().complaints().standing(s->complaint(number), instant(now))));
          },
          "number"_a, "now"_a);
}

}  // namespace aftersales::python
