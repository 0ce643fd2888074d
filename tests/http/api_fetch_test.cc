#include "connectors/common/api_fetch.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "tests/daemon/log_capture.h"
#include "tests/support/fake_api_server.h"
#include "tests/support/fake_clock.h"

namespace touchpoint {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using std::chrono::system_clock;
using test::FakeApiServer;
using test::FakeHandler;
using test::FakeRequest;
using test::FakeResponse;

constexpr char kBucket[] = "alice/x.mentions";

HttpClientOptions ShortTimeouts() {
  HttpClientOptions options;
  options.connect_timeout = milliseconds(1000);
  options.total_timeout = milliseconds(1000);
  return options;
}

// Answers from a script, one response per request; the last one repeats.
FakeHandler Script(std::vector<FakeResponse> responses) {
  auto state = std::make_shared<std::pair<std::mutex, size_t>>();
  return [state, responses = std::move(responses)](const FakeRequest&) {
    std::lock_guard lock(state->first);
    const size_t at = std::min(state->second++, responses.size() - 1);
    return responses[at];
  };
}

std::string Epoch(system_clock::time_point time) {
  return std::to_string(system_clock::to_time_t(time));
}

FakeResponse Slow(milliseconds delay) {
  FakeResponse response = FakeResponse::Json(200, "{}");
  response.delay = delay;
  return response;
}

FakeResponse WithFault(FakeResponse::Fault fault) {
  FakeResponse response = FakeResponse::Json(200, R"({"data":[{"id":"1"},{"id":"2"}]})");
  response.fault = fault;
  return response;
}

class ApiFetchTest : public ::testing::Test {
 protected:
  ApiFetchTest() {
    policy_.max_attempts = 4;
    policy_.base_delay = milliseconds(100);
    policy_.max_delay = milliseconds(1000);
    policy_.seed = 42;
  }

  Result<rapidjson::Document> Fetch(const std::string& path, std::string bucket = kBucket) {
    HttpRequest request;
    request.url = server_.base_url() + path;
    request.headers = {{"Authorization", "Bearer SECRET-TOKEN-123"}};
    ApiFetcher fetcher(client_, limiter_, clock_, policy_);
    return fetcher.Fetch(bucket, request);
  }

