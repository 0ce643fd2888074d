#include "core/text_fold.h"

#include <cstdint>

namespace touchpoint {
namespace {

// Decodes one UTF-8 code point at `pos`, advancing it; U+FFFD for malformed bytes.
uint32_t NextCodePoint(std::string_view text, size_t& pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || pos + static_cast<size_t>(length) > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  uint32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + static_cast<size_t>(i));
    if ((next & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  pos += static_cast<size_t>(length);
  return cp;
}

// Folds Latin-1 Supplement and Latin Extended-A letters to ASCII; empty if not a letter there.
std::string_view FoldLatin(uint32_t cp) {
  // U+00C0..U+00FF, one entry each (lower-cased).
  static constexpr std::string_view kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp == 0x152 || cp == 0x153) return "oe";
  if (cp >= 0x100 && cp <= 0x17F) {
    // Latin Extended-A comes in upper/lower pairs of accented base letters.
    static constexpr std::string_view kBases =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    static_assert(kBases.size() == 0x80);
    return kBases.substr(cp - 0x100, 1);
  }
  return {};
}

bool IsPictograph(uint32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
         (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x2764 || cp == 0xFE0F || cp == 0x200D;
}

}  // namespace

FoldedText FoldText(std::string_view utf8) {
  FoldedText folded;
  std::string& out = folded.text;
  out.reserve(utf8.size() + 2);
  out += ' ';
  size_t pos = 0;
  while (pos < utf8.size()) {
    // @handles and links name things; they are not words of the message.
    if (utf8[pos] == '@' || utf8.compare(pos, 7, "http://") == 0 ||
        utf8.compare(pos, 8, "https://") == 0) {
      while (pos < utf8.size() && utf8[pos] != ' ' && utf8[pos] != '\n') ++pos;
      if (out.back() != ' ') out += ' ';
      continue;
    }
    const uint32_t cp = NextCodePoint(utf8, pos);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out += c;
        ++folded.letters;
      } else if (c >= 'A' && c <= 'Z') {
        out += static_cast<char>(c - 'A' + 'a');
        ++folded.letters;
      } else if (c == '\'') {
        out += '\'';
      } else {
        if (c == '?') folded.question = true;
        if (out.back() != ' ') out += ' ';
        // Sentence ends are kept as marks, removed when tokens are made.
        if (c == '?' || c == '.' || c == '!' || c == ';' || c == '\n') {
          out += c == '?' ? '\x01' : '\x02';
          out += ' ';
        }
      }
      continue;
    }
    if (cp == 0x2019 || cp == 0x2018) {
      out += '\'';
      continue;
    }
    if (cp == 0xBF) folded.question = true;
    if (const std::string_view ascii = FoldLatin(cp); !ascii.empty()) {
      out += ascii;
      ++folded.letters;
      continue;
    }
    if (IsPictograph(cp)) {
      ++folded.symbols;
    } else if (cp >= 0x370 && cp != 0xFFFD) {
      // Other scripts (Greek, Cyrillic, CJK, ...) count as letters but are not matched.
      ++folded.letters;
    }
    if (out.back() != ' ') out += ' ';
  }
  if (out.back() != ' ') out += ' ';
  size_t start = 1;
  Sentence sentence;
  std::string text;
  text.reserve(out.size());
  text += ' ';
  for (size_t i = 1; i < out.size(); ++i) {
    if (out[i] != ' ') continue;
    if (i == start + 1 && (out[start] == '\x01' || out[start] == '\x02')) {
      sentence.end = folded.tokens.size();
      sentence.question = out[start] == '\x01';
      if (sentence.end > sentence.begin) folded.sentences.push_back(sentence);
      sentence = Sentence{folded.tokens.size(), folded.tokens.size(), false};
      start = i + 1;
      continue;
    }
    if (i > start) {
      text.append(out, start, i - start);
      text += ' ';
      std::string token = out.substr(start, i - start);
      // Apostrophes at the edges are quotes, not contractions.
      while (!token.empty() && token.front() == '\'') token.erase(0, 1);
      while (!token.empty() && token.back() == '\'') token.pop_back();
      // Elisions (m'appeler, qu'on, l'idee) are two words: keep the stem matchable.
      const size_t apostrophe = token.find('\'');
      if (apostrophe != std::string::npos && apostrophe <= 2 && apostrophe + 1 < token.size()) {
        folded.tokens.push_back(token.substr(0, apostrophe + 1));
        token.erase(0, apostrophe + 1);
      }
      if (!token.empty()) folded.tokens.push_back(std::move(token));
    }
    start = i + 1;
  }
  sentence.end = folded.tokens.size();
  if (sentence.end > sentence.begin) folded.sentences.push_back(sentence);
  folded.text = std::move(text);
  return folded;
}

bool WithinOneEdit(std::string_view a, std::string_view b) noexcept {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);  // swapped neighbours
  }
  return a.substr(i) == b.substr(i + 1);  // one insertion
}

}  // namespace touchpoint
