/* Complaint numbers in the seed's form (seeds/002 (8) kehu tousu chuli biao
 * bianhao yuanze: YYMM-xx, a two-digit serial per year and month), widened
 * past 99 and never reused; the four-digit functions keep their meaning
 * (issue 27). */
#include "check.h"

int main(void) {
  char buf[AS_COMPLAINT_NUMBER_MAX_SIZE];
  char small[4];
  size_t needed = 0;
  int32_t year = 0, month = 0, serial = 0, width = 0;
  as_calendar* cn = NULL;
  as_complaint_policy* policy = NULL;
  as_complaint_policy* four = NULL;
  as_complaint_policy* bad = NULL;

  CHECK_OK(as_complaint_number_width(2026, 11, 7, 2, buf, sizeof buf, &needed, ERR));
  CHECK(strcmp(buf, "2611-07") == 0);
  CHECK_EQ_I64(needed, 8);
  CHECK_OK(as_complaint_number_width(2026, 11, 100, 2, buf, sizeof buf, &needed, ERR));
  CHECK(strcmp(buf, "2611-100") == 0);
  CHECK_OK(as_complaint_number_width(2099, 12, 999999999, 2, buf, sizeof buf, &needed, ERR));
  CHECK(strcmp(buf, "9912-999999999") == 0);
  CHECK_EQ_I64(needed, AS_COMPLAINT_NUMBER_MAX_SIZE);
  CHECK_OK(as_complaint_number_width(2026, 11, 7, 2, small, sizeof small, &needed, ERR));
  CHECK(strcmp(small, "261") == 0);
  CHECK_EQ_I64(needed, 8);
  CHECK_ERR(as_complaint_number_width(2026, 11, 7, 0, buf, sizeof buf, &needed, ERR), AS_E_INVALID_ARGUMENT,
            "min_width", "0");
  CHECK_ERR(as_complaint_number_width(2026, 11, 0, 2, buf, sizeof buf, &needed, ERR), AS_E_INVALID_ARGUMENT, "serial",
            "0");

  CHECK_OK(as_parse_complaint_number_width("2611-07", 2, &year, &month, &serial, ERR));
  CHECK(year == 2026 && month == 11 && serial == 7);
  CHECK_OK(as_parse_complaint_number_width("2611-100", 2, &year, &month, &serial, ERR));
  CHECK_EQ_I64(serial, 100);
  CHECK_OK(as_parse_complaint_number_width("2611-0007", 2, &year, &month, &serial, ERR));
  CHECK_EQ_I64(serial, 7);
  CHECK_ERR(as_parse_complaint_number_width("2611-7", 2, &year, &month, &serial, ERR), AS_E_PARSE, "number",
            "'2611-7'");
  CHECK_ERR(as_parse_complaint_number_width("2613-01", 2, &year, &month, &serial, ERR), AS_E_PARSE, "month",
            "2613-01");

  /* The deprecated four-digit functions keep their meaning. */
  CHECK_OK(as_complaint_number(2026, 11, 7, buf, sizeof buf, &needed, ERR));
  CHECK(strcmp(buf, "2611-0007") == 0);
  CHECK_ERR(as_parse_complaint_number("2611-07", &year, &month, &serial, ERR), AS_E_PARSE, "number", "'2611-07'");

  /* The policy's width: 2 by default (the seed), 4 when the document says. */
  CHECK_OK(as_calendar_china(NULL, 0, NULL, 1, &cn, ERR));
  CHECK_OK(as_complaint_policy_default(cn, &policy, ERR));
  CHECK_OK(as_complaint_policy_serial_width(policy, &width, ERR));
  CHECK_EQ_I64(width, 2);
  CHECK_OK(as_complaint_policy_from_json("{\"complaints\": {\"serial_width\": 4}}", cn, &four, ERR));
  CHECK_OK(as_complaint_policy_serial_width(four, &width, ERR));
  CHECK_EQ_I64(width, 4);
  CHECK_ERR(as_complaint_policy_from_json("{\"complaints\": {\"serial_width\": 0}}", cn, &bad, ERR),
            AS_E_INVALID_ARGUMENT, "complaints.serial_width", "0");
  CHECK_ERR(as_complaint_policy_serial_width(NULL, &width, ERR), AS_E_INVALID_ARGUMENT, "policy", "NULL");

  as_complaint_policy_destroy(four);
  as_complaint_policy_destroy(policy);
  as_calendar_destroy(cn);
  return 0;
}
