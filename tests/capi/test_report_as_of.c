/* as_store_month_report_json as of an instant (RULES.md section 6 KPIs):
 * first-time fixes as the calls stood then (a revisit received later has
 * not happened) and the first-response and on-site times, which section 6
 * names without defining: received -> dispatched and arrived -> completed on
 * site, wall time, means over the month's calls as of the instant. China
 * calendar, Beijing times. */
#include "check.h"

#include <stdio.h>
#include <unistd.h>

static int64_t fixed_now(void* context) { return *(const int64_t*)context; }

static void visit(as_store* store, const char* serial, int64_t received, int64_t to_dispatch, int64_t arrived,
                  int64_t completed) {
  as_call_intake in = AS_CALL_INTAKE_INIT;
  char id[AS_ID_SIZE];
  in.customer = "Wang Fang";
  in.phone = "13800000001";
  in.address = "1 Renmin Road";
  in.zone = "urban";
  in.product = "colour_tv";
  in.serial = serial;
  in.purchased_yyyymmdd = 20250301;
  in.received_unix_s = received;
  CHECK_OK(as_store_register_call(store, &in, id, ERR));
  CHECK_OK(as_store_dispatch(store, id, "T01", received + to_dispatch, ERR));
  CHECK_OK(as_store_arrive(store, id, arrived, ERR));
  CHECK_OK(as_store_complete_on_site(store, id, completed, 1, ERR));
}

int main(void) {
  as_calendar* cal = NULL;
  as_policy* policy = NULL;
  as_store* store = NULL;
  as_store_options options = AS_STORE_OPTIONS_INIT;
  int64_t now = test_sh(2025, 11, 20, 12, 0), as_of;
  char path[256];
  char* json = NULL;

  snprintf(path, sizeof path, "/tmp/aftersales_capi_report_as_of_%ld.db", (long)getpid());
  remove_store(path);
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_policy_default(cal, &policy, ERR));
  options.clock = fixed_now;
  options.clock_context = &now;
  CHECK_OK(as_store_open(path, policy, &options, &store, ERR));
  /* A: dispatched after 10 min, on site 16:00-18:00; unit A called again on
   * 10-27 (within 30 days): A was no first-time fix, once that call came. */
  visit(store, "A", test_sh(2025, 10, 9, 10, 0), 600, test_sh(2025, 10, 9, 16, 0), test_sh(2025, 10, 9, 18, 0));
  visit(store, "A", test_sh(2025, 10, 27, 9, 0), 1200, test_sh(2025, 10, 27, 10, 0), test_sh(2025, 10, 27, 11, 0));

  as_of = test_sh(2025, 10, 20, 12, 0); /* before the revisit */
  CHECK_OK(as_store_month_report_json(store, 2025, 10, &as_of, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"first_time_fixed\": 1");
  CHECK_STR_CONTAINS(json, "\"responded\": 1");
  CHECK_STR_CONTAINS(json, "\"mean_first_response_s\": 600");
  CHECK_STR_CONTAINS(json, "\"completed_on_site\": 1");
  CHECK_STR_CONTAINS(json, "\"mean_on_site_s\": 7200");
  as_free(json);
  CHECK_OK(as_store_month_report_json(store, 2025, 10, NULL, &json, ERR)); /* as of the month's end */
  CHECK_STR_CONTAINS(json, "\"first_time_fixed\": 1");                    /* the revisit, not A */
  CHECK_STR_CONTAINS(json, "\"mean_first_response_s\": 900");             /* (600 + 1200) / 2 */
  CHECK_STR_CONTAINS(json, "\"mean_on_site_s\": 5400");                   /* (2 h + 1 h) / 2 */
  as_free(json);
  as_of = test_sh(2025, 10, 9, 10, 5); /* nothing dispatched yet */
  CHECK_OK(as_store_month_report_json(store, 2025, 10, &as_of, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"mean_first_response_s\": null");
  CHECK_STR_CONTAINS(json, "\"mean_on_site_s\": null");
  as_free(json);

  as_store_close(store);
  remove_store(path);
  as_policy_destroy(policy);
  as_calendar_destroy(cal);
  return 0;
}
