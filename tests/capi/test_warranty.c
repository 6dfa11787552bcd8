/* as_warranty_*, as_tariff_*, as_expiry_notices: coverage, remedies
 * (sanbao 1995, the piano table), service categories, the extended-warranty
 * tariff and maintenance-contract expiry notices (RULES.md section 3). */
#include "check.h"

#include <stddef.h>

#define ALL_REMEDIES (AS_REMEDY_RETURN | AS_REMEDY_EXCHANGE | AS_REMEDY_REPAIR)

static char rule[512];

static as_warranty_policy* preset(const char* name, const as_calendar* cal) {
  as_warranty_policy* p = NULL;
  CHECK_OK(as_warranty_policy_preset(name, cal, &p, ERR));
  CHECK(p != NULL);
  return p;
}

static as_unit_facts unit_of(const char* product, int32_t purchased) {
  as_unit_facts u = AS_UNIT_FACTS_INIT;
  u.product = product;
  u.purchased_yyyymmdd = purchased;
  return u;
}

static as_fault_facts fault_on(int32_t day) {
  as_fault_facts f = AS_FAULT_FACTS_INIT;
  f.fault_on_yyyymmdd = day;
  return f;
}

/* Coverage on `on`; the rule lands in `rule`. */
static as_coverage cover(const as_warranty_policy* p, const as_unit_facts* u, int32_t on, const char* component,
                         const char* cause, const as_extended_warranty* ext, size_t n_ext) {
  as_coverage c = AS_COVERAGE_INIT;
  size_t needed = 0;
  CHECK_OK(as_warranty_coverage(p, u, on, component, cause, ext, n_ext, &c, rule, sizeof rule, &needed, ERR));
  CHECK_EQ_I64(needed, strlen(rule) + 1);
  CHECK_EQ_I64(c.size, sizeof(as_coverage));
  CHECK_EQ_I64(c.reserved0, 0);
  return c;
}

static as_remedy remedy(const as_warranty_policy* p, const as_unit_facts* u, const as_fault_facts* f) {
  as_remedy r = AS_REMEDY_INIT;
  CHECK_OK(as_warranty_remedy(p, u, f, NULL, 0, &r, rule, sizeof rule, NULL, NULL, ERR));
  CHECK(r.options != 0);
  CHECK_EQ_I64(r.reserved0, 0);
  if (!r.has_refund) CHECK_EQ_I64(r.refund_fen, 0);
  return r;
}

static int32_t category(const as_warranty_policy* p, const as_unit_facts* u, int32_t on, const char* cause,
                        const as_maintenance_contract* contracts, size_t n_contracts,
                        const as_extended_warranty* ext, size_t n_ext, int32_t internal) {
  int32_t c = -1;
  CHECK_OK(as_warranty_category(p, u, on, cause, contracts, n_contracts, ext, n_ext, internal, &c, rule,
                                sizeof rule, NULL, ERR));
  return c;
}

/* RULES 3.2: colour TV whole unit 1 year, main parts 3 years, from the
 * invoice; art. 203 moves a last day on a rest day; repair days extend the
 * period; an exchange restarts it; an excluded cause is an answer. */
static void test_coverage(const as_calendar* cn) {
  as_warranty_policy* p = preset("sanbao", cn);
  as_warranty_policy* plain = preset("sanbao", NULL);
  as_unit_facts tv = unit_of("colour_tv", 20250110);
  as_coverage c;

  /* 2025-01-10 + 1 year = Saturday 2026-01-10: with the China calendar the
   * last day moves to Monday 2026-01-12. */
  c = cover(p, &tv, 20250601, NULL, NULL, NULL, 0);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20260112);
  CHECK_EQ_I64(c.term, AS_TERM_WHOLE_UNIT);
  CHECK_EQ_I64(c.excluded, 0);
  CHECK_EQ_I64(c.extended_index, -1);
  CHECK_STR_CONTAINS(rule, "warranty.colour_tv.whole_unit = 1 year from invoice 2025-01-10");
  CHECK_STR_CONTAINS(rule, "2026-01-12");
  CHECK_EQ_I64(cover(p, &tv, 20260110, NULL, NULL, NULL, 0).covered, 1);
  CHECK_EQ_I64(cover(p, &tv, 20260112, NULL, NULL, NULL, 0).covered, 1);
  c = cover(p, &tv, 20260113, NULL, NULL, NULL, 0);
  CHECK_EQ_I64(c.covered, 0);
  CHECK_EQ_I64(c.until_yyyymmdd, 20260112);
  CHECK_STR_CONTAINS(rule, "expired");
  /* Without a calendar no day moves. */
  CHECK_EQ_I64(cover(plain, &tv, 20250601, NULL, NULL, NULL, 0).until_yyyymmdd, 20260110);
  CHECK_EQ_I64(cover(plain, &tv, 20260111, NULL, NULL, NULL, 0).covered, 0);

  /* The picture tube has 3 years (past the calendar's horizon: unmoved). */
  c = cover(p, &tv, 20270601, "picture_tube", NULL, NULL, 0);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20280110);
  CHECK_EQ_I64(c.term, AS_TERM_COMPONENT);
  CHECK_STR_CONTAINS(rule, "picture_tube");
  CHECK_STR_CONTAINS(rule, "3 years");
  CHECK_EQ_I64(cover(p, &tv, 20270601, NULL, NULL, NULL, 0).covered, 0);
  CHECK_EQ_I64(cover(p, &tv, 20280111, "picture_tube", NULL, NULL, 0).covered, 0);
  CHECK_EQ_I64(cover(p, &tv, 20270601, "tuner", NULL, NULL, 0).covered, 1);

  /* An excluded cause: not covered, and the rule names the exclusion. */
  c = cover(p, &tv, 20250601, NULL, "misuse", NULL, 0);
  CHECK_EQ_I64(c.covered, 0);
  CHECK_EQ_I64(c.excluded, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20260112);
  CHECK_STR_CONTAINS(rule, "warranty.exclusions.misuse");
  c = cover(p, &tv, 20250601, "picture_tube", "transport_storage", NULL, 0);
  CHECK_EQ_I64(c.covered, 0);
  CHECK_EQ_I64(c.excluded, 1);
  CHECK_STR_CONTAINS(rule, "transport_storage");

  /* Days under repair extend the period; an exchange restarts it. */
  tv.repair_days = 10;
  c = cover(plain, &tv, 20260120, NULL, NULL, NULL, 0);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20260120);
  CHECK_STR_CONTAINS(rule, "10 days under repair");
  tv.repair_days = 0;
  tv.exchanged_yyyymmdd = 20250601;
  c = cover(plain, &tv, 20260301, NULL, NULL, NULL, 0);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20260601);
  CHECK_STR_CONTAINS(rule, "exchange 2025-06-01");
  tv.exchanged_yyyymmdd = 0;

  /* The rule buffer: truncated to cap - 1 bytes, the needed size reported;
   * a NULL buffer with cap 0 asks for the size only. */
  {
    char small[8];
    size_t needed = 0, needed0 = 0;
    as_coverage c2 = AS_COVERAGE_INIT;
    CHECK_OK(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, NULL, 0, &c2, small, sizeof small, &needed, ERR));
    CHECK(strcmp(small, "warrant") == 0);
    CHECK(needed > sizeof small);
    CHECK_OK(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, NULL, 0, &c2, NULL, 0, &needed0, ERR));
    CHECK_EQ_I64(needed0, needed);
    CHECK_OK(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, NULL, 0, &c2, NULL, 0, NULL, ERR));
    CHECK_EQ_I64(c2.covered, 1);
  }

  /* A larger (newer) caller struct is accepted; the library fills its part. */
  {
    struct {
      as_coverage c;
      int32_t later;
    } big;
    memset(&big, 0x5a, sizeof big);
    big.c.size = sizeof big;
    CHECK_OK(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, NULL, 0, &big.c, NULL, 0, NULL, ERR));
    CHECK_EQ_I64(big.c.size, sizeof big);
    CHECK_EQ_I64(big.c.covered, 1);
    CHECK_EQ_I64(big.later, 0x5a5a5a5a);
  }

  as_warranty_policy_destroy(p);
  as_warranty_policy_destroy(plain);
}

