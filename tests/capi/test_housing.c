/* Housing guarantees through the C API: the two dates at intake
 * (purchased_yyyymmdd = completion acceptance, delivered_yyyymmdd =
 * handover), the later of the owner's guarantee (1998 art. 5; 商品房销售管理办法
 * art. 33, from handover) and the contractor's (建设工程质量管理条例 art. 40,
 * from completion acceptance), the design service life and the repairer as
 * trailing fields of as_unit_facts. */
#include "check.h"

#include <stddef.h>

static char rule[1024];

static as_coverage cover(const as_warranty_policy* p, const as_unit_facts* u, int32_t on, const char* part) {
  as_coverage c = AS_COVERAGE_INIT;
  CHECK_OK(as_warranty_coverage(p, u, on, part, NULL, NULL, 0, &c, rule, sizeof rule, NULL, ERR));
  return c;
}

static as_unit_facts home(int32_t completed, int32_t handover) {
  as_unit_facts u = AS_UNIT_FACTS_INIT;
  u.product = "housing";
  u.purchased_yyyymmdd = completed;
  u.delivered_yyyymmdd = handover;
  return u;
}

int main(void) {
  as_warranty_policy* p = NULL;
  as_unit_facts u = home(20200630, 20200901);
  as_coverage c = AS_COVERAGE_INIT;
  CHECK_OK(as_warranty_policy_preset("housing", NULL, &p, ERR));

  /* Roof: the contractor's 5 years (art. 40(二)) outlast the owner's 3 (1998 art. 5). */
  c = cover(p, &u, 20250630, "roof_waterproofing");
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20250630);
  CHECK_EQ_I64(c.term, AS_TERM_COMPONENT);
  CHECK_STR_CONTAINS(rule, "the contractor's (商品房销售管理办法 art. 33), until 2025-06-30");
  CHECK_EQ_I64(cover(p, &u, 20250701, "roof_waterproofing").covered, 0);

  /* Handed over years after acceptance: the owner's 3 years from handover (1998 art. 5). */
  u = home(20180110, 20220301);
  c = cover(p, &u, 20250301, "roof_waterproofing");
  CHECK_EQ_I64(c.until_yyyymmdd, 20250301);
  CHECK_STR_CONTAINS(rule, "the owner's (商品房销售管理办法 art. 33), until 2025-03-01");
  /* Blocked pipes: 2 months from handover (1998 art. 5). */
  CHECK_EQ_I64(cover(p, &u, 20220401, "pipe_blockage").until_yyyymmdd, 20220501);

  /* Handover is required (art. 33: from delivery) and named by its C field. */
  u.delivered_yyyymmdd = 0;
  CHECK_ERR(as_warranty_coverage(p, &u, 20220401, "pipe_blockage", NULL, NULL, 0, &c, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "unit.delivered_yyyymmdd", "handover");
  u.delivered_yyyymmdd = 20220301;

  /* The design service life: no number in the law, so an input (条例 art. 40(一)). */
  CHECK_ERR(as_warranty_coverage(p, &u, 20220401, "foundation_structure", NULL, NULL, 0, &c, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "unit.design_life_years", "the law gives no number");
  u.design_life_years = 50;
  CHECK_EQ_I64(cover(p, &u, 20720301, "foundation_structure").until_yyyymmdd, 20720301);
  u.design_life_years = 101;
  CHECK_ERR(as_warranty_coverage(p, &u, 20220401, "foundation_structure", NULL, NULL, 0, &c, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "unit.design_life_years", "101");
  u.design_life_years = 0;

  /* The repairer the 住宅质量保证书 names (1998 art. 4), at the end of the rule. */
  u.repairer = "Hengsheng Property";
  c = cover(p, &u, 20220401, "pipe_blockage");
  CHECK_STR_CONTAINS(rule, "; repairer: Hengsheng Property");
  u.repairer = NULL;
  u.reserved1 = 1;
  CHECK_ERR(as_warranty_coverage(p, &u, 20220401, "pipe_blockage", NULL, NULL, 0, &c, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "unit.reserved1", "reserved");
  u.reserved1 = 0;

  /* No whole-unit term: a part must be named (1998 art. 5). */
  CHECK_ERR(as_warranty_coverage(p, &u, 20220401, NULL, NULL, NULL, 0, &c, NULL, 0, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "component", "name the part");

  /* A caller built against the struct before the housing fields: read at its
   * size, they get their defaults (no repairer, no design life). */
  {
    as_unit_facts old = home(20200630, 20200901);
    old.size = offsetof(as_unit_facts, repairer);
    old.repairer = "not read";
    c = cover(p, &old, 20250630, "roof_waterproofing");
    CHECK_EQ_I64(c.until_yyyymmdd, 20250630);
    CHECK(strstr(rule, "repairer") == NULL);
  }
  as_warranty_policy_destroy(p);
  check_reset_();
  puts("capi housing: ok");
  return 0;
}
