// The calendar document: the one format C++, C and Python load.
//
// {
//   "zone": "Asia/Shanghai",            IANA name or POSIX TZ rule (default Asia/Shanghai)
//   "preset": "cn",                     optional: start from China's holiday table
//   "week": {"mon": [["09:00", "12:00"], ["13:00", "18:00"]], ...},
//   "holidays": ["2025-10-01", ...],
//   "workdays": {"2025-09-28": "mon"},  make-up days and whose shifts they work
//   "days": {"2025-12-24": [["09:00", "13:00"]]},
//   "horizon": "2026-12-31" | null,
//   "strict": true | false,
//   "past_horizon": "refuse" | "weekly" | "statutory"   (strict true is refuse, false weekly)
// }
#include <aftersales/calendars/cn.hpp>

#include "detail/calendar_impl.hpp"
#include "detail/json.hpp"

#include <array>
#include <utility>

namespace aftersales {
namespace detail {

namespace {
std::vector<Shift> json_shifts(const Json& v, const std::string& path) {
  if (!v.is_array()) json_type_error(path, v, "an array of [open, close] pairs");
  std::vector<Shift> out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    std::string p = path + "[" + std::to_string(i) + "]";
    const Json& pair = v[i];
    if (pair.is_array() && pair.size() == 2)
      out.push_back(Shift::parse(json_string(pair[0], p + "[0]"), json_string(pair[1], p + "[1]"), p));
    else if (pair.is_object() && pair.contains("open") && pair.contains("close") && pair.size() == 2)
      out.push_back(Shift::parse(json_string(pair["open"], p + ".open"), json_string(pair["close"], p + ".close"), p));
    else
      json_type_error(p, pair, "[\"HH:MM\", \"HH:MM\"]");
  }
  return out;
}

Json shifts_json(const std::vector<Shift>& shifts) {
  Json arr = Json::array();
  for (const auto& s : shifts) arr.push_back({format_time_of_day(s.open), format_time_of_day(s.close)});
  return arr;
}
}  // namespace

const Json& calendar_section(const Json& doc, std::string& path) {
  if (doc.is_object() && doc.contains("calendar")) {
    path = "calendar";
    return doc["calendar"];
  }
  return doc;
}

CalendarBuilder calendar_builder_from_json(const Json& doc, const std::string& path) {
  auto at = [&](std::string_view key) { return path.empty() ? std::string(key) : path + "." + std::string(key); };
  if (!doc.is_object()) json_type_error(path.empty() ? "calendar" : path, doc, "an object");
  json_only(doc, path, {"zone", "preset", "week", "holidays", "workdays", "days", "horizon", "strict", "past_horizon"});

  std::string zone = doc.contains("zone") ? json_string(doc["zone"], at("zone")) : std::string(default_zone);
  CalendarBuilder b;
  if (doc.contains("preset")) {
    const auto& preset = json_string(doc["preset"], at("preset"));
    if (preset != "cn")
      throw Error(ErrorCode::not_found, at("preset"), "unknown preset '" + preset + "' (known: cn)");
    b = calendars::china_builder(calendars::cn_default_hours(), zone, true);
    if (doc.contains("week")) b.week(Weekday::mon, {}).week(Weekday::tue, {}).week(Weekday::wed, {})
                                  .week(Weekday::thu, {}).week(Weekday::fri, {});
  }
  b.zone(zone);
  if (doc.contains("week")) {
    const Json& week = doc["week"];
    if (!week.is_object()) json_type_error(at("week"), week, "an object keyed mon..sun");
    std::array<bool, 7> seen{};
    for (auto it = week.begin(); it != week.end(); ++it) {
      std::string p = at("week") + "." + it.key();
      const Weekday day = parse_weekday(it.key(), p);
      if (std::exchange(seen[static_cast<std::size_t>(day)], true))
        throw Error(ErrorCode::invalid_argument, p, std::string(to_string(day)) + " is given twice");
      b.week(day, json_shifts(it.value(), p));
    }
  }
  if (doc.contains("holidays")) {
    const Json& h = doc["holidays"];
    if (!h.is_array()) json_type_error(at("holidays"), h, "an array of dates");
    for (std::size_t i = 0; i < h.size(); ++i) b.holiday(json_date(h[i], at("holidays") + "[" + std::to_string(i) + "]"));
  }
  if (doc.contains("workdays")) {
    const Json& w = doc["workdays"];
    if (!w.is_object()) json_type_error(at("workdays"), w, "an object {\"YYYY-MM-DD\": \"mon\"}");
    for (auto it = w.begin(); it != w.end(); ++it) {
      std::string p = at("workdays") + "." + it.key();
      b.workday(parse_date(it.key(), p), parse_weekday(json_string(it.value(), p), p));
    }
  }
  if (doc.contains("days")) {
    const Json& d = doc["days"];
    if (!d.is_object()) json_type_error(at("days"), d, "an object {\"YYYY-MM-DD\": [[open, close], ...]}");
    for (auto it = d.begin(); it != d.end(); ++it) {
      std::string p = at("days") + "." + it.key();
      b.day(parse_date(it.key(), p), json_shifts(it.value(), p));
    }
  }
  if (doc.contains("horizon")) {
    const Json& h = doc["horizon"];
    b.horizon(h.is_null() ? std::nullopt : std::optional<Date>(json_date(h, at("horizon"))));
  }
  if (doc.contains("strict")) b.strict(json_bool(doc["strict"], at("strict")));
  if (doc.contains("past_horizon")) {
    const PastHorizon mode = parse_past_horizon(json_string(doc["past_horizon"], at("past_horizon")), at("past_horizon"));
    // Both members may be given (to_json writes both): they must agree.
    if (doc.contains("strict") && json_bool(doc["strict"], at("strict")) != (mode == PastHorizon::refuse))
      throw Error(ErrorCode::invalid_argument, at("past_horizon"),
                  std::string("'") + to_string(mode) + "' contradicts \"strict\": " +
                      (mode == PastHorizon::refuse ? "false" : "true") + " (strict true is refuse)");
    b.past_horizon(mode);
  }
  return b;
}

Calendar calendar_from_json(const Json& doc, const std::string& path) {
  const CalendarBuilder builder = calendar_builder_from_json(doc, path);
  try {
    return builder.build();
  } catch (const Error& e) {
    throw e.nested(path);  // the builder names fields inside the calendar section
  }
}

Json calendar_to_json_value(const Calendar& cal) {
  const CalendarImpl& impl = CalendarImpl::of(cal);
  Json doc = Json::object();
  doc["zone"] = cal.zone().name();
  Json week = Json::object();
  for (int w = 0; w < 7; ++w) {
    std::vector<Shift> shifts;
    for (const auto& s : impl.week[static_cast<std::size_t>(w)])
      shifts.push_back(Shift{Seconds(s.open), Seconds(s.open + s.length > 86400 ? s.open + s.length - 86400 : s.open + s.length)});
    if (!shifts.empty()) week[to_string(static_cast<Weekday>(w))] = shifts_json(shifts);
  }
  doc["week"] = week;
  Json holidays = Json::array(), workdays = Json::object(), days = Json::object();
  for (const auto& r : impl.rules) {
    std::string d = format_date(date_from_day_number(r.day));
    switch (r.kind) {
      case DayKind::holiday: holidays.push_back(d); break;
      case DayKind::workday: workdays[d] = to_string(r.as); break;
      case DayKind::explicit_shifts: days[d] = shifts_json(cal.shifts_on(date_from_day_number(r.day))); break;
    }
  }
  doc["holidays"] = holidays;
  doc["workdays"] = workdays;
  doc["days"] = days;
  doc["horizon"] = cal.horizon() ? Json(format_date(*cal.horizon())) : Json(nullptr);
  doc["strict"] = cal.strict();
  doc["past_horizon"] = to_string(cal.past_horizon());
  return doc;
}

}  // namespace detail

Calendar Calendar::from_json(std::string_view json) {
  auto doc = detail::parse_json(json, "calendar");
  std::string path;
  return detail::calendar_from_json(detail::calendar_section(doc, path), path);
}

std::string Calendar::to_json() const { return detail::calendar_to_json_value(*this).dump(2); }

}  // namespace aftersales
