/* A C program that uses the installed libaftersales the way an ERP vendor
 * would: through <aftersales.h> only, found by CMake (aftersales::capi) or
 * by pkg-config. Prints a few checkable results and "ok" last;
 * exits 1 on any failure. */
#include <aftersales.h>

#include <stdio.h>

static int check(as_status status, const char* what) {
  if (status != AS_OK) {
    fprintf(stderr, "%s: %s: %s\n", what, as_status_str(status), as_last_error());
    return 1;
  }
  return 0;
}

int main(void) {
  /* 2025-09-30 15:20 local civil time, as seconds since 1970-01-01 00:00 local. */
  const int64_t call_local_s = 20361LL * 86400 + 15 * 3600 + 20 * 60;
  as_calendar* china = NULL;
  as_dispatch_policy* policy = NULL;
  const as_calendar* cal = NULL;
  int64_t call = 0, deadline = 0, deadline_local = 0, target = 0;
  int32_t deadline_date = 0, period_last = 0;
  as_status missing;

  printf("libaftersales %s (header %d.%d.%d)\n", as_version(), AS_VERSION_MAJOR, AS_VERSION_MINOR,
         AS_VERSION_PATCH);
  if (as_version_number() / 10000 != AS_VERSION_MAJOR) {
    fprintf(stderr, "header and library major versions differ\n");
    return 1;
  }
  if (check(as_calendar_china(NULL, 0, NULL, 1, &china, NULL), "as_calendar_china")) return 1;
  if (check(as_dispatch_policy_create(china, &policy, NULL), "as_dispatch_policy_create")) return 1;
  as_calendar_destroy(china); /* the policy holds its own copy */
  if (check(as_dispatch_policy_calendar(policy, &cal, NULL), "as_dispatch_policy_calendar")) return 1;

  /* A suburban call on the last afternoon before the National Day break. */
  if (check(as_calendar_to_utc(cal, call_local_s, &call, NULL), "as_calendar_to_utc")) return 1;
  if (check(as_dispatch_policy_target(policy, "suburban", &target, NULL), "as_dispatch_policy_target")) return 1;
  if (check(as_dispatch_deadline(policy, call, "suburban", NULL, 0, &deadline, NULL), "as_dispatch_deadline"))
    return 1;
  if (check(as_calendar_local_date(cal, deadline, &deadline_date, NULL), "as_calendar_local_date")) return 1;
  if (check(as_calendar_to_local(cal, deadline, &deadline_local, NULL), "as_calendar_to_local")) return 1;
  printf("suburban target %lld s, deadline %ld %02d:%02d\n", (long long)target, (long)deadline_date,
         (int)(deadline_local % 86400 / 3600), (int)(deadline_local % 3600 / 60));

  /* An unknown zone is an error code plus a message, never a crash. */
  missing = as_dispatch_policy_target(policy, "mars", &target, NULL);
  printf("unknown zone: %s (%s)\n", as_status_str(missing), as_last_error());

  if (check(as_period_end(20250924, 7, 0, 0, cal, 0, &period_last, NULL), "as_period_end")) return 1;
  printf("7 days from 20250924 end on %ld\n", (long)period_last);

  as_dispatch_policy_destroy(policy);
  if (missing != AS_E_NOT_FOUND) return 1;
  printf("ok\n");
  return 0;
}
