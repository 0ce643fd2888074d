#include "core/seller_model.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/conversation_features.h"

namespace touchpoint {
namespace {

double LogOdds(std::string_view text) { return SellerLogOdds(SellerFeatures({text})); }

TEST(SellerModelTest, FeaturesAreFoldedWordsAndPairsOnce) {
  const std::vector<std::string> features = SellerFeatures({"Free audit!", "free  AUDIT"});
  EXPECT_EQ(features, (std::vector<std::string>{"audit", "free", "free audit"}));
}

TEST(SellerModelTest, TheTableIsSortedForTheMergeLookup) {
  const auto weights = SellerWeights();
  ASSERT_GT(weights.size(), 1000u);
  EXPECT_TRUE(std::is_sorted(
      weights.begin(), weights.end(),
      [](const SellerWeight& a, const SellerWeight& b) { return a.feature < b.feature; }));
}

// Pitches and requests in wordings written for this test, not taken from the labelled set.
TEST(SellerModelTest, PitchesReadAsSellersAndClientsAsClients) {
  EXPECT_GT(LogOdds("Hi Sam, loved your post! We help consultants book 10+ qualified calls a "
                    "month with done-for-you outreach. Open to a quick 15-min call this week?"),
            0);
  EXPECT_GT(LogOdds("Hey! Our platform automates your invoicing and follow-ups. Happy to give "
                    "you a free trial, just reply YES and I'll send the link."),
            0);
  EXPECT_LT(LogOdds("Hi Sam, I run a small bakery in Porto and I think my prices are too low. "
                    "Could we talk for 20 minutes next week? Happy to pay for your time."),
            0);
  EXPECT_LT(LogOdds("Bonjour Sam, je dirige un petit studio de design et je ne sais pas "
                    "combien facturer un projet de refonte. Pourrait-on s'appeler ?"),
            0);
}

FeatureEvent Message(Direction direction, std::string text) {
  FeatureEvent event;
  event.direction = direction;
  event.author_id = direction == Direction::kInbound ? 2 : 1;
  event.counterpart_ids = {direction == Direction::kInbound ? 1 : 2};
  event.text = std::move(text);
  return event;
}

TEST(SellerModelTest, OnlyRunsNobodyAnsweredAreRead) {
  const std::string pitch =
      "Hi Sam, loved your post! We help consultants book 10+ qualified calls a month with "
      "done-for-you outreach. Open to a quick 15-min call this week?";
  std::vector<FeatureEvent> unanswered = {Message(Direction::kInbound, pitch)};
  EXPECT_TRUE(ComputeConversationFeatures(7, unanswered, {1}).negatives & kNegSellerWords);
  std::vector<FeatureEvent> answered = {Message(Direction::kInbound, pitch),
                                        Message(Direction::kOutbound, "Tell me more.")};
  answered[1].occurred_at = 1000;
  EXPECT_FALSE(ComputeConversationFeatures(7, answered, {1}).negatives & kNegSellerWords);
}

}  // namespace
}  // namespace touchpoint
