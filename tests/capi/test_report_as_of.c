/* as_store_month_report_json as of an instant (RULES.md section 6 KPIs):
 * first-time fixes as the calls stood then (a revisit received later has
 * not happened) and the first-response and on-site times, which section 6
 * names without defining: received -> dispatched and arrived -> completed on
 * site, wall time, means over the month's calls as of the instant. China
 * calendar, Beijing times. */
#include "store_fixture.h"

static void visit(as_store* store, const char* serial, int64_t received, int64_t to_dispatch, int64_t arrived,
                  int64_t completed) {
  char id[AS_ID_SIZE];
  register_tv(store, serial, received, id);
  CHECK_OK(as_store_dispatch(store, id, "T01", received + to_dispatch, ERR));
  CHECK_OK(as_store_arrive(store, id, arrived, ERR));
  CHECK_OK(as_store_complete_on_site(store, id, completed, 1, ERR));
}

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  int64_t as_of;
  char* json = NULL;

  fixture_open(&fx, "report_as_of", NULL);
  store = fx.store;
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

  fixture_close(&fx);
  return 0;
}
