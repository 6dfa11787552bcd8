/* Administrative penalties on the store-less penalty ledger through the C API
 * (issue 29 item 6, review29 finding 7): as_penalty_ledger_penalize and
 * as_penalty_ledger_settle_admin, the faces of C++ PenaltyLedger::penalize.
 * 客戶投訴行政處罰準則 (五)3: 大過以上者,當月效益獎金全額罰扣 — a major
 * demerit takes the whole month's bonus at once; the 50 % cap (客戶投訴經濟
 * 處罰準則 (三)4) is for the complaint deductions only, so an administrative
 * penalty is never spread over two months. Amounts in fen, by hand. */
#include "check.h"

#include <string.h>

static as_penalty_settlement settle(as_penalty_ledger* l, const char* person, int32_t year, int32_t month,
                                    int64_t bonus) {
  as_penalty_settlement s = AS_PENALTY_SETTLEMENT_INIT;
  CHECK_OK(as_penalty_ledger_settle_admin(l, person, year, month, bonus, &s, ERR));
  return s;
}

int main(void) {
  as_penalty_policy* policy = NULL;
  as_penalty_ledger* l = NULL;
  as_admin_charge a = AS_ADMIN_CHARGE_INIT;
  as_penalty_settlement s;
  int64_t cap_ppm = 0, deducted = -1, carried = -1, fen = -1;
  size_t n = 0;

  CHECK_OK(as_penalty_policy_default(&policy, ERR));
  CHECK_OK(as_penalty_policy_cap_ppm(policy, &cap_ppm, ERR));
  CHECK_EQ_I64(cap_ppm, 500000);
  CHECK_OK(as_penalty_ledger_create(cap_ppm, &l, ERR));

  /* (五)3: a major demerit and a 1,000.00 complaint charge in November,
   * bonus 3,000.00: the demerit takes all 3,000.00; the complaint charge
   * gets nothing this month (its cap is what is left, 0) and is carried
   * whole, not the demerit. */
  CHECK_OK(as_penalty_ledger_charge(l, "wang", 2025, 11, 100000, "2511-0001", ERR));
  a.person = "wang";
  a.case_id = "2511-0002";
  a.kind = AS_ADMIN_MAJOR;
  a.year = 2025;
  a.month = 11;
  CHECK_OK(as_penalty_ledger_penalize(l, &a, ERR));
  s = settle(l, "wang", 2025, 11, 300000);
  CHECK_EQ_I64(s.bonus_fen, 300000);
  CHECK_EQ_I64(s.admin_deducted_fen, 300000);
  CHECK_EQ_I64(s.admin_uncollected_fen, 0);
  CHECK_EQ_I64(s.cap_fen, 0);
  CHECK_EQ_I64(s.deducted_fen, 0);
  CHECK_EQ_I64(s.carried_fen, 100000);
  /* December: no penalty left over; the charge within 50 % of 3,000.00. */
  s = settle(l, "wang", 2025, 12, 300000);
  CHECK_EQ_I64(s.admin_deducted_fen, 0);
  CHECK_EQ_I64(s.cap_fen, 150000);
  CHECK_EQ_I64(s.deducted_fen, 100000);
  CHECK_EQ_I64(s.carried_fen, 0);
  CHECK_OK(as_penalty_ledger_lines(l, "wang", 2025, 12, NULL, 0, &n, ERR));
  CHECK_EQ_I64(n, 1);

  /* A warning of 400.00 with a 2,000.00 charge, bonus 3,000.00: the warning
   * whole and first, the charge up to the cap 1,500.00 (the cap is of the
   * whole bonus, not reduced by the warning), 500.00 carried. Together
   * 1,900.00: more than 50 %, as the cap does not cover the warning. */
  CHECK_OK(as_penalty_ledger_charge(l, "li", 2025, 11, 200000, "2511-0003", ERR));
  a.person = "li";
  a.case_id = "2511-0004";
  a.kind = AS_ADMIN_WARNING;
  a.amount_fen = 40000;
  CHECK_OK(as_penalty_ledger_penalize(l, &a, ERR));
  s = settle(l, "li", 2025, 11, 300000);
  CHECK_EQ_I64(s.admin_deducted_fen, 40000);
  CHECK_EQ_I64(s.cap_fen, 150000);
  CHECK_EQ_I64(s.deducted_fen, 150000);
  CHECK_EQ_I64(s.carried_fen, 50000);

  /* A warning on top of a major demerit: the bonus is gone; the rest is
   * uncollected, never carried. */
  a.person = "zhou";
  a.kind = AS_ADMIN_MAJOR;
  a.amount_fen = 0;
  CHECK_OK(as_penalty_ledger_penalize(l, &a, ERR));
  a.kind = AS_ADMIN_MINOR;
  a.count = 2;
  a.amount_fen = 160000;
  CHECK_OK(as_penalty_ledger_penalize(l, &a, ERR));
  s = settle(l, "zhou", 2025, 11, 250000);
  CHECK_EQ_I64(s.admin_deducted_fen, 250000);
  CHECK_EQ_I64(s.admin_uncollected_fen, 160000);
  CHECK_EQ_I64(s.carried_fen, 0);
  CHECK_OK(as_penalty_ledger_outstanding(l, "zhou", &fen, ERR));
  CHECK_EQ_I64(fen, 0);
  a.count = 1;

  /* as_penalty_ledger_settle (0.2.0) gives the complaint deductions only. */
  CHECK_OK(as_penalty_ledger_charge(l, "zhao", 2025, 11, 100000, "2511-0005", ERR));
  a.person = "zhao";
  a.kind = AS_ADMIN_WARNING;
  a.amount_fen = 40000;
  CHECK_OK(as_penalty_ledger_penalize(l, &a, ERR));
  CHECK_OK(as_penalty_ledger_settle(l, "zhao", 2025, 11, 300000, &deducted, &carried, ERR));
  CHECK_EQ_I64(deducted, 100000);
  CHECK_EQ_I64(carried, 0);

  /* Refusals name the member as the caller reaches it; nothing changes. */
  a.person = "qian";
  a.kind = AS_ADMIN_MAJOR;
  a.amount_fen = 100;
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.amount_fen: ", "major demerit");
  a.kind = AS_ADMIN_WARNING;
  a.amount_fen = -1;
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.amount_fen: ", "");
  a.amount_fen = 40000;
  a.kind = 7;
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.kind: ", "AS_ADMIN_*");
  a.kind = AS_ADMIN_WARNING;
  a.count = 0;
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.count: ", "1..1000");
  a.count = 1;
  a.month = 13;
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.month: ", "2025-13");
  a.month = 11;
  a.person = NULL;
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.person: ", "NULL");
  a.person = "";
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.person: ", "empty");
  a.person = "qian";
  a.case_id = "";
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.case_id: ", "empty");
  a.case_id = "2511-0006";
  a.size = 4;
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_INVALID_ARGUMENT, "charge.size", "");
  a.size = sizeof a;
  CHECK_ERR(as_penalty_ledger_penalize(l, NULL, ERR), AS_E_INVALID_ARGUMENT, "charge: ", "NULL");
  CHECK_ERR(as_penalty_ledger_penalize(NULL, &a, ERR), AS_E_INVALID_ARGUMENT, "ledger: ", "NULL");
  /* wang's November and December are settled: a penalty is taken whole in
   * its own month, never moved to a later one. */
  a.person = "wang";
  a.year = 2025;
  a.month = 11;
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_STATE, "charge.month: ", "taken whole in its own month");
  CHECK_ERR(as_penalty_ledger_penalize(l, &a, ERR), AS_E_STATE, "charge.month: ", "settled 2025-12");
  /* qian was never penalized: her month settles with nothing taken. */
  s = settle(l, "qian", 2025, 11, 300000);
  CHECK_EQ_I64(s.admin_deducted_fen, 0);
  s.size = 4;
  CHECK_ERR(as_penalty_ledger_settle_admin(l, "qian", 2025, 12, 300000, &s, ERR), AS_E_INVALID_ARGUMENT, "out.size",
            "AS_PENALTY_SETTLEMENT_INIT");
  s.size = sizeof s;
  CHECK_ERR(as_penalty_ledger_settle_admin(l, "qian", 2025, 12, -1, &s, ERR), AS_E_INVALID_ARGUMENT, "bonus_fen: ", "");

  as_penalty_ledger_destroy(l);
  as_penalty_policy_destroy(policy);
  puts("capi ledger_admin: ok");
  return 0;
}
