/*
 * aftersales.h - the C ABI of libaftersales: working calendars, legal periods,
 * dispatch service levels, warranty decisions, the complaint workflow and
 * complaint penalties for after-sales service.
 *
 * C99. Link with -laftersales (pkg-config: aftersales; CMake: aftersales::capi).
 *
 * CONVENTIONS
 *
 * Status.      Every fallible function returns an as_status: AS_OK (0) or an
 *              AS_E_* code. The codes are pinned forever. as_status_str()
 *              gives a short static text for a code.
 * Errors.      Every fallible function takes, last, `as_error** error`, in
 *              the manner of GLib's GError: pass NULL when the detail is not
 *              wanted, else the address of an `as_error*` set to NULL. On
 *              failure *error receives a new error (as_error_code,
 *              as_error_message, as_error_field) that the caller releases
 *              with as_error_free, whatever thread reads it and whenever;
 *              on success *error is left NULL. A *error that is not NULL on
 *              entry is left as it is (never overwritten, never freed). The
 *              message names the caller's argument as the prototype spells
 *              it and the value, e.g. "service_zone: unknown service zone
 *              'rural'" or "calls[3].received_unix_s: ...". as_last_error()
 *              gives the same message for the calling thread's last call.
 *              A NULL pointer where one is required is AS_E_INVALID_ARGUMENT,
 *              with a message naming the argument ("out: must not be NULL");
 *              it never crashes.
 * Outputs.     Inputs come first, outputs (pointers named out*) last. Outputs
 *              are written only when the call returns AS_OK; on failure they
 *              keep whatever the caller put there.
 * Ownership.   Handles (as_calendar, as_dispatch_policy, as_warranty_policy,
 *              as_tariff, as_penalty_policy, as_penalty_ledger,
 *              as_complaint_policy, as_complaint, as_policy, as_store,
 *              as_call) are opaque. Each one made
 *              by an as_*_from_json / as_*_create / as_*_preset /
 *              as_*_default / as_calendar_china / as_tariff_tv_example /
 *              as_complaint_open / _advance / _reject / as_store_call call
 *              is released by its as_*_destroy function (a store by
 *              as_store_close), which accepts NULL. Inputs are
 *              copied: the library keeps no pointer the caller passed in. A
 *              `const char*` or handle handed out through
 *              a `const T** out` parameter, or in a `const char*` field of
 *              an output struct filled from a handle, is borrowed: it lives
 *              as long as the handle it came from, and the caller must not
 *              free it.
 *              Memory returned through a `char** out` parameter is owned by
 *              the caller and released with as_free() (never with free()).
 *              Short text the caller keeps is copied into a caller buffer
 *              (char* buf, size_t cap, size_t* out_needed).
 * Threads.     Calendars, dispatch, warranty, penalty and complaint
 *              policies, tariffs and complaints are immutable once made
 *              (a penalty ledger is not): every function taking a `const` handle
 *              may be called from any number of threads at once.
 *              Destroying a handle must not race with any other use of it.
 *              There is no global state and no init call.
 *              Each comment says "Thread safety: immutable" (safe from many
 *              threads), "any thread" (no handle involved) or
 *              "single-thread" (the caller serializes).
 * Callbacks.   The only function pointer the library calls is the store's
 *              clock (as_store_options.clock, with clock_context). Every
 *              as_store_* function that takes an open as_store* (reads as
 *              well as writes; not as_store_open, as_store_close,
 *              as_store_recomputed_get, as_store_schema_version) calls it
 *              once, on the calling thread, BEFORE the store takes its
 *              lock: never while the library holds any lock, so the clock
 *              may take the caller's own locks or wait for the host
 *              runtime's thread (a JNA, koffi or cgo callback) without
 *              blocking other threads' calls. That one reading is the
 *              call's "now" (the refusal of times in the future, defaults
 *              such as a report's as_of, the milliseconds of the ids it
 *              makes). The clock may run on several threads at once: make
 *              it thread-safe. It must not call the store it belongs to.
 *              The clock and what clock_context points to must stay valid
 *              until as_store_close returns.
 * Time.        An instant is int64 Unix seconds UTC (`*_unix_s`). Working
 *              hours are local civil times of the calendar's time zone (an
 *              IANA name such as "Asia/Shanghai" or a POSIX rule such as
 *              "CST-8"). A local civil time in C is `*_local_s`: seconds since
 *              1970-01-01 00:00 counted as if the local clock were UTC.
 *              Supported range: years 1970..2199.
 * Dates.       Civil dates are int32 YYYYMMDD (`*_yyyymmdd`), e.g. 20251001.
 * Durations.   int64 seconds (`*_s`); working time is measured in real
 *              elapsed seconds inside working hours.
 * Money.       int64 minor units, fen (`*_fen`); never floats.
 * Booleans.    int32_t, 0 = false, nonzero = true. No bool, no C enum types
 *              and no varargs cross this ABI.
 * Structs.     An extensible output struct starts with `size_t size`, which
 *              the caller sets to sizeof the struct it was compiled with
 *              (use the *_INIT macro); the library fills only that much.
 *              Input structs that may grow (as_unit_facts, as_fault_facts,
 *              ...) start with `size` too; the library reads only the fields
 *              it knows, and gives a field the caller's older struct lacks
 *              its *_INIT default. A `reserved*` field of an input struct
 *              must be 0.
 * Arrays.      An array of sized structs is read (or written) at the
 *              caller's stride: element i at `base + i * base[0].size`
 *              bytes, so an array built against an older or a newer header
 *              is read right; every element has the same size.
 * Stability.   Within a major version only additions: new functions, new
 *              codes, new flags, new trailing struct fields. A changed
 *              behaviour gets a new function. Only `as_*` symbols are
 *              exported.
 */
#ifndef AFTERSALES_H
#define AFTERSALES_H

#include <stddef.h>
#include <stdint.h>

/* AS_VERSION_MAJOR, AS_VERSION_MINOR and AS_VERSION_PATCH, generated from
 * project(VERSION) in CMakeLists.txt; installed beside this header. */
#include "aftersales_version.h"

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

/* AS_VERSION_MAJOR, _MINOR and _PATCH: aftersales_version.h (included above).
 * MAJOR*10000 + MINOR*100 + PATCH, for compile-time comparisons. */
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

/* The error of one call (see Errors in the conventions above): its code, its
 * message naming the argument and the value, and that argument's name.
 * Made by a failing call into `*error`; released with as_error_free. */
typedef struct as_error as_error;

/* The error's code (an AS_E_* value); AS_OK for NULL.
 * Thread safety: any thread (an as_error is immutable). */
AS_API as_status as_error_code(const as_error* error);
/* The whole message, "argument: what is wrong" ("service_zone: unknown
 * service zone 'rural' (known: suburban, urban)"); "" for NULL. Lives as
 * long as the error. Thread safety: any thread. */
AS_API const char* as_error_message(const as_error* error);
/* The name of the argument or field the error is about, as the caller
 * wrote it ("service_zone", "calls[3].received_unix_s"); "" when the error
 * names none, and for NULL. Lives as long as the error.
 * Thread safety: any thread. */
AS_API const char* as_error_field(const as_error* error);
/* Releases an error; NULL is a no-op. Thread safety: any thread. */
AS_API void as_error_free(as_error* error);

/* The message of the last call on this thread, "" when it succeeded: a
 * convenience for C callers, who may pass NULL for `error`. Every call that
 * can fail sets it (a successful one clears it). The text belongs to the
 * library and stays valid until the next call into the library on the same
 * thread. A runtime that moves work between OS threads (Go, Java pools,
 * Node's async calls) must use the `error` parameter instead.
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
AS_API as_status as_calendar_from_json(const char* json, as_calendar** out, as_error** error);

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
                                   int32_t strict, as_calendar** out, as_error** error);

/* as_calendar_china with a holiday file read at run time, to bring in a
 * notice the library was built without (next year's) without a rebuild.
 * The file has the format of data/cn_holidays.csv: the header
 * "date,kind,name", then one row per date: YYYY-MM-DD, "holiday" or
 * "workday" (a Saturday or Sunday announced as working), a name (quoted
 * when it holds a comma). A byte-order mark, CRLF, blank lines and a quoted
 * name are accepted; rows may come in any order.
 *   holidays_path  the file's path (the system's narrow encoding).
 * Rows for dates up to the built-in horizon (2026-12-31) must repeat the
 * table, except in its last December, where the next notice may add days.
 * Each later year in the file must be a whole notice: at least a holiday
 * row for every day the law fixes on a Gregorian date (国务院令第795号
 * art. 2: 1 January, 1-2 May, 1-3 October; the lunar festivals cannot be
 * checked, so the file must carry them too); the horizon becomes the 31
 * December of the file's latest year. `strict`
 * keeps its meaning past that horizon; the usual choice is 1.
 * Errors: as as_calendar_china, and AS_E_INVALID_ARGUMENT (holidays_path
 * NULL), AS_E_NOT_FOUND (the file cannot be read; the message names it),
 * AS_E_PARSE (a bad header or line, an unquoted name with a comma),
 * AS_E_OUT_OF_RANGE (a date outside 1970..2199), AS_E_INVALID_ARGUMENT (a
 * date twice, a workday on a weekday, a date that contradicts the built-in
 * table, a year without one of those days: "FILE: no row
 * '2027-05-01,holiday,...'").
 * A line's message starts with "FILE:LINE: " and names the column and the
 * value; the first bad line is reported and no calendar is made.
 * Thread safety: any thread. *out is released with as_calendar_destroy. */
AS_API as_status as_calendar_china_with_holidays(const as_shift* hours, size_t n_hours, const char* zone,
                                                 int32_t strict, const char* holidays_path,
                                                 as_calendar** out, as_error** error);

/* What a China calendar does with dates past its horizon (aftersales::PastHorizon):
 * REFUSE     a computation that needs such a date fails with
 *            AS_E_OUT_OF_RANGE (as_calendar_china's strict = 1; the default);
 * WEEKLY     such dates follow the weekly pattern (strict = 0);
 * STATUTORY  the statutory holidays of the law in force (全国年节及纪念日放假
 *            办法, 国务院令第795号 art. 2: 元旦, 春节 除夕..初三, 清明, 劳动节
 *            1-2 May, 端午, 中秋, 国庆 1-3 Oct) and, for each on a Saturday or
 *            Sunday, a substitute day off (补假, art. 6) on the next weekday
 *            after that festival's days that is neither a statutory day nor
 *            another substitute; no make-up working days (only the yearly
 *            notice gives them). These dates are provisional, through
 *            2100-12-31; later dates fail as in REFUSE. */
#define AS_PAST_HORIZON_REFUSE    0
#define AS_PAST_HORIZON_WEEKLY    1
#define AS_PAST_HORIZON_STATUTORY 2

/* as_calendar_china (holidays_path NULL) or as_calendar_china_with_holidays
 * with a choice of what happens past the horizon (AS_PAST_HORIZON_*). A
 * holiday file's years replace their provisional days wholly: the
 * provisional years start after the file's horizon.
 * Errors: as those two functions, and AS_E_INVALID_ARGUMENT naming
 * "past_horizon" for another value.
 * Thread safety: any thread. *out is released with as_calendar_destroy. */
AS_API as_status as_calendar_china_ex(const as_shift* hours, size_t n_hours, const char* zone,
                                      int32_t past_horizon, const char* holidays_path, as_calendar** out, as_error** error);

/* The calendar's AS_PAST_HORIZON_* mode, and the last provisional date
 * (yyyymmdd; 0 when the calendar has none). Either out pointer may be NULL.
 * Errors: AS_E_INVALID_ARGUMENT (NULL calendar). Thread safety: immutable. */
AS_API as_status as_calendar_past_horizon(const as_calendar* calendar, int32_t* out_mode,
                                          int32_t* out_provisional_until_yyyymmdd, as_error** error);

/* The first provisional year among the local dates of [from, to] (either
 * order), or 0 when none is touched: a verdict over that span leans on
 * statutory holidays only, the make-up days not yet published.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_calendar_provisional_year(const as_calendar* calendar, int64_t from_unix_s, int64_t to_unix_s,
                                              int32_t* out_year, as_error** error);

/* Releases a calendar; NULL is a no-op, and so is a calendar borrowed from a
 * dispatch policy (as_dispatch_policy_calendar), which lives as long as the
 * policy. Thread safety: single-thread (no other use of `calendar` may run). */
AS_API void as_calendar_destroy(as_calendar* calendar);

/* The calendar as a JSON calendar document; as_calendar_from_json reads it
 * back to an equal calendar. *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument), AS_E_NO_MEMORY.
 * Thread safety: immutable. */
AS_API as_status as_calendar_to_json(const as_calendar* calendar, char** out_json, as_error** error);

/* The calendar's time zone name ("Asia/Shanghai", "CST-8"); borrowed, lives
 * as long as `calendar`.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_calendar_zone(const as_calendar* calendar, const char** out_zone, as_error** error);

/* The last date the calendar's date rules are known for, or 0 when it has no
 * horizon. *out_strict (may be NULL) receives 1 if dates past the horizon
 * are an error, else 0.
 * Errors: AS_E_INVALID_ARGUMENT (NULL calendar or out_yyyymmdd).
 * Thread safety: immutable. */
AS_API as_status as_calendar_horizon(const as_calendar* calendar, int32_t* out_yyyymmdd,
                                     int32_t* out_strict, as_error** error);

/* The earliest instant t' >= at with exactly duration_s of working time in
 * [at, t'); for duration_s < 0 the latest t' <= at with -duration_s of
 * working time in [t', at). duration 0 gives `at` itself; a budget that
 * ends exactly at a close gives the close (18:00, not 09:00 next morning).
 * Errors: AS_E_OUT_OF_RANGE (outside 1970..2199, or past the horizon of a
 * strict calendar), AS_E_INVALID_ARGUMENT (NULL argument).
 * Thread safety: immutable. */
AS_API as_status as_calendar_add(const as_calendar* calendar, int64_t at_unix_s,
                                 int64_t duration_s, int64_t* out_unix_s, as_error** error);

/* Working time in [from, to), in seconds; negative when to < from.
 * Errors: as as_calendar_add. Thread safety: immutable. */
AS_API as_status as_calendar_between(const as_calendar* calendar, int64_t from_unix_s,
                                     int64_t to_unix_s, int64_t* out_s, as_error** error);

/* *out_working = 1 if `at` lies inside a shift, else 0.
 * Errors: as as_calendar_add. Thread safety: immutable. */
AS_API as_status as_calendar_is_working(const as_calendar* calendar, int64_t at_unix_s,
                                        int32_t* out_working, as_error** error);

/* `at` itself if it is working time, else the next instant a shift opens.
 * Errors: as as_calendar_add. Thread safety: immutable. */
AS_API as_status as_calendar_next_working(const as_calendar* calendar, int64_t at_unix_s,
                                          int64_t* out_unix_s, as_error** error);

/* *out_business = 1 if the date has any working time, else 0.
 * Errors: AS_E_PARSE (not a valid YYYYMMDD date, e.g. 20251301),
 * AS_E_OUT_OF_RANGE (outside 1970..2199 or past a strict horizon),
 * AS_E_INVALID_ARGUMENT (NULL argument).
 * Thread safety: immutable. */
AS_API as_status as_calendar_is_business_day(const as_calendar* calendar, int32_t date_yyyymmdd,
                                             int32_t* out_business, as_error** error);

/* The date n business days after `date` (before it when n < 0). n == 0
 * gives `date` if it is a business day, else the next business day.
 * Errors: as as_calendar_is_business_day. Thread safety: immutable. */
AS_API as_status as_calendar_advance(const as_calendar* calendar, int32_t date_yyyymmdd,
                                     int32_t n, int32_t* out_yyyymmdd, as_error** error);

/* The number of business days in [from, to); negative when to < from.
 * Errors: as as_calendar_is_business_day. Thread safety: immutable. */
AS_API as_status as_calendar_business_days_between(const as_calendar* calendar,
                                                   int32_t from_yyyymmdd, int32_t to_yyyymmdd,
                                                   int32_t* out_days, as_error** error);

/* The local date of an instant in the calendar's zone.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument), AS_E_OUT_OF_RANGE.
 * Thread safety: immutable. */
AS_API as_status as_calendar_local_date(const as_calendar* calendar, int64_t at_unix_s,
                                        int32_t* out_yyyymmdd, as_error** error);

/* Local civil time -> instant in the calendar's zone. A local time in a
 * spring-forward gap moves forward by the gap; an ambiguous autumn time
 * takes the earlier instant.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument), AS_E_OUT_OF_RANGE (outside
 * 1970..2199). Thread safety: immutable. */
AS_API as_status as_calendar_to_utc(const as_calendar* calendar, int64_t local_s,
                                    int64_t* out_unix_s, as_error** error);

/* Instant -> local civil time in the calendar's zone.
 * Errors: as as_calendar_to_utc. Thread safety: immutable. */
AS_API as_status as_calendar_to_local(const as_calendar* calendar, int64_t at_unix_s,
                                      int64_t* out_local_s, as_error** error);

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
                               int32_t* out_yyyymmdd, as_error** error);

/* The instant the period ends: the close of the last shift on the last day
 * when the calendar has working hours that day, else 24:00 local time.
 * `calendar` is required here.
 * Errors: as as_period_end, and AS_E_INVALID_ARGUMENT for a NULL calendar.
 * Thread safety: immutable. */
AS_API as_status as_period_deadline(int32_t start_yyyymmdd, int32_t days, int32_t months,
                                    int32_t years, const as_calendar* calendar, uint32_t flags,
                                    int64_t* out_unix_s, as_error** error);

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
/* A call handled by phone or remotely (seeds 003 2.2, 001), judged against
 * the policy's dispatch.remote targets: never an arrival met or breached.
 * as_sla_status never gives them (it judges visits). */
#define AS_SLA_REMOTE_RUNNING  4
#define AS_SLA_REMOTE_MET      5 /* first contact and resolution by their targets */
#define AS_SLA_REMOTE_BREACHED 6 /* one of them missed */

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

/* A call waiting in the dispatch queue with the pauses of its SLA clock, for
 * as_dispatch_queue. Set `size` before use:
 *   as_waiting_call c = AS_WAITING_CALL_INIT;
 * An array of it is read at the caller's stride (calls[0].size), so an array
 * built against this header keeps working when a later version appends
 * fields. */
typedef struct as_waiting_call {
  size_t size;                 /* in: sizeof(as_waiting_call) */
  const char* id;              /* unique among the calls passed; ties break by id */
  int64_t received_unix_s;
  const char* service_zone;    /* "urban", "suburban", ... */
  int64_t dispatched_unix_s;   /* ignored when dispatched == 0 */
  int32_t dispatched;          /* nonzero: dispatched at dispatched_unix_s */
  int32_t reserved0;           /* always 0 */
  const as_pause* pauses;      /* n_pauses pauses of the SLA clock, an open one
                                  included; NULL when n_pauses == 0 */
  size_t n_pauses;
} as_waiting_call;

#define AS_WAITING_CALL_INIT { sizeof(as_waiting_call), NULL, 0, NULL, 0, 0, 0, NULL, 0 }

/* A policy from a policy document {"calendar": {...}, "dispatch":
 * {"targets": {"urban": "6h", ...}, "at_risk": "1h"}}; a missing "dispatch"
 * section or member keeps the defaults (targets, when given, list every
 * zone). Targets and at_risk are working time, as as_parse_duration reads.
 * Errors: as as_calendar_from_json; AS_E_PARSE naming the member
 * for a duration outside the grammar (a bare number such as 6 or "3600", a
 * bare "m", a calendar unit such as "P6M"); AS_E_INVALID_ARGUMENT for a
 * target <= 0. Thread safety: any thread. *out is released with
 * as_dispatch_policy_destroy. */
AS_API as_status as_dispatch_policy_from_json(const char* json, as_dispatch_policy** out, as_error** error);

/* The default policy (urban 6 h, suburban 7 h, at risk below 1 h) on a copy
 * of `calendar`; the calendar handle may be destroyed afterwards.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument).
 * Thread safety: immutable (calendar). */
AS_API as_status as_dispatch_policy_create(const as_calendar* calendar, as_dispatch_policy** out, as_error** error);

/* A policy with the given zones and targets (replacing the defaults) and
 * at-risk amount, on a copy of `calendar`.
 * Errors: AS_E_INVALID_ARGUMENT (n_targets == 0, empty or duplicate zone
 * name, target <= 0, at_risk_s < 0, NULL argument).
 * Thread safety: immutable (calendar). */
AS_API as_status as_dispatch_policy_create_targets(const as_calendar* calendar,
                                                   const as_dispatch_target* targets,
                                                   size_t n_targets, int64_t at_risk_s,
                                                   as_dispatch_policy** out, as_error** error);

/* Releases a policy; NULL is a no-op. Invalidates the borrowed calendar.
 * Thread safety: single-thread. */
AS_API void as_dispatch_policy_destroy(as_dispatch_policy* policy);

/* The policy as a policy document (calendar and dispatch sections).
 * *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_dispatch_policy_to_json(const as_dispatch_policy* policy, char** out_json, as_error** error);

/* Working time as policy documents write it, in seconds: ISO 8601
 * "PT6H", "PT1H30M", "PT45S" or the short forms "6h", "1h30min", "45s"
 * (units h, min, s, largest first, each once; at most 100 years).
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument); AS_E_PARSE naming
 * "duration" for empty text, a bare number ("3600": no unit), a bare "m"
 * (minutes or months?), a calendar unit ("P1D", "6mo"), fractions, signs
 * or spaces; the message shows the accepted forms.
 * Thread safety: any thread. */
AS_API as_status as_parse_duration(const char* text, int64_t* out_s, as_error** error);

/* The policy's calendar; borrowed, lives as long as `policy` (do not destroy).
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_dispatch_policy_calendar(const as_dispatch_policy* policy,
                                             const as_calendar** out_calendar, as_error** error);

/* The target of a service zone, in working seconds.
 * Errors: AS_E_NOT_FOUND (unknown zone), AS_E_INVALID_ARGUMENT (NULL
 * argument). Thread safety: immutable. */
