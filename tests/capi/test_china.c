/* as_calendar_china: the mainland China preset (statutory holidays and
 * make-up working days from the State Council notices). */
#include "check.h"

static int32_t business(const as_calendar* cal, int32_t date) {
  int32_t b = -1;
  CHECK_OK(as_calendar_is_business_day(cal, date, &b, ERR));
  CHECK(b == 0 || b == 1);
  return b;
}

static void test_table(const as_calendar* cal) {
  int32_t d = 0, n = 0;
  /* 2020: the Spring Festival break was extended to 02-02, so Saturday
   * 2020-02-01 did not work; Sunday 2020-01-19 was a make-up day. */
  CHECK_EQ_I64(business(cal, 20200119), 1);
  CHECK_EQ_I64(business(cal, 20200123), 1);
  CHECK_EQ_I64(business(cal, 20200124), 0);
  CHECK_EQ_I64(business(cal, 20200130), 0);
  CHECK_EQ_I64(business(cal, 20200131), 0);
  CHECK_EQ_I64(business(cal, 20200201), 0);
  CHECK_EQ_I64(business(cal, 20200202), 0);
  CHECK_EQ_I64(business(cal, 20200203), 1);
  /* 2005-12-31 was a working Saturday (New Year). */
  CHECK_EQ_I64(business(cal, 20051231), 1);
  /* 2026 Spring Festival: Saturday 02-14 works, 02-15..02-23 off, Saturday
   * 02-28 works. */
  CHECK_EQ_I64(business(cal, 20260213), 1);
  CHECK_EQ_I64(business(cal, 20260214), 1);
  for (d = 20260215; d <= 20260223; ++d) CHECK_EQ_I64(business(cal, d), 0);
  CHECK_EQ_I64(business(cal, 20260224), 1);
  CHECK_EQ_I64(business(cal, 20260228), 1);
  CHECK_EQ_I64(business(cal, 20260301), 0);
  /* 2025 National Day: Sunday 09-28 works, 10-01..10-08 off, Saturday 10-11
   * works. */
  CHECK_EQ_I64(business(cal, 20250927), 0);
  CHECK_EQ_I64(business(cal, 20250928), 1);
  CHECK_EQ_I64(business(cal, 20251001), 0);
  CHECK_EQ_I64(business(cal, 20251008), 0);
  CHECK_EQ_I64(business(cal, 20251009), 1);
  CHECK_EQ_I64(business(cal, 20251011), 1);

  CHECK_OK(as_calendar_advance(cal, 20250930, 1, &d, ERR));
  CHECK_EQ_I64(d, 20251009);
  CHECK_OK(as_calendar_advance(cal, 20251009, -1, &d, ERR));
  CHECK_EQ_I64(d, 20250930);
  CHECK_OK(as_calendar_advance(cal, 20260213, 1, &d, ERR));
  CHECK_EQ_I64(d, 20260214);
  CHECK_OK(as_calendar_advance(cal, 20260214, 1, &d, ERR));
  CHECK_EQ_I64(d, 20260224);
  /* [09-29, 10-10): 29, 30, 10-09. */
  CHECK_OK(as_calendar_business_days_between(cal, 20250929, 20251010, &n, ERR));
  CHECK_EQ_I64(n, 3);
}

