/*
 * aftersales.h - the C ABI of libaftersales: working calendars, legal periods
 * and dispatch service levels for after-sales service.
 *
 * C99. Link with -laftersales (pkg-config: aftersales; CMake: aftersales::capi).
 *
 * CONVENTIONS
 *
 * Status.      Every fallible function returns an as_status: AS_OK (0) or an
 *              AS_E_* code. The codes are pinned forever. as_status_str()
 *              gives a short static text for a code; as_last_error() gives
 *              the detailed message of the calling thread's last failed call,
 *              which names the offending field and value, e.g.
 *              "zone: unknown time zone 'Mars/Base'".
 *              A NULL pointer where one is required is AS_E_INVALID_ARGUMENT,
 *              with a message naming the argument ("out: must not be NULL");
 *              it never crashes.
 * Outputs.     Inputs come first, outputs (pointers named out*) last. Outputs
 *              are written only when the call returns AS_OK; on failure they
 *              keep whatever the caller put there.
 * Ownership.   Handles (as_calendar, as_dispatch_policy) are opaque. Each
 *              one made by an as_*_from_json / as_*_create / as_calendar_china
 *              call is released by its as_*_destroy function, which accepts
 *              NULL. Inputs are copied: the library keeps no pointer the
 *              caller passed in. A `const char*` or handle handed out through
 *              a `const T** out` parameter is borrowed: it lives as long as
 *              the handle it came from, and the caller must not free it.
 *              Memory returned through a `char** out` parameter is owned by
 *              the caller and released with as_free() (never with free()).
 *              Short text the caller keeps is copied into a caller buffer
 *              (char* buf, size_t cap, size_t* out_needed).
 * Threads.     Calendars and dispatch policies are immutable once made: every
 *              function taking a `const` handle may be called from any number
 *              of threads at once. Destroying a handle must not race with any
 *              other use of it. There is no global state and no init call.
 *              Each comment says "Thread safety: immutable" (safe from many
 *              threads), "any thread" (no handle involved) or
 *              "single-thread" (the caller serializes).
 * Time.        An instant is int64 Unix seconds UTC (`*_unix_s`). Working
 *              hours are local civil times of the calendar's time zone (an
 *              IANA name such as "Asia/Shanghai" or a POSIX rule such as
 *              "CST-8"). A local civil time in C is `*_local_s`: seconds since
 *              1970-01-01 00:00 counted as if the local clock were UTC.
 *              Supported range: years 1970..2199.
 * Dates.       Civil dates are int32 YYYYMMDD (`*_yyyymmdd`), e.g. 20251001.
 * Durations.   int64 seconds (`*_s`); working time is measured in real
 *              elapsed seconds inside working hours.
 * Money.       (later modules) int64 minor units, fen (`*_fen`); never floats.
 * Booleans.    int32_t, 0 = false, nonzero = true. No bool, no C enum types
 *              and no varargs cross this ABI.
 * Structs.     An extensible output struct starts with `size_t size`, which
 *              the caller sets to sizeof the struct it was compiled with
 *              (use the *_INIT macro); the library fills only that much.
 * Stability.   Within a major version only additions: new functions, new
 *              codes, new flags, new trailing struct fields. A changed
 *              behaviour gets a new function. Only `as_*` symbols are
 *              exported.
 */
#ifndef AFTERSALES_H
#define AFTERSALES_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(AFTERSALES_CAPI_BUILD)
#    define AS_API __declspec(dllexport)
#  else
#    define AS_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define AS_API __attribute__((visibility("default")))
#else
#  define AS_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Version                                                                  */
/* ------------------------------------------------------------------------ */

#define AS_VERSION_MAJOR 0
#define AS_VERSION_MINOR 1
#define AS_VERSION_PATCH 0
/* MAJOR*10000 + MINOR*100 + PATCH, for compile-time comparisons. */
#define AS_VERSION_NUMBER (AS_VERSION_MAJOR * 10000 + AS_VERSION_MINOR * 100 + AS_VERSION_PATCH)