  test::FakeClock clock_;
  FakeApiServer server_{[this] { return clock_.Now(); }};
  HttpClient client_{ShortTimeouts()};
  RateLimiter limiter_{clock_};
  RetryPolicy policy_;
};

TEST_F(ApiFetchTest, ReturnsTheParsedDocumentWithPartialErrors) {
  server_.Route("GET", "/2/tweets", Script({FakeResponse::Json(
      200, R"({"data":[{"id":"1445880548472328192"}],"errors":[{"title":"Not Found Error",)"
           R"("detail":"Could not find tweet","type":"https://api.twitter.com/2/problems/resource-not-found"}]})")}));
  auto document = Fetch("/2/tweets?ids=1445880548472328192,2");
  ASSERT_TRUE(document.has_value()) << document.error().message();
  EXPECT_STREQ((*document)["data"][0]["id"].GetString(), "1445880548472328192");
  EXPECT_TRUE((*document)["errors"].IsArray());
  EXPECT_EQ(server_.requests().at(0).Header("authorization"), "Bearer SECRET-TOKEN-123");
}

TEST_F(ApiFetchTest, After429WithResetNoRequestBeforeTheReset) {
  const auto reset = clock_.Now() + seconds(60);
  server_.Route("GET", "/2/users/1/mentions",
                Script({FakeResponse::Json(429, R"({"title":"Too Many Requests","status":429})")
                            .WithHeader("x-rate-limit-limit", "450")
                            .WithHeader("x-rate-limit-remaining", "3")  // 429 despite remaining
                            .WithHeader("x-rate-limit-reset", Epoch(reset)),
                        FakeResponse::Json(200, R"({"meta":{"result_count":0}})")}));
  auto document = Fetch("/2/users/1/mentions");
  ASSERT_TRUE(document.has_value()) << document.error().message();
  const auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_GE(requests[1].received_at, reset);
  EXPECT_LE(requests[1].received_at, reset + seconds(2));
}

TEST_F(ApiFetchTest, RemainingZeroWaitsForTheResetBeforeTheNextCall) {
  const auto reset = clock_.Now() + seconds(120);
  server_.Route("GET", "/2/dm_events",
                Script({FakeResponse::Json(200, R"({"data":[]})")
                            .WithHeader("x-rate-limit-limit", "300")
                            .WithHeader("x-rate-limit-remaining", "0")
                            .WithHeader("x-rate-limit-reset", Epoch(reset)),
                        FakeResponse::Json(200, R"({"data":[]})")}));
  ASSERT_TRUE(Fetch("/2/dm_events").has_value());
  ASSERT_TRUE(Fetch("/2/dm_events").has_value());
  const auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_GE(requests[1].received_at, reset);
}

TEST_F(ApiFetchTest, LowRemainingSpreadsTheRestOfTheWindow) {
  const auto start = clock_.Now();
  server_.Route("GET", "/2/dm_events",
                Script({FakeResponse::Json(200, "{}")
                            .WithHeader("x-rate-limit-limit", "300")
                            .WithHeader("x-rate-limit-remaining", "2")
                            .WithHeader("x-rate-limit-reset", Epoch(start + seconds(90))),
                        FakeResponse::Json(200, "{}")}));
  ASSERT_TRUE(Fetch("/2/dm_events").has_value());
  ASSERT_TRUE(Fetch("/2/dm_events").has_value());
  // 90 s left for 2 calls: one every 30 s.
  EXPECT_GE(server_.requests().at(1).received_at, start + seconds(30));
}

TEST_F(ApiFetchTest, HonoursRetryAfterInSecondsAndAsADate) {
  const auto start = clock_.Now();
  const auto date_target = start + seconds(40);
  char date[64];
  const std::time_t t = system_clock::to_time_t(date_target);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  server_.Route("GET", "/x", Script({FakeResponse::Json(503, "{}").WithHeader("Retry-After", "7"),
                                     FakeResponse::Json(429, "{}").WithHeader("Retry-After", date),
                                     FakeResponse::Json(200, "{}")}));
  ASSERT_TRUE(Fetch("/x").has_value());
  const auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_GE(requests[1].received_at, start + seconds(7));
  EXPECT_GE(requests[2].received_at, date_target);
}

TEST_F(ApiFetchTest, FacebookUsageAbove80PercentThrottlesTheNextCall) {
  const auto start = clock_.Now();
  server_.Route("GET", "/v19.0/me/conversations",
                Script({FakeResponse::Json(200, R"({"data":[]})")
                            .WithHeader("X-App-Usage",
                                        R"({"call_count":90,"total_time":25,"total_cputime":25})"),
                        FakeResponse::Json(200, R"({"data":[]})")}));
  ASSERT_TRUE(Fetch("/v19.0/me/conversations", "alice/fb.page").has_value());
  EXPECT_GT(limiter_.ReadyAt("alice/fb.page"), clock_.Now());
  ASSERT_TRUE(Fetch("/v19.0/me/conversations", "alice/fb.page").has_value());
  EXPECT_GE(server_.requests().at(1).received_at, start + seconds(30));
}

TEST_F(ApiFetchTest, FacebookThrottlingCodeWaitsForTheRegainEstimate) {
  const auto start = clock_.Now();
  server_.Route(
      "GET", "/v19.0/1/feed",
      Script({FakeResponse::Json(
                  400, R"({"error":{"message":"(#80001) There have been too many calls to this )"
                       R"(Page account.","type":"OAuthException","code":80001,"fbtrace_id":"A"}})")
                  .WithHeader("X-Business-Use-Case-Usage",
                              R"({"1":[{"type":"pages","call_count":100,"total_cputime":10,)"
                              R"("total_time":10,"estimated_time_to_regain_access":2}]})"),
              FakeResponse::Json(200, R"({"data":[]})")}));
  ASSERT_TRUE(Fetch("/v19.0/1/feed", "alice/fb.page").has_value());
  const auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_GE(requests[1].received_at, start + seconds(120));
}

TEST_F(ApiFetchTest, LinkedIn429WithoutHeadersBacksOffExponentially) {
  // A 429 "for infrastructure protection": no quota named, no reset time.
  const FakeResponse throttle =
      FakeResponse::Json(429, R"({"message":"Too many requests","status":429})");
  server_.Route("GET", "/rest/memberChangeLogs",
                Script({throttle, throttle, throttle, FakeResponse::Json(200, R"({"elements":[]})")}));
  ASSERT_TRUE(Fetch("/rest/memberChangeLogs?q=memberAndApplication", "alice/li.changelog"));
  const auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 4u);
  EXPECT_EQ(requests[1].received_at - requests[0].received_at, seconds(10));
  EXPECT_EQ(requests[2].received_at - requests[1].received_at, seconds(20));
  EXPECT_EQ(requests[3].received_at - requests[2].received_at, seconds(40));
}

TEST_F(ApiFetchTest, ALinkedInDailyQuotaBlocksTheBucketUntilMidnightUtc) {
  policy_.quota_reset_jitter = milliseconds(5 * 60 * 1000);
  const FakeResponse quota = FakeResponse::Json(
      429, R"({"serviceErrorCode":101,"message":"Resource level throttle limit for calls to )"
           R"(this resource is reached.","status":429})");
  server_.Route("GET", "/rest/memberChangeLogs",
                Script({quota, FakeResponse::Json(200, R"({"elements":[]})")}));
  auto first = Fetch("/rest/memberChangeLogs?q=memberAndApplication", "alice/li.changelog");
  ASSERT_FALSE(first.has_value());
  EXPECT_EQ(first.error().code(), StatusCode::kBusy);
  EXPECT_NE(first.error().message().find("rate-limited until"), std::string::npos);
  EXPECT_EQ(server_.request_count(), 1u);  // a quota is not retried
  const auto midnight = NextUtcMidnight(clock_.Now());
  const auto ready = limiter_.ReadyAt("alice/li.changelog");
  EXPECT_GE(ready, midnight);
  EXPECT_LE(ready, midnight + std::chrono::minutes(5));
  EXPECT_LE(limiter_.ReadyAt("alice/li.org"), clock_.Now());  // other buckets go on

  // Hours before midnight: kBusy at once, no call.
  auto early = Fetch("/rest/memberChangeLogs?q=memberAndApplication", "alice/li.changelog");
  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(early.error().code(), StatusCode::kBusy);
  EXPECT_EQ(server_.request_count(), 1u);
  // Shortly before: the fetch waits, and the call lands after midnight.
  clock_.Advance(std::chrono::duration_cast<milliseconds>(midnight - clock_.Now()) -
                 milliseconds(1000));
  ASSERT_TRUE(Fetch("/rest/memberChangeLogs?q=memberAndApplication", "alice/li.changelog"));
  ASSERT_EQ(server_.request_count(), 2u);
  EXPECT_GE(server_.requests()[1].received_at, midnight);
}

TEST_F(ApiFetchTest, ALinkedInThrottleLimitMessageIsAQuotaToo) {
  server_.Route("GET", "/rest/x", Script({FakeResponse::Json(
      429, R"({"message":"Member level throttle limit reached","status":429})")}));
  auto result = Fetch("/rest/x", "alice/li.x");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), StatusCode::kBusy);
  EXPECT_GE(limiter_.ReadyAt("alice/li.x"), NextUtcMidnight(clock_.Now()));
  EXPECT_EQ(server_.request_count(), 1u);
}

