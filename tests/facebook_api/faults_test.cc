// The Graph API poller under throttling, server errors, slow and broken answers, and the
// rule that no token ever reaches a log line or a Status.
#include <gtest/gtest.h>

#include <chrono>

#include "connectors/facebook/api_poller.h"
#include "tests/daemon/log_capture.h"
#include "tests/facebook_api/graph_poller_fixture.h"

namespace touchpoint {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using test::FakeGraphApi;
using test::FakeRequest;
using test::FakeResponse;
using test::kAda;
using test::kPage;
using test::kPagePath;

class FaultTest : public test::GraphPollerTest {
 protected:
  // The requests received from `first` on.
  std::vector<FakeRequest> RequestsFrom(size_t first) const {
    std::vector<FakeRequest> requests = server_.requests();
    requests.erase(requests.begin(), requests.begin() + static_cast<long>(first));
    return requests;
  }
};

FakeResponse Truncated() {
  FakeResponse response = FakeResponse::Json(
      200, std::string(R"({"data":[{"id":"m_x"}],)") + std::string(4000, ' ') + "}");
  response.fault = FakeResponse::Fault::kTruncate;
  return response;
}

FakeResponse Reset() {
  FakeResponse response = FakeResponse::Json(200, "{}");
  response.fault = FakeResponse::Fault::kReset;
  return response;
}

TEST_F(FaultTest, ThrottlesWaitTheEstimatedTimeBeforeAnyFurtherCall) {
  const std::string first = Message("t_1", kAda);
  ASSERT_TRUE(Poll());
  for (const int code : {4, 17, 32, 613, 80001}) {
    SCOPED_TRACE(code);
    const std::string message = Message("t_1", kAda, "after throttle " + std::to_string(code));
    graph_.QueueFault(
        kPagePath + "/conversations",
        FakeGraphApi::Error(400, code, "(#" + std::to_string(code) + ") Too many calls")
            .WithHeader("X-Business-Use-Case-Usage",
                        R"({")" + kPage.id +
                            R"(":[{"type":"pages","call_count":50,)"
                            R"("total_cputime":10,"total_time":10,)"
                            R"("estimated_time_to_regain_access":3}]})"));
    const size_t before = server_.request_count();
    Result<PollResult> result = Poll();
    ASSERT_TRUE(result) << result.error().message();
    EXPECT_TRUE(Stored(message));
    const std::vector<FakeRequest> requests = RequestsFrom(before);
    ASSERT_GE(requests.size(), 2u);
    const auto throttled_at = requests[0].received_at;
    for (size_t i = 1; i < requests.size(); ++i) {
      EXPECT_GE(requests[i].received_at - throttled_at, std::chrono::minutes(3))
          << requests[i].path << " came before the wait was over";
    }
    clock_.Advance(std::chrono::hours(1));
  }
  EXPECT_TRUE(Stored(first));
}

TEST_F(FaultTest, AThrottleWithoutAnEstimateBacksOffFromFiveSeconds) {
  Message("t_1", kAda);
  graph_.QueueFault(kPagePath + "/conversations",
                    FakeGraphApi::Error(400, 4, "(#4) Application request limit reached", true));
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  const auto sleeps = clock_.sleeps();
  EXPECT_NE(std::find(sleeps.begin(), sleeps.end(), milliseconds(5000)), sleeps.end());
}

TEST_F(FaultTest, UsageAboveSeventyFivePercentSpacesTheCalls) {
  Message("t_1", kAda);
  Message("t_2", kAda);
  graph_.SetUsageHeader("X-App-Usage", R"({"call_count":78,"total_time":20,"total_cputime":20})");
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  const std::vector<FakeRequest> requests = server_.requests();
  ASSERT_GE(requests.size(), 4u);
  for (size_t i = 1; i < requests.size(); ++i) {
    EXPECT_GE(requests[i].received_at - requests[i - 1].received_at, seconds(30))
        << requests[i].path;
  }
}

TEST_F(FaultTest, UsageAboveNinetyFivePercentStopsThePoll) {
  Message("t_1", kAda);
  graph_.SetUsageHeader("X-Page-Usage", R"({"call_count":97,"total_time":20,"total_cputime":20})");
  policy_.max_rate_limit_wait = milliseconds(60'000);
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kBusy);
  EXPECT_NE(result.error().message().find("rate-limited until"), std::string::npos);
  EXPECT_EQ(server_.request_count(), 1u);
  EXPECT_TRUE(cursor_.empty());
}

TEST_F(FaultTest, ServerErrorsAreRetriedWithinThePoll) {
  Message("t_1", kAda);
  graph_.QueueFault("/t_1/messages",
                    FakeGraphApi::Error(500, 2, "An unexpected error has occurred."));
  graph_.QueueFault("/t_1/messages", FakeResponse::Html(503));
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(StoredIds(), graph_.AllIds());
  EXPECT_EQ(Requests("/t_1/messages"), 3u);
}

TEST_F(FaultTest, ASlowReplyPastTheClientTimeoutIsRetried) {
  Message("t_1", kAda);
  http_.total_timeout = milliseconds(300);
  FakeResponse slow = FakeResponse::Json(200, R"({"data":[]})");
  slow.delay = milliseconds(1500);
  graph_.QueueFault(kPagePath + "/conversations", slow);
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(StoredIds(), graph_.AllIds());
  EXPECT_EQ(Requests(kPagePath + "/conversations"), 2u);
}

TEST_F(FaultTest, TruncatedBodiesAndResetsAreRetried) {
  Message("t_1", kAda);
  graph_.AddPost("100200300_1");
  Comment("100200300_1", kAda);
  graph_.QueueFault("/t_1/messages", Truncated());
  graph_.QueueFault("/t_1/messages", Reset());
  graph_.QueueFault(kPagePath + "/feed", FakeResponse::Html(200));
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(StoredIds(), graph_.AllIds());
}

TEST_F(FaultTest, BrokenAnswersToTheEndFailThePollInsteadOfMeaningNoData) {
  Message("t_1", kAda);
  for (int i = 0; i < policy_.max_attempts; ++i) graph_.QueueFault("/t_1/messages", Truncated());
  Result<PollResult> result = Poll();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), StatusCode::kUnavailable);
  EXPECT_TRUE(cursor_.empty());
  EXPECT_TRUE(stored_.empty());
  // The next poll starts from the old (empty) cursor and gets everything.
  ASSERT_TRUE(Poll());
  EXPECT_EQ(StoredIds(), graph_.AllIds());
}

