/* as_split_*, as_penalty_policy_*, as_administrative_deduction,
 * as_assess_loss, as_reconcile_return, as_penalty_ledger_*: the money
 * rules of RULES.md section 5. */
#include "check.h"

static void test_splits(void) {
  const char* const three[] = {"a", "b", "c"};
  const int64_t equal[] = {1, 1, 1};
  const int64_t ratios[] = {3333, 3334, 3333};
  const int64_t bad[] = {6000, 3000, 1000 - 1};
  int64_t out[3] = {-1, -1, -1};
  /* 1 fen three ways: the first party takes it. */
  CHECK_OK(as_split_by_points(1, 3, three, equal, out, ERR));
  CHECK_EQ_I64(out[0], 1);
  CHECK_EQ_I64(out[1], 0);
  CHECK_EQ_I64(out[2], 0);
  CHECK_OK(as_split_by_ratios(10000, 3, three, ratios, out, ERR));
  CHECK_EQ_I64(out[0] + out[1] + out[2], 10000);
  CHECK_EQ_I64(out[1], 3334);
  out[0] = 77;
  CHECK_ERR(as_split_by_ratios(10000, 3, three, bad, out, ERR), AS_E_INVALID_ARGUMENT, "ratios", "99.99 %");
  CHECK_EQ_I64(out[0], 77); /* nothing written */
  {
    /* 120 % + 30 % and a lone 200 %: no ratio may be over 100 %. */
    const int64_t over[] = {12000, 3000, 0};
    const int64_t whole[] = {20000};
    CHECK_ERR(as_split_by_ratios(10000, 2, three, over, out, ERR), AS_E_INVALID_ARGUMENT, "ratios.a", "120 % is over 100 %");
    CHECK_ERR(as_split_by_ratios(10000, 1, three, whole, out, ERR), AS_E_INVALID_ARGUMENT, "ratios.a", "200 %");
    CHECK_EQ_I64(out[0], 77);
  }
  CHECK_ERR(as_split_by_points(-1, 3, three, equal, out, ERR), AS_E_INVALID_ARGUMENT, "amount", "-1");
  CHECK_ERR(as_split_by_points(1, 3, NULL, equal, out, ERR), AS_E_INVALID_ARGUMENT, "parties", "NULL");
}

