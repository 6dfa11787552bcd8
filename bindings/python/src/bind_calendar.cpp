// CalendarBuilder and Calendar, with the batch functions over int64 arrays.
#include "common.hpp"

namespace aftersales::python {

namespace {

using namespace pybind11::literals;

// add_many: local civil seconds + working seconds -> local civil seconds.
Int64Array add_many(const Calendar& cal, const Int64Array& t, const Int64Array& d, bool coerce) {
  Int64Array out = same_shape_output({&t, &d});
  const std::int64_t* tp = t.data();
  const std::int64_t* dp = d.data();
  std::int64_t* op = out.mutable_data();
  const auto n = static_cast<std::size_t>(t.size());
  {
    py::gil_scoped_release release;
    for (std::size_t i = 0; i < n; ++i) {
      if (tp[i] == nat || dp[i] == nat) {
        op[i] = nat;
        continue;
      }
      try {
        op[i] = secs(cal.to_local(cal.add(cal.to_utc(local_time(tp[i])), Seconds(dp[i]))));
      } catch (const Error& e) {
        if (!coerce) rethrow_at(e, e.field().empty() ? "t" : e.field(), i);
        op[i] = nat;
      }
    }
  }
  return out;
}

// between_many: working seconds in [a, b), both local civil seconds.
Int64Array between_many(const Calendar& cal, const Int64Array& a, const Int64Array& b, bool coerce) {
  Int64Array out = same_shape_output({&a, &b});
  const std::int64_t* ap = a.data();
  const std::int64_t* bp = b.data();
  std::int64_t* op = out.mutable_data();
  const auto n = static_cast<std::size_t>(a.size());
  {
    py::gil_scoped_release release;
    for (std::size_t i = 0; i < n; ++i) {
      if (ap[i] == nat || bp[i] == nat) {
        op[i] = nat;
        continue;
      }
      try {
        op[i] = cal.between(cal.to_utc(local_time(ap[i])), cal.to_utc(local_time(bp[i]))).count();
      } catch (const Error& e) {
        if (!coerce) rethrow_at(e, e.field().empty() ? "a" : e.field(), i);
        op[i] = nat;
      }
    }
  }
  return out;
}

void bind_builder(py::module_& m) {
  py::class_<CalendarBuilder>(m, "CalendarBuilder")
      .def(py::init<>())
      .def_static(
          "china",
          [](const std::optional<ShiftList>& hours, std::string_view zone, std::optional<bool> strict,
             const std::optional<std::string>& holiday_file, const std::optional<std::string>& past_horizon) {
            auto shifts = hours ? to_shifts(*hours, "hours") : calendars::cn_default_hours();
            // strict is the older spelling of refuse / weekly; given both, they must agree.
            PastHorizon mode = strict.value_or(true) ? PastHorizon::refuse : PastHorizon::weekly;
            if (past_horizon) {
              mode = parse_past_horizon(*past_horizon, "past_horizon");
              if (strict && *strict != (mode == PastHorizon::refuse))
                throw Error(ErrorCode::invalid_argument, "past_horizon",
                            "'" + *past_horizon + "' contradicts strict=" + (*strict ? "True" : "False") +
                                " (strict=True is refuse)");
            }
            if (!holiday_file) return calendars::china_builder(std::move(shifts), zone, mode);
            return calendars::china_builder(calendars::CnHolidayFile::load(*holiday_file), std::move(shifts), zone,
                                            mode);
          },
          "hours"_a = py::none(), "zone"_a = std::string(default_zone), "strict"_a = py::none(),
          "holiday_file"_a = py::none(), "past_horizon"_a = py::none())
      .def("zone", [](CalendarBuilder& b, std::string_view name) { b.zone(name); }, "name"_a)
      // Returns the weekday's index (mon = 0) so the caller can spot a day given twice.
      .def(
          "week",
          [](CalendarBuilder& b, std::string_view day, const ShiftList& shifts, const std::string& field) {
            const Weekday w = parse_weekday(day, field);
            b.week(w, to_shifts(shifts, field));
            return static_cast<int>(w);
          },
          "day"_a, "shifts"_a, "field"_a)
      .def(
          "holiday",
          [](CalendarBuilder& b, std::string_view date, std::string_view field) { b.holiday(parse_date(date, field)); },
          "date"_a, "field"_a = "holidays")
      .def(
          "workday",
          [](CalendarBuilder& b, std::string_view date, std::string_view as, std::string_view field) {
            b.workday(parse_date(date, field), parse_weekday(as, field));
          },
          "date"_a, "as_"_a = std::string(to_string(default_makeup_weekday)), "field"_a = "workdays")
      .def(
          "day",
          [](CalendarBuilder& b, std::string_view date, const ShiftList& shifts, const std::string& field) {
            b.day(parse_date(date, field), to_shifts(shifts, field));
          },
          "date"_a, "shifts"_a, "field"_a = "days")
      .def(
          "horizon",
          [](CalendarBuilder& b, const std::optional<std::string>& date) {
            b.horizon(date ? std::optional<Date>(parse_date(*date, "horizon")) : std::nullopt);
          },
          "date"_a)
      .def("strict", [](CalendarBuilder& b, bool on) { b.strict(on); }, "on"_a)
      .def(
          "past_horizon",
          [](CalendarBuilder& b, std::string_view mode) { b.past_horizon(parse_past_horizon(mode, "past_horizon")); },
          "mode"_a)
      .def("build", &CalendarBuilder::build);
}

void bind_calendar_class(py::module_& m) {
  py::class_<Calendar>(m, "Calendar")
      .def_static("from_json", [](std::string_view text) { return Calendar::from_json(text); }, "text"_a)
      .def("to_json", &Calendar::to_json)
      .def_property_readonly("zone", [](const Calendar& c) { return c.zone().name(); })
      .def_property_readonly("horizon",
                             [](const Calendar& c) -> std::optional<std::string> {
                               if (auto h = c.horizon()) return format_date(*h);
                               return std::nullopt;
                             })
      .def_property_readonly("strict", &Calendar::strict)
      .def_property_readonly("past_horizon", [](const Calendar& c) { return std::string(to_string(c.past_horizon())); })
      .def_property_readonly("provisional_until",
                             [](const Calendar& c) -> std::optional<std::string> {
                               if (auto u = c.provisional_until()) return format_date(*u);
                               return std::nullopt;
                             })
      .def("provisional", [](const Calendar& c, std::string_view date) { return c.provisional(parse_date(date, "date")); },
           "date"_a)
      .def("provisional_year_in",
           [](const Calendar& c, std::int64_t a, std::int64_t b) { return c.provisional_year_in(instant(a), instant(b)); },
           "a"_a, "b"_a)
      // Instants: UTC seconds.
      .def("add", [](const Calendar& c, std::int64_t t, std::int64_t d) { return secs(c.add(instant(t), Seconds(d))); },
           "t"_a, "d"_a)
      .def("between", [](const Calendar& c, std::int64_t a, std::int64_t b) { return c.between(instant(a), instant(b)).count(); },
           "a"_a, "b"_a)
      .def("is_working", [](const Calendar& c, std::int64_t t) { return c.is_working(instant(t)); }, "t"_a)
      .def("next_working", [](const Calendar& c, std::int64_t t) { return secs(c.next_working(instant(t))); }, "t"_a)
      .def("working_date", [](const Calendar& c, std::int64_t t) { return format_date(c.working_date(instant(t))); }, "t"_a)
      .def("local_date", [](const Calendar& c, std::int64_t t) { return format_date(c.local_date(instant(t))); }, "t"_a)
      // Local civil seconds <-> UTC seconds.
      .def("to_utc", [](const Calendar& c, std::int64_t local) { return secs(c.to_utc(local_time(local))); }, "local"_a)
      .def("to_local", [](const Calendar& c, std::int64_t t) { return secs(c.to_local(instant(t))); }, "t"_a)
      .def("offset_at", [](const Calendar& c, std::int64_t t) { return c.zone().offset_at(instant(t)).count(); }, "t"_a)
      // Dates: "YYYY-MM-DD".
      .def("is_business_day", [](const Calendar& c, std::string_view d) { return c.is_business_day(parse_date(d, "date")); },
           "date"_a)
      .def("advance", [](const Calendar& c, std::string_view d, int n) { return format_date(c.advance(parse_date(d, "date"), n)); },
           "date"_a, "n"_a)
      .def("business_days_between",
           [](const Calendar& c, std::string_view a, std::string_view b) {
             return c.business_days_between(parse_date(a, "a"), parse_date(b, "b"));
           },
           "a"_a, "b"_a)
      .def("shifts_on", [](const Calendar& c, std::string_view d) { return from_shifts(c.shifts_on(parse_date(d, "date"))); },
           "date"_a)
      // Batch: local civil seconds in and out, NaT propagates; the GIL is released.
      .def("add_many", &add_many, "t"_a, "d"_a, py::kw_only(), "coerce"_a = false)
      .def("between_many", &between_many, "a"_a, "b"_a, py::kw_only(), "coerce"_a = false);
}

}  // namespace

void bind_calendar(py::module_& m) {
  bind_calendar_class(m);  // first, so the builder's signatures name aftersales._core.Calendar
  bind_builder(m);
  m.def("cn_horizon", [] { return format_date(calendars::cn_horizon()); });
  m.def("cn_default_hours", [] { return from_shifts(calendars::cn_default_hours()); });
  m.def("cn_days", [] {
    py::list out;
    for (const auto& d : calendars::cn_days())
      out.append(py::make_tuple(format_date(date_from_yyyymmdd(d.yyyymmdd)), d.workday ? "workday" : "holiday",
                                std::string(d.name)));
    return out;
  });
}

}  // namespace aftersales::python
