/* as_policy_* and as_store_*: a store file through the C API, with a fixed
 * clock. Expected instants are worked out by hand on the China calendar
 * (Mon-Fri 09:00-12:00, 13:00-18:00, Asia/Shanghai; 10-01..10-08 off). */
#include "check.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int64_t fixed_now(void* context) { return *(const int64_t*)context; }

static as_call_intake tv_call(const char* serial, const char* zone, int64_t received) {
  as_call_intake in = AS_CALL_INTAKE_INIT;
  in.customer = "Wang Fang";
  in.phone = "13800000001";
  in.address = "1 Renmin Road";
  in.zone = zone;
  in.product = "colour_tv";
  in.serial = serial;
  in.purchased_yyyymmdd = 20250301;
  in.received_unix_s = received;
  return in;
}

static as_call_info info_of(as_store* store, const char* id, as_call** keep) {
  as_call_info info = AS_CALL_INFO_INIT;
  CHECK_OK(as_store_call(store, id, keep, ERR));
  CHECK_OK(as_call_describe(*keep, &info, ERR));
  return info;
}

static int exists(const char* path, const char* suffix) {
  char name[512];
  snprintf(name, sizeof name, "%s%s", path, suffix);
  return access(name, F_OK) == 0;
}

/* Open modes, errors that name the file, properties, repeatable imports and
 * the month-end report (issue 23). */
/* as_call_intake as an older header had it (without the last two fields),
 * and as a newer one may have it (two more fields): arrays of either are read
 * at their own stride, the missing fields taking their AS_CALL_INTAKE_INIT
 * values. */
typedef struct older_intake {
  size_t size;
  const char *customer, *phone, *address, *zone, *product, *serial, *centre, *fault, *cause;
  int64_t received_unix_s;
  int32_t purchased_yyyymmdd, delivered_yyyymmdd;
} older_intake;

typedef struct newer_intake {
  as_call_intake v1;
  int64_t later_field;
  const char* later_text;
} newer_intake;

static void test_arrays_at_callers_stride(const as_policy* policy) {
  as_store_options options = AS_STORE_OPTIONS_INIT;
  int64_t now = test_sh(2025, 11, 20, 12, 0);
  as_store* store = NULL;
  char path[256];
  older_intake older[2];
  newer_intake newer[2];
  char ids[2 * AS_ID_SIZE];
  char* json = NULL;
  size_t i;
  snprintf(path, sizeof path, "/tmp/aftersales_capi_stride_%ld.db", (long)getpid());
  remove_store(path);
  options.clock = fixed_now;
  options.clock_context = &now;
  CHECK_OK(as_store_open(path, policy, &options, &store, ERR));
  for (i = 0; i < 2; ++i) {
    const as_call_intake in = tv_call(i == 0 ? "STRIDE-1" : "STRIDE-2", "urban", test_sh(2025, 10, 13, 9, 0));
    memset(&older[i], 0xAB, sizeof older[i]); /* padding and beyond: never read */
    older[i].size = sizeof(older_intake);
    older[i].customer = in.customer;
    older[i].phone = in.phone;
    older[i].address = in.address;
    older[i].zone = in.zone;
    older[i].product = in.product;
    older[i].serial = in.serial;
    older[i].centre = NULL;
    older[i].fault = NULL;
    older[i].cause = NULL;
    older[i].received_unix_s = in.received_unix_s;
    older[i].purchased_yyyymmdd = in.purchased_yyyymmdd;
    older[i].delivered_yyyymmdd = 0;
  }
  CHECK(sizeof(older_intake) < sizeof(as_call_intake));
  CHECK_OK(as_store_register_calls(store, (const as_call_intake*)older, 2, ids, ERR));
  CHECK_OK(as_store_calls_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"STRIDE-1\",\"STRIDE-2\"");
  as_free(json);

  memset(newer, 0xCD, sizeof newer);
  for (i = 0; i < 2; ++i) {
    newer[i].v1 = tv_call(i == 0 ? "NEW-1" : "NEW-2", "suburban", test_sh(2025, 10, 13, 9, 30));
    newer[i].v1.size = sizeof(newer_intake);
  }
  CHECK_OK(as_store_register_calls(store, &newer[0].v1, 2, ids, ERR));
  CHECK_OK(as_store_calls_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"NEW-1\",\"NEW-2\"");
  as_free(json);

  /* Every element has element 0's size; a size that cannot hold itself is refused. */
  newer[1].v1.size = sizeof(as_call_intake);
  CHECK_ERR(as_store_register_calls(store, &newer[0].v1, 2, ids, ERR), AS_E_INVALID_ARGUMENT, "calls[1].size",
            "differs from element 0");
  newer[0].v1.size = 0;
  CHECK_ERR(as_store_register_calls(store, &newer[0].v1, 2, ids, ERR), AS_E_INVALID_ARGUMENT, "calls[0].size",
            "cannot hold");
  as_store_close(store);
  remove_store(path);
}

