/* as_calendar_*: JSON calendars, working-time arithmetic, day arithmetic,
 * zones and DST, the China preset with a holiday file, and bad input. */
#include "check.h"

#include <stdint.h>

/* Berlin office: Mon-Fri 09:00-17:00, Christmas Eve half day, Christmas Day
 * off, Saturday 2025-12-27 works like a Monday. */
static const char* berlin_json =
    "{\"zone\": \"Europe/Berlin\","
    " \"week\": {\"mon\": [[\"09:00\", \"17:00\"]], \"tue\": [[\"09:00\", \"17:00\"]],"
    "            \"wed\": [[\"09:00\", \"17:00\"]], \"thu\": [[\"09:00\", \"17:00\"]],"
    "            \"fri\": [[\"09:00\", \"17:00\"]]},"
    " \"holidays\": [\"2025-12-25\"],"
    " \"workdays\": {\"2025-12-27\": \"mon\"},"
    " \"days\": {\"2025-12-24\": [[\"09:00\", \"13:00\"]]},"
    " \"horizon\": \"2025-12-31\", \"strict\": false}";

/* Berlin winter time is UTC+1. */
static int64_t berlin_winter(int y, int m, int d, int hh, int mm) {
  return test_local(y, m, d, hh, mm) - 3600;
}

static void load(const char* json, as_calendar** out) { CHECK_OK(as_calendar_from_json(json, out, ERR)); }

static void test_accessors(const as_calendar* cal) {
  const char* zone = NULL;
  int32_t horizon = -1, strict = -1;
  char* json = NULL;
  char* json2 = NULL;
  as_calendar* copy = NULL;

  CHECK_OK(as_calendar_zone(cal, &zone, ERR));
  CHECK(strcmp(zone, "Europe/Berlin") == 0);
  CHECK_OK(as_calendar_horizon(cal, &horizon, &strict, ERR));
  CHECK_EQ_I64(horizon, 20251231);
  CHECK_EQ_I64(strict, 0);
  horizon = -1;
  CHECK_OK(as_calendar_horizon(cal, &horizon, NULL, ERR)); /* out_strict is optional */
  CHECK_EQ_I64(horizon, 20251231);

  /* to_json reads back to the same calendar. */
  CHECK_OK(as_calendar_to_json(cal, &json, ERR));
  CHECK_STR_CONTAINS(json, "Europe/Berlin");
  CHECK_STR_CONTAINS(json, "2025-12-25");
  CHECK_OK(as_calendar_from_json(json, &copy, ERR));
  CHECK_OK(as_calendar_to_json(copy, &json2, ERR));
  CHECK(strcmp(json, json2) == 0);
  as_free(json);
  as_free(json2);
  as_calendar_destroy(copy);
}

static void test_no_horizon(void) {
  as_calendar* cal = NULL;
  int32_t horizon = -1, strict = -1;
  load("{\"zone\": \"CST-8\", \"week\": {\"sat\": [[\"10:00\", \"14:00\"]]}}", &cal);
  CHECK_OK(as_calendar_horizon(cal, &horizon, &strict, ERR));
  CHECK_EQ_I64(horizon, 0);
  CHECK_EQ_I64(strict, 0);
  as_calendar_destroy(cal);
}

