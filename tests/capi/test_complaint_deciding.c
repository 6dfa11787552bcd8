/* The store-less complaint deciding its optional stages through the C API
 * (issue 29, review29 finding 7): as_complaint_advance_deciding, the twin of
 * C++ ComplaintPolicy::advance(c, at, AdvanceOptions{call_for}), and
 * as_complaint_stages_json. seeds/002 客戶投訴管理辦法 (九)4: after
 * manufacturing the manager's office gives its opinion, R&D sees the form
 * only 依異常狀況 (as the case calls for it, decided by quality management
 * or manufacturing), then the general manager's office checks it.
 *
 * Default policy on the China calendar, Mon-Fri 09:00-12:00 and 13:00-18:00
 * (1 day = 8 h, 1/2 day = 4 h); early November 2025 has no holiday. Every
 * expected instant is worked out by hand. */
#include "check.h"

#include <string.h>

static as_complaint_info info_of(const as_complaint* c) {
  as_complaint_info info = AS_COMPLAINT_INFO_INIT;
  CHECK_OK(as_complaint_describe(c, &info, ERR));
  return info;
}

/* Moves *c on (deciding nothing or the names given), destroying the old one. */
static void step(const as_complaint_policy* p, as_complaint** c, int64_t at, size_t n, const char* const* call_for) {
  as_complaint* next = NULL;
  CHECK_OK(as_complaint_advance_deciding(p, *c, at, n, call_for, &next, ERR));
  as_complaint_destroy(*c);
  *c = next;
}

static void check_stage(const as_complaint* c, const char* stage) {
  const as_complaint_info info = info_of(c);
  if (strcmp(info.stage, stage) != 0) {
    fprintf(stderr, "stage is %s, expected %s\n", info.stage, stage);
    exit(1);
  }
}

