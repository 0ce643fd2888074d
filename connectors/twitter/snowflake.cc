#include "connectors/twitter/snowflake.h"

namespace touchpoint::twitter {

bool IdLess(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

std::string_view NewerId(std::string_view a, std::string_view b) noexcept {
  return IdLess(a, b) ? b : a;
}

}  // namespace touchpoint::twitter
