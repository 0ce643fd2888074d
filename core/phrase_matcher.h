#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text_fold.h"

namespace touchpoint {

// Finds which of a fixed set of phrases occur in a folded text, by whole words: cost is
// linear in the text's words, not in the number of phrases. Optionally tolerant of one typo
// in single words of five letters or more (see WithinOneEdit). Immutable after construction,
// so one instance can serve every thread.
class PhraseMatcher {
 public:
  // `phrases` in folded form (see FoldText); each gets the index it has in the span.
  explicit PhraseMatcher(std::span<const std::string_view> phrases, bool fuzzy = false);

  // Index of the first phrase found in `tokens` (a text's words, or a slice of them), or -1.
  int FindAny(std::span<const std::string> tokens) const;
  // Calls `found(index, first_token, token_count)` for every phrase occurrence.
  template <typename Found>
  void ForEach(std::span<const std::string> tokens, Found&& found) const;

 private:
  struct Phrase {
    std::vector<std::string> words;
    int index;
  };
  bool MatchesAt(std::span<const std::string> tokens, size_t at, const Phrase& phrase) const;
  int FuzzyMatch(const std::string& token) const;
  // Whether some phrase starts with a word of this first byte and length: most tokens of a
  // message start no phrase of a given list, and this answers without hashing them.
  bool MayStartPhrase(const std::string& token) const {
    if (token.empty()) return false;
    const size_t length = std::min<size_t>(token.size(), 63);
    return (first_words_[static_cast<unsigned char>(token[0])] >> length) & 1u;
  }

  std::unordered_map<std::string, std::vector<Phrase>> by_first_word_;
  std::array<uint64_t, 256> first_words_{};  // per first byte, a bit per length (63: longer)
  // Single words eligible for typo tolerance, by first letter.
  std::unordered_map<char, std::vector<std::pair<std::string, int>>> fuzzy_words_;
};

template <typename Found>
void PhraseMatcher::ForEach(std::span<const std::string> tokens, Found&& found) const {
  for (size_t at = 0; at < tokens.size(); ++at) {
    const auto phrases =
        MayStartPhrase(tokens[at]) ? by_first_word_.find(tokens[at]) : by_first_word_.end();
    if (phrases != by_first_word_.end()) {
      for (const Phrase& phrase : phrases->second) {
        if (MatchesAt(tokens, at, phrase)) found(phrase.index, at, phrase.words.size());
      }
      continue;
    }
    if (const int fuzzy = FuzzyMatch(tokens[at]); fuzzy >= 0) found(fuzzy, at, size_t{1});
  }
}

}  // namespace touchpoint