/* The version of the library actually loaded, "major.minor.patch" (static
 * text). Compare with AS_VERSION_* to detect a header/library mismatch.
 * Thread safety: any thread. */
AS_API const char* as_version(void);
/* The same as a number, MAJOR*10000 + MINOR*100 + PATCH.
 * Thread safety: any thread. */
AS_API int32_t as_version_number(void);

/* ------------------------------------------------------------------------ */
/* Status codes and errors                                                  */
/* ------------------------------------------------------------------------ */

/* Pinned forever; equal to the C++ aftersales::ErrorCode and to the codes
 * the Python package maps to exception classes. */
typedef int32_t as_status;

#define AS_OK                  0 /* success */
#define AS_E_INVALID_ARGUMENT  1 /* a value breaks a rule (overlapping shifts, negative
                                    count, unknown flag) or a required pointer is NULL */
#define AS_E_NOT_FOUND         2 /* a name that is not known (time zone, service zone) */
#define AS_E_OUT_OF_RANGE      3 /* a date/instant outside 1970..2199, or past a strict
                                    calendar's horizon */
#define AS_E_PARSE             4 /* malformed text (JSON, "25:00", "2025-13-01") */
#define AS_E_STATE             5 /* an operation the record's state does not allow */
#define AS_E_STORAGE           6 /* database failure */
#define AS_E_NO_MEMORY         7 /* allocation failed */
#define AS_E_INTERNAL          8 /* a bug in the library; please report it */

/* Short static English text for a code ("invalid argument"); "unknown
 * status" for a code this version does not know. Never NULL.
 * Thread safety: any thread. */
AS_API const char* as_status_str(as_status status);

/* The detailed message of the last call on this thread that failed, naming
 * the field and the value ("week.mon[0].open: '25:00' is not a time of day"), or
 * "" if no call on this thread has failed yet. A successful call does not
 * clear it. The text belongs to the library and stays valid until the next
 * call into the library on the same thread; copy it to keep it.
 * Thread safety: any thread (each thread has its own message). */
AS_API const char* as_last_error(void);

/* Releases memory the library returned through a `char** out` parameter.
 * NULL is a no-op. Thread safety: any thread. */
AS_API void as_free(void* p);

/* ------------------------------------------------------------------------ */
/* Working calendars                                                        */
/* ------------------------------------------------------------------------ */

/* A working calendar: a time zone, a weekly pattern of shifts and date rules
 * (explicit shifts for a date > holiday > make-up working day > weekly
 * pattern), optionally a horizon (last date the date rules are known for).
 * Immutable. */
typedef struct as_calendar as_calendar;

/* A shift [open, close) in local civil time, in seconds after local midnight
 * of the date it opens on (09:00 = 32400). close <= open runs past midnight
 * and still belongs to the opening date; close may be 86400 (24:00). */
typedef struct as_shift {
  int32_t open_s;
  int32_t close_s;
} as_shift;

/* Builds a calendar from a JSON calendar document (a whole policy document
 * is accepted too; its "calendar" member is read). The text is UTF-8 and
 * NUL-terminated.
 * Errors: AS_E_PARSE (malformed JSON or time "25:00"), AS_E_NOT_FOUND
 * (unknown time zone), AS_E_INVALID_ARGUMENT (overlapping shifts, NULL
 * argument), AS_E_OUT_OF_RANGE (a date outside 1970..2199). The message
 * names the field, e.g. "week.mon[1].open".
 * Thread safety: any thread. *out is released with as_calendar_destroy. */
AS_API as_status as_calendar_from_json(const char* json, as_calendar** out);

/* The mainland China calendar: `hours` every Monday to Friday, statutory
 * holidays and make-up working days (tiaoxiu) from the State Council notices
 * 2004..2026 (a make-up day works with Monday's hours), horizon 2026-12-31
 * (December dates may still change with the next year's notice).
 *   hours, n_hours  the weekday shifts; n_hours == 0 (hours may then be NULL)
 *                   gives 09:00-12:00 and 13:00-18:00.
 *   zone            IANA name or POSIX rule; NULL gives "Asia/Shanghai".
 *   strict          nonzero: a computation that needs a date past the horizon
 *                   fails with AS_E_OUT_OF_RANGE; 0: such dates follow the
 *                   weekly pattern. The usual choice is 1.
 * Errors: AS_E_INVALID_ARGUMENT (bad or overlapping shifts, hours == NULL
 * with n_hours > 0, out == NULL), AS_E_NOT_FOUND (unknown zone).
 * Thread safety: any thread. *out is released with as_calendar_destroy. */