static void test_working_time(const as_calendar* cal) {
  int64_t t = 0, s = 0;
  int32_t w = -1;
  const int64_t mon9 = berlin_winter(2025, 12, 22, 9, 0);

  /* add(t, 0) == t, also outside working hours. */
  CHECK_OK(as_calendar_add(cal, berlin_winter(2025, 12, 20, 3, 0), 0, &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 20, 3, 0));
  /* A budget that ends exactly at a close gives the close, not next morning. */
  CHECK_OK(as_calendar_add(cal, mon9, HOURS(8), &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 22, 17, 0));
  /* Christmas Eve closes at 13:00, Christmas Day is off: Wed 12:00 + 2h =
   * Fri 26th 10:00. */
  CHECK_OK(as_calendar_add(cal, berlin_winter(2025, 12, 24, 12, 0), HOURS(2), &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 26, 10, 0));
  /* The make-up Saturday works. */
  CHECK_OK(as_calendar_add(cal, berlin_winter(2025, 12, 26, 16, 0), HOURS(2), &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 27, 10, 0));
  /* Negative durations go back: Mon 10:00 - 2h = Fri 16:00. */
  CHECK_OK(as_calendar_add(cal, berlin_winter(2025, 12, 22, 10, 0), -HOURS(2), &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 19, 16, 0));

  /* between: Mon 8 + Tue 8 + Wed 4 + Thu 0 + Fri 1 = 21 h. */
  CHECK_OK(as_calendar_between(cal, mon9, berlin_winter(2025, 12, 26, 10, 0), &s, ERR));
  CHECK_EQ_I64(s, HOURS(21));
  CHECK_OK(as_calendar_between(cal, berlin_winter(2025, 12, 26, 10, 0), mon9, &s, ERR));
  CHECK_EQ_I64(s, -HOURS(21));
  CHECK_OK(as_calendar_between(cal, mon9, mon9, &s, ERR));
  CHECK_EQ_I64(s, 0);

  CHECK_OK(as_calendar_is_working(cal, berlin_winter(2025, 12, 22, 12, 0), &w, ERR));
  CHECK_EQ_I64(w, 1);
  CHECK_OK(as_calendar_is_working(cal, berlin_winter(2025, 12, 22, 17, 0), &w, ERR)); /* half-open */
  CHECK_EQ_I64(w, 0);
  CHECK_OK(as_calendar_is_working(cal, berlin_winter(2025, 12, 25, 12, 0), &w, ERR));
  CHECK_EQ_I64(w, 0);

  CHECK_OK(as_calendar_next_working(cal, berlin_winter(2025, 12, 22, 18, 0), &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 23, 9, 0));
  CHECK_OK(as_calendar_next_working(cal, berlin_winter(2025, 12, 22, 12, 0), &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 22, 12, 0));
  CHECK_OK(as_calendar_next_working(cal, berlin_winter(2025, 12, 24, 13, 0), &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 26, 9, 0));
}

static void test_days(const as_calendar* cal) {
  int32_t b = -1, d = 0, n = 0;

  CHECK_OK(as_calendar_is_business_day(cal, 20251224, &b, ERR)); /* half day */
  CHECK_EQ_I64(b, 1);
  CHECK_OK(as_calendar_is_business_day(cal, 20251225, &b, ERR)); /* holiday */
  CHECK_EQ_I64(b, 0);
  CHECK_OK(as_calendar_is_business_day(cal, 20251227, &b, ERR)); /* make-up Saturday */
  CHECK_EQ_I64(b, 1);
  CHECK_OK(as_calendar_is_business_day(cal, 20251228, &b, ERR)); /* Sunday */
  CHECK_EQ_I64(b, 0);
  /* Past the horizon a non-strict calendar follows the weekly pattern. */
  CHECK_OK(as_calendar_is_business_day(cal, 20260105, &b, ERR));
  CHECK_EQ_I64(b, 1);

  CHECK_OK(as_calendar_advance(cal, 20251224, 1, &d, ERR));
  CHECK_EQ_I64(d, 20251226);
  CHECK_OK(as_calendar_advance(cal, 20251225, 0, &d, ERR)); /* not a business day: the next one */
  CHECK_EQ_I64(d, 20251226);
  CHECK_OK(as_calendar_advance(cal, 20251224, 0, &d, ERR));
  CHECK_EQ_I64(d, 20251224);
  CHECK_OK(as_calendar_advance(cal, 20251226, -1, &d, ERR));
  CHECK_EQ_I64(d, 20251224);
  CHECK_OK(as_calendar_advance(cal, 20251226, 2, &d, ERR)); /* Sat 27 works, Sun 28 does not */
  CHECK_EQ_I64(d, 20251229);

  /* [Mon 22, Mon 29): 22, 23, 24, 26, 27. */
  CHECK_OK(as_calendar_business_days_between(cal, 20251222, 20251229, &n, ERR));
  CHECK_EQ_I64(n, 5);
  CHECK_OK(as_calendar_business_days_between(cal, 20251229, 20251222, &n, ERR));
  CHECK_EQ_I64(n, -5);
  CHECK_OK(as_calendar_business_days_between(cal, 20251222, 20251222, &n, ERR));
  CHECK_EQ_I64(n, 0);
}

