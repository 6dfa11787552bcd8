/* The set-up the C store tests share: a fresh store file with the China
 * calendar and a fixed clock, and Wang Fang's colour-TV call. Plain C99. */
#ifndef AS_TEST_STORE_FIXTURE_H
#define AS_TEST_STORE_FIXTURE_H

#include "check.h"

#include <stdio.h>
#include <unistd.h>

typedef struct store_fixture {
  as_calendar* cal;
  as_policy* policy;
  as_store* store;
  int64_t now; /* what the store's clock reads: 2025-11-20 12:00 Beijing */
  char path[256];
} store_fixture;

static inline int64_t fixture_clock_(void* context) { return *(const int64_t*)context; }

/* Opens /tmp/aftersales_capi_<name>_<pid>.db afresh with the policy
 * document policy_json (NULL: the default policy) on the China calendar;
 * the store's clock reads fx->now, so *fx must stay where it is until
 * fixture_close. */
static inline void fixture_open(store_fixture* fx, const char* name, const char* policy_json) {
  as_store_options options = AS_STORE_OPTIONS_INIT;
  fx->cal = NULL;
  fx->policy = NULL;
  fx->store = NULL;
  fx->now = test_sh(2025, 11, 20, 12, 0);
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &fx->cal, ERR));
  if (policy_json == NULL)
    CHECK_OK(as_policy_default(fx->cal, &fx->policy, ERR));
  else
    CHECK_OK(as_policy_from_json(policy_json, fx->cal, &fx->policy, ERR));
  snprintf(fx->path, sizeof fx->path, "/tmp/aftersales_capi_%s_%ld.db", name, (long)getpid());
  remove_store(fx->path);
  options.clock = fixture_clock_;
  options.clock_context = &fx->now;
  CHECK_OK(as_store_open(fx->path, fx->policy, &options, &fx->store, ERR));
}

/* Closes the store and removes its file. */
static inline void fixture_close(store_fixture* fx) {
  as_store_close(fx->store);
  as_policy_destroy(fx->policy);
  as_calendar_destroy(fx->cal);
  remove_store(fx->path);
}

/* Wang Fang's colour TV `serial`, bought 2025-03-01 (in the maker's
 * warranty: a free call), urban zone, the main centre, received at
 * `received`. A test changes the members it needs (purchased, centre). */
static inline as_call_intake tv_intake(const char* serial, int64_t received) {
  as_call_intake in = AS_CALL_INTAKE_INIT;
  in.customer = "Wang Fang";
  in.phone = "13800000001";
  in.address = "1 Renmin Road";
  in.zone = "urban";
  in.product = "colour_tv";
  in.serial = serial;
  in.purchased_yyyymmdd = 20250301;
  in.received_unix_s = received;
  return in;
}

/* Registers tv_intake(serial, received); the call's id to id (AS_ID_SIZE). */
static inline void register_tv(as_store* store, const char* serial, int64_t received, char* id) {
  as_call_intake in = tv_intake(serial, received);
  CHECK_OK(as_store_register_call(store, &in, id, ERR));
}

#endif /* AS_TEST_STORE_FIXTURE_H */
