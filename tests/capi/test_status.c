/* Version, status codes, last error, as_free and NULL-safe destroy. */
#include "check.h"

int main(void) {
  char expected[32];
  as_calendar* cal = NULL;

  /* The header and the loaded library agree. */
  sprintf(expected, "%d.%d.%d", AS_VERSION_MAJOR, AS_VERSION_MINOR, AS_VERSION_PATCH);
  CHECK(strcmp(as_version(), expected) == 0);
  /* ...and both say project(VERSION) of CMakeLists.txt (passed by tests.cmake). */
  CHECK(strcmp(as_version(), AS_TEST_PROJECT_VERSION) == 0);
  CHECK_EQ_I64(as_version_number(), AS_VERSION_NUMBER);
  sprintf(expected, "%d.%d.%d", (int)(as_version_number() / 10000), (int)(as_version_number() / 100 % 100),
          (int)(as_version_number() % 100));
  CHECK(strcmp(expected, AS_TEST_PROJECT_VERSION) == 0);

  /* Codes are pinned forever. */
  CHECK_EQ_I64(AS_OK, 0);
  CHECK_EQ_I64(AS_E_INVALID_ARGUMENT, 1);
  CHECK_EQ_I64(AS_E_NOT_FOUND, 2);
  CHECK_EQ_I64(AS_E_OUT_OF_RANGE, 3);
  CHECK_EQ_I64(AS_E_PARSE, 4);
  CHECK_EQ_I64(AS_E_STATE, 5);
  CHECK_EQ_I64(AS_E_STORAGE, 6);
  CHECK_EQ_I64(AS_E_NO_MEMORY, 7);
  CHECK_EQ_I64(AS_E_INTERNAL, 8);
  CHECK(strcmp(as_status_str(AS_OK), "ok") == 0);
  CHECK(strcmp(as_status_str(AS_E_INVALID_ARGUMENT), "invalid argument") == 0);
  CHECK(strcmp(as_status_str(AS_E_NOT_FOUND), "not found") == 0);
  CHECK(strcmp(as_status_str(AS_E_OUT_OF_RANGE), "out of range") == 0);
  CHECK(strcmp(as_status_str(AS_E_PARSE), "parse error") == 0);
  CHECK(strcmp(as_status_str(AS_E_STATE), "invalid state") == 0);
  CHECK(strcmp(as_status_str(AS_E_STORAGE), "storage error") == 0);
  CHECK(strcmp(as_status_str(AS_E_NO_MEMORY), "out of memory") == 0);
  CHECK(strcmp(as_status_str(AS_E_INTERNAL), "internal error") == 0);
  CHECK(strcmp(as_status_str(9), "unknown status") == 0);
  CHECK(strcmp(as_status_str(-1), "unknown status") == 0);

  /* No failure yet on this thread. */
  CHECK(strcmp(as_last_error(), "") == 0);

  /* A failure names the argument, in its error and in as_last_error(); a
   * later success clears as_last_error() but not the error the caller holds. */
  {
    as_error* failure = NULL;
    as_error* untouched = NULL;
    CHECK(as_calendar_from_json(NULL, &cal, &failure) == AS_E_INVALID_ARGUMENT);
    CHECK(cal == NULL);
    CHECK(failure != NULL);
    CHECK_EQ_I64(as_error_code(failure), AS_E_INVALID_ARGUMENT);
    CHECK(strcmp(as_error_field(failure), "json") == 0);
    CHECK(strcmp(as_error_message(failure), "json: must not be NULL") == 0);
    CHECK(strcmp(as_last_error(), "json: must not be NULL") == 0);
    CHECK(as_calendar_china(NULL, 0, NULL, 1, &cal, &untouched) == AS_OK);
    CHECK(untouched == NULL);
    CHECK(strcmp(as_last_error(), "") == 0);
    CHECK(strcmp(as_error_message(failure), "json: must not be NULL") == 0);
    /* An error not yet freed is never overwritten: the second failure is
     * reported by its status and as_last_error() only. */
    CHECK(as_calendar_from_json("{", NULL, &failure) == AS_E_INVALID_ARGUMENT);
    CHECK(strcmp(as_error_message(failure), "json: must not be NULL") == 0);
    CHECK_STR_CONTAINS(as_last_error(), "out");
    /* NULL: the caller does not want the detail. */
    CHECK(as_calendar_from_json(NULL, &cal, NULL) == AS_E_INVALID_ARGUMENT);
    as_error_free(failure);
    /* The accessors accept NULL. */
    CHECK_EQ_I64(as_error_code(NULL), AS_OK);
    CHECK(strcmp(as_error_message(NULL), "") == 0);
    CHECK(strcmp(as_error_field(NULL), "") == 0);
    as_error_free(NULL);
  }

  /* Release functions accept NULL. */
  as_free(NULL);
  as_calendar_destroy(NULL);
  as_dispatch_policy_destroy(NULL);
  as_calendar_destroy(cal);
  return 0;
}
