// Issue 29 items 5 and 6 inside the store (src/store/complaint_contacts.cpp):
// what the complaint statistics and the penalty ledger of complaints.cpp
// read from the contacts and the administrative penalties.
#pragma once

#include "store/impl.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace aftersales {

// The person's ledger as its operations made it (complaints.cpp).
PenaltyLedger store_replay_ledger(Store::Impl& impl, std::string_view person);
// The person's administrative penalties into `ledger`, as recorded: each
// was recorded before its month was settled (record_admin_penalty refuses
// it after), so they go in before the ledger's operations are replayed.
void store_admin_charges(Store::Impl& impl, std::string_view person, PenaltyLedger& ledger);
// The statistics' unvisited, unnotified and admin_penalties of the
// complaints `closed` (those the statistics count), counting the records
// made by `as_of` (none: all; the monthly report passes its as_of).
void store_contact_statistics(Store::Impl& impl, std::span<const Complaint> closed, ComplaintStatistics& st,
                              std::optional<Instant> as_of = std::nullopt);

}  // namespace aftersales
