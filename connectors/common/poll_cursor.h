#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "connectors/connector.h"

// Small helpers every API poller needs for its cursor and base URL.
namespace touchpoint {

// "https://api.x.com/" -> "https://api.x.com": paths are appended with their own slash.
inline std::string TrimTrailingSlashes(std::string url) {
  while (url.ends_with('/')) url.pop_back();
  return url;
}

// The cursor's value for `name`, or "" when it has none.
inline std::string CursorValue(const PollCursor& cursor, std::string_view name) {
  const auto found = cursor.find(name);
  return found != cursor.end() ? found->second : std::string();
}

// A cursor value holding whole UTC milliseconds; nullopt unless all of `text` is a number.
inline std::optional<int64_t> ParseCursorMs(std::string_view text) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

}  // namespace touchpoint
