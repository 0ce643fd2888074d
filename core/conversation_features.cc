#include "core/conversation_features.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "core/message_signals.h"
#include "core/seller_model.h"
#include "core/text_fold.h"

namespace touchpoint {
namespace {

bool IsOwner(const std::vector<int64_t>& owner_ids, int64_t id) {
  return std::find(owner_ids.begin(), owner_ids.end(), id) != owner_ids.end();
}

// Public events addressed to many people at once are broadcasts, not conversations.
bool IsPublic(EventKind kind) {
  return kind == EventKind::kMention || kind == EventKind::kReply || kind == EventKind::kComment ||
         kind == EventKind::kPost;
}

// Thanks this long after the message before them are for something that has happened.
constexpr int64_t kClosingPauseMs = int64_t{12} * 3600 * 1000;
// Writing again this long after one's own unanswered message is a reminder, not a second
// thought ("For context: ..." three minutes later).
constexpr int64_t kBumpGapMs = int64_t{20} * 3600 * 1000;

std::optional<int64_t> Median(std::vector<int64_t> values) {
  if (values.empty()) return std::nullopt;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2),
                   values.end());
  return values[values.size() / 2];
}

// How their last word left the conversation (kNegDeclined, kNegClosed or nothing). Closed: a
// goodbye or emoji, bare thanks after the owner answered, or thanks that come back after a
// pause once the owner answered (the call or the advice has happened: "Thank you for
// Thursday, it was really helpful!"). Thanks soon after the owner's answer is arranging
// something ("Thanks! Tuesday works"), thanks with no answer yet is a nudge ("Thanks in
// advance!"), and a question or an ask keeps it open.
int HowTheyEnded(const std::vector<FeatureEvent>& events) {
  const auto last = std::find_if(events.rbegin(), events.rend(), [](const FeatureEvent& e) {
    return e.direction == Direction::kInbound;
  });
  const MessageSignals theirs = AnalyzeMessage(last->text);
  if (theirs.declined) return kNegDeclined;
  if (theirs.asks != 0 || theirs.question) return 0;
  // The owner said no ("not my area, talk to Leonor") and they took it without asking again.
  const auto owner_reply = std::find_if(last + 1, events.rend(), [](const FeatureEvent& e) {
    return e.direction == Direction::kOutbound;
  });
  if (owner_reply != events.rend() && AnalyzeMessage(owner_reply->text).declined) {
    return kNegDeclined;
  }
  const bool answered = std::any_of(events.begin(), last.base() - 1, [](const FeatureEvent& e) {
    return e.direction == Direction::kOutbound;
  });
  const bool after_pause =
      last + 1 != events.rend() && last->occurred_at - (last + 1)->occurred_at >= kClosingPauseMs;
  if (theirs.closing || theirs.emoji_only || (theirs.thanks_only && answered) ||
      (theirs.gratitude && answered && after_pause)) {
    return kNegClosed;
  }
  return 0;
}

// What they wrote, read by the learned seller model: it knows pitches in wordings no list
// has. Only for runs nobody answered: that is where pitches wait, and it keeps a rescore cheap.
bool WordedLikeASeller(const std::vector<FeatureEvent>& events) {
  std::vector<std::string_view> theirs;
  for (const FeatureEvent& event : events) {
    if (event.direction == Direction::kInbound) theirs.push_back(event.text);
  }
  return SellerLogOdds(SellerFeatures(theirs)) > 0;
}

}  // namespace

