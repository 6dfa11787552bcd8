/* The C functions of 0.2.0 keep their meaning beside issue 28's (the
 * header's Stability block: "A changed behaviour gets a new function"):
 *   as_store_record_survey takes only a call completed by a visit, not
 *   before its completion; as_store_record_survey_comment takes any call
 *   (seeds/002 (二十三): a card for every call of the day).
 *   as_store_return_goods (deprecated) returns the goods uninspected;
 *   as_store_return_inspected_goods applies service.inspection_before_return
 *   (seeds/002 (十二): the supervisor's 驗訖 first, default true).
 *   as_store_record_labour / _part refuse a call billed by
 *   as_store_bill_call (only a program that bills meets it).
 * China calendar, Beijing times, October 2025. */
#include "store_fixture.h"

#include <stdio.h>
#include <string.h>

/* Dispatched to T01 at 10:00 and reached at 11:00 on 2025-10-09. */
static void reach(as_store* store, const char* id) {
  CHECK_OK(as_store_dispatch(store, id, "T01", test_sh(2025, 10, 9, 10, 0), ERR));
  CHECK_OK(as_store_arrive(store, id, test_sh(2025, 10, 9, 11, 0), ERR));
}

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  const int64_t received = test_sh(2025, 10, 9, 9, 0);
  char on_site[AS_ID_SIZE], done[AS_ID_SIZE], waiting[AS_ID_SIZE], phoned[AS_ID_SIZE];
  char uninspected[AS_ID_SIZE], inspected[AS_ID_SIZE], billed[AS_ID_SIZE];
  char* json = NULL;

  fixture_open(&fx, "meanings", NULL);
  store = fx.store;

  /* Surveys. A call on site, one waiting for its dispatch and one solved by
   * phone are not completed by a visit: as_store_record_survey refuses
   * them as 0.2.0 did; as_store_record_survey_comment takes them. */
  register_tv(store, "ON-SITE", received, on_site);
  reach(store, on_site);
  register_tv(store, "WAITING", received, waiting);
  register_tv(store, "PHONED", received, phoned);
  CHECK_OK(as_store_resolve_remotely(store, phoned, "T02", AS_REMOTE_PHONE, test_sh(2025, 10, 9, 9, 30),
                                     test_sh(2025, 10, 9, 10, 0), ERR));
  CHECK_ERR(as_store_record_survey(store, on_site, 4, 4, 4, 4, "customer", test_sh(2025, 10, 9, 12, 0), ERR),
            AS_E_STATE, "call", "on_site: a survey by as_store_record_survey needs it completed by a visit");
  CHECK_ERR(as_store_record_survey(store, waiting, 4, 4, 4, 4, "customer", test_sh(2025, 10, 9, 12, 0), ERR),
            AS_E_STATE, "call", "completed");
  CHECK_ERR(as_store_record_survey(store, phoned, 4, 4, 4, 4, "customer", test_sh(2025, 10, 9, 12, 0), ERR),
            AS_E_STATE, "call", "completed by a visit");
  CHECK_OK(as_store_record_survey_comment(store, on_site, 4, 4, 4, 4, "customer", NULL, test_sh(2025, 10, 9, 12, 0),
                                          ERR));
  CHECK_OK(as_store_record_survey_comment(store, waiting, 2, 3, 1, 2, "customer", "nobody came",
                                          test_sh(2025, 10, 9, 12, 0), ERR));
  CHECK_OK(as_store_record_survey_comment(store, phoned, 4, 4, 4, 4, "customer", NULL, test_sh(2025, 10, 9, 12, 0),
                                          ERR));

  /* A completed call: not before its completion (0.2.0), then once. */
  register_tv(store, "DONE", received, done);
  reach(store, done);
  CHECK_OK(as_store_complete_on_site(store, done, test_sh(2025, 10, 9, 14, 0), 1, ERR));
  CHECK_ERR(as_store_record_survey(store, done, 4, 4, 3, 4, "customer", test_sh(2025, 10, 9, 13, 0), ERR),
            AS_E_INVALID_ARGUMENT, "at_unix_s", "completed");
  CHECK_ERR(as_store_record_survey(store, done, 4, 4, 3, 4, "T01", test_sh(2025, 10, 9, 15, 0), ERR),
            AS_E_INVALID_ARGUMENT, "respondent", "own technician");
  CHECK_OK(as_store_record_survey(store, done, 4, 4, 3, 4, "customer", test_sh(2025, 10, 9, 15, 0), ERR));
  CHECK_ERR(as_store_record_survey(store, done, 4, 4, 3, 4, "customer", test_sh(2025, 10, 9, 15, 0), ERR),
            AS_E_STATE, "call", "already has its survey");
  CHECK_OK(as_store_survey_json(store, done, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"technician\":\"T01\""); /* 0.2.0's surveys always rate a technician */
  as_free(json);
  CHECK_OK(as_store_survey_json(store, waiting, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"technician\":null"); /* only issue 28's function makes these */
  as_free(json);

  /* Returns. Uninspected goods: the new function refuses them under the
   * default policy; the deprecated one returns them, as 0.2.0 did. */
  register_tv(store, "UNINSPECTED", received, uninspected);
  reach(store, uninspected);
  CHECK_OK(as_store_carry_in(store, uninspected, test_sh(2025, 10, 9, 12, 0), 20251015, NULL, 0, NULL, ERR));
  CHECK_ERR(as_store_return_inspected_goods(store, uninspected, test_sh(2025, 10, 14, 10, 0), 1, ERR), AS_E_STATE,
            "inspected", "supervisor");
  CHECK_OK(as_store_return_goods(store, uninspected, test_sh(2025, 10, 14, 10, 0), 1, ERR));
  CHECK_OK(as_store_carry_in_json(store, uninspected, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"inspected_by\":null");
  CHECK_STR_CONTAINS(json, "\"signed_off\":true");
  CHECK(strstr(json, "\"returned\":null") == NULL);
  as_free(json);
  CHECK_ERR(as_store_return_goods(store, uninspected, test_sh(2025, 10, 14, 11, 0), 1, ERR), AS_E_STATE, "call",
            "carried in");
  CHECK_ERR(as_store_return_inspected_goods(store, on_site, test_sh(2025, 10, 14, 11, 0), 1, ERR), AS_E_STATE,
            "call", "carried in");
  /* Inspected goods: the new function returns them, not before the inspection. */
  register_tv(store, "INSPECTED", received, inspected);
  reach(store, inspected);
  CHECK_OK(as_store_carry_in(store, inspected, test_sh(2025, 10, 9, 12, 0), 20251015, NULL, 0, NULL, ERR));
  CHECK_OK(as_store_appoint_supervisor(store, "main", "S01", ERR));
  CHECK_OK(as_store_inspect_repair(store, inspected, "S01", test_sh(2025, 10, 14, 9, 0), ERR));
  CHECK_ERR(as_store_return_inspected_goods(store, inspected, test_sh(2025, 10, 14, 8, 0), 1, ERR),
            AS_E_INVALID_ARGUMENT, "at_unix_s", "inspected");
  CHECK_OK(as_store_return_inspected_goods(store, inspected, test_sh(2025, 10, 14, 10, 0), 0, ERR));
  CHECK_OK(as_store_carry_in_json(store, inspected, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"inspected_by\":\"S01\"");
  CHECK_STR_CONTAINS(json, "\"signed_off\":false");
  as_free(json);

  /* Lines on a billed call: refused, only after as_store_bill_call. */
  register_tv(store, "BILLED", received, billed);
  reach(store, billed);
  CHECK_OK(as_store_record_part(store, billed, "fuse", 1, 500, ERR));
  CHECK_OK(as_store_complete_on_site(store, billed, test_sh(2025, 10, 9, 12, 0), 1, ERR));
  CHECK_OK(as_store_record_labour(store, billed, "T01", 20251009, 1800, "fuse replaced", ERR));
  CHECK_OK(as_store_bill_call(store, billed, test_sh(2025, 10, 9, 13, 0), &json, ERR));
  as_free(json);
  CHECK_ERR(as_store_record_part(store, billed, "screw", 1, 10, ERR), AS_E_STATE, "call", "is billed");
  CHECK_ERR(as_store_record_labour(store, billed, "T01", 20251009, 600, NULL, ERR), AS_E_STATE, "call", "is billed");

  fixture_close(&fx);
  puts("capi meanings: ok");
  return 0;
}
