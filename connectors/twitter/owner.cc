#include "connectors/twitter/owner.h"

#include <algorithm>
#include <cctype>

namespace touchpoint::twitter {
namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

}  // namespace

Owner::Owner(Identity identity)
    : identity_(std::move(identity)), lower_handle_(Lower(identity_.handle)) {}

bool Owner::Is(std::string_view user_id) const noexcept {
  return !user_id.empty() && user_id == identity_.user_id;
}

bool Owner::Is(const Identity& someone) const noexcept {
  if (!someone.user_id.empty() && someone.user_id != "-1") return Is(someone.user_id);
  return !someone.handle.empty() && !lower_handle_.empty() && Lower(someone.handle) == lower_handle_;
}

}  // namespace touchpoint::twitter