static void test_modes_imports_and_months(const as_policy* policy) {
  as_store* store = NULL;
  as_store* untouched = (as_store*)1;
  as_store_options options = AS_STORE_OPTIONS_INIT;
  int64_t now = test_sh(2025, 11, 20, 12, 0);
  const int64_t inside = test_sh(2025, 10, 20, 12, 0);
  char path[256], text[256], id[AS_ID_SIZE], ids[3 * AS_ID_SIZE];
  char* json = NULL;
  char* value = (char*)1;
  size_t imported = 99, skipped = 99;
  as_call_record records[3] = {AS_CALL_RECORD_INIT, AS_CALL_RECORD_INIT, AS_CALL_RECORD_INIT};
  as_call_intake intakes[3];
  as_call_intake in;
  FILE* f;

  snprintf(path, sizeof path, "/tmp/aftersales_capi_modes_%ld.db", (long)getpid());
  snprintf(text, sizeof text, "/tmp/aftersales_capi_modes_%ld.txt", (long)getpid());
  remove_store(path);
  options.clock = fixed_now;
  options.clock_context = &now;

  /* A missing file in must-exist and query-only modes: refused by name, nothing made. */
  options.mode = AS_STORE_OPEN_MUST_EXIST;
  CHECK_ERR(as_store_open(path, policy, &options, &untouched, ERR), AS_E_NOT_FOUND, path, "does not exist");
  options.mode = AS_STORE_OPEN_QUERY_ONLY;
  CHECK_ERR(as_store_open(path, policy, &options, &untouched, ERR), AS_E_NOT_FOUND, "path", "does not exist");
  CHECK(untouched == (as_store*)1);
  CHECK(!exists(path, "") && !exists(path, "-wal") && !exists(path, "-shm"));
  options.mode = 7;
  CHECK_ERR(as_store_open(path, policy, &options, &untouched, ERR), AS_E_INVALID_ARGUMENT, "options.mode", "7");
  options.mode = AS_STORE_OPEN_CREATE;
  options.reserved1 = 1;
  CHECK_ERR(as_store_open(path, policy, &options, &untouched, ERR), AS_E_INVALID_ARGUMENT, "options.reserved1", "0");
  options.reserved1 = 0;
  CHECK(!exists(path, ""));
  /* A caller built before the mode field passes the smaller size: create mode. */
  options.size = offsetof(as_store_options, mode);
  options.mode = AS_STORE_OPEN_QUERY_ONLY; /* beyond its size: not read */
  CHECK_OK(as_store_open(path, policy, &options, &store, ERR));
  options.size = sizeof options;

  /* Properties. */
  CHECK_OK(as_store_property(store, "made_by", &value, ERR));
  CHECK(value == NULL);
  CHECK_OK(as_store_set_property(store, "made_by", "aftersales demo", ERR));
  CHECK_OK(as_store_property(store, "made_by", &value, ERR));
  CHECK(value != NULL && strcmp(value, "aftersales demo") == 0);
  as_free(value);
  CHECK_ERR(as_store_set_property(store, "", "x", ERR), AS_E_INVALID_ARGUMENT, "name", "empty");

  /* Imports: the same records twice make the calls once. */
  intakes[0] = tv_call("I-1", "urban", test_sh(2025, 10, 31, 17, 0)); /* due Monday 11-03 15:00 */
  intakes[1] = tv_call("I-2", "urban", test_sh(2025, 10, 9, 10, 0));
  intakes[2] = tv_call("I-3", "urban", test_sh(2025, 10, 10, 10, 0));
  records[0].intake = &intakes[0];
  records[1].intake = &intakes[1];
  records[2].intake = &intakes[2];
  records[1].technician = "T01";
  records[1].dispatched_unix_s = test_sh(2025, 10, 9, 11, 0);
  records[1].arrived_unix_s = test_sh(2025, 10, 9, 14, 0);
  records[2].external_id = "T-3";
  CHECK_OK(as_store_import_calls(store, records, 3, ids, &imported, &skipped, ERR));
  CHECK_EQ_I64(imported, 3);
  CHECK_EQ_I64(skipped, 0);
  CHECK_EQ_I64(strlen(ids + AS_ID_SIZE), 36);
  intakes[2].received_unix_s += 60; /* the same external id with a changed time: the same call */
  CHECK_OK(as_store_import_calls(store, records, 3, ids, &imported, &skipped, ERR));
  CHECK_EQ_I64(imported, 0);
  CHECK_EQ_I64(skipped, 3);
  CHECK(ids[0] == '\0' && ids[AS_ID_SIZE] == '\0' && ids[2 * AS_ID_SIZE] == '\0');
  CHECK_OK(as_store_import_calls(store, records, 3, NULL, NULL, NULL, ERR));
  CHECK_OK(as_store_calls_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"voucher\":[\"V-main-2510-000002\",\"V-main-2510-000003\",\"V-main-2510-000001\"]"); /* by received */
  as_free(json);
  intakes[0].received_unix_s += 60;
  records[0].arrived_unix_s = test_sh(2025, 10, 31, 18, 0); /* without a dispatch */
  CHECK_ERR(as_store_import_calls(store, records, 1, NULL, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "calls[0].arrived_unix_s", "without a dispatch");
  records[0].arrived_unix_s = 0;
  records[0].external_id = "";
  CHECK_ERR(as_store_import_calls(store, records, 1, NULL, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "calls[0].external_id", "empty");
  records[0].external_id = NULL;
  records[0].intake = NULL;
  CHECK_ERR(as_store_import_calls(store, records, 1, NULL, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "calls[0].intake", "NULL");
  records[0].intake = &intakes[0];

  /* The month's report: by default as of the month's end when the clock is past it. */
  CHECK_OK(as_store_month_report_json(store, 2025, 10, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"as_of\": 1761926400"); /* 2025-11-01 00:00 in Beijing */
  CHECK_STR_CONTAINS(json, "\"open\": 1");
  as_free(json);
  CHECK_OK(as_store_month_report_json(store, 2025, 10, &now, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"as_of\": 1763611200");
  as_free(json);
  CHECK_ERR(as_store_month_report_json(store, 2025, 13, NULL, &json, ERR), AS_E_INVALID_ARGUMENT, "month", "2025-13");
  as_store_close(store);
  CHECK(!exists(path, "-wal") && !exists(path, "-shm"));

  /* Query-only: reads, refuses writes by name, leaves no side files. */
  options.mode = AS_STORE_OPEN_QUERY_ONLY;
  now = inside; /* a clock inside the month: the report is as of the clock */
  CHECK_OK(as_store_open(path, policy, &options, &store, ERR));
  CHECK_OK(as_store_month_report_json(store, 2025, 10, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"as_of\": 1760932800");
  as_free(json);
  CHECK_OK(as_store_property(store, "made_by", &value, ERR));
  CHECK(value != NULL && strcmp(value, "aftersales demo") == 0);
  as_free(value);
  in = tv_call("Q-1", "urban", test_sh(2025, 10, 9, 10, 0));
  CHECK_ERR(as_store_register_call(store, &in, id, ERR), AS_E_STATE, "query-only", "register_call");
  CHECK_ERR(as_store_set_property(store, "made_by", "x", ERR), AS_E_STATE, "store", "set_property");
  as_store_close(store);
  CHECK(!exists(path, "-wal") && !exists(path, "-shm"));

  /* Errors that name the file: a text file is not a database file. */
  f = fopen(text, "w");
  CHECK(f != NULL);
  fputs("customer,phone\nWang,138\n", f);
  fclose(f);
  options.mode = AS_STORE_OPEN_CREATE;
  CHECK_ERR(as_store_open(text, policy, &options, &untouched, ERR), AS_E_STORAGE, text, "is not a database file");
  CHECK(!exists(text, "-wal") && !exists(text, "-shm"));
  remove(text);
  CHECK_ERR(as_store_open("/tmp", policy, &options, &untouched, ERR), AS_E_STORAGE, "'/tmp'", "is a directory");
  CHECK(untouched == (as_store*)1);
  remove_store(path);
}

/* HYPOTHETICAL TEST DATA: the 2027 notice is not published. The days the
 * law fixes on Gregorian dates, and Monday 2027-01-04 off, so that the
 * 2026-12-31 16:00 call's deadline moves a day; not the 2027 arrangement. */
static const char hypothetical_2027[] =
    "date,kind,name\n"
    "2027-01-01,holiday,New Year's Day (hypothetical test row)\n"
    "2027-01-04,holiday,New Year's Day bridge (hypothetical test row)\n"
    "2027-05-01,holiday,Labour Day (hypothetical test row)\n"
    "2027-05-02,holiday,Labour Day (hypothetical test row)\n"
    "2027-10-01,holiday,National Day (hypothetical test row)\n"
    "2027-10-02,holiday,National Day (hypothetical test row)\n"
    "2027-10-03,holiday,National Day (hypothetical test row)\n";

/* A deadline over a provisional year (issue 24): stored with the year,
 * shown in the columns, recomputed once by a writing open with a calendar
 * that publishes the year; a query-only open judges it and writes nothing. */
static void test_provisional(void) {
  as_calendar* statutory = NULL;
  as_calendar* published = NULL;
  as_policy* before = NULL;
  as_policy* after = NULL;
  as_store* store = NULL;
  as_call* call = NULL;
  as_call_info info;
  as_store_options options = AS_STORE_OPTIONS_INIT;
  as_store_recomputed r = AS_STORE_RECOMPUTED_INIT;
  as_store_recomputed small = AS_STORE_RECOMPUTED_INIT;
  int64_t now = test_sh(2027, 1, 6, 12, 0);
  char path[256], csv[256], id[AS_ID_SIZE];
  char* json = NULL;
  as_call_intake in;
  FILE* f;

  snprintf(path, sizeof path, "/tmp/aftersales_capi_provisional_%ld.db", (long)getpid());
  snprintf(csv, sizeof csv, "/tmp/aftersales_capi_hypothetical_2027_%ld.csv", (long)getpid());
  remove_store(path);
  f = fopen(csv, "wb");
  CHECK(f != NULL);
  fputs(hypothetical_2027, f);
  fclose(f);
  CHECK_OK(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_STATUTORY, NULL, &statutory, ERR));
  CHECK_OK(as_calendar_china_ex(NULL, 0, NULL, AS_PAST_HORIZON_STATUTORY, csv, &published, ERR));
  CHECK_OK(as_policy_default(statutory, &before, ERR));
  CHECK_OK(as_policy_default(published, &after, ERR));
  options.clock = fixed_now;
  options.clock_context = &now;

  /* 16:00-18:00, 1 January and the weekend off, 4 h on Monday 4 January. */
  CHECK_OK(as_store_open(path, before, &options, &store, ERR));
  CHECK_OK(as_store_recomputed_get(store, &r, ERR));
  CHECK_EQ_I64(r.calls, 0);
  CHECK_EQ_I64(r.first_year, 0);
  in = tv_call("SN-P", "urban", test_sh(2026, 12, 31, 16, 0));
  CHECK_OK(as_store_register_call(store, &in, id, ERR));
  CHECK_OK(as_store_dispatch(store, id, "T01", test_sh(2026, 12, 31, 17, 0), ERR));
  CHECK_OK(as_store_arrive(store, id, test_sh(2027, 1, 5, 10, 0), ERR)); /* late, for now */
  info = info_of(store, id, &call);
  CHECK_EQ_I64(info.deadline_unix_s, test_sh(2027, 1, 4, 14, 0));
  CHECK_EQ_I64(info.sla_met, 0);
  as_call_destroy(call);
  CHECK_OK(as_store_calls_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"provisional_year\":[2027]");
  as_free(json);
  CHECK_OK(as_store_dispatches_json(store, NULL, NULL, &json, ERR)); /* the visit carries it too */
  CHECK_STR_CONTAINS(json, "\"provisional_year\":[2027]");
  as_free(json);
  as_store_close(store);

  /* Query-only with the published year: judged with it, nothing written. */
  options.mode = AS_STORE_OPEN_QUERY_ONLY;
  CHECK_OK(as_store_open(path, after, &options, &store, ERR));
  CHECK_OK(as_store_recomputed_get(store, &r, ERR));
  CHECK_EQ_I64(r.calls, 0);
  CHECK_OK(as_store_calls_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"provisional_year\":[null]");
  CHECK_STR_CONTAINS(json, "\"sla_met\":[true]");
  as_free(json);
  CHECK_OK(as_store_dispatches_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"provisional_year\":[null]");
  CHECK_STR_CONTAINS(json, "\"sla_met\":[true]");
  as_free(json);
  as_store_close(store);
  CHECK_OK(as_store_open(path, before, &options, &store, ERR));
  CHECK_OK(as_store_calls_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"provisional_year\":[2027]"); /* still stored */
  CHECK_STR_CONTAINS(json, "\"sla_met\":[false]");
  as_free(json);
  CHECK_OK(as_store_dispatches_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"provisional_year\":[2027]");
  as_free(json);
  as_store_close(store);

  /* A writing open recomputes once: the deadline, the verdict, the flag. */
  options.mode = AS_STORE_OPEN_MUST_EXIST;
  CHECK_OK(as_store_open(path, after, &options, &store, ERR));
  small.size = sizeof(size_t);
  CHECK_ERR(as_store_recomputed_get(store, &small, ERR), AS_E_INVALID_ARGUMENT, "out.size", "AS_STORE_RECOMPUTED_INIT");
  CHECK_OK(as_store_recomputed_get(store, &r, ERR));
  CHECK_EQ_I64(r.calls, 1);
  CHECK_EQ_I64(r.deadlines, 1);
  CHECK_EQ_I64(r.verdicts, 1);
  CHECK_EQ_I64(r.first_year, 2027);
  CHECK_EQ_I64(r.last_year, 2027);
  info = info_of(store, id, &call);
  CHECK_EQ_I64(info.deadline_unix_s, test_sh(2027, 1, 5, 14, 0));
  CHECK_EQ_I64(info.sla_met, 1);
  as_call_destroy(call);
  as_store_close(store);
  CHECK_OK(as_store_open(path, after, &options, &store, ERR));
  CHECK_OK(as_store_recomputed_get(store, &r, ERR));
  CHECK_EQ_I64(r.calls, 0); /* once */
  as_store_close(store);
  /* Stored: the old calendar now reads the recomputed row as it is. */
  options.mode = AS_STORE_OPEN_QUERY_ONLY;
  CHECK_OK(as_store_open(path, before, &options, &store, ERR));
  CHECK_OK(as_store_calls_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"provisional_year\":[null]");
  CHECK_STR_CONTAINS(json, "\"sla_met\":[true]");
  as_free(json);
  as_store_close(store);

  as_policy_destroy(before);
  as_policy_destroy(after);
  as_calendar_destroy(statutory);
  as_calendar_destroy(published);
  remove(csv);
  remove_store(path);
}

int main(void) {
  as_calendar* cal = NULL;
  as_policy* policy = NULL;
  as_policy* again = NULL;
  as_store* store = NULL;
  as_store* untouched = (as_store*)1;
  as_call* call = NULL;
  as_call_info info;
  as_store_options options = AS_STORE_OPTIONS_INIT;
  int64_t now = test_sh(2025, 11, 20, 12, 0);
  char path[256];
  char id[AS_ID_SIZE], ids[3 * AS_ID_SIZE], queue[3 * AS_ID_SIZE];
  char receipt[32];
  char* json = NULL;
  size_t n = 0, needed = 0;
  as_call_intake in, batch[2];

  snprintf(path, sizeof path, "/tmp/aftersales_capi_store_%ld.db", (long)getpid());
  remove_store(path);
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cal, ERR));
  CHECK_OK(as_policy_default(cal, &policy, ERR));
  CHECK_OK(as_policy_to_json(policy, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"revisit_days\": 30");
  CHECK_OK(as_policy_from_json(json, NULL, &again, ERR));
  as_free(json);
  as_policy_destroy(again);
  CHECK_ERR(as_policy_from_json("{\"warranty\": \"sambao\"}", cal, &again, ERR), AS_E_NOT_FOUND, "warranty", "sambao");

  options.clock = fixed_now;
  options.clock_context = &now;
  CHECK_OK(as_store_open(path, policy, &options, &store, ERR));
  CHECK(as_store_schema_version() >= 1);

  /* Thursday 2025-10-09 10:00, urban: due 17:00; free under the 1-year warranty. */
  in = tv_call("SN-1", "urban", test_sh(2025, 10, 9, 10, 0));
  CHECK_OK(as_store_register_call(store, &in, id, ERR));
  CHECK_EQ_I64(strlen(id), 36);
  info = info_of(store, id, &call);
  CHECK(strcmp(info.voucher, "V-main-2510-000001") == 0);
  CHECK(strcmp(info.category, "free") == 0);
  CHECK_EQ_I64(info.deadline_unix_s, test_sh(2025, 10, 9, 17, 0));
  CHECK_EQ_I64(info.state, AS_CALL_REGISTERED);
  CHECK(info.technician == NULL);
  CHECK_EQ_I64(info.sla_met, -1);
  CHECK(strcmp(info.centre, "main") == 0);
  as_call_destroy(call);

  /* Bad input names the C field and leaves the file unchanged. */
  in = tv_call("SN-2", "rural", test_sh(2025, 10, 9, 11, 0));
  CHECK_ERR(as_store_register_call(store, &in, id, ERR), AS_E_NOT_FOUND, "intake.zone: ", "rural");
  in = tv_call("SN-2", "urban", test_sh(2025, 11, 21, 9, 0));
  CHECK_ERR(as_store_register_call(store, &in, id, ERR), AS_E_INVALID_ARGUMENT, "intake.received_unix_s: ", "future");
  in = tv_call("SN-2", "urban", test_sh(2025, 10, 9, 11, 0));
  in.purchased_yyyymmdd = 20251301;
  CHECK_ERR(as_store_register_call(store, &in, id, ERR), AS_E_PARSE, "intake.purchased_yyyymmdd: ", "20251301");
  in = tv_call("SN-2", "urban", test_sh(2025, 10, 9, 11, 0));
  in.customer = NULL;
  CHECK_ERR(as_store_register_call(store, &in, id, ERR), AS_E_INVALID_ARGUMENT, "intake.customer: ", "NULL");
  batch[0] = tv_call("SN-3", "urban", test_sh(2025, 10, 9, 11, 0));
  batch[1] = tv_call("SN-4", "downtown", test_sh(2025, 10, 9, 11, 0));
  CHECK_ERR(as_store_register_calls(store, batch, 2, ids, ERR), AS_E_NOT_FOUND, "calls[1].zone", "downtown");
  batch[1] = tv_call("SN-4", "suburban", test_sh(2025, 10, 9, 11, 30));
  CHECK_OK(as_store_register_calls(store, batch, 2, ids, ERR));
  info = info_of(store, ids + AS_ID_SIZE, &call);
  CHECK(strcmp(info.voucher, "V-main-2510-000003") == 0); /* the refused batch used no number */
  as_call_destroy(call);

  /* The visit: dispatch, a pause, arrival, completion, a survey. */
  CHECK_ERR(as_store_arrive(store, id, test_sh(2025, 10, 9, 12, 0), ERR), AS_E_STATE, "call", "dispatched");
  CHECK_ERR(as_store_dispatch(store, "no-such-call", "T01", test_sh(2025, 10, 9, 11, 0), ERR), AS_E_NOT_FOUND, "call_id",
            "no-such-call");
  CHECK_OK(as_store_dispatch(store, id, "T01", test_sh(2025, 10, 9, 10, 30), ERR));
  CHECK_OK(as_store_pause(store, id, test_sh(2025, 10, 9, 11, 0), "customer not at home", ERR));
  CHECK_ERR(as_store_resume(store, id, test_sh(2025, 10, 9, 10, 0), ERR), AS_E_INVALID_ARGUMENT, "at_unix_s", "before");
  CHECK_OK(as_store_resume(store, id, test_sh(2025, 10, 9, 14, 0), ERR)); /* 11-12, 13-14: 2 h: due 19:00 -> Fri 10:00 */
  CHECK_OK(as_store_arrive(store, id, test_sh(2025, 10, 9, 17, 30), ERR));
  info = info_of(store, id, &call);
  CHECK_EQ_I64(info.deadline_unix_s, test_sh(2025, 10, 10, 10, 0));
  CHECK_EQ_I64(info.sla_met, 1);
  CHECK(strcmp(info.technician, "T01") == 0);
  as_call_destroy(call);
  CHECK_ERR(as_store_record_survey(store, id, 4, 4, 4, 4, "customer", test_sh(2025, 10, 10, 9, 0), ERR), AS_E_STATE, "call",
            "completed");
  CHECK_OK(as_store_complete_on_site(store, id, test_sh(2025, 10, 9, 18, 0), 1, ERR));
  CHECK_ERR(as_store_record_survey(store, id, 4, 5, 4, 4, "customer", test_sh(2025, 10, 10, 9, 0), ERR),
            AS_E_INVALID_ARGUMENT, "skill", "5");
  CHECK_ERR(as_store_record_survey(store, id, 4, 4, 4, 4, "T01", test_sh(2025, 10, 10, 9, 0), ERR), AS_E_INVALID_ARGUMENT,
            "respondent", "T01");
  CHECK_OK(as_store_record_survey(store, id, 4, 4, 3, 4, "customer", test_sh(2025, 10, 10, 9, 0), ERR));
  CHECK_ERR(as_store_record_survey(store, id, 4, 4, 3, 4, "customer", test_sh(2025, 10, 10, 9, 0), ERR), AS_E_STATE, "call",
            "survey");

  /* A carry-in repair. */
  CHECK_OK(as_store_dispatch(store, ids, "T02", test_sh(2025, 10, 9, 12, 0), ERR));
  CHECK_OK(as_store_arrive(store, ids, test_sh(2025, 10, 9, 14, 0), ERR));
  CHECK_OK(as_store_carry_in(store, ids, test_sh(2025, 10, 9, 15, 0), 20251016, receipt, sizeof receipt, &needed, ERR));
  CHECK(strcmp(receipt, "R-main-2510-00001") == 0);
  CHECK_EQ_I64(needed, 18); /* the number carries the centre (service.numbering) */
  CHECK_OK(as_store_record_labour(store, ids, "W07", 20251010, HOURS(2), "replaced the flyback", ERR));
  CHECK_ERR(as_store_record_labour(store, ids, "W07", 20251010, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "worked_s", "0");
  CHECK_OK(as_store_record_part(store, ids, "flyback transformer", 1, 12000, ERR));
  CHECK_ERR(as_store_record_part(store, ids, "screw", 1, -1, ERR), AS_E_INVALID_ARGUMENT, "unit_price_fen", "-1");
  CHECK_OK(as_store_return_goods(store, ids, test_sh(2025, 10, 15, 10, 0), 1, ERR));
  info = info_of(store, ids, &call);
  CHECK_EQ_I64(info.state, AS_CALL_RETURNED);
  CHECK_EQ_I64(info.completed_unix_s, test_sh(2025, 10, 15, 10, 0));
  as_call_destroy(call);

  /* The queue: only the suburban call waits (due 11:30 + 7 h = Fri 10:30). */
  CHECK_OK(as_store_queue(store, test_sh(2025, 10, 9, 12, 0), NULL, 0, &n, ERR));
  CHECK_EQ_I64(n, 1);
  CHECK_OK(as_store_queue(store, test_sh(2025, 10, 9, 12, 0), queue, 3, &n, ERR));
  CHECK(strcmp(queue, ids + AS_ID_SIZE) == 0);
  CHECK_OK(as_store_queue(store, test_sh(2025, 10, 9, 11, 45), queue, 3, &n, ERR));
  CHECK_EQ_I64(n, 2); /* before T02 was dispatched at 12:00 */
  CHECK_ERR(as_store_queue(store, test_sh(2025, 10, 9, 11, 45), queue, 1, &n, ERR), AS_E_INVALID_ARGUMENT, "cap", "1");

  /* A complaint about the first call: numbered, stepped, rebuilt. */
  {
    as_complaint_intake ci = AS_COMPLAINT_INTAKE_INIT;
    as_complaint* c = NULL;
    as_complaint* again_c = NULL;
    as_complaint_info ci_info = AS_COMPLAINT_INFO_INIT;
    as_complaint_info again_info = AS_COMPLAINT_INFO_INIT;
    const char* parties[] = {"manufacturing", "rnd"};
    const int64_t ratios[] = {7000, 3000};
    const int64_t bad_ratios[] = {7000, 2000};
    int32_t check = -1;
    int64_t deducted = -1, carried = -1;
    ci.received_unix_s = test_sh(2025, 10, 9, 10, 0);
    ci.kind = AS_COMPLAINT_QUALITY;
    ci.severity = AS_SEVERITY_SERIOUS;
    ci.call_id = id;
    CHECK_OK(as_store_open_complaint(store, &ci, &c, ERR));
    CHECK_OK(as_complaint_describe(c, &ci_info, ERR));
    CHECK(strcmp(ci_info.number, "2510-01") == 0); /* seeds/002 (8): YYMM-xx */
    CHECK(strcmp(ci_info.first_reviewer, "vice_president") == 0);
    as_complaint_destroy(c);
    ci.call_id = "no-such-call";
    CHECK_ERR(as_store_open_complaint(store, &ci, &c, ERR), AS_E_NOT_FOUND, "intake.call_id: ", "no-such-call");
    /* Codes outside an enumeration are refused by its table: one past the last value, and negative. */
    ci.call_id = NULL;
    ci.kind = AS_COMPLAINT_SUGGESTION + 1;
    CHECK_ERR(as_store_open_complaint(store, &ci, &c, ERR), AS_E_INVALID_ARGUMENT, "intake.kind: ", "4 is not an AS_COMPLAINT_* value");
    ci.kind = AS_COMPLAINT_QUALITY;
    ci.severity = -1;
    CHECK_ERR(as_store_open_complaint(store, &ci, &c, ERR), AS_E_INVALID_ARGUMENT, "severity", "0 serious, 1 general");
    ci.severity = AS_SEVERITY_SERIOUS;
    ci.market = AS_MARKET_FOREIGN + 1;
    CHECK_ERR(as_store_open_complaint(store, &ci, &c, ERR), AS_E_INVALID_ARGUMENT, "market", "2 is not an AS_MARKET_* value");
    ci.market = AS_MARKET_DOMESTIC;
    ci.call_id = NULL;
    ci.received_unix_s = test_sh(2025, 11, 21, 9, 0);
    CHECK_ERR(as_store_open_complaint(store, &ci, &c, ERR), AS_E_INVALID_ARGUMENT, "received_unix_s", "future");
    /* Registration (after intake): 1/2 day, due 14:00. */
    CHECK_OK(as_store_advance_complaint(store, "2510-01", test_sh(2025, 10, 9, 13, 0), &c, ERR));
    CHECK_OK(as_complaint_describe(c, &ci_info, ERR));
    CHECK(strcmp(ci_info.stage, "quality_investigation") == 0);
    CHECK_OK(as_store_complaint(store, "2510-01", &again_c, ERR));
    CHECK_OK(as_complaint_describe(again_c, &again_info, ERR));
    CHECK(strcmp(again_info.stage, "quality_investigation") == 0);
    CHECK_EQ_I64(again_info.history_count, 2); /* intake (seeds/002 (9)1), then registration */
    as_complaint_destroy(again_c);
    as_complaint_destroy(c);
    CHECK_ERR(as_store_advance_complaint(store, "2510-99", test_sh(2025, 10, 9, 13, 0), &c, ERR), AS_E_NOT_FOUND, "number",
              "2510-99");
    CHECK_ERR(as_store_confirm_responsibility(store, "2510-01", 2, parties, bad_ratios, &c, ERR), AS_E_INVALID_ARGUMENT,
              "ratios", "90 %");
    CHECK_OK(as_store_confirm_responsibility(store, "2510-01", 2, parties, ratios, &c, ERR));
    as_complaint_destroy(c);
    /* Reminders: the investigation (1 day from 13:00) is overdue on Friday 15:00. */
    CHECK_OK(as_store_complaint_reminders_json(store, test_sh(2025, 10, 10, 15, 0), &json, ERR));
    CHECK_STR_CONTAINS(json, "\"number\": \"2510-01\"");
    CHECK_STR_CONTAINS(json, "\"stage\": \"quality_investigation\"");
    as_free(json);
    CHECK_OK(as_store_record_return(store, "2510-01", AS_RETURN_KIND_RETURN, 100, 106, 350000, NULL, &check, ERR));
    CHECK_EQ_I64(check, AS_RETURN_FLAG);
    CHECK_ERR(as_store_record_return(store, "2510-01", 9, 100, 100, 0, NULL, &check, ERR), AS_E_INVALID_ARGUMENT, "kind",
              "9");
    /* Found invalid: no return any more. */
    CHECK_OK(as_store_close_complaint_invalid(store, "2510-01", test_sh(2025, 10, 10, 16, 0), "not our product", &c, ERR));
    CHECK_OK(as_complaint_describe(c, &ci_info, ERR));
    CHECK_EQ_I64(ci_info.invalid, 1);
    as_complaint_destroy(c);
    CHECK_ERR(as_store_record_return(store, "2510-01", AS_RETURN_KIND_ALLOWANCE, 1, 1, 100, NULL, &check, ERR),
              AS_E_STATE, "number", "invalid");
    /* The customer rejects the finding: 2511-01, linked. */
    CHECK_OK(as_store_reject_complaint(store, "2510-01", test_sh(2025, 11, 3, 9, 0), NULL, &c, ERR));
    CHECK_OK(as_complaint_describe(c, &ci_info, ERR));
    CHECK(strcmp(ci_info.number, "2511-01") == 0);
    CHECK(strcmp(ci_info.original_number, "2510-01") == 0);
    as_complaint_destroy(c);
    /* Penalties: 2,500 yuan against a 2,000 yuan bonus, on the re-opened
     * form (the invalid one charges nobody). */
    CHECK_ERR(as_store_charge_penalty(store, "wang", 2025, 10, 1, "2510-01", ERR), AS_E_STATE, "case_number", "invalid");
    CHECK_OK(as_store_charge_penalty(store, "wang", 2025, 11, 250000, "2511-01", ERR));
    CHECK_ERR(as_store_charge_penalty(store, "wang", 2025, 10, 1, "2509-01", ERR), AS_E_NOT_FOUND, "case_number",
              "2509-01");
    CHECK_ERR(as_store_charge_penalty(store, "wang", 2025, 10, 1, "2511-01", ERR), AS_E_INVALID_ARGUMENT, "month",
              "before complaint");
    CHECK_ERR(as_store_charge_penalty(store, "wang", 2025, 13, 1, "2511-01", ERR), AS_E_INVALID_ARGUMENT, "month", "13");
    CHECK_OK(as_store_settle_penalties(store, "wang", 2025, 11, 200000, &deducted, &carried, ERR));
    CHECK_EQ_I64(deducted, 100000);
    CHECK_EQ_I64(carried, 150000);
    CHECK_ERR(as_store_settle_penalties(store, "wang", 2025, 11, 200000, &deducted, &carried, ERR), AS_E_STATE, "month",
              "2025-11");
  }

  /* Contracts, costs and day reports. */
  {
    as_contract_intake m = AS_CONTRACT_INTAKE_INIT;
    as_contract_intake x = AS_CONTRACT_INTAKE_INIT;
    as_call_intake old = tv_call("OLD-1", "urban", test_sh(2025, 10, 13, 9, 0));
    char old_id[AS_ID_SIZE];
    const char* causes[] = {"environment"};
    m.number = "M-001";
    m.customer = "Wang Fang";
    m.phone = "13800000001";
    m.address = "1 Renmin Road";
    m.product = "colour_tv";
    m.serial = "OLD-1";
    m.purchased_yyyymmdd = 20230105;
    m.start_yyyymmdd = 20250101;
    m.end_yyyymmdd = 20251231;
    CHECK_OK(as_store_add_contract(store, &m, ERR));
    CHECK_ERR(as_store_add_contract(store, &m, ERR), AS_E_INVALID_ARGUMENT, "contract.number: ", "M-001");
    old.purchased_yyyymmdd = 20230105;
    CHECK_OK(as_store_register_call(store, &old, old_id, ERR));
    info = info_of(store, old_id, &call);
    CHECK(strcmp(info.category, "contract") == 0);
    as_call_destroy(call);
    x = m;
    x.number = "X-001";
    x.serial = "OLD-2";
    x.extended = 1;
    x.years = 9;
    x.extra_causes = causes;
    x.n_extra_causes = 1;
    CHECK_ERR(as_store_add_contract(store, &x, ERR), AS_E_INVALID_ARGUMENT, "start_yyyymmdd", "extended warranty");
    x.start_yyyymmdd = x.end_yyyymmdd = 0; /* it starts when the maker's warranty ends */
    CHECK_ERR(as_store_add_contract(store, &x, ERR), AS_E_INVALID_ARGUMENT, "years", "9");
    x.years = 2;
    CHECK_OK(as_store_add_contract(store, &x, ERR));
    m.number = "M-003";
    m.extra_causes = causes;
    m.n_extra_causes = 1;
    CHECK_ERR(as_store_add_contract(store, &m, ERR), AS_E_INVALID_ARGUMENT, "extra_causes", "maintenance contract");
    m.extra_causes = NULL;
    m.n_extra_causes = 0;
    m.start_yyyymmdd = 0;
    CHECK_ERR(as_store_add_contract(store, &m, ERR), AS_E_INVALID_ARGUMENT, "contract.start_yyyymmdd: ", "missing");
    m.start_yyyymmdd = 20250101;
    m.number = "M-002";
    m.end_yyyymmdd = 20241231;
    CHECK_ERR(as_store_add_contract(store, &m, ERR), AS_E_INVALID_ARGUMENT, "end_yyyymmdd", "before the start");
    CHECK_OK(as_store_issue_expiry_notices_json(store, 20251130, &json, ERR));
    CHECK(strcmp(json, "[\"M-001\"]") == 0);
    as_free(json);
    CHECK_OK(as_store_issue_expiry_notices_json(store, 20251130, &json, ERR));
    CHECK(strcmp(json, "[]") == 0); /* issued once */
    as_free(json);
    CHECK_OK(as_store_renew_contract(store, "M-001", "M-001b", 1, 0, 0, ERR));
    CHECK_ERR(as_store_renew_contract(store, "M-001", "M-001c", 1, 0, 0, ERR), AS_E_STATE, "number", "already renewed");

    CHECK_OK(as_store_set_region(store, "main", "east", ERR));
    CHECK_OK(as_store_set_budget(store, "main", 2025, 10, "labour", 6000000, ERR));
    CHECK_OK(as_store_record_cost(store, "main", 2025, 10, "labour", 6500000, "salaries", ERR));
    CHECK_ERR(as_store_record_cost(store, "main", 2025, 10, "marketing", 1, NULL, ERR), AS_E_NOT_FOUND, "kind", "marketing");
    CHECK_ERR(as_store_set_budget(store, "main", 2025, 10, "labour", -1, ERR), AS_E_INVALID_ARGUMENT, "amount_fen", "-1");
    CHECK_OK(as_store_cost_report_json(store, 2025, 10, &json, ERR));
    CHECK_STR_CONTAINS(json, "\"actual_fen\": 6500000");
    CHECK_STR_CONTAINS(json, "\"budget_fen\": 6000000");
    CHECK_STR_CONTAINS(json, "\"region\": \"east\"");
    as_free(json);
    /* The labour lines of 10-10: W07's 2 h on the carried-in TV (free). */
    CHECK_OK(as_store_day_report_json(store, 20251010, "W07", NULL, &json, ERR));
    CHECK_STR_CONTAINS(json, "\"worked_s\": 7200");
    CHECK_STR_CONTAINS(json, "\"category\": \"free\"");
    as_free(json);
    CHECK_OK(as_store_day_report_json(store, 20251010, NULL, "main", &json, ERR));
    CHECK_STR_CONTAINS(json, "\"technician\": \"W07\"");
    as_free(json);
    CHECK_ERR(as_store_day_report_json(store, 20251310, NULL, NULL, &json, ERR), AS_E_PARSE, "day_yyyymmdd", "20251310");
  }

  /* The month's report as JSON. */
  CHECK_OK(as_store_month_report_json(store, 2025, 10, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"month\": \"2025-10\"");
  CHECK_STR_CONTAINS(json, "\"calls\": 4");
  CHECK_STR_CONTAINS(json, "\"completed\": 2");
  CHECK_STR_CONTAINS(json, "\"technician\": \"T01\"");
  as_free(json);
  CHECK_ERR(as_store_month_report_json(store, 2025, 13, NULL, &json, ERR), AS_E_INVALID_ARGUMENT, "month", "2025-13");

  /* Calls, complaints and the penalty ledger as columns. */
  {
    const int64_t from = test_sh(2025, 10, 9, 0, 0), to = test_sh(2025, 10, 10, 0, 0);
    CHECK_OK(as_store_calls_json(store, &from, &to, &json, ERR));
    CHECK_STR_CONTAINS(json, "\"voucher\":[\"V-main-2510-000001\",\"V-main-2510-000002\",\"V-main-2510-000003\"]");
    CHECK_STR_CONTAINS(json, "\"technician\":[\"T01\",\"T02\",null]");
    CHECK_STR_CONTAINS(json, "\"sla_met\":[true,true,null]");
    CHECK_STR_CONTAINS(json, "\"state\":[\"completed\",\"returned\",\"registered\"]");
    /* "No value" is null, exactly as before the C++ columns carried masks
     * (issue 25): each column that can lack a value, byte for byte. */
    CHECK_STR_CONTAINS(json, "\"dispatched\":[1759977000,1759982400,null]");
    CHECK_STR_CONTAINS(json, "\"arrived\":[1760002200,1759989600,null]");
    CHECK_STR_CONTAINS(json, "\"completed\":[1760004000,1760493600,null]");
    CHECK_STR_CONTAINS(json, "\"deadline\":[1760061600,1760004000,1760063400]");
    CHECK_STR_CONTAINS(json, "\"received\":[1759975200,1759978800,1759980600]");
    CHECK_STR_CONTAINS(json, "\"signed_off\":[true,true,null]");
    CHECK_STR_CONTAINS(json, "\"provisional_year\":[null,null,null]");
    CHECK_STR_CONTAINS(json, id);
    as_free(json);
    CHECK_OK(as_store_dispatches_json(store, &from, &to, &json, ERR)); /* the two dispatched; T01's paused 11:00-14:00 */
    CHECK_STR_CONTAINS(json, "\"technician\":[\"T01\",\"T02\"]");
    CHECK_STR_CONTAINS(json, "\"pauses\":[1,0]");
    CHECK_STR_CONTAINS(json, "\"paused_s\":[7200,0]"); /* 11-12 and 13-14: two working hours */
    CHECK_STR_CONTAINS(json, "\"arrived\":[1760002200,1759989600]");
    CHECK_STR_CONTAINS(json, "\"completed\":[1760004000,1760493600]");
    CHECK_STR_CONTAINS(json, "\"dispatched\":[1759977000,1759982400]");
    CHECK_STR_CONTAINS(json, "\"sla_met\":[true,true]");
    CHECK_STR_CONTAINS(json, "\"signed_off\":[true,true]");
    CHECK_STR_CONTAINS(json, "\"provisional_year\":[null,null]");
    as_free(json);
    CHECK_OK(as_store_surveys_json(store, NULL, NULL, &json, ERR));
    CHECK_STR_CONTAINS(json, "\"arrival\":[3]");
    CHECK_STR_CONTAINS(json, "\"month\":[\"2025-10\"]");
    CHECK_STR_CONTAINS(json, "\"respondent\":[\"customer\"]");
    as_free(json);
    CHECK_OK(as_store_calls_json(store, &to, NULL, &json, ERR)); /* from 10-10 on: the contract unit's call */
    CHECK_STR_CONTAINS(json, "\"voucher\":[\"V-main-2510-000004\"]");
    as_free(json);
    CHECK_OK(as_store_calls_json(store, NULL, &from, &json, ERR));
    CHECK_STR_CONTAINS(json, "\"id\":[]");
    as_free(json);
    CHECK_OK(as_store_complaints_json(store, NULL, NULL, &json, ERR));
    CHECK_STR_CONTAINS(json, "\"number\":[\"2510-01\",\"2511-01\"]");
    CHECK_STR_CONTAINS(json, "\"original_number\":[null,\"2510-01\"]");
    CHECK_STR_CONTAINS(json, "\"invalid\":[true,false]");
    CHECK_STR_CONTAINS(json, "\"closed_at\":[1760083200,null]");
    CHECK_STR_CONTAINS(json, "\"on_time\":[true,null]");
    CHECK_STR_CONTAINS(json, "\"rejections\":[0,1]");
    {
      char call_ids[2 * AS_ID_SIZE + 32];
      snprintf(call_ids, sizeof call_ids, "\"call_id\":[\"%s\",\"%s\"]", id, id);
      CHECK_STR_CONTAINS(json, call_ids);
    }
    as_free(json);
    CHECK_OK(as_store_penalty_events_json(store, "wang", &json, ERR));
    CHECK_STR_CONTAINS(json, "\"kind\":[\"charge\",\"settle\"]");
    CHECK_STR_CONTAINS(json, "\"amount_fen\":[250000,200000]");
    CHECK_STR_CONTAINS(json, "\"carried_fen\":[null,150000]");
    CHECK_STR_CONTAINS(json, "\"case_number\":[\"2511-01\",null]");
    CHECK_STR_CONTAINS(json, "\"deducted_fen\":[null,100000]");
    as_free(json);
    CHECK_OK(as_store_penalty_events_json(store, "nobody", &json, ERR));
    CHECK_STR_CONTAINS(json, "\"person\":[]");
    as_free(json);
    CHECK_ERR(as_store_calls_json(store, NULL, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_json", "NULL");
  }
  as_store_close(store);

  /* Reopened: the records are there. */
  CHECK_OK(as_store_open(path, policy, &options, &store, ERR));
  info = info_of(store, id, &call);
  CHECK_EQ_I64(info.state, AS_CALL_COMPLETED);
  CHECK_EQ_I64(info.signed_off, 1);
  as_call_destroy(call);
  as_store_close(store);
  options.reserved0 = 1;
  CHECK_ERR(as_store_open(path, policy, &options, &untouched, ERR), AS_E_INVALID_ARGUMENT, "options.reserved0", "0");
  CHECK(untouched == (as_store*)1);
  CHECK_ERR(as_store_open("/nonexistent-dir/x.db", policy, NULL, &untouched, ERR), AS_E_STORAGE, "path", "x.db");
  as_store_close(NULL);
  test_modes_imports_and_months(policy);
  test_arrays_at_callers_stride(policy);
  test_provisional();

  as_policy_destroy(policy);
  as_calendar_destroy(cal);
  remove_store(path);
  return 0;
}