AS_API as_status as_dispatch_policy_target(const as_dispatch_policy* policy,
                                           const char* service_zone, int64_t* out_target_s, as_error** error);

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
                                      size_t n_pauses, int64_t* out_unix_s, as_error** error);

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
                                    char* rule_buf, size_t rule_cap, size_t* out_rule_needed, as_error** error);

/* The dispatch queue at now_unix_s: the calls received by now and not
 * dispatched by then, in the order to dispatch them (calls carried over from
 * an earlier business day first, then by the deadline the judge gives at now
 * -- a paused call's: its deadline if the clock resumed at now -- then by
 * call time, then by id). `calls` is read at the caller's stride
 * (calls[0].size; see Arrays above). out_order (capacity n_calls) receives indices into
 * `calls`; *out_count receives how many were written (<= n_calls). calls and
 * out_order may be NULL when n_calls == 0.
 * Errors: AS_E_NOT_FOUND (unknown service zone), AS_E_INVALID_ARGUMENT (NULL
 * or empty id, NULL zone, NULL pauses with n_pauses > 0, a pause that ends
 * before it starts, a nonzero reserved field, an element's size other than
 * element 0's, NULL
 * argument, duplicate id: the ids must be unique because they break ties),
 * AS_E_OUT_OF_RANGE (an instant outside 1970..2199 or past a strict horizon).
 * Thread safety: immutable. */
AS_API as_status as_dispatch_queue(const as_dispatch_policy* policy, const as_waiting_call* calls,
                                   size_t n_calls, int64_t now_unix_s, size_t* out_order,
                                   size_t* out_count, as_error** error);

/* as_dispatch_deadline for n calls in columns, without pauses (intake
 * deadlines for analysts): call i was received at call_unix_s[i] in
 * service_zones[zone_index[i]]; out_deadline_unix_s[i] receives its
 * deadline, exactly as as_dispatch_deadline gives it. One call crossing
 * from Java, Node or Go costs 5-60 times the work itself; a batch pays
 * that once.
 *   service_zones, n_service_zones
 *                the zone names the calls use, each given once (as a
 *                dictionary-encoded column keeps them: a pandas category,
 *                an Arrow dictionary), so a client converts a few strings
 *                rather than one per call and the library looks each zone
 *                up once. A zone no call uses may be unknown (it must not
 *                be NULL).
 *   zone_index   n indices into service_zones (Java int[], Node Int32Array,
 *                Go []int32); NULL: every call is in service_zones[0]
 *                (only when n_service_zones == 1).
 *   skip_errors  0: an element the library refuses (an unknown zone, a call
 *                time outside 1970..2199 or past a strict horizon) fails the
 *                call, naming it ("call_unix_s[7]", or "service_zones[1]"
 *                and the element using it), and nothing is written;
 *                nonzero: that element gets out_valid[i] = 0 and
 *                out_deadline_unix_s[i] = 0, and the others are answered.
 *   out_valid    n bytes, the validity mask (README "No value in column
 *                results", one byte per element as aftersales::Nullable
 *                keeps it): 1 = out_deadline_unix_s[i] holds a deadline,
 *                0 = no value. May be NULL when skip_errors == 0 (every
 *                element is then answered).
 *   out_answered if not NULL, receives the number of elements answered.
 * All arrays may be NULL when n == 0 (service_zones when n_service_zones
 * == 0).
 * Errors: AS_E_NOT_FOUND (unknown service zone), AS_E_OUT_OF_RANGE (a call
 * time outside 1970..2199 or past a strict horizon), AS_E_INVALID_ARGUMENT
 * (an index outside service_zones, a NULL zone name, n > 0 with
 * n_service_zones == 0, NULL zone_index with several zones, NULL out_valid
 * with skip_errors, NULL argument: these fail even with skip_errors).
 * Thread safety: immutable. */
AS_API as_status as_dispatch_deadline_many(const as_dispatch_policy* policy, size_t n,
                                           const int64_t* call_unix_s,
                                           const char* const* service_zones,
                                           size_t n_service_zones, const int32_t* zone_index,
                                           int32_t skip_errors, int64_t* out_deadline_unix_s,
                                           uint8_t* out_valid, size_t* out_answered, as_error** error);


/* ------------------------------------------------------------------------ */
/* Warranty: coverage, remedies (sanbao), service category, extended        */
/* warranties and maintenance contracts                                     */
/* ------------------------------------------------------------------------ */

/* A company's warranty rules: per product a whole-unit period, optional
 * per-component periods, the start basis (invoice, delivery or
 * installation), exclusions, a remedy table and a daily depreciation rate;
 * the sanbao windows and limits (return 7 days, exchange 15 days, 2 repairs,
 * 30 repair days, 90 days waiting for parts); and optionally a calendar on
 * which a last day that is a rest day moves to the next business day (Civil
 * Code art. 203). Without a calendar no day moves. Immutable. */
typedef struct as_warranty_policy as_warranty_policy;

/* Facts about one unit, for coverage, remedy and category questions. Fill
 * it from the initializer, which sets `size` and the defaults:
 *   as_unit_facts unit = AS_UNIT_FACTS_INIT;
 *   unit.product = "colour_tv";
 *   unit.purchased_yyyymmdd = 20250110;
 * The library copies what it needs; the strings need only live during the
 * call. */
typedef struct as_unit_facts {
  size_t size;                /* in: sizeof(as_unit_facts) */
  const char* product;        /* a product of the policy ("colour_tv", "piano");
                                 UTF-8, NUL-terminated; required */
  int32_t purchased_yyyymmdd; /* invoice date (housing: completion acceptance);
                                 required */
  int32_t delivered_yyyymmdd; /* delivery date, 0: not given; required when the
                                 product's period counts from delivery */
  int32_t installed_yyyymmdd; /* installation date, 0: not given; required when
                                 the period counts from installation */
  int32_t exchanged_yyyymmdd; /* 0: never exchanged; else the date of the
                                 exchange, from which every period restarts */
  int32_t repair_days;        /* days the unit spent under repair or waiting for
                                 parts; extends every period (sanbao art. 8);
                                 >= 0 */
  int32_t has_mileage;        /* nonzero: mileage_km is given */
  int64_t mileage_km;         /* odometer on the day asked about (the fault day
                                 for remedies), 0..10,000,000; a term with a km
                                 limit (car: 60,000) ends there if that comes
                                 first. Read only when has_mileage != 0; not
                                 given, dates alone decide */
  /* Housing (the "housing" preset): purchased_yyyymmdd is the completion
     acceptance, from which the contractor's guarantee counts (Construction
     Quality Regulation art. 40), and delivered_yyyymmdd the handover to the
     owner, from which the owner's guarantee counts (Commodity Housing Sales
     Measures art. 33: from delivery); required for housing. A part is
     covered until the later of the two ends; the rule text names which. */
  const char* repairer;       /* NULL: none named; else the repairer the home's
                                 quality guarantee names (1998 art. 4), UTF-8;
                                 the rule text ends "; repairer: <it>" so a
                                 call can be routed to it */
  int32_t design_life_years;  /* 0: not given; else 1..100, the design service
                                 life the project's design documents give;
                                 required for housing part
                                 foundation_structure (the law gives no
                                 number) */
  int32_t reserved1;          /* must be 0 */
} as_unit_facts;

#define AS_UNIT_FACTS_INIT { sizeof(as_unit_facts), NULL, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0 }

/* Facts about one fault, for as_warranty_remedy. Fill it from the
 * initializer (which sets `size`, and same_model_available = 1):
 *   as_fault_facts fault = AS_FAULT_FACTS_INIT;
 *   fault.fault_on_yyyymmdd = 20250115; */
typedef struct as_fault_facts {
  size_t size;                  /* in: sizeof(as_fault_facts) */
  const char* fault;            /* NULL or "performance": a performance fault,
                                   decided by the sanbao windows; else a fault
                                   kind of the product's remedy table
                                   ("soundboard_crack"). UTF-8 */
  const char* component;        /* NULL: the unit; else the faulty part, when it
                                   has a term of its own ("picture_tube"):
                                   past the whole-unit term its term gives a
                                   free repair. UTF-8 */
  const char* cause;            /* NULL: no excluded cause; else a cause the
                                   policy excludes ("misuse"), which gives a
                                   paid repair. UTF-8 */
  int64_t price_fen;            /* the invoice price, 0..2^50; read only when
                                   has_price != 0 */
  int32_t fault_on_yyyymmdd;    /* the day of the fault; a return is valued as
                                   of this day; not before the purchase;
                                   required */
  int32_t prior_repairs;        /* repairs of this fault within the period, >= 0 */
  int32_t repair_days;          /* days the current repair has taken through the
                                   repairer, >= 0 */
  int32_t waiting_parts_days;   /* days waiting for the producer's parts, >= 0 */
  int32_t same_model_available; /* nonzero (the default): an exchange is
                                   possible; 0: an exchange becomes a return */
  int32_t has_price;            /* nonzero: price_fen is given, and a return
                                   gets a refund amount */
  int32_t refused_exchange;     /* nonzero: the customer returns although an
                                   exchange was offered; the refund is less
                                   depreciation from the purchase to the fault
                                   day, minus the repair and parts days */
  int32_t reserved0;            /* must be 0 */
  /* Added by issue 27: a caller built with an older header reads 0. */
  int32_t unrepairable;         /* nonzero: the repairer found the unit cannot
                                   be repaired; when an extended warranty
                                   alone covers the fault, the remedy is a new
                                   unit (AS_REMEDY_REPLACEMENT, seed 002
                                   part 3); within the maker's terms it
                                   changes nothing. Default 0 */
  int32_t reserved1;            /* must be 0 */
  /* Added by issue 27 (car 2021): a caller built with an older header reads 0. */
  int32_t prior_replacements;   /* times this fault's assembly or main part was
                                   replaced for quality problems within the
                                   remedy period, >= 0 (car 2021 art. 24
                                   para. 1 (2)/(3)). Art. 24 para. 2: an
                                   assembly's replacements and its main
                                   parts' are not counted twice: count each
                                   replacement once, under the fault kind
                                   given. Default 0 */
  int32_t has_usage_coefficient; /* nonzero: usage_coefficient_ppm is given */
  int32_t usage_coefficient_ppm; /* the unit's usage coefficient n from its
                                   sanbao voucher, in millionths (0.4 % =
                                   4000), at most the product's
                                   usage_coefficient_max_ppm (car 2021 art.
                                   27: 5000); not given: the product's */
  int32_t reserved2;            /* must be 0 */
} as_fault_facts;

#define AS_FAULT_FACTS_INIT { sizeof(as_fault_facts), NULL, NULL, NULL, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 }

/* An extended warranty (yanbao) bought with the unit: whole unit, from the
 * day after the maker's whole-unit period ends, for `years` years. An array
 * element: no size field. */
typedef struct as_extended_warranty {
  const char* id;                  /* names it in rules; unique among those
                                      passed in one call; required */
  const char* const* extra_causes; /* causes it covers although the policy
                                      excludes them ("voltage"); may be NULL
                                      when n_extra_causes == 0; no NULL entry */
  size_t n_extra_causes;
  int32_t years;                   /* 1..the policy's max_extended_years
                                      (default 5) */
  int32_t reserved0;               /* must be 0 */
} as_extended_warranty;

#define AS_EXTENDED_WARRANTY_INIT { NULL, NULL, 0, 1, 0 }

/* A maintenance contract (hetong fuwu). An array element: no size field. */
typedef struct as_maintenance_contract {
  const char* id;         /* unique among the contracts passed in one call;
                             required */
  const char* successor;  /* the id of the renewal once renewed, else NULL;
                             a renewed contract gets no expiry notice */
  int32_t start_yyyymmdd; /* first day covered */
  int32_t end_yyyymmdd;   /* last day covered, not before start */
} as_maintenance_contract;

#define AS_MAINTENANCE_CONTRACT_INIT { NULL, NULL, 0, 0 }

/* as_coverage.term: the term that answered. */
#define AS_TERM_WHOLE_UNIT 0 /* the whole-unit period */
#define AS_TERM_COMPONENT  1 /* the period of the component asked about */
#define AS_TERM_EXTENDED   2 /* an extended warranty (extended_index says which) */

/* The answer of as_warranty_coverage. Set `size` before the call:
 *   as_coverage cov = AS_COVERAGE_INIT;
 * Later versions may append fields; the library fills only `size` bytes. */
typedef struct as_coverage {
  size_t size;            /* in: sizeof(as_coverage) */
  int32_t covered;        /* 1: free service on that date, else 0 */
  int32_t until_yyyymmdd; /* the last covered day of the term that answered,
                             also when it has expired or the cause is
                             excluded; 0 if there is none */
  int32_t term;           /* AS_TERM_* */
  int32_t excluded;       /* 1: not covered because the cause is excluded
                             (the rule names the exclusion), else 0 */
  int32_t extended_index; /* term == AS_TERM_EXTENDED: the index into
                             `extended` of the warranty that covers; else -1 */
  int32_t reserved0;      /* always 0 */
} as_coverage;

#define AS_COVERAGE_INIT { sizeof(as_coverage), 0, 0, 0, 0, -1, 0 }

/* as_remedy.options: the remedies the customer may choose from. */
#define AS_REMEDY_RETURN   0x1u /* return for a refund */
#define AS_REMEDY_EXCHANGE 0x2u /* exchange for the same model */
#define AS_REMEDY_REPAIR   0x4u /* repair */
#define AS_REMEDY_REPLACEMENT 0x8u /* a new unit for one that cannot be
                                      repaired, under an extended warranty
                                      (seed 002 part 3); only when the
                                      caller set as_fault_facts.unrepairable */
#define AS_REMEDY_ASSEMBLY_REPLACEMENT 0x10u /* the free replacement of the
                                      faulty assembly: engine, gearbox,
                                      traction battery or drive motor (car
                                      2021 art. 20), when a fault window of
                                      the policy lists it */

/* The answer of as_warranty_remedy. Set `size` before the call:
 *   as_remedy r = AS_REMEDY_INIT;
 * Later versions may append fields; the library fills only `size` bytes. */
typedef struct as_remedy {
  size_t size;            /* in: sizeof(as_remedy) */
  uint32_t options;       /* AS_REMEDY_* bits; never 0 */
  int32_t free_of_charge; /* 1: free (parts and labour); 0: paid (out of
                             warranty, or an excluded cause) */
  int32_t has_refund;     /* 1: return is an option and the fault facts gave
                             a price, so refund_fen is set */
  int32_t reserved0;      /* always 0 */
  int64_t refund_fen;     /* the refund on a return: the invoice price, or the
                             price less depreciation when an exchange was
                             refused, or less the usage compensation (car
                             2021 art. 27); 0 when has_refund == 0 */
  /* Added by issue 27: filled only when `size` reaches them. */
  int32_t has_usage_compensation; /* 1: an exchange or return under car 2021
                             art. 24 para. 1 with the price, the mileage and
                             the usage coefficient known: usage_compensation_fen
                             is set */
  int32_t reserved1;      /* always 0 */
  int64_t usage_compensation_fen; /* art. 27: price x km / 1000 x n, rounded
                             half up to the fen, at most the price; what the
                             consumer pays on that exchange or return */
} as_remedy;

#define AS_REMEDY_INIT { sizeof(as_remedy), 0, 0, 0, 0, 0, 0, 0, 0 }

/* as_warranty_category: the service category of a job (jiadian (6)). */
#define AS_CATEGORY_PAID     0 /* A: paid work */
#define AS_CATEGORY_CONTRACT 1 /* B: covered by a maintenance contract */
#define AS_CATEGORY_FREE     2 /* C: covered by a warranty, cause not excluded */
#define AS_CATEGORY_INTERNAL 3 /* D: internal work (inspection, training, ...) */

/* A built-in policy by name:
 *   "sanbao"    the 1995 sanbao rules; products colour_tv (whole unit 1 year;
 *               picture_tube, flyback_transformer, tuner, ics 3 years;
 *               depreciation 0.1 %/day), bw_tv (as colour_tv, 0.05 %/day),
 *               vcr (1 year; drum_motor, capstan_motor, loading_motor, ics
 *               1 year; 0.1 %/day), bicycle (1 year; frame, derailleur 2
 *               years; 0.05 %/day): rows 1-4 of the 1995 annex;
 *   "piano"     seed 001's piano terms: 3 years and its remedy table
 *               (iron_frame, soundboard_crack -> return; pedal_spring ->
 *               exchange; hammer_glue -> return or repair; case_crack,
 *               tuning_pins, broken_keys -> repair); no 7/15-day windows,
 *               repair count or 30/90-day limits (the terms give none);
 *   "housing"   product housing: per part (the component: roof_waterproofing,
 *               pipe_blockage, ...; no whole-unit term) the later of the
 *               owner's guarantee from handover (delivered_yyyymmdd; the
 *               1998 minimum: roof 3 years, pipe_blockage 2 months, ...) and
 *               the contractor's from completion acceptance
 *               (purchased_yyyymmdd; Construction Quality Regulation art.
 *               40: roof 5 years, ...); heating_system and cooling_system
 *               count seasons whose dates a policy document gives
 *               ("seasons"; none in the preset); foundation_structure needs
 *               unit.design_life_years (see as_unit_facts);
 *   "car_2021"  product car: the 2021 car sanbao rules, repair warranty 3
 *               years or 60,000 km, exchange and return within 2 years or
 *               50,000 km (the km limits apply when the unit's mileage is
 *               given), from delivery when delivered_yyyymmdd is given;
 *               fault kinds major_assembly (7 days), major_part (60 days
 *               or 3,000 km: AS_REMEDY_ASSEMBLY_REPLACEMENT),
 *               safety_failure (60 days or 3,000 km), serious_safety,
 *               main_part (repeat limits); the preset's note cites each
 *               article.
 * Causes the presets exclude: transport_storage, misuse, environment,
 * force_majeure, unauthorised_repair, no_voucher, voucher_mismatch (piano:
 * the first five; housing: misuse, force_majeure;
 * car_2021, its art. 32: disclosed_defect, misuse, modification,
 * improper_handling, force_majeure).
 * as_warranty_policy_to_json shows every term of a preset.
 *   calendar  NULL: no rest-day extension; else a copy is kept (the handle
 *             may be destroyed afterwards). A last day past a strict
 *             calendar's horizon is not moved (warranties end years ahead).
 * Errors: AS_E_NOT_FOUND (unknown name), AS_E_INVALID_ARGUMENT (NULL name
 * or out). Thread safety: immutable (calendar). *out is released with
 * as_warranty_policy_destroy. */
AS_API as_status as_warranty_policy_preset(const char* name, const as_calendar* calendar,
                                           as_warranty_policy** out, as_error** error);

/* A policy from a policy document's "warranty" section (a whole policy
 * document or the section alone) over the "sanbao" preset: members left out
 * keep the preset's ("rules" merge member by member; "exclusions" and
 * "products", when given, replace the preset's): {"rules": {...}, "exclusions": [...],
 * "products": {"colour_tv": {"whole_unit": "1y", "basis": "invoice",
 * "components": {"picture_tube": "3y"}, "exclusions": [...], "remedies":
 * {"kind": ["return", "repair"]}, "depreciation_ppm_per_day": 1000,
 * "remedy_period": "2y"}}}. Periods are ISO 8601 "P1Y", "P6M", "P2Y6M",
 * "P15D" or "1y", "6mo", "2y6mo", "15d" (a bare number, a bare "m" or
 * working time such as "6h" is AS_E_PARSE naming the member). The rules
 * return_days, exchange_days, max_repairs, repair_limit_days and
 * parts_limit_days take a number or "none": not offered (0 means the same;
 * null is AS_E_PARSE, not the default); so do answer_working_days and
 * complete_working_days (car 2021 art. 28); refused_exchange_return is
 * true or false (1995 art. 13's return on a refused exchange). A product
 * may give "repeat_limits", "usage_coefficient_max_ppm" and
 * "usage_coefficient_ppm" (car 2021 art. 24, 27; see the car_2021 preset's
 * to_json). A
 * "calendar" member of the document is not read: pass `calendar` (NULL:
 * none), as for as_warranty_policy_preset.
 * Errors: AS_E_PARSE (malformed JSON, a missing member, a wrong type, a bad
 * period), AS_E_INVALID_ARGUMENT (more than 1200 months, unknown remedy or
 * basis, a product given twice, NULL json or out). The message names the
 * field, e.g. "warranty.products.tv.whole_unit".
 * Thread safety: immutable (calendar). *out is released with
 * as_warranty_policy_destroy. */
AS_API as_status as_warranty_policy_from_json(const char* json, const as_calendar* calendar,
                                              as_warranty_policy** out, as_error** error);

/* Releases a policy; NULL is a no-op. Thread safety: single-thread. */
AS_API void as_warranty_policy_destroy(as_warranty_policy* policy);

/* The policy as a policy document {"warranty": {...}} (without the
 * calendar); as_warranty_policy_from_json reads it back to an equal policy.
 * *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_warranty_policy_to_json(const as_warranty_policy* policy, char** out_json, as_error** error);

/* Whether `unit` has free service on on_yyyymmdd.
 *   component  NULL: the whole unit; else a component of the product
 *              ("picture_tube") with a period of its own.
 *   cause      NULL: none; else a cause the policy excludes ("misuse"): the
 *              answer is then "not covered" with excluded = 1 and the rule
 *              naming the exclusion (an answer, not an error), unless an
 *              extended warranty running that day covers the cause.
 *   extended, n_extended
 *              extended warranties of the unit; extended may be NULL when
 *              n_extended == 0.
 *   out        caller struct with out->size set (AS_COVERAGE_INIT).
 *   rule_buf, rule_cap, out_rule_needed
 *              the rule that answered, e.g. "warranty.colour_tv.whole_unit
 *              = 1 year from invoice 2025-01-10: until 2026-01-12", copied
 *              as for as_dispatch_status (NUL-terminated, truncated to
 *              rule_cap - 1 bytes; rule_buf may be NULL when rule_cap == 0;
 *              *out_rule_needed, if not NULL, receives the size needed
 *              including the NUL).
 * A period counts by the legal period rule from the start basis (or the
 * exchange), then adds unit->repair_days.
 * Errors: AS_E_NOT_FOUND (unknown product, component or cause; the message
 * names "unit.product", "component" or "cause" and lists the known names),
 * AS_E_INVALID_ARGUMENT (on before the purchase, a negative count, a
 * missing delivery or installation date the product needs, an extended
 * warranty's years out of range, a duplicate extended id, a nonzero
 * reserved field, a struct size too small, NULL argument), AS_E_PARSE (a
 * date that is not a valid YYYYMMDD), AS_E_OUT_OF_RANGE (a date outside
 * 1970..2199).
 * Thread safety: immutable. */
