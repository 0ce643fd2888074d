#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace touchpoint {

// Text reduced for matching: lower case, Latin diacritics folded (é -> e, ß -> ss, œ -> oe),
// curly apostrophes made straight, everything else that is not a letter or digit a space.
// A sentence of a FoldedText: tokens [begin, end), and whether it ends with a question mark.
struct Sentence {
  size_t begin = 0;
  size_t end = 0;
  bool question = false;
};

struct FoldedText {
  std::string text;                 // folded, single-spaced, with a space at both ends
  std::vector<std::string> tokens;  // words of `text`, in order
  int letters = 0;                  // letters and digits in the original
  int symbols = 0;                  // emoji and pictographs in the original
  bool question = false;            // a '?' or '¿' anywhere
  std::vector<Sentence> sentences;  // split at . ! ? ; and line breaks
};

FoldedText FoldText(std::string_view utf8);

// True when `word` is `target` up to one edit (insertion, deletion, substitution or swap of
// neighbours). Used for typo-tolerant matching of words of five letters or more.
bool WithinOneEdit(std::string_view word, std::string_view target) noexcept;

}  // namespace touchpoint
