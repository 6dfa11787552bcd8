/* The car_2021 preset's articles added by issue 27, through the C ABI
 * (jia yong qi che chan pin xiu li geng huan tui huo ze ren gui ding, 2021,
 * SAMR order 43): art. 18 para. 2 (from delivery), art. 20
 * (AS_REMEDY_ASSEMBLY_REPLACEMENT), art. 24 para. 1 (1)-(3)
 * (as_fault_facts.prior_replacements), art. 27 (as_remedy's usage
 * compensation), art. 28 (as_warranty_exchange_deadlines), and the piano's
 * refused exchange (seed 001 part 3 gives no return for it). */
#include "check.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

static char rule[2048];

static as_remedy remedy(const as_warranty_policy* p, const as_unit_facts* u, const as_fault_facts* f) {
  as_remedy r = AS_REMEDY_INIT;
  CHECK_OK(as_warranty_remedy(p, u, f, NULL, 0, &r, rule, sizeof rule, NULL, NULL, ERR));
  return r;
}

/* Art. 18 para. 2: the 3-year term counts from delivery when it differs. */
static void test_art18(const as_warranty_policy* car) {
  as_unit_facts u = AS_UNIT_FACTS_INIT;
  as_coverage c = AS_COVERAGE_INIT;
  u.product = "car";
  u.purchased_yyyymmdd = 20250110;
  u.delivered_yyyymmdd = 20250120;
  CHECK_OK(as_warranty_coverage(car, &u, 20280115, NULL, NULL, NULL, 0, &c, rule, sizeof rule, NULL, ERR));
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20280120);
  CHECK_STR_CONTAINS(rule, "from delivery 2025-01-20");
}

/* Art. 20: a main part of the engine within 60 days / 3,000 km. */
static void test_art20(const as_warranty_policy* car) {
  as_unit_facts u = AS_UNIT_FACTS_INIT;
  as_fault_facts f = AS_FAULT_FACTS_INIT;
  as_remedy r;
  CHECK_EQ_I64(AS_REMEDY_ASSEMBLY_REPLACEMENT, 0x10);
  u.product = "car";
  u.purchased_yyyymmdd = 20250310;
  u.has_mileage = 1;
  u.mileage_km = 2999;
  f.fault = "major_part";
  f.fault_on_yyyymmdd = 20250509;
  r = remedy(car, &u, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR | AS_REMEDY_ASSEMBLY_REPLACEMENT);
  CHECK_EQ_I64(r.free_of_charge, 1);
  CHECK_STR_CONTAINS(rule, "fault_windows.major_part");
}

