#pragma once

#include <chrono>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "connectors/common/clock.h"
#include "connectors/common/http_client.h"
#include "connectors/common/rate_limiter.h"
#include "connectors/common/retry_policy.h"
#include "core/status.h"

namespace touchpoint {

// The policy layer between a connector and HttpClient: waits for the bucket's rate limit,
// sends, judges the answer, retries what is safe to retry, and returns a parsed JSON document
// or a Status that says what happened. Never an empty success for a bad body.
//
// Retried (with RetryPolicy's backoff, up to max_attempts in all): timeouts, connection
// resets and refusals, truncated bodies, other transport errors, 5xx and 408, 2xx bodies that
// are not a JSON object or array (HTML pages from proxies included), Facebook codes 1 (but
// see kUsage) and 2 and `is_transient` errors, and throttles (429, Facebook codes
// 4/17/32/613/80000-80014) after waiting for the bucket. A POST (OAuth refresh: the server
// may rotate the token even if the answer is lost) is retried only when the connection was
// refused or the call was throttled.
//
// Errors (the message starts with "GET https://host/path" — never the query, which can hold
// an access_token — and carries the API's own error title or message, never the body):
//   - kPermission: 401, 403, Facebook 190 / 10 / 200-299, an OAuth error ("error" member) on
//     400: the caller refreshes the token or marks the account for re-auth; not retried;
//   - kBusy: "rate-limited until <UTC time>" when the bucket is blocked beyond
//     max_rate_limit_wait or throttles used up the attempts; X's UsageCapExceeded (waiting for
//     the reset does not help) and Facebook 368 at once;
//     a LinkedIn daily quota (429 with serviceErrorCode 101 or a "throttle limit" message)
//     at once, the bucket blocked until the next 00:00 UTC plus up to
//     RetryPolicy::quota_reset_jitter (other LinkedIn 429s name no reset time: they back
//     off exponentially from ~10 s, see RateLimiter);
//   - kUnavailable: transient failures exhausted (with the last one), TLS failures (not
//     retried), or "stopped" when the stop flag ended a wait or a transfer;
//   - kConfigError: 426 (LinkedIn-Version no longer active);
//   - kUsage: any other 4xx (the request is wrong: bad parameter, unknown object), and
//     Facebook code 1 worded "reduce the amount of data" (ask again with smaller limits);
//   - kDataError: body larger than HttpClientOptions::max_body_bytes.
// A 2xx JSON body is returned as is: partial errors (X `errors` beside `data`) are the
// caller's to read. Logs each retry and wait once at warn/info; never logs headers or bodies.
// Not thread-safe (the HttpClient is not); the RateLimiter may be shared.
class ApiFetcher {
 public:
  // All references must outlive the fetcher.
  ApiFetcher(HttpClient& client, RateLimiter& limiter, Clock& clock, RetryPolicy policy = {});

  Result<rapidjson::Document> Fetch(std::string_view bucket, const HttpRequest& request);

 private:
  Status WaitForBucket(std::string_view bucket, const std::string& where);

  HttpClient& client_;
  RateLimiter& limiter_;
  Clock& clock_;
  const RetryPolicy policy_;
  std::mt19937_64 random_;  // quota jitter
};

// What one attempt of ApiFetcher::Fetch comes to, judged from the response alone.
struct FetchVerdict {
  enum class Kind { kSuccess, kRetry, kFinal };
  Kind kind = Kind::kFinal;
  // kRetry, kFinal: the error as Fetch describes it, without the request.
  Status status;
  bool throttled = false;    // a 429 or a throttling code in the body: the bucket waits
  bool daily_quota = false;  // LinkedIn: used up until the next 00:00 UTC
  std::chrono::seconds regain_after{0};
  rapidjson::Document document;  // kSuccess: the parsed body (an object or an array)
};

// Fetch's judgement of one response, with the rules and codes listed above ApiFetcher:
// the body parsed, an API error read from it (Facebook, X, LinkedIn, OAuth shapes), and the
// outcome classified. Pure: no HTTP, no rate-limit state, no logging.
FetchVerdict JudgeResponse(const HttpRequest& request, const HttpResponse& response);

// "rate-limited until <UTC time>": how every kBusy rate-limit error says when to come back.
std::string RateLimitedUntil(std::chrono::system_clock::time_point until);
// The time such an error names (the last one when there are several), or nullopt (also for
// a time after 2262, which system_clock cannot hold).
std::optional<std::chrono::system_clock::time_point> ParseRateLimitedUntil(const Status& status);

// "GET https://host/path": the request without query, fragment or user info, for messages.
std::string DescribeRequest(const HttpRequest& request);

}  // namespace touchpoint
