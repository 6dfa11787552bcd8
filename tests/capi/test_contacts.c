/* Issue 29 items 5 and 6 through the C API: the complaining customer told
 * and visited (seeds/002 家電 (二十六): 情節重大者…函告該客戶, 一般性質者…以書面或
 * 電話通知; (二十八): 無論其情節大小, 均應由服務主任親自或專門派員前往處理) and
 * administrative penalties on record (行政處罰準則 (五): 警告一次,罰扣400元以上;
 * 大過以上者,當月效益獎金全額罰扣; 投訴 (十二)1: 人事公布單). */
#include "store_fixture.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Opens a complaint received at `received` and advances it a day at a time
 * until it is closed; its number to number_buf (16 bytes). */
static void closed_complaint(as_store* store, int64_t received, int32_t severity, char* number_buf) {
  as_complaint_intake ci = AS_COMPLAINT_INTAKE_INIT;
  as_complaint* c = NULL;
  as_complaint_info info = AS_COMPLAINT_INFO_INIT;
  int64_t at = received;
  ci.received_unix_s = received;
  ci.kind = AS_COMPLAINT_QUALITY;
  ci.severity = severity;
  CHECK_OK(as_store_open_complaint(store, &ci, &c, ERR));
  CHECK_OK(as_complaint_describe(c, &info, ERR));
  snprintf(number_buf, 16, "%s", info.number);
  while (strcmp(info.stage, "closed") != 0) {
    as_complaint_destroy(c);
    at += 86400;
    CHECK_OK(as_store_advance_complaint(store, number_buf, at, &c, ERR));
    CHECK_OK(as_complaint_describe(c, &info, ERR));
  }
  as_complaint_destroy(c);
}

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  char general[16], serious[16], id[AS_ID_SIZE];
  char* json = NULL;
  as_contact k = AS_CONTACT_INIT;
  as_admin_penalty p = AS_ADMIN_PENALTY_INIT;
  as_penalty_settlement s = AS_PENALTY_SETTLEMENT_INIT;

  fixture_open(&fx, "contacts", NULL);
  store = fx.store;
  closed_complaint(store, test_sh(2025, 11, 3, 10, 0), AS_SEVERITY_GENERAL, general);
  closed_complaint(store, test_sh(2025, 11, 4, 10, 0), AS_SEVERITY_SERIOUS, serious);

  /* (二十八): the visit, not before the complaint was received. */
  k.number = general;
  k.kind = AS_CONTACT_KIND_VISIT;
  k.how = AS_CONTACT_HOW_VISIT;
  k.by = "supervisor_zhou";
  k.at_unix_s = test_sh(2025, 11, 3, 9, 0);
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.at_unix_s: ",
            "before complaint");
  k.at_unix_s = test_sh(2025, 11, 3, 15, 0);
  k.how = AS_CONTACT_HOW_PHONE;
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.how: ", "in person");
  k.how = 7;
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.how: ",
            "0 letter, 1 phone, 2 visit");
  k.how = AS_CONTACT_HOW_VISIT;
  k.kind = 9; /* codes are checked as everywhere in the C API (capi::enum_in) */
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.kind: ",
            "9 is not an AS_CONTACT_KIND_* value");
  k.kind = AS_CONTACT_KIND_VISIT;
  k.by = NULL;
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.by: ", "NULL");
  k.by = "supervisor_zhou";
  k.number = "2511-99";
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_NOT_FOUND, "contact.number: ", "2511-99");
  k.number = general;
  CHECK_OK(as_store_record_contact(store, &k, id, ERR));
  CHECK_EQ_I64((int64_t)strlen(id), AS_ID_SIZE - 1);

  /* (二十六): the result by phone for a general case, by letter for a serious one. */
  k.kind = AS_CONTACT_KIND_NOTIFICATION;
  k.how = AS_CONTACT_HOW_PHONE;
  k.at_unix_s = test_sh(2025, 11, 19, 10, 0);
  k.note = "customer accepts the replacement";
  CHECK_OK(as_store_record_contact(store, &k, id, ERR));
  k.number = serious;
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.how: ", "by letter");
  /* (9)11: no amount beyond the approval; closed here with none recorded. */
  k.how = AS_CONTACT_HOW_LETTER;
  k.has_amount = 1;
  k.amount_fen = 100;
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.amount_fen: ",
            "1.00 yuan for complaint");
  k.amount_fen = -1;
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.amount_fen: ", "negative");
  k.has_amount = 0;
  k.reserved0 = 1;
  CHECK_ERR(as_store_record_contact(store, &k, id, ERR), AS_E_INVALID_ARGUMENT, "contact.reserved0: ", "must be 0");
  k.reserved0 = 0;
  CHECK_OK(as_store_contacts_json(store, general, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"amount_fen\":null");
  CHECK_STR_CONTAINS(json, "\"kind\":\"visit\"");
  CHECK_STR_CONTAINS(json, "\"how\":\"phone\"");
  CHECK_STR_CONTAINS(json, "\"note\":\"customer accepts the replacement\"");
  as_free(json);
  json = NULL;

  /* The month's statistics: the serious case was neither visited nor told. */
  CHECK_OK(as_store_contact_statistics_json(store, 2025, 11, &json, ERR));
  CHECK(strstr(json, "\"unvisited\":[\"") != NULL);
  CHECK(strstr(json, general) == NULL);
  CHECK_STR_CONTAINS(json, serious);
  as_free(json);
  json = NULL;

  /* Administrative penalties: a warning at the minimum x count, a major demerit. */
  p.person = "wang";
  p.case_number = general;
  p.offence = "late_delivery";
  p.kind = AS_ADMIN_WARNING;
  p.count = 2;
  p.notice_number = "HR-2511-03";
  p.notice_yyyymmdd = 20251120;
  p.year = 2025;
  p.month = 11;
  p.has_amount = 1;
  p.amount_fen = 79999;
  CHECK_ERR(as_store_record_admin_penalty(store, &p, id, ERR), AS_E_INVALID_ARGUMENT, "penalty.amount_fen: ",
            "below the minimum");
  p.has_amount = 0;
  p.notice_yyyymmdd = 20251102;
  CHECK_ERR(as_store_record_admin_penalty(store, &p, id, ERR), AS_E_INVALID_ARGUMENT, "penalty.notice_yyyymmdd: ",
            "before complaint");
  p.notice_yyyymmdd = 20251131; /* read as every C date is (date_from_yyyymmdd) */
  CHECK_ERR(as_store_record_admin_penalty(store, &p, id, ERR), AS_E_PARSE, "penalty.notice_yyyymmdd: ",
            "'20251131' is not a valid date");
  p.notice_yyyymmdd = 20251120;
  p.offence = "rudeness";
  CHECK_ERR(as_store_record_admin_penalty(store, &p, id, ERR), AS_E_INVALID_ARGUMENT, "penalty.offence: ", "rudeness");
  p.offence = "late_delivery";
  CHECK_OK(as_store_record_admin_penalty(store, &p, id, ERR));
  p.kind = AS_ADMIN_MAJOR;
  p.count = 1;
  p.case_number = serious;
  p.has_amount = 1;
  p.amount_fen = 100;
  CHECK_ERR(as_store_record_admin_penalty(store, &p, id, ERR), AS_E_INVALID_ARGUMENT, "penalty.amount_fen: ",
            "major demerit");
  p.has_amount = 0;
  CHECK_OK(as_store_record_admin_penalty(store, &p, id, ERR));
  CHECK_OK(as_store_admin_penalties_json(store, "wang", &json, ERR));
  CHECK_STR_CONTAINS(json, "\"amount_fen\":80000");
  CHECK_STR_CONTAINS(json, "\"amount_fen\":null");
  CHECK_STR_CONTAINS(json, "\"notice_date\":\"2025-11-20\"");
  as_free(json);
  json = NULL;

  /* The settlement: the major demerit takes the whole bonus, the warning
   * on top goes uncollected, nothing is carried from them. */
  CHECK_OK(as_store_charge_penalty(store, "wang", 2025, 11, 50000, general, ERR));
  CHECK_OK(as_store_settle_penalties_admin(store, "wang", 2025, 11, 200000, &s, ERR));
  CHECK_EQ_I64(s.admin_deducted_fen, 200000);
  CHECK_EQ_I64(s.admin_uncollected_fen, 80000);
  CHECK_EQ_I64(s.cap_fen, 0);
  CHECK_EQ_I64(s.deducted_fen, 0);
  CHECK_EQ_I64(s.carried_fen, 50000);
  p.kind = AS_ADMIN_WARNING;
  CHECK_ERR(as_store_record_admin_penalty(store, &p, id, ERR), AS_E_STATE, "penalty.month: ", "settled");
  s.size = 4;
  CHECK_ERR(as_store_settle_penalties_admin(store, "wang", 2025, 12, 200000, &s, ERR), AS_E_INVALID_ARGUMENT,
            "out.size", "AS_PENALTY_SETTLEMENT_INIT");

  fixture_close(&fx);
  puts("capi contacts: ok");
  return 0;
}
