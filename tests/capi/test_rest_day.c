/* The rest-day extension per period kind, chosen in the warranty policy
 * document ("rest_day_extension"): Civil Code art. 203 moves a period's last
 * day off a rest day; art. 204 lets the parties provide otherwise (issue 27).
 * C reads the choice from the document: no function of its own. */
#include "check.h"

static char rule[512];

static as_warranty_policy* policy(const char* json, const as_calendar* cal) {
  as_warranty_policy* p = NULL;
  CHECK_OK(as_warranty_policy_from_json(json, cal, &p, ERR));
  return p;
}

static as_coverage cover(const as_warranty_policy* p, int32_t purchased, int32_t on) {
  as_unit_facts u = AS_UNIT_FACTS_INIT;
  as_coverage c = AS_COVERAGE_INIT;
  u.product = "colour_tv";
  u.purchased_yyyymmdd = purchased;
  CHECK_OK(as_warranty_coverage(p, &u, on, NULL, NULL, NULL, 0, &c, rule, sizeof rule, NULL, ERR));
  return c;
}

int main(void) {
  as_calendar* cn = NULL;
  as_warranty_policy* on = NULL;
  as_warranty_policy* off = NULL;
  as_warranty_policy* bad = NULL;
  as_coverage c;
  char* json = NULL;
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cn, ERR));

  /* Bought 2025-01-10: the whole-unit year ends Saturday 2026-01-10. By
   * default it is extended to Monday the 12th. */
  on = policy("{\"warranty\": {}}", cn);
  c = cover(on, 20250110, 20260112);
  CHECK_EQ_I64(c.covered, 1);
  CHECK_EQ_I64(c.until_yyyymmdd, 20260112);

  /* Turned off for whole-unit terms: the Saturday stands. */
  off = policy("{\"warranty\": {\"rest_day_extension\": {\"whole_unit\": false}}}", cn);
  c = cover(off, 20250110, 20260112);
  CHECK_EQ_I64(c.covered, 0);
  CHECK_EQ_I64(c.until_yyyymmdd, 20260110);
  CHECK_STR_CONTAINS(rule, "warranty.rest_day_extension.whole_unit = false");
  CHECK_OK(as_warranty_policy_to_json(off, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"whole_unit\": false");
  as_free(json);

  /* A kind the document does not know, a value not a boolean. */
  CHECK_ERR(as_warranty_policy_from_json("{\"warranty\": {\"rest_day_extension\": {\"weekend\": true}}}", cn, &bad, ERR),
            AS_E_PARSE, "warranty.rest_day_extension.weekend", "weekend");
  CHECK_ERR(as_warranty_policy_from_json("{\"warranty\": {\"rest_day_extension\": {\"return\": 0}}}", cn, &bad, ERR),
            AS_E_PARSE, "warranty.rest_day_extension.return", "true or false");
  CHECK(bad == NULL);

  as_warranty_policy_destroy(off);
  as_warranty_policy_destroy(on);
  as_calendar_destroy(cn);
  return 0;
}
