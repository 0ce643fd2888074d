#pragma once

#include <string>

#include "core/event.h"

namespace touchpoint {

// How much an identifier can be trusted to name one person: a platform user id, a profile
// URL or an e-mail address is strong; a handle can be renamed and reused; a display name is
// shared by strangers.
enum class IdentityStrength { kWeak = 0, kHandle = 1, kStrong = 2 };

// The strongest identifier of `identity`, typed by prefix: "id:123", "url:https://...",
// "email:a@b.c", "handle:ada_l" (lower-cased), "name:Ada L". Empty when the identity is empty.
// Twitter's "-1" user id (a deleted account) is not an id: such accounts key by handle.
std::string IdentityKey(const Identity& identity);

IdentityStrength StrengthOf(const Identity& identity) noexcept;

}  // namespace touchpoint
