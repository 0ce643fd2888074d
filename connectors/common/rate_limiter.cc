#include "connectors/common/rate_limiter.h"

#include <curl/curl.h>
#include <rapidjson/document.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>

#include "connectors/common/timestamp.h"

namespace touchpoint {
namespace {

using std::chrono::seconds;
using TimePoint = std::chrono::system_clock::time_point;

// The longest wait and the farthest time a header is taken to name. Anything beyond is as
// good as forever (Observe caps every wait at max_wait anyway), and system_clock's
// nanoseconds hold only about 292 years: converting a larger header value overflowed.
constexpr seconds kFarthest = std::chrono::hours(24 * 366);

// `count` seconds, in [0, kFarthest]; a negative value (or NaN) is 0.
seconds ClampedSeconds(double count) {
  if (!(count > 0)) return seconds(0);
  if (count >= static_cast<double>(kFarthest.count())) return kFarthest;
  return seconds(static_cast<long long>(count));
}

// The time `epoch` seconds after 1970 names, at most kFarthest after `now`; a time before
// 1970 is taken as 1970 (as much in the past for every caller).
TimePoint NearEpoch(long long epoch, TimePoint now) {
  const long long latest =
      std::chrono::duration_cast<seconds>(now.time_since_epoch() + kFarthest).count();
  const long long clamped = std::clamp(epoch, 0LL, std::max(0LL, latest));
  return TimePoint(std::chrono::duration_cast<TimePoint::duration>(seconds(clamped)));
}

std::optional<long long> ParseInteger(const std::string* text) {
  if (text == nullptr) return std::nullopt;
  long long value = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, error] = std::from_chars(text->data(), end, value);
  if (error != std::errc() || ptr != end) return std::nullopt;
  return value;
}

// The highest number among `keys` of a usage object, and its regain estimate (minutes).
void ReadUsageObject(const rapidjson::Value& object, std::initializer_list<const char*> keys,
                     FacebookUsage& usage, bool& found) {
  if (!object.IsObject()) return;
  for (const char* key : keys) {
    const auto member = object.FindMember(key);
    if (member != object.MemberEnd() && member->value.IsNumber()) {
      usage.max_percent = std::max(usage.max_percent, member->value.GetDouble());
      found = true;
    }
  }
  const auto regain = object.FindMember("estimated_time_to_regain_access");
  if (regain != object.MemberEnd() && regain->value.IsNumber()) {
    usage.regain_after =
        std::max(usage.regain_after, ClampedSeconds(regain->value.GetDouble() * 60));
  }
}

}  // namespace

std::optional<FacebookUsage> ParseFacebookUsage(const HttpResponse& response) {
  FacebookUsage usage;
  bool found = false;
  for (const char* name : {"x-app-usage", "x-page-usage"}) {
    if (const std::string* value = response.Header(name)) {
      rapidjson::Document doc;
      doc.Parse(value->c_str());
      if (!doc.HasParseError()) {
        ReadUsageObject(doc, {"call_count", "total_time", "total_cputime"}, usage, found);
      }
    }
  }
  // {"<business id>":[{"type":"pages","call_count":..,...,"estimated_time_to_regain_access":m}]}
  if (const std::string* value = response.Header("x-business-use-case-usage")) {
    rapidjson::Document doc;
    doc.Parse(value->c_str());
    if (!doc.HasParseError() && doc.IsObject()) {
      for (const auto& business : doc.GetObject()) {
        if (!business.value.IsArray()) continue;
        for (const auto& entry : business.value.GetArray()) {
          ReadUsageObject(entry, {"call_count", "total_time", "total_cputime"}, usage, found);
        }
      }
    }
  }
  // {"acc_id_util_pct":9.67,"reset_time_duration":0,"ads_api_access_tier":"..."}
  if (const std::string* value = response.Header("x-ad-account-usage")) {
    rapidjson::Document doc;
    doc.Parse(value->c_str());
    if (!doc.HasParseError() && doc.IsObject()) {
      ReadUsageObject(doc, {"acc_id_util_pct"}, usage, found);
      const auto reset = doc.FindMember("reset_time_duration");
      if (reset != doc.MemberEnd() && reset->value.IsNumber()) {
        usage.regain_after = std::max(usage.regain_after, ClampedSeconds(reset->value.GetDouble()));
      }
    }
  }
  if (!found) return std::nullopt;
  return usage;
}

std::optional<TimePoint> ParseRetryAfter(std::string_view value, TimePoint now) {
  const std::string text(value);
  if (const auto delay = ParseInteger(&text)) {
    if (*delay < 0) return std::nullopt;
    return now + std::min(seconds(*delay), kFarthest);
  }
  const time_t date = curl_getdate(text.c_str(), nullptr);
  if (date == -1) return std::nullopt;
  return NearEpoch(date, now);
}

