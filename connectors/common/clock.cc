#include "connectors/common/clock.h"

#include <thread>

namespace touchpoint {

void StopFlag::RequestStop() {
  {
    std::lock_guard lock(mutex_);
    stopped_.store(true);
  }
  changed_.notify_all();
}

bool StopFlag::WaitFor(std::chrono::milliseconds duration) {
  std::unique_lock lock(mutex_);
  return !changed_.wait_for(lock, duration, [this] { return stopped_.load(); });
}

std::chrono::system_clock::time_point SystemClock::Now() {
  return std::chrono::system_clock::now();
}

bool SystemClock::SleepFor(std::chrono::milliseconds duration) {
  if (stop_ != nullptr && stop_->stop_requested()) return false;
  if (duration.count() <= 0) return true;
  if (stop_ != nullptr) return stop_->WaitFor(duration);
  std::this_thread::sleep_for(duration);
  return true;
}

}  // namespace touchpoint
