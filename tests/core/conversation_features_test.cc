#include "core/conversation_features.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

constexpr int64_t kMinute = 60 * 1000;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;
constexpr int64_t kOwner = 1;
constexpr int64_t kThem = 2;

FeatureEvent Message(Direction direction, int64_t at, std::string text) {
  static int64_t next_id = 1;
  FeatureEvent event;
  event.id = next_id++;
  event.kind = EventKind::kDm;
  event.direction = direction;
  event.author_id = direction == Direction::kInbound ? kThem : kOwner;
  event.counterpart_ids = {direction == Direction::kInbound ? kOwner : kThem};
  event.occurred_at = at;
  event.text = std::move(text);
  return event;
}

FeatureEvent In(int64_t at, std::string text) {
  return Message(Direction::kInbound, at, std::move(text));
}
FeatureEvent Out(int64_t at, std::string text) {
  return Message(Direction::kOutbound, at, std::move(text));
}

ConversationFeatures Compute(std::vector<FeatureEvent> events) {
  return ComputeConversationFeatures(7, std::move(events), {kOwner});
}

TEST(ConversationFeaturesTest, TheOwnersNoTakenWithoutANewAskEndsIt) {
  const ConversationFeatures declined =
      Compute({In(0, "Could we do a call about how to value our seed round?"),
               Out(kHour, "Honestly that's not my area. Talk to Ines, she does valuations."),
               In(2 * kHour, "fair enough, appreciate it, will ping her")});
  EXPECT_TRUE(declined.negatives & kNegDeclined);
  const ConversationFeatures asked_again =
      Compute({In(0, "Could we do a call about how to value our seed round?"),
               Out(kHour, "Honestly that's not my area."),
               In(2 * kHour, "Understood! Could we talk about our product pricing instead?")});
  EXPECT_FALSE(asked_again.negatives & kNegDeclined);
}

TEST(ConversationFeaturesTest, CareerMattersAreWork) {
  // Plans between friends name no work; a friend's career question is mentoring.
  EXPECT_TRUE(Compute({In(0, "drinks thursday?")}).negatives & kNegSocial);
  EXPECT_TRUE(Compute({In(0, "next round is on me, same bar saturday?")}).negatives & kNegSocial);
  EXPECT_FALSE(Compute({In(0,
                           "I got laid off and I'm thinking about going freelance. Could we "
                           "talk this week?")})
                   .negatives &
               kNegSocial);
}

TEST(ConversationFeaturesTest, ThanksDaysLaterCloseTheConversation) {
  const ConversationFeatures f =
      Compute({In(0, "Hi Sam, could we talk on Thursday about our gallery's prices?"),
               Out(kHour, "Yes, 11am works."),
               In(6 * kDay, "Thank you for Thursday, it was really helpful!")});
  EXPECT_TRUE(f.negatives & kNegClosed);
  EXPECT_NE(f.asks, 0);  // the ask is still recorded; the scorer knows it was settled
}

TEST(ConversationFeaturesTest, ThanksRightAfterTheAnswerArrangeTheCall) {
  const ConversationFeatures f =
      Compute({In(0, "Could we talk on Thursday about our prices?"), Out(kHour, "Yes, 11am?"),
               In(kHour + 5 * kMinute, "Thanks, 11 works")});
  EXPECT_FALSE(f.negatives & kNegClosed);
}

TEST(ConversationFeaturesTest, ThanksBeforeAnyAnswerAreANudge) {
  const ConversationFeatures f = Compute({In(0, "Hi Sam, could we talk about our prices?"),
                                          In(kDay, "Thanks in advance, looking forward!")});
  EXPECT_FALSE(f.negatives & kNegClosed);
}

TEST(ConversationFeaturesTest, AQuestionKeepsThanksOpen) {
  const ConversationFeatures f =
      Compute({In(0, "Could we talk about our prices?"), Out(kHour, "Sure, Thursday?"),
               In(3 * kDay, "Thanks for the call! Could we do a second one next month?")});
  EXPECT_FALSE(f.negatives & kNegClosed);
}

TEST(ConversationFeaturesTest, ChatWithoutAQuestionIsIdle) {
  const ConversationFeatures chat =
      Compute({In(0, "Just saw you on the morning show, so proud of you!"),
               Out(kHour, "Thank you, I was so nervous"), In(kHour + kMinute, "You were great!")});
  EXPECT_TRUE(chat.negatives & kNegIdle);
  const ConversationFeatures questions =
      Compute({In(0, "I'm opening a grooming van. Should I price by dog size or by time?"),
               Out(kHour, "By size and coat."), In(kHour + kMinute, "What about travel?")});
  EXPECT_FALSE(questions.negatives & kNegIdle);
}

TEST(ConversationFeaturesTest, WhatTheyWroteElsewhere) {
  // Who is writing carries over whenever it was written.
  EXPECT_TRUE(NegativesFromElsewhere("Book a free strategy call with our team", false, true) &
              kNegPromotional);
  // A closing word when it is their latest, or when they asked nothing here.
  const std::string_view thanks = "Connected here too, thanks again for the call!";
  EXPECT_TRUE(NegativesFromElsewhere(thanks, true, true) & kNegClosed);
  EXPECT_TRUE(NegativesFromElsewhere(thanks, false, false) & kNegClosed);
  EXPECT_EQ(NegativesFromElsewhere(thanks, false, true), 0);
  EXPECT_EQ(NegativesFromElsewhere("Also writing here in case messages get lost. Thanks, could "
                                   "we talk?",
                                   true, false),
            0);
}

