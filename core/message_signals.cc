#include "core/message_signals.h"

#include <string>

#include "core/lexicon.h"
#include "core/text_fold.h"

namespace touchpoint {
namespace {

// Typo tolerance applies to words this long; shorter ones list their typos in the lexicon.
constexpr size_t kFuzzyMinLength = 5;

bool HasPhrase(const std::string& folded, std::string_view phrase) {
  // `folded` is padded with spaces, so " phrase " only matches whole words.
  std::string needle;
  needle.reserve(phrase.size() + 2);
  needle += ' ';
  needle += phrase;
  needle += ' ';
  return folded.find(needle) != std::string::npos;
}

bool HasWordFuzzy(const FoldedText& text, std::string_view word) {
  if (word.size() < kFuzzyMinLength || word.find(' ') != std::string_view::npos) return false;
  for (const std::string& token : text.tokens) {
    if (token.size() + 1 >= word.size() && WithinOneEdit(token, word)) return true;
  }
  return false;
}

bool HasAny(const FoldedText& text, std::span<const std::string_view> phrases, bool fuzzy) {
  for (std::string_view phrase : phrases) {
    if (HasPhrase(text.text, phrase) || (fuzzy && HasWordFuzzy(text, phrase))) return true;
  }
  return false;
}

// Multi-word cues are specific and weigh 2; single words are ambiguous and weigh 1.
int CueWeight(const FoldedText& text, std::span<const std::string_view> cues) {
  int weight = 0;
  for (std::string_view cue : cues) {
    if (HasPhrase(text.text, cue)) weight += cue.find(' ') != std::string_view::npos ? 2 : 1;
  }
  return weight;
}

// Blanks out phrases in which an ask word means something else, so they cannot trigger,
// neither exactly nor through typo tolerance.
void RemoveTraps(FoldedText& text) {
  bool removed = false;
  for (std::string_view trap : lexicon::AskTraps()) {
    std::string needle(1, ' ');
    needle.append(trap).push_back(' ');
    for (size_t at; (at = text.text.find(needle)) != std::string::npos;) {
      text.text.replace(at, needle.size(), " ~ ");
      removed = true;
    }
  }
  if (!removed) return;
  text.tokens.clear();
  size_t start = 1;
  for (size_t i = 1; i < text.text.size(); ++i) {
    if (text.text[i] != ' ') continue;
    if (i > start && text.text.compare(start, i - start, "~") != 0) {
      text.tokens.push_back(text.text.substr(start, i - start));
    }
    start = i + 1;
  }
}

uint8_t DetectAsks(FoldedText text) {
  RemoveTraps(text);
  uint8_t asks = 0;
  for (const lexicon::StrongAsk& strong : lexicon::StrongAsks()) {
    if (HasPhrase(text.text, strong.phrase)) asks |= static_cast<uint8_t>(1 << strong.kind_index);
  }
  const bool framed = text.question || HasAny(text, lexicon::RequestFraming(), false) ||
                      HasAny(text, lexicon::TimeCues(), false);
  if (!framed) return asks;
  for (int kind = 0; kind < 6; ++kind) {
    if (HasAny(text, lexicon::AskObjects(kind), true)) asks |= static_cast<uint8_t>(1 << kind);
  }
  return asks;
}

bool IsThanksOnly(const FoldedText& text) {
  if (text.tokens.empty() || text.tokens.size() > 8) return false;
  bool has_core = false;
  for (const std::string& token : text.tokens) {
    bool known = false;
    for (std::string_view word : lexicon::ThanksWords()) known = known || token == word;
    if (!known) return false;
    for (std::string_view core : lexicon::ThanksCores()) has_core = has_core || token == core;
  }
  return has_core;
}

}  // namespace

MessageSignals AnalyzeMessage(std::string_view text) {
  const FoldedText folded = FoldText(text);
  MessageSignals signals;
  signals.words = static_cast<int>(folded.tokens.size());
  signals.question = folded.question;
  signals.emoji_only = folded.letters == 0 && folded.symbols > 0;
  signals.thanks_only = IsThanksOnly(folded);
  signals.recruiter = CueWeight(folded, lexicon::RecruiterCues()) >= 2;
  signals.promotional = CueWeight(folded, lexicon::PromotionalCues()) >= 2;
  signals.automated = HasAny(folded, lexicon::AutomatedCues(), false);
  signals.hostile = HasAny(folded, lexicon::HostileCues(), false);
  signals.closing = HasAny(folded, lexicon::ClosingCues(), false);
  signals.asks = DetectAsks(folded);
  return signals;
}

std::string_view AskName(uint8_t kinds) noexcept {
  if (kinds & kAskCall) return "a call";
  if (kinds & kAskMeeting) return "a meeting";
  if (kinds & kAskRates) return "your rates";
  if (kinds & kAskFeedback) return "feedback";
  if (kinds & kAskHelp) return "help";
  if (kinds & kAskChat) return "a chat";
  return "something";
}

}  // namespace touchpoint
