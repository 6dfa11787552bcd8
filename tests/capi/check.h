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

/* The error slot every call of a test passes last (ERR): each CHECK_OK /
 * CHECK_ERR empties it first, so it holds the error of the call checked. */
static as_error* check_error_ = NULL;
#define ERR (&check_error_)

/* Text for a message (never NULL for printf). */
static inline const char* check_text_(const char* s) { return s != NULL ? s : "(null)"; }

static inline void check_reset_(void) {
  as_error_free(check_error_);
  check_error_ = NULL;
}

/* The call must succeed, leave its error slot empty and clear
 * as_last_error(). */
#define CHECK_OK(call)                                                         \
  do {                                                                         \
    as_status check_ok_status_;                                                \
    check_reset_();                                                            \
    check_ok_status_ = (call);                                                 \
    if (check_ok_status_ != AS_OK) {                                           \
      fprintf(stderr, "%s:%d: %s returned %d (%s): %s\n", __FILE__, __LINE__,  \
              #call, (int)check_ok_status_, as_status_str(check_ok_status_),   \
              check_error_ ? as_error_message(check_error_) : as_last_error()); \
      exit(1);                                                                 \
    }                                                                          \
    if (check_error_ != NULL || as_last_error()[0] != '\0') {                  \
      fprintf(stderr, "%s:%d: %s succeeded but left an error: \"%s\"\n",       \
              __FILE__, __LINE__, #call, as_last_error());                     \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

/* The call must fail with `code`, hand that failure to its error slot (code,
 * message) and to as_last_error(), and the message must contain every one
 * of the texts (pass "" for none beyond the first). */
#define CHECK_ERR(call, code, text1, text2)                                    \
  do {                                                                         \
    as_status check_err_status_;                                               \
    const char* check_err_message_;                                            \
    check_reset_();                                                            \
    check_err_status_ = (call);                                                \
    if (check_err_status_ != (code)) {                                         \
      fprintf(stderr, "%s:%d: %s returned %d (%s), expected %d (%s): %s\n",    \
              __FILE__, __LINE__, #call, (int)check_err_status_,               \
              as_status_str(check_err_status_), (int)(code),                   \
              as_status_str(code), as_last_error());                           \
      exit(1);                                                                 \
    }                                                                          \
    if (check_error_ == NULL || as_error_code(check_error_) != (code) ||       \
        strcmp(as_error_message(check_error_), as_last_error()) != 0) {        \
      fprintf(stderr, "%s:%d: %s: the error slot (%s) does not hold this "      \
              "failure (%s)\n", __FILE__, __LINE__, #call,                     \
              check_error_ ? as_error_message(check_error_) : "NULL",          \
              as_last_error());                                                \
      exit(1);                                                                 \
    }                                                                          \
    check_err_message_ = as_error_message(check_error_);                       \
    if (strstr(check_err_message_, (text1)) == NULL ||                         \
        strstr(check_err_message_, (text2)) == NULL) {                         \
      fprintf(stderr, "%s:%d: %s: message \"%s\" lacks \"%s\" or \"%s\"\n",    \
              __FILE__, __LINE__, #call, check_text_(check_err_message_),      \
              check_text_(text1), check_text_(text2));                         \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

/* Removes a store file with its -wal and -shm companions. */
static inline void remove_store(const char* path) {
  char name[512];
  remove(path);
  snprintf(name, sizeof name, "%s-wal", path);
  remove(name);
  snprintf(name, sizeof name, "%s-shm", path);
  remove(name);
}

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