AS_API as_status as_warranty_coverage(const as_warranty_policy* policy, const as_unit_facts* unit,
                                      int32_t on_yyyymmdd, const char* component,
                                      const char* cause, const as_extended_warranty* extended,
                                      size_t n_extended, as_coverage* out, char* rule_buf,
                                      size_t rule_cap, size_t* out_rule_needed, as_error** error);

/* as_warranty_coverage for n units of one product, in columns: unit i was
 * bought (invoice date) on purchased_yyyymmdd[i] and is asked about on
 * on_yyyymmdd[i], with no cause, no extended warranty and no repair days.
 * Writes covered[i] (1 or 0) and until_yyyymmdd[i] (the term's last day).
 * The term is worked out once per distinct purchase date, so a batch costs
 * little more than a comparison per unit.
 *   component    NULL: the whole unit; else a component of the product.
 *   skip_errors  0: an element the library refuses fails the call, naming
 *                it ("on_yyyymmdd[7]"), and nothing is written; 1: that
 *                element gets covered 0 and until 0 instead.
 *   out_answered if not NULL, receives the number of elements answered.
 * An element with a 0 date (no date) gets covered 0 and until 0.
 * Errors: AS_E_NOT_FOUND (unknown product or component), AS_E_INVALID_ARGUMENT
 * (a product counted from delivery or installation, on before the purchase,
 * NULL arrays with n > 0), AS_E_PARSE (a date that is not a valid YYYYMMDD),
 * AS_E_OUT_OF_RANGE (a date outside 1970..2199, a term past 2199).
 * Thread safety: immutable. */
AS_API as_status as_warranty_coverage_many(const as_warranty_policy* policy, const char* product,
                                           const char* component, size_t n,
                                           const int32_t* purchased_yyyymmdd,
                                           const int32_t* on_yyyymmdd, int32_t skip_errors,
                                           int32_t* covered, int32_t* until_yyyymmdd,
                                           size_t* out_answered, as_error** error);

/* The remedies the customer may choose for a fault (sanbao, 1995), in
 * order: an excluded cause or a fault out of warranty -> paid repair;
 * repaired prior_repairs >= max_repairs times, a repair longer than the
 * repair limit or parts missing longer than the parts limit -> free
 * exchange (or return after too many repairs); a remedy-table fault kind ->
 * the table's remedies; a performance fault within 7 days of the purchase
 * -> return, exchange or repair; within 15 days -> exchange or repair;
 * within the warranty -> free repair. No same model available turns an
 * exchange into a return; refused_exchange adds a return wherever an exchange
 * is offered (outside the 7-day window), refunded less depreciation, where
 * the policy's rules.refused_exchange_return is true (sanbao; not piano or
 * car_2021). Car 2021: a fault kind of the product's repeat_limits repaired
 * or replaced its limit of times (art. 24 para. 1 (1)-(3)) -> its remedies;
 * an exchange or return under art. 24 para. 1 with the price, the mileage
 * and n known carries the usage compensation (art. 27) and the refund is
 * the price less it. A return
 * with a price has a refund. The remedies run in the whole-unit term (or the
 * product's remedy period), restarted by an exchange; a fault covered only by
 * a component's term or an extended warranty gets a free repair. A fault an
 * extended warranty alone covers, on a unit that cannot be repaired
 * (fault->unrepairable != 0), gets a new unit: AS_REMEDY_REPLACEMENT, free
 * (seed 002 part 3: a unit that cannot be repaired is replaced).
 *   extended, n_extended
 *              the unit's extended warranties, as for as_warranty_coverage.
 *   out        caller struct with out->size set (AS_REMEDY_INIT).
 *   rule_buf, rule_cap, out_rule_needed
 *              the deciding rule, as for as_warranty_coverage.
 *   out_trail  NULL, or receives every rule checked, in order, one per line
 *              ("\n" between lines); released with as_free.
 * Errors: AS_E_NOT_FOUND (unknown product, cause or fault kind: the message
 * names "unit.product", "fault.cause" or "fault.fault"),
 * AS_E_INVALID_ARGUMENT (the fault before the purchase, a negative count or
 * price, a price above 2^50 fen, a nonzero reserved field, a struct size too
 * small, NULL argument), AS_E_PARSE / AS_E_OUT_OF_RANGE (bad dates),
 * AS_E_NO_MEMORY.
 * Thread safety: immutable. */
AS_API as_status as_warranty_remedy(const as_warranty_policy* policy, const as_unit_facts* unit,
                                    const as_fault_facts* fault, const as_extended_warranty* extended,
                                    size_t n_extended, as_remedy* out, char* rule_buf,
                                    size_t rule_cap, size_t* out_rule_needed, char** out_trail, as_error** error);

/* Car 2021 art. 28: the last day for the seller's answer to an exchange or
 * return request, answer_working_days (car: 10) working days after it was
 * received, and for completing it, complete_working_days (car: 20) working
 * days after the request; counted on the policy's calendar (weekends and
 * holidays skipped, make-up working days counted, the day itself not
 * counted).
 *   received_yyyymmdd   0: the request day; else not before it.
 *   out_answer_by_yyyymmdd, out_complete_by_yyyymmdd
 *              receive the dates, 0 where the policy gives none ("none").
 * Errors: AS_E_STATE naming "calendar" (a policy without a calendar),
 * AS_E_INVALID_ARGUMENT naming "warranty.rules.answer_working_days" (the
 * policy gives neither deadline: every preset but car_2021) or "received"
 * (before the request), AS_E_PARSE / AS_E_OUT_OF_RANGE (bad dates, past
 * the calendar's horizon). Thread safety: immutable. */
AS_API as_status as_warranty_exchange_deadlines(const as_warranty_policy* policy, int32_t requested_yyyymmdd,
                                                int32_t received_yyyymmdd, int32_t* out_answer_by_yyyymmdd,
                                                int32_t* out_complete_by_yyyymmdd, as_error** error);

/* The service category of a job on on_yyyymmdd: AS_CATEGORY_INTERNAL when
 * internal != 0; else AS_CATEGORY_FREE when a warranty (the maker's or an
 * extended one) covers the unit that day and the cause is not excluded;
 * else AS_CATEGORY_CONTRACT when a maintenance contract runs that day; else
 * AS_CATEGORY_PAID.
 *   unit       may be NULL when internal != 0 (no unit involved).
 *   cause      NULL or an excluded cause, as for as_warranty_coverage.
 *   contracts, extended
 *              may be NULL when their count is 0.
 *   out_category  receives AS_CATEGORY_*.
 *   rule_buf, rule_cap, out_rule_needed
 *              the rule, e.g. "category C (free): warranty.colour_tv...",
 *              as for as_warranty_coverage.
 * Errors: as as_warranty_coverage, plus AS_E_INVALID_ARGUMENT for a
 * contract that ends before it starts, a NULL or duplicate contract id.
 * Thread safety: immutable. */
AS_API as_status as_warranty_category(const as_warranty_policy* policy, const as_unit_facts* unit,
                                      int32_t on_yyyymmdd, const char* cause,
                                      const as_maintenance_contract* contracts,
                                      size_t n_contracts, const as_extended_warranty* extended,
                                      size_t n_extended, int32_t internal, int32_t* out_category,
                                      char* rule_buf, size_t rule_cap, size_t* out_rule_needed, as_error** error);

/* Extended-warranty prices: per length in years, a rate in ten-thousandths
 * of the product price; a price is rounded half up to the fen. Immutable. */
typedef struct as_tariff as_tariff;

/* One length of a tariff, for as_tariff_create. */
typedef struct as_tariff_rate {
  int32_t years;          /* >= 1; unique within the tariff */
  int32_t rate_per_10000; /* 0..10000 (465 = 4.65 % of the product price) */
} as_tariff_rate;

/* The RULES.md example tariff for TVs: 1 year 4.65 %, 2 years 8.80 %,
 * 3 years 12.95 %, 4 years 17.05 % (a 6,000 yuan TV: 279 / 528 / 777 /
 * 1,023 yuan).
 * Errors: AS_E_INVALID_ARGUMENT (NULL out). Thread safety: any thread.
 * *out is released with as_tariff_destroy. */
AS_API as_status as_tariff_tv_example(as_tariff** out, as_error** error);

/* A tariff from its rates.
 * Errors: AS_E_INVALID_ARGUMENT (n_rates == 0, years < 1, a duplicate
 * years, a rate outside 0..10000, NULL argument). The message names the
 * element, e.g. "rates[1].years". Thread safety: any thread. *out is
 * released with as_tariff_destroy. */
AS_API as_status as_tariff_create(const as_tariff_rate* rates, size_t n_rates, as_tariff** out, as_error** error);

/* Releases a tariff; NULL is a no-op. Thread safety: single-thread. */
AS_API void as_tariff_destroy(as_tariff* tariff);

/* The price in fen of an extended warranty of `years` for a product of
 * price_fen (0..2^50).
 * Errors: AS_E_INVALID_ARGUMENT (years not in the tariff, a negative or too
 * large price, NULL argument). Thread safety: immutable. */
AS_API as_status as_tariff_price(const as_tariff* tariff, int64_t price_fen, int32_t years,
                                 int64_t* out_fen, as_error** error);

/* The longest length in the tariff, in years.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_tariff_max_years(const as_tariff* tariff, int32_t* out_years, as_error** error);

/* The maintenance contracts whose expiry notice (baoyang daoqi tongzhishu)
 * is due on on_yyyymmdd: from one month before the end (the corresponding
 * day, or the month's last day) to the end, unless renewed (successor set).
 * Idempotent. out_indices (capacity n_contracts) receives indices into
 * `contracts`, in input order; *out_count how many were written.
 * contracts and out_indices may be NULL when n_contracts == 0.
 * Errors: AS_E_INVALID_ARGUMENT (a contract that ends before it starts, a
 * NULL or duplicate id, NULL argument), AS_E_PARSE / AS_E_OUT_OF_RANGE (bad
 * dates). Thread safety: any thread. */
AS_API as_status as_expiry_notices(const as_maintenance_contract* contracts, size_t n_contracts,
                                   int32_t on_yyyymmdd, size_t* out_indices, size_t* out_count, as_error** error);

/* ------------------------------------------------------------------------ */
/* Complaints (kehu tousu guanli banfa): numbers, routing, the stage        */
/* workflow of the complaint form with its deadlines, reminders, overdue    */
/* inquiries and monthly statistics (RULES.md section 4)                    */
/* ------------------------------------------------------------------------ */

/* Complaint classes (as_complaint_open kind). */
#define AS_COMPLAINT_QUALITY     0 /* quality fault (zhiliang yichang) */
#define AS_COMPLAINT_NON_QUALITY 1 /* non-quality, human error (fei zhiliang yichang, renwei) */
#define AS_COMPLAINT_SERVICE     2 /* service */
#define AS_COMPLAINT_SUGGESTION  3 /* suggestion (tian yu jianyi) */

/* Severities (as_complaint_open severity). */
#define AS_SEVERITY_SERIOUS 0 /* qingjie zhongda: the vice president reviews first */
#define AS_SEVERITY_GENERAL 1 /* general: the service department handles it */

/* Markets (as_complaint_open market). */
#define AS_MARKET_DOMESTIC 0
#define AS_MARKET_FOREIGN  1

/* A complaint number "YYMM-NNNN" and its NUL: the buffer size that always
 * suffices for as_complaint_number. */
#define AS_COMPLAINT_NUMBER_SIZE 10

/* Deprecated (issue 27): the four-digit form; the seed's form has a
 * two-digit serial that widens (as_complaint_number_width).
 * The complaint number of serial `serial` (1..9999) in year/month
 * (2000..2099, 1..12): "2611-0007". The serial counter belongs to the
 * caller's store; serials are never reused.
 *   buf, cap, out_needed
 *          the number, copied into buf (NUL-terminated, truncated to
 *          cap - 1 bytes; buf may be NULL when cap == 0; *out_needed, if
 *          not NULL, receives the size needed including the NUL, always
 *          AS_COMPLAINT_NUMBER_SIZE).
 * Errors: AS_E_INVALID_ARGUMENT (year, month or serial out of range: the
 * message names "year", "month" or "serial"; buf NULL with cap > 0).
 * Thread safety: any thread. */
AS_API as_status as_complaint_number(int32_t year, int32_t month, int32_t serial, char* buf, size_t cap,
                                     size_t* out_needed, as_error** error);

/* Deprecated (issue 27): see as_parse_complaint_number_width.
 * Parses "YYMM-NNNN" exactly: *out_year (2000..2099), *out_month, *out_serial.
 * The year and month are not checked against any date.
 * Errors: AS_E_PARSE (another shape, "26110007": names "number"; a month
 * outside 1..12, "2613-0001": names "month"; serial 0: names "serial"),
 * AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: any thread. */
AS_API as_status as_parse_complaint_number(const char* number, int32_t* out_year, int32_t* out_month,
                                           int32_t* out_serial, as_error** error);

/* The seed's complaint numbers (seeds/002 (8) kehu tousu chuli biao bianhao
 * yuanze: year (2 digits), month (2 digits), serial (2 digits), a cycle per
 * year and month): the serial has at least `min_width` digits (1..9; a
 * policy's serial_width, as_complaint_policy_serial_width) and widens as it
 * needs, never reused: at width 2 serial 7 is "2611-07", serial 100
 * "2611-100". The size a number needs, with its NUL, is at most
 * AS_COMPLAINT_NUMBER_MAX_SIZE. */
#define AS_COMPLAINT_NUMBER_MAX_SIZE 15

/* The complaint number of serial `serial` (1..999999999) with at least
 * `min_width` digits in year/month (2000..2099, 1..12).
 *   buf, cap, out_needed
 *          the number, copied into buf (NUL-terminated, truncated to
 *          cap - 1 bytes; buf may be NULL when cap == 0; *out_needed, if
 *          not NULL, receives the size needed including the NUL).
 * Errors: AS_E_INVALID_ARGUMENT (the message names "year", "month",
 * "serial" or "min_width" out of range; buf NULL with cap > 0).
 * Thread safety: any thread. */
AS_API as_status as_complaint_number_width(int32_t year, int32_t month, int32_t serial, int32_t min_width, char* buf,
                                           size_t cap, size_t* out_needed, as_error** error);

/* Parses "YYMM-" and a serial of min_width..9 digits: at width 2 "2611-07",
 * "2611-100" and the four-digit "2611-0007" are read, "2611-7" is not.
 * Errors: AS_E_PARSE (another shape: names "number"; a month outside 1..12:
 * "month"; serial 0: "serial"), AS_E_INVALID_ARGUMENT (min_width outside
 * 1..9; NULL argument). Thread safety: any thread. */
AS_API as_status as_parse_complaint_number_width(const char* number, int32_t min_width, int32_t* out_year,
                                                 int32_t* out_month, int32_t* out_serial, as_error** error);

/* A company's complaint rules on its calendar: the stages of the complaint
 * form (kehu baoyuan chuli biao) with their budgets (defaults: acceptance by
 * the general manager's office 1/2 day -> quality investigation 1 day ->
 * manufacturing 1 day -> R&D 1 day -> negotiation by sales 5 days domestic,
 * 12 foreign -> consolidation by the office 1/2 day -> approval, no budget
 * of its own), counted in working time of the calendar (1 day = the
 * standard working day of 8 h, 1/2 day = 4 h); the overall deadline (13
 * calendar days domestic, 17 foreign, from the office accepting the form,
 * the acceptance day not counted, ending at close of business when the
 * last day has working hours, else at 24:00); the investigation report (3
 * days) and consolidation (1 day) deadlines; and the routing (first
 * reviewer by severity, handling department by dispute type or kind, the
 * supervisor's visit). Every number is a policy default. Immutable. */
typedef struct as_complaint_policy as_complaint_policy;

/* One complaint form: an immutable value. as_complaint_open,
 * as_complaint_advance and as_complaint_reject each make a new handle and
 * never change the one they were given. A stored complaint is rebuilt by
 * replaying its facts: open, then advance at each recorded transition time
 * (as_complaint_history). Immutable. */
typedef struct as_complaint as_complaint;

/* The default policy (data/policies/complaints.json) on a copy of
 * `calendar`; the calendar handle may be destroyed afterwards.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument).
 * Thread safety: immutable (calendar). *out is released with
 * as_complaint_policy_destroy. */
AS_API as_status as_complaint_policy_default(const as_calendar* calendar, as_complaint_policy** out, as_error** error);

/* A policy from a policy document's "complaints" section (a whole policy
 * document or the section alone) over the defaults: members left out keep
 * the defaults (objects merge member by member, "stages" replaces, null
 * removes), e.g. {"complaints": {"stages": [{"name": "acceptance",
 * "department": "general_manager_office", "days": 0.5}, ...], "overall":
 * {"days": {"domestic": 13, "foreign": 17}, "count": "calendar",
 * "rest_day_extension": false}, "working_day": "8h" (working time, as
 * as_parse_duration reads: "PT8H" or "8h"), "stage_count":
 * "working", "investigation_report_days": 3, "consolidation_days": 1,
 * "statistics_day": 10, "routing": {...}}}. A "calendar" member of the
 * document is not read: pass `calendar` (required; a copy is kept).
 * Errors: AS_E_PARSE (malformed JSON, a wrong type, an unknown member),
 * AS_E_INVALID_ARGUMENT (a value out of range, a stage given twice, NULL
 * argument). The message names the path, e.g.
 * "complaints.stages[4].days.foreign".
 * Thread safety: immutable (calendar). *out is released with
 * as_complaint_policy_destroy. */
AS_API as_status as_complaint_policy_from_json(const char* json, const as_calendar* calendar,
                                               as_complaint_policy** out, as_error** error);

/* Releases a policy; NULL is a no-op. Complaints made with it stay valid.
 * Thread safety: single-thread. */
AS_API void as_complaint_policy_destroy(as_complaint_policy* policy);

/* The policy as a policy document {"complaints": {...}} (without the
 * calendar); as_complaint_policy_from_json reads it back to an equal policy.
 * *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument), AS_E_NO_MEMORY.
 * Thread safety: immutable. */
AS_API as_status as_complaint_policy_to_json(const as_complaint_policy* policy, char** out_json, as_error** error);

/* The policy's complaint-number serial width (its "serial_width"; default 2,
 * as seeds/002 (8)), for as_complaint_number_width and
 * as_parse_complaint_number_width. Errors: AS_E_INVALID_ARGUMENT (NULL
 * argument). Thread safety: any thread. */
AS_API as_status as_complaint_policy_serial_width(const as_complaint_policy* policy, int32_t* out_width,
                                                  as_error** error);

/* When the quality investigation report is due for an investigation at
 * investigated_unix_s (default 3 working days later), and when the office's
 * consolidated opinion is due after it receives the negotiation result at
 * received_unix_s (default 1 working day later); counted like the stage
 * budgets.
 * Errors: AS_E_OUT_OF_RANGE (outside 1970..2199 or past a strict horizon),
 * AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable. */
AS_API as_status as_complaint_report_due(const as_complaint_policy* policy, int64_t investigated_unix_s,
                                         int64_t* out_unix_s, as_error** error);
AS_API as_status as_complaint_consolidation_due(const as_complaint_policy* policy, int64_t received_unix_s,
                                                int64_t* out_unix_s, as_error** error);

/* Routing of a complaint of `kind` (AS_COMPLAINT_*) and `severity`
 * (AS_SEVERITY_*), with an optional dispute type ("contract", "transport",
 * "quality", or NULL): *out_first_reviewer and *out_department are borrowed
 * from the policy (they live as long as it); *out_supervisor_visit is 1 when
 * the supervisor visits the customer; *out_rule, when out_rule is not NULL,
 * receives the rules applied (release with as_free).
 * Errors: AS_E_NOT_FOUND (an unknown dispute type: names "dispute"),
 * AS_E_INVALID_ARGUMENT (a bad kind or severity, NULL argument).
 * Thread safety: immutable. */
AS_API as_status as_complaint_route(const as_complaint_policy* policy, int32_t kind, int32_t severity,
                                    const char* dispute, const char** out_first_reviewer,
                                    const char** out_department, int32_t* out_supervisor_visit, char** out_rule, as_error** error);

/* The deadline of stage `stage_index` (0-based) for `market` (AS_MARKET_*)
 * entered at entered_unix_s: *out_has_deadline 0 (and *out_unix_s 0) when
 * the stage has no budget of its own (approval).
 * Errors: AS_E_INVALID_ARGUMENT (a stage index past the stages: names
 * "stage"; a bad market; NULL argument), AS_E_OUT_OF_RANGE (outside
 * 1970..2199 or past a strict horizon: names "entered_unix_s").
 * Thread safety: immutable. */
AS_API as_status as_complaint_stage_deadline(const as_complaint_policy* policy, size_t stage_index, int32_t market,
                                             int64_t entered_unix_s, int32_t* out_has_deadline,
                                             int64_t* out_unix_s, as_error** error);

/* The overall deadline of a complaint for `market` accepted by the general
 * manager's office at accepted_unix_s (13 days domestic / 17 foreign by
 * default). Errors as as_complaint_stage_deadline (names "accepted_unix_s").
 * Thread safety: immutable. */
AS_API as_status as_complaint_overall_deadline(const as_complaint_policy* policy, int32_t market,
                                               int64_t accepted_unix_s, int64_t* out_unix_s, as_error** error);