TEST_F(FaultTest, TokensAndTheAppSecretNeverReachTheLogOrAStatus) {
  const std::string sentinel = "SENTINEL";
  graph_.oauth()->SetTokens(sentinel + "-PAGE-0", sentinel + "-USER-0");
  keeper_.stored = OAuthTokens{sentinel + "-PAGE-0", sentinel + "-USER-0", std::nullopt};
  graph_.oauth()->SetIssuedTokenPrefix(sentinel + "-ISSUED-");
  graph_.RequireAppSecret(sentinel + "-SECRET");
  app_secret_ = sentinel + "-SECRET";
  Message("t_1", kAda);
  graph_.AddPost("100200300_1");
  for (int i = 0; i < 30; ++i) Comment("100200300_1", kAda);  // a `next` with the token

  test::LogCapture log;
  std::vector<std::string> statuses;
  graph_.oauth()->ExpireAccessToken();
  graph_.QueueFault("/t_1/messages", FakeResponse::Html(503));
  graph_.QueueFault("/t_1/messages", Truncated());
  graph_.QueueFault(kPagePath + "/feed",
                    FakeGraphApi::Error(400, 80001, "(#80001) Too many calls to this Page"));
  Result<PollResult> result = Poll();
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(StoredIds(), graph_.AllIds());

  // Failing polls: exhausted retries, a refused token, a refused user token.
  for (int i = 0; i < policy_.max_attempts; ++i) graph_.QueueFault("/t_1/messages", Truncated());
  Message("t_1", kAda);
  result = Poll();
  ASSERT_FALSE(result);
  statuses.push_back(result.error().message());
  graph_.oauth()->ExpireAccessToken();
  graph_.oauth()->RevokeRefreshToken();
  result = Poll();
  ASSERT_FALSE(result);
  EXPECT_TRUE(IsNeedsReauth(result.error()));
  statuses.push_back(result.error().message());

  EXPECT_FALSE(log.text().empty());
  EXPECT_EQ(log.Count(sentinel), 0) << log.text();
  for (const std::string& status : statuses) {
    EXPECT_EQ(status.find(sentinel), std::string::npos) << status;
  }
  EXPECT_TRUE(graph_.violations().empty());
}

}  // namespace
}  // namespace touchpoint
