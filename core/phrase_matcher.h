#pragma once

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

  // Index of the first phrase found in `tokens`, or -1.
  int FindAny(const std::vector<std::string>& tokens) const;
  // Calls `found(index, first_token, token_count)` for every phrase occurrence.
  template <typename Found>
  void ForEach(const std::vector<std::string>& tokens, Found&& found) const;

 private:
  struct Phrase {
    std::vector<std::string> words;
    int index;
  };
  bool MatchesAt(const std::vector<std::string>& tokens, size_t at, const Phrase& phrase) const;
  int FuzzyMatch(const std::string& token) const;

  std::unordered_map<std::string, std::vector<Phrase>> by_first_word_;
  // Single words eligible for typo tolerance, by first letter.
  std::unordered_map<char, std::vector<std::pair<std::string, int>>> fuzzy_words_;
};

template <typename Found>
void PhraseMatcher::ForEach(const std::vector<std::string>& tokens, Found&& found) const {
  for (size_t at = 0; at < tokens.size(); ++at) {
    const auto phrases = by_first_word_.find(tokens[at]);
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
