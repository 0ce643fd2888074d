#pragma once

#include <chrono>
#include <cstdint>
#include <random>

namespace touchpoint {

// How ApiFetcher retries transient failures. Defaults suit a background poller.
struct RetryPolicy {
  enum class Jitter {
    kFull,          // uniform in [0, min(max_delay, base_delay * 2^n)]
    kDecorrelated,  // uniform in [base_delay, 3 * previous delay], capped at max_delay
  };
  int max_attempts = 5;  // attempts in all, the first one included; at least 1
  std::chrono::milliseconds base_delay{1000};
  std::chrono::milliseconds max_delay{60'000};
  Jitter jitter = Jitter::kFull;
  // The longest rate-limit wait a fetch sleeps through; when a bucket is blocked for longer,
  // the fetch returns kBusy "rate-limited until T" at once and the scheduler comes back then.
  std::chrono::milliseconds max_rate_limit_wait{15 * 60 * 1000};
  // A used-up daily quota (LinkedIn) blocks its bucket until the next 00:00 UTC plus a
  // random delay up to this, so that accounts do not all call at midnight.
  std::chrono::milliseconds quota_reset_jitter{10 * 60 * 1000};
  // Seeds the jitter; 0 seeds from std::random_device.
  std::uint64_t seed = 0;
};

// The delays between attempts of one operation (AWS "Exponential Backoff And Jitter").
// Not thread-safe: one per operation.
class Backoff {
 public:
  explicit Backoff(const RetryPolicy& policy);
  // The delay before the next retry: the first call gives the first retry's delay.
  std::chrono::milliseconds Next();

 private:
  const RetryPolicy& policy_;
  std::mt19937_64 random_;
  int retries_ = 0;
  std::chrono::milliseconds previous_;
};

}  // namespace touchpoint
