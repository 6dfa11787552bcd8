/* Approval by authority level and improvement actions through the C ABI
 * (issue 29; seeds/002 (九)6 依核決權限, (九)11, (七)3(5) 效果確認, (九)7
 * 人為疏忽免列案追蹤). Plain C99. */
#include "store_fixture.h"

#include <string.h>

/* A complaint received 2025-10-09 10:00, advanced at each stage deadline up
 * to the approval stage; its number to number (16 bytes). */
static void at_approval(as_store* store, char* number) {
  as_complaint_intake ci = AS_COMPLAINT_INTAKE_INIT;
  as_complaint* c = NULL;
  as_complaint_info info = AS_COMPLAINT_INFO_INIT;
  ci.received_unix_s = test_sh(2025, 10, 9, 10, 0);
  CHECK_OK(as_store_open_complaint(store, &ci, &c, ERR));
  CHECK_OK(as_complaint_describe(c, &info, ERR));
  snprintf(number, 16, "%s", info.number);
  while (strcmp(info.stage, "approval") != 0) {
    /* Left at its deadline, or as soon as entered when it has none. */
    const int64_t at = info.has_stage_deadline ? info.stage_deadline_unix_s : info.stage_entered_unix_s;
    as_complaint_destroy(c);
    CHECK_OK(as_store_advance_complaint(store, number, at, &c, ERR));
    CHECK_OK(as_complaint_describe(c, &info, ERR));
  }
  CHECK(strcmp(info.stage, "approval") == 0);
  as_complaint_destroy(c);
}

