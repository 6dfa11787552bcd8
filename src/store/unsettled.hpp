// The calls with a pause not ended by an instant, by calls.rowid: the
// monthly report and the queue give the judge their pauses as they stood
// (src/store/impl.hpp: Store::Impl::unsettled_at).
#pragma once

#include <aftersales/store.hpp>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace aftersales {

// Calls by calls.rowid (Store::Impl::unsettled_at): a membership test cheap
// enough for every row of a million-call report (a bitmap over the span of
// the rowids; a few thousand calls), and their ids.
class UnsettledCalls {
 public:
  explicit UnsettledCalls(std::vector<std::pair<std::int64_t, Id>> rows) {
    if (rows.empty()) return;
    const auto [lo, hi] = std::minmax_element(rows.begin(), rows.end());
    first_ = lo->first;
    member_.assign(static_cast<std::size_t>(hi->first - first_) + 1, false);
    for (auto& [rowid, id] : rows) {
      member_[static_cast<std::size_t>(rowid - first_)] = true;
      ids_.emplace(rowid, std::move(id));
    }
  }
  bool empty() const noexcept { return ids_.empty(); }
  // The call's id, or nullptr when it is not one of them.
  const Id* find(std::int64_t rowid) const {
    if (rowid < first_ || rowid - first_ >= static_cast<std::int64_t>(member_.size()) ||
        !member_[static_cast<std::size_t>(rowid - first_)])
      return nullptr;
    return &ids_.at(rowid);
  }

 private:
  std::int64_t first_ = 0;
  std::vector<bool> member_;
  std::unordered_map<std::int64_t, Id> ids_;
};

}  // namespace aftersales