ConversationFeatures ComputeConversationFeatures(int64_t conversation_id,
                                                 std::vector<FeatureEvent> events,
                                                 const std::vector<int64_t>& owner_ids) {
  std::sort(events.begin(), events.end(), [](const FeatureEvent& a, const FeatureEvent& b) {
    return a.occurred_at != b.occurred_at ? a.occurred_at < b.occurred_at : a.id < b.id;
  });
  ConversationFeatures f;
  f.conversation_id = conversation_id;
  if (events.empty()) return f;
  f.first_at = events.front().occurred_at;
  f.last_at = events.back().occurred_at;
  // Only the latest run counts; the one before it is earlier contact.
  size_t burst = events.size() - 1;
  while (burst > 0 && events[burst].occurred_at - events[burst - 1].occurred_at < kBurstGapMs) {
    --burst;
  }
  if (burst > 0) f.prior_contact_at = events[burst - 1].occurred_at;
  f.burst_at = events[burst].occurred_at;
  events.erase(events.begin(), events.begin() + static_cast<long>(burst));

  // Text is read only where someone else wrote: a conversation of the owner's own posts and
  // replies cannot be flagged, and most of an archive is that.
  const bool anyone_wrote = std::any_of(events.begin(), events.end(), [](const FeatureEvent& e) {
    return e.direction == Direction::kInbound;
  });
  // Per author: messages, and the position of their latest one.
  std::map<int64_t, std::pair<int, size_t>> inbound_by_author;
  std::set<int64_t> people;
  int64_t first_addressed = 0;
  std::vector<int64_t> reply_gaps;
  const FeatureEvent* previous = nullptr;
  int questions = 0;                         // their messages with a question
  bool last_word_asks = false;               // ... and whether their latest is one
  const FeatureEvent* unanswered = nullptr;  // their latest message with no answer after it
  bool answered = false;                     // the owner wrote after their first message
  bool work = false;                         // some message of theirs names a work matter
  bool listing = false;  // they opened with Marketplace's "Is this still available?"
  for (size_t index = 0; index < events.size(); ++index) {
    const FeatureEvent& event = events[index];
    for (int64_t id : event.counterpart_ids) {
      if (IsOwner(owner_ids, id)) continue;
      people.insert(id);
      if (first_addressed == 0) first_addressed = id;
    }
    const bool inbound = event.direction == Direction::kInbound;
    const MessageSignals signals = anyone_wrote ? AnalyzeMessage(event.text) : MessageSignals{};
    if (previous != nullptr && previous->direction != event.direction) {
      ++f.turns;
      reply_gaps.push_back(event.occurred_at - previous->occurred_at);
    }
    previous = &event;
    if (!inbound) {
      ++f.outbound;
      unanswered = nullptr;
      answered |= f.inbound > 0;
      // A question posted to everyone proposes nothing to anyone in particular.
      if (event.kind != EventKind::kPost) f.owner_asks |= signals.asks;
      continue;
    }
    ++f.inbound;
    f.outreach |= signals.outreach;
    work |= signals.work;
    if (unanswered != nullptr && event.occurred_at - unanswered->occurred_at >= kBumpGapMs) {
      f.outreach |= kCueBump;
    }
    unanswered = &event;
    if (!IsOwner(owner_ids, event.author_id)) {
      auto& [count, latest] = inbound_by_author[event.author_id];
      ++count;
      latest = index;
      people.insert(event.author_id);
    }
    if (!f.first_inbound_at) {
      listing = signals.listing_question;
      f.first_inbound_at = event.occurred_at;
      f.template_fingerprint = TemplateFingerprint(event.text);
    }
    f.last_inbound_at = event.occurred_at;
    if (signals.asks != 0) {
      f.asks |= signals.asks;
      f.last_ask_at = event.occurred_at;
    }
    if (signals.question && !signals.thanks_only) ++questions;
    last_word_asks = signals.question;
    if (!signals.thanks_only && !signals.emoji_only && signals.words > 0) ++f.substantive;
    if (signals.recruiter) f.negatives |= kNegRecruiter;
    if (signals.promotional) f.negatives |= kNegPromotional;
    if (signals.automated) f.negatives |= kNegAutomated;
    if (signals.hostile) f.negatives |= kNegHostile;
    if (event.spam) f.negatives |= kNegSpam;
    if (IsPublic(event.kind)) {
      f.max_addressed = std::max(f.max_addressed, static_cast<int>(event.counterpart_ids.size()));
    }
  }
  if (anyone_wrote) {
    // Idle: no ask, and no question still open or repeated. One question the owner answered
    // and they acknowledged was settled in writing ("Which tool do you use?" "Great, will
    // try it!"); a stranger who keeps asking is building something.
    if (f.asks == 0 && questions < 2 && !last_word_asks) f.negatives |= kNegIdle;
    if (!answered) f.outreach |= kCueUnanswered;
    if (!work) f.negatives |= kNegSocial;
    // A buyer of something the owner sells on Marketplace opens with the machine's question,
    // then haggles and picks a time to collect. Only an ask of theirs ("could we have a coffee
    // about my studio's prices?") makes it more.
    if (listing && f.asks == 0) f.negatives |= kNegAutomated;
    if (!answered && WordedLikeASeller(events)) f.negatives |= kNegSellerWords;
    f.negatives |= HowTheyEnded(events);
  }
  f.counterparts = static_cast<int>(people.size());
  f.reply_ms = Median(std::move(reply_gaps));
  // The person the conversation is with: who wrote most, and among equals who wrote last. In
  // an introduction the known contact speaks first and the new person answers; the call is
  // with the new person.
  std::pair<int, size_t> best{0, 0};
  for (const auto& [author, written] : inbound_by_author) {
    if (written > best) {
      best = written;
      f.counterpart_id = author;
    }
  }
  if (f.counterpart_id == 0) f.counterpart_id = first_addressed;
  return f;
}

