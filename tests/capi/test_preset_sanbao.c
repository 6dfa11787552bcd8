/* The sanbao preset's annex rows through the C API (issue 27): each main
 * part of a row on its last covered day and the day after, via
 * as_warranty_coverage. Source: 部分商品修理更换退货责任规定 (1995), annex
 * 实施三包的部分商品目录(第一批), as copied by 法搜网,
 * http://www.lygzb.net/html/text/chl/134/13469_3.html (rows 1-4).
 * Bought 2025-03-10; no calendar, so no term moves to a business day. */
#include "check.h"

#include <stddef.h>

struct part {
  const char* product;
  const char* component; /* NULL: the whole unit */
  int32_t last;          /* last covered day */
  int32_t after;         /* the day after */
};

static const struct part parts[] = {
    /* row 1, 自行车: whole unit 1 year; 车架, 变速器 2 years */
    {"bicycle", NULL, 20260310, 20260311},
    {"bicycle", "frame", 20270310, 20270311},
    {"bicycle", "derailleur", 20270310, 20270311},
    /* row 2, 彩色电视机: 1 year; 显像管, 行输出变压器, 高频头, 集成电路 3 years */
    {"colour_tv", NULL, 20260310, 20260311},
    {"colour_tv", "picture_tube", 20280310, 20280311},
    {"colour_tv", "flyback_transformer", 20280310, 20280311},
    {"colour_tv", "tuner", 20280310, 20280311},
    {"colour_tv", "ics", 20280310, 20280311},
    /* row 3, 黑白电视机: as row 2 */
    {"bw_tv", NULL, 20260310, 20260311},
    {"bw_tv", "picture_tube", 20280310, 20280311},
    {"bw_tv", "ics", 20280310, 20280311},
    /* row 4, 家用录像机: 1 year; 磁鼓电机, 主导轴电机, 加载电机, 集成电路 1 year */
    {"vcr", NULL, 20260310, 20260311},
    {"vcr", "drum_motor", 20260310, 20260311},
    {"vcr", "capstan_motor", 20260310, 20260311},
    {"vcr", "loading_motor", 20260310, 20260311},
    {"vcr", "ics", 20260310, 20260311},
};

static as_coverage cover(const as_warranty_policy* p, const char* product, int32_t on, const char* component) {
  as_unit_facts u = AS_UNIT_FACTS_INIT;
  as_coverage c = AS_COVERAGE_INIT;
  u.product = product;
  u.purchased_yyyymmdd = 20250310;
  CHECK_OK(as_warranty_coverage(p, &u, on, component, NULL, NULL, 0, &c, NULL, 0, NULL, ERR));
  return c;
}

int main(void) {
  as_warranty_policy* p = NULL;
  size_t i;
  CHECK_OK(as_warranty_policy_preset("sanbao", NULL, &p, ERR));
  for (i = 0; i < sizeof parts / sizeof parts[0]; ++i) {
    const struct part* x = &parts[i];
    as_coverage in = cover(p, x->product, x->last, x->component);
    as_coverage out = cover(p, x->product, x->after, x->component);
    if (!in.covered || in.until_yyyymmdd != x->last || out.covered)
      fprintf(stderr, "row part %s.%s\n", x->product, x->component ? x->component : "whole_unit");
    CHECK(in.covered);
    CHECK_EQ_I64(in.until_yyyymmdd, x->last);
    CHECK_EQ_I64(in.term, x->component ? AS_TERM_COMPONENT : AS_TERM_WHOLE_UNIT);
    CHECK(!out.covered);
  }
  {
    /* The VCR's old part names were ours, not the annex's. */
    as_unit_facts u = AS_UNIT_FACTS_INIT;
    as_coverage c = AS_COVERAGE_INIT;
    u.product = "vcr";
    u.purchased_yyyymmdd = 20250310;
    CHECK_ERR(as_warranty_coverage(p, &u, 20250601, "head_drum", NULL, NULL, 0, &c, NULL, 0, NULL, ERR), AS_E_NOT_FOUND,
              "component", "drum_motor");
  }
  as_warranty_policy_destroy(p);
  check_reset_();
  return 0;
}
