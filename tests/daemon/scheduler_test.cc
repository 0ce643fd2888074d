#include "daemon/scheduler.h"

#include <gtest/gtest.h>

#include <boost/asio/post.hpp>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

#include "tests/daemon/run_loop.h"

namespace touchpoint {
namespace {

using namespace std::chrono_literals;
using std::chrono::milliseconds;
using std::chrono::steady_clock;
using std::chrono::system_clock;

// Options in milliseconds so that the timing rules run in a blink.
SchedulerOptions FastOptions() {
  SchedulerOptions options;
  options.first_delay = 0ms;
  options.initial_backoff = 20ms;
  options.max_backoff = 80ms;
  options.interval_jitter = 0.1;
  return options;
}

std::optional<Scheduler::Health> HealthOf(const Scheduler& scheduler, const std::string& account) {
  for (const Scheduler::Health& health : scheduler.Snapshot()) {
    if (health.account == account) return health;
  }
  return std::nullopt;
}

// The wait the scheduler armed, read right after an outcome was reported.
milliseconds NextWait(const Scheduler& scheduler, const std::string& account) {
  const std::optional<Scheduler::Health> health = HealthOf(scheduler, account);
  if (!health || !health->next_at) return milliseconds(-1);
  return std::chrono::duration_cast<milliseconds>(*health->next_at - system_clock::now());
}

TEST(SchedulerTest, FirstPollComesAfterAJitteredShortDelay) {
  boost::asio::io_context io;
  SchedulerOptions options = FastOptions();
  options.first_delay = 200ms;
  Scheduler scheduler(
      io, [] { return 0.5; }, options);
  std::optional<steady_clock::time_point> polled;
  const steady_clock::time_point added = steady_clock::now();
  scheduler.Add("twitter", 10s, [&](PollDone done) {
    polled = steady_clock::now();
    done({PollOutcome::kQuiet, std::nullopt, ""});
  });
  const std::optional<Scheduler::Health> waiting = HealthOf(scheduler, "twitter");
  ASSERT_TRUE(waiting);
  EXPECT_EQ(waiting->state, "waiting");
  ASSERT_TRUE(waiting->next_at);
  EXPECT_NEAR(NextWait(scheduler, "twitter").count(), 100, 10);

  ASSERT_TRUE(RunUntil(io, [&] { return polled.has_value(); }));
  EXPECT_GE(*polled - added, 100ms);
  EXPECT_EQ(HealthOf(scheduler, "twitter")->state, "quiet");
}

TEST(SchedulerTest, RegularWaitIsIntervalPlusUpToTenPercent) {
  boost::asio::io_context io;
  double random = 0.0;
  Scheduler scheduler(
      io, [&] { return random; }, FastOptions());
  std::vector<milliseconds> waits;
  scheduler.Add("facebook", 1000ms, [&](PollDone done) {
    done({PollOutcome::kOk, std::nullopt, ""});
    waits.push_back(NextWait(scheduler, "facebook"));
    random = 0.999;
  });
  ASSERT_TRUE(RunUntil(io, [&] { return !waits.empty(); }));
  EXPECT_NEAR(waits[0].count(), 1000, 10);  // no jitter drawn
  // A second poll with the largest jitter; SetInterval re-times from the wait's start.
  const steady_clock::time_point shortened = steady_clock::now();
  EXPECT_TRUE(scheduler.SetInterval("facebook", 30ms));
  ASSERT_TRUE(RunUntil(io, [&] { return waits.size() == 2; }));
  EXPECT_LT(steady_clock::now() - shortened, 500ms);
  EXPECT_NEAR(waits[1].count(), 33, 5);
  const Scheduler::Health health = *HealthOf(scheduler, "facebook");
  EXPECT_EQ(health.state, "ok");
  EXPECT_TRUE(health.last_ok_at);
  EXPECT_EQ(health.consecutive_failures, 0);
}

TEST(SchedulerTest, NeverTwoPollsOfOneAccountAtOnce) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  boost::asio::steady_timer slow_api(io);
  int running = 0;
  int most_running = 0;
  int polls = 0;
  // Each poll takes 60 ms, six times the interval; it reports from a timer, as a worker would.
  scheduler.Add("linkedin", 10ms, [&](PollDone done) {
    ++polls;
    most_running = std::max(most_running, ++running);
    slow_api.expires_after(60ms);
    slow_api.async_wait([&, done](const boost::system::error_code&) {
      --running;
      done({PollOutcome::kOk, std::nullopt, ""});
    });
  });
  RunFor(io, 300ms);
  EXPECT_EQ(most_running, 1);
  EXPECT_GE(polls, 2);
  EXPECT_LE(polls, 5);  // at most 300 / (60 + 10)
}

TEST(SchedulerTest, FailuresBackOffExponentiallyWithFullJitterAndResetOnSuccess) {
  boost::asio::io_context io;
  double random = 0.999;
  Scheduler scheduler(
      io, [&] { return random; }, FastOptions());
  std::vector<PollOutcome::Kind> script = {PollOutcome::kFailed, PollOutcome::kFailed,
                                           PollOutcome::kFailed, PollOutcome::kFailed,
                                           PollOutcome::kFailed, PollOutcome::kOk};
  std::vector<milliseconds> waits;
  std::vector<int> failures;
  scheduler.Add("twitter", 500ms, [&](PollDone done) {
    const PollOutcome::Kind kind = script[waits.size()];
    if (waits.size() == 4) random = 0.5;  // the fifth wait: half the ceiling
    done({kind, std::nullopt, "HTTP 503"});
    waits.push_back(NextWait(scheduler, "twitter"));
    failures.push_back(HealthOf(scheduler, "twitter")->consecutive_failures);
    if (kind == PollOutcome::kFailed) {
      EXPECT_EQ(HealthOf(scheduler, "twitter")->state, "backing-off");
    }
  });
  ASSERT_TRUE(RunUntil(io, [&] { return waits.size() == script.size(); }));
  // 20, 40, 80, then capped at max_backoff 80; the fifth draws 0.5 of 80.
  const std::vector<int> expected = {20, 40, 80, 80, 40};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(waits[i].count(), expected[i], 5) << "wait " << i;
  }
  EXPECT_EQ(failures, (std::vector<int>{1, 2, 3, 4, 5, 0}));
  // After the success: back to the regular interval with jitter (0.5 * 10% of 500 = 25).
  EXPECT_NEAR(waits[5].count(), 525, 10);
  EXPECT_EQ(HealthOf(scheduler, "twitter")->detail, "HTTP 503");
}

