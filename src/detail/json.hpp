#pragma once
// Reading policy documents: nlohmann::json with errors that name the path
// ("calendar.week.mon[1]") and the value, as aftersales::Error.
#include <aftersales/calendar.hpp>
#include <aftersales/error.hpp>
#include <aftersales/period.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace aftersales::detail {

using Json = nlohmann::json;

Json parse_json(std::string_view text, std::string_view what);
[[noreturn]] void json_type_error(const std::string& path, const Json& value, const char* expected);
const std::string& json_string(const Json& v, const std::string& path);
bool json_bool(const Json& v, const std::string& path);
Date json_date(const Json& v, const std::string& path);
// The two grammars of amounts in documents (README "Policy documents").
// Working time: ISO 8601 "PT6H", "PT1H30M", "PT45S" or the short forms
// "6h", "1h30min", "45s" (h, min, s, largest first, each once). Calendar
// periods: ISO 8601 "P1Y", "P6M", "P2Y6M", "P15D" or "1y", "6mo", "2y6mo",
// "15d" (y, mo, d, largest first, each once; at most max_period_months).
// Refused, naming `field` and showing the accepted forms: empty text, a bare
// number (no unit), a bare "m" (minutes or months?), weeks, fractions, signs,
// a unit of the other grammar ("P6M" as working time, "6h" as a period) and
// amounts too large to count.
Seconds parse_working_time(std::string_view text, const std::string& field);
Period parse_period(std::string_view text, const std::string& field);
// Written back in the short forms, so a document round-trips: "1h30min",
// "0s"; "2y6mo", "0d".
std::string working_time_code(Seconds s);
std::string period_code(Period p);
// A document member in those grammars: a string (a JSON number is refused,
// as a bare number has no unit).
Seconds json_working_time(const Json& v, const std::string& path);
Period json_period(const Json& v, const std::string& path);
// A built-in policy document of data/policies ("dispatch", "service",
// "sanbao", ...), parsed once; the defaults of every section live there.
const Json& default_document(std::string_view name);
// `given` over `defaults`, member by member (RFC 7396 merge patch: objects
// merge, arrays and other values replace), except the members named in
// `whole`, which replace the default as a whole (maps of names the document
// lists completely, such as dispatch targets or warranty products).
Json merged_section(const Json& defaults, const Json& given, std::initializer_list<std::string_view> whole = {});
// Members other than `allowed` are an error, so a typo never passes silently.
void json_only(const Json& obj, const std::string& path, std::initializer_list<std::string_view> allowed);

// The calendar section of a document (a bare calendar object or a policy
// document with a "calendar" member).
CalendarBuilder calendar_builder_from_json(const Json& doc, const std::string& path);
// The builder above, built, with errors named by their path in the document.
Calendar calendar_from_json(const Json& doc, const std::string& path);
const Json& calendar_section(const Json& doc, std::string& path);
Json calendar_to_json_value(const Calendar& cal);

}  // namespace aftersales::detail
