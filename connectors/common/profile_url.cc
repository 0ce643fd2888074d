#include "connectors/common/profile_url.h"

namespace touchpoint {
namespace {

constexpr std::string_view kLinkedinHost = "linkedin.com";
constexpr std::string_view kLinkedinSubdomain = ".linkedin.com";

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(text[i]) != prefix[i]) return false;
  }
  return true;
}

std::string_view Trim(std::string_view text) {
  const auto blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The byte of "%XY" at `pos`, or -1.
int EscapedByte(std::string_view text, size_t pos) {
  if (pos + 2 >= text.size() || text[pos] != '%') return -1;
  const int high = HexValue(text[pos + 1]);
  const int low = HexValue(text[pos + 2]);
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

bool IsUnreserved(int byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' || byte == '~';
}

void AppendEscaped(std::string& out, int byte) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[(byte >> 4) & 0xF];
  out += kHex[byte & 0xF];
}

// Length of the well-formed UTF-8 sequence whose bytes are percent-escaped at `pos`, or 0.
size_t EscapedUtf8Length(std::string_view path, size_t pos) {
  const int lead = EscapedByte(path, pos);
  size_t length;
  int low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  for (size_t i = 1; i < length; ++i) {
    const int byte = EscapedByte(path, pos + 3 * i);
    if (byte < (i == 1 ? low : 0x80) || byte > (i == 1 ? high : 0xBF)) return 0;
  }
  return length;
}

bool ValidHost(std::string_view host) {
  if (host.empty()) return false;
  for (char c : host) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
      return false;
    }
  }
  return true;
}

std::string NormalizeHost(std::string_view authority) {
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  if (const size_t colon = authority.find(':'); colon != std::string_view::npos) {
    authority = authority.substr(0, colon);
  }
  std::string host(authority);
  for (char& c : host) c = AsciiLower(c);
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (!ValidHost(host)) return {};
  if (host == kLinkedinHost || host.ends_with(kLinkedinSubdomain)) {
    return "www.linkedin.com";
  }
  return host;
}

std::string NormalizePath(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  size_t pos = 0;
  while (pos < path.size()) {
    const char c = path[pos];
    if (c == '%') {
      const int byte = EscapedByte(path, pos);
      if (byte < 0) {
        out += "%25";
        ++pos;
      } else if (IsUnreserved(byte)) {
        out += AsciiLower(static_cast<char>(byte));
        pos += 3;
      } else if (const size_t length = EscapedUtf8Length(path, pos); length > 0) {
        for (size_t i = 0; i < length; ++i) {
          out += static_cast<char>(EscapedByte(path, pos + 3 * i));
        }
        pos += 3 * length;
      } else {
        AppendEscaped(out, byte);
        pos += 3;
      }
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F) {
      AppendEscaped(out, byte);
    } else if (c == '/' && !out.empty() && out.back() == '/') {
      // "//" adds nothing to a profile path.
    } else {
      out += AsciiLower(c);
    }
    ++pos;
  }
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

}  // namespace

std::string NormalizeProfileUrl(std::string_view url) {
  url = Trim(url);
  if (StartsWithIgnoringCase(url, "https://")) {
    url.remove_prefix(8);
  } else if (StartsWithIgnoringCase(url, "http://")) {
    url.remove_prefix(7);
  } else if (url.find("://") != std::string_view::npos) {
    return {};
  } else if (url.substr(0, url.find_first_of("/?#")).find_first_of(":@") !=
             std::string_view::npos) {
    return {};  // "mailto:...", "user@host": not a bare host name
  }
  const size_t authority_end = url.find_first_of("/?#");
  const std::string_view authority = url.substr(0, authority_end);
  std::string_view rest =
      authority_end == std::string_view::npos ? std::string_view() : url.substr(authority_end);
  rest = rest.substr(0, rest.find_first_of("?#"));
  std::string host = NormalizeHost(authority);
  if (host.find('.') == std::string::npos) return {};
  return "https://" + host + NormalizePath(rest);
}

}  // namespace touchpoint
