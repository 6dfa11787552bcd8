/* Thread safety: one calendar and one policy shared by many threads, and a
 * separate last-error message per thread. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include <pthread.h>

#define N_THREADS 8
#define N_ROUNDS 200

static const as_calendar* shared_calendar;
static const as_dispatch_policy* shared_policy;

static void* worker(void* arg) {
  const int id = *(const int*)arg;
  char zone[32];
  char expected[48];
  int round;
  as_calendar* out = NULL;

  /* A new thread has no error yet, whatever other threads did. */
  CHECK(strcmp(as_last_error(), "") == 0);
  sprintf(zone, "Mars/Base-%d", id);
  sprintf(expected, "'%s'", zone);
  for (round = 0; round < N_ROUNDS; ++round) {
    int64_t t = 0;
    int32_t d = 0;
    CHECK_ERR(as_calendar_china(NULL, 0, zone, 1, &out), AS_E_NOT_FOUND, expected, "");
    /* The shared handles answer the same from every thread. */
    CHECK_OK(as_dispatch_deadline(shared_policy, test_sh(2025, 9, 26, 16, 0), "urban", NULL, 0, &t));
    CHECK_EQ_I64(t, test_sh(2025, 9, 28, 14, 0));
    CHECK_OK(as_calendar_advance(shared_calendar, 20200123, 1 + round % 3, &d));
    CHECK_EQ_I64(d, round % 3 == 0 ? 20200203 : round % 3 == 1 ? 20200204 : 20200205);
    CHECK_OK(as_calendar_between(shared_calendar, test_sh(2010 + round % 15, 1, 1, 0, 0),
                                 test_sh(2010 + round % 15, 1, 1, 0, 0), &t));
    /* Other threads' failures did not overwrite this thread's message. */
    CHECK_STR_CONTAINS(as_last_error(), expected);
  }
  return NULL;
}

int main(void) {
  pthread_t threads[N_THREADS];
  int ids[N_THREADS];
  int i;
  as_calendar* cal = NULL;
  as_dispatch_policy* policy = NULL;

  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal));
  CHECK_OK(as_dispatch_policy_create(cal, &policy));
  shared_calendar = cal;
  shared_policy = policy;
  /* The main thread's failure is not seen by the workers. */
  CHECK_ERR(as_calendar_from_json("{", &cal), AS_E_PARSE, "", "");

  for (i = 0; i < N_THREADS; ++i) {
    ids[i] = i;
    CHECK(pthread_create(&threads[i], NULL, worker, &ids[i]) == 0);
  }
  for (i = 0; i < N_THREADS; ++i) CHECK(pthread_join(threads[i], NULL) == 0);
  CHECK_STR_CONTAINS(as_last_error(), "invalid JSON");

  as_dispatch_policy_destroy(policy);
  as_calendar_destroy(cal);
  return 0;
}