static void test_zone_conversions(const as_calendar* cal) {
  int64_t t = 0;
  int32_t d = 0;

  CHECK_OK(as_calendar_to_utc(cal, test_local(2025, 12, 22, 9, 0), &t, ERR));
  CHECK_EQ_I64(t, berlin_winter(2025, 12, 22, 9, 0));
  CHECK_OK(as_calendar_to_local(cal, berlin_winter(2025, 12, 22, 9, 0), &t, ERR));
  CHECK_EQ_I64(t, test_local(2025, 12, 22, 9, 0));
  /* Summer time is UTC+2. */
  CHECK_OK(as_calendar_to_utc(cal, test_local(2025, 7, 1, 12, 0), &t, ERR));
  CHECK_EQ_I64(t, test_local(2025, 7, 1, 10, 0));
  /* 2025-03-30 02:30 does not exist: it moves forward by the gap (03:30
   * CEST = 01:30 UTC). */
  CHECK_OK(as_calendar_to_utc(cal, test_local(2025, 3, 30, 2, 30), &t, ERR));
  CHECK_EQ_I64(t, test_local(2025, 3, 30, 1, 30));
  CHECK_OK(as_calendar_to_local(cal, test_local(2025, 3, 30, 1, 30), &t, ERR));
  CHECK_EQ_I64(t, test_local(2025, 3, 30, 3, 30));
  /* 2025-10-26 02:30 happens twice: the earlier instant (CEST = 00:30 UTC). */
  CHECK_OK(as_calendar_to_utc(cal, test_local(2025, 10, 26, 2, 30), &t, ERR));
  CHECK_EQ_I64(t, test_local(2025, 10, 26, 0, 30));

  /* 23:30 UTC on Monday is already Tuesday in Berlin. */
  CHECK_OK(as_calendar_local_date(cal, test_local(2025, 12, 22, 23, 30), &d, ERR));
  CHECK_EQ_I64(d, 20251223);
}

static void test_dst_and_night_shifts(void) {
  as_calendar* cal = NULL;
  int64_t s = 0, t = 0;
  int32_t b = -1;
  /* 24/7 in Berlin: the spring-forward day has 23 working hours. */
  load("{\"zone\": \"Europe/Berlin\", \"week\": {"
       "\"mon\": [[\"00:00\", \"24:00\"]], \"tue\": [[\"00:00\", \"24:00\"]],"
       "\"wed\": [[\"00:00\", \"24:00\"]], \"thu\": [[\"00:00\", \"24:00\"]],"
       "\"fri\": [[\"00:00\", \"24:00\"]], \"sat\": [[\"00:00\", \"24:00\"]],"
       "\"sun\": [[\"00:00\", \"24:00\"]]}}",
       &cal);
  CHECK_OK(as_calendar_between(cal, test_local(2025, 3, 29, 23, 0), test_local(2025, 3, 30, 22, 0), &s, ERR));
  CHECK_EQ_I64(s, HOURS(23));
  as_calendar_destroy(cal);

  /* A night shift belongs to the date it opens on. */
  load("{\"zone\": \"UTC\", \"week\": {\"mon\": [[\"22:00\", \"06:00\"]]}}", &cal);
  CHECK_OK(as_calendar_add(cal, test_local(2025, 12, 22, 23, 0), HOURS(2), &t, ERR));
  CHECK_EQ_I64(t, test_local(2025, 12, 23, 1, 0));
  CHECK_OK(as_calendar_is_business_day(cal, 20251222, &b, ERR));
  CHECK_EQ_I64(b, 1);
  CHECK_OK(as_calendar_is_business_day(cal, 20251223, &b, ERR));
  CHECK_EQ_I64(b, 0);
  as_calendar_destroy(cal);
}

static void test_strict_horizon(void) {
  as_calendar* cal = NULL;
  int32_t b = 42;
  int64_t t = 42;
  load("{\"zone\": \"Asia/Shanghai\", \"week\": {\"mon\": [[\"09:00\", \"17:00\"]]},"
       " \"horizon\": \"2025-12-31\", \"strict\": true}",
       &cal);
  CHECK_OK(as_calendar_is_business_day(cal, 20251229, &b, ERR));
  CHECK_EQ_I64(b, 1);
  CHECK_ERR(as_calendar_is_business_day(cal, 20260105, &b, ERR), AS_E_OUT_OF_RANGE, "2026-01-05", "horizon");
  CHECK_EQ_I64(b, 1); /* outputs untouched on failure */
  CHECK_ERR(as_calendar_add(cal, test_sh(2025, 12, 29, 16, 0), HOURS(2), &t, ERR), AS_E_OUT_OF_RANGE, "horizon", "");
  CHECK_EQ_I64(t, 42);
  as_calendar_destroy(cal);
}

