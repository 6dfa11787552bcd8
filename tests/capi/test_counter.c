/* Carry-in controls and surveys of every call through the C API (issue 28):
 * seeds/002 (十二) the supervisor's inspection (驗訖) before the goods go back
 * and the receipt voided at the return; (十四) the repairs past their
 * promised date; (二十三) a survey card for every call of the day, the share
 * surveyed; (二十四) a complaint opened from a dissatisfied survey. */
#include "store_fixture.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

static as_call_intake tv_call(const char* serial, const char* centre, int64_t received) {
  as_call_intake in = tv_intake(serial, received);
  in.centre = centre;
  return in;
}

/* The coverage JSON's top-level members, exactly (its keys are sorted, the
 * rows' arrays come before them): "calls", "period", "share", "surveyed"
 * end the document; a row's "calls" never matches. */
static void check_coverage_totals(const char* json, const char* totals) {
  const size_t n = strlen(json), k = strlen(totals);
  if (n < k || strcmp(json + n - k, totals) != 0) {
    fprintf(stderr, "coverage %s does not end with %s\n", json, totals);
    exit(1);
  }
}

/* The member text `member` inside the month report's top-level object
 * `key` (pretty-printed: its members at four spaces, its end at "\n  }"). */
static void check_report_member(const char* json, const char* key, const char* member) {
  const char* start = strstr(json, key);
  const char* end = start ? strstr(start, "\n  }") : NULL;
  const char* found = start ? strstr(start, member) : NULL;
  if (start == NULL || end == NULL || found == NULL || found > end) {
    fprintf(stderr, "the report's %s lacks %s\n", key, member);
    exit(1);
  }
}

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  int64_t as_of;
  char a[AS_ID_SIZE], b[AS_ID_SIZE], c[AS_ID_SIZE], found[AS_ID_SIZE], receipt[32], number[32];
  char expected[256], survey_id[AS_ID_SIZE];
  const char* p;
  size_t needed = 0;
  char* json = NULL;
  as_call_intake in;

  fixture_open(&fx, "counter", NULL);
  store = fx.store;

  /* (十二): a carried-in repair, inspected by the supervisor, then returned. */
  in = tv_call("SN-A", NULL, test_sh(2025, 10, 6, 9, 0));
  CHECK_OK(as_store_register_call(store, &in, a, ERR));
  CHECK_OK(as_store_dispatch(store, a, "T01", test_sh(2025, 10, 6, 10, 0), ERR));
  CHECK_OK(as_store_arrive(store, a, test_sh(2025, 10, 6, 11, 0), ERR));
  CHECK_OK(as_store_carry_in(store, a, test_sh(2025, 10, 6, 12, 0), 20251010, receipt, sizeof receipt, &needed, ERR));
  CHECK(strcmp(receipt, "R-main-2510-00001") == 0);
  in = tv_call("SN-B", "east", test_sh(2025, 10, 7, 9, 0));
  CHECK_OK(as_store_register_call(store, &in, b, ERR));
  CHECK_OK(as_store_dispatch(store, b, "T02", test_sh(2025, 10, 7, 10, 0), ERR));
  CHECK_OK(as_store_arrive(store, b, test_sh(2025, 10, 7, 11, 0), ERR));
  CHECK_OK(as_store_carry_in(store, b, test_sh(2025, 10, 7, 12, 0), 20251009, NULL, 0, NULL, ERR));

  CHECK_ERR(as_store_return_inspected_goods(store, a, test_sh(2025, 10, 13, 10, 0), 1, ERR), AS_E_STATE, "inspected",
            "R-main-2510-00001");
  CHECK_ERR(as_store_inspect_repair(store, a, "S01", test_sh(2025, 10, 13, 9, 0), ERR), AS_E_INVALID_ARGUMENT,
            "supervisor", "S01");
  CHECK_OK(as_store_appoint_supervisor(store, "main", "S01", ERR));
  CHECK_OK(as_store_appoint_supervisor(store, "main", "T01", ERR));
  CHECK_ERR(as_store_inspect_repair(store, a, "T01", test_sh(2025, 10, 13, 9, 0), ERR), AS_E_INVALID_ARGUMENT,
            "supervisor", "own technician");
  CHECK_ERR(as_store_inspect_repair(store, a, "S01", test_sh(2025, 10, 6, 11, 0), ERR), AS_E_INVALID_ARGUMENT,
            "at_unix_s", "before");
  CHECK_ERR(as_store_inspect_repair(store, a, NULL, test_sh(2025, 10, 13, 9, 0), ERR), AS_E_INVALID_ARGUMENT,
            "supervisor", "NULL");
  CHECK_OK(as_store_inspect_repair(store, a, "S01", test_sh(2025, 10, 13, 9, 0), ERR));
  CHECK_ERR(as_store_inspect_repair(store, a, "S01", test_sh(2025, 10, 13, 9, 0), ERR), AS_E_STATE, "call",
            "already inspected");
  CHECK_OK(as_store_call_for_receipt(store, "R-main-2510-00001", found, ERR));
  CHECK(strcmp(found, a) == 0);

  /* (十四): on 10-12, both are past their promised dates; b the longer. */
  CHECK_OK(as_store_overdue_repairs_json(store, 20251012, NULL, &json, ERR));
  CHECK(strstr(json, "\"days_late\":3") != NULL); /* b: promised 10-09 */
  CHECK(strstr(json, "\"days_late\":2") != NULL); /* a: promised 10-10 */
  CHECK(strstr(json, "\"days_late\":3") < strstr(json, "\"days_late\":2"));
  CHECK(strstr(json, "\"inspected_by\":null") != NULL);
  as_free(json);
  CHECK_OK(as_store_overdue_repairs_json(store, 20251012, "main", &json, ERR));
  CHECK(strstr(json, "R-main-2510-00001") != NULL);
  CHECK(strstr(json, "R-main-2510-00002") == NULL);
  as_free(json);
  CHECK_ERR(as_store_overdue_repairs_json(store, 20251340, NULL, &json, ERR), AS_E_PARSE, "as_of_yyyymmdd", "20251340");

  /* The return voids the receipt: never used again. */
  CHECK_OK(as_store_return_inspected_goods(store, a, test_sh(2025, 10, 13, 10, 0), 1, ERR));
  CHECK_OK(as_store_carry_in_json(store, a, &json, ERR));
  CHECK(strstr(json, "\"inspected_by\":\"S01\"") != NULL);
  CHECK(strstr(json, "\"voided\":null") == NULL);
  as_free(json);
  CHECK_ERR(as_store_call_for_receipt(store, "R-main-2510-00001", found, ERR), AS_E_STATE, "receipt", "voided");
  CHECK_ERR(as_store_call_for_receipt(store, "R-main-2510-00099", found, ERR), AS_E_NOT_FOUND, "receipt", "R-main-2510-00099");
  CHECK_OK(as_store_overdue_repairs_json(store, 20251013, NULL, &json, ERR));
  CHECK(strstr(json, "R-main-2510-00001") == NULL);
  as_free(json);

  /* (二十三): a survey of a call not dispatched, with the customer's words. */
  in = tv_call("SN-C", NULL, test_sh(2025, 10, 7, 15, 0));
  CHECK_OK(as_store_register_call(store, &in, c, ERR));
  CHECK_ERR(as_store_record_survey_comment(store, c, 4, 4, 1, 4, "customer", "late\x01", test_sh(2025, 10, 8, 9, 0), ERR),
            AS_E_INVALID_ARGUMENT, "comment", "control");
  CHECK_OK(as_store_record_survey_comment(store, c, 4, 4, 1, 4, "customer", "nobody came", test_sh(2025, 10, 8, 9, 0), ERR));
  CHECK_OK(as_store_record_survey_comment(store, b, 3, 3, 3, 3, "customer", NULL, test_sh(2025, 10, 8, 9, 0), ERR));
  CHECK_OK(as_store_survey_json(store, c, &json, ERR));
  CHECK(strstr(json, "\"comment\":\"nobody came\"") != NULL);
  CHECK(strstr(json, "\"technician\":null") != NULL);
  as_free(json);
  CHECK_ERR(as_store_survey_json(store, a, &json, ERR), AS_E_NOT_FOUND, "survey", "no survey");

  /* The day 10-07: b (east) and c (main) received, both surveyed; the
   * month: a, b, c, two surveyed; as of 10-07 23:00 none. */
  CHECK_OK(as_store_survey_coverage_json(store, 20251007, 0, 0, NULL, &json, ERR));
  snprintf(expected, sizeof expected, "{\"as_of\":%lld,", (long long)fx.now);
  CHECK(strncmp(json, expected, strlen(expected)) == 0);
  check_coverage_totals(json, "],\"calls\":2,\"period\":\"2025-10-07\",\"share\":1.0,\"surveyed\":2}");
  as_free(json);
  CHECK_OK(as_store_survey_coverage_json(store, 0, 2025, 10, NULL, &json, ERR));
  check_coverage_totals(json, "],\"calls\":3,\"period\":\"2025-10\",\"share\":0.6666666666666666,\"surveyed\":2}");
  CHECK(strstr(json, "{\"calls\":2,\"key\":\"main\",\"share\":0.5,\"surveyed\":1}") != NULL);
  CHECK(strstr(json, "{\"calls\":1,\"key\":\"T01\",\"share\":0.0,\"surveyed\":0}") != NULL);
  as_free(json);
  as_of = test_sh(2025, 10, 7, 23, 0);
  CHECK_OK(as_store_survey_coverage_json(store, 0, 2025, 10, &as_of, &json, ERR));
  snprintf(expected, sizeof expected, "{\"as_of\":%lld,", (long long)as_of);
  CHECK(strncmp(json, expected, strlen(expected)) == 0);
  check_coverage_totals(json, "],\"calls\":3,\"period\":\"2025-10\",\"share\":0.0,\"surveyed\":0}");
  as_free(json);
  CHECK_ERR(as_store_survey_coverage_json(store, 0, 2025, 13, NULL, &json, ERR), AS_E_INVALID_ARGUMENT, "month", "13");
  CHECK_OK(as_store_unsurveyed_calls_json(store, 20251006, NULL, &json, ERR));
  CHECK(strstr(json, a) != NULL);
  as_free(json);
  CHECK_OK(as_store_unsurveyed_calls_json(store, 20251007, "main", &json, ERR));
  CHECK(strcmp(json, "[]") == 0);
  as_free(json);
  CHECK_OK(as_store_month_report_json(store, 2025, 10, NULL, &json, ERR));
  check_report_member(json, "\"survey_coverage\": {", "\n    \"calls\": 3,");
  check_report_member(json, "\"survey_coverage\": {", "\n    \"surveyed\": 2\n");
  check_report_member(json, "\"survey_coverage\": {", "\n    \"period\": \"2025-10\",");
  as_free(json);

  /* (二十四): the dissatisfied survey (arrival 1) opens a complaint, linked both ways. */
  CHECK_ERR(as_store_open_survey_complaint(store, b, test_sh(2025, 10, 8, 10, 0), number, sizeof number, NULL, ERR),
            AS_E_STATE, "survey", "not dissatisfied");
  CHECK_OK(as_store_open_survey_complaint(store, c, test_sh(2025, 10, 8, 10, 0), number, sizeof number, &needed, ERR));
  CHECK(strcmp(number, "2510-01") == 0);
  CHECK_EQ_I64(needed, 8);
  CHECK_ERR(as_store_open_survey_complaint(store, c, test_sh(2025, 10, 8, 11, 0), number, sizeof number, NULL, ERR),
            AS_E_STATE, "survey", "2510-01");
  CHECK_OK(as_store_survey_json(store, c, &json, ERR));
  CHECK(strstr(json, "\"complaint\":\"2510-01\"") != NULL);
  p = strstr(json, "\"id\":\"");
  CHECK(p != NULL && strlen(p) > 6 + AS_ID_SIZE);
  memcpy(survey_id, p + 6, AS_ID_SIZE - 1);
  survey_id[AS_ID_SIZE - 1] = '\0';
  as_free(json);
  /* The only complaint's survey_id column is c's survey. */
  CHECK_OK(as_store_complaints_json(store, NULL, NULL, &json, ERR));
  snprintf(expected, sizeof expected, "\"survey_id\":[\"%s\"]", survey_id);
  CHECK_STR_CONTAINS(json, expected);
  as_free(json);

  fixture_close(&fx);
  puts("capi counter: ok");
  return 0;
}