int main(void) {
  as_calendar* cal = NULL;
  as_complaint_policy* policy = NULL;
  as_complaint_policy* old_policy = NULL;
  as_complaint* c = NULL;
  as_complaint* other = NULL;
  as_complaint* next = NULL;
  as_complaint_info info;
  char* json = NULL;
  const char* rnd[] = {"rnd"};
  const char* rnd_twice[] = {"rnd", "rnd"};
  const char* gm_check[] = {"gm_check"};
  const char* with_null[] = {"rnd", NULL};
  /* Before issue 29: no intake, R&D not optional (a policy of its own). */
  static const char old_stages[] =
      "{\"complaints\": {\"stages\": ["
      "{\"name\": \"acceptance\", \"department\": \"general_manager_office\", \"days\": 0.5},"
      "{\"name\": \"quality_investigation\", \"department\": \"quality_management\", \"days\": 1},"
      "{\"name\": \"negotiation\", \"department\": \"sales\", \"days\": {\"domestic\": 5, \"foreign\": 12}},"
      "{\"name\": \"approval\", \"department\": \"management\", \"days\": null}]}}";

  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_complaint_policy_default(cal, &policy, ERR));
  CHECK_OK(as_complaint_policy_from_json(old_stages, cal, &old_policy, ERR));

  /* --- A case that calls R&D in. Received and accepted Mon 11-03 09:00. */
  CHECK_OK(as_complaint_open(policy, "2511-0001", test_sh(2025, 11, 3, 9, 0), AS_COMPLAINT_QUALITY,
                             AS_SEVERITY_GENERAL, AS_MARKET_DOMESTIC, NULL, NULL, &c, ERR));
  check_stage(c, "registration");
  /* The office's registration does not decide R&D: only quality management
   * and manufacturing do (complaints.stages[].decided_by). */
  CHECK_ERR(as_complaint_advance_deciding(policy, c, test_sh(2025, 11, 3, 11, 0), 1, rnd, &next, ERR),
            AS_E_INVALID_ARGUMENT, "call_for[0]: ", "'rnd' is not an optional stage after registration");
  step(policy, &c, test_sh(2025, 11, 3, 11, 0), 0, NULL); /* n 0: decides nothing */
  check_stage(c, "quality_investigation");

  /* Leaving quality: a stage that is not optional cannot be called for;
   * NULL arrays and names are refused by their names; at before the stage
   * was entered names at_unix_s. Nothing is made on an error. */
  next = NULL;
  CHECK_ERR(as_complaint_advance_deciding(policy, c, test_sh(2025, 11, 4, 10, 0), 1, gm_check, &next, ERR),
            AS_E_INVALID_ARGUMENT, "call_for[0]: ", "'gm_check'");
  CHECK_ERR(as_complaint_advance_deciding(policy, c, test_sh(2025, 11, 4, 10, 0), 2, with_null, &next, ERR),
            AS_E_INVALID_ARGUMENT, "call_for[1]: ", "NULL");
  CHECK_ERR(as_complaint_advance_deciding(policy, c, test_sh(2025, 11, 4, 10, 0), 1, NULL, &next, ERR),
            AS_E_INVALID_ARGUMENT, "call_for: ", "NULL");
  CHECK_ERR(as_complaint_advance_deciding(policy, c, test_sh(2025, 11, 3, 10, 0), 1, rnd, &next, ERR),
            AS_E_INVALID_ARGUMENT, "at_unix_s: ", "before");
  CHECK_ERR(as_complaint_advance_deciding(policy, c, test_sh(2025, 11, 4, 10, 0), 1, rnd, NULL, ERR),
            AS_E_INVALID_ARGUMENT, "out: ", "NULL");
  CHECK(next == NULL);
  /* Quality calls R&D in (9)4; a name given twice counts once. */
  step(policy, &c, test_sh(2025, 11, 4, 10, 0), 2, rnd_twice);
  check_stage(c, "manufacturing");
  CHECK_OK(as_complaint_stages_json(c, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"called_for\":[\"rnd\"]");
  CHECK_STR_CONTAINS(json, "\"skipped\":[]");
  as_free(json);
  /* Manufacturing may call it too (it decides as well): no change. */
  step(policy, &c, test_sh(2025, 11, 4, 15, 0), 1, rnd);
  check_stage(c, "managers_opinion");
  /* The manager's office does not decide R&D. */
  CHECK_ERR(as_complaint_advance_deciding(policy, c, test_sh(2025, 11, 5, 9, 30), 1, rnd, &next, ERR),
            AS_E_INVALID_ARGUMENT, "call_for[0]: ", "after managers_opinion");
  /* Left Wed 11-05 09:30: R&D has 1 day, due Thu 11-06 09:30. */
  step(policy, &c, test_sh(2025, 11, 5, 9, 30), 0, NULL);
  info = info_of(c);
  CHECK(strcmp(info.stage, "rnd") == 0);
  CHECK(strcmp(info.stage_department, "rnd") == 0);
  CHECK_EQ_I64(info.has_stage_deadline, 1);
  CHECK_EQ_I64(info.stage_deadline_unix_s, test_sh(2025, 11, 6, 9, 30));
  /* R&D leaves to the office's check (查核). */
  step(policy, &c, test_sh(2025, 11, 6, 9, 0), 0, NULL);
  check_stage(c, "gm_check");
  CHECK_OK(as_complaint_stages_json(c, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"stages\":[\"intake\",\"registration\",\"quality_investigation\",\"manufacturing\","
                           "\"managers_opinion\",\"rnd\",\"gm_check\",\"negotiation\",\"consolidation\","
                           "\"approval\"]");
  CHECK_STR_CONTAINS(json, "\"called_for\":[\"rnd\"]");
  CHECK_STR_CONTAINS(json, "\"skipped\":[]");
  CHECK_STR_CONTAINS(json, "\"stage_list\":[{");
  CHECK_STR_CONTAINS(json, "\"decided_by\":[\"quality_investigation\",\"manufacturing\"]");
  as_free(json);
  as_complaint_destroy(c);
  c = NULL;

  /* --- A case without R&D: nobody calls for it, so it is passed over. */
  CHECK_OK(as_complaint_open(policy, "2511-0002", test_sh(2025, 11, 3, 9, 0), AS_COMPLAINT_QUALITY,
                             AS_SEVERITY_GENERAL, AS_MARKET_DOMESTIC, NULL, NULL, &c, ERR));
  step(policy, &c, test_sh(2025, 11, 3, 11, 0), 0, NULL);
  step(policy, &c, test_sh(2025, 11, 4, 10, 0), 0, NULL);
  step(policy, &c, test_sh(2025, 11, 4, 15, 0), 0, NULL);
  check_stage(c, "managers_opinion");
  /* The plain as_complaint_advance gives the same (it decides nothing). */
  CHECK_OK(as_complaint_advance(policy, c, test_sh(2025, 11, 5, 9, 30), &next, ERR));
  check_stage(next, "gm_check");
  as_complaint_destroy(next);
  next = NULL;
  step(policy, &c, test_sh(2025, 11, 5, 9, 30), 0, NULL);
  check_stage(c, "gm_check");
  CHECK_OK(as_complaint_stages_json(c, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"called_for\":[]");
  CHECK_STR_CONTAINS(json, "\"skipped\":[\"rnd\"]");
  as_free(json);
  /* On through negotiation, consolidation and approval: closed. */
  step(policy, &c, test_sh(2025, 11, 5, 11, 0), 0, NULL);
  step(policy, &c, test_sh(2025, 11, 7, 10, 0), 0, NULL);
  step(policy, &c, test_sh(2025, 11, 7, 11, 0), 0, NULL);
  check_stage(c, "approval");
  step(policy, &c, test_sh(2025, 11, 7, 15, 0), 0, NULL);
  CHECK_EQ_I64(info_of(c).closed, 1);
  CHECK_ERR(as_complaint_advance_deciding(policy, c, test_sh(2025, 11, 7, 16, 0), 0, NULL, &next, ERR), AS_E_STATE,
            "complaint: ", "closed");
  as_complaint_destroy(c);
  c = NULL;

  /* --- A complaint opened under another stage list moves on its own list
   * (as C++ and the store do); as_complaint_advance keeps 0.2.0's refusal. */
  CHECK_OK(as_complaint_open(old_policy, "2511-0003", test_sh(2025, 11, 3, 9, 0), AS_COMPLAINT_QUALITY,
                             AS_SEVERITY_GENERAL, AS_MARKET_DOMESTIC, NULL, NULL, &other, ERR));
  check_stage(other, "acceptance");
  CHECK_ERR(as_complaint_advance(policy, other, test_sh(2025, 11, 3, 11, 0), &next, ERR), AS_E_INVALID_ARGUMENT,
            "complaint: ", "not a stage of this policy");
  CHECK_OK(as_complaint_advance_deciding(policy, other, test_sh(2025, 11, 3, 11, 0), 0, NULL, &next, ERR));
  check_stage(next, "quality_investigation");
  CHECK_OK(as_complaint_stages_json(next, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"stages\":[\"acceptance\",\"quality_investigation\",\"negotiation\",\"approval\"]");
  as_free(json);
  as_complaint_destroy(next);
  as_complaint_destroy(other);

  CHECK_ERR(as_complaint_stages_json(NULL, &json, ERR), AS_E_INVALID_ARGUMENT, "complaint: ", "NULL");

  as_complaint_policy_destroy(old_policy);
  as_complaint_policy_destroy(policy);
  as_calendar_destroy(cal);
  puts("capi complaint_deciding: ok");
  return 0;
}
