// The C face of a penalty settlement, shared by as_penalty_ledger_settle
// (a ledger in memory) and as_store_settle_penalties (the store's ledger),
// and by their _admin twins.
#pragma once
#include <aftersales.h>
#include <aftersales/penalty.hpp>

#include "guard.hpp"

#include <cstdint>
#include <cstring>

namespace aftersales::capi {

// Checks the person and the outputs, runs `settle` (which returns the
// Settlement) with the bonus named as the C parameter ("bonus" ->
// "bonus_fen"), then writes the deduction and the carry.
template <class Settle>
void settle_into(const char* person, std::int64_t* out_deducted_fen, std::int64_t* out_carried_fen, Settle&& settle) {
  require(person, "person");
  require(out_deducted_fen, "out_deducted_fen");
  require(out_carried_fen, "out_carried_fen");
  const Settlement s = renaming({{"bonus", "bonus_fen"}}, settle);
  *out_deducted_fen = s.deducted;
  *out_carried_fen = s.carried;
}

// As settle_into, the whole settlement (the administrative penalties too)
// into the caller's sized *out.
template <class Settle>
void settle_admin_into(const char* person, as_penalty_settlement* out, Settle&& settle) {
  require(person, "person");
  require(out, "out");
  check_size(out->size, sizeof(as_penalty_settlement), "out.size", "as_penalty_settlement",
             "AS_PENALTY_SETTLEMENT_INIT");
  const Settlement s = renaming({{"bonus", "bonus_fen"}}, settle);
  as_penalty_settlement r{};
  r.size = out->size;
  r.bonus_fen = s.bonus;
  r.admin_deducted_fen = s.admin_deducted;
  r.admin_uncollected_fen = s.admin_uncollected;
  r.cap_fen = s.cap;
  r.deducted_fen = s.deducted;
  r.carried_fen = s.carried;
  std::memcpy(out, &r, out->size < sizeof r ? out->size : sizeof r);
}

}  // namespace aftersales::capi