TEST(SchedulerTest, FullJitterCanRetryAtOnce) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  int polls = 0;
  scheduler.Add("twitter", 10s, [&](PollDone done) {
    ++polls;
    done({polls < 3 ? PollOutcome::kFailed : PollOutcome::kQuiet, std::nullopt, ""});
  });
  ASSERT_TRUE(RunUntil(
      io, [&] { return polls == 3; }, 500ms));
  RunFor(io, 50ms);
  EXPECT_EQ(polls, 3);  // then the 10 s interval
}

TEST(SchedulerTest, RateLimitedWaitsUntilRetryAtAndResumes) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  std::vector<system_clock::time_point> polls;
  system_clock::time_point retry_at;
  scheduler.Add("twitter", 10ms, [&](PollDone done) {
    polls.push_back(system_clock::now());
    if (polls.size() == 1) {
      retry_at = system_clock::now() + 150ms;
      done({PollOutcome::kRateLimited, retry_at, "429"});
      const Scheduler::Health health = *HealthOf(scheduler, "twitter");
      EXPECT_EQ(health.state, "rate-limited");
      EXPECT_EQ(health.next_at, retry_at);
      EXPECT_EQ(health.consecutive_failures, 0);
    } else {
      done({PollOutcome::kOk, std::nullopt, ""});
    }
  });
  ASSERT_TRUE(RunUntil(io, [&] { return polls.size() >= 3; }));
  EXPECT_GE(polls[1], retry_at);
  EXPECT_LT(polls[2] - polls[1], 100ms);  // back to the 10 ms interval
}

