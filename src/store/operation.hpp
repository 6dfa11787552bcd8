#pragma once
// The store handle's lock and its clock. The clock may be the host's code (a
// C callback, a Python callable that needs the GIL, a Node function that
// runs only on its own thread): called while the handle's lock is held, it
// could wait for something the lock's next taker holds, and both hang. So
// every public operation reads the clock first, on the calling thread, and
// only then takes the lock (OperationLock::Hold); inside, "now" and the ids'
// milliseconds come from that one reading.
#include <aftersales/store.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>

namespace aftersales::store {

// One reading of the store's clock: "now" in whole seconds, and the Unix
// milliseconds of the UUID v7 ids made in the operation.
struct ClockReading {
  Instant now;
  std::uint64_t unix_ms;
};

// The store's clock (StoreOptions::clock), else the system clock (whose
// milliseconds the ids keep).
inline ClockReading read_clock(const std::function<Instant()>& clock) {
  if (clock) {
    const Instant now = clock();
    return {now, static_cast<std::uint64_t>(now.time_since_epoch().count()) * 1000};
  }
  const auto t = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  return {std::chrono::floor<Seconds>(t), static_cast<std::uint64_t>(t.time_since_epoch().count())};
}

class OperationLock {
 public:
  // The clock read, then the lock taken; the reading kept for the operation.
  // Only Hold reaches the mutex: no operation can lock without reading first.
  class Hold {
   public:
    Hold(OperationLock& lock, const std::function<Instant()>& clock)
        : lock_(lock), reading_(read_clock(clock)), guard_(lock.mutex_) {
      lock_.reading_ = reading_;
    }
    ~Hold() { lock_.reading_.reset(); }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;

   private:
    OperationLock& lock_;
    ClockReading reading_;
    std::lock_guard<std::mutex> guard_;
  };

  // The reading of the operation holding the lock; none outside one (the
  // open, before the handle is shared).
  const std::optional<ClockReading>& reading() const { return reading_; }

 private:
  std::mutex mutex_;
  std::optional<ClockReading> reading_;  // written only while mutex_ is held
};

}  // namespace aftersales::store
