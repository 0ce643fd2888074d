#include "connectors/common/html_text.h"

#include <array>
#include <cstdint>
#include <utility>

namespace touchpoint {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kNamed = {{
    {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\u00a0"},
}};

// Decodes the reference body between '&' and ';'; false if it is not one we know.
bool DecodeReference(std::string_view body, std::string& out) {
  if (!body.empty() && body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return false;
    uint32_t value = 0;
    for (char c : digits) {
      int digit;
      if (c >= '0' && c <= '9') digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      else return false;
      value = value * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
    }
    AppendUtf8(out, value);
    return true;
  }
  for (const auto& [name, replacement] : kNamed) {
    if (body == name) {
      out += replacement;
      return true;
    }
  }
  return false;
}

}  // namespace

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string UnescapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) break;
    out.append(text, pos, amp - pos);
    const size_t semicolon = text.find(';', amp + 1);
    // References are short; a far-away ';' belongs to ordinary text.
    if (semicolon == std::string_view::npos || semicolon - amp > 12 ||
        !DecodeReference(text.substr(amp + 1, semicolon - amp - 1), out)) {
      out += '&';
      pos = amp + 1;
      continue;
    }
    pos = semicolon + 1;
  }
  out.append(text, pos);
  return out;
}

}  // namespace touchpoint