TEST(SchedulerTest, RateLimitedWithoutRetryAtBacksOff) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.999; }, FastOptions());
  std::optional<milliseconds> wait;
  scheduler.Add("twitter", 10s, [&](PollDone done) {
    done({PollOutcome::kRateLimited, std::nullopt, "429"});
    wait = NextWait(scheduler, "twitter");
  });
  ASSERT_TRUE(RunUntil(io, [&] { return wait.has_value(); }));
  EXPECT_NEAR(wait->count(), 20, 5);
  EXPECT_EQ(HealthOf(scheduler, "twitter")->consecutive_failures, 1);
}

TEST(SchedulerTest, NeedsReauthStopsPollingUntilResume) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  int polls = 0;
  scheduler.Add("linkedin", 10ms, [&](PollDone done) {
    ++polls;
    done({polls == 1 ? PollOutcome::kNeedsReauth : PollOutcome::kOk, std::nullopt,
          "401 invalid token"});
  });
  RunFor(io, 150ms);
  EXPECT_EQ(polls, 1);
  Scheduler::Health health = *HealthOf(scheduler, "linkedin");
  EXPECT_EQ(health.state, "needs-reauth");
  EXPECT_FALSE(health.next_at);
  EXPECT_EQ(health.detail, "401 invalid token");

  EXPECT_FALSE(scheduler.Resume("nobody"));
  EXPECT_TRUE(scheduler.Resume("linkedin"));
  ASSERT_TRUE(RunUntil(io, [&] { return polls >= 3; }));
  EXPECT_EQ(HealthOf(scheduler, "linkedin")->state, "ok");
}

TEST(SchedulerTest, AddAgainRestartsAnAccountStoppedForReauth) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  int old_polls = 0;
  int new_polls = 0;
  scheduler.Add("linkedin", 10ms, [&](PollDone done) {
    ++old_polls;
    done({PollOutcome::kNeedsReauth, std::nullopt, ""});
  });
  ASSERT_TRUE(RunUntil(io, [&] { return old_polls == 1; }));
  scheduler.Add("linkedin", 10ms, [&](PollDone done) {
    ++new_polls;
    done({PollOutcome::kQuiet, std::nullopt, ""});
  });
  ASSERT_TRUE(RunUntil(io, [&] { return new_polls >= 2; }));
  EXPECT_EQ(old_polls, 1);
}

TEST(SchedulerTest, StopCancelsTimersAndIgnoresALateOutcome) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  int polls = 0;
  PollDone pending;
  scheduler.Add("a", 10ms, [&](PollDone done) {
    ++polls;
    pending = std::move(done);
  });
  scheduler.Add("b", 10ms, [&](PollDone done) {
    ++polls;
    done({PollOutcome::kOk, std::nullopt, ""});
  });
  ASSERT_TRUE(RunUntil(io, [&] { return static_cast<bool>(pending); }));
  scheduler.Stop();
  const int polls_at_stop = polls;
  pending({PollOutcome::kOk, std::nullopt, ""});
  RunFor(io, 100ms);
  EXPECT_EQ(polls, polls_at_stop);
  EXPECT_TRUE(scheduler.Snapshot().empty());
  scheduler.Add("c", 10ms, [&](PollDone) { ++polls; });  // ignored after Stop()
  RunFor(io, 50ms);
  EXPECT_EQ(polls, polls_at_stop);
}

TEST(SchedulerTest, AnOutcomeAfterTheSchedulerIsGoneIsIgnored) {
  boost::asio::io_context io;
  PollDone pending;
  {
    Scheduler scheduler(
        io, [] { return 0.0; }, FastOptions());
    scheduler.Add("a", 10ms, [&](PollDone done) { pending = std::move(done); });
    ASSERT_TRUE(RunUntil(io, [&] { return static_cast<bool>(pending); }));
  }
  pending({PollOutcome::kFailed, std::nullopt, ""});  // must not touch the destroyed scheduler
  RunFor(io, 20ms);
}

TEST(SchedulerTest, RemoveDuringAPollThenAddWaitsForThatPoll) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  int polls = 0;
  int running = 0;
  PollDone pending;
  PollJob job = [&](PollDone done) {
    ++polls;
    ++running;
    pending = std::move(done);
  };
  scheduler.Add("a", 10ms, job);
  ASSERT_TRUE(RunUntil(io, [&] { return polls == 1; }));
  scheduler.Remove("a");
  EXPECT_TRUE(scheduler.Snapshot().empty());
  scheduler.Add("a", 10ms, job);
  RunFor(io, 60ms);
  EXPECT_EQ(polls, 1);  // the first poll still runs
  --running;
  std::exchange(pending, nullptr)({PollOutcome::kOk, std::nullopt, ""});
  ASSERT_TRUE(RunUntil(io, [&] { return polls == 2; }));
  EXPECT_EQ(running, 1);
  EXPECT_EQ(HealthOf(scheduler, "a")->state, "polling");
}