static void test_hours_and_horizon(const as_calendar* cal) {
  int32_t horizon = 0, strict = 0, b = 42;
  int64_t t = 0, s = 0;
  const char* zone = NULL;

  CHECK_OK(as_calendar_zone(cal, &zone, ERR));
  CHECK(strcmp(zone, "Asia/Shanghai") == 0);
  CHECK_OK(as_calendar_horizon(cal, &horizon, &strict, ERR));
  CHECK_EQ_I64(horizon, 20261231);
  CHECK_EQ_I64(strict, 1);
  /* Strict: a date past the horizon is an error, not a guess. */
  CHECK_ERR(as_calendar_is_business_day(cal, 20270104, &b, ERR), AS_E_OUT_OF_RANGE, "2027-01-04", "horizon");
  CHECK_EQ_I64(b, 42);

  /* Default hours 09:00-12:00 and 13:00-18:00: 8 working hours a day. */
  CHECK_OK(as_calendar_between(cal, test_sh(2025, 9, 22, 0, 0), test_sh(2025, 9, 23, 0, 0), &s, ERR));
  CHECK_EQ_I64(s, HOURS(8));
  /* A make-up day works with Monday's hours. */
  CHECK_OK(as_calendar_between(cal, test_sh(2025, 9, 28, 0, 0), test_sh(2025, 9, 29, 0, 0), &s, ERR));
  CHECK_EQ_I64(s, HOURS(8));
  /* The lunch break is not working time. */
  CHECK_OK(as_calendar_add(cal, test_sh(2025, 9, 22, 11, 30), HOURS(1), &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 22, 13, 30));
  /* Friday evening + 1 h lands on the make-up Sunday, not on Monday. */
  CHECK_OK(as_calendar_add(cal, test_sh(2025, 9, 26, 18, 0), HOURS(1), &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 10, 0));
  /* Shanghai is UTC+8. */
  CHECK_OK(as_calendar_to_utc(cal, test_local(2025, 9, 26, 16, 0), &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 26, 16, 0));
}

static void test_options(void) {
  as_calendar* cal = NULL;
  as_calendar* out = NULL;
  const as_shift one_shift[] = {{8 * 3600, 17 * 3600}};
  const as_shift overlapping[] = {{9 * 3600, 12 * 3600}, {11 * 3600, 14 * 3600}};
  const as_shift bad_open[] = {{-5, 12 * 3600}};
  const char* zone = NULL;
  int32_t horizon = 0, strict = 1, b = 0;
  int64_t s = 0;

  /* Own hours and a POSIX zone rule, not strict. */
  CHECK_OK(as_calendar_china(one_shift, 1, "CST-8", 0, &cal, ERR));
  CHECK_OK(as_calendar_zone(cal, &zone, ERR));
  CHECK(strcmp(zone, "CST-8") == 0);
  CHECK_OK(as_calendar_horizon(cal, &horizon, &strict, ERR));
  CHECK_EQ_I64(horizon, 20261231);
  CHECK_EQ_I64(strict, 0);
  CHECK_OK(as_calendar_between(cal, test_sh(2025, 9, 22, 0, 0), test_sh(2025, 9, 23, 0, 0), &s, ERR));
  CHECK_EQ_I64(s, HOURS(9));
  /* Not strict: past the horizon the weekly pattern applies. */
  CHECK_OK(as_calendar_is_business_day(cal, 20270104, &b, ERR));
  CHECK_EQ_I64(b, 1);
  as_calendar_destroy(cal);

  CHECK_ERR(as_calendar_china(NULL, 0, "Mars/Base", 1, &out, ERR), AS_E_NOT_FOUND, "zone", "'Mars/Base'");
  CHECK_ERR(as_calendar_china(overlapping, 2, NULL, 1, &out, ERR), AS_E_INVALID_ARGUMENT, "hours", "overlap");
  CHECK_ERR(as_calendar_china(bad_open, 1, NULL, 1, &out, ERR), AS_E_INVALID_ARGUMENT, "hours[0]", "-5");
  CHECK_ERR(as_calendar_china(NULL, 2, NULL, 1, &out, ERR), AS_E_INVALID_ARGUMENT, "hours", "NULL");
  CHECK_ERR(as_calendar_china(NULL, 0, NULL, 1, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK(out == NULL);

  /* The JSON preset gives the same calendar as the C preset. */
  CHECK_OK(as_calendar_from_json("{\"preset\": \"cn\"}", &cal, ERR));
  CHECK_EQ_I64(business(cal, 20200201), 0);
  CHECK_EQ_I64(business(cal, 20051231), 1);
  as_calendar_destroy(cal);
  CHECK_ERR(as_calendar_from_json("{\"preset\": \"xx\"}", &out, ERR), AS_E_NOT_FOUND, "preset", "'xx'");
}

int main(void) {
  as_calendar* cal = NULL;
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  test_table(cal);
  test_hours_and_horizon(cal);
  test_options();
  as_calendar_destroy(cal);
  return 0;
}
