// Housing guarantees: a part of a home is covered until the later of the
// owner's guarantee (from handover, 1998 art. 5 minimum; 商品房销售管理办法
// art. 33) and the contractor's (from completion acceptance, 建设工程质量管理条例
// art. 40). The policy document's housing members are read and written here.
#include <aftersales/warranty.hpp>

#include "detail/warranty_rest_day.hpp"
#include "detail/json.hpp"
#include "detail/warranty_housing_impl.hpp"
#include "detail/warranty_impl.hpp"

#include <algorithm>
#include <charconv>

namespace aftersales {

std::string to_string(const GuaranteeLength& length) {
  std::string out;
  switch (length.kind) {
    case GuaranteeLength::Kind::period: detail::append_period(out, length.period); break;
    case GuaranteeLength::Kind::seasons:
      out = std::to_string(length.count) + " " + length.season + (length.count == 1 ? " season" : " seasons");
      break;
    case GuaranteeLength::Kind::design_life: out = "the design service life"; break;
  }
  return out;
}

namespace detail {

namespace {

Date ymd(int y, int m, int d) {
  using U = unsigned short;
  return Date(static_cast<U>(y), static_cast<U>(m), static_cast<U>(d));
}  // period_end counts at most 1200 months

const SeasonDates* find_season(const HousingTerms& h, std::string_view name) {
  for (const SeasonDates& s : h.seasons)
    if (s.name == name) return &s;
  return nullptr;
}

// "MM-DD" of a season, checked against a leap year's months: 02-29 is a
// day of the year (season_day says what it means in a common year).
std::pair<int, int> month_day(const Json& v, const std::string& path) {
  const std::string& text = json_string(v, path);
  int m = 0, d = 0;
  const bool shaped = text.size() == 5 && text[2] == '-' &&
                      std::from_chars(text.data(), text.data() + 2, m).ptr == text.data() + 2 &&
                      std::from_chars(text.data() + 3, text.data() + 5, d).ptr == text.data() + 5;
  if (!shaped || m < 1 || m > 12 || d < 1 || d > static_cast<int>(boost::gregorian::gregorian_calendar::end_of_month_day(2024, static_cast<unsigned short>(m))))
    throw Error(ErrorCode::invalid_argument, path, "'" + text + "' is not a day of the year as MM-DD");
  return {m, d};
}

// A season's day `m`-`d` in `year`. 02-29 in a common year: a season that
// starts on it starts 03-01 (never before the day the policy gives), one
// that ends on it ends 02-28, the month's last day (the reading of Civil Code
// art. 202 for a day the month lacks).
Date season_day(int year, int m, int d, bool start) {
  if (m == 2 && d == 29 && !boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year)))
    return start ? ymd(year, 3, 1) : ymd(year, 2, 28);
  return ymd(year, m, d);
}

std::string md_code(int m, int d) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d-%02d", m, d);
  return buf;
}

GuaranteeLength length_of(const Json& v, const std::string& path) {
  GuaranteeLength out;
  const std::string& text = json_string(v, path);
  if (text == "design_life") {
    out.kind = GuaranteeLength::Kind::design_life;
    return out;
  }
  // "1 heating season", "2 cooling seasons"
  const auto sp1 = text.find(' '), sp2 = text.rfind(' ');
  if (sp1 != std::string::npos && sp2 > sp1) {
    const std::string_view unit = std::string_view(text).substr(sp2 + 1);
    if (unit == "season" || unit == "seasons") {
      int n = 0;
      const auto [ptr, ec] = std::from_chars(text.data(), text.data() + sp1, n);
      if (ec != std::errc{} || ptr != text.data() + sp1 || n < 1 || n > 100)
        throw Error(ErrorCode::invalid_argument, path, "'" + text + "': the number of seasons is not 1..100");
      out.kind = GuaranteeLength::Kind::seasons;
      out.count = n;
      out.season = text.substr(sp1 + 1, sp2 - sp1 - 1);
      return out;
    }
  }
  out.period = json_period(v, path + " (a period such as \"3y\", \"N <season> seasons\" or \"design_life\")");
  return out;
}

std::string length_code(const GuaranteeLength& l) {
  switch (l.kind) {
    case GuaranteeLength::Kind::period: return period_code(l.period);
    case GuaranteeLength::Kind::seasons: return to_string(l);
    case GuaranteeLength::Kind::design_life: return "design_life";
  }
  return {};
}

