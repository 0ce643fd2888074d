#include "daemon/answer_cache.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

constexpr auto kLong = std::chrono::hours(1);

TEST(AnswerCacheTest, IdenticalQuestionsShareOneComputation) {
  AnswerCache cache;
  std::vector<std::string> answers;
  auto waiter = [&](const Result<std::string>& answer) { answers.push_back(*answer); };
  EXPECT_TRUE(cache.Wait("calls {}", waiter));   // the first computes
  EXPECT_FALSE(cache.Wait("calls {}", waiter));  // the second waits for it
  EXPECT_TRUE(cache.Wait("stats {}", waiter));   // another question computes itself
  cache.Complete("calls {}", cache.generation(), std::string("A"));
  EXPECT_EQ(answers, (std::vector<std::string>{"A", "A"}));
  EXPECT_EQ(cache.Find("calls {}", kLong), "A");
  EXPECT_FALSE(cache.Find("stats {}", kLong));
}

TEST(AnswerCacheTest, AWriteDropsStoredAnswersAndAnswersComputedBeforeIt) {
  AnswerCache cache;
  cache.Wait("calls {}", [](const Result<std::string>&) {});
  cache.Complete("calls {}", cache.generation(), std::string("old"));
  const uint64_t before = cache.generation();
  cache.Wait("people {}", [](const Result<std::string>&) {});
  cache.Invalidate();
  EXPECT_FALSE(cache.Find("calls {}", kLong));
  int delivered = 0;
  cache.Wait("people {}", [&](const Result<std::string>&) { ++delivered; });
  cache.Complete("people {}", before, std::string("computed before the write"));
  EXPECT_EQ(delivered, 1);                       // waiters still get an answer
  EXPECT_FALSE(cache.Find("people {}", kLong));  // but it is not kept
}

TEST(AnswerCacheTest, ErrorsAreDeliveredButNotStored) {
  AnswerCache cache;
  bool failed = false;
  cache.Wait("person {\"who\":\"x\"}", [&](const Result<std::string>& answer) {
    failed = !answer.has_value();
  });
  cache.Complete("person {\"who\":\"x\"}", cache.generation(),
                 Fail(StatusCode::kNoInput, "nobody called x"));
  EXPECT_TRUE(failed);
  EXPECT_FALSE(cache.Find("person {\"who\":\"x\"}", kLong));
  EXPECT_TRUE(cache.Wait("person {\"who\":\"x\"}", [](const Result<std::string>&) {}));
}

TEST(AnswerCacheTest, AnswersOlderThanAskedForAreNotUsed) {
  AnswerCache cache;
  cache.Wait("calls {}", [](const Result<std::string>&) {});
  cache.Complete("calls {}", cache.generation(), std::string("now"));
  EXPECT_FALSE(cache.Find("calls {}", std::chrono::seconds(-1)));
  EXPECT_TRUE(cache.Find("calls {}", std::chrono::seconds(5)));
}

}  // namespace
}  // namespace touchpoint