static void test_policy(void) {
  as_penalty_policy* p = NULL;
  int64_t fen = 0, quantity = 0, cap = 0;
  int32_t check = -1, in_time = -1, deadline = 0;
  CHECK_OK(as_penalty_policy_default(&p, ERR));
  CHECK_OK(as_penalty_policy_cap_ppm(p, &cap, ERR));
  CHECK_EQ_I64(cap, 500000);
  CHECK_OK(as_administrative_deduction(p, AS_ADMIN_WARNING, 1, NULL, NULL, &fen, ERR));
  CHECK_EQ_I64(fen, 40000);
  CHECK_OK(as_administrative_deduction(p, AS_ADMIN_MINOR, 2, NULL, NULL, &fen, ERR));
  CHECK_EQ_I64(fen, 160000);
  {
    const int64_t bonus = 321050, decided = 50000, too_little = 39999;
    CHECK_OK(as_administrative_deduction(p, AS_ADMIN_MAJOR, 1, &bonus, NULL, &fen, ERR));
    CHECK_EQ_I64(fen, 321050);
    /* "At least" 400 yuan: a larger amount may be decided, a smaller one not. */
    CHECK_OK(as_administrative_deduction(p, AS_ADMIN_WARNING, 1, NULL, &decided, &fen, ERR));
    CHECK_EQ_I64(fen, 50000);
    fen = 7;
    CHECK_ERR(as_administrative_deduction(p, AS_ADMIN_WARNING, 1, NULL, &too_little, &fen, ERR), AS_E_INVALID_ARGUMENT,
              "amount", "below the minimum of 400.00 yuan");
    CHECK_ERR(as_administrative_deduction(p, AS_ADMIN_MAJOR, 1, NULL, NULL, &fen, ERR), AS_E_INVALID_ARGUMENT, "bonus",
              "missing");
    CHECK_ERR(as_administrative_deduction(p, AS_ADMIN_MAJOR, 1, &bonus, &decided, &fen, ERR), AS_E_INVALID_ARGUMENT,
              "amount", "whole month's bonus");
    CHECK_EQ_I64(fen, 7);
  }
  CHECK_ERR(as_administrative_deduction(p, 7, 1, NULL, NULL, &fen, ERR), AS_E_INVALID_ARGUMENT, "kind", "7");

  /* Returned 2025-01-31, resold 2025-02-28 (the last day of the month). */
  CHECK_ERR(as_assess_loss(p, 100000, 20250131, 0, 70000, 0, 0, &fen, &in_time, &deadline, ERR), AS_E_INVALID_ARGUMENT,
            "resale_fen", "without a sale date");
  CHECK_OK(as_assess_loss(p, 100000, 20250131, 20250228, 70000, 0, 0, &fen, &in_time, &deadline, ERR));
  CHECK_EQ_I64(fen, 30000);
  CHECK_EQ_I64(in_time, 1);
  CHECK_EQ_I64(deadline, 20250228);
  CHECK_OK(as_assess_loss(p, 100000, 20250131, 20250301, 70000, 1, 45000, &fen, &in_time, &deadline, ERR));
  CHECK_EQ_I64(fen, 45000);
  CHECK_EQ_I64(in_time, 0);
  CHECK_ERR(as_assess_loss(p, 100000, 20250131, 0, 0, 0, 0, &fen, &in_time, &deadline, ERR), AS_E_INVALID_ARGUMENT,
            "actual_loss", "2025-02-28");

  CHECK_OK(as_reconcile_return(p, 100, 105, -1, &check, &quantity, ERR));
  CHECK_EQ_I64(check, AS_RETURN_ACCEPT);
  CHECK_EQ_I64(quantity, 105);
  CHECK_OK(as_reconcile_return(p, 100, 106, -1, &check, &quantity, ERR));
  CHECK_EQ_I64(check, AS_RETURN_FLAG);
  CHECK_OK(as_reconcile_return(p, 100, 106, 100000, &check, &quantity, ERR));
  CHECK_EQ_I64(check, AS_RETURN_ACCEPT);
  as_penalty_policy_destroy(p);

  CHECK_ERR(as_penalty_policy_from_json("{\"penalties\": {\"bonus_cap\": 50}}", &p, ERR), AS_E_PARSE,
            "penalties.bonus_cap", "unknown member");
}

