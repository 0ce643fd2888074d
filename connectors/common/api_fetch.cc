#include "connectors/common/api_fetch.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <ctime>

#include "connectors/common/json_fields.h"
#include "connectors/common/timestamp.h"

namespace touchpoint {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

using Verdict = FetchVerdict;

Verdict Retry(StatusCode code, std::string message) {
  Verdict verdict;
  verdict.kind = Verdict::Kind::kRetry;
  verdict.status = Status(code, std::move(message));
  return verdict;
}

Verdict Final(StatusCode code, std::string message) {
  Verdict verdict;
  verdict.status = Status(code, std::move(message));
  return verdict;
}

bool LooksLikeHtml(const HttpResponse& response) {
  const std::string* type = response.Header("content-type");
  if (type != nullptr && type->find("text/html") != std::string::npos) return true;
  const auto first = std::find_if_not(response.body.begin(), response.body.end(),
                                      [](unsigned char c) { return std::isspace(c); });
  return first != response.body.end() && *first == '<';
}

// Why a body is not usable JSON, without quoting it (it may hold tokens).
std::string DescribeBadBody(const HttpResponse& response, const rapidjson::Document& document) {
  const std::string* type = response.Header("content-type");
  std::string what = "HTTP " + std::to_string(response.status) + " with ";
  if (response.body.empty()) return what + "an empty body";
  what += LooksLikeHtml(response) ? "an HTML page" : "a body that is not JSON";
  what += " (" + std::to_string(response.body.size()) + " bytes";
  if (type != nullptr) what += ", " + *type;
  what += ")";
  if (document.HasParseError()) {
    what += ": parse error at offset " + std::to_string(document.GetErrorOffset());
  } else {
    what += ": not an object or array";
  }
  return what;
}

std::string_view Str(const rapidjson::Value& object, const char* name) {
  return StringField(object, name);
}

long long Int(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return 0;
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd() || !member->value.IsInt64()) return 0;
  return member->value.GetInt64();
}

bool ContainsIgnoringCase(std::string_view text, std::string_view needle) {
  const auto lower = [](unsigned char c) { return std::tolower(c); };
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                     [&](char a, char b) { return lower(a) == lower(b); }) != text.end();
}

// The error an API put into a body: Facebook {"error":{...}}, X problem details, LinkedIn
// {"serviceErrorCode",...}, OAuth {"error":"...","error_description"}.
struct ApiError {
  long long facebook_code = 0;
  bool facebook_transient = false;
  std::string oauth_error;
  std::string x_type;
  // LinkedIn's daily quota: serviceErrorCode 101 or a "throttle limit" message.
  bool linkedin_quota = false;
  std::string summary;  // for messages
};

ApiError ReadApiError(const rapidjson::Document& document) {
  ApiError error;
  if (!document.IsObject()) return error;
  if (const rapidjson::Value* fb = ObjectField(document, "error")) {
    error.facebook_code = Int(*fb, "code");
    const auto transient = fb->FindMember("is_transient");
    error.facebook_transient = transient != fb->MemberEnd() && transient->value.IsBool() &&
                               transient->value.GetBool();
    error.summary = "(#" + std::to_string(error.facebook_code) + ") " +
                    std::string(Str(*fb, "message"));
    return error;
  }
  if (const std::string_view oauth = Str(document, "error"); !oauth.empty()) {
    error.oauth_error = oauth;
    error.summary = std::string(oauth);
    if (const auto description = Str(document, "error_description"); !description.empty()) {
      error.summary += ": " + std::string(description);
    }
    return error;
  }
  error.x_type = Str(document, "type");
  const std::string_view title = Str(document, "title");
  const std::string_view detail = Str(document, "detail");
  const std::string_view message = Str(document, "message");
  if (!title.empty()) {
    error.summary = std::string(title);
    if (!detail.empty() && detail != title) error.summary += ": " + std::string(detail);
  } else if (!message.empty()) {
    const std::string_view code = Str(document, "code");
    const long long service_code = Int(document, "serviceErrorCode");
    error.linkedin_quota = service_code == 101 || ContainsIgnoringCase(message, "throttle limit");
    if (!code.empty()) error.summary = std::string(code) + " ";
    if (service_code != 0) error.summary += "(" + std::to_string(service_code) + ") ";
    error.summary += std::string(message);
  }
  return error;
}

// Graph code 1 worded "Please reduce the amount of data you're asking for, then retry".
constexpr std::string_view kReduceData = "reduce the amount of data";

bool IsFacebookThrottle(long long code) {
  return code == 4 || code == 17 || code == 32 || code == 613 ||
         (code >= 80000 && code <= 80014);
}

