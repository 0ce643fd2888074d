#include "core/identity_key.h"

#include <algorithm>
#include <cctype>

namespace touchpoint {
namespace {

bool UsableUserId(const std::string& user_id) { return !user_id.empty() && user_id != "-1"; }

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

std::string IdentityKey(const Identity& identity) {
  if (UsableUserId(identity.user_id)) return "id:" + identity.user_id;
  if (!identity.profile_url.empty()) return "url:" + identity.profile_url;
  if (!identity.email.empty()) return "email:" + Lower(identity.email);
  if (!identity.handle.empty()) return "handle:" + Lower(identity.handle);
  if (!identity.name.empty()) return "name:" + identity.name;
  return {};
}

IdentityStrength StrengthOf(const Identity& identity) noexcept {
  if (UsableUserId(identity.user_id) || !identity.profile_url.empty() ||
      !identity.email.empty()) {
    return IdentityStrength::kStrong;
  }
  if (!identity.handle.empty()) return IdentityStrength::kHandle;
  return IdentityStrength::kWeak;
}

}  // namespace touchpoint
