/* The complaint form through the C API (issue 29; seeds/002 kehu tousu
 * guanli banfa (9)1-6, (7)4(2)): the seed's stages (sales' intake before the
 * clock, R&D only when quality management or manufacturing calls for it),
 * the form's facts with quantities not yet determined, the entries each
 * stage writes (who, when, what), the register and the one judge.
 * China calendar, Beijing times: Thursday 2025-10-09 10:00 received. */
#include "store_fixture.h"

#include <stdio.h>
#include <string.h>

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  as_complaint* c = NULL;
  as_complaint* next = NULL;
  as_complaint_policy* cp = NULL;
  as_complaint_info info = AS_COMPLAINT_INFO_INIT;
  as_complaint_intake in = AS_COMPLAINT_INTAKE_INIT;
  as_complaint_form form = AS_COMPLAINT_FORM_INIT;
  as_complaint_entry entry = AS_COMPLAINT_ENTRY_INIT;
  const char* rnd[] = {"rnd"};
  const char* wrong[] = {"gm_check"};
  char number[AS_COMPLAINT_NUMBER_SIZE];
  char id[64];
  size_t needed = 0;
  int32_t standing = -1;
  char* json = NULL;

  fixture_open(&fx, "complaint_form", NULL);
  store = fx.store;
  in.received_unix_s = test_sh(2025, 10, 9, 10, 0);
  in.kind = AS_COMPLAINT_QUALITY;
  in.severity = AS_SEVERITY_GENERAL;
  in.market = AS_MARKET_DOMESTIC;
  CHECK_OK(as_store_open_complaint(store, &in, &c, ERR));
  CHECK_OK(as_complaint_describe(c, &info, ERR));
  CHECK(strcmp(info.stage, "registration") == 0); /* (9)1 intake is behind it */
  snprintf(number, sizeof number, "%s", info.number);

  /* The facts (9)1: quantity known, defective not yet; request pending. */
  form.part_number = "PN-4471";
  form.quantity = 1200;
  form.quantity_determined = 1;
  form.shipped_yyyymmdd = 20250928;
  form.request_pending = 1;
  form.sample_sent = 1;
  CHECK_OK(as_store_record_complaint_form(store, number, &form, "sales.li", test_sh(2025, 10, 9, 10, 30), ERR));
  CHECK_OK(as_store_complaint_form_json(store, number, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"defective_quantity\":null");
  CHECK_STR_CONTAINS(json, "\"shipped\":\"2025-09-28\"");
  CHECK_STR_CONTAINS(json, "\"recorded_by\":\"sales.li\"");
  as_free(json);
  /* Refusals name the member as the caller reaches it. */
  form.defective_quantity = 1300;
  form.defective_quantity_determined = 1;
  CHECK_ERR(as_store_record_complaint_form(store, number, &form, "sales.li", test_sh(2025, 10, 9, 11, 0), ERR),
            AS_E_INVALID_ARGUMENT, "form.defective_quantity", "1300");
  form.defective_quantity = 80;
  form.shipped_yyyymmdd = 20251332;
  CHECK_ERR(as_store_record_complaint_form(store, number, &form, "sales.li", test_sh(2025, 10, 9, 11, 0), ERR),
            AS_E_PARSE, "form.shipped_yyyymmdd", "20251332");
  form.shipped_yyyymmdd = 20250928;
  form.reserved = 1;
  CHECK_ERR(as_store_record_complaint_form(store, number, &form, "sales.li", test_sh(2025, 10, 9, 11, 0), ERR),
            AS_E_INVALID_ARGUMENT, "form.reserved", "1");
  form.reserved = 0;
  CHECK_ERR(as_store_record_complaint_form(store, number, &form, "sales.li", fx.now + 60, ERR), AS_E_INVALID_ARGUMENT,
            "at_unix_s", "future");
  CHECK_ERR(as_store_record_complaint_form(store, number, NULL, "sales.li", fx.now, ERR), AS_E_INVALID_ARGUMENT,
            "form", "NULL");

  /* Registration writes no cause; quality does. */
  entry.field = AS_COMPLAINT_FIELD_CAUSE;
  entry.text = "weld porosity";
  entry.author = "qm.zhang";
  entry.at_unix_s = test_sh(2025, 10, 9, 11, 0);
  CHECK_ERR(as_store_record_complaint_entry(store, number, &entry, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "entry.field", "writes nothing");
  CHECK_OK(as_store_advance_complaint(store, number, test_sh(2025, 10, 9, 14, 0), &next, ERR));
  as_complaint_destroy(next);
  entry.at_unix_s = test_sh(2025, 10, 9, 15, 0);
  CHECK_OK(as_store_record_complaint_entry(store, number, &entry, id, sizeof id, &needed, ERR));
  CHECK(needed == 37 && strlen(id) == 36);
  entry.field = 99;
  CHECK_ERR(as_store_record_complaint_entry(store, number, &entry, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "entry.field", "99");
  entry.field = AS_COMPLAINT_FIELD_COUNTERMEASURE;
  CHECK_ERR(as_store_record_complaint_entry(store, number, &entry, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "entry.field", "cause, responsibility");
  entry.field = AS_COMPLAINT_FIELD_CAUSE;
  entry.at_unix_s = test_sh(2025, 10, 9, 13, 0);
  CHECK_ERR(as_store_record_complaint_entry(store, number, &entry, NULL, 0, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "entry.at_unix_s", "before");

  /* Leaving quality, R&D called for (9)4; by whom is required. */
  CHECK_ERR(as_store_advance_complaint_deciding(store, number, test_sh(2025, 10, 10, 10, 0), 1, rnd, NULL, &next, ERR),
            AS_E_INVALID_ARGUMENT, "by", "empty");
  CHECK_ERR(as_store_advance_complaint_deciding(store, number, test_sh(2025, 10, 10, 10, 0), 1, wrong, "qm.zhang",
                                                &next, ERR),
            AS_E_INVALID_ARGUMENT, "call_for[0]", "gm_check");
  CHECK_OK(as_store_advance_complaint_deciding(store, number, test_sh(2025, 10, 10, 10, 0), 1, rnd, "qm.zhang", &next,
                                               ERR));
  as_complaint_destroy(next);
  CHECK_OK(as_store_advance_complaint(store, number, test_sh(2025, 10, 10, 11, 0), &next, ERR)); /* manufacturing */
  as_complaint_destroy(next);
  CHECK_OK(as_store_advance_complaint(store, number, test_sh(2025, 10, 10, 12, 0), &next, ERR)); /* managers_opinion */
  CHECK_OK(as_complaint_describe(next, &info, ERR));
  CHECK(strcmp(info.stage, "rnd") == 0);
  as_complaint_destroy(next);
  CHECK_OK(as_store_complaint_entries_json(store, number, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"field\":\"call_for\"");
  CHECK_STR_CONTAINS(json, "\"author\":\"qm.zhang\"");
  CHECK_STR_CONTAINS(json, "\"text\":\"weld porosity\"");
  as_free(json);

  /* The register: R&D at 2025-10-10 12:00 with 1 day: due 10-11 12:00
   * (Saturday 10-11 is a make-up working day). */
  CHECK_OK(as_store_complaint_register_json(store, NULL, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"stage\":[\"rnd\"]");
  CHECK_STR_CONTAINS(json, "\"part_number\":[\"PN-4471\"]");
  CHECK_STR_CONTAINS(json, "\"defective_quantity\":[null]");
  CHECK_STR_CONTAINS(json, "\"standing\":[\"overdue\"]"); /* 2025-11-20: past the 13 days */
  as_free(json);

  /* The judge through C: the complaint as opened, at its half-day deadline
   * (10:00-12:00 and 13:00-15:00: due 15:00; met exactly at it). */
  CHECK_OK(as_complaint_policy_default(fx.cal, &cp, ERR));
  CHECK_OK(as_complaint_standing(cp, c, test_sh(2025, 10, 9, 15, 0), &standing, ERR));
  CHECK(standing == AS_COMPLAINT_STANDING_ON_TIME);
  CHECK_OK(as_complaint_standing(cp, c, test_sh(2025, 10, 9, 15, 1), &standing, ERR));
  CHECK(standing == AS_COMPLAINT_STANDING_STAGE_OVERDUE);
  CHECK_ERR(as_complaint_standing(cp, c, 0, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_standing", "NULL");

  as_complaint_policy_destroy(cp);
  as_complaint_destroy(c);
  fixture_close(&fx);
  return 0;
}