AS_API as_status as_calendar_china(const as_shift* hours, size_t n_hours, const char* zone,
                                   int32_t strict, as_calendar** out);

/* Releases a calendar; NULL is a no-op, and so is a calendar borrowed from a
 * dispatch policy (as_dispatch_policy_calendar), which lives as long as the
 * policy. Thread safety: single-thread (no other use of `calendar` may run). */
AS_API void as_calendar_destroy(as_calendar* calendar);

/* The calendar as a JSON calendar document; as_calendar_from_json reads it
 * back to an equal calendar. *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument), AS_E_NO_MEMORY.
 * Thread safety: immutable. */
AS_API as_status as_calendar_to_json(const as_calendar* calendar, char** out_json);

/* The calendar's time zone name ("Asia/Shanghai", "CST-8"); borrowed, lives
 * as long as `calendar`.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_calendar_zone(const as_calendar* calendar, const char** out_zone);

/* The last date the calendar's date rules are known for, or 0 when it has no
 * horizon. *out_strict (may be NULL) receives 1 if dates past the horizon
 * are an error, else 0.
 * Errors: AS_E_INVALID_ARGUMENT (NULL calendar or out_yyyymmdd).
 * Thread safety: immutable. */
AS_API as_status as_calendar_horizon(const as_calendar* calendar, int32_t* out_yyyymmdd,
                                     int32_t* out_strict);

/* The earliest instant t' >= at with exactly duration_s of working time in
 * [at, t'); for duration_s < 0 the latest t' <= at with -duration_s of
 * working time in [t', at). duration 0 gives `at` itself; a budget that
 * ends exactly at a close gives the close (18:00, not 09:00 next morning).
 * Errors: AS_E_OUT_OF_RANGE (outside 1970..2199, or past the horizon of a
 * strict calendar), AS_E_INVALID_ARGUMENT (NULL argument).
 * Thread safety: immutable. */
AS_API as_status as_calendar_add(const as_calendar* calendar, int64_t at_unix_s,
                                 int64_t duration_s, int64_t* out_unix_s);

/* Working time in [from, to), in seconds; negative when to < from.
 * Errors: as as_calendar_add. Thread safety: immutable. */
AS_API as_status as_calendar_between(const as_calendar* calendar, int64_t from_unix_s,
                                     int64_t to_unix_s, int64_t* out_s);

/* *out_working = 1 if `at` lies inside a shift, else 0.
 * Errors: as as_calendar_add. Thread safety: immutable. */
AS_API as_status as_calendar_is_working(const as_calendar* calendar, int64_t at_unix_s,
                                        int32_t* out_working);

/* `at` itself if it is working time, else the next instant a shift opens.
 * Errors: as as_calendar_add. Thread safety: immutable. */
AS_API as_status as_calendar_next_working(const as_calendar* calendar, int64_t at_unix_s,
                                          int64_t* out_unix_s);

/* *out_business = 1 if the date has any working time, else 0.
 * Errors: AS_E_PARSE (not a valid YYYYMMDD date, e.g. 20251301),
 * AS_E_OUT_OF_RANGE (outside 1970..2199 or past a strict horizon),
 * AS_E_INVALID_ARGUMENT (NULL argument).
 * Thread safety: immutable. */
AS_API as_status as_calendar_is_business_day(const as_calendar* calendar, int32_t date_yyyymmdd,
                                             int32_t* out_business);

/* The date n business days after `date` (before it when n < 0). n == 0
 * gives `date` if it is a business day, else the next business day.
 * Errors: as as_calendar_is_business_day. Thread safety: immutable. */
