#include "daemon/poll_verdict.h"

#include <gtest/gtest.h>

#include <chrono>

#include "connectors/common/api_fetch.h"
#include "connectors/common/oauth2_session.h"

namespace touchpoint {
namespace {

using std::chrono::system_clock;

constexpr int64_t kNow = 1'780'000'000'000;

system_clock::time_point At(int64_t ms) {
  return system_clock::time_point(std::chrono::milliseconds(ms));
}

TEST(PollVerdictTest, ARejectedRefreshStopsTheAccount) {
  const PollVerdict verdict = JudgeFailedPoll(NeedsReauth("the refresh token was refused"), kNow);
  EXPECT_EQ(verdict.outcome.kind, PollOutcome::kNeedsReauth);
  EXPECT_EQ(verdict.problem.state, ConnectorState::kNeedsReauth);
  EXPECT_EQ(verdict.problem.detail, "needs re-auth: the refresh token was refused");
  EXPECT_EQ(verdict.problem.at_ms, kNow);
}

TEST(PollVerdictTest, ARateLimitWaitsForTheTimeItNames) {
  const int64_t reset = kNow + 600'000;
  const Status busy(StatusCode::kBusy,
                    "GET https://api.x.com/2/users/1/mentions: 429 Too Many Requests; " +
                        RateLimitedUntil(At(reset)));
  const PollVerdict verdict = JudgeFailedPoll(busy, kNow);
  EXPECT_EQ(verdict.outcome.kind, PollOutcome::kRateLimited);
  EXPECT_EQ(verdict.outcome.retry_at, At(reset));
  EXPECT_EQ(verdict.problem.state, ConnectorState::kRateLimited);
  EXPECT_EQ(verdict.problem.until_ms, reset);
}

TEST(PollVerdictTest, TransientFailuresBackOff) {
  for (const Status& error :
       {Status(StatusCode::kUnavailable, "GET https://api.x.com/2/dm_events: giving up"),
        Status(StatusCode::kBusy, "the database is locked")}) {
    const PollVerdict verdict = JudgeFailedPoll(error, kNow);
    EXPECT_EQ(verdict.outcome.kind, PollOutcome::kFailed) << error.message();
    EXPECT_EQ(verdict.problem.state, ConnectorState::kBackingOff) << error.message();
    EXPECT_FALSE(verdict.problem.until_ms);
  }
}

TEST(PollVerdictTest, FailuresRetryingWillNotFixAreFailing) {
  for (const Status& error :
       {Status(StatusCode::kPermission, "GET https://graph.facebook.com/v19.0/1/feed: (#10)"),
        Status(StatusCode::kConfigError, "LinkedIn-Version 202301 is not active"),
        Status(StatusCode::kDataError, "page 3 repeats its next_token")}) {
    const PollVerdict verdict = JudgeFailedPoll(error, kNow);
    EXPECT_EQ(verdict.outcome.kind, PollOutcome::kFailed) << error.message();
    EXPECT_EQ(verdict.problem.state, ConnectorState::kFailing) << error.message();
    EXPECT_EQ(verdict.outcome.detail, error.message());
  }
}

TEST(PollVerdictTest, ResumesARunningRateLimitAndAStoppedAccountOnly) {
  ConnectorHealth health;
  health.state = ConnectorState::kRateLimited;
  health.until_ms = kNow + 5'000;
  std::optional<PollOutcome> resume = ResumeFrom(health, kNow);
  ASSERT_TRUE(resume);
  EXPECT_EQ(resume->kind, PollOutcome::kRateLimited);
  EXPECT_EQ(resume->retry_at, At(kNow + 5'000));

  health.until_ms = kNow - 1;  // over already
  EXPECT_FALSE(ResumeFrom(health, kNow));

  health.state = ConnectorState::kNeedsReauth;
  health.until_ms.reset();
  resume = ResumeFrom(health, kNow);
  ASSERT_TRUE(resume);
  EXPECT_EQ(resume->kind, PollOutcome::kNeedsReauth);

  for (ConnectorState state : {ConnectorState::kOk, ConnectorState::kQuiet,
                               ConnectorState::kBackingOff, ConnectorState::kFailing}) {
    health.state = state;
    EXPECT_FALSE(ResumeFrom(health, kNow)) << ConnectorStateName(state);
  }
}

TEST(PollVerdictTest, ParseRateLimitedUntilReadsWhatRateLimitedUntilWrote) {
  const system_clock::time_point until = At(kNow + 123);
  EXPECT_EQ(ParseRateLimitedUntil(Status(StatusCode::kBusy, "x: " + RateLimitedUntil(until))),
            until);
  EXPECT_EQ(ParseRateLimitedUntil(
                Status(StatusCode::kBusy, "x: " + RateLimitedUntil(until) + "; page 2")),
            until);
  EXPECT_FALSE(ParseRateLimitedUntil(Status(StatusCode::kBusy, "rate-limited until later")));
  EXPECT_FALSE(ParseRateLimitedUntil(Status(StatusCode::kBusy, "busy")));
}

// Found by the facebook_api fuzzer (tests/fuzz/README.md, E): a Graph error (code 368, kBusy)
// whose message names a time after 2262 overflowed system_clock.
TEST(PollVerdictTest, ParseRateLimitedUntilRejectsATimeSystemClockCannotHold) {
  EXPECT_FALSE(ParseRateLimitedUntil(Status(
      StatusCode::kBusy, "HTTP 400: (#368) rate-limited until 9999-12-31T23:59:59Z")));
  EXPECT_FALSE(ParseRateLimitedUntil(
      Status(StatusCode::kBusy, "x: rate-limited until 2263-01-01T00:00:00Z")));
  EXPECT_TRUE(ParseRateLimitedUntil(
      Status(StatusCode::kBusy, "x: rate-limited until 2262-01-01T00:00:00Z")));
}

}  // namespace
}  // namespace touchpoint
