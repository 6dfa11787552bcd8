/* A tiny test harness for the C API tests: plain C99, no framework. */
#ifndef AS_TEST_CHECK_H
#define AS_TEST_CHECK_H

#include <aftersales.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fails the program with file:line when `cond` is false. */
#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK(%s) failed; as_last_error: \"%s\"\n",      \
              __FILE__, __LINE__, #cond, as_last_error());                     \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

/* The call must succeed. */
#define CHECK_OK(call)                                                         \
  do {                                                                         \
    as_status check_ok_status_ = (call);                                       \
    if (check_ok_status_ != AS_OK) {                                           \
      fprintf(stderr, "%s:%d: %s returned %d (%s): %s\n", __FILE__, __LINE__,  \
              #call, (int)check_ok_status_, as_status_str(check_ok_status_),   \
              as_last_error());                                                \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

/* The call must fail with `code`, and as_last_error() must contain every one
 * of the texts (pass "" for none beyond the first). */
#define CHECK_ERR(call, code, text1, text2)                                    \
  do {                                                                         \
    as_status check_err_status_ = (call);                                      \
    if (check_err_status_ != (code)) {                                         \
      fprintf(stderr, "%s:%d: %s returned %d (%s), expected %d (%s): %s\n",    \
              __FILE__, __LINE__, #call, (int)check_err_status_,               \
              as_status_str(check_err_status_), (int)(code),                   \
              as_status_str(code), as_last_error());                           \
      exit(1);                                                                 \
    }                                                                          \
    if (strstr(as_last_error(), (text1)) == NULL ||                            \
        strstr(as_last_error(), (text2)) == NULL) {                            \
      fprintf(stderr, "%s:%d: %s: message \"%s\" lacks \"%s\" or \"%s\"\n",    \
              __FILE__, __LINE__, #call, as_last_error(), (text1), (text2));   \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

#define CHECK_EQ_I64(actual, expected)                                         \
  do {                                                                         \
    long long check_a_ = (long long)(actual);                                  \
    long long check_e_ = (long long)(expected);                                \
    if (check_a_ != check_e_) {                                                \
      fprintf(stderr, "%s:%d: %s == %lld, expected %s == %lld\n", __FILE__,    \
              __LINE__, #actual, check_a_, #expected, check_e_);               \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

#define CHECK_STR_CONTAINS(haystack, needle)                                   \
  do {                                                                         \
    if (strstr((haystack), (needle)) == NULL) {                                \
      fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__,     \
              __LINE__, (haystack), (needle));                                 \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil). */
static inline long long civil_days(int y, int m, int d) {
  long long era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = (long long)y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* A local civil time as `local_s` (seconds since 1970 as if UTC). */
static inline int64_t test_local(int y, int m, int d, int hh, int mm) {
  return (int64_t)(civil_days(y, m, d) * 86400 + hh * 3600 + mm * 60);
}

/* A wall-clock time in Shanghai (UTC+8, no DST since 1991) as Unix seconds. */
static inline int64_t test_sh(int y, int m, int d, int hh, int mm) {
  return test_local(y, m, d, hh, mm) - 8 * 3600;
}

#define HOURS(h) ((int64_t)(h) * 3600)
#define MINUTES(m) ((int64_t)(m) * 60)

#endif /* AS_TEST_CHECK_H */