bool IsFacebookPermission(long long code) {
  return code == 190 || code == 10 || (code >= 200 && code <= 299);
}

Verdict JudgeTransport(const HttpRequest& request, const HttpResponse& response) {
  std::string message = std::string(TransportErrorName(response.error)) + ": " +
                        response.error_message;
  switch (response.error) {
    case TransportError::kCancelled:
      return Final(StatusCode::kUnavailable, "stopped");
    case TransportError::kTls:
      return Final(StatusCode::kUnavailable, std::move(message));
    case TransportError::kTooLarge:
      return Final(StatusCode::kDataError, std::move(message));
    case TransportError::kConnectionRefused:
      return Retry(StatusCode::kUnavailable, std::move(message));
    default:
      if (request.method == HttpRequest::Method::kPost) {
        return Final(StatusCode::kUnavailable, std::move(message) + " (POST not retried)");
      }
      return Retry(StatusCode::kUnavailable, std::move(message));
  }
}

}  // namespace

FetchVerdict JudgeResponse(const HttpRequest& request, const HttpResponse& response) {
  if (!response.complete()) return JudgeTransport(request, response);
  const bool idempotent = request.method == HttpRequest::Method::kGet;
  const long status = response.status;
  Verdict verdict;
  verdict.document.Parse(response.body.c_str(), response.body.size());
  const bool json = !verdict.document.HasParseError() &&
                    (verdict.document.IsObject() || verdict.document.IsArray());

  if (status >= 200 && status < 300) {
    if (json) {
      verdict.kind = Verdict::Kind::kSuccess;
      return verdict;
    }
    std::string what = DescribeBadBody(response, verdict.document);
    if (!idempotent) return Final(StatusCode::kUnavailable, what + " (POST not retried)");
    return Retry(StatusCode::kUnavailable, std::move(what));
  }

  const ApiError error = json ? ReadApiError(verdict.document) : ApiError{};
  std::string what = "HTTP " + std::to_string(status);
  if (!error.summary.empty()) {
    what += ": " + error.summary;
  } else if (!json && !response.body.empty()) {
    what = DescribeBadBody(response, verdict.document);
  }

  if (status == 429 && error.linkedin_quota) {
    Verdict quota = Final(StatusCode::kBusy, what + " (daily quota)");
    quota.daily_quota = true;
    return quota;
  }
  if (status == 429 || IsFacebookThrottle(error.facebook_code)) {
    if (error.x_type.find("usage-capped") != std::string::npos) {
      return Final(StatusCode::kBusy,
                   what + " (a usage cap, not a rate limit: waiting for the reset does not help)");
    }
    Verdict throttle = Retry(StatusCode::kBusy, std::move(what));
    throttle.throttled = true;
    return throttle;
  }
  if (error.facebook_code == 368) return Final(StatusCode::kBusy, std::move(what));
  if (status == 401 || status == 403 || IsFacebookPermission(error.facebook_code) ||
      (status == 400 && !error.oauth_error.empty())) {
    return Final(StatusCode::kPermission, std::move(what));
  }
  if (status == 426) return Final(StatusCode::kConfigError, std::move(what));
  // The same request would fail the same way: the caller has to ask for less.
  if (error.facebook_code == 1 && error.summary.find(kReduceData) != std::string::npos) {
    return Final(StatusCode::kUsage, std::move(what));
  }
  const bool transient = status >= 500 || status == 408 || error.facebook_code == 1 ||
                         error.facebook_code == 2 || error.facebook_transient;
  if (transient) {
    if (!idempotent) return Final(StatusCode::kUnavailable, what + " (POST not retried)");
    return Retry(StatusCode::kUnavailable, std::move(what));
  }
  if (status >= 400 && status < 500) return Final(StatusCode::kUsage, std::move(what));
  return Final(StatusCode::kUnavailable, "unexpected " + what);
}

namespace {
constexpr std::string_view kRateLimitedUntil = "rate-limited until ";
}  // namespace

std::string RateLimitedUntil(std::chrono::system_clock::time_point until) {
  return std::string(kRateLimitedUntil) + FormatIso8601(until);
}

