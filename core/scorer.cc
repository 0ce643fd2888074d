#include "core/scorer.h"

#include <cmath>

#include "core/message_signals.h"

namespace touchpoint {
namespace {

constexpr int64_t kMsPerMinute = 60 * 1000;
constexpr int64_t kMsPerDay = 24 * 60 * kMsPerMinute;

std::string Ago(int64_t ms) {
  const int64_t days = ms / kMsPerDay;
  if (days <= 0) return "today";
  if (days == 1) return "yesterday";
  return std::to_string(days) + " days ago";
}

std::string Span(int64_t ms) {
  const int64_t days = ms / kMsPerDay;
  if (days >= 60) return std::to_string(days / 30) + " months";
  return std::to_string(days) + " days";
}

class Tally {
 public:
  explicit Tally(double bias) : logit_(bias) {}
  void Add(double weight, std::string code, std::string text) {
    logit_ += weight;
    reasons_.push_back({std::move(code), std::move(text)});
  }
  void Weigh(double weight) { logit_ += weight; }  // counts without a reason of its own
  double Score() const { return 100.0 / (1.0 + std::exp(-logit_)); }
  std::vector<Reason> TakeReasons() { return std::move(reasons_); }

 private:
  double logit_;
  std::vector<Reason> reasons_;
};

// Selling has a shape whatever is sold: an offer, to the owner's kind, with a price, a link, a
// booking prompt, a way out, a reminder. Each part is common alone; a pitch stacks them. A
// stranger nobody answered needs fewer of them, and a client's own problem (their prices,
// their margins, "no idea what to charge") outweighs some: clients talk about themselves.
bool IsColdOutreach(const ConversationFeatures& f, const ScoringConfig& config) {
  int cues = SellerCueCount(f.outreach);
  if (f.outreach & kCueOwnNeed) cues -= config.own_need_cues;
  const bool unanswered_stranger = (f.outreach & kCueUnanswered) && !f.prior_contact_at;
  // A stranger who says nothing of themselves and wants to talk about the reader's business
  // ("open to a chat about your lead flow?") is selling, however short the message. A client
  // says who they are ("I run a surf school, found your page...").
  if (unanswered_stranger && (f.outreach & kCueReaderAsset) &&
      !(f.outreach & (kCueOwnNeed | kCueFirstPerson))) {
    return true;
  }
  return cues >= (unanswered_stranger ? config.outreach_cues_unanswered : config.outreach_cues);
}

}  // namespace

ScoreResult Score(const ConversationFeatures& f, const ScoreContext& context, int64_t as_of,
                  const ScoringConfig& config) {
  ScoreResult result;
  // Only someone else's recent, real words can make a call: thanks, emoji and congratulations
  // alone never do.
  if (!f.last_inbound_at || *f.last_inbound_at > as_of ||
      as_of - *f.last_inbound_at > config.new_days * kMsPerDay || f.substantive == 0) {
    return result;
  }
  result.eligible = true;
  Tally tally(config.bias);
  const int64_t window_start = as_of - config.new_days * kMsPerDay;

  // Their closing word or withdrawal never carries an ask itself (here or on another platform,
  // later), so when one is set the ask came before it and was answered, held or taken back.
  const bool live = (f.negatives & (kNegClosed | kNegDeclined)) == 0;
  if (live && f.asks != 0 && f.last_ask_at && *f.last_ask_at >= window_start) {
    tally.Add(config.ask, "ask",
              "they asked for " + std::string(AskName(static_cast<uint8_t>(f.asks))));
  } else if (f.owner_asks != 0 && f.inbound > 0 && f.outbound > 0) {
    tally.Add(config.owner_ask_answered, "ask_answered",
              "you proposed " + std::string(AskName(static_cast<uint8_t>(f.owner_asks))) +
                  " and they answered");
  }
  if (f.inbound > 0 && f.outbound > 0) {
    tally.Add(config.reciprocity, "reciprocity",
              std::to_string(f.inbound + f.outbound) + " messages back and forth");
    if (f.turns >= 3) tally.Weigh(config.turns);
    if (f.turns >= 6) tally.Weigh(config.many_turns);
  }
  if (f.substantive >= 2) tally.Weigh(config.substance);
  if (!f.prior_contact_at) {
    tally.Add(config.first_contact, "first_contact",
              "first contact " + Ago(as_of - *f.first_inbound_at));
  } else if (f.burst_at - *f.prior_contact_at >= config.silence_days * kMsPerDay) {
    tally.Add(config.reengagement, "reengagement",
              "back after " + Span(f.burst_at - *f.prior_contact_at) + " of silence");
  }
  if (f.reply_ms && f.turns >= 2 && *f.reply_ms <= config.fast_reply_minutes * kMsPerMinute) {
    tally.Add(config.fast_reply, "fast_reply", "quick replies");
  }
  // Writing on two platforms means something only for a real, clean conversation.
  const bool cross_platform =
      f.other_platform_at &&
      (f.negatives & (kSenderNegatives | kNegClosed | kNegDeclined | kNegTemplate)) == 0 &&
      std::llabs(*f.other_platform_at - *f.last_inbound_at) <=
          config.cross_platform_days * kMsPerDay;
  if (cross_platform) {
    tally.Add(config.cross_platform, "cross_platform",
              "also wrote to you on " + context.other_platform_label);
  }
  if (f.introduced_by) {
    tally.Add(config.introduction, "introduction", "introduced by " + context.introducer_label);
  }
  // Chat without a question is no business, unless the person reached out twice or came
  // through someone they know.
  // Someone the owner already knows, back within the silence window, with no ask: the relationship
  // exists and nothing new is on the table, however lively the exchange.
  const bool known_without_ask = f.prior_contact_at && f.asks == 0 && f.owner_asks == 0 &&
                                 f.burst_at - *f.prior_contact_at < config.silence_days * kMsPerDay;
  if (((f.negatives & kNegIdle) || known_without_ask) && !cross_platform && !f.introduced_by) {
    tally.Weigh(config.idle);
  }
  // Someone the owner knows asking to meet with no work matter named is making plans: drinks,
  // a match, a catch-up. A stranger's ask for time is the start of something. So is a group
  // chat's (family and friends arranging a lunch or a match), and anyone's favour: help asked
  // for with no work named ("help me carry boxes on Saturday?").
  const bool social = (f.negatives & kNegSocial) &&
                      (f.prior_contact_at || f.counterparts >= 2 || f.asks == kAskHelp) &&
                      !f.introduced_by;
  if (social) tally.Weigh(config.social);

  if (f.negatives & kNegRecruiter) tally.Weigh(config.recruiter);
  if (f.negatives & kNegPromotional) tally.Weigh(config.promotional);
  if (f.negatives & kNegAutomated) tally.Weigh(config.automated);
  if (f.negatives & kNegSpam) tally.Weigh(config.automated);
  if (f.negatives & kNegHostile) tally.Weigh(config.hostile);
  if (f.negatives & kNegClosed) tally.Weigh(config.closed);
  if (f.negatives & kNegDeclined) tally.Weigh(config.declined);
  if ((f.counterparts >= 3 && f.asks == 0) || (social && f.counterparts >= 2)) {
    tally.Weigh(config.group);
  }
  if (f.max_addressed >= config.mass_mention) tally.Weigh(config.mass_mentioned);
  if (context.dismissed_sender) tally.Weigh(config.dismissed_sender);
  if (context.dismissed_template) tally.Weigh(config.dismissed_template);
  if (IsColdOutreach(f, config)) tally.Weigh(config.cold_outreach);
  if (f.negatives & kNegSellerWords) tally.Weigh(config.seller_words);
  // One wording from one person on two platforms, or from several people: mass outreach.
  if ((f.negatives & kNegTemplate) || context.other_senders >= config.copies) {
    tally.Weigh(config.copied);
  }

  result.score = tally.Score();
  result.flagged = result.score >= config.threshold;
  result.reasons = tally.TakeReasons();
  return result;
}

}  // namespace touchpoint