TEST_F(ApiFetchTest, ResetBeyondTheWaitLimitReturnsBusyWithoutCalling) {
  policy_.max_rate_limit_wait = milliseconds(60'000);
  server_.Route("GET", "/x",
                Script({FakeResponse::Json(429, R"({"title":"Too Many Requests"})")
                            .WithHeader("x-rate-limit-reset", Epoch(clock_.Now() + seconds(600)))}));
  auto first = Fetch("/x");
  ASSERT_FALSE(first.has_value());
  EXPECT_EQ(first.error().code(), StatusCode::kBusy);
  EXPECT_NE(first.error().message().find("rate-limited until"), std::string::npos)
      << first.error().message();
  auto second = Fetch("/x");
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code(), StatusCode::kBusy);
  EXPECT_EQ(server_.request_count(), 1u);
}

TEST_F(ApiFetchTest, UsageCapIsNotRetried) {
  server_.Route("GET", "/x", Script({FakeResponse::Json(
      429, R"({"title":"UsageCapExceeded","detail":"Usage cap exceeded: Monthly product cap",)"
           R"("type":"https://api.twitter.com/2/problems/usage-capped","period":"Monthly"})")}));
  auto result = Fetch("/x");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), StatusCode::kBusy);
  EXPECT_NE(result.error().message().find("Usage cap exceeded"), std::string::npos);
  EXPECT_EQ(server_.request_count(), 1u);
}

TEST_F(ApiFetchTest, ServerErrorsAreRetriedWithCappedBackoff) {
  server_.Route("GET", "/x", Script({FakeResponse::Json(500, "{}"), FakeResponse::Json(503, "{}"),
                                     FakeResponse::Html(502), FakeResponse::Json(200, R"([1])")}));
  auto document = Fetch("/x");
  ASSERT_TRUE(document.has_value()) << document.error().message();
  EXPECT_EQ(server_.request_count(), 4u);
  const auto sleeps = clock_.sleeps();
  ASSERT_EQ(sleeps.size(), 3u);
  for (const auto sleep : sleeps) EXPECT_LE(sleep, policy_.max_delay);
}

TEST_F(ApiFetchTest, PersistentServerErrorGivesUnavailableAfterMaxAttempts) {
  server_.Route("GET", "/x", Script({FakeResponse::Json(503, R"({"title":"Service Unavailable"})")}));
  auto result = Fetch("/x?access_token=SECRET-QUERY");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), StatusCode::kUnavailable);
  EXPECT_NE(result.error().message().find("HTTP 503"), std::string::npos);
  EXPECT_EQ(result.error().message().find("SECRET-QUERY"), std::string::npos);
  EXPECT_EQ(server_.request_count(), 4u);
}