/* Writes `text` to `path` (in the test's working directory). */
static void write_file(const char* path, const char* text) {
  FILE* f = fopen(path, "wb");
  CHECK(f != NULL);
  CHECK(fputs(text, f) >= 0);
  CHECK(fclose(f) == 0);
}

/* HYPOTHETICAL TEST DATA: the 2027 notice is not published. These rows only
 * prove the mechanism and are not the 2027 arrangement: they are the least a
 * year the file adds must hold, a holiday row for each day the law fixes on
 * a Gregorian date (国务院令第795号 art. 2: 1 January, 1-2 May, 1-3
 * October). HYPOTHETICAL_2027_REST is the same without 1 January. `eol` is
 * the line end, a string literal. */
#define HYPOTHETICAL_2027_REST(eol)                                   \
  "2027-05-01,holiday,Labour Day (hypothetical test row)" eol         \
  "2027-05-02,holiday,Labour Day (hypothetical test row)" eol         \
  "2027-10-01,holiday,National Day (hypothetical test row)" eol       \
  "2027-10-02,holiday,National Day (hypothetical test row)" eol       \
  "2027-10-03,holiday,National Day (hypothetical test row)" eol
#define HYPOTHETICAL_2027(eol) \
  "2027-01-01,holiday,New Year's Day (hypothetical test row)" eol HYPOTHETICAL_2027_REST(eol)

/* A holiday file brings next year in without a rebuild (issue 23, finding
 * 10). */