std::optional<std::chrono::system_clock::time_point> ParseRateLimitedUntil(const Status& status) {
  const std::string& message = status.message();
  const size_t at = message.rfind(kRateLimitedUntil);
  if (at == std::string::npos) return std::nullopt;
  const size_t begin = at + kRateLimitedUntil.size();
  const size_t end = message.find_first_of(" ;,", begin);
  const std::optional<int64_t> ms = ParseIso8601Ms(
      std::string_view(message).substr(begin, end == std::string::npos ? end : end - begin));
  // The message can quote an API's own error text: a time system_clock cannot hold (after
  // 2262) is no time.
  constexpr int64_t kLimitMs =
      std::chrono::duration_cast<milliseconds>(std::chrono::system_clock::duration::max()).count();
  if (!ms || *ms > kLimitMs || *ms < -kLimitMs) return std::nullopt;
  return std::chrono::system_clock::time_point(milliseconds(*ms));
}

std::string DescribeRequest(const HttpRequest& request) {
  std::string url = request.url.substr(0, request.url.find_first_of("?#"));
  // Drop user info ("https://user:password@host/...").
  if (const size_t scheme = url.find("://"); scheme != std::string::npos) {
    const size_t host = scheme + 3;
    const size_t path = url.find('/', host);
    const size_t at = url.rfind('@', path == std::string::npos ? url.size() : path);
    if (at != std::string::npos && at >= host) url.erase(host, at + 1 - host);
  }
  const bool has_query = url.size() < request.url.size();
  return (request.method == HttpRequest::Method::kGet ? "GET " : "POST ") + url +
         (has_query ? "?…" : "");
}

ApiFetcher::ApiFetcher(HttpClient& client, RateLimiter& limiter, Clock& clock,
                       RetryPolicy policy)
    : client_(client),
      limiter_(limiter),
      clock_(clock),
      policy_(std::move(policy)),
      random_(policy_.seed != 0 ? policy_.seed : std::random_device()()) {}

Status ApiFetcher::WaitForBucket(std::string_view bucket, const std::string& where) {
  const auto ready = limiter_.ReadyAt(bucket);
  const auto now = clock_.Now();
  if (ready <= now) return Status::Ok();
  const auto wait = std::chrono::ceil<milliseconds>(ready - now);
  if (wait > policy_.max_rate_limit_wait) {
    return Status(StatusCode::kBusy, where + ": " + RateLimitedUntil(ready));
  }
  spdlog::info("{}: waiting {} ms for rate limit {}", where, wait.count(), bucket);
  if (!clock_.SleepFor(wait)) return Status(StatusCode::kUnavailable, where + ": stopped");
  return Status::Ok();
}

Result<rapidjson::Document> ApiFetcher::Fetch(std::string_view bucket,
                                              const HttpRequest& request) {
  const std::string where = DescribeRequest(request);
  Backoff backoff(policy_);
  const int attempts = std::max(1, policy_.max_attempts);
  Verdict verdict;
  for (int attempt = 1; attempt <= attempts; ++attempt) {
    if (Status waited = WaitForBucket(bucket, where); !waited.ok()) return Fail(waited);
    HttpResponse response = client_.Perform(request);
    verdict = JudgeResponse(request, response);
    if (response.complete()) {
      limiter_.Observe(bucket, response, verdict.throttled, verdict.regain_after);
    }
    if (verdict.kind == Verdict::Kind::kSuccess) return std::move(verdict.document);
    if (verdict.daily_quota) {
      const long long jitter_ms = std::uniform_int_distribution<long long>(
          0, std::max<long long>(0, policy_.quota_reset_jitter.count()))(random_);
      const auto until = NextUtcMidnight(clock_.Now()) + milliseconds(jitter_ms);
      limiter_.BlockUntil(bucket, until);
      return Fail(StatusCode::kBusy,
                  where + ": " + verdict.status.message() + "; " + RateLimitedUntil(until));
    }
    if (verdict.kind == Verdict::Kind::kFinal) {
      return Fail(verdict.status.WithContext(where));
    }
    if (attempt == attempts) break;
    if (verdict.throttled) {
      spdlog::warn("{}: {}; attempt {}/{} after the rate-limit wait", where,
                   verdict.status.message(), attempt + 1, attempts);
      continue;  // WaitForBucket waits for what Observe recorded
    }
    const milliseconds delay = backoff.Next();
    spdlog::warn("{}: {}; attempt {}/{} in {} ms", where, verdict.status.message(), attempt + 1,
                 attempts, delay.count());
    if (!clock_.SleepFor(delay)) return Fail(StatusCode::kUnavailable, where + ": stopped");
  }
  if (verdict.throttled) {
    return Fail(StatusCode::kBusy, where + ": " + verdict.status.message() +
                                       "; " + RateLimitedUntil(limiter_.ReadyAt(bucket)));
  }
  return Fail(StatusCode::kUnavailable, where + ": giving up after " + std::to_string(attempts) +
                                            " attempts; last: " + verdict.status.message());
}

}  // namespace touchpoint