int main(void) {
  store_fixture fx;
  as_store* store = NULL;
  char number[16], other[16];
  char id[AS_ID_SIZE], id2[AS_ID_SIZE];
  char* json = NULL;
  as_decision_line lines[2] = {AS_DECISION_LINE_INIT, AS_DECISION_LINE_INIT};
  as_approval_intake a = AS_APPROVAL_INTAKE_INIT;
  as_improvement_intake im = AS_IMPROVEMENT_INTAKE_INIT;

  fixture_open(&fx, "approval", NULL);
  store = fx.store;
  at_approval(store, number);

  /* 6000.00 compensation + 10 x 600.00 returned goods = 12000.00 yuan. */
  lines[0].kind = AS_COMMITMENT_COMPENSATION;
  lines[0].unit_price_fen = 600000;
  lines[1].kind = AS_COMMITMENT_RETURNED_GOODS;
  lines[1].quantity = 10;
  lines[1].unit_price_fen = 60000;
  a.level = "sales_manager";
  a.approver = "Li Ming";
  a.at_unix_s = test_sh(2025, 10, 21, 16, 0);
  a.lines = lines;
  a.line_count = 2;
  /* Below the level needed (九)11: refused naming it; nothing written. */
  CHECK_ERR(as_store_approve_complaint(store, number, &a, &json, ERR), AS_E_INVALID_ARGUMENT, "approval.level: ",
            "12000.00 yuan needs vice_president");
  CHECK_OK(as_store_complaint_approval_json(store, number, &json, ERR));
  CHECK(strcmp(json, "null") == 0);
  as_free(json);
  a.level = "chairman";
  CHECK_ERR(as_store_approve_complaint(store, number, &a, &json, ERR), AS_E_NOT_FOUND, "approval.level: ", "chairman");
  a.level = "vice_president";
  lines[1].quantity = 0;
  CHECK_ERR(as_store_approve_complaint(store, number, &a, &json, ERR), AS_E_INVALID_ARGUMENT,
            "approval.lines[1].quantity: ", "below 1");
  lines[1].quantity = 10;
  lines[1].unit_price_fen = -1;
  CHECK_ERR(as_store_approve_complaint(store, number, &a, &json, ERR), AS_E_INVALID_ARGUMENT,
            "approval.lines[1].unit_price_fen: ", "negative");
  lines[1].unit_price_fen = 60000;
  lines[1].kind = 3;
  CHECK_ERR(as_store_approve_complaint(store, number, &a, &json, ERR), AS_E_INVALID_ARGUMENT,
            "approval.lines[1].kind: ", "AS_COMMITMENT_*");
  lines[1].kind = AS_COMMITMENT_RETURNED_GOODS;
  a.at_unix_s = test_sh(2025, 11, 21, 9, 0);
  CHECK_ERR(as_store_approve_complaint(store, number, &a, &json, ERR), AS_E_INVALID_ARGUMENT, "approval.at_unix_s: ",
            "future");
  a.at_unix_s = test_sh(2025, 10, 21, 16, 0);
  CHECK_ERR(as_store_approve_complaint(store, "2510-99", &a, &json, ERR), AS_E_NOT_FOUND, "number: ", "2510-99");
  CHECK_ERR(as_store_approve_complaint(store, number, NULL, &json, ERR), AS_E_INVALID_ARGUMENT, "approval: ", "NULL");
  {
    /* The stage is closed by an approval: the new deciding advance refuses
     * it; as_store_advance_complaint keeps its 0.2.0 meaning and closes it
     * without one (the header's Stability block). */
    as_complaint* c = NULL;
    as_complaint_info info = AS_COMPLAINT_INFO_INIT;
    char legacy[16];
    CHECK_ERR(as_store_advance_complaint_deciding(store, number, test_sh(2025, 10, 21, 16, 0), 0, NULL, NULL, &c, ERR),
              AS_E_STATE, "complaint: ", "approve_complaint");
    at_approval(store, legacy);
    CHECK_OK(as_store_advance_complaint(store, legacy, test_sh(2025, 10, 21, 16, 0), &c, ERR));
    CHECK_OK(as_complaint_describe(c, &info, ERR));
    CHECK(info.closed == 1);
    as_complaint_destroy(c);
    CHECK_OK(as_store_complaint_approval_json(store, legacy, &json, ERR));
    CHECK(strcmp(json, "null") == 0);
    as_free(json);
  }

  CHECK_OK(as_store_approve_complaint(store, number, &a, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"amount_fen\":1200000");
  CHECK_STR_CONTAINS(json, "\"required_level\":\"vice_president\"");
  CHECK_STR_CONTAINS(json, "\"approver\":\"Li Ming\"");
  CHECK_STR_CONTAINS(json, "\"kind\":\"returned_goods\"");
  as_free(json);
  CHECK_OK(as_store_complaint_approval_json(store, number, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"level\":\"vice_president\"");
  as_free(json);
  /* The approval closed the stage: a second one is refused. */
  CHECK_ERR(as_store_approve_complaint(store, number, &a, &json, ERR), AS_E_STATE, "complaint: ", "closed");

  /* Improvements (七)3(5): open, found ineffective and reopened, confirmed. */
  im.action = "torque check on line 3 every shift";
  im.owner = "manufacturing";
  im.due_yyyymmdd = 20251031;
  im.opened_unix_s = test_sh(2025, 10, 22, 9, 0);
  CHECK_OK(as_store_open_improvement(store, number, &im, id, ERR));
  im.due_yyyymmdd = 20251020;
  CHECK_ERR(as_store_open_improvement(store, number, &im, id2, ERR), AS_E_INVALID_ARGUMENT,
            "improvement.due_yyyymmdd: ", "before the improvement is opened");
  im.due_yyyymmdd = 20251031;
  im.opened_unix_s = test_sh(2025, 11, 22, 9, 0);
  CHECK_ERR(as_store_open_improvement(store, number, &im, id2, ERR), AS_E_INVALID_ARGUMENT,
            "improvement.opened_unix_s: ", "future");
  /* The new one opens at the finding (opened_unix_s is not read). */
  im.due_yyyymmdd = 20251102;
  CHECK_ERR(as_store_reopen_improvement(store, id, "quality_management", test_sh(2025, 11, 3, 9, 0), &im, id2, ERR),
            AS_E_INVALID_ARGUMENT, "reopened.due_yyyymmdd: ", "before");
  im.due_yyyymmdd = 20251130;
  CHECK_OK(as_store_reopen_improvement(store, id, "quality_management", test_sh(2025, 11, 3, 9, 0), &im, id2, ERR));
  CHECK_ERR(as_store_confirm_improvement(store, id, "qm", test_sh(2025, 11, 4, 9, 0), ERR), AS_E_STATE,
            "improvement: ", "ineffective already");
  CHECK_ERR(as_store_confirm_improvement(store, "nope", "qm", test_sh(2025, 11, 4, 9, 0), ERR), AS_E_NOT_FOUND, "id: ",
            "nope");
  CHECK_ERR(as_store_confirm_improvement(store, id2, "qm", test_sh(2025, 11, 21, 9, 0), ERR), AS_E_INVALID_ARGUMENT,
            "at_unix_s: ", "future");
  /* Overdue: the end of the due day passed, the judge's verdict. */
  CHECK_OK(as_store_open_improvements_json(store, test_sh(2025, 11, 20, 12, 0), 1, &json, ERR));
  CHECK(strcmp(json, "[]") == 0);
  as_free(json);
  CHECK_OK(as_store_open_improvements_json(store, test_sh(2025, 11, 1, 0, 0), 1, &json, ERR));
  CHECK_STR_CONTAINS(json, id); /* due 10-31, still open on 11-01 then */
  as_free(json);
  CHECK_OK(as_store_confirm_improvement(store, id2, "quality_management", test_sh(2025, 11, 18, 15, 0), ERR));
  CHECK_OK(as_store_improvements_json(store, number, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"state\":\"ineffective\"");
  CHECK_STR_CONTAINS(json, "\"state\":\"confirmed\"");
  CHECK_STR_CONTAINS(json, "\"reopens\":\"");
  as_free(json);
  /* October's statistics (due 11-10): the first improvement was closed on
   * 11-03, the second open and not yet due at the end of 11-10. */
  CHECK_OK(as_store_improvement_statistics_json(store, 2025, 10, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"due\": \"2025-11-10\"");
  CHECK_STR_CONTAINS(json, id2);
  CHECK_STR_CONTAINS(json, "\"overdue\": []");
  as_free(json);
  CHECK_ERR(as_store_improvement_statistics_json(store, 2025, 13, &json, ERR), AS_E_INVALID_ARGUMENT, "month", "");
  CHECK_OK(as_store_improvements_json(store, NULL, &json, ERR));
  CHECK(json[0] == '[');
  as_free(json);

  /* (九)7 人為疏忽免列案追蹤: an exempt case takes no improvement. */
  at_approval(store, other);
  CHECK_ERR(as_store_exempt_from_tracking(store, other, 1, "gm", test_sh(2025, 10, 10, 9, 0), ERR),
            AS_E_INVALID_ARGUMENT, "reason: ", "AS_TRACKING_EXEMPT_*");
  CHECK_ERR(as_store_exempt_from_tracking(store, number, AS_TRACKING_EXEMPT_HUMAN_NEGLIGENCE, "gm",
                                          test_sh(2025, 10, 10, 9, 0), ERR),
            AS_E_STATE, "number: ", "on record");
  CHECK_OK(as_store_exempt_from_tracking(store, other, AS_TRACKING_EXEMPT_HUMAN_NEGLIGENCE, "general_manager_office",
                                         test_sh(2025, 10, 10, 9, 0), ERR));
  CHECK_OK(as_store_tracking_exemption_json(store, other, &json, ERR));
  CHECK_STR_CONTAINS(json, "\"reason\":\"human_negligence\"");
  as_free(json);
  im.opened_unix_s = test_sh(2025, 10, 22, 9, 0);
  CHECK_ERR(as_store_open_improvement(store, other, &im, id2, ERR), AS_E_STATE, "number: ", "exempt from tracking");
  CHECK_OK(as_store_tracking_exemption_json(store, number, &json, ERR));
  CHECK(strcmp(json, "null") == 0);
  as_free(json);

  fixture_close(&fx);
  puts("capi approval: ok");
  return 0;
}
