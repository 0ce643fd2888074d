#pragma once

#include <chrono>
#include <optional>
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
// are not a JSON object or array (HTML pages from proxies included), Facebook codes 1 and 2 and
// `is_transient` errors, and throttles (429, Facebook codes 4/17/32/613/80000-80014) after
// waiting for the bucket. A POST (OAuth refresh: the server may rotate the token even if the
// answer is lost) is retried only when the connection was refused or the call was throttled.
//
// Errors (the message starts with "GET https://host/path" — never the query, which can hold
// an access_token — and carries the API's own error title or message, never the body):
//   - kPermission: 401, 403, Facebook 190 / 10 / 200-299, an OAuth error ("error" member) on
//     400: the caller refreshes the token or marks the account for re-auth; not retried;
//   - kBusy: "rate-limited until <UTC time>" when the bucket is blocked beyond
//     max_rate_limit_wait or throttles used up the attempts; X's UsageCapExceeded (waiting for
//     the reset does not help) and Facebook 368 at once;
//   - kUnavailable: transient failures exhausted (with the last one), TLS failures (not
//     retried), or "stopped" when the stop flag ended a wait or a transfer;
//   - kConfigError: 426 (LinkedIn-Version no longer active);
//   - kUsage: any other 4xx (the request is wrong: bad parameter, unknown object);
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
};

// "rate-limited until <UTC time>": how every kBusy rate-limit error says when to come back.
std::string RateLimitedUntil(std::chrono::system_clock::time_point until);
// The time such an error names (the last one when there are several), or nullopt.
std::optional<std::chrono::system_clock::time_point> ParseRateLimitedUntil(const Status& status);

// "GET https://host/path": the request without query, fragment or user info, for messages.
std::string DescribeRequest(const HttpRequest& request);

}  // namespace touchpoint