static void test_china_with_holidays(void) {
  static const char* path = "capi_test_calendar_cn_2027.csv";
  static const char* bad_path = "capi_test_calendar_cn_bad.csv";
  as_calendar* builtin = NULL;
  as_calendar* cal = NULL;
  as_calendar* out = NULL;
  int32_t horizon = 0, strict = 0, b = 42;
  int64_t t = 42;
  const as_shift hours[1] = {{9 * 3600, 17 * 3600}};

  /* Thursday 2026-12-31 16:00 + 6 working hours (an urban call). */
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &builtin, ERR));
  CHECK_ERR(as_calendar_add(builtin, test_sh(2026, 12, 31, 16, 0), HOURS(6), &t, ERR), AS_E_OUT_OF_RANGE, "horizon",
            "2026-12-31");
  as_calendar_destroy(builtin);

  write_file(path, "\xEF\xBB\xBF" "date,kind,name\r\n\r\n" HYPOTHETICAL_2027("\r\n"));
  CHECK_OK(as_calendar_china_with_holidays(NULL, 0, NULL, 1, path, &cal, ERR));
  CHECK_OK(as_calendar_horizon(cal, &horizon, &strict, ERR));
  CHECK_EQ_I64(horizon, 20271231);
  CHECK_EQ_I64(strict, 1);
  /* 2 h on Thursday, Friday 01-01 off (the file), the weekend, 4 h Monday. */
  CHECK_OK(as_calendar_add(cal, test_sh(2026, 12, 31, 16, 0), HOURS(6), &t, ERR));
  CHECK_EQ_I64(t, test_sh(2027, 1, 4, 14, 0));
  CHECK_OK(as_calendar_is_business_day(cal, 20270101, &b, ERR));
  CHECK_EQ_I64(b, 0);
  CHECK_OK(as_calendar_is_business_day(cal, 20271001, &b, ERR)); /* Friday, National Day (the file) */
  CHECK_EQ_I64(b, 0);
  CHECK_OK(as_calendar_is_business_day(cal, 20271004, &b, ERR));
  CHECK_EQ_I64(b, 1);
  CHECK_ERR(as_calendar_is_business_day(cal, 20280103, &b, ERR), AS_E_OUT_OF_RANGE, "2027-12-31", "");
  as_calendar_destroy(cal);
  cal = NULL;

  /* Hours, zone and strict as in as_calendar_china. */
  CHECK_OK(as_calendar_china_with_holidays(hours, 1, "CST-8", 0, path, &cal, ERR));
  CHECK_OK(as_calendar_horizon(cal, &horizon, &strict, ERR));
  CHECK_EQ_I64(horizon, 20271231);
  CHECK_EQ_I64(strict, 0);
  CHECK_OK(as_calendar_is_business_day(cal, 20280103, &b, ERR));
  CHECK_EQ_I64(b, 1);
  as_calendar_destroy(cal);
  remove(path);

  /* Bad input: named, and no calendar. */
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, NULL, &out, ERR), AS_E_INVALID_ARGUMENT, "holidays_path",
            "NULL");
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, path, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, "no-such-holidays.csv", &out, ERR), AS_E_NOT_FOUND,
            "no-such-holidays.csv", "No such file");
  write_file(bad_path, "date,kind,name\n2027-01-01,holiday,x\n2027-01-02,vacation,x\n");
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, bad_path, &out, ERR), AS_E_PARSE,
            "capi_test_calendar_cn_bad.csv:3: kind (column 2)", "'vacation'");
  write_file(bad_path, "date,kind,name\n2027-01-01,holiday,x\n2027-01-01,holiday,x\n");
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, bad_path, &out, ERR), AS_E_INVALID_ARGUMENT,
            "capi_test_calendar_cn_bad.csv:3", "given twice");
  write_file(bad_path, "date,kind,name\n2026-10-03,workday,National Day\n");
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, bad_path, &out, ERR), AS_E_INVALID_ARGUMENT,
            "capi_test_calendar_cn_bad.csv:2: 2026-10-03 workday", "built-in table");
  /* A year with only its 1 January: May Day and National Day would work. */
  write_file(bad_path, "date,kind,name\n2027-01-01,holiday,x\n");
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, bad_path, &out, ERR), AS_E_INVALID_ARGUMENT,
            "capi_test_calendar_cn_bad.csv: no row '2027-05-01,holiday,...'", "2027 is not a whole notice");
  write_file(bad_path, "date,kind,name\n" HYPOTHETICAL_2027_REST("\n"));
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, bad_path, &out, ERR), AS_E_INVALID_ARGUMENT,
            "capi_test_calendar_cn_bad.csv: no row '2027-01-01,holiday,...'", "");
  /* A name with a comma is quoted; unquoted, the row has more than 3 columns. */
  write_file(bad_path, "date,kind,name\n" HYPOTHETICAL_2027("\n") "2027-02-11,holiday,Spring Festival, hypothetical\n");
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, NULL, 1, bad_path, &out, ERR), AS_E_PARSE,
            "capi_test_calendar_cn_bad.csv:8: more than 3 columns", "'2027-02-11,holiday,Spring Festival, hypothetical'");
  write_file(bad_path, "date,kind,name\n" HYPOTHETICAL_2027("\n"));
  CHECK_ERR(as_calendar_china_with_holidays(NULL, 0, "Mars/Base", 1, bad_path, &out, ERR), AS_E_NOT_FOUND, "zone",
            "Mars/Base");
  CHECK(out == NULL);
  remove(bad_path);
  /* The quoted name is accepted. */
  write_file(path, "date,kind,name\n" HYPOTHETICAL_2027("\n") "2027-02-11,holiday,\"Spring Festival, hypothetical\"\n");
  CHECK_OK(as_calendar_china_with_holidays(NULL, 0, NULL, 1, path, &cal, ERR));
  CHECK_OK(as_calendar_is_business_day(cal, 20270211, &b, ERR)); /* a Thursday */
  CHECK_EQ_I64(b, 0);
  as_calendar_destroy(cal);
  remove(path);
}

