#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "connectors/common/clock.h"
#include "connectors/common/http_client.h"

namespace touchpoint {

struct RateLimitOptions {
  // Cap on any wait the limiter computes; a longer one is logged as clock skew (or an odd
  // header) and cut to this. twarc caps at 15 min for the same reason.
  std::chrono::seconds max_wait{15 * 60};
  // Extra wait after an advertised reset, so the first request lands in the new window.
  std::chrono::seconds reset_margin{1};
  // Throttle ahead: when x-rate-limit-remaining is at most this share of the limit (and above
  // 0), the remaining calls are spread evenly until the reset. At 0, wait for the reset.
  double low_remaining_fraction = 0.05;
  // First wait after a throttle that names no time (LinkedIn 429, Facebook codes without an
  // estimate); doubles with each consecutive throttle of the bucket, up to max_wait.
  std::chrono::seconds throttle_backoff_base{10};
  // Facebook usage headers (percent of the limit, the highest of all dimensions): at or above
  // usage_slow_percent wait usage_slow_pause between calls; at or above usage_stop_percent
  // wait usage_stop_pause (or the advertised time to regain access, if longer).
  double usage_slow_percent = 80;
  std::chrono::seconds usage_slow_pause{30};
  double usage_stop_percent = 95;
  std::chrono::seconds usage_stop_pause{10 * 60};
};

// Facebook's usage headers (X-App-Usage, X-Page-Usage, X-Business-Use-Case-Usage,
// X-Ad-Account-Usage), reduced to what a client acts on.
struct FacebookUsage {
  double max_percent = 0;                   // highest percentage of any dimension
  std::chrono::seconds regain_after{0};     // estimated_time_to_regain_access (0 = none)
};
// Times and waits that headers name are taken as at most 366 days ahead of now, and times as
// no earlier than 1970 (beyond, system_clock would overflow); Observe caps waits at max_wait
// in any case.
// nullopt when none of the headers is present or none parses.
std::optional<FacebookUsage> ParseFacebookUsage(const HttpResponse& response);

// Retry-After as delay-seconds or an HTTP-date, at most 366 days after `now`; nullopt when
// absent or unparseable.
std::optional<std::chrono::system_clock::time_point> ParseRetryAfter(
    std::string_view value, std::chrono::system_clock::time_point now);

// The first 00:00 UTC strictly after `now`: when LinkedIn's daily quotas reset (apis.md 3.6).
std::chrono::system_clock::time_point NextUtcMidnight(std::chrono::system_clock::time_point now);

// Per-bucket rate-limit state. A bucket is one (account, endpoint group) pair, e.g.
// BucketKey("alice", "x.dm"): X limits per endpoint and user, Facebook per app/page/business,
// LinkedIn per endpoint, member and day. Reads X's x-rate-limit-{limit,remaining,reset},
// Retry-After (on any status), Facebook's usage headers, and throttles reported by the caller
// from the body (429 status, Facebook codes 4/17/32/613/80000-80014). Thread-safe.
class RateLimiter {
 public:
  using TimePoint = std::chrono::system_clock::time_point;

  explicit RateLimiter(Clock& clock, RateLimitOptions options = {});

  static std::string BucketKey(std::string_view account, std::string_view endpoint_group);

  // The earliest time a request may go to `bucket`; at or before Now() means at once.
  TimePoint ReadyAt(std::string_view bucket) const;

  // Updates `bucket` from a complete response. `throttled` is true for a 429 or a throttling
  // error code found in the body; `regain_after` is a wait the body names (0 = none). Waits
  // computed here never exceed options.max_wait. Returns the new ReadyAt.
  TimePoint Observe(std::string_view bucket, const HttpResponse& response, bool throttled,
                    std::chrono::seconds regain_after = std::chrono::seconds{0});

  // Blocks `bucket` until `until` without the max_wait cap: for a reset the platform's rules
  // fix (a daily quota's midnight), which no skewed header can have distorted.
  void BlockUntil(std::string_view bucket, TimePoint until);

 private:
  struct Bucket {
    TimePoint not_before;
    int consecutive_throttles = 0;
  };

  Clock& clock_;
  const RateLimitOptions options_;
  mutable std::mutex mutex_;
  std::map<std::string, Bucket, std::less<>> buckets_;
};

}  // namespace touchpoint
