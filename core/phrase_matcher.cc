#include "core/phrase_matcher.h"

#include <algorithm>
#include <optional>
#include <set>

namespace touchpoint {
namespace {

constexpr size_t kFuzzyMinLength = 5;
constexpr size_t kMinBareWordLength = 6;

// Everyday words one edit away from a listed word: a spelling of their own, never a typo
// ("launch" is not "lunch", "quite" is not "quote", "I thought" is not "your thoughts").
constexpr std::string_view kRealWords[] = {
    "launch", "quite", "change", "prize", "appeal", "thought", "priced", "rated", "queda", "calle",
    "sometimes", "morgan",
    // Portuguese: "lugar" (place) and "lidar" (to deal with) are not "ligar" (to ring),
    // "juntar" is not "jantar", "preciso" (I need) is not "precio", "olha!" is no "olhar".
    "lugar", "lidar", "juntar", "preciso", "chamado", "perco", "concelho", "olha"};

bool IsRealWord(std::string_view token) {
  return std::find(std::begin(kRealWords), std::end(kRealWords), token) != std::end(kRealWords);
}

// Phrases go through the same folding as messages, so both split words alike.
std::vector<std::string> Words(std::string_view phrase) { return FoldText(phrase).tokens; }

// The phrase as typed without apostrophes ("on peut sappeler", "dont call"): an elided
// "s'" joins the next word, other apostrophes go. Only when that is still unmistakable:
// several words, or one long word ("maccompagner"); short single words would turn into
// others ("he'll" into "hell", "we're" into "were").
std::optional<std::vector<std::string>> WithoutApostrophes(const std::vector<std::string>& words) {
  std::vector<std::string> bare;
  bool changed = false;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    if (word.size() > 1 && word.back() == '\'' && i + 1 < words.size()) word += words[++i];
    const auto end = std::remove(word.begin(), word.end(), '\'');
    changed = changed || end != word.end();
    word.erase(end, word.end());
    bare.push_back(std::move(word));
  }
  if (!changed || (bare.size() == 1 && bare[0].size() < kMinBareWordLength)) return std::nullopt;
  return bare;
}

}  // namespace

PhraseMatcher::PhraseMatcher(std::span<const std::string_view> phrases, bool fuzzy) {
  std::set<std::vector<std::string>> listed;
  std::vector<std::pair<std::vector<std::string>, int>> bare_forms;
  for (size_t i = 0; i < phrases.size(); ++i) {
    std::vector<std::string> words = Words(phrases[i]);
    if (words.empty()) continue;
    const int index = static_cast<int>(i);
    if (fuzzy && words.size() == 1 && words[0].size() >= kFuzzyMinLength) {
      fuzzy_words_[words[0][0]].emplace_back(words[0], index);
    }
    if (auto bare = WithoutApostrophes(words)) bare_forms.emplace_back(std::move(*bare), index);
    listed.insert(words);
    std::string first = words[0];
    by_first_word_[first].push_back({std::move(words), index});
  }
  for (auto& [words, index] : bare_forms) {
    if (!listed.insert(words).second) continue;  // the list spells it that way too
    std::string first = words[0];
    by_first_word_[first].push_back({std::move(words), index});
  }
  for (const auto& [first, phrases] : by_first_word_) {
    first_words_[static_cast<unsigned char>(first[0])] |= uint64_t{1}
                                                          << std::min<size_t>(first.size(), 63);
  }
}

bool PhraseMatcher::MatchesAt(std::span<const std::string> tokens, size_t at,
                              const Phrase& phrase) const {
  if (at + phrase.words.size() > tokens.size()) return false;
  for (size_t i = 1; i < phrase.words.size(); ++i) {
    if (tokens[at + i] != phrase.words[i]) return false;
  }
  return true;
}

int PhraseMatcher::FuzzyMatch(const std::string& token) const {
  if (token.size() + 1 < kFuzzyMinLength) return -1;
  const auto candidates = fuzzy_words_.find(token[0]);
  if (candidates == fuzzy_words_.end()) return -1;
  for (const auto& [word, index] : candidates->second) {
    const size_t longer = std::max(word.size(), token.size());
    const size_t shorter = std::min(word.size(), token.size());
    if (longer - shorter <= 1 && WithinOneEdit(token, word)) return IsRealWord(token) ? -1 : index;
  }
  return -1;
}

int PhraseMatcher::FindAny(std::span<const std::string> tokens) const {
  int result = -1;
  ForEach(tokens, [&](int index, size_t, size_t) {
    if (result < 0) result = index;
  });
  return result;
}

}  // namespace touchpoint
