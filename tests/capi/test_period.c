/* as_period_end / as_period_deadline: PRC Civil Code arts. 201-204. */
#include "check.h"

static int32_t end(int32_t start, int32_t days, int32_t months, int32_t years, const as_calendar* cal,
                   uint32_t flags) {
  int32_t out = 0;
  CHECK_OK(as_period_end(start, days, months, years, cal, flags, &out));
  return out;
}

int main(void) {
  as_calendar* cn = NULL;
  int32_t d = 42;
  int64_t t = 42;
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cn));

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
  CHECK_OK(as_period_deadline(20250924, 7, 0, 0, cn, 0, &t));
  CHECK_EQ_I64(t, test_sh(2025, 10, 9, 18, 0));

  /* Bad input: code, field and value; outputs untouched. */
  CHECK_ERR(as_period_end(20250924, -1, 0, 0, NULL, 0, &d), AS_E_INVALID_ARGUMENT, "days", "-1");
  CHECK_ERR(as_period_end(20250924, 0, -1, 0, NULL, 0, &d), AS_E_INVALID_ARGUMENT, "months", "-1");
  CHECK_ERR(as_period_end(20250924, 0, 0, 101, NULL, 0, &d), AS_E_INVALID_ARGUMENT, "", "");
  CHECK_ERR(as_period_end(20250924, 7, 0, 0, NULL, 0x4u, &d), AS_E_INVALID_ARGUMENT, "flags", "4");
  CHECK_ERR(as_period_end(20251301, 7, 0, 0, NULL, 0, &d), AS_E_PARSE, "start_yyyymmdd", "20251301");
  CHECK_ERR(as_period_end(21991225, 30, 0, 0, NULL, 0, &d), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_period_end(20250924, 7, 0, 0, NULL, 0, NULL), AS_E_INVALID_ARGUMENT, "out_yyyymmdd", "NULL");
  /* Past the strict China horizon (2026-12-31). */
  CHECK_ERR(as_period_end(20261220, 0, 1, 0, cn, 0, &d), AS_E_OUT_OF_RANGE, "horizon", "");
  CHECK_EQ_I64(d, 42);
  CHECK_ERR(as_period_deadline(20250924, 7, 0, 0, NULL, 0, &t), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_period_deadline(20250924, 7, 0, 0, cn, 0, NULL), AS_E_INVALID_ARGUMENT, "out_unix_s", "NULL");
  CHECK_ERR(as_period_deadline(20250924, 7, 0, 0, cn, 0x80u, &t), AS_E_INVALID_ARGUMENT, "flags", "128");
  CHECK_EQ_I64(t, test_sh(2025, 10, 9, 18, 0));

  as_calendar_destroy(cn);
  return 0;
}