TimePoint NextUtcMidnight(TimePoint now) {
  const auto day = std::chrono::floor<std::chrono::days>(now);
  return TimePoint(day + std::chrono::days(1));
}

RateLimiter::RateLimiter(Clock& clock, RateLimitOptions options)
    : clock_(clock), options_(std::move(options)) {}

std::string RateLimiter::BucketKey(std::string_view account, std::string_view endpoint_group) {
  std::string key(account);
  key.append("/").append(endpoint_group);
  return key;
}

RateLimiter::TimePoint RateLimiter::ReadyAt(std::string_view bucket) const {
  std::lock_guard lock(mutex_);
  const auto it = buckets_.find(bucket);
  return it == buckets_.end() ? TimePoint{} : it->second.not_before;
}

RateLimiter::TimePoint RateLimiter::Observe(std::string_view bucket,
                                            const HttpResponse& response, bool throttled,
                                            seconds regain_after) {
  const TimePoint now = clock_.Now();
  const auto limit = ParseInteger(response.Header("x-rate-limit-limit"));
  const auto remaining = ParseInteger(response.Header("x-rate-limit-remaining"));
  std::optional<TimePoint> reset;
  if (const auto epoch = ParseInteger(response.Header("x-rate-limit-reset"))) {
    reset = NearEpoch(*epoch, now);
    // A reset is the end of the current window: in the future, and at most one window away.
    // Anything else means one of the two clocks is wrong.
    const auto ahead = std::chrono::duration_cast<seconds>(*reset - now);
    if (ahead < seconds(-5) || ahead > options_.max_wait + seconds(60)) {
      spdlog::warn("rate limit {}: x-rate-limit-reset {} is {} s from local time {}: clock skew?",
                   bucket, FormatIso8601(*reset), ahead.count(), FormatIso8601(now));
    }
  }
  std::optional<TimePoint> retry_after;
  if (const std::string* value = response.Header("retry-after")) {
    retry_after = ParseRetryAfter(*value, now);
  }
  const auto usage = ParseFacebookUsage(response);
  if (usage) regain_after = std::max(regain_after, usage->regain_after);

  std::lock_guard lock(mutex_);
  Bucket& state = buckets_[std::string(bucket)];
  TimePoint until = now;
  const char* reason = "";
  if (retry_after && *retry_after > until) {
    until = *retry_after;
    reason = "Retry-After";
  }
  if (throttled) {
    ++state.consecutive_throttles;
    if (retry_after) {
      // Retry-After is the most specific instruction there is.
    } else if (reset && *reset > now) {
      until = *reset + options_.reset_margin;
      reason = "throttled until x-rate-limit-reset";
    } else if (regain_after.count() > 0) {
      until = now + regain_after;
      reason = "throttled, estimated time to regain access";
    } else {
      // No time given (LinkedIn, or a reset already past): back off exponentially.
      const int doublings = std::min(state.consecutive_throttles - 1, 20);
      until = now + options_.throttle_backoff_base * (1LL << doublings);
      reason = "throttled without a reset time";
    }
  } else {
    state.consecutive_throttles = 0;
    if (remaining && reset && *reset > now) {
      const double low = limit ? std::max(1.0, *limit * options_.low_remaining_fraction) : 1.0;
      if (*remaining <= 0) {
        until = std::max(until, *reset + options_.reset_margin);
        reason = "x-rate-limit-remaining is 0";
      } else if (*remaining <= low) {
        // Spread what is left of the window over the remaining calls.
        until = std::max<TimePoint>(
            until, now + std::chrono::duration_cast<TimePoint::duration>((*reset - now) /
                                                                           (*remaining + 1)));
        reason = "x-rate-limit-remaining is low";
      }
    }
  }
  if (usage && usage->max_percent >= options_.usage_stop_percent) {
    until = std::max(until, now + std::max<seconds>(options_.usage_stop_pause, regain_after));
    reason = "Facebook usage above the stop threshold";
  } else if (usage && usage->max_percent >= options_.usage_slow_percent) {
    until = std::max(until, now + options_.usage_slow_pause);
    reason = "Facebook usage above the slow-down threshold";
  }
  if (until - now > options_.max_wait) {
    spdlog::warn("rate limit {}: {} asks to wait until {}; capping the wait at {} s", bucket,
                 reason, FormatIso8601(until), options_.max_wait.count());
    until = now + options_.max_wait;
  }
  state.not_before = until;
  if (until > now) {
    spdlog::info("rate limit {}: {}; next request not before {}", bucket, reason, FormatIso8601(until));
  }
  return until;
}

void RateLimiter::BlockUntil(std::string_view bucket, TimePoint until) {
  std::lock_guard lock(mutex_);
  Bucket& state = buckets_[std::string(bucket)];
  state.not_before = std::max(state.not_before, until);
  spdlog::info("rate limit {}: blocked; next request not before {}", bucket, FormatIso8601(until));
}

}  // namespace touchpoint
