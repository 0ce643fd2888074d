#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/conversation_features.h"

namespace touchpoint {

// Weights and thresholds of the call-worthiness score. Every field is a key of the [scoring]
// section of the config file, with the default written here. Weights are added in log-odds:
// the score is 100 / (1 + e^-(bias + sum of the weights that apply)).
struct ScoringConfig {
  double threshold = 50;          // flag at or above this score (0..100)
  int64_t new_days = 14;          // their last message must be this recent to be "new"
  int64_t silence_days = 180;     // a gap this long before a conversation is re-engagement
  int64_t cross_platform_days = 14;  // same person elsewhere within this many days
  int64_t fast_reply_minutes = 360;  // median answer time that counts as fast
  int mass_mention = 5;           // a public message addressing this many is a broadcast
  int copies = 2;                 // other people sending one wording make it a template
  int outreach_cues = 3;          // this many parts of a pitch make cold outreach (outreach_cues.h)
  int outreach_cues_unanswered = 2;  // ... when a stranger wrote and nobody answered
  int own_need_cues = 2;          // a problem of their own outweighs this many of those parts

  double bias = -2.2;
  double ask = 3.0;               // they asked for a call, meeting, chat, rates, feedback, help
  double owner_ask_answered = 1.2;  // the owner asked and they answered
  double reciprocity = 1.0;       // both sides wrote
  double turns = 0.5;             // three or more changes of direction
  double many_turns = 0.4;        // six or more
  double substance = 0.6;         // two or more real messages from them
  double first_contact = 0.5;
  double reengagement = 1.4;
  double fast_reply = 0.4;
  double cross_platform = 2.0;
  double introduction = 1.8;

  double recruiter = -4.5;
  double promotional = -4.5;
  double automated = -5.0;
  double hostile = -5.0;
  double mass_mentioned = -3.0;
  double closed = -5.0;           // their last word ended the conversation
  double declined = -5.0;         // they withdrew or declined
  double idle = -2.5;             // no ask and not one question from them: chat, not business
  double social = -3.0;           // a known contact's messages name no work matter: social plans
  double group = -1.5;            // three or more others and no ask: a group chat
  double dismissed_sender = -3.0; // the user dismissed this person before
  double dismissed_template = -3.0;  // ... or a message of the same wording
  double copied = -2.0;           // the same wording reached the owner elsewhere
  double cold_outreach = -4.5;    // the conversation has the shape of cold outreach
  double seller_words = -4.5;     // nobody answered, and they write like sellers (seller_model.h)
};

// A reason a person can read, with a stable machine code.
struct Reason {
  std::string code;  // "ask", "reciprocity", "first_contact", ...
  std::string text;  // "they asked for a call"
};

// What the scorer knows beyond the conversation's own features.
struct ScoreContext {
  std::string counterpart_label;    // "@ada_l", "Ada Lovelace"
  std::string introducer_label;     // who introduced them, if anyone
  std::string other_platform_label;  // "LinkedIn"
  bool dismissed_sender = false;
  bool dismissed_template = false;
  int other_senders = 0;  // other people whose first message had the same wording (callers
                          // may stop counting at ScoringConfig::copies)
};

struct ScoreResult {
  bool eligible = false;  // new enough and written by someone else, so it can be flagged
  double score = 0;       // 0..100
  bool flagged = false;
  std::vector<Reason> reasons;
};

ScoreResult Score(const ConversationFeatures& features, const ScoreContext& context,
                  int64_t as_of_ms, const ScoringConfig& config);

}  // namespace touchpoint
