#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text_fold.h"

namespace touchpoint {

// The parts cold outreach is made of. Each is weak alone and common in clients' messages too;
// a pitch stacks several, whatever it sells and however it is worded. Bits, so a conversation
// can collect them over all of the sender's messages.
enum OutreachCue : uint32_t {
  kCueSellerVerb = 1u << 0,   // the sender offering: "we help", "I turn talks into clips"
  kCueOffering = 1u << 1,     // something they sell: "our platform", "my free guide"
  kCueReaderAsset = 1u << 2,  // the reader's business as the object: "your website"
  kCueAudience = 1u << 3,     // the owner's kind as customers: "consultants like you"
  kCueOfferPrice = 1u << 4,   // a price on it: "€89/month", "packages from $990"
  kCueFigures = 1u << 5,      // results in figures: "3x more leads", "20+ clients"
  kCueLink = 1u << 6,         // a web address
  kCueBooking = 1u << 7,      // act without talking: "grab a slot", "reply YES"
  kCueGift = 1u << 8,         // free, a trial, no obligation, a discount
  kCueOptOut = 1u << 9,       // a way out: "if not interested", "not the right person?"
  kCueFollowUp = 1u << 10,    // a reminder: "just following up", "je me permets de relancer"
  kCueFitSeeking = 1u << 11,  // the call is for the seller: "see if it's a fit", "show you how"
  kCueCrowd = 1u << 12,       // written to many: "hi all", "hola a todos", "hallo zusammen"
  // Set per conversation (ConversationFeatures::outreach), not per message:
  kCueBump = 1u << 13,        // they wrote again a day or more later, with no answer between
  kCueUnanswered = 1u << 14,  // nobody answered them in this run of the conversation
  // Per message, but not a seller's cue:
  kCueOwnNeed = 1u << 15,     // they bring a problem of their own: "our margins", "no idea"
  // A seller's cue, added after the others:
  kCueSelected = 1u << 16,    // flattery by selection: "you've been selected", "a select group"
  // Per message, not a seller's cue:
  kCueFirstPerson = 1u << 17,  // they speak of themselves: "I run a shop", "nous sommes"
};

// The cues that speak for outreach (everything but kCueUnanswered and kCueOwnNeed).
inline constexpr uint32_t kSellerCues = ((1u << 14) - 1) | kCueSelected;

// The cues of one message, given its raw text (for prices, figures and links) and its folded
// form, with kCueOwnNeed when they bring a problem of their own. Never sets the conversation
// cues kCueBump or kCueUnanswered. Thread-safe.
uint32_t FindOutreachCues(std::string_view raw, const FoldedText& folded);

// Claims in figures: "$20k/mo", "300%", "3x", "10k", "20+". Counts each.
int NumericClaims(std::string_view raw);

// A web address in any form: "https://…", "www.…", "leadboost.example/call".
bool HasLink(std::string_view raw);

// "Consultants like you", "empresas como la tuya": the reader compared to a class of customers.
// Not "I'd like you to advise us", where "like" is a wish.
bool ComparesToReader(const std::vector<std::string>& tokens);

// How many seller cues `cues` holds.
int SellerCueCount(uint32_t cues) noexcept;

}  // namespace touchpoint
