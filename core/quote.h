#pragma once

#include <string>
#include <string_view>

namespace touchpoint {

// `text` in double quotes with '"' and '\' escaped by a backslash: a TOML basic string or a
// Graphviz DOT id.
inline std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace touchpoint