TEST(SchedulerTest, ARepeatedDoneCountsOnce) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.999; }, FastOptions());
  int polls = 0;
  scheduler.Add("a", 10s, [&](PollDone done) {
    ++polls;
    done({PollOutcome::kFailed, std::nullopt, ""});
    done({PollOutcome::kFailed, std::nullopt, ""});
  });
  ASSERT_TRUE(RunUntil(io, [&] { return polls == 1; }));
  EXPECT_EQ(HealthOf(scheduler, "a")->consecutive_failures, 1);
}

TEST(SchedulerTest, OutcomesPostedFromAWorkerAreHandled) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  int polls = 0;
  scheduler.Add("a", 5ms, [&](PollDone done) {
    ++polls;
    boost::asio::post(io, [done] { done({PollOutcome::kQuiet, std::nullopt, ""}); });
  });
  ASSERT_TRUE(RunUntil(io, [&] { return polls >= 3; }));
  EXPECT_FALSE(scheduler.SetInterval("nobody", 1s));
}

TEST(SchedulerTest, AddContinuesARateLimitFromBeforeARestart) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  std::optional<system_clock::time_point> polled;
  const system_clock::time_point reset = system_clock::now() + 150ms;
  scheduler.Add(
      "twitter", 10s,
      [&](PollDone done) {
        polled = system_clock::now();
        done({PollOutcome::kQuiet, std::nullopt, ""});
      },
      PollOutcome{PollOutcome::kRateLimited, reset, "rate-limited until then"});
  const std::optional<Scheduler::Health> waiting = HealthOf(scheduler, "twitter");
  ASSERT_TRUE(waiting);
  EXPECT_EQ(waiting->state, "rate-limited");
  EXPECT_EQ(waiting->next_at, reset);
  ASSERT_TRUE(RunUntil(io, [&] { return polled.has_value(); }));
  EXPECT_GE(*polled, reset);
}

TEST(SchedulerTest, AddKeepsAnAccountThatNeededReauthStopped) {
  boost::asio::io_context io;
  Scheduler scheduler(
      io, [] { return 0.0; }, FastOptions());
  int polls = 0;
  scheduler.Add(
      "linkedin", 10ms,
      [&](PollDone done) {
        ++polls;
        done({PollOutcome::kQuiet, std::nullopt, ""});
      },
      PollOutcome{PollOutcome::kNeedsReauth, std::nullopt, "needs re-auth: refused"});
  EXPECT_EQ(HealthOf(scheduler, "linkedin")->state, "needs-reauth");
  RunFor(io, 60ms);
  EXPECT_EQ(polls, 0);
  ASSERT_TRUE(scheduler.Resume("linkedin"));
  ASSERT_TRUE(RunUntil(io, [&] { return polls > 0; }));
}

TEST(SchedulerTest, AddWithAnOldOrOrdinaryOutcomeStartsAsUsual) {
  for (const PollOutcome& last :
       {PollOutcome{PollOutcome::kRateLimited, system_clock::now() - 1s, ""},
        PollOutcome{PollOutcome::kFailed, std::nullopt, "timeout"},
        PollOutcome{PollOutcome::kOk, std::nullopt, ""}}) {
    boost::asio::io_context io;
    Scheduler scheduler(
        io, [] { return 0.0; }, FastOptions());
    int polls = 0;
    scheduler.Add(
        "facebook", 10s,
        [&](PollDone done) {
          ++polls;
          done({PollOutcome::kQuiet, std::nullopt, ""});
        },
        last);
    EXPECT_EQ(HealthOf(scheduler, "facebook")->state, "waiting");
    ASSERT_TRUE(RunUntil(io, [&] { return polls == 1; }));
  }
}

}  // namespace
}  // namespace touchpoint
