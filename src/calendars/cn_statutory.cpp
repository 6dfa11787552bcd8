// The statutory holidays of data/cn_statutory.json (全国年节及纪念日放假办法,
// four versions) on the lunar dates of data/cn_lunar.csv, with the
// substitute days (补假) of art. 6 by the rule the notices followed.
#include <aftersales/calendars/cn_statutory.hpp>

#include "calendars/cn_lunar.hpp"
#include "calendars/cn_provisional.hpp"
#include "detail/calendar_impl.hpp"
#include "detail/json.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace aftersales::calendars {

namespace generated {
std::string_view cn_statutory_json() noexcept;
}

namespace {

enum class Anchor { gregorian, spring_festival, qingming, dragon_boat, mid_autumn };
struct AnchorName {
  const char* member;
  Anchor anchor;
};
constexpr AnchorName anchors[] = {{"gregorian", Anchor::gregorian},
                                  {"spring_festival", Anchor::spring_festival},
                                  {"qingming", Anchor::qingming},
                                  {"dragon_boat", Anchor::dragon_boat},
                                  {"mid_autumn", Anchor::mid_autumn}};

struct Festival {
  std::string name, english;
  Anchor anchor = Anchor::gregorian;
  std::vector<int> offsets;                                  // lunar anchors: days after the anchor
  std::vector<std::pair<unsigned, unsigned>> month_days;     // gregorian
};

struct Version {
  std::string decree_text;
  CnDecree decree{};
  std::vector<Festival> festivals;
};

struct Law {
  std::vector<Version> versions;
  std::vector<CnDecree> decrees;
};

// The embedded file is checked by the tests; an error here is a build's
// mistake, named by its path in the file.
Law read_law() {
  using detail::Json;
  const std::string src = "cn_statutory.json";
  const Json doc = detail::parse_json(generated::cn_statutory_json(), src);
  Law law;
  const Json& versions = doc.at("versions");
  law.versions.reserve(versions.size());  // the decrees' views point into these strings
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const Json& v = versions[i];
    const std::string at = src + ": versions[" + std::to_string(i) + "]";
    Version out;
    out.decree_text = detail::json_string(v.at("decree"), at + ".decree");
    out.decree.number = v.at("number").get<int>();
    out.decree.in_force_from = detail::json_date(v.at("in_force_from"), at + ".in_force_from");
    if (!v.at("in_force_until").is_null())
      out.decree.in_force_until = detail::json_date(v.at("in_force_until"), at + ".in_force_until");
    const Json& fs = v.at("festivals");
    for (std::size_t j = 0; j < fs.size(); ++j) {
      const Json& f = fs[j];
      const std::string fat = at + ".festivals[" + std::to_string(j) + "]";
      Festival fest;
      fest.name = detail::json_string(f.at("name"), fat + ".name");
      fest.english = detail::json_string(f.at("english"), fat + ".english");
      int rules = 0;
      for (const auto& [member, anchor] : anchors) {
        if (!f.contains(member)) continue;
        ++rules;
        fest.anchor = anchor;
        for (const Json& d : f[member]) {
          if (anchor == Anchor::gregorian) {
            const Date md = detail::json_date("2000-" + detail::json_string(d, fat + "." + member), fat + "." + member);
            fest.month_days.emplace_back(md.month(), md.day());
          } else {
            fest.offsets.push_back(d.get<int>());
          }
        }
      }
      if (rules != 1) throw Error(ErrorCode::parse_error, fat, "needs exactly one rule of its days");
      out.festivals.push_back(std::move(fest));
    }
    law.versions.push_back(std::move(out));
  }
  for (auto& v : law.versions) {
    v.decree.decree = v.decree_text;
    law.decrees.push_back(v.decree);
  }
  return law;
}

const Law& law() {
  static const Law l = read_law();
  return l;
}

