/* The month's complaint statistics through the C ABI (issue 29): the
 * monthly report's JSON is the C++ report's text, so C callers read the
 * open and overdue improvements (seeds/002 (七)3(5), (九)10), the customers
 * not visited or not told (家電 (二十八), (二十六)) and the administrative
 * penalties in "complaint_statistics". Plain C99. */
#include "store_fixture.h"

#include <string.h>

/* The text of `json` from member `from` up to member `to`, copied into out. */
static void between(const char* json, const char* from, const char* to, char* out, size_t cap) {
  const char* a = strstr(json, from);
  const char* b = a ? strstr(a, to) : NULL;
  CHECK(a != NULL && b != NULL && (size_t)(b - a) < cap);
  memcpy(out, a, (size_t)(b - a));
  out[b - a] = '\0';
}

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  as_complaint_intake ci = AS_COMPLAINT_INTAKE_INIT;
  as_complaint* c = NULL;
  as_complaint_info info = AS_COMPLAINT_INFO_INIT;
  as_improvement_intake im = AS_IMPROVEMENT_INTAKE_INIT;
  char open_number[16], closed_number[16], first[AS_ID_SIZE], second[AS_ID_SIZE];
  char part[4096];
  char* json = NULL;
  int64_t as_of = 0;

  fixture_open(&fx, "complaint_statistics", NULL);
  store = fx.store;
  ci.received_unix_s = test_sh(2025, 10, 9, 10, 0);
  CHECK_OK(as_store_open_complaint(store, &ci, &c, ERR));
  CHECK_OK(as_complaint_describe(c, &info, ERR));
  snprintf(open_number, sizeof open_number, "%s", info.number);
  as_complaint_destroy(c);
  /* A complaint closed in October (found invalid): nobody told or visited. */
  ci.received_unix_s = test_sh(2025, 10, 13, 10, 0);
  CHECK_OK(as_store_open_complaint(store, &ci, &c, ERR));
  CHECK_OK(as_complaint_describe(c, &info, ERR));
  snprintf(closed_number, sizeof closed_number, "%s", info.number);
  as_complaint_destroy(c);
  CHECK_OK(as_store_close_complaint_invalid(store, closed_number, test_sh(2025, 10, 14, 10, 0), "not our product", &c,
                                            ERR));
  as_complaint_destroy(c);
  im.action = "torque check on line 3 every shift";
  im.owner = "manufacturing";
  im.due_yyyymmdd = 20251031;
  im.opened_unix_s = test_sh(2025, 10, 14, 9, 0);
  CHECK_OK(as_store_open_improvement(store, open_number, &im, first, ERR));
  im.due_yyyymmdd = 20251115;
  CHECK_OK(as_store_open_improvement(store, open_number, &im, second, ERR));

  /* October as of 11-01 00:00 (the default): both open, the first overdue. */
  CHECK_OK(as_store_month_report_json(store, 2025, 10, NULL, &json, ERR));
  between(json, "\"open_improvements\"", "\"overdue_improvements\"", part, sizeof part);
  CHECK_STR_CONTAINS(part, first);
  CHECK_STR_CONTAINS(part, second);
  between(json, "\"overdue_improvements\"", "\"responsibility\"", part, sizeof part);
  CHECK_STR_CONTAINS(part, first);
  CHECK(strstr(part, second) == NULL);
  CHECK_STR_CONTAINS(part, "\"due\": \"2025-10-31\"");
  between(json, "\"unnotified\"", "\"unvisited\"", part, sizeof part);
  CHECK_STR_CONTAINS(part, closed_number);
  CHECK(strstr(part, open_number) == NULL);
  CHECK_STR_CONTAINS(json, "\"admin_penalties\": []");
  as_free(json);
  /* As of 10-20 12:00 nothing was overdue. */
  as_of = test_sh(2025, 10, 20, 12, 0);
  CHECK_OK(as_store_month_report_json(store, 2025, 10, &as_of, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"overdue_improvements\": []");
  as_free(json);

  fixture_close(&fx);
  puts("capi complaint_statistics: ok");
  return 0;
}