/* Opens a complaint at its first stage (the general manager's office
 * accepting it, 1/2 day), sales having filled in the form.
 *   number           "YYMM-NNNN", e.g. from as_complaint_number.
 *   received_unix_s  when sales took the complaint in.
 *   kind, severity, market
 *                    AS_COMPLAINT_*, AS_SEVERITY_*, AS_MARKET_*.
 *   accepted_unix_s  NULL: accepted when received; else when the general
 *                    manager's office accepted the form (not before
 *                    received). The stage and overall deadlines count
 *                    from it.
 *   dispute          NULL: routed by kind; else a dispute type of the
 *                    policy ("contract" -> management, "transport" ->
 *                    logistics, "quality" -> quality management) that
 *                    decides the handling department.
 * Errors: AS_E_PARSE (a malformed number: names "number", "month" or
 * "serial"), AS_E_INVALID_ARGUMENT (kind, severity or market not one of the
 * constants; accepted before received: names "accepted_unix_s"; NULL number
 * or out), AS_E_NOT_FOUND (unknown dispute type: names "dispute"),
 * AS_E_OUT_OF_RANGE (an instant outside 1970..2199 or a deadline past a
 * strict calendar's horizon: names "received_unix_s" or "accepted_unix_s").
 * Thread safety: immutable. *out is released with as_complaint_destroy. */
AS_API as_status as_complaint_open(const as_complaint_policy* policy, const char* number,
                                   int64_t received_unix_s, int32_t kind, int32_t severity, int32_t market,
                                   const int64_t* accepted_unix_s, const char* dispute, as_complaint** out, as_error** error);

/* The complaint at its next stage, entered at at_unix_s, with the stage it
 * leaves recorded in its history; leaving the last stage (approval) closes
 * it. A NEW handle: `complaint` is unchanged and must still be destroyed.
 * Errors: AS_E_STATE (the complaint is closed: names "complaint"),
 * AS_E_INVALID_ARGUMENT (at before the current stage was entered: names
 * "at_unix_s"; a complaint whose stage is not this policy's: names
 * "complaint"; NULL argument), AS_E_OUT_OF_RANGE (at outside 1970..2199 or
 * the next stage's deadline past a strict horizon: names "at_unix_s").
 * Thread safety: immutable. *out is released with as_complaint_destroy. */
AS_API as_status as_complaint_advance(const as_complaint_policy* policy, const as_complaint* complaint,
                                      int64_t at_unix_s, as_complaint** out, as_error** error);

/* As as_complaint_advance, the stage being left deciding which optional
 * stages the case calls for (seeds/002 (9)4: R&D sees the form only as the
 * case requires, decided by quality management or manufacturing): each of
 * the n_call_for names call_for[i] is an optional stage after the current
 * one that lists it in its "decided_by" (complaints.stages[].decided_by). An
 * optional stage not called for by the time it comes is passed over
 * (as_complaint_stages_json lists it under "skipped"); n_call_for 0 decides
 * nothing, so the next optional stage is passed over as by
 * as_complaint_advance. The complaint moves on the stage list it was opened
 * under (as the C++ ComplaintPolicy::advance and the store do); unlike
 * as_complaint_advance, a complaint whose list differs from this policy's
 * is not refused for that.
 * Errors: AS_E_STATE (the complaint is closed: names "complaint"),
 * AS_E_INVALID_ARGUMENT (a name that is not such a stage, or NULL: names
 * "call_for[i]"; at before the current stage was entered: names
 * "at_unix_s"; call_for NULL with n_call_for > 0: names "call_for"; NULL
 * argument), AS_E_OUT_OF_RANGE (as as_complaint_advance). A new handle:
 * `complaint` is unchanged.
 * Thread safety: immutable. *out is released with as_complaint_destroy. */
AS_API as_status as_complaint_advance_deciding(const as_complaint_policy* policy, const as_complaint* complaint,
                                               int64_t at_unix_s, size_t n_call_for, const char* const* call_for,
                                               as_complaint** out, as_error** error);

/* The customer rejects the decision on a closed complaint: a new complaint
 * form numbered new_number, taken in at at_unix_s (accepted at
 * *accepted_unix_s, or at at_unix_s when NULL), with the same kind,
 * severity, market and dispute, linked to `complaint` (its original
 * number; the first form of the chain is the root) and one rejection more.
 * `complaint` is unchanged.
 * Errors: AS_E_STATE (the complaint is still open: names "complaint"),
 * AS_E_INVALID_ARGUMENT (at before the closing: names "at_unix_s"; a number
 * already used in the chain: names "new_number"; accepted before at; NULL
 * argument), AS_E_PARSE (a malformed new_number: names "new_number"),
 * AS_E_OUT_OF_RANGE (as as_complaint_open).
 * Thread safety: immutable. *out is released with as_complaint_destroy. */
AS_API as_status as_complaint_reject(const as_complaint_policy* policy, const as_complaint* complaint,
                                     const char* new_number, int64_t at_unix_s, const int64_t* accepted_unix_s,
                                     as_complaint** out, as_error** error);

/* The complaint found invalid at at_unix_s, at whatever stage it is: closed
 * there (the stage recorded in the history) with `reason`. No remedy is
 * owed; the receivable is collected on its normal terms. `complaint` is
 * unchanged.
 * Errors: AS_E_STATE (already closed: names "complaint"),
 * AS_E_INVALID_ARGUMENT (an empty reason: names "reason"; at before the
 * current stage was entered: names "at_unix_s"; NULL argument),
 * AS_E_OUT_OF_RANGE (at outside 1970..2199: names "at_unix_s").
 * Thread safety: immutable. *out is released with as_complaint_destroy. */
AS_API as_status as_complaint_close_invalid(const as_complaint_policy* policy, const as_complaint* complaint,
                                           int64_t at_unix_s, const char* reason, as_complaint** out, as_error** error);

/* The complaint with its responsibility ratios confirmed: n parties
 * (parties[i], the department or person that bears a share) with ratios in
 * hundredths of a percent summing to 10000, as as_split_by_ratios checks
 * them. Confirming again replaces them. `complaint` is unchanged.
 * Errors: AS_E_STATE (the complaint was found invalid: names "complaint"),
 * AS_E_INVALID_ARGUMENT (ratios as as_split_by_ratios: names "ratios" or
 * "ratios.<party>"; NULL argument).
 * Thread safety: immutable. *out is released with as_complaint_destroy. */
AS_API as_status as_complaint_confirm_responsibility(const as_complaint_policy* policy,
                                                    const as_complaint* complaint, size_t n,
                                                    const char* const* parties, const int64_t* ratios,
                                                    as_complaint** out, as_error** error);

/* Confirmed responsibility ratio `index` (0 .. responsibility_count - 1 of
 * as_complaint_info) of `complaint`: *out_party is borrowed from the handle,
 * *out_ratio in hundredths of a percent.
 * Errors: AS_E_INVALID_ARGUMENT (index past the ratios: names "index"; NULL
 * argument). Thread safety: immutable. */
AS_API as_status as_complaint_responsibility(const as_complaint* complaint, size_t index, const char** out_party,
                                             int64_t* out_ratio, as_error** error);

/* Releases a complaint; NULL is a no-op. Invalidates the text borrowed
 * from it. Thread safety: single-thread. */
AS_API void as_complaint_destroy(as_complaint* complaint);

/* The facts of a complaint. Set `size` before the call:
 *   as_complaint_info info = AS_COMPLAINT_INFO_INIT;
 * Later versions may append fields; the library fills only `size` bytes.
 * The text fields are borrowed from the complaint handle: UTF-8, they live
 * as long as the handle, and the caller must not free them. */
typedef struct as_complaint_info {
  size_t size;                  /* in: sizeof(as_complaint_info) */
  const char* number;           /* "2509-0001" */
  const char* stage;            /* the current stage ("acceptance",
                                   "negotiation", ...); "closed" once closed */
  const char* stage_department; /* who holds the form in this stage; reminders
                                   go there; "" once closed */
  const char* department;       /* the handling (responsible) department */
  const char* first_reviewer;   /* "vice_president" (serious) or
                                   "service_department" (general) */
  const char* dispute;          /* the dispute type given at opening, or NULL */
  const char* original_number;  /* the form this one re-opens after a
                                   rejection, or NULL */
  const char* root_number;      /* the first form of the rejection chain, or
                                   NULL when this one is not a re-opening */
  const char* rule;             /* the routing rules applied, e.g. "severity
                                   general: first review by service_department
                                   (complaints.routing.first_reviewer.general);
                                   ..." */
  int64_t received_unix_s;      /* sales took the complaint in */
  int64_t accepted_unix_s;      /* the general manager's office accepted it */
  int64_t stage_entered_unix_s; /* the current stage was entered (the closing,
                                   once closed) */
  int64_t stage_deadline_unix_s; /* the current stage's deadline; 0 when
                                    has_stage_deadline == 0 */
  int64_t deadline_unix_s;      /* the overall deadline */
  int64_t closed_at_unix_s;     /* 0 when closed == 0 */
  size_t history_count;         /* stages left so far (as_complaint_history) */
  int32_t kind;                 /* AS_COMPLAINT_* */
  int32_t severity;             /* AS_SEVERITY_* */
  int32_t market;               /* AS_MARKET_* */
  int32_t stage_index;          /* 0-based; the policy's stage count once closed */
  int32_t has_stage_deadline;   /* 0: the stage has no budget of its own
                                   (approval), or the complaint is closed */
  int32_t closed;               /* 1: closed (approval left) */
  int32_t closed_on_time;       /* 1: closed by the overall deadline (exactly
                                   at it counts as on time) */
  int32_t supervisor_visit;     /* 1: the service supervisor or a person he
                                   sends visits the customer */
  int32_t rejections;           /* how many times the customer rejected a
                                   decision along this chain up to this form
                                   (0: a first form, 1: re-opened once, ...) */
  int32_t invalid;              /* 1: closed as invalid (as_complaint_close_invalid) */
  const char* invalid_reason;   /* why it was found invalid; "" when valid */
  size_t responsibility_count;  /* confirmed responsibility ratios
                                   (as_complaint_responsibility); 0 until confirmed */
} as_complaint_info;

#define AS_COMPLAINT_INFO_INIT \
  { sizeof(as_complaint_info), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0 }

/* Fills *out with the facts of `complaint`.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument, out->size smaller than the
 * first version of as_complaint_info). Thread safety: immutable. */
AS_API as_status as_complaint_describe(const as_complaint* complaint, as_complaint_info* out, as_error** error);

/* One stage a complaint passed through. Set `size` before the call:
 *   as_stage_record rec = AS_STAGE_RECORD_INIT;
 * Later versions may append fields; the library fills only `size` bytes.
 * The text fields are borrowed from the complaint handle. */
typedef struct as_stage_record {
  size_t size;              /* in: sizeof(as_stage_record) */
  const char* stage;        /* "acceptance", ... */
  const char* department;   /* who held the form */
  int64_t entered_unix_s;
  int64_t deadline_unix_s;  /* 0 when has_deadline == 0 */
  int64_t left_unix_s;
  int64_t late_by_s;        /* left - deadline, or 0 */
  int32_t stage_index;
  int32_t has_deadline;     /* 0: the stage had no budget of its own */
} as_stage_record;

#define AS_STAGE_RECORD_INIT { sizeof(as_stage_record), NULL, NULL, 0, 0, 0, 0, 0, 0 }

/* The index-th stage the complaint left (0: the first), in order;
 * as_complaint_info.history_count gives how many there are.
 * Errors: AS_E_INVALID_ARGUMENT (index >= history_count: names "index";
 * NULL argument; out->size too small). Thread safety: immutable. */
AS_API as_status as_complaint_history(const as_complaint* complaint, size_t index, as_stage_record* out, as_error** error);

/* The complaint's own stage list and what its case decided, as JSON
 * {"stages": [names, in order], "called_for": [the optional stages called
 * for so far], "skipped": [the optional stages passed over so far],
 * "stage_list": [the list in the policy document's layout: {"name",
 * "department", "days", ...}]}. The list is the one the complaint was opened
 * under (a stored complaint keeps it), which may differ from the policy's.
 * *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument), AS_E_NO_MEMORY.
 * Thread safety: immutable. */
AS_API as_status as_complaint_stages_json(const as_complaint* complaint, char** out_json, as_error** error);

/* as_complaint_reminder.which: the deadline a reminder is about. */
#define AS_DEADLINE_STAGE   0 /* the current stage's deadline */
#define AS_DEADLINE_OVERALL 1 /* the overall (13/17-day) deadline */

/* A reminder (cuiban dan) to the department holding an overdue open
 * complaint. An array element: no size field. The text fields are borrowed
 * from complaints[index]. */
typedef struct as_complaint_reminder {
  size_t index;                 /* into the complaints passed */
  const char* number;           /* the complaint's number */
  const char* stage;            /* its current stage */
  const char* department;       /* the stage's department, who gets the reminder */
  int64_t deadline_unix_s;      /* the deadline passed longest ago (overall
                                   when both passed at once) */
  int64_t overdue_by_s;         /* now - deadline_unix_s, > 0 */
  int64_t stage_overdue_by_s;   /* each deadline's overdue time; 0 when it */
  int64_t overall_overdue_by_s; /* has not passed (or the stage has none) */
  int32_t stage_index;
  int32_t which;                /* AS_DEADLINE_STAGE / AS_DEADLINE_OVERALL */
} as_complaint_reminder;

/* The reminders due at now_unix_s: one per open complaint past its stage
 * deadline or its overall deadline (exactly at a deadline is not overdue),
 * in input order; closed complaints get none. Pure: asking again gives the
 * same answer.
 *   complaints, n_complaints
 *                   the complaint handles, numbers unique; complaints may be
 *                   NULL when n_complaints == 0.
 *   out_reminders   capacity n_complaints; receives *out_count reminders.
 *                   May be NULL when n_complaints == 0.
 *   out_rules       NULL, or receives the rule of each reminder (the
 *                   deadline and where it comes from, e.g.
 *                   "complaints.stages[0] acceptance = 0.5 working day for
 *                   domestic ..."), one per line in the same order ("\n"
 *                   between lines); released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (a NULL element: names "complaints[i]"; a
 * number given twice: names "complaints[i].number"; a complaint at a stage
 * this policy does not have; NULL argument), AS_E_NO_MEMORY.
 * Thread safety: immutable. */
AS_API as_status as_complaint_reminders(const as_complaint_policy* policy, const as_complaint* const* complaints,
                                        size_t n_complaints, int64_t now_unix_s,
                                        as_complaint_reminder* out_reminders, size_t* out_count,
                                        char** out_rules, as_error** error);

/* An overdue inquiry (qiaban dan) about a closed complaint that was late:
 * closed after its overall deadline, or a stage left after its own deadline.
 * An array element: no size field. The text is borrowed from
 * complaints[index]. */
typedef struct as_overdue_inquiry {
  size_t index;             /* into the complaints passed */
  const char* number;       /* the complaint's number */
  int64_t closed_at_unix_s;
  int64_t deadline_unix_s;  /* the overall deadline */
  int64_t late_by_s;        /* closed_at - deadline, or 0 when closed on time */
  size_t late_stages;       /* stages left after their deadline: the
                               as_complaint_history records with late_by_s > 0 */
} as_overdue_inquiry;

/* The overdue inquiries for year/month: the complaints closed in that month
 * (the local date of the calendar's zone) that were late overall or at a
 * stage, in input order. Arguments as for as_complaint_reminders;
 * out_inquiries has capacity n_complaints.
 * Errors: AS_E_INVALID_ARGUMENT (year outside 1970..2199, month outside
 * 1..12, a NULL element, a number given twice, NULL argument).
 * Thread safety: immutable. */
AS_API as_status as_complaint_late_closed(const as_complaint_policy* policy, const as_complaint* const* complaints,
                                          size_t n_complaints, int32_t year, int32_t month,
                                          as_overdue_inquiry* out_inquiries, size_t* out_count, as_error** error);

/* Statistics of one month's closed complaints (kehu tousu anjian tongji
 * biao). Set `size` before the call:
 *   as_complaint_statistics st = AS_COMPLAINT_STATISTICS_INIT;
 * Later versions may append fields; the library fills only `size` bytes. */
typedef struct as_complaint_statistics {
  size_t size;            /* in: sizeof(as_complaint_statistics) */
  size_t total;           /* complaints closed in the month */
  size_t on_time;         /* of which closed by their overall deadline */
  size_t by_kind[4];      /* indexed by AS_COMPLAINT_* */
  size_t by_severity[2];  /* indexed by AS_SEVERITY_* */
  size_t by_market[2];    /* indexed by AS_MARKET_* */
  int32_t year;
  int32_t month;
  int32_t due_yyyymmdd;   /* the statistics are due by this date (the
                             policy's statistics_day, default the 10th, of
                             the next month) */
  int32_t reserved0;      /* always 0 */
  size_t invalid;         /* of the total, found invalid */
  size_t unconfirmed;     /* valid cases whose responsibility is still to be
                             confirmed by due_yyyymmdd */
} as_complaint_statistics;

#define AS_COMPLAINT_STATISTICS_INIT \
  { sizeof(as_complaint_statistics), 0, 0, {0, 0, 0, 0}, {0, 0}, {0, 0}, 0, 0, 0, 0, 0, 0 }

/* A handling department and its number of closed complaints. An array
 * element: no size field. */
typedef struct as_department_count {
  const char* department; /* borrowed from one of the complaints passed */
  size_t count;
} as_department_count;

/* The statistics of the complaints closed in year/month (local date of the
 * calendar's zone): by kind, severity, market and handling department, and
 * the on-time ratio on_time / total against the overall deadline.
 *   out               caller struct with out->size set
 *                     (AS_COMPLAINT_STATISTICS_INIT).
 *   out_departments   capacity n_complaints (may be NULL when it is 0):
 *                     receives *out_n_departments departments with cases,
 *                     in byte order of their names.
 * Errors: AS_E_INVALID_ARGUMENT (month outside 1..12, year outside
 * 1970..2199, a NULL element, a number given twice, NULL argument, out->size
 * too small), AS_E_OUT_OF_RANGE (December 2199: due after 2199).
 * Thread safety: immutable. */
AS_API as_status as_complaint_monthly_statistics(const as_complaint_policy* policy,
                                                 const as_complaint* const* complaints, size_t n_complaints,
                                                 int32_t year, int32_t month, as_complaint_statistics* out,
                                                 as_department_count* out_departments,
                                                 size_t* out_n_departments, as_error** error);

/* A party and its confirmed responsibility summed over a month's valid
 * closed complaints. An array element: no size field. */
typedef struct as_responsibility_total {
  const char* party;  /* borrowed from one of the complaints passed */
  int64_t ratio_sum;  /* hundredths of a percent: one whole case = 10000 */
} as_responsibility_total;

/* The confirmed responsibility of the valid complaints closed in
 * year/month, summed per party (the cases as_complaint_statistics counts).
 *   out_totals   capacity cap: receives *out_n parties in byte order of
 *                their names. With out_totals NULL and cap 0 only *out_n
 *                is set: the capacity needed.
 * Errors: as as_complaint_monthly_statistics; AS_E_INVALID_ARGUMENT naming
 * "cap" when there are more parties than cap (nothing written).
 * Thread safety: immutable. */
AS_API as_status as_complaint_monthly_responsibility(const as_complaint_policy* policy,
                                                     const as_complaint* const* complaints, size_t n_complaints,
                                                     int32_t year, int32_t month, as_responsibility_total* out_totals,
                                                     size_t cap, size_t* out_n, as_error** error);

/* ------------------------------------------------------------ penalties
 * Complaint penalties (RULES.md section 5). Money is int64 fen, 0..2^50;
 * every split sums back to the amount exactly (largest remainder, a tie to
 * the earlier party). */

/* Splits amount_fen over n parties by responsibility ratios in hundredths
 * of a percent (60 % = 6000) that sum to 10000. parties[i] names party i;
 * out_fen (capacity n) receives the shares in the same order.
 * Errors: AS_E_INVALID_ARGUMENT (ratios not summing to 100 %, a negative
 * ratio or amount, a party named twice or empty, n == 0, NULL argument; the
 * message names "ratios" or "ratios.<party>"). Thread safety: any thread. */
AS_API as_status as_split_by_ratios(int64_t amount_fen, size_t n, const char* const* parties,
                                    const int64_t* ratios, int64_t* out_fen, as_error** error);

/* A department's loss over its people by base points: amount ÷ total points
 * × the person's points, as as_split_by_ratios but with any non-negative
 * points (not all 0). Errors name "points" or "points.<party>". */
AS_API as_status as_split_by_points(int64_t amount_fen, size_t n, const char* const* parties,
                                    const int64_t* points, int64_t* out_fen, as_error** error);

#define AS_BEARER_PERSON     0
#define AS_BEARER_GROUP      1
#define AS_BEARER_SECTION    2
#define AS_BEARER_DEPARTMENT 3

/* Who bears a share of a loss: for function "manufacturing" the smallest
 * `group` unit where it happened (NULL: none found), else the whole section
 * `unit`; for "sales" and "service" the `person` (NULL: none found), else the
 * department `unit`. The bearer's name is copied into name_buf (as for the
 * rule buffers: NUL-terminated, truncated; *out_name_needed the size needed)
 * and its level (AS_BEARER_*) into *out_level.
 * Errors: AS_E_INVALID_ARGUMENT (unknown function, empty or NULL unit, NULL
 * out_level). Thread safety: any thread. */
AS_API as_status as_attribute(const char* function, const char* person, const char* group, const char* unit,
                              char* name_buf, size_t name_cap, size_t* out_name_needed, int32_t* out_level, as_error** error);

/* A company's penalty scale: deduction cap, warning and minor-demerit
 * amounts, resale window, return tolerance, offence kinds. Immutable. */
typedef struct as_penalty_policy as_penalty_policy;

/* The seeds' scale: cap 50 % of a month's bonus, warning 400 yuan, minor
 * demerit 800 yuan per count, major demerit the whole bonus, one month to
 * resell returned goods, 5 % over-quantity tolerance.
 * Errors: AS_E_INVALID_ARGUMENT (NULL out). Released with
 * as_penalty_policy_destroy. */
