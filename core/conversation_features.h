#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "core/outreach_cues.h"

namespace touchpoint {

// Bits of what speaks against a conversation, found in the other side's messages.
enum NegativeSignal : int {
  kNegRecruiter = 1 << 0,
  kNegPromotional = 1 << 1,
  kNegAutomated = 1 << 2,
  kNegHostile = 1 << 3,
  kNegClosed = 1 << 4,    // the last message closes the conversation
  kNegDeclined = 1 << 5,  // they withdrew or declined
  kNegSpam = 1 << 6,      // the platform filed it as spam
  kNegIdle = 1 << 7,      // no ask, and at most one question, answered: chat or settled
  kNegTemplate = 1 << 8,  // the same wording reached the owner elsewhere: copied outreach
  kNegSocial = 1 << 9,    // nothing they wrote names a work matter: plans between friends
  kNegSellerWords = 1 << 10,  // unanswered, and worded like the sellers of core/seller_model.h
};

// The negatives that say who is writing (a seller, a machine, a troll), as opposed to how the
// conversation went.
inline constexpr int kSenderNegatives =
    kNegRecruiter | kNegPromotional | kNegAutomated | kNegHostile | kNegSpam | kNegSellerWords;

// One stored event as the feature pass reads it.
struct FeatureEvent {
  int64_t id = 0;
  EventKind kind = EventKind::kPost;
  Direction direction = Direction::kOutbound;
  int64_t author_id = 0;
  std::vector<int64_t> counterpart_ids;
  int64_t occurred_at = 0;
  std::string text;
  bool spam = false;  // the platform filed it as spam (LinkedIn's SPAM folder)
};

// What the scorer needs to know about one conversation, independent of "now". Person-level
// context (earlier contact, other platforms, introductions) is filled in by the caller.
struct ConversationFeatures {
  int64_t conversation_id = 0;
  int64_t counterpart_id = 0;  // the non-owner identity who wrote most (of equals, the one who
                               // wrote last), else the first addressed
  int counterparts = 0;
  int64_t first_at = 0;
  int64_t burst_at = 0;  // start of the latest run without a month of silence
  int64_t last_at = 0;
  std::optional<int64_t> first_inbound_at;
  std::optional<int64_t> last_inbound_at;
  int inbound = 0;
  int outbound = 0;
  int turns = 0;
  std::optional<int64_t> reply_ms;
  int asks = 0;
  std::optional<int64_t> last_ask_at;
  int owner_asks = 0;
  int substantive = 0;
  int negatives = 0;
  int max_addressed = 0;
  uint32_t outreach = 0;  // OutreachCue bits over their messages in the run (outreach_cues.h)
  std::optional<int64_t> prior_contact_at;  // last contact with the person before burst_at
  std::optional<int64_t> other_platform_at;
  std::string other_platform;
  std::optional<int64_t> introduced_by;
  std::string template_fingerprint;
};

// A month without a message splits a conversation into runs; the features describe the
// latest run, and the run before it (if any) is earlier contact.
inline constexpr int64_t kBurstGapMs = int64_t{30} * 24 * 3600 * 1000;

// Computes the conversation's own features from its events (any order). `owner_ids` are the
// owner's identity ids.
ConversationFeatures ComputeConversationFeatures(int64_t conversation_id,
                                                 std::vector<FeatureEvent> events,
                                                 const std::vector<int64_t>& owner_ids);

// What the same person's message on another platform says about this conversation: who is
// writing (a recruiter, a seller, a machine, a troll) carries over whenever it was; a goodbye,
// thanks or withdrawal when it came `later` than their last word here, or whenever they asked
// nothing here (the matter lives on the other platform).
int NegativesFromElsewhere(std::string_view text, bool later, bool asked_here);

// The outreach cues of the same person's message on another platform: a pitch split over two
// platforms ("following up from LinkedIn") is one pitch. All OutreachCue bits a message can
// have (the conversation cues kCueBump and kCueUnanswered are never set).
uint32_t OutreachFromElsewhere(std::string_view text);

// A short fingerprint of a message's wording: its distinctive words, sorted. Messages sent
// from one template share most of them, whatever name or date was filled in.
std::string TemplateFingerprint(std::string_view text);

// Share of words two fingerprints have in common (Jaccard), 0..1.
double FingerprintSimilarity(std::string_view a, std::string_view b);

// How many words a fingerprint has. Below kMinCopyWords a message is everyone's words ("Hi
// Sam, thanks so much!"), not a template.
int FingerprintWords(std::string_view fingerprint) noexcept;
inline constexpr int kMinCopyWords = 6;

// Whether two fingerprints are one text sent twice: both long enough to be a template and
// nearly the same words.
bool SameWording(std::string_view a, std::string_view b);

}  // namespace touchpoint
