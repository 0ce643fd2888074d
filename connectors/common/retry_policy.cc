#include "connectors/common/retry_policy.h"

#include <algorithm>

namespace touchpoint {
namespace {

std::uint64_t Seed(std::uint64_t seed) {
  if (seed != 0) return seed;
  std::random_device device;
  return (static_cast<std::uint64_t>(device()) << 32) ^ device();
}

}  // namespace

Backoff::Backoff(const RetryPolicy& policy)
    : policy_(policy), random_(Seed(policy.seed)), previous_(policy.base_delay) {}

std::chrono::milliseconds Backoff::Next() {
  using std::chrono::milliseconds;
  const long long cap = static_cast<long long>(policy_.max_delay.count());
  const long long base = std::min(static_cast<long long>(policy_.base_delay.count()), cap);
  ++retries_;
  long long delay = 0;
  if (policy_.jitter == RetryPolicy::Jitter::kFull) {
    const int doublings = std::min(retries_ - 1, 30);
    const long long ceiling = std::min(cap, base << doublings);
    delay = std::uniform_int_distribution<long long>(0, ceiling)(random_);
  } else {
    const long long ceiling = std::min(cap, std::max(base, static_cast<long long>(previous_.count()) * 3));
    delay = std::uniform_int_distribution<long long>(base, ceiling)(random_);
  }
  previous_ = milliseconds(delay);
  return previous_;
}

}  // namespace touchpoint
