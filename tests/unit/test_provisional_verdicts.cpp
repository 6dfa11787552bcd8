// Verdicts that lean on a provisional year say so (issue 24, item 3): a
// period's last day, a warranty term, the 三包 windows and a complaint's
// deadlines counted over the statutory days of a year whose notice is not
// published (past_horizon statutory). 2027: 除夕 02-05 (Fri), 初一..初三
// 02-06..02-08, 补假 for the Saturday and the Sunday on 02-09 and 02-10.
#include <aftersales/calendars/cn.hpp>
#include <aftersales/complaint.hpp>
#include <aftersales/error.hpp>
#include <aftersales/period.hpp>
#include <aftersales/warranty.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

#include <string>
#include <vector>

using namespace aftersales;
using namespace test_support;
using aftersales::calendars::china;
using aftersales::calendars::CnHolidayFile;
using Catch::Matchers::Contains;

namespace {

const std::string note_2027 = " (2027: statutory holidays only, make-up days not yet published)";

const Calendar& statutory() {
  static const Calendar cal = china(calendars::cn_default_hours(), default_zone, PastHorizon::statutory);
  return cal;
}

// A HYPOTHETICAL 2027 notice (test rows, not the real one): the Spring
// Festival 02-05 and 02-08 off, no 补假 on 02-09/02-10.
const Calendar& published_2027() {
  static const Calendar cal = china(CnHolidayFile::parse("date,kind,name\n"
                                                         "2027-01-01,holiday,New Year's Day (hypothetical)\n"
                                                         "2027-02-05,holiday,Spring Festival (hypothetical)\n"
                                                         "2027-02-08,holiday,Spring Festival (hypothetical)\n"
                                                         "2027-05-01,holiday,Labour Day (hypothetical)\n"
                                                         "2027-05-02,holiday,Labour Day (hypothetical)\n"
                                                         "2027-10-01,holiday,National Day (hypothetical)\n"
                                                         "2027-10-02,holiday,National Day (hypothetical)\n"
                                                         "2027-10-03,holiday,National Day (hypothetical)\n",
                                                         "hypothetical-2027.csv"),
                                    calendars::cn_default_hours(), default_zone, PastHorizon::statutory);
  return cal;
}

Instant bj(int y, unsigned mo, unsigned d, int h = 0, int mi = 0) { return utc(y, mo, d, h, mi) - std::chrono::hours(8); }

}  // namespace

TEST_CASE("provisional: a period's last day in the 2027 Spring Festival", "[provisional-verdict][period]") {
  // 2027-01-29 + 7 days = 02-05 (除夕): off through the 补假 of 02-10.
  const Date end = period_end(day(2027, 1, 29), Period{.days = 7}, &statutory());
  CHECK(str(end) == "2027-02-11");
  CHECK(statutory().provisional(end));
  CHECK(provisional_note_on(statutory(), end) == note_2027);
  // 2027-01-28 + 7 days = 02-04, a Thursday and a working day: not moved,
  // but a notice could still make it a bridging day off.
  CHECK(str(period_end(day(2027, 1, 28), Period{.days = 7}, &statutory())) == "2027-02-04");
  CHECK(provisional_note_on(statutory(), day(2027, 2, 4)) == note_2027);
  CHECK(provisional_note_on(statutory(), day(2026, 12, 31)).empty());
  // Refused by the strict preset, which knows no 2027 day.
  CHECK_ERROR(ErrorCode::out_of_range, "date", "2026-12-31", period_end(day(2027, 1, 29), Period{.days = 7}, &cn()));
  CHECK(provisional_note_on(cn(), day(2027, 2, 5)).empty());
  // A published year is not provisional.
  const Date published = period_end(day(2027, 1, 29), Period{.days = 7}, &published_2027());
  CHECK(str(published) == "2027-02-09");
  CHECK_FALSE(published_2027().provisional(published));
  CHECK(provisional_note_on(published_2027(), published).empty());
}

TEST_CASE("provisional: the 7-day return window ending in the 2027 Spring Festival", "[provisional-verdict][warranty]") {
  const UnitFacts unit{.product = "colour_tv", .purchased = day(2027, 1, 29)};
  const FaultFacts fault{.fault_on = day(2027, 2, 10)};
  const RemedyDecision d = WarrantyPolicy::sanbao(statutory()).remedy(unit, fault);
  CHECK(d.basis == RemedyBasis::return_window);
  CHECK(str(d.return_until) == "2027-02-11");
  CHECK(d.provisional == note_2027);
  CHECK(d.rule() == "warranty.rules.return_days = 7: performance fault by 2027-02-11: return, exchange or repair" +
                        note_2027);
  CHECK_THAT(d.trail().back(), Contains(note_2027));
  // With the (hypothetical) published 2027 the window ends on 02-09: the
  // fault on 02-10 is in the exchange window, and nothing is provisional.
  const RemedyDecision p = WarrantyPolicy::sanbao(published_2027()).remedy(unit, fault);
  CHECK(p.basis == RemedyBasis::exchange_window);
  CHECK(str(p.return_until) == "2027-02-09");
  CHECK(p.provisional.empty());
  CHECK_THAT(p.rule(), !Contains("statutory holidays only"));
  // Before the horizon nothing changes.
  const RemedyDecision old = WarrantyPolicy::sanbao(statutory()).remedy(
      UnitFacts{.product = "colour_tv", .purchased = day(2025, 1, 10)}, FaultFacts{.fault_on = day(2025, 1, 15)});
  CHECK(old.provisional.empty());
  CHECK_THAT(old.rule(), !Contains("statutory"));
}

