/* Calls solved by phone or remotely (issue 28; seeds 003 2.2 遠程協助,
 * 001 电话技术服务) through the C API: no dispatch, out of the queue, judged
 * against dispatch.remote (default first contact 1 working hour, resolution
 * 4: the company's choice) and counted apart in the month's report. China
 * calendar, Beijing times: Thursday 2025-10-09 10:00, first contact due
 * 11:00, resolution due 15:00. */
#include "store_fixture.h"

#include <stdio.h>
#include <string.h>

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  const int64_t received = test_sh(2025, 10, 9, 10, 0);
  char a[AS_ID_SIZE], b[AS_ID_SIZE], c[AS_ID_SIZE];
  char ids[4 * AS_ID_SIZE];
  size_t n = 0;
  char* json = NULL;

  fixture_open(&fx, "remote", NULL);
  store = fx.store;
  register_tv(store, "A", received, a);
  register_tv(store, "B", received, b);
  register_tv(store, "C", received, c);

  /* Refusals name the C arguments; nothing is written. */
  CHECK_ERR(as_store_resolve_remotely(store, a, "T1", 2, received + 600, received + 3600, ERR),
            AS_E_INVALID_ARGUMENT, "how", "2 is not a remote method (0 phone, 1 remote");
  CHECK_ERR(as_store_resolve_remotely(store, a, "T1", AS_REMOTE_PHONE, received - 60, received + 3600, ERR),
            AS_E_INVALID_ARGUMENT, "first_response_unix_s", "before");
  CHECK_ERR(as_store_resolve_remotely(store, a, "T1", AS_REMOTE_PHONE, received + 600, received + 300, ERR),
            AS_E_INVALID_ARGUMENT, "resolved_unix_s", "before the first response");
  CHECK_ERR(as_store_record_remote_attempt(store, a, "T1", AS_REMOTE_PHONE, fx.now + 60, ERR), AS_E_INVALID_ARGUMENT,
            "at_unix_s", "in the future");
  CHECK_OK(as_store_remote_contact_json(store, a, &json, ERR));
  CHECK(strcmp(json, "null") == 0);
  as_free(json);

  /* A: by phone, contact 10:40, solved 14:30: remote_met. */
  CHECK_OK(as_store_resolve_remotely(store, a, "T1", AS_REMOTE_PHONE, received + 2400, test_sh(2025, 10, 9, 14, 30), ERR));
  /* B: remote session, contact 11:30 (late): remote_breached. */
  CHECK_OK(as_store_resolve_remotely(store, b, "T1", AS_REMOTE_SESSION, test_sh(2025, 10, 9, 11, 30),
                                     test_sh(2025, 10, 9, 13, 0), ERR));
  /* C: a phone attempt at 10:20 fails; visited: arrived 15:00 (due 17:00). */
  CHECK_OK(as_store_record_remote_attempt(store, c, "T1", AS_REMOTE_PHONE, received + 1200, ERR));
  CHECK_OK(as_store_queue(store, test_sh(2025, 10, 9, 15, 0), ids, 4, &n, ERR));
  CHECK(n == 1 && strcmp(ids, c) == 0); /* A and B solved: out of the queue */
  CHECK_OK(as_store_dispatch(store, c, "T2", test_sh(2025, 10, 9, 11, 0), ERR));
  CHECK_OK(as_store_arrive(store, c, test_sh(2025, 10, 9, 15, 0), ERR));
  CHECK_ERR(as_store_dispatch(store, a, "T2", test_sh(2025, 10, 9, 15, 0), ERR), AS_E_STATE, "call",
            "resolved remotely");
  CHECK_ERR(as_store_resolve_remotely(store, c, "T1", AS_REMOTE_PHONE, received + 600, received + 3600, ERR),
            AS_E_STATE, "call", "dispatched");

  CHECK_OK(as_store_remote_contact_json(store, b, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"how\": \"remote\"");
  CHECK_STR_CONTAINS(json, "\"technician\": \"T1\"");
  as_free(json);
  CHECK_OK(as_store_remote_contact_json(store, c, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"resolved\": null");
  as_free(json);

  CHECK_OK(as_store_month_report_json(store, 2025, 10, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"remote\": 2");
  CHECK_STR_CONTAINS(json, "\"remote_met\": 1");
  CHECK_STR_CONTAINS(json, "\"remote_breached\": 1");
  CHECK_STR_CONTAINS(json, "\"remote_resolved\": 2");
  /* First response: A 40 min, B 90 min, C the phone contact 20 min: 50 min. */
  CHECK_STR_CONTAINS(json, "\"mean_first_response_s\": 3000");
  CHECK_STR_CONTAINS(json, "\"compliance\": 1.0"); /* C met; A and B are not visits */
  as_free(json);

  fixture_close(&fx);
  return 0;
}
