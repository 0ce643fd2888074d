#pragma once

#include <string_view>

namespace touchpoint::twitter {

// Orders X ids (decimal snowflakes up to 2^64, beyond a double's precision) numerically:
// the shorter one is smaller, equal lengths compare lexically. Ids carry no leading zeros.
// An empty id is older than every other.
bool IdLess(std::string_view a, std::string_view b) noexcept;

// The newer of two ids (either may be empty).
std::string_view NewerId(std::string_view a, std::string_view b) noexcept;

}  // namespace touchpoint::twitter
