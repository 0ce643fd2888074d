#include "connectors/common/url_encoding.h"

#include <cstdint>

namespace touchpoint {

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' ||
                            byte == '_' || byte == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

std::string EncodeParams(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out;
  for (const auto& [name, value] : params) {
    if (!out.empty()) out += '&';
    out += PercentEncode(name);
    out += '=';
    out += PercentEncode(value);
  }
  return out;
}

std::string Base64Encode(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t at = 0;
  for (; at + 3 <= bytes.size(); at += 3) {
    const uint32_t group = static_cast<uint8_t>(bytes[at]) << 16 |
                           static_cast<uint8_t>(bytes[at + 1]) << 8 |
                           static_cast<uint8_t>(bytes[at + 2]);
    out += kAlphabet[group >> 18 & 0x3F];
    out += kAlphabet[group >> 12 & 0x3F];
    out += kAlphabet[group >> 6 & 0x3F];
    out += kAlphabet[group & 0x3F];
  }
  const size_t rest = bytes.size() - at;
  if (rest == 0) return out;
  uint32_t group = static_cast<uint8_t>(bytes[at]) << 16;
  if (rest == 2) group |= static_cast<uint8_t>(bytes[at + 1]) << 8;
  out += kAlphabet[group >> 18 & 0x3F];
  out += kAlphabet[group >> 12 & 0x3F];
  out += rest == 2 ? kAlphabet[group >> 6 & 0x3F] : '=';
  out += '=';
  return out;
}

}  // namespace touchpoint