// The last day of a guarantee of `length` from `start`, before any rest-day
// move. Seasons count whole: a season counts when it begins on or after the
// start day (a home handed over in mid-winter has its first heating season
// the next winter).
Date plain_end(const GuaranteeLength& l, Date start, const HousingTerms& h, const UnitFacts& unit,
               const std::string& part, const char* who) {
  switch (l.kind) {
    case GuaranteeLength::Kind::period: return period_end(start, l.period);
    case GuaranteeLength::Kind::design_life:
      if (!unit.design_life_years)
        throw Error(ErrorCode::invalid_argument, "design_life_years",
                    "the " + part + " guarantee lasts the design service life the project's design documents give "
                    "(建设工程质量管理条例 art. 40(一); 1998 art. 5(2)); the law gives no number: give it at intake");
      return period_end(start, Period{.years = *unit.design_life_years});
    case GuaranteeLength::Kind::seasons: {
      const SeasonDates* s = find_season(h, l.season);
      if (!s)
        throw Error(ErrorCode::invalid_argument, "housing.seasons." + l.season,
                    "the " + std::string(who) + "'s " + part + " guarantee is " + to_string(l) +
                        ", and the policy gives no " + l.season +
                        " season dates (the law gives none; they are set locally): add "
                        "\"seasons\": {\"" + l.season + "\": {\"from\": \"MM-DD\", \"to\": \"MM-DD\"}}");
      const bool wraps = md_code(s->to_month, s->to_day) < md_code(s->from_month, s->from_day);
      int year = start.year();
      if (season_day(year, s->from_month, s->from_day, true) < start) ++year;
      const int last = year + l.count - 1 + (wraps ? 1 : 0);
      if (last > max_year)
        throw Error(ErrorCode::out_of_range, "delivered", "the " + part + " guarantee would end after 2199-12-31");
      return season_day(last, s->to_month, s->to_day, false);
    }
  }
  return start;
}

// The end moved past rest days like every part's term, unless the policy
// turns that off for components (warranty.rest_day_extension.component: a
// home's part is a component of the unit), lengthened by the unit's repair days.
Date guarantee_end(const GuaranteeLength& l, Date start, const HousingTerms& h, const UnitFacts& unit,
                   const std::string& part, const char* who, const Calendar* cal, bool extend, CoverageRule& r) {
  const Date plain = plain_end(l, start, h, unit, part, who);
  bool past = false;
  std::string note;
  // legal_end of one day from the day before is `plain` itself, then moved.
  const Date end = detail::legal_end_for(extend, plain - boost::gregorian::days(1), Period{.days = 1}, cal, &past,
                                         unit.repair_days, &note);
  if (past) r.past_horizon = true, r.horizon = cal->provisional_until().value_or(*cal->horizon());
  if (!note.empty()) r.provisional = note;
  return end;
}

}  // namespace

void check_housing(const HousingTerms& h, const std::string& path) {
  if (h.parts.empty()) throw Error(ErrorCode::invalid_argument, path + ".parts", "names no part");
  if (h.notice_days < 1 || h.notice_days > 3660)
    throw Error(ErrorCode::invalid_argument, path + ".notice_days", std::to_string(h.notice_days) + " is outside 1..3660");
  for (std::size_t i = 0; i < h.parts.size(); ++i) {
    const HousingPart& p = h.parts[i];
    for (std::size_t j = 0; j < i; ++j)
      if (h.parts[j].name == p.name) throw Error(ErrorCode::invalid_argument, path + ".parts." + p.name, "is given twice");
    for (const auto* l : {&p.owner, &p.contractor}) {
      const std::string f = path + ".parts." + p.name + (l == &p.owner ? ".owner" : ".contractor");
      if (l->kind == GuaranteeLength::Kind::period && (l->period.years < 0 || l->period.months < 0 || l->period.days < 0))
        throw Error(ErrorCode::invalid_argument, f, period_code(l->period) + " has a negative part");
      if (l->kind == GuaranteeLength::Kind::seasons && (l->count < 1 || l->season.empty()))
        throw Error(ErrorCode::invalid_argument, f, "a number of seasons needs a count of 1 or more and a season");
    }
  }
}

