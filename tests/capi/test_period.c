/* as_period_end / as_period_deadline: PRC Civil Code arts. 201-204. */
#include "check.h"

static int32_t end(int32_t start, int32_t days, int32_t months, int32_t years, const as_calendar* cal,
                   uint32_t flags) {
  int32_t out = 0;
  CHECK_OK(as_period_end(start, days, months, years, cal, flags, &out, ERR));
  return out;
}

int main(void) {
  as_calendar* cn = NULL;
  int32_t d = 42;
  int64_t t = 42;
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cn, ERR));

  /* Art. 201: the start day is not counted. Art. 203: a last day on a rest
   * day moves to the next business day: 7 days from 2025-09-24 would end on
   * 10-01, inside the National Day break (10-01..10-08). */
  CHECK_EQ_I64(end(20250924, 7, 0, 0, cn, 0), 20251009);
  CHECK_EQ_I64(end(20250924, 7, 0, 0, NULL, 0), 20251001);
  CHECK_EQ_I64(end(20250924, 7, 0, 0, cn, AS_PERIOD_NO_REST_EXTENSION), 20251001);
  /* Art. 204: the parties may count the start day. */
  CHECK_EQ_I64(end(20250924, 7, 0, 0, cn, AS_PERIOD_COUNT_START_DAY), 20250930);
  CHECK_EQ_I64(end(20250924, 8, 0, 0, cn, AS_PERIOD_COUNT_START_DAY | AS_PERIOD_NO_REST_EXTENSION), 20251001);

  /* Art. 202: the corresponding day, or the month's last day. */
  CHECK_EQ_I64(end(20240131, 0, 1, 0, NULL, 0), 20240229);
  CHECK_EQ_I64(end(20240229, 0, 0, 1, NULL, 0), 20250228);
  CHECK_EQ_I64(end(20240228, 0, 1, 0, NULL, 0), 20240328); /* not month end */
  CHECK_EQ_I64(end(20250131, 0, 1, 0, NULL, 0), 20250228);
  /* A make-up working day is a business day: 2025-09-28 is a working Sunday. */
  CHECK_EQ_I64(end(20250827, 0, 1, 0, cn, 0), 20250928); /* Saturday 09-27 -> the working Sunday */
  CHECK_EQ_I64(end(20250828, 0, 1, 0, cn, 0), 20250928);
  CHECK_EQ_I64(end(20250828, 0, 1, 0, NULL, 0), 20250928);
  /* A zero period ends on the start day (or the next business day). */
  CHECK_EQ_I64(end(20251001, 0, 0, 0, NULL, 0), 20251001);

  /* The last day ends at close of business where business hours apply. */
  CHECK_OK(as_period_deadline(20250924, 7, 0, 0, cn, 0, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 10, 9, 18, 0));

  /* Bad input: code, field and value; outputs untouched. */
  CHECK_ERR(as_period_end(20250924, -1, 0, 0, NULL, 0, &d, ERR), AS_E_INVALID_ARGUMENT, "days", "-1");
  CHECK_ERR(as_period_end(20250924, 0, -1, 0, NULL, 0, &d, ERR), AS_E_INVALID_ARGUMENT, "months", "-1");
  CHECK_ERR(as_period_end(20250924, 0, 0, 101, NULL, 0, &d, ERR), AS_E_INVALID_ARGUMENT, "", "");
  CHECK_ERR(as_period_end(20250924, 7, 0, 0, NULL, 0x4u, &d, ERR), AS_E_INVALID_ARGUMENT, "flags", "4");
  CHECK_ERR(as_period_end(20251301, 7, 0, 0, NULL, 0, &d, ERR), AS_E_PARSE, "start_yyyymmdd", "20251301");
  CHECK_ERR(as_period_end(21991225, 30, 0, 0, NULL, 0, &d, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_period_end(20250924, 7, 0, 0, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_yyyymmdd", "NULL");
  /* Past the strict China horizon (2026-12-31). */
  CHECK_ERR(as_period_end(20261220, 0, 1, 0, cn, 0, &d, ERR), AS_E_OUT_OF_RANGE, "horizon", "");
  CHECK_EQ_I64(d, 42);
  CHECK_ERR(as_period_deadline(20250924, 7, 0, 0, NULL, 0, &t, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_period_deadline(20250924, 7, 0, 0, cn, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_unix_s", "NULL");
  CHECK_ERR(as_period_deadline(20250924, 7, 0, 0, cn, 0x80u, &t, ERR), AS_E_INVALID_ARGUMENT, "flags", "128");
  CHECK_EQ_I64(t, test_sh(2025, 10, 9, 18, 0));

  /* Past the horizon (issue 24): statutory mode moves a last day in the 2027
   * Spring Festival (除夕 02-05 .. 补假 02-10) to 02-11; the date is
   * provisional (after the horizon, up to the provisional_until date). The
   * strict preset refuses it. */
  {
    as_calendar* st = NULL;
    int32_t mode = 0, until = 0, horizon = 0, year = 0;
    CHECK_OK(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_STATUTORY, NULL, &st, ERR));
    CHECK_EQ_I64(end(20270129, 7, 0, 0, st, 0), 20270211);
    CHECK_EQ_I64(end(20270128, 7, 0, 0, st, 0), 20270204); /* a Thursday: not moved */
    CHECK_OK(as_calendar_past_horizon(st, &mode, &until, ERR));
    CHECK_OK(as_calendar_horizon(st, &horizon, NULL, ERR));
    CHECK(20270211 > horizon && 20270211 <= until);
    CHECK_OK(as_period_deadline(20270129, 7, 0, 0, st, 0, &t, ERR));
    CHECK_OK(as_calendar_provisional_year(st, t, t, &year, ERR));
    CHECK_EQ_I64(year, 2027);
    CHECK_ERR(as_period_end(20270129, 7, 0, 0, cn, 0, &d, ERR), AS_E_OUT_OF_RANGE, "2026-12-31", "date");
    as_calendar_destroy(st);
  }
  as_calendar_destroy(cn);
  return 0;
}
