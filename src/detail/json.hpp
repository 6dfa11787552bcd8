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
// A legal period as documents write it: "3y", "6m", "15d", "2y6m" (at most
// max_period_months), and back.
Period parse_period(std::string_view text, const std::string& field);
std::string period_code(Period p);
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
