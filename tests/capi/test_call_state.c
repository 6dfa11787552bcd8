/* Issue 28's review (§6): through the C API a call solved by phone reads
 * AS_CALL_RESOLVED_REMOTELY and every later step is AS_E_STATE naming
 * "call"; the call's technician never answers its survey (seeds/002
 * (二十三)), phone work included: dispatching a survey's respondent is
 * AS_E_INVALID_ARGUMENT naming "technician". China calendar, Beijing
 * times: Thursday 2025-10-09 10:00. */
#include "store_fixture.h"

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
  store_fixture fx;
  const int64_t received = test_sh(2025, 10, 9, 10, 0);
  char a[AS_ID_SIZE], b[AS_ID_SIZE];

  fixture_open(&fx, "call_state", NULL);
  register_tv(fx.store, "A", received, a);
  register_tv(fx.store, "B", received, b);

  /* A: solved by phone 10:40..14:30 by T1: its own state, no visit after. */
  CHECK(state_of(fx.store, a) == AS_CALL_REGISTERED);
  CHECK_OK(as_store_resolve_remotely(fx.store, a, "T1", AS_REMOTE_PHONE, received + 2400, test_sh(2025, 10, 9, 14, 30),
                                     ERR));
  CHECK(state_of(fx.store, a) == AS_CALL_RESOLVED_REMOTELY);
  CHECK_ERR(as_store_dispatch(fx.store, a, "T2", test_sh(2025, 10, 9, 15, 0), ERR), AS_E_STATE, "call",
            "resolved remotely");
  CHECK_ERR(as_store_arrive(fx.store, a, test_sh(2025, 10, 9, 15, 0), ERR), AS_E_STATE, "call", "resolved_remotely");
  /* Its phone technician may not answer its survey; another may, rating T1. */
  CHECK_ERR(as_store_record_survey_comment(fx.store, a, 4, 4, 4, 4, "T1", NULL, test_sh(2025, 10, 9, 16, 0), ERR),
            AS_E_INVALID_ARGUMENT, "respondent", "own technician");
  CHECK_OK(as_store_record_survey_comment(fx.store, a, 4, 4, 4, 4, "Q1", NULL, test_sh(2025, 10, 9, 16, 0), ERR));

  /* B: surveyed before its dispatch by T5: T5 may not be sent. */
  CHECK_OK(as_store_record_survey_comment(fx.store, b, 3, 3, 3, 3, "T5", NULL, received + 300, ERR));
  CHECK_ERR(as_store_dispatch(fx.store, b, "T5", received + 1800, ERR), AS_E_INVALID_ARGUMENT, "technician", "T5");
  CHECK(state_of(fx.store, b) == AS_CALL_REGISTERED);
  CHECK_OK(as_store_dispatch(fx.store, b, "T6", received + 1800, ERR));
  CHECK(state_of(fx.store, b) == AS_CALL_DISPATCHED);

  fixture_close(&fx);
  return 0;
}