AS_API as_status as_calendar_advance(const as_calendar* calendar, int32_t date_yyyymmdd,
                                     int32_t n, int32_t* out_yyyymmdd);

/* The number of business days in [from, to); negative when to < from.
 * Errors: as as_calendar_is_business_day. Thread safety: immutable. */
AS_API as_status as_calendar_business_days_between(const as_calendar* calendar,
                                                   int32_t from_yyyymmdd, int32_t to_yyyymmdd,
                                                   int32_t* out_days);

/* The local date of an instant in the calendar's zone.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument), AS_E_OUT_OF_RANGE.
 * Thread safety: immutable. */
AS_API as_status as_calendar_local_date(const as_calendar* calendar, int64_t at_unix_s,
                                        int32_t* out_yyyymmdd);

/* Local civil time -> instant in the calendar's zone. A local time in a
 * spring-forward gap moves forward by the gap; an ambiguous autumn time
 * takes the earlier instant.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument), AS_E_OUT_OF_RANGE (outside
 * 1970..2199). Thread safety: immutable. */
AS_API as_status as_calendar_to_utc(const as_calendar* calendar, int64_t local_s,
                                    int64_t* out_unix_s);

/* Instant -> local civil time in the calendar's zone.
 * Errors: as as_calendar_to_utc. Thread safety: immutable. */
AS_API as_status as_calendar_to_local(const as_calendar* calendar, int64_t at_unix_s,
                                      int64_t* out_local_s);

/* ------------------------------------------------------------------------ */
/* Legal periods (PRC Civil Code arts. 200-204)                             */
/* ------------------------------------------------------------------------ */

/* Flags for as_period_end / as_period_deadline: agreements that depart from
 * the Civil Code defaults (art. 204). */
#define AS_PERIOD_COUNT_START_DAY   0x1u /* count the start day (art. 201 default: not) */
#define AS_PERIOD_NO_REST_EXTENSION 0x2u /* a last day on a rest day does not move on */

/* The last day of a period of `years`, then `months`, then `days` starting
 * on `start`: the start day is not counted; months/years end on the
 * corresponding day, or on the month's last day when it has none
 * (20240131 + 1 month = 20240229); a last day that is not a business day of
 * `calendar` moves to its next business day (20250924 + 7 days with the
 * China calendar = 20251009). calendar NULL: no extension.
 * Errors: AS_E_INVALID_ARGUMENT (negative part, more than 1200 months,
 * unknown flag bit, NULL out), AS_E_PARSE (start is not a valid YYYYMMDD
 * date), AS_E_OUT_OF_RANGE (result outside 1970..2199, so also any days
 * count past that, or past a strict calendar's horizon).
 * Thread safety: immutable (calendar) / any thread. */
AS_API as_status as_period_end(int32_t start_yyyymmdd, int32_t days, int32_t months,
                               int32_t years, const as_calendar* calendar, uint32_t flags,
                               int32_t* out_yyyymmdd);

/* The instant the period ends: the close of the last shift on the last day
 * when the calendar has working hours that day, else 24:00 local time.
 * `calendar` is required here.
 * Errors: as as_period_end, and AS_E_INVALID_ARGUMENT for a NULL calendar.
 * Thread safety: immutable. */
AS_API as_status as_period_deadline(int32_t start_yyyymmdd, int32_t days, int32_t months,
                                    int32_t years, const as_calendar* calendar, uint32_t flags,
                                    int64_t* out_unix_s);

/* ------------------------------------------------------------------------ */
/* Dispatch service levels (call to technician arrival)                     */
/* ------------------------------------------------------------------------ */

/* Service zones and their targets in working time (defaults: "urban" 6 h,
 * "suburban" 7 h, at risk below 1 h left), on a calendar. Immutable. */
typedef struct as_dispatch_policy as_dispatch_policy;

/* One service zone and its target, for as_dispatch_policy_create_targets. */
typedef struct as_dispatch_target {
  const char* service_zone; /* e.g. "urban"; copied */
  int64_t target_s;         /* working time from call to arrival, > 0 */
} as_dispatch_target;

