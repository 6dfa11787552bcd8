/* A 6-hour urban dispatch deadline on the China working calendar, in C. */
#include <aftersales.h>
#include <stdio.h>
#include <time.h>

int main(void) {
  as_calendar* cal = NULL;
  as_dispatch_policy* policy = NULL;
  as_sla_status st = AS_SLA_STATUS_INIT;
  const int64_t call = 1758873600; /* Friday 2025-09-26 16:00 in Shanghai */
  const int64_t now = 1759037400;  /* Sunday 2025-09-28 13:30, a make-up workday */
  int64_t deadline = 0, local_s = 0;
  char rule[128], text[32];
  time_t t;
  as_status rc;
  as_error* error = NULL; /* each call that fails hands its own error here */

  if (as_calendar_china(NULL, 0, NULL, 1, &cal, &error) != AS_OK ||  /* Mon-Fri 9-12, 13-18 */
      as_dispatch_policy_create(cal, &policy, &error) != AS_OK ||    /* urban 6 h, suburban 7 h */
      as_dispatch_deadline(policy, call, "urban", NULL, 0, &deadline, &error) != AS_OK ||
      as_calendar_to_local(cal, deadline, &local_s, &error) != AS_OK ||
      as_dispatch_status(policy, call, "urban", now, NULL, 0, NULL, &st, rule, sizeof rule, NULL, &error) != AS_OK) {
    fprintf(stderr, "aftersales: %s\n", as_error_message(error));
    as_error_free(error);
    return 1;
  }
  t = (time_t)local_s; /* local civil seconds, read as if UTC */
  strftime(text, sizeof text, "%Y-%m-%d %H:%M", gmtime(&t));
  printf("deadline: %s (Asia/Shanghai)\n", text);
  printf("status: %s, %lld min left%s\n", st.state == AS_SLA_RUNNING ? "running" : "not running",
         (long long)(st.remaining_s / 60), st.at_risk ? ", at risk" : "");
  printf("rule: %s\n", rule);

  rc = as_dispatch_deadline(policy, call, "rural", NULL, 0, &deadline, &error); /* no such zone */
  printf("error %d (%s): %s\n", (int)rc, as_status_str(rc), as_error_message(error)); /* names service_zone */
  as_error_free(error);

  as_dispatch_policy_destroy(policy);
  as_calendar_destroy(cal);
  return 0;
}