AS_API as_status as_penalty_policy_default(as_penalty_policy** out, as_error** error);
/* A policy document's "penalties" section: {"deduction_cap_percent": 50,
 * "warning_fen": 40000, "minor_demerit_fen": 80000, "resale_window": "1mo",
 * "over_quantity_tolerance_percent": 5, "offences": [...]}.
 * Errors: AS_E_PARSE (malformed, missing or unknown member),
 * AS_E_INVALID_ARGUMENT (a value out of range), naming the member. */
AS_API as_status as_penalty_policy_from_json(const char* json, as_penalty_policy** out, as_error** error);
AS_API void as_penalty_policy_destroy(as_penalty_policy* policy);

#define AS_ADMIN_WARNING 0 /* the policy's warning amount per count */
#define AS_ADMIN_MINOR   1 /* the policy's minor-demerit amount per count */
#define AS_ADMIN_MAJOR   2 /* the whole month's bonus */

/* The deduction of an administrative penalty (AS_ADMIN_*), `count` times
 * (1..1000). A warning or minor demerit is at least the policy's amount per
 * count: *amount_fen, when amount_fen is not NULL, is the amount decided
 * (not below that minimum). A major demerit is the whole month's bonus,
 * *bonus_fen (bonus_fen must not be NULL; amount_fen must be NULL).
 * Errors: AS_E_INVALID_ARGUMENT (unknown kind, bad count, a negative amount
 * or bonus, an amount below the minimum: names "amount"; a major demerit
 * without a bonus: names "bonus"; NULL out_fen). Thread safety: immutable. */
AS_API as_status as_administrative_deduction(const as_penalty_policy* policy, int32_t kind, int32_t count,
                                             const int64_t* bonus_fen, const int64_t* amount_fen,
                                             int64_t* out_fen, as_error** error);

/* The loss on goods returned on returned_yyyymmdd: resold on sold_yyyymmdd
 * (0: not resold) at resale_fen within the resale window -> the grade-A price
 * less the resale price (never below 0); else the actual loss, which must
 * then be given (has_actual_loss != 0). *out_resold_in_time is 1 or 0;
 * *out_deadline_yyyymmdd the last day of the resale window.
 * Errors: AS_E_INVALID_ARGUMENT (no actual loss when one is needed, a sale
 * before the return, negative amounts, NULL argument), AS_E_PARSE /
 * AS_E_OUT_OF_RANGE (bad dates). Thread safety: immutable. */
AS_API as_status as_assess_loss(const as_penalty_policy* policy, int64_t grade_a_price_fen,
                                int32_t returned_yyyymmdd, int32_t sold_yyyymmdd, int64_t resale_fen,
                                int32_t has_actual_loss, int64_t actual_loss_fen, int64_t* out_loss_fen,
                                int32_t* out_resold_in_time, int32_t* out_deadline_yyyymmdd, as_error** error);

#define AS_RETURN_ACCEPT 0 /* book the actual quantity */
#define AS_RETURN_FLAG   1 /* over the tolerance: for a decision */

/* The returned quantity against the approved one: at most the approved
 * quantity, or above it by no more than tolerance_ppm (the customer's, in
 * millionths; -1: the policy's), gives AS_RETURN_ACCEPT; more AS_RETURN_FLAG.
 * *out_quantity is the actual quantity.
 * Errors: AS_E_INVALID_ARGUMENT (negative quantities, a tolerance over
 * 100 %, NULL argument). Thread safety: immutable. */
AS_API as_status as_reconcile_return(const as_penalty_policy* policy, int64_t approved, int64_t actual,
                                     int64_t tolerance_ppm, int32_t* out_check, int64_t* out_quantity, as_error** error);

/* Complaint deductions per person, month by month: a charge is owed from
 * its month on; settling a person's month deducts the oldest charges first
 * (by month, then in the order charged) up to cap × that month's bonus,
 * rounded down, and carries the rest. Mutable: one thread at a time. */
typedef struct as_penalty_ledger as_penalty_ledger;

/* cap_ppm: the share of a month's bonus deductions may take, in millionths
 * (500000 = 50 %; as_penalty_policy_cap_ppm gives the policy's), 1..1000000.
 * Released with as_penalty_ledger_destroy. */
AS_API as_status as_penalty_ledger_create(int64_t cap_ppm, as_penalty_ledger** out, as_error** error);
AS_API void as_penalty_ledger_destroy(as_penalty_ledger* ledger);
AS_API as_status as_penalty_policy_cap_ppm(const as_penalty_policy* policy, int64_t* out_cap_ppm, as_error** error);

/* Charges amount_fen of case `case_id` to `person` from year/month on.
 * Errors: AS_E_INVALID_ARGUMENT (negative amount, month not 1..12, empty
 * person or case, NULL argument). */
AS_API as_status as_penalty_ledger_charge(as_penalty_ledger* ledger, const char* person, int32_t year,
                                          int32_t month, int64_t amount_fen, const char* case_id, as_error** error);

/* Settles person's year/month with that month's bonus: *out_deducted_fen
 * taken this month, *out_carried_fen still owed from charges up to it.
 * Both are of the complaint charges: administrative penalties put on the
 * ledger (as_penalty_ledger_penalize) are taken as well, first, and only
 * as_penalty_ledger_settle_admin reports them. All or nothing. Errors: AS_E_STATE (that month or a later one is already
 * settled for the person), AS_E_INVALID_ARGUMENT (negative bonus, bad
 * month, NULL argument). */
AS_API as_status as_penalty_ledger_settle(as_penalty_ledger* ledger, const char* person, int32_t year,
                                          int32_t month, int64_t bonus_fen, int64_t* out_deducted_fen,
                                          int64_t* out_carried_fen, as_error** error);

/* One case's deduction in a settlement. An array element: no size field. */
typedef struct as_deduction_line {
  const char* case_id;   /* borrowed from the ledger: valid until its next
                            charge or settle call, or its destruction */
  int64_t amount_fen;    /* deducted this month for the case */
  int32_t charged_year;  /* the month the case was charged in */
  int32_t charged_month;
} as_deduction_line;

/* The lines of person's settled year/month, oldest case first: with
 * out_lines NULL and cap 0 only *out_n is set (the capacity needed).
 * Errors: AS_E_NOT_FOUND (that month is not settled for the person: names
 * "month"), AS_E_INVALID_ARGUMENT (more lines than cap: names "cap";
 * a bad month; NULL argument). Thread safety: immutable. */
AS_API as_status as_penalty_ledger_lines(const as_penalty_ledger* ledger, const char* person, int32_t year,
                                         int32_t month, as_deduction_line* out_lines, size_t cap, size_t* out_n, as_error** error);

/* What `person` owes in all, whatever the month. */
AS_API as_status as_penalty_ledger_outstanding(const as_penalty_ledger* ledger, const char* person,
                                               int64_t* out_fen, as_error** error);

/* An administrative penalty (行政處罰準則 (四)-(六)) for the
 * ledger: `person`'s year/month takes it when settled, first and whole,
 * outside the cap of the complaint deductions ((五)3: a major demerit takes
 * that month's whole bonus at once; the 50 % cap is for complaint
 * deductions only, so it is never spread over two months). Set `size`:
 *   as_admin_charge a = AS_ADMIN_CHARGE_INIT; */
typedef struct as_admin_charge {
  size_t size;         /* in: sizeof(as_admin_charge) */
  const char* person;
  const char* case_id; /* the complaint it comes from */
  int32_t kind;        /* AS_ADMIN_WARNING, _MINOR, _MAJOR */
  int32_t count;       /* 1..1000 */
  int64_t amount_fen;  /* warning / minor: the deduction decided (as
                          as_administrative_deduction gives it); major: 0 */
  int32_t year;        /* the month whose bonus it takes */
  int32_t month;
} as_admin_charge;

#define AS_ADMIN_CHARGE_INIT { sizeof(as_admin_charge), NULL, NULL, AS_ADMIN_WARNING, 1, 0, 0, 0 }

/* Puts an administrative penalty on the ledger. The amount is taken as
 * given: the policy's minimum per count is as_administrative_deduction's.
 * Errors name the member: AS_E_INVALID_ARGUMENT "charge.person",
 * "charge.case_id" (NULL or empty), "charge.kind", "charge.count",
 * "charge.amount_fen" (negative, or not 0 for a major demerit),
 * "charge.month" (not a month of 1970..2199), "charge.size"; AS_E_STATE
 * "charge.month" (that month or a later one of the person already settled:
 * the penalty is taken whole in its own month). Nothing changes on an
 * error. Thread safety: single-thread (the ledger). */
AS_API as_status as_penalty_ledger_penalize(as_penalty_ledger* ledger, const as_admin_charge* charge,
                                            as_error** error);

/* Declared with the store's functions below (as_store_settle_penalties_admin). */
struct as_penalty_settlement;

/* Settles as as_penalty_ledger_settle and fills *out (set out->size with
 * AS_PENALTY_SETTLEMENT_INIT): the month's administrative penalties taken
 * first and whole (admin_deducted_fen; admin_uncollected_fen the part the
 * bonus could not pay, not carried), then the complaint deductions
 * (deducted_fen, at most cap_fen = min(bonus x cap, what is left)) and
 * carried_fen. as_penalty_ledger_settle's *out_deducted_fen is the complaint
 * deductions only: with administrative penalties on the ledger, the bonus
 * loses admin_deducted_fen + deducted_fen.
 * Errors as as_penalty_ledger_settle, and AS_E_INVALID_ARGUMENT naming
 * "out.size" (smaller than the first version). Thread safety: single-thread. */
AS_API as_status as_penalty_ledger_settle_admin(as_penalty_ledger* ledger, const char* person, int32_t year,
                                                int32_t month, int64_t bonus_fen, struct as_penalty_settlement* out,
                                                as_error** error);

/* ------------------------------------------------------------ the company policy
 * A whole company policy as one value (policy.hpp): the calendar, dispatch
 * zones and targets, warranty terms, complaint workflow, penalty scale and
 * the service rules (revisit window, cost kinds). */
typedef struct as_policy as_policy;

/* The seeds' defaults on `calendar`: urban 6 h, suburban 7 h, the sanbao
 * warranty preset, the complaint stages and deadlines, the penalty scale.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument). Thread safety: immutable
 * (calendar). *out is released with as_policy_destroy. */
AS_API as_status as_policy_default(const as_calendar* calendar, as_policy** out, as_error** error);

/* A policy document {"calendar", "dispatch", "warranty" (a preset name or a
 * section), "complaints", "penalties", "service"}: every section and every
 * member optional, a missing one keeping the default document's value
 * (data/policies). Working time ("dispatch.targets", "at_risk",
 * "working_day") is "PT6H" or "6h", "1h30min", "45s"; calendar periods
 * (warranty terms, "resale_window") are "P1Y6M" or "1y6mo", "15d".
 * `calendar`, when not NULL, replaces the document's (which is then optional).
 * Errors: AS_E_PARSE (malformed JSON, an unknown member, an amount outside
 * its grammar — a bare number, a bare "m", a unit of the other kind: names
 * its path),
 * AS_E_INVALID_ARGUMENT / AS_E_NOT_FOUND (a value that breaks a rule, an
 * unknown preset: names its path). Thread safety: any thread. *out is
 * released with as_policy_destroy. */
AS_API as_status as_policy_from_json(const char* json, const as_calendar* calendar, as_policy** out, as_error** error);

/* The whole policy as a document (calendar included); as_policy_from_json
 * reads it back to an equal policy. *out_json is released with as_free.
 * Thread safety: immutable. */
AS_API as_status as_policy_to_json(const as_policy* policy, char** out_json, as_error** error);

/* Releases a policy; NULL is a no-op. Thread safety: single-thread. */
AS_API void as_policy_destroy(as_policy* policy);

/* ------------------------------------------------------------ the store
 * The service records in SQLite (store.hpp): the call register, the visit,
 * carry-in repairs, surveys, the dispatch queue and the monthly report.
 * Every write is one transaction: it checks its input and the record's
 * state and either commits whole or changes nothing. A store handle may be
 * used from several threads (its calls are serialized inside); several
 * handles, in threads or processes, may write one file at once. */
typedef struct as_store as_store;

/* A record id: a UUID v7 (time-ordered) as 36 lowercase characters and the NUL. */
#define AS_ID_SIZE 37

/* Options of as_store_open. Set `size` before use:
 *   as_store_options o = AS_STORE_OPTIONS_INIT; */
typedef struct as_store_options {
  size_t size;               /* in: sizeof(as_store_options) */
  int64_t busy_timeout_ms;   /* how long a writer waits for another
                                connection's transaction (default 10000) */
  /* "Now" for refusing a recorded time in the future, as Unix seconds;
   * NULL: the system clock. Called with clock_context once per store call,
   * on the calling thread, before the store takes its lock (see Callbacks
   * above); keep both valid until as_store_close returns. */
  int64_t (*clock)(void* clock_context);
  void* clock_context;
  int32_t synchronous_full;  /* 1 (default): every commit is on disk before
                                it returns; 0: faster, WAL may lose the last
                                commits on power loss, never the file */
  int32_t reserved0;         /* must be 0 */
  /* Trailing fields: a caller built before them passes a smaller size and
   * gets AS_STORE_OPEN_CREATE. */
  int32_t mode;              /* AS_STORE_OPEN_*; 0: create */
  int32_t reserved1;         /* must be 0 */
} as_store_options;

/* Open modes (as_store_options.mode; aftersales::OpenMode).
 * CREATE: the file is created when missing, its schema brought up to date.
 * MUST_EXIST: the file must be an aftersales store already; a missing file
 *   is AS_E_NOT_FOUND naming "path", and nothing is created (no file, no
 *   -wal/-shm).
 * QUERY_ONLY: as MUST_EXIST, and the handle only reads (SQLite's PRAGMA
 *   query_only; no -wal/-shm are left behind): every write returns
 *   AS_E_STATE naming "store" and the operation; a store of an older schema
 *   is refused (AS_E_STATE naming "schema"), not brought up to date. */
#define AS_STORE_OPEN_CREATE     0
#define AS_STORE_OPEN_MUST_EXIST 1
#define AS_STORE_OPEN_QUERY_ONLY 2

#define AS_STORE_OPTIONS_INIT { sizeof(as_store_options), 10000, NULL, NULL, 1, 0, AS_STORE_OPEN_CREATE, 0 }

/* Opens the store file `path` (":memory:" for a private in-memory store,
 * create mode only) as options->mode says, deciding with a copy of
 * `policy`. options may be NULL (the defaults: create).
 * Errors name "path" and the file in plain words: AS_E_NOT_FOUND ("'z.db'
 * does not exist": must-exist and query-only modes), AS_E_STORAGE ("'x.txt'
 * is not a database file", "'y.db' is not an aftersales store: an SQLite
 * file of another application", a directory, no permission, a missing
 * directory), AS_E_STATE (a store of a newer schema: names "schema"; the
 * file is left as it was), AS_E_INVALID_ARGUMENT (NULL argument,
 * options->size too small, an unknown mode, reserved0 or reserved1 not 0).
 * A failed open leaves no file it created.
 * Thread safety: any thread. *out is released with as_store_close. */
AS_API as_status as_store_open(const char* path, const as_policy* policy, const as_store_options* options,
                               as_store** out, as_error** error);

/* Closes a store; NULL is a no-op. Thread safety: single-thread (no other
 * call on the handle may be running). */
AS_API void as_store_close(as_store* store);

/* The schema version this library writes (PRAGMA user_version). */
AS_API int32_t as_store_schema_version(void);

/* What as_store_open recomputed (aftersales::Recomputed): the stored
 * deadlines and SLA verdicts counted over a provisional year (a calendar's
 * AS_PAST_HORIZON_STATUTORY dates: statutory holidays only, make-up days not
 * yet published) that the policy's calendar now publishes (a holiday file,
 * a later table). A create or must-exist open counts them again, once, in
 * one transaction, and clears their flag; a query-only open writes nothing
 * (all 0) and its reads judge such calls with its calendar. Set `size`
 * before the call:
 *   as_store_recomputed r = AS_STORE_RECOMPUTED_INIT;
 * Later versions may append fields; the library fills only `size` bytes. */
typedef struct as_store_recomputed {
  size_t size;          /* in: sizeof(as_store_recomputed) */
  int64_t calls;        /* calls recomputed */
  int64_t deadlines;    /* of them, whose deadline changed */
  int64_t verdicts;     /* whose SLA verdict changed (arrived calls only) */
  int32_t first_year;   /* the published years found among the flags: */
  int32_t last_year;    /* first..last, 0 when none */
} as_store_recomputed;

#define AS_STORE_RECOMPUTED_INIT { sizeof(as_store_recomputed), 0, 0, 0, 0, 0 }

/* Fills *out with what the open of `store` recomputed.
 * Errors: AS_E_INVALID_ARGUMENT (NULL argument, out->size too small).
 * Thread safety: any thread. */
AS_API as_status as_store_recomputed_get(const as_store* store, as_store_recomputed* out, as_error** error);

/* A repair call as the call register takes it in. Set `size` before use:
 *   as_call_intake in = AS_CALL_INTAKE_INIT; */
typedef struct as_call_intake {
  size_t size;                /* in: sizeof(as_call_intake) */
  const char* customer;       /* name; with the phone it finds the customer, else adds one */
  const char* phone;
  const char* address;
  const char* zone;           /* one of the policy's dispatch zones */
  const char* product;        /* one of the policy's warranty products */
  const char* serial;         /* with the product it finds the unit, else adds one */
  const char* centre;         /* the service station; NULL: "main" */
  const char* fault;          /* what the customer reports; NULL: "" */
  const char* cause;          /* an exclusion cause known at intake, or NULL */
  int64_t received_unix_s;
  int32_t purchased_yyyymmdd; /* invoice date */
  int32_t delivered_yyyymmdd; /* 0: not given */
  int32_t installed_yyyymmdd; /* 0: not given */
  int32_t internal;           /* 1: internal work (category D) */
} as_call_intake;

#define AS_CALL_INTAKE_INIT \
  { sizeof(as_call_intake), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0 }

/* Registers a call: finds or adds the customer and the unit, decides the
 * service category and the arrival deadline with the policy, numbers the
 * voucher. Its id goes to out_id (AS_ID_SIZE bytes).
 * Errors name the field: AS_E_NOT_FOUND ("zone", "product", "cause"),
 * AS_E_INVALID_ARGUMENT ("customer", "phone", "address", "serial" empty;
 * "received_unix_s" in the future of the store's clock; "purchased_yyyymmdd"
 * after the call or different from the unit on file; NULL argument),
 * AS_E_STORAGE. Thread safety: serialized. */
AS_API as_status as_store_register_call(as_store* store, const as_call_intake* intake, char* out_id, as_error** error);

/* Registers n calls in one transaction, all or none; ids go to out_ids
 * (n * AS_ID_SIZE bytes, id i at out_ids + i * AS_ID_SIZE). `calls` is read
 * at the caller's stride (calls[0].size; see Arrays above). Errors as
 * as_store_register_call, naming "calls[i].<field>" ("calls[i].size" for an
 * element whose size is not element 0's). Thread safety: serialized. */
AS_API as_status as_store_register_calls(as_store* store, const as_call_intake* calls, size_t n, char* out_ids,
                                         as_error** error);

/* A call taken in earlier, with its visit, for importing records kept
 * elsewhere (aftersales::CallRecord). Set `size` before use:
 *   as_call_record r = AS_CALL_RECORD_INIT; */
typedef struct as_call_record {
  size_t size;                /* in: sizeof(as_call_record) */
  const as_call_intake* intake; /* the call as taken in; required */
  const char* external_id;    /* its id in the system it comes from, unique in
                                 the store; NULL: none */
  const char* technician;     /* required with a dispatch; NULL: none */
  int64_t dispatched_unix_s;  /* 0: not dispatched */
  int64_t arrived_unix_s;     /* 0: not arrived */
  int64_t completed_unix_s;   /* 0: not completed */
  int32_t signed_off;         /* with completed_unix_s: 1 signed (default) */
  int32_t reserved0;          /* must be 0 */
} as_call_record;

#define AS_CALL_RECORD_INIT { sizeof(as_call_record), NULL, NULL, NULL, 0, 0, 0, 1, 0 }

/* Imports n records in one transaction, all or none: each registered as
 * as_store_register_call does, then dispatched, reached and completed at its
 * times (errors name "calls[i].<field>"). Repeatable: a record already in the
 * store (or earlier in the batch) is skipped and counted, never doubled - by
 * its external id when it has one (a changed time is still the same call),
 * else by its centre, customer (name and phone), unit (product and serial)
 * and received time (aftersales::Store::import_calls has the full rule).
 * out_ids (n * AS_ID_SIZE bytes, may be NULL): record i's new call id at
 * out_ids + i * AS_ID_SIZE, or "" for a skipped record. *out_imported and
 * *out_skipped (each may be NULL): the counts.
 * `calls` is read at the caller's stride (calls[0].size), each intake at its
 * own size (see Arrays and Structs above).
 * Errors: as as_store_register_call, naming "calls[i].<field>"; an empty
 * external_id or a NULL intake is AS_E_INVALID_ARGUMENT. Thread safety:
 * serialized. */
AS_API as_status as_store_import_calls(as_store* store, const as_call_record* calls, size_t n, char* out_ids,
                                       size_t* out_imported, size_t* out_skipped, as_error** error);

/* Properties: a few named texts about the store itself ("made_by", a node
 * id), kept in the file. as_store_set_property writes one in one
 * transaction (an empty name: AS_E_INVALID_ARGUMENT naming "name");
 * as_store_property reads one into *out_value (released with as_free), or
 * NULL when it is not set. Thread safety: serialized. */
AS_API as_status as_store_set_property(as_store* store, const char* name, const char* value, as_error** error);
AS_API as_status as_store_property(as_store* store, const char* name, char** out_value, as_error** error);