TEST_CASE("provisional: a warranty term ending in a provisional year moves and says so", "[provisional-verdict][warranty]") {
  // 1 year from 2026-02-06 ends on 2027-02-06, a Saturday of the Spring
  // Festival: the first business day after it is 02-11.
  const UnitFacts unit{.product = "colour_tv", .purchased = day(2026, 2, 6)};
  const Coverage c = WarrantyPolicy::sanbao(statutory()).coverage(unit, day(2027, 2, 10));
  CHECK(c.covered);
  CHECK(str(*c.until) == "2027-02-11");
  CHECK(c.why.provisional == note_2027);
  CHECK(c.rule() == "warranty.colour_tv.whole_unit = 1 year from invoice 2026-02-06: until 2027-02-11" + note_2027);
  // The strict preset does not move a day past its horizon (and says so).
  const Coverage strict = WarrantyPolicy::sanbao(cn()).coverage(unit, day(2027, 2, 10));
  CHECK_FALSE(strict.covered);
  CHECK(strict.rule() ==
        "warranty.colour_tv.whole_unit = 1 year from invoice 2026-02-06: until 2027-02-06 (after the calendar's "
        "horizon 2026-12-31: no rest-day extension) (expired)");
  // The (hypothetical) published 2027: 02-06/07 weekend, 02-08 off, 02-09 works.
  const Coverage published = WarrantyPolicy::sanbao(published_2027()).coverage(unit, day(2027, 2, 10));
  CHECK_FALSE(published.covered);
  CHECK(str(*published.until) == "2027-02-09");
  CHECK_THAT(published.rule(), !Contains("statutory"));
  // A free repair says it once: the coverage rule carries the note.
  const RemedyDecision r = WarrantyPolicy::sanbao(statutory()).remedy(unit, FaultFacts{.fault_on = day(2027, 2, 10)});
  CHECK(r.basis == RemedyBasis::free_repair);
  CHECK(r.rule() == "within the warranty: free repair (" + c.rule() + ")");
  // Past the last provisional year the day stands, as past a strict horizon.
  const Coverage far = WarrantyPolicy::sanbao(statutory())
                           .coverage(UnitFacts{.product = "colour_tv", .purchased = day(2100, 6, 1)}, day(2100, 6, 2),
                                     "picture_tube");
  CHECK(far.why.provisional.empty());
  CHECK_THAT(far.rule(), Contains("(after the calendar's horizon 2100-12-31: no rest-day extension)"));
}

TEST_CASE("provisional: an extended warranty ending in a provisional year", "[provisional-verdict][warranty]") {
  // Maker's year 2025-02-06 .. 2026-02-06 (a Friday, working); 1 extended
  // year to 2027-02-06 (Saturday) moves to 02-11.
  const Coverage c = WarrantyPolicy::sanbao(statutory())
                         .coverage(UnitFacts{.product = "colour_tv", .purchased = day(2025, 2, 6)}, day(2027, 2, 10),
                                   std::nullopt, std::nullopt, {ExtendedWarranty{.id = "EXT-1", .years = 1, .extra_causes = {}}});
  CHECK(c.covered);
  CHECK(c.kind == CoverageTerm::extended);
  CHECK(str(*c.until) == "2027-02-11");
  CHECK_THAT(c.rule(), Contains("2027-02-11" + note_2027));
}

TEST_CASE("provisional: complaint deadlines across 2027-01-01", "[provisional-verdict][complaint]") {
  const ComplaintPolicy policy = ComplaintPolicy::default_policy(statutory());
  // Accepted 2026-12-31 15:00: the office's ½ day (4 working hours) runs
  // past 元旦 and the weekend into Monday 2027-01-04.
  const Complaint c = policy.open("2612-0001", bj(2026, 12, 31, 15), ComplaintKind::quality, Severity::general,
                                  Market::domestic);
  const std::vector<Complaint> open{c};
  const auto stage = policy.reminders(open, bj(2027, 1, 4, 18));
  REQUIRE(stage.size() == 1);
  CHECK(stage[0].which == DeadlineKind::stage);
  CHECK_THAT(stage[0].rule, Contains("due 2027-01-04"));
  CHECK_THAT(stage[0].rule, Contains(note_2027));
  CHECK(stage[0].rule.substr(stage[0].rule.size() - note_2027.size()) == note_2027);
  // The overall deadline (13 calendar days, acceptance day not counted)
  // ends at the close of business of its last day: a provisional day.
  Complaint at_approval = c;
  // Seven stages to approval (seeds/002 (九)1-6; R&D not called for).
  for (int i = 0; i < 7; ++i) at_approval = policy.advance(at_approval, bj(2027, 1, 4, 9 + i));
  CHECK(at_approval.stage() == "approval");
  const std::vector<Complaint> late{at_approval};
  const auto overall = policy.reminders(late, bj(2027, 1, 20, 9));
  REQUIRE(overall.size() == 1);
  CHECK(overall[0].which == DeadlineKind::overall);
  CHECK(overall[0].rule.substr(overall[0].rule.size() - note_2027.size()) == note_2027);
  // Deadlines within the published years carry no note.
  const Complaint before = policy.open("2612-0002", bj(2026, 12, 1, 9), ComplaintKind::quality, Severity::general,
                                       Market::domestic);
  const std::vector<Complaint> early{before};
  const auto none = policy.reminders(early, bj(2026, 12, 20, 9));
  REQUIRE(none.size() == 1);
  CHECK_THAT(none[0].rule, !Contains("statutory"));
  // The strict preset refuses the 2027 deadline outright.
  CHECK_ERROR(ErrorCode::out_of_range, "accepted", "2026-12-31",
              ComplaintPolicy::default_policy(cn()).open("2612-0003", bj(2026, 12, 31, 15), ComplaintKind::quality,
                                                         Severity::general, Market::domestic));
}
