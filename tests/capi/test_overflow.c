/* Values at the ends of int64 must come back as errors, never as a made-up
 * answer reported as success (each was once a defect of the C++ layer). */
#include "check.h"

#include <stdint.h>

int main(void) {
  as_calendar* cal = NULL;
  as_dispatch_policy* policy = NULL;
  as_pause pause;
  int64_t t = 42;
  const int64_t fri = test_sh(2025, 9, 26, 16, 0);
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_dispatch_policy_create(cal, &policy, ERR));

  /* Negating d == INT64_MIN would overflow. */
  CHECK_ERR(as_calendar_add(cal, fri, INT64_MIN, &t, ERR), AS_E_OUT_OF_RANGE, "", "");

  /* A closed pause ending at the last representable instant: the clock
   * would resume after 2199, so there is no deadline. */
  pause.start_unix_s = fri + 60;
  pause.end_unix_s = INT64_MAX;
  pause.open_ended = 0;
  CHECK(as_dispatch_deadline(policy, fri, "urban", &pause, 1, &t, ERR) != AS_OK);
  CHECK_EQ_I64(t, 42);

  as_dispatch_policy_destroy(policy);
  as_calendar_destroy(cal);
  return 0;
}