/* Art. 24 para. 1 (1)-(3) and art. 27. */
static void test_art24_27(const as_warranty_policy* car) {
  as_unit_facts u = AS_UNIT_FACTS_INIT;
  as_fault_facts f = AS_FAULT_FACTS_INIT;
  as_remedy r;
  char* trail = NULL;
  u.product = "car";
  u.purchased_yyyymmdd = 20250310;
  u.has_mileage = 1;
  u.mileage_km = 12000;
  CHECK_EQ_I64(f.prior_replacements, 0);
  CHECK_EQ_I64(f.has_usage_coefficient, 0);
  f.fault = "main_part";
  f.fault_on_yyyymmdd = 20260105;
  f.prior_replacements = 1;
  CHECK_EQ_I64(remedy(car, &u, &f).options, AS_REMEDY_REPAIR);
  f.prior_replacements = 2; /* (3): the same main part replaced twice */
  f.has_price = 1;
  f.price_fen = 20000000;
  f.has_usage_coefficient = 1;
  f.usage_coefficient_ppm = 4000;
  r = remedy(car, &u, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_RETURN | AS_REMEDY_EXCHANGE);
  CHECK_STR_CONTAINS(rule, "repeat_limits.main_part = 2 replacements");
  /* Art. 27: 200,000 yuan x 12,000 km / 1000 x 0.4 % = 9,600 yuan. */
  CHECK_EQ_I64(r.has_usage_compensation, 1);
  CHECK_EQ_I64(r.usage_compensation_fen, 960000);
  CHECK_EQ_I64(r.refund_fen, 20000000 - 960000);
  CHECK_STR_CONTAINS(rule, "20000000 fen x 12000 km / 1000 x 4000 ppm = 960000 fen");
  /* (1): a serious safety fault repaired twice. */
  f.fault = "serious_safety";
  f.prior_replacements = 0;
  f.prior_repairs = 2;
  CHECK_OK(as_warranty_remedy(car, &u, &f, NULL, 0, &r, rule, sizeof rule, NULL, &trail, ERR));
  CHECK_EQ_I64(r.options, AS_REMEDY_RETURN | AS_REMEDY_EXCHANGE);
  CHECK_STR_CONTAINS(trail, "usage compensation (car 2021 art. 27");
  as_free(trail);
  /* n above the 0.5 % cap: refused, naming the field and the value. */
  f.usage_coefficient_ppm = 5001;
  CHECK_ERR(as_warranty_remedy(car, &u, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "fault.usage_coefficient_ppm", "5001");
  f.usage_coefficient_ppm = 4000;
  f.prior_replacements = -1;
  CHECK_ERR(as_warranty_remedy(car, &u, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "fault.prior_replacements", "-1");
  f.prior_replacements = 0;
  f.reserved2 = 1;
  CHECK_ERR(as_warranty_remedy(car, &u, &f, NULL, 0, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "fault.reserved2", "");
  f.reserved2 = 0;
  {
    /* A caller built before issue 27: as_remedy ends at refund_fen, and the
       bytes past it are left alone. */
    struct {
      as_remedy r;
    } older;
    memset(&older, 0x5a, sizeof older);
    older.r.size = offsetof(as_remedy, has_usage_compensation);
    CHECK_OK(as_warranty_remedy(car, &u, &f, NULL, 0, &older.r, NULL, 0, NULL, NULL, ERR));
    CHECK_EQ_I64(older.r.refund_fen, 20000000 - 960000);
    CHECK_EQ_I64(older.r.has_usage_compensation, 0x5a5a5a5a);
  }
}

/* Art. 28 on the China calendar: 2025 National Day (10-01..10-08 off,
 * Sunday 09-28 and Saturday 10-11 worked). */
static void test_art28(const as_warranty_policy* car_no_calendar) {
  as_calendar* cal = NULL;
  as_warranty_policy* car = NULL;
  as_warranty_policy* sanbao = NULL;
  int32_t answer = 0, complete = 0;
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_warranty_policy_preset("car_2021", cal, &car, ERR));
  CHECK_OK(as_warranty_exchange_deadlines(car, 20250926, 0, &answer, &complete, ERR));
  CHECK_EQ_I64(answer, 20251016);
  CHECK_EQ_I64(complete, 20251030);
  CHECK_OK(as_warranty_exchange_deadlines(car, 20250926, 20250929, &answer, &complete, ERR));
  CHECK_EQ_I64(answer, 20251020); /* from receipt */
  CHECK_EQ_I64(complete, 20251030);
  CHECK_ERR(as_warranty_exchange_deadlines(car, 20250926, 20250925, &answer, &complete, ERR),
            AS_E_INVALID_ARGUMENT, "received_yyyymmdd", "before the request");
  CHECK_ERR(as_warranty_exchange_deadlines(car_no_calendar, 20250926, 0, &answer, &complete, ERR), AS_E_STATE,
            "calendar", "");
  CHECK_OK(as_warranty_policy_preset("sanbao", cal, &sanbao, ERR));
  CHECK_ERR(as_warranty_exchange_deadlines(sanbao, 20250926, 0, &answer, &complete, ERR), AS_E_INVALID_ARGUMENT,
            "warranty.rules.answer_working_days", "none");
  as_warranty_policy_destroy(sanbao);
  as_warranty_policy_destroy(car);
  as_calendar_destroy(cal);
}

/* Piano (seed 001 part 3): pedal_spring gives exchange; a refused exchange
 * adds no return (that is 1995 sanbao art. 13, not the piano terms). */
static void test_piano_refused_exchange(void) {
  as_warranty_policy* piano = NULL;
  as_unit_facts u = AS_UNIT_FACTS_INIT;
  as_fault_facts f = AS_FAULT_FACTS_INIT;
  as_remedy r;
  CHECK_OK(as_warranty_policy_preset("piano", NULL, &piano, ERR));
  u.product = "piano";
  u.purchased_yyyymmdd = 20250310;
  f.fault = "pedal_spring";
  f.fault_on_yyyymmdd = 20250901;
  f.refused_exchange = 1;
  f.has_price = 1;
  f.price_fen = 3000000;
  r = remedy(piano, &u, &f);
  CHECK_EQ_I64(r.options, AS_REMEDY_EXCHANGE);
  CHECK_EQ_I64(r.has_refund, 0);
  CHECK_STR_CONTAINS(rule, "refused_exchange_return = false");
  as_warranty_policy_destroy(piano);
}

int main(void) {
  as_warranty_policy* car = NULL;
  char* json = NULL;
  CHECK_OK(as_warranty_policy_preset("car_2021", NULL, &car, ERR));
  test_art18(car);
  test_art20(car);
  test_art24_27(car);
  test_art28(car);
  test_piano_refused_exchange();
  CHECK_OK(as_warranty_policy_to_json(car, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"repeat_limits\"");
  CHECK_STR_CONTAINS(json, "\"complete_working_days\": 20");
  as_free(json);
  as_warranty_policy_destroy(car);
  return 0;
}
