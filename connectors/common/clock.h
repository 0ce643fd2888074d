#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace touchpoint {

// A stop request shared by everything that waits: sleeps end early and running HTTP transfers
// abort (HttpClientOptions::stop) once it is raised. Thread-safe; raising is permanent.
class StopFlag {
 public:
  void RequestStop();
  bool stop_requested() const noexcept { return stopped_.load(); }
  // Waits up to `duration`; true when the full time passed, false when stopped.
  bool WaitFor(std::chrono::milliseconds duration);
  // For HttpClientOptions::stop.
  const std::atomic<bool>* flag() const noexcept { return &stopped_; }

 private:
  std::atomic<bool> stopped_{false};
  std::mutex mutex_;
  std::condition_variable changed_;
};

// Wall-clock time and waiting, behind an interface so tests run fast and deterministic
// (tests/support/fake_clock.h). Rate-limit resets are wall-clock epochs, hence system_clock.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point Now() = 0;
  // Waits `duration` (nothing when <= 0); true when the full time passed, false when a stop
  // was requested first.
  virtual bool SleepFor(std::chrono::milliseconds duration) = 0;
};

// The real clock. Sleeps wake within milliseconds of `stop` being raised. `stop` may be null
// (sleeps then cannot be interrupted) and must outlive the clock. Thread-safe.
class SystemClock final : public Clock {
 public:
  explicit SystemClock(StopFlag* stop = nullptr) noexcept : stop_(stop) {}
  std::chrono::system_clock::time_point Now() override;
  bool SleepFor(std::chrono::milliseconds duration) override;

 private:
  StopFlag* stop_;
};

}  // namespace touchpoint