static void test_ledger(void) {
  as_penalty_ledger* led = NULL;
  int64_t deducted = -1, carried = -1, owed = -1;
  CHECK_OK(as_penalty_ledger_create(500000, &led, ERR));
  /* 2,500 yuan against a 2,000 yuan bonus: 1,000 a month for three months. */
  CHECK_OK(as_penalty_ledger_charge(led, "wang", 2025, 10, 250000, "2510-0001", ERR));
  CHECK_OK(as_penalty_ledger_settle(led, "wang", 2025, 10, 200000, &deducted, &carried, ERR));
  CHECK_EQ_I64(deducted, 100000);
  CHECK_EQ_I64(carried, 150000);
  /* A new charge while the old one is carried: the old one first. */
  CHECK_OK(as_penalty_ledger_charge(led, "wang", 2025, 11, 80000, "2511-0003", ERR));
  CHECK_OK(as_penalty_ledger_settle(led, "wang", 2025, 11, 200000, &deducted, &carried, ERR));
  CHECK_EQ_I64(deducted, 100000);
  CHECK_EQ_I64(carried, 130000);
  CHECK_OK(as_penalty_ledger_settle(led, "wang", 2025, 12, 200000, &deducted, &carried, ERR));
  CHECK_EQ_I64(deducted, 100000);
  CHECK_EQ_I64(carried, 30000);
  CHECK_ERR(as_penalty_ledger_settle(led, "wang", 2025, 12, 200000, &deducted, &carried, ERR), AS_E_STATE, "month",
            "2025-12");
  /* A bad bonus is named as the C parameter, as as_store_settle_penalties names it. */
  CHECK_ERR(as_penalty_ledger_settle(led, "wang", 2026, 1, -1, &deducted, &carried, ERR), AS_E_INVALID_ARGUMENT,
            "bonus_fen: ", "-1");
  CHECK_OK(as_penalty_ledger_outstanding(led, "wang", &owed, ERR));
  CHECK_EQ_I64(owed, 30000);
  {
    /* December's lines: the October case's last 500 yuan, then 500 of November's. */
    as_deduction_line lines[2];
    size_t n = 99;
    CHECK_OK(as_penalty_ledger_lines(led, "wang", 2025, 12, NULL, 0, &n, ERR));
    CHECK_EQ_I64(n, 2);
    CHECK_OK(as_penalty_ledger_lines(led, "wang", 2025, 12, lines, 2, &n, ERR));
    CHECK(strcmp(lines[0].case_id, "2510-0001") == 0);
    CHECK_EQ_I64(lines[0].amount_fen, 50000);
    CHECK_EQ_I64(lines[0].charged_month, 10);
    CHECK(strcmp(lines[1].case_id, "2511-0003") == 0);
    CHECK_EQ_I64(lines[1].amount_fen, 50000);
    CHECK_EQ_I64(lines[1].charged_year, 2025);
    /* November's: all 1,000 yuan went to the older case. */
    CHECK_OK(as_penalty_ledger_lines(led, "wang", 2025, 11, lines, 2, &n, ERR));
    CHECK_EQ_I64(n, 1);
    CHECK(strcmp(lines[0].case_id, "2510-0001") == 0);
    CHECK_EQ_I64(lines[0].amount_fen, 100000);
    CHECK_ERR(as_penalty_ledger_lines(led, "wang", 2025, 12, lines, 1, &n, ERR), AS_E_INVALID_ARGUMENT, "cap", "1");
    CHECK_ERR(as_penalty_ledger_lines(led, "wang", 2026, 1, lines, 2, &n, ERR), AS_E_NOT_FOUND, "month", "2026-01");
    CHECK_ERR(as_penalty_ledger_lines(led, "li", 2025, 12, lines, 2, &n, ERR), AS_E_NOT_FOUND, "month", "li");
  }
  CHECK_ERR(as_penalty_ledger_charge(led, "wang", 2025, 13, 1, "x", ERR), AS_E_INVALID_ARGUMENT, "month", "2025-13");
  CHECK_ERR(as_penalty_ledger_charge(led, "wang", 2025, 10, -5, "x", ERR), AS_E_INVALID_ARGUMENT, "amount", "-5");
  CHECK_ERR(as_penalty_ledger_create(0, &led, ERR), AS_E_INVALID_ARGUMENT, "cap", "0");
  as_penalty_ledger_destroy(led);
}

static void test_attribution(void) {
  char name[32];
  size_t needed = 0;
  int32_t level = -1;
  CHECK_OK(as_attribute("manufacturing", NULL, "line 3", "assembly", name, sizeof name, &needed, &level, ERR));
  CHECK_EQ_I64(level, AS_BEARER_GROUP);
  CHECK(strcmp(name, "line 3") == 0);
  CHECK_EQ_I64(needed, 7);
  CHECK_OK(as_attribute("manufacturing", "wang", NULL, "assembly", name, sizeof name, NULL, &level, ERR));
  CHECK_EQ_I64(level, AS_BEARER_SECTION);
  CHECK(strcmp(name, "assembly") == 0);
  CHECK_OK(as_attribute("service", NULL, NULL, "service centre", name, sizeof name, NULL, &level, ERR));
  CHECK_EQ_I64(level, AS_BEARER_DEPARTMENT);
  CHECK_OK(as_attribute("sales", "li", NULL, "sales east", NULL, 0, &needed, &level, ERR));
  CHECK_EQ_I64(level, AS_BEARER_PERSON);
  CHECK_EQ_I64(needed, 3);
  CHECK_ERR(as_attribute("finance", NULL, NULL, "x", name, sizeof name, NULL, &level, ERR), AS_E_INVALID_ARGUMENT,
            "function", "finance");
  CHECK_ERR(as_attribute("sales", NULL, NULL, "", name, sizeof name, NULL, &level, ERR), AS_E_INVALID_ARGUMENT, "unit",
            "empty");
}

int main(void) {
  test_splits();
  test_attribution();
  test_policy();
  test_ledger();
  return 0;
}
