/* Bills, invoices and payments through the C API (issue 28). seeds/002
 * (十): 費用較低者 當場收費, 否則應于當天…開具發票; (十三): a paid carry-in repair
 * is invoiced the day the goods go back; 第三篇: 上門費用20元, 修理費用400元和
 * 零件費2000元, 總共2420元 — the seed's own figure, billed here. */
#include "store_fixture.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* An out-of-warranty TV (bought 2015): a paid (A) call. */
static as_call_intake tv_call(const char* serial, int64_t received) {
  as_call_intake in = tv_intake(serial, received);
  in.purchased_yyyymmdd = 20150105;
  return in;
}

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  int64_t as_of;
  char id[AS_ID_SIZE], small_id[AS_ID_SIZE], pay_id[AS_ID_SIZE];
  char* json = NULL;
  as_call_intake in;
  as_payment p = AS_PAYMENT_INIT;

  fixture_open(&fx, "billing", NULL);
  store = fx.store;

  /* 第三篇's home visit: call-out, a repair job, a 2000-yuan part. */
  in = tv_call("OLD-1", test_sh(2025, 11, 10, 9, 0));
  CHECK_OK(as_store_register_call(store, &in, id, ERR));
  CHECK_ERR(as_store_bill_call(store, id, test_sh(2025, 11, 10, 12, 0), &json, ERR), AS_E_STATE, "call", "registered");
  CHECK_OK(as_store_dispatch(store, id, "T01", test_sh(2025, 11, 10, 9, 10), ERR));
  CHECK_OK(as_store_arrive(store, id, test_sh(2025, 11, 10, 10, 0), ERR));
  CHECK_OK(as_store_record_labour(store, id, "T01", 20251110, 3600, "replace the main board", ERR));
  CHECK_OK(as_store_record_part(store, id, "main board", 1, 200000, ERR));
  CHECK_OK(as_store_complete_on_site(store, id, test_sh(2025, 11, 10, 11, 0), 1, ERR));
  CHECK_ERR(as_store_bill_call(store, id, test_sh(2025, 11, 10, 10, 30), &json, ERR), AS_E_INVALID_ARGUMENT,
            "at_unix_s", "before call");
  CHECK_OK(as_store_bill_call(store, id, test_sh(2025, 11, 10, 12, 0), &json, ERR));
  CHECK_STR_CONTAINS(json, "\"total_fen\":242000");
  CHECK_STR_CONTAINS(json, "\"settlement\":\"invoice\"");
  CHECK_STR_CONTAINS(json, "\"due_on\":\"2025-11-10\"");
  CHECK_STR_CONTAINS(json, "\"amount_fen\":2000,");
  CHECK_STR_CONTAINS(json, "\"amount_fen\":40000,");
  CHECK_STR_CONTAINS(json, "\"amount_fen\":200000,");
  as_free(json);
  json = NULL;
  CHECK_ERR(as_store_bill_call(store, id, test_sh(2025, 11, 10, 13, 0), &json, ERR), AS_E_STATE, "call",
            "billed already");
  CHECK(json == NULL);

  /* Not invoiced the day it was due: overdue the next day ((十)). */
  CHECK_OK(as_store_overdue_invoices_json(store, 20251111, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"due_on\":[\"2025-11-10\"]");
  as_free(json);
  CHECK_OK(as_store_issue_invoice(store, id, test_sh(2025, 11, 11, 9, 0), &json, ERR));
  CHECK_STR_CONTAINS(json, "\"invoice_number\":\"I-main-2511-00001\"");
  CHECK_STR_CONTAINS(json, "\"invoiced_on\":\"2025-11-11\"");
  as_free(json);
  CHECK_ERR(as_store_issue_invoice(store, id, test_sh(2025, 11, 11, 10, 0), &json, ERR), AS_E_STATE, "call",
            "invoiced already");
  CHECK_OK(as_store_overdue_invoices_json(store, 20251112, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"id\":[]");
  as_free(json);

  /* Payments: members named as the caller reaches them. */
  p.call_id = id;
  p.method = AS_PAYMENT_CASH;
  p.amount_fen = 100000;
  p.at_unix_s = test_sh(2025, 11, 11, 9, 30);
  CHECK_OK(as_store_record_payment(store, &p, pay_id, ERR));
  p.method = AS_PAYMENT_CARD;
  p.amount_fen = 142001;
  CHECK_ERR(as_store_record_payment(store, &p, pay_id, ERR), AS_E_INVALID_ARGUMENT, "payment.amount_fen",
            "is more than the 142000 fen (1420.00 yuan) still owed");
  p.amount_fen = 0;
  CHECK_ERR(as_store_record_payment(store, &p, pay_id, ERR), AS_E_INVALID_ARGUMENT, "payment.amount_fen", "0 fen");
  p.amount_fen = 1;
  p.method = 9;
  CHECK_ERR(as_store_record_payment(store, &p, pay_id, ERR), AS_E_INVALID_ARGUMENT, "payment.method", "9");
  p.method = AS_PAYMENT_TRANSFER;
  p.at_unix_s = test_sh(2025, 11, 21, 9, 0);
  CHECK_ERR(as_store_record_payment(store, &p, pay_id, ERR), AS_E_INVALID_ARGUMENT, "payment.at_unix_s",
            "in the future");
  p.at_unix_s = test_sh(2025, 11, 12, 9, 0);
  p.call_id = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";
  CHECK_ERR(as_store_record_payment(store, &p, pay_id, ERR), AS_E_NOT_FOUND, "payment.call_id", "no call");
  p.call_id = NULL;
  CHECK_ERR(as_store_record_payment(store, &p, pay_id, ERR), AS_E_INVALID_ARGUMENT, "payment.call_id", "NULL");
  p.call_id = id;
  p.size = 3;
  CHECK_ERR(as_store_record_payment(store, &p, pay_id, ERR), AS_E_INVALID_ARGUMENT, "payment.size", "3");
  p.size = sizeof p;
  p.amount_fen = 142000;
  CHECK_OK(as_store_record_payment(store, &p, pay_id, ERR));
  CHECK_OK(as_store_bill_json(store, id, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"owed_fen\":0");
  CHECK_STR_CONTAINS(json, "\"paid_fen\":242000");
  as_free(json);
  CHECK_OK(as_store_payments_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"method\":[\"cash\",\"transfer\"]");
  CHECK_STR_CONTAINS(json, "\"amount_fen\":[100000,142000]");
  as_free(json);

  /* A 20-yuan visit: collected on the spot ((十) 費用較低者). */
  in = tv_call("OLD-2", test_sh(2025, 11, 12, 9, 0));
  CHECK_OK(as_store_register_call(store, &in, small_id, ERR));
  CHECK_OK(as_store_dispatch(store, small_id, "T01", test_sh(2025, 11, 12, 9, 10), ERR));
  CHECK_OK(as_store_arrive(store, small_id, test_sh(2025, 11, 12, 10, 0), ERR));
  CHECK_OK(as_store_complete_on_site(store, small_id, test_sh(2025, 11, 12, 10, 30), 1, ERR));
  CHECK_OK(as_store_bill_call(store, small_id, test_sh(2025, 11, 12, 10, 30), &json, ERR));
  CHECK_STR_CONTAINS(json, "\"settlement\":\"on_the_spot\"");
  CHECK_STR_CONTAINS(json, "\"total_fen\":2000");
  as_free(json);

  /* Receivables as of an instant; the report's money per centre. */
  as_of = test_sh(2025, 11, 11, 12, 0);
  CHECK_OK(as_store_receivables_json(store, as_of, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"owed_fen\":[142000]");
  as_free(json);
  CHECK_OK(as_store_receivables_json(store, fx.now, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"owed_fen\":[2000]");
  as_free(json);
  CHECK_OK(as_store_bills_json(store, NULL, NULL, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"settlement\":[\"invoice\",\"on_the_spot\"]");
  as_free(json);
  CHECK_OK(as_store_month_report_json(store, 2025, 11, &as_of, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"billing_by_centre\"");
  CHECK_STR_CONTAINS(json, "\"collected_fen\": 100000");
  CHECK_STR_CONTAINS(json, "\"receivable_fen\": 142000");
  CHECK_STR_CONTAINS(json, "\"invoiced_fen\": 242000");
  as_free(json);
  CHECK_ERR(as_store_overdue_invoices_json(store, 20250230, &json, ERR), AS_E_PARSE, "on_yyyymmdd", "20250230");
  CHECK_ERR(as_store_bills_json(store, NULL, NULL, NULL, ERR), AS_E_INVALID_ARGUMENT, "out_json", "NULL");

  /* (六) B: a maintenance contract's own terms: this one charges the call-out
   * and covers labour and parts (the trailing members of as_contract_intake). */
  {
    as_contract_intake m = AS_CONTRACT_INTAKE_INIT;
    char own_id[AS_ID_SIZE];
    m.number = "M-OWN";
    m.customer = "Li Lei";
    m.phone = "13800000002";
    m.address = "8 Jiefang Road";
    m.product = "colour_tv";
    m.serial = "OWN-1";
    m.purchased_yyyymmdd = 20150105;
    m.start_yyyymmdd = 20250101;
    m.end_yyyymmdd = 20251231;
    m.extended = 1;
    m.start_yyyymmdd = m.end_yyyymmdd = 0;
    m.own_charges = 1;
    CHECK_ERR(as_store_add_contract(store, &m, ERR), AS_E_INVALID_ARGUMENT, "contract.own_charges", "extended warranty");
    m.extended = 0;
    m.start_yyyymmdd = 20250101;
    m.end_yyyymmdd = 20251231;
    m.pays_call_out = 1;
    CHECK_OK(as_store_add_contract(store, &m, ERR));
    in = tv_call("OWN-1", test_sh(2025, 11, 13, 9, 0));
    in.customer = "Li Lei";
    in.phone = "13800000002";
    CHECK_OK(as_store_register_call(store, &in, own_id, ERR));
    CHECK_OK(as_store_dispatch(store, own_id, "T01", test_sh(2025, 11, 13, 9, 10), ERR));
    CHECK_OK(as_store_arrive(store, own_id, test_sh(2025, 11, 13, 10, 0), ERR));
    CHECK_OK(as_store_record_labour(store, own_id, "T01", 20251113, 3600, NULL, ERR));
    CHECK_OK(as_store_record_part(store, own_id, "main board", 1, 200000, ERR));
    CHECK_OK(as_store_complete_on_site(store, own_id, test_sh(2025, 11, 13, 11, 0), 1, ERR));
    CHECK_OK(as_store_bill_call(store, own_id, test_sh(2025, 11, 13, 12, 0), &json, ERR));
    CHECK_STR_CONTAINS(json, "\"category\":\"contract\"");
    CHECK_STR_CONTAINS(json, "\"total_fen\":2000,");
    CHECK_STR_CONTAINS(json, "\"value_fen\":242000");
    as_free(json);
  }

  fixture_close(&fx);
  puts("capi billing: ok");
  return 0;
}
