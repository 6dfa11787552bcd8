/* Thread safety: one calendar and one policy shared by many threads; each
 * call's error belongs to the call (read on another thread, later, after
 * successful calls, it is still that failure's message); as_last_error() is
 * per thread and a success clears it. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include <pthread.h>

#define N_THREADS 8
#define N_ROUNDS 200

static const as_calendar* shared_calendar;
static const as_dispatch_policy* shared_policy;

/* What a worker hands back: the error of its first failed call. */
struct worker_result {
  int id;
  as_error* first_failure;
};

static void* worker(void* arg) {
  struct worker_result* result = (struct worker_result*)arg;
  char zone[32];
  char expected[48];
  int round;
  as_calendar* out = NULL;

  /* A new thread has no error yet, whatever other threads did. */
  CHECK(strcmp(as_last_error(), "") == 0);
  sprintf(zone, "Mars/Base-%d", result->id);
  sprintf(expected, "'%s'", zone);
  for (round = 0; round < N_ROUNDS; ++round) {
    int64_t t = 0;
    int32_t d = 0;
    as_error* error = NULL;
    CHECK(as_calendar_china(NULL, 0, zone, 1, &out, &error) == AS_E_NOT_FOUND);
    CHECK(error != NULL && strstr(as_error_message(error), expected) != NULL);
    CHECK_STR_CONTAINS(as_last_error(), expected);
    if (result->first_failure == NULL)
      result->first_failure = error; /* read by main after many successes here */
    else
      as_error_free(error);
    error = NULL;
    /* The shared handles answer the same from every thread; a success
     * leaves the error NULL and clears as_last_error(). */
    CHECK(as_dispatch_deadline(shared_policy, test_sh(2025, 9, 26, 16, 0), "urban", NULL, 0, &t, &error) == AS_OK);
    CHECK(error == NULL && strcmp(as_last_error(), "") == 0);
    CHECK_EQ_I64(t, test_sh(2025, 9, 28, 14, 0));
    CHECK(as_calendar_advance(shared_calendar, 20200123, 1 + round % 3, &d, &error) == AS_OK);
    CHECK_EQ_I64(d, round % 3 == 0 ? 20200203 : round % 3 == 1 ? 20200204 : 20200205);
    CHECK(as_calendar_between(shared_calendar, test_sh(2010 + round % 15, 1, 1, 0, 0),
                              test_sh(2010 + round % 15, 1, 1, 0, 0), &t, &error) == AS_OK);
    CHECK(error == NULL);
  }
  return NULL;
}

int main(void) {
  pthread_t threads[N_THREADS];
  struct worker_result results[N_THREADS];
  int i;
  as_calendar* cal = NULL;
  as_dispatch_policy* policy = NULL;
  as_error* main_failure = NULL;

  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_dispatch_policy_create(cal, &policy, ERR));
  shared_calendar = cal;
  shared_policy = policy;
  /* The main thread's failure is not seen by the workers. */
  CHECK(as_calendar_from_json("{", &cal, &main_failure) == AS_E_PARSE);

  for (i = 0; i < N_THREADS; ++i) {
    results[i].id = i;
    results[i].first_failure = NULL;
    CHECK(pthread_create(&threads[i], NULL, worker, &results[i]) == 0);
  }
  for (i = 0; i < N_THREADS; ++i) CHECK(pthread_join(threads[i], NULL) == 0);
  /* Each worker's first failure, read here on another thread after 600
   * successful calls there, is still its own message. */
  for (i = 0; i < N_THREADS; ++i) {
    char expected[48];
    sprintf(expected, "'Mars/Base-%d'", i);
    CHECK(results[i].first_failure != NULL);
    CHECK_EQ_I64(as_error_code(results[i].first_failure), AS_E_NOT_FOUND);
    CHECK_STR_CONTAINS(as_error_message(results[i].first_failure), expected);
    as_error_free(results[i].first_failure);
  }
  CHECK_STR_CONTAINS(as_error_message(main_failure), "invalid JSON");
  CHECK_STR_CONTAINS(as_last_error(), "invalid JSON");
  as_error_free(main_failure);

  as_dispatch_policy_destroy(policy);
  as_calendar_destroy(cal);
  return 0;
}