/* An interval in which the SLA clock stops (customer not at home, waiting
 * for consent); its working time moves the deadline. */
typedef struct as_pause {
  int64_t start_unix_s;
  int64_t end_unix_s; /* ignored when open_ended != 0 */
  int32_t open_ended; /* nonzero: the pause has not ended yet */
} as_pause;

/* as_sla_status.state */
#define AS_SLA_RUNNING  0
#define AS_SLA_PAUSED   1
#define AS_SLA_MET      2 /* arrived by the deadline */
#define AS_SLA_BREACHED 3 /* not arrived by the deadline */

/* The state of one call's SLA clock at `now`. Set `size` before the call:
 *   as_sla_status st = AS_SLA_STATUS_INIT;
 * Later versions may append fields; the library fills only `size` bytes. */
typedef struct as_sla_status {
  size_t size;              /* in: sizeof(as_sla_status) */
  int32_t state;            /* AS_SLA_RUNNING / _PAUSED / _MET / _BREACHED */
  int32_t at_risk;          /* 1: running or paused with less than the policy's
                               at-risk amount left */
  int32_t has_next_change;  /* 1: next_change_unix_s is set */
  int32_t reserved0;        /* always 0 */
  int64_t deadline_unix_s;  /* when the technician must arrive; during an open
                               pause, the deadline if the clock resumed at now */
  int64_t target_s;         /* the zone's target, working seconds */
  int64_t elapsed_s;        /* working time counted (pauses excluded), up to
                               arrival or now */
  int64_t remaining_s;      /* target - elapsed, at least 0 */
  int64_t late_by_s;        /* elapsed - target, at least 0 */
  int64_t next_change_unix_s; /* next instant state or at_risk changes if
                                 nothing else happens; 0 if has_next_change == 0
                                 (met, breached, or an open pause) */
} as_sla_status;

#define AS_SLA_STATUS_INIT { sizeof(as_sla_status), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }

/* A call waiting in the dispatch queue, for as_dispatch_order. */
typedef struct as_queued_call {
  const char* id;              /* unique among the calls passed; ties break by id */
  int64_t received_unix_s;
  const char* service_zone;    /* "urban", "suburban", ... */
  int64_t dispatched_unix_s;   /* ignored when dispatched == 0 */
  int32_t dispatched;          /* nonzero: dispatched at dispatched_unix_s */
} as_queued_call;

/* A policy from a policy document {"calendar": {...}, "dispatch":
 * {"targets": {"urban": "6h", ...}, "at_risk": "1h"}}; a missing "dispatch"
 * section gives the defaults.
 * Errors: as as_calendar_from_json, plus AS_E_INVALID_ARGUMENT for a target
 * <= 0 or a negative at_risk. Thread safety: any thread. *out is released
 * with as_dispatch_policy_destroy. */
AS_API as_status as_dispatch_policy_from_json(const char* json, as_dispatch_policy** out);

/* The default policy (urban 6 h, suburban 7 h, at risk below 1 h) on a copy
 * of `calendar`; the calendar handle may be destroyed afterwards.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument).
 * Thread safety: immutable (calendar). */
AS_API as_status as_dispatch_policy_create(const as_calendar* calendar, as_dispatch_policy** out);

/* A policy with the given zones and targets (replacing the defaults) and
 * at-risk amount, on a copy of `calendar`.
 * Errors: AS_E_INVALID_ARGUMENT (n_targets == 0, empty or duplicate zone
 * name, target <= 0, at_risk_s < 0, NULL argument).
 * Thread safety: immutable (calendar). */
AS_API as_status as_dispatch_policy_create_targets(const as_calendar* calendar,
                                                   const as_dispatch_target* targets,
                                                   size_t n_targets, int64_t at_risk_s,
                                                   as_dispatch_policy** out);

/* Releases a policy; NULL is a no-op. Invalidates the borrowed calendar.
 * Thread safety: single-thread. */
AS_API void as_dispatch_policy_destroy(as_dispatch_policy* policy);