TEST_F(ApiFetchTest, BadBodiesAreErrorsAfterRetriesNeverEmptySuccess) {
  for (const FakeResponse& bad :
       {FakeResponse::Json(200, "not json"), FakeResponse::Json(200, ""),
        FakeResponse::Json(200, R"("a string")"), FakeResponse::Html(200)}) {
    test::FakeClock clock;
    FakeApiServer server;
    server.Route("GET", "/x", Script({bad}));
    HttpClient client(ShortTimeouts());
    RateLimiter limiter(clock);
    ApiFetcher fetcher(client, limiter, clock, policy_);
    HttpRequest request;
    request.url = server.base_url() + "/x";
    auto result = fetcher.Fetch(kBucket, request);
    ASSERT_FALSE(result.has_value()) << bad.body;
    EXPECT_EQ(result.error().code(), StatusCode::kUnavailable);
    EXPECT_EQ(server.request_count(), 4u);
  }
}

TEST_F(ApiFetchTest, TruncatedResetAndSlowRepliesAreRetried) {
  server_.Route("GET", "/x", Script({WithFault(FakeResponse::Fault::kTruncate),
                                     WithFault(FakeResponse::Fault::kReset), Slow(milliseconds(3000)),
                                     FakeResponse::Json(200, R"({"data":[{"id":"1"}]})")}));
  auto document = Fetch("/x");
  ASSERT_TRUE(document.has_value()) << document.error().message();
  EXPECT_EQ(server_.request_count(), 4u);
}

TEST_F(ApiFetchTest, AlwaysTruncatedIsAnErrorNamingTheTruncation) {
  server_.Route("GET", "/x", Script({WithFault(FakeResponse::Fault::kTruncate)}));
  auto result = Fetch("/x");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), StatusCode::kUnavailable);
  EXPECT_NE(result.error().message().find("truncated"), std::string::npos)
      << result.error().message();
}

TEST_F(ApiFetchTest, AuthAndRequestErrorsAreNotRetried) {
  struct Case {
    FakeResponse response;
    StatusCode code;
  };
  const std::vector<Case> cases = {
      {FakeResponse::Json(401, R"({"title":"Unauthorized","type":"about:blank","status":401})"),
       StatusCode::kPermission},
      {FakeResponse::Json(403, R"({"title":"Unsupported Authentication"})"),
       StatusCode::kPermission},
      {FakeResponse::Json(400, R"({"error":{"message":"Error validating access token",)"
                               R"("type":"OAuthException","code":190,"error_subcode":463}})"),
       StatusCode::kPermission},
      {FakeResponse::Json(401, R"({"status":401,"serviceErrorCode":65600,)"
                               R"("code":"INVALID_ACCESS_TOKEN","message":"Invalid access token"})"),
       StatusCode::kPermission},
      {FakeResponse::Json(400, R"({"title":"Invalid Request","detail":"One or more parameters )"
                               R"(to your request was invalid."})"),
       StatusCode::kUsage},
      {FakeResponse::Json(426, R"({"status":426,"code":"NONEXISTENT_VERSION",)"
                               R"("message":"Requested version 20240901 is not active"})"),
       StatusCode::kConfigError},
  };
  for (const Case& c : cases) {
    FakeApiServer server;
    server.Route("GET", "/x", Script({c.response}));
    HttpClient client(ShortTimeouts());
    ApiFetcher fetcher(client, limiter_, clock_, policy_);
    HttpRequest request;
    request.url = server.base_url() + "/x";
    auto result = fetcher.Fetch(kBucket, request);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code(), c.code) << result.error().message();
    EXPECT_EQ(server.request_count(), 1u) << c.response.body;
  }
}

