// Issue 29 items 5 and 6 (seeds/002 家電 (二十六), (二十八); 行政處罰準則
// (四)-(六), 投訴 (十二)1): contacts with the complaining customer and
// administrative penalties. Money crosses as int64 fen, instants as Unix
// seconds, dates "YYYY-MM-DD", months "YYYY-MM"; the package
// (aftersales/_store_contacts.py) makes Decimal yuan, dates and datetimes.
#include "bind_store.hpp"

#include <aftersales/enum_names.hpp>

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

template <class F>
auto released(StoreHandle& h, F f) {
  const auto s = h.get();
  py::gil_scoped_release release;
  return f(*s);
}

// (id, number, kind, how, by, at, note, recorded)
py::list contact_tuples(const std::vector<ComplaintContact>& contacts) {
  py::list out;
  for (const ComplaintContact& c : contacts)
    out.append(py::make_tuple(c.id, c.number, to_string(c.kind), to_string(c.how), c.by, secs(c.at), c.note,
                              secs(c.recorded), c.amount));
  return out;
}

// (id, person, case_number, offence, kind, count, amount or None, notice_number, notice_date, month, recorded,
// due, late)
py::list penalty_tuples(const std::vector<AdminPenaltyRecord>& penalties) {
  py::list out;
  for (const AdminPenaltyRecord& p : penalties)
    out.append(py::make_tuple(p.id, p.person, p.case_number, p.offence, to_string(p.kind), p.count, p.amount,
                              p.notice_number, format_date(p.notice_date), format_year_month(p.month),
                              secs(p.recorded), format_date(p.due), p.late()));
  return out;
}

}  // namespace

void bind_store_contacts(py::class_<StoreHandle>& store) {
  store
      .def(
          "record_contact",
          [](StoreHandle& h, const std::string& number, const std::string& kind, const std::string& how,
             const std::string& by, std::int64_t at, const std::string& note, std::optional<std::int64_t> amount) {
            ContactIntake c;
            c.kind = parse_contact_kind(kind, "kind");
            c.how = parse_contact_method(how, "how");
            c.by = by;
            c.at = instant(at);
            c.note = note;
            c.amount = amount;
            return released(h, [&](Store& s) { return s.record_contact(number, c); });
          },
          "number"_a, "kind"_a, "how"_a, "by"_a, "at"_a, "note"_a = "", "amount"_a = py::none())
      .def(
          "contacts",
          [](StoreHandle& h, const std::string& number) {
            return contact_tuples(released(h, [&](Store& s) { return s.contacts(number); }));
          },
          "number"_a)
      .def(
          "record_admin_penalty",
          [](StoreHandle& h, const std::string& person, const std::string& case_number, const std::string& offence,
             const std::string& kind, int count, std::optional<std::int64_t> amount, const std::string& notice_number,
             const std::string& notice_date, const std::string& month) {
            AdminPenaltyIntake p;
            p.person = person;
            p.case_number = case_number;
            p.offence = offence;
            p.kind = parse_admin_penalty(kind, "kind");
            p.count = count;
            p.amount = amount;
            p.notice_number = notice_number;
            p.notice_date = parse_date(notice_date, "notice_date");
            p.month = parse_year_month(month, "month");
            return released(h, [&](Store& s) { return s.record_admin_penalty(p); });
          },
          "person"_a, "case_number"_a, "offence"_a, "kind"_a, "count"_a, "amount"_a, "notice_number"_a,
          "notice_date"_a, "month"_a)
      .def(
          "admin_penalties",
          [](StoreHandle& h, std::optional<std::string> person) {
            return penalty_tuples(released(h, [&](Store& s) {
              return person ? s.admin_penalties(std::string_view(*person)) : s.admin_penalties();
            }));
          },
          "person"_a = py::none())
      .def(
          "contact_statistics",
          // (unvisited, unnotified, [(person, month, case_number, kind, count, amount)])
          [](StoreHandle& h, const std::string& month) {
            const YearMonth m = parse_year_month(month, "month");
            const ComplaintStatistics st = released(h, [&](Store& s) { return s.complaint_statistics(m); });
            py::list penalties;
            for (const AdminCharge& a : st.admin_penalties)
              penalties.append(
                  py::make_tuple(a.person, format_year_month(a.month), a.case_id, to_string(a.kind), a.count, a.amount));
            return py::make_tuple(st.unvisited, st.unnotified, penalties);
          },
          "month"_a);
}

}  // namespace aftersales::python
