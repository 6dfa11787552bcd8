// Homes and their guarantee-expiry notices (issue 27). Seed 001 (五) wants
// owners whose guarantee is ending told in time (公告住房保修期届满的业主,
// 及时检查发现问题); the guarantee of a part is the later of the owner's (from
// handover, 1998 art. 5, 商品房销售管理办法 art. 33) and the contractor's (from
// completion acceptance, 建设工程质量管理条例 art. 40), as the store's policy
// decides coverage. Shaped like the maintenance-contract notices
// (records.cpp): issued once, in one transaction.
#include "store/impl.hpp"

#include "detail/json.hpp"

#include <algorithm>
#include <tuple>

namespace aftersales {

namespace {

constexpr std::size_t max_repairer_bytes = 200;

std::string in_quotes(std::string_view v) { return "'" + std::string(v) + "'"; }

// A repairer's name as the 住宅质量保证书 gives it: plain text, so a notice and
// a rule text show it as written (no control characters, no blanks around it).
void check_repairer(const std::optional<std::string>& r) {
  if (!r) return;
  if (r->empty()) throw Error(ErrorCode::invalid_argument, "repairer", "is empty (leave it out: the developer repairs)");
  if (r->size() > max_repairer_bytes)
    throw Error(ErrorCode::invalid_argument, "repairer",
                in_quotes(r->substr(0, 40)) + "... is longer than " + std::to_string(max_repairer_bytes) + " bytes");
  if (std::any_of(r->begin(), r->end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
    throw Error(ErrorCode::invalid_argument, "repairer", "'" + *r + "' has a control character");
  const auto blank = [](char c) { return c == ' '; };
  if (blank(r->front()) || blank(r->back()))
    throw Error(ErrorCode::invalid_argument, "repairer", in_quotes(*r) + " has blanks around it");
}

bool lasts_design_life(const HousingTerms& h) {
  return std::any_of(h.parts.begin(), h.parts.end(), [](const HousingPart& p) {
    return p.owner.kind == GuaranteeLength::Kind::design_life || p.contractor.kind == GuaranteeLength::Kind::design_life;
  });
}

}  // namespace

Id Store::add_home(const HomeIntake& h) {
  Impl::Lock lock(*impl_);
  for (const auto& [v, name] : {std::pair{&h.owner, "owner"}, std::pair{&h.phone, "phone"},
                                std::pair{&h.address, "address"}, std::pair{&h.serial, "serial"}})
    require_text(*v, name);
  const ProductTerms& terms = impl_->policy.warranty().terms(h.product);  // not_found naming "product"
  if (!terms.housing)
    throw Error(ErrorCode::invalid_argument, "product",
                in_quotes(h.product) + " has no housing terms in the store's policy (a home's parts and their two "
                "guarantees: warranty preset \"housing\")");
  for (const auto& [d, name] : {std::pair{h.completed, "completed"}, std::pair{h.handover, "handover"}})
    if (d.is_special()) throw Error(ErrorCode::invalid_argument, name, "is not a date");
  const Date today = impl_->local_date(impl_->now(), "now");
  for (const auto& [d, name] : {std::pair{h.completed, "completed"}, std::pair{h.handover, "handover"}})
    if (d > today)
      throw Error(ErrorCode::invalid_argument, name, format_date(d) + " is in the future (today is " + format_date(today) + ")");
  // The 住宅质量保证书 is given at handover, after the home passed completion
  // acceptance (seed 001; 1998 art. 3).
  if (h.handover < h.completed)
    throw Error(ErrorCode::invalid_argument, "handover",
                format_date(h.handover) + " is before completion acceptance " + format_date(h.completed) +
                    " (a home is handed over once it has passed completion acceptance)");
  if (h.design_life_years && (*h.design_life_years < 1 || *h.design_life_years > max_design_life_years))
    throw Error(ErrorCode::invalid_argument, "design_life_years",
                std::to_string(*h.design_life_years) + " is outside 1.." + std::to_string(max_design_life_years));
  if (!h.design_life_years && lasts_design_life(*terms.housing))
    throw Error(ErrorCode::invalid_argument, "design_life_years",
                "is missing: the foundation and main structure are guaranteed for the design service life the "
                "design documents give (建设工程质量管理条例 art. 40(一); 1998 art. 5(2)); the law gives no number");
  check_repairer(h.repairer);

  Impl::Write tx(*impl_, __func__);
  {
    auto q = impl_->db.use(
        "SELECT EXISTS (SELECT 1 FROM homes WHERE unit_id = u.id) FROM units u WHERE product = ?1 AND serial = ?2");
    q->bind(1, h.product).bind(2, h.serial);
    if (q->step())
      throw Error(ErrorCode::invalid_argument, "serial",
                  in_quotes(h.serial) + " is already " + (q->integer(0) ? "a home" : "a unit") + " of " + h.product +
                      " in the store");
  }
  CallIntake unit;
  unit.customer = h.owner;
  unit.phone = h.phone;
  unit.address = h.address;
  unit.product = h.product;
  unit.serial = h.serial;
  unit.purchased = h.completed;
  unit.delivered = h.handover;
  const Instant now = impl_->now();
  const Id customer_id = impl_->find_or_add_customer(unit, now);
  const Id unit_id = impl_->find_or_add_unit(unit, customer_id, "").id;
  auto u = impl_->db.use("INSERT INTO homes (unit_id, design_life_years, repairer, recorded) VALUES (?1, ?2, ?3, ?4)");
  u->bind_id(1, unit_id).bind(2, h.design_life_years).bind(3, h.repairer).bind(4, secs(now));
  u->run();
  tx.commit();
  return unit_id;
}

std::vector<HousingNotice> Store::issue_housing_expiry_notices(Date on) {
  Impl::Lock lock(*impl_);
  if (on.is_special()) throw Error(ErrorCode::invalid_argument, "on", "is not a date");
  const Instant now = impl_->now();
  Impl::Write tx(*impl_, __func__);
  const WarrantyPolicy& warranty = impl_->policy.warranty();
  std::vector<HousingNotice> due;
  // The homes handed over by `on` (before it there is no owner to tell).
  auto q = impl_->db.use(
      "SELECT u.id, u.product, u.serial, u.purchased, u.delivered, h.design_life_years, h.repairer, c.name, c.phone "
      "FROM homes h JOIN units u ON u.id = h.unit_id JOIN customers c ON c.id = u.customer_id "
      "WHERE u.delivered <= ?1 ORDER BY u.product, u.serial");
  q->bind(1, format_date(on));
  while (q->step()) {
    UnitFacts unit;
    const Id unit_id = q->id(0);
    unit.product = q->text(1);
    unit.purchased = parse_date(q->text_view(3), "purchased");
    unit.delivered = parse_date(q->text_view(4), "delivered");
    if (const auto years = q->optional_integer(5)) unit.design_life_years = static_cast<int>(*years);
    const std::optional<std::string> repairer = q->optional_text(6);
    unit.repairer = repairer.value_or("");
    const ProductTerms* terms = nullptr;
    try {
      terms = &warranty.terms(unit.product);
    } catch (const Error&) {
    }
    if (!terms || !terms->housing)
      throw Error(ErrorCode::not_found, "policy.warranty.products",
                  "the store's homes use product " + in_quotes(unit.product) +
                      ", which has no housing terms in the store's policy: open the store with the policy it was "
                      "written with");
    std::vector<std::string> noticed;
    {
      auto n = impl_->db.use("SELECT part FROM housing_notices WHERE unit_id = ?1");
      n->bind_id(1, unit_id);
      while (n->step()) noticed.push_back(n->text(0));
    }
    for (const HousingPart& part : terms->housing->parts) {
      if (std::find(noticed.begin(), noticed.end(), part.name) != noticed.end()) continue;
      Coverage c;
      try {
        // Asked on the completion day: only the ends matter here.
        c = warranty.coverage(unit, unit.purchased, part.name);
      } catch (const Error& e) {
        // Seasons without dates in the policy: no end to tell (documented).
        if (e.field().rfind("housing.seasons.", 0) == 0) continue;
        throw Error(e.code(), e.field(), "home " + q->text(2) + ", part " + part.name + ": " + e.message());
      }
      if (!c.until) continue;
      const Date ends = *c.until;
      if (on > ends || on < ends - boost::gregorian::days(terms->housing->notice_days)) continue;
      HousingNotice n;
      n.id = impl_->new_id();
      n.unit_id = unit_id;
      n.product = unit.product;
      n.serial = q->text(2);
      n.owner = q->text(7);
      n.phone = q->text(8);
      n.part = part.name;
      n.ends = ends;
      n.guarantee = c.guarantee;
      n.issued_on = on;
      n.issued_at = now;
      n.repairer = repairer;
      due.push_back(std::move(n));
    }
  }
  for (const HousingNotice& n : due) {
    auto u = impl_->db.use(
        "INSERT INTO housing_notices (id, unit_id, part, ends, guarantee, issued_on, issued_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    u->bind_id(1, n.id).bind_id(2, n.unit_id).bind(3, n.part).bind(4, format_date(n.ends)).bind(5, n.guarantee);
    u->bind(6, format_date(n.issued_on)).bind(7, secs(n.issued_at));
    u->run();
  }
  tx.commit();
  std::stable_sort(due.begin(), due.end(), [](const HousingNotice& a, const HousingNotice& b) {
    return std::tie(a.ends, a.serial, a.part) < std::tie(b.ends, b.serial, b.part);
  });
  return due;
}

std::string to_json(std::span<const HousingNotice> notices) {
  detail::Json out = detail::Json::array();
  for (const HousingNotice& n : notices)
    out.push_back({{"id", n.id},
                   {"unit_id", n.unit_id},
                   {"product", n.product},
                   {"serial", n.serial},
                   {"owner", n.owner},
                   {"phone", n.phone},
                   {"part", n.part},
                   {"ends", format_date(n.ends)},
                   {"guarantee", n.guarantee},
                   {"issued_on", format_date(n.issued_on)},
                   {"issued_at", secs(n.issued_at)},
                   {"repairer", n.repairer ? detail::Json(*n.repairer) : detail::Json(nullptr)}});
  return out.dump();
}

}  // namespace aftersales
