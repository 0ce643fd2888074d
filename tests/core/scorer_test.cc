#include "core/scorer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/message_signals.h"

namespace touchpoint {
namespace {

constexpr int64_t kDay = 24 * 3600 * 1000;
constexpr int64_t kAsOf = 400 * kDay;

// A first contact who asked for a call two days ago, answered by the owner.
ConversationFeatures AskedForACall() {
  ConversationFeatures f;
  f.conversation_id = 1;
  f.counterpart_id = 2;
  f.counterparts = 1;
  f.first_at = f.burst_at = f.first_inbound_at.emplace(kAsOf - 2 * kDay);
  f.last_at = f.last_inbound_at.emplace(kAsOf - kDay);
  f.inbound = 2;
  f.outbound = 1;
  f.turns = 2;
  f.asks = kAskCall;
  f.last_ask_at = kAsOf - 2 * kDay;
  f.substantive = 2;
  return f;
}

bool HasReason(const ScoreResult& result, std::string_view code) {
  return std::any_of(result.reasons.begin(), result.reasons.end(),
                     [&](const Reason& reason) { return reason.code == code; });
}

TEST(ScorerTest, AnAskThenTheirClosingWordIsSettled) {
  ConversationFeatures f = AskedForACall();
  const ScoreResult open = Score(f, {}, kAsOf, ScoringConfig{});
  EXPECT_TRUE(open.flagged);
  EXPECT_TRUE(HasReason(open, "ask"));
  f.negatives = kNegClosed;
  const ScoreResult closed = Score(f, {}, kAsOf, ScoringConfig{});
  EXPECT_TRUE(closed.eligible);
  EXPECT_FALSE(closed.flagged);
  EXPECT_FALSE(HasReason(closed, "ask"));
}

TEST(ScorerTest, IdleChatIsNoCallUnlessIntroducedOrOnTwoPlatforms) {
  ConversationFeatures f = AskedForACall();
  f.asks = 0;
  f.last_ask_at.reset();
  f.negatives = kNegIdle;
  EXPECT_FALSE(Score(f, {}, kAsOf, ScoringConfig{}).flagged);
  f.introduced_by = 3;
  EXPECT_TRUE(Score(f, {}, kAsOf, ScoringConfig{}).flagged);
}

TEST(ScorerTest, ASellerOnTwoPlatformsGetsNoCrossPlatformCredit) {
  ConversationFeatures f = AskedForACall();
  f.other_platform_at = kAsOf - kDay;
  f.other_platform = "linkedin";
  EXPECT_TRUE(HasReason(Score(f, {}, kAsOf, ScoringConfig{}), "cross_platform"));
  f.negatives = kNegPromotional;
  const ScoreResult seller = Score(f, {}, kAsOf, ScoringConfig{});
  EXPECT_FALSE(HasReason(seller, "cross_platform"));
  EXPECT_FALSE(seller.flagged);
}

TEST(ScorerTest, OneWordingSentEverywhereIsOutreach) {
  const ScoringConfig config;
  ConversationFeatures f = AskedForACall();
  f.inbound = f.substantive = 1;  // one message asking for a call, not yet answered
  f.outbound = f.turns = 0;
  EXPECT_TRUE(Score(f, {}, kAsOf, config).flagged);
  ScoreContext many;
  many.other_senders = config.copies;
  EXPECT_FALSE(Score(f, many, kAsOf, config).flagged);
  // Pasted on a second platform: no credit for the second platform, and a template.
  f.asks = 0;
  f.other_platform_at = kAsOf - kDay;
  f.other_platform = "twitter";
  const double both = Score(f, {}, kAsOf, config).score;
  f.negatives |= kNegTemplate;
  const ScoreResult pasted = Score(f, {}, kAsOf, config);
  EXPECT_LT(pasted.score, both);
  EXPECT_TRUE(std::none_of(pasted.reasons.begin(), pasted.reasons.end(),
                           [](const Reason& r) { return r.code == "cross_platform"; }));
}

TEST(ScorerTest, ColdOutreachNeedsFewerCuesWhenNobodyAnswered) {
  const ScoringConfig config;
  ConversationFeatures f = AskedForACall();  // answered by the owner
  f.outreach = kCueSellerVerb | kCueLink;
  EXPECT_TRUE(Score(f, {}, kAsOf, config).flagged);
  f.outreach |= kCueBooking;  // three parts of a pitch
  EXPECT_FALSE(Score(f, {}, kAsOf, config).flagged);
  // A stranger nobody answered: two parts are enough ...
  f.outreach = kCueSellerVerb | kCueLink | kCueUnanswered;
  EXPECT_FALSE(Score(f, {}, kAsOf, config).flagged);
  // ... but not for someone the owner knew before, nor one part for a stranger.
  f.prior_contact_at = kAsOf - 300 * kDay;
  EXPECT_TRUE(Score(f, {}, kAsOf, config).flagged);
  f.prior_contact_at.reset();
  f.outreach = kCueLink | kCueUnanswered;
  EXPECT_TRUE(Score(f, {}, kAsOf, config).flagged);
}

TEST(ScorerTest, AProblemOfTheirOwnOutweighsPartsOfAPitch) {
  const ScoringConfig config;
  ConversationFeatures f = AskedForACall();
  f.outreach = kCueSellerVerb | kCueOffering | kCueLink | kCueUnanswered;
  EXPECT_FALSE(Score(f, {}, kAsOf, config).flagged);
  f.outreach |= kCueOwnNeed;  // "our margins are a mess": a client describing their business
  EXPECT_TRUE(Score(f, {}, kAsOf, config).flagged);
  ScoringConfig strict = config;
  strict.own_need_cues = 0;
  EXPECT_FALSE(Score(f, {}, kAsOf, strict).flagged);
}

TEST(ScorerTest, AKnownContactsPlansWithoutAWorkMatterAreSocial) {
  const ScoringConfig config;
  ConversationFeatures f = AskedForACall();
  f.asks = kAskMeeting;  // "drinks Thursday?"
  f.negatives = kNegSocial;
  EXPECT_TRUE(Score(f, {}, kAsOf, config).flagged);  // a stranger asking for time
  f.prior_contact_at = kAsOf - 90 * kDay;
  EXPECT_FALSE(Score(f, {}, kAsOf, config).flagged);  // a friend making plans
  f.negatives = 0;                                    // ... about their prices
  EXPECT_TRUE(Score(f, {}, kAsOf, config).flagged);
}

TEST(ScorerTest, AKnownContactWithoutAnAskIsChatHoweverLively) {
  ConversationFeatures f = AskedForACall();
  f.asks = 0;
  f.last_ask_at.reset();
  f.turns = 4;
  f.reply_ms = 2 * 60 * 1000;
  EXPECT_TRUE(Score(f, {}, kAsOf, ScoringConfig{}).flagged);  // a stranger's lively exchange
  f.prior_contact_at = kAsOf - 40 * kDay;
  EXPECT_FALSE(Score(f, {}, kAsOf, ScoringConfig{}).flagged);
  f.asks = kAskCall;
  f.last_ask_at = kAsOf - kDay;
  EXPECT_TRUE(Score(f, {}, kAsOf, ScoringConfig{}).flagged);
}

TEST(ScorerTest, WordsLikeASellersWeighAgainst) {
  ConversationFeatures f = AskedForACall();
  f.negatives = kNegSellerWords;
  EXPECT_FALSE(Score(f, {}, kAsOf, ScoringConfig{}).flagged);
}

TEST(ScorerTest, AGroupChatWithoutWorkIsSocialEvenAmongStrangersToTheData) {
  ConversationFeatures f = AskedForACall();
  f.counterparts = 3;
  f.negatives = kNegSocial;
  EXPECT_FALSE(Score(f, {}, kAsOf, ScoringConfig{}).flagged);
  f.negatives = 0;  // a group where work is named: an introduction, a client's team
  EXPECT_TRUE(Score(f, {}, kAsOf, ScoringConfig{}).flagged);
}

}  // namespace
}  // namespace touchpoint