/* The steps of a visit. Each checks the call's state and that at_unix_s is
 * neither before the previous step nor in the future of the store's clock.
 * Errors: AS_E_NOT_FOUND (an unknown call: names "call_id"), AS_E_STATE (a
 * step out of order: names "call"), AS_E_INVALID_ARGUMENT (names "at_unix_s"
 * or the empty text argument; as_store_dispatch: "technician" when he
 * answered the call's survey, seeds/002 (二十三), which only a survey
 * recorded before the dispatch can cause), AS_E_STORAGE. Thread safety:
 * serialized. */
AS_API as_status as_store_dispatch(as_store* store, const char* call_id, const char* technician, int64_t at_unix_s, as_error** error);
/* The SLA clock stops (customer not at home, waiting for consent)... */
AS_API as_status as_store_pause(as_store* store, const char* call_id, int64_t at_unix_s, const char* reason, as_error** error);
/* ...and starts again; the deadline moves by the paused working time. */
AS_API as_status as_store_resume(as_store* store, const char* call_id, int64_t at_unix_s, as_error** error);
/* The technician arrives: met or breached against the deadline. */
AS_API as_status as_store_arrive(as_store* store, const char* call_id, int64_t at_unix_s, as_error** error);
AS_API as_status as_store_complete_on_site(as_store* store, const char* call_id, int64_t at_unix_s,
                                           int32_t signed_off, as_error** error);
/* Not repairable on site: carried in, with a receipt number ("R-main-2510-00001")
 * into receipt_buf (cap bytes, truncated; *out_needed, when not NULL, gets
 * the size needed with the NUL). promised_yyyymmdd: the promised return
 * date. */
AS_API as_status as_store_carry_in(as_store* store, const char* call_id, int64_t at_unix_s,
                                   int32_t promised_yyyymmdd, char* receipt_buf, size_t cap, size_t* out_needed, as_error** error);
/* Repair card lines: labour (worked_s > 0, at most a day, on a day from
 * the dispatch to today) and parts (quantity >= 1, unit price in fen).
 * Errors as the steps above, and AS_E_INVALID_ARGUMENT naming "worked_s",
 * "on_yyyymmdd", "quantity", "unit_price_fen" or the empty text argument.
 * Since issue 28 a call already billed takes no more lines: AS_E_STATE
 * naming "call" (the line would not be on its bill). Only a call billed
 * by as_store_bill_call (issue 28) is refused so: a program that does not
 * bill never meets it. Thread safety: serialized. */
AS_API as_status as_store_record_labour(as_store* store, const char* call_id, const char* technician,
                                        int32_t on_yyyymmdd, int64_t worked_s, const char* description, as_error** error);
AS_API as_status as_store_record_part(as_store* store, const char* call_id, const char* part, int64_t quantity,
                                      int64_t unit_price_fen, as_error** error);
/* Deprecated since issue 28: use as_store_return_inspected_goods, which
 * applies the policy's service.inspection_before_return (seeds/002 (十二):
 * the supervisor inspects the goods, 驗訖, before they go back). This
 * function keeps its 0.2.0 meaning: a program written for 0.2.0 knows
 * nothing of inspections, so it returns the goods whether or not they were
 * inspected, whatever the policy says.
 * The goods go back to the customer, who signs the goods log; the receipt
 * is voided then. Errors as the steps above (AS_E_STATE naming "call" for
 * a call not carried in; AS_E_INVALID_ARGUMENT naming "at_unix_s" before
 * the carry-in or the inspection, or in the future). Thread safety:
 * serialized. */
AS_API as_status as_store_return_goods(as_store* store, const char* call_id, int64_t at_unix_s, int32_t signed_off, as_error** error);
/* One survey per call completed by a visit (completed on site or its goods
 * returned), as in 0.2.0: four levels 1 (dissatisfied) .. 4 (very
 * satisfied) each, recorded at at_unix_s, not before the completion.
 * Errors: AS_E_STATE naming "call" (a call not completed by a visit, or
 * surveyed already), AS_E_INVALID_ARGUMENT naming "attitude", "skill",
 * "arrival" or "promise" (outside 1..4), "respondent" (empty, or the call's
 * own technician: he never answers its survey), "at_unix_s" (before the
 * completion, or in the future), AS_E_NOT_FOUND naming "call_id". Thread
 * safety: serialized. A survey of any call (seeds/002 (二十三): a card for
 * every call of the day), with the customer's words: use
 * as_store_record_survey_comment. */
AS_API as_status as_store_record_survey(as_store* store, const char* call_id, int32_t attitude, int32_t skill,
                                        int32_t arrival, int32_t promise, const char* respondent, int64_t at_unix_s, as_error** error);
/* Issue 28: the goods go back to the customer, who signs the goods log; the
 * receipt is voided then. Under the policy's service.inspection_before_return
 * (default true; seeds/002 (十二)) the goods must have been inspected by a
 * supervisor first (as_store_inspect_repair). Errors: AS_E_STATE naming
 * "inspected" (not inspected, the policy requiring it) or "call" (not
 * carried in), AS_E_INVALID_ARGUMENT naming "at_unix_s" (before the carry-in
 * or the inspection, or in the future), AS_E_NOT_FOUND naming "call_id".
 * Nothing is written on an error. Thread safety: serialized. */
AS_API as_status as_store_return_inspected_goods(as_store* store, const char* call_id, int64_t at_unix_s,
                                                 int32_t signed_off, as_error** error);

/* A snapshot of one call. Immutable; released with as_call_destroy. */
typedef struct as_call as_call;

/* Call states (as_call_info.state). */
#define AS_CALL_REGISTERED 0
#define AS_CALL_DISPATCHED 1
#define AS_CALL_ON_SITE    2
#define AS_CALL_COMPLETED  3
#define AS_CALL_CARRIED_IN 4
#define AS_CALL_RETURNED   5
/* Since 0.2.x (issue 28): solved by phone or remotely
 * (as_store_resolve_remotely), never dispatched. A later version may add
 * states: a caller treats a state it does not know as closed otherwise
 * (not waiting, not in a visit). */
#define AS_CALL_RESOLVED_REMOTELY 6

/* The call `call_id` as it is now. Errors: AS_E_NOT_FOUND (names
 * "call_id"), AS_E_INVALID_ARGUMENT (NULL argument), AS_E_STORAGE.
 * Thread safety: serialized. *out is released with as_call_destroy. */
AS_API as_status as_store_call(as_store* store, const char* call_id, as_call** out, as_error** error);
AS_API void as_call_destroy(as_call* call);

/* The facts of a call. Set `size` before the call:
 *   as_call_info info = AS_CALL_INFO_INIT;
 * The text fields are borrowed from the as_call handle. */
typedef struct as_call_info {
  size_t size;               /* in: sizeof(as_call_info) */
  const char* id;
  const char* voucher;       /* "V-main-2510-000123" */
  const char* customer_id;
  const char* unit_id;
  const char* customer;
  const char* phone;
  const char* address;
  const char* zone;
  const char* centre;
  const char* product;
  const char* serial;
  const char* fault;
  const char* category;      /* "paid", "contract", "free", "internal" */
  const char* category_rule; /* the rule that decided it */
  const char* technician;    /* NULL until dispatched */
  int64_t received_unix_s;
  int64_t deadline_unix_s;   /* the arrival deadline (moved by pauses) */
  int64_t dispatched_unix_s; /* 0 when not yet */
  int64_t arrived_unix_s;    /* 0 when not yet */
  int64_t completed_unix_s;  /* 0 when not yet */
  int32_t state;             /* AS_CALL_* */
  int32_t sla_met;           /* 1 met, 0 breached, -1 not arrived */
  int32_t signed_off;        /* 1 signed, 0 not, -1 not completed */
  int32_t reserved0;         /* always 0 */
} as_call_info;

#define AS_CALL_INFO_INIT \
  { sizeof(as_call_info), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
    NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 }

/* Fills *out with the facts of `call`. Errors: AS_E_INVALID_ARGUMENT (NULL
 * argument, out->size too small). Thread safety: immutable. */
AS_API as_status as_call_describe(const as_call* call, as_call_info* out, as_error** error);

/* The dispatch queue at now_unix_s (calls received by then and not
 * dispatched; yesterday's first, then by deadline, call time and id): ids
 * into out_ids (cap ids of AS_ID_SIZE bytes each). With out_ids NULL and
 * cap 0 only *out_n is set (the capacity needed).
 * Errors: AS_E_INVALID_ARGUMENT (more calls than cap: names "cap"; NULL
 * argument), AS_E_STORAGE. Thread safety: serialized. */
AS_API as_status as_store_queue(as_store* store, int64_t now_unix_s, char* out_ids, size_t cap, size_t* out_n, as_error** error);

/* The management report of year/month (the calls received in that local
 * month by *as_of_unix_s), each call judged as it stood at *as_of_unix_s;
 * NULL: the first instant of the next month in the policy calendar's zone,
 * or the store's clock when that is earlier (aftersales::Store::monthly_as_of),
 * so a past month gives the same answer whenever it is asked. The moment
 * used is the JSON's "as_of". SLA compliance by zone, centre and
 * technician, completions, first-time fixes (as of the instant too: a
 * revisit received later has not happened), mean time to repair, first
 * response and on-site time ("mean_first_response_s", "mean_on_site_s"),
 * satisfaction per technician and the dispatch queue at the month's end, as
 * a JSON document (the fields of aftersales::to_json(MonthlyReport) in
 * store.hpp; ratios - each SLA row's "compliance", "first_time_fix_rate",
 * the statistics' "on_time_ratio" - are numbers, null when their
 * denominator is 0); *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (month outside 1..12, year outside
 * 1970..2199: names "month"; NULL argument), AS_E_STORAGE.
 * Thread safety: serialized. */
AS_API as_status as_store_month_report_json(as_store* store, int32_t year, int32_t month,
                                            const int64_t* as_of_unix_s, char** out_json, as_error** error);

/* The calls received in [*from_unix_s, *to_unix_s) (a NULL end: open), in
 * the order received, as one JSON object of equal-length arrays: "id",
 * "voucher", "customer", "zone", "centre", "product", "serial", "category",
 * "state", "technician" (null until dispatched), "received", "deadline",
 * "dispatched", "arrived", "completed" (Unix seconds, null until reached),
 * "sla_met", "signed_off" (true/false, null until known), "provisional_year"
 * (the provisional year the deadline and its verdict were counted over,
 * null when published dates only; see as_store_recomputed). *out_json is
 * released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL store or out_json, named),
 * AS_E_STORAGE. Thread safety: serialized. */
AS_API as_status as_store_calls_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                     char** out_json, as_error** error);

/* The visits of the calls received in [*from_unix_s, *to_unix_s) (a NULL
 * end: open) that were dispatched, in the order received, as one JSON
 * object of equal-length arrays: "call_id", "voucher", "technician", "zone",
 * "centre", "category", "state", "received", "deadline" (moved by the
 * pauses), "dispatched", "arrived", "completed" (Unix seconds, null until
 * reached), "pauses" (an open one included), "paused_s" (working seconds in
 * the ended pauses), "sla_met", "signed_off" (true/false, null until known),
 * "provisional_year" (as as_store_calls_json's).
 * And the surveys of those calls: "call_id", "voucher", "technician" (the
 * call's technician when surveyed: always a string for a survey made by
 * as_store_record_survey; null only for one made by the functions added
 * in issue 28 (as_store_record_survey_comment) before a technician was
 * dispatched or contacted the customer remotely), "respondent", "month" ("YYYY-MM", the call's), "attitude",
 * "skill", "arrival", "promise" (1..4), "recorded" (Unix seconds).
 * *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL store or out_json, named),
 * AS_E_STORAGE. Thread safety: serialized. */
AS_API as_status as_store_dispatches_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                          char** out_json, as_error** error);
AS_API as_status as_store_surveys_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                       char** out_json, as_error** error);

/* Complaints in the store: numbered from the store's counter, each step
 * recorded; the complaint handles are those of as_complaint_* (describe,
 * history), made by the store's policy. */

/* A complaint as the general manager's office takes it in. Set `size`:
 *   as_complaint_intake in = AS_COMPLAINT_INTAKE_INIT; */
typedef struct as_complaint_intake {
  size_t size;              /* in: sizeof(as_complaint_intake) */
  const char* dispute;      /* "contract", "transport", "quality" or NULL */
  const char* call_id;      /* the service call it is about, or NULL */
  int64_t received_unix_s;
  int64_t accepted_unix_s;  /* used when has_accepted is 1 */
  int32_t has_accepted;     /* 0: accepted when received */
  int32_t kind;             /* AS_COMPLAINT_* */
  int32_t severity;         /* AS_SEVERITY_* */
  int32_t market;           /* AS_MARKET_* */
} as_complaint_intake;

#define AS_COMPLAINT_INTAKE_INIT \
  { sizeof(as_complaint_intake), NULL, NULL, 0, 0, 0, 0, AS_SEVERITY_GENERAL, AS_MARKET_DOMESTIC }

/* Opens a complaint numbered from the counter (the local month of
 * received: "2510-0007"). Errors: as as_complaint_open; AS_E_NOT_FOUND
 * naming "call_id" for an unknown call; AS_E_INVALID_ARGUMENT naming
 * "received_unix_s" in the future of the store's clock.
 * Thread safety: serialized. *out is released with as_complaint_destroy. */
AS_API as_status as_store_open_complaint(as_store* store, const as_complaint_intake* intake, as_complaint** out, as_error** error);

/* The steps of the stored complaint `number` (AS_E_NOT_FOUND naming
 * "number" when there is none), as as_complaint_advance /
 * as_complaint_close_invalid / as_complaint_confirm_responsibility /
 * as_complaint_reject do them, recorded in the store; *out is the new value
 * (released with as_complaint_destroy). A rejection gets its number from
 * the counter. as_store_advance_complaint keeps its 0.2.0 meaning: it also
 * closes the approval stage, without an approval record; C++, Python and
 * as_store_advance_complaint_deciding refuse that stage when the policy has
 * approval levels (AS_E_STATE naming "complaint"): as_store_approve_complaint
 * closes it with the approver's authority checked (seeds/002 (9)6, (9)11).
 * Thread safety: serialized. */
AS_API as_status as_store_advance_complaint(as_store* store, const char* number, int64_t at_unix_s,
                                            as_complaint** out, as_error** error);
AS_API as_status as_store_close_complaint_invalid(as_store* store, const char* number, int64_t at_unix_s,
                                                  const char* reason, as_complaint** out, as_error** error);
AS_API as_status as_store_confirm_responsibility(as_store* store, const char* number, size_t n,
                                                 const char* const* parties, const int64_t* ratios,
                                                 as_complaint** out, as_error** error);
AS_API as_status as_store_reject_complaint(as_store* store, const char* number, int64_t at_unix_s,
                                           const int64_t* accepted_unix_s, as_complaint** out, as_error** error);
/* The stored complaint `number`, rebuilt from its steps. */
AS_API as_status as_store_complaint(as_store* store, const char* number, as_complaint** out, as_error** error);

/* The reminders due at now_unix_s for the store's open complaints, as a
 * JSON array [{"number", "stage", "department", "which", "deadline",
 * "overdue_by_s", "rule"}]; *out_json is released with as_free.
 * Thread safety: serialized. */
AS_API as_status as_store_complaint_reminders_json(as_store* store, int64_t now_unix_s, char** out_json, as_error** error);

/* Return kinds (as_store_record_return). */
#define AS_RETURN_KIND_ALLOWANCE    0 /* sales allowance */
#define AS_RETURN_KIND_COMPENSATION 1
#define AS_RETURN_KIND_RETURN       2 /* goods returned */
#define AS_RETURN_KIND_REWORK       3

/* A return or allowance decided on complaint `number`: the quantity check
 * (actual against approved, within *tolerance_ppm or the policy's when
 * NULL) into *out_check (AS_RETURN_ACCEPT / AS_RETURN_FLAG), recorded with
 * amount_fen. Errors: AS_E_NOT_FOUND ("number"), AS_E_STATE (the complaint
 * was found invalid: names "number"), AS_E_INVALID_ARGUMENT (negative
 * quantities or amount, a bad kind). Thread safety: serialized. */
AS_API as_status as_store_record_return(as_store* store, const char* number, int32_t kind, int64_t approved,
                                        int64_t actual, int64_t amount_fen, const int64_t* tolerance_ppm,
                                        int32_t* out_check, as_error** error);

/* The penalty ledger in the store (the policy's cap), as
 * as_penalty_ledger_charge / _settle: a charge names its complaint
 * (AS_E_NOT_FOUND naming "case_number" when there is none, AS_E_STATE when
 * it was found invalid, AS_E_INVALID_ARGUMENT naming "month" before the
 * complaint was received); a settlement gives
 * the month's complaint deduction (the charges, under the cap) and what is
 * still carried. An administrative penalty recorded by
 * as_store_record_admin_penalty (new in issue 29; a 0.2.0 program records
 * none) is taken first and whole, and is NOT in *out_deducted_fen: the whole
 * month's figure is as_store_settle_penalties_admin's. All or nothing.
 * Thread safety: serialized. */
AS_API as_status as_store_charge_penalty(as_store* store, const char* person, int32_t year, int32_t month,
                                         int64_t amount_fen, const char* case_number, as_error** error);
AS_API as_status as_store_settle_penalties(as_store* store, const char* person, int32_t year, int32_t month,
                                           int64_t bonus_fen, int64_t* out_deducted_fen, int64_t* out_carried_fen, as_error** error);

/* The complaints received in [*from_unix_s, *to_unix_s) (a NULL end: open),
 * each rebuilt from its steps, as one JSON object of equal-length arrays:
 * "number", "original_number" and "call_id" (null for none), "kind",
 * "severity", "market", "department", "stage" ("closed" once closed),
 * "received", "accepted", "deadline", "closed_at" (Unix seconds, null while
 * open), "on_time" (null while open), "invalid" (true/false),
 * "rejections". And the
 * penalty ledger's operations of `person` (NULL: everyone's), in the order
 * recorded: "person", "kind" ("charge" | "settle"), "month", "amount_fen",
 * "case_number" (null for a settlement), "deducted_fen", "carried_fen" (null
 * for a charge). *out_json is released with as_free.
 * Errors: AS_E_INVALID_ARGUMENT (NULL store or out_json, named),
 * AS_E_STORAGE. Thread safety: serialized. */
AS_API as_status as_store_complaints_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                          char** out_json, as_error** error);
AS_API as_status as_store_penalty_events_json(as_store* store, const char* person, char** out_json, as_error** error);

/* The complaint form (issue 29; seeds/002 kehu tousu guanli banfa (9)1-6,
 * (7)4(2)). The default stages: intake (sales, before the clock), then
 * registration, quality_investigation, manufacturing, managers_opinion, rnd
 * (optional: only when quality_investigation or manufacturing calls for it),
 * gm_check, negotiation, consolidation, approval. A complaint keeps the stage
 * list it was opened under. as_store_advance_complaint decides nothing: an
 * optional stage not called for is passed over. */

/* The fields an entry writes (as_complaint_entry field); each stage writes
 * the fields its policy stage lists ("entries"). */
#define AS_COMPLAINT_FIELD_CAUSE             0
#define AS_COMPLAINT_FIELD_RESPONSIBILITY    1
#define AS_COMPLAINT_FIELD_COUNTERMEASURE    2  /* chuli duice */
#define AS_COMPLAINT_FIELD_PRODUCTION_UNIT   3
#define AS_COMPLAINT_FIELD_MACHINE_SHIFT     4
#define AS_COMPLAINT_FIELD_OPERATOR          5
#define AS_COMPLAINT_FIELD_PRODUCTION_DATE   6  /* text "YYYY-MM-DD" */
#define AS_COMPLAINT_FIELD_OPINION           7
#define AS_COMPLAINT_FIELD_CHECK             8  /* chahe */
#define AS_COMPLAINT_FIELD_HANDLING_PROPOSAL 9
#define AS_COMPLAINT_FIELD_RESULT            10
#define AS_COMPLAINT_FIELD_CUSTOMER_REACTION 11
#define AS_COMPLAINT_FIELD_SUPERVISOR_REVIEW 12
#define AS_COMPLAINT_FIELD_CONSOLIDATION     13
#define AS_COMPLAINT_FIELD_CALL_FOR          14 /* written by a deciding advance only */

/* Where a complaint stands (as_complaint_standing): the one judge of its
 * deadlines (a deadline is met exactly at it). */
#define AS_COMPLAINT_STANDING_ON_TIME        0
#define AS_COMPLAINT_STANDING_STAGE_OVERDUE  1 /* open, past its stage deadline only */
#define AS_COMPLAINT_STANDING_OVERDUE        2 /* open, past its overall deadline */
#define AS_COMPLAINT_STANDING_CLOSED_ON_TIME 3 /* within every deadline */
#define AS_COMPLAINT_STANDING_CLOSED_LATE    4 /* past its overall deadline, or a stage left late */

/* The form's facts as sales records them (9)1. Set `size`:
 *   as_complaint_form f = AS_COMPLAINT_FORM_INIT; */
typedef struct as_complaint_form {
  size_t size;                            /* in: sizeof(as_complaint_form) */
  const char* customer;                   /* NULL: not known */
  const char* order_number;               /* bianhao; NULL: not known */
  const char* part_number;                /* liaohao; NULL: not known */
  const char* customer_request;           /* kehu yaoqiu; NULL: none */
  int64_t quantity;                       /* used when quantity_determined is 1 */
  int64_t defective_quantity;             /* used when defective_quantity_determined is 1 */
  int32_t quantity_determined;            /* 0: not yet determined */
  int32_t defective_quantity_determined;  /* 0: not yet determined */
  int32_t shipped_yyyymmdd;               /* jiaoyun riqi; 0: not known */
  int32_t request_pending;                /* 1: kehu jiagong zhong wei queding */
  int32_t sample_sent;                    /* 1: the form travels with the sample */
  int32_t reserved;                       /* 0 */
} as_complaint_form;

#define AS_COMPLAINT_FORM_INIT {sizeof(as_complaint_form), NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0}

