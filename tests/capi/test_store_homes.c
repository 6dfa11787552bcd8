/* Homes in the store through the C API (issue 27): the intake with both
 * dates, and the guarantee-expiry notices of seed 001 section 六 (五)
 * (公告住房保修期届满的业主, 及时检查发现问题), issued once per home and part at
 * the later end of the owner's guarantee (1998 art. 5, from handover) and
 * the contractor's (建设工程质量管理条例 art. 40, from completion acceptance). */
#include "store_fixture.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

static as_home_intake home(const char* serial) {
  as_home_intake h = AS_HOME_INTAKE_INIT;
  h.owner = "Li Na";
  h.phone = "13900000002";
  h.address = "3-2-1201 Jinqiao Garden";
  h.serial = serial;
  h.completed_yyyymmdd = 20230630;
  h.handover_yyyymmdd = 20240301;
  h.design_life_years = 50;
  h.repairer = "Jinqiao Property Repairs";
  return h;
}

static size_t occurrences(const char* text, const char* needle) {
  size_t n = 0;
  const char* p = text;
  while ((p = strstr(p, needle)) != NULL) ++n, p += strlen(needle);
  return n;
}

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  char id[AS_ID_SIZE];
  char* json = NULL;
  as_home_intake h;

  fixture_open(&fx, "homes", "{\"warranty\": \"housing\"}");
  store = fx.store;

  /* Bad input names the member and the value; nothing is written. */
  h = home("3-2-1201");
  h.handover_yyyymmdd = 20230629; /* the 住宅质量保证书 is given at handover, after acceptance */
  CHECK_ERR(as_store_add_home(store, &h, id, ERR), AS_E_INVALID_ARGUMENT, "home.handover_yyyymmdd",
            "2023-06-29 is before completion acceptance 2023-06-30");
  h = home("3-2-1201");
  h.product = "colour_tv";
  CHECK_ERR(as_store_add_home(store, &h, id, ERR), AS_E_NOT_FOUND, "home.product", "colour_tv");
  h = home("3-2-1201");
  h.design_life_years = 0; /* 条例 art. 40(一): the design documents give it */
  CHECK_ERR(as_store_add_home(store, &h, id, ERR), AS_E_INVALID_ARGUMENT, "home.design_life_years", "is missing");
  h = home("3-2-1201");
  h.repairer = "Acme\nRepairs";
  CHECK_ERR(as_store_add_home(store, &h, id, ERR), AS_E_INVALID_ARGUMENT, "home.repairer", "control character");
  h = home("3-2-1201");
  h.owner = NULL;
  CHECK_ERR(as_store_add_home(store, &h, id, ERR), AS_E_INVALID_ARGUMENT, "home.owner", "NULL");
  h = home("3-2-1201");
  h.reserved0 = 1;
  CHECK_ERR(as_store_add_home(store, &h, id, ERR), AS_E_INVALID_ARGUMENT, "home.reserved0", "0");
  h = home("3-2-1201");
  h.completed_yyyymmdd = 20231331;
  CHECK_ERR(as_store_add_home(store, &h, id, ERR), AS_E_PARSE, "home.completed_yyyymmdd", "20231331");
  CHECK_ERR(as_store_add_home(store, NULL, id, ERR), AS_E_INVALID_ARGUMENT, "home", "NULL");
  CHECK_OK(as_store_issue_housing_expiry_notices_json(store, 20250531, &json, ERR));
  CHECK(strcmp(json, "[]") == 0);
  as_free(json);

  /* A home: completion 2023-06-30, handover 2024-03-01. */
  h = home("3-2-1201");
  CHECK_OK(as_store_add_home(store, &h, id, ERR));
  CHECK(strlen(id) == AS_ID_SIZE - 1);
  CHECK_ERR(as_store_add_home(store, &h, id, ERR), AS_E_INVALID_ARGUMENT, "home.serial", "already a home");

  /* 30 days (notice_days) before 2025-06-30, the end of the contractor's 2
   * years (art. 40(四)), which outlast the owner's 1 year, 6 or 2 months. */
  CHECK_OK(as_store_issue_housing_expiry_notices_json(store, 20250531, &json, NULL));
  CHECK_EQ_I64(occurrences(json, "\"ends\":\"2025-06-30\""), 7);
  CHECK_EQ_I64(occurrences(json, "\"guarantee\":\"contractor\""), 7);
  CHECK_STR_CONTAINS(json, "\"part\":\"pipe_blockage\"");
  CHECK_STR_CONTAINS(json, "\"repairer\":\"Jinqiao Property Repairs\"");
  CHECK_STR_CONTAINS(json, "\"issued_on\":\"2025-05-31\"");
  as_free(json);
  /* Issued once. */
  CHECK_OK(as_store_issue_housing_expiry_notices_json(store, 20250601, &json, ERR));
  CHECK(strcmp(json, "[]") == 0);
  as_free(json);
  CHECK_ERR(as_store_issue_housing_expiry_notices_json(store, 20250230, &json, ERR), AS_E_PARSE,
            "on_yyyymmdd", "20250230");
  CHECK_ERR(as_store_issue_housing_expiry_notices_json(store, 20250601, NULL, ERR), AS_E_INVALID_ARGUMENT,
            "out_json", "NULL");

  fixture_close(&fx);
  puts("capi homes: ok");
  return 0;
}
