#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace aftersales::detail {

// A time zone reduced to a table of UTC offset changes over the supported
// range, so that conversions are a binary search with no library call and
// the gap/ambiguity rules are ours, stated once.
class Zone {
 public:
  // IANA name (system tz database via cctz) or POSIX TZ rule; nullptr if
  // neither.
  static std::shared_ptr<const Zone> load(std::string_view name);

  const std::string& name() const noexcept { return name_; }
  // Local civil seconds -> UTC seconds. Gap: forward by the gap. Ambiguous:
  // the earlier instant.
  std::int64_t to_utc(std::int64_t local) const noexcept;
  std::int64_t to_local(std::int64_t utc) const noexcept;
  std::int32_t offset_at(std::int64_t utc) const noexcept;

  // For POSIX rules; exposed for tests.
  static std::shared_ptr<const Zone> parse_posix(std::string_view rule);

 private:
  std::string name_;
  std::int32_t initial_offset_ = 0;
  std::vector<std::int64_t> at_;          // transition instants, UTC, ascending
  std::vector<std::int32_t> offset_;      // offset in force from at_[k]
  std::vector<std::int64_t> local_pre_;   // at_[k] + offset before it
  void add_transition(std::int64_t at, std::int32_t offset_after);
  void finish();
};

}  // namespace aftersales::detail
