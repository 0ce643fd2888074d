#pragma once

#include <chrono>
#include <mutex>
#include <vector>

#include "connectors/common/clock.h"

namespace touchpoint::test {

// A Clock whose time moves only when someone sleeps or calls Advance(). Sleeps return at once
// and are recorded. Thread-safe (the fake server reads it from its threads).
class FakeClock final : public Clock {
 public:
  explicit FakeClock(std::chrono::system_clock::time_point start =
                         std::chrono::system_clock::from_time_t(1'700'000'000))
      : now_(start) {}

  std::chrono::system_clock::time_point Now() override {
    std::lock_guard lock(mutex_);
    return now_;
  }
  bool SleepFor(std::chrono::milliseconds duration) override {
    std::lock_guard lock(mutex_);
    if (duration.count() > 0) now_ += duration;
    sleeps_.push_back(duration);
    return true;
  }
  void Advance(std::chrono::milliseconds duration) {
    std::lock_guard lock(mutex_);
    now_ += duration;
  }
  std::vector<std::chrono::milliseconds> sleeps() const {
    std::lock_guard lock(mutex_);
    return sleeps_;
  }

 private:
  mutable std::mutex mutex_;
  std::chrono::system_clock::time_point now_;
  std::vector<std::chrono::milliseconds> sleeps_;
};

}  // namespace touchpoint::test
