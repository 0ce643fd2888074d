#include "core/outreach_cues.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

uint32_t Cues(std::string_view text) { return FindOutreachCues(text, FoldText(text)); }

bool Has(std::string_view text, uint32_t cue) { return (Cues(text) & cue) != 0; }

TEST(OutreachCuesTest, TheSenderOffering) {
  EXPECT_TRUE(Has("We usually cut SaaS costs by a quarter.", kCueSellerVerb));
  EXPECT_TRUE(Has("I turn long talks into short clips.", kCueSellerVerb));
  EXPECT_TRUE(Has("Rediseñamos webs para profesionales.", kCueSellerVerb));
  EXPECT_TRUE(Has("Wir übernehmen Schnitt und Shownotes.", kCueSellerVerb));
  // Near misses: a need, a request, a client describing their own trade.
  EXPECT_FALSE(Has("I need help with our prices.", kCueSellerVerb));
  EXPECT_FALSE(Has("Could you help us?", kCueSellerVerb));
  EXPECT_FALSE(Has("I run a bakery in Almada.", kCueSellerVerb));
}

TEST(OutreachCuesTest, WhatTheySellAndWhatOfYoursTheyTarget) {
  EXPECT_TRUE(Has("Our new booking platform does it for you.", kCueOffering));
  EXPECT_TRUE(Has("Notre outil automatise la prise de rendez-vous.", kCueOffering));
  EXPECT_FALSE(Has("Our team loved your workshop.", kCueOffering));
  EXPECT_TRUE(Has("I noticed your website loads slowly.", kCueReaderAsset));
  EXPECT_TRUE(Has("Wer macht Ihre Buchhaltung?", kCueReaderAsset));
  // The owner's work is what people who want something from them name.
  EXPECT_FALSE(Has("I read your book and your last post.", kCueReaderAsset));
}

TEST(OutreachCuesTest, TheReaderAsACustomer) {
  EXPECT_TRUE(Has("We work with consultants like you.", kCueAudience));
  EXPECT_TRUE(Has("Companies like yours lose a fifth of revenue.", kCueAudience));
  // A wish, not a comparison.
  EXPECT_FALSE(Has("I'd like you as an advisor for Q3.", kCueAudience));
}

TEST(OutreachCuesTest, PricesOnWhatTheySell) {
  EXPECT_TRUE(Has("Flat €89/month, cancel anytime.", kCueOfferPrice));
  EXPECT_TRUE(Has("Packages from $990.", kCueOfferPrice));
  EXPECT_TRUE(Has("Pakete ab 299 € im Monat.", kCueOfferPrice));
  EXPECT_TRUE(Has("Web y dominio por solo 29 €/mes.", kCueOfferPrice));
  // Amounts clients quote about their own business.
  EXPECT_FALSE(Has("A chain wants 45% off and pays €12 a jar.", kCueOfferPrice));
  EXPECT_FALSE(Has("We're at €40k MRR.", kCueOfferPrice));
}

TEST(OutreachCuesTest, FiguresLinksAndBooking) {
  EXPECT_TRUE(Has("3x more leads in 90 days", kCueFigures));
  EXPECT_TRUE(Has("We've helped 140+ consultants", kCueFigures));
  EXPECT_FALSE(Has("take rate 9%, half our suppliers would leave at 12%", kCueFigures));
  EXPECT_TRUE(Has("Details: leadboost.example/call", kCueLink));
  EXPECT_FALSE(Has("See you at 10.30 in Lisbon", kCueLink));
  EXPECT_TRUE(Has("Grab a slot here, or reply YES.", kCueBooking));
  EXPECT_FALSE(Has("Let me check my calendar and come back to you.", kCueBooking));
}

TEST(OutreachCuesTest, GiftsWaysOutAndReminders) {
  EXPECT_TRUE(Has("Free 14-day trial, no obligation.", kCueGift));
  EXPECT_TRUE(Has("Ein unverbindliches Gespräch?", kCueGift));
  EXPECT_FALSE(Has("Our trial-to-paid conversion is terrible.", kCueGift));
  EXPECT_TRUE(Has("If not interested, just say so and I won't follow up.", kCueOptOut));
  EXPECT_TRUE(Has("Are you the right person to talk to about this?", kCueOptOut));
  EXPECT_FALSE(Has("Are you interested in a workshop?", kCueOptOut));
  EXPECT_TRUE(Has("Just bumping this to the top of your inbox.", kCueFollowUp));
  EXPECT_TRUE(Has("Je me permets de vous relancer.", kCueFollowUp));
  EXPECT_FALSE(Has("Following your advice, we raised prices.", kCueFollowUp));
}

TEST(OutreachCuesTest, UnaskedWorkOnTheReadersBusinessIsAnOffering) {
  EXPECT_TRUE(Has("I put together a short audit of your profile.", kCueOffering));
  EXPECT_TRUE(Has("Happy to run a quick coverage check for you.", kCueOffering));
  EXPECT_FALSE(Has("Could you do an audit of our pricing?", kCueOffering));
}