/* Records (or replaces) the form's facts of complaint `number`, recorded by
 * `by` at at_unix_s. Errors: AS_E_NOT_FOUND naming "number"; AS_E_STATE
 * naming "number" (closed); AS_E_INVALID_ARGUMENT naming "form.quantity",
 * "form.defective_quantity" (negative, more than the quantity),
 * "form.part_number" (and the other texts: empty; pass NULL),
 * "form.shipped_yyyymmdd" (after at; AS_E_PARSE: not a date), "form.reserved", "by"
 * (empty), "at_unix_s" (before receipt, in the future). All or nothing.
 * Thread safety: serialized. */
AS_API as_status as_store_record_complaint_form(as_store* store, const char* number, const as_complaint_form* form,
                                                const char* by, int64_t at_unix_s, as_error** error);
/* The form's facts as JSON {"customer", "order_number", "part_number",
 * "shipped" ("YYYY-MM-DD"), "quantity", "defective_quantity" (null: not yet
 * determined), "customer_request", "request_pending", "sample_sent",
 * "recorded_by", "recorded"}, or the JSON text null when never recorded.
 * *out_json is released with as_free. Thread safety: serialized. */
AS_API as_status as_store_complaint_form_json(as_store* store, const char* number, char** out_json, as_error** error);

/* An entry written at the complaint's current stage. Set `size`:
 *   as_complaint_entry e = AS_COMPLAINT_ENTRY_INIT; */
typedef struct as_complaint_entry {
  size_t size;         /* in: sizeof(as_complaint_entry) */
  const char* text;
  const char* author;  /* who wrote it */
  int64_t at_unix_s;   /* when: not before the stage was entered, not in the future */
  int32_t field;       /* AS_COMPLAINT_FIELD_* */
  int32_t reserved;    /* 0 */
} as_complaint_entry;

#define AS_COMPLAINT_ENTRY_INIT {sizeof(as_complaint_entry), NULL, NULL, 0, 0, 0}

/* Errors: AS_E_STATE naming "number" (closed); AS_E_INVALID_ARGUMENT naming
 * "entry.field" (not a code, or not written at this stage: the message
 * lists what it writes), "entry.text" (NULL, empty; a production date not
 * "YYYY-MM-DD": AS_E_PARSE), "entry.author", "entry.at_unix_s". The entry's
 * id (36 characters and the NUL) is copied to id_buf when it is not NULL
 * (cap bytes; *out_needed the size needed). Thread safety: serialized. */
AS_API as_status as_store_record_complaint_entry(as_store* store, const char* number, const as_complaint_entry* entry,
                                                 char* id_buf, size_t cap, size_t* out_needed, as_error** error);
/* The entries of `number` in the order written, as JSON [{"id", "stage",
 * "field", "text", "author", "at"}]. *out_json is released with as_free.
 * Thread safety: serialized. */
AS_API as_status as_store_complaint_entries_json(as_store* store, const char* number, char** out_json,
                                                 as_error** error);
/* as_store_advance_complaint, the stage being left calling for the optional
 * stages named in call_for[0..n_call_for) (e.g. "rnd"); `by` (who decides)
 * is required when n_call_for > 0 and recorded as a call_for entry.
 * Errors as as_store_advance_complaint, and AS_E_INVALID_ARGUMENT naming
 * "call_for[i]" (not an optional stage this stage decides) or "by".
 * Thread safety: serialized. *out is released with as_complaint_destroy. */
AS_API as_status as_store_advance_complaint_deciding(as_store* store, const char* number, int64_t at_unix_s,
                                                     size_t n_call_for, const char* const* call_for, const char* by,
                                                     as_complaint** out, as_error** error);
/* The register (kehu baoyuan anjian dengji zhuizong biao) of the complaints
 * received in [*from_unix_s, *to_unix_s) (a NULL end: open), standing
 * judged as of *as_of_unix_s (NULL: now), as one JSON object of
 * equal-length arrays: "number", "received", "accepted", "customer",
 * "order_number", "part_number", "shipped", "quantity",
 * "defective_quantity" (null: not yet determined), "request" (the request,
 * the pending text, or null), "sample_sent", "kind", "severity", "market",
 * "department", "stage", "stage_department", "stage_deadline", "deadline",
 * "standing" (on_time | stage_overdue | overdue | closed_on_time |
 * closed_late), "closed_at", "skipped" (", "-joined), "entries".
 * *out_json is released with as_free. Thread safety: serialized. */
AS_API as_status as_store_complaint_register_json(as_store* store, const int64_t* from_unix_s,
                                                  const int64_t* to_unix_s, const int64_t* as_of_unix_s,
                                                  char** out_json, as_error** error);
/* Where `complaint` stands at now_unix_s (AS_COMPLAINT_STANDING_*).
 * Thread safety: immutable. */
AS_API as_status as_complaint_standing(const as_complaint_policy* policy, const as_complaint* complaint,
                                       int64_t now_unix_s, int32_t* out_standing, as_error** error);

/* Contracts on units (RULES.md 3.1, 3.4): a later intake for the unit
 * decides its category with them. Set `size`:
 *   as_contract_intake c = AS_CONTRACT_INTAKE_INIT; */
typedef struct as_contract_intake {
  size_t size;                     /* in: sizeof(as_contract_intake) */
  const char* number;              /* the contract's own number, unique */
  const char* customer;            /* the unit's customer, found or added */
  const char* phone;
  const char* address;
  const char* product;
  const char* serial;              /* with the product it finds the unit, else adds one */
  const char* const* extra_causes; /* extended: causes it covers that the maker excludes */
  size_t n_extra_causes;
  int32_t purchased_yyyymmdd;
  int32_t extended;                /* 1: an extended warranty of `years`; 0: maintenance */
  int32_t start_yyyymmdd;          /* maintenance: the days covered (0 for an extended warranty) */
  int32_t end_yyyymmdd;
  int32_t years;                   /* extended: 1..the policy's maximum */
  int32_t reserved0;               /* must be 0 */
  /* Since issue 28 (0 keeps the policy's service.billing.contract): 1 when
   * this maintenance contract says what its customer pays (seeds/002 (六) B
   * 依…商品保養合同書的規定…收取服務費用): each pays_* 1 charges that part
   * of a covered call's bill (0 covers it); refused for an extended warranty
   * ("charges"). A renewal keeps them. */
  int32_t own_charges;
  int32_t pays_call_out;
  int32_t pays_labour;
  int32_t pays_parts;
} as_contract_intake;

#define AS_CONTRACT_INTAKE_INIT \
  { sizeof(as_contract_intake), NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0 }

/* Records a contract. Errors name the field: AS_E_INVALID_ARGUMENT
 * ("number" empty or used, "end_yyyymmdd" before the start, "years"),
 * AS_E_NOT_FOUND ("product"), AS_E_PARSE (a bad date). Thread safety:
 * serialized. */
AS_API as_status as_store_add_contract(as_store* store, const as_contract_intake* contract, as_error** error);
/* Renews maintenance contract `number` for years/months/days from the day
 * after its end as `new_number`, linked. AS_E_STATE naming "number" when it
 * was already renewed or is an extended warranty. Thread safety: serialized. */
AS_API as_status as_store_renew_contract(as_store* store, const char* number, const char* new_number, int32_t years,
                                         int32_t months, int32_t days, as_error** error);
/* The expiry notices due on on_yyyymmdd not issued yet, recorded as issued
 * and returned as a JSON array of contract numbers (*out_json, as_free).
 * Thread safety: serialized. */
AS_API as_status as_store_issue_expiry_notices_json(as_store* store, int32_t on_yyyymmdd, char** out_json, as_error** error);

/* Homes (issue 27; seed 001 (五): owners whose guarantee is ending are told
 * in time, 公告住房保修期届满的业主). A home is stored as a unit of a product
 * with housing terms, with its two dates: completion acceptance (the
 * contractor's guarantee counts from it, 建设工程质量管理条例 art. 40) and
 * handover (the owner's, 1998 art. 5; 商品房销售管理办法 art. 33). Set `size`:
 *   as_home_intake h = AS_HOME_INTAKE_INIT; */
typedef struct as_home_intake {
  size_t size;                 /* in: sizeof(as_home_intake) */
  const char* owner;           /* the owner, found by name and phone or added */
  const char* phone;
  const char* address;
  const char* product;         /* NULL: "housing"; a product with housing terms */
  const char* serial;          /* the home's identifier, unique per product */
  const char* repairer;        /* NULL: none named (the developer); else the
                                  repairer the 住宅质量保证书 names (1998 art. 4):
                                  plain text, no control characters, no blanks
                                  around it, <= 200 bytes */
  int32_t completed_yyyymmdd;  /* completion acceptance (竣工验收) */
  int32_t handover_yyyymmdd;   /* handover to the owner (交付), not before it */
  int32_t design_life_years;   /* 0: not given; else 1..100, required when a
                                  part lasts the design service life
                                  (条例 art. 40(一): foundation, main structure) */
  int32_t reserved0;           /* must be 0 */
} as_home_intake;

#define AS_HOME_INTAKE_INIT { sizeof(as_home_intake), NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0 }

/* Records a home; its unit's id goes to out_id (AS_ID_SIZE bytes). Errors
 * name the member and the value ("home.handover_yyyymmdd: 2023-06-29 is
 * before completion acceptance 2023-06-30"): AS_E_INVALID_ARGUMENT
 * ("home.product" without housing terms, "home.serial" empty or already a
 * unit, "home.completed_yyyymmdd" / "home.handover_yyyymmdd" in the future,
 * "home.design_life_years" missing or outside 1..100, "home.repairer", an
 * empty or NULL owner, phone, address), AS_E_NOT_FOUND ("home.product"
 * unknown). Nothing is written on an error. Thread safety: serialized. */
AS_API as_status as_store_add_home(as_store* store, const as_home_intake* home, char* out_id, as_error** error);
/* The guarantee-expiry notices due on on_yyyymmdd, recorded and returned as
 * a JSON array (*out_json, as_free), ordered by end, serial, part: one per
 * home part not noticed yet whose applicable guarantee (the later of the
 * owner's and the contractor's, as the store's policy decides coverage)
 * ends within the terms' notice_days (end - notice_days <= on <= end):
 * [{"id", "unit_id", "product", "serial", "owner", "phone", "part", "ends"
 * ("YYYY-MM-DD"), "guarantee" ("owner" | "contractor"), "issued_on"
 * ("YYYY-MM-DD"), "issued_at" (Unix s), "repairer" (null: none named)}].
 * Issued once per home and part; all or nothing. A part counted in seasons
 * whose dates the policy lacks is passed over (aftersales::Store::
 * issue_housing_expiry_notices). Thread safety: serialized. */
AS_API as_status as_store_issue_housing_expiry_notices_json(as_store* store, int32_t on_yyyymmdd, char** out_json,
                                                            as_error** error);

/* Station budgets and costs per month in the policy's cost kinds
 * (AS_E_NOT_FOUND naming "kind" for another), and the month's costs against
 * budget per region and station as JSON [{"centre", "region", "kind",
 * "budget_fen", "actual_fen"}]. Thread safety: serialized. */
AS_API as_status as_store_set_region(as_store* store, const char* centre, const char* region, as_error** error);
AS_API as_status as_store_set_budget(as_store* store, const char* centre, int32_t year, int32_t month,
                                     const char* kind, int64_t amount_fen, as_error** error);
AS_API as_status as_store_record_cost(as_store* store, const char* centre, int32_t year, int32_t month,
                                      const char* kind, int64_t amount_fen, const char* note, as_error** error);
AS_API as_status as_store_cost_report_json(as_store* store, int32_t year, int32_t month, char** out_json, as_error** error);

/* The day report of day_yyyymmdd from the labour lines, per technician and
 * service category, as JSON [{"technician", "category", "jobs",
 * "worked_s"}]: one technician's (technician not NULL) or the supervisor's
 * (technician NULL; centre NULL for every centre). Thread safety:
 * serialized. */
AS_API as_status as_store_day_report_json(as_store* store, int32_t day_yyyymmdd, const char* technician,
                                          const char* centre, char** out_json, as_error** error);

/* Carry-in controls and surveys of every call (issue 28; seeds/002 (十二)
 * (十四) (二十三) (二十四)).
 *
 * A supervisor (服務主任) is a technician appointed at a service station
 * (both added when new; again: nothing changes). Errors:
 * AS_E_INVALID_ARGUMENT naming "centre" or "person" (NULL or empty).
 * Thread safety: serialized. */
AS_API as_status as_store_appoint_supervisor(as_store* store, const char* centre, const char* person, as_error** error);
/* The supervisor's inspection (驗訖) of carried-in goods before they go back:
 * `supervisor` must be one of the call's centre and not the call's
 * technician (AS_E_INVALID_ARGUMENT naming "supervisor"); the call carried
 * in and not inspected yet (AS_E_STATE naming "call"); at_unix_s not before
 * the carry-in nor in the future (AS_E_INVALID_ARGUMENT naming
 * "at_unix_s"); AS_E_NOT_FOUND naming "call_id". With the policy's
 * service.inspection_before_return (default true),
 * as_store_return_inspected_goods without it fails with AS_E_STATE naming
 * "inspected"; the return voids the receipt. Thread safety: serialized. */
AS_API as_status as_store_inspect_repair(as_store* store, const char* call_id, const char* supervisor,
                                         int64_t at_unix_s, as_error** error);
/* A call's carry-in as a JSON object (*out_json, as_free): {"call_id",
 * "voucher", "receipt", "centre", "customer", "phone", "product", "serial",
 * "technician", "taken" (Unix s), "promised" ("YYYY-MM-DD"), "inspected_by",
 * "inspected", "returned", "signed_off", "voided" (null: not yet)}.
 * Errors: AS_E_NOT_FOUND naming "call_id" (no such call, or not carried
 * in). Thread safety: serialized. */
AS_API as_status as_store_carry_in_json(as_store* store, const char* call_id, char** out_json, as_error** error);
/* The call whose goods `receipt` holds, into out_id (AS_ID_SIZE bytes):
 * AS_E_NOT_FOUND naming "receipt" for an unknown one, AS_E_STATE naming
 * "receipt" for one voided at the return (never used again),
 * AS_E_INVALID_ARGUMENT naming "receipt" for an empty one. Thread safety:
 * serialized. */
AS_API as_status as_store_call_for_receipt(as_store* store, const char* receipt, char* out_id, as_error** error);
/* The repairs past their promised date and not returned as of the end of
 * local day as_of_yyyymmdd (centre NULL: every centre), most overdue first,
 * as a JSON array of carry-in objects with "days_late" (*out_json, as_free).
 * Errors: AS_E_PARSE naming "as_of_yyyymmdd" (not a date),
 * AS_E_OUT_OF_RANGE naming it (outside 1970..2199), AS_E_INVALID_ARGUMENT
 * naming "centre" (empty). Thread safety: serialized. */
AS_API as_status as_store_overdue_repairs_json(as_store* store, int32_t as_of_yyyymmdd, const char* centre,
                                               char** out_json, as_error** error);
/* The survey function to use (issue 28): one survey per call, of any call
 * in any state (seeds/002 (二十三): a card for every call of the day, no
 * sampling), recorded at at_unix_s, not before the call was received, with
 * the customer's own words: comment NULL or "" for none, <= 2000 bytes, no
 * control characters but newline and tab. Four levels 1 (dissatisfied) ..
 * 4 (very satisfied) each. as_store_record_survey keeps its 0.2.0 meaning
 * (a call completed by a visit only). The survey rates the call's
 * technician or, for a call solved or attempted by phone or remotely and
 * not dispatched, the remote contact's (before state28: none), who may not
 * answer it; a call with neither rates none ("technician" null in
 * as_store_survey_json and as_store_surveys_json). Errors: AS_E_STATE naming "call" (surveyed
 * already), AS_E_INVALID_ARGUMENT naming "attitude", "skill", "arrival" or
 * "promise" (outside 1..4), "respondent" (empty, or the call's own
 * technician), "comment", "at_unix_s" (before the call was received, or in
 * the future), AS_E_NOT_FOUND naming "call_id". Thread safety: serialized. */
AS_API as_status as_store_record_survey_comment(as_store* store, const char* call_id, int32_t attitude,
                                                int32_t skill, int32_t arrival, int32_t promise,
                                                const char* respondent, const char* comment, int64_t at_unix_s,
                                                as_error** error);
/* A call's survey as JSON {"id", "call_id", "voucher", "centre",
 * "technician" (null: none when recorded), "respondent", "attitude",
 * "skill", "arrival", "promise", "comment", "recorded", "complaint" (the
 * number of the complaint opened from it, null: none)}. Errors:
 * AS_E_NOT_FOUND naming "call_id" (no such call) or "survey" (the call has
 * none). Thread safety: serialized. */
AS_API as_status as_store_survey_json(as_store* store, const char* call_id, char** out_json, as_error** error);
/* The share of the calls received on local day day_yyyymmdd (or, with
 * day_yyyymmdd 0, in year/month) surveyed by *as_of_unix_s (NULL: the store's
 * clock): {"period", "as_of", "calls", "surveyed" (the exact counts),
 * "share" (surveyed / calls as a double; null without calls), "by_centre":
 * [{"key", "calls", "surveyed", "share"}], "by_technician": [...] (the
 * technician dispatched by as_of, or who solved the call by phone or
 * remotely; other calls not dispatched count per centre only)}. year and month are read only when day_yyyymmdd is 0. The month
 * report's JSON gains the same object as "survey_coverage" (as of the
 * report's instant). Errors: AS_E_INVALID_ARGUMENT naming "month" (not a
 * month of 1970..2199), AS_E_PARSE naming "day_yyyymmdd" (not a date),
 * AS_E_OUT_OF_RANGE naming it (outside 1970..2199). Thread safety:
 * serialized. */
AS_API as_status as_store_survey_coverage_json(as_store* store, int32_t day_yyyymmdd, int32_t year, int32_t month,
                                               const int64_t* as_of_unix_s, char** out_json, as_error** error);
/* The calls received on day_yyyymmdd (centre NULL: every centre) without a
 * survey now, by centre, received, id: [{"call_id", "voucher", "centre",
 * "customer", "phone", "address", "technician", "state", "received"}].
 * Errors: AS_E_PARSE naming "day_yyyymmdd" (not a date),
 * AS_E_OUT_OF_RANGE naming it (outside 1970..2199), AS_E_INVALID_ARGUMENT
 * naming "centre" (empty). Thread safety: serialized. */
AS_API as_status as_store_unsurveyed_calls_json(as_store* store, int32_t day_yyyymmdd, const char* centre,
                                                char** out_json, as_error** error);
/* Opens a complaint from the call's dissatisfied survey (an answer at or
 * below the policy's service.survey_complaint_level, default 1), received
 * at at_unix_s, with the store's numbering and stages, kind
 * service.survey_complaint_kind (default "service"); linked both ways (the
 * survey's "complaint", the complaint columns' "survey_id"). Its number goes
 * to number_buf (cap bytes, truncated; *out_needed, when not NULL, the size
 * needed with the NUL). Errors: AS_E_STATE naming "survey" (no survey, not
 * dissatisfied, or a complaint opened already), AS_E_INVALID_ARGUMENT
 * naming "at_unix_s" (before the survey, or in the future) or "number_buf"
 * (NULL with cap > 0), AS_E_NOT_FOUND naming "call_id". Thread safety:
 * serialized. */
AS_API as_status as_store_open_survey_complaint(as_store* store, const char* call_id, int64_t at_unix_s,
                                                char* number_buf, size_t cap, size_t* out_needed, as_error** error);
/* Calls solved by phone or remotely (issue 28; seeds 003 2.2 遠程協助,
 * 001 电话技术服务): no dispatch. The call is judged against the policy's
 * dispatch.remote targets (first contact, resolution; working time from the
 * call) and counts apart in the monthly report ("remote", "remote_met",
 * "remote_breached" in each SLA row and the report; "remote_resolved"),
 * never as an arrival met or breached. */
#define AS_REMOTE_PHONE   0 /* guiding the customer by phone (001 电话技术服务) */
#define AS_REMOTE_SESSION 1 /* remote assistance (003 2.2 遠程協助) */
/* The call was solved without a visit by `technician`: first contact at
 * first_response_unix_s, solved at resolved_unix_s (received <= first
 * contact <= resolution, none in the future). The call leaves the dispatch
 * queue and its state is AS_CALL_RESOLVED_REMOTELY; dispatching, pausing or
 * working on it later is AS_E_STATE naming "call". Errors:
 * AS_E_STATE naming "call" (already dispatched, or already contacted
 * remotely), AS_E_INVALID_ARGUMENT naming "technician" (empty, or the
 * respondent of the call's survey, seeds/002 (二十三)), "how" (not
 * AS_REMOTE_*), "first_response_unix_s", "resolved_unix_s", AS_E_NOT_FOUND
 * naming "call_id". Nothing is written on an error. Thread safety:
 * serialized. */
AS_API as_status as_store_resolve_remotely(as_store* store, const char* call_id, const char* technician, int32_t how,
                                           int64_t first_response_unix_s, int64_t resolved_unix_s, as_error** error);
/* A phone or remote attempt at at_unix_s that did not solve the call: its
 * first response; the call stays in the queue for a normal dispatch and is
 * judged as a visit. Errors as as_store_resolve_remotely (AS_E_STATE naming
 * "call"; AS_E_INVALID_ARGUMENT naming "technician", "how" or "at_unix_s"
 * (before the call was received, or in the future); AS_E_NOT_FOUND naming
 * "call_id"); nothing is written on an error. Thread safety: serialized. */
AS_API as_status as_store_record_remote_attempt(as_store* store, const char* call_id, const char* technician,
                                                int32_t how, int64_t at_unix_s, as_error** error);
/* The call's remote contact as JSON (*out_json, as_free): {"call_id",
 * "technician", "how" ("phone" | "remote"), "first_response" (Unix s),
 * "resolved" (Unix s; null: the attempt did not solve it), "recorded"}, or
 * the JSON text null when it has none. AS_E_NOT_FOUND naming "call_id".
 * Thread safety: serialized. */
