// Store billing (issue 28; seeds/002 (十), (十三), 第三篇): bills, invoices and
// payments. Money crosses as int64 fen, instants as Unix seconds, dates as
// "YYYY-MM-DD"; the package (aftersales/_store_billing.py) makes Decimal
// yuan, dates and datetimes of them.
#include "bind_store.hpp"

#include <aftersales/enum_names.hpp>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

// (kind, description, quantity, worked_s or None, unit_price, amount, charged)
py::list line_tuples(const std::vector<BillLine>& lines) {
  py::list out;
  for (const BillLine& l : lines)
    out.append(py::make_tuple(l.kind, l.description, l.quantity,
                              l.worked ? py::object(py::int_(l.worked->count())) : py::object(py::none()),
                              l.unit_price, l.amount, l.charged));
  return out;
}

py::object opt_date(const std::optional<Date>& d) {
  return d ? py::object(py::str(format_date(*d))) : py::object(py::none());
}

// (id, call_id, voucher, centre, category, billed_at, settlement, due_on,
//  total, value, lines, invoice_number, invoiced_on, paid, owed)
py::tuple bill_tuple(const Bill& b) {
  return py::make_tuple(b.id, b.call_id, b.voucher, b.centre, to_string(b.category), secs(b.billed_at),
                        to_string(b.settlement), opt_date(b.due_on), b.total, b.value, line_tuples(b.lines),
                        b.invoice_number, opt_date(b.invoiced_on), b.paid, b.owed);
}

// One tuple per bill: (id, call_id, voucher, centre, customer, category,
// settlement, billed_at, total, value, paid, owed, due_on, invoice_number, invoiced_on)
py::list bill_rows(const BillColumns& c) {
  py::list out;
  for (std::size_t i = 0; i < c.size(); ++i)
    out.append(py::make_tuple(c.id[i], c.call_id[i], c.voucher[i], c.centre[i], c.customer[i], c.category[i],
                              c.settlement[i], c.billed_at[i], c.total[i], c.value[i], c.paid[i], c.owed[i],
                              c.due_on.at(i), c.invoice_number.at(i), c.invoiced_on.at(i)));
  return out;
}

template <class F>
auto released(StoreHandle& h, F f) {
  const auto s = h.get();
  py::gil_scoped_release release;
  return f(*s);
}

}  // namespace

void bind_store_billing(py::class_<StoreHandle>& store) {
  store
      .def(
          "bill_call",
          [](StoreHandle& h, const std::string& call_id, std::int64_t at) {
            return bill_tuple(released(h, [&](Store& s) { return s.bill_call(call_id, instant(at)); }));
          },
          "call_id"_a, "at"_a)
      .def(
          "issue_invoice",
          [](StoreHandle& h, const std::string& call_id, std::int64_t at) {
            return bill_tuple(released(h, [&](Store& s) { return s.issue_invoice(call_id, instant(at)); }));
          },
          "call_id"_a, "at"_a)
      .def(
          "record_payment",
          [](StoreHandle& h, const std::string& call_id, const std::string& method, std::int64_t amount,
             std::int64_t at) {
            const PaymentMethod m = parse_enum<PaymentMethod>(method, "method");
            return released(h, [&](Store& s) { return s.record_payment(call_id, m, amount, instant(at)); });
          },
          "call_id"_a, "method"_a, "amount"_a, "at"_a)
      .def(
          "bill",
          [](StoreHandle& h, const std::string& call_id) {
            return bill_tuple(released(h, [&](Store& s) { return s.bill(call_id); }));
          },
          "call_id"_a)
      .def(
          "bills",
          [](StoreHandle& h, std::int64_t start, std::int64_t end) {
            return bill_rows(released(h, [&](Store& s) { return s.bills(instant(start), instant(end)); }));
          },
          "start"_a, "end"_a)
      .def(
          "receivables",
          [](StoreHandle& h, std::int64_t as_of) {
            return bill_rows(released(h, [&](Store& s) { return s.receivables(instant(as_of)); }));
          },
          "as_of"_a)
      .def(
          "overdue_invoices",
          [](StoreHandle& h, const std::string& on) {
            const Date d = parse_date(on, "on");
            return bill_rows(released(h, [&](Store& s) { return s.overdue_invoices(d); }));
          },
          "on"_a)
      // (id, bill_id, call_id, voucher, centre, method, amount, paid_at, recorded)
      .def(
          "payments",
          [](StoreHandle& h, std::int64_t start, std::int64_t end) {
            const PaymentColumns c = released(h, [&](Store& s) { return s.payments(instant(start), instant(end)); });
            py::list out;
            for (std::size_t i = 0; i < c.size(); ++i)
              out.append(py::make_tuple(c.id[i], c.bill_id[i], c.call_id[i], c.voucher[i], c.centre[i], c.method[i],
                                        c.amount[i], c.paid_at[i], c.recorded[i]));
            return out;
          },
          "start"_a, "end"_a);
}

}  // namespace aftersales::python