TEST(OutreachCuesTest, TheirOwnOfferingPricedIsAClientsMatter) {
  EXPECT_TRUE(Has("Our new booking platform saves you hours.", kCueOffering));
  const uint32_t client = Cues("I'd really appreciate your advice on pricing our new service.");
  EXPECT_FALSE(client & kCueOffering);
  EXPECT_TRUE(client & kCueOwnNeed);
  EXPECT_TRUE(Has("My agency needs an outside eye.", kCueOwnNeed));
  EXPECT_FALSE(Has("Every agency needs a website.", kCueOwnNeed));
  // What their offering does for others, priced or not, is a pitch.
  const uint32_t pitch = Cues("Our CPQ platform helps consultants' clients price smarter.");
  EXPECT_TRUE(pitch & kCueOffering);
  EXPECT_FALSE(pitch & kCueOwnNeed);
}

TEST(OutreachCuesTest, AGreetingToManyAndCodes) {
  EXPECT_TRUE(Has("Hi all, the mixer is back on the 20th!", kCueCrowd));
  EXPECT_TRUE(Has("Hallo zusammen, am Freitag ist es so weit.", kCueCrowd));
  EXPECT_FALSE(Has("Hi Sam, all good here.", kCueCrowd));
  EXPECT_TRUE(Has("You get 30% off with code CONNECT30.", kCueGift));
  EXPECT_FALSE(Has("They want 30% of the revenue.", kCueGift));
}

TEST(OutreachCuesTest, AProblemOfTheirOwn) {
  EXPECT_TRUE(Has("Our margins are a mess.", kCueOwnNeed));
  EXPECT_TRUE(Has("I have no idea what to charge.", kCueOwnNeed));
  EXPECT_TRUE(Has("Would pay for help on this.", kCueOwnNeed));
  EXPECT_TRUE(Has("Nous voulons revoir nos tarifs.", kCueOwnNeed));
  EXPECT_FALSE(Has("We help consultancies automate invoicing.", kCueOwnNeed));
  EXPECT_FALSE(Has("Would you like to see my rates?", kCueOwnNeed));
}

TEST(OutreachCuesTest, FlatteryBySelection) {
  EXPECT_TRUE(Has("Our editors selected you for a feature in our founders' series.", kCueSelected));
  EXPECT_TRUE(Has("Has sido seleccionada para nuestro directorio de expertos.", kCueSelected));
  EXPECT_TRUE(Has("We're inviting a select group of advisors to the round.", kCueSelected));
  EXPECT_FALSE(Has("I selected your workshop for our team offsite.", kCueSelected));
  EXPECT_EQ(SellerCueCount(kCueSelected), 1);
}

TEST(OutreachCuesTest, SpeakingOfThemselves) {
  EXPECT_TRUE(Has("I run a surf school and found your page.", kCueFirstPerson));
  EXPECT_TRUE(Has("Nous sommes une petite agence.", kCueFirstPerson));
  EXPECT_FALSE(Has("open to a quick chat about your lead flow?", kCueFirstPerson));
  EXPECT_EQ(SellerCueCount(kCueFirstPerson), 0);
}

TEST(OutreachCuesTest, APitchStacksCuesAClientDoesNot) {
  const uint32_t pitch = Cues(
      "Hey Sam, we help consultants like you add 20+ clients a month. Packages from $490/mo. "
      "Grab a slot: cal.example/sam");
  EXPECT_GE(SellerCueCount(pitch), 5);
  const uint32_t client = Cues(
      "Hi Sam, we run a 3-person agency and our clients keep pushing back on our day rate. "
      "Do you offer mentoring? We'd pay, of course.");
  EXPECT_LE(SellerCueCount(client), 1);
  EXPECT_TRUE(client & kCueOwnNeed);
  // The conversation cues are never a message's.
  EXPECT_EQ(pitch & (kCueBump | kCueUnanswered), 0u);
}

TEST(OutreachCuesTest, ALaunchedProductIsAnOffer) {
  EXPECT_TRUE(
      Has("We just launched Tierly, an AI tool that builds pricing pages.", kCueSellerVerb));
  EXPECT_TRUE(Has("we built an AI that writes consulting proposals in 3 min", kCueSellerVerb));
}

TEST(OutreachCuesTest, PresentingTheirOwnQuoteIsNoClientsNeed) {
  EXPECT_FALSE(
      Has("Un petit échange téléphonique afin que je vous présente mon devis ?", kCueOwnNeed));
  EXPECT_TRUE(Has("Could you look at our prices?", kCueOwnNeed));
  EXPECT_FALSE(Has("I work with consultants who are stuck at the same income.", kCueOwnNeed));
  EXPECT_TRUE(Has("I'm a bookkeeper who specialises in consultants.", kCueSellerVerb));
}

TEST(OutreachCuesTest, ScarcityToReserveIsABookingPrompt) {
  EXPECT_TRUE(Has("Shall I reserve one for you before they go?", kCueBooking));
}

}  // namespace
}  // namespace touchpoint
