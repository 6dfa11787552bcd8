/* Issue 28's review (§6): through the C API a call solved by phone reads
 * AS_CALL_RESOLVED_REMOTELY and every later step is AS_E_STATE naming
 * "call"; the call's technician never answers its survey (seeds/002
 * (二十三)), phone work included: dispatching a survey's respondent is
 * AS_E_INVALID_ARGUMENT naming "technician". China calendar, Beijing
 * times: Thursday 2025-10-09 10:00. */
#include "check.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int64_t fixed_now(void* context) { return *(const int64_t*)context; }

static void call(as_store* store, const char* serial, int64_t received, char* id) {
  as_call_intake in = AS_CALL_INTAKE_INIT;
  in.customer = "Wang Fang";
  in.phone = "13800000001";
  in.address = "1 Renmin Road";
  in.zone = "urban";
  in.product = "colour_tv";
  in.serial = serial;
  in.purchased_yyyymmdd = 20250301;
  in.received_unix_s = received;
  CHECK_OK(as_store_register_call(store, &in, id, ERR));
}

static int32_t state_of(as_store* store, const char* id) {
  as_call* c = NULL;
  as_call_info info = AS_CALL_INFO_INIT;
  int32_t state = -1;
  CHECK_OK(as_store_call(store, id, &c, ERR));
  CHECK_OK(as_call_describe(c, &info, ERR));
  state = info.state;
  as_call_destroy(c);
  return state;
}

int main(void) {
  as_calendar* cal = NULL;
  as_policy* policy = NULL;
  as_store* store = NULL;
  as_store_options options = AS_STORE_OPTIONS_INIT;
  int64_t now = test_sh(2025, 11, 20, 12, 0);
  const int64_t received = test_sh(2025, 10, 9, 10, 0);
  char path[256];
  char a[AS_ID_SIZE], b[AS_ID_SIZE];

  snprintf(path, sizeof path, "/tmp/aftersales_capi_call_state_%ld.db", (long)getpid());
  remove_store(path);
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_policy_default(cal, &policy, ERR));
  options.clock = fixed_now;
  options.clock_context = &now;
  CHECK_OK(as_store_open(path, policy, &options, &store, ERR));
  call(store, "A", received, a);
  call(store, "B", received, b);

  /* A: solved by phone 10:40..14:30 by T1: its own state, no visit after. */
  CHECK(state_of(store, a) == AS_CALL_REGISTERED);
  CHECK_OK(as_store_resolve_remotely(store, a, "T1", AS_REMOTE_PHONE, received + 2400, test_sh(2025, 10, 9, 14, 30), ERR));
  CHECK(state_of(store, a) == AS_CALL_RESOLVED_REMOTELY);
  CHECK_ERR(as_store_dispatch(store, a, "T2", test_sh(2025, 10, 9, 15, 0), ERR), AS_E_STATE, "call",
            "resolved remotely");
  CHECK_ERR(as_store_arrive(store, a, test_sh(2025, 10, 9, 15, 0), ERR), AS_E_STATE, "call", "resolved_remotely");
  /* Its phone technician may not answer its survey; another may, rating T1. */
  CHECK_ERR(as_store_record_survey(store, a, 4, 4, 4, 4, "T1", test_sh(2025, 10, 9, 16, 0), ERR), AS_E_INVALID_ARGUMENT,
            "respondent", "own technician");
  CHECK_OK(as_store_record_survey(store, a, 4, 4, 4, 4, "Q1", test_sh(2025, 10, 9, 16, 0), ERR));

  /* B: surveyed before its dispatch by T5: T5 may not be sent. */
  CHECK_OK(as_store_record_survey(store, b, 3, 3, 3, 3, "T5", received + 300, ERR));
  CHECK_ERR(as_store_dispatch(store, b, "T5", received + 1800, ERR), AS_E_INVALID_ARGUMENT, "technician", "T5");
  CHECK(state_of(store, b) == AS_CALL_REGISTERED);
  CHECK_OK(as_store_dispatch(store, b, "T6", received + 1800, ERR));
  CHECK(state_of(store, b) == AS_CALL_DISPATCHED);

  as_store_close(store);
  remove_store(path);
  as_policy_destroy(policy);
  as_calendar_destroy(cal);
  return 0;
}
