/* Integer extremes through every function that takes an instant, a date, a
 * count or a duration: each must fail cleanly with AS_E_OUT_OF_RANGE (or
 * AS_E_INVALID_ARGUMENT), never crash, never return a made-up answer. */
#include "check.h"

#include <stdint.h>

static const int64_t instants[] = {INT64_MIN, INT64_MIN + 1, -86400 * 2, INT64_MAX - 1, INT64_MAX};

static void calendar_extremes(const as_calendar* cal) {
  size_t i;
  int64_t t = 42;
  int32_t d = 42;
  const int64_t fri = test_sh(2025, 9, 26, 16, 0);

  for (i = 0; i < sizeof instants / sizeof instants[0]; ++i) {
    const int64_t x = instants[i];
    CHECK_ERR(as_calendar_add(cal, x, 1, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
    CHECK_ERR(as_calendar_add(cal, x, 0, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
    CHECK_ERR(as_calendar_between(cal, x, fri, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
    CHECK_ERR(as_calendar_between(cal, fri, x, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
    CHECK_ERR(as_calendar_is_working(cal, x, &d, ERR), AS_E_OUT_OF_RANGE, "", "");
    CHECK_ERR(as_calendar_next_working(cal, x, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
    CHECK_ERR(as_calendar_local_date(cal, x, &d, ERR), AS_E_OUT_OF_RANGE, "at_unix_s", "");
    CHECK_ERR(as_calendar_to_local(cal, x, &t, ERR), AS_E_OUT_OF_RANGE, "at_unix_s", "");
    CHECK_ERR(as_calendar_to_utc(cal, x, &t, ERR), AS_E_OUT_OF_RANGE, "local_s", "");
  }
  CHECK_ERR(as_calendar_between(cal, INT64_MIN, INT64_MAX, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_between(cal, INT64_MAX, INT64_MIN, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_add(cal, fri, INT64_MAX, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_add(cal, fri, INT64_MIN + 1, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_advance(cal, 21991230, 10, &d, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_advance(cal, 20250101, INT32_MAX, &d, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_advance(cal, 20250101, INT32_MIN, &d, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_is_business_day(cal, INT32_MAX, &d, ERR), AS_E_PARSE, "date_yyyymmdd", "");
  CHECK_ERR(as_calendar_is_business_day(cal, INT32_MIN, &d, ERR), AS_E_PARSE, "date_yyyymmdd", "");
  CHECK_EQ_I64(t, 42);
  CHECK_EQ_I64(d, 42);
}

static void period_extremes(const as_calendar* cal) {
  int32_t d = 42;
  CHECK_ERR(as_period_end(20250924, INT32_MAX, 0, 0, cal, 0, &d, ERR), AS_E_OUT_OF_RANGE, "days", "2199");
  CHECK_ERR(as_period_end(20250924, 0, INT32_MAX, 0, cal, 0, &d, ERR), AS_E_INVALID_ARGUMENT, "months", "");
  CHECK_ERR(as_period_end(20250924, 0, 0, INT32_MAX, cal, 0, &d, ERR), AS_E_INVALID_ARGUMENT, "years", "");
  CHECK_ERR(as_period_end(20250924, INT32_MIN, 0, 0, cal, 0, &d, ERR), AS_E_INVALID_ARGUMENT, "days", "");
  CHECK_ERR(as_period_end(20250924, 0, 0, 0, cal, UINT32_MAX, &d, ERR), AS_E_INVALID_ARGUMENT, "flags", "");
  CHECK_EQ_I64(d, 42);
}

static void dispatch_extremes(const as_dispatch_policy* policy) {
  size_t i;
  int64_t t = 42;
  size_t order[1] = {42};
  size_t count = 42;
  as_sla_status st = AS_SLA_STATUS_INIT;
  as_pause pause;
  as_waiting_call call;
  const int64_t fri = test_sh(2025, 9, 26, 16, 0);

  for (i = 0; i < sizeof instants / sizeof instants[0]; ++i) {
    const int64_t x = instants[i];
    CHECK_ERR(as_dispatch_deadline(policy, x, "urban", NULL, 0, &t, ERR), AS_E_OUT_OF_RANGE, "", "");
    CHECK(as_dispatch_status(policy, x, "urban", fri, NULL, 0, NULL, &st, NULL, 0, NULL, ERR) != AS_OK);
    CHECK(as_dispatch_status(policy, fri, "urban", x, NULL, 0, NULL, &st, NULL, 0, NULL, ERR) != AS_OK);
    memset(&call, 0, sizeof call);
    call.size = sizeof call;
    call.id = "c1";
    call.service_zone = "urban";
    call.received_unix_s = x;
    CHECK(as_dispatch_queue(policy, &call, 1, x, order, &count, ERR) != AS_OK);
  }
  /* A pause from the dawn of time counts from the call on: 1 working minute. */
  pause.start_unix_s = INT64_MIN;
  pause.end_unix_s = fri + 60;
  pause.open_ended = 0;
  CHECK_OK(as_dispatch_deadline(policy, fri, "urban", &pause, 1, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 14, 1));
  CHECK_EQ_I64(count, 42);
  CHECK_EQ_I64(order[0], 42);
}

int main(void) {
  as_calendar* cal = NULL;
  as_calendar* loose = NULL;
  as_dispatch_policy* policy = NULL;
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 0, &loose, ERR));
  CHECK_OK(as_dispatch_policy_create(cal, &policy, ERR));
  calendar_extremes(cal);
  calendar_extremes(loose);
  period_extremes(cal);
  dispatch_extremes(policy);
  as_dispatch_policy_destroy(policy);
  as_calendar_destroy(loose);
  as_calendar_destroy(cal);
  return 0;
}