TEST_F(ApiFetchTest, FacebookCodeOneIsRetriedUnlessItAsksForLessData) {
  server_.Route("GET", "/x", Script({FakeResponse::Json(500, R"({"error":{"message":)"
                                                             R"("An unknown error occurred",)"
                                                             R"("code":1}})"),
                                     FakeResponse::Json(200, "{}")}));
  ASSERT_TRUE(Fetch("/x").has_value());
  EXPECT_EQ(server_.request_count(), 2u);

  // The same request would fail again: the caller must lower its limits.
  server_.Route("GET", "/less",
                Script({FakeResponse::Json(500, R"({"error":{"message":"Please reduce the )"
                                                R"(amount of data you're asking for, then )"
                                                R"(retry your request","code":1}})")}));
  auto result = Fetch("/less");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), StatusCode::kUsage);
  EXPECT_NE(result.error().message().find("(#1) Please reduce the amount of data"),
            std::string::npos);
  EXPECT_EQ(server_.request_count(), 3u);
}

// X's OAuth 2.0 refresh: access tokens expire, refresh tokens are single-use.
class TokenServer {
 public:
  explicit TokenServer(FakeApiServer& server) {
    server.Route("GET", "/2/users/me", [this](const FakeRequest& request) {
      std::lock_guard lock(mutex_);
      if (request.Header("authorization") != "Bearer " + access_) {
        return FakeResponse::Json(401, R"({"title":"Unauthorized","status":401})");
      }
      return FakeResponse::Json(200, R"({"data":{"id":"7"}})");
    });
    server.Route("POST", "/2/oauth2/token", [this](const FakeRequest& request) {
      std::lock_guard lock(mutex_);
      const auto it = request.form.find("refresh_token");
      if (request.form.count("grant_type") == 0 || it == request.form.end() ||
          it->second != refresh_) {
        return FakeResponse::Json(400, R"({"error":"invalid_request","error_description":)"
                                       R"("Value passed for the token was invalid."})");
      }
      ++generation_;
      access_ = "access-" + std::to_string(generation_);
      refresh_ = "refresh-" + std::to_string(generation_);
      return FakeResponse::Json(200, R"({"token_type":"bearer","expires_in":7200,)"
                                     R"("access_token":")" + access_ + R"(","refresh_token":")" +
                                         refresh_ + R"("})");
    });
  }

 private:
  std::mutex mutex_;
  int generation_ = 0;
  std::string access_ = "access-0";
  std::string refresh_ = "refresh-0";
};

TEST_F(ApiFetchTest, ExpiredTokenIsPermissionThenRefreshRotatesTheTokens) {
  TokenServer tokens(server_);
  ApiFetcher fetcher(client_, limiter_, clock_, policy_);
  HttpRequest me;
  me.url = server_.base_url() + "/2/users/me";
  me.headers = {{"Authorization", "Bearer expired"}};
  auto denied = fetcher.Fetch("alice/x.users", me);
  ASSERT_FALSE(denied.has_value());
  EXPECT_EQ(denied.error().code(), StatusCode::kPermission);

  HttpRequest refresh;
  refresh.method = HttpRequest::Method::kPost;
  refresh.url = server_.base_url() + "/2/oauth2/token";
  refresh.body = "grant_type=refresh_token&refresh_token=refresh-0&client_id=c";
  auto pair = fetcher.Fetch("alice/x.oauth", refresh);
  ASSERT_TRUE(pair.has_value()) << pair.error().message();
  EXPECT_STREQ((*pair)["access_token"].GetString(), "access-1");
  EXPECT_STREQ((*pair)["refresh_token"].GetString(), "refresh-1");

  me.headers = {{"Authorization", "Bearer access-1"}};
  ASSERT_TRUE(fetcher.Fetch("alice/x.users", me).has_value());

  // The rotated-out refresh token is rejected once, as needing re-auth, and not retried.
  const size_t before = server_.request_count();
  auto stale = fetcher.Fetch("alice/x.oauth", refresh);
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code(), StatusCode::kPermission);
  EXPECT_NE(stale.error().message().find("invalid_request"), std::string::npos);
  EXPECT_EQ(server_.request_count(), before + 1);
}

