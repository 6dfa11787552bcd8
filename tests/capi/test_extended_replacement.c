/* as_warranty_remedy: the extended warranty's new unit for a unit that
 * cannot be repaired (issue 27; seeds/002_43204c733be88d37.txt part 3, line
 * 208: dui yu wu fa wei xiu de dian qi, chang jia jiang zhi jie geng huan xin
 * ji -- an appliance that cannot be repaired is replaced with a new one),
 * as_fault_facts.unrepairable and AS_REMEDY_REPLACEMENT. */
#include "check.h"

#include <stddef.h>

static char rule[1024];

static as_remedy remedy(const as_warranty_policy* p, const as_unit_facts* u, const as_fault_facts* f,
                        const as_extended_warranty* ext, size_t n_ext) {
  as_remedy r = AS_REMEDY_INIT;
  CHECK_OK(as_warranty_remedy(p, u, f, ext, n_ext, &r, rule, sizeof rule, NULL, NULL, ERR));
  CHECK(r.options != 0);
  return r;
}

/* Seed 002 part 3: under the extended warranty, a new unit. */
static void test_replacement(const as_warranty_policy* p) {
  as_unit_facts tv = AS_UNIT_FACTS_INIT;
  as_fault_facts f = AS_FAULT_FACTS_INIT;
  as_extended_warranty ew = AS_EXTENDED_WARRANTY_INIT;
  as_remedy r;
  char* trail = NULL;
  CHECK_EQ_I64(AS_REMEDY_REPLACEMENT, 0x8);
  CHECK_EQ_I64(f.unrepairable, 0); /* the default: a unit that can be repaired */
  CHECK_EQ_I64(f.reserved1, 0);
  tv.product = "colour_tv";
  tv.purchased_yyyymmdd = 20250110; /* maker's year to 2026-01-10, ew-1 to 2028-01-10 */
  ew.id = "ew-1";
  ew.years = 2;
  f.fault_on_yyyymmdd = 20260601;
  f.has_price = 1;
  f.price_fen = 600000;

  r = remedy(p, &tv, &f, &ew, 1);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR); /* repairable: repaired */

  f.unrepairable = 1;
  r = remedy(p, &tv, &f, &ew, 1);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPLACEMENT);
  CHECK_EQ_I64(r.free_of_charge, 1);
  CHECK_EQ_I64(r.has_refund, 0); /* a new unit, not money */
  CHECK_STR_CONTAINS(rule, "extended warranty ew-1: the unit cannot be repaired: replacement with a new unit");
  CHECK_STR_CONTAINS(rule, "seeds/002");
  CHECK_OK(as_warranty_remedy(p, &tv, &f, &ew, 1, &r, NULL, 0, NULL, &trail, ERR));
  CHECK(trail != NULL && strstr(trail, "decided: extended warranty ew-1") != NULL);
  as_free(trail);

  /* Past the extended warranty: paid repair. */
  f.fault_on_yyyymmdd = 20280111;
  r = remedy(p, &tv, &f, &ew, 1);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);
  CHECK_EQ_I64(r.free_of_charge, 0);

  /* Within the maker's year the 1995 terms decide: day 3, the 7-day window. */
  f.fault_on_yyyymmdd = 20250113;
  r = remedy(p, &tv, &f, &ew, 1);
  CHECK_EQ_I64(r.options, AS_REMEDY_RETURN | AS_REMEDY_EXCHANGE | AS_REMEDY_REPAIR);
}

/* A caller built before the field: its struct ends at reserved0, and what
 * lies beyond is never read. */
static void test_older_caller(const as_warranty_policy* p) {
  struct {
    as_fault_facts f;
    char tail[16];
  } older;
  as_unit_facts tv = AS_UNIT_FACTS_INIT;
  as_extended_warranty ew = AS_EXTENDED_WARRANTY_INIT;
  as_remedy r;
  as_fault_facts g = AS_FAULT_FACTS_INIT;
  tv.product = "colour_tv";
  tv.purchased_yyyymmdd = 20250110;
  ew.id = "ew-1";
  ew.years = 2;
  memset(&older, 0, sizeof older);
  older.f = g;
  older.f.size = offsetof(as_fault_facts, unrepairable);
  older.f.fault_on_yyyymmdd = 20260601;
  older.f.unrepairable = 1; /* past its size: not read */
  older.f.reserved1 = 9;    /* past its size: not read */
  r = remedy(p, &tv, &older.f, &ew, 1);
  CHECK_EQ_I64(r.options, AS_REMEDY_REPAIR);

  g.fault_on_yyyymmdd = 20260601;
  g.reserved1 = 9;
  CHECK_ERR(as_warranty_remedy(p, &tv, &g, &ew, 1, &r, NULL, 0, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "fault.reserved1", "9");
}

int main(void) {
  as_warranty_policy* p = NULL;
  CHECK_OK(as_warranty_policy_preset("sanbao", NULL, &p, ERR));
  test_replacement(p);
  test_older_caller(p);
  as_warranty_policy_destroy(p);
  check_reset_();
  puts("capi extended replacement: ok");
  return 0;
}
