// The rest-day extension per period kind: Civil Code art. 203 moves the end
// of a period for an act to the next working day; art. 204 lets a law or the
// parties provide otherwise, so each kind of warranty period is the policy's
// choice (warranty.rest_day_extension), by default extended.
#include "detail/warranty_rest_day.hpp"

#include "detail/warranty_impl.hpp"

#include <array>
#include <string_view>

namespace aftersales {

namespace {

using detail::Json;

// The document's names of the kinds, with their members: one table for the
// parser, the writer and the defaults.
struct Kind {
  const char* name;
  bool RestDayExtension::*flag;
};
constexpr std::array<Kind, 7> kinds{{{"return", &RestDayExtension::return_window},
                                     {"exchange", &RestDayExtension::exchange_window},
                                     {"fault_window", &RestDayExtension::fault_window},
                                     {"remedy_period", &RestDayExtension::remedy_period},
                                     {"whole_unit", &RestDayExtension::whole_unit},
                                     {"component", &RestDayExtension::component},
                                     {"extended", &RestDayExtension::extended}}};

std::string kind_names() {
  std::string out;
  for (const Kind& k : kinds) out.append(out.empty() ? "" : ", ").append(k.name);
  return out;
}

// All kinds from `v`, which must name every one (the default document does).
RestDayExtension read_all(const Json& v, const std::string& path) {
  RestDayExtension out(true);
  if (!v.is_object()) detail::json_type_error(path, v, "an object {\"return\": true, ...}");
  for (const Kind& k : kinds)
    if (!v.contains(k.name)) throw Error(ErrorCode::internal, path + "." + k.name, "is missing from the default document");
  return detail::rest_day_extension_from_json(v, path, out);
}

}  // namespace

RestDayExtension::RestDayExtension(bool extend) noexcept
    : return_window(extend),
      exchange_window(extend),
      fault_window(extend),
      remedy_period(extend),
      whole_unit(extend),
      component(extend),
      extended(extend) {}

// The defaults: data/policies/sanbao.json "warranty.rest_day_extension", read once.
RestDayExtension::RestDayExtension() : RestDayExtension([] {
    static const RestDayExtension d = read_all(
        detail::default_document("sanbao").at("warranty").at("rest_day_extension"),
        "sanbao.json: warranty.rest_day_extension");
    return d;
  }()) {}

namespace detail {

Date legal_end_for(bool extend, Date start, Period period, const Calendar* cal, bool* past_horizon, int extra_days,
                   std::string* note, bool* not_extended) {
  if (extend) return legal_end(start, period, cal, past_horizon, extra_days, note);
  const Date plain = legal_end(start, period, nullptr, nullptr, extra_days);
  if (not_extended && cal) {
    bool past = false;
    *not_extended = legal_end(start, period, cal, &past, extra_days) != plain;
  }
  return plain;
}

RestDayExtension rest_day_extension_from_json(const Json& v, const std::string& path, RestDayExtension base) {
  if (!v.is_object()) json_type_error(path, v, "an object {\"return\": true, \"whole_unit\": false, ...}");
  for (auto it = v.begin(); it != v.end(); ++it) {
    const Kind* kind = nullptr;
    for (const Kind& k : kinds)
      if (it.key() == k.name) kind = &k;
    if (!kind)
      throw Error(ErrorCode::parse_error, path + "." + it.key(),
                  "unknown period kind '" + it.key() + "' (known: " + kind_names() + ")");
    if (!it.value().is_boolean()) json_type_error(path + "." + it.key(), it.value(), "true or false");
    base.*(kind->flag) = it.value().get<bool>();
  }
  return base;
}

Json rest_day_extension_to_json(const RestDayExtension& e) {
  Json out = Json::object();
  for (const Kind& k : kinds) out[k.name] = e.*(k.flag);
  return out;
}

}  // namespace detail

}  // namespace aftersales