/* RULES 3.4: an extended warranty starts when the maker's ends, covers the
 * whole unit, and may cover causes the maker excludes. */
/* The batch answers as the single call does, element by element; 0 dates
 * get no answer; a refused element fails the call naming it and writes
 * nothing, or is skipped when asked. */
static void test_coverage_many(const as_calendar* cn) {
  as_warranty_policy* p = preset("sanbao", cn);
  enum { N = 6 };
  /* Two units bought the same day (one table entry), one expired, a component
   * past the horizon, and a unit with no purchase date. */
  const int32_t purchased[N] = {20250110, 20250110, 20230301, 20241231, 0, 20250110};
  const int32_t on[N] = {20260112, 20260113, 20250101, 20250101, 20250101, 20250601};
  int32_t covered[N], until[N];
  size_t answered = 0, i;
  CHECK_OK(as_warranty_coverage_many(p, "colour_tv", NULL, N, purchased, on, 0, covered, until, &answered, ERR));
  CHECK_EQ_I64(answered, N - 1);
  for (i = 0; i < N; ++i) {
    if (purchased[i] == 0) {
      CHECK_EQ_I64(covered[i], 0);
      CHECK_EQ_I64(until[i], 0);
    } else {
      as_unit_facts u = unit_of("colour_tv", purchased[i]);
      const as_coverage c = cover(p, &u, on[i], NULL, NULL, NULL, 0);
      CHECK_EQ_I64(covered[i], c.covered);
      CHECK_EQ_I64(until[i], c.until_yyyymmdd);
    }
  }
  CHECK_EQ_I64(covered[0], 1);
  CHECK_EQ_I64(until[0], 20260112);
  CHECK_EQ_I64(covered[1], 0);

  /* A component: the picture tube's 3 years. */
  CHECK_OK(as_warranty_coverage_many(p, "colour_tv", "picture_tube", N, purchased, on, 0, covered, until, NULL, ERR));
  CHECK_EQ_I64(covered[2], 1);
  CHECK_EQ_I64(until[0], 20280110);

  /* Element 3 asks before its purchase: the call fails naming it and leaves
   * the outputs as they were. */
  {
    const int32_t bad_on[N] = {20260112, 20260113, 20250101, 20241230, 20250101, 20250601};
    int32_t before[N];
    memcpy(before, until, sizeof before);
    CHECK_ERR(as_warranty_coverage_many(p, "colour_tv", NULL, N, purchased, bad_on, 0, covered, until, NULL, ERR),
              AS_E_INVALID_ARGUMENT, "on_yyyymmdd[3]", "before the purchase");
    CHECK(memcmp(before, until, sizeof before) == 0);
    CHECK_OK(as_warranty_coverage_many(p, "colour_tv", NULL, N, purchased, bad_on, 1, covered, until, &answered, ERR));
    CHECK_EQ_I64(answered, N - 2);
    CHECK_EQ_I64(covered[3], 0);
    CHECK_EQ_I64(until[3], 0);
    CHECK_EQ_I64(until[0], 20260112);
  }
  CHECK_ERR(as_warranty_coverage_many(p, "tv", NULL, N, purchased, on, 0, covered, until, NULL, ERR), AS_E_NOT_FOUND,
            "product", "colour_tv");
  CHECK_ERR(as_warranty_coverage_many(p, "colour_tv", "knob", N, purchased, on, 0, covered, until, NULL, ERR),
            AS_E_NOT_FOUND, "component", "picture_tube");
  {
    const int32_t bad_date[N] = {20250110, 20251332, 20230301, 20241231, 0, 20250110};
    CHECK_ERR(as_warranty_coverage_many(p, "colour_tv", NULL, N, bad_date, on, 0, covered, until, NULL, ERR), AS_E_PARSE,
              "purchased_yyyymmdd[1]", "20251332");
  }
  CHECK_ERR(as_warranty_coverage_many(p, "colour_tv", NULL, N, NULL, on, 0, covered, until, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "purchased_yyyymmdd", "NULL");
  CHECK_OK(as_warranty_coverage_many(p, "colour_tv", NULL, 0, NULL, NULL, 0, NULL, NULL, &answered, ERR));
  CHECK_EQ_I64(answered, 0);
  as_warranty_policy_destroy(p);
}

/* Car 2021: mileage ends a term if it comes first; a serious safety fault
 * within 60 days or 3,000 km gives exchange or return. */
static void test_car_mileage(void) {
  as_warranty_policy* p = preset("car_2021", NULL);
  as_unit_facts car = unit_of("car", 20250310);
  as_fault_facts f = fault_on(20250501);
  as_remedy r = AS_REMEDY_INIT;
  as_coverage c;
  car.has_mileage = 1;
  car.mileage_km = 60000;
  c = cover(p, &car, 20270301, NULL, NULL, NULL, 0);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_STR_CONTAINS(rule, "3 years or 60000 km");
  car.mileage_km = 60001;
  CHECK_EQ_I64(cover(p, &car, 20250601, NULL, NULL, NULL, 0).covered, 0);
  CHECK_STR_CONTAINS(rule, "over the limit");
  car.has_mileage = 0; /* mileage_km is not read */
  CHECK_EQ_I64(cover(p, &car, 20250601, NULL, NULL, NULL, 0).covered, 1);
  CHECK_STR_CONTAINS(rule, "mileage not given");

  f.fault = "safety_failure";
  car.has_mileage = 1;
  car.mileage_km = 2999;
  CHECK_OK(as_warranty_remedy(p, &car, &f, NULL, 0, &r, rule, sizeof rule, NULL, NULL, ERR));
  CHECK_EQ_I64(r.options, AS_REMEDY_RETURN | AS_REMEDY_EXCHANGE);
  CHECK_STR_CONTAINS(rule, "safety_failure");
  car.mileage_km = 3001;
  CHECK_OK(as_warranty_remedy(p, &car, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR));
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);
  as_warranty_policy_destroy(p);
}