AS_API as_status as_store_remote_contact_json(as_store* store, const char* call_id, char** out_json, as_error** error);
/* Billing (issue 28; seeds/002 (十): 費用較低者 collected on the spot by the
 * technician, otherwise an invoice the same day; (十三): a paid carry-in
 * repair invoiced the day the goods go back; 第三篇: 上門費用20元,
 * 修理費用400元, 零件費2000元 = 2420元). The fee schedules are the policy's
 * "service.billing" section. A bill is made once per completed (or
 * returned) call from its labour and parts lines, the lines copied; money
 * in fen. A bill's JSON: {"id", "call_id", "voucher", "centre", "category",
 * "billed_at", "settlement" ("none" | "on_the_spot" | "invoice"), "due_on"
 * ("YYYY-MM-DD" or null), "total_fen" (charged to the customer: the sum of
 * the charged lines), "value_fen" (every line: the work's cost), "lines":
 * [{"kind" ("call_out" | "labour" | "part"), "description", "quantity",
 * "worked_s" (null but labour), "unit_price_fen", "amount_fen", "charged"}],
 * "invoice_number" (null until invoiced), "invoiced_on", "paid_fen",
 * "owed_fen"}; *out_json is released with as_free. */

/* Bills the call at at_unix_s; the bill's JSON to *out_json. Errors:
 * AS_E_STATE naming "call" for a call not completed or already billed (a
 * bill is made once); AS_E_INVALID_ARGUMENT naming "at_unix_s" before the
 * completion or in the future; AS_E_OUT_OF_RANGE naming "call" when the
 * lines add up to more than an int64 of fen (nothing is billed);
 * AS_E_NOT_FOUND naming "call_id". Thread safety: serialized. */
AS_API as_status as_store_bill_call(as_store* store, const char* call_id, int64_t at_unix_s, char** out_json,
                                    as_error** error);
/* Issues the invoice of the call's bill on the local date of at_unix_s,
 * numbered per centre and month (policy service.numbering.invoice:
 * "I-main-2511-00001"); the bill's
 * JSON to *out_json. Errors: AS_E_NOT_FOUND naming "call_id" (no such call,
 * or no bill); AS_E_STATE naming "call" when invoiced already or charging
 * nothing; AS_E_INVALID_ARGUMENT naming "at_unix_s" (before the bill, or in
 * the future). Thread safety: serialized. */
AS_API as_status as_store_issue_invoice(as_store* store, const char* call_id, int64_t at_unix_s, char** out_json,
                                        as_error** error);

/* Payment methods (as_payment.method). */
#define AS_PAYMENT_CASH     0
#define AS_PAYMENT_CARD     1
#define AS_PAYMENT_TRANSFER 2

/* A payment on a call's bill. Set `size`:
 *   as_payment p = AS_PAYMENT_INIT; */
typedef struct as_payment {
  size_t size;          /* in: sizeof(as_payment) */
  const char* call_id;  /* the billed call */
  int32_t method;       /* AS_PAYMENT_CASH, _CARD, _TRANSFER */
  int32_t reserved0;    /* must be 0 */
  int64_t amount_fen;   /* > 0, at most what is still owed */
  int64_t at_unix_s;    /* not before the bill, not in the future */
} as_payment;

#define AS_PAYMENT_INIT { sizeof(as_payment), NULL, AS_PAYMENT_CASH, 0, 0, 0 }

/* Records a payment; its id goes to out_id (AS_ID_SIZE bytes). Errors name
 * the member: AS_E_INVALID_ARGUMENT "payment.amount_fen" (not > 0, or more
 * than what is still owed: "payment.amount_fen: 142001 fen (1420.01 yuan)
 * is more than the 142000 fen (1420.00 yuan) still owed on call
 * V-main-2511-000001's bill"), "payment.method", "payment.at_unix_s";
 * AS_E_NOT_FOUND "payment.call_id" (no call, or no bill). Nothing is
 * written on an error. Thread safety: serialized. */
AS_API as_status as_store_record_payment(as_store* store, const as_payment* payment, char* out_id, as_error** error);
/* The call's bill as it stands (JSON as above). Errors: AS_E_NOT_FOUND
 * naming "call_id" (no such call, or no bill). Thread safety: serialized. */
AS_API as_status as_store_bill_json(as_store* store, const char* call_id, char** out_json, as_error** error);
/* Columns, one JSON object of equal-length arrays like as_store_calls_json:
 * bills {"id", "call_id", "voucher", "centre", "customer", "category",
 * "settlement", "billed_at", "total_fen", "value_fen", "paid_fen",
 * "owed_fen", "due_on", "invoice_number", "invoiced_on" (null: none)};
 * payments {"id", "bill_id", "call_id", "voucher", "centre", "method",
 * "amount_fen", "paid_at", "recorded"}. as_store_bills_json: the bills made
 * in [*from_unix_s, *to_unix_s) (NULL: unbounded), paid and owed now;
 * as_store_receivables_json: the bills made by as_of_unix_s with something
 * owed then (a payment after it has not happened); as_store_overdue_invoices_json:
 * the invoice-settled bills due before on_yyyymmdd whose invoice was not
 * issued by then; as_store_payments_json: the payments made in the period.
 * Errors: AS_E_INVALID_ARGUMENT naming "out_json" (NULL); for
 * as_store_overdue_invoices_json AS_E_PARSE or AS_E_OUT_OF_RANGE naming
 * "on_yyyymmdd" (not a date; outside 1970..2199). Thread safety:
 * serialized. */
AS_API as_status as_store_bills_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                     char** out_json, as_error** error);
AS_API as_status as_store_receivables_json(as_store* store, int64_t as_of_unix_s, char** out_json, as_error** error);
AS_API as_status as_store_overdue_invoices_json(as_store* store, int32_t on_yyyymmdd, char** out_json,
                                                as_error** error);
AS_API as_status as_store_payments_json(as_store* store, const int64_t* from_unix_s, const int64_t* to_unix_s,
                                        char** out_json, as_error** error);

/* Approval by authority level (issue 29; seeds/002 (九)6 依核決權限分送業務部
 * 經理、副總經理或總經理核決, (九)11 sales may not promise beyond it). The
 * policy's complaints.approval levels bound the amount a decision commits
 * (compensation + allowance + returned goods at price, exact fen): by
 * default the sales manager up to 500000 fen inclusive, the vice president
 * up to 5000000, the general manager above (a company's choice: the seeds
 * give no amounts). */
#define AS_COMMITMENT_COMPENSATION   0 /* 賠償 */
#define AS_COMMITMENT_ALLOWANCE      1 /* 折讓 */
#define AS_COMMITMENT_RETURNED_GOODS 2 /* 退貨, quantity x unit price */
/* One line of the decision: quantity x unit_price_fen. Set `size`:
 *   as_decision_line l = AS_DECISION_LINE_INIT; */
typedef struct as_decision_line {
  size_t size;            /* in: sizeof(as_decision_line) */
  int32_t kind;           /* AS_COMMITMENT_* */
  int32_t reserved0;      /* must be 0 */
  int64_t quantity;       /* >= 1 (compensation, allowance: 1) */
  int64_t unit_price_fen; /* >= 0 */
} as_decision_line;
#define AS_DECISION_LINE_INIT { sizeof(as_decision_line), AS_COMMITMENT_COMPENSATION, 0, 1, 0 }
/* An approval. Set `size`: as_approval_intake a = AS_APPROVAL_INTAKE_INIT; */
typedef struct as_approval_intake {
  size_t size;                   /* in: sizeof(as_approval_intake) */
  const char* level;             /* one of the policy's levels ("vice_president") */
  const char* approver;          /* who signed */
  int64_t at_unix_s;             /* when; closes the approval stage */
  const as_decision_line* lines; /* line_count lines at the caller's stride; NULL when 0 */
  size_t line_count;
} as_approval_intake;
#define AS_APPROVAL_INTAKE_INIT { sizeof(as_approval_intake), NULL, NULL, 0, NULL, 0 }
/* Approves complaint `number` at its approval stage (the policy's
 * complaints.approval.stage): the approval closes the stage (the
 * complaint's advance at at_unix_s) and is recorded; *out_json (as_free)
 * receives it: {"id", "number", "level", "required_level", "approver", "at",
 * "amount_fen", "lines": [{"kind", "quantity", "unit_price_fen"}]}. Errors:
 * AS_E_INVALID_ARGUMENT naming "approval.level" with the level needed
 * ("sales_manager may approve up to 5000.00 yuan; 12000.00 yuan needs
 * vice_president"; a higher level may approve), "approval.approver",
 * "approval.at_unix_s" (future, before the stage was entered),
 * "approval.lines[i].quantity" / ".unit_price_fen" / ".kind" / ".size",
 * "approval.lines" (the sum overflows); AS_E_NOT_FOUND naming "number" or
 * "approval.level" (unknown level); AS_E_STATE naming "complaint" (not at
 * the approval stage, or closed). Nothing is written on an error. Thread
 * safety: serialized. */
AS_API as_status as_store_approve_complaint(as_store* store, const char* number, const as_approval_intake* approval,
                                            char** out_json, as_error** error);
/* The complaint's approval as that JSON, or the JSON text null when it has
 * none (*out_json, as_free). AS_E_NOT_FOUND naming "number". Thread safety:
 * serialized. */
AS_API as_status as_store_complaint_approval_json(as_store* store, const char* number, char** out_json,
                                                  as_error** error);

/* Improvement actions (改善案, issue 29; seeds/002 (七)3(5) 效果確認, (九)7
 * 人為疏忽免列案追蹤, (九)10). Ids are UUID text (AS_ID_SIZE bytes). */
#define AS_IMPROVEMENT_OPEN        0
#define AS_IMPROVEMENT_CONFIRMED   1
#define AS_IMPROVEMENT_INEFFECTIVE 2
#define AS_TRACKING_EXEMPT_HUMAN_NEGLIGENCE 0 /* 人為疏忽免列案追蹤 */
/* Set `size`: as_improvement_intake i = AS_IMPROVEMENT_INTAKE_INIT; */
typedef struct as_improvement_intake {
  size_t size;           /* in: sizeof(as_improvement_intake) */
  const char* action;    /* the improvement */
  const char* owner;     /* who carries it out */
  int32_t due_yyyymmdd;  /* due by the end of this local day */
  int32_t reserved0;     /* must be 0 */
  int64_t opened_unix_s; /* not read by as_store_reopen_improvement */
} as_improvement_intake;
#define AS_IMPROVEMENT_INTAKE_INIT { sizeof(as_improvement_intake), NULL, NULL, 0, 0, 0 }
/* Opens an improvement on complaint `number`; its id goes to out_id.
 * Errors: AS_E_STATE naming "number" (the case is exempt from tracking, or
 * found invalid), AS_E_NOT_FOUND naming "number", AS_E_INVALID_ARGUMENT
 * naming "improvement.action" / ".owner" (empty), ".due_yyyymmdd" (before
 * the opening day), ".opened_unix_s" (future, before the complaint was
 * received). Thread safety: serialized. */
AS_API as_status as_store_open_improvement(as_store* store, const char* number, const as_improvement_intake* improvement,
                                           char* out_id, as_error** error);
/* 效果確認: the open improvement `id` confirmed by `by` at at_unix_s.
 * AS_E_NOT_FOUND naming "id"; AS_E_STATE naming "improvement" (not open);
 * AS_E_INVALID_ARGUMENT naming "by", "at_unix_s". Thread safety: serialized. */
AS_API as_status as_store_confirm_improvement(as_store* store, const char* id, const char* by, int64_t at_unix_s,
                                              as_error** error);
/* The open improvement `id` found ineffective at at_unix_s and a new one
 * opened then, linked ("reopens"); the new id goes to out_id. Errors as
 * as_store_confirm_improvement and, for the new one, naming
 * "reopened.action" / ".owner" / ".due_yyyymmdd". All or nothing. Thread
 * safety: serialized. */
AS_API as_status as_store_reopen_improvement(as_store* store, const char* id, const char* by, int64_t at_unix_s,
                                             const as_improvement_intake* reopened, char* out_id, as_error** error);
/* Complaint `number`'s improvement is not tracked (reason
 * AS_TRACKING_EXEMPT_*). AS_E_STATE naming "number" (exempt already, or an
 * improvement is on record); AS_E_INVALID_ARGUMENT naming "reason",
 * "decided_by", "at_unix_s"; AS_E_NOT_FOUND naming "number". Thread
 * safety: serialized. */
AS_API as_status as_store_exempt_from_tracking(as_store* store, const char* number, int32_t reason,
                                               const char* decided_by, int64_t at_unix_s, as_error** error);
/* JSON (*out_json, as_free): the improvements of complaint `number` (NULL:
 * all) by opening [{"id", "number", "action", "owner", "due" ("YYYY-MM-DD"),
 * "opened", "state" ("open" | "confirmed" | "ineffective"), "closed_at"
 * (null: open), "closed_by", "reopens"}]; as_store_open_improvements_json:
 * those open at as_of_unix_s (as they stood), only the overdue ones (the
 * due day ended, the SLA judge's verdict) when overdue_only is nonzero, by
 * due day; as_store_tracking_exemption_json: {"number", "reason",
 * "decided_by", "at"} or null. Thread safety: serialized. */
AS_API as_status as_store_improvements_json(as_store* store, const char* number, char** out_json, as_error** error);
AS_API as_status as_store_open_improvements_json(as_store* store, int64_t as_of_unix_s, int32_t overdue_only,
                                                 char** out_json, as_error** error);
AS_API as_status as_store_tracking_exemption_json(as_store* store, const char* number, char** out_json,
                                                  as_error** error);
/* The improvements of the month's complaint statistics ((九)10: the
 * statistics of year/month, due by the policy's statistics_day of the next
 * month, check the improvements): {"due" ("YYYY-MM-DD"), "open": [...],
 * "overdue": [...]} (improvements as as_store_improvements_json), as of the
 * end of the due day or now when earlier. AS_E_INVALID_ARGUMENT naming
 * "month" (outside 1..12). Thread safety: serialized. */
AS_API as_status as_store_improvement_statistics_json(as_store* store, int32_t year, int32_t month, char** out_json,
                                                      as_error** error);

/* ------------------------------------------------------------------------ */
/* Issue 29: the complaining customer told and visited (seeds/002 家電      */
/* (二十六), (二十八)) and administrative penalties on record (客戶投訴行政 */
/* 處罰準則 (四)-(六), 投訴 (十二)1)                                         */
/* ------------------------------------------------------------------------ */

/* What a contact was (as_contact.kind). */
#define AS_CONTACT_KIND_NOTIFICATION 0 /* the result told (二十六) */
#define AS_CONTACT_KIND_VISIT        1 /* the supervisor's visit (二十八) */
/* How (as_contact.how). */
#define AS_CONTACT_HOW_LETTER 0 /* in writing (函告) */
#define AS_CONTACT_HOW_PHONE  1
#define AS_CONTACT_HOW_VISIT  2 /* in person */

/* A contact with the customer of a complaint. Set `size`:
 *   as_contact c = AS_CONTACT_INIT; */
typedef struct as_contact {
  size_t size;         /* in: sizeof(as_contact) */
  const char* number;  /* the complaint */
  int32_t kind;        /* AS_CONTACT_KIND_* */
  int32_t how;         /* AS_CONTACT_HOW_*: a visit in person; a notification
                          by letter, or by phone for a general case */
  const char* by;      /* the supervisor or his delegate; who told the customer */
  int64_t at_unix_s;   /* not before the complaint was received, nor in the future */
  const char* note;    /* NULL or at most 2000 bytes */
  int32_t has_amount;  /* nonzero: a notification tells amount_fen */
  int32_t reserved0;   /* must be 0 */
  int64_t amount_fen;  /* the amount told the customer: at most what the
                          approval committed (seeds/002 (9)11) */
} as_contact;

#define AS_CONTACT_INIT \
  { sizeof(as_contact), NULL, AS_CONTACT_KIND_NOTIFICATION, AS_CONTACT_HOW_LETTER, NULL, 0, NULL, 0, 0, 0 }

/* Records a contact; its id goes to out_id (AS_ID_SIZE bytes). Errors name
 * the member: AS_E_NOT_FOUND "contact.number"; AS_E_INVALID_ARGUMENT
 * "contact.by" (NULL or empty), "contact.note", "contact.at_unix_s" (before
 * the complaint was received, in the future, or for a notification before
 * the complaint was decided), "contact.kind", "contact.how" (a visit not in
 * person, a notification in person, or by a method the policy does not give
 * for the case's severity: complaints.routing.notify_by, by default a
 * serious case's result by letter only), "contact.amount_fen" (for a visit,
 * negative, above the approved amount, or above 0 with no approval),
 * "contact.reserved0"; AS_E_STATE "contact.complaint" for a notification
 * while the complaint is open. Nothing is written on an error. Thread safety:
 * serialized. */
AS_API as_status as_store_record_contact(as_store* store, const as_contact* contact, char* out_id, as_error** error);
/* The complaint's contacts by time, as a JSON array [{"id", "number",
 * "kind" ("notification" | "visit"), "how" ("letter" | "phone" | "visit"),
 * "by", "at" (Unix s), "note", "recorded", "amount_fen" (null: none)}]; *out_json is released with
 * as_free. AS_E_NOT_FOUND naming "number". Thread safety: serialized. */
AS_API as_status as_store_contacts_json(as_store* store, const char* number, char** out_json, as_error** error);

/* An administrative penalty decided on a closed complaint and published on
 * a 人事公布單. Set `size`:
 *   as_admin_penalty p = AS_ADMIN_PENALTY_INIT; */
typedef struct as_admin_penalty {
  size_t size;               /* in: sizeof(as_admin_penalty) */
  const char* person;
  const char* case_number;   /* the complaint: closed, not found invalid */
  const char* offence;       /* one of the policy's penalties.offences */
  int32_t kind;              /* AS_ADMIN_WARNING, _MINOR, _MAJOR */
  int32_t count;             /* 1..1000 */
  int32_t has_amount;        /* nonzero: amount_fen is the deduction decided */
  int32_t reserved0;         /* must be 0 */
  int64_t amount_fen;        /* warning / minor: at least the policy's minimum
                                x count (default that minimum); major: none */
  const char* notice_number; /* the 人事公布單 */
  int32_t notice_yyyymmdd;   /* not before the complaint closed, not in the future */
  int32_t year;              /* the month whose bonus it takes, whole */
  int32_t month;
  int32_t reserved1;         /* must be 0 */
} as_admin_penalty;

#define AS_ADMIN_PENALTY_INIT \
  { sizeof(as_admin_penalty), NULL, NULL, NULL, AS_ADMIN_WARNING, 1, 0, 0, 0, NULL, 0, 0, 0, 0 }

/* Records it; its id goes to out_id (AS_ID_SIZE bytes). The person's ledger
 * takes it with that month's settlement, first and whole (a major demerit:
 * the whole bonus), outside the 50 % cap of the complaint deductions.
 * Errors name the member: AS_E_NOT_FOUND "penalty.case_number"; AS_E_STATE
 * "penalty.case_number" (open, or found invalid), "penalty.month" (the
 * person's month settled); AS_E_INVALID_ARGUMENT "penalty.person",
 * "penalty.offence", "penalty.kind", "penalty.count", "penalty.amount_fen"
 * (below the minimum; given for a major demerit), "penalty.notice_number",
 * "penalty.notice_yyyymmdd", "penalty.month" (before the complaint was
 * received). Nothing is written on an error. Thread safety: serialized. */
AS_API as_status as_store_record_admin_penalty(as_store* store, const as_admin_penalty* penalty, char* out_id,
                                               as_error** error);
/* The administrative penalties of `person` (NULL: everyone's), by month,
 * as a JSON array [{"id", "person", "case_number", "offence", "kind"
 * ("warning" | "minor" | "major"), "count", "amount_fen" (null: major),
 * "notice_number", "notice_date" ("YYYY-MM-DD"), "month" ("YYYY-MM"),
 * "recorded", "due" ("YYYY-MM-DD": the notice is published by the
 * statistics day of the month after the closing, (12)1), "late" (true: a
 * notice dated after it)}]; *out_json is released with as_free. Thread
 * safety: serialized. */
AS_API as_status as_store_admin_penalties_json(as_store* store, const char* person, char** out_json, as_error** error);

/* A month's settlement of a person's ledger with its administrative
 * penalties. Set `size`:
 *   as_penalty_settlement s = AS_PENALTY_SETTLEMENT_INIT; */
typedef struct as_penalty_settlement {
  size_t size;                   /* in: sizeof(as_penalty_settlement) */
  int64_t bonus_fen;
  int64_t admin_deducted_fen;    /* the month's administrative penalties, taken first and whole */
  int64_t admin_uncollected_fen; /* the part the bonus could not pay: not carried */
  int64_t cap_fen;               /* the complaint deductions' most: min(bonus x cap, what is left) */
  int64_t deducted_fen;          /* the complaint deductions (as as_store_settle_penalties) */
  int64_t carried_fen;           /* still owed after this month */
} as_penalty_settlement;

#define AS_PENALTY_SETTLEMENT_INIT { sizeof(as_penalty_settlement), 0, 0, 0, 0, 0, 0 }

/* Settles as as_store_settle_penalties (the same record) and fills *out.
 * Errors as as_store_settle_penalties. Thread safety: serialized. */
AS_API as_status as_store_settle_penalties_admin(as_store* store, const char* person, int32_t year, int32_t month,
                                                 int64_t bonus_fen, as_penalty_settlement* out, as_error** error);
/* The month's complaints (closed in it, as the statistics count them)
 * whose customer was not visited though the routing asks for it, or not
 * told the result, and the administrative penalties on them, as JSON
 * {"unvisited": [numbers], "unnotified": [numbers], "admin_penalties":
 * [{"person", "month", "case_number", "kind", "count", "amount_fen"}]};
 * *out_json is released with as_free. AS_E_INVALID_ARGUMENT naming "month".
 * Thread safety: serialized. */
AS_API as_status as_store_contact_statistics_json(as_store* store, int32_t year, int32_t month, char** out_json,
                                                  as_error** error);

#ifdef __cplusplus
}
#endif

#endif /* AFTERSALES_H */