TEST_F(ApiFetchTest, PostIsNotRetriedAfterATimeout) {
  server_.Route("POST", "/2/oauth2/token", Script({Slow(milliseconds(3000))}));
  HttpRequest refresh;
  refresh.method = HttpRequest::Method::kPost;
  refresh.url = server_.base_url() + "/2/oauth2/token";
  refresh.body = "grant_type=refresh_token&refresh_token=r";
  ApiFetcher fetcher(client_, limiter_, clock_, policy_);
  auto result = fetcher.Fetch("alice/x.oauth", refresh);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), StatusCode::kUnavailable);
  EXPECT_EQ(server_.request_count(), 1u);
}

TEST_F(ApiFetchTest, SecretsNeverAppearInTheLogAtTraceLevel) {
  test::LogCapture capture;
  server_.Route("GET", "/x", Script({FakeResponse::Json(503, "{}"), WithFault(FakeResponse::Fault::kReset),
                                     FakeResponse::Json(429, "{}").WithHeader("x-rate-limit-reset",
                                         Epoch(clock_.Now() + seconds(100000))),
                                     FakeResponse::Json(401, "{}")}));
  for (int i = 0; i < 3; ++i) {
    HttpRequest request;
    request.url = server_.base_url() + "/x?access_token=SECRET-QUERY-456";
    request.headers = {{"Authorization", "Bearer SECRET-TOKEN-123"}};
    ApiFetcher fetcher(client_, limiter_, clock_, policy_);
    auto result = fetcher.Fetch(kBucket, request);
    EXPECT_FALSE(result.has_value());
    if (!result) spdlog::error("{}", result.error().message());
  }
  EXPECT_GE(server_.request_count(), 3u);
  EXPECT_NE(capture.text().find("/x?…"), std::string::npos) << capture.text();
  EXPECT_EQ(capture.Count("SECRET-TOKEN-123"), 0) << capture.text();
  EXPECT_EQ(capture.Count("SECRET-QUERY-456"), 0) << capture.text();
}

TEST(ApiFetchRealClockTest, WaitsForTheResetOnTheSystemClock) {
  SystemClock clock;
  FakeApiServer server;
  const auto reset = system_clock::now() + seconds(2);
  server.Route("GET", "/x", Script({FakeResponse::Json(429, "{}").WithHeader(
                                        "x-rate-limit-reset", Epoch(reset)),
                                    FakeResponse::Json(200, "{}")}));
  HttpClient client(ShortTimeouts());
  RateLimitOptions options;
  options.reset_margin = seconds(0);
  RateLimiter limiter(clock, options);
  ApiFetcher fetcher(client, limiter, clock);
  HttpRequest request;
  request.url = server.base_url() + "/x";
  ASSERT_TRUE(fetcher.Fetch(kBucket, request).has_value());
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 2u);
  // x-rate-limit-reset has whole seconds: the reset is the second `reset` falls in.
  EXPECT_GE(requests[1].received_at, system_clock::from_time_t(system_clock::to_time_t(reset)));
}

TEST(ApiFetchRealClockTest, StopEndsARateLimitWaitWithinMilliseconds) {
  StopFlag stop;
  SystemClock clock(&stop);
  FakeApiServer server;
  server.Route("GET", "/x", Script({FakeResponse::Json(429, "{}").WithHeader("Retry-After", "60")}));
  HttpClientOptions client_options = ShortTimeouts();
  client_options.stop = stop.flag();
  HttpClient client(client_options);
  RateLimiter limiter(clock);
  ApiFetcher fetcher(client, limiter, clock);
  HttpRequest request;
  request.url = server.base_url() + "/x";
  std::thread stopper([&] {
    std::this_thread::sleep_for(milliseconds(200));
    stop.RequestStop();
  });
  const auto start = std::chrono::steady_clock::now();
  auto result = fetcher.Fetch(kBucket, request);
  stopper.join();
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), StatusCode::kUnavailable);
  EXPECT_NE(result.error().message().find("stopped"), std::string::npos);
  EXPECT_LT(std::chrono::steady_clock::now() - start, seconds(2));
  EXPECT_EQ(server.request_count(), 1u);
}

}  // namespace
}  // namespace touchpoint
