/* Callbacks: the store's clock is called on the thread making the store
 * call and never while the store holds its lock (issue 26, item 3). A clock
 * that takes a lock M the caller holds in another thread must not hang:
 * thread B's clock waits for M, which the main thread (A) holds while it
 * makes a store call of its own; A's call must finish. Before the fix B
 * held the store's lock while waiting for M and the program hung, so a
 * watchdog fails it after 10 s instead. */
#define _POSIX_C_SOURCE 200809L
#include "store_fixture.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#define WATCHDOG_SECONDS 10

static void on_alarm(int sig) {
  static const char message[] =
      "test_callbacks: a store call is still waiting after 10 s: the store called its clock while holding "
      "its lock (deadlock)\n";
  (void)sig;
  /* Only async-signal-safe calls here. */
  if (write(2, message, sizeof message - 1) < 0) _exit(2);
  _exit(1);
}

/* Which thread the clock runs on: each thread that makes store calls marks
 * itself; the clock reads the mark (an unmarked thread is a failure). */
enum role { ROLE_A = 1, ROLE_B = 2 };
static pthread_key_t role_key;
static int role_a = ROLE_A, role_b = ROLE_B;

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; /* the caller's lock M */
static pthread_mutex_t state_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t state_changed = PTHREAD_COND_INITIALIZER;
static int b_in_clock;           /* B's clock has started (and now waits for M) */
static int unmarked_thread_calls; /* clock calls on a thread that made no store call */
static int64_t fixed_now;

static int64_t clock_taking_m(void* context) {
  const int* role = (const int*)pthread_getspecific(role_key);
  (void)context;
  if (role == NULL) {
    pthread_mutex_lock(&state_mutex);
    ++unmarked_thread_calls;
    pthread_mutex_unlock(&state_mutex);
  } else if (*role == ROLE_B) {
    pthread_mutex_lock(&state_mutex);
    b_in_clock = 1;
    pthread_cond_broadcast(&state_changed);
    pthread_mutex_unlock(&state_mutex);
    pthread_mutex_lock(&m); /* held by A until A's own store call is done */
    pthread_mutex_unlock(&m);
  }
  return fixed_now;
}

static as_store* shared_store;
static as_status b_status;
static char b_id[AS_ID_SIZE];

static void* thread_b(void* arg) {
  as_call_intake in = tv_intake("B-1", test_sh(2025, 11, 20, 9, 0));
  as_error* error = NULL; /* B's own: the harness's slot belongs to the main thread */
  pthread_setspecific(role_key, &role_b);
  b_status = as_store_register_call(shared_store, &in, b_id, &error);
  as_error_free(error);
  (void)arg;
  return NULL;
}

/* What A does while holding M. */
enum a_call { A_REGISTER, A_MONTH_REPORT };

static void scenario(enum a_call what) {
  pthread_t b;
  char id[AS_ID_SIZE];
  char* json = NULL;

  b_in_clock = 0;
  b_status = AS_E_INTERNAL;
  CHECK(pthread_mutex_lock(&m) == 0);
  CHECK(pthread_create(&b, NULL, thread_b, NULL) == 0);
  pthread_mutex_lock(&state_mutex);
  while (!b_in_clock) pthread_cond_wait(&state_changed, &state_mutex);
  pthread_mutex_unlock(&state_mutex);

  /* B is inside its clock, waiting for M: A's store call must not wait for B. */
  if (what == A_REGISTER) {
    as_call_intake in = tv_intake("A-1", test_sh(2025, 11, 20, 10, 0));
    CHECK_OK(as_store_register_call(shared_store, &in, id, ERR));
    /* A write checks its times against A's own reading of the clock. */
    in = tv_intake("A-2", fixed_now + 60);
    CHECK_ERR(as_store_register_call(shared_store, &in, id, ERR), AS_E_INVALID_ARGUMENT, "received_unix_s",
              "in the future");
  } else {
    /* A read whose default (as_of) comes from the clock. */
    CHECK_OK(as_store_month_report_json(shared_store, 2025, 11, NULL, &json, ERR));
    CHECK_STR_CONTAINS(json, "\"as_of\"");
    as_free(json);
  }

  CHECK(pthread_mutex_unlock(&m) == 0);
  CHECK(pthread_join(b, NULL) == 0);
  CHECK_EQ_I64(b_status, AS_OK);
  CHECK(strlen(b_id) == AS_ID_SIZE - 1);
}

int main(void) {
  as_calendar* cal = NULL;
  as_policy* policy = NULL;
  as_store_options options = AS_STORE_OPTIONS_INIT;
  char path[256];

  signal(SIGALRM, on_alarm);
  alarm(WATCHDOG_SECONDS);

  CHECK(pthread_key_create(&role_key, NULL) == 0);
  CHECK(pthread_setspecific(role_key, &role_a) == 0);
  fixed_now = test_sh(2025, 11, 20, 12, 0);

  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_policy_default(cal, &policy, ERR));
  snprintf(path, sizeof path, "/tmp/aftersales_capi_callbacks_%ld.db", (long)getpid());
  remove_store(path);
  options.clock = clock_taking_m;
  options.clock_context = NULL;
  CHECK_OK(as_store_open(path, policy, &options, &shared_store, ERR));

  scenario(A_REGISTER);
  scenario(A_MONTH_REPORT);
  /* The clock ran only on the threads that made store calls. */
  CHECK_EQ_I64(unmarked_thread_calls, 0);

  alarm(0);
  as_store_close(shared_store);
  remove_store(path);
  as_policy_destroy(policy);
  as_calendar_destroy(cal);
  return 0;
}