/* A picture-tube fault past the whole unit's year, a fault under an extended
 * warranty, and a refused exchange in the 15-day window. */
static void test_remedy_terms(void) {
  as_warranty_policy* p = preset("sanbao", NULL);
  as_unit_facts tv = unit_of("colour_tv", 20250110);
  as_fault_facts f = fault_on(20260601);
  as_remedy r = AS_REMEDY_INIT;
  as_extended_warranty ew = AS_EXTENDED_WARRANTY_INIT;
  f.prior_repairs = 3;
  CHECK_OK(as_warranty_remedy(p, &tv, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR));
  CHECK_EQ_I64(r.free_of_charge, 0);
  f.component = "picture_tube";
  CHECK_OK(as_warranty_remedy(p, &tv, &f, NULL, 0, &r, rule, sizeof rule, NULL, NULL, ERR));
  CHECK_EQ_I64(r.free_of_charge, 1);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);
  CHECK_STR_CONTAINS(rule, "picture_tube");
  f.component = "knob";
  CHECK_ERR(as_warranty_remedy(p, &tv, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_NOT_FOUND, "fault.component",
            "knob");
  f.component = NULL;
  ew.id = "ew-1";
  ew.years = 2;
  CHECK_OK(as_warranty_remedy(p, &tv, &f, &ew, 1, &r, rule, sizeof rule, NULL, NULL, ERR));
  CHECK_EQ_I64(r.free_of_charge, 1);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);
  CHECK_STR_CONTAINS(rule, "ew-1");

  f = fault_on(20250121); /* 11 days: exchange or repair */
  f.has_price = 1;
  f.price_fen = 600000;
  f.refused_exchange = 1;
  CHECK_OK(as_warranty_remedy(p, &tv, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR));
  CHECK_EQ_I64(r.options, ALL_REMEDIES);
  CHECK_EQ_I64(r.refund_fen, 600000 - 6600);
  as_warranty_policy_destroy(p);
}

static void test_extended(void) {
  as_warranty_policy* p = preset("sanbao", NULL);
  as_unit_facts tv = unit_of("colour_tv", 20250110);
  static const char* const extra[] = {"misuse"};
  as_extended_warranty ext[2] = {AS_EXTENDED_WARRANTY_INIT, AS_EXTENDED_WARRANTY_INIT};
  as_coverage c;
  ext[0].id = "EW-1";
  ext[0].years = 1;
  ext[1].id = "EW-2";
  ext[1].years = 2;
  ext[1].extra_causes = extra;
  ext[1].n_extra_causes = 1;

  /* The maker's year first, then the longer extended warranty. */
  c = cover(p, &tv, 20250601, NULL, NULL, ext, 2);
  CHECK_EQ_I64(c.term, AS_TERM_WHOLE_UNIT);
  CHECK_EQ_I64(c.until_yyyymmdd, 20260110);
  c = cover(p, &tv, 20270601, NULL, NULL, ext, 2);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.term, AS_TERM_EXTENDED);
  CHECK_EQ_I64(c.extended_index, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20280110);
  CHECK_STR_CONTAINS(rule, "extended warranty EW-2");
  c = cover(p, &tv, 20270601, NULL, NULL, ext, 1);
  CHECK_EQ_I64(c.covered, 0);
  /* Expired: the answer is about the extended warranty, the last to end. */
  CHECK_EQ_I64(c.term, AS_TERM_EXTENDED);
  CHECK_EQ_I64(c.extended_index, 0);
  CHECK_EQ_I64(c.until_yyyymmdd, 20270110);
  c = cover(p, &tv, 20260601, NULL, NULL, ext, 1);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.extended_index, 0);
  CHECK_EQ_I64(c.until_yyyymmdd, 20270110);
  CHECK_EQ_I64(cover(p, &tv, 20280111, NULL, NULL, ext, 2).covered, 0);
  /* A cause the maker excludes, covered by the extended warranty. */
  c = cover(p, &tv, 20270601, NULL, "misuse", ext, 2);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.excluded, 0);
  CHECK_EQ_I64(c.extended_index, 1);
  CHECK_STR_CONTAINS(rule, "covers misuse");
  c = cover(p, &tv, 20270601, NULL, "environment", ext, 2);
  CHECK_EQ_I64(c.covered, 0);
  CHECK_EQ_I64(c.excluded, 1);

  as_warranty_policy_destroy(p);
}

/* RULES 3.3: the sanbao windows, the twice-repaired rule, the 30-day and
 * 90-day limits, "no same model -> return", and the refund. */
