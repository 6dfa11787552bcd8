// The C face of a penalty settlement, shared by as_penalty_ledger_settle
// (a ledger in memory) and as_store_settle_penalties (the store's ledger).
#pragma once
#include <aftersales/penalty.hpp>

#include "guard.hpp"

#include <cstdint>

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

}  // namespace aftersales::capi
