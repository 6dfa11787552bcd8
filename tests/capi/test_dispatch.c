/* as_dispatch_*: policies, the 6 h / 7 h arrival deadline counted in working
 * hours, pauses, SLA status and the dispatch queue. */
#include "check.h"

/* Friday 2025-09-26 16:00 in Shanghai. Saturday 09-27 is off, Sunday 09-28
 * is a make-up working day (National Day), hours 09-12 and 13-18. */
#define CALL test_sh(2025, 9, 26, 16, 0)

static as_dispatch_policy* china_policy(void) {
  as_calendar* cal = NULL;
  as_dispatch_policy* policy = NULL;
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_dispatch_policy_create(cal, &policy, ERR));
  as_calendar_destroy(cal); /* the policy keeps its own copy */
  return policy;
}

static void test_policies(const as_dispatch_policy* policy) {
  as_dispatch_policy* p = NULL;
  as_dispatch_policy* out = NULL;
  as_calendar* cal = NULL;
  const as_calendar* borrowed = NULL;
  const char* zone = NULL;
  char* json = NULL;
  char* json2 = NULL;
  int64_t s = 0;
  int32_t b = -1;
  as_dispatch_target targets[2];
  const char* doc =
      "{\"calendar\": {\"preset\": \"cn\"},"
      " \"dispatch\": {\"targets\": {\"urban\": \"PT4H\", \"rural\": \"24h\"}, \"at_risk\": \"30min\"}}";

  /* Defaults: urban 6 h, suburban 7 h. */
  CHECK_OK(as_dispatch_policy_target(policy, "urban", &s, ERR));
  CHECK_EQ_I64(s, HOURS(6));
  CHECK_OK(as_dispatch_policy_target(policy, "suburban", &s, ERR));
  CHECK_EQ_I64(s, HOURS(7));
  CHECK_ERR(as_dispatch_policy_target(policy, "rural", &s, ERR), AS_E_NOT_FOUND, "service_zone: ", "'rural'");

  /* The borrowed calendar lives as long as the policy. */
  CHECK_OK(as_dispatch_policy_calendar(policy, &borrowed, ERR));
  CHECK_OK(as_calendar_zone(borrowed, &zone, ERR));
  CHECK(strcmp(zone, "Asia/Shanghai") == 0);
  CHECK_OK(as_calendar_is_business_day(borrowed, 20250928, &b, ERR));
  CHECK_EQ_I64(b, 1);
  /* Destroying a borrowed calendar by mistake is a no-op. */
  as_calendar_destroy((as_calendar*)borrowed);
  CHECK_OK(as_calendar_is_business_day(borrowed, 20251001, &b, ERR));
  CHECK_EQ_I64(b, 0);

  /* Policy documents, and their round trip. */
  CHECK_OK(as_dispatch_policy_from_json(doc, &p, ERR));
  CHECK_OK(as_dispatch_policy_target(p, "urban", &s, ERR));
  CHECK_EQ_I64(s, HOURS(4));
  CHECK_OK(as_dispatch_policy_target(p, "rural", &s, ERR));
  CHECK_EQ_I64(s, HOURS(24));
  CHECK_ERR(as_dispatch_policy_target(p, "suburban", &s, ERR), AS_E_NOT_FOUND, "service_zone: ", "'suburban'");
  CHECK_OK(as_dispatch_policy_to_json(p, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"rural\"");
  CHECK_STR_CONTAINS(json, "\"30min\"");
  as_dispatch_policy_destroy(p);
  p = NULL;
  CHECK_OK(as_dispatch_policy_from_json(json, &p, ERR));
  CHECK_OK(as_dispatch_policy_to_json(p, &json2, ERR));
  CHECK(strcmp(json, json2) == 0);
  as_free(json);
  as_free(json2);
  as_dispatch_policy_destroy(p);
  p = NULL;
  /* No "dispatch" section: the defaults. */
  CHECK_OK(as_dispatch_policy_from_json("{\"calendar\": {\"zone\": \"UTC\", \"week\": {}}}", &p, ERR));
  CHECK_OK(as_dispatch_policy_target(p, "suburban", &s, ERR));
  CHECK_EQ_I64(s, HOURS(7));
  as_dispatch_policy_destroy(p);
  p = NULL;

  /* Zones and targets from C. */
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  targets[0].service_zone = "urban";
  targets[0].target_s = HOURS(4);
  targets[1].service_zone = "rural";
  targets[1].target_s = HOURS(24);
  CHECK_OK(as_dispatch_policy_create_targets(cal, targets, 2, MINUTES(30), &p, ERR));
  CHECK_OK(as_dispatch_policy_target(p, "rural", &s, ERR));
  CHECK_EQ_I64(s, HOURS(24));
  as_dispatch_policy_destroy(p);
  p = NULL;

  /* Bad policies. */
  targets[1].service_zone = "urban";
  CHECK_ERR(as_dispatch_policy_create_targets(cal, targets, 2, 0, &out, ERR), AS_E_INVALID_ARGUMENT,
            "targets[1].service_zone", "duplicate service zone 'urban'");
  targets[1].service_zone = NULL;
  CHECK_ERR(as_dispatch_policy_create_targets(cal, targets, 2, 0, &out, ERR), AS_E_INVALID_ARGUMENT,
            "targets[1].service_zone", "NULL");
  targets[1].service_zone = "rural";
  targets[1].target_s = 0;
  CHECK_ERR(as_dispatch_policy_create_targets(cal, targets, 2, 0, &out, ERR), AS_E_INVALID_ARGUMENT, "rural",
            "not a positive target");
  targets[1].target_s = HOURS(24);
  CHECK_ERR(as_dispatch_policy_create_targets(cal, targets, 2, -1, &out, ERR), AS_E_INVALID_ARGUMENT, "at_risk", "-1");
  CHECK_ERR(as_dispatch_policy_create_targets(cal, targets, 0, 0, &out, ERR), AS_E_INVALID_ARGUMENT, "targets", "");
  CHECK_ERR(as_dispatch_policy_create_targets(cal, NULL, 2, 0, &out, ERR), AS_E_INVALID_ARGUMENT, "targets", "NULL");
  CHECK_ERR(as_dispatch_policy_create_targets(NULL, targets, 2, 0, &out, ERR), AS_E_INVALID_ARGUMENT, "calendar",
            "NULL");
  CHECK_ERR(as_dispatch_policy_create_targets(cal, targets, 2, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_dispatch_policy_create(NULL, &out, ERR), AS_E_INVALID_ARGUMENT, "calendar", "NULL");
  CHECK_ERR(as_dispatch_policy_create(cal, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_dispatch_policy_from_json(NULL, &out, ERR), AS_E_INVALID_ARGUMENT, "json", "NULL");
  CHECK_ERR(as_dispatch_policy_from_json(doc, NULL, ERR), AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_dispatch_policy_from_json("{\"calendar\": ", &out, ERR), AS_E_PARSE, "invalid JSON", "");
  CHECK_ERR(as_dispatch_policy_from_json("{\"zone\": \"UTC\"}", &out, ERR), AS_E_PARSE, "calendar", "");
  /* The C++ names the field "zone" here, not "calendar.zone" (reported). */
  CHECK_ERR(as_dispatch_policy_from_json("{\"calendar\": {\"zone\": \"Mars/Base\"}}", &out, ERR), AS_E_NOT_FOUND,
            "zone", "'Mars/Base'");
  CHECK_ERR(as_dispatch_policy_from_json("{\"calendar\": {\"week\": {\"mon\": [[\"25:00\", \"26:00\"]]}}}", &out, ERR),
            AS_E_PARSE, "calendar.week.mon[0].open", "'25:00'");
  CHECK_ERR(as_dispatch_policy_from_json("{\"calendar\": {}, \"dispatch\": {\"targets\": {\"urban\": \"6x\"}}}", &out, ERR),
            AS_E_PARSE, "dispatch.targets.urban", "'6x'");
  CHECK_ERR(as_dispatch_policy_from_json("{\"calendar\": {}, \"dispatch\": {\"target\": {}}}", &out, ERR), AS_E_PARSE,
            "dispatch.target", "unknown member");
  CHECK(out == NULL);
  CHECK_ERR(as_dispatch_policy_to_json(NULL, &json, ERR), AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK_ERR(as_dispatch_policy_to_json(policy, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_json", "NULL");
  CHECK_ERR(as_dispatch_policy_calendar(NULL, &borrowed, ERR), AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK_ERR(as_dispatch_policy_calendar(policy, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_calendar", "NULL");
  CHECK_ERR(as_dispatch_policy_target(NULL, "urban", &s, ERR), AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK_ERR(as_dispatch_policy_target(policy, NULL, &s, ERR), AS_E_INVALID_ARGUMENT, "service_zone", "NULL");
  CHECK_ERR(as_dispatch_policy_target(policy, "urban", NULL, ERR), AS_E_INVALID_ARGUMENT, "out_target_s", "NULL");
  as_calendar_destroy(cal);
}

static void test_deadline(const as_dispatch_policy* policy) {
  int64_t t = 42;
  as_pause pauses[2];

  /* Urban, 6 working hours: Friday 16-18 (2 h), Saturday off, the make-up
   * Sunday 09-12 (3 h) and 13-14 (1 h). */
  CHECK_OK(as_dispatch_deadline(policy, CALL, "urban", NULL, 0, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 14, 0));
  /* Suburban, 7 working hours. */
  CHECK_OK(as_dispatch_deadline(policy, CALL, "suburban", NULL, 0, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 15, 0));
  /* A call outside working hours starts its clock at the next working moment. */
  CHECK_OK(as_dispatch_deadline(policy, test_sh(2025, 9, 27, 10, 0), "urban", NULL, 0, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 16, 0));

  /* A pause moves the deadline by its working time ... */
  pauses[0].start_unix_s = test_sh(2025, 9, 28, 9, 0);
  pauses[0].end_unix_s = test_sh(2025, 9, 28, 10, 0);
  pauses[0].open_ended = 0;
  CHECK_OK(as_dispatch_deadline(policy, CALL, "urban", pauses, 1, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 15, 0));
  /* ... never by wall-clock time: Friday 17:00 to Sunday 10:00 holds 2
   * working hours (Friday 17-18, Sunday 09-10). */
  pauses[0].start_unix_s = test_sh(2025, 9, 26, 17, 0);
  pauses[0].end_unix_s = test_sh(2025, 9, 28, 10, 0);
  CHECK_OK(as_dispatch_deadline(policy, CALL, "urban", pauses, 1, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 16, 0));
  /* A pause on the Saturday off costs nothing; two pauses add up. */
  pauses[0].start_unix_s = test_sh(2025, 9, 27, 10, 0);
  pauses[0].end_unix_s = test_sh(2025, 9, 27, 20, 0);
  pauses[1].start_unix_s = test_sh(2025, 9, 28, 11, 30);
  pauses[1].end_unix_s = test_sh(2025, 9, 28, 13, 30);
  pauses[1].open_ended = 0;
  CHECK_OK(as_dispatch_deadline(policy, CALL, "urban", pauses, 1, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 14, 0));
  CHECK_OK(as_dispatch_deadline(policy, CALL, "urban", pauses, 2, &t, ERR));
  CHECK_EQ_I64(t, test_sh(2025, 9, 28, 15, 0));

  /* Bad input. */
  t = 42;
  CHECK_ERR(as_dispatch_deadline(policy, CALL, "Mars", NULL, 0, &t, ERR), AS_E_NOT_FOUND, "service_zone: ", "'Mars'");
  pauses[1].open_ended = 1;
  CHECK_ERR(as_dispatch_deadline(policy, CALL, "urban", pauses, 2, &t, ERR), AS_E_STATE, "pauses[1].end", "open");
  pauses[1].open_ended = 0;
  pauses[1].end_unix_s = pauses[1].start_unix_s - 1;
  CHECK_ERR(as_dispatch_deadline(policy, CALL, "urban", pauses, 2, &t, ERR), AS_E_INVALID_ARGUMENT, "pauses[1].end",
            "before");
  CHECK_ERR(as_dispatch_deadline(policy, CALL, "urban", NULL, 1, &t, ERR), AS_E_INVALID_ARGUMENT, "pauses", "NULL");
  CHECK_ERR(as_dispatch_deadline(NULL, CALL, "urban", NULL, 0, &t, ERR), AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK_ERR(as_dispatch_deadline(policy, CALL, NULL, NULL, 0, &t, ERR), AS_E_INVALID_ARGUMENT, "service_zone", "NULL");
  CHECK_ERR(as_dispatch_deadline(policy, CALL, "urban", NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_unix_s",
            "NULL");
  /* Past the strict China horizon. */
  CHECK_ERR(as_dispatch_deadline(policy, test_sh(2026, 12, 31, 17, 0), "urban", NULL, 0, &t, ERR), AS_E_OUT_OF_RANGE,
            "horizon", "");
  CHECK_EQ_I64(t, 42);
}

static as_sla_status status(const as_dispatch_policy* policy, int64_t call, const char* zone, int64_t now,
                            const as_pause* pauses, size_t n, const int64_t* arrival) {
  as_sla_status st = AS_SLA_STATUS_INIT;
  CHECK_OK(as_dispatch_status(policy, call, zone, now, pauses, n, arrival, &st, NULL, 0, NULL, ERR));
  CHECK(st.size == sizeof(as_sla_status));
  CHECK(st.reserved0 == 0);
  CHECK(st.has_next_change == 0 || st.has_next_change == 1);
  CHECK(st.at_risk == 0 || st.at_risk == 1);
  return st;
}

static void test_status(const as_dispatch_policy* policy) {
  as_sla_status st;
  as_pause pause;
  int64_t arrival;
  char rule[128];
  char small[10];
  size_t needed = 0;
  struct {
    as_sla_status st;
    unsigned char later_fields[16];
  } bigger;
  size_t i;

  /* Running, 2 h left: at risk from 13:00:01 (less than 1 h left). */
  st = status(policy, CALL, "urban", test_sh(2025, 9, 28, 11, 0), NULL, 0, NULL);
  CHECK_EQ_I64(st.state, AS_SLA_RUNNING);
  CHECK_EQ_I64(st.deadline_unix_s, test_sh(2025, 9, 28, 14, 0));
  CHECK_EQ_I64(st.target_s, HOURS(6));
  CHECK_EQ_I64(st.elapsed_s, HOURS(4));
  CHECK_EQ_I64(st.remaining_s, HOURS(2));
  CHECK_EQ_I64(st.late_by_s, 0);
  CHECK_EQ_I64(st.at_risk, 0);
  CHECK_EQ_I64(st.has_next_change, 1);
  CHECK_EQ_I64(st.next_change_unix_s, test_sh(2025, 9, 28, 13, 0) + 1);

  /* Running, 30 min left: at risk; breached from 14:00:01. */
  st = status(policy, CALL, "urban", test_sh(2025, 9, 28, 13, 30), NULL, 0, NULL);
  CHECK_EQ_I64(st.state, AS_SLA_RUNNING);
  CHECK_EQ_I64(st.elapsed_s, HOURS(5) + MINUTES(30));
  CHECK_EQ_I64(st.remaining_s, MINUTES(30));
  CHECK_EQ_I64(st.at_risk, 1);
  CHECK_EQ_I64(st.has_next_change, 1);
  CHECK_EQ_I64(st.next_change_unix_s, test_sh(2025, 9, 28, 14, 0) + 1);

  /* Arrived at 13:00: met. An arrival after `now` has not happened yet. */
  arrival = test_sh(2025, 9, 28, 13, 0);
  st = status(policy, CALL, "urban", test_sh(2025, 9, 28, 15, 0), NULL, 0, &arrival);
  CHECK_EQ_I64(st.state, AS_SLA_MET);
  CHECK_EQ_I64(st.elapsed_s, HOURS(5));
  CHECK_EQ_I64(st.remaining_s, HOURS(1));
  CHECK_EQ_I64(st.late_by_s, 0);
  CHECK_EQ_I64(st.has_next_change, 0);
  CHECK_EQ_I64(st.next_change_unix_s, 0);
  st = status(policy, CALL, "urban", test_sh(2025, 9, 28, 11, 0), NULL, 0, &arrival);
  CHECK_EQ_I64(st.state, AS_SLA_RUNNING);

  /* Arrived at 15:00: breached by 1 working hour. */
  arrival = test_sh(2025, 9, 28, 15, 0);
  st = status(policy, CALL, "urban", test_sh(2025, 9, 29, 9, 0), NULL, 0, &arrival);
  CHECK_EQ_I64(st.state, AS_SLA_BREACHED);
  CHECK_EQ_I64(st.elapsed_s, HOURS(7));
  CHECK_EQ_I64(st.late_by_s, HOURS(1));
  CHECK_EQ_I64(st.remaining_s, 0);

  /* Not arrived by Monday 10:00: Friday 2 + Sunday 8 + Monday 1 = 11 h. */
  st = status(policy, CALL, "urban", test_sh(2025, 9, 29, 10, 0), NULL, 0, NULL);
  CHECK_EQ_I64(st.state, AS_SLA_BREACHED);
  CHECK_EQ_I64(st.elapsed_s, HOURS(11));
  CHECK_EQ_I64(st.late_by_s, HOURS(5));
  CHECK_EQ_I64(st.has_next_change, 0);

  /* An open pause from Sunday 10:00: paused; the deadline if the clock
   * resumed now (3 h counted, 3 h left from 11:00 -> 15:00); nothing changes
   * until the pause is closed. */
  pause.start_unix_s = test_sh(2025, 9, 28, 10, 0);
  pause.end_unix_s = 0;
  pause.open_ended = 1;
  st = status(policy, CALL, "urban", test_sh(2025, 9, 28, 11, 0), &pause, 1, NULL);
  CHECK_EQ_I64(st.state, AS_SLA_PAUSED);
  CHECK_EQ_I64(st.elapsed_s, HOURS(3));
  CHECK_EQ_I64(st.remaining_s, HOURS(3));
  CHECK_EQ_I64(st.deadline_unix_s, test_sh(2025, 9, 28, 15, 0));
  CHECK_EQ_I64(st.has_next_change, 0);

  /* Inside a closed pause: paused until it ends. */
  pause.end_unix_s = test_sh(2025, 9, 28, 10, 30);
  pause.open_ended = 0;
  st = status(policy, CALL, "urban", test_sh(2025, 9, 28, 10, 15), &pause, 1, NULL);
  CHECK_EQ_I64(st.state, AS_SLA_PAUSED);
  CHECK_EQ_I64(st.deadline_unix_s, test_sh(2025, 9, 28, 14, 30));
  CHECK_EQ_I64(st.has_next_change, 1);
  CHECK_EQ_I64(st.next_change_unix_s, test_sh(2025, 9, 28, 10, 30));

  /* The rule, into a caller buffer. */
  st.size = sizeof st;
  CHECK_OK(as_dispatch_status(policy, CALL, "suburban", test_sh(2025, 9, 28, 11, 0), NULL, 0, NULL, &st, rule,
                              sizeof rule, &needed, ERR));
  CHECK_STR_CONTAINS(rule, "dispatch.target.suburban = 7h");
  CHECK_EQ_I64(needed, strlen(rule) + 1);
  /* Too small: truncated and terminated; `needed` says how much to pass. */
  memset(small, 'x', sizeof small);
  CHECK_OK(as_dispatch_status(policy, CALL, "suburban", test_sh(2025, 9, 28, 11, 0), NULL, 0, NULL, &st, small,
                              sizeof small, &needed, ERR));
  CHECK(strcmp(small, "dispatch.") == 0);
  CHECK_EQ_I64(needed, strlen(rule) + 1);
  needed = 0;
  CHECK_OK(as_dispatch_status(policy, CALL, "suburban", test_sh(2025, 9, 28, 11, 0), NULL, 0, NULL, &st, NULL, 0,
                              &needed, ERR));
  CHECK_EQ_I64(needed, strlen(rule) + 1);

  /* A caller built against a later header passes a bigger struct: the
   * library fills what it knows and leaves the rest alone. */
  memset(&bigger, 0xAB, sizeof bigger);
  bigger.st.size = sizeof bigger;
  CHECK_OK(as_dispatch_status(policy, CALL, "urban", test_sh(2025, 9, 28, 11, 0), NULL, 0, NULL, &bigger.st, NULL,
                              0, NULL, ERR));
  CHECK_EQ_I64(bigger.st.size, sizeof bigger);
  CHECK_EQ_I64(bigger.st.remaining_s, HOURS(2));
  for (i = 0; i < sizeof bigger.later_fields; ++i) CHECK(bigger.later_fields[i] == 0xAB);

  /* Bad input; outputs untouched. */
  memset(&st, 0x5A, sizeof st);
  st.size = sizeof st;
  strcpy(rule, "untouched");
  needed = 7;
  CHECK_ERR(as_dispatch_status(policy, CALL, "rural", test_sh(2025, 9, 28, 11, 0), NULL, 0, NULL, &st, rule,
                               sizeof rule, &needed, ERR),
            AS_E_NOT_FOUND, "service_zone: ", "'rural'");
  CHECK_ERR(as_dispatch_status(policy, CALL, "urban", CALL - 1, NULL, 0, NULL, &st, rule, sizeof rule, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "now", "before");
  arrival = CALL - 1;
  CHECK_ERR(as_dispatch_status(policy, CALL, "urban", CALL + 1, NULL, 0, &arrival, &st, rule, sizeof rule, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "arrival", "before");
  st.size = sizeof st - 1;
  CHECK_ERR(as_dispatch_status(policy, CALL, "urban", CALL + 1, NULL, 0, NULL, &st, rule, sizeof rule, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "out.size", "AS_SLA_STATUS_INIT");
  st.size = 0;
  CHECK_ERR(as_dispatch_status(policy, CALL, "urban", CALL + 1, NULL, 0, NULL, &st, rule, sizeof rule, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "out.size", "");
  CHECK_EQ_I64(st.size, 0);
  st.size = sizeof st;
  CHECK_ERR(as_dispatch_status(policy, CALL, "urban", CALL + 1, NULL, 0, NULL, &st, NULL, 8, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "rule_buf", "NULL");
  CHECK_ERR(as_dispatch_status(policy, CALL, "urban", CALL + 1, NULL, 1, NULL, &st, rule, sizeof rule, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "pauses", "NULL");
  CHECK_ERR(as_dispatch_status(policy, CALL, "urban", CALL + 1, NULL, 0, NULL, NULL, rule, sizeof rule, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "out", "NULL");
  CHECK_ERR(as_dispatch_status(policy, CALL, NULL, CALL + 1, NULL, 0, NULL, &st, rule, sizeof rule, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "service_zone", "NULL");
  CHECK_ERR(as_dispatch_status(NULL, CALL, "urban", CALL + 1, NULL, 0, NULL, &st, rule, sizeof rule, &needed, ERR),
            AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK(strcmp(rule, "untouched") == 0);
  CHECK_EQ_I64(needed, 7);
  CHECK_EQ_I64(st.state, 0x5A5A5A5A);
}

static void test_order(const as_dispatch_policy* policy) {
  as_waiting_call calls[7];
  size_t order[7];
  size_t count = 99;
  size_t i;
  const int64_t now = test_sh(2025, 9, 28, 11, 0); /* working Sunday */

  memset(calls, 0, sizeof calls);
  for (i = 0; i < 7; ++i) calls[i].size = sizeof(as_waiting_call);
  /* 0: Friday 17:30, not dispatched: carried over, so first although its
   *    deadline (Sunday 15:30) is later than call 2's. */
  calls[0].id = "c-fri";
  calls[0].received_unix_s = test_sh(2025, 9, 26, 17, 30);
  calls[0].service_zone = "urban";
  /* 1: Sunday 09:30 suburban: deadline 17:30. */
  calls[1].id = "c-sun-sub";
  calls[1].received_unix_s = test_sh(2025, 9, 28, 9, 30);
  calls[1].service_zone = "suburban";
  /* 2: Sunday 09:10 urban: deadline 16:10. */
  calls[2].id = "c-sun-urb";
  calls[2].received_unix_s = test_sh(2025, 9, 28, 9, 10);
  calls[2].service_zone = "urban";
  /* 3: Friday, dispatched Friday: not in the queue. */
  calls[3].id = "c-done";
  calls[3].received_unix_s = test_sh(2025, 9, 26, 10, 0);
  calls[3].service_zone = "urban";
  calls[3].dispatched = 1;
  calls[3].dispatched_unix_s = test_sh(2025, 9, 26, 11, 0);
  /* 4: received after now: not in the queue yet. */
  calls[4].id = "c-later";
  calls[4].received_unix_s = test_sh(2025, 9, 28, 12, 0);
  calls[4].service_zone = "urban";
  /* 5, 6: the same call time and zone: ties break by id. */
  calls[5].id = "tie-b";
  calls[5].received_unix_s = test_sh(2025, 9, 28, 10, 0);
  calls[5].service_zone = "suburban";
  calls[6].id = "tie-a";
  calls[6].received_unix_s = test_sh(2025, 9, 28, 10, 0);
  calls[6].service_zone = "suburban";

  CHECK_OK(as_dispatch_queue(policy, calls, 7, now, order, &count, ERR));
  CHECK_EQ_I64(count, 5);
  CHECK_EQ_I64(order[0], 0);
  CHECK_EQ_I64(order[1], 2);
  CHECK_EQ_I64(order[2], 1);
  CHECK_EQ_I64(order[3], 6);
  CHECK_EQ_I64(order[4], 5);

  /* Dispatched later than now: still waiting at now. */
  calls[3].dispatched_unix_s = test_sh(2025, 9, 28, 12, 0);
  CHECK_OK(as_dispatch_queue(policy, calls, 4, now, order, &count, ERR));
  CHECK_EQ_I64(count, 4);
  CHECK_EQ_I64(order[0], 3); /* carried over, earlier deadline than call 0 */
  CHECK_EQ_I64(order[1], 0);

  /* An empty queue. */
  count = 99;
  CHECK_OK(as_dispatch_queue(policy, NULL, 0, now, NULL, &count, ERR));
  CHECK_EQ_I64(count, 0);

  /* Bad input; outputs untouched. */
  count = 99;
  order[0] = 99;
  calls[5].id = "tie-a";
  CHECK_ERR(as_dispatch_queue(policy, calls, 7, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls[6].id",
            "duplicate id 'tie-a'");
  calls[5].id = NULL;
  CHECK_ERR(as_dispatch_queue(policy, calls, 7, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls[5].id", "NULL");
  calls[5].id = "tie-b";
  calls[5].service_zone = NULL;
  CHECK_ERR(as_dispatch_queue(policy, calls, 7, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls[5].service_zone",
            "NULL");
  calls[5].service_zone = "Mars";
  CHECK_ERR(as_dispatch_queue(policy, calls, 7, now, order, &count, ERR), AS_E_NOT_FOUND, "calls[5].service_zone: ", "'Mars'");
  calls[5].service_zone = "suburban";
  CHECK_ERR(as_dispatch_queue(NULL, calls, 7, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK_ERR(as_dispatch_queue(policy, NULL, 7, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls", "NULL");
  CHECK_ERR(as_dispatch_queue(policy, calls, 7, now, NULL, &count, ERR), AS_E_INVALID_ARGUMENT, "out_order", "NULL");
  CHECK_ERR(as_dispatch_queue(policy, calls, 7, now, order, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_count", "NULL");
  CHECK_EQ_I64(count, 99);
  CHECK_EQ_I64(order[0], 99);
}

/* Working time: ISO 8601 PT...H...M...S or h, min, s; nothing else. */
static void test_parse_duration(void) {
  static const struct {
    const char* text;
    int64_t seconds;
  } good[] = {{"PT6H", 6 * 3600}, {"PT1H30M", 90 * 60}, {"1h30min", 90 * 60}, {"45s", 45},
              {"PT45S", 45},      {"6h", 6 * 3600},      {"90min", 90 * 60},  {"2h5s", 2 * 3600 + 5}};
  /* Bare numbers (once seconds without a word), a bare m (minutes or
   * months?), calendar units, and malformed text. */
  static const char* const bad[] = {"6", "3600", "90m", "1h30m", "P6M", "6mo", "P1D", "1d", "15d",
                                    "",  "h",    "6 h", "1.5h",  "-1h", "PT",  "99999999999999h"};
  size_t i;
  int64_t s = -1;
  for (i = 0; i < sizeof good / sizeof good[0]; ++i) {
    s = -1;
    CHECK_OK(as_parse_duration(good[i].text, &s, ERR));
    CHECK_EQ_I64(s, good[i].seconds);
  }
  for (i = 0; i < sizeof bad / sizeof bad[0]; ++i)
    CHECK_ERR(as_parse_duration(bad[i], &s, ERR), AS_E_PARSE, "duration", "PT1H30M, PT45S or 6h, 1h30min, 45s");
  CHECK_ERR(as_parse_duration("3600", &s, ERR), AS_E_PARSE, "duration", "bare number");
  CHECK_ERR(as_parse_duration("90m", &s, ERR), AS_E_PARSE, "duration", "ambiguous");
  CHECK_ERR(as_parse_duration("P6M", &s, ERR), AS_E_PARSE, "'P6M'", "not working time");
  CHECK_ERR(as_parse_duration(NULL, &s, ERR), AS_E_INVALID_ARGUMENT, "text", "");
  CHECK_ERR(as_parse_duration("6h", NULL, ERR), AS_E_INVALID_ARGUMENT, "out_s", "");
}

/* Documents: a bare number, a bare m or a calendar unit as a target is
 * refused naming the member; a partial section keeps the defaults. */
static void test_documents(void) {
  as_dispatch_policy* p = NULL;
  int64_t s = 0;
  CHECK_ERR(as_dispatch_policy_from_json(
                "{\"calendar\": {\"preset\": \"cn\"}, \"dispatch\": {\"targets\": {\"urban\": 6}}}", &p, ERR),
            AS_E_PARSE, "dispatch.targets.urban", "bare number");
  CHECK_ERR(as_dispatch_policy_from_json(
                "{\"calendar\": {\"preset\": \"cn\"}, \"dispatch\": {\"targets\": {\"urban\": \"P6M\"}}}", &p, ERR),
            AS_E_PARSE, "dispatch.targets.urban", "not working time");
  CHECK_ERR(as_dispatch_policy_from_json("{\"calendar\": {\"preset\": \"cn\"}, \"dispatch\": {\"at_risk\": \"90m\"}}", &p, ERR),
            AS_E_PARSE, "dispatch.at_risk", "ambiguous");
  CHECK(p == NULL);
  CHECK_OK(as_dispatch_policy_from_json("{\"calendar\": {\"preset\": \"cn\"}, \"dispatch\": {\"at_risk\": \"PT30M\"}}", &p, ERR));
  CHECK_OK(as_dispatch_policy_target(p, "suburban", &s, ERR));
  CHECK_EQ_I64(s, HOURS(7));
  as_dispatch_policy_destroy(p);
}

/* The queue with pauses (issue 25): Thursday 2025-10-16, A at 09:00 (due
 * 16:00 unpaused) paused at 09:30 and still paused, B at 09:30 (due 16:30).
 * At 11:00 A's deadline if resumed then is 17:30: B first. */
static void test_queue_with_pauses(const as_dispatch_policy* policy) {
  as_pause pause = {0, 0, 1};
  as_waiting_call calls[2] = {AS_WAITING_CALL_INIT, AS_WAITING_CALL_INIT};
  struct future_call { /* an element from a later header with one more field */
    as_waiting_call v1;
    int64_t later_field;
  } future[2];
  size_t order[2] = {99, 99}, count = 99, i;
  const int64_t now = test_sh(2025, 10, 16, 11, 0);
  pause.start_unix_s = test_sh(2025, 10, 16, 9, 30);
  calls[0].id = "A";
  calls[0].received_unix_s = test_sh(2025, 10, 16, 9, 0);
  calls[0].service_zone = "urban";
  calls[0].pauses = &pause;
  calls[0].n_pauses = 1;
  calls[1].id = "B";
  calls[1].received_unix_s = test_sh(2025, 10, 16, 9, 30);
  calls[1].service_zone = "urban";
  CHECK_OK(as_dispatch_queue(policy, calls, 2, now, order, &count, ERR));
  CHECK_EQ_I64(count, 2);
  CHECK_EQ_I64(order[0], 1);
  CHECK_EQ_I64(order[1], 0);

  /* A larger element from a future header: read at its own stride. */
  memset(future, 0xAB, sizeof future);
  for (i = 0; i < 2; ++i) {
    future[i].v1 = calls[i];
    future[i].v1.size = sizeof(struct future_call);
  }
  order[0] = order[1] = 99;
  CHECK_OK(as_dispatch_queue(policy, &future[0].v1, 2, now, order, &count, ERR));
  CHECK_EQ_I64(count, 2);
  CHECK_EQ_I64(order[0], 1);
  CHECK_EQ_I64(order[1], 0);

  /* The pause closed at 10:00: A due 16:30, tied with B; A came in first. */
  pause.open_ended = 0;
  pause.end_unix_s = test_sh(2025, 10, 16, 10, 0);
  CHECK_OK(as_dispatch_queue(policy, calls, 2, now, order, &count, ERR));
  CHECK_EQ_I64(order[0], 0);

  /* Bad input names the element; outputs untouched. */
  count = 99;
  order[0] = 99;
  pause.end_unix_s = test_sh(2025, 10, 16, 9, 0);
  CHECK_ERR(as_dispatch_queue(policy, calls, 2, now, order, &count, ERR), AS_E_INVALID_ARGUMENT,
            "calls[0].pauses[0].end", "before it starts");
  pause.end_unix_s = test_sh(2025, 10, 16, 10, 0);
  calls[0].pauses = NULL;
  CHECK_ERR(as_dispatch_queue(policy, calls, 2, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls[0].pauses",
            "NULL");
  calls[0].pauses = &pause;
  calls[1].reserved0 = 1;
  CHECK_ERR(as_dispatch_queue(policy, calls, 2, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls[1].reserved0",
            "0");
  calls[1].reserved0 = 0;
  calls[0].size = 0;
  CHECK_ERR(as_dispatch_queue(policy, calls, 2, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls[0].size",
            "cannot hold");
  calls[0].size = sizeof(as_waiting_call);
  calls[1].size = sizeof(as_waiting_call) + 8;
  CHECK_ERR(as_dispatch_queue(policy, calls, 2, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls[1].size",
            "differs from element 0");
  calls[1].size = sizeof(as_waiting_call);
  calls[0].size = sizeof(as_waiting_call);
  CHECK_ERR(as_dispatch_queue(policy, NULL, 2, now, order, &count, ERR), AS_E_INVALID_ARGUMENT, "calls", "NULL");
  CHECK_EQ_I64(count, 99);
  CHECK_EQ_I64(order[0], 99);
  CHECK_OK(as_dispatch_queue(policy, NULL, 0, now, NULL, &count, ERR));
  CHECK_EQ_I64(count, 0);
}

/* as_dispatch_deadline_many answers each call as as_dispatch_deadline does,
 * names the element it refuses, writes nothing on failure, and with
 * skip_errors marks the refused elements in the validity mask. */
#define MANY 400
static void test_deadline_many(const as_dispatch_policy* policy) {
  static int64_t calls[MANY], got[MANY], want[MANY];
  static int32_t zone[MANY];
  static uint8_t valid[MANY];
  const char* zones[] = {"urban", "suburban"};
  const char* with_rural[] = {"urban", "rural", "suburban"};
  const char* with_null[] = {"urban", NULL};
  size_t answered = 99;
  size_t i;

  /* Every 1 h 30 min 37 s from Saturday 2025-09-20: nights, weekends, the
   * make-up working days 09-28 and 10-11, National Day 10-01..10-08. */
  for (i = 0; i < MANY; ++i) {
    calls[i] = test_sh(2025, 9, 20, 0, 0) + (int64_t)i * 5437;
    zone[i] = i % 3 == 0 ? 1 : 0;
    CHECK_OK(as_dispatch_deadline(policy, calls[i], zones[zone[i]], NULL, 0, &want[i], ERR));
  }
  CHECK(calls[MANY - 1] > test_sh(2025, 10, 12, 0, 0));
  memset(valid, 9, sizeof valid);
  CHECK_OK(as_dispatch_deadline_many(policy, MANY, calls, zones, 2, zone, 0, got, valid, &answered, ERR));
  CHECK_EQ_I64(answered, MANY);
  for (i = 0; i < MANY; ++i) {
    CHECK_EQ_I64(got[i], want[i]);
    CHECK_EQ_I64(valid[i], 1);
  }
  /* The Friday call of test_deadline: Sunday 09-28 is a working day. */
  CHECK_OK(as_dispatch_deadline_many(policy, 1, (const int64_t[]){CALL}, zones, 1, NULL, 0, got, NULL, NULL, ERR));
  CHECK_EQ_I64(got[0], test_sh(2025, 9, 28, 14, 0));
  /* A call on 09-30 after the close waits out the holiday week. */
  CHECK_OK(as_dispatch_deadline_many(policy, 1, (const int64_t[]){test_sh(2025, 9, 30, 19, 0)}, zones, 1, NULL, 0,
                                     got, NULL, NULL, ERR));
  CHECK(got[0] > test_sh(2025, 10, 9, 0, 0));
  /* No zone_index: every call in the one zone; no out_valid, no out_answered. */
  CHECK_OK(as_dispatch_deadline_many(policy, MANY, calls, zones + 1, 1, NULL, 0, got, NULL, NULL, ERR));
  for (i = 0; i < MANY; i += 3) CHECK_EQ_I64(got[i], want[i]);
  /* A zone no call uses is not looked at. */
  for (i = 0; i < MANY; ++i) zone[i] = i % 3 == 0 ? 2 : 0; /* suburban / urban in with_rural */
  CHECK_OK(as_dispatch_deadline_many(policy, MANY, calls, with_rural, 3, zone, 0, got, NULL, NULL, ERR));
  for (i = 0; i < MANY; ++i) CHECK_EQ_I64(got[i], want[i]);

  /* Bad elements: an unknown zone and a call past the strict China horizon. */
  zone[7] = 1;
  calls[5] = test_sh(2026, 12, 31, 17, 0);
  memset(got, 0x2a, sizeof got);
  memset(valid, 9, sizeof valid);
  answered = 99;
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, with_rural, 3, zone, 0, got, valid, &answered, ERR),
            AS_E_OUT_OF_RANGE, "call_unix_s[5]", "horizon");
  calls[5] = -HOURS(24 * 365);
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, with_rural, 3, zone, 0, got, valid, &answered, ERR),
            AS_E_OUT_OF_RANGE, "call_unix_s[5]", "");
  calls[5] = test_sh(2026, 12, 31, 17, 0);
  zone[2] = 1;
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, with_rural, 3, zone, 0, got, valid, &answered, ERR),
            AS_E_NOT_FOUND, "service_zones[1]: unknown service zone 'rural'", "element 2 (zone_index[2])");
  zone[2] = 0;
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, with_rural + 1, 1, NULL, 0, got, NULL, &answered, ERR),
            AS_E_NOT_FOUND, "service_zones[0]: unknown service zone 'rural'", "element 0");
  /* Nothing written on failure. */
  CHECK_EQ_I64(answered, 99);
  for (i = 0; i < MANY; ++i) {
    CHECK_EQ_I64(got[i], 0x2a2a2a2a2a2a2a2aLL);
    CHECK_EQ_I64(valid[i], 9);
  }
  /* skip_errors: the two refused elements get no value, the rest an answer. */
  CHECK_OK(as_dispatch_deadline_many(policy, MANY, calls, with_rural, 3, zone, 1, got, valid, &answered, ERR));
  CHECK_EQ_I64(answered, MANY - 2);
  for (i = 0; i < MANY; ++i) {
    const int refused = i == 5 || i == 7;
    CHECK_EQ_I64(valid[i], refused ? 0 : 1);
    CHECK_EQ_I64(got[i], refused ? 0 : want[i]);
  }
  /* Every element refused. */
  CHECK_OK(as_dispatch_deadline_many(policy, MANY, calls, with_rural + 1, 1, NULL, 1, got, valid, &answered, ERR));
  CHECK_EQ_I64(answered, 0);
  for (i = 0; i < MANY; ++i) CHECK_EQ_I64(valid[i], 0);

  /* The caller's mistakes fail even with skip_errors, and write nothing. */
  memset(valid, 9, sizeof valid);
  answered = 99;
  zone[4] = 3;
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, with_rural, 3, zone, 1, got, valid, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "zone_index[4]", "3 is not an index into service_zones");
  zone[4] = -1;
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, with_rural, 3, zone, 1, got, valid, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "zone_index[4]", "-1");
  zone[4] = 0;
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, with_null, 2, zone, 1, got, valid, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "service_zones[1]", "NULL");
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, zones, 2, NULL, 0, got, NULL, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "zone_index", "n_service_zones > 1");
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, zones, 0, zone, 0, got, NULL, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "n_service_zones", "at least one");
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, zones, 1, NULL, 1, got, NULL, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "out_valid", "skip_errors");
  CHECK_ERR(as_dispatch_deadline_many(NULL, MANY, calls, zones, 1, NULL, 0, got, NULL, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "policy", "NULL");
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, NULL, zones, 1, NULL, 0, got, NULL, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "call_unix_s", "NULL");
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, NULL, 1, NULL, 0, got, NULL, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "service_zones", "NULL");
  CHECK_ERR(as_dispatch_deadline_many(policy, MANY, calls, zones, 1, NULL, 0, NULL, NULL, &answered, ERR),
            AS_E_INVALID_ARGUMENT, "out_deadline_unix_s", "NULL");
  CHECK_EQ_I64(answered, 99);
  for (i = 0; i < MANY; ++i) CHECK_EQ_I64(valid[i], 9);

  /* n == 0: every array may be NULL. */
  CHECK_OK(as_dispatch_deadline_many(policy, 0, NULL, NULL, 0, NULL, 0, NULL, NULL, &answered, ERR));
  CHECK_EQ_I64(answered, 0);
  answered = 99;
  CHECK_OK(as_dispatch_deadline_many(policy, 0, NULL, NULL, 0, NULL, 1, NULL, NULL, &answered, ERR));
  CHECK_EQ_I64(answered, 0);
  CHECK_OK(as_dispatch_deadline_many(policy, 0, NULL, zones, 2, NULL, 0, NULL, NULL, NULL, ERR));
  CHECK_ERR(as_dispatch_deadline_many(NULL, 0, NULL, NULL, 0, NULL, 0, NULL, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "policy", "NULL");
}

int main(void) {
  as_dispatch_policy* policy = china_policy();
  test_parse_duration();
  test_documents();
  test_policies(policy);
  test_deadline(policy);
  test_status(policy);
  test_order(policy);
  test_queue_with_pauses(policy);
  test_deadline_many(policy);
  as_dispatch_policy_destroy(policy);
  return 0;
}
