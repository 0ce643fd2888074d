#include "connectors/common/rate_limiter.h"

#include <gtest/gtest.h>

#include "tests/support/fake_clock.h"

namespace touchpoint {
namespace {

using std::chrono::seconds;
using std::chrono::system_clock;

TEST(ParseRetryAfterTest, ReadsSecondsAndHttpDates) {
  const auto now = system_clock::from_time_t(1'700'000'000);
  EXPECT_EQ(ParseRetryAfter("120", now), now + seconds(120));
  // 1445412480 = Wed, 21 Oct 2015 07:28:00 GMT (RFC 9110's example).
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
            system_clock::from_time_t(1'445'412'480));
  EXPECT_EQ(ParseRetryAfter("soon", now), std::nullopt);
  EXPECT_EQ(ParseRetryAfter("-5", now), std::nullopt);
}

// Found by the facebook_api and linkedin_api fuzzers (tests/fuzz/README.md, D): times this
// far overflowed system_clock's nanoseconds (undefined behaviour).
TEST(ParseRetryAfterTest, AFarRetryAfterIsCutTo366Days) {
  const auto now = system_clock::from_time_t(1'700'000'000);
  const auto farthest = now + std::chrono::hours(24 * 366);
  EXPECT_EQ(ParseRetryAfter("11201220120", now), farthest);
  EXPECT_EQ(ParseRetryAfter("9223372036854775807", now), farthest);
  EXPECT_EQ(ParseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now), farthest);
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 1900 07:28:00 GMT", now), system_clock::from_time_t(0));
}

TEST(ParseFacebookUsageTest, AFarTimeToRegainAccessIsCutTo366Days) {
  HttpResponse response;
  response.headers["x-app-usage"] =
      R"({"call_count":100,"estimated_time_to_regain_access":1e300})";
  response.headers["x-ad-account-usage"] =
      R"({"acc_id_util_pct":1,"reset_time_duration":-1e300})";
  const auto usage = ParseFacebookUsage(response);
  ASSERT_TRUE(usage.has_value());
  EXPECT_EQ(usage->regain_after, std::chrono::hours(24 * 366));
}

TEST(RateLimiterTest, FarHeaderTimesWaitMaxWait) {
  test::FakeClock clock;
  RateLimiter limiter(clock);
  HttpResponse response;
  response.status = 429;
  response.headers["x-rate-limit-reset"] = "99999999999";
  EXPECT_EQ(limiter.Observe("a/b", response, true), clock.Now() + seconds(15 * 60));
  response.headers.clear();
  response.headers["x-app-usage"] = R"({"call_count":100,"estimated_time_to_regain_access":1e15})";
  EXPECT_EQ(limiter.Observe("a/c", response, true), clock.Now() + seconds(15 * 60));
}

TEST(ParseFacebookUsageTest, TakesTheHighestPercentageOfAllHeaders) {
  HttpResponse response;
  EXPECT_EQ(ParseFacebookUsage(response), std::nullopt);
  response.headers["x-app-usage"] = R"({"call_count":28,"total_time":25,"total_cputime":25})";
  response.headers["x-business-use-case-usage"] =
      R"({"112":[{"type":"pages","call_count":12,"total_cputime":91,"total_time":40,)"
      R"("estimated_time_to_regain_access":3}]})";
  response.headers["x-ad-account-usage"] = R"({"acc_id_util_pct":9.67,"reset_time_duration":0})";
  const auto usage = ParseFacebookUsage(response);
  ASSERT_TRUE(usage.has_value());
  EXPECT_DOUBLE_EQ(usage->max_percent, 91);
  EXPECT_EQ(usage->regain_after, seconds(180));
}

TEST(ParseFacebookUsageTest, IgnoresMalformedHeaders) {
  HttpResponse response;
  response.headers["x-app-usage"] = "{not json";
  EXPECT_EQ(ParseFacebookUsage(response), std::nullopt);
}

TEST(RateLimiterTest, BucketsAreIndependent) {
  test::FakeClock clock;
  RateLimiter limiter(clock);
  HttpResponse throttled;
  throttled.status = 429;
  limiter.Observe(RateLimiter::BucketKey("alice", "x.dm"), throttled, true);
  EXPECT_GT(limiter.ReadyAt("alice/x.dm"), clock.Now());
  EXPECT_LE(limiter.ReadyAt("alice/x.mentions"), clock.Now());
  EXPECT_LE(limiter.ReadyAt("bob/x.dm"), clock.Now());
}

TEST(RateLimiterTest, CapsWaitsAtMaxWait) {
  test::FakeClock clock;
  RateLimiter limiter(clock);
  HttpResponse response;
  response.status = 429;
  response.headers["x-rate-limit-reset"] =
      std::to_string(system_clock::to_time_t(clock.Now()) + 86'400);  // skewed a day ahead
  const auto ready = limiter.Observe("a/b", response, true);
  EXPECT_EQ(ready, clock.Now() + seconds(15 * 60));
}

TEST(RateLimiterTest, ThrottleWithAResetInThePastBacksOffInstead) {
  test::FakeClock clock;
  RateLimiter limiter(clock);
  HttpResponse response;
  response.status = 429;
  response.headers["x-rate-limit-reset"] =
      std::to_string(system_clock::to_time_t(clock.Now()) - 30);
  EXPECT_EQ(limiter.Observe("a/b", response, true), clock.Now() + seconds(10));
  EXPECT_EQ(limiter.Observe("a/b", response, true), clock.Now() + seconds(20));
}

TEST(RateLimiterTest, NextUtcMidnightIsTheStartOfTheNextDay) {
  const auto t = system_clock::from_time_t(1'700'000'000);  // 2023-11-14T22:13:20Z
  EXPECT_EQ(NextUtcMidnight(t), system_clock::from_time_t(1'700'006'400));
  EXPECT_EQ(NextUtcMidnight(system_clock::from_time_t(1'700'006'400)),
            system_clock::from_time_t(1'700'092'800));
}

TEST(RateLimiterTest, BlockUntilIsNotCappedAndNeverShortensAWait) {
  test::FakeClock clock;
  RateLimiter limiter(clock);
  const auto far = clock.Now() + std::chrono::hours(20);
  limiter.BlockUntil("a/b", far);
  EXPECT_EQ(limiter.ReadyAt("a/b"), far);
  limiter.BlockUntil("a/b", clock.Now() + seconds(5));
  EXPECT_EQ(limiter.ReadyAt("a/b"), far);
}

}  // namespace
}  // namespace touchpoint