HousingTerms housing_from_json(const Json& v, const std::string& p) {
  HousingTerms h;
  const Json& parts = v["parts"];
  if (!parts.is_object())
    json_type_error(p + ".parts", parts, "an object {\"part\": {\"owner\": \"1y\", \"contractor\": \"2y\"}}");
  for (auto it = parts.begin(); it != parts.end(); ++it) {
    const std::string pp = p + ".parts." + it.key();
    const Json& e = it.value();
    if (!e.is_object()) json_type_error(pp, e, "an object {\"owner\": ..., \"contractor\": ...}");
    json_only(e, pp, {"owner", "contractor"});
    for (const char* k : {"owner", "contractor"})
      if (!e.contains(k)) throw Error(ErrorCode::parse_error, pp + "." + k, "is missing");
    h.parts.push_back({it.key(), length_of(e["owner"], pp + ".owner"), length_of(e["contractor"], pp + ".contractor")});
  }
  if (v.contains("seasons")) {
    const Json& s = v["seasons"];
    if (!s.is_object()) json_type_error(p + ".seasons", s, "an object {\"heating\": {\"from\": \"11-15\", \"to\": \"03-15\"}}");
    for (auto it = s.begin(); it != s.end(); ++it) {
      const std::string sp = p + ".seasons." + it.key();
      if (!it.value().is_object()) json_type_error(sp, it.value(), "an object {\"from\": \"MM-DD\", \"to\": \"MM-DD\"}");
      json_only(it.value(), sp, {"from", "to"});
      for (const char* k : {"from", "to"})
        if (!it.value().contains(k)) throw Error(ErrorCode::parse_error, sp + "." + k, "is missing");
      const auto [fm, fd] = month_day(it.value()["from"], sp + ".from");
      const auto [tm, td] = month_day(it.value()["to"], sp + ".to");
      h.seasons.push_back({it.key(), fm, fd, tm, td});
    }
  }
  if (!v.contains("notice_days"))
    throw Error(ErrorCode::parse_error, p + ".notice_days",
                "is missing (days before a guarantee ends that its notice is due; the seed gives no number)");
  const Json& n = v["notice_days"];
  if (!n.is_number_integer()) json_type_error(p + ".notice_days", n, "a whole number of days");
  const std::int64_t days = n.get<std::int64_t>();
  if (days < 1 || days > 3660)
    throw Error(ErrorCode::invalid_argument, p + ".notice_days", n.dump() + " is outside 1..3660");
  h.notice_days = static_cast<int>(days);
  check_housing(h, p);
  return h;
}

void housing_to_json(Json& p, const HousingTerms& h) {
  Json parts = Json::object();
  for (const HousingPart& part : h.parts)
    parts[part.name] = {{"owner", length_code(part.owner)}, {"contractor", length_code(part.contractor)}};
  p["parts"] = parts;
  if (!h.seasons.empty()) {
    Json s = Json::object();
    for (const SeasonDates& d : h.seasons)
      s[d.name] = {{"from", md_code(d.from_month, d.from_day)}, {"to", md_code(d.to_month, d.to_day)}};
    p["seasons"] = s;
  }
  p["notice_days"] = h.notice_days;
}