static void test_remedy(const as_calendar* cn) {
  as_warranty_policy* p = preset("sanbao", cn);
  as_unit_facts tv = unit_of("colour_tv", 20250110);
  as_fault_facts f;
  as_remedy r;
  char* trail = NULL;

  /* Within 7 days: return, exchange or repair; a return refunds the price. */
  f = fault_on(20250115);
  f.has_price = 1;
  f.price_fen = 600000;
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, ALL_REMEDIES);
  CHECK_EQ_I64(r.free_of_charge, 1);
  CHECK_EQ_I64(r.has_refund, 1);
  CHECK_EQ_I64(r.refund_fen, 600000);
  CHECK_STR_CONTAINS(rule, "return_days = 7");
  CHECK_EQ_I64(remedy(p, &tv, &f).options, ALL_REMEDIES); /* idempotent */
  f.fault_on_yyyymmdd = 20250117;
  CHECK_EQ_I64(remedy(p, &tv, &f).options, ALL_REMEDIES);

  /* Within 15 days: exchange or repair. Day 15 is Saturday 2025-01-25; the
   * window runs to Sunday 01-26, a make-up working day. */
  f = fault_on(20250118);
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_EXCHANGE | AS_REMEDY_REPAIR);
  CHECK_EQ_I64(r.has_refund, 0);
  CHECK_STR_CONTAINS(rule, "exchange_days = 15");
  f.fault_on_yyyymmdd = 20250126;
  CHECK_EQ_I64(remedy(p, &tv, &f).options, AS_REMEDY_EXCHANGE | AS_REMEDY_REPAIR);

  /* Later within the warranty: free repair. */
  f.fault_on_yyyymmdd = 20250127;
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);
  CHECK_EQ_I64(r.free_of_charge, 1);
  CHECK_STR_CONTAINS(rule, "free repair");

  /* Repaired twice and still faulty: exchange, or return at the price. */
  f = fault_on(20250601);
  f.prior_repairs = 2;
  f.has_price = 1;
  f.price_fen = 600000;
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_RETURN | AS_REMEDY_EXCHANGE);
  CHECK_EQ_I64(r.free_of_charge, 1);
  CHECK_EQ_I64(r.refund_fen, 600000);
  CHECK_STR_CONTAINS(rule, "max_repairs = 2");
  f.prior_repairs = 1;
  CHECK_EQ_I64(remedy(p, &tv, &f).options, AS_REMEDY_REPAIR);

  /* The exchange refused: 142 days at 0.1 %/day = 14.2 % of 6,000 yuan. */
  f.prior_repairs = 2;
  f.refused_exchange = 1;
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.has_refund, 1);
  CHECK_EQ_I64(r.refund_fen, 514800);
  /* Days under repair and waiting for parts are not charged. */
  f.repair_days = 20;
  f.waiting_parts_days = 22;
  CHECK_EQ_I64(remedy(p, &tv, &f).refund_fen, 540000); /* 100 days: 10 % */
  f.repair_days = 0;
  f.waiting_parts_days = 0;

  /* No same model: the exchange becomes a return, at the full price. */
  f.refused_exchange = 0;
  f.same_model_available = 0;
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_RETURN);
  CHECK_EQ_I64(r.refund_fen, 600000);
  CHECK_STR_CONTAINS(rule, "no same model");
  f.same_model_available = 1;

  /* A repair longer than 30 days, or 90 days without parts: exchange. */
  f = fault_on(20250601);
  f.repair_days = 31;
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_EXCHANGE);
  CHECK_STR_CONTAINS(rule, "repair_limit_days = 30");
  f.repair_days = 30;
  CHECK_EQ_I64(remedy(p, &tv, &f).options, AS_REMEDY_REPAIR);
  f.repair_days = 0;
  f.waiting_parts_days = 91;
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_EXCHANGE);
  CHECK_STR_CONTAINS(rule, "parts_limit_days = 90");

  /* Out of warranty, or an excluded cause: paid repair. */
  f = fault_on(20260201);
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);
  CHECK_EQ_I64(r.free_of_charge, 0);
  CHECK_STR_CONTAINS(rule, "out of warranty");
  f = fault_on(20250115);
  f.cause = "force_majeure";
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);
  CHECK_EQ_I64(r.free_of_charge, 0);
  CHECK_STR_CONTAINS(rule, "force_majeure");

  /* The trail lists every rule checked; it is the caller's to as_free. */
  f = fault_on(20250115);
  {
    as_remedy r2 = AS_REMEDY_INIT;
    CHECK_OK(as_warranty_remedy(p, &tv, &f, NULL, 0, &r2, NULL, 0, NULL, &trail, ERR));
    CHECK(trail != NULL);
    CHECK_STR_CONTAINS(trail, "coverage: warranty.colour_tv.whole_unit");
    CHECK_STR_CONTAINS(trail, "\ndecided: warranty.rules.return_days");
    CHECK(trail[strlen(trail) - 1] != '\n');
    as_free(trail);
  }
  as_warranty_policy_destroy(p);

  /* The piano terms (seed 001): a remedy table by defect kind. */
  p = preset("piano", NULL);
  tv = unit_of("piano", 20250110);
  f = fault_on(20270601);
  f.fault = "soundboard_crack";
  f.has_price = 1;
  f.price_fen = 2000000;
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_RETURN);
  CHECK_EQ_I64(r.free_of_charge, 1);
  CHECK_EQ_I64(r.refund_fen, 2000000);
  CHECK_STR_CONTAINS(rule, "warranty.piano.remedies.soundboard_crack");
  f.fault = "iron_frame";
  CHECK_EQ_I64(remedy(p, &tv, &f).options, AS_REMEDY_RETURN);
  f.fault = "pedal_spring";
  CHECK_EQ_I64(remedy(p, &tv, &f).options, AS_REMEDY_EXCHANGE);
  f.fault = "hammer_glue";
  CHECK_EQ_I64(remedy(p, &tv, &f).options, AS_REMEDY_RETURN | AS_REMEDY_REPAIR);
  f.fault = "broken_keys";
  CHECK_EQ_I64(remedy(p, &tv, &f).options, AS_REMEDY_REPAIR);
  f.fault = "soundboard_crack";
  f.fault_on_yyyymmdd = 20280111; /* after the 3 years */
  r = remedy(p, &tv, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);
  CHECK_EQ_I64(r.free_of_charge, 0);
  CHECK_EQ_I64(r.has_refund, 0);
  as_warranty_policy_destroy(p);
}

/* RULES 3.1: free (C) / contract (B) / paid (A) / internal (D). */
static void test_category(void) {
  as_warranty_policy* p = preset("sanbao", NULL);
  as_unit_facts tv = unit_of("colour_tv", 20250110);
  const as_maintenance_contract contracts[1] = {{"MC-7", NULL, 20260101, 20261231}};
  as_extended_warranty ext = AS_EXTENDED_WARRANTY_INIT;
  ext.id = "EW-1";

  CHECK_EQ_I64(category(p, &tv, 20250601, NULL, NULL, 0, NULL, 0, 0), AS_CATEGORY_FREE);
  CHECK_STR_CONTAINS(rule, "category C (free)");
  CHECK_EQ_I64(category(p, &tv, 20260601, NULL, contracts, 1, NULL, 0, 0), AS_CATEGORY_CONTRACT);
  CHECK_STR_CONTAINS(rule, "category B (contract)");
  CHECK_STR_CONTAINS(rule, "MC-7");
  CHECK_EQ_I64(category(p, &tv, 20260601, NULL, NULL, 0, NULL, 0, 0), AS_CATEGORY_PAID);
  CHECK_STR_CONTAINS(rule, "category A (paid)");
  CHECK_EQ_I64(category(p, &tv, 20270601, NULL, contracts, 1, NULL, 0, 0), AS_CATEGORY_PAID);
  /* The warranty comes first; an excluded cause falls to the contract. */
  CHECK_EQ_I64(category(p, &tv, 20260105, NULL, contracts, 1, NULL, 0, 0), AS_CATEGORY_FREE);
  CHECK_EQ_I64(category(p, &tv, 20260105, "misuse", contracts, 1, NULL, 0, 0), AS_CATEGORY_CONTRACT);
  CHECK_EQ_I64(category(p, &tv, 20250601, "misuse", NULL, 0, NULL, 0, 0), AS_CATEGORY_PAID);
  CHECK_STR_CONTAINS(rule, "misuse");
  /* An extended warranty makes it free. */
  CHECK_EQ_I64(category(p, &tv, 20260601, NULL, contracts, 1, &ext, 1, 0), AS_CATEGORY_FREE);
  CHECK_STR_CONTAINS(rule, "EW-1");
  /* Internal work needs no unit. */
  CHECK_EQ_I64(category(p, NULL, 20250601, NULL, NULL, 0, NULL, 0, 1), AS_CATEGORY_INTERNAL);
  CHECK_STR_CONTAINS(rule, "category D (internal)");
  CHECK_EQ_I64(category(p, &tv, 20250601, NULL, NULL, 0, NULL, 0, 1), AS_CATEGORY_INTERNAL);

  as_warranty_policy_destroy(p);
}

