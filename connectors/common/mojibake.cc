#include "connectors/common/mojibake.h"

namespace touchpoint {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

unsigned char ByteAt(std::string_view text, size_t i) noexcept {
  return static_cast<unsigned char>(text[i]);
}

// Length of the well-formed UTF-8 sequence that starts at text[i], or 0 when there is none.
// The ranges of the second byte are those of RFC 3629's table, which rules out overlong
// forms (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF.
size_t SequenceLength(std::string_view text, size_t i) noexcept {
  const unsigned char lead = ByteAt(text, i);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;  // a continuation byte, C0/C1 (always overlong) or F5..FF
  }
  if (text.size() - i < length) return 0;
  const unsigned char second = ByteAt(text, i + 1);
  if (second < low || second > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((ByteAt(text, i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

// `text` with every byte that does not start a well-formed sequence replaced by U+FFFD.
std::string Sanitized(std::string_view text) {
  if (IsValidUtf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size();) {
    const size_t length = SequenceLength(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace

bool IsValidUtf8(std::string_view text) noexcept {
  for (size_t i = 0; i < text.size();) {
    const size_t length = SequenceLength(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string RepairMojibake(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && ByteAt(text, i) < 0x80) ++i;
  if (i == text.size()) return std::string(text);  // ASCII: nothing to repair

  // Code points U+0080..U+00FF are encoded as C2 80..BF and C3 80..BF; anything else that is
  // not ASCII is a code point above U+00FF (or not UTF-8 at all), so the text is not mojibake.
  std::string bytes(text.substr(0, i));
  bytes.reserve(text.size());
  while (i < text.size()) {
    const unsigned char lead = ByteAt(text, i);
    if (lead < 0x80) {
      bytes += static_cast<char>(lead);
      ++i;
      continue;
    }
    if ((lead != 0xC2 && lead != 0xC3) || i + 1 == text.size() ||
        (ByteAt(text, i + 1) & 0xC0) != 0x80) {
      return Sanitized(text);
    }
    bytes += static_cast<char>(((lead & 0x03) << 6) | (ByteAt(text, i + 1) & 0x3F));
    i += 2;
  }
  if (IsValidUtf8(bytes)) return bytes;
  return Sanitized(text);
}

}  // namespace touchpoint