const Version& version_for(int year) {
  const Date jan1(static_cast<unsigned short>(year), 1, 1);
  for (const Version& v : law().versions)
    if (!(jan1 < v.decree.in_force_from) && (!v.decree.in_force_until || !(*v.decree.in_force_until < jan1))) return v;
  throw Error(ErrorCode::out_of_range, "year",
              std::to_string(year) + " is before the oldest version of 全国年节及纪念日放假办法 in data/cn_statutory.json");
}

bool weekend(std::int64_t day) {
  const Weekday w = weekday_of(detail::date_from_day_number(day));
  return w == Weekday::sat || w == Weekday::sun;
}

}  // namespace

const std::vector<CnDecree>& cn_decrees() { return law().decrees; }

const CnDecree& cn_decree_for(int year) { return version_for(year).decree; }

int cn_statutory_first_year() noexcept { return cn_lunar_table().front().year; }
int cn_statutory_last_year() noexcept { return cn_lunar_table().back().year; }

std::vector<CnStatutoryDay> cn_statutory_days(int year) {
  const CnLunarYear* lunar = cn_lunar_year(year);
  if (!lunar)
    throw Error(ErrorCode::out_of_range, "year",
                std::to_string(year) + " is outside the years of the lunar table (" +
                    std::to_string(cn_statutory_first_year()) + ".." + std::to_string(cn_statutory_last_year()) + ")");
  const Version& v = version_for(year);
  auto anchor_day = [&](Anchor a) {
    const std::int32_t ymd = a == Anchor::spring_festival ? lunar->spring_festival
                             : a == Anchor::qingming      ? lunar->qingming
                             : a == Anchor::dragon_boat   ? lunar->dragon_boat
                                                          : lunar->mid_autumn;
    return detail::day_number(date_from_yyyymmdd(ymd, "cn_lunar.csv"));
  };
  struct Block {
    std::vector<std::int64_t> days;
    std::string_view name, english;
  };
  std::vector<Block> blocks;
  for (const Festival& f : v.festivals) {
    Block b{{}, f.name, f.english};
    if (f.anchor == Anchor::gregorian)
      for (auto [m, d] : f.month_days)
        b.days.push_back(detail::day_number(Date(static_cast<unsigned short>(year), static_cast<unsigned short>(m),
                                                 static_cast<unsigned short>(d))));
    else
      for (int off : f.offsets) b.days.push_back(anchor_day(f.anchor) + off);
    std::sort(b.days.begin(), b.days.end());
    blocks.push_back(std::move(b));
  }
  // A festival that starts first (the longer one on a tie: 国庆 over a 中秋
  // on 1 October) owns a date two festivals share, so it counts once.
  std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
    return a.days.front() != b.days.front() ? a.days.front() < b.days.front() : a.days.size() > b.days.size();
  });
  std::set<std::int64_t> statutory, taken;
  std::vector<CnStatutoryDay> out;
  std::vector<std::vector<std::int64_t>> owned(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i)
    for (std::int64_t d : blocks[i].days)
      if (statutory.insert(d).second) {
        owned[i].push_back(d);
        out.push_back({detail::date_from_day_number(d), false, blocks[i].name, blocks[i].english});
      }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    std::int64_t cursor = blocks[i].days.back();
    for (std::int64_t d : owned[i]) {
      if (!weekend(d)) continue;
      do ++cursor;
      while (weekend(cursor) || statutory.count(cursor) || taken.count(cursor));
      taken.insert(cursor);
      out.push_back({detail::date_from_day_number(cursor), true, blocks[i].name, blocks[i].english});
    }
  }
  std::sort(out.begin(), out.end(), [](const CnStatutoryDay& a, const CnStatutoryDay& b) { return a.date < b.date; });
  return out;
}

const std::vector<std::int64_t>& cn_provisional_off_days() {
  static const std::vector<std::int64_t> all = [] {
    std::vector<std::int64_t> days;
    for (int y = cn_statutory_first_year(); y <= cn_statutory_last_year(); ++y)
      for (const CnStatutoryDay& d : cn_statutory_days(y)) days.push_back(detail::day_number(d.date));
    std::sort(days.begin(), days.end());
    return days;
  }();
  return all;
}

}  // namespace aftersales::calendars