/* RULES 3.4: the TV tariff: 6,000 yuan -> 279 / 528 / 777 / 1,023 yuan. */
static void test_tariff(void) {
  as_tariff* t = NULL;
  as_tariff* own = NULL;
  int64_t fen = 42;
  int32_t years = 0;
  const as_tariff_rate rates[2] = {{1, 5000}, {3, 1000}};
  const as_tariff_rate dup[2] = {{1, 500}, {1, 600}};
  const as_tariff_rate bad_rate[1] = {{1, 10001}};
  const as_tariff_rate bad_years[1] = {{0, 100}};

  CHECK_OK(as_tariff_tv_example(&t, ERR));
  CHECK_OK(as_tariff_price(t, 600000, 1, &fen, ERR));
  CHECK_EQ_I64(fen, 27900);
  CHECK_OK(as_tariff_price(t, 600000, 2, &fen, ERR));
  CHECK_EQ_I64(fen, 52800);
  CHECK_OK(as_tariff_price(t, 600000, 3, &fen, ERR));
  CHECK_EQ_I64(fen, 77700);
  CHECK_OK(as_tariff_price(t, 600000, 4, &fen, ERR));
  CHECK_EQ_I64(fen, 102300);
  CHECK_OK(as_tariff_max_years(t, &years, ERR));
  CHECK_EQ_I64(years, 4);
  CHECK_ERR(as_tariff_price(t, 600000, 5, &fen, ERR), AS_E_INVALID_ARGUMENT, "years", "5");
  CHECK_ERR(as_tariff_price(t, 600000, 0, &fen, ERR), AS_E_INVALID_ARGUMENT, "years", "0");
  CHECK_ERR(as_tariff_price(t, -1, 1, &fen, ERR), AS_E_INVALID_ARGUMENT, "price_fen", "-1");
  CHECK_ERR(as_tariff_price(t, INT64_MAX, 1, &fen, ERR), AS_E_INVALID_ARGUMENT, "price_fen", "");
  CHECK_ERR(as_tariff_price(NULL, 600000, 1, &fen, ERR), AS_E_INVALID_ARGUMENT, "tariff", "NULL");
  CHECK_ERR(as_tariff_price(t, 600000, 1, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_fen", "NULL");
  CHECK_ERR(as_tariff_max_years(t, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_years", "NULL");
  CHECK_EQ_I64(fen, 102300);

  /* A tariff of one's own; prices round half up to the fen. */
  CHECK_OK(as_tariff_create(rates, 2, &own, ERR));
  CHECK_OK(as_tariff_price(own, 1, 1, &fen, ERR));
  CHECK_EQ_I64(fen, 1); /* 0.5 fen */
  CHECK_OK(as_tariff_price(own, 10004, 3, &fen, ERR));
  CHECK_EQ_I64(fen, 1000); /* 1000.4 fen */
  CHECK_OK(as_tariff_price(own, 10005, 3, &fen, ERR));
  CHECK_EQ_I64(fen, 1001); /* 1000.5 fen */
  CHECK_ERR(as_tariff_price(own, 100, 2, &fen, ERR), AS_E_INVALID_ARGUMENT, "years", "2");
  CHECK_OK(as_tariff_max_years(own, &years, ERR));
  CHECK_EQ_I64(years, 3);
  as_tariff_destroy(own);
  own = NULL;
  CHECK_ERR(as_tariff_create(dup, 2, &own, ERR), AS_E_INVALID_ARGUMENT, "rates[1].years", "duplicate");
  CHECK_ERR(as_tariff_create(bad_rate, 1, &own, ERR), AS_E_INVALID_ARGUMENT, "rates[0].rate_per_10000", "10001");
  CHECK_ERR(as_tariff_create(bad_years, 1, &own, ERR), AS_E_INVALID_ARGUMENT, "rates[0].years", "0");
  CHECK_ERR(as_tariff_create(NULL, 0, &own, ERR), AS_E_INVALID_ARGUMENT, "rates", "");
  CHECK_ERR(as_tariff_create(NULL, 1, &own, ERR), AS_E_INVALID_ARGUMENT, "rates", "NULL");
  CHECK_ERR(as_tariff_create(rates, 2, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_tariff_tv_example(NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK(own == NULL);

  as_tariff_destroy(t);
  as_tariff_destroy(NULL);
}

static size_t notices(const as_maintenance_contract* c, size_t n, int32_t on, size_t* out) {
  size_t count = 999;
  CHECK_OK(as_expiry_notices(c, n, on, out, &count, ERR));
  CHECK(count <= n);
  return count;
}

/* RULES 3.4: the expiry notice is due one month before the end (the
 * corresponding day, or the month's last day) until the end, unless the
 * contract was renewed. */
static void test_expiry_notices(void) {
  const as_maintenance_contract c[4] = {
      {"MC-1", NULL, 20250101, 20251231},    /* notice from 2025-11-30 */
      {"MC-2", NULL, 20250301, 20260331},    /* notice from 2026-02-28 */
      {"MC-3", "MC-9", 20250101, 20251215},  /* renewed: no notice */
      {"MC-4", NULL, 20250115, 20251220},    /* notice from 2025-11-20 */
  };
  const as_maintenance_contract dup[2] = {{"MC-1", NULL, 20250101, 20251231}, {"MC-1", NULL, 20250101, 20251231}};
  const as_maintenance_contract backwards[1] = {{"MC-1", NULL, 20251231, 20250101}};
  const as_maintenance_contract no_id[1] = {{NULL, NULL, 20250101, 20251231}};
  const as_maintenance_contract bad_date[1] = {{"MC-1", NULL, 20250101, 20251331}};
  size_t idx[4] = {9, 9, 9, 9};
  size_t count = 42;

  CHECK_EQ_I64(notices(c, 4, 20251119, idx), 0);
  CHECK_EQ_I64(notices(c, 4, 20251120, idx), 1);
  CHECK_EQ_I64(idx[0], 3);
  CHECK_EQ_I64(notices(c, 4, 20251129, idx), 1);
  CHECK_EQ_I64(notices(c, 4, 20251130, idx), 2);
  CHECK_EQ_I64(idx[0], 0);
  CHECK_EQ_I64(idx[1], 3);
  /* Idempotent: the same answer again. */
  idx[0] = idx[1] = 9;
  CHECK_EQ_I64(notices(c, 4, 20251130, idx), 2);
  CHECK_EQ_I64(idx[0], 0);
  CHECK_EQ_I64(idx[1], 3);
  CHECK_EQ_I64(notices(c, 4, 20251215, idx), 2); /* MC-3 is renewed */
  CHECK_EQ_I64(notices(c, 4, 20251221, idx), 1);
  CHECK_EQ_I64(idx[0], 0);
  CHECK_EQ_I64(notices(c, 4, 20251231, idx), 1);
  CHECK_EQ_I64(notices(c, 4, 20260101, idx), 0);
  CHECK_EQ_I64(notices(c, 4, 20260227, idx), 0);
  CHECK_EQ_I64(notices(c, 4, 20260228, idx), 1);
  CHECK_EQ_I64(idx[0], 1);
  CHECK_EQ_I64(notices(NULL, 0, 20260228, NULL), 0);

  CHECK_ERR(as_expiry_notices(dup, 2, 20251201, idx, &count, ERR), AS_E_INVALID_ARGUMENT, "contracts[1].id",
            "duplicate");
  CHECK_ERR(as_expiry_notices(backwards, 1, 20251201, idx, &count, ERR), AS_E_INVALID_ARGUMENT,
            "contracts[0].end_yyyymmdd", "before the start");
  CHECK_ERR(as_expiry_notices(no_id, 1, 20251201, idx, &count, ERR), AS_E_INVALID_ARGUMENT, "contracts[0].id", "NULL");
  CHECK_ERR(as_expiry_notices(bad_date, 1, 20251201, idx, &count, ERR), AS_E_PARSE, "contracts[0].end_yyyymmdd",
            "20251331");
  CHECK_ERR(as_expiry_notices(c, 4, 20251301, idx, &count, ERR), AS_E_PARSE, "on_yyyymmdd", "20251301");
  CHECK_ERR(as_expiry_notices(NULL, 1, 20251201, idx, &count, ERR), AS_E_INVALID_ARGUMENT, "contracts", "NULL");
  CHECK_ERR(as_expiry_notices(c, 4, 20251201, NULL, &count, ERR), AS_E_INVALID_ARGUMENT, "out_indices", "NULL");
  CHECK_ERR(as_expiry_notices(c, 4, 20251201, idx, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_count", "NULL");
  CHECK_EQ_I64(count, 42);
}

/* Policy documents: presets, from_json, to_json and their round trip. */
static void test_documents(const as_calendar* cn) {
  static const char* const names[] = {"sanbao", "piano", "housing", "car_2021"};
  const char* doc =
      "{\"warranty\": {\"exclusions\": [\"misuse\"],"
      " \"products\": {\"kettle\": {\"whole_unit\": \"P6M\", \"basis\": \"delivery\","
      " \"components\": {\"element\": \"2y\"}, \"depreciation_ppm_per_day\": 2000}}}}";
  as_warranty_policy* p = NULL;
  as_warranty_policy* q = NULL;
  as_unit_facts kettle = unit_of("kettle", 20240820);
  as_unit_facts house = unit_of("housing", 20250110);
  as_coverage c;
  char* json = NULL;
  char* json2 = NULL;
  size_t i;

  for (i = 0; i < sizeof names / sizeof names[0]; ++i) {
    p = preset(names[i], cn);
    CHECK_OK(as_warranty_policy_to_json(p, &json, ERR));
    CHECK_STR_CONTAINS(json, "\"warranty\"");
    CHECK_OK(as_warranty_policy_from_json(json, NULL, &q, ERR));
    CHECK_OK(as_warranty_policy_to_json(q, &json2, ERR));
    CHECK(strcmp(json, json2) == 0);
    as_free(json);
    as_free(json2);
    as_warranty_policy_destroy(q);
    as_warranty_policy_destroy(p);
  }
  p = preset("sanbao", NULL);
  CHECK_OK(as_warranty_policy_to_json(p, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"colour_tv\"");
  CHECK_STR_CONTAINS(json, "\"picture_tube\": \"3y\"");
  as_free(json);
  as_warranty_policy_destroy(p);

  /* Housing (art. 40): roof waterproofing 5 years from acceptance, handed
   * over the same day (more in test_housing.c). */
  p = preset("housing", NULL);
  house.delivered_yyyymmdd = 20250110;
  c = cover(p, &house, 20290601, "roof_waterproofing", NULL, NULL, 0);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20300110);
  CHECK_EQ_I64(cover(p, &house, 20290601, "pipe_blockage", NULL, NULL, 0).covered, 0);
  as_warranty_policy_destroy(p);

  /* A document of one's own: the period counts from delivery; 6 months
   * from 2024-08-31 end on 2025-02-28 (art. 202). */
  CHECK_OK(as_warranty_policy_from_json(doc, NULL, &p, ERR));
  kettle.delivered_yyyymmdd = 20240831;
  c = cover(p, &kettle, 20250228, NULL, NULL, NULL, 0);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20250228);
  CHECK_STR_CONTAINS(rule, "delivery 2024-08-31");
  CHECK_EQ_I64(cover(p, &kettle, 20250301, NULL, NULL, NULL, 0).covered, 0);
  CHECK_EQ_I64(cover(p, &kettle, 20250301, "element", NULL, NULL, 0).covered, 1);
  kettle.delivered_yyyymmdd = 0;
  {
    as_coverage c2 = AS_COVERAGE_INIT;
    CHECK_ERR(as_warranty_coverage(p, &kettle, 20250101, NULL, NULL, NULL, 0, &c2, NULL, 0, NULL, ERR),
              AS_E_INVALID_ARGUMENT, "unit.delivered_yyyymmdd", "delivery");
  }
  as_warranty_policy_destroy(p);

  /* Malformed documents: code and field. */
  p = NULL;
  CHECK_ERR(as_warranty_policy_from_json("{", NULL, &p, ERR), AS_E_PARSE, "invalid JSON", "");
  CHECK_ERR(as_warranty_policy_from_json("[]", NULL, &p, ERR), AS_E_PARSE, "warranty", "");
  /* Every member is optional: an empty section is the sanbao preset. */
  CHECK_OK(as_warranty_policy_from_json("{\"warranty\": {}}", NULL, &p, ERR));
  CHECK_OK(as_warranty_policy_to_json(p, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"colour_tv\"");
  as_free(json);
  as_warranty_policy_destroy(p);
  p = NULL;
  /* Periods: P...Y...M...D or y, mo, d; bare numbers, a bare m and working
   * time are refused naming the member and showing the accepted forms. */
  CHECK_ERR(as_warranty_policy_from_json("{\"warranty\": {\"products\": {\"tv\": {\"whole_unit\": \"6h\"}}}}", NULL,
                                         &p, ERR),
            AS_E_PARSE, "warranty.products.tv.whole_unit", "working time, not a calendar period");
  CHECK_ERR(as_warranty_policy_from_json("{\"warranty\": {\"products\": {\"tv\": {\"whole_unit\": \"6m\"}}}}", NULL,
                                         &p, ERR),
            AS_E_PARSE, "warranty.products.tv.whole_unit", "P1Y, P6M, P2Y6M, P15D or 1y, 6mo, 2y6mo, 15d");
  CHECK_ERR(as_warranty_policy_from_json("{\"warranty\": {\"products\": {\"tv\": {\"whole_unit\": 365}}}}", NULL,
                                         &p, ERR),
            AS_E_PARSE, "warranty.products.tv.whole_unit", "bare number");
  CHECK(p == NULL);
  CHECK_ERR(as_warranty_policy_from_json("{\"warranty\": {\"products\": {\"tv\": {\"whole_unit\": \"1x\"}}}}", NULL,
                                         &p, ERR),
            AS_E_PARSE, "warranty.products.tv.whole_unit", "1x");
  CHECK_ERR(as_warranty_policy_from_json("{\"warranty\": {\"products\": {\"tv\": {\"whole_unit\": \"1201mo\"}}}}",
                                         NULL, &p, ERR),
            AS_E_INVALID_ARGUMENT, "warranty.products.tv.whole_unit", "1200");
  CHECK_ERR(as_warranty_policy_from_json(
                "{\"warranty\": {\"products\": {\"tv\": {\"whole_unit\": \"1y\", \"remedies\": {\"x\": [\"refund\"]}}}}}",
                NULL, &p, ERR),
            AS_E_INVALID_ARGUMENT, "warranty.products.tv.remedies.x", "refund");
  CHECK_ERR(as_warranty_policy_from_json("{\"warranty\": {\"products\": {\"tv\": {\"whole_unit\": \"1y\", "
                                         "\"colour\": 1}}}}",
                                         NULL, &p, ERR),
            AS_E_PARSE, "colour", "");
  CHECK_ERR(as_warranty_policy_from_json(NULL, NULL, &p, ERR), AS_E_INVALID_ARGUMENT, "json", "NULL");
  CHECK_ERR(as_warranty_policy_from_json(doc, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_warranty_policy_preset("tv", NULL, &p, ERR), AS_E_NOT_FOUND, "name", "'tv'");
  CHECK_ERR(as_warranty_policy_preset(NULL, NULL, &p, ERR), AS_E_INVALID_ARGUMENT, "name", "NULL");
  CHECK_ERR(as_warranty_policy_preset("sanbao", NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_warranty_policy_to_json(NULL, &json, ERR), AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK(p == NULL);
  as_warranty_policy_destroy(NULL);
}

/* Bad input: a clear error naming the field, outputs untouched, no crash. */
static void test_bad_input(void) {
  as_warranty_policy* p = preset("sanbao", NULL);
  as_unit_facts tv = unit_of("colour_tv", 20250110);
  as_unit_facts u;
  as_fault_facts f = fault_on(20250601);
  as_fault_facts g;
  as_coverage c = AS_COVERAGE_INIT;
  as_remedy r = AS_REMEDY_INIT;
  as_extended_warranty ext[2] = {AS_EXTENDED_WARRANTY_INIT, AS_EXTENDED_WARRANTY_INIT};
  const as_maintenance_contract backwards[1] = {{"MC-1", NULL, 20251231, 20250101}};
  int32_t cat = 42;
  char buf[16] = "untouched";
  char* trail = NULL;
  ext[0].id = "EW-1";
  ext[1].id = "EW-1";
  c.covered = 42;
  r.options = 42;

  /* NULL pointers. */
  CHECK_ERR(as_warranty_coverage(NULL, &tv, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "policy", "NULL");
  CHECK_ERR(as_warranty_coverage(p, NULL, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "unit", "NULL");
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, NULL, 0, NULL, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "out", "NULL");
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, NULL, 0, &c, NULL, 8, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "rule_buf", "NULL");
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, NULL, 2, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "extended", "NULL");
  u = unit_of(NULL, 20250110);
  CHECK_ERR(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "unit.product", "NULL");
  CHECK_ERR(as_warranty_remedy(NULL, &tv, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK_ERR(as_warranty_remedy(p, NULL, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "unit", "NULL");
  CHECK_ERR(as_warranty_remedy(p, &tv, NULL, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "fault", "NULL");
  CHECK_ERR(as_warranty_remedy(p, &tv, &f, NULL, 0, NULL, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_warranty_category(NULL, &tv, 20250601, NULL, NULL, 0, NULL, 0, 0, &cat, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK_ERR(as_warranty_category(p, NULL, 20250601, NULL, NULL, 0, NULL, 0, 0, &cat, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "unit", "NULL");
  CHECK_ERR(as_warranty_category(p, &tv, 20250601, NULL, NULL, 0, NULL, 0, 0, NULL, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "out_category", "NULL");
  CHECK_ERR(as_warranty_category(p, &tv, 20250601, NULL, NULL, 1, NULL, 0, 0, &cat, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "contracts", "NULL");

  /* Unknown names: AS_E_NOT_FOUND naming the field and the value. */
  u = unit_of("fridge", 20250110);
  CHECK_ERR(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_NOT_FOUND,
            "unit.product", "'fridge'");
  CHECK_STR_CONTAINS(as_last_error(), "colour_tv");
  CHECK_ERR(as_warranty_remedy(p, &u, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_NOT_FOUND, "unit.product", "'fridge'");
  CHECK_ERR(as_warranty_category(p, &u, 20250601, NULL, NULL, 0, NULL, 0, 0, &cat, NULL, 0, NULL, ERR), AS_E_NOT_FOUND,
            "unit.product", "'fridge'");
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, "speaker", NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_NOT_FOUND,
            "component", "'speaker'");
  CHECK_STR_CONTAINS(as_last_error(), "picture_tube");
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, "aliens", NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_NOT_FOUND,
            "cause", "'aliens'");
  CHECK_STR_CONTAINS(as_last_error(), "misuse");
  CHECK_ERR(as_warranty_category(p, &tv, 20250601, "aliens", NULL, 0, NULL, 0, 0, &cat, NULL, 0, NULL, ERR),
            AS_E_NOT_FOUND, "cause", "'aliens'");
  g = f;
  g.cause = "aliens";
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_NOT_FOUND, "fault.cause", "'aliens'");
  g = f;
  g.fault = "soundboard_crack"; /* a piano fault, not a TV one */
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_NOT_FOUND, "fault.fault",
            "'soundboard_crack'");

  /* Dates: before the purchase, not a date, outside 1970..2199. */
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250109, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "on_yyyymmdd", "before the purchase");
  CHECK_ERR(as_warranty_category(p, &tv, 20250109, NULL, NULL, 0, NULL, 0, 0, &cat, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "on_yyyymmdd", "before the purchase");
  g = fault_on(20250109);
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "fault.fault_on_yyyymmdd",
            "before the purchase");
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250230, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_PARSE, "on_yyyymmdd",
            "20250230");
  CHECK_ERR(as_warranty_coverage(p, &tv, 0, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_PARSE, "on_yyyymmdd", "");
  u = unit_of("colour_tv", 0);
  CHECK_ERR(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_PARSE,
            "unit.purchased_yyyymmdd", "");
  u = unit_of("colour_tv", 19000101);
  CHECK_ERR(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_OUT_OF_RANGE,
            "unit.purchased_yyyymmdd", "");
  u = tv;
  u.exchanged_yyyymmdd = 20250101;
  CHECK_ERR(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "unit.exchanged_yyyymmdd", "before the purchase");
  g = fault_on(20251340);
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_PARSE, "fault.fault_on_yyyymmdd",
            "20251340");

  /* Negative counts and prices. */
  u = tv;
  u.repair_days = -1;
  CHECK_ERR(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "unit.repair_days", "-1");
  CHECK_ERR(as_warranty_remedy(p, &u, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "unit.repair_days", "-1");
  g = f;
  g.prior_repairs = -2;
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "fault.prior_repairs",
            "-2");
  g = f;
  g.repair_days = -3;
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "fault.repair_days", "-3");
  g = f;
  g.waiting_parts_days = -4;
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "fault.waiting_parts_days", "-4");
  g = f;
  g.has_price = 1;
  g.price_fen = -100;
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "fault.price_fen",
            "-100");
  g.price_fen = INT64_MAX;
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "fault.price_fen", "");
  g.has_price = 0; /* then the price is not read */
  CHECK_OK(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR));
  r.options = 42;

  /* Extended warranties and contracts. */
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, ext, 2, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "extended[1].id", "duplicate");
  ext[1].id = "EW-2";
  ext[1].years = 6;
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, ext, 2, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "extended[1].years", "6");
  ext[1].years = 0;
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, ext, 2, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "extended[1].years", "0");
  ext[1].years = 1;
  ext[1].n_extra_causes = 1;
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, ext, 2, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "extended[1].extra_causes", "NULL");
  ext[1].n_extra_causes = 0;
  ext[0].id = NULL;
  CHECK_ERR(as_warranty_category(p, &tv, 20250601, NULL, NULL, 0, ext, 2, 0, &cat, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "extended[0].id", "NULL");
  CHECK_ERR(as_warranty_category(p, &tv, 20250601, NULL, backwards, 1, NULL, 0, 0, &cat, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "contracts[0].end_yyyymmdd", "before the start");

  /* Struct sizes and reserved fields. */
  u = tv;
  u.size = 0;
  CHECK_ERR(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "unit.size", "_INIT");
  /* A caller built with an older, smaller as_unit_facts (before repair_days
   * and the mileage): the fields it lacks take their AS_UNIT_FACTS_INIT values. */
  {
    as_coverage full = AS_COVERAGE_INIT, older = AS_COVERAGE_INIT;
    u = tv;
    CHECK_OK(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &full, NULL, 0, NULL, ERR));
    u.size = offsetof(as_unit_facts, repair_days);
    u.repair_days = 99999; /* beyond its size: never read */
    CHECK_OK(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &older, NULL, 0, NULL, ERR));
    CHECK(memcmp(&full, &older, sizeof full) == 0);
  }
  u = tv;
  u.has_mileage = 1;
  u.mileage_km = -5;
  CHECK_ERR(as_warranty_coverage(p, &u, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "unit.mileage_km", "-5");
  g = f;
  g.size = 1;
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "fault.size",
            "cannot hold");
  g = f;
  g.reserved0 = 7;
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "fault.reserved0", "7");
  c.size = 4;
  CHECK_ERR(as_warranty_coverage(p, &tv, 20250601, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "out.size", "AS_COVERAGE_INIT");
  c.size = sizeof c;
  r.size = 0;
  CHECK_ERR(as_warranty_remedy(p, &tv, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "out.size",
            "AS_REMEDY_INIT");
  r.size = sizeof r;

  /* Nothing was written by the failed calls. */
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, NULL, 0, &r, buf, sizeof buf, NULL, &trail, ERR), AS_E_INVALID_ARGUMENT,
            "fault.reserved0", "");
  CHECK_EQ_I64(c.covered, 42);
  CHECK_EQ_I64(r.options, 42);
  CHECK_EQ_I64(cat, 42);
  CHECK(strcmp(buf, "untouched") == 0);
  CHECK(trail == NULL);

  as_warranty_policy_destroy(p);
}

/* A term and a 7-day window ending in the 2027 Spring Festival on the
 * provisional statutory days (除夕 02-05 .. 补假 02-10) move to 02-11, and
 * their rules say the year is provisional (issue 24). */
static void test_provisional(void) {
  static const char note[] = " (2027: statutory holidays only, make-up days not yet published)";
  as_calendar* cal = NULL;
  as_warranty_policy* p = NULL;
  as_unit_facts unit = AS_UNIT_FACTS_INIT;
  as_fault_facts fault = AS_FAULT_FACTS_INIT;
  as_coverage c = AS_COVERAGE_INIT;
  as_remedy r = AS_REMEDY_INIT;
  char rule[512];
  CHECK_OK(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_STATUTORY, NULL, &cal, ERR));
  CHECK_OK(as_warranty_policy_preset("sanbao", cal, &p, ERR));
  unit.product = "colour_tv";
  unit.purchased_yyyymmdd = 20260206; /* 1 year: 2027-02-06, a Saturday of the festival */
  CHECK_OK(as_warranty_coverage(p, &unit, 20270210, NULL, NULL, NULL, 0, &c, rule, sizeof rule, NULL, ERR));
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20270211);
  CHECK_STR_CONTAINS(rule, "until 2027-02-11 (2027: statutory holidays only, make-up days not yet published)");
  unit.purchased_yyyymmdd = 20270129; /* + 7 days: 02-05, 除夕 */
  fault.fault_on_yyyymmdd = 20270210;
  CHECK_OK(as_warranty_remedy(p, &unit, &fault, NULL, 0, &r, rule, sizeof rule, NULL, NULL, ERR));
  CHECK_EQ_I64(r.options, AS_REMEDY_RETURN | AS_REMEDY_EXCHANGE | AS_REMEDY_REPAIR);
  CHECK(strlen(rule) > strlen(note) && strcmp(rule + strlen(rule) - strlen(note), note) == 0);
  CHECK_STR_CONTAINS(rule, "by 2027-02-11");
  as_warranty_policy_destroy(p);
  as_calendar_destroy(cal);
}

int main(void) {
  as_calendar* cn = NULL;
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cn, ERR));
  test_coverage(cn);
  test_coverage_many(cn);
  test_car_mileage();
  test_remedy_terms();
  test_extended();
  test_remedy(cn);
  test_category();
  test_tariff();
  test_expiry_notices();
  test_documents(cn);
  test_bad_input();
  test_provisional();
  as_calendar_destroy(cn);
  return 0;
}