int NegativesFromElsewhere(std::string_view text, bool later, bool asked_here) {
  const MessageSignals signals = AnalyzeMessage(text);
  int negatives = 0;
  if (signals.recruiter) negatives |= kNegRecruiter;
  if (signals.promotional) negatives |= kNegPromotional;
  if (signals.automated) negatives |= kNegAutomated;
  if (signals.hostile) negatives |= kNegHostile;
  if ((!later && asked_here) || signals.asks != 0 || signals.question) return negatives;
  if (signals.declined) negatives |= kNegDeclined;
  if (signals.closing || signals.gratitude) negatives |= kNegClosed;
  return negatives;
}

uint32_t OutreachFromElsewhere(std::string_view text) { return AnalyzeMessage(text).outreach; }

std::string TemplateFingerprint(std::string_view text) {
  const FoldedText folded = FoldText(text);
  std::set<std::string> words;
  for (const std::string& token : folded.tokens) {
    const bool has_digit = token.find_first_of("0123456789") != std::string::npos;
    if (token.size() >= 4 && !has_digit) words.insert(token);
  }
  std::string fingerprint;
  for (const std::string& word : words) {
    if (!fingerprint.empty()) fingerprint += ' ';
    fingerprint += word;
  }
  return fingerprint;
}

double FingerprintSimilarity(std::string_view a, std::string_view b) {
  const auto split = [](std::string_view text) {
    std::set<std::string> words;
    std::istringstream in{std::string(text)};
    for (std::string word; in >> word;) words.insert(word);
    return words;
  };
  const std::set<std::string> left = split(a), right = split(b);
  if (left.empty() || right.empty()) return 0.0;
  size_t common = 0;
  for (const std::string& word : left) common += right.count(word);
  return static_cast<double>(common) / static_cast<double>(left.size() + right.size() - common);
}

int FingerprintWords(std::string_view fingerprint) noexcept {
  if (fingerprint.empty()) return 0;
  return 1 + static_cast<int>(std::count(fingerprint.begin(), fingerprint.end(), ' '));
}

bool SameWording(std::string_view a, std::string_view b) {
  return FingerprintWords(a) >= kMinCopyWords && FingerprintWords(b) >= kMinCopyWords &&
         FingerprintSimilarity(a, b) >= 0.8;
}

}  // namespace touchpoint
