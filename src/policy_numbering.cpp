// The numbers' templates of a policy (issue 28; DESIGN.md: "numbers carry
// the centre or are given centrally"): vouchers, carry-in receipts and
// invoices numbered per service centre and local month, so that the stores
// of two centres never give the same number (one store numbers a centre).
#include "detail/numbering_policy.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace aftersales {

NumberingRules default_numbering_rules() {
  static const NumberingRules rules = detail::numbering_from_json(
      detail::default_document("service").at("service").at("numbering"), "service.numbering");
  return rules;
}

namespace detail {

namespace {

constexpr int max_serial_width = 12;


// One piece of a template: literal text, or a placeholder (width > 0 for the serial).
enum class Piece { text, centre, yymm, serial };

// Calls `on(piece, text, width)` for each piece of `tpl`; throws naming
// `path` for anything but literal text and the three placeholders.
template <class F>
void scan(std::string_view tpl, const std::string& path, F on) {
  const auto refuse = [&](const std::string& why) {
    throw Error(ErrorCode::invalid_argument, path, "'" + std::string(tpl) + "' " + why);
  };
  std::size_t i = 0;
  while (i < tpl.size()) {
    const std::size_t open = tpl.find_first_of("{}", i);
    if (open == std::string_view::npos) {
      on(Piece::text, tpl.substr(i), 0);
      break;
    }
    if (open > i) on(Piece::text, tpl.substr(i, open - i), 0);
    if (tpl[open] == '}') refuse("has a '}' without its '{' (braces are only for {centre}, {yymm}, {serial:N})");
    const std::size_t close = tpl.find_first_of("{}", open + 1);
    if (close == std::string_view::npos || tpl[close] == '{')
      refuse("has a '{' without its '}' (braces are only for {centre}, {yymm}, {serial:N})");
    const std::string_view name = tpl.substr(open + 1, close - open - 1);
    if (name == "centre") {
      on(Piece::centre, name, 0);
    } else if (name == "yymm") {
      on(Piece::yymm, name, 0);
    } else if (name == "serial" || name.substr(0, 7) == "serial:") {
      const std::string_view digits = name.substr(std::min<std::size_t>(name.size(), 7));
      int width = 0;
      bool ok = !digits.empty() && digits.size() <= 2;
      for (const char ch : digits) {
        if (ch < '0' || ch > '9') ok = false;
        width = width * 10 + (ch - '0');
      }
      if (!ok || width < 1 || width > max_serial_width)
        refuse("has {" + std::string(name) + "}: the serial's width is a number of digits 1.." +
               std::to_string(max_serial_width));
      on(Piece::serial, name, width);
    } else {
      refuse("has {" + std::string(name) + "}: the placeholders are {centre}, {yymm} and {serial:N}");
    }
    i = close + 1;
  }
}

void check_template(const std::string& tpl, const std::string& path) {
  for (const char ch : tpl)
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f)
      throw Error(ErrorCode::invalid_argument, path, "'" + tpl + "' has a control character");
  int centre = 0, yymm = 0, serial = 0;
  Piece before = Piece::text;
  scan(tpl, path, [&](Piece p, std::string_view, int) {
    // The centre code is of any length: right beside another placeholder
    // two centres could spell one number (east's 1001st call and east1's
    // first: "east" "1001" and "east1" "001").
    if ((p == Piece::centre && before != Piece::text) || (before == Piece::centre && p != Piece::text))
      throw Error(ErrorCode::invalid_argument, path,
                  "'" + tpl + "' has {centre} right beside another placeholder: put literal text between them, "
                  "or two centres' numbers could be the same");
    before = p;
    if (p == Piece::centre) ++centre;
    if (p == Piece::yymm) ++yymm;
    if (p == Piece::serial) ++serial;
  });
  const auto once = [&](int count, const char* name, const char* why) {
    if (count == 1) return;
    throw Error(ErrorCode::invalid_argument, path,
                "'" + tpl + "' " + (count == 0 ? std::string("has no ") : std::string("has more than one ")) + name +
                    (count == 0 ? std::string(": ") + why : std::string(" (each placeholder once)")));
  };
  once(centre, "{centre}", "without the centre two centres' numbers would repeat");
  once(yymm, "{yymm}", "without the month the numbers would repeat every month");
  once(serial, "{serial:N}", "without the serial every number of the month would be the same");
}

}  // namespace

NumberingRules numbering_from_json(const Json& merged, const std::string& path) {
  if (!merged.is_object()) json_type_error(path, merged, "an object");
  json_only(merged, path, {"note", "voucher", "receipt", "invoice"});
  NumberingRules out;
  for (const std::string_view kind : NumberingRules::kinds) {
    const std::string key(kind);
    if (!merged.contains(key) || merged[key].is_null())
      throw Error(ErrorCode::parse_error, path + "." + key, "is missing (leave it out for the default)");
    *out.of(kind) = json_string(merged[key], path + "." + key);
    check_template(*out.of(kind), path + "." + key);
  }
  return out;
}

Json numbering_to_json(const NumberingRules& n) {
  Json out = Json::object();
  for (const std::string_view kind : NumberingRules::kinds) out[std::string(kind)] = *n.of(kind);
  return out;
}

void check_numbering(const NumberingRules& n) {
  for (const std::string_view kind : NumberingRules::kinds)
    check_template(*n.of(kind), "service.numbering." + std::string(kind));
}

std::string padded_serial(std::int64_t serial, int width) {
  std::string out = std::to_string(serial);
  if (out.size() < static_cast<std::size_t>(width)) out.insert(0, static_cast<std::size_t>(width) - out.size(), '0');
  return out;
}

std::string format_number(std::string_view tpl, std::string_view centre, std::string_view yymm, std::int64_t serial) {
  std::string out;
  out.reserve(tpl.size() + centre.size() + 8);
  scan(tpl, "service.numbering", [&](Piece p, std::string_view text, int width) {
    switch (p) {
      case Piece::text: out.append(text); break;
      case Piece::centre: out.append(centre); break;
      case Piece::yymm: out.append(yymm); break;
      case Piece::serial: out.append(padded_serial(serial, width)); break;
    }
  });
  return out;
}

}  // namespace detail

}  // namespace aftersales