void cover_housing(Coverage& out, const WarrantyPolicy& policy, const ProductTerms& t, const UnitFacts& unit, Date on,
                   const std::optional<std::string_view>& component, const std::optional<std::string_view>& cause) {
  const HousingTerms& h = *t.housing;
  std::string known;
  for (const HousingPart& p : h.parts) known += (known.empty() ? "" : ", ") + p.name;
  if (!component)
    throw Error(ErrorCode::invalid_argument, "component",
                "a home is guaranteed part by part (1998 art. 5; 建设工程质量管理条例 art. 40): name the part (" + known + ")");
  const auto it = std::find_if(h.parts.begin(), h.parts.end(), [&](const HousingPart& p) { return p.name == *component; });
  if (it == h.parts.end())
    throw Error(ErrorCode::not_found, "component", "unknown part '" + std::string(*component) + "' of " + t.product + " (known: " + known + ")");
  if (!unit.delivered)
    throw Error(ErrorCode::invalid_argument, "delivered",
                "the owner's guarantee counts from handover (商品房销售管理办法 art. 33: 保修期从交付之日起计算): give the handover date");
  if (*unit.delivered < unit.purchased)
    throw Error(ErrorCode::invalid_argument, "delivered",
                "handover " + format_date(*unit.delivered) + " is before completion acceptance " + format_date(unit.purchased) +
                    " (a home is handed over once it has passed completion acceptance)");
  if (unit.design_life_years && (*unit.design_life_years < 1 || *unit.design_life_years > max_design_life_years))
    throw Error(ErrorCode::invalid_argument, "design_life_years",
                std::to_string(*unit.design_life_years) + " is outside 1.." + std::to_string(max_design_life_years));

  const Calendar* cal = policy.calendar() ? &*policy.calendar() : nullptr;
  CoverageRule& r = out.why;
  r.kind = CoverageRule::Kind::housing;
  r.product = t.product;
  r.name = it->name;
  r.component = true;
  r.repair_days = unit.repair_days;
  r.handover = *unit.delivered;
  r.completed = unit.purchased;
  r.owner_length = to_string(it->owner);
  r.contractor_length = to_string(it->contractor);
  const bool extend = policy.rest_day_extension().component;
  r.owner_until = guarantee_end(it->owner, r.handover, h, unit, it->name, "owner", cal, extend, r);
  r.contractor_until = guarantee_end(it->contractor, r.completed, h, unit, it->name, "contractor", cal, extend, r);
  // 商品房销售管理办法 art. 33: never shorter than what remains of the
  // contractor's guarantee. On a tie the owner's, the one given to the owner.
  r.contractor_applies = r.contractor_until > r.owner_until;
  r.until = r.contractor_applies ? r.contractor_until : r.owner_until;
  r.start = r.contractor_applies ? r.completed : r.handover;
  r.basis = r.contractor_applies ? StartBasis::invoice : StartBasis::delivery;
  r.repairer = unit.repairer;
  out.until = r.until;
  out.term = it->name;
  out.kind = CoverageTerm::component;
  out.guarantee = r.contractor_applies ? "contractor" : "owner";
  out.repairer = unit.repairer;

  if (cause) {
    const auto& ex = policy.exclusions();
    if (std::find(ex.begin(), ex.end(), *cause) != ex.end() ||
        std::find(t.exclusions.begin(), t.exclusions.end(), *cause) != t.exclusions.end()) {
      out.covered = false;
      out.exclusion = std::string(*cause);
      r.kind = CoverageRule::Kind::exclusion;
      r.name = *cause;
      return;
    }
    std::string causes;
    for (const auto& x : ex) causes += (causes.empty() ? "" : ", ") + x;
    for (const auto& x : t.exclusions) causes += (causes.empty() ? "" : ", ") + x;
    throw Error(ErrorCode::not_found, "cause", "unknown cause '" + std::string(*cause) + "' (known: " + causes + ")");
  }
  out.covered = on <= r.until;
  r.expired = !out.covered;
}

// "warranty.housing.parts.roof_waterproofing = the later of the owner's
// guarantee 3 years from handover 2021-03-01 (until 2024-03-01) and the
// contractor's 5 years from completion acceptance 2020-06-30 (until
// 2025-06-30): the contractor's, until 2025-06-30"
void append_housing_rule(std::string& out, const CoverageRule& r) {
  out.append("warranty.").append(r.product).append(".parts.").append(r.name).append(" = the later of the owner's guarantee ");
  out.append(r.owner_length).append(" from handover ").append(format_date(r.handover));
  out.append(" (住宅质量保证书, 1998 art. 5; until ").append(format_date(r.owner_until)).append(") and the contractor's ");
  out.append(r.contractor_length).append(" from completion acceptance ").append(format_date(r.completed));
  out.append(" (建设工程质量管理条例 art. 40; until ").append(format_date(r.contractor_until)).append(")");
  if (r.repair_days) out.append(", + ").append(std::to_string(r.repair_days)).append(" days under repair");
  out.append(": the ").append(r.contractor_applies ? "contractor's" : "owner's");
  out.append(" (商品房销售管理办法 art. 33), until ").append(format_date(r.until)).append(r.provisional);
  if (r.past_horizon)
    out.append(" (after the calendar's horizon ").append(format_date(r.horizon)).append(": no rest-day extension)");
  if (!r.repairer.empty()) out.append("; repairer: ").append(r.repairer);
}

}  // namespace detail
}  // namespace aftersales