static void test_bad_input(const as_calendar* cal) {
  as_calendar* out = NULL;
  int64_t t = 42;
  int32_t d = 42;
  char* json = NULL;
  const char* zone = NULL;

  /* NULL pointers name the argument. */
  CHECK_ERR(as_calendar_from_json(NULL, &out, ERR), AS_E_INVALID_ARGUMENT, "json", "NULL");
  CHECK_ERR(as_calendar_from_json(berlin_json, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_calendar_to_json(NULL, &json, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_to_json(cal, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_json", "NULL");
  CHECK_ERR(as_calendar_zone(NULL, &zone, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_zone(cal, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_zone", "NULL");
  CHECK_ERR(as_calendar_horizon(NULL, &d, NULL, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_horizon(cal, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_yyyymmdd", "NULL");
  CHECK_ERR(as_calendar_add(NULL, 0, 0, &t, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_add(cal, 0, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_unix_s", "NULL");
  CHECK_ERR(as_calendar_between(NULL, 0, 0, &t, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_between(cal, 0, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_s", "NULL");
  CHECK_ERR(as_calendar_is_working(NULL, 0, &d, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_is_working(cal, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_working", "NULL");
  CHECK_ERR(as_calendar_next_working(NULL, 0, &t, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_next_working(cal, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_unix_s", "NULL");
  CHECK_ERR(as_calendar_is_business_day(NULL, 20250101, &d, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_is_business_day(cal, 20250101, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_business", "NULL");
  CHECK_ERR(as_calendar_advance(NULL, 20250101, 1, &d, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_advance(cal, 20250101, 1, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_yyyymmdd", "NULL");
  CHECK_ERR(as_calendar_business_days_between(NULL, 20250101, 20250102, &d, ERR), AS_E_INVALID_ARGUMENT, "calendar",
            "NULL");
  CHECK_ERR(as_calendar_business_days_between(cal, 20250101, 20250102, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_days",
            "NULL");
  CHECK_ERR(as_calendar_local_date(NULL, 0, &d, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_local_date(cal, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_yyyymmdd", "NULL");
  CHECK_ERR(as_calendar_to_utc(NULL, 0, &t, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_to_utc(cal, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_unix_s", "NULL");
  CHECK_ERR(as_calendar_to_local(NULL, 0, &t, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_calendar_to_local(cal, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_local_s", "NULL");

  /* Malformed documents: the code, the field and the value. */
  CHECK_ERR(as_calendar_from_json("{", &out, ERR), AS_E_PARSE, "invalid JSON", "");
  CHECK_ERR(as_calendar_from_json("", &out, ERR), AS_E_PARSE, "invalid JSON", "");
  CHECK_ERR(as_calendar_from_json("[1, 2]", &out, ERR), AS_E_PARSE, "calendar", "");
  CHECK_ERR(as_calendar_from_json("{\"zone\": \"Mars/Base\"}", &out, ERR), AS_E_NOT_FOUND, "zone", "'Mars/Base'");
  CHECK_ERR(as_calendar_from_json("{\"week\": {\"mon\": [[\"25:00\", \"26:00\"]]}}", &out, ERR), AS_E_PARSE,
            "week.mon[0].open", "'25:00'");
  CHECK_ERR(as_calendar_from_json("{\"week\": {\"tue\": [[\"09:00\", \"9pm\"]]}}", &out, ERR), AS_E_PARSE,
            "week.tue[0].close", "'9pm'");
  CHECK_ERR(as_calendar_from_json("{\"week\": {\"mon\": [[\"09:00\", \"12:00\"], [\"11:00\", \"13:00\"]]}}", &out, ERR),
            AS_E_INVALID_ARGUMENT, "week.mon", "overlap");
  CHECK_ERR(as_calendar_from_json("{\"week\": {\"funday\": []}}", &out, ERR), AS_E_INVALID_ARGUMENT, "week.funday",
            "'funday'");
  CHECK_ERR(as_calendar_from_json("{\"holidays\": [\"2025-13-01\"]}", &out, ERR), AS_E_PARSE, "holidays[0]",
            "'2025-13-01'");
  CHECK_ERR(as_calendar_from_json("{\"holidays\": [\"2300-01-01\"]}", &out, ERR), AS_E_OUT_OF_RANGE, "holidays[0]",
            "2300-01-01");
  CHECK_ERR(as_calendar_from_json("{\"wek\": {}}", &out, ERR), AS_E_PARSE, "wek", "unknown member");
  CHECK(out == NULL); /* never written on failure */

  /* Bad dates and instants. */
  CHECK_ERR(as_calendar_is_business_day(cal, 20251301, &d, ERR), AS_E_PARSE, "date_yyyymmdd", "20251301");
  CHECK_ERR(as_calendar_is_business_day(cal, 20250230, &d, ERR), AS_E_PARSE, "date_yyyymmdd", "20250230");
  CHECK_ERR(as_calendar_is_business_day(cal, -1, &d, ERR), AS_E_PARSE, "date_yyyymmdd", "-1");
  CHECK_ERR(as_calendar_is_business_day(cal, 23000101, &d, ERR), AS_E_OUT_OF_RANGE, "date_yyyymmdd", "2300");
  CHECK_ERR(as_calendar_advance(cal, 20251301, 1, &d, ERR), AS_E_PARSE, "date_yyyymmdd", "20251301");
  CHECK_ERR(as_calendar_business_days_between(cal, 20250101, 20251301, &d, ERR), AS_E_PARSE, "to_yyyymmdd",
            "20251301");
  CHECK_ERR(as_calendar_business_days_between(cal, 19691231, 20250101, &d, ERR), AS_E_OUT_OF_RANGE, "from_yyyymmdd",
            "1969");
  CHECK_ERR(as_calendar_advance(cal, 21991230, 10, &d, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_advance(cal, 20250101, INT32_MAX, &d, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_ERR(as_calendar_advance(cal, 20250101, INT32_MIN, &d, ERR), AS_E_OUT_OF_RANGE, "", "");
  CHECK_EQ_I64(d, 42);

  CHECK_ERR(as_calendar_add(cal, -86400 * 2, 0, &t, ERR), AS_E_OUT_OF_RANGE, "1969", "");
  CHECK_ERR(as_calendar_to_utc(cal, test_local(2200, 1, 1, 0, 0), &t, ERR), AS_E_OUT_OF_RANGE, "local_s", "");
  CHECK_ERR(as_calendar_to_local(cal, -86400, &t, ERR), AS_E_OUT_OF_RANGE, "at_unix_s", "");
  CHECK_ERR(as_calendar_local_date(cal, test_local(2200, 1, 1, 12, 0), &d, ERR), AS_E_OUT_OF_RANGE, "at_unix_s", "");
  CHECK_EQ_I64(t, 42);
  CHECK_EQ_I64(d, 42);
}

/* Past the horizon (issue 24): the statutory mode, 全国年节及纪念日放假办法
 * (国务院令第795号) art. 2's days and art. 6's 补假, no make-up days. */
static void test_past_horizon(void) {
  static const char* path = "capi_test_calendar_statutory_2027.csv";
  as_calendar* cal = NULL;
  as_calendar* out = NULL;
  as_dispatch_policy* policy = NULL;
  int32_t mode = 42, until = 42, year = 42, b = 42, horizon = 0, strict = 42;
  int64_t t = 42;
  char rule[256];
  size_t needed = 0;
  as_sla_status st = AS_SLA_STATUS_INIT;

  CHECK_OK(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_STATUTORY, NULL, &cal, ERR));
  CHECK_OK(as_calendar_past_horizon(cal, &mode, &until, ERR));
  CHECK_EQ_I64(mode, AS_PAST_HORIZON_STATUTORY);
  CHECK_EQ_I64(until, 21001231);
  CHECK_OK(as_calendar_horizon(cal, &horizon, &strict, ERR));
  CHECK_EQ_I64(horizon, 20261231);
  CHECK_EQ_I64(strict, 0);
  /* The 2026-12-31 16:00 city call: 2 h Thursday, 元旦 (Fri) and the
   * weekend off, 4 h on Monday 2027-01-04. */
  CHECK_OK(as_calendar_add(cal, test_sh(2026, 12, 31, 16, 0), HOURS(6), &t, ERR));
  CHECK_EQ_I64(t, test_sh(2027, 1, 4, 14, 0));
  CHECK_OK(as_calendar_provisional_year(cal, test_sh(2026, 12, 31, 16, 0), t, &year, ERR));
  CHECK_EQ_I64(year, 2027);
  CHECK_OK(as_calendar_provisional_year(cal, test_sh(2026, 12, 1, 9, 0), test_sh(2026, 12, 31, 18, 0), &year, ERR));
  CHECK_EQ_I64(year, 0);
  /* The Spring Festival: 除夕 02-05 .. 初三 02-08, 补假 02-09 and 02-10. */
  CHECK_OK(as_calendar_add(cal, test_sh(2027, 2, 4, 16, 0), HOURS(6), &t, ERR));
  CHECK_EQ_I64(t, test_sh(2027, 2, 11, 14, 0));
  CHECK_OK(as_calendar_is_business_day(cal, 20270210, &b, ERR));
  CHECK_EQ_I64(b, 0);
  CHECK_ERR(as_calendar_is_business_day(cal, 21010103, &b, ERR), AS_E_OUT_OF_RANGE, "2100-12-31", "statutory");
  /* The trail says the deadline leans on a provisional year. */
  CHECK_OK(as_dispatch_policy_create(cal, &policy, ERR));
  CHECK_OK(as_dispatch_status(policy, test_sh(2026, 12, 31, 16, 0), "urban", test_sh(2026, 12, 31, 16, 0), NULL, 0,
                              NULL, &st, rule, sizeof rule, &needed, ERR));
  CHECK_EQ_I64(st.deadline_unix_s, test_sh(2027, 1, 4, 14, 0));
  CHECK(strstr(rule, "(2027: statutory holidays only, make-up days not yet published)") != NULL);
  as_dispatch_policy_destroy(policy);
  as_calendar_destroy(cal);
  cal = NULL;

  /* Refuse and weekly are strict = 1 and 0. */
  CHECK_OK(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_REFUSE, NULL, &cal, ERR));
  CHECK_ERR(as_calendar_add(cal, test_sh(2026, 12, 31, 16, 0), HOURS(6), &t, ERR), AS_E_OUT_OF_RANGE, "horizon",
            "2026-12-31");
  CHECK_OK(as_calendar_past_horizon(cal, &mode, &until, ERR));
  CHECK_EQ_I64(mode, AS_PAST_HORIZON_REFUSE);
  CHECK_EQ_I64(until, 0);
  as_calendar_destroy(cal);
  CHECK_OK(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_WEEKLY, NULL, &cal, ERR));
  CHECK_OK(as_calendar_is_business_day(cal, 20270210, &b, ERR));
  CHECK_EQ_I64(b, 1);
  as_calendar_destroy(cal);

  /* A published (here hypothetical) 2027 replaces the provisional days. */
  write_file(path, "date,kind,name\n" HYPOTHETICAL_2027("\n"));
  CHECK_OK(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_STATUTORY, path, &cal, ERR));
  CHECK_OK(as_calendar_is_business_day(cal, 20270210, &b, ERR)); /* not in the file */
  CHECK_EQ_I64(b, 1);
  CHECK_OK(as_calendar_is_business_day(cal, 20280101, &b, ERR)); /* 2028 is provisional */
  CHECK_EQ_I64(b, 0);
  CHECK_OK(as_calendar_provisional_year(cal, test_sh(2027, 2, 4, 16, 0), test_sh(2027, 2, 11, 14, 0), &year, ERR));
  CHECK_EQ_I64(year, 0);
  as_calendar_destroy(cal);
  remove(path);

  /* The calendar document's "past_horizon", a bad word named. */
  CHECK_OK(as_calendar_from_json("{\"preset\": \"cn\", \"past_horizon\": \"statutory\"}", &cal, ERR));
  CHECK_OK(as_calendar_past_horizon(cal, &mode, NULL, ERR));
  CHECK_EQ_I64(mode, AS_PAST_HORIZON_STATUTORY);
  as_calendar_destroy(cal);
  CHECK_ERR(as_calendar_from_json("{\"preset\": \"cn\", \"past_horizon\": \"later\"}", &out, ERR), AS_E_INVALID_ARGUMENT,
            "past_horizon", "'later'");
  CHECK_ERR(as_calendar_china_ex(NULL, 0, NULL, 3, NULL, &out, ERR), AS_E_INVALID_ARGUMENT, "past_horizon", "3");
  CHECK_ERR(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_STATUTORY, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "out",
            "NULL");
  CHECK(out == NULL);
  CHECK_ERR(as_calendar_provisional_year(NULL, 0, 0, &year, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
}

int main(void) {
  as_calendar* cal = NULL;
  load(berlin_json, &cal);
  test_accessors(cal);
  test_no_horizon();
  test_working_time(cal);
  test_days(cal);
  test_zone_conversions(cal);
  test_dst_and_night_shifts();
  test_strict_horizon();
  test_china_with_holidays();
  test_past_horizon();
  test_bad_input(cal);
  as_calendar_destroy(cal);
  return 0;
}