TEST(ConversationFeaturesTest, AReminderAfterADayWithoutAnswerIsABump) {
  const ConversationFeatures bumped = Compute({In(0, "Hi Sam, we design decks for consultancies."),
                                               In(2 * kDay, "Hi Sam, any thoughts on the above?")});
  EXPECT_TRUE(bumped.outreach & kCueBump);
  EXPECT_TRUE(bumped.outreach & kCueUnanswered);
  EXPECT_TRUE(bumped.outreach & kCueSellerVerb);  // collected over all of their messages
  // A second thought minutes later is no reminder.
  EXPECT_FALSE(Compute({In(0, "Hi Sam, I read your post about discounts."),
                        In(3 * kMinute, "A chain wants 45% off. Could we speak?")})
                   .outreach &
               kCueBump);
  // An answer between the two is a conversation, and nobody is left unanswered.
  const ConversationFeatures answered =
      Compute({In(0, "Hi Sam, quick question about retainers."), Out(kHour, "Sure, go ahead."),
               In(2 * kDay, "Sorry for the delay! Here it is.")});
  EXPECT_FALSE(answered.outreach & kCueBump);
  EXPECT_FALSE(answered.outreach & kCueUnanswered);
}

TEST(ConversationFeaturesTest, OutreachCuesFromElsewhere) {
  EXPECT_TRUE(OutreachFromElsewhere("Following up from LinkedIn: we help consultants like you.") &
              kCueFollowUp);
  EXPECT_EQ(OutreachFromElsewhere("Hi Sam, could we talk about our prices?") & kSellerCues, 0u);
}

TEST(ConversationFeaturesTest, NoWorkMatterIsSocial) {
  EXPECT_TRUE(
      Compute({In(0, "Drinks Thursday? The usual place?"), Out(kHour, "Perfect!")}).negatives &
      kNegSocial);
  EXPECT_TRUE(Compute({In(0, "¿Quedamos el sábado para ver el partido?")}).negatives & kNegSocial);
  EXPECT_FALSE(Compute({In(0, "Coffee this week? I'm quoting my first big client.")}).negatives &
               kNegSocial);
  EXPECT_FALSE(Compute({In(0, "Could you have a look at the draft?")}).negatives & kNegSocial);
}

TEST(ConversationFeaturesTest, SameWordingIsOneTextSentTwice) {
  const std::string pitch = TemplateFingerprint(
      "Hi Sam, huge admirer of your pricing work! Would you be open to a short call this week "
      "about a collaboration?");
  EXPECT_TRUE(SameWording(
      pitch,
      TemplateFingerprint(
          "Hi Sam, huge admirer of your pricing work!! Would you be open to a short call this week "
          "about a collaboration? Best, Ines")));
  EXPECT_FALSE(
      SameWording(pitch, TemplateFingerprint("Sam, your pricing work helped us a lot. Could we "
                                             "talk about a collaboration this week?")));
  // Short everyday messages are nobody's template.
  EXPECT_FALSE(SameWording(TemplateFingerprint("Thanks so much Sam!"),
                           TemplateFingerprint("Thanks so much Sam!")));
}

TEST(ConversationFeaturesTest, OfEqualWritersTheLatestIsTheCounterpart) {
  // A known contact (3) introduces someone new (4) in public; the new person answers once.
  FeatureEvent intro = In(0, "@sam meet @ines: she is pricing her first service");
  intro.kind = EventKind::kMention;
  intro.author_id = 3;
  intro.counterpart_ids = {kOwner, 4};
  FeatureEvent answer = In(2 * kHour, "@dana @sam Thanks Dana! Sam, I would love that.");
  answer.kind = EventKind::kReply;
  answer.author_id = 4;
  answer.counterpart_ids = {3, kOwner};
  EXPECT_EQ(Compute({intro, answer}).counterpart_id, 4);
  // Whoever wrote most is still the one the conversation is with.
  FeatureEvent again = intro;
  again.id = answer.id + 1;
  again.occurred_at = 3 * kHour;
  EXPECT_EQ(Compute({intro, answer, again}).counterpart_id, 3);
}

TEST(ConversationFeaturesTest, AMarketplaceBuyerHagglingIsAMachinesOpener) {
  const ConversationFeatures haggling =
      Compute({In(0, "Is this still available?"), Out(kHour, "Yes it is!"),
               In(2 * kHour, "would u take 40 for it?"), Out(3 * kHour, "45 and it's yours"),
               In(4 * kHour, "deal. can i pick up saturday morning?")});
  EXPECT_TRUE(haggling.negatives & kNegAutomated);
  const ConversationFeatures client =
      Compute({In(0, "Is this still available?"), Out(kHour, "Yes!"),
               In(2 * kHour,
                  "Great. Also, I run a ceramics studio and saw you're a pricing "
                  "consultant. Could we have a coffee about my prices?")});
  EXPECT_FALSE(client.negatives & kNegAutomated);
}

}  // namespace
}  // namespace touchpoint