/* The policy as a policy document (calendar and dispatch sections).
 * *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_dispatch_policy_to_json(const as_dispatch_policy* policy, char** out_json);

/* The policy's calendar; borrowed, lives as long as `policy` (do not destroy).
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_dispatch_policy_calendar(const as_dispatch_policy* policy,
                                             const as_calendar** out_calendar);

/* The target of a service zone, in working seconds.
 * Errors: AS_E_NOT_FOUND (unknown zone), AS_E_INVALID_ARGUMENT (NULL
 * argument). Thread safety: immutable. */
AS_API as_status as_dispatch_policy_target(const as_dispatch_policy* policy,
                                           const char* service_zone, int64_t* out_target_s);

/* The arrival deadline of a call received at call_unix_s in `service_zone`:
 * the zone's target of working time after the call (a call outside working
 * hours starts at the next working moment), moved by the working time of
 * the pauses. pauses may be NULL when n_pauses == 0.
 * Errors: AS_E_NOT_FOUND (unknown service zone), AS_E_INVALID_ARGUMENT (a
 * pause that ends before it starts, NULL argument), AS_E_STATE (an open-ended
 * pause: the deadline is not known yet; as_dispatch_status gives the deadline
 * if the clock resumed now), AS_E_OUT_OF_RANGE (outside 1970..2199 or past a
 * strict horizon).
 * Thread safety: immutable. */
AS_API as_status as_dispatch_deadline(const as_dispatch_policy* policy, int64_t call_unix_s,
                                      const char* service_zone, const as_pause* pauses,
                                      size_t n_pauses, int64_t* out_unix_s);

/* The SLA state at now_unix_s of a call received at call_unix_s.
 *   arrival_unix_s  NULL: the technician has not arrived; else the arrival.
 *   out             caller struct with out->size set (AS_SLA_STATUS_INIT).
 *   rule_buf, rule_cap, out_rule_needed
 *                   the rule that produced the state, e.g.
 *                   "dispatch.target.urban = 6h of working time from call to arrival", copied into
 *                   rule_buf (NUL-terminated, truncated to rule_cap - 1
 *                   bytes). rule_buf may be NULL when rule_cap == 0.
 *                   *out_rule_needed (may be NULL) receives the size needed
 *                   including the NUL; call again with a larger buffer if it
 *                   exceeds rule_cap.
 * Errors: as as_dispatch_deadline (an open-ended pause is allowed here: the
 * state is then AS_SLA_PAUSED), plus AS_E_INVALID_ARGUMENT for now or arrival
 * before the call, or out->size smaller than the first version of
 * as_sla_status.
 * Thread safety: immutable. */
AS_API as_status as_dispatch_status(const as_dispatch_policy* policy, int64_t call_unix_s,
                                    const char* service_zone, int64_t now_unix_s,
                                    const as_pause* pauses, size_t n_pauses,
                                    const int64_t* arrival_unix_s, as_sla_status* out,
                                    char* rule_buf, size_t rule_cap, size_t* out_rule_needed);

/* The dispatch queue at now_unix_s: the calls received by now and not
 * dispatched by then, in the order to dispatch them (calls carried over from
 * an earlier business day first, then by deadline, then by call time, then
 * by id). out_order (capacity n_calls) receives indices into `calls`;
 * *out_count receives how many were written (<= n_calls). calls and
 * out_order may be NULL when n_calls == 0.
 * Errors: AS_E_NOT_FOUND (unknown service zone), AS_E_INVALID_ARGUMENT (NULL
 * or empty id, NULL zone, NULL argument, duplicate id: the ids must be unique
 * because they break ties), AS_E_OUT_OF_RANGE (an instant outside 1970..2199
 * or past a strict horizon).
 * Thread safety: immutable. */
AS_API as_status as_dispatch_order(const as_dispatch_policy* policy, const as_queued_call* calls,
                                   size_t n_calls, int64_t now_unix_s, size_t* out_order,
                                   size_t* out_count);

#ifdef __cplusplus
}
#endif

#endif /* AFTERSALES_H */
