/* Numbers a sync can carry, through the C API (issue 28; DESIGN.md: "numbers
 * carry the centre or are given centrally"). The C face of the policy's
 * service rules is its JSON document (as_policy_from_json / as_policy_to_json):
 * service.numbering is read, checked and written there like the older
 * members; the store's numbers follow it. */
#include "store_fixture.h"

#include <string.h>

/* The voucher of a new call of `centre` (NULL: the main centre). */
static void check_voucher(as_store* store, const char* serial, const char* centre, const char* expected) {
  char id[AS_ID_SIZE];
  as_call* call = NULL;
  as_call_info info = AS_CALL_INFO_INIT;
  as_call_intake in = tv_intake(serial, test_sh(2025, 10, 9, 10, 0));
  in.centre = centre;
  CHECK_OK(as_store_register_call(store, &in, id, ERR));
  CHECK_OK(as_store_call(store, id, &call, ERR));
  CHECK_OK(as_call_describe(call, &info, ERR));
  CHECK(strcmp(info.voucher, expected) == 0);
  as_call_destroy(call);
}

int main(void) {
  store_fixture fx;
  as_policy* own = NULL;
  char* json = NULL;

  /* Two centres, one month: each its own counter. */
  fixture_open(&fx, "numbering", NULL);
  check_voucher(fx.store, "SN-1", "main", "V-main-2510-000001");
  check_voucher(fx.store, "SN-2", "county", "V-county-2510-000001");
  check_voucher(fx.store, "SN-3", NULL, "V-main-2510-000002");
  /* The default templates are in the policy's document. */
  CHECK_OK(as_policy_to_json(fx.policy, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"numbering\"");
  CHECK_STR_CONTAINS(json, "\"voucher\": \"V-{centre}-{yymm}-{serial:6}\"");
  CHECK_STR_CONTAINS(json, "\"receipt\": \"R-{centre}-{yymm}-{serial:5}\"");
  CHECK_STR_CONTAINS(json, "\"invoice\": \"I-{centre}-{yymm}-{serial:5}\"");
  as_free(json);

  /* A template without the centre would repeat between tills: refused by name. */
  CHECK_ERR(as_policy_from_json("{\"service\": {\"numbering\": {\"invoice\": \"I{yymm}-{serial:5}\"}}}", fx.cal,
                                &own, ERR),
            AS_E_INVALID_ARGUMENT, "service.numbering.invoice", "{centre}");
  CHECK(own == NULL);
  CHECK_ERR(as_policy_from_json("{\"service\": {\"numbering\": {\"receipt\": \"R-{centre}-{yymm}-{serial:13}\"}}}",
                                fx.cal, &own, ERR),
            AS_E_INVALID_ARGUMENT, "service.numbering.receipt", "1..12");
  fixture_close(&fx);

  /* A company's own template, read from its document and written back. */
  fixture_open(&fx, "numbering", "{\"service\": {\"numbering\": {\"voucher\": \"SV{yymm}-{centre}-{serial:3}\"}}}");
  CHECK_OK(as_policy_to_json(fx.policy, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"voucher\": \"SV{yymm}-{centre}-{serial:3}\"");
  as_free(json);
  check_voucher(fx.store, "SN-1", "east", "SV2510-east-001");
  fixture_close(&fx);

  puts("capi numbering: ok");
  return 0;
}
